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
import math
import operator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Iterable, Iterator

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

LARGEST = 10_000
"""The most characters, items or digits a phrase may make at once."""

DIGITS = 64
"""The most digits a number a phrase computes may have."""

STEPS = 10_000
"""The most loop turns and calls one sentence may take."""

_spent: ContextVar[list[int] | None] = ContextVar("narrate_phrase_steps", default=None)

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


class PhraseSandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox that changes no list or table it is given, with bounds
    on what a phrase may build."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """The syntax tree with each loop's items counted and each ``~``
        bounded (see :func:`counted` and :func:`bounded_text`)."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.ImportedName(f"{__name__}.counted"), [loop.iter], [], None, None, lineno=loop.lineno)
        for join in list(tree.find_all(nodes.Concat)):
            joined = nodes.Concat(join.nodes, lineno=join.lineno)
            call = nodes.Call(nodes.ImportedName(f"{__name__}.bounded_text"), [joined], [], None, None, lineno=join.lineno)
            _replace(tree, join, call)
        return tree

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if _number(left) and _number(right) and _digits(op, left, right) > DIGITS:
            raise SecurityError(f"{_short(left)} {op} {_short(right)} is larger than a sentence needs")
        if op == "*" and _too_long(left, right):
            raise SecurityError(f"{op} would build more than {LARGEST} characters or items")
        if op == "+" and isinstance(left, (str, list, tuple)) and isinstance(right, type(left)) and len(left) + len(right) > LARGEST:
            raise SecurityError(f"{op} would build more than {LARGEST} characters or items")
        return {"*": operator.mul, "**": operator.pow, "+": operator.add}[op](left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, str) and attribute in _FORMATTING:
            raise SecurityError(f"{attribute}() is not for phrases: the values come formatted")
        return super().getattr(obj, attribute)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        _step()
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


@contextmanager
def budget() -> Iterator[None]:
    """Count the steps of one sentence against :data:`STEPS`: every loop
    turn and call inside the block.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.j2").write_text("{% for a in 'x' * 200 %}{% for b in 'x' * 200 %}{% endfor %}{% endfor %}", encoding="utf-8")
    >>> with budget():
    ...     sandbox(folder).get_template("a.j2").render()
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: more than 10000 loop turns and calls for one sentence
    """
    token = _spent.set([0])
    try:
        yield
    finally:
        _spent.reset(token)


def counted(items: Iterable[Any]) -> Iterator[Any]:
    """A loop's items, each a step of the sentence's budget.

    >>> with budget():
    ...     list(counted("abc"))
    ['a', 'b', 'c']
    """
    for item in items:
        _step()
        yield item


def bounded_text(text: str) -> str:
    """Text joined by ``~``, refused when longer than a sentence needs.

    >>> bounded_text("a" * 3)
    'aaa'
    """
    if len(text) > LARGEST:
        raise SecurityError(f"~ built more than {LARGEST} characters")
    return text


def _step() -> None:
    spent = _spent.get()
    if spent is not None:
        spent[0] += 1
        if spent[0] > STEPS:
            raise SecurityError(f"more than {STEPS} loop turns and calls for one sentence")


def _replace(tree: nodes.Node, old: nodes.Node, new: nodes.Node) -> None:
    """Put ``new`` where ``old`` is in ``tree``."""
    for node in tree.find_all(nodes.Node):
        for field in node.fields:
            value = getattr(node, field, None)
            if value is old:
                setattr(node, field, new)
            elif isinstance(value, list) and any(item is old for item in value):
                setattr(node, field, [new if item is old else item for item in value])


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


def _digits(op: str, left: float, right: float) -> float:
    """About how many digits ``left op right`` has, before it is worked out."""
    def size(n: float) -> float:
        return math.log10(abs(n)) if abs(n) > 1 else 0.0
    if op == "**":
        return abs(right) * size(left) if abs(left) > 1 else 0.0
    if op == "*":
        return size(left) + size(right)
    return max(size(left), size(right)) + 1


def _short(n: float) -> str:
    """A number as a message shows it: ``10 ** 64`` rather than its 65 digits."""
    digits = math.log10(abs(n)) if abs(n) > 1 else 0.0
    return str(n) if digits < 20 else f"a number of {int(digits) + 1} digits"


def _too_long(left: Any, right: Any) -> bool:
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, (str, list, tuple)) and _number(times) and len(sequence) * times > LARGEST:
            return True
    return False
