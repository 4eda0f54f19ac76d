"""Words that carry a fact without a figure of their own: the base of a
share (``48 prosent av virksomhetene``), a change called little (``liten
endring``, ``about the same``), weak or strong (``svak``, ``kraftig``),
and a figure that is no number (``inf``).

>>> import pandas as pd
>>> from narrate.load import load
>>> evidence = Evidence.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent"))
>>> verify_little("andelen endret seg lite.", evidence, Where([""], ["2015", "2016"]))
'calls a change of 7 percentage points little'
"""

from __future__ import annotations

import re

from narrate.check.reader import Claim, Movement
from narrate.check.support import Evidence, Where
from narrate.realise.numbers import tall


_NOT_FINITE = re.compile(r"(?<![\w§])(?:inf|infinity|nan|∞)(?![\w§])", re.IGNORECASE)


def unproven_words(masked: str, evidence: Evidence) -> list[tuple[str, str]]:
    """Words that say a fact nothing in the table proves: a figure that is
    no number (``inf``, ``nan``), and the base of a share (``48 prosent av
    husholdningene``) that is none of the table's own words, nor a word by
    which the language names what the values are (``prosent av antallet``).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> evidence = Evidence.of(load(pd.DataFrame({"år": ["2016"], "verdi": [48]}), unit="prosent", title="Andel av virksomhetene"))
    >>> unproven_words("48 prosent av husholdningene svarte ja, mot inf.", evidence)
    [('inf', 'not a number'), ('husholdningene', 'a share of husholdningene, which the table does not say it counts')]
    """
    found = [(match.group(0), "not a number") for match in _NOT_FINITE.finditer(masked)]
    own = evidence.own_words | evidence.subject_words
    for match in re.finditer(evidence.lex.share_of, masked):
        if match.group(1) not in own and match.group(1) != "§":
            found.append((match.group(1), f"a share of {match.group(1)}, which the table does not say it counts"))
    return found


LITTLE_POINTS = 1.0
"""The largest change in percentage points ``check`` lets be called
little (``liten endring``, ``omtrent det samme``)."""

LITTLE_PERCENT = 1.0
"""The largest change in percent ``check`` lets be called little."""


def verify_little(masked: str, evidence: Evidence, where: Where) -> str:
    """Why a sentence that calls a change little (``liten endring``,
    ``endret seg lite``, ``about the same``) is wrong for a category it
    speaks of: a change of more than ``LITTLE_POINTS`` points in a table
    in percent, or ``LITTLE_PERCENT`` percent in another; else empty. A
    sentence that names no category is wrong only when no category it may
    speak of changed little.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> evidence = Evidence.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [100, 104.5]})))
    >>> verify_little("det var liten endring fra året før.", evidence, Where([""], ["2015", "2016"]))
    'calls a change of 4.5 percent little'
    """
    if not re.search(rf"(?<!\w)(?:{evidence.lex.little})(?!\w)", masked) or len(where.periods) < 2:
        return ""
    limit = LITTLE_POINTS if evidence.is_percent else LITTLE_PERCENT
    wrong = []
    for size, said in change_sizes(evidence, where):
        if size is not None and size > limit + 1e-9:
            wrong.append(f"calls a change of {said} little")
        elif not where.named:
            return ""
    return wrong[0] if wrong else ""


def change_sizes(evidence: Evidence, where: Where) -> list[tuple[float | None, str]]:
    """How large each category a sentence speaks of changed from its first
    to its last period, as words of size are weighed: in points in a table
    in percent, else in percent (``None`` from nought), each with how it
    reads in a problem; a category without both values is left out.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> evidence = Evidence.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [100, 104.5]})))
    >>> [(round(size, 1), said) for size, said in change_sizes(evidence, Where([""], ["2015", "2016"]))]
    [(4.5, '4.5 percent')]
    """
    grid = evidence.grid
    first, last = where.periods[0], where.periods[-1]
    sizes: list[tuple[float | None, str]] = []
    for category in where.named or where.categories:
        before, after = grid.value(category, first), grid.value(category, last)
        if before is None or after is None:
            continue
        if evidence.is_percent:
            sizes.append((abs(after - before), f"{tall(abs(after - before), grid.meta.decimals, 'en')} percentage points"))
        elif before:
            sizes.append((abs(after / before - 1) * 100, f"{tall(abs(after / before - 1) * 100, 1, 'en')} percent"))
        else:
            sizes.append((None, ""))
    return sizes


WEAK_POINTS = WEAK_PERCENT = 2.0
"""The largest change in percentage points, or in percent, ``check`` lets
be called weak (``svak økning``): GR01's bands must lie within it."""

