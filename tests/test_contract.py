"""The fact-kind contract: every kind a rule declares has a place in the
plan and a phrase file in every language; a fact of another kind is
refused, naming its rule, never dropped without a word."""

from __future__ import annotations

import pandas as pd
import pytest

from narrate.errors import NarrateError
from narrate.grid import Grid
from narrate.load import load
from narrate.plan import PLACEMENT, make_plan
from narrate.realise.phrases import languages, phrase_folder
from narrate.rules import Fact, catalogue, detect


def test_every_kind_a_rule_yields_has_a_place_in_the_plan():
    missing = [f"{rule.code} yields {kind!r}, which narrate.plan.PLACEMENT does not place"
               for rule in catalogue() for kind in rule.kinds if kind not in PLACEMENT]
    assert missing == []


def test_every_placed_kind_is_yielded_by_a_rule():
    yielded = {kind for rule in catalogue() for kind in rule.kinds}
    assert sorted(set(PLACEMENT) - yielded) == []


@pytest.mark.parametrize("lang", languages())
def test_every_placed_kind_has_its_phrase_files_in_every_language(lang):
    folder = phrase_folder(lang)
    missing = [f"{kind} is worded by {phrase}.j2, which {lang} lacks"
               for kind, placement in PLACEMENT.items() for phrase in placement.phrases
               if not (folder / f"{phrase}.j2").is_file()]
    assert missing == []


def test_a_fact_of_a_kind_without_a_place_is_refused_naming_its_rule():
    grid = Grid.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent"))
    stray = Fact("XX01", "forecast", "", ("2016",), {"value": 50.0}, (grid.cell("", "2016"),), 9.0)
    with pytest.raises(NarrateError, match=r"^rule XX01 yields facts of kind 'forecast', which the plan has no place for"):
        make_plan([*detect(grid), stray], grid)
