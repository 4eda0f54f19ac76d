"""Defects an editor marks in narrate's prose, each held by a test over
the approved articles: superlatives that mislead, participles that do not
agree, a subject or a period said again in every sentence."""

from __future__ import annotations

import re

from narrate.check import check
from narrate.grid import Grid
from narrate.load import load
from narrate.realise import load_phrases
from narrate.realise.context import subject_values
from tests.conftest import DATA, LANGUAGES, OUT, approved

ARTICLES = sorted(path for path in OUT.rglob("*.md") if ".narrate" not in path.parts)


def test_the_one_category_that_went_a_way_is_said_with_bare_not_størst():
    said = {lang: approved(lang, "sysselsatte-kvartal.md").read_text(encoding="utf-8")
            for lang in LANGUAGES}
    assert "Bare i Rogaland gikk den ned, fra 225\u00a0000 til 221\u00a0000." in said["nb"]
    assert "Berre i Rogaland gjekk den ned, frå 225\u00a0000 til 221\u00a0000." in said["nn"]
    assert "It decreased only in Rogaland, from 225,000 to 221,000." in said["en"]
    assert not re.search(r"(?i)størst[^.]*nedgang[^.]*Rogaland|largest[^.]*decrease[^.]*Rogaland", " ".join(said.values()))
    table = load(DATA / "sysselsatte-kvartal.csv")
    wrong = said["nb"].replace("Bare i Rogaland", "Bare i Oslo")
    assert [p.why for p in check(wrong, table).problems if "only" in p.why or "did not" in p.why] == [
        "says Oslo went down, but it did not"]


def test_nynorsk_never_leaves_a_participle_to_agree_with_its_noun():
    nynorsk = [path for path in ARTICLES if path.relative_to(OUT).parts[0] == "nn"]
    assert len(nynorsk) > 30
    for path in nynorsk:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bfølg[dt] av\b", text), path
    assert any("framfor" in path.read_text(encoding="utf-8") for path in nynorsk)


def test_english_puts_the_currency_before_the_number():
    english = [path for path in ARTICLES if path.relative_to(OUT).parts[0] == "en"]
    text = " ".join(path.read_text(encoding="utf-8").split("\n## ")[0] for path in english)
    assert not re.search(r"\d NOK\b", text)
    assert "gross product was NOK 760,112 million" in text
    assert "from NOK 49,876 million to NOK 50,812 million" in text


def test_a_rate_that_slowed_is_said_to_slow_not_to_fall():
    said = {lang: approved(lang, "boligpriser-endring.md").read_text(encoding="utf-8")
            for lang in LANGUAGES}
    assert "I alle regionene med unntak av Tromsø gikk prisveksten ned. Den avtok mest i Oslo, fra 3,9 til 2,8 prosent." in said["nb"]
    assert "I alle regionane med unntak av Tromsø gjekk prisveksten ned. Den minka mest i Oslo, frå 3,9 til 2,8 prosent." in said["nn"]
    assert "slowed the most in Oslo, from 3.9 to 2.8 per cent." in said["en"]
    assert not re.search(r"Størst nedgang var det i Oslo, der prisveksten", said["nb"])
    table = load(DATA / "boligpriser-endring.csv")
    assert check(said["nb"], table).problems == ()
    assert [p.why for p in check(said["nb"].replace("avtok mest i Oslo", "avtok mest i Bergen"), table).problems
            if p.why.startswith("says")][:1] == ["says Bergen is the largest decrease, but Oslo is (-1.1 against -0.3)"]


def test_a_part_of_the_total_is_the_subject_of_its_sentence():
    text = " ".join(path.read_text(encoding="utf-8") for path in ARTICLES)
    assert not re.search(r"(?m)(?:^|\. )(?:Av [^.,]+ stod? [^.]+ for|Of [^.,]+, [^.]+ accounted for)", text)
    assert "Oslo utgjorde 24 prosent av antallet overnattinger i hele landet." in text


def prose_paragraphs(path) -> list[str]:
    """The paragraphs an article's reader reads above its table, the title left out."""
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1].split("\n## ")[0]
    return [block.strip() for block in body.split("\n\n") if block.strip() and not block.strip().startswith("#")]


def horizons(lang: str) -> list[str]:
    """Every phrase of ``lang`` that says where a change is counted from: ``fra måneden før``."""
    words = load_phrases(lang).words
    return [words["periode"]["fra"].format(periode=words["periode"][unit])
            for unit in ("year", "quarter", "month", "week", "samme_året_før")]


def language_of(path) -> str:
    first = path.relative_to(OUT).parts[0]
    return first if first in ("nn", "en") else "nb"


