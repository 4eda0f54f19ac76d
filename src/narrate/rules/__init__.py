"""The rule catalogue: one module per rule, named by its code.

>>> [rule.code for rule in catalogue()]
['CH01', 'CH02', 'CH03', 'EX01', 'EX02', 'LV01', 'SH01', 'TO01', 'TR01']
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from typing import Collection, Mapping

from narrate.grid import Grid
from narrate.rules.base import Fact, Rule, Threshold

__all__ = ["Fact", "Rule", "Threshold", "catalogue", "detect"]

_CODE = re.compile(r"^[A-Z]{2}\d{2}$")


@functools.cache
def catalogue() -> tuple[type[Rule], ...]:
    """Every rule class, ordered by code (found once per process)."""
    rules = []
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__) if _CODE.match(m.name)):
        rule = importlib.import_module(f"{__name__}.{module}").Rule
        if rule.code != module:
            raise RuntimeError(f"rule module {module} declares code {rule.code}")
        rules.append(rule)
    return tuple(rules)


def detect(grid: Grid, settings: Mapping[str, Mapping[str, float]] | None = None, off: Collection[str] = ()) -> list[Fact]:
    """Every fact every rule finds, most newsworthy first; ties keep rule and
    table order, so the result is deterministic.

    ``settings`` maps a rule code to its threshold values; the rules in
    ``off`` are not run.
    """
    settings = settings or {}
    rules = [rule for rule in catalogue() if rule.code not in off]
    facts = [fact for rule in rules for fact in rule(dict(settings.get(rule.code, {}))).find(grid)]
    return sorted(facts, key=lambda fact: -fact.score)
