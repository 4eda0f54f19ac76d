"""Real SSB tables as they are published (data/real/, no sidecar): each
shape loads, and the article reads it as an SSB writer would."""

from __future__ import annotations

import json
import re

import pandas as pd

import pytest

import narrate
from narrate.check import check
from narrate.errors import NarrateError
from narrate.load.jsonstat import read_jsonstat_text
from narrate.periods import follows, parse_period
from tests.conftest import DATA
from tests.prose import article_defects

REAL = DATA / "real"
TABLES = sorted(path for path in REAL.iterdir() if path.suffix in (".csv", ".json"))


def test_the_real_tables_have_no_sidecar():
    assert len(TABLES) >= 8
    assert not list(REAL.glob("*.toml"))


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("path", TABLES, ids=[path.stem for path in TABLES])
def test_every_real_table_writes_an_article_that_check_passes(path, lang):
    table = narrate.load(path)
    article = narrate.write(table, lang=lang)
    assert article.title.text and article.ingress
    assert check(article.markdown, table).problems == ()


def test_a_jsonstat_1_bundle_loads_with_each_measure_in_its_own_unit():
    table = narrate.load(REAL / "ssb-1120-laks-eksport-jsonstat1.json")
    data = table.data
    assert table.meta.dims == ("commodity group", "time", "contents")
    assert len(data) == 8 and table.meta.source == "Statistics Norway"
    units = dict(zip(data["contents"], data["unit"]))
    assert units == {"Weight (tonnes)": "tonnes", "Price per kilo (NOK)": "NOK"}
    assert table.meta.fixed == {"contents": "Weight (tonnes)"} and table.meta.decimals == 0


def test_a_large_jsonstat_1_bundle_loads_every_cell():
    table = narrate.load(REAL / "ssb-29843-produksjonsindeks-jsonstat1.json")
    assert len(table.data) == 20 * 6 * 312
    assert table.meta.time == "time" and table.periods()[-1] == "2015M12"
    assert table.meta.fixed["contents"] == "Seasonally adjusted"


def test_a_jsonstat_1_bundle_of_two_datasets_is_one_line():
    one = json.loads((REAL / "ssb-1120-laks-eksport-jsonstat1.json").read_text(encoding="utf-8"))["dataset"]
    with pytest.raises(NarrateError, match=r"^t.json: not a JSON-stat dataset, nor a bundle of one \(datasets: a, b\)$"):
        read_jsonstat_text(json.dumps({"a": one, "b": one}), "t.json")


def test_an_older_export_with_a_decimal_point_and_footnotes_loads():
    table = narrate.load(REAL / "ssb-03014-kpi-hovedgrupper-1979-2016-statbank.csv")
    assert table.meta.title == "Konsumprisindeks, etter konsumgruppe, tid og statistikkvariabel"
    assert len(table.categories()) == 12 and len(table.periods()) == 38
    assert not any(label.startswith(("F.o.m.", "2015=100")) for label in table.categories())
    food = table.data[(table.data["kategori"] == "Matvarer og alkoholfrie drikkevarer") & (table.data["tid"] == "1979")]
    assert food["value"].tolist() == [27.5]
    assert table.meta.measure == "index" and table.meta.decimals == 1


def test_weeks_are_periods_that_follow_each_other_across_the_new_year():
    assert parse_period("2014U31").end == (2014, 31)
    assert follows(parse_period("2014U30"), parse_period("2014U31"))
    assert follows(parse_period("2015U53"), parse_period("2016U01"))
    assert not follows(parse_period("2014U52"), parse_period("2015U02"))
    assert parse_period("2014U54") is None


@pytest.mark.parametrize("lang, week, before", [
    ("nb", "i uke 31 2014", "fra uken før"), ("nn", "i veke 31 2014", "frå veka før"), ("en", "in week 31 of 2014", "from the previous week"),
])
def test_a_weekly_table_names_its_weeks(lang, week, before):
    markdown = narrate.write(narrate.load(REAL / "ssb-1120-laks-eksport-jsonstat1.json"), lang=lang).markdown
    assert week in markdown and before in markdown
    assert "2014U31" not in markdown.split("## ")[0]


