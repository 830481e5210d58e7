"""From article text to deployment facts: who, what, how many, where, status, and the sentence.

The parser reads an article in two passes. The first collects what the whole article says about
unit sizes ("Battlegroups typically are made up of 1,000-1,500 soldiers"), since a definition may
come after the facts it sizes. The second reads each sentence: it finds unit mentions with their
counts, the places they are linked to by a locative word, the status the clause gives them and
the force that deploys them, and emits one :class:`~dashboard.schema.Fact` per place.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from datetime import date

from dashboard import lexicon
from dashboard.parser.timing import when_of
from dashboard.article import Article
from dashboard.gazetteer import Gazetteer, Place, PlaceMatch
from dashboard.numbers import NUMBER, QUANTITY, QUANTITY_RE, Quantity, parse_quantity
from dashboard.schema import Fact
from dashboard.sentences import Sentence, split
from dashboard.textmatch import trie_alternation

_NOUN_UNIT = {noun.lower(): unit for unit, nouns in lexicon.UNIT_NOUNS.items() for noun in nouns}
_nouns = [n for nouns in lexicon.UNIT_NOUNS.values() for n in nouns]
_UNIT_RE = re.compile(
    r"(?<![\w-])(?P<noun>" + trie_alternation((n for n in _nouns if "\\" not in n), fold_case=True) + "|"
    + "|".join(n for n in _nouns if "\\" in n) + r")(?![\w-])", re.IGNORECASE)
_AIRCRAFT_CODE = re.compile(r"(?:[A-Z]{1,3}|MiG|Su)-\d{1,3}[A-Z]?s")
_ARTICLE_AT_END = re.compile(r"(?<![\w-])(?P<a>an?|one|another|a\s+single)\s+$", re.IGNORECASE)
# "one of its brigades" counts one brigade.
# "a battlegroup that stretches from the Baltic Sea to the Black Sea" describes a kind of force.
_SPANS = re.compile(r"\b(?:stretch|extend|span|rang|run)\w*\s+(?:all\s+the\s+way\s+)?from\b", re.IGNORECASE)
_AS_A = re.compile(r"\b(?:as|equivalent\s+to|the\s+equivalent\s+of|the\s+size\s+of)\s+an?\s+$", re.IGNORECASE)
_MODEL_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:About|Some|Around|Nearly|Over|Roughly|Almost|Up|More|"
                                r"Fewer|At|Only|Just|All|The|A|An|In|On|By|Of)\b)[A-Z][a-z]+\s+$")
# "the figure is expected to reach 12 000": the story's count restated without its noun.
_FIGURE_REACHES = re.compile(
    r"\b(?:figure|number|total|presence|force)\b[^.;:]{0,60}?\b(?:reach|rise\s+to|grow\s+to|increase\s+to|"
    r"stand\s+at|be\s+raised\s+to|to)\s+(?=(?:about|around|some|roughly|well\s+over|over|more\s+than|nearly|up\s+to\s+)?\d)",
    re.IGNORECASE)
# "Two thousand more can be on Estonian soil": people, counted with no noun.
_MORE_CAN_BE = re.compile(r"\s+more\s+(?:can|could|will|would)\s+be\s+(?:on|in|at)\b", re.IGNORECASE)
_ONE_OF = re.compile(r"(?<![\w-])(?P<a>one)\s+of\s+(?:its|their|the|his|her|our)\s+$", re.IGNORECASE)
_HYPHEN_SIZE = re.compile(rf"^(?P<n>{NUMBER})-(?:strong|soldiers?|troops?|man|member|person|personnel)$",
                          re.IGNORECASE)
_MODIFIER_STOP = {
    "the", "a", "an", "of", "in", "to", "at", "on", "and", "or", "from", "with", "for", "by", "were", "was",
    "are", "is", "be", "been", "will", "would", "have", "has", "had", "that", "which", "who", "each", "per",
    "its", "their", "his", "her", "our", "about", "around", "some", "than", "into", "as", "up", "over", "nearly",
    "almost", "roughly", "approximately", "least", "another", "single", "one", "all",
    "there", "these", "those", "this", "said", "sent", "send", "deploy", "deployed", "deploying",
    "enough", "many", "how", "not", "no", "against", "hundred", "thousand", "million", "dozen", "few",
    "several", "hundreds", "thousands", "dozens", "couple",
}
_LAST_WORD = re.compile(r"(\S+)\s+$")
_CURRENCY_AT_END = re.compile(r"[$€£]\s*$")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")
_COMPOSITE = re.compile(
    r"^\s*(?:,\s*)?(?:of|with|totall?ing|comprising|numbering|made\s+up\s+of)\s*$", re.IGNORECASE)
# "The battlegroup at Rukla has 1,600 soldiers": a unit (not troops) sized by the troops it has.
_SIZED_BY = re.compile(
    r"^\s*(?:(?:at|in)\s+(?:the\s+)?[A-ZÀ-Ž][\w’'-]*(?:(?:,\s*|\s+and\s+|\s+)[A-ZÀ-Ž][\w’'-]*){0,8}\s+)?"
    r"(?:(?:together|combined|now|currently|still)\s+)?(?:has|have|had|numbers?|numbered|totals?|totall?ed|counts?)\s*$")
# "squadrons of Typhoons" (the jets fill the squadrons); "800 personnel from the Royal Welsh
# battlegroup" (the battlegroup is where they come from, not a second deployment).
_CONTENT_OF = re.compile(r"^\s*(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_WHERE_CLAUSE = re.compile(r",\s+where\b", re.IGNORECASE)
_COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|along\s+with|,)\s*$", re.IGNORECASE)
_EACH_AFTER = re.compile(r"^\s+each\b", re.IGNORECASE)
_BARE_FOLLOWER = re.compile(
    r"\s+(?:more\s+)?(?:(?:remaining|stationed|based|deployed|serving)\s+)?(?:in|to|at|into|near)\s"
    r"|\s+from\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|the\s+start|the\s+end|\d))", re.IGNORECASE)
# "every one of them", "compared with approximately 65 in Ukraine": no count of a deployment.
_NO_COUNT_BEFORE = re.compile(r"\b(?:every|each|any|no)\s+$|\bcompared\s+(?:with|to)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NUMBERING_AFTER = re.compile(
    rf",?\s+(?:\w+\s+)?(?:numbering|totall?ing|numbered)\s+(?P<q>{QUANTITY})", re.IGNORECASE)
_MEASURES = frozenset({"tonne", "tonnes", "ton", "tons", "km", "kilometre", "kilometres", "kilometer", "kilometers",
                       "mile", "miles", "mm", "metre", "metres", "meter", "meters", "percent", "per"})
_GROUPINGS = frozenset({"other:contingent", "other:detachment", "other:task force"})
_REFERS_BACK = re.compile(r"\s*(?:It|This\s+(?:unit|force|battalion|brigade|battlegroup|company|squadron)|"
                          r"The\s+(?:unit|battalion|brigade|battlegroup|battle\s+group|company|squadron|contingent))\s+"
                          r"(?:will\s+)?(?:bring|brings|number|numbers|comprise|comprises|consist|consists|include|"
                          r"includes|has|have|is\s+made\s+up)\b")
_CHANGE_FROM_TO = re.compile(
    rf"\b(?:increas|rais|grow|grew|expand|boost|reduc|cut|decreas|lower|doubl|bring)\w*\s+(?:the\s+)?"
    rf"(?:number|figure|total|size|force|presence|contingent|it|them)?\s*(?:\w+\s+){{0,3}}?from\s+"
    rf"(?P<a>{NUMBER})\s+to\s+(?P<b>{NUMBER})\b", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(r",\s*$")
_WORTH_AFTER = re.compile(r"['’]s\s+worth\b")
_FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$", re.IGNORECASE)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|whom)\b", re.IGNORECASE)
# "about 10,000 of them are in Poland": a part of a force counted before, at a place of its own.
_OF_THEM_AT = re.compile(r"\s+of\s+(?:them|those|whom)\s+(?:(?:are|were|is|will\s+be|remain|remains|will\s+remain|"
                         r"stay|stays|will\s+stay)\s+(?:\w+\s+)?(?:in|at|on|near)\b|(?:will\s+)?(?:stay|remain)\b)",
                         re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,\s*and|,\s*or|,|and|or|&|as\s+well\s+as)\s*(?:the\s+)?$", re.IGNORECASE)
_TOWN_CANDIDATE = re.compile(
    r"\b(?:in|at|near|to|into|outside|around|from|towards?|of|through|over|reached)\s+(?:the\s+)?(?P<name>[A-ZÀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-Ž][\w’'-]*){0,2})")
_DEFINITION = re.compile(
    r"(?P<unit>" + trie_alternation(
        (n for u, ns in lexicon.UNIT_NOUNS.items() if u != "troops" for n in ns if "\\" not in n), fold_case=True)
    + r")\s+(?:(?:typically|usually|normally|generally|each|on\s+average|tend\s+to)\s+)*"
    r"(?:are|is|have|has|consists?\s+of|comprises?|numbers?|includes?|contains?|(?:are|is)\s+made\s+up\s+of|count|"
    r"means?|equals?)"
    r"\s+(?:(?:typically|usually|normally|generally|of)\s+)*"
    rf"(?P<q>{QUANTITY})\s+(?:" + trie_alternation(lexicon.UNIT_NOUNS["troops"], fold_case=True) + r")\b",
    re.IGNORECASE)
_SINGULAR_S = frozenset({"headquarters", "aircraft", "awacs", "himars", "abrams"})
_FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")
_TO_AFTER = re.compile(r"\s+to\b")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
_DESTINATION_BEFORE = re.compile(
    r"(?:\b(?:to|into|towards?|onto)|\barriv(?:e|ed|es|ing)\s+(?:in|at))\s+(?:the\s+)?(?:\w+\s+){0,3}$",
    re.IGNORECASE)
_WAR_ZONE = frozenset({"UA"})
# Russian forces massed on their own soil near the flank are what analysts track.
_ANNOTATED_AT_HOME = frozenset({"Russia"})
_RUSSIAN = re.compile(r"\b(?:Russia|Russian|Kremlin|Moscow|Putin)")
_TERRITORY = re.compile(r"(?P<name>[A-Z][a-z]+)\s+(?:soil|territory|airspace|waters)\b")
_DEICTIC = re.compile(
    r"\b(?:in|at|to|into|on|across|throughout)\s+(?P<ref>the\s+(?:airfield|air\s+base|airbase|base|"
    r"training\s+(?:area|range|ground)|range|camp|country|host\s+nation|region))\b"
    r"|\b(?:stationed|based|deployed|serving|remain|remains|stay|stays|arrived|there\s+are)\s+(?P<there>there)\b",
    re.IGNORECASE)
_FACILITY_AFTER = re.compile(
    r"\s+(?:Air\s+(?:Force\s+)?Base|Air\s+Station|Naval\s+(?:Air\s+)?(?:Base|Station)|Airbase|Air\s+Field|Airfield|"
    r"Army\s+Base|Base|Barracks|Garrison|Training\s+(?:Area|Range|Ground)|Range|Camp)\b")
_AT_SEA = re.compile(r"\bat\s+sea\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s|;\s|:\s|\s[—–]\s|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:the\s+)?")
_QUALIFIER_GAP = re.compile(
    r",\s*|\s+in\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|north-?eastern|south-?eastern|"
    r"north-?western|south-?western)\s+)?", re.IGNORECASE)
# A name followed by its verb opens a clause: "..., and Poland will add four F-16s" is not a list.
_SUBJECT_AFTER = re.compile(
    r"\s+(?:(?:also|now|then|still|already|has\s+also)\s+)?(?:will|would|has|have|had|is|are|was|were|plans?|"
    r"said|says|sent|sends|adds?|added|keeps?|kept|leads?|led|deploy(?:s|ed)?|contributes?|contributed|"
    r"provides?|provided|maintains?|agreed|intends?|wants?)\b|['’]s\s+(?:new\s+)?[a-z]", re.IGNORECASE)
# "now flying from Šiauliai air base": aircraft operate from a base, they do not leave it.
_OPERATING_FROM = re.compile(
    r"\b(?:fly|flies|flying|flew|flown|operat(?:e|es|ed|ing)|patrol(?:s|led|ling)?)\s+(?:\w+\s+)?from\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
NO_PLACE = Place(name="", kind="none")
UNKNOWN_TOWN = Place(name="", kind="none", source="not in the gazetteer")
AT_SEA = Place(name="at sea", kind="none")


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

    def __post_init__(self) -> None:
        if self.phrase_start < 0:
            self.phrase_start = self.start


@dataclass(frozen=True, slots=True)
class PlaceList:
    """Places joined by commas and "and", with whether a locative word ties them to forces."""

    start: int
    end: int
    matches: tuple[PlaceMatch, ...]
    locative: bool
    origin: bool
    destination: bool = False


@dataclass(frozen=True, slots=True)
class SizeDefinition:
    unit: str
    troops: Quantity
    sentence: Sentence


@dataclass(slots=True)
class _ArticleState:
    definitions: dict[str, SizeDefinition]
    context_countries: tuple[str, ...]
    named: dict[int, list[PlaceMatch]]
    last_force: str = ""
    last_unit: str = ""
    focus: PlaceList | None = None
    published: date | None = None
    last_region: Place | None = None
    story_place: list[PlaceList] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def extract(article: Article, gazetteer: Gazetteer) -> list[Fact]:
    """Every deployment fact the article states, in reading order."""
    sentences = split(article.text, skip_until=article.body_start)
    named = {s.start: gazetteer.find_named(s.text) for s in sentences}
    state = _ArticleState(definitions=_definitions(sentences), context_countries=_article_countries(named),
                          named=named, story_place=_story_place(named, gazetteer),
                          published=_published(article))
    for sentence in sentences:
        _read_sentence(article, sentence, gazetteer, state)
    return _drop_described_formations(article.text, state.facts)


def _published(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


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


def _definitions(sentences: list[Sentence]) -> dict[str, SizeDefinition]:
    found: dict[str, SizeDefinition] = {}
    for sentence in sentences:
        if match := _DEFINITION.search(sentence.text):
            quantity = parse_quantity(QUANTITY_RE.fullmatch(match.group("q")))
            unit = _NOUN_UNIT[" ".join(match.group("unit").lower().split())]
            if quantity and unit not in found:
                found[unit] = SizeDefinition(unit, quantity, sentence)
    return found


def _story_place(named: dict[int, list[PlaceMatch]], gazetteer: Gazetteer) -> list[PlaceList]:
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
    match = PlaceMatch(0, 0, place.name, place)
    return [PlaceList(0, 0, (match,), True, False)]


def _article_countries(named: dict[int, list[PlaceMatch]]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for matches in named.values():
        counts.update(m.place.country_code for m in matches if m.place.country_code)
    return tuple(code for code, _ in counts.most_common())


# one sentence ---------------------------------------------------------------------------------------
def _read_sentence(article: Article, sentence: Sentence, gazetteer: Gazetteer, state: _ArticleState) -> None:
    text = sentence.text
    forces = _force_mentions(text, gazetteer)
    if sentence.caption or any(d.sentence is sentence for d in state.definitions.values()):
        _remember_force(state, forces, text)
        return
    mentions = _mentions(text, gazetteer, state)
    if not mentions or lexicon.NOT_A_DEPLOYMENT.search(text):
        if forces and not mentions:
            # "Spanish participation in Romania", "the Dutch contribution to the Kosovo Force": a place
            # tied to a force sets the scene for the counts that follow.
            _remember_scene(state, _place_lists(text, state.named[sentence.start], gazetteer, state))
        _remember_force(state, forces, text)
        _remember_region(state, state.named[sentence.start])
        return
    place_lists = _place_lists(text, state.named[sentence.start], gazetteer, state)
    assigned = _assign_places(text, mentions, place_lists)
    focus = state.focus
    usable = _usable_forces(text, forces, place_lists)
    for mention, lists in zip(mentions, assigned):
        status = mention.status or _status(text, mention)
        if status == "withdrawn" and not lists:
            lists = [pl for pl in place_lists if pl.origin and pl.start >= mention.end][:1]
        force = mention.force or _clause_force(text, mention, usable, status=status) or \
            state.last_force
        lists = [pl for pl in lists if _can_host(pl, force)]
        if lexicon.READINESS_AFTER.match(text, mention.end):
            # Forces on alert are where they are kept: a place only if the sentence gives theirs.
            lists = _destinations(lists)
        elif mention.quantity.low is not None:
            candidates = [_destinations(lists), _nearest_located(mention, place_lists)]
            if not mention.implicit_one or not _SPANS.search(text):
                # "a battlegroup" with no place of its own is a kind of force, not a site to inherit.
                candidates += [[state.focus] if state.focus is not None else [], state.story_place]
            lists = next(([pl for pl in c if _can_host(pl, force)] for c in candidates
                          if any(_can_host(pl, force) for pl in c)), [])
        home = _home_code(force, gazetteer) if (mention.force or force != state.last_force) else ""
        if home and force not in _ANNOTATED_AT_HOME and lists and \
                all({m.place.country_code for m in pl.matches} == {home} for pl in lists):
            # Host-nation forces on their own soil are not a deployment ("Poland ... would move 1,000
            # soldiers towards the Suwalki gap").
            continue
        for place, place_text in _places_for(mention, lists):
            if place is NO_PLACE and (mention.quantity.low is None or mention.implicit_one):
                continue
            fact = _fact(article, sentence, mention, status, force, place, place_text, state)
            if not _repeats(state.facts, fact):
                state.facts.append(fact)
            if place is not NO_PLACE and lists and lists[-1] is not state.focus:
                focus = lists[-1]
            for member, member_text in _aggregate_members(mention, place, lists):
                # One count over several named countries: the group carries the count, and each country
                # is a fact of its own with no count (CONVENTIONS.md), so a country filter finds it.
                bare = Mention(mention.start, mention.end, mention.unit, Quantity(None, None), force=mention.force,
                               phrase_start=mention.phrase_start)
                fact = _fact(article, sentence, bare, status, force, member, member_text, state)
                if not _repeats(state.facts, fact):
                    state.facts.append(fact)
        if mention.unit != "troops":
            state.last_unit = mention.unit
    _remember_force(state, forces, text)
    state.focus = focus
    _remember_region(state, state.named[sentence.start])


def _remember_region(state: _ArticleState, named: list[PlaceMatch]) -> None:
    regions = [m.place for m in named if m.place.kind == "region"]
    if regions:
        state.last_region = regions[-1]


def _home_code(force: str, gazetteer: Gazetteer) -> str:
    """The country code of a national force ("Spain" -> ES); empty for NATO and mixed forces."""
    return gazetteer.country_code(force) if force else ""


def _can_host(place_list: PlaceList, force: str) -> bool:
    """Allied forces are not sent into the war zone: there Ukraine is the conflict, not a site."""
    codes = {m.place.country_code for m in place_list.matches}
    return force == "Russia" or not codes or not codes <= _WAR_ZONE


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


def _remember_scene(state: _ArticleState, place_lists: list[PlaceList]) -> None:
    located = [pl for pl in place_lists if pl.locative and not pl.origin]
    if located:
        state.focus = located[0]


def _destinations(lists: list[PlaceList]) -> list[PlaceList]:
    """Where a count goes: its first destination ("to Romania") over a place it passes or starts from."""
    going = [pl for pl in lists if pl.destination]
    return going[:1] or lists


def _nearest_located(mention: Mention, place_lists: list[PlaceList]) -> list[PlaceList]:
    """A count with no place of its own takes the sentence's located place nearest before it, else after."""
    located = [pl for pl in place_lists if pl.locative and not pl.origin]
    before = [pl for pl in located if pl.end <= mention.start]
    if before:
        return before[-1:]
    return located[:1]


