"""Plan the article: which facts go in the title, the ingress and each
paragraph, in what order, each figure said once.

The headline is the total's change where the table has a total, else the
largest change, else the highest level (told with the one after it), else
the first level; a title with no change to tell names the highest
category (``Årslønnen høyest innen bergverksdrift og utvinning``); in a sub-annual table, the headline's change from the
same period a year before follows its change from the period before. Every other category with news gets
a sentence, most newsworthy first; categories with little or no change share
one sentence, which closes the last paragraph of changes. No paragraph is
of one sentence alone. The plan is a plain function of the facts:
deterministic.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> from narrate.rules import detect
>>> grid = Grid.of(load(pd.DataFrame({"kategori": list("AABBCC"), "år": ["2015", "2016"] * 3,
...                                   "verdi": [41, 48, 48, 55, 60, 60]}), unit="prosent"))
>>> plan = make_plan(detect(grid), grid)
>>> plan.title.template, [m.template for m in plan.ingress]
('title', ['level', 'change'])
"""

from __future__ import annotations

from dataclasses import dataclass

from narrate.errors import NarrateError
from narrate.grid import Grid
from narrate.rules import Fact
from narrate.rules.change import size

MAX_GROUP = 3
"""The most categories named together in one sentence."""

@dataclass(frozen=True)
class Placement:
    """Where the plan tells a kind of fact, and the phrase files that word
    it. ``part`` is ``story`` (in its category's sentences), ``totals`` (on
    its own, in the paragraph of the parts against their total) or ``lead``
    (opening the paragraph of changes)."""

    part: str
    phrases: tuple[str, ...]


_CHANGES = ("change", "change_rate", "change_full", "change_full_rate")
PLACEMENT: dict[str, Placement] = {
    "level": Placement("story", ("title", "level", "level_change", "level_index")),
    "change": Placement("story", ("title", *_CHANGES, "change_pair", "change_contrast")),
    "stable": Placement("story", ("title", "stable", "stable_group")),
    "year_change": Placement("story", ("year_change",)),
    "largest_increase": Placement("story", _CHANGES),
    "largest_decrease": Placement("story", _CHANGES),
    "trend": Placement("story", _CHANGES),
    "highest": Placement("story", ("extreme",)),
    "lowest": Placement("story", ("extreme",)),
    "share_words": Placement("story", ("level", "extreme")),
    "compare": Placement("totals", ("compare",)),
    "part_share": Placement("totals", ("part_share",)),
    "most_moved": Placement("lead", ("most_moved",)),
    "grade": Placement("story", ("title",)),
}
"""Every kind of fact a rule may yield (its ``kinds``), where the plan tells
it and the phrase files that word it; a kind not here is refused, never
dropped without a word."""

TOTAL_KINDS = tuple(kind for kind, placement in PLACEMENT.items() if placement.part != "story")
"""Facts about the parts against their total: told on their own, not in a category's story."""

MAX_CHANGES = 5
"""The most changes told, one sentence each, besides the headline."""

PAIRED_AFTER = 2
"""How many changes are told on their own before like changes are told in pairs."""

JOIN_UP_TO = 4
"""A sentence alone joins a paragraph that holds fewer sentences than this."""


@dataclass(frozen=True)
class Message:
    """One sentence to be: the phrase file that words it and the facts it
    states, the main fact first."""

    template: str
    facts: tuple[Fact, ...]

    @property
    def score(self) -> float:
        """The newsworthiness of the sentence: that of its best fact."""
        return max(fact.score for fact in self.facts)


@dataclass(frozen=True)
class Plan:
    """The title, the ingress and the paragraphs, as messages."""

    title: Message
    ingress: tuple[Message, ...]
    paragraphs: tuple[tuple[Message, ...], ...]

    def without(self, message: Message) -> "Plan":
        """The same plan with one paragraph message left out."""
        paragraphs = [[m for m in p if m is not message] for p in self.paragraphs]
        return Plan(self.title, self.ingress, joined([p for p in paragraphs if p]))


