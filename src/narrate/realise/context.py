"""The values a phrase gets: every number and word ready, nothing to compute.

One ``f`` per sentence, built from its facts, the table's metadata and the
language's words (``phrases/<lang>/words.toml``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from narrate.grid import Grid
from narrate.labels import reads_as_total
from narrate.periods import Period, a_year_before, follows, parse_period, qualifier
from narrate.plan import Message, blurs_list
from narrate.realise.numbers import Num, liste, tall
from narrate.rules import Fact
from narrate.rules.change import size
from narrate.table import Meta, dimension_kind, is_region

VALUE_NAMES = frozenset({
    "alle", "andel", "andre_endring", "andre_hva", "andre_retning", "antall", "av_totalen", "bindeord", "del", "delenavn", "delenavn_bestemt", "deler", "endring", "endringer", "eneste", "er_andel",
    "er_endring", "etter", "etter_liste", "flertall", "forskjell", "forrige", "fra_forrige", "før", "før_kort", "før_liste", "før_når", "grad", "hva", "høyest", "i_ord", "i_prosent", "knytning", "kort", "ledet", "likevel", "navn",
    "navn_liste", "neste", "neste_verdi", "når", "når_kort", "også", "populasjon", "prep", "på_rad", "rangert", "retning", "samme", "side", "spenn", "stabil", "størrelse", "størst",
    "totalen", "uendret", "unntak", "utsagn", "utsagn_alene", "utsagn_rest", "utsagn_verb", "utvalg", "verdi",
})
"""Every name a phrase may read from ``f``; a phrase file that reads another
is refused when the phrases load."""

UNNAMED_TOTALS = ("i alt", "totalt", "total", "alle", "begge kjønn", "alle aldre", "landet i alt", "sum alle")
"""How totals that need no name begin: the subject alone says them (``Totalt for næringer``)."""



@dataclass(frozen=True)
class Said:
    """What the article has said that its later sentences need not say
    again: the clause of a table that says it once (``clause``), the
    place an article of a batch is about (``place``), the held labels
    its figures are of (``held``: see :func:`held_phrase`); and, in the
    paragraph so far, the subject (``subject``: ``said`` once it is said,
    after which a count's subject is its head noun, ``antallet``;
    ``just`` when the sentence before named it, so this one may say
    ``den``), the period the changes are counted from (``horizon``:
    ``måneden før``), and the category the sentence before told the
    change of and its direction (``moved``), so that one that went the
    same way is ``også`` so, and whether that sentence said ``også``
    itself (``also``), so that a third that went the same way is ``i
    tillegg`` so; the way the change the sentence before told went
    (``last``: 0 after one that told none), and, at a paragraph's start,
    the way the paragraph before ended (``before``), so that a paragraph
    that goes on the same way opens with ``Videre``."""

    clause: bool = False
    place: bool = False
    held: bool = False
    subject: str = ""
    horizon: str = ""
    moved: tuple[str, int] = ("", 0)
    also: bool = False
    last: int = 0
    before: int = 0


def message_values(message: Message, grid: Grid, words: dict[str, Any], said: Said = Said()) -> dict[str, Any]:
    """The ``f`` for one message, leaving out what the article has ``said``
    (see :func:`subject_values`)."""
    main = message.facts[0]
    values = subject_values(main.subject, grid, words, said)
    values.update(period_values(grid, words))
    values["fra_forrige"] = horizon_phrase(values.get("forrige", ""), words, said)
    for fact in message.facts:
        values.update(_KIND_VALUES[fact.kind](fact, grid, words))
    values["i_ord"] = share_in_words(values.get("i_ord", ""), grid, values["populasjon"])
    values.setdefault("på_rad", "")
    values.setdefault("størst", False)
    values.setdefault("eneste", False)
    values.setdefault("grad", "")
    values.setdefault("høyest", False)
    values["knytning"] = "" if values["størst"] or values["eneste"] else link(message, said)
    values["også"] = values["knytning"] == "også"
    values["bindeord"] = words["bindeord"].get(values["knytning"], "")
    if message.template in ("stable_group", "change_pair"):
        values["navn_liste"] = name_list([category_name(f.subject, grid) for f in message.facts], values["prep"], words)
        values["uendret"] = all(size(f.values) == 0 for f in message.facts)
    if message.template == "change_pair":
        values.update(_pair(message.facts, grid, words, values, noun_subject(grid, words, said)))
    if message.template == "change_contrast":
        values.update(_contrast(message.facts, grid, words, said))
    return values


ALIKE = ("change_full", "change_full_rate", "change_pair")
"""The phrases of one category's change, or two told together, which may say
they went ``også`` the way the one before did."""


def went_alike(message: Message, said: Said, way: int = 1) -> bool:
    """Whether a category's change went the way the sentence before told
    another category's change went (``Også i Oslo økte den``), or, with
    ``way`` −1, the other way (``Samtidig gikk den ned i Rogaland``).

    >>> fact = Fact("CH01", "change", "Oslo", (), {"pct": 1.2, "unit": "prosent"}, (), 1)
    >>> went_alike(Message("change_full", (fact,)), Said(moved=("Bergen", 1))), went_alike(Message("change_full", (fact,)), Said(moved=("Bergen", -1)))
    (True, False)
    >>> went_alike(Message("change_full", (fact,)), Said(moved=("Bergen", -1)), way=-1)
    True
    """
    main = message.facts[0]
    if message.template not in ALIKE or main.kind != "change" or not said.moved[1]:
        return False
    named = {fact.subject for fact in message.facts}
    return said.moved[0] not in named and _way(main) == way * said.moved[1]


def goes_on(message: Message, said: Said) -> bool:
    """Whether a paragraph's first sentence tells a change that goes on the
    way the paragraph before ended (``Videre økte indeksen for
    transport``).

    >>> fact = Fact("CH01", "change", "Oslo", (), {"pct": 1.2, "unit": "prosent"}, (), 1)
    >>> goes_on(Message("change_full", (fact,)), Said(before=1)), goes_on(Message("change_full", (fact,)), Said(before=-1))
    (True, False)
    """
    main = message.facts[0]
    return message.template in ALIKE and main.kind == "change" and said.before != 0 and _way(main) == said.before


def link(message: Message, said: Said) -> str:
    """How a change is linked to what its paragraph has told: ``videre``
    (opening a paragraph that goes on the way the one before ended),
    ``også`` (the way the sentence before told another went), ``i_tillegg``
    (so, after a sentence that said ``også``), ``samtidig`` (the other
    way), or none. All but ``også`` are the words' ``[bindeord]``.

    >>> fact = Fact("CH01", "change", "Oslo", (), {"pct": 1.2, "unit": "prosent"}, (), 1)
    >>> [link(Message("change_full", (fact,)), said) for said in (Said(moved=("Bergen", 1)), Said(moved=("Bergen", 1), also=True),
    ...                                                           Said(moved=("Bergen", -1)), Said(before=1), Said())]
    ['også', 'i_tillegg', 'samtidig', 'videre', '']
    """
    if goes_on(message, said):
        return "videre"
    if went_alike(message, said):
        return "i_tillegg" if said.also else "også"
    return "samtidig" if went_alike(message, said, way=-1) else ""


def moved_by(message: Message, values: dict[str, Any], said: Said = Said()) -> Said:
    """What a sentence leaves ``said`` of the change it told, for the next
    sentence to go ``også`` the same way, ``i tillegg`` after an ``også``,
    or ``samtidig`` the other way; nothing after a sentence that said
    ``i tillegg`` or ``samtidig``, so that no connective is said twice.

    >>> fact = Fact("CH01", "change", "Oslo", (), {"pct": -1.2, "unit": "prosent"}, (), 1)
    >>> moved_by(Message("change_full", (fact,)), {"knytning": ""}).moved, moved_by(Message("change_full", (fact,)), {"knytning": "også"}).also
    (('Oslo', -1), True)
    >>> moved_by(Message("change_full", (fact,)), {"knytning": "i_tillegg"}).moved
    ('', 0)
    """
    main = message.facts[0]
    if message.template not in ALIKE or main.kind != "change" or not size(main.values):
        return replace(said, moved=("", 0), also=False, last=0, before=0)
    told = replace(said, last=_way(main), before=0)
    if values.get("knytning") in ("i_tillegg", "samtidig"):
        return replace(told, moved=("", 0), also=False)
    if values.get("knytning") == "også":
        return replace(told, also=True)
    return replace(told, moved=(main.subject, _way(main)), also=False)


def _way(fact: Fact) -> int:
    """The way a change went: 1 up, −1 down, 0 not at all."""
    return (size(fact.values) > 0) - (size(fact.values) < 0)


def horizon_phrase(previous: str, words: dict[str, Any], said: Said = Said()) -> str:
    """Where a change is counted from (``fra måneden før``), or nothing
    when the paragraph has just said that period: one time phrase per
    paragraph.

    >>> words = {"periode": {"fra": "fra {periode}"}}
    >>> horizon_phrase("måneden før", words), horizon_phrase("måneden før", words, Said(horizon="måneden før"))
    ('fra måneden før', '')
    """
    if not previous or said.horizon == previous:
        return ""
    return words["periode"]["fra"].format(periode=previous)


def pronoun(subject: str, words: dict[str, Any]) -> str:
    """The pronoun that stands for a subject the sentence before has
    named: by the gender its definite ending shows in Norwegian
    (``bruttoproduktet`` is ``det``, ``sysselsettingen`` is ``den``).

    >>> words = {"pronomen": {"intetkjønn": "det", "annet": "den"}}
    >>> pronoun("bruttoproduktet", words), pronoun("antallet overnattinger", words), pronoun("ledigheten", words)
    ('det', 'det', 'den')
    """
    head = subject.split(" ", 1)[0].lower()
    return words["pronomen"]["intetkjønn" if head.endswith("et") else "annet"]


def short_subject(subject: str, words: dict[str, Any]) -> str:
    """A count's subject as a paragraph says it after its first time: its
    head noun (``antallet overnattinger`` is ``antallet``, ``the number of
    overnight stays`` is ``the number``); any other subject as it is.

    >>> short_subject("antallet overnattinger", {"subjekt": {"count": "antallet"}}), short_subject("ledigheten", {"subjekt": {"count": "antallet"}})
    ('antallet', 'ledigheten')
    """
    head = words["subjekt"]["count"]
    return head if subject.lower().startswith(f"{head.lower()} ") else subject


def _contrast(facts: tuple[Fact, ...], grid: Grid, words: dict[str, Any], said: Said) -> dict[str, Any]:
    """Two changes that went opposite ways: the first's words as a change's
    are, and the second's as ``andre_hva``, ``andre_retning`` and
    ``andre_endring``."""
    first, second = (_change(fact, grid, words) for fact in facts)
    other = subject_values(facts[1].subject, grid, words, said)
    return {"retning": first["retning"], "endring": first["endring"],
            "andre_hva": other["hva"], "andre_retning": second["retning"], "andre_endring": second["endring"]}


def share_in_words(phrase: str, grid: Grid, population: str) -> str:
    """A share in words (``tre av fire {flertall}``) with the noun of what
    the table counts in the form the words ask for, and its place: ``tre
    av fire virksomheter``, ``hver femte virksomhet``, ``halvparten av
    virksomhetene i Oslo``; empty when the table has no noun to say it with.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.table import Noun
    >>> grid = Grid.of(load(pd.DataFrame({"år": ["2016"], "verdi": [75]}), unit="prosent",
    ...                     noun=Noun("virksomhet", "virksomheter", "virksomhetene")))
    >>> share_in_words("tre av fire {flertall}", grid, "virksomhetene"), share_in_words("hver femte {entall}", grid, "virksomhetene")
    ('tre av fire virksomheter', 'hver femte virksomhet')
    """
    noun = grid.meta.noun
    if not phrase or noun is None or not population:
        return ""
    place = population.removeprefix(noun.definite_plural).strip()
    return phrase.format(bestemt=population, flertall=" ".join(filter(None, (noun.plural, place))),
                         entall=" ".join(filter(None, (noun.singular, place))))


def name_list(names: list[str], prep: str, words: dict[str, Any]) -> str:
    """Names as a list; when a name itself holds ``og`` or a comma, each
    after the first keeps its preposition, so the list reads one way only.

    >>> name_list(["Oslo", "Bergen"], "i", {"språk": "nb"})
    'Oslo og Bergen'
    >>> name_list(["kultur og fritid", "helse"], "for", {"språk": "nb"})
    'kultur og fritid og for helse'
    """
    if any(blurs_list(name) for name in names):
        names = [names[0], *(f"{prep} {name}" for name in names[1:])]
    return liste(names, words["språk"])


def _pair(facts: tuple[Fact, ...], grid: Grid, words: dict[str, Any], values: dict[str, Any], subject: str) -> dict[str, Any]:
    """Two changes told together: their names, their changes, and their
    levels now and before, each list with its unit once (``5 og 4
    prosentpoeng``)."""
    changes = [change_num(abs(size(f.values)), f.values["unit"], grid, words) for f in facts]
    return {
        "hva": f"{subject} {values['prep']} {values['navn_liste']}",
        "endringer": listed(changes, words),
        "etter_liste": listed([level_num(f.values["after"], grid, words) for f in facts], words),
        "før_liste": listed([level_num(f.values["before"], grid, words) for f in facts], words),
    }


def listed(numbers: list[Num], words: dict[str, Any]) -> str:
    """Numbers in one unit as a list, the unit said once, in the plural:
    ``5 og 4 prosentpoeng``."""
    unit = numbers[-1].unit
    said = words["enheter"].get(unit, unit)
    said = said[1] if isinstance(said, list) else said
    figures = liste([tall(n) for n in numbers], words["språk"])
    return f"{figures} {said}".strip()


def measure_subject(meta: Meta, words: dict[str, Any]) -> str:
    """What the values are, in a sentence, when the sidecar does not say:
    the words' name for the held measure (``12-måneders endring (prosent)``
    is ``tolvmånedersveksten``), else the word for the kind of values
    (``andelen``).

    >>> from narrate.realise import load_phrases
    >>> meta = Meta("t", "", "", "change", ("mål", "tid"), fixed={"mål": "12-måneders endring (prosent)"})
    >>> measure_subject(meta, load_phrases("nb").words), measure_subject(meta, load_phrases("en").words)
    ('tolvmånedersveksten', 'the twelve-month rate')
    """
    return next((subject for label in meta.fixed.values() if (subject := measure_name(label, words))),
                words["subjekt"][meta.measure])


def measure_name(label: str, words: dict[str, Any]) -> str:
    """The words' name for a measure by how its label starts, or empty.

    >>> from narrate.realise import load_phrases
    >>> measure_name("Arbeidslause i prosent av arbeidsstyrken (AKU)", load_phrases("nb").words), measure_name("Oslo", {"mål": {}})
    ('arbeidsledigheten', '')
    """
    lowered = label.lower()
    return next((subject for start, subject in words["mål"].items() if lowered.startswith(start)), "")


def subject_values(category: str, grid: Grid, words: dict[str, Any], said: Said = Said()) -> dict[str, Any]:
    """How to name the category and its population in a sentence. Once
    the article has said the table's clause (``said.clause``), a category
    without a clause of its own gets none: the sentence names it instead
    of saying the clause again; once it has said its place (``said.place``),
    the subject goes without it. The subject alone (``størrelse``) is a
    pronoun when the sentence before has just named it (``said.subject``
    is ``just``); with a category (``hva``) it is always a noun. A share whose clause names the category
    is that share, not the share for it (``andelen som hadde under 1 km
    til nærmeste kino``); once a clause said once has been said, its short
    form (``clause_short``) names the share (``andelen som oppga reduserte
    kostnader``).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"kategori": ["ja"], "år": ["2016"], "verdi": [3]}), unit="prosent",
    ...                     clause="svarte {kategori}"))
    >>> words = {"subjekt": {"share": "andelen", "count": "antallet"}, "mål": {}, "preposisjon": {"sted": "i", "annet": "for"}, "relativ": "som {utsagn},"}
    >>> subject_values("ja", grid, words)["utsagn"], subject_values("ja", grid, words, Said(clause=True))["utsagn"]
    ('svarte ja', '')
    """
    meta = grid.meta
    custom = meta.categories.get(category)
    name = category_name(category, grid)
    prep = preposition(grid.meta.category or "", words)
    where = f"{prep} {name}" if name else ""
    place = "" if said.place else place_phrase(grid, words)
    held = "" if said.held else held_phrase(grid, words)
    subject = noun_subject(grid, words, said)
    alone = pronoun(subject, words) if said.subject == "just" else subject
    clause = (custom.clause if custom and custom.clause else (meta.clause_short or "") if said.clause else meta.clause) or ""
    whole = clause if "{kategori}" not in clause and not (custom and custom.clause) else ""
    if clause and "{kategori}" not in clause and not (custom and custom.clause) and where:
        clause = f"{clause} {where}"
    own = bool(name) and bool(clause) and not whole and meta.measure == "share"
    clause = clause.replace("{kategori}", name)
    verb, _, rest = clause.partition(" ")
    return {
        "navn": name,
        "størrelse": alone,
        "prep": prep,
        "hva": f"{subject} {words['relativ'].format(utsagn=clause)}" if own else f"{subject} {where}".strip(),
        "utsagn": clause,
        "ledet": own,
        "utsagn_alene": whole,
        "kort": custom.short if custom and custom.short else "",
        "utsagn_verb": verb,
        "utsagn_rest": rest,
        "populasjon": " ".join(part for part in (meta.noun.definite_plural, place) if part) if meta.noun else "",
        "flertall": meta.noun.plural if meta.noun else "",
        "er_andel": meta.measure == "share",
        "er_endring": grid.names_what_changed(category),
        "utvalg": held,
    }


def noun_subject(grid: Grid, words: dict[str, Any], said: Said = Said()) -> str:
    """What the values are, as a noun, with the place of a batch article
    and the held labels until the article has said them, and only its
    head noun once the paragraph has said it (see :func:`short_subject`).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.realise import load_phrases
    >>> grid = Grid.of(load(pd.DataFrame({"år": ["2016"], "verdi": [3]}), subject="antallet overnattinger"))
    >>> noun_subject(grid, load_phrases("nb").words), noun_subject(grid, load_phrases("nb").words, Said(subject="said"))
    ('antallet overnattinger', 'antallet')
    """
    base = grid.meta.subject or measure_subject(grid.meta, words)
    place = "" if said.place else place_phrase(grid, words)
    held = "" if said.held else held_phrase(grid, words)
    return " ".join(part for part in (short_subject(base, words) if said.subject else base, place, held) if part)


def preposition(dim: str, words: dict[str, Any]) -> str:
    """The preposition before a label of ``dim`` (see :func:`~narrate.table.dimension_kind`).

    >>> preposition("kommune", {"preposisjon": {"sted": "i", "næring": "innen", "annet": "for"}})
    'i'
    """
    return words["preposisjon"][dimension_kind(dim)]


def place_phrase(grid: Grid, words: dict[str, Any]) -> str:
    """The label an article of a ``--per`` batch is about, as a phrase
    (``i Ås``; a label that is no place in lower case, ``for sektor``), or empty."""
    if grid.meta.place is None:
        return ""
    dim, label = grid.meta.place
    return f"{preposition(dim, words)} {label if is_region(dim) else _in_sentence(label)}"


UNSAID_MEASURES = ("antall", "verdi", "value", "values", "number")
"""Labels of a measure that say nothing the subject does not (``Antall``)."""


def held_phrase(grid: Grid, words: dict[str, Any]) -> str:
    """The held labels the figures are of, when a reader could not know
    them otherwise, as a parenthesis after the subject: every label held
    out of several (a dimension of one label is the whole table's) that is
    not its dimension's total (or a total's name), nor a measure
    the subject already names or that says no more (``Antall``), nor the place a batch article is about; nothing where a clause
    says what the figures are of.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.realise import load_phrases
    >>> frame = pd.DataFrame({"avstand": ["Under 1 km", "1-4,9 km"] * 2, "kulturtilbud": ["Kino"] * 2 + ["Museum"] * 2,
    ...                       "år": ["2021"] * 4, "verdi": [15, 40, 10, 30]})
    >>> held_phrase(Grid.of(load(frame, unit="prosent")), load_phrases("nb").words)
    '(kino)'
    """
    meta = grid.meta
    if meta.clause:
        return ""
    named = measure_subject(meta, words) != words["subjekt"][meta.measure] or bool(meta.subject)
    place = meta.place[0] if meta.place else None
    labels = [label for dim, label in meta.fixed.items()
              if dim in meta.sliced and dim != place and label != meta.totals.get(dim) and not reads_as_total(label)
              and label.lower() not in UNSAID_MEASURES and not (named and measure_name(label, words))]
    return f"({', '.join(_in_sentence(label) for label in labels)})" if labels else ""


def _in_sentence(label: str) -> str:
    """A label inside a sentence: lower case first, unless an abbreviation or a name."""
    return label if len(label) > 1 and (label[1].isupper() or label.split(" ")[0][1:].isupper()) else label[:1].lower() + label[1:]


def in_places(grid: Grid) -> bool:
    """Whether the categories are places (``i Oslo``), by the dimension's name."""
    return is_region(grid.meta.category or "")


