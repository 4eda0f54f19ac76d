"""Time periods as SSB tables label them: years, quarters, months and spans.

A period knows its place in time, so a table's periods sort correctly and the
writer can tell whether two periods follow each other (``året før``).

>>> parse_period("2016K3")
Period(label='2016K3', unit='quarter', start=(2016, 3), end=(2016, 3))
>>> parse_period("Oktober 2017 - Oktober 2018").is_span
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

UNITS = ("year", "quarter", "month")
"""The kinds of period a table's time dimension may hold."""

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januar", "jan"), ("februar", "feb"), ("mars", "mar"), ("april", "apr"),
            ("mai",), ("juni", "jun"), ("juli", "jul"), ("august", "aug"),
            ("september", "sep"), ("oktober", "okt"), ("november", "nov"), ("desember", "des"),
        ],
        start=1,
    )
    for name in names
}

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})\s*[KQ]([1-4])$", re.IGNORECASE)
_QUARTER_WORDS = re.compile(r"^([1-4])\.\s*kvartal\s+(\d{4})$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})\s*M(\d{2})$", re.IGNORECASE)
_MONTH_WORDS = re.compile(r"^([a-zæøå]+)\.?\s+(\d{4})$", re.IGNORECASE)
_SPAN = re.compile(r"^(.+?)\s+[-–]\s+(.+)$")


@dataclass(frozen=True)
class Period:
    """One value of a table's time dimension.

    ``start`` and ``end`` are ``(year, sub)`` where ``sub`` is the quarter or
    month (0 for a year). A span (``3. kvartal 2016 - 4. kvartal 2016``) is the
    time between two points: tables of changes label their periods so.
    """

    label: str
    unit: str
    start: tuple[int, int]
    end: tuple[int, int]

    @property
    def is_span(self) -> bool:
        """Whether the period runs from one point to another.

        >>> parse_period("3. kvartal 2016 - 4. kvartal 2016").is_span
        True
        """
        return self.start != self.end

    def sort_key(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """Order periods by their end, then their start."""
        return (self.end, self.start)


def _point(label: str) -> Period | None:
    text = label.strip()
    if match := _YEAR.match(text):
        year = int(match[1])
        return Period(label, "year", (year, 0), (year, 0))
    if match := _QUARTER.match(text):
        point = (int(match[1]), int(match[2]))
        return Period(label, "quarter", point, point)
    if match := _QUARTER_WORDS.match(text):
        point = (int(match[2]), int(match[1]))
        return Period(label, "quarter", point, point)
    if match := _MONTH.match(text):
        month = int(match[2])
        if 1 <= month <= 12:
            point = (int(match[1]), month)
            return Period(label, "month", point, point)
    if (match := _MONTH_WORDS.match(text)) and match[1].lower() in MONTHS:
        point = (int(match[2]), MONTHS[match[1].lower()])
        return Period(label, "month", point, point)
    return None


@functools.lru_cache(maxsize=4096)
def parse_period(label: str) -> Period | None:
    """Read a period label, or ``None`` when it is not one.

    ``unit`` is ``year``, ``quarter`` or ``month``.

    >>> parse_period("oktober 2018").end
    (2018, 10)
    >>> parse_period("2018M10") == parse_period("oktober 2018")
    False
    >>> parse_period("Oslo") is None
    True
    """
    label = str(label).strip()
    if point := _point(label):
        return point
    if match := _SPAN.match(label):
        first, last = _point(match[1]), _point(match[2])
        if first and last and first.unit == last.unit and first.end < last.end:
            return Period(label, first.unit, first.start, last.end)
    return None


def follows(earlier: Period, later: Period) -> bool:
    """Whether ``later`` is the period right after ``earlier``.

    >>> follows(parse_period("2015"), parse_period("2016"))
    True
    >>> follows(parse_period("2016K4"), parse_period("2017K1"))
    True
    >>> follows(parse_period("2012"), parse_period("2016"))
    False
    """
    if earlier.is_span != later.is_span or earlier.unit != later.unit:
        return False
    if earlier.is_span:
        return _step(earlier.end, earlier.unit) == later.end
    return _step(earlier.end, earlier.unit) == later.start


def _step(point: tuple[int, int], unit: str) -> tuple[int, int]:
    year, sub = point
    size = {"year": 1, "quarter": 4, "month": 12}[unit]
    if unit == "year":
        return (year + 1, 0)
    return (year + 1, 1) if sub == size else (year, sub + 1)
