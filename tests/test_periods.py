"""Every period format SSB's tables use parses, sorts, follows and reads in prose."""

from __future__ import annotations

import pandas as pd
import pytest

import narrate
from narrate.check import check
from narrate.periods import follows, parse_period
from narrate.table import in_time_order


@pytest.mark.parametrize("label, unit, start, end, span, window", [
    ("2016", "year", (2016, 0), (2016, 0), False, False),
    ("2016K3", "quarter", (2016, 3), (2016, 3), False, False),
    ("3. kvartal 2016", "quarter", (2016, 3), (2016, 3), False, False),
    ("2018M10", "month", (2018, 10), (2018, 10), False, False),
    ("oktober 2018", "month", (2018, 10), (2018, 10), False, False),
    ("2014U30", "week", (2014, 30), (2014, 30), False, False),
    ("Oktober 2017 - Oktober 2018", "month", (2017, 10), (2018, 10), True, False),
    ("desember - februar 2017", "month", (2016, 12), (2017, 2), False, True),
    ("2020-2021", "year", (2020, 0), (2021, 0), False, True),
    ("2002 (planar)", "year", (2002, 0), (2002, 0), False, False),
    ("4. kvartal 2024 (sesongjustert)", "quarter", (2024, 4), (2024, 4), False, False),
])
def test_each_period_format_parses(label, unit, start, end, span, window):
    period = parse_period(label)
    assert (period.label, period.unit, period.start, period.end, period.is_span, period.window) == (label, unit, start, end, span, window)


def test_windows_and_split_years_sort_and_follow():
    assert in_time_order(["2021-2022", "2019-2020", "2020-2021"]) == ["2019-2020", "2020-2021", "2021-2022"]
    assert follows(parse_period("2020-2021"), parse_period("2021-2022"))
    assert follows(parse_period("november - januar 2017"), parse_period("desember - februar 2017"))
    assert not follows(parse_period("oktober - desember 2016"), parse_period("desember - februar 2017"))


def test_a_moving_three_months_is_a_level_compared_with_the_window_before():
    # The shape of SSB's labour force survey in moving three-month periods (made-up figures).
    table = narrate.load(pd.DataFrame({"periode": ["oktober - desember 2016", "november - januar 2017", "desember - februar 2017"],
                                       "verdi": [4.6, 4.5, 4.3]}), unit="prosent")
    assert table.meta.measure == "share"
    article = narrate.write(table)
    assert [s.text for s in article.sentences()] == ["I desember 2016–februar 2017 var andelen 4,3 prosent.",
                                                     "Det er en nedgang på 0,2 prosentpoeng fra november 2016–januar 2017."]
    assert check(article.markdown, table).problems == ()


def test_a_qualifier_of_the_period_stays_in_the_prose():
    table = narrate.load(pd.DataFrame({"år": ["2000", "2001", "2002 (planar)"], "verdi": [120, 125, 131]}))
    assert narrate.write(table).ingress[0].text == "I 2002 (planar) var antallet 131."
