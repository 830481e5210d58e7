"""Facts: one row per mention and place, with its force, status, time and the sentence that says so.

The reader goes through the article once, sentence by sentence: mentions, their places, their
attributes, then the facts, while the story keeps what later sentences need. Afterwards a
formation whose headcount the next sentence gives is dropped in favour of the headcount.
"""
from __future__ import annotations

import hashlib
import re

from dashboard.article import Article
from dashboard.gazetteer import Gazetteer, Place
from dashboard.parser import lexicon
from dashboard.parser.attributes import (
    ANNOTATED_AT_HOME,
    clause_force,
    clause_span,
    force_mentions,
    home_code,
    status_of,
    usable_forces,
)
from dashboard.parser.mentions import Mention, find_mentions, size_definitions
from dashboard.parser.numbers import Quantity
from dashboard.parser.places import (
    NO_PLACE,
    aggregate_members,
    assign_places,
    can_host,
    destinations,
    find_place_lists,
    nearest_located,
    places_for,
)
from dashboard.parser.story import (
    Story,
    article_countries,
    published_date,
    remember_force,
    remember_region,
    remember_scene,
    story_place,
)
from dashboard.parser.text import Sentence, split
from dashboard.parser.timing import when_of
from dashboard.schema import Fact

# "one of its brigades" counts one brigade.
# "a battlegroup that stretches from the Baltic Sea to the Black Sea" describes a kind of force.
_SPANS = re.compile(r"\b(?:stretch|extend|span|rang|run)\w*\s+(?:all\s+the\s+way\s+)?from\b", re.IGNORECASE)
_REFERS_BACK = re.compile(r"\s*(?:It|This\s+(?:unit|force|battalion|brigade|battlegroup|company|squadron)|"
                          r"The\s+(?:unit|battalion|brigade|battlegroup|battle\s+group|company|squadron|contingent))\s+"
                          r"(?:will\s+)?(?:bring|brings|number|numbers|comprise|comprises|consist|consists|include|"
                          r"includes|has|have|is\s+made\s+up)\b")


def extract(article: Article, gazetteer: Gazetteer) -> list[Fact]:
    """Every deployment fact the article states, in reading order."""
    sentences = split(article.text, skip_until=article.body_start)
    named = {s.start: gazetteer.find_named(s.text) for s in sentences}
    state = Story(definitions=size_definitions(sentences), context_countries=article_countries(named),
                          named=named, story_place=story_place(named, gazetteer),
                          published=published_date(article))
    for sentence in sentences:
        _read_sentence(article, sentence, gazetteer, state)
    return _drop_described_formations(article.text, state.facts)


def _drop_described_formations(text: str, facts: list[Fact]) -> list[Fact]:
    """"Washington plans to send an additional battalion to Orzysz. It will bring roughly 500 more U.S.
    soldiers": a formation and the headcount the next sentence gives it are one force; keep the headcount."""
    by_quote: dict[int, list[Fact]] = {}
    for fact in facts:
        by_quote.setdefault(fact.quote_start, []).append(fact)
    starts = sorted(by_quote)
    dropped: set[str] = set()
    for first, second in zip(starts, starts[1:]):
        following = by_quote[second]
        if not _REFERS_BACK.match(text, second):
            continue
        if not any(f.unit == "troops" and f.quantity_low is not None for f in following):
            continue
        formations = [f for f in by_quote[first] if f.unit != "troops" and f.quantity_low == 1
                      and f.quantity_high == 1 and f.troops_low is None]
        if len(formations) == 1:
            dropped.add(formations[0].fact_id)
    return [f for f in facts if f.fact_id not in dropped]


