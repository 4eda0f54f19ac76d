"""Read an article's prose as a reader does: its sentences, and in each the
numbers it states, in figures or in words, with their unit, hedge and role.

The reader knows the language (a :class:`~narrate.check.lexicon.Lexicon`),
not the writer: it parses the text alone.

>>> [(c.written, c.unit, c.role, c.direction) for c in read_sentence("Andelen økte med 7 prosentpoeng.", set())]
[('7 prosentpoeng', 'prosentpoeng', 'change', 1)]
>>> [(c.written, c.low, c.high) for c in read_sentence("Nesten 70 prosent av dem svarte ja.", set())]
[('nesten 70 prosent', 67.0, 69.99)]
>>> from narrate.check.lexicon import ENGLISH
>>> [(c.written, c.unit, c.role, c.direction) for c in read_sentence("The share fell by 1.5 percentage points.", set(), ENGLISH)]
[('1.5 percentage points', 'prosentpoeng', 'change', -1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrate.check.lexicon import BOKMÅL, ENGLISH, Lexicon

SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[A-ZÆØÅ0-9−§])|(?<=[!?])\s+(?=[A-ZÆØÅ])")
CLAUSE_BREAKS = {",", ";", ":", "(", ")", "–"}


@dataclass(frozen=True)
class Claim:
    """A number the text states.

    ``low`` and ``high`` bound what it may stand for (as written, before any
    sign); ``negative`` when written with a minus. ``unit`` is ``prosent``,
    ``prosentpoeng`` or empty; ``role`` is ``level`` (a value), ``change`` (a
    change, with its ``direction``), ``count`` (so many of so many
    categories, ``of`` them: lying ``compare`` higher or lower than the
    total, or gone the way of ``direction``) or ``run`` (so many periods in
    a row, in ``direction``). ``scale`` is what a scale word after it
    multiplies it by (``millioner``: a million), 1 when there is none.
    """

    written: str
    low: float
    high: float
    negative: bool
    unit: str
    role: str
    direction: int = 0
    of: int = 0
    compare: int = 0
    scale: float = 1.0


@dataclass(frozen=True)
class Movement:
    """Two numbers the text sets against each other, from ``before`` to
    ``after`` (``fra 38 til 33``, ``48 ..., mot 41``), with the direction
    it says: 0 for none, ``None`` when its words say both."""

    written: str
    before: Claim
    after: Claim
    direction: int | None


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def sentences(prose: str) -> list[str]:
    """The sentences of prose, paragraphs kept apart by an empty string.

    >>> sentences("I 4. kvartal 2016 var det 5. Det er mye.\\n\\nNy.")
    ['I 4. kvartal 2016 var det 5.', 'Det er mye.', '', 'Ny.']
    """
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", prose.strip()):
        if found:
            found.append("")
        found += [s.strip() for s in SENTENCE_END.split(re.sub(r"[ \t\r\n]+", " ", paragraph).strip()) if s.strip()]
    return found


def number_pattern(lex: Lexicon) -> str:
    """The regular expression for a number as the language writes it.

    Thousands may also be grouped with an ordinary space, as many
    writers do (``174 329``).

    >>> bool(re.fullmatch(number_pattern(BOKMÅL), "−1\u00a0234,5")), bool(re.fullmatch(number_pattern(BOKMÅL), "174 329"))
    (True, True)
    """
    group, point = re.escape(lex.groups + " "), re.escape(lex.decimal)
    return rf"[−-]?\d{{1,3}}(?:[{group}]\d{{3}})+(?:{point}\d+)?|[−-]?\d+(?:{point}\d+)?"


def _token_pattern(lex: Lexicon) -> re.Pattern[str]:
    edge = re.escape(lex.decimal + lex.groups)
    return re.compile(rf"(?P<num>(?<![\w{edge}])(?:{number_pattern(lex)})(?![\w]))|(?P<word>[\w§-]+)|(?P<punct>[^\s\w])")


_PATTERNS: dict[Lexicon, re.Pattern[str]] = {}
_JOINERS: dict[Lexicon, re.Pattern[str]] = {}


def tokens(text: str, lex: Lexicon = BOKMÅL) -> list[Token]:
    """Numbers, words and punctuation, in order; phrases of several words
    the lexicon knows are joined by ``_`` first (``per_cent``)."""
    if lex not in _PATTERNS:
        _PATTERNS[lex] = _token_pattern(lex)
        alternatives = "|".join(re.escape(phrase.replace("_", " ")) for phrase in lex.phrases)
        _JOINERS[lex] = re.compile(rf"(?i)(?<!\w)(?:{alternatives})(?!\w)")
    text = _JOINERS[lex].sub(lambda match: match.group(0).replace(" ", "_"), text)
    return [Token(m.lastgroup or "", m.group()) for m in _PATTERNS[lex].finditer(text)]


def number_value(text: str, lex: Lexicon = BOKMÅL) -> tuple[float, int]:
    """A number as written, and its decimals.

    >>> number_value("−1\u00a0234,5")
    (-1234.5, 1)
    """
    for group in lex.groups + " ":
        text = text.replace(group, "")
    whole, _, decimals = text.replace("−", "-").partition(lex.decimal)
    return float(f"{whole}.{decimals}" if decimals else whole), len(decimals)


def interval(value: float, decimals: int, hedge: str) -> tuple[float, float]:
    """What a number at this precision, with this hedge, may stand for.

    ``nesten 70`` is 67 up to just under 70; ``drøyt 70`` just over 70 up to
    73; ``omtrent 70`` 67 to 73; a bare 70 rounds from 69,5 to 70,5.

    >>> [round(bound, 2) for bound in interval(70, 0, "below") + interval(2.5, 1, "")]
    [67.0, 69.99, 2.45, 2.55]
    """
    half = 0.5 * 10**-decimals
    margin = float(max(1, round(0.04 * abs(value))))
    step = 10**-max(decimals, 2)
    if hedge == "below":
        return value - margin, value - step
    if hedge == "above":
        return value + step, value + margin
    if hedge == "about":
        return value - margin, value + margin
    if hedge == "over":
        return value + step, float("inf")
    if hedge == "under":
        return float("-inf"), value - step
    return value - half, value + half


def _hedge_before(words: list[str], index: int, lex: Lexicon) -> tuple[str, str]:
    """The hedge right before position ``index``: its kind and its words."""
    if index >= 1 and words[index - 1] in lex.hedges:
        return lex.hedges[words[index - 1]], words[index - 1].replace("_", " ")
    return "", ""


def direction_of(word: str, before: str, lex: Lexicon = BOKMÅL) -> int:
    """+1 for a word of increase, −1 for one of decrease, else 0; ``opp``
    and ``ned`` count only after ``gikk``, ``gått``, ``går`` or at a clause
    start (``, opp fra``)."""
    if word in lex.movers and before not in lex.mover_verbs | {",", "", "("}:
        return 0
    return 1 if word in lex.up else -1 if word in lex.down else 0


def read_sentence(sentence: str, table_years: set[int], lex: Lexicon = BOKMÅL) -> list[Claim | Movement]:
    """Every number claim in one sentence (already stripped of the table's
    own words), and every movement between two of them.

    Years of the table's periods, quarter numbers (``4. kvartal``) and week
    numbers (``uke 31``) are not claims.
    """
    items = tokens(sentence, lex)
    words = [t.text.lower() for t in items]
    claims: dict[int, Claim] = {}
    i = 0
    while i < len(items):
        claim, width = _read_number(items, words, i, table_years, lex)
        if claim:
            claims[i] = claim
        i += width
    movements = _read_movements(items, words, claims, lex)
    return [*claims.values(), *movements]


def _read_number(items: list[Token], words: list[str], i: int, years: set[int], lex: Lexicon) -> tuple[Claim | None, int]:
    """The claim that starts at token ``i``, if any, and how many tokens it spans."""
    token = items[i]
    if token.kind == "num":
        value, decimals = number_value(token.text, lex)
        following = _next_word(words, i + 1)
        plain = decimals == 0 and not any(group in token.text for group in lex.groups)
        week = i >= 1 and words[i - 1] == lex.week_word
        if plain and (int(value) in years or week or following == "." and _next_word(words, i + 2) == lex.quarter_word):
            return None, 1
        if following in lex.of_words and _whole(words, i + 2, lex) is not None:
            return _count_or_fraction(items, words, i, 3, value, lex)
        hedge, said = _hedge_before(words, i, lex)
        low, high = interval(abs(value), decimals, hedge)
        unit = _unit_after(words, i, lex)
        scale = _scale_after(words, i, lex)
        role, direction = _role_of(words, i, lex)
        written = " ".join(x for x in (said, token.text, following.replace("_", " ") if unit and following in lex.units else "") if x)
        return Claim(written, low, high, value < 0, unit, role, direction, scale=scale), 1
    if words[i] in lex.fractions:
        share = lex.fractions[words[i]]
        hedge, said = _hedge_before(words, i, lex)
        low, high = interval(share, 0, hedge) if hedge else (share - 1, share + 1)
        return Claim(" ".join(x for x in (said, items[i].text.replace("_", " ")) if x), low, high, False, "prosent", "level"), 1
    cardinal = _number_word(words, i, lex)
    if cardinal is not None and _next_word(words, i + 1) in lex.of_words and _whole(words, i + 2, lex) is not None:
        return _count_or_fraction(items, words, i, 3, float(cardinal), lex)
    whole = _whole(words, i + 1, lex)
    if words[i] in lex.all_words and whole is not None:
        direction = _sentence_direction(words, lex)
        if direction:
            written = " ".join(t.text for t in items[i:i + 2])
            return Claim(written, whole, whole, False, "", "count", direction, of=whole), 2
    if words[i] in lex.ordinals and _next_word(words, i + 1) in lex.period_words and _next_word(words, i + 2) == lex.in_a_row:
        direction = _nearest_direction(words, i, lex)
        n = float(lex.ordinals[words[i]])
        written = " ".join(t.text.replace("_", " ") for t in items[i:i + 3])
        return Claim(written, n, n, False, "", "run", direction), 3
    return None, 1


def _count_or_fraction(items: list[Token], words: list[str], i: int, width: int, part: float, lex: Lexicon) -> tuple[Claim, int]:
    """``tre av fem fylker`` (so many categories, where the sentence compares
    with a total) or ``seks av ti`` (a share in words)."""
    whole = _whole(words, i + 2, lex) or 0
    written = " ".join(t.text for t in items[i:i + width])
    present = set(words)
    compare = 1 if lex.higher & present else -1 if lex.lower & present else 0
    if compare:
        return Claim(written, part, part, False, "", "count", of=whole, compare=compare), width
    direction = _sentence_direction(words, lex)
    if direction:
        return Claim(written, part, part, False, "", "count", direction, of=whole), width
    hedge, said = _hedge_before(words, i, lex)
    share = 100 * part / whole if whole else float("nan")
    low, high = interval(share, 0, hedge) if hedge else (share - 1, share + 1)
    return Claim(" ".join(x for x in (said, written) if x), low, high, False, "prosent", "level"), width


def _sentence_direction(words: list[str], lex: Lexicon) -> int:
    """The one way the words of change in a sentence say the figures went,
    0 when they say none or both."""
    said = {direction_at(words, j, lex) for j in range(len(words)) if words[j] not in lex.not_changes} - {0}
    return said.pop() if len(said) == 1 else 0


def _number_word(words: list[str], i: int, lex: Lexicon) -> int | None:
    """The whole number at position ``i``, in words or figures."""
    if i >= len(words):
        return None
    if words[i] in lex.cardinals:
        return lex.cardinals[words[i]]
    return int(words[i]) if words[i].isdigit() else None


def _whole(words: list[str], i: int, lex: Lexicon) -> int | None:
    """The number of parts a whole has in ``tre av fem`` or ``six in ten``:
    a number word, or a figure up to a hundred (never a year)."""
    number = _number_word(words, i, lex)
    return number if number is not None and 0 < number <= 100 else None


def _next_word(words: list[str], i: int) -> str:
    """The word at ``i``, or empty past the end."""
    return words[i] if i < len(words) else ""


def _unit_after(words: list[str], i: int, lex: Lexicon) -> str:
    """The unit a number is given in: the first unit word after it, reading
    past the other numbers of a list (``henholdsvis 5,2 og 4,7 prosent``,
    ``fra 3,9 til 2,8 prosent``)."""
    j = i + 1
    while j < len(words) and (words[j] in lex.list_words or words[j] == lex.to_word or words[j] in lex.hedges
                              or is_number(words[j], lex)):
        j += 1
    return lex.units.get(_next_word(words, j), "")


def _scale_after(words: list[str], i: int, lex: Lexicon) -> float:
    """What a scale word after the number at ``i`` multiplies it by
    (``760 112 millioner kroner``, ``NOK 760,112 million``, ``fra 49 876
    til 50 812 millioner``), 1 when there is none.

    >>> _scale_after("760 112 nok million".replace("760 112", "760112").split(), 0, ENGLISH)
    1000000.0
    """
    j = i + 1
    while j < len(words) and (words[j] in lex.list_words or words[j] == lex.to_word or words[j] in lex.hedges
                              or is_number(words[j], lex)):
        j += 1
    if _next_word(words, j) in lex.currency:
        j += 1
    return lex.scales.get(_next_word(words, j), 1.0)


def is_number(word: str, lex: Lexicon = BOKMÅL) -> bool:
    """Whether a token is a number in figures.

    >>> is_number("1\u00a0234,5"), is_number("K1")
    (True, False)
    """
    return bool(re.fullmatch(number_pattern(lex), word))


def _role_of(words: list[str], i: int, lex: Lexicon) -> tuple[str, int]:
    """Whether the number at ``i`` is a change (and which way) or a level.

    It is a change when a word of change governs it, ``en økning på 7``,
    ``økte med 7``, ``økte med drøyt 7``, ``by NOK 7 million``,
    ``steg boligprisene 1,4``, ``boligprisene opp 1,4`` (a headline, but not
    ``made up 20``), with
    no level word such as ``fra``, ``til``, ``mot`` or ``var`` between
    them in the clause; or when it is so many more or fewer than another
    figure (``447 460 færre enn måneden før``, ``150 more than``).
    """
    following = _next_word(words, i + 1)
    if following in lex.comparatives and _next_word(words, i + 2) == lex.than:
        return "change", lex.comparatives[following]
    comparative, _, than = following.rpartition("_")
    if than == lex.than and comparative in lex.comparatives:
        return "change", lex.comparatives[comparative]
    j = i - 1
    while j >= 0 and ((words[j] in lex.list_words and words[j] != ",") or is_number(words[j], lex) or words[j] in lex.hedges
                      or words[j] in lex.currency or words[j] == lex.between):
        j -= 1
    if j >= 0 and words[j] in lex.movers and (j == 0 or words[j - 1] not in lex.level_anchors):
        return "change", lex.movers[words[j]]
    if j >= 1 and words[j] in lex.change_links:
        direction = direction_at(words, j - 1, lex)
        if direction:
            return "change", direction
        if words[j - 1] == ",":
            said = {direction_at(words, k, lex) for k in range(j - 1) if words[k] not in lex.not_changes} - {0}
            if len(said) == 1:
                return "change", said.pop()
        j -= 1
    while j >= 0 and words[j] not in CLAUSE_BREAKS:
        direction = direction_at(words, j, lex)
        if direction and words[j] not in lex.not_changes:
            return "change", direction
        if words[j] in lex.level_anchors:
            return "level", 0
        j -= 1
    return "level", 0


def direction_at(words: list[str], j: int, lex: Lexicon) -> int:
    """The direction the word at ``j`` says, reading ``ned`` and ``opp`` as
    the particle of a verb earlier in the clause (``gikk prisveksten ned``).

    >>> words = "i oslo gikk prisveksten ned , men økte i bergen".split()
    >>> [direction_at(words, j, BOKMÅL) for j in (4, 7, 2)]
    [-1, 1, 0]
    """
    if words[j] in lex.movers:
        k = j - 1
        while k >= 0 and words[k] not in CLAUSE_BREAKS:
            if words[k] in lex.mover_verbs:
                return lex.movers[words[j]]
            k -= 1
    return direction_of(words[j], words[j - 1] if j >= 1 else "", lex)


def _nearest_direction(words: list[str], i: int, lex: Lexicon) -> int:
    """The direction of the nearest word of change before position ``i``."""
    for j in range(i - 1, -1, -1):
        direction = direction_at(words, j, lex)
        if direction:
            return direction
    return 0


def _directions_before(words: list[str], i: int, lex: Lexicon) -> int | None:
    """The direction the words of change before position ``i`` say: 0 for
    none, ``None`` when some say up and others down."""
    said = {direction_at(words, j, lex) for j in range(i)} - {0}
    return None if len(said) > 1 else said.pop() if said else 0


def _read_movements(items: list[Token], words: list[str], claims: dict[int, Claim], lex: Lexicon) -> list[Movement]:
    """Pairs of numbers set against each other: ``fra A til B`` (``from NOK
    A million to NOK B million``), ``A, opp fra B``, ``A ..., mot B``."""
    movements = []
    positions = sorted(claims)
    for first, second in zip(positions, positions[1:]):
        between = words[first + 1:second]
        a, b = claims[first], claims[second]
        if a.role == "count" or b.role == "count" or a.role == "run" or b.role == "run":
            continue
        start = first - 2 if first >= 2 and words[first - 1] in lex.currency else first - 1
        written = " ".join(t.text.replace("_", " ") for t in items[max(start, 0):second + 1])
        if start >= 0 and words[start] == lex.from_word and lex.to_word in between and len(between) <= 6:
            movements.append(Movement(written, a, b, _directions_before(words, start, lex)))
        elif len(between) >= 2 and between[-1] == lex.from_word and between[-2] in lex.movers:
            movements.append(Movement(written, b, a, lex.movers[between[-2]]))
        elif between and between[-1] in lex.against and "," in between:
            movements.append(Movement(written, b, a, 0))
    return movements
