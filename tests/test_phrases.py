"""Phrase files are user input: loaded in a sandbox, checked, errors named."""

from __future__ import annotations

import shutil

import pytest

from click.testing import CliRunner

from narrate.cli import main
from narrate.errors import NarrateError
from narrate.grid import Grid
from narrate.load import load
from narrate.plan import make_plan
from narrate.realise.context import VALUE_NAMES, message_values
from narrate.realise.phrases import PHRASES_ROOT, Phrases, choose
from narrate.rules import detect
from tests.conftest import DATA


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


def test_an_unknown_value_is_refused_when_the_phrases_load(phrase_folder):
    (phrase_folder / "change.j2").write_text("{% macro v1(f) -%}\n{{ f.verdi }}\n{{ f.nothing_here }}\n{%- endmacro %}\n", encoding="utf-8")
    with pytest.raises(NarrateError) as caught:
        Phrases.load(phrase_folder, VALUE_NAMES)
    assert caught.value.line() == f"{phrase_folder / 'change.j2'}, line 3: f.nothing_here is not a value the phrases get"


def test_an_undefined_variable_is_refused_when_the_phrases_load(phrase_folder):
    (phrase_folder / "stable.j2").write_text("{% macro v1(f) -%}\n{{ f.verdi }} {{ andel }}\n{%- endmacro %}\n", encoding="utf-8")
    with pytest.raises(NarrateError) as caught:
        Phrases.load(phrase_folder, VALUE_NAMES)
    assert caught.value.line() == f"{phrase_folder / 'stable.j2'}, line 2: 'andel' is not defined"


def test_every_value_a_message_gets_is_declared():
    phrases = Phrases.load(PHRASES_ROOT / "nb", VALUE_NAMES)
    for path in sorted(DATA.glob("*.csv")) + sorted(DATA.glob("*.json")):
        grid = Grid.of(load(path))
        plan = make_plan(detect(grid), grid)
        for message in [plan.title, *plan.ingress, *(m for p in plan.paragraphs for m in p)]:
            assert set(message_values(message, grid, phrases.words)) <= VALUE_NAMES, path.name


@pytest.mark.parametrize("broken, message", [
    ("{% macro v1(f) -%}\n{{ f.verdi }\n{%- endmacro %}\n", "line 2: unexpected '}'"),
    ("{% macro v1(f) -%}\n{{ f.verdi | ukjent }}\n{%- endmacro %}\n", "line 2: No filter named 'ukjent'."),
    ("{% macro v1(f) -%}\n{{ f.retning.__class__ }}\n{%- endmacro %}\n", "line 2: refused by the sandbox: __class__ reaches into Python"),
])
def test_cli_refuses_broken_phrases_before_writing_anything(tmp_path, broken, message):
    root = tmp_path / "phrases"
    shutil.copytree(PHRASES_ROOT / "nb", root / "nb")
    (root / "nb" / "level.j2").write_text(broken, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", str(DATA), "--out", str(out), "--phrases", str(root)])
    assert result.exit_code == 1
    assert result.output == f"narrate: {root / 'nb' / 'level.j2'}, {message}\n"
    assert not out.exists()
