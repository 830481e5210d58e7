"""The records the stages pass between them, in the order the pipeline makes them.

``Sentence`` (text) -> ``Nouns``, ``Mention``, ``SizeDefinition`` (mentions, with ``Quantity``
from numbers) -> ``PlaceList`` (places) -> ``StatusCue``, ``ForceName`` (attributes) -> ``When``,
``TimeHit`` (timing); ``Story`` is what the article has said so far, read and written by every
sentence. The stages import these from here, never from each other, so no stage depends on a later one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dashboard.places.gazetteer import Place, PlaceMatch
from dashboard.schema import Fact


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or headline, or caption line) and its offsets in the article's visible text."""

    start: int
    end: int
    text: str
    caption: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count as stated: a point (low == high), a range, or unknown (both None)."""

    low: int | None
    high: int | None
    approx: bool = False

    def times(self, other: Quantity) -> Quantity:
        """Total of ``self`` units of ``other`` each; an unknown count counts as one."""
        low = (self.low or 1) * other.low if other.low is not None else None
        high = (self.high or 1) * other.high if other.high is not None else None
        return Quantity(low, high, self.approx or other.approx)


@dataclass(frozen=True, slots=True)
class Nouns:
    """A sentence's unit nouns, and whether it holds a number at all: what both the size definitions
    and the mentions start from, found once per sentence."""

    heads: list[re.Match[str]]  # in the folded text: their offsets, not their letters, are the sentence's
    numbered: bool


@dataclass(slots=True)
class Mention:
    """A unit named in a sentence, with what the sentence says of its size."""

    start: int
    end: int
    unit: str
    quantity: Quantity
    implicit_one: bool = False
    troops: Quantity | None = None
    troops_each: Quantity | None = None
    force: str = ""
    needs_number: bool = False
    phrase_start: int = -1
    status: str = ""
    filler_only: bool = False  # counts people only as the filler of a formation named before it
    kind_only: bool = False  # "such units", "similar formations": the story's kind of unit, not its force
    host_named: str = ""  # "the Bulgarian battlegroup": the flank host its adjective may name (a country code)
    named: bool = False  # a formation by its name ("the 45th Panzer Brigade"): no count, the sentence's only unit

    def __post_init__(self) -> None:
        if self.phrase_start < 0:
            self.phrase_start = self.start


@dataclass(frozen=True, slots=True)
class SizeDefinition:
    """What the article says one unit numbers ("Battlegroups typically are made up of 1,000-1,500
    soldiers"), and the sentence that says it."""

    unit: str
    troops: Quantity
    sentence: Sentence


@dataclass(frozen=True, slots=True)
class PlaceList:
    """Places joined by commas and "and", with whether a locative word ties them to forces."""

    start: int
    end: int
    matches: tuple[PlaceMatch, ...]
    locative: bool
    origin: bool
    destination: bool = False
    home: bool = False  # named as the force's home in its own apposition (", based in X,")

    @classmethod
    def site(cls, start: int, end: int, written: str, place: Place) -> PlaceList:
        """One place where forces are, written so at ``start:end`` (a side of a border, a nation's own soil)."""
        return cls(start, end, (PlaceMatch(start, end, written, place),), True, False)


StatusCue = tuple[int, int, int]  # start, end, rank in lang.status.STATUS_CUES
ForceName = tuple[int, int, str]  # start, end, the force it names


@dataclass(frozen=True, slots=True)
class When:
    """The words that date a fact and the ISO dates (``YYYY-MM-DD``) they denote; empty when unknown."""

    words: str = ""
    start: str = ""
    end: str = ""


TimeHit = tuple[int, int, When]  # start and end in the sentence, and what the words denote


@dataclass(slots=True)
class Story:
    """What the article has said so far: the sizes it defined, its places by sentence, the place it is
    at (``focus``), the last force, unit and region named, and the facts read."""

    definitions: dict[str, SizeDefinition]
    context_countries: tuple[str, ...]
    named: dict[int, list[PlaceMatch]]
    nouns: dict[int, Nouns]
    last_force: str = ""
    force_paragraph: int = -1  # where the paragraph that named ``last_force`` starts
    paragraph: int = 0  # where the paragraph of the sentence being read starts
    line_starts: list[int] = field(default_factory=lambda: [0])  # where each line of the text starts
    last_unit: str = ""
    last_counted: str = ""  # the unit of the last count read, troops included ("They join the 120 already there")
    asked: Mention | None = None  # what the sentence before asked "how many" of, for its answer's bare count
    exercise_named: bool = False  # whether an exercise or drill has been named so far (its participants are no fact)
    focus: PlaceList | None = None
    focus_paragraph: int = -1  # where the paragraph that set the focus starts
    focus_from_heading: bool = False  # a heading's place ("Estonia", "Lithuania: the brigade") holds till the next
    published: date | None = None
    last_region: Place | None = None
    story_place: list[PlaceList] = field(default_factory=list)
    dateline: list[PlaceList] = field(default_factory=list)  # where the article was filed, if in the theatre
    lead: int = -1  # where the sentence the dateline opens starts (the story's lead), if there is a dateline
    dated_line: int = -1  # the last line whose own dateline was looked for (a caption's: facts._read_sentence)
    datelines: dict[str, list[PlaceList]] = field(default_factory=dict)  # each dateline's place, found once
    facts: list[Fact] = field(default_factory=list)