def _remember_force(state: _ArticleState, forces: list[tuple[int, int, str]], text: str) -> None:
    usable = [f for f in forces if not lexicon.ADVERSARIAL_NOUNS.match(text, f[1])
              and not lexicon.PLACE_PREPOSITION_BEFORE.search(text, max(0, f[0] - 30), f[0])
              and not _QUALIFIER_BEFORE.search(text, max(0, f[0] - 3), f[0])]
    if usable:
        state.last_force = usable[0][2]


def _mentions(text: str, gazetteer: Gazetteer, state: _ArticleState) -> list[Mention]:
    mentions: list[Mention] = []
    anaphora = [(m.start(), m.end()) for m in lexicon.ANAPHORA.finditer(text)]
    heads = [m for m in _UNIT_RE.finditer(text)
             if not any(s <= m.start() < e for s, e in anaphora)]
    if not heads and not anaphora and not _OF_THEM_AFTER.search(text) and not _FIGURE_REACHES.search(text) \
            and not _MORE_CAN_BE.search(text):
        return []
    counts = {m.end(): m for m in QUANTITY_RE.finditer(text)}
    for index, match in enumerate(heads):
        following = heads[index + 1] if index + 1 < len(heads) else None
        # "F-35 fighter jets", "tank battalions": the last noun is the head, the first a modifier.
        if following and not text[match.end():following.start()].strip():
            continue
        if mention := _mention(text, match, gazetteer, counts):
            mentions.append(mention)
    for start, end in anaphora:
        unit = state.last_unit or "troops"
        mentions.append(Mention(start, end, unit, Quantity(None, None)))
    mentions.sort(key=lambda m: m.start)
    mentions = _merge_composites(text, mentions)
    return _add_elliptical(text, mentions, counts)


