"""How to write: ``narrate.toml``, read with tomllib into a frozen Config.

The file may set the language, the seed for phrase variants, the most words
of prose an article may have, rule thresholds and rules switched off::

    lang = "nb"
    seed = 0
    max_words = 250
    phrases = "my-phrases"   # phrase sets (nb/*.j2, ...) over narrate's own

    [rules]
    off = ["TR01"]

    [rules.CH01]
    min_pp = 3

An unknown key or a value of the wrong type is an error naming the file, the
key and what is allowed.

>>> Config().threshold("CH01", "min_pp")
2
>>> Config().with_threshold("CH01", "min_pp", 3).threshold("CH01", "min_pp")
3
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from narrate.errors import NarrateError
from narrate.realise.phrases import languages
from narrate.rules import Rule, catalogue

CONFIG_NAME = "narrate.toml"
TOP_KEYS = ("lang", "max_words", "phrases", "rules", "seed")


@dataclass(frozen=True)
class Config:
    """Rule thresholds by rule code, rules switched off, the seed for
    variation, the most words of prose an article may have, the language,
    a folder of phrase sets (one subfolder per language) whose languages are
    used instead of narrate's own, and the file it was read from (``None``
    for the defaults)."""

    rules: Mapping[str, Mapping[str, float]] = field(default_factory=lambda: MappingProxyType({}))
    off: frozenset[str] = frozenset()
    seed: int = 0
    max_words: int = 250
    lang: str = "nb"
    phrases: str | None = None
    path: str | None = None

    @property
    def phrase_root(self) -> Path | None:
        """The user's folder of phrase sets, ``None`` for narrate's own only."""
        return Path(self.phrases) if self.phrases else None

    def threshold(self, code: str, name: str) -> float:
        """A threshold's value here: the configured one, else its default."""
        return self.rules.get(code, {}).get(name, rule_by_code(code).thresholds[name].default)

    def with_threshold(self, code: str, name: str, value: float) -> "Config":
        """The same configuration with one threshold set to ``value``."""
        check_threshold(code, name, value, "")
        rules = {c: dict(values) for c, values in self.rules.items()}
        rules.setdefault(code, {})[name] = value
        return replace(self, rules=freeze(rules))


def config_of(config: "Config | str | Path | None" = None, *, lang: str | None = None, seed: int | None = None,
              max_words: int | None = None) -> Config:
    """A Config from what a caller has: a Config, the path of a
    ``narrate.toml``, or nothing (the defaults), with the settings given
    over it, each checked as in the file.

    >>> config_of(lang="nn", seed=3).lang, config_of(lang="nn", seed=3).seed
    ('nn', 3)
    >>> config_of(lang="se")
    Traceback (most recent call last):
    narrate.errors.NarrateError: lang: unknown language 'se'; allowed: en, nb, nn
    """
    if not isinstance(config, Config):
        config = Config() if config is None else read_config(Path(config))
    if lang is not None:
        allowed = languages(config.phrase_root)
        if lang not in allowed:
            raise NarrateError(f"unknown language {lang!r}; allowed: {', '.join(allowed)}", path="lang")
        config = replace(config, lang=lang)
    if seed is not None:
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise NarrateError(f"must be a whole number, not {seed!r}", path="seed")
        config = replace(config, seed=seed)
    if max_words is not None:
        if isinstance(max_words, bool) or not isinstance(max_words, int) or max_words <= 0:
            raise NarrateError(f"must be a whole number more than 0, not {max_words!r}", path="max_words")
        config = replace(config, max_words=max_words)
    return config


def freeze(rules: dict[str, dict[str, float]]) -> Mapping[str, Mapping[str, float]]:
    """Read-only mappings, so a Config cannot change once made."""
    return MappingProxyType({code: MappingProxyType(dict(values)) for code, values in sorted(rules.items())})


def find_config(given: str | None, folder: Path | None = None) -> Config:
    """The configuration to use: the file given, else ``narrate.toml`` in the
    current folder, else the defaults.

    >>> find_config(None, Path("/nonexistent")).path is None
    True
    """
    if given:
        return read_config(Path(given))
    candidate = (folder or Path.cwd()) / CONFIG_NAME
    return read_config(candidate) if candidate.is_file() else Config()


