"""Defects an editor marks in narrate's prose, each held by a test over
the approved articles: superlatives that mislead, participles that do not
agree."""

from __future__ import annotations

import re

from narrate.check import check
from narrate.load import load
from tests.conftest import DATA, OUT

ARTICLES = sorted(path for path in OUT.rglob("*.md") if ".narrate" not in path.parts)


def test_the_one_category_that_went_a_way_is_said_with_bare_not_størst():
    said = {lang: (OUT / lang / "sysselsatte-kvartal.md" if lang != "nb" else OUT / "sysselsatte-kvartal.md").read_text(encoding="utf-8")
            for lang in ("nb", "nn", "en")}
    assert "Bare i Rogaland gikk sysselsettingen ned, fra 225\u00a0000 til 221\u00a0000." in said["nb"]
    assert "Berre i Rogaland gjekk sysselsetjinga ned, frå 225\u00a0000 til 221\u00a0000." in said["nn"]
    assert "Employment decreased only in Rogaland, from 225,000 to 221,000." in said["en"]
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
    said = {lang: (OUT / lang if lang != "nb" else OUT).joinpath("boligpriser-endring.md").read_text(encoding="utf-8")
            for lang in ("nb", "nn", "en")}
    assert "Prisveksten avtok mest i Oslo, fra 3,9 til 2,8 prosent." in said["nb"]
    assert "Prisveksten minka mest i Oslo, frå 3,9 til 2,8 prosent." in said["nn"]
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