STRONG_POINTS = 3.0
"""The smallest change in percentage points ``check`` lets be called strong (``kraftig nedgang``)."""

STRONG_PERCENT = 5.0
"""The smallest change in percent ``check`` lets be called strong."""


def verify_grade(masked: str, evidence: Evidence, where: Where) -> str:
    """Why a sentence that calls a change weak or strong (``svak økning``,
    ``kraftig nedgang``, ``sharp decrease``) is wrong for a category it
    speaks of: a weak one larger than ``WEAK_POINTS`` points (in a table in
    percent) or ``WEAK_PERCENT`` percent, or none at all; a strong one
    smaller than ``STRONG_POINTS`` points or ``STRONG_PERCENT`` percent;
    else empty. A sentence that names no category is wrong only when no
    category it may speak of fits.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> evidence = Evidence.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [100, 103]})))
    >>> verify_grade("kraftig økning i antallet.", evidence, Where([""], ["2015", "2016"]))
    'calls a change of 3.0 percent strong'
    >>> verify_grade("svak økning i antallet.", evidence, Where([""], ["2015", "2016"]))
    'calls a change of 3.0 percent weak'
    """
    lex = evidence.lex
    weak = re.search(rf"(?<!\w)(?:{lex.weak})(?!\w)", masked)
    strong = re.search(rf"(?<!\w)(?:{lex.strong})(?!\w)", masked)
    if not (weak or strong) or len(where.periods) < 2:
        return ""
    wrong = []
    for size, said in change_sizes(evidence, where):
        if size is None:
            continue
        if weak and (size == 0 or size > (WEAK_POINTS if evidence.is_percent else WEAK_PERCENT) + 1e-9):
            wrong.append(f"calls a change of {said} weak")
        elif strong and size < (STRONG_POINTS if evidence.is_percent else STRONG_PERCENT) - 1e-9:
            wrong.append(f"calls a change of {said} strong")
        elif not where.named:
            return ""
    return wrong[0] if wrong else ""


def range_claims(masked: str, claims: list[Claim | Movement], evidence: Evidence) -> list[Claim]:
    """The two changes a sentence gives as a range (``mellom 10,2 og 35,5
    prosent``), or none."""
    if not re.search(rf"(?<!\w){evidence.lex.between}(?!\w)", masked):
        return []
    changes = [claim for claim in claims if isinstance(claim, Claim) and claim.role == "change" and claim.direction]
    return changes[:2] if len(changes) >= 2 else []


def verify_range(masked: str, evidence: Evidence, claims: list[Claim]) -> str:
    """Why a sentence whose range ``claims`` (see :func:`range_claims`)
    say the parts changed by between two figures
    (``med mellom 10,2 og 35,5 prosent``) is wrong, or empty: the first
    must be the smallest and the second the largest change of the parts
    that went the way it says, as written (relative in ``prosent``, a
    difference in ``prosentpoeng``).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.check.reader import read_sentence
    >>> evidence = Evidence.of(load(pd.DataFrame({"fylke": ["A", "A", "B", "B", "C", "C"], "år": ["2022", "2023"] * 3,
    ...                                           "verdi": [100, 90, 200, 150, 50, 49]})))
    >>> sentence = "antallet gikk ned i alle fylkene, med mellom 2,0 og 25,0 prosent."
    >>> verify_range(sentence, evidence, range_claims(sentence, read_sentence(sentence, {2022, 2023}, evidence.lex), evidence))
    ''
    >>> sentence = "antallet gikk ned i alle fylkene, med mellom 2,0 og 10,0 prosent."
    >>> verify_range(sentence, evidence, range_claims(sentence, read_sentence(sentence, {2022, 2023}, evidence.lex), evidence))
    'says the largest change is 10,0 prosent, but it is 25.0'
    """
    if len(claims) < 2:
        return ""
    grid, (low, high) = evidence.grid, claims[:2]
    previous, latest = grid.periods[-2] if len(grid.periods) > 1 else None, grid.latest
    if previous is None:
        return ""
    sizes = []
    for part in grid.parts:
        before, after = grid.value(part, previous), grid.value(part, latest)
        if before is None or after is None or (after > before) - (after < before) != low.direction:
            continue
        if low.unit == "prosentpoeng":
            sizes.append(abs(after - before))
        elif before:
            sizes.append(abs(after / before - 1) * 100)
    if not sizes:
        return ""
    for claim, size, which in ((low, min(sizes), "smallest"), (high, max(sizes), "largest")):
        if not claim.low - 1e-9 <= size <= claim.high + 1e-9:
            return f"says the {which} change is {claim.written}, but it is {tall(size, 1, 'en')}"
    return ""
