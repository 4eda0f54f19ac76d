"""Every rule's case file, run by one test: input rows, settings, expected facts."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from narrate.grid import Grid
from narrate.load import load
from narrate.rules import catalogue

CASES = Path(__file__).parent / "cases"


def _cases():
    for rule in catalogue():
        path = CASES / f"{rule.code}.toml"
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            yield pytest.param(rule, case, id=f"{rule.code}: {case['name']}")


def test_every_rule_has_a_case_file():
    assert sorted(p.stem for p in CASES.glob("*.toml")) == [rule.code for rule in catalogue()]


@pytest.mark.parametrize(("rule", "case"), list(_cases()))
def test_rule_case(rule, case, tmp_path):
    table_file = tmp_path / "case.csv"
    table_file.write_text(case["table"].lstrip(), encoding="utf-8")
    grid = Grid.of(load(table_file, **case.get("meta", {})))
    facts = rule(case.get("settings", {})).find(grid)
    expected = case.get("expect", [])
    assert len(facts) == len(expected), [(f.kind, f.subject, f.values) for f in facts]
    for fact, expect in zip(facts, expected):
        assert fact.rule == rule.code
        assert fact.kind in rule.kinds, f"{rule.code} yields {fact.kind!r} but declares {rule.kinds}"
        assert fact.kind == expect["kind"]
        if "subject" in expect:
            assert fact.subject == expect["subject"]
        for key, value in expect.get("values", {}).items():
            assert fact.values[key] == value, key
        assert fact.cells, "a fact must keep the cells it rests on"
