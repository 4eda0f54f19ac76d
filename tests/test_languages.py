"""Bokmål, nynorsk and English: golden articles, checked numbers, words that
belong to their language (a list of forms each must never use, and a real
dictionary), and the bokmål language suite."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from narrate.check import check, prose_of
from narrate.config import Config
from narrate.explain import explain
from narrate.load import load
from narrate.rules import detect
from narrate.grid import Grid
from narrate.write import write
from tests.conftest import DATA, OUT

TABLES = sorted(p for p in DATA.iterdir() if p.suffix in (".csv", ".json"))
LANGUAGES = ("nb", "nn", "en")
DICTIONARIES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
REVIEWED = {
    "nb": {"prosentpoeng"},
    "nn": {"prosentpoeng", "tolvmånadersveksten"},
    "en": set(),
}
"""Statistics terms the dictionaries lack, reviewed by hand."""

BOKMÅL_FORMS = ["økning", "økningen", "økte", "ikke", "fra", "virksomhetene", "virksomheter", "andelen", "antallet",
                "gikk", "falt", "høyere", "lavere", "høyest", "lavest", "sto", "samme", "omtrent det samme", "tjenester",
                "måneden", "endret", "uendret", "liten", "mye", "sammenligning", "ledigheten", "boligprisene",
                "sysselsettingen", "befolkningen", "personer", "hele landet"]
NORWEGIAN_WORDS = ["og", "i", "av", "på", "prosent", "prosentpoeng", "fra", "frå", "til", "var", "er", "med", "økning",
                   "nedgang", "året", "før", "andelen", "antallet", "det", "som", "hadde", "mot", "kvartal", "måned"]


def out_folder(lang: str) -> Path:
    return OUT if lang == "nb" else OUT / lang


def labels(table) -> set[str]:
    """Every word of the table's labels, and of the words its sidecar gives."""
    meta = table.meta
    texts = [str(label) for dim in meta.dims for label in table.data[dim].unique()]
    texts += [meta.title, meta.unit, meta.source]
    for words in [meta, *[table.meta.in_language(lang) for lang in meta.languages]]:
        texts += [words.subject or "", words.clause or "", words.unit or ""]
        if words.noun:
            texts += [words.noun.singular, words.noun.plural, words.noun.definite_plural]
        for custom in words.categories.values():
            texts += [custom.name or "", custom.clause or "", custom.short or ""]
    return {word.lower() for text in texts for word in re.findall(r"\w+", text)}


