"""``narrate diff``, ``review`` and ``tune``: what a change to a threshold
does to the text, reviewed sentence by sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrate.cli import main
from tests.conftest import DATA, OUT

SEED = "ikt-staten-2016"
REMOVED = [
    "Andelen som oppga bedre beslutningsgrunnlag, falt mest, med 5 prosentpoeng.",
    "For bedre samhandling med andre virksomheter og raskere saksgang/kortere svartid økte andelen med "
    "henholdsvis 4 og 3 prosentpoeng fra året før.",
]
ADDED = [
    "Andelen som opplyste at de siste to års IKT-prosjekter i stor grad har resultert i bedre beslutningsgrunnlag, "
    "falt mest, med 5 prosentpoeng.",
]
CHANGED = [
    "48 prosent av virksomhetene [-opplyste at de siste to års IKT-prosjekter i stor grad har resultert i-] {+oppga+} "
    "økt bruk av nettbaserte selvbetjeningsløsninger, mot 41 prosent året før.",
    "[-26 prosent av virksomhetene-] {+Andelen som+} oppga reduserte kostnader til innkjøp av varer og tjenester, "
    "[-mot 21 prosent året før.-] {+økte med 5 prosentpoeng.+}",
]
MOVED = [
    "Det var liten endring for økt kvalitet på virksomhetens tjenester og for omlegginger og forenklinger av "
    "arbeidsrutiner.",
]


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the seed table and its approved article, with a narrate.toml
    that raises CH01's threshold; the current folder is the copy."""
    (tmp_path / "data").mkdir()
    for suffix in (".csv", ".toml"):
        shutil.copy(DATA / f"{SEED}{suffix}", tmp_path / "data")
    shutil.copytree(OUT, tmp_path / "out", ignore=lambda folder, names: [n for n in names if SEED not in n and n != ".narrate"])
    (tmp_path / "narrate.toml").write_text("[rules.CH01]\nmin_pp = 5\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CI", raising=False)
    return tmp_path


def run(*args: str, **kwargs):
    return CliRunner().invoke(main, list(args), **kwargs)


def sentences_marked(output: str, mark: str) -> list[str]:
    """The sentences a diff shows with a mark, without the rule and the word marks."""
    found = []
    for line in output.splitlines():
        if line.startswith(f"  {mark} "):
            text = line.split(": ", 1)[1]
            if mark in "+-":
                text = text[2:-2]
            found.append(text)
    return found


def test_diff_passes_on_the_committed_articles():
    result = run("diff", str(DATA), "--against", str(OUT), "--check")
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("0 of 11 articles differ")


def test_a_raised_threshold_adds_and_removes_exactly_these_sentences(project):
    result = run("diff", "data", "--against", "out")
    assert result.exit_code == 0, result.output
    assert sentences_marked(result.output, "-") == REMOVED
    assert sentences_marked(result.output, "+") == ADDED
    assert sentences_marked(result.output, "~") == CHANGED
    assert sentences_marked(result.output, "↕") == MOVED
    assert "  - CH01+EX02: [-Andelen som oppga" in result.output and "  + CH01+EX02: {+Andelen som opplyste" in result.output
    assert "  ¶ the paragraphs break in other places" in result.output
    assert ("CH01: 5 sentences in 1 article\nCH02: 1 sentence in 1 article\nEX02: 2 sentences in 1 article\n"
            "1 of 1 articles differ") in result.output
    assert run("diff", "data", "--against", "out", "--check").exit_code == 1
    assert not list((project / "out").glob("*.new"))


def test_a_sentence_moved_or_a_paragraph_break_moved_is_told_as_such(project):
    approved = project / "out" / f"{SEED}.md"
    text = approved.read_text(encoding="utf-8")
    (project / "narrate.toml").unlink()
    paragraph = next(p for p in text.split("\n\n") if p.startswith("Omtrent to tredjedeler"))
    first, second = paragraph.split(". ", 1)
    approved.write_text(text.replace(paragraph, f"{second[:-1]}. {first}."), encoding="utf-8")
    result = run("diff", "data", "--against", "out")
    assert [line for line in result.output.splitlines() if line.startswith("  ")] == [f"  ↕ EX01+SH01: {first}."]
    joined = text.replace(f"{paragraph}\n\n", f"{paragraph} ")
    assert joined != text
    approved.write_text(joined, encoding="utf-8")
    result = run("diff", "data", "--against", "out")
    assert [line for line in result.output.splitlines() if line.startswith("  ")] == ["  ¶ the paragraphs break in other places"]
    assert result.output.strip().endswith("1 of 1 articles differ")


