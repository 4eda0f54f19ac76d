"""Property tests: random tables of random shapes, values and labels
(hostile ones among them: HTML, Markdown, control and separator
characters) never crash narrate, always give articles ``narrate check``
passes, whose front matter is YAML and whose HTML holds no markup the
labels brought, and give the same bytes twice."""

from __future__ import annotations

import csv
import re

import pandas as pd
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrate.batch import split
from narrate.check import check
from narrate.cli import main
from narrate.config import Config
from narrate.errors import NarrateError
from narrate.load import load
from narrate.load.cells import SYMBOLS
from narrate.render import front_matter
from narrate.rules import detect, detect_all, detect_each
from narrate.write import write
from tests.markup import markup

LABEL_CHARACTERS = st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="\r\n\t\x0b\x0c")
PLAIN_LABELS = st.text(LABEL_CHARACTERS, min_size=1, max_size=24).map(str.strip).filter(lambda label: label[:1].isalnum() and (label[-1].isalnum() or label[-1] == ")"))
HOSTILE = st.sampled_from([
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "[lenke](javascript:alert(1))", "![bilde](x.png)",
    "</table>", "&lt;b&gt;", "*fet*", "_kursiv_", "`kode`", "a | b", "# 1", "\\", "<!--", "Nord\nland", "Nord\r\nland",
    "A\x85B", "x\x7fy", "x\x9by", "a\u2028b", "a\u2029b", "\ufffe", "\ufdd0", "x\x00y", "tab\tfane",
])
LABELS = st.one_of(PLAIN_LABELS, PLAIN_LABELS, st.builds(lambda before, hostile, after: f"{before} {hostile} {after}",
                                                         PLAIN_LABELS, HOSTILE, PLAIN_LABELS))
SAFE_TAGS = {"html", "head", "meta", "title", "body", "h1", "h2", "p", "table", "thead", "tbody", "tr", "th", "td", "em", "code"}
SAFE_ATTRIBUTES = {"lang", "charset", "id", "style"}
NUMBERS = st.one_of(
    st.sampled_from([0.0, -0.0, 1.0, -1.0, 0.5, 1e-6, 1e9, -1e9, 100.0, 50.0]),
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda v: round(v, 2)),
    st.integers(min_value=-100_000, max_value=100_000).map(float),
)
CELLS = st.one_of(NUMBERS, NUMBERS, NUMBERS, st.none(), st.sampled_from(sorted(SYMBOLS)))


def assert_safe(markdown: str, html: str) -> None:
    """The front matter is YAML that reads as narrate reads it, and the
    HTML holds no tag, attribute or comment a label could have brought."""
    assert yaml.safe_load(markdown.split("---\n", 2)[1]) == front_matter(markdown), markdown
    page = markup(html)
    assert page.tags <= SAFE_TAGS and set(page.attributes) <= SAFE_ATTRIBUTES and page.comments == (), html


