"""The rule catalogue: one module per rule, named by its code.

>>> [rule.code for rule in catalogue()]
['CH01', 'CH02', 'EX01', 'EX02', 'LV01', 'SH01', 'TO01', 'TR01']
"""

from __future__ import annotations

import importlib
import pkgutil
import re

from narrate.grid import Grid
from narrate.rules.base import Fact, Rule, Threshold

__all__ = ["Fact", "Rule", "Threshold", "catalogue", "detect"]

_CODE = re.compile(r"^[A-Z]{2}\d{2}$")


def catalogue() -> list[type[Rule]]:
    """Every rule class, ordered by code."""
    rules = []
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__) if _CODE.match(m.name)):
        rule = importlib.import_module(f"{__name__}.{module}").Rule
        if rule.code != module:
            raise RuntimeError(f"rule module {module} declares code {rule.code}")
        rules.append(rule)
    return rules


def detect(grid: Grid, settings: dict[str, dict[str, float]] | None = None) -> list[Fact]:
    """Every fact every rule finds, most newsworthy first; ties keep rule and
    table order, so the result is deterministic.

    ``settings`` maps a rule code to its threshold values.
    """
    settings = settings or {}
    facts = [fact for rule in catalogue() for fact in rule(settings.get(rule.code, {})).find(grid)]
    return sorted(facts, key=lambda fact: -fact.score)
