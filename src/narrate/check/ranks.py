"""Ranks and superlatives: ``høyest``, ``lavest``, ``størst økning``,
``the largest decrease``, ``etterfulgt av``.

A sentence that calls the first category it names the highest or lowest
(or the one with the largest increase or decrease) must be right among the
table's parts: by the level in the period the sentence speaks of, or, when
the superlative is said of a change (``størst nedgang``), by the change
into that period, measured as the sentence measures it: in percent when it
says so (``størst prosentvis nedgang``) or states a change in percent of a
table that is not in percent, else in the table's unit (so a ranking in
percent told with levels from and to, and not said to be in percent, fails). The category named after ``etterfulgt av`` must come next.
A superlative said of anything else (``høyeste fullførte utdanning``) is
not a rank.

>>> import pandas as pd
>>> from narrate.check.support import Evidence, whole
>>> from narrate.load import load
>>> table = load(pd.DataFrame({"fylke": ["Oslo", "Oslo", "Agder", "Agder", "Viken", "Viken"], "år": ["2022", "2023"] * 3,
...                            "verdi": [10, 12, 20, 19, 5, 9]}))
>>> evidence = Evidence.of(table)
>>> rank_problem("antallet var høyest i oslo.", evidence, ["2022", "2023"], [])
'says Oslo is the highest, but Agder is (19 against 12)'
>>> rank_problem("antallet var høyest i agder, etterfulgt av oslo.", evidence, ["2022", "2023"], [])
''
>>> rank_problem("størst økning var det i viken.", evidence, ["2022", "2023"], [])
''
>>> rank_problem("antallet falt mest i viken.", evidence, ["2022", "2023"], [])
'says Viken is the largest decrease, but Agder is (-1 against 4)'
"""

from __future__ import annotations

import re

from narrate.check.lexicon import Lexicon
from narrate.check.reader import Claim, direction_at, tokens
from narrate.check.support import Evidence, whole
from narrate.grid import Grid
from narrate.realise.numbers import tall

_BEFORE_LEVEL = frozenset({".", ",", ";", ":", ")", "–"})


def rank_problem(sentence: str, evidence: Evidence, periods: list[str], claims: list[object]) -> str:
    """Why the rank a lower-case sentence says is wrong, or empty."""
    lex = evidence.lex
    words = [token.text.lower() for token in tokens(sentence, lex)]
    said = _superlative(words, evidence)
    if said is None:
        return ""
    highest, of_change, in_percent = said
    named = named_in_order(sentence, evidence)
    if not named:
        return ""
    grid = evidence.grid
    previous, latest = last_step(grid, periods)
    stated = any(isinstance(c, Claim) and c.unit == "prosent" and c.role == "change" for c in claims)
    relative = (in_percent or stated) and not evidence.is_percent
    scores: dict[str, float] = {}
    for part in grid.parts:
        after = grid.value(part, latest)
        before = grid.value(part, previous) if previous else None
        if not of_change and after is not None:
            scores[part] = after
        elif of_change and after is not None and before is not None and (not relative or before > 0):
            scores[part] = (after / before - 1) * 100 if relative else after - before
    first = named[0]
    if first not in scores or len(scores) < 2:
        return ""
    order = sorted(scores, key=lambda part: scores[part], reverse=highest)
    best = scores[order[0]]
    if scores[first] != best:
        what = ("the largest increase" if highest else "the largest decrease") if of_change else ("the highest" if highest else "the lowest")
        shown = ", ".join(tall(v, evidence.grid.meta.decimals + (1 if relative else 0), "en") for v in (best, scores[first]))
        return f"says {first} is {what}, but {order[0]} is ({shown.replace(', ', ' against ')})"
    follower = _followed_by(sentence, evidence)
    if follower and follower in scores:
        rest = [part for part in order if part != first]
        if scores[follower] != scores[rest[0]]:
            return f"says {follower} comes next after {first}, but {rest[0]} does"
    return ""


