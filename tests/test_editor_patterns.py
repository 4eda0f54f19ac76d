"""Patterns SSB's writers use, written where their facts occur: two
changes that went opposite ways in one sentence with ``mens`` (``medan``,
``while``)."""

from __future__ import annotations

import re

from narrate.batch import label_grids
from narrate.check import check
from narrate.load import load
from tests.conftest import DATA, OUT

CONTRAST = {"nb": ", mens ", "nn": ", medan ", "en": ", while "}


def test_opposite_changes_are_set_against_each_other_in_every_language():
    for lang, word in CONTRAST.items():
        folder = OUT if lang == "nb" else OUT / lang
        text = (folder / "sysselsatte-kommune" / "tromso.md").read_text(encoding="utf-8")
        sentence = next(s for s in re.split(r"(?<=\.) ", text) if word in s)
        first, second = sentence.split(word)
        up, down = r"økte|auka|increased", r"gikk ned|gjekk ned|decreased"
        assert (re.search(up, first) and re.search(down, second)) or (re.search(down, first) and re.search(up, second)), sentence


def test_check_proves_each_side_of_a_contrast_for_its_own_category():
    text = (OUT / "sysselsatte-kommune" / "tromso.md").read_text(encoding="utf-8")
    table = label_grids(load(DATA / "batch" / "sysselsatte-kommune.csv"), "kommune")["Tromsø"]
    assert check(text, table).problems == ()
    one, other = "industri", "helse- og omsorgstjenester"
    swapped = text.replace(one, "\0").replace(other, one).replace("\0", other)
    assert swapped != text and check(swapped, table).problems