def _mention(text: str, match: re.Match[str], gazetteer: Gazetteer,
             counts: dict[int, re.Match[str]]) -> Mention | None:
    noun = match.group("noun")
    lower = " ".join(noun.lower().split())
    if _WORTH_AFTER.match(text, match.end()):
        # "a brigade's worth of troops" is a size, not a brigade.
        return None
    unit = _NOUN_UNIT.get(lower) or ("aircraft" if _AIRCRAFT_CODE.fullmatch(noun) else "other")
    if lower in lexicon.NAME_WORDS and noun[0].isupper() and match.start() > 0:
        return None
    prefix = text[:match.start()]
    modifiers, before = _modifiers(prefix, gazetteer)
    if any(token.lower().rstrip(",") in _MEASURES for token in modifiers):
        # "25 tonne Warrior armoured fighting vehicles": the number measures, it does not count.
        modifiers, before = [], ""
    stated_troops = None
    for token in modifiers:
        if size := _HYPHEN_SIZE.match(token):
            stated_troops = parse_quantity(QUANTITY_RE.fullmatch(size.group("n")))
    force = _modifier_force(modifiers, gazetteer)
    if lower == "fighters" and not any(lexicon.AIRCRAFT_MODIFIER.match(token) for token in modifiers):
        unit = "troops"
    elif unit == "other":
        unit = "other:" + _singular(lower)
    quantity, implicit, count_at = _quantity_before(before, lower, stated_troops is not None, counts)
    if quantity is None:
        return None
    if quantity.low is None and unit == "troops" and (numbering := _NUMBERING_AFTER.match(text, match.end())):
        # "Bundeswehr soldiers, eventually numbering over 450": the count follows its noun.
        quantity = parse_quantity(QUANTITY_RE.fullmatch(numbering.group("q"))) or quantity
    mention = Mention(match.start(), match.end(), unit, quantity, implicit_one=implicit, force=force,
                      needs_number=lower in lexicon.NEEDS_NUMBER, phrase_start=count_at)
    if stated_troops is not None and quantity.low is not None and quantity.low <= 1:
        # "an 80-strong Dutch detachment": the headcount is the fact, the formation describes it.
        mention.unit, mention.quantity, mention.implicit_one = "troops", stated_troops, False
    elif stated_troops is not None:
        mention.troops = stated_troops
    if mention.needs_number and quantity.low is None:
        return None
    return mention


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and noun not in _SINGULAR_S:
        return noun[:-1]
    return noun


