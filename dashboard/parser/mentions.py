"""Mentions: the units a sentence names, each with the count it gives them.

"four battlegroups", "an 80-strong Dutch detachment", "about 1,000 troops", "a company of 140
soldiers" (one force: the headcount), "a further 200", "330 of them". A definition of a unit's
size ("Battlegroups typically are made up of 1,000-1,500 soldiers") is read once per article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from dashboard.parser import lexicon
from dashboard.parser.numbers import (
    NUMBER,
    QUANTITY,
    QUANTITY_IN_FOLDED,
    QUANTITY_RE,
    Quantity,
    has_number,
    parse_quantity,
)
from dashboard.parser.text import Sentence
from dashboard.places.gazetteer import Gazetteer
from dashboard.util.textmatch import folded, trie_alternation

_NOUN_UNIT = {noun.lower(): unit for unit, nouns in lexicon.UNIT_NOUNS.items() for noun in nouns}


_nouns = [n for nouns in lexicon.UNIT_NOUNS.values() for n in nouns]
# Searched in the folded text (textmatch.folded): the plain nouns in lower case without IGNORECASE, the
# nouns written as patterns ("F-16s") as written but blind to case.
_UNIT_RE = re.compile(
    r"(?<![\w-])(?:"
    + trie_alternation((n for n in _nouns if "\\" not in n), fold_case=True)
    + "|(?i:"
    + "|".join(n for n in _nouns if "\\" in n)
    + r"))(?![\w-])"
)
_AIRCRAFT_CODE = re.compile(r"(?:[A-Z]{1,3}|MiG|Su)-\d{1,3}[A-Z]?s")
_ARTICLE_AT_END = re.compile(r"(?<![\w-])(?P<a>an?|one|another|a\s+single)\s+$", re.IGNORECASE)
_AS_A = re.compile(r"\b(?:as|equivalent\s+to|the\s+equivalent\s+of|the\s+size\s+of)\s+an?\s+$", re.IGNORECASE)
_MODEL_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:About|Some|Around|Nearly|Over|Roughly|Almost|Up|More|"
    r"Fewer|At|Only|Just|All|The|A|An|In|On|By|Of)\b)[A-Z][a-z]+\s+$"
)


# "the figure is expected to reach 12 000": the story's count restated without its noun.
_FIGURE_WORDS = ("figure", "number", "total", "presence", "force")
_FIGURE_REACHES = re.compile(
    rf"\b(?:{'|'.join(_FIGURE_WORDS)})\b[^.;:]{{0,60}}?\b(?:reach|rise\s+to|grow\s+to|increase\s+to|"
    r"stand\s+at|be\s+raised\s+to|to)\s+(?=(?:about|around|some|roughly|well\s+over|over|more\s+than|nearly|up\s+to\s+)?\d)",
    re.IGNORECASE,
)


# "Two thousand more can be on Estonian soil": people, counted with no noun.
_MORE_CAN_BE = re.compile(r"\s+more\s+(?:can|could|will|would)\s+be\s+(?:on|in|at)\b", re.IGNORECASE)
_ONE_OF = re.compile(r"(?<![\w-])(?P<a>one)\s+of\s+(?:its|their|the|his|her|our)\s+$", re.IGNORECASE)
_HYPHEN_SIZE = re.compile(rf"^(?P<n>{NUMBER})-(?:strong|soldiers?|troops?|man|member|person|personnel)$", re.IGNORECASE)
_MODIFIER_STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "to",
    "at",
    "on",
    "and",
    "or",
    "from",
    "with",
    "for",
    "by",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "will",
    "would",
    "have",
    "has",
    "had",
    "that",
    "which",
    "who",
    "each",
    "per",
    "its",
    "their",
    "his",
    "her",
    "our",
    "about",
    "around",
    "some",
    "than",
    "into",
    "as",
    "up",
    "over",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "least",
    "another",
    "single",
    "one",
    "all",
    "there",
    "these",
    "those",
    "this",
    "said",
    "sent",
    "send",
    "deploy",
    "deployed",
    "deploying",
    "enough",
    "many",
    "how",
    "not",
    "no",
    "against",
    "hundred",
    "thousand",
    "million",
    "dozen",
    "few",
    "several",
    "hundreds",
    "thousands",
    "dozens",
    "couple",
}
_CURRENCY_AT_END = re.compile(r"[$€£]\s*$")
_LED_OR_BASED = re.compile(r"-(?:led|based)$")
_POSSESSIVE_END = re.compile(r"['’]s$")
_YEAR = re.compile(r"\d{4}")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")
_COMPOSITE = re.compile(r"^\s*(?:,\s*)?(?:of|with|totall?ing|comprising|numbering|made\s+up\s+of)\s*$", re.IGNORECASE)


# "The battlegroup at Rukla has 1,600 soldiers": a unit (not troops) sized by the troops it has.
_SIZED_BY = re.compile(
    r"^\s*(?:(?:at|in)\s+(?:the\s+)?[A-ZÀ-Ž][\w’'-]*(?:(?:,\s*|\s+and\s+|\s+)[A-ZÀ-Ž][\w’'-]*){0,8}\s+)?"
    r"(?:(?:together|combined|now|currently|still)\s+)?(?:has|have|had|numbers?|numbered|totals?|totall?ed|counts?)\s*$"
)


# "squadrons of Typhoons" (the jets fill the squadrons); "800 personnel from the Royal Welsh
# battlegroup" (the battlegroup is where they come from, not a second deployment).
_CONTENT_OF = re.compile(r"^\s*(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_EACH_AFTER = re.compile(r"^\s+each\b", re.IGNORECASE)
_BARE_FOLLOWER = re.compile(
    r"\s+(?:more\s+)?(?:(?:remaining|stationed|based|deployed|serving)\s+)?(?:in|to|at|into|near)\s"
    r"|\s+from\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|the\s+start|the\s+end|\d))",
    re.IGNORECASE,
)


# "every one of them": no count of a deployment.
_NO_COUNT_BEFORE = re.compile(r"\b(?:every|each|any|no)\s+$", re.IGNORECASE)
_NUMBERING_AFTER = re.compile(rf",?\s+(?:\w+\s+)?(?:numbering|totall?ing|numbered)\s+(?P<q>{QUANTITY})", re.IGNORECASE)
_MEASURES = frozenset(
    {
        "tonne",
        "tonnes",
        "ton",
        "tons",
        "km",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "mile",
        "miles",
        "mm",
        "metre",
        "metres",
        "meter",
        "meters",
        "percent",
        "per",
    }
)
_GROUPINGS = frozenset({"other:contingent", "other:detachment", "other:task force"})
_CHANGE_FROM_TO = re.compile(
    rf"\b(?:increas|rais|grow|grew|expand|boost|reduc|cut|decreas|lower|doubl|bring)\w*\s+(?:the\s+)?"
    rf"(?:number|figure|total|size|force|presence|contingent|it|them)?\s*(?:\w+\s+){{0,3}}?from\s+"
    rf"(?P<a>{NUMBER})\s+to\s+(?P<b>{NUMBER})\b",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+$", re.IGNORECASE)
_WORTH_AFTER = re.compile(r"['’]s\s+worth\b")
_FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$", re.IGNORECASE)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|whom)\b", re.IGNORECASE)


# "about 10,000 of them are in Poland": a part of a force counted before, at a place of its own.
_OF_THEM_AT = re.compile(
    r"\s+of\s+(?:them|those|whom)\s+(?:(?:are|were|is|will\s+be|remain|remains|will\s+remain|"
    r"stay|stays|will\s+stay)\s+(?:\w+\s+)?(?:in|at|on|near)\b|(?:will\s+)?(?:stay|remain)\b)",
    re.IGNORECASE,
)
_DEFINITION = re.compile(
    r"(?P<unit>"
    + trie_alternation(
        (n for u, ns in lexicon.UNIT_NOUNS.items() if u != "troops" for n in ns if "\\" not in n), fold_case=True
    )
    + r")\s+(?:(?:typically|usually|normally|generally|each|on\s+average|tend\s+to)\s+)*"
    r"(?:are|is|have|has|consists?\s+of|comprises?|numbers?|includes?|contains?|(?:are|is)\s+made\s+up\s+of|count|"
    r"means?|equals?)"
    r"\s+(?:(?:typically|usually|normally|generally|of)\s+)*"
    rf"(?P<q>{QUANTITY})\s+(?:" + trie_alternation(lexicon.UNIT_NOUNS["troops"], fold_case=True) + r")\b",
    re.IGNORECASE,
)
_SINGULAR_S = frozenset({"headquarters", "aircraft", "awacs", "himars", "abrams"})


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
class SizeDefinition:
    unit: str
    troops: Quantity
    sentence: Sentence


@dataclass(frozen=True, slots=True)
class Nouns:
    """A sentence's unit nouns, and whether it holds a number at all: what both the size definitions
    and the mentions start from, found once per sentence."""

    heads: list[re.Match[str]]  # in the folded text: their offsets, not their letters, are the sentence's
    numbered: bool


def nouns_of(text: str) -> Nouns:
    return Nouns(list(_UNIT_RE.finditer(folded(text))), has_number(text))


def size_definitions(sentences: list[Sentence], nouns: dict[int, Nouns]) -> dict[str, SizeDefinition]:
    """What the article says a unit numbers ("Battlegroups typically are made up of 1,000-1,500 soldiers").

    ``nouns`` are the sentences' nouns by start offset."""
    found: dict[str, SizeDefinition] = {}
    for sentence in sentences:
        scan = nouns[sentence.start]
        if not scan.numbered:
            continue
        # A definition starts at a unit noun: try the long pattern only there.
        starts = (noun.start() for noun in scan.heads)
        if match := next(filter(None, (_DEFINITION.match(sentence.text, start) for start in starts)), None):
            quantity = parse_quantity(QUANTITY_RE.fullmatch(match.group("q")))
            unit = _NOUN_UNIT[" ".join(match.group("unit").lower().split())]
            if quantity and unit not in found:
                found[unit] = SizeDefinition(unit, quantity, sentence)
    return found


