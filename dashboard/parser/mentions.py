"""Mentions: the units a sentence names, each with the count it gives them.

"four battlegroups", "a 60-strong Belgian detachment", "about 1,000 troops", "a company of 140
soldiers" (one force: the headcount), "a further 200", "240 of them". A definition of a unit's
size ("Battlegroups typically are made up of 1,000-1,500 soldiers") is read once per article.

Reads: a ``Sentence``'s text, its ``Nouns``, the gazetteer's force names (for nationalities on a
noun) and the story's last unit (for "similar deployments").
Writes: the sentence's ``Mention`` list in reading order (unit, count, implicit one, headcount,
force named on the noun, status of a change of figures); ``SizeDefinition`` per unit for the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import replace

from dashboard.parser.doc import Mention, Nouns, Quantity, Sentence, SizeDefinition
from dashboard.parser.lang import clauses, counts, forces, placenames, roles, units
from dashboard.parser.lang.numbers import QUANTITY_IN_FOLDED, QUANTITY_RE
from dashboard.parser.lang.placenames import FLANK_REGION
from dashboard.parser.lang.time import YEAR_CONTEXT
from dashboard.parser.numbers import has_number, parse_quantity
from dashboard.places.gazetteer import Gazetteer
from dashboard.util.textmatch import Gated, folded, for_folded

# Tried before every bare count of a sentence, in its folded text: without IGNORECASE they cost half as
# much (textmatch.for_folded).
_PUT_AT = Gated(for_folded(counts.PUT_AT))
_OF_THEM_BEFORE = Gated(for_folded(counts.OF_THEM_BEFORE))
_FURTHER_BEFORE = Gated(for_folded(counts.FURTHER_BEFORE))
_NO_COUNT_BEFORE = for_folded(counts.NO_COUNT_BEFORE)
_COMPARED_BEFORE = Gated(for_folded(counts.COMPARED_BEFORE.pattern))


def nouns_of(text: str) -> Nouns:
    return Nouns(list(units.UNIT_RE.finditer(folded(text))), has_number(text))


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
        if match := next(filter(None, (counts.DEFINITION.match(sentence.text, start) for start in starts)), None):
            if counts.SPECIFIC_BEFORE.search(sentence.text, max(0, match.start() - 60), match.start()):
                # "Estonia's NATO battle group has about 1,000 troops" sizes one formation, not every one.
                continue
            quantity = parse_quantity(QUANTITY_RE.fullmatch(match.group("q")))
            unit = units.NOUN_UNIT[" ".join(match.group("unit").lower().split())]
            if quantity and unit and unit not in found:
                found[unit] = SizeDefinition(unit, quantity, sentence)
    return found


def find_mentions(
    text: str, nouns: Nouns, gazetteer: Gazetteer, *, last_unit: str, last_counted: str, asked: Mention | None = None
) -> list[Mention]:
    """The units ``text`` names with their counts; ``nouns`` are its nouns (``nouns_of``), ``last_unit`` is
    what "similar deployments" refer to, ``last_counted`` the unit of the story's last count (what "the
    120 already there" and "two more would arrive" count), ``asked`` what a "how many" question just before
    asked for, with its force and status (what its answer's bare count counts: "A: About 1,500, most of them
    at Kogalniceanu")."""
    mentions: list[Mention] = []
    lower = folded(text)
    anaphora = (
        [(m.start(), m.end()) for m in counts.ANAPHORA.finditer(text)]
        if any(word in lower for word in counts.ANAPHORA_WORDS)
        else []
    )
    heads = [m for m in nouns.heads if not any(s <= m.start() < e for s, e in anaphora)]
    if (
        not heads
        and not anaphora
        and not counts.OF_THEM_AFTER.search(text)
        and not counts.FIGURE_REACHES.search(text)
        and not counts.MORE_CAN_BE.search(text)
        # "It will add a further 100", "will send 100 more next year": a count with the story's noun.
        and not (nouns.numbered and (" more" in lower or "further " in lower or "another " in lower))
        and not (nouns.numbered and asked is not None)
        and not (
            nouns.numbered
            and (
                counts.BARE_FOLLOWER.search(text)
                or (last_counted and counts.BARE_AT_PLACE.search(text))
                or (last_counted and counts.OPENING_PLACE.match(text) and counts.HELD.search(text))
                or (last_counted and " from " in text and counts.CHANGE_FROM_TO.search(text))
                or counts.ALREADY_THERE.search(text)
                or counts.THERE_ARE_COUNT.search(text)
                # "officials have given a figure of 100,000", "puts the number at": a figure restated.
                or "figure of" in lower
                or " put" in lower
                or "estimat" in lower
                # a fact box's line: "- Latvia: roughly 4,000", "- Spain: 600"
                or (":" in text and counts.HOST_LABEL.match(text))
            )
        )
    ):
        return []
    count_ends = (
        {
            m.end(): m
            for m in QUANTITY_IN_FOLDED.finditer(lower)
            # ("Britain the one at Tapa", "the one battalion there": a reference, no count)
            if not (m.group(0) == "one" and lower.endswith("the ", 0, m.start()))
        }
        if nouns.numbered
        else {}
    )
    for index, match in enumerate(heads):
        following = heads[index + 1] if index + 1 < len(heads) else None
        # "F-35 fighter jets", "tank battalions": the last noun is the head, the first a modifier.
        if following and (
            not (gap := text[match.end() : following.start()].strip()) or units.DESIGNATION.fullmatch(gap)
        ):
            continue
        # "two outgoing battalions ..., and two incoming ones": "ones" is the sentence's own last unit.
        ones = mentions and match.group(0).lower() == "ones"
        antecedent = mentions[-1].unit if ones else last_unit
        if mention := _mention(text, match, gazetteer, count_ends, last_unit=antecedent):
            mentions.append(mention)
    for start, end in anaphora:
        unit = last_unit or "troops"
        # "three such units": the count right before counts them.
        count = next((m for m in count_ends.values() if m.end() <= start and not text[m.end() : start].strip()), None)
        quantity = (parse_quantity(count) if count else None) or Quantity(None, None)
        # (with no unit before it, "two such units" are no two soldiers)
        if last_unit and count and quantity.low is not None and not counts.YEAR_NUMBER.fullmatch(count.group(0)):
            mentions.append(Mention(start, end, unit, quantity, phrase_start=count.start(), kind_only=True))
        else:
            mentions.append(Mention(start, end, unit, Quantity(None, None), kind_only=True))
    mentions.sort(key=lambda m: m.start)
    if not all(m.named for m in mentions):
        # (a formation named beside a count describes the counted force: it merges with nothing; a force
        # added to it is another: "the 1st Brigade ... to Lithuania, along with 400 support troops")
        mentions = [m for m in mentions if not m.named or _added_to_all(text, m, mentions)]
    mentions = [m for m in _merge_composites(text, mentions) if not m.filler_only]
    if nouns.numbered:
        mentions = sorted(mentions + _listed_counts(text, mentions, count_ends, gazetteer), key=lambda m: m.start)
    _count_from_predicates(text, mentions)
    return _named_alone(
        text,
        _formed_by_headcounts(
            text,
            _add_elliptical(text, lower, mentions, count_ends, gazetteer, last_counted=last_counted, asked=asked),
        ),
    )


def _added_to_all(text: str, named: Mention, mentions: list[Mention]) -> bool:
    """Whether every other mention of the sentence is a force added to the ``named`` formation."""
    return all(
        m.named
        or clauses.ADDED_FORCE_BETWEEN.search(text, min(m.end, named.end), max(m.phrase_start, named.phrase_start))
        for m in mentions
    )


def _named_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """A formation named is the sentence's force only where nothing else is counted or named ("Soldiers of
    the 173rd Airborne Brigade landed": the soldiers are the fact), and only the one the sentence moves: not
    a possessor ("the 3rd Infantry Division's 1st Armored Brigade") nor a parent ("of the 101st Airborne
    Division")."""
    if not any(m.named for m in mentions):
        return mentions
    named = [m for m in mentions if m.named and _added_to_all(text, m, mentions)]
    movers = [
        m
        for m in named
        if not _POSSESSIVE_AFTER.match(text, m.end)
        and not units.PARENT_BEFORE.search(text, max(0, m.phrase_start - 12), m.phrase_start)
    ]
    return sorted([m for m in mentions if not m.named] + movers[:1], key=lambda m: m.start)


def _compared(text: str, mention: Mention) -> bool:
    """Whether a mention is given to compare with: "up from a battlegroup of about 1,000 in 2021"."""
    return bool(counts.COMPARED_BEFORE.search(text, max(0, mention.phrase_start - 40), mention.phrase_start))


def _formed_by_headcounts(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Around 140 of these form a cavalry squadron", "900 Dutch soldiers make up a battlegroup": the
    formation a headcount forms (one, by "a") is the force it counts, one fact (the headcount,
    CONVENTIONS)."""
    if len(mentions) < 2 or not any(m.implicit_one for m in mentions):
        return mentions
    kept = [mentions[0]]
    for mention in mentions[1:]:
        previous = kept[-1]
        if (
            mention.implicit_one
            and mention.unit not in units.EQUIPMENT
            and mention.unit != "troops"
            and previous.unit == "troops"
            and previous.quantity.low is not None
            and counts.FORMING.match(text, previous.end, mention.phrase_start)
        ):
            previous.force = previous.force or mention.force  # "3,000 soldiers will form a new German brigade"
            continue
        kept.append(mention)
    return kept


def _mention(
    text: str, match: re.Match[str], gazetteer: Gazetteer, count_ends: dict[int, re.Match[str]], *, last_unit: str
) -> Mention | None:
    noun = text[match.start() : match.end()]
    lower = " ".join(noun.lower().split())
    if (
        (compound := units.NOT_A_UNIT_AFTER.get(lower))
        and text[: match.start()].rsplit(None, 1)[-1:]
        and (text[: match.start()].rsplit(None, 1)[-1].lower() in compound)
        # ("military police officers" are a force's)
        and not text[: match.start()].rstrip().lower().endswith("military police")
    ):
        return None  # "a think tank", "fuel tanks"
    if units.WORTH_AFTER.match(text, match.end()) or units.ROLE_AFTER.match(text, match.end()):
        # "a division's worth of soldiers" is a size, not a brigade; "a brigade spokesman" is a person.
        return None
    unit = units.NOUN_UNIT.get(lower)
    if unit is None:
        if model := next((unit for pattern, unit in units.MODEL_UNITS if pattern.fullmatch(noun)), None):
            unit = model
        elif units.AIRCRAFT_CODE.fullmatch(noun) or units.SINGULAR_AIRCRAFT_CODE.fullmatch(noun):
            unit = "aircraft"
        elif " " in lower:
            return None  # a model followed by words that name no aircraft: "F-16 pilots"
        else:
            unit = "other"
    # (capitalised and singular inside a sentence, a unit noun ends a name: only one led by its number is a unit)
    named = lower in units.NAME_WORDS and noun[0].isupper() and match.start() > 0
    designation = (
        units.DESIGNATION_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if named and lower not in units.COMMAND_ECHELONS
        else None
    )
    if named and not designation:
        return None
    if lower in units.SERVICE_NAMES and not noun[0].isupper():
        return None
    if lower in units.NATIONALS and (not noun[0].isupper() or units.CIVILIAN_CONTEXT.search(folded(text))):
        return None  # "300 poles", "3,000 Americans attended the rally": no forces
    prefix = text[: match.start()]
    modifiers, before = _modifiers(prefix, gazetteer)
    if (
        lower in ("tanker", "tankers")
        and not any(units.TANKER_MODIFIER.match(token) for token in modifiers)
        # ("Four F-16s, two tankers and 150 airmen": among aircraft, tankers fly; not "two tankers of the
        # shadow fleet")
        and (modifiers or not units.AIRCRAFT_LIST_NEIGHBOUR.search(text) or units.FLEET_AFTER.match(text, match.end()))
    ):
        return None  # "oil tankers" are ships, not aircraft
    if any(token.lower() in units.HOST_OWN_MODIFIERS for token in modifiers):
        return None  # "national forces will make up most of the participants": the hosts' own, no deployment
    if any(token.lower().rstrip(",") in units.MEASURES for token in modifiers):
        # "30 tonne tracked infantry vehicles": the number measures, it does not count.
        modifiers, before = [], ""
    stated_troops = None
    for token in modifiers:
        if size := units.HYPHEN_SIZE.match(token):
            stated_troops = parse_quantity(QUANTITY_RE.fullmatch(size.group("n")))
        elif stated_troops is not None and token.endswith(("'s", "’s")):
            stated_troops = None  # "the 4,800-strong brigade's headquarters": the possessor's size
    force = _modifier_force(modifiers, gazetteer) or gazetteer.forces.get(units.NATIONALS.get(lower, ""), "")
    if (
        not force
        and (of := forces.OF_NATIONAL_AFTER.match(text, match.end()))
        # "soldiers of Latvia's battlegroup": the host of a multinational formation sends none of them
        and not (of.group("owner") and forces.MULTINATIONAL_WORDS.search(of.group(0)))
    ):
        force = gazetteer.forces.get(of.group("name") or of.group("owner"), "")
    host_named = ""
    if unit in forces.HOSTED_FORMATION and force:
        if _hosts_in_possessive(modifiers, gazetteer):
            force = "NATO"  # "Latvia's battlegroup" is NATO's, in Latvia
        else:
            host_named = _host_by_adjective(force, modifiers, gazetteer)
    if (
        (anchor := units.ANCHOR_AFTER.get(lower))
        and not anchor.match(text, match.end())
        # ("135 CAF members", "40 Bundeswehr members": a service named before them anchors them as well; not a
        # nation's adjective: "50 Polish members of parliament")
        and not any(token in gazetteer.forces and token in units.SERVICE_MODIFIERS for token in modifiers)
        and not (modifiers and modifiers[-1] in units.SERVICE_HEADS)
    ):
        return None
    if (
        lower == "fighters"
        and not any(units.AIRCRAFT_MODIFIER.match(token) for token in modifiers)
        and (not units.AIR_CONTEXT.search(text) or units.FIGHTERS_WHO_ARE_PEOPLE.search(text))
    ):
        unit = "troops"
    elif not unit and stated_troops is not None:
        unit = "troops"  # "a 40-person operations center": the headcount is the fact, whatever the head
    elif lower in units.SIZED_ONLY:
        return None  # "a Dutch Patriot crew" counts no battery
    elif not unit:
        counted = counts.COUNTED_BEFORE.search(before[-30:]) is not None
        unit = _generic_unit(lower, modifiers, last_unit, counted=counted)
        if not unit:
            return None
    elif unit == "other":
        # (machines keep the plural the conventions name them by, "other:howitzers"; formations the singular)
        unit = "other:" + (units.PLURAL_KINDS.get(_singular(lower)) or _singular(lower))
    if designation:
        # "The 45th Panzer Brigade will move to Lithuania": a formation by its name is one force, with no
        # count (CONVENTIONS: "The 1st Battalion" is a definite reference).
        return Mention(
            match.start(),
            match.end(),
            unit,
            Quantity(None, None),
            force=force,
            phrase_start=designation.start(),
            named=True,
        )
    quantity, implicit, count_at = _quantity_before(
        before, lower, stated_troops is not None, count_ends, force_names=gazetteer.forces
    )
    if quantity is None:
        return None
    if implicit and any(units.ECHELON_SIZED.match(token) for token in modifiers):
        # "a battalion-sized unit" says how big, not how many (CONVENTIONS: size descriptors are no count).
        quantity, implicit = Quantity(None, None), False
    if quantity.low is None and unit == "troops" and (numbering := counts.NUMBERING_AFTER.match(text, match.end())):
        # "Danish soldiers, later numbering about 300": the count follows its noun.
        quantity = parse_quantity(QUANTITY_RE.fullmatch(numbering.group("q"))) or quantity
    mention = Mention(
        match.start(),
        match.end(),
        unit,
        quantity,
        implicit_one=implicit,
        force=force,
        needs_number=lower in units.NEEDS_NUMBER,
        phrase_start=count_at,
        filler_only=lower in units.FILLER_ONLY
        and not force
        and not ((post := units.FILLER_POST_AFTER.get(lower)) and post.match(text, match.end()))
        # "The battlegroup sits at Lest. It is made up of roughly 900 persons": a formation referred to fills
        and not counts.REFERRED_FORMATION_OF.match(text[:count_at]),
        host_named=host_named,
    )
    if (
        stated_troops is not None
        and quantity.low is None
        and (counts.PART_OF_WORDS.search(before[-24:]) or _POSSESSIVE_AFTER.match(text, match.end()))
    ):
        # "two companies of the 1,100-strong battlegroup", "the 4,800-strong brigade's headquarters": the
        # headcount is the whole's, not what the sentence moves.
        stated_troops = None
    if stated_troops is not None and (quantity.low is None or quantity.low <= 1):
        # "a 60-strong Belgian detachment", "the 600-strong battalion": the headcount is the fact, the
        # formation describes it.
        mention.unit, mention.quantity, mention.implicit_one = "troops", stated_troops, False
    elif stated_troops is not None:
        mention.troops = stated_troops
    if (
        mention.needs_number
        and mention.quantity.low is None
        and (of := counts.HEADCOUNT_OF_NUMBER.match(text, match.end()))
        and (headcount := parse_quantity(QUANTITY_RE.fullmatch(of.group("q"))))
        and headcount.low is not None
        and not counts.YEAR_NUMBER.fullmatch(of.group("q"))
    ):
        # "a force of 3,000", "a presence of about 1,000": the number after "of" is its headcount.
        mention.unit, mention.quantity, mention.implicit_one, mention.end = "troops", headcount, False, of.end()
    if mention.needs_number and mention.quantity.low is None:
        return None
    if (mention.quantity.low is None or mention.implicit_one) and units.SINGULAR_AIRCRAFT_CODE.fullmatch(noun):
        return None  # "the F-35", "an F-16": a model named, not aircraft counted
    return mention


def _generic_unit(noun: str, modifiers: list[str], last_unit: str, *, counted: bool) -> str:
    """The unit of a generic head: an air-defence system or unit is a battery (CONVENTIONS.md); "a
    replacement system" after a battery is one too; "four new units", "two incoming ones" (counted by a
    number, with no modifier but of age or order) are the story's last unit. Anything else ("an armoured
    Czech unit", "another unit") names no unit of its own."""
    if any(units.AIR_DEFENCE_MODIFIER.match(token) for token in modifiers):
        return "batteries"
    for token in modifiers:
        if (sized := units.ECHELON_SIZED.match(token)) and (
            unit := units.NOUN_UNIT.get(sized.group("echelon").lower())
        ):
            # "company-sized Stryker units" are companies.
            return unit
    if noun.startswith("system"):
        return last_unit if last_unit == "batteries" else ""
    if not counted or not all(token.lower() in units.PLAIN_ADJECTIVES for token in modifiers):
        return ""
    return last_unit if last_unit and last_unit != "troops" else ""


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and noun not in units.SINGULAR_S:
        return noun[:-1]
    return noun


def _modifiers(prefix: str, gazetteer: Gazetteer) -> tuple[list[str], str]:
    """Up to eight words between a count and its noun ("new", "multinational", "NATO", "4,800-strong").

    A list of nationalities ("Dutch, Belgian and Luxembourgish") and a name with "and" in it ("a NATO E-3A
    Airborne Warning and Control System aircraft") stay within the modifiers.
    """
    tokens: list[str] = []
    rest = prefix
    for _ in range(8):
        if not (word := _last_word(rest)):
            break
        start, end = word
        token = rest[start:end]
        name = token.rstrip(",")
        # "Dutch, Belgian and Luxembourgish soldiers": adjectives listed; a country's name before a comma
        # ends a phrase of its own ("In Lithuania, Portuguese F-16s").
        nationality = (
            (name in gazetteer.forces or f"{name}." in gazetteer.forces)
            and name[:1].isupper()
            # (after a preposition: "In Lithuania, Portuguese F-16s"; not "US, British and Polish troops")
            and not (
                token.endswith(",") and gazetteer.country_code(name) and units.FRONTED_PLACE_BEFORE.search(rest[:start])
            )
        )
        if (
            (token.isdigit() or units.MODEL_VARIANT.fullmatch(token))
            and (
                (int(token.split("-")[0]) < 100 and units.MODEL_NAME_BEFORE.search(rest[:start][-25:]))
                or units.DESIGNATOR_AFTER_COUNT.search(rest[:start][-40:])
                or _counted_name_before(rest[:start], gazetteer)
                # "a Hungarian Air Force JAS 39 Gripen": a designator's number, after its letters
                or (int(token.split("-")[0]) < 1000 and _designator_before(rest[:start]))
            )
        ):
            # "14 Leopard 2 tanks", "four JAS 39 fighters": the model's number belongs to its name; the
            # count is before it.
            tokens.insert(0, token)
            rest = rest[:start]
            continue
        if (
            not any(char.isalnum() for char in token)  # "Photo 2 of 3 | Typhoons": a mark ends the phrase
            or (
                token.lower() in counts.MODIFIER_STOP
                and not (token == "and" and tokens and tokens[0] in gazetteer.forces)
                and not (token == "and" and tokens and tokens[0][:1].isupper() and _capitalised_before(rest[:start]))
                # "1,500 tracked and wheeled vehicles": two participles that describe one noun
                and not (token == "and" and tokens and tokens[0].endswith("ed") and _participle_before(rest[:start]))
            )
            or _is_count(token)
            or (token.endswith((",", ";", ":", ".")) and not counts.ABBREVIATION.match(token) and not nationality)
        ):
            break
        tokens.insert(0, token)
        rest = rest[:start]
    return tokens, rest


def _counted_name_before(text: str, gazetteer: Gazetteer) -> bool:
    """Whether ``text`` ends in a count and a maker's name: "Two Swedish Saab" (before "340 Airborne Early
    Warning ... aircraft"), so the number after it is the model's."""
    words = text.split()[-3:]
    return (
        len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1] not in gazetteer.forces
        # "1,100 Americans, 250 Britons": a list's item, with a count of its own
        and not words[-1].endswith((",", ";"))
        and any(_is_count(word) for word in words[:-1])
    )


