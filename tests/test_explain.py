"""``narrate explain``, ``--annotate`` and ``narrate rules``: why each
sentence is there, and what each rule does."""

from __future__ import annotations

import ast
import inspect
import json
import sys

import pytest
from click.testing import CliRunner

from narrate.cli import main
from narrate.grid import Grid
from narrate.load import load
from narrate.rules import catalogue
from narrate.write import write
from tests.conftest import DATA, ROOT

SEED_TABLE = DATA / "ikt-staten-2016.csv"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_explain_json_has_the_stable_shape():
    result = run("explain", str(SEED_TABLE), "--json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    article = write(load(SEED_TABLE))
    assert [r["text"] for r in records] == [article.title.text] + [s.text for s in article.sentences()]
    for record in records:
        assert {"text", "rule", "template", "variant", "values", "cells"} <= set(record)
        assert (ROOT / "phrases" / record["template"]).is_file()
        assert record["variant"].startswith("v")
        assert all("value" in cell and "år" in cell for cell in record["cells"])


def test_explain_cells_hold_the_table_values():
    table = load(SEED_TABLE)
    grid = Grid.of(table)
    records = json.loads(run("explain", str(SEED_TABLE), "--json").output)
    change = next(r for r in records if r["text"] == "Andelen økte med 7 prosentpoeng fra året før.")
    assert change["rule"] == "CH01" and change["template"] == "nb/change.j2"
    assert change["values"]["diff"] == 7.0
    assert change["cells"] == [
        {"kategori": "Etablert nye tjenester", "år": "2015", "value": 48.0},
        {"kategori": "Etablert nye tjenester", "år": "2016", "value": 55.0},
    ]
    for record in records:
        for cell in record["cells"]:
            assert cell["value"] == grid.value(cell["kategori"], cell["år"])


def test_explain_text_for_people():
    result = run("explain", str(SEED_TABLE))
    assert result.exit_code == 0
    assert "[ingress] Andelen økte med 7 prosentpoeng fra året før.\n    CH01 · nb/change.j2" in result.output
    assert "    cell: kategori=Etablert nye tjenester, år=2016 → 55.0" in result.output


def test_annotate_puts_a_comment_after_each_sentence(tmp_path):
    result = run("write", str(SEED_TABLE), "--out", str(tmp_path), "--annotate")
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "ikt-staten-2016.md").read_text(encoding="utf-8")
    article = write(load(SEED_TABLE))
    assert markdown.count("<!-- ") == len(article.sentences()) + 1
    assert "Andelen økte med 7 prosentpoeng fra året før. <!-- CH01 nb/change.j2 v" in markdown
    assert run("check", str(SEED_TABLE), str(tmp_path / "ikt-staten-2016.md")).exit_code == 0


@pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.code)
def test_every_rule_documents_itself(rule):
    module = sys.modules[rule.__module__]
    doc = inspect.getdoc(module) or ""
    assert doc.startswith(f"{rule.code}: "), "the docstring opens with the code"
    assert "\nExample: " in doc, "the docstring has an example in words"
    assert ">>> " in doc, "the docstring has a doctest"
    tree = ast.parse(inspect.getsource(module))
    assert any(isinstance(node, ast.ClassDef) and node.name == "Rule" for node in tree.body)
    for name, threshold in rule.thresholds.items():
        assert f"``{name}``" in doc, f"the docstring speaks of {name}"
        assert len(threshold.meaning.split()) >= 4, f"{name} has a meaning"


def test_rules_json_has_the_stable_shape(write_file):
    config = write_file("narrate.toml", "[rules.CH01]\nmin_pp = 3\n")
    entries = json.loads(run("rules", "--json", "--config", str(config)).output)
    assert [e["code"] for e in entries] == [r.code for r in catalogue()]
    for entry in entries:
        assert {"code", "name", "description", "example", "thresholds"} <= set(entry)
        assert entry["description"] and entry["example"]
        for threshold in entry["thresholds"].values():
            assert set(threshold) == {"default", "value", "meaning"}
    assert entries[0]["thresholds"]["min_pp"] == {
        "default": 2, "value": 3,
        "meaning": "smallest change in percentage points that is told as a change (a tenth of it per decimal the table shows)",
    }


def test_rules_text_shows_current_values(write_file):
    config = write_file("narrate.toml", '[rules]\noff = ["SH01"]\n[rules.TR01]\nmin_run = 4\n')
    output = run("rules", "--config", str(config)).output
    assert "SH01  share in words  (off)" in output
    assert "    min_run = 4 (default 3): fewest steps in one direction that make a run" in output
