"""What every rule shares: the Fact it yields, its thresholds, its shape.

A rule reads a :class:`~narrate.grid.Stack` of grids, all at once, and
gives each grid's facts: data, no prose.

>>> fact = Fact("CH01", "change", "A", ("2015", "2016"), {"before": 41.0, "after": 48.0}, (), 1.0)
>>> fact.values["after"] - fact.values["before"]
7.0
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterator

import numpy as np

from narrate.grid import CellRef, Grid, Stack


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
    """A rule's tunable number, its default and what it means; ``positive``
    when it must be more than 0 (a change's score is its size measured in
    the threshold)."""

    default: float
    meaning: str
    positive: bool = False


@dataclass
class Rule:
    """A rule: a stable ``code``, a ``name``, the ``kinds`` of fact it
    yields (the plan places each kind, and each language words it: see
    :data:`narrate.plan.PLACEMENT`), declared ``thresholds`` and a
    ``find_all`` method that reads every grid of a stack at once (``find``
    reads one grid, as a stack of one). Its module's docstring is its
    documentation and example."""

    code: ClassVar[str]
    name: ClassVar[str]
    kinds: ClassVar[tuple[str, ...]]
    thresholds: ClassVar[dict[str, Threshold]] = {}
    settings: dict[str, float] = field(default_factory=dict)

    def setting(self, name: str) -> float:
        """A threshold's value: the configured one, else its default."""
        return self.settings.get(name, self.thresholds[name].default)

    def find(self, grid: Grid) -> list[Fact]:
        """The facts this rule finds in one grid."""
        return self.find_all(Stack.of([grid]))[0]

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        """The facts this rule finds in each grid of the stack."""
        raise NotImplementedError


def positions(mask: np.ndarray) -> Iterator[tuple[int, ...]]:
    """The index of each true element, in order, as plain ints.

    >>> list(positions(np.array([[False, True], [True, False]])))
    [(0, 1), (1, 0)]
    """
    return zip(*(axis.tolist() for axis in np.nonzero(mask)))


def largest_at(values: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Where each row's largest valid value is (every place that holds it).

    >>> largest_at(np.array([[3.0, 5.0, 5.0], [1.0, 2.0, 0.0]]), np.array([[True] * 3, [True, False, True]])).tolist()
    [[False, True, True], [True, False, False]]
    """
    largest = np.where(valid, values, -np.inf).max(axis=1, initial=-np.inf)
    return valid & (values == largest[:, None])


def single_at(holders: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """Which rows hold exactly one true element, and where each row's
    first true element is (0 where it has none).

    >>> alone, at = single_at(np.array([[False, True, False], [True, True, False]]))
    >>> alone.tolist(), at
    ([True, False], [1, 0])
    """
    if holders.shape[1] == 0:
        return np.zeros(len(holders), dtype=bool), [0] * len(holders)
    return holders.sum(axis=1) == 1, holders.argmax(axis=1).tolist()