def _designator_before(text: str) -> bool:
    """Whether the word that ends ``text`` is a model's designator in capitals: "JAS", "ASC"."""
    return bool(units.DESIGNATOR_LETTERS.fullmatch(_word_before(text)))


def _participle_before(text: str) -> bool:
    """Whether the word that ends ``text`` is a lower-case participle: "tracked and"."""
    word = _word_before(text)
    return word.endswith("ed") and word.islower()


def _capitalised_before(text: str) -> bool:
    """Whether the word that ends ``text`` (before its white space) is capitalised: "Warning and"."""
    return _word_before(text)[:1].isupper()


def _word_before(text: str) -> str:
    """The word before the white space that ends ``text`` (``_last_word``), or "" if none."""
    word = _last_word(text)
    return text[word[0] : word[1]] if word else ""


def _last_word(text: str) -> tuple[int, int] | None:
    """Where the word before the white space that ends ``text`` is, within its last 60 characters; None
    if ``text`` does not end so. String methods find it at once where a pattern anchored at the end
    would be tried at each of those 60 positions."""
    stripped = text.rstrip()
    if not stripped or len(stripped) == len(text):
        return None
    start = max(len(stripped) - len(stripped.rsplit(None, 1)[-1]), len(text) - 60)
    return (start, len(stripped)) if start < len(stripped) else None


