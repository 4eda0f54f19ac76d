"""Patterns SSB's writers use, each written where its facts occur and read
here in an article, in nb, nn and en: two changes that went opposite ways
with ``mens``; a headline with its figure and period, or graded when the
change is weak or strong; the exception (``med unntak av Tromsø``); a
count's change as so many more or fewer, rounded as writers round it;
``også`` for a change that went the way of the one before, ``i tillegg``
for a third, ``videre`` for a paragraph that goes on the way the one
before ended, ``samtidig`` for one that went the other way, ``dermed`` for
the run a change makes; ``likevel``
for parts that went against their total; the range of the parts'
changes; the highest category as a headline; the same period a year
before. Each test also shows ``check`` refusing a false version."""

from __future__ import annotations

import re

from narrate.batch import label_grids
from narrate.check import check
from narrate.config import Config
from narrate.load import load
from narrate.table import Table
from narrate.write import write
from tests.conftest import DATA, LANGUAGES, OUT, approved

CONTRAST = {"nb": ", mens ", "nn": ", medan ", "en": ", while "}


def test_opposite_changes_are_set_against_each_other_in_every_language():
    for lang, word in CONTRAST.items():
        text = article_of(lang, "sysselsatte-kommune/tromso.md")
        sentence = next(s for s in re.split(r"(?<=\.) ", text) if word in s)
        first, second = sentence.split(word)
        up, down = r"økte|auka|increased", r"gikk ned|gjekk ned|decreased"
        assert (re.search(up, first) and re.search(down, second)) or (re.search(down, first) and re.search(up, second)), sentence


def test_check_proves_each_side_of_a_contrast_for_its_own_category():
    text = (OUT / "sysselsatte-kommune" / "tromso.md").read_text(encoding="utf-8")
    table = label_grids(load(DATA / "batch" / "sysselsatte-kommune.csv"), "kommune")["Tromsø"]
    assert check(text, table).problems == ()
    one, other = "industri", "helse- og omsorgstjenester"
    swapped = text.replace(one, "\0").replace(other, one).replace("\0", other)
    assert swapped != text and check(swapped, table).problems


def titled(text: str, title: str) -> str:
    """An article with another title, in its heading and its front matter alike."""
    old = re.search(r"(?m)^# (.*)$", text).group(1)
    return text.replace(f"# {old}\n", f"# {title}\n").replace(f'title: "{old}"', f'title: "{title}"')


def article_of(lang: str, name: str) -> str:
    return approved(lang, name).read_text(encoding="utf-8")


def written(name: str, sentences: dict[str, str]) -> dict[str, str]:
    """The approved article ``name`` in each language, each holding its language's sentence."""
    said = {lang: article_of(lang, name) for lang in LANGUAGES}
    for lang, sentence in sentences.items():
        assert sentence in said[lang], (lang, sentence)
    return said


def proven(name: str, data: str, sentences: dict[str, str]) -> tuple[dict[str, str], Table]:
    """As :func:`written`, with the bokmål article proven against its table, which comes back too."""
    said, table = written(name, sentences), load(DATA / data)
    assert check(said["nb"], table).problems == ()
    return said, table


def test_a_headline_says_its_figure_and_its_period_in_every_language():
    heads = {lang: re.search(r"(?m)^# (.*)$", article_of(lang, "bnp-naering.md")).group(1) for lang in LANGUAGES}
    assert heads == {"nb": "Bruttoproduktet opp 1,0 prosent i 4. kvartal", "nn": "Bruttoproduktet opp 1,0 prosent i 4. kvartal",
                     "en": "Gross product up 1.0 per cent in Q4"}
    text, table = article_of("nb", "bnp-naering.md"), load(DATA / "bnp-naering.csv")
    assert check(text, table).problems == ()
    for wrong, why in (("Bruttoproduktet opp 1,0 prosent i 3. kvartal", "a period the table has no figures for"),
                       ("Bruttoproduktet ned 1,0 prosent i 4. kvartal", "says a decrease, but the figures went up"),
                       ("Bruttoproduktet opp 1,3 prosent i 4. kvartal", "no cell, difference, relative change or share of Totalt gives it")):
        assert [(p.part, p.why) for p in check(titled(text, wrong), table).problems] == [("title", why)], wrong


