"""Phrase files: Jinja2 templates for writers, run in a sandbox.

``phrases/<lang>/<kind>.j2`` holds the wording of one kind of sentence as
macros ``v1``, ``v2``, ...: the variants. A template gets one object, ``f``,
with every value ready; filters format numbers. Phrase files are user input:
they run in Jinja's sandbox, and an unknown name fails loudly, naming the
file and line.

>>> phrases = Phrases.load(PHRASES_ROOT / "nb")
>>> "level" in phrases.kinds()
True
"""

from __future__ import annotations

import functools
import hashlib
import tomllib
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError, meta, nodes
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from narrate.errors import NarrateError
from narrate.realise import numbers

PHRASES_ROOT = Path(__file__).resolve().parents[3] / "phrases"
"""The phrase sets shipped with narrate, one folder per language."""


class Phrases:
    """One language's phrase files and words."""

    def __init__(self, folder: Path, env: SandboxedEnvironment, words: dict[str, Any], known: frozenset[str] = frozenset()) -> None:
        self.folder = folder
        self.env = env
        self.words = words
        self.known = known
        self._variants: dict[str, list[tuple[str, Any]]] = {}

    @classmethod
    def load(cls, folder: Path, known: frozenset[str] = frozenset()) -> "Phrases":
        """Load and check every phrase file in ``folder`` before any is used:
        its syntax, its filters, and, when ``known`` names the values a
        phrase may read from ``f``, that it reads no other and no other
        variable."""
        if not folder.is_dir():
            raise NarrateError("no phrase folder for this language", path=str(folder))
        env = SandboxedEnvironment(
            loader=FileSystemLoader(str(folder)),
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        lang = folder.name if folder.name in numbers.LOCALES else "nb"
        env.filters.update(
            tall=functools.partial(numbers.tall, lang=lang),
            mengde=numbers.mengde,
            liste=functools.partial(numbers.liste, lang=lang),
            dato=functools.partial(numbers.dato, lang=lang),
        )
        words_file = folder / "words.toml"
        try:
            words = tomllib.loads(words_file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise NarrateError(f"cannot read the words ({error})", path=str(words_file)) from None
        words.setdefault("språk", lang)
        phrases = cls(folder, env, words, known)
        for kind in phrases.kinds():
            phrases.variants(kind)
        return phrases

    def kinds(self) -> list[str]:
        """The kinds of sentence this language has phrases for."""
        return sorted(path.stem for path in self.folder.glob("*.j2"))

    def variants(self, kind: str) -> list[tuple[str, Any]]:
        """The variants of a kind, as ``(name, macro)`` in file order."""
        if kind not in self._variants:
            path = self.folder / f"{kind}.j2"
            try:
                module = self.env.get_template(f"{kind}.j2").module
            except TemplateSyntaxError as error:
                raise NarrateError(error.message or "syntax error", path=str(path), place=f"line {error.lineno}") from None
            except (TemplateError, SecurityError) as error:
                raise NarrateError(str(error), path=str(path)) from None
            if self.known:
                self._check_names(path)
            names = sorted((n for n in dir(module) if n.startswith("v") and n[1:].isdigit()), key=lambda n: int(n[1:]))
            if not names:
                raise NarrateError("no variants: define macros v1, v2, ...", path=str(path))
            self._variants[kind] = [(name, getattr(module, name)) for name in names]
        return self._variants[kind]

    def _check_names(self, path: Path) -> None:
        """Refuse a phrase file that reaches for Python's internals (a name
        with an underscore first), reads a value ``f`` never has, or a
        variable that is neither a macro's argument nor set in the file."""
        tree = self.env.parse(path.read_text(encoding="utf-8"), name=path.name, filename=str(path))
        for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
            name = node.attr if isinstance(node, nodes.Getattr) else getattr(node.arg, "value", "")
            if isinstance(name, str) and name.startswith("_"):
                raise NarrateError(f"refused by the sandbox: {name} reaches into Python", path=str(path), place=f"line {node.lineno}")
        for node in tree.find_all(nodes.Getattr):
            if isinstance(node.node, nodes.Name) and node.node.name == "f" and node.attr not in self.known:
                raise NarrateError(f"f.{node.attr} is not a value the phrases get", path=str(path), place=f"line {node.lineno}")
        undeclared = meta.find_undeclared_variables(tree)
        for node in tree.find_all(nodes.Name):
            if node.name in undeclared:
                raise NarrateError(f"{node.name!r} is not defined", path=str(path), place=f"line {node.lineno}")

    def render(self, kind: str, variant: str, values: dict[str, Any]) -> str:
        """Render one variant with the values ``f``."""
        macro = next(macro for name, macro in self.variants(kind) if name == variant)
        try:
            return str(macro(values))
        except SecurityError as error:
            raise NarrateError(f"refused by the sandbox: {error}", path=str(self.folder / f"{kind}.j2")) from None
        except TemplateError as error:
            path = self.folder / f"{kind}.j2"
            line = _template_line(error, path)
            raise NarrateError(f"{error} (variant {variant})", path=str(path), place=line) from None


def choose(count: int, seed: int, *keys: str, avoid: int | None = None) -> int:
    """A variant number from a hash of the seed and keys, never ``avoid``.

    >>> choose(3, 0, "level", "A") == choose(3, 0, "level", "A")
    True
    >>> choose(2, 0, "x", avoid=choose(2, 0, "x")) != choose(2, 0, "x")
    True
    """
    digest = hashlib.sha256(":".join([str(seed), *keys]).encode("utf-8")).digest()
    index = int.from_bytes(digest[:8], "big") % count
    if count > 1 and index == avoid:
        index = (index + 1) % count
    return index


def _template_line(error: Exception, path: Path) -> str | None:
    traceback = error.__traceback__
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == str(path):
            line = f"line {traceback.tb_lineno}"
        traceback = traceback.tb_next
    return line
