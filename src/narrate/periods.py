"""Time periods as SSB tables label them: years, quarters, months and spans.

A period knows its place in time, so a table's periods sort correctly and the
writer can tell whether two periods follow each other (``året før``).

>>> parse_period("2016K3")
Period(label='2016K3', unit='quarter', start=(2016, 3), end=(2016, 3), window=False)
>>> parse_period("Oktober 2017 - Oktober 2018").is_span
True
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, replace

UNITS = ("year", "quarter", "month", "week")
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
_WEEK = re.compile(r"^(\d{4})\s*[UW](\d{2})$", re.IGNORECASE)
_MONTH_WORDS = re.compile(r"^([a-zæøå]+)\.?\s+(\d{4})$", re.IGNORECASE)
_SPAN = re.compile(r"^(.+?)\s+[-–]\s+(.+)$")
_MONTH_WINDOW = re.compile(r"^([a-zæøå]+)\.?\s*[-–]\s*([a-zæøå]+)\.?\s+(\d{4})$", re.IGNORECASE)
_SPLIT_YEAR = re.compile(r"^(\d{4})[-–/](\d{4})$")
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True)
class Period:
    """One value of a table's time dimension.

    ``start`` and ``end`` are ``(year, sub)`` where ``sub`` is the quarter,
    month or ISO week (0 for a year). A span (``3. kvartal 2016 - 4. kvartal 2016``) is the
    time between two points: tables of changes label their periods so. A
    ``window`` is a period longer than its unit that is told as one: a
    moving three months (``desember - februar 2017``), a split year
    (``2020-2021``).
    """

    label: str
    unit: str
    start: tuple[int, int]
    end: tuple[int, int]
    window: bool = False

    @property
    def is_span(self) -> bool:
        """Whether the period runs from one point to another, as the periods
        of a change do; a window (a moving three months, a split year) is
        a period of its own, not a span.

        >>> parse_period("3. kvartal 2016 - 4. kvartal 2016").is_span, parse_period("desember - februar 2017").is_span
        (True, False)
        """
        return self.start != self.end and not self.window

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
    if match := _WEEK.match(text):
        point = (int(match[1]), int(match[2]))
        if 1 <= point[1] <= _weeks_in(point[0]):
            return Period(label, "week", point, point)
    if (match := _MONTH_WORDS.match(text)) and match[1].lower() in MONTHS:
        point = (int(match[2]), MONTHS[match[1].lower()])
        return Period(label, "month", point, point)
    return None


def qualifier(label: str) -> str:
    """What a period label says after its period, in brackets: ``planar``
    for ``2002 (planar)``, else empty.

    >>> qualifier("2002 (planar)"), qualifier("2002")
    ('planar', '')
    """
    match = _QUALIFIER.search(str(label).strip())
    return match.group(0).strip()[1:-1].strip() if match else ""


def _window(label: str) -> Period | None:
    """A moving run of months named by its first and last month and the
    last one's year, or a split year."""
    if (match := _MONTH_WINDOW.match(label)) and match[1].lower() in MONTHS and match[2].lower() in MONTHS:
        first, last, year = MONTHS[match[1].lower()], MONTHS[match[2].lower()], int(match[3])
        return Period(label, "month", (year - 1 if first > last else year, first), (year, last), window=True)
    if (match := _SPLIT_YEAR.match(label)) and int(match[2]) == int(match[1]) + 1:
        return Period(label, "year", (int(match[1]), 0), (int(match[2]), 0), window=True)
    return None


@functools.lru_cache(maxsize=4096)
def parse_period(label: str) -> Period | None:
    """Read a period label, or ``None`` when it is not one.

    ``unit`` is ``year``, ``quarter``, ``month`` or ``week`` (SSB's
    ``2014U30``, ISO weeks).

    >>> parse_period("oktober 2018").end
    (2018, 10)
    >>> parse_period("2014U30").unit
    'week'
    >>> parse_period("2018M10") == parse_period("oktober 2018")
    False
    >>> parse_period("Oslo") is None
    True
    >>> parse_period("2002 (planar)").end, parse_period("2020-2021").window, parse_period("desember - februar 2017").start
    ((2002, 0), True, (2016, 12))
    """
    label = str(label).strip()
    text = _QUALIFIER.sub("", label)
    if text != label:
        found = parse_period(text)
        return replace(found, label=label) if found else None
    if point := _point(label):
        return point
    if window := _window(label):
        return window
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
    >>> follows(parse_period("november - januar 2017"), parse_period("desember - februar 2017"))
    True
    """
    if earlier.is_span != later.is_span or earlier.window != later.window or earlier.unit != later.unit:
        return False
    if earlier.window:
        return _step(earlier.start, earlier.unit) == later.start and _step(earlier.end, earlier.unit) == later.end
    if earlier.is_span:
        return _step(earlier.end, earlier.unit) == later.end
    return _step(earlier.end, earlier.unit) == later.start


def a_year_before(earlier: Period, later: Period) -> bool:
    """Whether ``earlier`` is ``later`` one year before: the same quarter,
    month or span of months (``Oktober 2017 - November 2017`` for
    ``Oktober 2018 - November 2018``).

    >>> a_year_before(parse_period("Oktober 2017 - November 2017"), parse_period("Oktober 2018 - November 2018"))
    True
    >>> a_year_before(parse_period("2018M10"), parse_period("2018M11"))
    False
    """
    if earlier.unit != later.unit or earlier.unit in ("year", "week"):
        return False
    return (earlier.start[0] + 1, earlier.start[1]) == later.start and (earlier.end[0] + 1, earlier.end[1]) == later.end


def _weeks_in(year: int) -> int:
    """How many ISO weeks a year has: 52 or 53.

    >>> _weeks_in(2015), _weeks_in(2016)
    (53, 52)
    """
    return datetime.date(year, 12, 28).isocalendar().week


def _step(point: tuple[int, int], unit: str) -> tuple[int, int]:
    year, sub = point
    if unit == "year":
        return (year + 1, 0)
    size = {"quarter": 4, "month": 12, "week": _weeks_in(year)}[unit]
    return (year + 1, 1) if sub == size else (year, sub + 1)