def test_a_strong_change_is_graded_in_the_headline_and_check_holds_the_grade():
    heads = {lang: re.search(r"(?m)^# (.*)$", article_of(lang, "hotellovernattinger.md")).group(1) for lang in LANGUAGES}
    assert heads == {"nb": "Kraftig nedgang i antallet overnattinger i hele landet i oktober",
                     "nn": "Kraftig nedgang i talet på overnattingar i heile landet i oktober",
                     "en": "Sharp decrease in the number of overnight stays in Norway in October"}
    text, table = article_of("nb", "hotellovernattinger.md"), load(DATA / "hotellovernattinger.csv")
    weak = titled(text, heads["nb"].replace("Kraftig", "Svak"))
    assert [(p.part, p.why) for p in check(weak, table).problems] == [("title", "calls a change of 18.0 percent weak")]


def test_the_bands_of_the_grades_are_thresholds_a_user_tunes():
    table = load(DATA / "bnp-naering.csv")
    wider = write(table, Config().with_threshold("GR01", "weak_pct", 1.5))
    assert wider.title.text == "Svak økning i bruttoproduktet i 4. kvartal"
    assert check(wider.markdown, table).problems == ()
    eager = write(table, Config().with_threshold("GR01", "strong_pct", 0.8))
    assert eager.title.text == "Kraftig økning i bruttoproduktet i 4. kvartal"
    assert [p.why for p in check(eager.markdown, table).problems] == ["calls a change of 1.0 percent strong"]


def test_all_parts_but_one_that_went_a_way_are_said_with_the_exception():
    said = {lang: article_of(lang, "boligpriser-endring.md") for lang in LANGUAGES}
    assert "I alle regionene med unntak av Tromsø gikk prisveksten ned." in said["nb"]
    assert "I alle regionane med unntak av Tromsø gjekk prisveksten ned." in said["nn"]
    assert "In all regions except Tromsø, price growth decreased." in said["en"]
    assert not re.search(r"økte mest i Tromsø|auka mest i Tromsø|rose the most in Tromsø", " ".join(said.values())), \
        "the one that went the other way is no rank of one"
    table = load(DATA / "boligpriser-endring.csv")
    assert check(said["nb"], table).problems == ()
    wrong = said["nb"].replace("med unntak av Tromsø", "med unntak av Bergen")
    assert [p.why for p in check(wrong, table).problems] == ["says every part but Bergen went down, but Bergen did too"]


def test_a_count_s_change_is_also_said_as_so_many_more_or_fewer_rounded_as_writers_round():
    said = {lang: article_of(lang, "hotellovernattinger.md") for lang in LANGUAGES}
    assert "Det er nesten 446\u00a0000 færre enn måneden før, en nedgang på 18,0 prosent." in said["nb"]
    assert "Det er nesten 446\u00a0000 færre enn månaden før, ein nedgang på 18,0 prosent." in said["nn"]
    assert "That is almost 446,000 fewer than the previous month, a decrease of 18.0 per cent." in said["en"]
    assert "Det er 1\u00a0947 færre enn året før" in article_of("nb", "nye-personbiler.md"), "a small count is said exactly"
    table = load(DATA / "hotellovernattinger.csv")
    for wrong, why in (("nesten 446\u00a0000 flere", "says an increase, but the figures went down"),
                       ("drøyt 446\u00a0000 færre", "no cell, difference, relative change or share of Hele landet gives it"),
                       ("446\u00a0000 færre", "no cell, difference, relative change or share of Hele landet gives it")):
        problems = check(said["nb"].replace("nesten 446\u00a0000 færre", wrong), table).problems
        assert [(p.part, p.why) for p in problems] == [("ingress", why)], wrong
    shares = article_of("nb", "ikt-staten-2016.md")
    assert not re.search(r"\d (flere|færre) enn", shares), "a share's change is no number of things"