def _modifiers(prefix: str, gazetteer: Gazetteer) -> tuple[list[str], str]:
    """Up to six words between a count and its noun ("new", "multinational", "NATO", "4,800-strong").

    A list of nationalities ("American, British and Romanian") stays within the modifiers.
    """
    tokens: list[str] = []
    rest = prefix
    for _ in range(6):
        match = _LAST_WORD.search(rest, max(len(rest) - 60, 0))
        if not match:
            break
        token = match.group(1)
        name = token.rstrip(",")
        nationality = (name in gazetteer.forces or f"{name}." in gazetteer.forces) and name[:1].isupper()
        if (token.lower() in _MODIFIER_STOP and not (token == "and" and tokens and tokens[0] in gazetteer.forces)) \
                or _is_count(token) or \
                (token.endswith((",", ";", ":", ".")) and not _ABBREVIATION.match(token) and not nationality):
            break
        tokens.insert(0, token)
        rest = rest[:match.start(1)]
    return tokens, rest


def _is_count(token: str) -> bool:
    return bool(QUANTITY_RE.fullmatch(token)) and not _HYPHEN_SIZE.match(token)


def _quantity_before(before: str, noun: str, has_size: bool,
                     counts: dict[int, re.Match[str]]) -> tuple[Quantity | None, bool, int]:
    """The count in front of a noun: a number, "a/an" for one, or none (a bare plural).

    ``counts`` are the sentence's count phrases by end offset. Returns the count, whether it is an
    implicit one, and where the count phrase starts.
    """
    none = Quantity(None, None)
    if match := counts.get(len(before.rstrip())):
        head = before[:match.start()]
        quantity = parse_quantity(match)
        year = quantity and quantity.low == quantity.high and 1900 <= (quantity.low or 0) <= 2100 and \
            re.fullmatch(r"\d{4}", match.group(0).strip())
        if quantity is None:
            return None, False, len(before)
        if (year and lexicon.YEAR_CONTEXT.search(head[-20:])) or _CURRENCY_AT_END.search(head[-5:]):
            return none, False, len(before)
        if _MODEL_NAME_BEFORE.search(head[-25:]) and (quantity.low or 0) < 100:
            # "Challenger 2 main battle tanks", "Leopard 2 tanks": a model's name, not a count.
            return none, False, len(before)
        return quantity, False, match.start()
    window_start = max(len(before) - 20, 0)
    if partitive := _ONE_OF.search(before, max(len(before) - 30, 0)):
        return Quantity(1, 1), False, partitive.start("a")
    if _AS_A.search(before, max(len(before) - 40, 0)):
        return none, False, len(before)
    if article := _ARTICLE_AT_END.search(before, window_start):
        if (noun in lexicon.TROOP_NOUNS or (noun.endswith("s") and noun not in _SINGULAR_S)) and not has_size:
            return none, False, len(before)
        return Quantity(1, 1), True, article.start("a")
    return none, False, len(before)


