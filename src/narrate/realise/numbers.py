"""Numbers as text in each language, through Babel: the phrase filters.

Bokmål and nynorsk: decimal comma, no-break space between thousands, the
minus sign U+2212; English (``en_GB``): decimal point, comma between
thousands. As many decimals as the table shows.

>>> tall(Num(5328000))
'5\\xa0328\\xa0000'
>>> tall(Num(-2.5, 1))
'−2,5'
>>> mengde(Num(48, unit="prosent")), mengde(Num(7, unit="prosentpoeng"))
('48 prosent', '7 prosentpoeng')
>>> liste(["A", "B", "C"])
'A, B og C'
>>> dato(datetime.date(2016, 9, 21))
'21. september 2016'
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
"""Babel's locale for each language narrate writes; a language a user's
phrase folder adds is named by its own locale code (``sv``, ``se``, ``da_DK``)."""


@functools.cache
def locale_of(lang: str) -> Locale:
    """Babel's locale for a language, read once; ``ValueError`` for a
    name that is no locale Babel knows.

    >>> str(locale_of("nn")), str(locale_of("se"))
    ('nn_NO', 'se')
    """
    try:
        return Locale.parse(LOCALES.get(lang, lang).replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError) as error:
        raise ValueError(f"{lang!r} is not a language Babel knows ({error})") from None


@dataclass(frozen=True)
class Num:
    """A number as the text will say it: its value, its decimals, its unit
    (``prosent``, ``prosentpoeng``, the table's own unit, or empty for a
    plain number), the language whose format it takes, and the unit as that
    language says it (``per cent``), when it differs from ``unit``."""

    value: float
    decimals: int = 0
    unit: str = ""
    lang: str = "nb"
    word: str = ""

    def __str__(self) -> str:
        return mengde(self)


def tall(number: Num | float, decimals: int | None = None, lang: str | None = None) -> str:
    """A number with the locale's separators and its minus sign.

    >>> tall(1234.5, 1)
    '1\\xa0234,5'
    >>> tall(Num(0.04, 1)), tall(Num(-1234.5, 1, lang="en"))
    ('0,0', '-1,234.5')
    """
    if isinstance(number, Num):
        value, places = number.value, number.decimals if decimals is None else decimals
        lang = lang or number.lang
    else:
        value, places = float(number), decimals or 0
    return f"{round(value, places) + 0.0:,.{places}f}".translate(_separators(lang or "nb"))


@functools.cache
def _separators(lang: str) -> dict[int, str]:
    """Python's ``,``, ``.`` and ``-`` as the locale writes them, for ``str.translate``.

    >>> "-1,234.5".translate(_separators("nb"))
    '−1\xa0234,5'
    """
    group, decimal, minus = _symbols(lang)
    return str.maketrans({",": group, ".": decimal, "-": minus})


@functools.cache
def _symbols(lang: str) -> tuple[str, str, str]:
    """The locale's group separator, decimal sign and minus from Babel's
    data, read once; Norwegian takes the true minus U+2212.

    >>> _symbols("nb"), _symbols("en")
    (('\xa0', ',', '−'), (',', '.', '-'))
    """
    locale = locale_of(lang)
    return get_group_symbol(locale), get_decimal_symbol(locale), get_minus_sign_symbol(locale)


def mengde(number: Num) -> str:
    """A number with its own unit: ``48 prosent``, ``7 prosentpoeng``,
    ``5 328``; a unit whose words hold ``{n}`` puts the number there, as
    English does with currencies (``NOK 760,112 million``).

    >>> mengde(Num(4.5, 1, "prosent")), mengde(Num(4.5, 1, "prosent", "en", "per cent"))
    ('4,5 prosent', '4.5 per cent')
    >>> mengde(Num(760112, 0, "millioner kroner", "en", "NOK {n} million"))
    'NOK 760,112 million'
    """
    text = tall(number)
    unit = number.word or number.unit
    if "{n}" in unit:
        return unit.replace("{n}", text)
    return f"{text} {unit}" if unit else text


def liste(items: list[str], lang: str = "nb") -> str:
    """A list joined as the language does it: ``A, B og C``, ``A, B and C``."""
    return format_list([str(item) for item in items], locale=locale_of(lang))


def dato(day: datetime.date, lang: str = "nb") -> str:
    """A date as running text writes it: ``21. september 2016``."""
    return format_date(day, format="d. MMMM y", locale=locale_of(lang))