_QUOTES = "\"”’'"
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _is_count(token: str) -> bool:
    # Most modifiers hold no number at all: the cheap test first.
    token = token.rstrip(_QUOTES)
    return bool(has_number(token) and QUANTITY_RE.fullmatch(token)) and not units.HYPHEN_SIZE.match(token)


def _quantity_before(
    before: str, noun: str, has_size: bool, count_ends: dict[int, re.Match[str]], *, force_names: Mapping[str, str]
) -> tuple[Quantity | None, bool, int]:
    """The count in front of a noun: a number, "a/an" for one, or none (a bare plural).

    ``count_ends`` are the sentence's count phrases by end offset. Returns the count, whether it is an
    implicit one, and where the count phrase starts.
    """
    none = Quantity(None, None)
    # A figure quoted ("would number “a little under 9,000” troops") ends before its closing quote.
    if match := count_ends.get(len(before.rstrip())) or count_ends.get(len(before.rstrip().rstrip(_QUOTES))):
        head = before[: match.start()]
        if counts.COMPARED_BEFORE.search(head[-40:]):
            # "up from 80,000 troops", "compared with 65": a figure given to compare, not a deployment.
            return none, False, len(before)
        quantity = parse_quantity(match)
        year = (
            quantity
            and quantity.low == quantity.high
            and 1900 <= (quantity.low or 0) <= 2100
            and counts.YEAR.fullmatch(match.group(0).strip())
        )
        if quantity is None:
            return None, False, len(before)
        if (year and YEAR_CONTEXT.search(head[-20:])) or counts.CURRENCY_AT_END.search(head[-5:]):
            return none, False, len(before)
        if (quantity.low or 0) < 100 and (name := units.MODEL_NAME_BEFORE.search(head[-25:])):
            # "Leopard 2 tanks", "Patriot 3 launchers": a model's name, not a count; but a nation before a
            # count is the subject of a gapped verb ("... and Hungary four Gripens").
            if name.group(0).strip() not in force_names:
                return none, False, len(before)
        return quantity, False, match.start()
    window_start = max(len(before) - 20, 0)
    if partitive := counts.ONE_OF.search(before, max(len(before) - 30, 0)):
        return Quantity(1, 1), False, partitive.start("a")
    if (part := counts.PART_OF_WORDS.search(before, max(len(before) - 20, 0))) and (
        count := count_ends.get(part.start())
    ):
        # "two of the vessels": the part counted.
        if quantity := parse_quantity(count):
            return quantity, False, count.start()
    if counts.AS_A.search(before, max(len(before) - 40, 0)):
        return none, False, len(before)
    if article := counts.ARTICLE_AT_END.search(before, window_start):
        if counts.COMPARED_BEFORE.search(before, max(0, article.start() - 40), article.start()):
            # "up from a battlegroup of about 1,000": a formation given to compare, no count of its own
            # (its phrase starts at the article, where a headcount after it looks back: _add_elliptical).
            return none, False, article.start("a")
        if (noun in units.TROOP_NOUNS or (noun.endswith("s") and noun not in units.SINGULAR_S)) and not has_size:
            return none, False, len(before)
        if (
            counts.PARTITIVE_BEFORE.search(before, max(0, article.start() - 20), article.start())
            or noun == "contingent"
        ):
            # "Elements of a Dutch battalion": a part, no count; "a contingent" groups people, no count of
            # one (CONVENTIONS: the contingent's people are counted, when the text gives them)
            return none, False, len(before)
        if counts.PREDICATE_NOMINAL_BEFORE.search(before, max(0, article.start() - 40), article.start()):
            # "the formation is mostly a headquarters": what a force named before is, not one more unit.
            return none, False, len(before)
        return Quantity(1, 1), True, article.start("a")
    return none, False, len(before)