def read_config(path: Path) -> Config:
    """Read and check a ``narrate.toml``.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "narrate.toml"
    >>> _ = path.write_text("seed = 2\\n[rules.CH01]\\nmin_pp = 3\\n", encoding="utf-8")
    >>> config = read_config(path)
    >>> config.seed, config.threshold("CH01", "min_pp")
    (2, 3)
    """
    name = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NarrateError("no such file", path=name) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise NarrateError(f"not valid TOML: {error}", path=name) from None
    _unknown(data, TOP_KEYS, "", name)
    phrases = _expect(data, "phrases", str, "a folder", name, default=None)
    if phrases is not None:
        phrases = str((path.parent / phrases).resolve())
        if not Path(phrases).is_dir():
            raise NarrateError(f"no folder of phrases at {phrases}", path=name, place="key 'phrases'")
    lang = _expect(data, "lang", str, "a language", name, default="nb")
    allowed = languages(Path(phrases) if phrases else None)
    if lang not in allowed:
        raise NarrateError(f"unknown language {lang!r}; allowed: {', '.join(allowed)}", path=name, place="key 'lang'")
    seed = _expect(data, "seed", int, "a whole number", name, default=0)
    max_words = _expect(data, "max_words", int, "a whole number", name, default=250)
    if max_words <= 0:
        raise NarrateError("must be more than 0", path=name, place="key 'max_words'")
    rules, off = _read_rules(_expect(data, "rules", dict, "a table", name, default={}), name)
    return Config(rules=rules, off=off, seed=seed, max_words=max_words, lang=lang, phrases=phrases, path=name)


def _read_rules(table: dict[str, Any], name: str) -> tuple[Mapping[str, Mapping[str, float]], frozenset[str]]:
    """The ``[rules]`` table: ``off`` and one table of thresholds per rule."""
    codes = [rule.code for rule in catalogue()]
    _unknown(table, ("off", *codes), "rules.", name)
    off = _expect(table, "off", list, "a list of rule codes", name, default=[], prefix="rules.")
    for code in off:
        if code not in codes:
            raise NarrateError(f"unknown rule {code!r}; allowed: {', '.join(codes)}", path=name, place="key 'rules.off'")
    rules: dict[str, dict[str, float]] = {}
    for code in codes:
        values = _expect(table, code, dict, "a table of thresholds", name, default={}, prefix="rules.")
        for key, value in values.items():
            check_threshold(code, key, value, name)
            rules.setdefault(code, {})[key] = value
    return freeze(rules), frozenset(off)


def check_threshold(code: str, key: str, value: Any, name: str) -> None:
    """Refuse a threshold the rule does not declare, or one that is not a
    number of at least 0 (more than 0 where the rule divides by it).

    >>> check_threshold("CH01", "min_pp", 0, "narrate.toml")
    Traceback (most recent call last):
    narrate.errors.NarrateError: narrate.toml, key 'rules.CH01.min_pp': must be a number greater than 0, not 0
    """
    place = f"key 'rules.{code}.{key}'"
    rule = rule_by_code(code, name, place)
    if key not in rule.thresholds:
        allowed = ", ".join(sorted(rule.thresholds)) or "none"
        raise NarrateError(f"{code} has no threshold {key!r}; allowed: {allowed}", path=name, place=place)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise NarrateError(f"must be a number of at least 0, not {value!r}", path=name, place=place)
    if rule.thresholds[key].positive and value == 0:
        raise NarrateError(f"must be a number greater than 0, not {value!r}", path=name, place=place)


def rule_by_code(code: str, name: str = "", place: str = "") -> type[Rule]:
    """The rule class with this code.

    >>> rule_by_code("CH01").name
    'change'
    """
    for rule in catalogue():
        if rule.code == code:
            return rule
    codes = ", ".join(rule.code for rule in catalogue())
    raise NarrateError(f"unknown rule {code!r}; allowed: {codes}", path=name or None, place=place or None)


def _unknown(data: dict[str, Any], allowed: tuple[str, ...], prefix: str, name: str) -> None:
    """Refuse keys that are not in ``allowed``."""
    for key in data:
        if key not in allowed:
            choices = ", ".join(sorted(allowed))
            raise NarrateError(f"unknown key; allowed: {choices}", path=name, place=f"key '{prefix}{key}'")


def _expect(data: dict[str, Any], key: str, kind: type, said: str, name: str, *, default: Any, prefix: str = "") -> Any:
    """The value of ``key``, which must be of ``kind``; ``default`` when absent."""
    if key not in data:
        return default
    value = data[key]
    if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
        raise NarrateError(f"must be {said}, not {value!r}", path=name, place=f"key '{prefix}{key}'")
    return value
