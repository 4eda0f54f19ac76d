"""Numbers as Norwegian text, through Babel: the phrase filters.

Decimal comma, no-break space between thousands, the minus sign U+2212, and
as many decimals as the table shows.

>>> tall(Num(5328000))
'5\\xa0328\\xa0000'
>>> tall(Num(-2.5, 1))
'−2,5'
>>> prosent(Num(48))
'48 prosent'
>>> prosentpoeng(Num(7))
'7 prosentpoeng'
>>> liste(["A", "B", "C"])
'A, B og C'
>>> dato(datetime.date(2016, 9, 21))
'21. september 2016'
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import NumberPattern, parse_pattern

MINUS = "\u2212"
LOCALES = {"nb": "nb_NO"}


@dataclass(frozen=True)
class Num:
    """A number as the text will say it: its value, its decimals and its unit
    (``prosent``, ``prosentpoeng`` or empty for a plain number)."""

    value: float
    decimals: int = 0
    unit: str = ""

    def __str__(self) -> str:
        return mengde(self)


def tall(number: Num | float, decimals: int | None = None, lang: str = "nb") -> str:
    """A number with the locale's separators and a true minus sign.

    >>> tall(1234.5, 1)
    '1\\xa0234,5'
    >>> tall(Num(0.04, 1))
    '0,0'
    """
    if isinstance(number, Num):
        value, places = number.value, number.decimals if decimals is None else decimals
    else:
        value, places = float(number), decimals or 0
    text = _pattern(places).apply(round(value, places) + 0.0, _locale(lang), decimal_quantization=True)
    return text.replace("-", MINUS) if text.lstrip("-") != text else text


@functools.cache
def _pattern(places: int) -> NumberPattern:
    """Babel's number pattern for so many decimals, parsed once."""
    return parse_pattern("#,##0" + ("." + "0" * places if places else ""))


@functools.cache
def _locale(lang: str) -> Locale:
    """Babel's locale for a language, parsed once."""
    return Locale.parse(LOCALES[lang])


def prosent(number: Num | float, decimals: int | None = None) -> str:
    """A number in percent: ``4,5 prosent``."""
    return f"{tall(number, decimals)} prosent"


def prosentpoeng(number: Num | float, decimals: int | None = None) -> str:
    """A number of percentage points: ``7 prosentpoeng``."""
    return f"{tall(number, decimals)} prosentpoeng"


def mengde(number: Num) -> str:
    """A number with its own unit: ``48 prosent``, ``7 prosentpoeng``, ``5 328``.

    >>> mengde(Num(4.5, 1, "prosent"))
    '4,5 prosent'
    """
    text = tall(number)
    return f"{text} {number.unit}" if number.unit else text


def liste(items: list[str], lang: str = "nb") -> str:
    """A list joined as the language does it: ``A, B og C``."""
    return format_list([str(item) for item in items], locale=lang)


def dato(day: datetime.date, lang: str = "nb") -> str:
    """A date as running text writes it: ``21. september 2016``."""
    return format_date(day, format="d. MMMM y", locale=LOCALES[lang])
