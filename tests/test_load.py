"""Each loader format, SSB symbols, the sidecar, and bad input."""

from __future__ import annotations

import json
import re
import math

import pandas as pd
import pytest

from narrate.errors import NarrateError
from narrate.check import check
from narrate.load import load
from narrate.write import write
from tests.conftest import DATA


def test_tidy_csv_with_title_unit_and_symbols(write_file):
    path = write_file("t.csv", "# Andel med bredbånd\nregion,år,verdi,enhet\nOslo,2015,80,prosent\nOslo,2016,..,prosent\n")
    table = load(path)
    assert table.meta.title == "Andel med bredbånd"
    assert table.meta.unit == "prosent" and table.meta.measure == "share"
    missing = table.data[table.data["år"] == "2016"].iloc[0]
    assert math.isnan(missing["value"]) and missing["status"] == ".."


def test_wide_csv_periods_as_columns(write_file):
    table = load(write_file("w.csv", "drivstoff,2021,2022\nI alt,176276,174329\nBensin,10125,4309\n"))
    assert table.meta.time == "tid" and table.periods() == ["2021", "2022"]
    assert table.meta.totals == {"drivstoff": "I alt"}
    assert table.data["value"].tolist() == [176276.0, 174329.0, 10125.0, 4309.0]


def test_ssb_export_two_header_rows_decimal_comma():
    table = load(DATA / "kpi-jae.csv")
    assert table.meta.dims == ("kategori", "statistikkvariabel", "tid")
    assert table.meta.measure == "change"
    assert table.meta.fixed == {"statistikkvariabel": "12-måneders endring (prosent)"}
    assert table.periods() == ["Oktober 2017 - Oktober 2018", "November 2017 - November 2018"]
    cell = table.data[(table.data["kategori"] == "KPI-JAE Klær og skotøy") & (table.data["tid"] == "November 2017 - November 2018")]
    assert cell["value"].item() == -2.6