def find_mentions(text: str, nouns: Nouns, gazetteer: Gazetteer, *, last_unit: str) -> list[Mention]:
    """The units ``text`` names with their counts; ``nouns`` are its nouns (``nouns_of``), ``last_unit`` is
    what "similar deployments" refer to."""
    mentions: list[Mention] = []
    lower = folded(text)
    anaphora = (
        [(m.start(), m.end()) for m in lexicon.ANAPHORA.finditer(text)]
        if any(word in lower for word in lexicon.ANAPHORA_WORDS)
        else []
    )
    heads = [m for m in nouns.heads if not any(s <= m.start() < e for s, e in anaphora)]
    if (
        not heads
        and not anaphora
        and not _OF_THEM_AFTER.search(text)
        and not _FIGURE_REACHES.search(text)
        and not _MORE_CAN_BE.search(text)
    ):
        return []
    counts = {m.end(): m for m in QUANTITY_IN_FOLDED.finditer(lower)} if nouns.numbered else {}
    for index, match in enumerate(heads):
        following = heads[index + 1] if index + 1 < len(heads) else None
        # "F-35 fighter jets", "tank battalions": the last noun is the head, the first a modifier.
        if following and not text[match.end() : following.start()].strip():
            continue
        if mention := _mention(text, match, gazetteer, counts):
            mentions.append(mention)
    for start, end in anaphora:
        unit = last_unit or "troops"
        mentions.append(Mention(start, end, unit, Quantity(None, None)))
    mentions.sort(key=lambda m: m.start)
    mentions = _merge_composites(text, mentions)
    return _add_elliptical(text, lower, mentions, counts)


