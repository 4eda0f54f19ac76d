"""Phrase files: Jinja2 templates for writers, run in a sandbox.

``phrases/<lang>/<kind>.j2`` holds the wording of one kind of sentence as
macros ``v1``, ``v2``, ...: the variants. narrate's own phrase sets are
package data (``narrate/phrases/``, which the checkout's top-level
``phrases`` links to), so an installed narrate finds them from any folder. A template gets one object, ``f``,
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
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import TemplateError, TemplateSyntaxError, meta, nodes
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from narrate.errors import NarrateError
from narrate.realise import numbers
from narrate.realise.sandbox import budget, sandbox
from narrate.realise.words import read_words

PHRASES_ROOT = Path(str(resources.files("narrate") / "phrases"))
"""The phrase sets shipped with narrate, one folder per language."""


def phrase_folder(lang: str, root: Path | None = None) -> Path:
    """The folder of a language's phrase set: the one in ``root`` (a
    user's own phrase sets) when it has that language, else narrate's own.

    >>> phrase_folder("nb") == PHRASES_ROOT / "nb"
    True
    >>> phrase_folder("nn", Path("/nonexistent")) == PHRASES_ROOT / "nn"
    True
    """
    if root is not None and (root / lang).is_dir():
        return root / lang
    return PHRASES_ROOT / lang


def languages(root: Path | None = None) -> list[str]:
    """The languages there is a phrase set for: narrate's own, and those a
    user's ``root`` adds.

    >>> languages()
    ['en', 'nb', 'nn']
    """
    roots = [PHRASES_ROOT, *([root] if root is not None and root.is_dir() else [])]
    return sorted({p.name for folder in roots for p in folder.iterdir() if p.is_dir() and (p / "words.toml").is_file()})


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
        env = sandbox(folder)
        lang = folder.name
        try:
            numbers.locale_of(lang)
        except ValueError as error:
            raise NarrateError(f"{error}: name a phrase set by its language's code (sv, se, da)", path=str(folder)) from None
        env.filters.update(
            tall=functools.partial(numbers.tall, lang=lang),
            mengde=numbers.mengde,
            liste=functools.partial(numbers.liste, lang=lang),
            dato=functools.partial(numbers.dato, lang=lang),
        )
        phrases = cls(folder, env, {}, known)
        for kind in phrases.kinds():
            phrases.variants(kind)
        trees = [_parse(env, path) for path in sorted(folder.glob("*.j2"))]
        directions = frozenset(attr for tree in trees for value in ("retning", "rangert", "andre_retning") for attr in _reads_of(tree, value))
        phrases.words = read_words(folder / "words.toml", directions)
        phrases.words.setdefault("språk", lang)
        return phrases

    def kinds(self) -> list[str]:
        """The kinds of sentence this language has phrases for: the phrase
        files of the folder (a link that leads out of it is refused)."""
        root = self.folder.resolve()
        for path in self.folder.glob("*.j2"):
            if not path.resolve().is_relative_to(root):
                raise NarrateError("a link that leads out of the phrase folder", path=str(path))
        return sorted(path.stem for path in self.folder.glob("*.j2"))

    def variants(self, kind: str) -> list[tuple[str, Any]]:
        """The variants of a kind, as ``(name, macro)`` in file order."""
        if kind not in self._variants:
            path = self.folder / f"{kind}.j2"
            try:
                with budget():
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
        tree = _parse(self.env, path)
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
        """Render one variant with the values ``f``; any fault of the
        phrase file is one line naming the file and its line."""
        macro = next(macro for name, macro in self.variants(kind) if name == variant)
        try:
            with budget():
                return str(macro(values))
        except SecurityError as error:
            raise self._fault(kind, f"refused by the sandbox: {error}", error) from None
        except (OverflowError, RecursionError, MemoryError) as error:
            raise self._fault(kind, f"refused by the sandbox: {error or type(error).__name__} (variant {variant})", error) from None
        except TemplateError as error:
            raise self._fault(kind, f"{error} (variant {variant})", error) from None
        except Exception as error:  # noqa: BLE001 - a phrase file's own fault, told as one line
            raise self._fault(kind, f"{type(error).__name__}: {error} (variant {variant})", error) from None

    def _fault(self, kind: str, message: str, error: Exception) -> NarrateError:
        """The error for a fault while rendering ``kind``, at the phrase
        file's line where it happened."""
        path = self.folder / f"{kind}.j2"
        template = self.env.get_template(f"{kind}.j2")
        line = None
        traceback = error.__traceback__
        while traceback is not None:
            if traceback.tb_frame.f_code.co_filename == template.filename:
                line = f"line {template.get_corresponding_lineno(traceback.tb_lineno)}"
            traceback = traceback.tb_next
        return NarrateError(message, path=str(path), place=line)


def _parse(env: SandboxedEnvironment, path: Path) -> nodes.Template:
    """A phrase file's syntax tree, or a one-line error naming its line."""
    try:
        return env.parse(path.read_text(encoding="utf-8"), name=path.name, filename=str(path))
    except TemplateSyntaxError as error:
        raise NarrateError(error.message or "syntax error", path=str(path), place=f"line {error.lineno}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise NarrateError(f"cannot read the phrase file ({error})", path=str(path)) from None


def _reads_of(tree: nodes.Template, value: str) -> set[str]:
    """The words a phrase file reads from one of ``f``'s values: ``verb``
    for ``f.retning.verb``."""
    return {node.attr for node in tree.find_all(nodes.Getattr)
            if isinstance(node.node, nodes.Getattr) and node.node.attr == value
            and isinstance(node.node.node, nodes.Name) and node.node.node.name == "f"}


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
