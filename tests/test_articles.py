"""The articles for the tables in data/: what they say, that every number
passes ``narrate check``, that they are deterministic and that out/ (with
its sentence records) is current."""

from __future__ import annotations

import json
import re

import pytest


from narrate.check import check, prose_of
from narrate.config import Config
from narrate.explain import explain
from narrate.load import load
from narrate.write import write
from tests.conftest import DATA, OUT

TABLES = sorted(p for p in DATA.iterdir() if p.suffix in (".csv", ".json"))


def article(name: str) -> str:
    return write(load(DATA / name)).markdown


def prose(name: str) -> str:
    return prose_of(article(name))


def test_at_least_eleven_tables():
    assert len(TABLES) >= 11


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_number_traces_to_the_table(path, seed):
    table = load(path)
    report = check(write(table, Config(seed=seed)).markdown, table)
    assert report.numbers > 0, "an article states numbers"
    assert report.problems == ()


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_out_holds_what_the_code_writes(path):
    article = write(load(path))
    assert (OUT / f"{path.stem}.md").read_text(encoding="utf-8") == article.markdown
    assert json.loads((OUT / ".narrate" / f"{path.stem}.json").read_text(encoding="utf-8")) == explain(article)


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_same_input_same_bytes(path):
    assert write(load(path)).markdown.encode() == write(load(path)).markdown.encode()


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_prose_fits_the_budget_and_reads_as_sentences(path):
    written = write(load(path))
    assert 0 < written.words() <= Config().max_words
    for sentence in written.sentences():
        assert sentence.text[0].isupper() or sentence.text[0].isdigit(), sentence.text
        assert sentence.text.endswith("."), sentence.text
        assert "  " not in sentence.text and " ." not in sentence.text and "fra fra" not in sentence.text
        assert "%" not in sentence.text and "." not in sentence.text[:-1].replace(". kvartal", "")


def test_seed_article_states_what_the_ssb_writer_stated():
    text = prose("ikt-staten-2016.csv")
    assert re.search(r"48 prosent av virksomhetene opplyste at .*økt bruk av nettbaserte selvbetjeningsløsninger", text)
    assert "7 prosentpoeng" in text and "7 prosent " not in text and "7 prosent." not in text
    assert re.search(r"55 prosent av virksomhetene har i stor grad etablert nye tjenester", text)
    assert re.search(r"(økning på 7 prosentpoeng|økte med 7 prosentpoeng)", text)
    title = article("ikt-staten-2016.csv").split("\n# ", 1)[1].split("\n", 1)[0]
    assert title.startswith("Flere ") and len(title.split()) <= 8


@pytest.mark.parametrize("lang, clause, name", [
    ("nb", "opplyste at de siste to års IKT-prosjekter", "oppga mer robust og sikker infrastruktur"),
    ("nn", "opplyste at IKT-prosjekta dei siste to åra", "oppgav meir robust og sikker infrastruktur"),
    ("en", "reported that their ICT projects of the last two years", "reported more robust and secure infrastructure"),
])
def test_a_clause_said_once_is_said_once_and_the_others_its_short_form(lang, clause, name):
    table = load(DATA / "ikt-staten-2016.csv")
    assert table.meta.clause_once
    once = write(table, Config(lang=lang))
    assert prose_of(once.markdown).count(clause) == 1
    assert prose_of(write(load(DATA / "ikt-staten-2016.csv", clause_once=False), Config(lang=lang)).markdown).count(clause) > 1
    assert check(once.markdown, table).problems == ()
    assert [s.text for s in once.sentences() if name in s.text and clause not in s.text], once.markdown


def test_seed_article_front_matter():
    markdown = article("ikt-staten-2016.csv")
    front = markdown.split("---\n")[1]
    assert front.startswith('title: "Flere virksomheter')
    assert 'ingress: "' in front and 'source: "Statistisk sentralbyrå' in front
    assert "| Etablert nye tjenester | 48 | 55 |" in markdown


def test_share_in_points_over_years_jsonstat():
    text = prose("ssb-05300.json")
    assert "I 2021 hadde 27 prosent av befolkningen under 1 km til nærmeste idrettsplass eller idrettshall." in text
    assert "nedgang på 7 prosentpoeng fra 2016" in text or "gikk ned med 7 prosentpoeng fra 2016" in text


def test_table_of_twelve_month_changes():
    text = prose("kpi-jae.csv")
    assert "KPI-JAE steg 2,2 prosent siste tolv måneder." in text
    assert "1,6 prosent måneden før" in text


def test_table_of_quarterly_changes_spans():
    text = prose("boligpriser-endring.csv")
    assert "Fra 3. kvartal til 4. kvartal 2016 steg boligprisene i hele landet 1,4 prosent." in text
    assert "I tillegg gikk den ned i Stavanger og Bergen, med henholdsvis 0,7 og 0,3 prosentpoeng." in text
    assert "i tre av fem regioner" in text.lower() and "i alle regionene med unntak av tromsø gikk prisveksten ned" in text.lower()


def test_index_table_trend():
    text = prose("kpi-indeks.csv")
    assert "konsumprisindeksen 116,1" in text
    assert "en økning på 3,5 prosent fra året før" in text
    assert "for femte år på rad" in text


def test_counts_in_thousands_quarters():
    text = prose("sysselsatte-kvartal.csv")
    assert "sysselsettingen i hele landet 2\u00a0661\u00a0000" in text
    assert "I tre av fire fylker økte sysselsettingen. Bare i Rogaland gikk den ned, fra 225\u00a0000 til 221\u00a0000." in text


def test_several_dimensions_with_totals():
    table = load(DATA / "utdanningsniva.csv")
    assert table.meta.fixed == {"kjønn": "Begge kjønn", "alder": "I alt"}
    text = prose("utdanningsniva.csv")
    assert "36,6 prosent av befolkningen universitet og høgskole som høyeste fullførte utdanning" in text
    assert "1,2 prosentpoeng" in text
    assert "42,1" not in text, "figures for women alone are not the article's"


def test_region_by_month_with_total():
    text = prose("arbeidsledighet-maned.csv")
    assert "I oktober 2018 var 2,2 prosent av arbeidsstyrken registrert som helt ledige i hele landet." in text
    assert "i tre av fem fylker" in text
    assert "Rogaland" in text


def test_wide_counts_with_total_and_part_share():
    text = prose("nye-personbiler.csv")
    assert "174\u00a0329" in text and "1,1 prosent" in text
    assert "Elbilene utgjorde 79 prosent av antallet nye personbiler." in text


def test_latin1_export_months_in_words():
    text = prose("hotellovernattinger.csv")
    assert "I oktober 2018 var antallet overnattinger i hele landet 2\u00a0036\u00a0540." in text
    assert "måneden før" in text


def test_amounts_in_millions_quarters_in_words():
    text = prose("bnp-naering.csv")
    assert "760\u00a0112 millioner kroner" in text
    assert "1,0 prosent fra kvartalet før" in text


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_no_two_sentences_in_a_row_open_with_a_figure(path):
    openings = [s.text[0].isdigit() or s.text[0] == "\u2212" for s in write(load(path)).sentences()]
    assert not any(a and b for a, b in zip(openings, openings[1:]))
