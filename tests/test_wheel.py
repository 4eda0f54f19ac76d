"""narrate as users install it: a wheel built from the checkout, installed
(not editable) into a new virtual environment, run from a folder outside
the checkout.

The wheel must carry every phrase file and the words of every language;
the installed command writes, checks and explains an article in each.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from narrate.realise.phrases import PHRASES_ROOT
from tests.conftest import DATA, ROOT

LANGUAGES = ("nb", "nn", "en")
TABLE = "ikt-staten-2016"


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel pip builds from a copy of the checkout's sources (a build
    in the checkout itself would reuse what an earlier build left in
    ``build/``)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    folder = tmp_path_factory.mktemp("dist")
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(folder), str(source)], folder)
    assert built.returncode == 0, built.stderr
    (path,) = folder.glob("narrate-*.whl")
    return path


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a new virtual environment with the wheel installed."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    bin_folder = home / "bin"
    done = _run([str(bin_folder / "python"), "-m", "pip", "install", "--quiet", str(wheel)], home)
    assert done.returncode == 0, done.stderr
    return bin_folder


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder outside the checkout with a real SSB table and its sidecar."""
    folder = tmp_path_factory.mktemp("work")
    assert not folder.resolve().is_relative_to(ROOT)
    for suffix in (".csv", ".toml"):
        shutil.copy(DATA / f"{TABLE}{suffix}", folder)
    return folder


def test_the_wheel_holds_every_phrase_file_and_the_words_of_every_language(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(path.relative_to(PHRASES_ROOT.parent.parent).as_posix()
                     for path in PHRASES_ROOT.rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    assert {f"narrate/phrases/{lang}/words.toml" for lang in LANGUAGES} <= set(shipped)
    assert [name for name in shipped if name not in names] == []


def test_the_installed_narrate_is_the_wheel_not_the_checkout(installed, elsewhere):
    found = _run([str(installed / "python"), "-c", "import narrate; print(narrate.__file__)"], elsewhere)
    assert found.returncode == 0, found.stderr
    assert not Path(found.stdout.strip()).resolve().is_relative_to(ROOT)
    version = _run([str(installed / "narrate"), "--version"], elsewhere)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("narrate, version ")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_installed_command_writes_checks_and_explains_an_article(installed, elsewhere, lang):
    out = elsewhere / f"out-{lang}"
    written = _run([str(installed / "narrate"), "write", f"{TABLE}.csv", "--lang", lang, "--out", str(out)], elsewhere)
    assert written.returncode == 0, written.stderr
    article = (out / f"{TABLE}.md").read_text(encoding="utf-8")
    assert f"lang: {lang}\n" in article
    checked = _run([str(installed / "narrate"), "check", f"{TABLE}.csv", str(out / f"{TABLE}.md")], elsewhere)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "each traced to" in checked.stdout
    explained = _run([str(installed / "narrate"), "explain", f"{TABLE}.csv", "--lang", lang], elsewhere)
    assert explained.returncode == 0, explained.stderr
    assert f"{lang}/title.j2" in explained.stdout


def test_the_installed_library_writes_from_a_dataframe(installed, elsewhere):
    script = (
        "import pandas as pd, narrate\n"
        "frame = pd.DataFrame({'år': ['2022', '2023'], 'personer': [1200, 1250]})\n"
        "table = narrate.load(frame, value='personer', title='Befolkning')\n"
        "for lang in ('nb', 'nn', 'en'):\n"
        "    print(narrate.write(table, lang=lang).title.text)\n"
    )
    done = _run([str(installed / "python"), "-c", script], elsewhere)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Antallet opp 4,2 prosent i 2023", "Talet opp 4,2 prosent i 2023", "Number up 4.2 per cent in 2023"]
