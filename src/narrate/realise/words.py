"""A phrase set's words, ``words.toml``: read and checked when they load.

The words are what narrate's code reads by name (``periode.year``,
``tabell.kilde``), so each is checked before any article is written: a
missing key (a misspelling, most often), a key the code does not read, a
value of the wrong kind or a placeholder the code does not fill is one line naming the
file and the key.

>>> from narrate.realise.phrases import PHRASES_ROOT
>>> words = tomllib.loads((PHRASES_ROOT / "nb" / "words.toml").read_text(encoding="utf-8"))
>>> words["periode"]["yaer"] = words["periode"].pop("year")
>>> check_words(words, "nb/words.toml", frozenset())
Traceback (most recent call last):
...
narrate.errors.NarrateError: nb/words.toml, key 'periode.year': missing (is 'periode.yaer' a misspelling?)
"""

from __future__ import annotations

import difflib
import string
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narrate.errors import NarrateError
from narrate.load.cells import SYMBOLS
from narrate.periods import UNITS
from narrate.rules.SH01 import FRACTIONS
from narrate.table import DIMENSION_KINDS, MEASURES


@dataclass(frozen=True)
class Text:
    """A word or phrase; ``fields`` are the placeholders it may hold
    (``{ordenstall}``), which the code fills in."""

    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Texts:
    """A list of exactly ``count`` words (``count`` 0: any number of them)."""

    count: int = 0


@dataclass(frozen=True)
class Open:
    """A table whose keys are the writer's (a unit, a dimension's name),
    each value one of ``values``; ``required`` keys must be among them."""

    values: tuple[Any, ...]
    required: tuple[str, ...] = ()


DIRECTIONS = ("opp", "ned", "uendret")
"""The ways a figure can move, each with its words in ``[retning.<way>]``."""

UNCHANGED_LACKS = ("superlativ",)
"""Direction words a figure that did not move has no use for: a largest
change is never nought."""

TABLE = {
    "overskrift": Text(), "utvalg": Text(), "kilde": Text(), "enhet": Text(), "enhet_ukjent": Text(),
    "symboler": Text(), "foreløpig": Text(), "mangler": Text(("celler",)), "celle": Text(("kategori", "periode")),
    "tom": Text(), "andre": Text(("antall",)), "siste": Text(("vist", "alle")), "enheter": Open((Text(),), ()), "kilder": Open((Text(),), ()),
    "avslørt": Text(("celler", "total")), "avslørte": Text(("celler", "total")), "symbol": {symbol: Text() for symbol in SYMBOLS},
}

WORDS: dict[str, Any] = {
    "på_rad": Text(("ordenstall", "enhet")),
    "relativ": Text(("utsagn",)),
    "mellom": Text(("fra", "til")),
    "overskrift_uten": Texts(0),
    "pronomen": {"intetkjønn": Text(), "annet": Text()},
    "bindeord": {"samtidig": Text(), "i_tillegg": Text(), "videre": Text()},
    "grad": {"weak": Text(), "strong": Text()},
    "måned": Texts(12),
    "periode": {**{unit: Text() for unit in UNITS}, "kvartal": Text(("n", "år")), "uke": Text(("n", "år")), "i": Text(("periode",)),
                "fra_til": Text(("fra", "til")), "fra": Text(("periode",)), "siste_tolv": Text(), "samme_året_før": Text()},
    "brøk": Open((Text(("bestemt", "flertall", "entall")),), tuple(f"{numerator}/{denominator}" for numerator, denominator in FRACTIONS)),
    "hekk": Open((Text(),), ("about", "below", "above")),
    "tall": Open((Text(),)),
    "ordenstall": Open((Text(),)),
    "enhet": {unit: Text() for unit in UNITS},
    "året_før": {unit: Text() for unit in UNITS if unit != "year"},
    "deler": Open((Texts(2),), ("gruppe",)),
    "total": Open((Text(),)),
    "subjekt": {measure: Text() for measure in MEASURES},
    "mål": Open((Text(),)),
    "preposisjon": {kind: Text() for kind in DIMENSION_KINDS},
    "side": {"over": Text(), "under": Text()},
    "enheter": Open((Text(("n",)), Texts(2))),
    "tabell": TABLE,
}
"""What ``words.toml`` holds: a dict is a table with exactly these keys; the
direction words ``[retning]`` must hold every word the phrase files read."""


