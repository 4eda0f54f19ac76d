"""The rule catalogue as documentation: each rule's code, name, what it
finds and an example, from the rule module's own docstring, and its
thresholds with their defaults, current values and meanings.

>>> from narrate.config import Config
>>> from narrate.rules import catalogue
>>> entry = describe(catalogue()[0], Config())
>>> entry["code"], entry["thresholds"]["min_pp"]["default"]
('CH01', 2)
"""

from __future__ import annotations

import inspect
import re
import sys
from typing import TYPE_CHECKING, Any

from narrate.rules import Rule

if TYPE_CHECKING:
    from narrate.config import Config

_EXAMPLE = re.compile(r"^Example:\s*", re.MULTILINE)


def documentation(rule: type[Rule]) -> tuple[str, str]:
    """What a rule finds and its example, from its module's docstring: the
    paragraphs before ``Example:``, and that paragraph.

    >>> from narrate.rules import catalogue
    >>> description, example = documentation(catalogue()[0])
    >>> description.startswith("A change between the last two periods"), example.startswith("``Økt bruk")
    (True, True)
    """
    text = inspect.getdoc(sys.modules[rule.__module__]) or ""
    prose = text.split("\n>>>")[0]
    parts = _EXAMPLE.split(prose, maxsplit=1)
    description = parts[0].removeprefix(f"{rule.code}:").strip()
    description = description[:1].upper() + description[1:]
    example = parts[1].split("\n\n")[0].strip() if len(parts) > 1 else ""
    return " ".join(description.split()), " ".join(example.split())


def describe(rule: type[Rule], config: "Config") -> dict[str, Any]:
    """A rule as plain data: ``code``, ``name``, ``description``, ``example``,
    ``kinds`` (of the facts it yields), ``off`` and ``thresholds`` (name →
    default, value and meaning)."""
    description, example = documentation(rule)
    return {
        "code": rule.code,
        "name": rule.name,
        "description": description,
        "example": example,
        "kinds": list(rule.kinds),
        "off": rule.code in config.off,
        "thresholds": {
            name: {"default": threshold.default, "value": config.threshold(rule.code, name), "meaning": threshold.meaning}
            for name, threshold in rule.thresholds.items()
        },
    }


def as_text(entries: list[dict[str, Any]]) -> str:
    """The catalogue for people: one block per rule.

    >>> print(as_text([{"code": "XX01", "name": "x", "description": "finds x.", "example": "1 gives x.",
    ...                 "kinds": ["x"], "off": False, "thresholds": {"n": {"default": 2, "value": 3, "meaning": "how many"}}}]))
    XX01  x
        finds x.
        Example: 1 gives x.
        Yields: x
        n = 3 (default 2): how many
    """
    lines = []
    for entry in entries:
        lines.append(f"{entry['code']}  {entry['name']}" + ("  (off)" if entry["off"] else ""))
        lines.append(f"    {entry['description']}")
        lines.append(f"    Example: {entry['example']}")
        lines.append(f"    Yields: {', '.join(entry['kinds'])}")
        for name, threshold in entry["thresholds"].items():
            lines.append(f"    {name} = {threshold['value']} (default {threshold['default']}): {threshold['meaning']}")
    return "\n".join(lines)