def _mention(text: str, match: re.Match[str], gazetteer: Gazetteer, counts: dict[int, re.Match[str]]) -> Mention | None:
    noun = text[match.start() : match.end()]
    lower = " ".join(noun.lower().split())
    if _WORTH_AFTER.match(text, match.end()):
        # "a brigade's worth of troops" is a size, not a brigade.
        return None
    unit = _NOUN_UNIT.get(lower) or ("aircraft" if _AIRCRAFT_CODE.fullmatch(noun) else "other")
    if lower in lexicon.NAME_WORDS and noun[0].isupper() and match.start() > 0:
        return None
    prefix = text[: match.start()]
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
    mention = Mention(
        match.start(),
        match.end(),
        unit,
        quantity,
        implicit_one=implicit,
        force=force,
        needs_number=lower in lexicon.NEEDS_NUMBER,
        phrase_start=count_at,
    )
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
        if not (word := _last_word(rest)):
            break
        start, end = word
        token = rest[start:end]
        name = token.rstrip(",")
        nationality = (name in gazetteer.forces or f"{name}." in gazetteer.forces) and name[:1].isupper()
        if token.isdigit() and int(token) < 100 and _MODEL_NAME_BEFORE.search(rest[:start][-25:]):
            # "35 Leopard 2 tanks": the model's number belongs to its name; the count is before it.
            tokens.insert(0, token)
            rest = rest[:start]
            continue
        if (
            (token.lower() in _MODIFIER_STOP and not (token == "and" and tokens and tokens[0] in gazetteer.forces))
            or _is_count(token)
            or (token.endswith((",", ";", ":", ".")) and not _ABBREVIATION.match(token) and not nationality)
        ):
            break
        tokens.insert(0, token)
        rest = rest[:start]
    return tokens, rest