def test_a_change_that_went_the_way_of_the_one_before_says_også_and_a_third_i_tillegg():
    said, table = proven("nye-personbiler.md", "nye-personbiler.csv", {
        "nb": "Også for dieselbiler gikk antallet ned, med 55,2 prosent fra året før. I tillegg gikk det ned for hybridbiler, med 36,4 prosent.",
        "nn": "Også for dieselbilar gjekk talet ned, med 55,2 prosent frå året før. I tillegg gjekk det ned for hybridbilar, med 36,4 prosent.",
        "en": "The number also decreased for diesel cars, by 55.2 per cent from the previous year. In addition, it decreased for "
              "hybrid cars, by 36.4 per cent."})
    for connected in ("Også for elbilene økte det", "I tillegg økte det for elbilene", "Videre økte det for elbilene"):
        lone = said["nb"].replace("Bare for elbilene økte det", connected)
        assert lone != said["nb"]
        assert "says Elektrisitet too went up, but no other part did" in [p.why for p in check(lone, table).problems], connected


def test_parts_that_went_against_their_total_are_a_concession():
    # Made-up figures: no table in the collection has a total that rose while most parts fell.
    import pandas as pd
    frame = pd.DataFrame({"region": ["Hele landet"] * 2 + [r for r in ("Agder", "Viken", "Oslo", "Nordland") for _ in range(2)],
                          "år": ["2022", "2023"] * 5, "verdi": [1000, 1040, 200, 190, 300, 290, 400, 480, 100, 80]})
    table = load(frame)
    words = {"nb": "Likevel gikk antallet ned i tre av fire regioner.", "nn": "Likevel gjekk talet ned i tre av fire regionar.",
             "en": "Even so, the number decreased in three of four regions."}
    for lang, sentence in words.items():
        article = write(table, lang=lang)
        assert sentence in article.markdown, article.markdown
        assert check(article.markdown, table).problems == ()
    flat = frame.assign(verdi=[1000, 960, 200, 190, 300, 290, 400, 400, 100, 80])
    wrong = write(table).markdown
    assert [p.why for p in check(wrong, load(flat)).problems if "against" in p.why] == [
        "sets the parts going down against their total, but the total went down too"]


def test_all_parts_that_went_one_way_are_given_the_range_of_their_changes():
    said, table = proven("hotellovernattinger.md", "hotellovernattinger.csv", {
        "nb": "I alle fem regioner gikk antallet overnattinger ned, med mellom 10,2 og 35,5 prosent.",
        "nn": "I alle fem regionar gjekk talet på overnattingar ned, med mellom 10,2 og 35,5 prosent.",
        "en": "In all five regions, the number of overnight stays decreased, by between 10.2 and 35.5 per cent."})
    for wrong, why in (("mellom 10,2 og 34,5", "says the largest change is 34,5 prosent, but it is 35.5"),
                       ("mellom 11,2 og 35,5", "says the smallest change is 11,2, but it is 10.2")):
        assert [p.why for p in check(said["nb"].replace("mellom 10,2 og 35,5", wrong), table).problems] == [why]


def test_a_table_without_change_heads_its_article_with_the_highest_category():
    heads = {lang: re.search(r"(?m)^# (.*)$", article_of(lang, "real/ssb-07459-befolkning-kommune-2022-jsonstat2.md")).group(1) for lang in LANGUAGES}
    assert heads == {"nb": "Antallet personer høyest i Oslo i 2022", "nn": "Talet på personar høgast i Oslo i 2022",
                     "en": "Number of persons highest in Oslo in 2022"}
    text = (OUT / "real" / "ssb-07459-befolkning-kommune-2022-jsonstat2.md").read_text(encoding="utf-8")
    table = load(DATA / "real" / "ssb-07459-befolkning-kommune-2022-jsonstat2.json")
    assert check(text, table).problems == ()
    wrong = titled(text, "Antallet personer høyest i Bergen i 2022")
    assert [p.part for p in check(wrong, table).problems] == ["title"]


def test_a_sub_annual_table_compares_with_the_same_period_a_year_before():
    said, table = proven("real/ssb-ledige-stillinger-kvartal-pyjstat.md", "real/ssb-ledige-stillinger-kvartal-pyjstat.csv", {
        "nb": "Fra samme kvartal året før gikk antallet ned med 19,0 prosent.",
        "nn": "Frå same kvartal året før gjekk talet ned med 19,0 prosent.",
        "en": "The number decreased by 19.0 per cent from the same quarter a year before."})
    assert check(said["nb"].replace("ned med 19,0 prosent", "ned med 11,7 prosent").replace("en nedgang på 11,7", "en nedgang på 19,0"),
                 table).problems