def test_a_table_of_two_change_horizons_leads_with_the_twelve_month_change():
    table = narrate.load(REAL / "ssb-kpi-jae-export.csv")
    assert table.meta.fixed == {"statistikkvariabel": "12-måneders endring (prosent)"}
    article = narrate.write(table)
    assert article.title.text == "KPI-JAE opp 2,2 prosent"
    assert article.ingress[0].text == "KPI-JAE steg 2,2 prosent siste tolv måneder."
    prose = " ".join(sentence.text for sentence in article.sentences())
    assert "tolvmånedersveksten" in prose and "fra fra" not in prose and "KPI-JAE Transport" not in prose


def test_a_monthly_change_is_compared_with_the_same_period_a_year_before():
    table = narrate.load(REAL / "ssb-kpi-jae-export.csv", fixed={"statistikkvariabel": "Månedsendring (prosent)"})
    prose = " ".join(sentence.text for sentence in narrate.write(table).sentences())
    assert "samme periode året før" in prose and "fra fra" not in prose
    assert "månedsendringen" in prose


def test_a_table_without_time_says_no_period():
    table = narrate.load(REAL / "ssb-ledige-stillinger-naring-pivot.csv")
    assert table.meta.time is None and table.meta.decimals == 0
    article = narrate.write(table)
    assert article.ingress[0].text.startswith("Høyest var antallet ledige stillinger innen varehandel, motorvognreparasjonar, med 19\xa0500")
    for sentence in article.sentences():
        assert not sentence.text.endswith((" i.", " in.")) and ",0" not in sentence.text


def test_a_table_of_kommuner_without_a_total_leads_with_the_largest():
    article = narrate.write(narrate.load(REAL / "ssb-07459-befolkning-kommune-2022-jsonstat2.json"))
    assert "Oslo" in article.title.text and "699\xa0827" in article.ingress[0].text


SIDECARED = sorted(path for path in DATA.iterdir() if path.suffix in (".csv", ".json") and path.with_suffix(".toml").exists())


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("path", [*TABLES, *SIDECARED], ids=[path.stem for path in [*TABLES, *SIDECARED]])
def test_every_table_reads_true_without_a_sidecar(path, lang):
    table = narrate.load(path, sidecar=False)
    markdown = narrate.write(table, lang=lang).markdown
    assert check(markdown, table).problems == ()
    assert article_defects(markdown, lang) == []


def refused(table, lang: str, sentence: str) -> list[str]:
    """What check finds wrong in an article whose prose is one sentence."""
    markdown = f"---\nlang: {lang}\n---\n\n# Tittel\n\n{sentence}\n"
    return [problem.why for problem in check(markdown, table).problems]


def test_check_refuses_a_change_told_across_two_horizons():
    table = narrate.load(REAL / "ssb-kpi-jae-export.csv")
    prose = " ".join(sentence.text for sentence in narrate.write(table).sentences())
    assert "fra 0,0 til 3,6" not in prose and "fra −2,1 til 1,4" not in prose
    assert refused(table, "nb", "For transport økte tolvmånedersveksten fra 0,0 til 3,6 prosent.")
    assert refused(table, "nb", "For transport økte tolvmånedersveksten fra 1,4 til 3,6 prosent.") == []


def test_check_refuses_one_measure_ranked_with_the_figures_of_another():
    table = narrate.load(REAL / "ssb-ledige-stillinger-naring-pivot.csv")
    assert refused(table, "nb", "Lavest var antallet ledige stillinger innen industri, med 2,5.")
    assert refused(table, "nb", "Høyest var antallet ledige stillinger innen varehandel, motorvognreparasjonar, med 19\u00a0500.") == []


def test_one_period_label_that_is_a_span_does_not_make_a_table_of_levels_a_table_of_changes():
    # The shape of a quarterly table of sick-leave rates whose last label names a span (made-up figures).
    frame = pd.DataFrame({"kvartal": ["2017K3", "2017K4", "2018K1", "1. kvartal 2017 - 1. kvartal 2018"],
                          "verdi": [5.9, 6.2, 6.36, 0.1]})
    table = narrate.load(frame, unit="prosent")
    assert table.meta.measure == "share"
    prose = " ".join(sentence.text for sentence in narrate.write(table).sentences())
    assert "steg 6,36 prosent" not in prose
    assert refused(table, "nb", "I 1. kvartal 2018 steg 6,36 prosent.")