def _modifier_force(modifiers: list[str], gazetteer: Gazetteer) -> str:
    for token in reversed(modifiers):
        name = re.sub(r"-(?:led|based)$", "", token.strip("’'"))
        name = re.sub(r"['’]s$", "", name)
        if name in gazetteer.forces:
            return gazetteer.forces[name]
    return ""


def _merge_composites(text: str, mentions: list[Mention]) -> list[Mention]:
    """One unit described by two nouns becomes one mention.

    "four battlegroups of about 1,500 troops each" (troops size the battlegroups), "a force of 3,000
    troops" (the troops count the force), "two squadrons of Typhoons" (the jets fill the squadrons).
    """
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        gap = text[previous.end:mention.phrase_start] if previous else ""
        sized = previous is not None and previous.unit != "troops" and _SIZED_BY.match(gap)
        if previous and mention.unit == "troops" and mention.quantity.low is not None and \
                (_COMPOSITE.match(gap) or sized):
            each = _EACH_AFTER.match(text[mention.end:])
            if each and previous.unit != "troops":
                previous.troops_each = mention.quantity
            else:
                # A headcount and the formation it describes are one force: the headcount is the fact.
                previous.unit = "troops"
                previous.quantity = mention.quantity
                previous.implicit_one = False
            previous.end = mention.end + (each.end() if each else 0)
            previous.force = previous.force or mention.force
            continue
        if previous and previous.implicit_one and previous.troops is None and mention.quantity.low is not None \
                and not mention.implicit_one and _COMPOSITE.match(gap):
            # "a second detachment, of up to eight Typhoons": the count of what fills it is the fact.
            mention.phrase_start = previous.phrase_start
            mention.force = mention.force or previous.force
            merged[-1] = mention
            continue
        if previous and (mention.quantity.low is None or mention.implicit_one) and _CONTENT_OF.match(gap):
            if previous.unit in _GROUPINGS and previous.implicit_one and mention.unit == "troops":
                # "a contingent of paratroopers" counts no contingent: it is people, in no stated number.
                previous.unit, previous.quantity, previous.implicit_one = "troops", Quantity(None, None), False
            previous.end = mention.end
            previous.force = previous.force or mention.force
            continue
        merged.append(mention)
    return merged