def test_a_change_against_the_one_before_says_samtidig():
    said = {lang: article_of(lang, "sysselsatte-kommune/oslo.md")
            for lang in LANGUAGES}
    assert "Den største prosentvise nedgangen hadde industri, fra 20\u00a0500 til 19\u00a0800. Samtidig økte sysselsettingen " \
           "innen varehandel, med 2,5 prosent fra året før." in said["nb"]
    assert "Samstundes auka sysselsetjinga innan varehandel, med 2,5 prosent frå året før." in said["nn"]
    assert "At the same time, employment increased in wholesale and retail trade, by 2.5 per cent from the previous year." in said["en"]
    # Made-up figures: a table where nothing but one part went down, to show check refusing the word.
    import pandas as pd
    from narrate.check.ranks import also_problem
    from narrate.check.support import Evidence
    frame = pd.DataFrame({"region": [r for r in ("Hele landet", "Agder", "Viken", "Oslo", "Nordland", "Troms") for _ in range(2)],
                          "år": ["2022", "2023"] * 6, "verdi": [1000, 1010, 200, 230, 300, 270, 400, 420, 100, 90, 60, 60]})
    table = load(frame)
    words = {"nb": "Samtidig gikk antallet ned i Viken, med 10,0 prosent fra året før.",
             "nn": "Samstundes gjekk talet ned i Viken, med 10,0 prosent frå året før.",
             "en": "At the same time, it decreased in Viken, by 10.0 per cent from the previous year."}
    for lang, sentence in words.items():
        article = write(table, lang=lang)
        assert sentence in article.markdown, article.markdown
        assert check(article.markdown, table).problems == ()
    falling = load(frame.assign(verdi=[1000, 900, 200, 190, 300, 270, 400, 380, 100, 90, 60, 50]))
    assert also_problem("samtidig gikk antallet ned i viken.", Evidence.of(falling), ["2022", "2023"]) == \
        "sets Viken going down against another part, but no other part went up"


def test_a_paragraph_that_goes_on_the_way_the_one_before_ended_opens_with_videre():
    name = "real/ssb-03014-kpi-hovedgrupper-1979-2016-statbank.md"
    said = {lang: article_of(lang, name) for lang in LANGUAGES}
    opens = {"nb": "Videre økte indeksen for hotell- og restauranttjenester, med 3,3 prosent fra året før.",
             "nn": "Vidare auka indeksen for hotell- og restauranttjenester, med 3,3 prosent frå året før.",
             "en": "Furthermore, the index increased for hotell- og restauranttjenester, by 3.3 per cent from the previous year."}
    for lang, sentence in opens.items():
        paragraphs = said[lang].split("\n\n")
        at = next(i for i, paragraph in enumerate(paragraphs) if paragraph.startswith(sentence))
        ended = re.split(r"(?<=\.) ", paragraphs[at - 1])[-1]
        assert re.search(r"\b(økte|auka|increased)\b", ended), ended
    table = load(DATA / "real" / "ssb-03014-kpi-hovedgrupper-1979-2016-statbank.csv")
    assert check(said["nb"], table).problems == ()


def test_the_run_a_change_makes_is_said_with_dermed():
    said, table = proven("kpi-indeks.md", "kpi-indeks.csv", {
        "nb": "Det er en økning på 3,5 prosent fra året før, og den har dermed økt for femte år på rad.",
        "nn": "Det er ein auke på 3,5 prosent frå året før, og den har dermed auka for femte år på rad.",
        "en": "That is an increase of 3.5 per cent from the previous year, and it has thus increased for the fifth year in a row."})
    longer = said["nb"].replace("for femte år på rad", "for sjette år på rad")
    assert [p.part for p in check(longer, table).problems] == ["ingress"]
    nothing = said["nb"].replace("og den har dermed økt for femte år på rad", "og den er dermed høy")
    assert "says 'dermed' of something that is no run of changes" in [p.why for p in check(nothing, table).problems]
