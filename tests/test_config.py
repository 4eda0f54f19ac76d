"""narrate.toml: thresholds, rules switched off, length, seed and language,
and one-line errors for anything else."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from narrate.cli import main
from narrate.config import Config, find_config, read_config
from narrate.errors import NarrateError
from narrate.load import load
from narrate.write import facts_of, write
from tests.conftest import DATA

SEED_TABLE = DATA / "ikt-staten-2016.csv"


def test_a_full_file_is_read(write_file):
    path = write_file("narrate.toml", 'lang = "nb"\nseed = 3\nmax_words = 120\n[rules]\noff = ["TR01"]\n[rules.CH01]\nmin_pp = 3\n')
    config = read_config(path)
    assert (config.lang, config.seed, config.max_words, config.off) == ("nb", 3, 120, frozenset({"TR01"}))
    assert config.threshold("CH01", "min_pp") == 3 and config.threshold("CH01", "min_pct") == 1.0


def test_the_config_is_frozen(write_file):
    config = read_config(write_file("narrate.toml", "[rules.CH01]\nmin_pp = 3\n"))
    with pytest.raises(AttributeError):
        config.seed = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        config.rules["CH01"]["min_pp"] = 1  # type: ignore[index]


def test_found_in_the_current_folder(tmp_path):
    (tmp_path / "narrate.toml").write_text("seed = 4\n", encoding="utf-8")
    assert find_config(None, tmp_path).seed == 4
    assert find_config(None, tmp_path / "elsewhere") == Config()


@pytest.mark.parametrize("text, message", [
    ("sed = 1\n", "key 'sed': unknown key; allowed: lang, max_words, phrases, rules, seed"),
    ('seed = "1"\n', "key 'seed': must be a whole number, not '1'"),
    ("max_words = 0\n", "key 'max_words': must be more than 0"),
    ('lang = "se"\n', "key 'lang': unknown language 'se'; allowed: en, nb, nn"),
    ("[rules.CH09]\nx = 1\n", "key 'rules.CH09': unknown key; allowed: CH01, CH02, CH03, CH04, EX01, EX02, GR01, LV01, SH01, TO01, TR01, off"),
    ("[rules.CH01]\nmin_p = 1\n", "key 'rules.CH01.min_p': CH01 has no threshold 'min_p'; allowed: min_pct, min_pp"),
    ('[rules.CH01]\nmin_pp = "to"\n', "key 'rules.CH01.min_pp': must be a number of at least 0, not 'to'"),
    ("[rules.CH01]\nmin_pp = -1\n", "key 'rules.CH01.min_pp': must be a number of at least 0, not -1"),
    ("[rules.EX02]\nmin_pct = 0\n", "key 'rules.EX02.min_pct': must be a number greater than 0, not 0"),
    ("[rules.CH01]\nmin_pp = true\n", "key 'rules.CH01.min_pp': must be a number of at least 0, not True"),
    ('[rules]\noff = ["XX01"]\n', "key 'rules.off': unknown rule 'XX01'; allowed: CH01, CH02, CH03, CH04, EX01, EX02, GR01, LV01, SH01, TO01, TR01"),
    ("[rules]\noff = \"CH01\"\n", "key 'rules.off': must be a list of rule codes, not 'CH01'"),
])
def test_bad_keys_and_values_name_file_key_and_allowed_values(write_file, text, message):
    path = write_file("narrate.toml", text)
    with pytest.raises(NarrateError) as caught:
        read_config(path)
    assert caught.value.line() == f"{path}, {message}"


def test_broken_toml_is_one_line(write_file):
    path = write_file("narrate.toml", "[rules\n")
    result = CliRunner().invoke(main, ["rules", "--config", str(path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"narrate: {path}: not valid TOML: ") and result.output.count("\n") == 1


def test_a_threshold_changes_the_facts(write_file):
    table = load(SEED_TABLE)
    strict = read_config(write_file("narrate.toml", "[rules.CH01]\nmin_pp = 6\n"))
    default_changes = [f.subject for f in facts_of(table) if f.rule == "CH01"]
    strict_changes = [f.subject for f in facts_of(table, strict) if f.rule == "CH01"]
    assert len(strict_changes) < len(default_changes)
    assert all(abs(f.values["diff"]) >= 6 for f in facts_of(table, strict) if f.rule == "CH01")


def test_rules_switched_off_find_nothing(write_file):
    table = load(DATA / "kpi-indeks.csv")
    config = read_config(write_file("narrate.toml", '[rules]\noff = ["TR01"]\n'))
    assert any(f.rule == "TR01" for f in facts_of(table))
    assert not any(f.rule == "TR01" for f in facts_of(table, config))
    assert "på rad" in write(table).markdown and "på rad" not in write(table, config).markdown


def test_length_budget_and_seed_come_from_the_file(write_file, tmp_path):
    path = write_file("narrate.toml", "max_words = 80\nseed = 3\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", str(SEED_TABLE), "--out", str(out), "--config", str(path)])
    assert result.exit_code == 0, result.output
    assert (out / "ikt-staten-2016.md").read_text(encoding="utf-8") == write(load(SEED_TABLE), read_config(path)).markdown
    assert write(load(SEED_TABLE), read_config(path)).words() <= 80
