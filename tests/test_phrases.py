"""Phrase files are user input: loaded in a sandbox, checked, errors named."""

from __future__ import annotations

import shutil

import pytest

from narrate.errors import NarrateError
from narrate.realise.phrases import PHRASES_ROOT, Phrases, choose


@pytest.fixture
def phrase_folder(tmp_path):
    folder = tmp_path / "nb"
    shutil.copytree(PHRASES_ROOT / "nb", folder)
    return folder


def test_every_kind_has_two_variants_or_more_except_the_title():
    phrases = Phrases.load(PHRASES_ROOT / "nb")
    for kind in phrases.kinds():
        if kind != "title":
            assert len(phrases.variants(kind)) >= 2, kind


def test_syntax_error_names_file_and_line(phrase_folder):
    (phrase_folder / "level.j2").write_text("{% macro v1(f) -%}\n{{ f.verdi }\n{%- endmacro %}\n", encoding="utf-8")
    with pytest.raises(NarrateError) as caught:
        Phrases.load(phrase_folder)
    assert caught.value.line().startswith(f"{phrase_folder / 'level.j2'}, line 2:")


def test_unknown_value_names_the_file(phrase_folder):
    (phrase_folder / "level.j2").write_text("{% macro v1(f) -%}\n{{ f.nothing_here }}\n{%- endmacro %}\n", encoding="utf-8")
    phrases = Phrases.load(phrase_folder)
    with pytest.raises(NarrateError) as caught:
        phrases.render("level", "v1", {"verdi": 1})
    assert str(phrase_folder / "level.j2") in caught.value.line()
    assert "nothing_here" in caught.value.line()


def test_sandbox_refuses_python_internals(phrase_folder):
    (phrase_folder / "level.j2").write_text(
        "{% macro v1(f) -%}\n{{ f.__class__.__mro__[1].__subclasses__() }}\n{%- endmacro %}\n", encoding="utf-8"
    )
    phrases = Phrases.load(phrase_folder)
    with pytest.raises(NarrateError) as caught:
        phrases.render("level", "v1", {})
    assert str(phrase_folder / "level.j2") in caught.value.line()


def test_variant_choice_is_stable_and_seeded():
    picks = {choose(4, seed, "level", "Oslo") for seed in range(20)}
    assert choose(4, 7, "level", "Oslo") == choose(4, 7, "level", "Oslo")
    assert len(picks) > 1
