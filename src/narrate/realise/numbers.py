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

from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import get_decimal_symbol, get_group_symbol

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
    group, decimal, minus = _symbols(lang)
    text = f"{round(value, places) + 0.0:,.{places}f}"
    return text.translate({ord(","): group, ord("."): decimal, ord("-"): minus})


@functools.cache
def _symbols(lang: str) -> tuple[str, str, str]:
    """The locale's group separator, decimal sign and minus from Babel's
    data, read once; the minus is always U+2212.

    >>> _symbols("nb")
    ('\xa0', ',', '−')
    """
    locale = LOCALES[lang]
    return get_group_symbol(locale), get_decimal_symbol(locale), MINUS


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
