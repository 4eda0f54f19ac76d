"""Hard input through the command line: every bad file gets one line naming
the file and what is wrong, exit status 1, and no article; odd but valid
tables get an article that states only what the figures support."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from narrate.check import check
from narrate.cli import main
from narrate.load import load

JSONSTAT = {"class": "dataset", "id": ["år"], "size": [2], "value": [1, 2],
            "dimension": {"år": {"category": {"index": ["2015", "2016"]}}}}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def written(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.csv", "", "the file is empty"),
    ("blank.csv", "\n\n   \n", "the file is empty"),
    ("header.csv", "kategori,år,verdi\n", "the table has no rows"),
    ("wide-header.csv", "kategori,2015,2016\n", "the table has a header but no rows"),
    ("symbols.csv", "år,verdi\n2015,..\n2016,:\n", "the table has no numbers, only symbols or empty cells"),
    ("text.csv", "år,verdi\n2015,1\n2016,mange\n", "row 3, column 'verdi': 'mange' is not a number or an SSB symbol"),
    ("twice.csv", "år,verdi\n2015,1\n2015,2\n", "cell år=2015 appears twice"),
    ("fields.csv", "år,verdi\n2015,1\n2016,2,3\n", "row 3: has 3 fields, the header has 2"),
    ("short.csv", "år,kategori,verdi\n2015,A,1\n2016,B\n", "row 3: has 2 fields, the header has 3"),
    ("binary.csv", b"\x00\x01\x02\xff\xfe", "not a text file (it holds NUL bytes)"),
    ("random.csv", bytes(range(1, 32)) * 4, "not a text file (it holds control characters)"),
    ("broken.json", '{"class": "dataset", "id": ["år"], ', "not valid JSON"),
    ("size.json", json.dumps({**JSONSTAT, "size": [3]}), "dimension 'år' has 2 categories but 'size' says 3"),
    ("values.json", json.dumps({**JSONSTAT, "value": [1]}), "'value' has 1 entry but the sizes give 2 cells"),
    ("labels.json", json.dumps({**JSONSTAT, "dimension": {"år": {"category": {"index": ["2015"]}}}}), "år"),
])
def test_bad_file_is_one_line_exit_1_and_nothing_written(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    out = tmp_path / "out"
    result = run("write", str(path), "--out", str(out))
    assert result.exit_code == 1, result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"narrate: {path}") and message in result.output
    assert written(out) == []


def test_missing_file(tmp_path):
    result = run("write", str(tmp_path / "nowhere.csv"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output == f"narrate: {tmp_path / 'nowhere.csv'}: no such file\n"
    assert written(tmp_path / "out") == []


def test_unknown_dimension_in_the_sidecar(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("år,verdi\n2015,1\n2016,2\n", encoding="utf-8")
    (tmp_path / "t.toml").write_text('[fixed]\nfylke = "Oslo"\n', encoding="utf-8")
    result = run("write", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output == f"narrate: {path}: dimension 'fylke' is not in the table; it has år\n"
    assert written(tmp_path / "out") == []


def test_wrong_usage_exits_2(tmp_path):
    assert run("write").exit_code == 2
    assert run("write", "x.csv", "--jobs", "0").exit_code == 2
    assert run("nosuchcommand").exit_code == 2


def article(tmp_path, text: str | bytes, name: str = "t.csv") -> tuple[str, str]:
    """Write a table file, write its article, and return the article and its prose."""
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    result = run("write", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "out" / f"{path.stem}.md").read_text(encoding="utf-8")
    report = check(markdown, load(path))
    assert report.problems == (), report.problems
    return markdown, markdown.split("\n## Tabell")[0]


def test_one_period_gives_levels_and_no_change(tmp_path):
    _, prose = article(tmp_path, "# Andel (prosent)\nfylke,år,verdi\nHele landet,2023,36.5\nOslo,2023,55.1\nRogaland,2023,33.0\nNordland,2023,28.2\n")
    assert "I 2023 var andelen i hele landet 36,5 prosent." in prose
    assert "Høyest var andelen i Oslo, med 55,1 prosent." in prose
    for word in ("økning", "nedgang", "økte", "gikk ned", "året før", "steg", "falt"):
        assert word not in prose


def test_symbols_are_never_stated_and_a_note_names_them(tmp_path):
    markdown, prose = article(tmp_path, "fylke,år,verdi\nHele landet,2022,1000\nHele landet,2023,1100\nOslo,2022,400\nOslo,2023,:\n"
                                        "Rogaland,2022,..\nRogaland,2023,300\nAgder,2022,150\nAgder,2023,\n")
    assert "Oslo" not in prose.split("# ", 1)[1].replace("Oslo", "", 0) or "400" not in prose
    assert "Tall mangler for Oslo i 2023 (`:`), Rogaland i 2022 (`..`) og Agder i 2023 (tom celle)." in markdown
    assert "Symboler: `..` tallgrunnlag mangler; `:` vises ikke av konfidensialitetshensyn." in markdown


def test_zero_base_gives_a_difference_and_no_infinity(tmp_path):
    markdown, prose = article(tmp_path, "fylke,år,verdi\nOslo,2022,0\nOslo,2023,12\nRogaland,2022,10\nRogaland,2023,9\nAgder,2022,5\nAgder,2023,5\n")
    assert "inf" not in markdown and "∞" not in markdown and "nan" not in markdown.lower()
    assert "Det er en økning på 12 fra året før." in prose


def test_a_difference_of_a_count_in_thousands_is_said_in_full_ones(tmp_path):
    table = "fylke,år,verdi,enhet\n" + "".join(f"{f},{y},{v},1 000 personer\n" for f, y, v in [
        ("Hele landet", 2022, 10.0), ("Hele landet", 2023, 11.5), ("Oslo", 2022, 0.0), ("Oslo", 2023, 1.25),
        ("Agder", 2022, 5.0), ("Agder", 2023, 5.0)])
    (tmp_path / "t.toml").write_text("decimals = 1\n", encoding="utf-8")
    _, prose = article(tmp_path, table)
    assert "1 250" in prose.replace("\u00a0", " ") and "1 200" not in prose.replace("\u00a0", " ")


def test_negative_values_get_the_right_words(tmp_path):
    _, prose = article(tmp_path, "fylke,år,verdi\nOslo,2022,-120\nOslo,2023,-300\nNordland,2022,-400\nNordland,2023,-150\n"
                                 "Agder,2022,200\nAgder,2023,-10\n")
    assert "Bare i Nordland økte antallet, fra −400 til −150." in prose
    assert "Samtidig gikk det ned i Oslo, med 180 fra året før." in prose
    assert "-" not in prose.replace("---", "")


def test_mixed_units_speak_of_the_held_measure_in_its_own_unit(tmp_path):
    markdown, prose = article(tmp_path, "statistikkvariabel,fylke,år,verdi,enhet\n"
                                        + "".join(f"Arbeidsledige,{f},{y},{v},personer\nAndel ledige,{f},{y},{p},prosent\n"
                                                  for f, y, v, p in [("Oslo", 2022, 12000, 3.1), ("Oslo", 2023, 13000, 3.4),
                                                                     ("Agder", 2022, 4000, 2.4), ("Agder", 2023, 3800, 2.2),
                                                                     ("Viken", 2022, 20000, 2.8), ("Viken", 2023, 21000, 2.9)]))
    assert "Utvalg: statistikkvariabel: Arbeidsledige" in markdown and "Enhet: personer." in markdown
    assert "13\u00a0000" in prose and "prosentpoeng" not in prose
    assert not any(share in prose for share in ("3,1", "3,4", "2,4", "2,2", "2,8", "2,9")), "no figure of the other measure"


@pytest.mark.parametrize("encoding", ["latin-1", "utf-8-sig"])
def test_latin1_and_utf8_with_bom(tmp_path, encoding):
    text = "region;år;verdi\nTrøndelag;2022;10,5\nTrøndelag;2023;12,0\nØstfold;2022;8,0\nØstfold;2023;7,5\nSør;2022;3,0\nSør;2023;3,1\n"
    _, prose = article(tmp_path, text.encode(encoding))
    assert "Trøndelag" in prose or "Østfold" in prose


def test_a_million_rows_load_and_give_an_article(tmp_path):
    rows = ["kommune,næring,år,verdi"]
    rows += [f"K{k},N{n},{y},{(k * 7 + n * 13 + y) % 997}" for k in range(5600) for n in range(60) for y in (2022, 2023, 2024)]
    path = tmp_path / "stor.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    table = load(path)
    assert len(table.data) == 1_008_000
    result = run("write", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert os.path.getsize(tmp_path / "out" / "stor.md") > 0
