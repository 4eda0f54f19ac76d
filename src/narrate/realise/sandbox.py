"""The sandbox phrase files run in: Jinja's, held to the phrase folder and
to sizes a sentence can have.

A phrase file may include or import only files inside its own folder,
never through a link that leads out of it; it may not build a number, a
string or a list larger than a sentence needs (``9 ** (9 ** 9)``, ``'x' *
10 ** 9``, ``'a'.center(10 ** 9)``) nor call any of Jinja's globals (``lipsum(10 ** 6)``);
Jinja's sandbox already refuses Python's internals.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.j2").write_text("{{ 9 ** (9 ** 9) }}", encoding="utf-8")
>>> sandbox(folder).get_template("a.j2").render()
Traceback (most recent call last):
...
jinja2.exceptions.SecurityError: 9 ** 387420489 is larger than a sentence needs
"""

from __future__ import annotations

import functools
import operator
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment, SecurityError

LARGEST = 10_000
"""The most characters, items or digits a phrase may make at once."""

_WIDENING = ("center", "ljust", "rjust", "zfill", "expandtabs")
_FORMATTING = ("format", "format_map")
KEPT_FILTERS = ("capitalize", "lower", "upper", "trim", "length", "default", "first", "last", "join", "replace")
"""Jinja's own filters a phrase may use besides narrate's (``tall``,
``mengde``, ``liste``, ``dato``); the others could build text without
bound (``center``, ``indent``, ``format``, ``wordwrap``)."""


class FolderLoader(FileSystemLoader):
    """Phrase files from one folder only: a name that resolves outside it
    (``../x``, a link out of the folder) is not found."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.root = folder.resolve()

    def get_source(self, environment: Any, template: str) -> tuple[str, str | None, Any]:
        path = (self.root / template).resolve()
        if not path.is_relative_to(self.root):
            raise TemplateNotFound(f"{template} (outside the phrase folder)")
        return super().get_source(environment, template)


class PhraseSandbox(SandboxedEnvironment):
    """Jinja's sandbox with bounds on what a phrase may build."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "**" and _number(left) and _number(right) and abs(right) > 64 and abs(left) > 1:
            raise SecurityError(f"{left} ** {right} is larger than a sentence needs")
        if op == "*" and _too_long(left, right):
            raise SecurityError(f"{op} would build more than {LARGEST} characters or items")
        return {"*": operator.mul, "**": operator.pow}[op](left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, str) and attribute in _FORMATTING:
            raise SecurityError(f"{attribute}() is not for phrases: the values come formatted")
        return super().getattr(obj, attribute)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        name = getattr(__obj, "__name__", "")
        if isinstance(getattr(__obj, "__self__", None), str):
            if name in _FORMATTING:
                raise SecurityError(f"{name}() is not for phrases: the values come formatted")
            if name in _WIDENING and any(_number(value) and value > LARGEST for value in [*args, *kwargs.values()]):
                raise SecurityError(f"{name}() would build more than {LARGEST} characters")
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, str) and len(result) > LARGEST:
            raise SecurityError(f"{name or 'a call'} built more than {LARGEST} characters")
        return result


def sandbox(folder: Path) -> PhraseSandbox:
    """The environment for one language's phrase folder, without Jinja's
    globals (``range``, ``lipsum``, ``cycler``, ``joiner``, ``namespace``,
    ``dict``: a phrase has its values in ``f`` and needs none of them) and
    with only the filters in :data:`KEPT_FILTERS`, each bounded."""
    env = PhraseSandbox(loader=FolderLoader(folder), undefined=StrictUndefined, autoescape=False,
                        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
    env.globals.clear()
    env.filters = {name: _bounded(name, env.filters[name]) for name in KEPT_FILTERS}
    return env


def _bounded(name: str, function: Any) -> Any:
    """A filter that refuses to return more text than a sentence needs."""
    @functools.wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        if isinstance(result, str) and len(result) > LARGEST:
            raise SecurityError(f"{name} built more than {LARGEST} characters")
        return result
    return bounded


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _too_long(left: Any, right: Any) -> bool:
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, (str, list, tuple)) and _number(times) and len(sequence) * times > LARGEST:
            return True
    return False