def _last_word(text: str) -> tuple[int, int] | None:
    """Where the word before the white space that ends ``text`` is, within its last 60 characters; None
    if ``text`` does not end so. String methods find it at once where a pattern anchored at the end
    would be tried at each of those 60 positions."""
    stripped = text.rstrip()
    if not stripped or len(stripped) == len(text):
        return None
    start = max(len(stripped) - len(stripped.rsplit(None, 1)[-1]), len(text) - 60)
    return (start, len(stripped)) if start < len(stripped) else None


def _is_count(token: str) -> bool:
    # Most modifiers hold no number at all: the cheap test first.
    return bool(has_number(token) and QUANTITY_RE.fullmatch(token)) and not _HYPHEN_SIZE.match(token)


def _quantity_before(
    before: str, noun: str, has_size: bool, counts: dict[int, re.Match[str]]
) -> tuple[Quantity | None, bool, int]:
    """The count in front of a noun: a number, "a/an" for one, or none (a bare plural).

    ``counts`` are the sentence's count phrases by end offset. Returns the count, whether it is an
    implicit one, and where the count phrase starts.
    """
    none = Quantity(None, None)
    if match := counts.get(len(before.rstrip())):
        head = before[: match.start()]
        if _COMPARED_BEFORE.search(head[-40:]):
            # "up from 80,000 troops", "compared with 65": a figure given to compare, not a deployment.
            return none, False, len(before)
        quantity = parse_quantity(match)
        year = (
            quantity
            and quantity.low == quantity.high
            and 1900 <= (quantity.low or 0) <= 2100
            and _YEAR.fullmatch(match.group(0).strip())
        )
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
    """The force a noun's modifiers name: "Dutch detachment"; a "German-led" formation is NATO's,
    led by Germany (CONVENTIONS.md)."""
    nations: list[str] = []
    for token in modifiers:
        led = token.endswith("-led")
        name = _POSSESSIVE_END.sub("", _LED_OR_BASED.sub("", token.strip("’',")))
        force = gazetteer.forces.get(name) or gazetteer.forces.get(f"{name}.", "")
        if led and force and force != "NATO":
            return f"NATO ({force}-led)"
        if force:
            nations.append(force)
    # "American, British and Romanian soldiers": every nation named.
    return ", ".join(dict.fromkeys(nations))


