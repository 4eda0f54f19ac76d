"""The Babel filters: decimal comma, no-break thousands, true minus, units, lists."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from narrate.realise.numbers import Num, liste, mengde, tall


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (Num(48), "48"),
        (Num(5328000), "5\u00a0328\u00a0000"),
        (Num(1234.5, 1), "1\u00a0234,5"),
        (Num(-2.5, 1), "\u22122,5"),
        (Num(-1234567.25, 2), "\u22121\u00a0234\u00a0567,25"),
        (Num(0.0, 1), "0,0"),
        (Num(-0.04, 1), "0,0"),
        (Num(2.25, 1), "2,2"),
        (Num(4.0, 1), "4,0"),
        (Num(999.96, 1), "1\u00a0000,0"),
    ],
)
def test_tall(number, text):
    assert tall(number) == text


def test_units():
    assert mengde(Num(4.5, 1, "prosent")) == "4,5 prosent"
    assert mengde(Num(7, 0, "prosentpoeng")) == "7 prosentpoeng"
    assert mengde(Num(4.5, 1, "prosent", "en", "per cent")) == "4.5 per cent"
    assert mengde(Num(-1234567.25, 2, "", "en")) == "-1,234,567.25"
    assert mengde(Num(-1234.5, 1, "", "nn")) == "\u22121\u00a0234,5"
    assert mengde(Num(-3.2, 1, "prosent")) == "\u22123,2 prosent"
    assert mengde(Num(760112, 0, "millioner kroner")) == "760\u00a0112 millioner kroner"


def test_lists_have_no_comma_before_og():
    assert liste(["Oslo"]) == "Oslo"
    assert liste(["Oslo", "Bergen"]) == "Oslo og Bergen"
    assert liste(["Oslo", "Bergen", "Tromsø"]) == "Oslo, Bergen og Tromsø"


@settings(max_examples=500, deadline=None)
@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.integers(min_value=0, max_value=3))
def test_tall_writes_what_babel_writes(value, decimals):
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    expected = format_decimal(round(value, decimals) + 0.0, format=pattern, locale="nb_NO", decimal_quantization=True)
    assert tall(value, decimals) == expected.replace("-", "\u2212")
