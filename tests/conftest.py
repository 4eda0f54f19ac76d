"""Shared paths for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
OUT = ROOT / "out"
LANGUAGES = ("nb", "nn", "en")


def approved(lang: str, name: str) -> Path:
    """An approved article (``name`` under ``out/``) in a language: in
    ``out/`` for bokmål, ``out/<lang>/`` for the others."""
    return (OUT if lang == "nb" else OUT / lang) / name


@pytest.fixture
def write_file(tmp_path):
    """Write a file into a temporary folder and return its path."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
