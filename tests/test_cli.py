"""The command line through click's CliRunner."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest
from click.testing import CliRunner

from narrate.cli import main
from tests.conftest import DATA


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_write_one_table(tmp_path):
    result = run("write", str(DATA / "ikt-staten-2016.csv"), "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    written = (tmp_path / "ikt-staten-2016.md").read_text(encoding="utf-8")
    assert "48 prosent av virksomhetene" in written
    assert sorted(p.name for p in tmp_path.iterdir()) == [".narrate", "ikt-staten-2016.md"]
    records = json.loads((tmp_path / ".narrate" / "ikt-staten-2016.json").read_text(encoding="utf-8"))
    assert records[0]["part"] == "title" and records[1]["text"] in written


def test_write_twice_gives_the_same_bytes(tmp_path):
    run("write", str(DATA / "kpi-jae.csv"), "--out", str(tmp_path / "a"))
    run("write", str(DATA / "kpi-jae.csv"), "--out", str(tmp_path / "b"))
    assert (tmp_path / "a" / "kpi-jae.md").read_bytes() == (tmp_path / "b" / "kpi-jae.md").read_bytes()


def test_write_folder_with_html(tmp_path):
    result = run("write", str(DATA), "--out", str(tmp_path), "--html")
    assert result.exit_code == 0, result.output
    tables = sorted(p.stem for p in DATA.iterdir() if p.suffix in (".csv", ".json"))
    assert sorted(p.stem for p in tmp_path.glob("*.md")) == tables
    html = (tmp_path / "ikt-staten-2016.html").read_text(encoding="utf-8")
    assert "<table>" in html and '<h1 id="flere-virksomheter-etablerer-nye-tjenester">' in html
    assert 'id="tabell-stor-grad-av-endring' in html


def test_seed_changes_variants_but_not_figures(tmp_path):
    run("write", str(DATA / "ikt-staten-2016.csv"), "--out", str(tmp_path / "a"), "--seed", "0")
    run("write", str(DATA / "ikt-staten-2016.csv"), "--out", str(tmp_path / "b"), "--seed", "3")
    a = (tmp_path / "a" / "ikt-staten-2016.md").read_text(encoding="utf-8")
    b = (tmp_path / "b" / "ikt-staten-2016.md").read_text(encoding="utf-8")
    assert a != b
    for figure in ("48 prosent", "55 prosent", "7 prosentpoeng"):
        assert figure in a and figure in b


def test_facts_text_and_json():
    result = run("facts", str(DATA / "ikt-staten-2016.csv"))
    assert result.exit_code == 0
    assert "CH01" in result.output and "Etablert nye tjenester" in result.output
    facts = json.loads(run("facts", str(DATA / "ikt-staten-2016.csv"), "--json").output)
    change = next(f for f in facts if f["rule"] == "CH01" and f["subject"] == "Økt bruk av nettbaserte selvbetjeningsløsninger")
    assert set(change) == {"rule", "kind", "subject", "periods", "values", "cells", "score"}
    assert change["values"]["diff"] == 7.0 and change["periods"] == ["2015", "2016"]
    assert {"kategori": "Økt bruk av nettbaserte selvbetjeningsløsninger", "år": "2016"} in change["cells"]


def test_bad_table_is_one_line_exit_1_and_nothing_written(tmp_path):
    bad = tmp_path / "tom.csv"
    bad.write_text("kategori,år,verdi\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("write", str(bad), "--out", str(out))
    assert result.exit_code == 1
    assert result.output.strip() == f"narrate: {bad}: the table has no rows"
    assert not (out / "tom.md").exists()


def test_one_bad_table_among_good_ones(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(DATA / "kpi-indeks.csv", folder)
    (folder / "tull.csv").write_text("år,verdi\n2016,mye\n", encoding="utf-8")
    result = run("write", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "tull.csv, row 2, column 'verdi': 'mye' is not a number or an SSB symbol" in result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".narrate", "kpi-indeks.md"]


def test_facts_on_a_missing_file():
    result = run("facts", "nowhere.csv")
    assert result.exit_code == 1
    assert result.output.strip() == "narrate: nowhere.csv: no such file"
    assert "Traceback" not in result.output


def test_wrong_usage_exits_2():
    assert run("write").exit_code == 2
    assert run("write", "x.csv", "--lang", "xx").exit_code == 2


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_articles_take_the_mode_the_umask_gives(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        for jobs in ("1", "2"):
            out = tmp_path / f"out-{jobs}"
            result = run("write", str(DATA / "kpi-jae.csv"), str(DATA / "batch"), "--out", str(out), "--html", "--jobs", jobs)
            assert result.exit_code == 0, result.output
            written = [path for path in out.rglob("*") if path.is_file()]
            assert len(written) == 6  # two tables: article, page and record each
            assert {stat.S_IMODE(path.stat().st_mode) for path in written} == {mode}
    finally:
        os.umask(old)


def test_out_dash_writes_the_article_to_standard_output_and_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["write", str(DATA / "ikt-staten-2016.csv"), "--out", "-", "--lang", "nn"])
    assert result.exit_code == 0, result.output
    assert list(tmp_path.iterdir()) == []
    run("write", str(DATA / "ikt-staten-2016.csv"), "--out", str(tmp_path / "files"), "--lang", "nn")
    assert result.output == (tmp_path / "files" / "ikt-staten-2016.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("more", [[str(DATA / "kpi-jae.csv")], ["--per", "kommune"], ["--html"]])
def test_out_dash_takes_one_table_as_markdown(tmp_path, more):
    result = run("write", str(DATA / "ikt-staten-2016.csv"), "--out", "-", *more)
    assert result.exit_code == 2
    assert "--out - writes one table's article, as Markdown" in result.output


def test_out_dash_with_a_bad_table_is_one_line(write_file):
    path = write_file("tull.csv", "år,verdi\n2016,mange\n")
    result = run("write", str(path), "--out", "-")
    assert result.exit_code == 1
    assert result.output == f"narrate: {path}, row 2, column 'verdi': 'mange' is not a number or an SSB symbol\n"


@pytest.mark.parametrize("command", [[], ["write"], ["check"], ["diff"], ["review"], ["tune"], ["explain"], ["facts"], ["rules"]])
def test_dash_h_is_help(command):
    short, long = run(*command, "-h"), run(*command, "--help")
    assert short.exit_code == 0 and short.output == long.output
    assert short.output.startswith(f"Usage: main {' '.join(command)}".rstrip())
