"""The values a phrase gets: every number and word ready, nothing to compute.

One ``f`` per sentence, built from its facts, the table's metadata and the
language's words (``phrases/<lang>/words.toml``).
"""

from __future__ import annotations

from typing import Any

from narrate.grid import Grid
from narrate.periods import Period, follows, parse_period
from narrate.plan import Message
from narrate.realise.numbers import Num, liste
from narrate.rules import Fact
from narrate.rules.change import size

REGION_WORDS = ("region", "fylke", "kommune", "land", "by", "sted", "storby", "bydel")


def message_values(message: Message, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    """The ``f`` for one message."""
    main = message.facts[0]
    values = subject_values(main.subject, grid, words)
    values.update(period_values(grid, words))
    for fact in message.facts:
        values.update(_KIND_VALUES[fact.kind](fact, grid, words))
    values.setdefault("i_ord", "")
    values.setdefault("på_rad", "")
    values.setdefault("størst", False)
    if message.template == "stable_group":
        values["navn_liste"] = liste([category_name(f.subject, grid) for f in message.facts])
        values["uendret"] = all(size(f.values) == 0 for f in message.facts)
    return values


def subject_values(category: str, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    """How to name the category and its population in a sentence."""
    meta = grid.meta
    custom = meta.categories.get(category)
    clause = (custom.clause if custom and custom.clause else meta.clause) or ""
    clause = clause.replace("{kategori}", category_name(category, grid))
    verb, _, rest = clause.partition(" ")
    dim = (meta.category or "").lower()
    return {
        "navn": category_name(category, grid),
        "størrelse": meta.subject or "",
        "prep": "i" if any(word in dim for word in REGION_WORDS) else "for",
        "utsagn": clause,
        "utsagn_verb": verb,
        "utsagn_rest": rest,
        "populasjon": meta.noun.definite_plural if meta.noun else "",
        "flertall": meta.noun.plural if meta.noun else "",
        "er_andel": meta.measure == "share",
    }


def category_name(category: str, grid: Grid) -> str:
    """A category's label as it reads inside a sentence.

    The sidecar's ``name`` wins; a place name, an abbreviation or a label
    marked ``proper`` keeps its capital; other labels start in lower case.
    """
    custom = grid.meta.categories.get(category)
    if custom and custom.name:
        return custom.name
    if not category:
        return grid.meta.subject or ""
    dim = (grid.meta.category or "").lower()
    proper = (custom and custom.proper) or any(word in dim for word in REGION_WORDS)
    if proper or (len(category) > 1 and category[1].isupper()):
        return category
    return category[0].lower() + category[1:]


def period_values(grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    """The latest period and the one before, as words."""
    latest = parse_period(grid.latest)
    values = {"periode": period_name(grid.latest, words), "når": when(grid.latest, words)}
    if grid.previous is not None:
        previous = parse_period(grid.previous)
        if latest and previous and follows(previous, latest) and not latest.is_span:
            values["før_når"] = values["forrige"] = words["periode"][latest.unit]
        else:
            values["før_når"] = when(grid.previous, words)
            values["forrige"] = period_name(grid.previous, words)
        values["fra_til"] = words["periode"]["fra_til"].format(
            fra=period_name(grid.previous, words), til=period_name(grid.latest, words)
        )
    return values


def period_name(label: str, words: dict[str, Any]) -> str:
    """A period as it reads in a sentence: ``2016``, ``3. kvartal 2016``,
    ``oktober 2018``, ``fra oktober 2017 til oktober 2018``."""
    period = parse_period(label)
    if period is None:
        return label
    if period.is_span:
        start = Period(label, period.unit, period.start, period.start)
        end = Period(label, period.unit, period.end, period.end)
        return words["periode"]["fra_til"].format(fra=_point_name(start, words), til=_point_name(end, words))
    return _point_name(period, words)


def when(label: str, words: dict[str, Any]) -> str:
    """A period as a time adverbial: ``i 2016``, or a span as it is."""
    period = parse_period(label)
    if period is not None and period.is_span:
        return period_name(label, words)
    return words["periode"]["i"].format(periode=period_name(label, words))


def _point_name(period: Period, words: dict[str, Any]) -> str:
    year, sub = period.start
    if period.unit == "quarter":
        return words["periode"]["kvartal"].format(n=sub, år=year)
    if period.unit == "month":
        return f"{words['måned'][sub - 1]} {year}"
    return str(year)


def level_num(value: float, grid: Grid) -> Num:
    """A level as the text says it, with its unit."""
    meta = grid.meta
    if meta.measure in ("share", "change"):
        return Num(value, meta.decimals, "prosent")
    if meta.measure == "count" and meta.multiplier > 1:
        return Num(value * meta.multiplier, 0)
    if meta.measure == "amount":
        return Num(value, meta.decimals, meta.unit)
    return Num(value, meta.decimals)


def _direction(fact: Fact, words: dict[str, Any]) -> dict[str, str]:
    change = size(fact.values)
    return words["retning"]["opp" if change > 0 else "ned" if change < 0 else "uendret"]


def _level(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    value = fact.values["value"]
    if grid.meta.measure == "change":
        direction = "opp" if value > 0 else "ned" if value < 0 else "uendret"
        return {"verdi": level_num(abs(value), grid), "retning": words["retning"][direction]}
    return {"verdi": level_num(value, grid)}


def _change(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    amount = abs(size(fact.values))
    unit = fact.values["unit"]
    decimals = grid.meta.decimals if unit == "prosentpoeng" else 1
    return {
        "før": level_num(fact.values["before"], grid),
        "etter": level_num(fact.values["after"], grid),
        "endring": Num(amount, decimals, unit),
        "retning": _direction(fact, words),
        "uendret": size(fact.values) == 0,
    }


def _largest(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    return {"størst": True, "retning": _direction(fact, words)}


def _trend(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    period = parse_period(fact.periods[-1])
    unit = words["enhet"][period.unit] if period else ""
    run = fact.values["run"]
    ordinal = words["ordenstall"].get(str(run))
    return {"på_rad": f"for {ordinal} {unit} på rad" if ordinal else ""}


def _share_words(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    key = f"{fact.values['numerator']}/{fact.values['denominator']}"
    hedge = words["hekk"].get(fact.values["hedge"], "")
    phrase = words["brøk"][key]
    return {"i_ord": f"{hedge} {phrase}".strip()}


def _extreme(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    return {"verdi": level_num(fact.values["value"], grid), "høyest": fact.kind == "highest"}


def _total(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    above, below, parts = fact.values["above"], fact.values["below"], fact.values["parts"]
    dim = (grid.meta.category or "").lower()
    plural = words["deler"].get(dim, words["deler"]["gruppe"])
    name = words["total"].get(fact.subject.lower(), category_name(fact.subject, grid))
    region = any(word in dim for word in REGION_WORDS)
    return {
        "side": "høyere" if above >= below else "lavere",
        "antall": small_number(max(above, below), words),
        "deler": small_number(parts, words),
        "alle": max(above, below) == parts,
        "delenavn": plural[0],
        "delenavn_bestemt": plural[1],
        "totalen": f"i {name}" if region else name,
    }


def small_number(number: int, words: dict[str, Any]) -> str:
    """A whole number up to twelve in words, a larger one in figures."""
    return words["tall"].get(str(number), str(number))


_KIND_VALUES = {
    "level": _level,
    "change": _change,
    "stable": _change,
    "largest_increase": _largest,
    "largest_decrease": _largest,
    "trend": _trend,
    "share_words": _share_words,
    "highest": _extreme,
    "lowest": _extreme,
    "total": _total,
}
