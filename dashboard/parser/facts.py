"""Facts: one row per mention and place, with its force, status, time and the sentence that says so.

The reader goes through the article once, sentence by sentence: mentions, their places, their
attributes, then the facts, while the story keeps what later sentences need. Afterwards a
formation whose headcount the next sentence gives is dropped in favour of the headcount.

Reads: the ``Article`` and every earlier stage's records (``Sentence``, ``Mention``, ``PlaceList``,
status, force, ``When``, the ``Story``).
Writes: the article's ``Fact`` rows, in reading order, each quoting its sentence with exact offsets.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field, replace

from dashboard.parser.attributes import (
    ClauseBreaks,
    clause_force,
    force_mentions,
    frame_vetoes,
    home_code,
    not_a_deployment,
    status_cues,
    status_of,
    usable_forces,
    withdrawals_aside,
)
from dashboard.parser.doc import (
    ForceName,
    Mention,
    PlaceList,
    Quantity,
    Sentence,
    StatusCue,
    Story,
    TimeHit,
    When,
)
from dashboard.parser.lang import clauses, counts, frames, placenames, roles
from dashboard.parser.lang import forces as force_words
from dashboard.parser.lang.forces import ANNOTATED_AT_HOME
from dashboard.parser.lang.frames import EXERCISE_NAMED_STEMS, EXERCISE_WORDS
from dashboard.parser.lang.status import (
    COMPOSED_OF,
    FULFILLED_AFTER,
    JOINED_TO_COME_AFTER,
    JOINING_BEFORE,
    LEAVING_BEFORE,
    MISSION_PLACE_BEFORE,
    READINESS_AFTER,
    REPLACED_BEFORE,
    REPLACING_BY_BEFORE,
)
from dashboard.parser.mentions import find_mentions, nouns_of, size_definitions
from dashboard.parser.places import (
    NO_PLACE,
    aggregate_members,
    assign_places,
    border_site,
    can_host,
    destinations,
    find_place_lists,
    nearest_located,
    own_side,
    part_ends,
    places_for,
)
from dashboard.parser.story import (
    article_countries,
    continues,
    focus_reaches,
    heading_place,
    move_focus,
    remember_force,
    remember_region,
    remember_scene,
    story_force,
    story_place,
)
from dashboard.parser.text import dateline_place, names_a_credit, split, visible
from dashboard.parser.timing import times_in, when_within
from dashboard.parser.unitnames import unit_name
from dashboard.places.gazetteer import Gazetteer, Place
from dashboard.places.sides import nations
from dashboard.schema import Fact
from dashboard.sources.article import Article
from dashboard.util.dates import iso_date
from dashboard.util.textmatch import folded


def extract(article: Article, gazetteer: Gazetteer) -> list[Fact]:
    """Every deployment fact the article states, in reading order."""
    clean, offsets = visible(article.text)
    if offsets is None:
        return _extract(article, gazetteer)
    body_start = next((i for i, at in enumerate(offsets) if at >= article.body_start), len(clean))
    facts = _extract(replace(article, text=clean, body_start=body_start), gazetteer)
    return [_at_offsets(fact, article.text, offsets) for fact in facts]


def _at_offsets(fact: Fact, text: str, offsets: list[int]) -> Fact:
    """The fact cited in the article as given: its quote sliced from the original text."""
    start, end = offsets[fact.quote_start], offsets[fact.quote_end - 1] + 1
    return replace(fact, quote=text[start:end], quote_start=start, quote_end=end)


def _extract(article: Article, gazetteer: Gazetteer) -> list[Fact]:
    sentences = split(article.text, skip_until=article.body_start)
    named = {s.start: gazetteer.find_named(s.text) for s in sentences}
    nouns = {s.start: nouns_of(s.text) for s in sentences}
    state = Story(
        definitions=size_definitions(sentences, nouns),
        context_countries=article_countries(named),
        named=named,
        nouns=nouns,
        story_place=story_place(named, gazetteer),
        published=iso_date(article.published),
    )
    state.dateline = _dateline(article, gazetteer, state)
    if state.dateline and sentences:
        state.lead = sentences[0].start
    # Found once: a paragraph is a line, and every sentence asks where its line starts.
    state.line_starts = [0] + [match.end() for match in _NEWLINE.finditer(article.text)]
    for sentence in sentences:
        _read_sentence(article, sentence, gazetteer, state)
    return _drop_described_formations(article.text, state.facts)


_NEWLINE = re.compile("\n")
_QUESTION_END = re.compile(r"\?[\s\"”’']*$")


def _dateline(article: Article, gazetteer: Gazetteer, state: Story, *, line_start: int = -1) -> list[PlaceList]:
    """Where the article (or the line at ``line_start``: a gallery's caption) was filed, when that is in a
    host country of the flank: the place of a count no sentence places ("TAPA, Estonia — The minister
    addressed some 800 British soldiers"). A dateline elsewhere (Washington, Brussels, Rome, Stockholm) is
    where news is made, not where forces are."""
    written = dateline_place(article.text, skip_until=article.body_start if line_start < 0 else line_start)
    if not written:
        return []
    if written in state.datelines:  # a gallery repeats its places: each is looked up once
        return state.datelines[written]
    state.datelines[written] = lists = _dateline_lists(written, gazetteer, state)
    return lists


def _dateline_lists(written: str, gazetteer: Gazetteer, state: Story) -> list[PlaceList]:
    """The place a dateline names, as a site, when it is in a host country of the flank."""
    phrase = "in " + written
    lists = [pl for pl in find_place_lists(phrase, gazetteer.find_named(phrase), gazetteer, state) if pl.locative]
    places = [m.place for pl in lists[:1] for m in pl.matches]
    if len(places) != 1 or places[0].country_code not in gazetteer.region_members(placenames.FLANK_REGION):
        return []
    return lists[:1]


def _drop_described_formations(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Ottawa will send one more company to Adazi. It will bring about 150 more Canadian
    soldiers": a formation and the headcount the next sentence gives it are one force; keep the headcount."""
    by_quote: dict[int, list[Fact]] = {}
    for fact in facts:
        by_quote.setdefault(fact.quote_start, []).append(fact)
    starts = sorted(by_quote)
    dropped: set[str] = set()
    for first, second in zip(starts, starts[1:]):
        following = by_quote[second]
        named = clauses.NAMED_WITH_HEADCOUNT.match(text, second)
        if not (clauses.REFERS_BACK.match(text, second) or named):
            continue
        if not any(f.unit == "troops" and f.quantity_low is not None for f in following):
            continue
        formations = [
            f
            for f in by_quote[first]
            if f.unit != "troops"
            and f.quantity_low == 1
            and f.quantity_high == 1
            and f.troops_low is None
            # (a formation named again is one of the same echelon, at the same place, in the same state: "The
            # 1st Battalion" after "a battalion" there; not "The 3rd Brigade ... arrived in Romania" after a
            # brigade sent to Poland)
            and (
                named is None
                or (
                    f.unit.startswith(named.group("echelon").lower()[:-1])
                    and all(
                        g.country_code == f.country_code and g.status == f.status for g in following if g.quantity_low
                    )
                )
            )
        ]
        if len(formations) == 1:
            dropped.add(formations[0].fact_id)
    return [f for f in facts if f.fact_id not in dropped]


# one sentence ---------------------------------------------------------------------------------------
def _read_sentence(article: Article, sentence: Sentence, gazetteer: Gazetteer, state: Story) -> None:
    text = sentence.text
    state.paragraph = state.line_starts[bisect.bisect_right(state.line_starts, sentence.start) - 1]
    if state.paragraph > article.body_start and state.paragraph != state.dated_line:
        # A later line with a dateline of its own ("GRAF IGNATIEVO, BULGARIA: Spanish airmen inspect ...",
        # a gallery's caption) is filed there: its first sentence is its lead.
        state.dated_line = state.paragraph
        if line := _dateline(article, gazetteer, state, line_start=state.paragraph):
            state.dateline, state.lead = line, sentence.start
    forces = force_mentions(text, gazetteer)
    state.exercise_named = state.exercise_named or (
        any(stem in text for stem in EXERCISE_NAMED_STEMS) and bool(EXERCISE_WORDS.search(text))
    )
    if (sentence.caption and names_a_credit(text)) or any(d.sentence is sentence for d in state.definitions.values()):
        remember_force(state, forces, text)
        return
    mentions = find_mentions(
        text,
        state.nouns[sentence.start],
        gazetteer,
        last_unit=state.last_unit,
        last_counted=state.last_counted,
        asked=state.asked,
    )
    state.asked = None  # (a question's noun is counted by the answer right after it, or by none)
    if all(m.quantity.low is None for m in mentions) and (heading := heading_place(text, state.named[sentence.start])):
        # "Estonia", "Lithuania: the German brigade" over a section: the place of what follows, not a
        # force that acts.
        state.focus, state.focus_from_heading = heading, True
        forces = [f for f in forces if not heading.start <= f[0] < heading.end]
        if not mentions:
            return
    if sentence.caption:
        # A caption's scene ("the minister talks to troops at the base") describes its picture; only a
        # count it gives states a deployment.
        mentions = [m for m in mentions if m.quantity.low is not None and not m.implicit_one]
    if not mentions or not_a_deployment(text):
        if (
            mentions
            and counts.HOW_MANY.search(text)
            and _QUESTION_END.search(text)
            # (not what a kind holds, nor losses: "How many soldiers does a battalion have?")
            and not counts.ASKED_OF_NO_FORCE.search(text)
        ):
            # "How many British troops are in Estonia?": the answer counts its unit, at its place.
            asked = mentions[0]
            cues = status_cues(text)
            breaks = ClauseBreaks(text)
            asked.status = status_of(text, asked, cues, clause=breaks.around(asked), breaks=breaks)
            state.asked = asked
            lists = find_place_lists(text, state.named[sentence.start], gazetteer, state)
            if left := [pl for pl in lists if pl.origin and asked.status == "withdrawn"]:
                move_focus(state, left[0])  # "How many has Canada withdrawn from Latvia?": where they left
            else:
                remember_scene(state, lists)
        if forces and not mentions:
            # "the Belgian presence in Lithuania", "Norway's share of the Latvian mission": a place
            # tied to a force sets the scene for the counts that follow.
            remember_scene(state, find_place_lists(text, state.named[sentence.start], gazetteer, state))
        elif not mentions and any(m.place.kind == "base" for m in state.named[sentence.start]):
            # "Upgrades to the air base at Campia Turzii started in April": the base "the base" of the
            # next sentence is.
            lists = find_place_lists(text, state.named[sentence.start], gazetteer, state)
            remember_scene(state, [pl for pl in lists if any(m.place.kind == "base" for m in pl.matches)])
        remember_force(state, forces, text)
        remember_region(state, state.named[sentence.start])
        return
    place_lists = find_place_lists(text, state.named[sentence.start], gazetteer, state)
    if vetoed := frame_vetoes(text, mentions, place_lists, exercise_story=state.exercise_named):
        mentions = [m for index, m in enumerate(mentions) if index not in vetoed]
        if not mentions:
            # "At the Lest training area began the exercise ..., in which take part 2 500 soldiers": no
            # deployment, but the scene of the contingents the next sentences count.
            remember_scene(state, place_lists)
            remember_force(state, forces, text)
            return
    context = _Sentence(
        sentence=sentence,
        place_lists=place_lists,
        clauses=ClauseBreaks(text),
        cues=status_cues(text),
        times=times_in(text, published=state.published),
        forces=(usable := usable_forces(text, forces, place_lists)),
        force_starts=[f[0] for f in usable],
        points_back=bool(placenames.POINTS_BACK.search(folded(text))),
        counts=(spans := [(m.phrase_start, m.end) for m in mentions]),
        parts=part_ends(text, spans),
        refers_back=continues(text),
        # A wire story's lead tells what happens where it is filed: "ŻAGAŃ, Poland — Officials welcomed
        # roughly 3,500 U.S. soldiers on Saturday" (a count its sentence does not place is there).
        at_dateline=bool(state.dateline)
        and (
            (
                sentence.start == state.lead
                and bool(placenames.LEAD_PRESENCE.search(text))
                and not placenames.LEAD_ELSEWHERE.search(text)
                # Russian forces are reported from the flank, never stationed in it.
                and not force_words.RUSSIAN.search(text)
            )
            or bool(placenames.AT_THE_DATELINE.search(text))
        ),
    )
    focus = state.focus
    read = len(state.facts)
    _share_list_status(text, mentions, context)
    assigned = assign_places(text, mentions, place_lists, force_starts=context.force_starts)
    for mention, lists in zip(mentions, assigned):
        focus = _read_mention(article, mention, lists, context, gazetteer, state) or focus
        if mention.unit != "troops":
            state.last_unit = mention.unit
        if mention.quantity.low is not None:
            state.last_counted = mention.unit
    remember_force(state, forces, text)
    counted = [fact.force for fact in state.facts[read:] if fact.force and fact.quantity_low is not None]
    if counted and any(f[2] == state.last_force and force_words.SPEAKER_AFTER.match(text, f[1]) for f in forces):
        # The nation named first only spoke; the story goes on about the force it counted: after
        # "Ukraine's ministry puts the Russian troops at 127,000", "a figure of 100,000" counts Russia's.
        state.last_force, state.force_paragraph = counted[-1], state.paragraph
    move_focus(state, focus)
    remember_region(state, state.named[sentence.start])


def _share_list_status(text: str, mentions: list[Mention], context: _Sentence) -> None:
    """ "Four F-16s, two tankers and 150 airmen will deploy to Romania": the items of a list before its verb
    share its tense; an item whose own clause holds no status word takes the next item's (the comma that
    ends it is no clause's end). A list ends in "and": "The Canadian tanks, 15 Leopards in all, transited"
    is an apposition; "Together with the German brigade, allied forces" no list."""
    gaps = [
        gap if (gap := clauses.LIST_ITEM_GAP.fullmatch(text, item.end, following.phrase_start)) else None
        for item, following in zip(mentions, mentions[1:])
    ]
    closed = False  # whether the list the item is in ends in "and"
    for index in range(len(mentions) - 2, -1, -1):
        item, following, gap = mentions[index], mentions[index + 1], gaps[index]
        closed = gap is not None and (closed or "and" in gap.group(0))
        if (
            item.status
            or not closed
            or clauses.GOVERNED_ITEM_BEFORE.search(text, max(0, item.phrase_start - 40), item.phrase_start)
        ):
            continue
        low, high = context.clauses.around(item)
        if any(low <= start and end <= high for start, end, _ in context.cues):
            continue
        clause = context.clauses.around(following)
        item.status = following.status or status_of(
            text, following, context.cues, clause=clause, breaks=context.clauses
        )


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What a sentence's mentions share, found once for all of them."""

    sentence: Sentence
    place_lists: list[PlaceList]
    clauses: ClauseBreaks
    cues: list[StatusCue]
    times: list[TimeHit]
    forces: list[ForceName]
    counts: list[tuple[int, int]] = field(default_factory=list)
    parts: list[int] = field(default_factory=list)  # where counts of a total's parts end (places.part_ends)
    refers_back: bool = False  # story.continues, asked once for every count of the sentence
    at_dateline: bool = False  # "here", or forces a visitor meets: placenames.AT_THE_DATELINE
    seen: set[tuple[object, ...]] = field(default_factory=set)
    borders: dict[str, PlaceList | None] = field(default_factory=dict)
    # where the sentence names a nation that may act (``places.contrast_limit``)
    force_starts: list[int] = field(default_factory=list)
    # whether it points back at the story's place ("there", "the country": placenames.POINTS_BACK)
    points_back: bool = False

    def border(self, home: str, state: Story, gazetteer: Gazetteer) -> PlaceList | None:
        """The side of the sentence's border where a force from ``home`` stands (``border_site``), as
        a place list, found once per sentence and home (a sentence of many counts asks it of each)."""
        if home not in self.borders:
            text = self.sentence.text
            side = border_site(text, state.named[self.sentence.start], home, gazetteer)
            phrase = placenames.BORDER_PHRASE.search(text) if side else None
            written = phrase.group(0) if phrase else "border"
            self.borders[home] = PlaceList.site(0, 0, written, side) if side else None
        return self.borders[home]

    def counts_overlap(self, start: int, end: int) -> bool:
        """Whether ``start:end`` is part of a count: "Nearly 2000 British troops" has no year in it."""
        return any(low < end and start < high for low, high in self.counts)


def _read_mention(
    article: Article, mention: Mention, lists: list[PlaceList], context: _Sentence, gazetteer: Gazetteer, state: Story
) -> PlaceList | None:
    """The facts of one mention; returns the place list the story is now at, if it moved."""
    text = context.sentence.text
    clause = context.clauses.around(mention)
    status = mention.status or status_of(text, mention, context.cues, clause=clause, breaks=context.clauses)
    if LEAVING_BEFORE.search(text, max(0, mention.phrase_start - 30), mention.phrase_start):
        # "withdrawing a brigade from Romania, leaving about 1,000 soldiers there": these stay, where
        # the withdrawal leaves from.
        status = "existing"
        lists = lists or [pl for pl in context.place_lists if pl.origin and pl.end <= mention.start][-1:]
    elif JOINING_BEFORE.search(text, max(0, mention.phrase_start - 40), mention.phrase_start) and not (
        JOINED_TO_COME_AFTER.match(text, mention.end)
    ):
        status = "existing"  # "adding to the roughly 1,000 German troops there": those are there now
    when = when_within([hit for hit in context.times if not context.counts_overlap(hit[0], hit[1])], *clause)
    # Who moves is read as a withdrawal's: "from Germany" is where they leave, not who they are.
    force_status = status
    if status == "withdrawn" and (
        any(pl.destination and not MISSION_PLACE_BEFORE.search(text, max(0, pl.start - 30), pl.start) for pl in lists)
        # "Some 2,000 soldiers, who will be stationed in Romania, left Germany": they left another place
        or (
            lists
            and any(
                pl not in lists and roles.LEFT_BEFORE.search(text, max(0, pl.start - 20), pl.start)
                for pl in context.place_lists
            )
        )
    ):
        # "withdraw 1,000 troops from Germany and move them to Poland": a move, whose place is where it
        # goes (CONVENTIONS: its origin is no fact); its status is the move's.
        status = status_of(text, mention, withdrawals_aside(context.cues), clause=clause, breaks=context.clauses)
    if status == "withdrawn" and not lists:
        # "withdraw 3,000 troops from Novo Selo", "had already left Poland": where they leave is the place.
        lists = [
            pl
            for pl in context.place_lists
            if pl.start >= mention.end
            and (pl.origin or roles.LEFT_BEFORE.search(text, max(0, pl.start - 20), pl.start))
        ][:1] or [
            # "The task force in Slovakia, with up to 250 soldiers, will return to Germany": where its
            # subject is.
            pl
            for pl in context.place_lists
            if pl.end <= mention.phrase_start and pl.locative and not (pl.origin or pl.destination or pl.home)
        ][-1:]
    said = _said_of_none_or_replaced(text, mention, status)
    if said is None:
        return None
    status = said
    if (
        status == "planned"
        and (fulfilled := FULFILLED_AFTER.match(text, mention.end))
        and not any(mention.end <= low < fulfilled.end() for low, _ in context.counts)
    ):
        status = "existing"  # "offered 700 troops to Latvia in 2023, and they have since arrived"
    if status == "existing" and _composes_a_plan(article.text, mention, context, clause, state):
        status = "planned"
    inherited = "" if mention.kind_only else story_force(state, refers_back=context.refers_back)
    force = mention.force or clause_force(text, mention, context.forces, status=force_status) or inherited
    if (
        mention.quantity.low is None
        and force in force_words.RUSSIAN_FORCES
        and (scene := placenames.OPENING_CLAUSE.match(text))
        and mention.end <= scene.end()
    ):
        # "As Russian troops pressed toward Kyiv, the U.S. ordered ...": the war as the scene, no fact of
        # where Russia's forces are.
        return None
    if (
        (mention.quantity.low or 0) > 1
        and counts.RESTATED_OBJECT_BEFORE.search(text, max(0, mention.phrase_start - 20), mention.phrase_start)
        and not lists
        and any(
            f.unit == mention.unit
            and f.quantity_low == mention.quantity.low
            and (not mention.force or f.force == mention.force)
            for f in state.facts
        )
    ):
        # "Four frigates entered the Baltic. 1,100 sailors serve across the four ships": the same ships (of the
        # same force, with no place of their own: "crews for the 4 jets arrived in Constanta" is a new fact).
        return None
    lists = _sites(mention, [pl for pl in lists if can_host(pl, force)], force, context, state, gazetteer)
    if (
        (mention.quantity.low or 0) > 1
        and text[mention.phrase_start : mention.phrase_start + 1].isdigit()
        and counts.DEFINITE_BEFORE.search(text, max(0, mention.phrase_start - 6), mention.phrase_start)
        and (written := {m.text for pl in lists for m in pl.matches})
        and any(
            f.unit == mention.unit
            and (f.quantity_low, f.quantity_high) == (mention.quantity.low, mention.quantity.high)
            and f.status == status
            and f.place in written
            for f in state.facts
        )
    ):
        # "The US will move 1,000 soldiers to Romania. The 1,000 troops bound for Romania belong to a Stryker
        # squadron": the same force, restated at the same place, one fact (CONVENTIONS: identical facts merge).
        return None
    if mention.host_named and lists and all(_countries(pl) == {mention.host_named} for pl in lists):
        force = "NATO"  # "the Bulgarian battlegroup at Novo Selo" is NATO's formation in its host
    home = home_code(force, gazetteer) if (mention.force or force != inherited or _names(context, force)) else ""
    abroad = [
        pl
        for pl in lists
        if {m.place.country_code for m in pl.matches} != {home}
        or not roles.STAYS_BEFORE.search(text, max(0, pl.start - 30), pl.start)
    ]
    if home and force not in ANNOTATED_AT_HOME and abroad and len(abroad) < len(lists):
        # "the British brigade assigned to Estonia stays in Britain": where a force stays in its own
        # country beside a place abroad is its home, not a site.
        lists = abroad
    if (
        home
        and force not in ANNOTATED_AT_HOME
        and lists
        and all({m.place.country_code for m in pl.matches} == {home} for pl in lists)
    ):
        if not mention.force and _only_spoke(text, force, context.forces):
            # "Belarusian monitors had expected 8,000 fighters at a camp in Belarus": the host watched
            # or spoke; whose forces these are the sentence does not say, the story may ("Wagner fighters
            # moved into Belarus. Belarusian monitors put their number at 4,000").
            force = inherited if inherited != force else ""
        else:
            # Host-nation forces on their own soil are not a deployment ("Poland ... would move 1,000
            # soldiers towards the Suwalki gap").
            return None
    if _own_forces_at_home(text, mention, lists, home_code(force, gazetteer), context.place_lists):
        return None
    if (
        home
        and mention.force
        and home in gazetteer.region_members(placenames.FLANK_REGION)
        and any(word in text for word in placenames.BORDER_WORDS)
        and placenames.BORDER_PHRASE.search(text, mention.end)
        # (the sentence names no place but the border itself: "the eastern border" may name the flank)
        and all(
            m.place.kind == "region" and any(word in m.text.lower() for word in placenames.BORDER_WORDS)
            for pl in context.place_lists
            if pl.locative
            for m in pl.matches
        )
    ):
        # "Some 40,000 Polish soldiers have been sent to the eastern border": a flank host's own forces at
        # its own border, on its own soil (Russia's and Belarus's forces there are annotated: they are the
        # posture watched).
        return None
    if (
        mention.unit == "troops"
        and lists
        and (_host_included(text, lists, gazetteer) or _host_among(force, lists, gazetteer))
    ):
        # "About 5,000 military from ten allied states, Romania included, will train in Romania": a
        # total with the host's own forces in it is no deployment (CONVENTIONS).
        return None
    moved = None
    # "200 soldiers each to Estonia, Latvia and Lithuania", "battle groups, each some 1,000 troops strong,
    # to ...": the count is every country's, not the group's.
    each = mention.quantity.low is not None and bool(
        counts.EACH_AFTER.match(text[mention.end :])
        or counts.EACH_BEFORE.search(text, max(0, mention.phrase_start - 12), mention.phrase_start)
    )
    for place, place_text in places_for(mention, lists):
        if place is NO_PLACE and (mention.quantity.low is None or mention.implicit_one):
            continue
        members = aggregate_members(context.sentence.text, mention, place, lists, sentence_lists=context.place_lists)
        if not (each and members):
            _add(
                _fact(article, context.sentence, mention, status, force, place, place_text, state, when=when),
                context,
                state,
            )
        if place is not NO_PLACE and (site := _new_focus(lists, context.place_lists)) is not state.focus:
            moved = site
        for member, member_text in members:
            # One count over several named countries: the group carries the count, and each country
            # is a fact of its own with no count (CONVENTIONS.md), so a country filter finds it.
            counted = mention if each else _bare(mention)
            _add(
                _fact(article, context.sentence, counted, status, force, member, member_text, state, when=when),
                context,
                state,
            )
    return moved


def _composes_a_plan(
    article_text: str, mention: Mention, context: _Sentence, clause: tuple[int, int], state: Story
) -> bool:
    """Whether a count says what a formation planned in the sentence before is made of ("Germany will
    send a battalion to Lithuania. The battalion comprises roughly 600 troops"): the sentence after it, whose
    subject refers back, with no status of its own in the count's clause."""
    text = context.sentence.text
    if not context.refers_back or (composed := COMPOSED_OF.match(text)) is None:
        return False
    previous = next((f for f in reversed(state.facts) if f.quote_end <= context.sentence.start), None)
    return (
        previous is not None
        and previous.status == "planned"
        and not article_text[previous.quote_end : context.sentence.start].strip()
        and mention.end > composed.end()
        and not clauses.CLAUSE_BREAK.search(text, composed.end(), mention.start)
        and not any(clause[0] <= start and end <= clause[1] for start, end, _ in context.cues)
    )


def _said_of_none_or_replaced(text: str, mention: Mention, status: str) -> str | None:
    """The status of forces said to be none, none of whom leave, replaced or replacing others; ``status``
    as read when none of these is said; None when the forces are said to be absent (no fact)."""
    if mention.quantity.high == 1 and counts.NOT_A_SINGLE.search(text, max(0, mention.phrase_start - 80), mention.end):
        return None  # "No NATO member has sent a single frigate", "Not one allied warship has entered"
    if mention.quantity.low is None and counts.NONE_OF_THEM_BEFORE.search(
        text, max(0, mention.phrase_start - 20), mention.phrase_start
    ):
        if counts.NONE_LEAVE_AFTER.match(text, mention.end):
            status = "existing"  # "No British troops will be withdrawn from Estonia": they all stay
        elif not counts.NONE_REMAIN_AFTER.match(text, mention.end):
            return None  # "No Irish personnel are stationed in Estonia", "no NATO warships are present"
        else:
            status = "withdrawn"  # "no German air defence unit remains": those that were there have left
    if (
        mention.quantity.low is not None
        and counts.NONE_OF_BEFORE.search(text, max(0, mention.phrase_start - 20), mention.phrase_start)
        and counts.NONE_LEAVE_AFTER.search(text, mention.end, mention.end + 60)
    ):
        return "existing"  # "None of the 1,000 French troops in Romania will be withdrawn"
    if by := REPLACING_BY_BEFORE.search(text, max(0, mention.phrase_start - 60), mention.phrase_start):
        # "were relieved in October by a French company": the company comes; it is there now ("will be
        # relieved by a Polish unit": it is to come).
        return "planned" if counts.TO_COME_BEFORE.search(text, max(0, by.start() - 20), by.start()) else "existing"
    if REPLACED_BEFORE.search(text, max(0, mention.phrase_start - 40), mention.phrase_start):
        return "withdrawn"  # "replacing four Polish F-16s that had been there since August": the forces leave
    return status


def _bare(mention: Mention) -> Mention:
    """The mention with no count: a member's fact of a count over a group (CONVENTIONS)."""
    return Mention(
        mention.start,
        mention.end,
        mention.unit,
        Quantity(None, None),
        force=mention.force,
        phrase_start=mention.phrase_start,
    )


def _sites(
    mention: Mention, lists: list[PlaceList], force: str, context: _Sentence, state: Story, gazetteer: Gazetteer
) -> list[PlaceList]:
    """Where a mention's forces are: its own places, else (for a count) the sentence's, the story's
    focus, the country the story is about."""
    text = context.sentence.text
    if READINESS_AFTER.match(text, mention.end):
        # Forces on alert are where they are kept: a place only if the sentence gives theirs; on standby at
        # home, they are placed where they would go, the story's place abroad (CONVENTIONS: "on alert to
        # reinforce Estonia"; "A further 2,000 Canadians are on standby in Canada to reinforce them").
        home = home_code(force, gazetteer)
        located = [pl for pl in context.place_lists if pl.locative]
        if (
            placenames.TO_REINFORCE.search(text, mention.end)
            and not any(pl.destination for pl in lists)
            and home
            and located
            and all(_countries(pl) == {home} for pl in located)
            and state.focus is not None
            and home not in _countries(state.focus)
        ):
            return [state.focus]
        return destinations(lists)
    if mention.quantity.low is None:
        return lists
    # "10,000 soldiers in the area of the border with Belarus": one side of a border, not the story's place.
    home = home_code(force, gazetteer)
    if not lists and home and force_words.BORDER_FORCE.search(text, mention.phrase_start, mention.end):
        # "500 Belarusian border troops moved toward the frontier": a nation's border troops guard its own
        # border, on its own soil.
        return [PlaceList.site(mention.start, mention.end, gazetteer.country_name(home), gazetteer.country_place(home))]
    if lists and (side := own_side(text, lists, home, gazetteer)):
        return [side]
    border = context.border(home, state, gazetteer) if not lists else None
    candidates = [
        destinations(lists),
        nearest_located(
            text,
            mention,
            context.place_lists,
            parts=context.parts,
            force_starts=context.force_starts,
            clause=context.clauses.around(mention),
        ),
        [border] if border else [],
    ]
    if abroad := frames.ABROAD_AFTER.match(text, mention.end):
        # "800 soldiers abroad" are somewhere the text does not say, unless it says so right after ("abroad in
        # Transnistria", "overseas to Latvia"); not at a place the sentence names for others
        return [pl for pl in lists if pl.locative and pl.start >= abroad.end()][:1]
    if not mention.implicit_one or not roles.SPANS.search(text):
        # "a force that runs from the Arctic" is a kind of force, not a site to inherit.
        # "About 800 British soldiers are serving here" under "TAPA, Estonia —": the dateline's place.
        dateline = [
            pl for pl in state.dateline if {m.place.country_code for m in pl.matches} != {home} and context.at_dateline
        ]
        reaches = state.focus is not None and focus_reaches(
            state, names_force=bool(context.forces), refers_back=context.refers_back
        )
        inherited = [dateline, [state.focus] if state.focus is not None and reaches else [], state.story_place]
        if home in force_words.RUSSIAN_SIDE and not context.points_back:
            # Russian and Belarusian forces are reported from allied soil, never stationed on it: after "Poland
            # sends 1,000 soldiers to Podlasie", "500 Belarusian troops moved toward the frontier" are
            # not in Poland. Only a place their own sentence gives, or points back to, can put them there.
            allied = {c for r in placenames.ALLIED_NORTH_AND_EAST for c in gazetteer.region_members(r)}
            allied -= force_words.RUSSIAN_SIDE
            inherited = [[pl for pl in candidate if not _countries(pl) <= allied] for candidate in inherited]
        elif home and not context.points_back:
            # Nor are an ally's forces stationed in Russia or Belarus: after a paragraph on Russian troops in
            # Belarus, "Poland ... moved 40,000 of its own soldiers to the east" are not there.
            inherited = [
                [pl for pl in candidate if not _countries(pl) <= force_words.RUSSIAN_SIDE] for candidate in inherited
            ]
        candidates += inherited
    for candidate in candidates:
        hosts = [pl for pl in candidate if can_host(pl, force)]
        if hosts and state.focus is not None and hosts[0] is state.focus:
            # A paragraph that reached the focus carries it on to its next sentence.
            state.focus_paragraph = state.paragraph
        if hosts:
            return _qualified_country(text, mention, hosts, context.place_lists)
    return []


def _own_forces_at_home(
    text: str, mention: Mention, lists: list[PlaceList], home: str, sentence_lists: list[PlaceList]
) -> bool:
    """Whether a count of a nation's "own" forces is at home: "Lithuania, with about 23,000 soldiers of its
    own, hosts ...", "Estonia has 7,000 soldiers of its own" (a host's own forces on its soil are no fact,
    CONVENTIONS); "the US will send 2,000 of its own soldiers to Poland" is a deployment. Home is the
    force's country or a host the sentence names; a count with no place stays at home."""
    start, end = max(0, mention.phrase_start - counts.OWN_FORCES_REACH), mention.end + counts.OWN_FORCES_REACH
    own = counts.OWN_FORCES.search(text[start : mention.phrase_start]) or counts.OWN_FORCES.search(
        text, mention.phrase_start, end
    )
    if not own:
        return False
    homes = {home} | {
        code
        for pl in sentence_lists
        if roles.HOST_AFTER.match(text, pl.end)
        or roles.HAS_NATION_AFTER.match(text, pl.end)
        # ("Latvia said the Canadians would be joined by 1,000 of its own troops": the subject's own)
        or clauses.BEFORE_SUBJECT.fullmatch(text, 0, pl.start)
        for code in _countries(pl)
    }
    return all(_countries(pl) <= homes for pl in lists)


def _countries(place_list: PlaceList) -> set[str]:
    return {m.place.country_code for m in place_list.matches}


def _only_spoke(text: str, force: str, named: list[ForceName]) -> bool:
    """Whether the sentence names ``force`` only as a speaker or watcher ("Belarusian monitors",
    "Latvia's defence ministry"), never as one that acts."""
    mine = [f for f in named if f[2] == force]
    return bool(mine) and all(force_words.SPEAKER_AFTER.match(text, f[1]) for f in mine)


def _host_among(force: str, lists: list[PlaceList], gazetteer: Gazetteer) -> bool:
    """Whether a count of several nations' troops names its host among them: "About 1,000 Romanian and
    French troops took part in the drill at Cincu" (a total with the host's own forces, CONVENTIONS)."""
    if ", " not in force:
        return False
    hosts = set().union(*map(_countries, lists))
    return any(home_code(nation, gazetteer) in hosts for nation in nations(force))


def _host_included(text: str, lists: list[PlaceList], gazetteer: Gazetteer) -> bool:
    """Whether the sentence says the host of ``lists`` has forces in the count: "Romania included",
    "including Romanian soldiers", "including the host nation"."""
    if "includ" not in text:
        return False
    hosts = set().union(*map(_countries, lists))
    for match in counts.HOST_INCLUDED.finditer(text):
        name = match.group("name") or match.group("adjective")
        if not name or gazetteer.country_code(gazetteer.forces.get(name, "")) in hosts:
            return True
    return False


def _is_region(place_list: PlaceList) -> bool:
    return all(m.place.kind == "region" for m in place_list.matches)


def _new_focus(lists: list[PlaceList], sentence_lists: list[PlaceList]) -> PlaceList | None:
    """The place the story is at after a mention took ``lists``: the last of them that names a country,
    town or base; a region ("on the Alliance's eastern flank") only when the sentence locates forces in
    no country, since a region beside a country qualifies it."""
    if not lists:
        return None
    if named := [pl for pl in lists if not _is_region(pl)]:
        return named[-1]
    if any(pl.locative and not pl.origin and not _is_region(pl) for pl in sentence_lists):
        return None
    return lists[-1]


def _qualified_country(
    text: str, mention: Mention, hosts: list[PlaceList], sentence_lists: list[PlaceList]
) -> list[PlaceList]:
    """ "left for central Slovakia, where the Czech Army will command a new battlegroup on the Alliance's
    eastern flank": one formation in a region that qualifies a member country named before it is in
    that country (not one sent there in a move of its own: "three Gripens to Poland and a corvette to the
    Baltic Sea")."""
    if len(hosts) != 1 or not _is_region(hosts[0]) or (mention.quantity.low or 0) > 1:
        return hosts
    if hosts[0].start > mention.end and roles.OWN_DESTINATION_GAP.fullmatch(text, mention.end, hosts[0].start):
        return hosts
    members = {code for m in hosts[0].matches for code in m.place.members}
    before = [
        pl
        for pl in sentence_lists
        if pl.locative
        and not pl.origin
        and pl.end <= mention.start
        and not _is_region(pl)
        and {m.place.country_code for m in pl.matches} <= members
    ]
    return before[-1:] or hosts


def _add(fact: Fact, context: _Sentence, state: Story) -> None:
    """ "a JTAC team, an EOD team and a UAV team" states one fact: identical facts of a sentence merge."""
    key = (fact.unit, fact.quantity_low, fact.quantity_high, fact.place, fact.force, fact.status)
    if key not in context.seen:
        context.seen.add(key)
        state.facts.append(fact)


# the row -------------------------------------------------------------------------------------------------
def _fact(
    article: Article,
    sentence: Sentence,
    mention: Mention,
    status: str,
    force: str,
    place: Place,
    place_text: str,
    state: Story,
    *,
    when: When,
) -> Fact:
    troops, derived, also = _troops(mention, state)
    key = f"{article.article_id}:{sentence.start}:{mention.start}:{place.name}:{place_text}"
    return Fact(
        fact_id=hashlib.sha256(key.encode()).hexdigest()[:16],
        article_id=article.article_id,
        title=article.title,
        outlet=article.outlet,
        author=article.author,
        published=article.published,
        url=article.url,
        force=force,
        unit=mention.unit,
        unit_name=unit_name(sentence.text, mention.start, mention.end),
        quantity_low=mention.quantity.low,
        quantity_high=mention.quantity.high,
        approx=mention.quantity.approx,
        troops_low=troops.low if troops else None,
        troops_high=troops.high if troops else None,
        troops_derived=derived,
        status=status,
        when=when.words,
        when_start=when.start,
        when_end=when.end,
        place=place_text,
        resolved_place=place.name,
        country_code=place.country_code,
        country=place.country,
        region=place.region,
        lat=place.lat,
        lon=place.lon,
        precision=place.kind,
        quote=sentence.text,
        quote_start=sentence.start,
        quote_end=sentence.end,
        also_cites=also,
    )


def _troops(mention: Mention, state: Story) -> tuple[Quantity | None, bool, str]:
    if mention.unit == "troops":
        return (mention.quantity if mention.quantity.low is not None else None), False, ""
    if mention.troops is not None:
        return mention.troops, False, ""
    if mention.troops_each is not None:
        return mention.quantity.times(mention.troops_each), True, ""
    if definition := state.definitions.get(mention.unit):
        return mention.quantity.times(definition.troops), True, definition.sentence.text
    return None, False, ""


def _names(context: _Sentence, force: str) -> bool:
    """Whether the sentence names ``force`` itself ("Finland itself will provide a brigade")."""
    return any(named == force for _, _, named in context.forces)