def _superlative(words: list[str], evidence: Evidence) -> tuple[bool, bool, bool] | None:
    """``(highest, of_change, in_percent)`` for the first superlative said
    as a rank, or ``None``: of a change when a word of change follows it
    (``størst økning``, ``the largest decrease``, ``størst prosentvis
    nedgang``, ``avtok mest``, ``fell the most``), then ``highest`` means
    the largest increase, or of the
    level when it stands alone (``var høyest i``, ``was the lowest.``) or
    before the table's noun (``færrest virksomheter``, ``den høyeste
    andelen``); never when the two words are the table's own (``høyeste
    fullførte utdanning``)."""
    lex = evidence.lex
    own = evidence.own_text
    nouns = evidence.noun_words | evidence.subject_words
    for index, word in enumerate(words):
        if word == lex.most_adverb:
            verb = words[index - 2] if index >= 2 and words[index - 1] == "the" else words[index - 1] if index else ""
            if verb in lex.up | lex.down:
                return verb in lex.up, True, False
        if word not in lex.most | lex.least:
            continue
        following = [*words[index + 1:index + 3], ".", "."]
        in_percent = following[0] in lex.relative
        after = following[1] if in_percent else following[0]
        if after in lex.up | lex.down:
            return (after in lex.up) == (word in lex.most), True, in_percent
        if f"{word} {after}" in own:
            continue
        if after in _BEFORE_LEVEL | lex.level_anchors | lex.common | lex.places | nouns or after == lex.followed_by:
            return word in lex.most, False, False
    return None


def only_problem(sentence: str, evidence: Evidence, periods: list[str]) -> str:
    """Why a lower-case sentence that says only the category it names went
    a way (``bare i rogaland gikk sysselsettingen ned``, ``employment
    decreased only in rogaland``) is wrong, or empty: that category must
    have gone that way into the period the sentence speaks of, and no
    other part.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"fylke": ["Oslo", "Oslo", "Agder", "Agder", "Viken", "Viken"], "år": ["2022", "2023"] * 3,
    ...                            "verdi": [10, 12, 20, 19, 5, 4]}))
    >>> only_problem("bare i agder gikk antallet ned.", Evidence.of(table), ["2022", "2023"])
    'says only Agder went down, but Viken did too'
    """
    lex = evidence.lex
    words = [token.text.lower() for token in tokens(sentence, lex)]
    if lex.only not in words:
        return ""
    direction, named = one_way(words, lex), named_in_order(sentence, evidence)
    ways = step_ways(evidence.grid, periods, evidence.grid.parts)
    if not direction or not named or ways is None:
        return ""
    went = [part for part, moved in ways.items() if moved == direction]
    way = "up" if direction > 0 else "down"
    if named[0] not in went:
        return f"says {named[0]} went {way}, but it did not"
    others = [part for part in went if part != named[0]]
    return f"says only {named[0]} went {way}, but {others[0]} did too" if others else ""


def exception_problem(sentence: str, evidence: Evidence, periods: list[str]) -> str:
    """Why a lower-case sentence that says every part but the one it names
    went a way (``i alle regionene med unntak av tromsø gikk prisveksten
    ned``, ``decreased in all regions except tromsø``) is wrong, or empty:
    the one named must not have gone that way into the period the sentence
    speaks of, and every other part must have.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"fylke": ["Oslo", "Oslo", "Agder", "Agder", "Viken", "Viken"], "år": ["2022", "2023"] * 3,
    ...                            "verdi": [10, 12, 20, 19, 5, 4]}))
    >>> exception_problem("antallet gikk ned i alle fylkene med unntak av viken.", Evidence.of(table), ["2022", "2023"])
    'says every part but Viken went down, but Viken did too'
    >>> exception_problem("antallet gikk ned i alle fylkene med unntak av oslo.", Evidence.of(table), ["2022", "2023"])
    ''
    """
    lex = evidence.lex
    mark = re.search(rf"(?<!\w)(?:{lex.exception})(?!\w)", sentence)
    if not mark:
        return ""
    direction = one_way([token.text.lower() for token in tokens(sentence, lex)], lex)
    named = named_in_order(sentence[mark.end():], evidence)
    ways = step_ways(evidence.grid, periods, evidence.grid.parts)
    if not direction or not named or ways is None:
        return ""
    way = "up" if direction > 0 else "down"
    if ways.get(named[0]) == direction:
        return f"says every part but {named[0]} went {way}, but {named[0]} did too"
    others = [part for part, moved in ways.items() if part != named[0] and moved != direction]
    return f"says every part but {named[0]} went {way}, but {others[0]} did not" if others else ""


