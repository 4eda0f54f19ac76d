"""The Python API as a notebook uses it: load a DataFrame with its
metadata, write in any language, show the article."""

from __future__ import annotations

import inspect

import pandas as pd
import pytest
from IPython.core.formatters import DisplayFormatter

import narrate
from narrate.errors import NarrateError
from tests.conftest import DATA

# SSB table 07459, the population on 1 January (persons).
POPULATION = pd.DataFrame({"år": ["2022", "2023"], "personer": [5_425_270, 5_488_984]})


def test_load_takes_every_key_a_sidecar_takes():
    table = narrate.load(
        POPULATION, value="personer", title="Befolkning", unit="personer", source="Statistisk sentralbyrå, tabell 07459",
        measure="count", time="år", subject="folketallet", decimals=0,
        noun={"singular": "person", "plural": "personer", "definite_plural": "personene"},
        lang={"nn": {"subject": "folketalet"}},
    )
    meta = table.meta
    assert (meta.title, meta.unit, meta.source, meta.measure, meta.subject) == (
        "Befolkning", "personer", "Statistisk sentralbyrå, tabell 07459", "count", "folketallet")
    assert meta.noun.definite_plural == "personene"
    assert meta.languages["nn"]["subject"] == "folketalet"
    assert narrate.write(table, lang="nn").ingress[0].text.startswith("I 2023 var folketalet 5\xa0488\xa0984")


def test_a_dataframe_value_column_may_have_any_name():
    table = narrate.load(POPULATION, value="personer")
    assert table.data["value"].tolist() == [5_425_270.0, 5_488_984.0]
    with pytest.raises(NarrateError, match=r"^tabell: the DataFrame has no column 'folk'; it has år, personer$"):
        narrate.load(POPULATION, value="folk")
    with pytest.raises(NarrateError, match="name its column of numbers with value="):
        narrate.load(POPULATION)


def test_load_refuses_what_a_sidecar_would_refuse():
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'colour'; allowed: name, value, sidecar, title"):
        narrate.load(POPULATION, value="personer", colour="red")
    with pytest.raises(NarrateError, match=r"^the keywords, key 'decimals': must be a whole number$"):
        narrate.load(POPULATION, value="personer", decimals="to")
    with pytest.raises(TypeError, match="value= for a DataFrame only"):
        narrate.load(DATA / "kpi-jae.csv", value="verdi")


@pytest.mark.parametrize("lang, source_word", [("nb", "Kilde"), ("nn", "Kjelde"), ("en", "Source")])
def test_a_table_without_a_source_is_credited_to_no_one(lang, source_word, write_file):
    path = write_file("uten-kilde.csv", "år,verdi\n2022,41\n2023,48\n")
    markdown = narrate.write(narrate.load(path), lang=lang).markdown
    assert "\nsource:" not in markdown
    assert source_word not in markdown
    assert "Statistisk sentralbyrå" not in markdown and "Statistics Norway" not in markdown
    cited = narrate.write(narrate.load(path, source="Eurostat"), lang=lang).markdown
    assert '\nsource: "Eurostat"\n' in cited
    assert f"{source_word}: Eurostat." in cited


def test_write_takes_language_seed_length_and_a_configuration_file(tmp_path):
    table = narrate.load(DATA / "ikt-staten-2016.csv")
    config = tmp_path / "narrate.toml"
    config.write_text("[rules]\noff = [\"SH01\"]\n", encoding="utf-8")
    assert narrate.write(table, lang="nn").lang == "nn"
    assert narrate.write(table, seed=3).markdown == narrate.write(table, config=narrate.Config(seed=3)).markdown
    short = narrate.write(table, max_words=40)
    assert short.words() <= 40 < narrate.write(table).words()
    off = narrate.write(table, config=str(config))
    assert all("SH01" not in sentence.rules for sentence in off.sentences())
    with pytest.raises(NarrateError, match=r"^lang: unknown language 'se'; allowed: en, nb, nn$"):
        narrate.write(table, lang="se")
    with pytest.raises(NarrateError, match=r"^max_words: must be a whole number more than 0, not 0$"):
        narrate.write(table, max_words=0)


def test_help_documents_every_argument_with_an_example():
    for function in (narrate.load, narrate.write):
        doc = inspect.getdoc(function)
        assert ">>> " in doc
        for name in inspect.signature(function).parameters:
            if name != "meta":
                assert f"``{name}``" in doc, f"{function.__name__} does not document {name}"


def test_a_notebook_shows_the_article_as_markdown_and_html():
    article = narrate.write(narrate.load(DATA / "ikt-staten-2016.csv"))
    shown, _ = DisplayFormatter().format(article)
    assert shown["text/plain"] == "<Article nb: 'Flere virksomheter etablerer nye tjenester', 9 sentences>"
    assert shown["text/markdown"].startswith("# Flere virksomheter etablerer nye tjenester\n\n55 prosent av virksomhetene")
    assert "---" not in shown["text/markdown"].split("\n## ")[0]
    html = shown["text/html"]
    assert html.startswith('<h1 id="flere-virksomheter-etablerer-nye-tjenester">Flere virksomheter etablerer nye tjenester</h1>')
    assert "<table>" in html and "<p>55 prosent av virksomhetene" in html
