"""The optional sidecar ``<table>.toml``: metadata the table file lacks.

Every key is optional::

    title = "Bruk av IKT i staten"
    unit = "prosent"                 # the unit the values are in
    measure = "share"                # share, count, amount, quantity, change, index or value
    time = "år"                      # the time dimension
    category = "kategori"            # the dimension the article compares
    subject = "andelen"              # what the values are, in a sentence
    clause = "har {kategori}"        # what the population does, per category
    clause_once = false              # true: the clause in full once, then the category's name
    clause_short = "oppga {kategori}"  # after it: andelen som oppga {kategori}, not andelen for ...
    source = "Statistisk sentralbyrå"
    decimals = 0
    multiplier = 1000                # values are in thousands
    fixed = { kjønn = "Begge kjønn" }  # the label kept for another dimension
    totals = { region = "Hele landet" }
    noun = { singular = "virksomhet", plural = "virksomheter", definite_plural = "virksomhetene" }

    [categories."Etablert nye tjenester"]
    name = "nye tjenester"           # the label inside sentences
    clause = "har etablert nye tjenester"
    short = "etablerer nye tjenester"  # for a title: Flere virksomheter ...
    proper = false                   # true keeps the capital letter

    [lang.nn]                        # the words for nynorsk (and [lang.en] for English):
    subject = "delen"                # title, unit, subject, clause, clause_short, source, noun
    noun = { singular = "verksemd", plural = "verksemder", definite_plural = "verksemdene" }
    [lang.nn.categories."Etablert nye tjenester"]
    clause = "har etablert nye tenester"

The words at the top are bokmål; another language takes only the words its
own section gives, and the labels of the table as they are.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from narrate.errors import NarrateError
from narrate.table import MEASURES, CategoryWords, Noun

_SCALARS: dict[str, type] = {
    "title": str,
    "unit": str,
    "measure": str,
    "time": str,
    "category": str,
    "subject": str,
    "clause": str,
    "clause_once": bool,
    "clause_short": str,
    "source": str,
    "decimals": int,
    "multiplier": int,
}
_TABLES = ("fixed", "totals", "noun", "categories", "lang")
SIDECAR_KEYS = (*_SCALARS, *_TABLES)
"""Every key a sidecar (or ``load``'s keywords) may set."""
_LANGUAGE_KEYS = ("title", "unit", "subject", "clause", "clause_short", "source", "noun", "categories")
_NOUN_KEYS = ("singular", "plural", "definite_plural")
_CATEGORY_KEYS: dict[str, type] = {"name": str, "clause": str, "short": str, "proper": bool}
_KIND_NAMES = {str: "text", int: "a whole number", bool: "true or false"}


def sidecar_path(table_path: Path) -> Path:
    """Where a table's sidecar lives.

    >>> sidecar_path(Path("data/kpi.csv")).as_posix()
    'data/kpi.toml'
    """
    return table_path.with_suffix(".toml")


def read_sidecar(path: Path) -> dict[str, Any]:
    """The sidecar's settings as metadata keywords, ``{}`` when there is none.

    Unknown keys and values of the wrong type are errors naming the key.
    """
    if not path.exists():
        return {}
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise NarrateError(f"not valid TOML ({error})", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise NarrateError(f"cannot read the sidecar ({error})", path=str(path)) from None
    return parse_sidecar(document, str(path))


def parse_sidecar(document: dict[str, Any], name: str) -> dict[str, Any]:
    """Check a sidecar document and turn it into metadata keywords.

    >>> parse_sidecar({"unit": "prosent", "noun": {"singular": "bedrift",
    ...   "plural": "bedrifter", "definite_plural": "bedriftene"}}, "t.toml")["noun"].plural
    'bedrifter'
    >>> parse_sidecar({"colour": "red"}, "t.toml")
    Traceback (most recent call last):
    ...
    narrate.errors.NarrateError: t.toml, key 'colour': unknown key; allowed: title, unit, measure, time, category, subject, clause, clause_once, clause_short, source, decimals, multiplier, fixed, totals, noun, categories, lang
    """
    meta: dict[str, Any] = {}
    for key, value in document.items():
        if key in _SCALARS:
            meta[key] = _typed(value, _SCALARS[key], name, key)
        elif key in ("fixed", "totals"):
            meta[key] = {str(dim): _typed(label, str, name, f"{key}.{dim}") for dim, label in _table(value, name, key).items()}
        elif key == "noun":
            meta[key] = _noun(_table(value, name, key), name)
        elif key == "categories":
            meta[key] = {
                label: _category(_table(words, name, f"categories.{label}"), name, label)
                for label, words in _table(value, name, key).items()
            }
        elif key == "lang":
            meta["languages"] = {lang: _language(_table(words, name, f"lang.{lang}"), name, lang)
                                 for lang, words in _table(value, name, key).items()}
        else:
            allowed = ", ".join(SIDECAR_KEYS)
            raise NarrateError(f"unknown key; allowed: {allowed}", path=name, place=f"key {key!r}")
    if "measure" in meta and meta["measure"] not in MEASURES:
        raise NarrateError(f"must be one of {', '.join(MEASURES)}", path=name, place="key 'measure'")
    return meta


def _language(document: dict[str, Any], name: str, lang: str) -> dict[str, Any]:
    """One language's words: the keys a sentence needs, checked as at the top."""
    for key in document:
        if key not in _LANGUAGE_KEYS:
            raise NarrateError(f"unknown key; allowed: {', '.join(_LANGUAGE_KEYS)}", path=name, place=f"key 'lang.{lang}.{key}'")
    return parse_sidecar(document, name)


def _typed(value: Any, kind: type, name: str, key: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise NarrateError(f"must be {_KIND_NAMES[kind]}", path=name, place=f"key {key!r}")
    return value


def _table(value: Any, name: str, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise NarrateError("must be a table", path=name, place=f"key {key!r}")
    return value


def _noun(value: dict[str, Any], name: str) -> Noun:
    unknown = set(value) - set(_NOUN_KEYS)
    missing = set(_NOUN_KEYS) - set(value)
    if unknown or missing:
        raise NarrateError(f"needs exactly {', '.join(_NOUN_KEYS)}", path=name, place="key 'noun'")
    return Noun(*(_typed(value[key], str, name, f"noun.{key}") for key in _NOUN_KEYS))


def _category(value: dict[str, Any], name: str, label: str) -> CategoryWords:
    for key, item in value.items():
        if key not in _CATEGORY_KEYS:
            raise NarrateError(f"unknown key; allowed: {', '.join(_CATEGORY_KEYS)}", path=name, place=f"key 'categories.{label}.{key}'")
        _typed(item, _CATEGORY_KEYS[key], name, f"categories.{label}.{key}")
    return CategoryWords(**value)