def also_problem(sentence: str, evidence: Evidence, periods: list[str]) -> str:
    """Why a lower-case sentence that says the category it names went a
    way too (``også i oslo økte den``, ``employment also increased in
    oslo``) is wrong, or empty: some other part must have gone that way;
    one that sets it against another (``samtidig gikk den ned i rogaland``)
    needs another part that went the other way. (Whether the category
    itself went that way, its figures prove.)

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"fylke": ["Oslo", "Oslo", "Agder", "Agder"], "år": ["2022", "2023"] * 2,
    ...                            "verdi": [10, 12, 20, 19]}))
    >>> also_problem("også i oslo økte antallet.", Evidence.of(table), ["2022", "2023"])
    'says Oslo too went up, but no other part did'
    """
    lex = evidence.lex
    also = re.search(rf"(?<!\w)(?:{lex.also})(?!\w)", sentence)
    meanwhile = re.search(rf"(?<!\w)(?:{lex.meanwhile})(?!\w)", sentence)
    if not (also or meanwhile):
        return ""
    direction = one_way([token.text.lower() for token in tokens(sentence, lex)], lex)
    named = named_in_order(sentence, evidence)
    ways = step_ways(evidence.grid, periods, evidence.grid.parts)
    if not direction or not named or ways is None:
        return ""
    way = "up" if direction > 0 else "down"
    other = direction if also else -direction
    if not [part for part, moved in ways.items() if moved == other and part not in named]:
        if also:
            return f"says {named[0]} too went {way}, but no other part did"
        return f"sets {named[0]} going {way} against another part, but no other part went {'down' if direction > 0 else 'up'}"
    return ""


def concession_problem(sentence: str, evidence: Evidence, periods: list[str]) -> str:
    """Why a lower-case sentence that sets the parts against their total
    (``likevel gikk antallet ned i tre av fem regioner``, ``even so, ...``)
    is wrong, or empty: the total must have gone the other way.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"fylke": ["I alt", "I alt", "Oslo", "Oslo", "Agder", "Agder"], "år": ["2022", "2023"] * 3,
    ...                            "verdi": [30, 29, 10, 9, 20, 20]}))
    >>> concession_problem("likevel gikk antallet ned i ett av to fylker.", Evidence.of(table), ["2022", "2023"])
    'sets the parts going down against their total, but the total went down too'
    """
    lex = evidence.lex
    if not re.search(rf"(?<!\w)(?:{lex.concession})(?!\w)", sentence):
        return ""
    direction, grid = one_way([token.text.lower() for token in tokens(sentence, lex)], lex), evidence.grid
    ways = step_ways(grid, periods, [grid.total]) if grid.total else None
    if not direction or not ways or ways[grid.total] == -direction:
        return ""
    way = "up" if direction > 0 else "down"
    total = "did not move" if ways[grid.total] == 0 else f"went {way} too"
    return f"sets the parts going {way} against their total, but the total {total}"


def consequence_problem(sentence: str, lex: Lexicon) -> str:
    """Why a lower-case sentence that says a run follows from the change it
    tells (``… og den har dermed økt for femte år på rad``, ``… thus
    increased for the fifth year in a row``) is wrong, or empty: the
    word must lead to a run, which the figures then prove; of anything
    else the table proves no consequence.

    >>> from narrate.check.lexicon import BOKMÅL
    >>> consequence_problem("det er en økning, og den har dermed økt for femte år på rad.", BOKMÅL)
    ''
    >>> consequence_problem("oslo hadde dermed flest.", BOKMÅL)
    "says 'dermed' of something that is no run of changes"
    """
    mark = re.search(rf"(?<!\w)(?:{lex.consequence})(?!\w)", sentence)
    if not mark:
        return ""
    after = [token.text.lower() for token in tokens(sentence[mark.end():], lex)]
    return "" if lex.in_a_row in after else f"says '{mark.group(0)}' of something that is no run of changes"


