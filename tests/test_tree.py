"""The tracked tree holds what the README's "The repository" says, and
nothing else: no scratch or benchmark output is ever committed."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.conftest import ROOT


def described() -> list[str]:
    """The paths the README's table under "## The repository" names; a
    folder ends in ``/``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## The repository\n", 1)[1].split("\n## ", 1)[0]
    return [match.group(1) for line in section.splitlines() if (match := re.match(r"\| `([^`]+)` \|", line))]


def tracked() -> list[str]:
    """Every file git tracks in the checkout."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no tracked tree to hold to the README")
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [name for name in listing.decode("utf-8").split("\0") if name]


def outside(files: list[str], layout: list[str]) -> list[str]:
    """The files that are neither a described file nor inside a described folder.

    >>> outside(["src/narrate/a.py", "tmp1/a.md", "Makefile"], ["src/narrate/", "Makefile"])
    ['tmp1/a.md']
    """
    folders = tuple(path for path in layout if path.endswith("/"))
    return [name for name in files if name not in layout and not name.startswith(folders)]


def test_the_readme_describes_the_layout():
    layout = described()
    assert {"src/narrate/", "phrases", "data/", "out/", "tests/", "pyproject.toml"} <= set(layout)


def test_every_tracked_file_lies_inside_the_layout_the_readme_describes():
    assert outside(tracked(), described()) == []


def test_every_path_the_readme_describes_exists():
    assert [path for path in described() if not (ROOT / path).exists()] == []


def test_the_top_level_phrases_is_the_packaged_folder():
    assert (ROOT / "phrases").is_symlink()
    assert (ROOT / "phrases").resolve() == (ROOT / "src" / "narrate" / "phrases").resolve()
