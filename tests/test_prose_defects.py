"""No approved article has a sentence with a missing piece: a dangling
preposition, an empty period, a doubled word, a subjectless opening, or a
decimal its measure does not have."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrate.check import language_of
from tests.conftest import OUT
from tests.prose import article_defects

ARTICLES = sorted(path for path in OUT.rglob("*.md") if ".narrate" not in path.parts)


@pytest.mark.parametrize("path", ARTICLES, ids=[str(path.relative_to(OUT)) for path in ARTICLES])
def test_no_approved_sentence_has_a_missing_or_doubled_piece(path: Path):
    markdown = path.read_text(encoding="utf-8")
    assert article_defects(markdown, language_of(markdown)) == []
