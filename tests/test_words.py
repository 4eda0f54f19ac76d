"""words.toml is checked when it loads, and a user's phrase folder
overrides narrate's own languages and may add one."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrate.cli import main
from narrate.errors import NarrateError
from narrate.realise.words import check_words
from narrate.realise.phrases import PHRASES_ROOT, languages, phrase_folder
from tests.conftest import DATA

TABLE = str(DATA / "ikt-staten-2016.csv")


def user_phrases(tmp_path: Path, lang: str = "nb", edit: tuple[str, str] | None = None) -> Path:
    """A copy of narrate's phrase set for ``lang`` in a folder of the user's,
    with one text of its words.toml replaced."""
    root = tmp_path / "phrases"
    shutil.copytree(PHRASES_ROOT / "nb", root / lang)
    if edit:
        words = root / lang / "words.toml"
        text = words.read_text(encoding="utf-8")
        assert edit[0] in text
        words.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    return root


@pytest.mark.parametrize("edit, message", [
    (('year = "året før"', 'yaer = "året før"'), "key 'periode.year': missing (is 'periode.yaer' a misspelling?)"),
    (('[side]', '[sider]'), "key 'side': missing (is 'sider' a misspelling?)"),
    (('verb_pris = "steg"', 'verb_prs = "steg"'), "key 'retning.opp.verb_pris': missing (is 'retning.opp.verb_prs' a misspelling?)"),
    (('overskrift = "Tabell"', 'overskrift = "Tabell"\nfotnote = "x"'),
     "key 'tabell.fotnote': unknown key; no part of narrate reads it (allowed: overskrift, utvalg, kilde, enhet, "
     "enhet_ukjent, symboler, foreløpig, mangler, celle, tom, andre, siste, enheter, kilder, avslørt, avslørte, symbol)"),
    (('"1/2" = "halvparten av {bestemt}"', '"1/2" = 2'), "key 'brøk.1/2': must be text"),
    (('"måned" = ["januar", ', '"måned" = ['), "key 'måned': must be a list of 12 words"),
    (('kvartal = "{n}. kvartal {år}"', 'kvartal = "{n}. kvartal {aar}"'),
     "key 'periode.kvartal': placeholder {aar} is not one narrate fills (allowed: {n}, {år})"),
    (('i = "i {periode}"', 'i = "i {periode.__class__}"'),
     "key 'periode.i': placeholder {periode.__class__} is not one narrate fills (allowed: {periode})"),
    (('i = "i {periode}"', 'i = "i {periode"'),
     "key 'periode.i': expected '}' before end of string (placeholders allowed: {periode})"),
    (('"på_rad" = "for {ordenstall} {enhet} på rad"', '"på_rad" = 3'), "key 'på_rad': must be text"),
])
def test_words_are_checked_before_any_article_is_written(tmp_path, edit, message):
    root = user_phrases(tmp_path, edit=edit)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", TABLE, "--out", str(out), "--phrases", str(root)])
    assert result.exit_code == 1
    assert result.output == f"narrate: {root / 'nb' / 'words.toml'}, {message}\n"
    assert not out.exists()


def test_a_table_of_words_given_as_one_word_is_refused():
    words = tomllib.loads((PHRASES_ROOT / "nb" / "words.toml").read_text(encoding="utf-8"))
    words["side"] = "høyere"
    with pytest.raises(NarrateError, match=r"^words.toml, key 'side': must be a table$"):
        check_words(words, "words.toml", frozenset())


def test_words_that_are_not_toml_are_one_line(tmp_path):
    root = user_phrases(tmp_path, edit=("[side]", "[side"))
    result = CliRunner().invoke(main, ["write", TABLE, "--out", str(tmp_path / "out"), "--phrases", str(root)])
    assert result.exit_code == 1
    assert result.output.startswith(f"narrate: {root / 'nb' / 'words.toml'}: cannot read the words (")
    assert result.output.count("\n") == 1


def test_every_shipped_language_has_every_word_narrate_reads():
    for lang in ("nb", "nn", "en"):
        words = tomllib.loads((PHRASES_ROOT / lang / "words.toml").read_text(encoding="utf-8"))
        assert "kilde_ukjent" not in words["tabell"], "a table without a source is credited to no one"
    assert languages() == ["en", "nb", "nn"]


def test_a_users_phrase_folder_overrides_a_language_and_leaves_the_others(tmp_path):
    root = user_phrases(tmp_path, edit=('[retning.opp]\nfinitt = "økte"', '[retning.opp]\nfinitt = "økte"'))
    (root / "nb" / "title.j2").write_text(
        "{% macro v1(f) -%}\nEgen tittel\n{%- endmacro %}\n", encoding="utf-8")
    assert phrase_folder("nb", root) == root / "nb"
    assert phrase_folder("nn", root) == PHRASES_ROOT / "nn"
    out = tmp_path / "out"
    for lang in ("nb", "nn"):
        result = CliRunner().invoke(main, ["write", TABLE, "--out", str(out / lang), "--phrases", str(root), "--lang", lang])
        assert result.exit_code == 0, result.output
    assert "# Egen tittel\n" in (out / "nb" / "ikt-staten-2016.md").read_text(encoding="utf-8")
    assert "# Egen tittel\n" not in (out / "nn" / "ikt-staten-2016.md").read_text(encoding="utf-8")


def test_a_users_phrase_folder_may_add_a_language(tmp_path, monkeypatch):
    root = user_phrases(tmp_path, lang="se")
    assert languages(root) == ["en", "nb", "nn", "se"]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "narrate.toml").write_text('phrases = "phrases"\nlang = "se"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["write", TABLE, "--out", "out"])
    assert result.exit_code == 0, result.output
    assert "lang: se\n" in (tmp_path / "out" / "ikt-staten-2016.md").read_text(encoding="utf-8")
    (tmp_path / "narrate.toml").unlink()
    result = CliRunner().invoke(main, ["write", TABLE, "--out", "out2", "--lang", "se", "--phrases", "phrases"])
    assert result.exit_code == 0, result.output


def test_a_phrase_set_not_named_by_a_language_is_one_line(tmp_path):
    root = user_phrases(tmp_path, lang="bokmaal")
    result = CliRunner().invoke(main, ["write", TABLE, "--out", str(tmp_path / "out"), "--phrases", str(root),
                                       "--lang", "bokmaal"])
    assert result.exit_code == 1
    assert result.output.startswith(f"narrate: {root / 'bokmaal'}: 'bokmaal' is not a language Babel knows (")
    assert result.output.endswith("): name a phrase set by its language's code (sv, se, da)\n")
    assert not (tmp_path / "out").exists()


def test_an_unknown_language_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["write", TABLE, "--out", str(tmp_path), "--lang", "se"])
    assert result.exit_code == 2
    assert "Invalid value for '--lang': 'se' is not one of en, nb, nn" in result.output