def _hosts_in_possessive(modifiers: list[str], gazetteer: Gazetteer) -> bool:
    """Whether a modifier is a flank host in the possessive ("Latvia's"): the host of a formation."""
    hosts = gazetteer.region_members(placenames.FLANK_REGION)
    return any(
        forces.POSSESSIVE_END.search(token) and gazetteer.country_code(gazetteer.forces.get(token[:-2], "")) in hosts
        for token in modifiers
    )


def _host_by_adjective(force: str, modifiers: list[str], gazetteer: Gazetteer) -> str:
    """The flank host a formation's only nation, named by its adjective, may be: "the Bulgarian battlegroup at
    Novo Selo" is NATO's there, but "a Romanian battlegroup deployed to Poland" is Romania's (``facts``
    decides by where it is). Empty for a lead ("the Canadian-led battlegroup")."""
    code = gazetteer.country_code(force)
    led = any(token.endswith("-led") for token in modifiers)
    return code if code in gazetteer.region_members(placenames.FLANK_REGION) and not led else ""


def _modifier_force(modifiers: list[str], gazetteer: Gazetteer) -> str:
    """The force a noun's modifiers name: "Dutch detachment"; a "German-led" formation is NATO's,
    led by Germany (CONVENTIONS.md). A flank host's own name right before the noun says where, not who
    ("the Lithuania brigade of 5,000 German troops"), and so does a flank host a formation is based in
    ("the Poland-based US brigade"); another home says who only when no nation is named beside it ("a
    UK-based squadron", but "a Germany-based US brigade" is the US's)."""
    nations: list[str] = []
    based: list[str] = []
    for index, token in enumerate(modifiers):
        led = token.endswith("-led")
        name = forces.POSSESSIVE_END.sub("", forces.LED_OR_BASED.sub("", token.strip("’',")))
        if index == len(modifiers) - 1 and name == token and _flank_host_name(name, gazetteer):
            continue
        if token.endswith("-based"):
            if not _flank_host_name(name, gazetteer) and (force := gazetteer.forces.get(name)):
                based.append(force)
            continue
        force = gazetteer.forces.get(name) or gazetteer.forces.get(f"{name}.", "")
        if led and force and force != "NATO":
            return f"NATO ({force}-led)"
        if force:
            nations.append(force)
    # "Dutch, Belgian and Luxembourgish soldiers": every nation named.
    return ", ".join(dict.fromkeys(nations or based))


def _flank_host_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether ``name`` is a flank host country's own name (not its adjective): "Lithuania", not "Lithuanian"."""
    code = gazetteer.country_code(name)
    return (
        bool(code)
        and gazetteer.country_name(code) == name
        and code in gazetteer.region_members(placenames.FLANK_REGION)
    )