def prose_words(markdown: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", prose_of(markdown))


@pytest.mark.parametrize("lang", ["nn", "en"])
@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_golden_articles(path, lang):
    article = write(load(path), Config(lang=lang))
    folder = out_folder(lang)
    assert (folder / f"{path.stem}.md").read_text(encoding="utf-8") == article.markdown
    assert json.loads((folder / ".narrate" / f"{path.stem}.json").read_text(encoding="utf-8")) == explain(article)


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("lang", ["nn", "en"])
@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_every_number_traces_in_every_language(path, lang, seed):
    table = load(path)
    markdown = write(table, Config(lang=lang, seed=seed)).markdown
    report = check(markdown, table)
    assert report.numbers > 0 and report.problems == ()


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_check_catches_a_changed_number_in_nynorsk_and_english(path):
    table = load(path)
    for lang in ("nn", "en"):
        markdown = (out_folder(lang) / f"{path.stem}.md").read_text(encoding="utf-8")
        front, _, body = markdown.partition("\n---\n")
        found = re.search(r"(?<![\d,.])(\d+)(?: prosent| per cent)", body.split("\n\n", 2)[2])
        if found:
            changed = found.group(0).replace(found.group(1), str(int(found.group(1)) + 37))
            wrong = front + "\n---\n" + body.replace(found.group(0), changed)
            assert check(wrong, table).problems, (lang, found.group(0))


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_nynorsk_has_no_bokmål_forms(path):
    table = load(path)
    text = prose_of((OUT / "nn" / f"{path.stem}.md").read_text(encoding="utf-8")).lower()
    own = labels(table)
    for form in BOKMÅL_FORMS:
        if form not in own:
            assert not re.search(rf"(?<!\w){form}(?!\w)", text), form


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_english_has_no_norwegian_words(path):
    table = load(path)
    words = {w.lower() for w in prose_words((OUT / "en" / f"{path.stem}.md").read_text(encoding="utf-8"))}
    own = labels(table) - {"the", "of", "in", "and", "for"}
    assert not {w for w in NORWEGIAN_WORDS if w in words and w not in own}


def unknown_words(words: list[str], dictionary: str) -> set[str]:
    """The words hunspell's dictionary does not know."""
    result = subprocess.run(["hunspell", "-d", dictionary, "-l"], input="\n".join(words), capture_output=True, text=True, check=True)
    return set(result.stdout.split())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_dictionary_is_installed_and_tells_the_forms_apart(lang):
    assert shutil.which("hunspell"), "hunspell is missing: make test installs it (apt-get install hunspell)"
    folder = Path("/usr/share/hunspell")
    assert (folder / f"{DICTIONARIES[lang]}.dic").is_file(), f"the {DICTIONARIES[lang]} dictionary is missing"
    if lang == "nn":
        assert unknown_words(["ikke", "virksomhetene", "fra", "ikkje", "verksemdene", "frå"], "nn_NO") == {"ikke", "virksomhetene", "fra"}
    if lang == "en":
        assert unknown_words(["økning", "increase"], "en_GB") == {"økning"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_every_word_the_phrases_write_is_in_the_dictionary(path, lang):
    table = load(path)
    words = prose_words((out_folder(lang) / f"{path.stem}.md").read_text(encoding="utf-8"))
    unknown = {w for w in unknown_words(words, DICTIONARIES[lang]) if w.lower() not in labels(table)}
    assert unknown <= REVIEWED[lang], sorted(unknown - REVIEWED[lang])


def nb_sentences(path: Path) -> list[str]:
    article = write(load(path))
    return [article.title.text, *(s.text for s in article.sentences())]


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_bokmål_sentence_openings_vary(path):
    openings = [s.split()[0].lower() for s in nb_sentences(path)[1:]]
    assert all(a != b for a, b in zip(openings, openings[1:])), openings


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_bokmål_no_figure_appears_twice(path):
    table = load(path)
    prose = prose_of((OUT / f"{path.stem}.md").read_text(encoding="utf-8")).split("\n\n", 1)[1]
    prose = re.sub(r"\d+\. kvartal", "", prose)
    for word in (table.meta.clause or "").split("{kategori}"):
        prose = prose.replace(word.strip(), "") if word.strip() else prose
    figures = re.findall(r"(?<![\w,])[−-]?\d[\d\u00a0]*(?:,\d+)?(?: prosentpoeng| prosent)?", prose)
    said = [f for f in figures if not re.fullmatch(r"(19|20)\d\d", f)]
    assert len(said) == len(set(said)), sorted(f for f in said if said.count(f) > 1)


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_bokmål_shares_near_round_fractions_are_said_in_words_once(path):
    table = load(path)
    article = write(table)
    near = {fact.subject for fact in detect(Grid.of(table)) if fact.kind == "share_words"}
    levels = [s for s in article.sentences() if {"LV01", "EX01"} & set(s.rules) and {f.subject for f in s.facts} & near]
    if levels:
        prose = prose_of(article.markdown)
        assert re.search(r"halvparten|tredjedel|firedel|av fire|av ti|hver (femte|tiende)", prose), prose


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_bokmål_lists_have_no_comma_before_og_and_sentences_are_short(path):
    for sentence in nb_sentences(path):
        assert len(sentence.split()) <= 35, sentence
        for match in re.finditer(r", og (.*)", sentence):
            assert re.search(r"\bhar\b", match.group(1)), f"a comma before og in a list: {sentence}"


PAGE_BOKMÅL = ["oppdiktede", "tall", "antall", "enhet", "kilde", "millioner", "personer", "ikke"]
PAGE_NORWEGIAN = ["oppdiktede", "tall", "antall", "enhet", "kilde", "tabell", "personer", "kroner", "prosent", "statistisk",
                  "sentralbyrå", "mill", "kr", "ikke", "oppgitt"]


def page_words(markdown: str) -> set[str]:
    """The words of the page around the prose: the table's title, the
    source and unit line and the notes (not the rows, nor the selection,
    which hold the table's own labels)."""
    section = markdown[markdown.index("\n## "):]
    lines = [line for line in section.splitlines() if line and not line.startswith("|") and ":" in line]
    lines = [line for line in lines if not re.match(r"(Utval|Selection):", line)]
    return {word.lower() for line in lines for word in re.findall(r"[^\W\d_]+", line)}


@pytest.mark.parametrize("lang", ["nn", "en"])
@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_the_page_around_the_prose_is_in_the_articles_language(path, lang):
    table = load(path)
    own = {word.lower() for dim in table.meta.dims for label in table.data[dim].unique() for word in re.findall(r"\w+", str(label))}
    words = page_words((out_folder(lang) / f"{path.stem}.md").read_text(encoding="utf-8"))
    forbidden = PAGE_BOKMÅL if lang == "nn" else PAGE_NORWEGIAN
    assert not {w for w in forbidden if w in words and w not in own}
