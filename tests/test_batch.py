"""``narrate write --per``: one article per label of a dimension, written in
parallel, each file whole, nothing outside --out."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from narrate.batch import label_grids, split
from narrate.check import check, prose_of
from narrate.check.reader import sentences
from narrate.cli import main
from narrate.load import load
from narrate.realise.numbers import tall
from tests.conftest import DATA, OUT, ROOT

TABLE = """# Sysselsatte etter kommune og næring (antall). Oppdiktede tall
kommune,næring,år,verdi
Ås,I alt,2022,1000
Ås,Industri,2022,400
Ås,Handel,2022,350
Ås,Helse,2022,250
Ås,I alt,2023,1100
Ås,Industri,2023,380
Ås,Handel,2023,420
Ås,Helse,2023,300
Oslo/Akershus,I alt,2022,5000
Oslo/Akershus,Industri,2022,900
Oslo/Akershus,Handel,2022,2100
Oslo/Akershus,Helse,2022,2000
Oslo/Akershus,I alt,2023,4800
Oslo/Akershus,Industri,2023,950
Oslo/Akershus,Handel,2023,1800
Oslo/Akershus,Helse,2023,2050
../../etc,I alt,2022,10
../../etc,Industri,2022,4
../../etc,Handel,2022,3
../../etc,Helse,2022,3
../../etc,I alt,2023,12
../../etc,Industri,2023,5
../../etc,Handel,2023,4
../../etc,Helse,2023,3
"""


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def table_file(tmp_path: Path) -> Path:
    path = tmp_path / "sysselsatte.csv"
    path.write_text(TABLE, encoding="utf-8")
    path.with_suffix(".toml").write_text('category = "næring"\nsubject = "sysselsettingen"\n', encoding="utf-8")
    return path


def test_one_article_per_kommune(tmp_path):
    path = table_file(tmp_path)
    out = tmp_path / "out"
    result = run("write", str(path), "--per", "kommune", "--out", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote 3 articles in ")
    folder = out / "sysselsatte"
    assert sorted(p.name for p in folder.glob("*.md")) == ["as.md", "etc.md", "oslo-akershus.md"]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == [
        "out/sysselsatte/.narrate/as.json", "out/sysselsatte/.narrate/etc.json", "out/sysselsatte/.narrate/oslo-akershus.json",
        "out/sysselsatte/as.md", "out/sysselsatte/etc.md", "out/sysselsatte/oslo-akershus.md",
        "sysselsatte.csv", "sysselsatte.toml",
    ]
    aas = (folder / "as.md").read_text(encoding="utf-8")
    assert "# Kraftig økning i sysselsettingen i Ås i 2023" in aas and "I 2023 var sysselsettingen i Ås 1\u00a0100." in aas
    assert "Utvalg: kommune: Ås" in aas
    oslo = (folder / "oslo-akershus.md").read_text(encoding="utf-8")
    assert "# Sysselsettingen i Oslo/Akershus ned 4,0 prosent i 2023" in oslo


def test_every_article_passes_check_against_its_own_figures(tmp_path):
    path = table_file(tmp_path)
    out = tmp_path / "out"
    run("write", str(path), "--per", "kommune", "--out", str(out))
    grids = label_grids(load(path), "kommune")
    for label, name in (("Ås", "as"), ("Oslo/Akershus", "oslo-akershus"), ("../../etc", "etc")):
        report = check((out / "sysselsatte" / f"{name}.md").read_text(encoding="utf-8"), grids[label])
        assert report.numbers > 0 and report.problems == (), label
    wrong = (out / "sysselsatte" / "as.md").read_text(encoding="utf-8").replace("1\u00a0100", "5\u00a0000")
    assert check(wrong, grids["Ås"]).problems


def test_check_reads_each_article_of_a_batch_against_its_own_label(tmp_path):
    path = table_file(tmp_path)
    out = tmp_path / "out"
    run("write", str(path), "--per", "kommune", "--out", str(out))
    aas = (out / "sysselsatte" / "as.md").read_text(encoding="utf-8")
    assert 'per: "kommune"\nlabel: "Ås"\n' in aas
    result = run("check", str(path), str(out / "sysselsatte"))
    assert result.exit_code == 0, result.output
    assert result.output.count("each traced to") == 3
    result = run("check", str(tmp_path), str(out))
    assert result.exit_code == 0 and result.output.count("each traced to") == 3, result.output
    (tmp_path / "empty").mkdir()
    result = run("check", str(path), str(tmp_path / "empty"))
    assert result.exit_code == 1 and result.output == f"narrate: {tmp_path / 'empty'}: no articles (*.md) to check\n"
    oslo = label_grids(load(path), "kommune")["Oslo/Akershus"]
    theirs = tall(oslo.value(oslo.total or oslo.categories[0], oslo.latest), oslo.meta.decimals)
    assert theirs in (out / "sysselsatte" / "oslo-akershus.md").read_text(encoding="utf-8")
    (out / "sysselsatte" / "as.md").write_text(aas.replace("1\u00a0100", theirs), encoding="utf-8")
    result = run("check", str(path), str(out / "sysselsatte" / "as.md"))
    assert result.exit_code == 1 and repr(theirs) in result.output, result.output
    (out / "sysselsatte" / "as.md").write_text(aas.replace('label: "Ås"', 'label: "Bø"'), encoding="utf-8")
    result = run("check", str(path), str(out / "sysselsatte" / "as.md"))
    assert result.exit_code == 1
    assert result.output.strip() == f"narrate: {out / 'sysselsatte' / 'as.md'}: is about kommune 'Bø', which {path} does not hold"


def test_diff_review_and_tune_read_a_batch_article_by_article(tmp_path, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    path = table_file(tmp_path)
    out = tmp_path / "out"
    run("write", str(path), "--per", "kommune", "--out", str(out))
    result = run("diff", str(path), "--per", "kommune", "--against", str(out), "--check")
    assert result.exit_code == 0 and result.output.strip().endswith("0 of 3 articles differ"), result.output
    path.write_text(TABLE.replace("Ås,Industri,2023,380", "Ås,Industri,2023,300"), encoding="utf-8")
    result = run("diff", str(path), "--per", "kommune", "--against", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == str(out / "sysselsatte" / "as.md")
    assert result.output.strip().endswith("1 of 3 articles differ")
    result = run("review", str(path), "--per", "kommune", "--against", str(out), "--accept-all")
    assert result.exit_code == 0 and result.output.strip().endswith("accepted 1, rejected 0, pending 0"), result.output
    assert "| Industri | 400 | 300 |" in (out / "sysselsatte" / "as.md").read_text(encoding="utf-8")
    assert run("diff", str(path), "--per", "kommune", "--against", str(out), "--check").exit_code == 0
    result = run("tune", "CH01.min_pct=1,50", str(path), "--per", "kommune")
    assert result.exit_code == 0, result.output
    now, high = result.output.splitlines()[1].split(), result.output.splitlines()[2].split()
    assert now[:2] == ["1", "(now)"] and now[3:] == ["0", "0", "0"]
    assert high[0] == "50" and int(high[1]) < int(now[2]) and high[2] == "3"
    for command in (["tune", "CH01.min_pct=1"], ["diff"], ["explain"]):
        result = run(*command, str(path), "--per", "fylke", *(["--label", "Ås"] if command == ["explain"] else []))
        assert result.exit_code == 1, result.output
        assert result.output == f"narrate: {path}: no dimension 'fylke' to write one article per; the table has kommune, næring, år\n"


def test_a_batch_article_names_its_place_in_the_title_and_ingress_not_in_every_sentence():
    markdown = (OUT / "sysselsatte-kommune" / "as.md").read_text(encoding="utf-8")
    title, ingress, *paragraphs = prose_of(markdown).split("\n\n")
    assert "i Ås" in title and "i Ås" in ingress
    later = sentences(" ".join(paragraphs))
    assert [s for s in later if "sysselsettingen" in s.lower() and "i Ås" not in s]
    assert [s for s in later if "i Ås" in s] == ["Undervisning utgjorde 29 prosent av sysselsettingen i Ås."]
    assert check(markdown, label_grids(load(DATA / "batch" / "sysselsatte-kommune.csv"), "kommune")["Ås"]).problems == ()


def test_a_kommune_named_as_a_category_is_read_as_the_place(tmp_path):
    path = tmp_path / "sysselsatte.csv"
    path.write_text(TABLE.replace("Oslo/Akershus", "Handel"), encoding="utf-8")
    path.with_suffix(".toml").write_text('category = "næring"\nsubject = "sysselsettingen"\n', encoding="utf-8")
    out = tmp_path / "out"
    assert run("write", str(path), "--per", "kommune", "--out", str(out)).exit_code == 0
    handel = (out / "sysselsatte" / "handel.md").read_text(encoding="utf-8")
    assert "I 2023 var sysselsettingen i Handel 4\u00a0800." in handel
    result = run("check", str(path), str(out / "sysselsatte"))
    assert result.exit_code == 0 and result.output.count("each traced to") == 3, result.output


def test_a_batch_shows_the_decimals_of_all_its_labels(tmp_path):
    path = tmp_path / "ledige.csv"
    path.write_text("kommune,næring,år,verdi\n" + "".join(f"{k},{n},{y},{v}\n" for k, n, y, v in [
        ("Ås", "I alt", 2022, 2), ("Ås", "I alt", 2023, 3), ("Ås", "Industri", 2022, 1), ("Ås", "Industri", 2023, 1),
        ("Bø", "I alt", 2022, 2.5), ("Bø", "I alt", 2023, 1.5), ("Bø", "Industri", 2022, 1), ("Bø", "Industri", 2023, 0.5)]),
        encoding="utf-8")
    path.with_suffix(".toml").write_text('category = "næring"\n', encoding="utf-8")
    assert load(path).meta.fixed == {"kommune": "Ås"} and load(path).meta.decimals == 0
    assert {grid.meta.decimals for grid in split(load(path), "kommune").grids} == {1}
    run("write", str(path), "--per", "kommune", "--out", str(tmp_path / "out"))
    assert "1,5" in (tmp_path / "out" / "ledige" / "bo.md").read_text(encoding="utf-8").split("## ")[0]


def test_an_article_of_a_kommune_no_longer_in_the_table_is_reviewed_away(tmp_path, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    path = table_file(tmp_path)
    out = tmp_path / "out"
    run("write", str(path), "--per", "kommune", "--out", str(out))
    path.write_text("".join(line + "\n" for line in TABLE.splitlines() if not line.startswith("../../etc")), encoding="utf-8")
    result = run("diff", str(path), "--per", "kommune", "--against", str(out), "--check")
    assert result.exit_code == 1
    assert f"{out / 'sysselsatte' / 'etc.md'} (no longer written)" in result.output.splitlines()
    assert result.output.strip().endswith("1 of 3 articles differ")
    result = run("review", str(path), "--per", "kommune", "--against", str(out), "--accept", str(out / "sysselsatte" / "etc.md"))
    assert result.exit_code == 0 and result.output.strip().endswith("accepted 1, rejected 0, pending 0"), result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "sysselsatte/.narrate/as.json", "sysselsatte/.narrate/oslo-akershus.json", "sysselsatte/as.md", "sysselsatte/oslo-akershus.md"]
    assert run("diff", str(path), "--per", "kommune", "--against", str(out), "--check").exit_code == 0


def test_explain_and_facts_read_one_label_of_a_batch(tmp_path):
    path = table_file(tmp_path)
    out = tmp_path / "out"
    run("write", str(path), "--per", "kommune", "--out", str(out))
    result = run("explain", str(path), "--per", "kommune", "--label", "Oslo/Akershus", "--json")
    assert result.exit_code == 0, result.output
    saved = (out / "sysselsatte" / ".narrate" / "oslo-akershus.json").read_text(encoding="utf-8")
    assert [record["text"] for record in json.loads(result.output)] == [record["text"] for record in json.loads(saved)]
    result = run("facts", str(path), "--per", "kommune", "--label", "Ås")
    assert result.exit_code == 0 and "LV01" in result.output and "Oslo" not in result.output, result.output
    assert run("explain", str(path), "--per", "kommune").exit_code == 2
    result = run("facts", str(path), "--per", "kommune", "--label", "Bø")
    assert result.exit_code == 1 and result.output == f"narrate: {path}: no label 'Bø' in kommune\n"


def test_same_bytes_with_one_job_and_with_several(tmp_path):
    path = table_file(tmp_path)
    run("write", str(path), "--per", "kommune", "--out", str(tmp_path / "a"), "--jobs", "1")
    run("write", str(path), "--per", "kommune", "--out", str(tmp_path / "b"), "--jobs", "3")
    a = sorted((p.relative_to(tmp_path / "a"), p.read_bytes()) for p in (tmp_path / "a").rglob("*") if p.is_file())
    b = sorted((p.relative_to(tmp_path / "b"), p.read_bytes()) for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert a == b and len(a) == 6


def test_progress_bar_when_forced_on(tmp_path):
    path = table_file(tmp_path)
    result = CliRunner().invoke(main, ["write", str(path), "--per", "kommune", "--out", str(tmp_path / "o"), "--progress"])
    assert result.exit_code == 0
    assert "\r[" in result.stderr and result.stderr.rstrip().endswith("] 3/3")
    quiet = CliRunner().invoke(main, ["write", str(path), "--per", "kommune", "--out", str(tmp_path / "p")])
    assert quiet.stderr == ""


def test_unknown_dimension_is_one_line_and_nothing_written(tmp_path):
    path = table_file(tmp_path)
    out = tmp_path / "out"
    result = run("write", str(path), "--per", "fylke", "--out", str(out))
    assert result.exit_code == 1
    assert result.output == f"narrate: {path}: no dimension 'fylke' to write one article per; the table has kommune, næring, år\n"
    assert not out.exists()
    result = run("write", str(path), "--per", "år", "--out", str(out))
    assert result.exit_code == 1 and "'år' is the time dimension" in result.output


def test_folders_and_globs_write_every_table(tmp_path):
    out = tmp_path / "out"
    result = run("write", str(DATA / "kpi-*.csv"), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.md")) == ["kpi-indeks.md", "kpi-jae.md"]
    result = run("write", str(DATA), "--out", str(tmp_path / "all"))
    assert result.output.startswith("wrote 11 articles in ")


def big_table(tmp_path: Path) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus import write_csv
    finally:
        sys.path.pop(0)
    return write_csv(tmp_path / "kommuner.csv", kommuner=600, naeringer=20, years=3)


def test_a_killed_run_leaves_no_half_article_and_a_rerun_completes_the_set(tmp_path):
    path = big_table(tmp_path)
    out = tmp_path / "out"
    folder = out / "kommuner"
    command = [str(Path(sys.executable).parent / "narrate"), "write", str(path), "--per", "kommune", "--out", str(out), "--jobs", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(list(folder.glob("*.md"))) < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    partial = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.md")}
    assert 0 < len(partial) < 600, "the run was stopped part way"
    result = run("write", str(path), "--per", "kommune", "--out", str(out), "--jobs", "1")
    assert result.exit_code == 0 and result.output.startswith("wrote 600 articles")
    complete = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.md")}
    assert len(complete) == 600
    for name, text in partial.items():
        assert text == complete[name], f"{name} was left half-written"
    assert not list(folder.glob(".*.tmp"))


def test_labels_whose_slugs_meet_get_distinct_files_and_a_hostile_table_name_stays_inside(tmp_path):
    table = tmp_path / "...csv"
    table.write_text("kommune,år,verdi\nÅs,2022,1\nÅs,2023,2\nAs,2022,3\nAs,2023,4\nas-2,2022,5\nas-2,2023,6\n", encoding="utf-8")
    out = tmp_path / "out" / "here"
    result = run("write", str(table), "--per", "kommune", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote 3 articles")
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    assert written == ["x/as-2.md", "x/as-3.md", "x/as.md"]
    assert not list((tmp_path / "out").glob("*.md")) and not list(tmp_path.glob("*.md"))
