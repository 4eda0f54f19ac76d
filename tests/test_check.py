"""``narrate check``: an independent reader that traces every number in an
article's prose to its table, and finds numbers, units and directions that
are wrong."""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import pytest
from click.testing import CliRunner

from narrate.check import check
from narrate.check.lexicon import BOKMÅL
from narrate.check.reader import number_pattern
from narrate.cli import main
from narrate.config import Config
from narrate.load import load
from narrate.realise.numbers import tall
from narrate.table import Table
from narrate.write import write
from tests.conftest import DATA, OUT

TABLES = sorted(p for p in DATA.iterdir() if p.suffix in (".csv", ".json"))
FLIPS = {"økning": "nedgang", "nedgang": "økning", "økte": "gikk ned", "gikk ned": "økte", "steg": "falt",
         "falt": "steg", "opp fra": "ned fra", "ned fra": "opp fra"}


def body(markdown: str) -> tuple[int, int]:
    """Where the prose after the title starts and ends in an article."""
    start = markdown.index("\n\n", markdown.index("\n# ") + 1)
    return start, markdown.index("\n## Tabell")


def change_a_number(markdown: str) -> str | None:
    """The first number of the prose after the title, 11 units of its last digit higher."""
    start, end = body(markdown)
    for match in re.finditer(rf"(?<![\w,])({number_pattern(BOKMÅL)})(?![\w])", markdown[start:end]):
        text = match.group(1)
        after = markdown[start + match.end():start + match.end() + 9]
        if re.fullmatch(r"(19|20)\d\d", text) or after.startswith(". kvartal"):
            continue
        decimals = len(text.partition(",")[2])
        value = float(text.replace("\u00a0", "").replace("−", "-").replace(",", ".")) + 11 * 10**-decimals
        return markdown[:start + match.start(1)] + tall(value, decimals) + markdown[start + match.end(1):]
    return None


def change_the_unit(markdown: str) -> str | None:
    """The first change in points said in percent, or else the first change
    in percent said in points."""
    start, end = body(markdown)
    at = markdown.find(" prosentpoeng", start, end)
    if at >= 0:
        return markdown[:at] + " prosent" + markdown[at + len(" prosentpoeng"):]
    match = re.compile(r"(økning på|nedgang på|økte med|gikk ned med|steg|falt) \S+ prosent\b").search(markdown, start, end)
    return markdown[:match.end()] + "poeng" + markdown[match.end():] if match else None


def flip_a_direction(markdown: str) -> str | None:
    """The first word of change in a sentence with a number, turned the other way."""
    start, end = body(markdown)
    found = []
    for old in FLIPS:
        for match in re.finditer(rf"\b{old}\b", markdown[start:end]):
            at = start + match.start()
            sentence = markdown[markdown.rfind(". ", start, at) + 1:markdown.find(".", at + len(old))]
            if re.search(r"\d", sentence):
                found.append((at, old))
    if not found:
        return None
    at, old = min(found)
    return markdown[:at] + FLIPS[old] + markdown[at + len(old):]


def untouched() -> list[tuple[str, str, object]]:
    """Articles as narrate writes them, for every table and three seeds."""
    articles = {}
    for path in TABLES:
        table = load(path)
        for seed in (0, 1, 2):
            articles.setdefault(write(table, Config(seed=seed)).markdown, (f"{path.stem}/{seed}", table))
    return [(name, markdown, table) for markdown, (name, table) in articles.items()]


def altered() -> list[tuple[str, str, object]]:
    """The approved articles in out/, each with one planted error of each kind it allows."""
    planted = []
    for path in TABLES:
        table = load(path)
        markdown = (OUT / f"{path.stem}.md").read_text(encoding="utf-8")
        for plant in (change_a_number, change_the_unit, flip_a_direction):
            wrong = plant(markdown)
            if wrong is not None:
                assert wrong != markdown
                planted.append((f"{path.stem}/{plant.__name__}", wrong, table))
    return planted


UNTOUCHED, ALTERED = untouched(), altered()


def test_at_least_twenty_of_each():
    assert len(UNTOUCHED) >= 20
    assert len(ALTERED) >= 20
    kinds = {name.split("/")[1] for name, _, _ in ALTERED}
    assert kinds == {"change_a_number", "change_the_unit", "flip_a_direction"}


@pytest.mark.parametrize("name, markdown, table", UNTOUCHED, ids=[n for n, _, _ in UNTOUCHED])
def test_untouched_articles_pass(name, markdown, table):
    report = check(markdown, table)
    assert report.numbers > 0
    assert report.problems == ()