def _merge_composites(text: str, mentions: list[Mention]) -> list[Mention]:
    """One unit described by two nouns becomes one mention.

    "four battlegroups of about 1,500 troops each" (troops size the battlegroups), "a force of 3,000
    troops" (the troops count the force), "two squadrons of Typhoons" (the jets fill the squadrons).
    """
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if previous is not None and (previous.named or mention.named):
            # (a formation by its name beside another mention is left beside it only when another force
            # is added to it: "the 1st Brigade ..., along with 400 support troops")
            merged.append(mention)
            continue
        gap = text[previous.end : mention.phrase_start] if previous else ""
        sized = (
            previous is not None
            and previous.unit != "troops"
            and bool(
                counts.SIZED_BY.match(gap)
                or (
                    # "a reconnaissance squadron of the Light Dragoons, brings about 150 soldiers": any
                    # formation but machines, whose crews are a fact of their own.
                    previous.implicit_one
                    and previous.unit not in units.EQUIPMENT
                    and (after := counts.HEADCOUNT_AFTER_CLAUSE.match(gap)) is not None
                    # (", with 300 German troops" after a Dutch company names another force)
                    and not (after.group("with") and mention.force and mention.force not in previous.force)
                )
            )
        )
        # "A Canadian battlegroup, about 1,000 troops, is based in Latvia": the headcount in apposition.
        apposed = (
            previous is not None
            and previous.unit not in units.EQUIPMENT
            # ("the first group of Swedish soldiers, about 120 persons, ...": people counted in apposition)
            and (previous.unit != "troops" or (previous.quantity.low is None and mention.filler_only))
            # ("one mechanised battalion, about 550 soldiers": one formation is one force too)
            and (previous.quantity.low is None or previous.implicit_one or previous.quantity.high == 1)
            and bool(counts.APPOSED_GAP.fullmatch(gap))
            and bool(counts.APPOSITION_END.match(text, mention.end))
        )
        if (
            previous
            and mention.unit == "troops"
            and mention.quantity.low is not None
            and (counts.COMPOSITE.match(gap) or sized or apposed)
            # "a company to Estonia, with 150 more soldiers to follow": more, not the company's people
            and not counts.MORE_IN_PHRASE.search(text, mention.phrase_start, mention.end)
            # "three minehunters with 150 sailors aboard": counted ships and their crews are two facts.
            and not (
                previous.unit in units.EQUIPMENT and previous.quantity.low is not None and not previous.implicit_one
            )
        ):
            each = counts.EACH_AFTER.match(text[mention.end :])
            if each and previous.unit != "troops":
                previous.troops_each = mention.quantity
            else:
                # A headcount and the formation it describes are one force: the headcount is the fact.
                previous.unit = "troops"
                previous.quantity = mention.quantity
                previous.implicit_one = False
            if not (apposed and gap.lstrip().startswith("of ")):
                # (the formation's "of the 1st Cavalry Division" stays after its noun, where it names the force)
                previous.end = mention.end + (each.end() if each else 0)
            previous.force = previous.force or mention.force
            continue
        if (
            previous
            and previous.implicit_one
            and previous.troops is None
            and mention.quantity.low is not None
            and not mention.implicit_one
            and counts.COMPOSITE.match(gap)
            and not counts.MORE_IN_PHRASE.search(text, mention.phrase_start, mention.end)
        ):
            # "a third flight, of up to six Gripens": the count of what fills it is the fact.
            mention.phrase_start = previous.phrase_start
            mention.force = mention.force or previous.force
            merged[-1] = mention
            continue
        if previous and (mention.quantity.low is None or mention.implicit_one) and counts.CONTENT_OF.match(gap):
            if previous.unit in units.GROUPINGS and previous.implicit_one and mention.unit == "troops":
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