# one sentence ---------------------------------------------------------------------------------------
def _read_sentence(article: Article, sentence: Sentence, gazetteer: Gazetteer, state: Story) -> None:
    text = sentence.text
    forces = force_mentions(text, gazetteer)
    if sentence.caption or any(d.sentence is sentence for d in state.definitions.values()):
        remember_force(state, forces, text)
        return
    mentions = find_mentions(text, gazetteer, last_unit=state.last_unit)
    if not mentions or lexicon.NOT_A_DEPLOYMENT.search(text):
        if forces and not mentions:
            # "Spanish participation in Romania", "the Dutch contribution to the Kosovo Force": a place
            # tied to a force sets the scene for the counts that follow.
            remember_scene(state, find_place_lists(text, state.named[sentence.start], gazetteer, state))
        remember_force(state, forces, text)
        remember_region(state, state.named[sentence.start])
        return
    place_lists = find_place_lists(text, state.named[sentence.start], gazetteer, state)
    assigned = assign_places(text, mentions, place_lists)
    focus = state.focus
    usable = usable_forces(text, forces, place_lists)
    for mention, lists in zip(mentions, assigned):
        status = mention.status or status_of(text, mention)
        if status == "withdrawn" and not lists:
            lists = [pl for pl in place_lists if pl.origin and pl.start >= mention.end][:1]
        force = mention.force or clause_force(text, mention, usable, status=status) or \
            state.last_force
        lists = [pl for pl in lists if can_host(pl, force)]
        if lexicon.READINESS_AFTER.match(text, mention.end):
            # Forces on alert are where they are kept: a place only if the sentence gives theirs.
            lists = destinations(lists)
        elif mention.quantity.low is not None:
            candidates = [destinations(lists), nearest_located(mention, place_lists)]
            if not mention.implicit_one or not _SPANS.search(text):
                # "a battlegroup" with no place of its own is a kind of force, not a site to inherit.
                candidates += [[state.focus] if state.focus is not None else [], state.story_place]
            lists = next(([pl for pl in c if can_host(pl, force)] for c in candidates
                          if any(can_host(pl, force) for pl in c)), [])
        home = home_code(force, gazetteer) if (mention.force or force != state.last_force) else ""
        if home and force not in ANNOTATED_AT_HOME and lists and \
                all({m.place.country_code for m in pl.matches} == {home} for pl in lists):
            # Host-nation forces on their own soil are not a deployment ("Poland ... would move 1,000
            # soldiers towards the Suwalki gap").
            continue
        for place, place_text in places_for(mention, lists):
            if place is NO_PLACE and (mention.quantity.low is None or mention.implicit_one):
                continue
            fact = _fact(article, sentence, mention, status, force, place, place_text, state)
            if not _repeats(state.facts, fact):
                state.facts.append(fact)
            if place is not NO_PLACE and lists and lists[-1] is not state.focus:
                focus = lists[-1]
            for member, member_text in aggregate_members(mention, place, lists):
                # One count over several named countries: the group carries the count, and each country
                # is a fact of its own with no count (CONVENTIONS.md), so a country filter finds it.
                bare = Mention(mention.start, mention.end, mention.unit, Quantity(None, None), force=mention.force,
                               phrase_start=mention.phrase_start)
                fact = _fact(article, sentence, bare, status, force, member, member_text, state)
                if not _repeats(state.facts, fact):
                    state.facts.append(fact)
        if mention.unit != "troops":
            state.last_unit = mention.unit
    remember_force(state, forces, text)
    state.focus = focus
    remember_region(state, state.named[sentence.start])


def _repeats(facts: list[Fact], fact: Fact) -> bool:
    """"a JTAC team, an EOD team and a UAV team" states one fact: identical facts of a sentence merge."""
    for earlier in reversed(facts):
        if earlier.quote_start != fact.quote_start:
            return False
        if (earlier.unit, earlier.quantity_low, earlier.quantity_high, earlier.place, earlier.force,
                earlier.status) == (fact.unit, fact.quantity_low, fact.quantity_high, fact.place, fact.force,
                                    fact.status):
            return True
    return False


# the row -------------------------------------------------------------------------------------------------
def _fact(article: Article, sentence: Sentence, mention: Mention, status: str, force: str, place: Place,
          place_text: str, state: Story) -> Fact:
    troops, derived, also = _troops(mention, state)
    start, end = clause_span(sentence.text, mention)
    when = when_of(sentence.text[start:end], published=state.published)
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