def _add_elliptical(text: str, mentions: list[Mention], counts: dict[int, re.Match[str]]) -> list[Mention]:
    """"3,000 troops to Poland and 1,000 to Romania": the bare count borrows the unit before it."""
    extra = []
    for change in _CHANGE_FROM_TO.finditer(text):
        # "increasing the number from 500 to 675": the figure before and the figure after, not a range.
        unit = next((m.unit for m in reversed(mentions) if m.end <= change.start()), "troops")
        ongoing = not change.group(0).lower().split()[0].endswith(("ed", "grew", "cut"))
        for group, status in (("a", "existing"), ("b", "planned" if ongoing else "existing")):
            quantity = parse_quantity(QUANTITY_RE.fullmatch(change.group(group)))
            if quantity and quantity.low is not None:
                extra.append(Mention(change.start(group), change.end(group), unit, quantity, status=status))
    covered = [(m.start, m.end) for m in extra]
    figure_ends = {m.end() for m in _FIGURE_REACHES.finditer(text)}
    for match in counts.values():
        previous = [m for m in mentions if m.end <= match.start()]
        of_them = _OF_THEM_AT if previous else _OF_THEM_AFTER
        figure = match.start() in figure_ends
        more = _MORE_CAN_BE.match(text, match.end())
        if _NO_COUNT_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        if not (_BARE_FOLLOWER.match(text, match.end()) or _FURTHER_BEFORE.search(text, 0, match.start())
                or of_them.match(text, match.end()) or figure or more):
            continue
        if any(m.phrase_start <= match.start() < m.end or match.start() <= m.start < match.end()
               for m in mentions) or any(s <= match.start() < e or match.start() <= s < match.end() for s, e in covered):
            continue
        quantity = parse_quantity(match)
        if not quantity or quantity.low is None or re.fullmatch(r"(?:19|20)\d\d", match.group(0)):
            continue
        if previous:
            extra.append(Mention(match.start(), match.end(), previous[-1].unit, quantity,
                                 force=previous[-1].force))
        elif them := _OF_THEM_AFTER.match(text, match.end()):
            # "330 of them deployed": people counted out of a group named before.
            extra.append(Mention(match.start(), them.end(), "troops", quantity))
        elif more or figure:
            extra.append(Mention(match.start(), match.end(), "troops", quantity))
    return sorted(mentions + extra, key=lambda m: m.start)


# places -------------------------------------------------------------------------------------------------
def _place_lists(text: str, named: list[PlaceMatch], gazetteer: Gazetteer,
                 state: _ArticleState) -> list[PlaceList]:
    matches = _place_matches(text, named, gazetteer, state)
    lists: list[list[PlaceMatch]] = []
    for match in matches:
        if lists and _LIST_GAP.match(text[lists[-1][-1].end:match.start]) and \
                not _SUBJECT_AFTER.match(text, match.end):
            lists[-1].append(match)
        else:
            lists.append([match])
    result = []
    for group in lists:
        start, end = group[0].start, group[-1].end
        before = text[max(start - 80, 0):start]
        first = group[0].text.lower()
        if group[0].place is AT_SEA:
            locative, origin = True, False
        elif first.startswith(("from ", "the from")):
            locative, origin = not lexicon.DESCRIPTIVE_SPAN.search(before), False
        elif first.startswith(("around ", "along ")):
            locative, origin = True, False
        elif lexicon.SPOKEN_AT.search(before) or lexicon.HOME_BEFORE.search(before):
            locative, origin = False, False
        elif _OPERATING_FROM.search(before):
            locative, origin = True, False
        else:
            locative = bool(lexicon.LOCATIVE_BEFORE.search(before) or lexicon.HOST_AFTER.match(text[end:]))
            origin = bool(lexicon.ORIGIN_BEFORE.search(before))
        if locative and all(m.place.country_code in _WAR_ZONE for m in group) and not _RUSSIAN.search(text):
            # Allied forces are not sent into the war zone; Ukraine there is the conflict, not a site.
            locative = False
        destination = locative and bool(_DESTINATION_BEFORE.search(before))
        result.append(PlaceList(start, end, tuple(group), locative, origin, destination))
    return result


def _place_matches(text: str, named: list[PlaceMatch], gazetteer: Gazetteer,
                   state: _ArticleState) -> list[PlaceMatch]:
    sentence_countries = tuple(m.place.country_code for m in named if m.place.kind == "country")
    context = sentence_countries + state.context_countries
    found = list(named)
    for candidate in _TOWN_CANDIDATE.finditer(text):
        start = candidate.start("name")
        if any(m.start <= start < m.end for m in found):
            continue
        words = candidate.group("name").rstrip(".").split()
        while words:
            name = " ".join(words)
            if words[0] in lexicon.MONTHS or name in gazetteer.forces or name in lexicon.NOT_TOWNS:
                break
            if town := gazetteer.resolve_town(name, context=context):
                found.append(PlaceMatch(start, start + len(name), name, town))
                break
            if len(words) == 1 and _qualifying_country(text, start + len(name), named):
                found.append(PlaceMatch(start, start + len(name), name, UNKNOWN_TOWN))
            words.pop()
    found += [PlaceMatch(m.start(), m.end(), m.group(0), AT_SEA) for m in _AT_SEA.finditer(text)]
    found += _territories(text, gazetteer, found)
    found += _deictic(text, state, found)
    found = [m for m in found if not (m.place.kind == "country" and lexicon.ORGANISATION_AFTER.match(text, m.end))]
    found = [_with_facility(text, m) for m in found]
    found.sort(key=lambda m: m.start)
    return _merge_town_country(text, found, gazetteer)