def _add_elliptical(
    text: str,
    lower: str,
    mentions: list[Mention],
    count_ends: dict[int, re.Match[str]],
    gazetteer: Gazetteer,
    *,
    last_counted: str,
    asked: Mention | None = None,
) -> list[Mention]:
    """ "3,000 troops to Poland and 1,000 to Romania": the bare count borrows the unit before it.

    A nation's bare count ("Britain keeps around 900 in Estonia") counts troops, or the unit named
    before it; the items of a gapped list after it ("..., the United States 400, Poland and Slovenia 100
    each") count the same unit for each nation they name.

    ``lower`` is the ``folded`` text: a change of figures needs "from", a figure restated its noun."""
    if not count_ends:
        # A sentence with no count has no bare count and no change of one to find.
        return mentions
    extra = []
    if " by " in lower:
        mentions = _changes_by(text, mentions, last_counted=last_counted)
    changes = counts.CHANGE_FROM_TO.finditer(text) if "from" in lower else ()
    for change in changes:
        if counts.NUMBER_OF_OTHERS.search(lower, change.start(), change.start("a")):
            continue  # "a rise in the number of exercises from 10 to 15": no figure of a force
        # "raised its presence from 1,000 to 1,500 troops": the two figures, not a range of troops.
        ranged = [m for m in mentions if m.phrase_start <= change.start("a") and change.end("b") <= m.end]
        mentions = [m for m in mentions if m not in ranged]
        if counts.MEASURE_AFTER.match(text, change.end()) or not (mentions or ranged or last_counted):
            # "from 2 to 3.5 percent": no figure of a force; a change counts the unit its sentence names,
            # or the story's last ("That will lift the total there from nine to twelve").
            continue
        # "raising the total from 300 to 420": the figure before and the figure after, not a range.
        # The unit changed is the one named last before its first figure, within the change too
        # ("double the count of units from four to eight").
        unit = next((m.unit for m in reversed(mentions) if m.end <= change.start("a")), last_counted or "troops")
        if ranged:
            unit = ranged[0].unit
        elif change.group("noun"):
            changed = next((m for m in mentions if m.phrase_start <= change.start("a") < m.end), None)
            if changed is None:
                continue  # "from 12 weeks to 8", "from 5,000 recruits to 15,000": no unit of forces
            # "from roughly 1,700 soldiers to about 1,000": the first figure's noun is the change's unit,
            # and its mention is the figure before.
            unit = changed.unit
            mentions = [m for m in mentions if m is not changed]
        elif not mentions and not change.group("object"):
            continue  # with no unit named, only "the total", "the number", "the force" ... are forces
        ongoing = _change_to_come(text, change)
        for group, status in (("a", "existing"), ("b", "planned" if ongoing else "existing")):
            quantity = parse_quantity(QUANTITY_RE.fullmatch(change.group(group)))
            if quantity and quantity.low is not None:
                extra.append(Mention(change.start(group), change.end(group), unit, quantity, status=status))
    taken = sorted([(m.phrase_start, m.end) for m in mentions] + [(m.start, m.end) for m in extra])
    ends = [m.end for m in mentions]
    figure_ends = (
        {
            m.end()
            for m in counts.FIGURE_REACHES.finditer(text)
            if not counts.NUMBER_OF_OTHERS.search(lower, m.start(), m.end())
        }
        if any(word in lower for word in counts.FIGURE_WORDS)
        else set()
    )
    changed_ends: set[int] = set()
    if any(word in lower for word in counts.CHANGED_TO_WORDS):
        changed_ends = {
            m.end()
            for m in counts.CHANGED_TO.finditer(text)
            if not counts.MEASURE_AFTER.match(text, _number_end(text, m.end()))
        }
    tallied = (
        {m.start(group) for m in counts.VOTE_TALLY.finditer(text) for group in ("a", "b", "c") if m.group(group)}
        if "vote" in lower
        else set()
    )
    parallel: Mention | None = None  # the first clause a gapped list follows
    label = counts.HOST_LABEL.match(text) if ":" in text else None
    host_label = bool(label and gazetteer.country_code(label.group("name")) in gazetteer.region_members(FLANK_REGION))
    for match in count_ends.values():
        start, end = match.start(), match.end()
        if start in tallied:
            continue
        if (
            label
            and host_label
            and counts.LABEL_HEDGE.fullmatch(text, label.end(), start)
            and counts.BARE_COUNT_END.match(text, end)
        ):
            # "- Latvia: roughly 4,000, Canada-led": a fact box's line, its count where its label is.
            if (quantity := parse_quantity(match)) and quantity.low is not None:
                led = counts.LED_BY_NAME.search(text, end)
                lead = gazetteer.forces.get(led.group("name"), "") if led else ""
                extra.append(Mention(start, end, "troops", quantity, force=f"NATO ({lead}-led)" if lead else ""))
            continue
        # Mentions are in reading order and do not overlap: the one before a count is found by bisection.
        before = bisect.bisect_right(ends, start)
        previous = mentions[before - 1] if before else None
        if (
            counts.BARE_COUNT_END.match(text, end)
            and not _overlaps(taken, start, end)
            # (the first clause's count, past a formation named with none: "200 troops to the battlegroup in
            # Slovakia, and Croatia 60")
            and (
                nations := _nations_before(
                    text,
                    start,
                    end,
                    gazetteer,
                    parallel or next((m for m in reversed(mentions[:before]) if _counted(m)), None),
                )
            )
        ):
            quantity = parse_quantity(match)
            if quantity and quantity.low is not None and not counts.YEAR_NUMBER.fullmatch(match.group(0)):
                unit = parallel.unit if parallel else previous.unit if previous else "troops"
                if (
                    not parallel
                    and previous
                    and (subject := counts.SUBJECT_COUNT_BEFORE.search(text, max(0, start - 80), start))
                    and subject.start("name") < previous.start
                ):
                    unit = "troops"  # "Italy, which also has jets in Romania, has 250 there": the aside's noun
                if not parallel and previous and previous.quantity.low is None and unit in units.SIZED_BY_HEADCOUNT:
                    unit = "troops"  # "Contributions to the battlegroup: Canada about 1,000": its people
                # Each nation's mention starts at its name: "Poland and Slovenia 100 each" are two.
                found = [Mention(at, end, unit, quantity, force=nation) for nation, at in nations]
                extra += found
                parallel = parallel or found[0]
                continue
        of_them = counts.OF_THEM_AT if previous else counts.OF_THEM_AFTER
        put = (
            None if start in figure_ends or start in changed_ends else _PUT_AT.search(lower, max(0, start - 160), start)
        )
        figure = (
            start in figure_ends
            or start in changed_ends
            or bool(
                (put and not counts.NUMBER_OF_OTHERS.search(lower, max(put.start(), start - 40), start))
                or _OF_THEM_BEFORE.search(lower, max(0, start - 20), start)
            )
        )
        # "a Russian contingent of 250", "a battalion of about 600": the formation's headcount.
        headcount_of = bool(
            previous
            and (previous.quantity.low is None or previous.implicit_one)
            and not _compared(text, previous)
            and previous.unit in units.SIZED_BY_HEADCOUNT
            and (gap := counts.HEADCOUNT_OF_GAP.fullmatch(text, previous.end, start))
            # (after a place, only a figure in digits: not "a battlegroup in Latvia, one of eight")
            and (not gap.group("apposed") or any(ch.isdigit() for ch in match.group(0)))
        ) or bool(
            # "put the British contingent at around 900", "put Russian ground troops at 25,000": the figure of
            # the force named, one fact
            previous
            and previous.quantity.low is None
            and (previous.unit == "troops" or previous.unit in units.SIZED_BY_HEADCOUNT)
            and counts.PUT_FORCE_AT.fullmatch(text, previous.phrase_start, start)
            and counts.PUT_BEFORE.search(text, max(0, previous.phrase_start - 40), previous.phrase_start)
        )
        figure = figure or headcount_of
        more = (
            counts.MORE_CAN_BE.match(text, end)
            or counts.MORE_BARE.match(text, end)
            or ((_counted(previous) or last_counted) and counts.MORE_WHO.match(text, end))
        )
        target = (
            (previous or last_counted)
            and counts.TARGET_LEVEL_BEFORE.search(text, max(0, start - 50), start)
            and counts.TARGET_LEVEL_END.match(text, end)
        )
        further = _FURTHER_BEFORE.search(lower, max(0, start - 30), start)
        existential = (
            (
                counts.THERE_ARE_BEFORE.search(text, max(0, start - 50), start)
                and counts.SENTENCE_END_AFTER.match(text, end)
            )
            or (
                last_counted
                and counts.OPENING_PLACE.match(text)
                and counts.HELD_BEFORE.search(text, max(0, start - 40), start)
                and counts.HELD_END_AFTER.match(text, end)
            )
            or (
                counts.SIZED_PRONOUN_BEFORE.search(text, max(0, start - 60), start)
                and counts.TARGET_LEVEL_END.match(text, end)
            )
        )
        nation = _part_nation(text, start, end, gazetteer) if previous else ""
        if not nation and previous and previous.quantity.low is not None:
            # "around 800 French soldiers and some 300 Belgian": a nation's count, its noun left out
            gapped = counts.NATION_NOUN_GAPPED.match(text, end)
            nation = gazetteer.forces.get(gapped.group("name"), "") if gapped else ""
        gapped_one = bool(
            previous
            and previous.quantity.low is not None
            and counts.GAPPED_ONE_BEFORE.search(text, max(previous.end, start - 90), start)
        )
        # "Q: How many US soldiers are in Romania? A: About 1,500, most of them at Kogalniceanu": the answer's
        # count opens its sentence and counts what was asked.
        answer = bool(
            asked is not None and counts.ANSWER_BEFORE.fullmatch(text, 0, start) and counts.ANSWER_END.match(text, end)
        )
        # "They will join the 900 already there": the forces the story counted before, already present.
        already = counts.ALREADY_THERE.match(text, end) and counts.DEFINITE_BEFORE.search(
            text, max(0, start - 6), start
        )
        if not (
            already
            or counts.BARE_FOLLOWER.match(text, end)
            or (
                previous
                and counts.ONE_OF_N_BEFORE.search(text, max(0, start - 10), start)
                and counts.ONE_OF_N_AFTER.match(text, end)
            )
            or further
            or existential
            or of_them.match(text, end)
            or (previous and counts.OF_THEM_APPOSITION.match(text, end))
            or nation
            or figure
            or more
            # (after a count of the story, of the sentence, or a bare count of the sentence: "more than 8,000 are
            # in Poland and about 1,500 are spread across the Baltic states")
            or ((last_counted or previous or extra) and counts.BARE_AT_PLACE.match(text, end))
            or target
            or answer
            or gapped_one
        ):
            continue
        if (
            _NO_COUNT_BEFORE.search(lower, max(0, start - 20), start)
            or _COMPARED_BEFORE.search(lower, max(0, start - 40), start)
            # "a total of 6 ships – two from each country –": each nation's share of the total counted before
            # (CONVENTIONS: one fact, never multiplied)
            or (
                previous is not None
                and previous.quantity.low is not None
                and counts.SHARE_OF_EACH_AFTER.match(text, end)
            )
            or _overlaps(taken, start, end)
            # "up from a battlegroup of about 1,000": the headcount of a formation given to compare
            or (
                previous is not None
                and counts.HEADCOUNT_OF_GAP.fullmatch(text, previous.end, start)
                and _compared(text, previous)
            )
        ):
            continue
        quantity = parse_quantity(match)
        if counts.MEASURE_AFTER.match(text, end):
            continue  # "The deployment reached 7 years": a time, not forces
        # (a name right before a figure: a model's number, "Leopard 2"; not before a hedge, "Latvia about 1,200")
        named = (
            match.group(0)[:1].isdigit()
            and not gapped_one  # ("and its equivalent in Bulgaria 900": a place, no model)
            and (model := units.MODEL_NAME_BEFORE.search(text[max(0, start - 40) : start]))
            # ("Estonia hosts 900 British troops, Latvia 2,000 Canadian": a nation's name is no model's)
            and not gazetteer.country_code(model.group(0).strip())
        )
        if (
            not quantity
            or (quantity.low is None and not quantity.approx)
            or named
            or counts.YEAR_NUMBER.fullmatch(match.group(0))
        ):
            # A year, or a name's number ("Panzerbrigade 45"), is no count of forces.
            continue
        if previous and headcount_of:
            # The formation is its headcount: one fact, its people, from where the formation's phrase starts.
            mentions = [m for m in mentions if m is not previous]
            ends = [m.end for m in mentions]
            extra.append(replace(previous, end=end, unit="troops", quantity=quantity, implicit_one=False))
        elif previous:
            # "the contingent has grown to 1,000": a formation's figure is its headcount.
            # "the number of battlegroups has risen to eight", "doubled its battlegroups to 8" count them.
            sized = (
                (
                    start in figure_ends
                    or (start in changed_ends and (quantity.low or 0) >= 20)
                    # "estimates put its ground strength at fewer than 10,000" (of a corps): its people
                    or bool(put and counts.HEADCOUNT_PUT.search(put.group(0)))
                )
                and previous.quantity.low is None
                and previous.unit in units.SIZED_BY_HEADCOUNT
                and not counts.NUMBER_OF_BEFORE.search(text, max(0, previous.phrase_start - 40), previous.phrase_start)
            )
            # "most of them in the NATO battlegroup, and some 150 in the brigade staff": a bare number after a
            # formation named with no count counts people.
            formation = (
                previous.quantity.low is None
                and previous.unit in units.SIZED_BY_HEADCOUNT
                and not counts.ONE_OF_N_BEFORE.search(text, max(0, start - 10), start)  # "one of eight"
                and not figure  # "the number of battlegroups has risen to eight" counts them
                and (quantity.low or 0) >= 20  # "divisions near Pskov and 3 near Narva" are divisions
            )
            unit = "troops" if sized or formation else previous.unit
            if previous.implicit_one and (
                counted := next((m for m in reversed(mentions) if m.end <= start and not m.implicit_one), None)
            ):
                # "750 in Bulgaria with an air-defence battery at Novo Selo, and 50 at the corps headquarters":
                # a bare count borrows the noun of the last count with a number, not of "a battery"
                unit = counted.unit
            if previous.quantity.low is None and previous.unit == "aircraft" and (quantity.low or 0) >= 100:
                unit = "troops"  # "moved F-35 jets to Lask, and about 10,000 are stationed in Poland": people
            if target and unit not in units.EQUIPMENT:
                unit = "troops"  # "sent 3 Patriot batteries ...; it plans to keep 300 there": people
            status = "existing" if already else "planned" if target else ""  # "joining the 150 already there"
            # (the item of a gapped "one" is the nation it names, if any: "the French one 300", not the first's)
            force = "" if gapped_one else nation or previous.force
            extra.append(Mention(start, end, unit, quantity, force=force, status=status))
            parallel = parallel or (previous if previous.quantity.low is not None else None)
        elif asked and answer:
            extra.append(Mention(start, end, asked.unit, quantity, force=asked.force, status=asked.status))
        elif them := counts.OF_THEM_AFTER.match(text, end):
            # "240 of them deployed": people counted out of a group named before; "Four of them fly from
            # Kogalniceanu" after twelve jets: machines, a few ("About 100 of them are engineers": people).
            unit = last_counted if last_counted in units.EQUIPMENT and (quantity.low or 0) < 10 else "troops"
            apposed = next(
                (m for m in mentions if counts.APPOSED_THE.fullmatch(text, them.end(), m.phrase_start)), None
            )
            if apposed is not None and (quantity.low or 0) < 10:
                unit = apposed.unit  # "two of them, the battlegroups in Bulgaria and Romania": what they are
            extra.append(Mention(start, them.end(), unit, quantity))
        elif already or more or further:
            # "They will join the 120 already there" after tanks, "Two more would arrive" after jets, "It
            # will add a further 100": more of the machines counted last; else people ("Two thousand more
            # can be on Estonian soil").
            unit = last_counted if last_counted in units.EQUIPMENT else "troops"
            if further and not more and last_counted and (quantity.low or 0) < 10:
                # "Spain runs a NASAMS battery in Latvia and may add another one": one more of the last unit
                # counted, whatever it is (a small number: "a further 100" are people).
                unit = last_counted
            extra.append(Mention(start, end, unit, quantity, status="existing" if already else ""))
        elif existential and (quantity.low or 0) >= 100:  # "It now numbers 32": members, not forces
            # "At present there are approximately 1,700.", "They number about 1,700.": the story's people.
            extra.append(Mention(start, end, "troops", quantity))
        elif figure:
            extra.append(Mention(start, end, "troops", quantity))
        elif target:
            # "has promised to have as many as 2,200 by 2026": the level aimed at, of the story's forces.
            unit = last_counted if last_counted in units.EQUIPMENT else "troops"  # "keep 300 there": people
            extra.append(Mention(start, end, unit, quantity, status="planned"))
        elif (
            (last_counted or extra)
            and (quantity.low or 0) > 1  # "the one at Orzysz" is a pronoun
            and counts.BARE_AT_PLACE.match(text, end)
            and not counts.DEFINITE_BEFORE.search(text, max(0, start - 6), start)
            and not counts.NAME_NUMBER_BEFORE.search(text, max(0, start - 30), start)  # "Gate 2 at Lask"
        ):
            # "About 1,600 are in Lithuania and around 170 in Slovakia", after a sentence that counted
            # forces, or after a bare count of its own ("more than 8,000 are in Poland and about 1,500 are
            # spread across the Baltic states"): more of them, at a place of their own.
            noun = last_counted or extra[-1].unit
            extra.append(Mention(start, end, noun if noun in units.EQUIPMENT else "troops", quantity))
    return sorted(mentions + extra, key=lambda m: m.start)