@st.composite
def tables(draw):
    """A tidy table: categories by years, with a total maybe, and a unit."""
    categories = draw(st.lists(LABELS, min_size=1, max_size=6, unique_by=str.casefold))
    if draw(st.booleans()):
        categories = ["I alt", *(c for c in categories if c.casefold() != "i alt")]
    first = draw(st.integers(min_value=1990, max_value=2020))
    years = sorted(draw(st.sets(st.integers(min_value=first, max_value=first + 8), min_size=1, max_size=5)))
    rows = []
    for category in categories:
        for year in years:
            cell = draw(CELLS)
            value, status = (None, cell) if isinstance(cell, str) else (cell, "")
            rows.append({"kategori": category, "år": str(year), "verdi": value, "status": status})
    unit = draw(st.sampled_from(["", "prosent", "antall", "1 000 personer", "mill. kr", "2015=100"]))
    return pd.DataFrame(rows), unit


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.sampled_from(["nb", "nn", "en"]))
def test_random_tables_give_checked_articles_or_a_clear_error(drawn, lang):
    frame, unit = drawn
    try:
        table = load(frame, unit=unit, name="tilfeldig")
        article = write(table, Config(lang=lang))
    except NarrateError as error:
        assert "\n" not in error.line() and error.line()
        return
    markdown = article.markdown
    report = check(markdown, table)
    assert report.problems == (), (report.problems, markdown)
    assert_safe(markdown, article.html)
    assert write(load(frame, unit=unit, name="tilfeldig"), Config(lang=lang)).markdown == markdown
    label_words = {word.lower() for label in frame["kategori"] for word in re.findall(r"\w+", label)}
    for word in re.findall(r"\w+", markdown.split("## Tabell")[0]):
        assert word.lower() not in ("nan", "inf", "infinity") or word.lower() in label_words, markdown


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(tables(), st.sampled_from([",", ";"]))
def test_random_csv_files_never_crash_the_command_line(tmp_path_factory, drawn, delimiter):
    frame, unit = drawn
    folder = tmp_path_factory.mktemp("csv")
    path = folder / "tabell.csv"
    decimal = "," if delimiter == ";" else "."
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(["kategori", "år", "verdi"])
        for row in frame.itertuples():
            cell = row.status or ("" if row.verdi is None or row.verdi != row.verdi else repr(row.verdi).replace(".", decimal))
            writer.writerow([row.kategori, row.år, cell])
    result = CliRunner().invoke(main, ["write", str(path), "--out", str(folder / "out"), "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 1:
        assert result.output.count("\n") == 1 and result.output.startswith(f"narrate: {path}")
        assert not (folder / "out").exists()
    else:
        markdown = (folder / "out" / "tabell.md").read_text(encoding="utf-8")
        assert check(markdown, load(path)).problems == ()


SETTINGS = st.fixed_dictionaries({
    "CH01": st.fixed_dictionaries({"min_pp": st.sampled_from([0.5, 1, 2, 5]), "min_pct": st.sampled_from([0.1, 1.0, 3.0])}),
    "CH02": st.fixed_dictionaries({"max_pp": st.sampled_from([0, 1, 3]), "max_pct": st.sampled_from([0.0, 0.5, 2.0])}),
    "CH03": st.fixed_dictionaries({"min_parts": st.sampled_from([1, 2, 4]), "min_share": st.sampled_from([0.5, 0.75, 1.0])}),
    "EX01": st.fixed_dictionaries({"min_categories": st.sampled_from([2, 3, 4])}),
    "EX02": st.fixed_dictionaries({"min_categories": st.sampled_from([2, 3]), "min_pp": st.sampled_from([0.5, 2])}),
    "SH01": st.fixed_dictionaries({"tolerance": st.sampled_from([0.5, 1.0, 4.0])}),
    "TO01": st.fixed_dictionaries({"min_parts": st.sampled_from([1, 2, 3])}),
    "TR01": st.fixed_dictionaries({"min_run": st.sampled_from([1, 2, 3])}),
})


@st.composite
def grouped_tables(draw):
    """A tidy table of several kommuner, each with the same categories and
    years and values of its own."""
    frame, unit = draw(tables())
    groups = []
    for kommune in draw(st.lists(LABELS, min_size=2, max_size=6, unique_by=str.casefold)):
        cells = [draw(CELLS) for _ in range(len(frame))]
        groups.append(frame.assign(kommune=kommune, verdi=[None if isinstance(c, str) else c for c in cells],
                                   status=[c if isinstance(c, str) else "" for c in cells]))
    return pd.concat(groups, ignore_index=True), unit


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(grouped_tables(), SETTINGS)
def test_the_rules_find_the_same_facts_in_a_whole_table_as_in_each_part_alone(drawn, thresholds):
    frame, unit = drawn
    try:
        table = load(frame, unit=unit, name="kommuner")
    except NarrateError:
        return
    stack = split(table, "kommune")
    together = detect_all(stack, thresholds)
    assert len(together) == len(stack.grids) == frame["kommune"].nunique()
    assert list(detect_each(stack, thresholds, block=2)) == together
    for grid, facts in zip(stack.grids, together, strict=True):
        assert facts == detect(grid, thresholds), grid.meta.place
        assert all(dict(cell)["kommune"] == grid.meta.place[1] for fact in facts for cell in fact.cells)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(grouped_tables(), st.sampled_from(["nb", "nn", "en"]))
def test_every_article_of_a_random_batch_passes_check_against_its_own_kommune(tmp_path_factory, drawn, lang):
    frame, unit = drawn
    folder = tmp_path_factory.mktemp("batch")
    path = folder / "kommuner.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["kommune", "kategori", "år", "verdi"])
        for row in frame.itertuples():
            cell = row.status or ("" if row.verdi is None or row.verdi != row.verdi else repr(row.verdi))
            writer.writerow([row.kommune, row.kategori, row.år, cell])
    if unit:
        path.with_suffix(".toml").write_text(f'unit = "{unit}"\ncategory = "kategori"\n', encoding="utf-8")
    written = CliRunner().invoke(main, ["write", str(path), "--per", "kommune", "--lang", lang, "--out", str(folder / "out"),
                                        "--jobs", "1", "--html"])
    assert written.exception is None or isinstance(written.exception, SystemExit), written.output
    if written.exit_code != 0:
        assert written.output.count("\n") == 1 and written.output.startswith(f"narrate: {path}"), written.output
        return
    articles = sorted((folder / "out" / "kommuner").glob("*.md"))
    told = re.match(r"wrote (\d+) articles? in [^;]*(?:; skipped (\d+))?", written.output)
    assert told and int(told.group(1)) == len(articles), written.output
    assert len(articles) + int(told.group(2) or 0) == frame["kommune"].nunique()
    if not articles:
        return
    for article in articles:
        assert_safe(article.read_text(encoding="utf-8"), article.with_suffix(".html").read_text(encoding="utf-8"))
    result = CliRunner().invoke(main, ["check", str(path), str(folder / "out" / "kommuner")])
    assert result.exit_code == 0, result.output
    assert result.output.count("each traced to") == len(articles)
