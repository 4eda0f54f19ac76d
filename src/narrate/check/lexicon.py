"""The words and number formats the reader knows, one lexicon per language.

A lexicon is what a reader of bokmål, nynorsk or English brings to the text:
how numbers are written, which words say up and down, which tie a number to
a level, how shares are said in words, and the hedges.

>>> LEXICONS["en"].units["per_cent"], LEXICONS["nn"].up >= {"auke", "auka"}
('prosent', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, eq=False)
class Lexicon:
    """What the reader knows of one language. Words of several words are
    joined by ``_`` before the text is read (``per_cent``, ``på_rad``)."""

    groups: str
    decimal: str
    up: frozenset[str]
    down: frozenset[str]
    price_verbs: frozenset[str]
    level_anchors: frozenset[str]
    change_links: frozenset[str]
    list_words: frozenset[str]
    cardinals: dict[str, int]
    ordinals: dict[str, int]
    fractions: dict[str, float]
    hedges: dict[str, str]
    period_words: frozenset[str]
    units: dict[str, str]
    of_words: frozenset[str]
    higher: frozenset[str]
    lower: frozenset[str]
    in_a_row: str
    from_word: str
    to_word: str
    against: frozenset[str]
    movers: dict[str, int]
    mover_verbs: frozenset[str]
    not_changes: frozenset[str]
    comparatives: dict[str, int]
    than: str
    quarter_word: str
    week_word: str
    year_before: tuple[str, ...]
    all_words: frozenset[str]
    common: frozenset[str]
    most: frozenset[str]
    least: frozenset[str]
    most_adverb: str
    followed_by: str
    relative: frozenset[str]
    earlier: frozenset[str]
    places: frozenset[str]
    little: str
    weak: str
    strong: str
    scales: dict[str, float]
    currency: frozenset[str]
    respectively: str
    share_of: str
    only: str
    exception: str
    also: str
    meanwhile: str
    concession: str
    consequence: str
    between: str
    contrast: str
    phrases: tuple[str, ...] = field(init=False)
    vocabulary: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        joined = [w for w in [*self.fractions, *self.hedges, *self.units, *self.against, self.in_a_row, self.followed_by]
                  if "_" in w]
        object.__setattr__(self, "phrases", tuple(sorted(joined, key=len, reverse=True)))
        object.__setattr__(self, "vocabulary", self._vocabulary())

    def _vocabulary(self) -> frozenset[str]:
        """Every word the reader reads meaning from."""
        words = (self.up | self.down | self.level_anchors | self.change_links | self.list_words | self.period_words
                 | self.of_words | self.higher | self.lower | self.against | self.mover_verbs | self.common
                 | set(self.cardinals) | set(self.ordinals) | set(self.movers) | set(self.units)
                 | self.all_words | self.most | self.least | {self.most_adverb} | self.relative | self.earlier | self.places
                 | set(self.scales) | self.currency | {self.respectively, self.only, self.contrast}
                 | {self.from_word, self.to_word, self.quarter_word, self.week_word, self.followed_by})
        return frozenset(part for word in words | set(self.fractions) | set(self.hedges) for part in word.split("_"))


NORWEGIAN_FRACTIONS = {"halvparten": 50.0}

BOKMÅL = Lexicon(
    groups="\u00a0\u202f",
    decimal=",",
    up=frozenset({"økning", "økningen", "økte", "økt", "steg", "stiger", "vekst", "veksten", "oppgang", "oppgangen", "flere", "opp", "mer"}),
    down=frozenset({"nedgang", "nedgangen", "falt", "faller", "sank", "reduksjon", "reduksjonen", "redusert", "ned", "færre", "fall", "mindre",
                    "avtok"}),
    price_verbs=frozenset({"steg", "stiger", "falt", "faller", "sank"}),
    level_anchors=frozenset({"fra", "til", "mot", "var", "er", "på", "med", "hadde", "har", "sto", "for", "ble", "av", "utgjorde", "enn"}),
    change_links=frozenset({"på", "med"}),
    list_words=frozenset({"og", "henholdsvis", ","}),
    cardinals={"én": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8,
               "ni": 9, "ti": 10, "elleve": 11, "tolv": 12},
    ordinals={"andre": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7, "syvende": 7, "åttende": 8,
              "niende": 9, "tiende": 10, "ellevte": 11, "tolvte": 12},
    fractions={**NORWEGIAN_FRACTIONS, "en_tredjedel": 100 / 3, "to_tredjedeler": 200 / 3, "en_firedel": 25.0,
               "en_fjerdedel": 25.0, "tre_firedeler": 75.0, "tre_fjerdedeler": 75.0, "hver_tredje": 100 / 3,
               "hver_fjerde": 25.0, "hver_femte": 20.0, "hver_tiende": 10.0},
    hedges={"nesten": "below", "knapt": "below", "snaut": "below", "i_underkant_av": "below",
            "drøyt": "above", "vel": "above", "i_overkant_av": "above",
            "omtrent": "about", "om_lag": "about", "rundt": "about", "cirka": "about",
            "over": "over", "mer_enn": "over", "under": "under", "mindre_enn": "under"},
    period_words=frozenset({"år", "kvartal", "måned", "uke"}),
    units={"prosent": "prosent", "prosentpoeng": "prosentpoeng"},
    of_words=frozenset({"av"}),
    higher=frozenset({"høyere"}),
    lower=frozenset({"lavere"}),
    in_a_row="på_rad",
    from_word="fra",
    to_word="til",
    against=frozenset({"mot"}),
    movers={"opp": 1, "ned": -1},
    mover_verbs=frozenset({"gikk", "gått", "går"}),
    not_changes=frozenset({"flere", "færre", "mer", "mindre"}),
    comparatives={"flere": 1, "færre": -1},
    than="enn",
    quarter_word="kvartal",
    week_word="uke",
    year_before=("året før",),
    all_words=frozenset({"alle"}),
    common=frozenset({"i", "før", "det", "den", "de", "en", "et", "ei", "som", "at", "om", "der"}),
    most=frozenset({"høyest", "høyeste", "størst", "største", "flest"}),
    most_adverb="mest",
    least=frozenset({"lavest", "laveste", "minst", "minste", "færrest"}),
    followed_by="etterfulgt_av",
    relative=frozenset({"prosentvis", "prosentvise"}),
    earlier=frozenset({"før", "fra", "mot", "forrige"}),
    places=frozenset({"i", "innen", "for", "blant", "på", "med"}),
    little=r"liten endring|ingen endring|seg lite|omtrent det samme|om lag det samme|(?:var|er) uendret",
    weak=r"svak|svakt|svake",
    strong=r"kraftig|kraftige|kraftigt",
    scales={"tusen": 1e3, "million": 1e6, "millioner": 1e6, "mill": 1e6, "milliard": 1e9, "milliarder": 1e9, "mrd": 1e9},
    currency=frozenset({"kr", "kroner", "nok"}),
    respectively="henholdsvis",
    share_of=r"prosent av (\w+)",
    only="bare",
    exception=r"med unntak av|unntatt",
    also=r"også|i tillegg|videre",
    meanwhile=r"samtidig",
    concession=r"likevel",
    consequence=r"dermed",
    between="mellom",
    contrast="mens",
)

NYNORSK = Lexicon(
    groups="\u00a0\u202f",
    decimal=",",
    up=frozenset({"auke", "auken", "auka", "steig", "stig", "vekst", "veksten", "oppgang", "oppgangen", "fleire", "opp", "meir"}),
    down=frozenset({"nedgang", "nedgangen", "fall", "fell", "sokk", "reduksjon", "reduksjonen", "redusert", "ned", "færre", "mindre",
                    "minka"}),
    price_verbs=frozenset({"steig", "stig", "fall", "fell", "sokk"}),
    level_anchors=frozenset({"frå", "til", "mot", "var", "er", "på", "med", "hadde", "har", "stod", "for", "vart", "blei", "av", "utgjorde", "enn"}),
    change_links=frozenset({"på", "med"}),
    list_words=frozenset({"og", "høvesvis", ","}),
    cardinals={"éin": 1, "eitt": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "åtte": 8,
               "ni": 9, "ti": 10, "elleve": 11, "tolv": 12},
    ordinals={"andre": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuande": 7, "åttande": 8,
              "niande": 9, "tiande": 10, "ellevte": 11, "tolvte": 12},
    fractions={**NORWEGIAN_FRACTIONS, "ein_tredjedel": 100 / 3, "to_tredjedelar": 200 / 3, "ein_firedel": 25.0,
               "ein_fjerdedel": 25.0, "tre_firedelar": 75.0, "kvar_tredje": 100 / 3, "kvar_fjerde": 25.0,
               "kvar_femte": 20.0, "kvar_tiande": 10.0},
    hedges={"nesten": "below", "knapt": "below", "i_underkant_av": "below",
            "drygt": "above", "vel": "above", "i_overkant_av": "above",
            "omtrent": "about", "om_lag": "about", "rundt": "about", "cirka": "about",
            "over": "over", "meir_enn": "over", "under": "under", "mindre_enn": "under"},
    period_words=frozenset({"år", "kvartal", "månad", "veke"}),
    units={"prosent": "prosent", "prosentpoeng": "prosentpoeng"},
    of_words=frozenset({"av"}),
    higher=frozenset({"høgare"}),
    lower=frozenset({"lågare"}),
    in_a_row="på_rad",
    from_word="frå",
    to_word="til",
    against=frozenset({"mot"}),
    movers={"opp": 1, "ned": -1},
    mover_verbs=frozenset({"gjekk", "gått", "går"}),
    not_changes=frozenset({"fleire", "færre", "meir", "mindre"}),
    comparatives={"fleire": 1, "færre": -1},
    than="enn",
    quarter_word="kvartal",
    week_word="veke",
    year_before=("året før",),
    all_words=frozenset({"alle"}),
    common=frozenset({"i", "før", "det", "den", "dei", "ein", "eit", "ei", "som", "at", "om", "der"}),
    most=frozenset({"høgast", "høgaste", "størst", "største", "flest"}),
    most_adverb="mest",
    least=frozenset({"lågast", "lågaste", "minst", "minste", "færrast"}),
    followed_by="framfor",
    relative=frozenset({"prosentvis", "prosentvise"}),
    earlier=frozenset({"før", "frå", "mot", "førre"}),
    places=frozenset({"i", "innan", "for", "blant", "på", "med"}),
    little=r"lita endring|inga endring|seg lite|om lag det same|omtrent det same|(?:var|er) uendra",
    weak=r"svak|svakt|svake",
    strong=r"kraftig|kraftige",
    scales={"tusen": 1e3, "million": 1e6, "millionar": 1e6, "mill": 1e6, "milliard": 1e9, "milliardar": 1e9, "mrd": 1e9},
    currency=frozenset({"kr", "kroner", "nok"}),
    respectively="høvesvis",
    share_of=r"prosent av (\w+)",
    only="berre",
    exception=r"med unntak av|unnateke",
    also=r"også|òg|i tillegg|vidare",
    meanwhile=r"samstundes|samtidig",
    concession=r"likevel",
    consequence=r"dermed",
    between="mellom",
    contrast="medan",
)

ENGLISH = Lexicon(
    groups=",",
    decimal=".",
    up=frozenset({"increase", "increased", "increases", "rose", "rise", "risen", "grew", "growth", "up", "more"}),
    down=frozenset({"decrease", "decreased", "decreases", "fell", "fall", "fallen", "decline", "declined", "down", "fewer", "less",
                    "slowed"}),
    price_verbs=frozenset({"rose", "rise", "risen", "fell", "fall", "fallen"}),
    level_anchors=frozenset({"from", "to", "against", "was", "is", "at", "with", "had", "has", "for", "of", "than", "accounted", "were",
                             "made"}),
    change_links=frozenset({"by", "of", "at"}),
    list_words=frozenset({"and", "respectively", ","}),
    cardinals={"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12},
    ordinals={"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
              "tenth": 10, "eleventh": 11, "twelfth": 12},
    fractions={"half_of": 50.0, "a_third_of": 100 / 3, "two_thirds_of": 200 / 3, "a_quarter_of": 25.0,
               "three_quarters_of": 75.0, "one_in_three": 100 / 3, "one_in_four": 25.0, "one_in_five": 20.0,
               "one_in_ten": 10.0},
    hedges={"almost": "below", "nearly": "below", "just_under": "below",
            "just_over": "above", "slightly_more_than": "above",
            "about": "about", "around": "about", "approximately": "about", "roughly": "about",
            "over": "over", "more_than": "over", "under": "under", "less_than": "under"},
    period_words=frozenset({"year", "quarter", "month", "week"}),
    units={"per_cent": "prosent", "percentage_points": "prosentpoeng", "percentage_point": "prosentpoeng"},
    of_words=frozenset({"in", "of"}),
    higher=frozenset({"higher"}),
    lower=frozenset({"lower"}),
    in_a_row="in_a_row",
    from_word="from",
    to_word="to",
    against=frozenset({"compared_with", "against"}),
    movers={"up": 1, "down": -1},
    mover_verbs=frozenset({"went", "gone", "go", "goes"}),
    not_changes=frozenset({"more", "fewer", "less"}),
    comparatives={"more": 1, "fewer": -1},
    than="than",
    quarter_word="quarter",
    week_word="week",
    year_before=("a year before", "the year before"),
    all_words=frozenset({"all"}),
    common=frozenset({"in", "the", "a", "an", "that", "this", "it", "as", "before"}),
    most=frozenset({"highest", "largest"}),
    most_adverb="most",
    least=frozenset({"lowest", "smallest", "fewest"}),
    followed_by="followed_by",
    relative=frozenset({"percentage"}),
    earlier=frozenset({"before", "from", "compared_with", "against", "previous", "earlier"}),
    places=frozenset({"in", "for", "among", "at", "with"}),
    little=r"little change|no change|changed little|about the same|(?:was|is) unchanged",
    weak=r"slight|slightly",
    strong=r"sharp|sharply",
    scales={"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9},
    currency=frozenset({"nok", "kr"}),
    respectively="respectively",
    share_of=r"per cent of (?:the )?(\w+)",
    only="only",
    exception=r"except|with the exception of",
    also=r"also|in addition|furthermore",
    meanwhile=r"at the same time",
    concession=r"even so",
    consequence=r"thus",
    between="between",
    contrast="while",
)

LEXICONS = {"nb": BOKMÅL, "nn": NYNORSK, "en": ENGLISH}
"""The lexicon of each language narrate writes."""