def _change_to_come(text: str, change: re.Match[str]) -> bool:
    """Whether a change of figures is still to come: "will raise", "raising", not "raised" or "grew"."""
    verb = change.group(0).lower().split()[0]
    return bool(counts.CHANGE_TO_COME_BEFORE.search(text, max(0, change.start() - 8), change.start())) or not (
        verb.endswith("ed") or verb in ("grew", "grown", "cut", "rose", "fell", "shrank", "shrunk", "risen", "fallen")
    )


def _changes_by(text: str, mentions: list[Mention], *, last_counted: str) -> list[Mention]:
    """ "grew by 200 to 800 soldiers": the level after the change is the force's figure (its status by the
    verb's tense); the difference and the false range ("200 to 800 soldiers") are none."""
    for change in counts.CHANGE_BY_TO.finditer(text):
        if counts.MEASURE_AFTER.match(text, change.end()):
            continue  # "rose by 2 to 3.5 percent"
        # the false range, and the difference with a noun of its own ("grew by 150 soldiers to 450")
        ranged = [m for m in mentions if m.phrase_start <= change.end("a") and change.start("a") < m.end]
        if not ranged and not last_counted:
            continue
        quantity = parse_quantity(QUANTITY_RE.fullmatch(change.group("b")))
        if not quantity or quantity.low is None:
            continue
        unit = ranged[0].unit if ranged else last_counted
        ongoing = _change_to_come(text, change)
        end = ranged[0].end if ranged else change.end("b")
        force = ranged[0].force if ranged else ""
        level = Mention(
            change.start("b"), end, unit, quantity, force=force, status="planned" if ongoing else "existing"
        )
        mentions = sorted([m for m in mentions if m not in ranged] + [level], key=lambda m: m.start)
    return mentions


def _listed_counts(
    text: str, mentions: list[Mention], count_ends: dict[int, re.Match[str]], gazetteer: Gazetteer
) -> list[Mention]:
    """The counts listed before a counted noun ("600, 270 and 200 soldiers"): each counts that noun,
    with the nationality it carries ("1,000 Polish and 300 Romanian troops"), or, when as many nations
    are listed as the subject right before them, those nations in order ("Germany, the Netherlands
    and Norway contribute 600, 270 and 200 soldiers (respectively)")."""
    found: list[Mention] = []
    taken = [(m.phrase_start, m.end) for m in mentions]
    for mention in mentions:
        if mention.quantity.low is None or mention.implicit_one:
            continue
        items: list[Mention] = []
        at = mention.phrase_start
        while (gap := counts.COUNT_LIST_GAP.search(text, max(0, at - 24), at)) and (
            count := count_ends.get(gap.start())
        ):
            quantity = parse_quantity(count)
            adjective = gap.group("adjective")
            if (
                not quantity
                or quantity.low is None
                or counts.YEAR_NUMBER.fullmatch(count.group(0))
                # A list ends in "and" or "or": "On March 3, 400 soldiers" lists nothing.
                or (not items and not counts.LIST_END_JOIN.search(gap.group(0)))
                # "on 28 May, two battalions": a date; "Six Typhoons and 200 personnel": a count of its own.
                or (adjective and adjective not in gazetteer.forces)
                or _overlaps(taken, count.start(), count.end())
            ):
                break
            force = gazetteer.forces.get(adjective or "", "") or mention.force
            items.insert(0, Mention(count.start(), count.end(), mention.unit, quantity, force=force))
            at = count.start()
        if items and not mention.force:
            # "Germany, the Netherlands and Norway contribute 600, 270 and 200 soldiers (respectively)":
            # as many nations as counts, in order ("... host 10,000 and 5,000 US troops" names hosts).
            nations = _nations_listed(text, at, gazetteer)
            if len(nations) == len(items) + 1:
                for item, nation in zip(items + [mention], nations):
                    item.force = nation
        found += items
    return found