def test_ssb_export_latin1_one_header_row_months_in_words():
    raw = (DATA / "hotellovernattinger.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    table = load(DATA / "hotellovernattinger.csv")
    assert table.periods() == ["august 2018", "september 2018", "oktober 2018"]
    assert table.meta.totals == {"region": "Hele landet"}
    assert table.data["value"].iloc[0] == 3101223.0


def test_utf8_with_bom(write_file):
    table = load(write_file("b.csv", "\ufeffkategori,år,verdi\nÅs,2016,3\nÅs,2017,4\n".encode("utf-8")))
    assert table.meta.dims == ("kategori", "år")


def test_jsonstat_real_ssb_response():
    table = load(DATA / "ssb-05300.json")
    assert table.meta.time == "år" and table.meta.unit == "prosent"
    assert table.meta.category == "kulturtilbud"
    assert len(table.data) == 432
    symbols = table.data["status"].value_counts().to_dict()
    assert symbols[".."] == 8 and symbols["."] == 20
    assert table.data.loc[table.data["status"] != "", "value"].isna().all()


def test_jsonstat_sparse_values_and_status(write_file):
    document = {
        "version": "2.0", "class": "dataset", "label": "Test", "id": ["region", "år"], "size": [2, 2],
        "role": {"time": ["år"]},
        "dimension": {
            "region": {"label": "region", "category": {"index": {"0301": 0, "1103": 1}, "label": {"0301": "Oslo", "1103": "Stavanger"}}},
            "år": {"label": "år", "category": {"index": ["2015", "2016"]}},
        },
        "value": {"0": 10, "1": 12, "3": 7},
        "status": {"2": ":"},
    }
    table = load(write_file("s.json", json.dumps(document)))
    assert table.data[["region", "år", "status"]].values.tolist()[2] == ["Stavanger", "2015", ":"]
    assert math.isnan(table.data["value"].iloc[2]) and table.data["value"].iloc[3] == 7.0


def test_dataframe_with_meta_keywords():
    frame = pd.DataFrame({"kjønn": ["Menn", "Kvinner"], "år": ["2016", "2016"], "verdi": [30.1, 40.8]})
    table = load(frame, name="utdanning", unit="prosent", title="Høyere utdanning")
    assert table.meta.title == "Høyere utdanning" and table.meta.decimals == 1
    assert table.meta.category == "kjønn"


def test_sidecar_sets_metadata():
    table = load(DATA / "ikt-staten-2016.csv")
    assert table.meta.noun.definite_plural == "virksomhetene"
    assert table.meta.categories["Etablert nye tjenester"].short == "etablerer nye tjenester"


def test_quarters_and_month_periods_sort_in_time(write_file):
    table = load(write_file("q.csv", "kvartal,verdi\n2017K1,1\n2016K4,2\n2016K3,3\n"))
    assert table.periods() == ["2016K3", "2016K4", "2017K1"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", "", "the file is empty"),
        ("header.csv", "kategori,år,verdi\n", "the table has no rows"),
        ("wide-header.csv", "kategori,2015,2016\n", "has a header but no rows"),
        ("symbols.csv", "år,verdi\n2015,..\n2016,:\n", "no numbers"),
        ("twice.csv", "år,verdi\n2015,1\n2015,2\n", "cell år=2015 appears twice"),
        ("text.csv", "år,verdi\n2015,1\n2016,mange\n", "row 3, column 'verdi': 'mange' is not a number"),
        ("binary.csv", b"\x00\x01\x02\xff", "not a text file"),
        ("bad.json", "{\"class\": \"dataset\", \"id\": [\"år\"], \"size\": [3], \"value\": [1, 2], \"dimension\": {\"år\": {\"category\": {\"index\": [\"1\", \"2\", \"3\"]}}}}", "'value' has 2 entries but the sizes give 3 cells"),
        ("broken.json", "{\"class\": \"dataset\", ", "not valid JSON"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(write_file, name, content, message):
    path = write_file(name, content)
    with pytest.raises(NarrateError) as caught:
        load(path)
    line = caught.value.line()
    assert line.startswith(str(path)) and message in line and "\n" not in line


def test_missing_file():
    with pytest.raises(NarrateError, match="no such file"):
        load("data/does-not-exist.csv")


def test_sidecar_unknown_key_names_file_and_key(write_file):
    path = write_file("t.csv", "år,verdi\n2015,1\n2016,2\n")
    write_file("t.toml", 'colour = "red"\n')
    with pytest.raises(NarrateError, match=r"t\.toml, key 'colour': unknown key"):
        load(path)


def test_sidecar_unknown_dimension(write_file):
    path = write_file("t.csv", "år,verdi\n2015,1\n2016,2\n")
    write_file("t.toml", 'category = "fylke"\n')
    with pytest.raises(NarrateError, match="category dimension 'fylke' is not in the table"):
        load(path)


def test_a_code_prefixed_total_is_the_total_and_prose_drops_the_codes():
    table = load(pd.DataFrame({"region": ["0 Hele landet", "03 Oslo", "46 Vestland"] * 2, "år": ["2022"] * 3 + ["2023"] * 3,
                               "verdi": [100, 40, 60, 110, 45, 65]}))
    assert table.meta.totals == {"region": "0 Hele landet"}
    assert table.meta.names == {"0 Hele landet": "Hele landet", "03 Oslo": "Oslo", "46 Vestland": "Vestland"}
    prose = " ".join(sentence.text for sentence in write(table).sentences())
    assert "Oslo" in prose and "03 Oslo" not in prose and "46 Vestland" not in prose
    counted = "---\nlang: nb\n---\n\n# T\n\nI alle tre regioner økte antallet.\n"
    assert check(counted, table).problems, "the total is no region among the parts"
    assert check(counted.replace("tre", "to"), table).problems == ()
    coded = "---\nlang: nb\n---\n\n# T\n\nAntallet i 46 Vestland steg.\n"
    assert [p.why for p in check(coded, table).problems] == ["a label said with its code; its name is Vestland"]


def test_a_maltall_column_is_a_measure_held_at_its_level():
    table = load(pd.DataFrame({"region": ["Oslo", "Oslo", "Bergen", "Bergen"] * 2,
                               "måltall": ["Antall"] * 4 + ["Endring i prosent"] * 4,
                               "år": ["2022", "2023"] * 4, "verdi": [10, 12, 5, 6, 1.0, 20.0, 2.0, 20.0]}))
    assert table.meta.category == "region" and table.meta.fixed == {"måltall": "Antall"}


@pytest.mark.parametrize("kind", ["jsonstat", "csv"])
def test_a_confidential_cell_with_a_value_is_never_told(kind, tmp_path):
    from click.testing import CliRunner

    from narrate.cli import main
    if kind == "jsonstat":
        path = tmp_path / "t.json"
        path.write_text(json.dumps({"version": "2.0", "class": "dataset", "label": "T", "id": ["region", "år"], "size": [3, 2],
                                    "dimension": {"region": {"category": {"index": ["Hele landet", "Oslo", "Bergen"]}},
                                                  "år": {"category": {"index": ["2022", "2023"]}}},
                                    "value": [100, 110, 40, 47, 60, 63], "status": {"3": ":"}}), encoding="utf-8")
    else:
        path = tmp_path / "t.csv"
        path.write_text("region,år,verdi,status\nHele landet,2022,100,\nHele landet,2023,110,\nOslo,2022,40,\nOslo,2023,47,:\n"
                        "Bergen,2022,60,\nBergen,2023,63,\n", encoding="utf-8")
    table = load(path)
    assert math.isnan(table.data[(table.data["region"] == "Oslo") & (table.data["år"] == "2023")]["value"].iloc[0])
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["write", str(path), "--out", str(out), "--html"]).exit_code == 0
    written = [p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file()]
    explained = CliRunner().invoke(main, ["explain", str(path), "--json"]).output
    assert written and not any(re.search(r"\b47\b", text) for text in [*written, explained])
    article = (out / "t.md").read_text(encoding="utf-8")
    assert "(`:`)" in article
    assert ("Merk: Tallet for Oslo i 2023 er konfidensielt (`:`), men kan regnes ut som Hele landet minus de andre tallene "
            "for samme periode.") in article, "the total and Bergen give Oslo's figure away"
    assert CliRunner().invoke(main, ["check", str(path), str(out / "t.md")]).exit_code == 0


def test_a_confidential_cell_the_others_do_not_give_away_has_no_warning(tmp_path):
    from click.testing import CliRunner

    from narrate.cli import main
    path = tmp_path / "t.csv"
    path.write_text("region,år,verdi,status\nHele landet,2023,110,\nOslo,2023,47,:\nBergen,2023,,..\nTromsø,2023,20,\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["write", str(path), "--out", str(out)]).exit_code == 0
    article = (out / "t.md").read_text(encoding="utf-8")
    assert "(`:`)" in article and "konfidensielt" not in article, "Bergen is missing too, so Oslo cannot be worked out"