def test_diff_html_report_is_one_page(project):
    result = run("diff", "data", "--against", "out", "--html", "report.html")
    assert result.exit_code == 0
    page = (project / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<link" not in page and "<script" not in page
    assert f"<ins>{ADDED[0]}</ins>" in page and f"<del>{REMOVED[0]}</del>" in page
    assert not list((project / "out").glob("*.new"))


def test_review_accept_without_a_terminal(project):
    approved = project / "out" / f"{SEED}.md"
    before = approved.read_text(encoding="utf-8")
    result = run("review", "--accept", f"out/{SEED}.md")
    assert result.exit_code == 0, result.output
    assert "accepted 1, rejected 0, pending 0" in result.output
    after = approved.read_text(encoding="utf-8")
    assert after != before and ADDED[0] in after and REMOVED[0] not in after
    assert not (project / "out" / f"{SEED}.md.new").exists()
    assert run("diff", "data", "--against", "out", "--check").exit_code == 0


def test_review_keeps_pending_versions_and_rejects(project):
    result = run("review")
    assert result.exit_code == 1
    assert "1 pending; review on a terminal, or use --accept/--reject" in result.output
    pending = project / "out" / f"{SEED}.md.new"
    assert ADDED[0] in pending.read_text(encoding="utf-8")
    assert (project / "out" / ".narrate" / f"{SEED}.json.new").is_file()
    result = run("review", "--reject", f"out/{SEED}.md")
    assert result.exit_code == 0 and "accepted 0, rejected 1, pending 0" in result.output
    assert not pending.exists()
    assert REMOVED[0] in (project / "out" / f"{SEED}.md").read_text(encoding="utf-8")


def test_review_interactive_run_scripted(project):
    shutil.copy(DATA / "kpi-indeks.csv", project / "data")
    shutil.copy(OUT / "kpi-indeks.md", project / "out")
    (project / "narrate.toml").write_text('[rules]\noff = ["TR01"]\n[rules.CH01]\nmin_pp = 5\n', encoding="utf-8")
    result = run("review", "--interactive", input="s\na\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("accept, reject, skip (a/r/s, A/R/S for all)") == 2
    assert "accepted 1, rejected 0, pending 1" in result.output
    assert (project / "out" / f"{SEED}.md.new").exists()
    assert "på rad" not in (project / "out" / "kpi-indeks.md").read_text(encoding="utf-8")
    result = run("review", "--interactive", input="R\n")
    assert "accepted 0, rejected 1, pending 0" in result.output
    assert not list((project / "out").glob("*.new"))


def test_review_writes_no_pending_versions_in_ci(project, monkeypatch):
    monkeypatch.setenv("CI", "true")
    result = run("review")
    assert result.exit_code == 1
    assert "CI is set: pending versions are not written" in result.output
    assert not list(Path(project / "out").rglob("*.new"))


def test_review_refuses_an_article_with_nothing_pending(project):
    (project / "narrate.toml").unlink()
    result = run("review", "--accept", f"out/{SEED}.md")
    assert result.exit_code == 1
    assert result.output.strip() == f"narrate: out/{SEED}.md: no pending version to review"


def test_tune_counts_what_each_value_changes_and_writes_nothing(project):
    (project / "narrate.toml").unlink()
    before = sorted((p, p.stat().st_mtime_ns) for p in project.rglob("*"))
    result = run("tune", "CH01.min_pp=2,5", "data")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["CH01.min_pp", "facts", "articles", "changed", "sentences", "+", "sentences", "−"]
    assert lines[1].split() == ["2", "(now)", "6", "0", "0", "0"]
    assert lines[2].split() == ["5", "4", "1", "3", "4"]
    assert f"5: + {ADDED[0]}" in lines
    assert sorted((p, p.stat().st_mtime_ns) for p in project.rglob("*")) == before


@pytest.mark.parametrize("setting, message", [
    ("CH01.min_pp", "'CH01.min_pp': expected RULE.threshold=value,value,... such as CH01.min_pp=1,2,3"),
    ("CH01.min_pp=a", "'CH01.min_pp=a': the values must be numbers separated by commas"),
    ("CH01.max=1", "key 'rules.CH01.max': CH01 has no threshold 'max'; allowed: min_pct, min_pp"),
])
def test_tune_refuses_a_bad_setting(project, setting, message):
    result = run("tune", setting, "data")
    assert result.exit_code == 1
    assert result.output.strip() == f"narrate: {message}"
