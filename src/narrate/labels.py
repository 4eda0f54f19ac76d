"""How a table's labels read in prose when nothing says otherwise.

SSB's labels carry things a sentence does not say: a code before the name
(``0301 Oslo``, ``46 Vestland``, ``0 Hele landet``) and a word every label
of a dimension repeats (``KPI-JAE Transport``, ``KPI-JAE Totalindeks``).
The table under the article keeps the labels as they are; the prose names
them without the code and the repeated word, and the total by that word.

>>> prose_names(["0 Hele landet", "03 Oslo", "46 Vestland"])
{'0 Hele landet': 'Hele landet', '03 Oslo': 'Oslo', '46 Vestland': 'Vestland'}
>>> prose_names(["KPI-JAE Totalindeks", "KPI-JAE Transport"], total="KPI-JAE Totalindeks")
{'KPI-JAE Totalindeks': 'KPI-JAE', 'KPI-JAE Transport': 'Transport'}
"""

from __future__ import annotations

import re

_CODE = re.compile(r"^(?:[A-Z]-)?\d[\d.\-–]*\s+(?=[A-ZÆØÅ])")


TOTAL_LABELS = ("i alt", "hele landet", "heile landet", "begge kjønn", "alle", "totalt", "total", "landet i alt", "alle aldre")
_TOTAL_STARTS = ("totalt for", "alle næringer", "alle næringar", "sum alle", "i alt for")


def reads_as_total(label: str) -> bool:
    """Whether a label names the total of its dimension (a code before it
    aside).

    >>> reads_as_total("0 Hele landet"), reads_as_total("KPI-JAE Totalindeks"), reads_as_total("Oslo")
    (True, True, False)
    """
    lowered = without_code(label).lower().strip()
    return (lowered in TOTAL_LABELS or lowered.endswith(" i alt") or "totalindeks" in lowered
            or lowered.startswith(_TOTAL_STARTS))


_SUBTOTAL = re.compile(r"\((total|i alt|totalt)\)\s*$|^sum\b|^(markedsrettet virksomhet i )?fastlands-norge\b", re.IGNORECASE)


def subtotals(labels: list[str], total: str | None = None) -> tuple[str, ...]:
    """The labels that sum some of the others: ``(total)`` or ``(i alt)``
    after the name, ``Sum`` before it, or SSB's aggregate of the mainland
    industries (``Fastlands-Norge``), the table's total aside.

    >>> subtotals(["Food, beverages and tobacco (total)", "Food products", "Basic metals (total)"])
    ('Food, beverages and tobacco (total)', 'Basic metals (total)')
    >>> subtotals(["Totalt for næringer", "Fastlands-Norge", "Bergverksdrift"], total="Totalt for næringer")
    ('Fastlands-Norge',)
    """
    return tuple(label for label in labels if label != total and _SUBTOTAL.search(label))


def without_code(label: str) -> str:
    """A label without a code before its name (a name starts with a capital
    letter: ``15-24 år`` is an age, not a code and a name).

    >>> without_code("0301 Oslo"), without_code("01-03 Jordbruk, skogbruk og fiske"), without_code("15-24 år")
    ('Oslo', 'Jordbruk, skogbruk og fiske', '15-24 år')
    """
    return _CODE.sub("", label, count=1)


def prose_names(labels: list[str], total: str | None = None) -> dict[str, str]:
    """The labels whose prose name differs from the label, with that name:
    a code prefix that every label has is dropped; where the table has a
    total, a first word that every label repeats is dropped too, and the
    total is named by it (``Fish-farm bred salmon, frozen`` keeps its first
    word: without a total, the word is part of each name).

    >>> prose_names(["Fish-farm bred salmon, fresh", "Fish-farm bred salmon, frozen"])
    {}
    """
    names = {label: label for label in labels}
    if len(labels) > 1 and all(_CODE.match(label) for label in labels):
        names = {label: without_code(label) for label in labels}
    words = [name.split(" ", 1) for name in names.values()]
    if total and all(len(parts) == 2 for parts in words) and len({parts[0] for parts in words}) == 1:
        shared = words[0][0]
        names = {label: shared if label == total else name.split(" ", 1)[1] for label, name in names.items()}
    return {label: name for label, name in names.items() if name != label}