def make_plan(facts: list[Fact], grid: Grid) -> Plan:
    """Arrange the facts into a plan; a fact of a kind the plan has no
    place for is an error naming its rule and kind."""
    stories: dict[str, dict[str, Fact]] = {}
    for fact in facts:
        if fact.kind not in PLACEMENT:
            raise NarrateError(f"rule {fact.rule} yields facts of kind {fact.kind!r}, which the plan has no place for "
                               f"(narrate.plan.PLACEMENT)")

        if fact.kind not in TOTAL_KINDS:
            stories.setdefault(fact.subject, {}).setdefault(fact.kind, fact)
    for fact in facts:
        if fact.kind == "most_moved" and fact.values.get("except") in stories:
            _unrank(stories[fact.values["except"]])
    headline = _headline(facts, grid, stories)
    story = stories[headline]
    if "highest" in story and "change" not in story and "stable" not in story:
        ingress = [Message("extreme", _present(story, "highest", "share_words"))]
    else:
        ingress = [Message(_level_template(grid, headline), _present(story, "level", "share_words"))]
    if "change" in story or "stable" in story:
        change = story.get("change") or story["stable"]
        template = "change_rate" if grid.meta.measure == "change" else change.kind
        ingress.append(Message(template, _present(story, change.kind, "largest_increase", "largest_decrease", "trend")))
    if "year_change" in story:
        ingress.append(Message("year_change", (story["year_change"],)))
    if grid.meta.measure == "change" and not grid.names_what_changed(headline):
        title_facts = _present(story, "level")
    else:
        title_facts = _present(story, "change", "stable", "level") + (_present(story, "grade") if "change" in story else ())
        if "change" not in story and "stable" not in story:
            title_facts += _present(story, "highest")
            highest = next((f for f in facts if f.kind == "highest"), None)
            if "highest" not in story and highest is not None:
                title_facts = (highest,)
    title = Message("title", title_facts)

    changes, levels, stable = [], [], []
    for subject, kinds in sorted(stories.items(), key=lambda item: -max(f.score for f in item[1].values())):
        if subject == headline:
            continue
        if "change" in kinds:
            template = "change_full_rate" if grid.meta.measure == "change" else "change_full"
            changes.append(Message(template, _present(kinds, "change", "largest_increase", "largest_decrease", "trend")))
        elif "highest" in kinds or "lowest" in kinds:
            levels.append(Message("extreme", _present(kinds, "highest", "lowest", "share_words")))
        elif "stable" in kinds:
            stable.append(kinds["stable"])
    totals = [Message(f.kind, (f,)) for f in facts if PLACEMENT[f.kind].part == "totals"]
    moved = [Message(f.kind, (f,)) for f in facts if PLACEMENT[f.kind].part == "lead"]
    little = [Message("stable_group", tuple(stable))] if 0 < len(stable) <= MAX_GROUP else []
    changes = changes[:PAIRED_AFTER] + paired(changes[PAIRED_AFTER:], grid)
    first, more = moved + changes[:3], changes[3:MAX_CHANGES]
    paragraphs = [first, totals + levels, more + little] if more else [first + little, totals + levels]
    return Plan(title, tuple(ingress), joined([p for p in paragraphs if p]))


def joined(paragraphs: list[list[Message]]) -> tuple[tuple[Message, ...], ...]:
    """Paragraphs with as few of a single sentence as can be: such a one
    joins the paragraph before it when that holds fewer than ``JOIN_UP_TO``
    sentences, else it opens the paragraph after it; the last stays alone
    only after a full one.

    >>> m = [Message("level", ()) for _ in range(7)]
    >>> [len(p) for p in joined([[m[0]], [m[1], m[2]], [m[3]]])]
    [4]
    >>> [len(p) for p in joined([m[0:4], [m[4]], [m[5], m[6]]])]
    [4, 3]
    >>> [len(p) for p in joined([m[0:4], [m[4]]])]
    [4, 1]
    """
    found: list[list[Message]] = []
    carried: list[Message] = []
    for index, paragraph in enumerate(paragraphs):
        paragraph, carried = carried + paragraph, []
        if len(paragraph) > 1 or (not found and index == len(paragraphs) - 1):
            found.append(paragraph)
        elif found and len(found[-1]) < JOIN_UP_TO:
            found[-1] = found[-1] + paragraph
        elif index < len(paragraphs) - 1:
            carried = paragraph
        else:
            found.append(paragraph)
    return tuple(tuple(paragraph) for paragraph in found)