def test_held_labels_that_never_occur_together_are_chosen_so_they_do():
    # The shape of a table whose sub-tables (kilde) hold different cells (made-up figures).
    frame = pd.DataFrame({"kilde": ["A"] * 4 + ["B"] * 4, "inndeling": ["Stat"] * 4 + ["I alt"] * 4,
                          "kjønn": ["Menn", "Menn", "Kvinner", "Kvinner"] * 2, "år": ["2019", "2020"] * 4,
                          "verdi": [48750, 50100, 47100, 48800, 51200, 52300, 49900, 51000]})
    table = narrate.load(frame, unit="kr", category="kjønn")
    assert table.meta.fixed == {"kilde": "A", "inndeling": "Stat"}
    article = narrate.write(table)
    assert article.ingress and "()" not in article.markdown
    assert check(article.markdown, table).problems == ()


def test_measures_are_never_categories_ranked_against_each_other():
    # The shape of SSB's labour force survey table: four measures, in 1 000 persons and in percent (made-up figures).
    frame = pd.DataFrame({"statistikkvariabel": ["Arbeidslause (1000 personar)"] * 2 + ["Arbeidslause i prosent av arbeidsstyrken"] * 2
                          + ["Sysselsette (1000 personar)"] * 2 + ["Sysselsette i prosent av folkemengda"] * 2,
                          "måned": ["2023M11", "2023M12"] * 4, "verdi": [112, 115, 3.9, 4.2, 2890, 2886, 68.9, 68.7]})
    table = narrate.load(frame)
    assert table.meta.category is None
    assert table.meta.fixed == {"statistikkvariabel": "Arbeidslause i prosent av arbeidsstyrken"}
    article = narrate.write(table)
    assert [s.text for s in article.sentences()] == ["I desember 2023 var arbeidsledigheten 4,2 prosent.",
                                                     "Det er en økning på 0,3 prosentpoeng fra måneden før."]
    assert refused(table, "nb", "Høyest var antallet for sysselsette (1000 personar), med 2\u00a0886,0.")
    assert refused(table, "nb", "I desember 2023 var antallet for arbeidslause personar 115\u00a0000,0.")


def test_a_column_naming_sub_tables_is_held_not_told():
    # The shape of a wage table whose inndeling column names its sub-tables (made-up figures).
    frame = pd.DataFrame({"inndeling": ["Sektor"] * 4 + ["Kjønn"] * 4,
                          "gruppe": ["Stat", "Stat", "Kommune", "Kommune", "Menn", "Menn", "Kvinner", "Kvinner"],
                          "år": ["2019", "2020"] * 4, "verdi": [47100, 48750, 44900, 46300, 52100, 53400, 46800, 48100]})
    table = narrate.load(frame, unit="kr")
    assert table.meta.category == "gruppe" and table.meta.fixed == {"inndeling": "Sektor"}
    prose = " ".join(s.text for s in narrate.write(table).sentences())
    assert "beløpet (sektor) for stat 48\u00a0750 kroner" in prose and "48\u00a0750 prosent" not in prose
    assert refused(table, "nb", "Sektor steg 48\u00a0750 prosent i 2020.")


def test_a_quarterly_and_a_twelve_month_change_are_two_measures_not_two_periods():
    # The shape of SSB's house-price table: a change from the quarter before and a
    # twelve-month change side by side, by region (made-up figures).
    frame = pd.DataFrame({"region": ["Hele landet", "Oslo", "Trøndelag utenom Trondheim"] * 2,
                          "statistikkvariabel": ["Endring fra forrige kvartal (prosent)"] * 3 + ["12-månedersendring (prosent)"] * 3,
                          "verdi": [1.2, 2.0, 1.6, 6.1, 8.0, 12.8]})
    table = narrate.load(frame)
    assert table.meta.time is None and table.meta.fixed == {"statistikkvariabel": "12-månedersendring (prosent)"}
    article = narrate.write(table)
    assert article.ingress[0].text == "Tolvmånedersveksten i hele landet var 6,1 prosent."
    assert refused(table, "nb", "Størst nedgang var det i Trøndelag utenom Trondheim, der endringen gikk ned fra 12,8 til 1,6 prosent.")


def test_the_venue_of_table_05300_is_named_without_its_sidecar():
    table = narrate.load(REAL / "ssb-05300-avstand-kulturtilbud-jsonstat2.json")
    article = narrate.write(table)
    assert article.title.text == "Redusert andel for 10-24 km (kino eller lokale med jevnlig spillefilmframvisning)"
    assert article.ingress[0].text.startswith("Andelen (kino eller lokale med jevnlig spillefilmframvisning) for 10-24 km")
    hidden = "---\nlang: nb\n---\n\n# Redusert andel for 10-24 km\n\nAndelen for 10-24 km var 16 prosent i 2021.\n"
    assert [p.why for p in check(hidden, table).problems] == [
        "the figures are of kulturtilbud Kino eller lokale med jevnlig spillefilmframvisning, which neither the title nor the ingress says"]