@pytest.mark.parametrize("name, markdown, table", ALTERED, ids=[n for n, _, _ in ALTERED])
def test_every_planted_error_is_found(name, markdown, table):
    assert check(markdown, table).problems


def seed_article() -> tuple[str, object]:
    table = load(DATA / "ikt-staten-2016.csv")
    return (OUT / "ikt-staten-2016.md").read_text(encoding="utf-8"), table


def test_a_changed_number_is_named():
    markdown, table = seed_article()
    problems = check(markdown.replace("55 prosent", "57 prosent"), table).problems
    assert [p.written for p in problems] == ["57 prosent"]
    assert problems[0].sentence.startswith("57 prosent av virksomhetene har i stor grad etablert nye tjenester")


def test_points_written_as_percent_is_a_wrong_unit():
    markdown, table = seed_article()
    problems = check(markdown.replace("økte med 7 prosentpoeng", "økte med 7 prosent"), table).problems
    assert [(p.written, p.why) for p in problems] == [("7 prosent", "a change in percentage points, written as prosent")]


def test_an_increase_said_of_a_fall_is_a_wrong_direction():
    markdown, table = seed_article()
    fall = "Størst nedgang var det for bedre beslutningsgrunnlag, der andelen gikk ned fra 38 til 33 prosent."
    right = f"# Tittel\n\n{fall}\n"
    assert check(right, table).problems == ()
    wrong = right.replace("nedgang", "økning").replace("gikk ned", "økte")
    assert [p.why for p in check(wrong, table).problems] == [
        "says an increase, but the figures went down",
        "says Bedre beslutningsgrunnlag is the largest increase, but Etablert nye tjenester is (7 against -5)"]
    wrong = right.replace("gikk ned", "økte")
    assert [p.why for p in check(wrong, table).problems] == ["says both that the figures went up and that they went down"]
    sentence = "I 2021 hadde 8 prosent av befolkningen under 1 km til nærmeste konsertsal, en nedgang på 2 prosentpoeng fra 2016."
    assert check(f"# T\n\n{sentence}\n", load(DATA / "ssb-05300.json")).problems == ()
    wrong = f"# T\n\n{sentence.replace('nedgang', 'økning')}\n"
    problems = check(wrong, load(DATA / "ssb-05300.json")).problems
    assert [(p.written, p.why) for p in problems] == [("2 prosentpoeng", "says an increase, but the figures went down")]


def test_a_direction_without_a_number_is_checked_too():
    table = load(DATA / "boligpriser-endring.csv")
    assert check("# T\n\nI Stavanger gikk prisveksten ned.\n", table).problems == ()
    problems = check("# T\n\nI Stavanger gikk prisveksten opp.\n", table).problems
    assert [p.why for p in problems] == ["says the figures went up, but they went down"]
    problems = check("# T\n\nI Stavanger økte prisveksten.\n", table).problems
    assert [p.why for p in problems] == ["says the figures went up, but they went down"]


def test_a_label_made_of_words_the_reader_reads_is_read_both_ways():
    table = load(pd.DataFrame({"kategori": ["0", "0", "A DECREASE", "A DECREASE"], "år": ["1990", "1991"] * 2,
                               "verdi": [0.0, 0.0, 1.0, 0.0]}), name="t")
    markdown = write(table, Config(lang="en")).markdown
    assert "a decrease of 100.0 per cent" in markdown
    assert check(markdown, table).problems == ()
    assert check(markdown.replace("100.0 per cent", "90.0 per cent"), table).problems


def test_a_wrong_count_of_categories_is_found():
    markdown = (OUT / "kpi-jae.md").read_text(encoding="utf-8")
    table = load(DATA / "kpi-jae.csv")
    assert "I åtte av tolv grupper" in markdown
    problems = check(markdown.replace("I åtte av tolv grupper", "I ni av tolv grupper"), table).problems
    assert [(p.written, p.why) for p in problems] == [("ni av tolv", "8 of 12 parts lie above the total")]


def test_a_wrong_run_is_found():
    markdown = (OUT / "kpi-indeks.md").read_text(encoding="utf-8")
    table = load(DATA / "kpi-indeks.csv")
    assert check(markdown, table).problems == ()
    assert check(markdown.replace("for femte år på rad", "for sjette år på rad"), table).problems


def share_table(value: float):
    return load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [40.0, value]}), unit="prosent")