def test_a_paragraph_says_once_where_its_changes_are_counted_from():
    paragraphs = [(path, paragraph) for path in ARTICLES for paragraph in prose_paragraphs(path)]
    assert len(paragraphs) > 250
    for path, paragraph in paragraphs:
        for phrase in horizons(language_of(path)):
            assert paragraph.lower().count(phrase) <= 1, (path, phrase)
    hotels = {lang: prose_paragraphs(approved(lang, "hotellovernattinger.md"))[1]
              for lang in LANGUAGES}
    assert "Også i Vestland gikk antallet ned, med 26,4 prosent fra måneden før. I tillegg gikk det ned i Trøndelag og Oslo, med " \
           "henholdsvis 12,1 og 11,3 prosent." in hotels["nb"]
    assert "I tillegg gjekk det ned i Trøndelag og Oslo, med høvesvis 12,1 og 11,3 prosent." in hotels["nn"]
    assert "In addition, it decreased in Trøndelag and Oslo, by 12.1 and 11.3 per cent, respectively." in hotels["en"]


def test_a_sentence_without_its_period_is_read_against_the_period_before():
    table = load(DATA / "hotellovernattinger.csv")
    text = (OUT / "hotellovernattinger.md").read_text(encoding="utf-8")
    assert check(text, table).problems == ()
    wrong = text.replace("Trøndelag og Oslo, med henholdsvis 12,1", "Trøndelag og Oslo, med henholdsvis 14,1")
    assert wrong != text
    problems = check(wrong, table).problems
    assert problems and {p.part for p in problems} == {"prose"} and all("14,1" in p.sentence for p in problems)


def test_a_count_is_named_in_full_once_a_paragraph_and_never_twice_by_its_category():
    counts = {"nb": "antallet nye personbiler", "nn": "talet på nye personbilar", "en": "the number of new passenger cars"}
    for lang, subject in counts.items():
        path = approved(lang, "nye-personbiler.md")
        paragraphs = prose_paragraphs(path)
        assert all(paragraph.lower().count(subject) <= 1 for paragraph in paragraphs), path
        assert not re.search(rf"(?i){subject} for", " ".join(paragraphs)), path
    text = " ".join(" ".join(prose_paragraphs(path)) for path in ARTICLES)
    assert not re.search(r"(?i)(antallet|talet på) nye personbila?r (for|i|innen)", text)
    assert "Størst prosentvis nedgang var det for bensinbiler, der det gikk ned fra 10\u00a0125 til 4\u00a0309." in text


def test_the_sentence_after_one_that_named_the_subject_says_it_with_a_pronoun():
    said = {lang: " ".join(prose_paragraphs(approved(lang, "sysselsatte-kvartal.md")))
            for lang in LANGUAGES}
    assert "der sysselsettingen økte fra 224\u00a0000 til 227\u00a0000. Også i Oslo økte den, med 1,2 prosent fra kvartalet før." in said["nb"]
    assert "Også i Oslo auka den, med 1,2 prosent frå kvartalet før." in said["nn"]
    assert "It also increased in Oslo, by 1.2 per cent from the previous quarter." in said["en"]
    ingress = prose_paragraphs(OUT / "bnp-naering.md")[0]
    assert "Det er en økning på 1,0 prosent fra kvartalet før." in ingress, "a neuter pronoun does not open a sentence"


def test_a_share_whose_clause_names_the_category_is_led_by_the_clause():
    said = {lang: " ".join(prose_paragraphs(approved(lang, "ssb-05300.md")))
            for lang in LANGUAGES}
    assert "Lavest var andelen som hadde under 1 km til nærmeste teater, med 7 prosent." in said["nb"]
    assert "Lågast var delen som hadde under 1 km til næraste teater, med 7 prosent." in said["nn"]
    assert "the share that lived less than 1 km from the nearest theatre was the lowest" in said["en"]
    for text in said.values():
        assert not re.search(r"(?i)\b(andelen|delen|the share) for\b", text)
    education = Grid.of(load(DATA / "utdanningsniva.csv"))
    assert subject_values("Videregående skole", education, load_phrases("nb").words)["hva"] == \
        "andelen som hadde videregående skole som høyeste fullførte utdanning,", "a clause inside the sentence is closed by a comma"


def test_a_share_named_by_its_clause_is_the_subject_of_its_largest_change():
    said = {lang: " ".join(prose_paragraphs(approved(lang, "ikt-staten-2016.md"))) for lang in LANGUAGES}
    assert "Andelen som oppga bedre beslutningsgrunnlag, falt mest, med 5 prosentpoeng." in said["nb"]
    assert "Delen som oppgav betre avgjerdsgrunnlag, fall mest, med 5 prosentpoeng." in said["nn"]
    assert re.search(r"The share that reported [^.]+ fell the most, by 5 percentage points\.", said["en"])
    for text in said.values():
        assert not re.search(r"(?i)størst nedgang var det for|slowed the most|avtok mest|minka mest", text)
    table = load(DATA / "ikt-staten-2016.csv")
    text = approved("nb", "ikt-staten-2016.md").read_text(encoding="utf-8")
    assert check(text, table).problems == ()
    assert check(text.replace("beslutningsgrunnlag, falt mest", "beslutningsgrunnlag, økte mest"), table).problems