def paired(messages: list[Message], grid: Grid) -> list[Message]:
    """Like changes told together: two plain changes in a row that go the
    same way in the same unit, by different amounts, become one
    ``change_pair`` message (``... økte med henholdsvis 5 og 4
    prosentpoeng``), unless a name holds ``og`` or a comma and the list
    would read two ways; two that go opposite ways become one
    ``change_contrast`` (``..., mens ...``).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> up = [Message("change_full", (Fact("CH01", "change", s, (), {"diff": d, "unit": "prosentpoeng"}, (), 1),)) for s, d in (("A", 5), ("B", 4))]
    >>> grid = Grid.of(load(pd.DataFrame({"kategori": ["A", "B"], "år": ["2016", "2016"], "verdi": [1, 2]})))
    >>> [m.template for m in paired(up, grid)]
    ['change_pair']
    """
    found: list[Message] = []
    for message in messages:
        if found and _pairs_with(found[-1], message) and not any(_listy(m.facts[0].subject, grid) for m in (found[-1], message)):
            found[-1] = Message("change_pair", found[-1].facts + message.facts)
        elif found and _contrasts_with(found[-1], message):
            found[-1] = Message("change_contrast", found[-1].facts + message.facts)
        else:
            found.append(message)
    return found


def _contrasts_with(first: Message, second: Message) -> bool:
    """Whether two plain changes in the same unit went opposite ways, by
    different amounts (each figure is said once), and are told in one
    sentence with ``mens`` (``Sysselsettingen i Oslo økte
    med 1,2 prosent, mens sysselsettingen i Rogaland gikk ned med 1,8
    prosent``)."""
    plain = all(m.template in ("change_full", "change_full_rate") and len(m.facts) == 1 and m.facts[0].kind == "change"
                for m in (first, second))
    if not plain:
        return False
    a, b = first.facts[0].values, second.facts[0].values
    return a["unit"] == b["unit"] and size(a) * size(b) < 0 and abs(size(a)) != abs(size(b))


def _pairs_with(first: Message, second: Message) -> bool:
    """Whether two change messages can be told in one sentence."""
    plain = all(m.template in ("change_full", "change_full_rate") and len(m.facts) == 1 and m.facts[0].kind == "change"
                for m in (first, second))
    if not plain:
        return False
    a, b = first.facts[0].values, second.facts[0].values
    same_way = (size(a) > 0) == (size(b) > 0) and size(a) != 0 and size(b) != 0 and size(a) != size(b)
    return a["unit"] == b["unit"] and a["unit"] in ("prosent", "prosentpoeng") and same_way


def _listy(category: str, grid: Grid) -> bool:
    """Whether a category's name would blur a list (see :func:`blurs_list`)."""
    custom = grid.meta.categories.get(category)
    return blurs_list(custom.name if custom and custom.name else category)


def blurs_list(name: str) -> bool:
    """Whether a name would make a list read two ways: it holds ``og``,
    ``and`` or a comma.

    >>> blurs_list("kultur og fritid"), blurs_list("Oslo")
    (True, False)
    """
    return any(mark in name for mark in (" og ", " and ", ","))


def _headline(facts: list[Fact], grid: Grid, stories: dict[str, dict[str, Fact]]) -> str:
    if grid.total and grid.total in stories and "level" in stories[grid.total]:
        return grid.total
    for fact in facts:
        if fact.kind == "change" and "level" in stories[fact.subject]:
            return fact.subject
    for fact in facts:
        if fact.kind == "highest" and "level" in stories[fact.subject]:
            return fact.subject
    for fact in facts:
        if fact.kind == "level":
            return fact.subject
    raise NarrateError(f"no number to tell for the latest period ({grid.latest})")


def _level_template(grid: Grid, headline: str) -> str:
    if grid.meta.measure == "change":
        return "level_change" if grid.names_what_changed(headline) else "level"
    return {"index": "level_index"}.get(grid.meta.measure, "level")


def _unrank(story: dict[str, Fact]) -> None:
    """Leave out of a category's story that it is the largest change when
    it is the one that went its way: the sentence of the parts names it as
    the exception (``med unntak av Tromsø``), and its own sentence tells its
    change plainly, not as a rank of one."""
    for kind in ("largest_increase", "largest_decrease"):
        if kind in story and story[kind].values.get("only"):
            del story[kind]


def _present(story: dict[str, Fact], *kinds: str) -> tuple[Fact, ...]:
    return tuple(story[kind] for kind in kinds if kind in story)