def _nations_listed(text: str, start: int, gazetteer: Gazetteer) -> list[str]:
    """The nations of the list right before ``start`` and its verb ("Germany, the Netherlands and Norway
    contribute "), every name a force, else none."""
    match = counts.NATIONS_BEFORE.search(text, max(0, start - 120), start)
    if not match or roles.HOST_AFTER.match(text, match.end("names")):
        return []
    names = [name for name in counts.NAME_JOIN.split(match.group("names")) if name]
    nations = [gazetteer.forces.get(name, "") for name in names]
    return nations if all(nations) else []


def _number_end(text: str, start: int) -> int:
    """Where the count that starts at ``start`` ends ("about 2,200" -> after "2,200")."""
    match = QUANTITY_RE.match(text, start)
    return match.end() if match else start


def _part_nation(text: str, start: int, end: int, gazetteer: Gazetteer) -> str:
    """The nation of a part counted out of a force named before: "2,200 troops, 1,100 of them British",
    "of whom 700 are German", "including 1,200 from Canada"; else ""."""
    if part := counts.OF_THEM_NATION.match(text, end):
        return gazetteer.forces.get(part.group("name"), "")
    if clauses.PARTS_BEFORE.search(text, max(0, start - 30), start) and (
        part := counts.PART_NATION_AFTER.match(text, end)
    ):
        return gazetteer.forces.get(part.group("name"), "")
    return ""


def _counted(mention: Mention | None) -> Mention | None:
    return mention if mention is not None and mention.quantity.low is not None else None


def _nations_before(
    text: str, start: int, end: int, gazetteer: Gazetteer, parallel: Mention | None
) -> list[tuple[str, int]]:
    """The nations whose bare count spans ``start:end``, with where each is named: the subject of a verb
    of keeping or sending right before it, or, after a first clause (``parallel``), the names of a gapped
    list item. A nation's own mention starts at its subject's name only in a gapped item (the subject of
    a full clause stays outside the count's phrase)."""
    window = max(0, start - 80)
    if subject := counts.SUBJECT_COUNT_BEFORE.search(text, window, start):
        force = gazetteer.forces.get(subject.group("name"))
        return [(force, start)] if force else []
    if parallel is None:
        # A list after a colon names each item's nation: "... the brigade: Canada about 1,000; Spain 600";
        # so does a list of two items or more: "Germany 600, the Netherlands 270 and Norway 200".
        listed = (
            counts.LISTED_BEFORE.search(text, window, start)
            if (
                ":" in text[:start]
                or ("(" in text[window:start] and counts.BRACKETED_NAME.search(text, window, start))
                or counts.NEXT_LISTED_AFTER.match(text, end)
            )
            and not counts.DECIMAL.match(text, start)
            else None
        )
        force = gazetteer.forces.get(listed.group("names"), "") if listed else ""
        return [(force, listed.start("names"))] if listed and force else []
    if not (gap := counts.GAPPED_BEFORE.search(text, window, start)):
        return []
    if _hosts_first(text, parallel, gazetteer):
        # "Poland received 4,000 American soldiers, Romania 1,000": as the first clause's subject, each
        # item names a host, where the count is (``places``), and the first clause's force sends it.
        # (the item's mention starts at its host's name, which places it, not the first clause's count)
        return [(parallel.force, gap.start("names"))] if all(map(gazetteer.country_code, _gapped(gap))) else []
    found = []
    position = gap.start("names")
    for name in _gapped(gap):
        at = text.index(name, position) if name else position
        position = at + len(name)
        if name:
            found.append((gazetteer.forces.get(name, ""), at))
    return found if all(force for force, _ in found) else []


def _gapped(gap: re.Match[str]) -> list[str]:
    """The names of a gapped list item (``counts.GAPPED_BEFORE``): "Poland and Slovenia" are two."""
    return counts.NAME_JOIN.split(gap.group("names"))


def _hosts_first(text: str, parallel: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the sentence opens with a host that receives the first count of a gapped list: "Poland
    received 4,000 American soldiers, Romania 1,000", "Estonia has 900 British troops, Latvia 1,500"."""
    subject = counts.OPENING_SUBJECT.match(text, 0, parallel.phrase_start)
    if not subject or not gazetteer.country_code(subject.group("name")):
        return False
    end = subject.end()
    if roles.HOST_AFTER.match(text, end):
        return True
    # (its "has" ends at the first count's nation, no later: "Estonia has 900 British troops", not "Estonia
    # has 900 soldiers of its own and 1,000 British troops")
    has = roles.HAS_NATION_AFTER.match(text, end)
    return bool(has and has.end() <= parallel.end)


def _count_from_predicates(text: str, mentions: list[Mention]) -> None:
    """A mention with no count of its own takes the one its predicate gives, before the next mention:
    "The departing airmen ... numbered approximately 200" (troops), "a battalion of some 550", "a
    contingent some 900 strong" and "the
    battlegroup is to number up to 2,100" (a formation sized by its headcount: the headcount is the
    fact, CONVENTIONS)."""
    for index, mention in enumerate(mentions):
        if mention.quantity.low is not None and not mention.implicit_one:
            continue
        if _compared(text, mention):
            continue  # "up from a battlegroup of about 1,000 in 2021": a figure given to compare
        # The predicate of people may come after other things they did: "flew four F-16s and numbered 90".
        following = [m for m in mentions[index + 1 :] if mention.unit != "troops" or m.unit == "troops"]
        limit = min(following[0].phrase_start if following else len(text), mention.end + counts.PREDICATE_REACH)
        if end := counts.CLAUSE_END.search(text, mention.end, limit):
            limit = end.start()
        count = None
        present = False  # "the contingent, currently about 1,000 strong, will grow to 5,000": that is now
        if mention.unit != "troops" and (of := counts.FORMATION_OF.match(text, mention.end, limit)):
            count = QUANTITY_RE.match(text, of.end(), limit)
            if count and not counts.BARE_COUNT_END.match(text, count.end()):
                count = None
        if count is None and mention.unit != "troops" and (strong := counts.STRONG_AFTER.match(text, mention.end)):
            # "a contingent some 900 strong": the headcount, written after its formation.
            count = QUANTITY_RE.match(text, strong.start("q"), strong.end("q"))
        if (
            count is None
            and (strong := counts.STRONG_PREDICATE.search(text, mention.end, limit))
            and not _RELATIVE.search(text, mention.end, strong.start())
        ):
            # "The battlegroup in Estonia is now some 1,200 strong": its headcount, as its predicate (not
            # another noun's: "face a Russian force that is 20,000 strong").
            count = QUANTITY_RE.match(text, strong.start("q"), strong.end("q"))
            # (not of a force sent on: "the battalion in Estonia, currently 900 strong, is to be sent to Poland")
            present = bool(counts.PRESENT_APPOSITION.match(strong.group(0))) and not counts.SENT_ON_AFTER.search(
                text, strong.end()
            )
        if (
            count is None
            and mention.unit == "troops"
            and counts.NUMBER_OF_BEFORE.search(text, max(0, mention.phrase_start - 40), mention.phrase_start)
            and (verb := counts.NUMBER_IS.search(text, mention.end, limit))
        ):
            # "the number of American soldiers in Poland stands at 10,000": the number's figure (not "is three
            # times", "20 percent higher", "one of the highest").
            count = QUANTITY_RE.match(text, verb.end(), limit)
            if count and (
                counts.MEASURE_AFTER.match(text, count.end()) or counts.NOT_A_FIGURE_AFTER.match(text, count.end())
            ):
                count = None
        if count is None and (verb := counts.PREDICATE_COUNT.search(text, mention.end, limit)):
            count = QUANTITY_RE.match(text, verb.end(), limit)
            if count and counts.MEASURE_AFTER.match(text, count.end()):
                count = None
        if count is None or not (quantity := parse_quantity(count)) or quantity.low is None:
            continue
        mention.unit, mention.quantity, mention.implicit_one = "troops", quantity, False
        mention.end = count.end()
        if present:
            mention.status = "existing"