def test_a_change_from_a_year_before_is_told_and_checked():
    table = narrate.load(REAL / "ssb-13332-aku-ledighet-pst-pyjstat.csv")
    article = narrate.write(table)
    said = "Fra samme måned året før gikk arbeidsledigheten ned med 1,5 prosentpoeng."
    assert said in [sentence.text for sentence in article.ingress]
    assert check(article.markdown, table).problems == ()
    assert refused(table, "nb", said.replace("1,5", "1,2"))
    assert refused(table, "nb", said.replace("gikk arbeidsledigheten ned", "økte arbeidsledigheten"))
    assert refused(table, "nb", "Arbeidsledigheten gikk ned med 1,5 prosentpoeng fra måneden før.")


def test_sub_tables_are_one_article_each_with_per(tmp_path):
    # The wage-table shape above, one article per sub-table (made-up figures).
    from click.testing import CliRunner

    from narrate.cli import main
    path = tmp_path / "lonn.csv"
    path.write_text("inndeling,gruppe,år,verdi\nSektor,Stat,2019,47100\nSektor,Stat,2020,48750\nSektor,Kommune,2019,44900\n"
                    "Sektor,Kommune,2020,46300\nKjønn,Menn,2019,52100\nKjønn,Menn,2020,53400\nKjønn,Kvinner,2019,46800\n"
                    "Kjønn,Kvinner,2020,48100\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["write", str(path), "--per", "inndeling", "--out", str(out)]).exit_code == 0
    titles = sorted(p.read_text(encoding="utf-8").split("\n# ", 1)[1].split("\n", 1)[0] for p in (out / "lonn").glob("*.md"))
    assert titles == ["Antallet for kjønn for kvinner opp 2,8 prosent i 2020", "Antallet for sektor for stat opp 3,5 prosent i 2020"]
    result = CliRunner().invoke(main, ["check", str(path), str(out / "lonn")])
    assert result.exit_code == 0, result.output


def test_a_count_measure_named_by_its_label_is_the_subject():
    unemployed = narrate.load(REAL / "ssb-aku-arbeidsledige-trend-pyjstat.csv")
    subjects = {"nb": "antallet arbeidsledige", "nn": "talet på arbeidsledige", "en": "the number of unemployed"}
    for lang, subject in subjects.items():
        article = narrate.write(unemployed, lang=lang)
        assert subject in article.ingress[0].text, lang
        assert check(article.markdown, unemployed).problems == ()


def test_the_table_under_a_long_series_shows_its_latest_periods_and_says_so():
    table = narrate.load(REAL / "ssb-29843-produksjonsindeks-jsonstat1.json")
    notes = {"nb": "Tabellen viser de 13 siste av 312 perioder.", "nn": "Tabellen viser dei 13 siste av 312 periodar.",
             "en": "The table shows the latest 13 of 312 periods."}
    for lang, note in notes.items():
        markdown = narrate.write(table, lang=lang).markdown
        header = next(line for line in markdown.splitlines() if line.startswith("| industry"))
        assert header.split(" | ")[1:3] == ["2014M12", "2015M01"] and header.endswith("| 2015M12 |")
        assert note in markdown and "1990M01" not in markdown
        assert check(markdown, table).problems == ()
        shorter = markdown.replace("| 2014M12 | 2015M01 |", "| 2015M01 |", 1)
        assert check(shorter, table).problems, lang


def test_figures_in_tonnes_are_a_quantity_never_a_number_of_things():
    table = narrate.load(REAL / "ssb-1120-laks-eksport-jsonstat1.json")
    assert table.meta.measure == "quantity" and table.meta.unit == "tonnes"
    subjects = {"nb": "Mengden", "nn": "Mengda", "en": "The quantity"}
    for lang, subject in subjects.items():
        article = narrate.write(table, lang=lang)
        assert article.ingress[0].text.startswith(subject), article.ingress[0].text
        prose = " ".join(sentence.text for sentence in article.sentences())
        assert not re.search(r"(?i)\b(antallet|talet|the number|flere|fleire|more than)\b", prose), prose
        assert re.search(r"30[,.]7 (prosent|per cent)", prose)
        assert check(article.markdown, table).problems == ()