def _merge_composites(text: str, mentions: list[Mention]) -> list[Mention]:
    """One unit described by two nouns becomes one mention.

    "four battlegroups of about 1,500 troops each" (troops size the battlegroups), "a force of 3,000
    troops" (the troops count the force), "two squadrons of Typhoons" (the jets fill the squadrons).
    """
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        gap = text[previous.end : mention.phrase_start] if previous else ""
        sized = previous is not None and previous.unit != "troops" and _SIZED_BY.match(gap)
        if (
            previous
            and mention.unit == "troops"
            and mention.quantity.low is not None
            and (_COMPOSITE.match(gap) or sized)
        ):
            each = _EACH_AFTER.match(text[mention.end :])
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
        if (
            previous
            and previous.implicit_one
            and previous.troops is None
            and mention.quantity.low is not None
            and not mention.implicit_one
            and _COMPOSITE.match(gap)
        ):
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


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of the sorted, non-nested ``spans``."""
    index = bisect.bisect_right(spans, (start, end))
    return any(s < end and start < e for s, e in spans[max(0, index - 2) : index + 1])


def _add_elliptical(text: str, lower: str, mentions: list[Mention], counts: dict[int, re.Match[str]]) -> list[Mention]:
    """ "3,000 troops to Poland and 1,000 to Romania": the bare count borrows the unit before it.

    ``lower`` is the ``folded`` text: a change of figures needs "from", a figure restated its noun."""
    if not counts:
        # A sentence with no count has no bare count and no change of one to find.
        return mentions
    extra = []
    changes = _CHANGE_FROM_TO.finditer(text) if "from" in lower else ()
    for change in changes:
        # "increasing the number from 500 to 675": the figure before and the figure after, not a range.
        unit = next((m.unit for m in reversed(mentions) if m.end <= change.start()), "troops")
        ongoing = not change.group(0).lower().split()[0].endswith(("ed", "grew", "cut"))
        for group, status in (("a", "existing"), ("b", "planned" if ongoing else "existing")):
            quantity = parse_quantity(QUANTITY_RE.fullmatch(change.group(group)))
            if quantity and quantity.low is not None:
                extra.append(Mention(change.start(group), change.end(group), unit, quantity, status=status))
    taken = sorted([(m.phrase_start, m.end) for m in mentions] + [(m.start, m.end) for m in extra])
    ends = [m.end for m in mentions]
    figure_ends = (
        {m.end() for m in _FIGURE_REACHES.finditer(text)} if any(word in lower for word in _FIGURE_WORDS) else set()
    )
    for match in counts.values():
        start, end = match.start(), match.end()
        # Mentions are in reading order and do not overlap: the one before a count is found by bisection.
        before = bisect.bisect_right(ends, start)
        previous = mentions[before - 1] if before else None
        of_them = _OF_THEM_AT if previous else _OF_THEM_AFTER
        figure = start in figure_ends
        more = _MORE_CAN_BE.match(text, end)
        if not (
            _BARE_FOLLOWER.match(text, end)
            or _FURTHER_BEFORE.search(text, max(0, start - 30), start)
            or of_them.match(text, end)
            or figure
            or more
        ):
            continue
        if (
            _NO_COUNT_BEFORE.search(text, max(0, start - 20), start)
            or _COMPARED_BEFORE.search(text, max(0, start - 40), start)
            or _overlaps(taken, start, end)
        ):
            continue
        quantity = parse_quantity(match)
        named = _MODEL_NAME_BEFORE.search(text[max(0, start - 25) : start])
        if (
            not quantity
            or (quantity.low is None and not quantity.approx)
            or named
            or re.fullmatch(r"(?:19|20)\d\d", match.group(0))
        ):
            # A year, or a name's number ("Panzerbrigade 45"), is no count of forces.
            continue
        if previous:
            extra.append(Mention(start, end, previous.unit, quantity, force=previous.force))
        elif them := _OF_THEM_AFTER.match(text, end):
            # "330 of them deployed": people counted out of a group named before.
            extra.append(Mention(start, them.end(), "troops", quantity))
        elif more or figure:
            extra.append(Mention(start, end, "troops", quantity))
    return sorted(mentions + extra, key=lambda m: m.start)