@pytest.mark.parametrize("text, value, honest", [
    ("nesten 70 prosent", 69.4, True), ("nesten 70 prosent", 67.0, True), ("nesten 70 prosent", 72.0, False),
    ("nesten 70 prosent", 66.0, False), ("drøyt 70 prosent", 70.8, True), ("drøyt 70 prosent", 69.0, False),
    ("halvparten", 50.4, True), ("halvparten", 45.0, False), ("omtrent halvparten", 48.5, True),
    ("seks av ti", 60.0, True), ("seks av ti", 66.0, False), ("hver femte", 20.0, True), ("tre av fire", 80.0, False),
])
def test_hedges_and_shares_in_words_are_held_to_what_they_say(text, value, honest):
    markdown = f"# Tittel\n\nI 2016 svarte {text} ja.\n"
    assert (check(markdown, share_table(value)).problems == ()) is honest


def test_figures_with_thousands_and_minus_are_read_whole():
    table = load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [-1200.5, 2036540.0]}), decimals=1)
    assert check("# T\n\nI 2016 var tallet 2\u00a0036\u00a0540,0, mot \u22121\u00a0200,5 året før.\n", table).problems == ()
    problems = check("# T\n\nI 2016 var tallet 2\u00a0036\u00a0541,0, mot 1\u00a0200,5 året før.\n", table).problems
    assert [p.written for p in problems] == ["2\u00a0036\u00a0541,0", "1\u00a0200,5"]


def test_cli_check_passes_out_and_fails_an_altered_article(tmp_path):
    result = CliRunner().invoke(main, ["check", str(DATA), str(OUT)])
    assert result.exit_code == 0, result.output
    assert result.output.count(", each traced to") == len(TABLES)
    assert all(re.search(r": \d+ numbers \(.*\), 5 front matter fields and \d+ lines of the table, source and notes, each", line)
               for line in result.output.splitlines())
    wrong = tmp_path / "ikt.md"
    wrong.write_text((OUT / "ikt-staten-2016.md").read_text(encoding="utf-8").replace("55 prosent", "57 prosent"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(DATA / "ikt-staten-2016.csv"), str(wrong)])
    assert result.exit_code == 1
    assert result.output.startswith(f"{wrong}: ingress: '57 prosent' in «57 prosent av virksomhetene")


def test_cli_check_names_a_missing_article(tmp_path):
    result = CliRunner().invoke(main, ["check", str(DATA / "kpi-indeks.csv"), str(tmp_path / "nope.md")])
    assert result.exit_code == 1
    assert result.output.strip() == f"narrate: {tmp_path / 'nope.md'}: no such article"


def test_a_wrong_count_of_categories_that_moved_is_found():
    markdown = (OUT / "hotellovernattinger.md").read_text(encoding="utf-8")
    table = load(DATA / "hotellovernattinger.csv")
    assert "I alle fem regioner gikk antallet overnattinger ned, med mellom 10,2 og 35,5 prosent." in markdown
    assert check(markdown, table).problems == ()
    wrong = markdown.replace("I alle fem regioner gikk antallet overnattinger ned, med mellom 10,2 og 35,5 prosent.", "I fire av fem regioner gikk antallet overnattinger ned, med mellom 10,2 og 35,5 prosent.")
    assert [(p.written, p.why) for p in check(wrong, table).problems] == [("fire av fem", "5 of 5 parts went down")]
    wrong = markdown.replace("I alle fem regioner gikk antallet overnattinger ned, med mellom 10,2 og 35,5 prosent.", "I alle fem regioner økte antallet overnattinger, med mellom 10,2 og 35,5 prosent.")
    assert [p.why for p in check(wrong, table).problems] == ["0 of 5 parts went up"]


def test_check_reads_what_a_cell_is_on_its_own_when_the_writer_reads_it_wrong():
    # The shape of a quarterly table of sick-leave rates (made-up figures), its
    # levels deliberately taken by the writer for changes.
    table = load(pd.DataFrame({"kvartal": ["2017K3", "2017K4", "2018K1"], "verdi": [5.9, 6.2, 6.36]}), unit="prosent")
    wrong = Table(table.data, replace(table.meta, measure="change"))
    article = write(wrong)
    assert article.ingress[0].text == "I 1. kvartal 2018 steg 6,36 prosent."
    problems = check(article.markdown, wrong).problems
    assert [(p.sentence, p.written) for p in problems] == [("Endringen opp 6,36 prosent i 1. kvartal.", "6,36 prosent"),
                                                           ("I 1. kvartal 2018 steg 6,36 prosent.", "6,36 prosent")]


def test_check_takes_a_cell_labelled_as_a_change_for_a_change():
    table = load(DATA / "real" / "ssb-kpi-jae-export.csv")
    markdown = "---\nlang: nb\n---\n\n# KPI-JAE\n\nKPI-JAE steg 2,2 prosent siste tolv måneder.\n"
    assert check(markdown, table).problems == ()
