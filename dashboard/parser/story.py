"""The story: what an article has said so far, for the sentences that rely on it.

A count whose sentence names no place takes, in order, the place the story is at (its focus: the
last place where forces were reported, or a heading such as "the Belgian presence in Lithuania"),
then the country the whole article is about when one country clearly leads. The last region named
answers "the region"; the last force named answers a sentence that names none.

Reads: every sentence's named places (``Story.named``), and each sentence's force names and place lists.
Writes: the ``Story``: its story place and context countries (once per article), then after each
sentence its focus, last region and last force.
"""

from __future__ import annotations

from collections import Counter

from dashboard.parser.doc import ForceName, PlaceList, Story
from dashboard.parser.lang import clauses, placenames, roles
from dashboard.parser.lang import forces as force_words
from dashboard.places.gazetteer import Gazetteer, PlaceMatch
from dashboard.util.textmatch import folded, for_folded


def story_place(named: dict[int, list[PlaceMatch]], gazetteer: Gazetteer) -> list[PlaceList]:
    """The country a story is about, when one country has most of its place names (the last resort
    for a count whose sentences name no place)."""
    counts: Counter[str] = Counter()
    for matches in named.values():
        counts.update(m.place.country_code for m in matches if m.place.country_code)
    if not counts:
        return []
    ranked = counts.most_common(2)
    code, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top < 2 or top < 2 * second or code not in gazetteer.countries:
        return []
    place = gazetteer.country_place(code)
    return [PlaceList.site(0, 0, place.name, place)]


def article_countries(named: dict[int, list[PlaceMatch]]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for matches in named.values():
        counts.update(m.place.country_code for m in matches if m.place.country_code)
    return tuple(code for code, _ in counts.most_common())


def remember_region(state: Story, named: list[PlaceMatch]) -> None:
    regions = [m.place for m in named if m.place.kind == "region"]
    if regions:
        state.last_region = regions[-1]


def remember_scene(state: Story, place_lists: list[PlaceList]) -> None:
    """A sentence of forces and no count sets the scene for the counts that follow; a region that holds
    the country the story is at does not move it ("Estonia hosts 200 Danish soldiers. Here they belong to
    NATO's presence in the Baltic States and Poland. Denmark is contributing two teams": in Estonia)."""
    located = [pl for pl in place_lists if pl.locative and not pl.origin]
    if not located:
        return
    scene = located[0]
    if (
        state.focus is not None
        and all(m.place.kind == "region" for m in scene.matches)
        and all(m.place.kind != "region" for m in state.focus.matches)
        and {m.place.country_code for m in state.focus.matches}
        <= {code for m in scene.matches for code in m.place.members}
    ):
        return
    move_focus(state, scene)


def move_focus(state: Story, focus: PlaceList | None) -> None:
    """The story is now at ``focus``, set in the paragraph being read."""
    if focus is not state.focus:
        state.focus = focus
        state.focus_paragraph = state.paragraph
        state.focus_from_heading = False


def heading_place(text: str, named: list[PlaceMatch]) -> PlaceList | None:
    """The place a heading names ("Estonia", "In Latvia:", "Lithuania: the German brigade"): a line
    with no full stop that starts with a place and has nothing after it but a colon or dash and a
    title. The paragraphs under it are at that place until a sentence moves the story on."""
    line = text.strip()
    if len(named) != 1 or len(line) > 80 or line.endswith((".", "!", "?", '"', "”")):
        # "Germany: the brigade in Lithuania" names where its section is after the sender: no heading place.
        return None
    first = named[0]
    lead = text[: first.start].strip()
    if lead not in ("", "In", "in") or not placenames.HEADING_TAIL.fullmatch(text, first.end):
        return None
    return PlaceList(first.start, first.end, (first,), True, False)


# Tried at every word of a sentence with counts: in its folded text, without IGNORECASE, it costs half
# as much (textmatch.for_folded).
_CONTINUES = for_folded(clauses.CONTINUES)


def continues(text: str) -> bool:
    """Whether a sentence refers back to what the paragraph before was about (``clauses.CONTINUES``);
    asked once per sentence, for all its counts."""
    return bool(_CONTINUES.search(folded(text)))


def focus_reaches(state: Story, *, names_force: bool, refers_back: bool) -> bool:
    """Whether a count with no place of its own is at the story's focus: in the paragraph that set it,
    or in a later one that names a force (the next contributor to the same scene) or refers back to
    it. A later paragraph that does neither ("About 4,000 soldiers will deploy ...") starts a scene of
    its own, and its count has no place rather than the last paragraph's."""
    return state.paragraph == state.focus_paragraph or state.focus_from_heading or names_force or refers_back


def remember_force(state: Story, forces: list[ForceName], text: str) -> None:
    """The first force a sentence names as the one that acts (not a place, an adversary, a qualifier or
    a host: after "Romania hosts US troops", "About 500 more will arrive" are the US's), over one that
    only speaks when another is named ("Lithuania said Russian soldiers crossed the border. About 20 of
    them stayed" are Russia's)."""
    named = [
        f
        for f in forces
        if not force_words.ADVERSARIAL_NOUNS.match(text, f[1])
        and not roles.HOST_AFTER.match(text, f[1])
        and not roles.PLACE_PREPOSITION_BEFORE.search(text, max(0, f[0] - 30), f[0])
        and not roles.visited(text, f[0], f[1])
        and not force_words.QUALIFIER_BEFORE.search(text, max(0, f[0] - 3), f[0])
    ]
    acting = [
        f for f in named if not (roles.SPOKEN_AFTER.match(text, f[1]) or force_words.SPEAKER_AFTER.match(text, f[1]))
    ]
    if first := (acting or named)[:1]:
        state.last_force = first[0][2]
        state.force_paragraph = state.paragraph


def story_force(state: Story, *, refers_back: bool) -> str:
    """The force a sentence that names none is about: the last one named, in the same paragraph or
    in a later one that refers back to it ("It will number 600", "The battalion ...", "300 more");
    else none. A new paragraph that names no force is not about the last one ("About 4,000 soldiers
    will deploy ..." after a paragraph on Spain is not Spain's)."""
    if state.paragraph == state.force_paragraph or refers_back:
        return state.last_force
    return ""