def read_words(path: Path, directions: frozenset[str]) -> dict[str, Any]:
    """Read and check a ``words.toml``; ``directions`` are the direction
    words the phrase files read (``f.retning.verb``).

    >>> from narrate.realise.phrases import PHRASES_ROOT
    >>> read_words(PHRASES_ROOT / "nb" / "words.toml", frozenset({"verb"}))["retning"]["opp"]["verb"]
    'økte'
    """
    try:
        words = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise NarrateError(f"cannot read the words ({error})", path=str(path)) from None
    check_words(words, str(path), directions)
    return words


def check_words(words: dict[str, Any], name: str, directions: frozenset[str]) -> None:
    """Refuse words that lack a key narrate reads, or give a value of the
    wrong kind; in the tables narrate's code reads (all but ``[retning]``,
    which the phrase files read), a key nobody reads is refused too.

    >>> check_words({}, "words.toml", frozenset())
    Traceback (most recent call last):
    ...
    narrate.errors.NarrateError: words.toml, key 'på_rad': missing
    """
    spec = {**WORDS, "retning": {way: Open((Text(),), tuple(sorted(word for word in directions
                                                                   if way != "uendret" or word not in UNCHANGED_LACKS)))
                                 for way in DIRECTIONS}}
    _check_table(words, spec, name, "")


def _check_table(table: dict[str, Any], spec: dict[str, Any], name: str, prefix: str) -> None:
    for key, wanted in spec.items():
        if key not in table:
            near = difflib.get_close_matches(key, [k for k in table if k not in spec], n=1)
            hint = f" (is '{prefix}{near[0]}' a misspelling?)" if near else ""
            raise NarrateError(f"missing{hint}", path=name, place=f"key '{prefix}{key}'")
        _check_value(table[key], wanted, name, f"{prefix}{key}")
    for key in table:
        if key not in spec and not (prefix == "" and key == "språk"):
            allowed = ", ".join(spec)
            raise NarrateError(f"unknown key; no part of narrate reads it (allowed: {allowed})", path=name, place=f"key '{prefix}{key}'")


def _check_value(value: Any, wanted: Any, name: str, key: str) -> None:
    if isinstance(wanted, dict):
        if not isinstance(value, dict):
            raise NarrateError("must be a table", path=name, place=f"key '{key}'")
        _check_table(value, wanted, name, f"{key}.")
    elif isinstance(wanted, Open):
        if not isinstance(value, dict):
            raise NarrateError("must be a table", path=name, place=f"key '{key}'")
        for required in wanted.required:
            if required not in value:
                near = difflib.get_close_matches(required, [k for k in value if k not in wanted.required], n=1)
                hint = f" (is '{key}.{near[0]}' a misspelling?)" if near else ""
                raise NarrateError(f"missing{hint}", path=name, place=f"key '{key}.{required}'")
        for item_key, item in value.items():
            if not any(_fits(item, kind) for kind in wanted.values):
                raise NarrateError(f"must be {' or '.join(_said(kind) for kind in wanted.values)}", path=name,
                                   place=f"key '{key}.{item_key}'")
    elif not _fits(value, wanted):
        raise NarrateError(f"must be {_said(wanted)}", path=name, place=f"key '{key}'")
    elif isinstance(wanted, Text):
        _check_fields(value, wanted.fields, name, key)


def _fits(value: Any, kind: Text | Texts) -> bool:
    if isinstance(kind, Text):
        return isinstance(value, str)
    return isinstance(value, list) and all(isinstance(item, str) for item in value) and (
        kind.count == 0 or len(value) == kind.count)


def _said(kind: Text | Texts) -> str:
    if isinstance(kind, Text):
        return "text"
    return f"a list of {kind.count} words" if kind.count else "a list of words"


def _check_fields(value: str, fields: tuple[str, ...], name: str, key: str) -> None:
    """Refuse a placeholder the code does not fill, and any that is more
    than a name (``{n.__class__}``, ``{n!r}``, ``{n:>9}``)."""
    allowed = ", ".join(f"{{{field}}}" for field in fields) or "none"
    try:
        parts = list(string.Formatter().parse(value))
    except ValueError as error:
        raise NarrateError(f"{error} (placeholders allowed: {allowed})", path=name, place=f"key '{key}'") from None
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in fields or spec or conversion:
            raise NarrateError(f"placeholder {{{field}}} is not one narrate fills (allowed: {allowed})", path=name,
                               place=f"key '{key}'")