def _with_facility(text: str, match: PlaceMatch) -> PlaceMatch:
    """"Moron Air Base, Spain": the town's facility is part of the name, so its country qualifies it."""
    if match.place.kind != "town":
        return match
    facility = _FACILITY_AFTER.match(text, match.end)
    if not facility:
        return match
    return PlaceMatch(match.start, facility.end(), text[match.start:facility.end()], match.place)


def _territories(text: str, gazetteer: Gazetteer, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """"on Estonian soil", "in Romanian territory": a nationality that names its country as a place."""
    matches = []
    for match in _TERRITORY.finditer(text):
        if any(m.start <= match.start("name") < m.end for m in found):
            continue
        code = gazetteer.country_code(gazetteer.forces.get(match.group("name"), ""))
        if code in gazetteer.countries:
            matches.append(PlaceMatch(match.start("name"), match.end(), text[match.start("name"):match.end()],
                                      gazetteer.country_place(code)))
    return matches


def _deictic(text: str, state: _ArticleState, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """"the airfield", "there", "the host nation", "the region": the place the story is at."""
    matches = []
    for match in _DEICTIC.finditer(text):
        group = "ref" if match.group("ref") else "there"
        if any(m.start <= match.start(group) < m.end for m in found):
            continue
        region = match.group(group).lower().endswith("region")
        if region and state.last_region is not None:
            place = state.last_region
        elif state.focus is not None and len({m.place for m in state.focus.matches}) == 1:
            place = state.focus.matches[0].place
        else:
            continue
        matches.append(PlaceMatch(match.start(group), match.end(group), match.group(group), place))
    return matches


def _qualifying_country(text: str, end: int, named: list[PlaceMatch]) -> PlaceMatch | None:
    for match in named:
        if match.place.kind == "country" and _QUALIFIER_GAP.fullmatch(text[end:match.start]):
            return match
    return None


def _merge_town_country(text: str, found: list[PlaceMatch], gazetteer: Gazetteer) -> list[PlaceMatch]:
    """"Tapa, Estonia" and "Lešť in Slovakia" are one place: the town, its country a check.

    A name the gazetteer does not know, qualified by a country ("Setermoen, Norway"), is placed
    honestly at country precision under the name as written.
    """
    merged: list[PlaceMatch] = []
    for match in found:
        previous = merged[-1] if merged else None
        if previous and previous.place.kind == "country" and match.place.kind in ("town", "base") and \
                match.place.country_code == previous.place.country_code and \
                _POSSESSIVE_GAP.fullmatch(text[previous.end:match.start]):
            # "Lithuania's Šiauliai Air Base": the base, named with its country.
            merged[-1] = PlaceMatch(previous.start, match.end, text[previous.start:match.end], match.place)
            continue
        if previous and match.place.kind == "country" and previous.place.kind in ("town", "base", "none") and \
                previous.place is not AT_SEA and _QUALIFIER_GAP.fullmatch(text[previous.end:match.start]):
            place = previous.place
            if place is UNKNOWN_TOWN:
                place = match.place
            elif place.country_code != match.place.country_code:
                town = gazetteer.resolve_town(previous.text, context=(match.place.country_code,))
                place = town if town and town.country_code == match.place.country_code else match.place
            merged[-1] = PlaceMatch(previous.start, match.end, text[previous.start:match.end], place)
            continue
        merged.append(match)
    return [m for m in merged if m.place is not UNKNOWN_TOWN]


def _assign_places(text: str, mentions: list[Mention], lists: list[PlaceList]) -> list[list[PlaceList]]:
    """Each mention takes the located places after it, up to the next mention; a mention joined to
    the next by "and" shares its places ("a frigate and two destroyers to the Baltic"); else a mention
    takes the places before it."""
    located = [pl for pl in lists if pl.locative]
    taken: set[int] = set()
    assigned: list[list[PlaceList]] = []
    for index, mention in enumerate(mentions):
        limit = mentions[index + 1].phrase_start if index + 1 < len(mentions) else 10**9
        after = [pl for pl in located if mention.start <= pl.start < limit]
        assigned.append(after)
        taken.update(id(pl) for pl in after)
    for index in range(len(mentions) - 2, -1, -1):
        gap = text[mentions[index].end:mentions[index + 1].phrase_start]
        if not assigned[index] and _COORDINATED.match(gap):
            assigned[index] = assigned[index + 1]
    for index, mention in enumerate(mentions):
        if assigned[index]:
            continue
        floor = mentions[index - 1].end if index else 0
        before = [pl for pl in located if floor <= pl.start and pl.end <= mention.start and id(pl) not in taken]
        if not before:
            # "... to Romania, where it will lead a battlegroup": "where" is the place named before it.
            earlier = [pl for pl in located if pl.end <= mention.start]
            if earlier and _WHERE_CLAUSE.search(text, earlier[-1].end, mention.start):
                before = earlier[-1:]
        assigned[index] = before[-1:]
        taken.update(id(pl) for pl in before[-1:])
    return assigned


def _places_for(mention: Mention, lists: list[PlaceList]) -> list[tuple[Place, str]]:
    """One place per fact; a count over several places stays one fact over their group."""
    matches: list[PlaceMatch] = [m for pl in lists for m in pl.matches]
    if not matches:
        return [(NO_PLACE, "")]
    distinct: dict[tuple[str, str], list[PlaceMatch]] = {}
    for match in matches:
        distinct.setdefault((match.place.kind, match.place.name), []).append(match)
    groups = [(ms[0].place, ", ".join(_strip_the(m.text) for m in ms)) for ms in distinct.values()]
    if len(groups) == 1 or mention.quantity.low is None:
        return groups
    if len(lists) > 1:
        # A count goes to one destination: the first place list after it ("to Orzysz ... in October").
        return _places_for(mention, lists[:1])
    return [(_group_place([p for p, _ in groups]), ", ".join(t for _, t in groups))]


def _aggregate_members(mention: Mention, place: Place, lists: list[PlaceList]) -> list[tuple[Place, str]]:
    if mention.quantity.low is None or place.kind != "region":
        return []
    matches = [m for pl in lists[:1] for m in pl.matches]
    if len(matches) < 2 or any(m.place.kind != "country" for m in matches):
        return []
    return [(m.place, _strip_the(m.text)) for m in matches]


def _group_place(places: list[Place]) -> Place:
    members = tuple(dict.fromkeys(code for p in places for code in (p.members or (p.country_code,)) if code))
    names = ", ".join(p.country or p.name for p in places)
    points = [(p.lat, p.lon) for p in places if p.lat is not None]
    lat = sum(p[0] for p in points) / len(points) if points else None
    lon = sum(p[1] for p in points) / len(points) if points else None
    if len(members) == 1 and all(p.kind in ("base", "town") for p in places):
        # "training areas at Zagan, Swietoszow and Skwierzyna": one count over sites of one country
        # is in that country, at no finer precision than the country.
        return Place(name=", ".join(p.name for p in places), kind="country", country_code=members[0],
                     country=places[0].country, lat=lat, lon=lon)
    return Place(name=names, kind="region", region=names, lat=lat, lon=lon, members=members)


def _strip_the(text: str) -> str:
    return re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)


# status and force ---------------------------------------------------------------------------------------
def _clause(text: str, mention: Mention) -> tuple[int, int]:
    """The clause around a mention, at most about 250 characters either side of it."""
    start = max(0, mention.start - 250)
    for match in _CLAUSE_BREAK.finditer(text, start, mention.start):
        start = match.end()
    limit = min(len(text), mention.end + 250)
    following = _CLAUSE_BREAK.search(text, mention.end, limit)
    return start, following.start() if following else limit


def _status(text: str, mention: Mention) -> str:
    if lexicon.ALREADY_AFTER.match(text, mention.end) or lexicon.READINESS_AFTER.match(text, mention.end):
        return "existing"
    start, end = _clause(text, mention)
    for window in (text[start:end], text[max(0, mention.start - 200):mention.start]):
        for status, pattern in lexicon.STATUS_CUES:
            if pattern.search(window):
                return status
    return "existing"


def _force_mentions(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    pattern = _force_pattern(gazetteer)
    return [(m.start(), m.end(), gazetteer.forces[" ".join(m.group("name").split())])
            for m in pattern.finditer(text)]


_FORCE_PATTERNS: dict[int, re.Pattern[str]] = {}


def _force_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    key = id(gazetteer)
    if key not in _FORCE_PATTERNS:
        _FORCE_PATTERNS[key] = re.compile(
            r"(?<![\w])(?P<name>" + trie_alternation(gazetteer.forces) + r")(?:-led|['’]s)?(?![\w])")
    return _FORCE_PATTERNS[key]


def _clause_force(text: str, mention: Mention, forces: list[tuple[int, int, str]], *, status: str) -> str:
    """Who deploys: "troops from Canada", else the nearest name before the mention, else "by X".

    "From" names the force only when it is not where a move starts ("from Germany to Romania") or
    where a withdrawal leaves. ``forces`` are the sentence's usable force names (see _usable_forces).
    """
    origin = _FROM_AFTER.match(text, mention.end)
    if origin and status != "withdrawn":
        for force in forces:
            if force[0] == origin.end() and not _TO_AFTER.match(text, force[1]):
                return force[2]
    index = bisect.bisect_right(forces, mention.start, key=lambda f: f[1])
    if index:
        return forces[index - 1][2]
    for force in forces[index:]:
        if force[0] >= mention.end and _BY_BEFORE.search(text, max(0, force[0] - 8), force[0]):
            return force[2]
    return ""


def _usable_forces(text: str, forces: list[tuple[int, int, str]], lists: list[PlaceList]) -> list[tuple[int, int, str]]:
    """Force names that are not deployment places ("in Poland") nor adversaries ("Russian aggression")."""
    located = [(pl.start, pl.end) for pl in lists if pl.locative]
    return [f for f in forces if not any(s <= f[0] < e for s, e in located)
            and not lexicon.ADVERSARIAL_NOUNS.match(text, f[1])
            and not lexicon.PLACE_PREPOSITION_BEFORE.search(text, max(0, f[0] - 30), f[0])
            and not lexicon.TERRITORY_AFTER.match(text, f[1])
            and not lexicon.HOST_AFTER.match(text[f[1]:])]


# the row -------------------------------------------------------------------------------------------------
def _fact(article: Article, sentence: Sentence, mention: Mention, status: str, force: str, place: Place,
          place_text: str, state: _ArticleState) -> Fact:
    troops, derived, also = _troops(mention, state)
    start, end = _clause(sentence.text, mention)
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


def _troops(mention: Mention, state: _ArticleState) -> tuple[Quantity | None, bool, str]:
    if mention.unit == "troops":
        return (mention.quantity if mention.quantity.low is not None else None), False, ""
    if mention.troops is not None:
        return mention.troops, False, ""
    if mention.troops_each is not None:
        return mention.quantity.times(mention.troops_each), True, ""
    if definition := state.definitions.get(mention.unit):
        return mention.quantity.times(definition.troops), True, definition.sentence.text
    return None, False, ""