def unranked_superlative(sentence: str, evidence: Evidence) -> str:
    """A superlative a lower-case sentence says that is no rank (see
    :func:`rank_problem`), even beside one that is, and not the table's own words (``høyeste
    fullførte utdanning`` in a subject the table gives), or empty: such a
    word says something of the figures that nothing proves.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), clause="hadde dette som høyeste fullførte utdanning")
    >>> unranked_superlative("48 prosent hadde dette som høyeste fullførte utdanning.", Evidence.of(table))
    ''
    >>> unranked_superlative("48 prosent hadde dette som laveste fullførte utdanning.", Evidence.of(table))
    'laveste'
    >>> unranked_superlative("andelen som hadde dette som laveste fullførte utdanning, falt mest.", Evidence.of(table))
    'laveste'
    """
    lex = evidence.lex
    words = [token.text.lower() for token in tokens(sentence, lex)]
    return next((word for index, word in enumerate(words) if word in lex.most | lex.least and word not in evidence.own_words
                 and _superlative(words[index:index + 3], evidence) is None), "")


def one_way(words: list[str], lex: Lexicon) -> int:
    """The one way a sentence's words of change say the figures went: 1 or
    −1, 0 when they say none or both.

    >>> from narrate.check.lexicon import BOKMÅL
    >>> one_way("i oslo gikk antallet ned".split(), BOKMÅL), one_way("antallet økte i oslo og gikk ned i agder".split(), BOKMÅL)
    (-1, 0)
    """
    said = {direction_at(words, index, lex) for index in range(len(words))} - {0}
    return said.pop() if len(said) == 1 else 0


def step_ways(grid: Grid, periods: list[str], categories: list[str]) -> dict[str, int] | None:
    """Which way each of these categories went into the period a sentence
    speaks of (see :func:`last_step`): 1, −1 or 0, leaving out a category
    without both values; ``None`` when that period has none before it.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"fylke": ["Oslo", "Oslo", "Agder", "Agder"], "år": ["2022", "2023"] * 2, "verdi": [1, 2, 3, 3]})))
    >>> step_ways(grid, ["2022", "2023"], ["Oslo", "Agder"]), step_ways(grid, ["2022"], ["Oslo"])
    ({'Oslo': 1, 'Agder': 0}, None)
    """
    previous, latest = last_step(grid, periods)
    if previous is None:
        return None
    return {category: (after > before) - (after < before) for category in categories
            if (before := grid.value(category, previous)) is not None and (after := grid.value(category, latest)) is not None}


def last_step(grid: Grid, periods: list[str]) -> tuple[str | None, str]:
    """The period a sentence's figures are of (the last it speaks of, else
    the latest) and the one before it, if any.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> last_step(Grid.of(load(pd.DataFrame({"år": ["2022", "2023"], "verdi": [1, 2]}))), ["2022"])
    (None, '2022')
    """
    latest = periods[-1] if periods else grid.latest
    index = grid.periods.index(latest)
    return (grid.periods[index - 1] if index else None), latest


def named_in_order(sentence: str, evidence: Evidence) -> list[str]:
    """The categories a lower-case sentence names, in the order it names them.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> evidence = Evidence.of(load(pd.DataFrame({"fylke": ["Oslo", "Agder"], "år": ["2023"] * 2, "verdi": [1, 2]})))
    >>> named_in_order("i agder og oslo", evidence)
    ['Agder', 'Oslo']
    """
    found: dict[str, int] = {}
    masked = sentence
    for form, category in evidence.forms:
        match = whole(form).search(masked)
        if match:
            found[category] = min(found.get(category, match.start()), match.start())
            masked = masked[:match.start()] + "§" * len(match.group(0)) + masked[match.end():]
    return sorted(found, key=found.__getitem__)


def _followed_by(sentence: str, evidence: Evidence) -> str | None:
    """The category named after ``etterfulgt av``, if the sentence says it."""
    marker = evidence.lex.followed_by.replace("_", " ")
    at = sentence.find(marker)
    if at < 0:
        return None
    after = named_in_order(sentence[at:], evidence)
    return after[0] if after else None
