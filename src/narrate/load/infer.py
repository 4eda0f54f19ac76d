"""Fill in what a table file does not say: the roles of its dimensions, what
its values measure, its totals.

>>> from narrate.load.csvfile import read_csv_text
>>> meta = infer_meta(read_csv_text("region,år,verdi\\nHele landet,2016,3\\nOslo,2016,4\\n", "t.csv"), "t", {})
>>> meta.time, meta.category, meta.totals, meta.measure
('år', 'region', {'region': 'Hele landet'}, 'count')
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from narrate.errors import NarrateError
from narrate.labels import prose_names, reads_as_total, subtotals
from narrate.load.raw import RawTable
from narrate.periods import parse_period
from narrate.table import Meta

TIME_NAMES = ("år", "tid", "time", "year", "periode", "måned", "kvartal", "tidsperiode")
_CHANGE_WORDS = re.compile(
    r"endring i prosent|endring \(prosent\)|prosentvis endring|månedsendring|måneders ?endring"
    r"|månedersendring|kvartalsendring|årsendring|vekst|endring fra|endring frå|endringar frå|endring sist"
    r"|endring i pst",
    re.IGNORECASE,
)
_QUANTITY_UNITS = re.compile(r"(?i)\b(tonn|tonnes?|tons?|kg|kilo|kilogram|gram|liter|litre|m3|m³|kwh|mwh|gwh|twh)\b")
"""Units of weight, volume and energy: figures in them are a quantity,
never a number of things (not ``105 flere``)."""
_UNIT_IN_TITLE = re.compile(r"\((prosent|antall|kroner|[^()]*kr\.?|1 ?000[^()]*|[^()]*=\s*100)\)", re.IGNORECASE)


def infer_meta(raw: RawTable, name: str, given: dict[str, Any]) -> Meta:
    """Metadata for ``raw``: what ``given`` (sidecar, keywords) sets, and
    sensible guesses for the rest."""
    labels = {dim: raw.data[dim].unique().tolist() for dim in raw.dims}
    for key in ("time", "category"):
        if given.get(key) and given[key] not in raw.dims:
            raise NarrateError(f"{key} dimension {given[key]!r} is not in the table; it has {', '.join(raw.dims)}")
    for dim, label in {**given.get("fixed", {}), **given.get("totals", {})}.items():
        if dim not in raw.dims:
            raise NarrateError(f"dimension {dim!r} is not in the table; it has {', '.join(raw.dims)}")
        if label not in labels[dim]:
            raise NarrateError(f"{dim} has no label {label!r}")
    time = given.get("time") or _time_dimension(raw, labels)
    totals = {dim: label for dim in raw.dims if dim != time and (label := _total_label(labels[dim]))}
    totals.update(given.get("totals", {}))
    category = given.get("category") or _category_dimension(raw, labels, time, given.get("fixed", {}))
    fixed = {
        dim: given.get("fixed", {}).get(dim) or totals.get(dim)
        or (headline_measure(labels[dim]) if _is_measure(raw, dim) else labels[dim][0])
        for dim in raw.dims
        if dim not in (time, category)
    }
    fixed = _occurring(raw, fixed, given.get("fixed", {}))
    metric_labels = " ".join(fixed.get(dim, "") for dim in raw.dims if _is_measure(raw, dim))
    view = _held(raw, fixed)
    unit = given.get("unit") or _view_unit(view) or raw.unit or _unit_from(f"{raw.title} {metric_labels}")
    measure = given.get("measure") or _measure(unit, f"{raw.title} {metric_labels}", labels.get(time, []) if time else [], view)
    return Meta(
        name=name,
        title=given.get("title") or raw.title or name,
        unit=unit,
        measure=measure,
        dims=raw.dims,
        time=time,
        category=category,
        fixed=fixed,
        totals=totals,
        noun=given.get("noun"),
        clause=given.get("clause"),
        clause_once=given.get("clause_once", False),
        clause_short=given.get("clause_short"),
        categories=given.get("categories", {}),
        languages=given.get("languages", {}),
        subject=given.get("subject"),
        source=given.get("source") or raw.source,
        path=given.get("path", ""),
        decimals=given.get("decimals", _view_decimals(view, raw.decimals, measure)),
        multiplier=given.get("multiplier") or _multiplier(unit),
        names=prose_names(labels[category], totals.get(category)) if category else {},
        subtotals=subtotals(labels[category], totals.get(category)) if category else (),
        sliced=tuple(dim for dim in fixed if len(labels[dim]) > 1),
    )


_TWELVE_MONTHS = re.compile(
    r"12[- ]?måne?d|tolv ?måne?d|siste 12|(samme|same|tilsvarende|tilsvarande) periode|year[- ]on[- ]year|12[- ]month",
    re.IGNORECASE)
_RATE = re.compile(r"i prosent av|in per cent of|as a percentage of", re.IGNORECASE)
_WEIGHTS = re.compile(r"^(vekter|weights)\b", re.IGNORECASE)


def headline_measure(labels: list[str]) -> str:
    """The measure an SSB writer leads with: a level over the changes
    computed from it (``Årslønn (kr)`` over ``Endring fra forrige år
    (prosent)``), and a rate over the counts it is computed from; among
    changes only, one over twelve months (or from the
    same period a year before) over a shorter one; never a weight.

    >>> headline_measure(["Månedsendring (prosent)", "12-måneders endring (prosent)"])
    '12-måneders endring (prosent)'
    >>> headline_measure(["Endring fra forrige år (prosent)", "Årslønn (kr)"])
    'Årslønn (kr)'
    >>> headline_measure(["Weights", "Seasonally adjusted"])
    'Seasonally adjusted'
    >>> headline_measure(["Arbeidslause (1000 personar)", "Arbeidslause i prosent av arbeidsstyrken"])
    'Arbeidslause i prosent av arbeidsstyrken'
    """
    plain = [label for label in labels if not _WEIGHTS.match(label)] or labels
    levels = [label for label in plain if not _CHANGE_WORDS.search(label) and not label.lower().startswith("endring")]
    rates = [label for label in levels if _RATE.search(label)]
    yearly = [label for label in plain if _TWELVE_MONTHS.search(label)]
    return (rates or levels or yearly or plain)[0]


def _occurring(raw: RawTable, fixed: dict[str, str], given: dict[str, str]) -> dict[str, str]:
    """The held labels, made to occur together: where the labels chosen
    one dimension at a time hold no number together, those the sidecar did
    not choose are taken from the first row that has a number with the
    given ones.

    >>> from narrate.load.csvfile import read_csv_text
    >>> raw = read_csv_text("kilde,inndeling,år,verdi\\nA,x,2020,..\\nA,y,2020,5\\nB,x,2020,7\\n", "t.csv")
    >>> _occurring(raw, {"kilde": "A", "inndeling": "x"}, {})
    {'kilde': 'A', 'inndeling': 'y'}
    """
    if _held(raw, fixed)["value"].notna().any():
        return fixed
    rows = _held(raw, {dim: label for dim, label in fixed.items() if dim in given})
    numbered = rows[rows["value"].notna()]
    if numbered.empty:
        return fixed
    first = numbered.iloc[0]
    return {dim: label if dim in given else str(first[dim]) for dim, label in fixed.items()}


def _held(raw: RawTable, fixed: dict[str, str]) -> pd.DataFrame:
    """The rows of the cells an article speaks of: every other dimension at its held label."""
    frame = raw.data
    for dim, label in fixed.items():
        frame = frame[frame[dim] == label]
    return frame


def _view_unit(view: pd.DataFrame) -> str:
    """The unit the held cells give, when they give one and only one."""
    if "unit" not in view:
        return ""
    units = set(view["unit"]) - {""}
    return units.pop() if len(units) == 1 else ""


def _view_decimals(view: pd.DataFrame, fallback: int | None, measure: str) -> int:
    """The most decimals the held cells show, where the file says so per
    cell; none for counts and amounts whose every value is whole (``2200.0``
    as a program writes it).

    >>> view = pd.DataFrame({"value": [2200.0, 1600.0], "decimals": [1, 1]})
    >>> _view_decimals(view, None, "count"), _view_decimals(view, None, "share")
    (0, 1)
    """
    if measure in ("count", "amount", "quantity") and len(view) and (view["value"].dropna() % 1 == 0).all():
        return 0
    if "decimals" in view and len(view):
        return int(view["decimals"].max())
    return fallback or 0


def _time_dimension(raw: RawTable, labels: dict[str, list[str]]) -> str | None:
    if raw.roles.get("time") in raw.dims:
        return raw.roles["time"]
    for dim in raw.dims:
        if dim.lower() in TIME_NAMES and all(parse_period(label) for label in labels[dim]):
            return dim
    for dim in raw.dims:
        if all(parse_period(label) for label in labels[dim]):
            return dim
    return None


def _total_label(labels: list[str]) -> str | None:
    if len(labels) < 2:
        return None
    return next((label for label in labels if reads_as_total(label)), None)


def _category_dimension(raw: RawTable, labels: dict[str, list[str]], time: str | None, fixed: dict[str, str]) -> str | None:
    """The first dimension with several labels that is neither time, held,
    a measure (a metric, a ``statistikkvariabel``, or one whose labels come
    in different units: measures are never ranked against each other), nor
    the name of the sub-table another dimension's labels belong to (an
    ``inndeling`` of ``Sektor`` and ``Kjønn``); ``None`` when there is none.

    >>> from narrate.load.csvfile import read_csv_text
    >>> raw = read_csv_text("inndeling,gruppe,år,verdi\\nSektor,Stat,2020,1\\nSektor,Kommune,2020,2\\nKjønn,Menn,2020,3\\n", "t.csv")
    >>> _category_dimension(raw, {dim: raw.data[dim].unique().tolist() for dim in raw.dims}, "år", {})
    'gruppe'
    """
    candidates = [dim for dim in raw.dims if dim != time and dim not in fixed and len(labels[dim]) > 1]
    plain = [dim for dim in candidates if not _is_measure(raw, dim)]
    inner = [dim for dim in plain if not any(_groups(raw, dim, other, labels) for other in plain if other != dim)]
    return (inner or plain or [None])[0]


def _groups(raw: RawTable, outer: str, inner: str, labels: dict[str, list[str]]) -> bool:
    """Whether ``outer``'s labels name groups of ``inner``'s: each label of
    ``inner`` occurs with one label of ``outer`` only, and ``outer`` has fewer."""
    if len(labels[outer]) >= len(labels[inner]):
        return False
    return bool((raw.data.groupby(inner)[outer].nunique() == 1).all())


def _is_measure(raw: RawTable, dim: str) -> bool:
    """Whether a dimension says what is measured rather than of what."""
    if dim == raw.roles.get("metric") or dim.lower().startswith(("statistikkvariabel", "contentscode", "måltall")):
        return True
    return "unit" in raw.data and raw.data.groupby(dim)["unit"].nunique().max() <= 1 < raw.data["unit"].nunique()


def _unit_from(text: str) -> str:
    match = _UNIT_IN_TITLE.search(text)
    if match:
        return match[1]
    return "prosent" if re.search(r"\bi prosent\b", text, re.IGNORECASE) else ""


def _measure(unit: str, text: str, periods: list[str], view: pd.DataFrame) -> str:
    """What the values are, by the unit, the title and the measure's label;
    figures of no stated unit that are not whole are ``value``: their kind
    is not said; figures in tonnes, litres or the like are a ``quantity``.

    >>> _measure("", "Arbeidsledige", [], pd.DataFrame({"value": [12.3, 11.9]}))
    'value'
    >>> _measure("", "Sysselsatte", [], pd.DataFrame({"value": [2641.0, 2648.0]}))
    'count'
    >>> _measure("tonnes", "Weight (tonnes)", [], pd.DataFrame({"value": [342.0, 447.0]}))
    'quantity'
    """
    lowered = f"{unit} {text}".lower()
    if _CHANGE_WORDS.search(lowered) or (periods and all(p and p.is_span for p in map(parse_period, periods))):
        return "change"
    if "=100" in lowered.replace(" ", "") or "indeks" in unit.lower():
        return "index"
    if "prosent" in unit.lower() or "%" in unit:
        return "share"
    if "kr" in unit.lower():
        return "amount"
    if not unit and len(view) and not (view["value"].dropna() % 1 == 0).all():
        return "value"
    if _QUANTITY_UNITS.search(unit):
        return "quantity"
    return "count"


def _multiplier(unit: str) -> int:
    lowered = unit.lower().replace("\u00a0", " ")
    if lowered.replace(" ", "").startswith("1000000") or lowered.startswith("mill"):
        return 1_000_000
    if lowered.replace(" ", "").startswith("1000"):
        return 1000
    return 1
