"""What every rule shares: the Fact it yields, its thresholds, its shape.

A rule reads a :class:`~narrate.grid.Grid` and yields facts: data, no prose.

>>> fact = Fact("CH01", "change", "A", ("2015", "2016"), {"before": 41.0, "after": 48.0}, (), 1.0)
>>> fact.values["after"] - fact.values["before"]
7.0
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from narrate.grid import CellRef, Grid


@dataclass(frozen=True)
class Fact:
    """Something notable in the figures.

    ``rule`` is the code of the rule that found it, ``kind`` what sort of fact
    it is, ``subject`` the category, ``periods`` the periods it speaks of,
    ``values`` its named numbers, ``cells`` the table cells they rest on and
    ``score`` how newsworthy it is.
    """

    rule: str
    kind: str
    subject: str
    periods: tuple[str, ...]
    values: dict[str, Any]
    cells: tuple[CellRef, ...]
    score: float

    def as_dict(self) -> dict[str, Any]:
        """The fact as plain data, cells as objects of dimension labels."""
        return {
            "rule": self.rule,
            "kind": self.kind,
            "subject": self.subject,
            "periods": list(self.periods),
            "values": dict(self.values),
            "cells": [dict(cell) for cell in self.cells],
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Threshold:
    """A rule's tunable number, its default and what it means."""

    default: float
    meaning: str


@dataclass
class Rule:
    """A rule: a stable ``code``, a ``name``, declared ``thresholds`` and a
    ``find`` method. Its docstring is its documentation and example."""

    code: ClassVar[str]
    name: ClassVar[str]
    thresholds: ClassVar[dict[str, Threshold]] = {}
    settings: dict[str, float] = field(default_factory=dict)

    def setting(self, name: str) -> float:
        """A threshold's value: the configured one, else its default."""
        return self.settings.get(name, self.thresholds[name].default)

    def find(self, grid: Grid) -> list[Fact]:
        """The facts this rule finds in the grid."""
        raise NotImplementedError
