"""Read a table file's bytes as text: UTF-8 (with or without BOM) or Latin-1.

>>> decode(b"\\xef\\xbb\\xbfAlder;2016", "t.csv")
'Alder;2016'
>>> decode("Ås".encode("latin-1"), "t.csv")
'Ås'
"""

from __future__ import annotations

import re

from pathlib import Path

from narrate.errors import NarrateError


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_UNSAYABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufdd0-\ufdef\ufffe\uffff]+")
_SPACES = re.compile(r"\s+")


def clean_label(text: str) -> str:
    """A label as one line of text that every output can hold: control
    characters (C0, DEL, C1), line and paragraph separators and
    noncharacters become a space, and runs of spaces one.

    >>> clean_label("Oslo\\nsentrum"), clean_label("A\\x85B\\u2028C\\ufffe "), clean_label("Ås")
    ('Oslo sentrum', 'A B C', 'Ås')
    """
    return _SPACES.sub(" ", _UNSAYABLE.sub(" ", text)).strip()


def read_text(path: Path) -> str:
    """The text of ``path``, or a :class:`NarrateError` saying why not."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NarrateError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise NarrateError("is a folder, not a table file", path=str(path)) from None
    except OSError as error:
        raise NarrateError(f"cannot read the file ({error.strerror})", path=str(path)) from None
    return decode(data, str(path))


def decode(data: bytes, name: str) -> str:
    """Decode a table file, refusing empty and binary files."""
    if not data.strip():
        raise NarrateError("the file is empty", path=name)
    if b"\x00" in data:
        raise NarrateError("not a text file (it holds NUL bytes)", path=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if _CONTROL.search(text):
        raise NarrateError("not a text file (it holds control characters)", path=name)
    return text
