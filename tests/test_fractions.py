"""A share said in words reads as Norwegian and English say it: after
``N av M`` and ``hver N-te`` the indefinite noun and no second ``av``
(``tre av fire virksomheter``, ``hver femte virksomhet``, ``three in four
agencies``); after ``halvparten`` and ``en tredjedel`` the definite noun
(``halvparten av virksomhetene``). Every fraction of every language's
words.toml is written through the phrase files, and check proves it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from narrate.check import check
from narrate.config import Config
from narrate.load import load
from narrate.realise import load_phrases
from narrate.rules.SH01 import FRACTIONS
from narrate.write import write
from tests.conftest import DATA

DOUBLED = re.compile(r"\b(?:\w+ av (?:fire|ti) av|(?:hver|kvar) \w+ av|\w+ in (?:four|five|ten) of)\b", re.IGNORECASE)


def variant(folder: Path, share: int) -> Path:
    """The ikt-staten table with the 2016 share of ``Etablert nye tjenester``
    set to ``share``: a made-up variant of the real table, since no
    published table holds every fraction."""
    shutil.copy(DATA / "ikt-staten-2016.toml", folder / "ikt.toml")
    text = (DATA / "ikt-staten-2016.csv").read_text(encoding="utf-8")
    (folder / "ikt.csv").write_text(re.sub(r"(Etablert nye tjenester,2016,)\d+", rf"\g<1>{share}", text), encoding="utf-8")
    return folder / "ikt.csv"


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_every_fraction_reads_with_its_noun_and_is_proven(tmp_path, lang):
    said = load_phrases(lang).words["brøk"]
    noun = load(DATA / "ikt-staten-2016.csv").meta.in_language(lang).noun
    written = set()
    for numerator, denominator in FRACTIONS:
        share = round(100 * numerator / denominator)
        table = load(variant(tmp_path, share))
        article = write(table, Config(lang=lang))
        prose = " ".join(s.text for s in [*article.ingress, *(s for p in article.paragraphs for s in p)])
        assert not DOUBLED.search(prose), prose
        expected = said[f"{numerator}/{denominator}"].format(bestemt=noun.definite_plural, flertall=noun.plural, entall=noun.singular)
        if expected.lower() in prose.lower():
            written.add(f"{numerator}/{denominator}")
        assert check(article.markdown, table).problems == ()
    assert len(written) >= 8, f"fractions written in words: {sorted(written)}"