def category_name(category: str, grid: Grid) -> str:
    """A category's label as it reads inside a sentence.

    The sidecar's ``name`` wins, then the name the labels imply (no code,
    no repeated word: :mod:`narrate.labels`); a total such as ``I alt`` has
    no name (the subject alone says it); a place name, an abbreviation or a label marked
    ``proper`` keeps its capital; other labels start in lower case.
    """
    custom = grid.meta.categories.get(category)
    if custom and custom.name:
        return custom.name
    named = grid.meta.names.get(category, category)
    if not category or (category == grid.total and named.lower().startswith(UNNAMED_TOTALS)):
        return ""
    category = named
    proper = (custom and custom.proper) or (in_places(grid) and category != grid.total)
    if proper or (len(category) > 1 and category[1].isupper()):
        return category
    return category[0].lower() + category[1:]


def period_values(grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    """The latest period and the one before, as words."""
    latest = parse_period(grid.latest)
    values = {"når": when(grid.latest, words, latest=True), "når_kort": headline_when(grid.latest, words)}
    if grid.previous is not None:
        previous = parse_period(grid.previous)
        if latest and previous and follows(previous, latest) and not latest.window:
            values["før_når"] = values["forrige"] = words["periode"][latest.unit]
        elif latest and previous and latest.is_span and a_year_before(previous, latest):
            values["før_når"] = values["forrige"] = words["periode"]["samme_året_før"]
        else:
            values["før_når"] = when(grid.previous, words)
            values["forrige"] = period_name(grid.previous, words)
    return values


def period_name(label: str, words: dict[str, Any]) -> str:
    """A period as it reads in a sentence: ``2016``, ``3. kvartal 2016``,
    ``oktober 2018``, ``fra oktober 2017 til oktober 2018``."""
    period = parse_period(label)
    if period is None:
        return label
    if qualifier(label):
        return f"{period_name(label[:label.rindex('(')].strip(), words)} ({qualifier(label)})"
    if period.window:
        return _window_name(period, words)
    if period.is_span:
        start = Period(label, period.unit, period.start, period.start)
        end = Period(label, period.unit, period.end, period.end)
        first = _point_name(start, words)
        if period.unit != "year" and period.start[0] == period.end[0]:
            first = first.removesuffix(f" {period.start[0]}")
        return words["periode"]["fra_til"].format(fra=first, til=_point_name(end, words))
    return _point_name(period, words)


def when(label: str, words: dict[str, Any], latest: bool = False) -> str:
    """A period as a time adverbial: ``i 2016``, or a span as it is; the
    latest period, when it is the twelve months up to its end, as ``siste
    tolv måneder``; nothing for a table without time.

    >>> words = {"periode": {"siste_tolv": "siste tolv måneder", "i": "i {periode}", "fra_til": "fra {fra} til {til}"},
    ...          "måned": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
    ...                    "oktober", "november", "desember"]}
    >>> when("November 2017 - November 2018", words, latest=True), when("2016", words), when("", words)
    ('siste tolv måneder', 'i 2016', '')
    """
    if not label:
        return ""
    period = parse_period(label)
    if period is not None and period.is_span:
        months = (period.end[0] - period.start[0]) * 12 + period.end[1] - period.start[1]
        if latest and period.unit == "month" and months == 12:
            return words["periode"]["siste_tolv"]
        return period_name(label, words)
    return words["periode"]["i"].format(periode=period_name(label, words))


def headline_when(label: str, words: dict[str, Any]) -> str:
    """The latest period as a headline says it: a quarter, month or week
    without its year (``i 4. kvartal``, ``i oktober``), a year as it is;
    nothing for a span, a window or a table without time.

    >>> from narrate.realise import load_phrases
    >>> words = load_phrases("nb").words
    >>> headline_when("2016K4", words), headline_when("2018M10", words), headline_when("2021", words), headline_when("", words)
    ('i 4. kvartal', 'i oktober', 'i 2021', '')
    """
    period = parse_period(label) if label else None
    if period is None or period.is_span or period.window or qualifier(label):
        return ""
    return words["periode"]["i"].format(periode=short_period_name(period, words))


def short_period_name(period: Period, words: dict[str, Any]) -> str:
    """A period of one point without its year (``4. kvartal``, ``oktober``,
    ``uke 31``); a year as it is.

    >>> from narrate.realise import load_phrases
    >>> short_period_name(parse_period("2016K4"), load_phrases("en").words)
    'Q4'
    """
    full = _point_name(period, words)
    return full if period.unit == "year" else full.removesuffix(f" of {period.start[0]}").removesuffix(f" {period.start[0]}")


def _window_name(period: Period, words: dict[str, Any]) -> str:
    """A moving run of months or a split year, as one period: ``desember
    2016–februar 2017``, ``november 2016–januar 2017``, ``2020–2021``."""
    if period.unit == "year":
        return f"{period.start[0]}–{period.end[0]}"
    first, last = words["måned"][period.start[1] - 1], words["måned"][period.end[1] - 1]
    if period.start[0] == period.end[0]:
        return f"{first}–{last} {period.end[0]}"
    return f"{first} {period.start[0]}–{last} {period.end[0]}"


def _point_name(period: Period, words: dict[str, Any]) -> str:
    year, sub = period.start
    if period.unit == "quarter":
        return words["periode"]["kvartal"].format(n=sub, år=year)
    if period.unit == "week":
        return words["periode"]["uke"].format(n=sub, år=year)
    if period.unit == "month":
        return f"{words['måned'][sub - 1]} {year}"
    return str(year)


def from_figure(number: Num) -> str:
    """The earlier figure of ``fra 49 876 til 50 812 millioner kroner``:
    the number alone, as the unit follows the later one, unless the
    language puts the unit around the number (``from NOK 49,876 million to
    NOK 50,812 million``).

    >>> from_figure(Num(49876, 0, "millioner kroner", "nb", "millioner kroner"))
    '49\xa0876'
    >>> from_figure(Num(49876, 0, "millioner kroner", "en", "NOK {n} million"))
    'NOK 49,876 million'
    """
    return str(number) if "{n}" in (number.word or number.unit) else tall(number)


def level_num(value: float, grid: Grid, words: dict[str, Any]) -> Num:
    """A level as the text says it, with its unit."""
    meta = grid.meta
    if meta.measure in ("share", "change"):
        return number(value, meta.decimals, "prosent", words)
    if meta.measure == "count" and meta.multiplier > 1:
        return number(value * meta.multiplier, 0, "", words)
    if meta.measure == "amount":
        return number(value, meta.decimals, meta.unit, words)
    return number(value, meta.decimals, "", words)


def change_num(amount: float, unit: str, grid: Grid, words: dict[str, Any]) -> Num:
    """The size of a change as the text says it: points to the table's
    decimals, percent to one decimal, a change in the table's own unit as
    its levels are said.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.realise import load_phrases
    >>> grid = Grid.of(load(pd.DataFrame({"år": ["2016"], "verdi": [3]}), unit="prosent"))
    >>> str(change_num(7, "prosentpoeng", grid, load_phrases("nb").words)), str(change_num(2.46, "prosent", grid, load_phrases("nb").words))
    ('7 prosentpoeng', '2,5 prosent')
    """
    if unit == "":
        return level_num(amount, grid, words)
    return number(amount, grid.meta.decimals if unit == "prosentpoeng" else 1, unit, words)


def number(value: float, decimals: int, unit: str, words: dict[str, Any]) -> Num:
    """A number in the language of ``words``, its unit as that language
    says it (``per cent``; ``percentage point`` for exactly one)."""
    said = words["enheter"].get(unit, unit)
    if isinstance(said, list):
        said = said[0] if abs(round(value, decimals)) == 1 else said[1]
    return Num(value, decimals, unit, words["språk"], said if said != unit else "")


def _direction(change: float, words: dict[str, Any]) -> dict[str, str]:
    return words["retning"]["opp" if change > 0 else "ned" if change < 0 else "uendret"]


def _level(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    value = fact.values["value"]
    if grid.names_what_changed(fact.subject):
        return {"verdi": level_num(abs(value), grid, words), "retning": _direction(value, words)}
    return {"verdi": level_num(value, grid, words)}


def _change(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    unit = fact.values["unit"]
    return {
        "før": level_num(fact.values["before"], grid, words),
        "før_kort": from_figure(level_num(fact.values["before"], grid, words)),
        "etter": level_num(fact.values["after"], grid, words),
        "endring": change_num(abs(size(fact.values)), unit, grid, words),
        "i_prosent": unit != "",
        "forskjell": difference(fact, grid, words),
        "retning": _direction(size(fact.values), words),
        "uendret": size(fact.values) == 0,
        "stabil": fact.kind == "stable",
    }


def difference(fact: Fact, grid: Grid, words: dict[str, Any]) -> str:
    """How many more or fewer a count's change in percent is, in full, as
    writers round it (see :func:`rounded`: ``nesten 446 000`` of ``nesten
    446 000 færre enn måneden før``); empty for any other measure, whose
    difference is no number of things.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.realise import load_phrases
    >>> grid = Grid.of(load(pd.DataFrame({"år": ["2022", "2023"], "verdi": [2.4, 2.5]}), measure="count", multiplier=1000))
    >>> fact = Fact("CH01", "change", "", ("2022", "2023"), {"before": 2.4, "after": 2.5, "pct": 4.2, "unit": "prosent"}, (), 1)
    >>> difference(fact, grid, load_phrases("nb").words)
    '100'
    """
    if grid.meta.measure != "count" or fact.values["unit"] != "prosent":
        return ""
    scale = grid.meta.multiplier if grid.meta.multiplier > 1 else 1
    return rounded(abs(fact.values["after"] - fact.values["before"]) * scale, words)


ROUNDED_FROM = 10_000
"""Counts this large or larger are said to three figures, with a hedge (``drøyt 126 000``)."""


def rounded(value: float, words: dict[str, Any]) -> str:
    """A whole count as writers say it: from ``ROUNDED_FROM`` up, to three
    figures, ``drøyt`` when it was more and ``nesten`` when it was less;
    smaller counts exactly.

    >>> from narrate.realise import load_phrases
    >>> words = load_phrases("nb").words
    >>> rounded(445577, words), rounded(126365, words), rounded(11700, words), rounded(1947, words)
    ('nesten 446\xa0000', 'drøyt 126\xa0000', '11\xa0700', '1\xa0947')
    """
    value = round(value)
    if value < ROUNDED_FROM:
        return str(number(value, 0, "", words))
    step = 10 ** (len(str(int(value))) - 3)
    near = round(value / step) * step
    hedge = "" if near == value else words["hekk"]["below" if near > value else "above"]
    return " ".join(part for part in (hedge, str(number(near, 0, "", words))) if part)


def _year_change(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    """A change from the same period a year before: as a change, and that
    period in words (``samme måned året før``)."""
    period = parse_period(fact.periods[-1])
    return {**_change(fact, grid, words), "samme": words["året_før"][period.unit] if period else ""}


def _largest(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    """The largest increase or decrease; ranked by the change in percent
    (of a table not in percent), its words say so (``størst prosentvis
    nedgang``), since the figures beside them are levels; a rate of change
    that fell while it stayed above nought slowed (``prisveksten avtok
    mest``), where a share that fell fell (``falt mest``)."""
    direction = _direction(size(fact.values), words)
    ranked = direction
    if fact.values["unit"] == "prosent":
        ranked = {**direction, "substantiv": direction["prosentvis_substantiv"], "superlativ": direction["prosentvis_superlativ"]}
    if "avtok_mest" in direction and grid.meta.measure == "change" and fact.values["before"] > 0 and fact.values["after"] > 0:
        ranked = {**ranked, "mest": direction["avtok_mest"]}
    return {"størst": True, "eneste": fact.values.get("only", False), "retning": direction, "rangert": ranked}


def _grade(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    """A change's grade as the headline's word (``Kraftig``)."""
    return {"grad": words["grad"][fact.values["grade"]]}


def _trend(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    period = parse_period(fact.periods[-1])
    unit = words["enhet"][period.unit] if period else ""
    run = fact.values["run"]
    ordinal = words["ordenstall"].get(str(run))
    return {"på_rad": words["på_rad"].format(ordenstall=ordinal, enhet=unit) if ordinal else ""}


def _share_words(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    key = f"{fact.values['numerator']}/{fact.values['denominator']}"
    hedge = words["hekk"].get(fact.values["hedge"], "")
    phrase = words["brøk"][key]
    return {"i_ord": f"{hedge} {phrase}".strip()}


def _extreme(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    values = {"verdi": level_num(fact.values["value"], grid, words), "høyest": fact.kind == "highest", "neste": ""}
    if "next" in fact.values:
        values |= {"neste": category_name(fact.values["next"], grid), "neste_verdi": level_num(fact.values["next_value"], grid, words)}
    return values


def part_names(grid: Grid, words: dict[str, Any]) -> list[str]:
    """The categories' dimension as a plural noun, indefinite and definite
    (``fylker``, ``fylkene``), ``grupper`` when the words lack it."""
    return words["deler"].get((grid.meta.category or "").lower(), words["deler"]["gruppe"])


def _compare(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    above, below, parts = fact.values["above"], fact.values["below"], fact.values["parts"]
    plural = part_names(grid, words)
    label = fact.subject.lower()
    known = next((said for start, said in words["total"].items() if label.startswith(start)), None)
    if known:
        totalen = f"{preposition(grid.meta.category or '', words)} {known}" if in_places(grid) else known
    else:
        totalen = f"{words['preposisjon']['annet']} {category_name(fact.subject, grid)}"
    return {
        "side": words["side"]["over" if above >= below else "under"],
        "antall": small_number(max(above, below), words),
        "deler": small_number(parts, words),
        "alle": max(above, below) == parts,
        "delenavn": plural[0],
        "delenavn_bestemt": plural[1],
        "totalen": totalen,
    }


def _most_moved(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    """A count of places or industries takes the preposition of places (``i
    fire av fem regioner``, ``i tre av fire næringer``); others their own
    (``for tre av fire drivstofftyper``). When the total went the other
    way, the count is a concession (``likevel``), unless the sentence says
    all of them or names the exception."""
    moved, parts = fact.values["moved"], fact.values["parts"]
    plural = part_names(grid, words)
    counted = "sted" if dimension_kind(grid.meta.category or "") in ("sted", "næring") else "annet"
    return {
        "retning": _direction(fact.values["direction"], words),
        "antall": small_number(moved, words),
        "deler": small_number(parts, words),
        "alle": moved == parts,
        "delenavn": plural[0],
        "delenavn_bestemt": plural[1],
        "prep": words["preposisjon"][counted],
        "unntak": category_name(fact.values["except"], grid) if fact.values.get("except") else "",
        "likevel": bool(fact.values.get("against")) and moved < parts and not fact.values.get("except"),
        "spenn": spread(fact, grid, words),
    }


def _part_share(fact: Fact, grid: Grid, words: dict[str, Any]) -> dict[str, Any]:
    total = subject_values(grid.total or "", grid, words)["hva"]
    return {
        "del": category_name(fact.values["part"], grid),
        "andel": number(fact.values["share"], 0, "prosent", words),
        "av_totalen": total,
    }


def spread(fact: Fact, grid: Grid, words: dict[str, Any]) -> str:
    """The smallest and the largest of the parts' changes, when all went
    one way, as the words say a range (``mellom 10,2 og 35,5 prosent``);
    empty when the fact has none.

    >>> from narrate.realise import load_phrases
    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"år": ["2016"], "verdi": [3]})))
    >>> fact = Fact("CH03", "most_moved", "", (), {"least": 10.2, "most": 35.5, "unit": "prosent"}, (), 1)
    >>> spread(fact, grid, load_phrases("nb").words)
    'mellom 10,2 og 35,5 prosent'
    """
    if "least" not in fact.values:
        return ""
    least, most = (change_num(fact.values[key], fact.values["unit"], grid, words) for key in ("least", "most"))
    return words["mellom"].format(fra=tall(least), til=str(most))


def small_number(number: int, words: dict[str, Any]) -> str:
    """A whole number up to twelve in words, a larger one in figures."""
    return words["tall"].get(str(number), str(number))


_KIND_VALUES = {
    "level": _level,
    "change": _change,
    "stable": _change,
    "year_change": _year_change,
    "largest_increase": _largest,
    "largest_decrease": _largest,
    "trend": _trend,
    "share_words": _share_words,
    "highest": _extreme,
    "lowest": _extreme,
    "compare": _compare,
    "part_share": _part_share,
    "most_moved": _most_moved,
    "grade": _grade,
}
