"""Places and their roles: which named places are where forces are, and which only origins,
venues, transit stops or the war they respond to.

A place list is a run of names joined by commas and "and"; it is locative when a preposition or a
verb ties it to forces ("to Romania", "stationed at Tapa", "flying from Ämari air base"), and
never when it is where someone speaks, meets, sits, returns or sets out from.

Reads: a ``Sentence``'s text, its named places (gazetteer matches), the ``Mention`` list, and the
``Story`` (its focus and last region for "there" and "the region", the article's countries to rank towns).
Writes: the sentence's ``PlaceList`` list (locative, origin, destination), each mention's place lists
(``assign_places``), and one place per fact (``places_for``, ``aggregate_members``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.parser.doc import Mention, PlaceList, Story
from dashboard.parser.lang import clauses, forces, frames, placenames, roles
from dashboard.parser.lang.numbers import DIGIT, NUMBER_WORD
from dashboard.parser.lang.time import CALENDAR_WORDS
from dashboard.places.gazetteer import Gazetteer, Place, PlaceMatch
from dashboard.util.textmatch import Gated, folded, for_folded

NO_PLACE = Place(name="", kind="none")
UNKNOWN_TOWN = Place(name="", kind="none", source="not in the gazetteer")
AT_SEA = Place(name="at sea", kind="none")

# The role rules read the 80 characters before every place list: searched in their folded copy, without
# IGNORECASE, they cost half as much (textmatch.for_folded; the same matches).
_LOCATIVE_BEFORE = for_folded(roles.LOCATIVE_BEFORE)
_COVERED_BEFORE = for_folded(roles.COVERED_BEFORE)
_ORIGIN_BEFORE = Gated(for_folded(roles.ORIGIN_BEFORE))
_OPERATING_FROM = for_folded(roles.OPERATING_FROM)
_FORMATION_HOME_BEFORE = Gated(for_folded(roles.FORMATION_HOME_BEFORE))
_HOME_BEFORE = Gated(for_folded(roles.HOME_BEFORE))
_HEADQUARTERED_HOME_BEFORE = for_folded(roles.HEADQUARTERED_HOME_BEFORE)
_VENUE_BEFORE = Gated(for_folded(roles.VENUE_BEFORE))
_VISIT_TO_BEFORE = Gated(for_folded(roles.VISIT_TO_BEFORE))
_DESTINATION_BEFORE = for_folded(roles.DESTINATION_BEFORE)
_HOME_APPOSITION_BEFORE = Gated(for_folded(roles.HOME_APPOSITION_BEFORE))
_NORMALLY_BASED_BEFORE = for_folded(roles.NORMALLY_BASED_BEFORE)
_PARTICIPLE_HOME_BEFORE = for_folded(roles.PARTICIPLE_HOME_BEFORE)
_FROM_FORMATION_HOME_BEFORE = for_folded(roles.FROM_FORMATION_HOME_BEFORE)
_LEFT_BASE_BEFORE = for_folded(roles.LEFT_BASE_BEFORE)
_ALREADY_IN_BEFORE = for_folded(roles.ALREADY_IN_BEFORE)
_DESCRIPTIVE_SPAN = for_folded(roles.DESCRIPTIVE_SPAN)
_ENDS_IN_OR_AT = for_folded(roles.ENDS_IN_OR_AT)
_SPOKEN_AT = Gated(for_folded(roles.SPOKEN_AT))


def can_host(place_list: PlaceList, force: str) -> bool:
    """Allied forces are not sent into the war zone: there Ukraine is the conflict, not a site. A force
    the text does not name may be there (whether the sentence speaks of Russia's forces is
    ``find_place_lists``' test of the place itself)."""
    codes = {m.place.country_code for m in place_list.matches}
    return force in ("Russia", "") or not codes or not codes <= forces.WAR_ZONE


def destinations(lists: list[PlaceList]) -> list[PlaceList]:
    """Where a count goes: its first destination ("to Romania") over a place it passes or starts from."""
    going = [pl for pl in lists if pl.destination]
    return going[:1] or lists


def part_ends(text: str, counts: list[tuple[int, int]]) -> list[int]:
    """Where the sentence's counts of parts of a total end ("of whom 650", "including 1,200", "12,000 of
    them"); found once per sentence for ``nearest_located``."""
    return [
        end
        for start, end in counts
        if clauses.PARTS_BEFORE.search(text, max(0, start - 30), start)
        or clauses.PART_OF_AFTER.match(text, end)
        or clauses.OF_TOTAL_OPENING.fullmatch(text, 0, start)
    ]


def contrast_limit(text: str, start: int, end: int, *, force_starts: list[int]) -> int:
    """Where a count's places after ``start`` stop, at most ``end``: at a contrasted clause that opens on
    another nation ("Spain flies eight jets from Siauliai, while Portugal covers Amari in Estonia";
    ``force_starts``: where the sentence names a nation that may act), or a clause of its own after ", and"
    ("Italy has pledged three jets, and Germany says four will fly to Poland")."""
    contrast = clauses.CONTRASTED_CLAUSE.search(text, start, end)
    if contrast and any(contrast.end() <= at < contrast.end() + clauses.SUBJECT_REACH for at in force_starts):
        return contrast.start()
    for joined in clauses.AND_CLAUSE.finditer(text, start, end):
        # (the nation must open the clause and have a verb of its own, and say nothing of the forces before)
        if (
            any(joined.end() <= at <= joined.end() + 4 for at in force_starts)
            and clauses.NAMED_SUBJECT_VERB.match(text, joined.end())
            and not clauses.SHARED_CLAUSE_WORDS.search(text, joined.end(), end)
            and not clauses.SET_OFF_PLACE_BEFORE.search(text, max(0, end - 12), end)
        ):
            return joined.start()
    return end


def nearest_located(
    text: str,
    mention: Mention,
    place_lists: list[PlaceList],
    *,
    parts: list[int],
    force_starts: list[int],
    clause: tuple[int, int] = (0, 0),
) -> list[PlaceList]:
    """A count with no place of its own takes the sentence's located place nearest before it, else the
    first after it that is not a part's (``parts``: where the counts of parts end, ``part_ends``): in
    "1,050 soldiers served abroad, of whom 650 in Slovakia", Slovakia is the 650's, not the total's; nor
    one past a contrasted clause on another nation (``contrast_limit``). A place of the count's own clause
    (``clause``) comes first: "... would go to Poland, while about 300 would set up a headquarters in Germany"."""
    located = [pl for pl in place_lists if pl.locative and not pl.origin]
    before = [pl for pl in located if pl.end <= mention.start]
    if (
        before
        and before[-1].end <= clause[0]
        and (
            own := [
                pl
                for pl in located
                if mention.end <= pl.start < clause[1]
                and not pl.destination
                # (not a relative clause's: "200 of them, whose families live in Germany, will rotate home")
                and not clauses.RELATIVE_BETWEEN.search(text, mention.end, pl.start)
            ]
        )
    ):
        return own[:1]
    if before:
        return before[-1:]
    # A place right after a part's count is the part's ("of whom 650 in Slovakia"), not one after the
    # sentence's verb ("including 1,200 from Canada, will deploy to Latvia").
    after = [
        pl
        for pl in located
        if pl.end > mention.start
        and not any(end <= pl.start and clauses.PART_PLACE_GAP.fullmatch(text, end, pl.start) for end in parts)
    ]
    # (the contrast is sought only up to that place: one scan per count, not of the whole sentence)
    if after and contrast_limit(text, mention.end, after[0].start, force_starts=force_starts) < after[0].start:
        return []
    return after[:1]


# places -------------------------------------------------------------------------------------------------
def find_place_lists(text: str, named: list[PlaceMatch], gazetteer: Gazetteer, state: Story) -> list[PlaceList]:
    matches = [
        m
        for m in _place_matches(text, named, gazetteer, state)
        if not (
            m.place.kind == "country"
            and roles.INSTITUTION_AFTER.match(text, m.end)
            # ("US to send 300 more troops to Latvia officials say": a headline's destination)
            and not roles.PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 30), m.start)
        )
        # "to the Belarus border": a border named by a country, whose side the force's nation decides (as "the
        # border with Belarus", placenames.BORDER_PHRASE)
        and not (m.place.kind == "country" and placenames.BORDER_NOUN_AFTER.match(text, m.end))
    ]
    lists: list[list[PlaceMatch]] = []
    for match in matches:
        if (
            lists
            and (gap := clauses.LIST_GAP.match(text[lists[-1][-1].end : match.start]))
            # "Estonia and Latvia are to get" is one subject; "..., and Norway will add" opens a clause, and
            # so does "to Poland and the US sends 200": a list after a preposition has no verb of its own.
            and not (
                "," in gap.group(0)
                and (
                    clauses.SUBJECT_AFTER.match(text, match.end)
                    or (
                        # after a lone name or a list already closed by "and" ("in Latvia and Lithuania,
                        # and Poland received 800"), not after an Oxford comma's list
                        (len(lists[-1]) == 1 or " and " in text[lists[-1][0].start : lists[-1][-1].end])
                        and clauses.PAST_SUBJECT_AFTER.match(text, match.end)
                    )
                )
            )
            and not (
                roles.PLACE_PREPOSITION_BEFORE.search(text, max(0, lists[-1][0].start - 30), lists[-1][0].start)
                and clauses.ACTING_SUBJECT_AFTER.match(text, match.end)
            )
            and not clauses.COUNT_AFTER.match(text, match.end)
            # "headed by Poland in Romania, Italy in Bulgaria": a nation placed by "in" is a gapped item's
            and not (match.place.kind == "country" and clauses.NATION_PLACED_AFTER.match(text, match.end))
        ):
            lists[-1].append(match)
        else:
            lists.append([match])
    result: list[PlaceList] = []
    already_at: set[int] = set()  # indexes of the places forces are "already in"
    apposed_homes: set[int] = set()  # indexes of the homes named in an apposition (", based in X,")
    flank = frozenset(gazetteer.region_members(placenames.FLANK_REGION))
    # A visit's venue is a site when "there" refers back to it ("there would be" refers to nothing).
    last_there = max((m.start() for m in placenames.THERE_REFERS.finditer(text)), default=-1) if "there" in text else -1
    hosting = False  # the sentence opens with a host ("Poland received 4,000 US soldiers, Romania 1,000")
    for group in lists:
        operating = False  # "flying from Ämari": a base aircraft operate from, unless they go on elsewhere
        start, end = group[0].start, group[-1].end
        # Named for what it is, so that a rule that reads case is not handed it by mistake.
        folded_before = folded(text[max(start - 80, 0) : start])
        # "to another Baltic nation, Latvia": a place in apposition to a destination's kind
        apposed = "," in folded_before[-3:] and bool(roles.APPOSED_DESTINATION_BEFORE.search(folded_before))
        # The longer tests only where their words are: a departure's, a home's.
        based = "based" in folded_before or "stationed" in folded_before or "garrisoned" in folded_before
        leaving = "left" in folded_before or "leav" in folded_before or "depart" in folded_before
        first = group[0].text.lower()
        codes = {m.place.country_code for m in group}
        if group[0].place is AT_SEA:
            locative, origin = True, False
        elif first.startswith(("from ", "the from")):
            locative, origin = not _DESCRIPTIVE_SPAN.search(folded_before), False
        elif first.startswith(("around ", "along ")) or first in ("here", "there"):
            # "here" needs no preposition: it is where the story is filed; "there" is matched only after a
            # verb of presence ("stationed there", placenames.DEICTIC)
            locative, origin = True, False
        else:
            after_preposition = (
                _opened_by(_LOCATIVE_BEFORE, folded_before)
                or (
                    ("cover" in folded_before or "shield" in folded_before)
                    and bool(_COVERED_BEFORE.search(folded_before))
                )
                or apposed
            )
            # (whether it hosts is asked only where it decides: a place with no preposition, or the first)
            hosts = (
                (not after_preposition or not result)
                and bool(
                    roles.HOST_AFTER.match(text, end)
                    or roles.RELATIVE_HOST_AFTER.match(text, end)
                    or _hosts_foreign_forces(text, end, group, gazetteer)
                )
                and not roles.NEIGHBOURS_BEFORE.search(folded_before)
            )
            hosting = hosting or (hosts and not result and clauses.BEFORE_SUBJECT.fullmatch(text, 0, start) is not None)
            locative = bool(
                after_preposition
                or hosts
                or text.startswith("-based", end)
                # the items of the opening host's gapped list are hosts too
                or (
                    hosting
                    and clauses.GAPPED_ITEM_BEFORE.search(text, max(0, start - clauses.GAP_REACH), start)
                    and clauses.COUNT_AFTER.match(text, end)
                )
                # "Germany boosts Lithuania presence": a host of the flank named before its noun is where
                or (roles.ATTRIBUTIVE_PLACE_AFTER.match(text, end) and codes <= flank)
                # "Battle Group Latvia", "Forward Land Forces Finland": a formation named by its host
                or (codes <= flank and bool(roles.HOST_NAMED_FORMATION_BEFORE.search(folded_before)))
                # a fact box's line or a headline labelled by a host of the flank: "- Latvia: roughly 4,000,
                # Canada-led", "Slovakia: first Spanish troops arrive" (not a heading: "Estonia: Armed Forces")
                or (
                    not result
                    and codes <= flank
                    and (label := clauses.LABEL_PLACE.match(text)) is not None
                    and label.end() == end
                    and bool(
                        DIGIT.search(text, end)
                        or NUMBER_WORD.search(text, end)
                        or clauses.LABELLED_STATEMENT.match(text, end + 1)
                    )
                )
            )
            origin = bool(
                _ORIGIN_BEFORE.search(folded_before)
                or (leaving and _LEFT_BASE_BEFORE.search(folded_before))
                or (
                    any(word in folded_before for word in roles.NORMALLY_WORDS)
                    and _NORMALLY_BASED_BEFORE.search(folded_before)
                )
                or (
                    # ("from the French 7th Armoured Brigade, based in Cincu, Romania": on the flank, a site)
                    based and _FROM_FORMATION_HOME_BEFORE.search(folded_before) and not codes <= flank
                )
            ) or (
                bool(_FORMATION_HOME_BEFORE.search(folded_before))
                and not any(m.place.kind == "region" for m in group)
                and not codes <= flank
            )
            if origin and _OPERATING_FROM.search(folded_before):
                locative, origin, operating = True, False, True
            elif origin:
                locative = False  # "soldiers from the 1st Armoured Regiment in Tidworth": where they come from
            elif locative and (
                spoken_at(folded_before)
                or _HOME_BEFORE.search(folded_before)
                or ("headquartered" in folded_before and _HEADQUARTERED_HOME_BEFORE.search(folded_before))
                or _VENUE_BEFORE.search(folded_before)
                or roles.DECISION_AT_BEFORE.search(folded_before)
                or roles.TRANSIT_BEFORE.search(folded_before)
                or (
                    _VISIT_TO_BEFORE.search(folded_before)
                    and not roles.WHERE_AFTER.match(text, end)
                    and last_there < end
                )
                or roles.SPOKEN_AFTER.match(text, end)
                or roles.EVENT_NAME_AFTER.match(text, end)
                or roles.SCOPE_AFTER.match(text, end)
                or ("to " in folded_before and roles.INTERCEPT_BEFORE.search(text, 0, start))
                or roles.TRANSIT_AFTER.match(text, end)
                or roles.REPAIRS_AFTER.match(text, end)
                or (
                    (
                        roles.INCIDENT_SCENE_BEFORE.search(folded_before)
                        or (roles.AIRSPACE_ENTERED_BEFORE.search(folded_before) and text.startswith(" airspace", end))
                    )
                    and _occasion_only(text, start, end, last_there=last_there)
                )
                or (
                    any(pl.locative for pl in result)
                    and "to " in folded_before
                    and roles.PURPOSE_OBJECT_BEFORE.search(folded_before)
                )
            ):
                # Only a place that would otherwise be a site needs the longer test of its role.
                locative = False
        if locative and all(m.place.country_code in forces.WAR_ZONE for m in group) and not forces.RUSSIAN.search(text):
            # Allied forces are not sent into the war zone; Ukraine there is the conflict, not a site.
            locative = False
        if (
            locative
            and result
            and roles.NEAR_BEFORE.search(text, max(0, start - 30), start)
            and start - result[-1].end < 30
            and not (DIGIT.search(text, result[-1].end, start) or NUMBER_WORD.search(text, result[-1].end, start))
        ):
            # "at the Campia Turzii base near the Transylvanian hills": a site's reference point.
            locative = False
        if (
            not locative
            and result
            and result[-1].locative
            and all(m.place.kind == "region" for m in result[-1].matches)
            and clauses.APPOSITION_GAP.match(text[result[-1].end : start])
            # ("to the Baltic Sea, Portugal one": a gapped item's nation)
            and not clauses.COUNT_AFTER.match(text, end)
        ):
            # "in the Baltic states (Estonia, Latvia and Lithuania)": the countries that spell out a site.
            locative = True
        destination = locative and (_opened_by(_DESTINATION_BEFORE, folded_before) or apposed)
        if locative and _HOME_APPOSITION_BEFORE.search(folded_before):
            apposed_homes.add(len(result))
        home = locative and (
            operating
            or len(result) in apposed_homes
            or bool(based and _PARTICIPLE_HOME_BEFORE.search(folded_before) and roles.PREDICATE_AFTER.match(text, end))
        )
        if locative and not destination and "already" in folded_before and _ALREADY_IN_BEFORE.search(folded_before):
            already_at.add(len(result))
        result.append(PlaceList(start, end, tuple(group), locative, origin, destination, home))
    for index in range(len(result) - 1):
        region, country = result[index], result[index + 1]
        if (
            region.locative
            and country.locative
            and len(country.matches) == 1
            and country.matches[0].place.kind != "region"
            and all(m.place.kind == "region" for m in region.matches)
            and clauses.APPOSITION_GAP.match(text[region.end : country.start])
        ):
            # "in the Baltic, in Lithuania": the one country narrows the region; the region is no site.
            result[index] = replace(region, locative=False, destination=False)
        elif (
            region.locative
            and country.locative
            and roles.NEAR_BEFORE.search(text, max(0, region.start - 20), region.start)
            and roles.SITE_IN_GAP.fullmatch(text, region.end, country.start)
        ):
            # "near the Ukrainian border in Belarus's Gomel region": the reference point, then the site
            result[index] = replace(region, locative=False, destination=False)
    # Whether the sentence moves anything, sought once and only where a span may be asked of it.
    moving = any(pl.origin for pl in result) and bool(roles.ANY_MOVE.search(text))
    for index in range(1, len(result)):
        start_of, end_of = result[index - 1], result[index]
        if (
            start_of.origin
            and end_of.destination
            and roles.SPAN_TO_GAP.fullmatch(text, start_of.end, end_of.start)
            and (
                # "along the eastern flank, from Estonia to Romania": the span of a region named before it
                (
                    index >= 2
                    and result[index - 2].locative
                    and roles.SPAN_FROM_GAP.fullmatch(text, result[index - 2].end, start_of.start)
                )
                # "eight battlegroups stretching from Estonia to Bulgaria": a span a verb of extent opens, or
                # one between two places of the flank in a sentence that moves nothing
                or bool(roles.SPANS.search(text, max(0, start_of.start - 40), start_of.start))
                or ({m.place.country_code for pl in (start_of, end_of) for m in pl.matches} <= flank and not moving)
                # "From Narva to Constanta, allied forces number ...": a span that opens the sentence
                # (between two places of the flank: "From Germany to Romania, the convoy moved ..." is a move)
                or (
                    roles.SPAN_OPENING_BEFORE.fullmatch(text, 0, start_of.start)
                    and roles.SPAN_OPENING_AFTER.match(text, end_of.end)
                    and not roles.MOVED_WORDS.search(text, end_of.end)
                    and {m.place.country_code for pl in (start_of, end_of) for m in pl.matches} <= flank
                )
            )
        ):
            result[index - 1] = replace(start_of, origin=False)
            result[index] = replace(end_of, locative=False, destination=False)
            if (
                not (index >= 2 and result[index - 2].locative)
                and len(countries := {m.place.country_code for pl in (start_of, end_of) for m in pl.matches}) == 2
                and countries <= flank
                and (opening := text.rfind("from", max(0, start_of.start - 10), start_of.start)) >= 0
            ):
                # "eight battlegroups from Estonia to Bulgaria": a span across the flank names the flank
                written = text[opening : end_of.end]
                result[index - 1] = PlaceList.site(
                    opening, end_of.end, written, gazetteer.regions[placenames.FLANK_REGION]
                )
    if any(pl.home for pl in result):
        # "300 US soldiers, based in Vilseck, Germany, now serve in Lithuania": a home in an apposition is no
        # site when the predicate places them ("based in Vilseck in Bavaria" is one home); a home on the flank
        # is a deployment of its own ("600 French soldiers, based in Cincu, Romania, are on exercise in
        # Bulgaria" are stationed in Romania).
        result = [
            replace(pl, locative=False, origin=True)
            if index in apposed_homes
            and not {m.place.country_code for m in pl.matches} <= flank
            and any(
                later.locative and not later.home and not roles.SAME_PLACE_GAP.fullmatch(text, pl.end, later.start)
                for later in result[index + 1 :]
            )
            else pl
            for index, pl in enumerate(result)
        ]
    if any(pl.destination for pl in result):
        # "250 soldiers of the battalion, based in Chrudim, left for Slovakia", "flew from Ramstein ... to
        # Constanta": the home, or the base flown from, is no site; nor where forces moved on are already
        # ("U.S. forces already in Europe to the Baltic states").
        result = [
            replace(pl, locative=False, origin=True)
            if pl.home or (index in already_at and any(later.destination for later in result[index + 1 :]))
            else pl
            for index, pl in enumerate(result)
        ]
        now = [
            index
            for index, pl in enumerate(result)
            if pl.destination and roles.NOW_IN_BEFORE.search(text, max(0, pl.start - 40), pl.start)
        ]
        if now:
            # "soldiers who arrived in Germany in May are now training in Hungary": where they are now, over
            # where they went first
            result = [
                replace(pl, locative=False, destination=False, origin=True) if index < now[0] and pl.destination else pl
                for index, pl in enumerate(result)
            ]
    return result


def _opened_by(pattern: re.Pattern[str], folded_before: str) -> bool:
    """Whether ``pattern`` (a preposition and what may follow it, to the end) ends ``folded_before``, its
    preposition no source or cause ("according to Lithuania's intelligence", "thanks to Germany")."""
    found = pattern.search(folded_before)
    return found is not None and not roles.SOURCE_OR_CAUSE_BEFORE.search(
        folded_before, max(0, found.start() - 12), found.start()
    )


def _hosts_foreign_forces(text: str, end: int, group: list[PlaceMatch], gazetteer: Gazetteer) -> bool:
    """ "Slovakia has a German Patriot battery": one country that "has" another nation's forces."""
    if len(group) != 1 or not (has := roles.HAS_NATION_AFTER.match(text, end)):
        return False
    if has.group("allied"):
        return True  # "Estonia has 2,000 allied soldiers"
    force = gazetteer.forces.get(has.group("nation"), "")
    if gazetteer.country_code(force) in forces.RUSSIAN_SIDE and group[0].place.country_code not in forces.RUSSIAN_SIDE:
        return False  # "Finland has Russian troops massing on its border": across it, not hosted
    # (NATO's forces are every member's: "Latvia has a NATO battlegroup")
    return force == "NATO" or (bool(force) and gazetteer.country_code(force) not in ("", group[0].place.country_code))


def _place_matches(text: str, named: list[PlaceMatch], gazetteer: Gazetteer, state: Story) -> list[PlaceMatch]:
    sentence_countries = tuple(m.place.country_code for m in named if m.place.kind == "country")
    context = sentence_countries + state.context_countries
    found = list(named)
    opening = (
        placenames.TOWN_HOSTS.match(text) if (" host" in text or " home to" in text or " houses" in text) else None
    )
    for candidate in (*placenames.TOWN_CANDIDATE.finditer(text), *([opening] if opening else [])):
        start = candidate.start("name")
        if any(m.start <= start < m.end for m in found):
            continue
        words = candidate.group("name").rstrip(".").split()
        while words:
            name = " ".join(words)
            if words[0] in CALENDAR_WORDS or name in gazetteer.forces or name in placenames.NOT_TOWNS:
                break
            if placenames.UNIT_NAME_AFTER.match(text, start + len(name)):
                break
            if town := gazetteer.resolve_town(name, context=context):
                found.append(PlaceMatch(start, start + len(name), name, town))
                break
            if len(words) == 1 and _qualifying_country(text, start + len(name), named):
                found.append(PlaceMatch(start, start + len(name), name, UNKNOWN_TOWN))
            words.pop()
    lower = folded(text)
    if "sea" in lower:
        found += [PlaceMatch(m.start(), m.end(), m.group(0), AT_SEA) for m in placenames.AT_SEA.finditer(text)]
    if "Baltic" in text and (baltic := _the_baltic(lower, gazetteer)):
        found += [
            PlaceMatch(m.start(), m.end(), m.group(0), baltic)
            for m in placenames.THE_BALTIC.finditer(text)
            if not any(f.start <= m.start() < f.end for f in found)
        ]
    found += _territories(text, gazetteer, found)
    if "attle" in text:
        found += _hosted_battlegroups(text, gazetteer, found)
    if "-based" in text:
        found += _based_in_hosts(text, gazetteer, found)
    found += _adjective_places(text, gazetteer, found)
    if "his country" in lower or "her country" in lower:
        found += _speakers_country(text, gazetteer, found)
    if " sea " in lower:
        # "the Black Sea nation" is a country of the sea's kind (``_deictic``), not the sea
        found = [m for m in found if not (m.place.kind == "region" and placenames.NATION_NOUN_AFTER.match(text, m.end))]
    found += _deictic(text, lower, state, found, frozenset(gazetteer.region_members(placenames.FLANK_REGION)))
    found += _possessed_borders(text, gazetteer, found)
    found = [m for m in found if not (m.place.kind == "country" and placenames.ORGANISATION_AFTER.match(text, m.end))]
    found = [_with_facility(text, m) for m in found]
    found.sort(key=lambda m: m.start)
    return _merge_town_country(text, found, gazetteer)


def _the_baltic(lower: str, gazetteer: Gazetteer) -> Place | None:
    """What "the Baltic" alone names: the sea in a sentence of ships or aircraft ("two corvettes on patrol
    in the Baltic"), else the Baltic states ("10,000 troops in Poland and the Baltic")."""
    at_sea = any(word in lower for word in placenames.SEA_WORDS)
    return gazetteer.regions.get("Baltic Sea" if at_sea else "Baltic states")


def _with_facility(text: str, match: PlaceMatch) -> PlaceMatch:
    """ "Rota Naval Station, Spain": the town's facility is part of the name, so its country qualifies it."""
    if match.place.kind != "town":
        return match
    facility = placenames.FACILITY_AFTER.match(text, match.end)
    if not facility:
        return match
    return PlaceMatch(match.start, facility.end(), text[match.start : facility.end()], match.place)


def _territories(text: str, gazetteer: Gazetteer, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """ "on Estonian soil", "in Romanian territory": a nationality that names its country as a place."""
    matches: list[PlaceMatch] = []
    if not any(word in text for word in placenames.TERRITORY_WORDS):
        return matches
    for match in placenames.TERRITORY.finditer(text):
        if any(m.start <= match.start("name") < m.end for m in found):
            continue
        code = gazetteer.country_code(gazetteer.forces.get(match.group("name"), ""))
        if code in gazetteer.countries:
            matches.append(
                PlaceMatch(
                    match.start("name"),
                    match.end(),
                    text[match.start("name") : match.end()],
                    gazetteer.country_place(code),
                )
            )
    return matches


def _hosted_battlegroups(text: str, gazetteer: Gazetteer, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """ "serve in the Latvian battlegroup": the battlegroup of a host of the flank is in that host (a
    sender's is not: "the Canadian-led battlegroup")."""
    return _flank_hosts_named(placenames.HOSTED_BATTLEGROUP, text, gazetteer, found, with_noun=True)


def _based_in_hosts(text: str, gazetteer: Gazetteer, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """ "the Latvia-based brigade": a host of the flank named as where a formation is based (the match
    ends at the name; ``find_place_lists`` reads "-based" after it as a site)."""
    return _flank_hosts_named(placenames.BASED_IN_NAME, text, gazetteer, found, with_noun=False)


def _flank_hosts_named(
    pattern: re.Pattern[str], text: str, gazetteer: Gazetteer, found: list[PlaceMatch], *, with_noun: bool
) -> list[PlaceMatch]:
    """The hosts of the flank ``pattern`` names by its group "name" (as a nation or a country), where no
    place ``found`` is; each match spans the name, and the noun after it when ``with_noun``."""
    hosts = gazetteer.region_members(placenames.FLANK_REGION)
    matches = []
    for match in pattern.finditer(text):
        start, end = match.start("name"), match.end() if with_noun else match.end("name")
        code = gazetteer.country_code(gazetteer.forces.get(match.group("name"), ""))
        if code in hosts and not any(m.start <= start < m.end for m in found):
            matches.append(PlaceMatch(start, end, text[start:end], gazetteer.country_place(code)))
    return matches


def _adjective_places(text: str, gazetteer: Gazetteer, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """ "the Transnistrian region": the place its adjective names ("Transnistria"), when the gazetteer
    knows it by the adjective less its ending."""
    matches: list[PlaceMatch] = []
    if "region" not in text and "peninsula" not in text and "area" not in text:
        return matches
    for match in placenames.ADJECTIVE_PLACE.finditer(text):
        start = match.start("adjective")
        if any(m.start <= start < m.end for m in found):
            continue
        adjective = match.group("adjective")
        for stem in (adjective[:-1], adjective[:-2], adjective[:-3] + "a"):
            named = [m for m in gazetteer.find_named(stem) if m.text == stem]
            if named:
                matches.append(PlaceMatch(start, match.end(), text[start : match.end()], named[0].place))
                break
    return matches


def _deictic(text: str, lower: str, state: Story, found: list[PlaceMatch], flank: frozenset[str]) -> list[PlaceMatch]:
    """ "the airfield", "there", "the host nation", "the region": the place the story is at (``lower``
    is the text folded)."""
    matches: list[PlaceMatch] = []
    if not any(word in lower for word in placenames.DEICTIC_WORDS):
        return matches
    for match in placenames.DEICTIC.finditer(lower):
        if match.group("here"):
            # "The battlegroup that trains here" under "ORZYSZ, Poland —": the dateline's place, if any.
            if state.dateline and not forces.RUSSIAN.search(text):
                start, end = match.span("here")
                matches.append(PlaceMatch(start, end, text[start:end], state.dateline[0].matches[0].place))
            continue
        group = "ref" if match.group("ref") else "there"
        start, end = match.span(group)
        if any(m.start <= start < m.end for m in found):
            continue
        region = match.group(group).endswith("region")
        host = match.group(group).endswith(("territory", "country", "nation", "state"))
        focus_is_region = state.focus is not None and all(m.place.kind == "region" for m in state.focus.matches)
        # (places, not nations named as forces: "4,000 US troops are now in his country")
        # The last place of the flank named before it, not as a force's nation ("4,000 US troops are now in his
        # country"), if it is a country named as an owner or a subject: "Poland's army numbers 190,000, and
        # 10,000 US troops are in the country" ("Britain's 900 troops in Estonia ...; 300 French soldiers also
        # serve in the country" names Estonia last, which is no topic: the story's place decides).
        topic = max(
            (
                m
                for m in found
                if m.end <= start
                and m.place.country_code in flank
                and not placenames.FORCE_NOUN_AFTER.match(text, m.end)
            ),
            key=lambda m: m.start,
            default=None,
        )
        kind = placenames.NATION_KIND.match(match.group(group)) if group == "ref" else None
        # "moving a battalion from Germany to Lithuania; about 30,000 US troops will remain in the country":
        # what remains is where the move left from
        left = (
            max(
                (m for m in found if m.end <= start and placenames.LEFT_FROM_BEFORE.search(text, 0, m.start)),
                key=lambda m: m.start,
                default=None,
            )
            if host and placenames.REMAINING_BEFORE.search(text, max(0, start - 40), start)
            else None
        )
        if kind and (of_kind := _of_kind(kind.group(1), start, found, state)) is not None:
            place = of_kind
        elif left is not None and left.place.kind == "country":
            place = left.place
        elif (
            (host or group == "there")
            and topic is not None
            and topic.place.kind == "country"
            and placenames.COUNTRY_AS_TOPIC_AFTER.match(text, topic.end)
        ):
            place = topic.place
        elif region and state.last_region is not None:
            place = state.last_region
        elif (
            host
            and topic is not None
            and topic.place.kind == "country"
            and not (state.story_place and state.story_place[0].matches[0].place.country_code in flank)
        ):
            # "will pull a brigade out of Romania, leaving about 1,000 troops in the country": the host the
            # sentence named, over a story about the sender (whose home base it names)
            place = topic.place
        elif host and (state.focus is None or focus_is_region) and state.story_place:
            # "on the national territory", "in the country": the country the article is about.
            place = state.story_place[0].matches[0].place
        elif state.focus is not None and len({m.place for m in state.focus.matches}) == 1:
            place = state.focus.matches[0].place
        elif state.focus is None and state.dateline and not (region or host) and not forces.RUSSIAN.search(text):
            # "TAPA, Estonia — ... told troops at the base": the base is the dateline's place.
            place = state.dateline[0].matches[0].place
        else:
            continue
        matches.append(PlaceMatch(start, end, text[start:end], place))
    return matches


def _speakers_country(text: str, gazetteer: Gazetteer, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """ "Polish President Andrzej Duda said 10,000 US soldiers were now in his country": the country of the
    office named before "his country" by its nation's adjective."""
    matches = []
    for its in placenames.SPEAKERS_COUNTRY.finditer(text):
        offices = list(placenames.NATIONAL_OFFICE.finditer(text, 0, its.start()))
        nation = offices[-1].group("nation") if offices else ""  # the last office named before it
        code = gazetteer.country_code(gazetteer.forces.get(nation, ""))
        if code in gazetteer.countries and not any(m.start <= its.start() < m.end for m in found):
            matches.append(PlaceMatch(its.start(), its.end(), its.group(0), gazetteer.country_place(code)))
    return matches


def _of_kind(kind: str, before: int, found: list[PlaceMatch], state: Story) -> Place | None:
    """The country "the Baltic nation" or "the Black Sea country" refers to: the last of that kind the
    sentence names before it, else the one of that kind the story names most."""
    members = placenames.NATION_KINDS[" ".join(kind.split())]
    named = [
        m.place for m in found if m.end <= before and m.place.kind == "country" and m.place.country_code in members
    ]
    if named:
        return named[-1]
    code = next((c for c in state.context_countries if c in members), "")
    countries = (m.place for ms in state.named.values() for m in ms if m.place.kind == "country")
    return next((p for p in countries if code and p.country_code == code), None)


def _possessed_borders(text: str, gazetteer: Gazetteer, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """ "Ukraine's defence ministry puts the Russian troops around its borders at ...": the borders of
    the country named last before "its", when the gazetteer knows them as a region ("around Ukraine");
    "Poland wants more troops on its territory": that country."""
    matches: list[PlaceMatch] = []
    if "its " not in text:
        return matches
    for its in placenames.ITS_TERRITORY.finditer(text):
        if not any(m.start <= its.start() < m.end for m in found) and (owner := _owner(text, found, its.start())):
            matches.append(PlaceMatch(its.start(), its.end(), its.group(0), owner.place))
    for its in placenames.ITS_BORDERS.finditer(text):
        if any(m.start <= its.start() < m.end for m in found) or not (owner := _owner(text, found, its.start())):
            continue
        written = f"{owner.place.name}'s borders"
        region = next((m for m in gazetteer.find_named(written) if m.place.kind == "region" and m.start == 0), None)
        if region is not None and region.end == len(written):
            matches.append(PlaceMatch(its.start(), its.end(), its.group(0), region.place))
    return matches


def _owner(text: str, found: list[PlaceMatch], before: int) -> PlaceMatch | None:
    """Whose "its" is: the first country named before it as a subject or possessor, not one after a
    preposition, in an opening clause that sets the scene, or owning a war ("Poland wants more US
    troops on its territory": Poland; "Since Russia invaded Ukraine, Romania has hosted ... on its
    territory": Romania; "Russia's war has pushed Poland to seek ...": Poland)."""
    scene = placenames.OPENING_CLAUSE.match(text)
    return next(
        (
            m
            for m in found
            if m.place.kind == "country"
            and m.end <= before
            and not (scene and m.end <= scene.end())
            and not roles.PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 30), m.start)
            and not placenames.WAR_OF_AFTER.match(text, m.end)
        ),
        None,
    )


def _qualifying_country(text: str, end: int, named: list[PlaceMatch]) -> PlaceMatch | None:
    for match in named:
        if match.place.kind == "country" and placenames.QUALIFIER_GAP.fullmatch(text[end : match.start]):
            return match
    return None


def _merge_town_country(text: str, found: list[PlaceMatch], gazetteer: Gazetteer) -> list[PlaceMatch]:
    """ "Tapa, Estonia" and "Lešť in Slovakia" are one place: the town, its country a check.

    A name the gazetteer does not know, qualified by a country ("Setermoen, Norway"), is placed
    honestly at country precision under the name as written.
    """
    merged: list[PlaceMatch] = []
    for match in found:
        previous = merged[-1] if merged else None
        if (
            previous
            and previous.place.kind == "country"
            and match.place.kind in ("town", "base")
            and match.place.country_code == previous.place.country_code
            and placenames.POSSESSIVE_GAP.fullmatch(text[previous.end : match.start])
        ):
            # "Lithuania's Šiauliai Air Base": the base, named with its country.
            merged[-1] = PlaceMatch(previous.start, match.end, text[previous.start : match.end], match.place)
            continue
        if (
            previous
            and match.place.kind == "country"
            and previous.place.kind in ("town", "base", "none")
            and previous.place is not AT_SEA
            and placenames.QUALIFIER_GAP.fullmatch(text[previous.end : match.start])
            and not (
                # "After talks in Vilnius, Germany pledged ...": a country of another town's, followed by
                # its verb, is the subject of a clause, not the town's qualifier.
                previous.place.kind != "none"
                and previous.place.country_code != match.place.country_code
                and (clauses.SUBJECT_AFTER.match(text, match.end) or clauses.PAST_SUBJECT_AFTER.match(text, match.end))
            )
        ):
            known = None if previous.place is UNKNOWN_TOWN else previous.place
            place = gazetteer.qualified(previous.text, known, by=match.place, written=match.text)
            if not (known is not None and previous.place.kind != "none" and place is match.place):
                merged[-1] = PlaceMatch(previous.start, match.end, text[previous.start : match.end], place)
                continue
            # ("Canada leads the battlegroup at Adazi, Germany the one in Rukla": a known town that no town of
            # the country after it is, so the country opens the list's next item)
        merged.append(match)
    return [m for m in merged if m.place is not UNKNOWN_TOWN]


def assign_places(
    text: str, mentions: list[Mention], lists: list[PlaceList], *, force_starts: list[int]
) -> list[list[PlaceList]]:
    """Each mention takes the located places after it, up to the next mention or a contrasted clause
    that opens on another nation (``force_starts``: where the sentence names one); a mention joined to
    the next by "and" shares its places ("a frigate and two destroyers to the Baltic"); else a mention
    takes the places before it."""
    located = [pl for pl in lists if pl.locative]
    parts = _places_of_parts(text, located)
    # (asked once a list: a gap "with" cannot follow a list whose end does not open one, whatever comes next)
    with_after = [pl for pl in located if roles.REINFORCED_WITH_GAP.match(text, pl.end)]
    taken: set[int] = set()
    assigned: list[list[PlaceList]] = []
    for index, mention in enumerate(mentions):
        limit = contrast_limit(
            text,
            mention.end,
            mentions[index + 1].phrase_start if index + 1 < len(mentions) else len(text),
            force_starts=force_starts,
        )
        after = [
            pl
            for pl in located
            if mention.start <= pl.start < limit
            and id(pl) not in parts
            # ("Latvia is hosting 600 Danish troops and Estonia 400 French", "... and Estonia is hosting 400":
            # a host that opens the next item or clause has a count of its own)
            and not (
                pl.start > mention.end
                and clauses.GAPPED_ITEM_BEFORE.search(text, max(0, pl.start - clauses.GAP_REACH), pl.start)
                and (clauses.COUNT_AFTER.match(text, pl.end) or roles.HOST_AFTER.match(text, pl.end))
            )
        ]
        reinforced = [
            pl
            for pl in with_after
            if roles.REINFORCED_WITH_GAP.fullmatch(text, pl.end, mention.phrase_start)
            and roles.REINFORCING_BEFORE.search(text, max(0, pl.start - 30), pl.start)
        ]
        if reinforced:
            # "NATO will reinforce its eastern flank with additional fighter jets": the place reinforced is
            # where what reinforces it goes
            after = reinforced
        elif after and (relative := clauses.RELATIVE_AFTER_COUNT.search(text, mention.end, after[0].start)):
            # "in Romania will arrive another 2,500 soldiers ..., who will take part in the largest exercise
            # on the eastern flank": the place the main clause gave them before, not those of the aside
            before = [
                pl
                for pl in located
                if pl.end <= mention.phrase_start
                and not clauses.CLAUSE_BREAK.search(text, pl.end, mention.phrase_start)
            ]
            # (a part "of them" is where its whole is: "200 of them, whose families live in Germany, will rotate")
            partitive = " of " in text[mention.phrase_start : mention.end] or text.startswith(" of ", mention.end)
            if (before or partitive) and relative.start() < after[0].start:
                after = []
        assigned.append(after)
        taken.update(id(pl) for pl in after)
    for index in range(len(mentions) - 2, -1, -1):
        gap = text[mentions[index].end : mentions[index + 1].phrase_start]
        if (
            not assigned[index]
            and clauses.COORDINATED.match(gap)
            # "1.3 million troops, and some 12,000 of them are in Kaliningrad": a part's place is its own.
            and not clauses.PART_OF_AFTER.match(text, mentions[index + 1].end)
            # "Poland received 4,000 US soldiers, Romania 1,000": the next count opens at a host of its own
            and not any(pl.start == mentions[index + 1].phrase_start for pl in located)
        ):
            assigned[index] = assigned[index + 1]
    for index, mention in enumerate(mentions):
        if assigned[index]:
            continue
        floor = mentions[index - 1].end if index else 0
        before = [pl for pl in located if floor <= pl.start and pl.end <= mention.start and id(pl) not in taken]
        if not before:
            # "... to Romania, where it will lead a battlegroup": "where" is the place named before it.
            earlier = [pl for pl in located if pl.end <= mention.start]
            if earlier and clauses.WHERE_CLAUSE.search(text, earlier[-1].end, mention.start):
                before = earlier[-1:]
        assigned[index] = before[-1:]
        taken.update(id(pl) for pl in before[-1:])
    return assigned


def _occasion_only(text: str, start: int, end: int, *, last_there: int) -> bool:
    """Whether an incident's scene (``start:end``) is only the occasion of what the sentence reports: told in
    a clause of time ("after a drone incursion into Poland", "two days after drones were shot down over
    Poland") and not referred to by a "there" or ", where" after it ("Two days after a drone crashed near
    Rzeszow, where 2,000 US soldiers are stationed, ...": there they are)."""
    return (
        frames.TIME_CLAUSE_BEFORE.search(folded(text[:start])) is not None
        and last_there < end
        and not roles.WHERE_AFTER.match(text, end)
    )


def _places_of_parts(text: str, located: list[PlaceList]) -> set[int]:
    """The lists (by id) that place a part of a total rather than the total: "127,000 troops ...,
    including those in Belarus and in occupied Crimea", "1,000 soldiers in the Baltic states, mostly in
    Lithuania" (after a place of the total only: "garrisoned mainly at Rukla" is the site)."""
    parts: set[int] = set()
    previous: PlaceList | None = None
    including = "including" in text
    lower = text.lower()
    mostly = any(word in lower for word in clauses.MOSTLY_WORDS)
    for pl in located:
        if (
            clauses.PART_PLACE_BEFORE.search(text, max(0, pl.start - 40), pl.start)
            or (including and clauses.INCLUDING_PART_BEFORE.search(text, max(0, pl.start - 90), pl.start))
            or (mostly and previous is not None and clauses.MOSTLY_BEFORE.search(text, max(0, pl.start - 30), pl.start))
            or (
                previous is not None
                and id(previous) in parts
                and clauses.NEXT_PART_GAP.fullmatch(text, previous.end, pl.start)
            )
        ):
            parts.add(id(pl))
        previous = pl
    return parts


def places_for(mention: Mention, lists: list[PlaceList]) -> list[tuple[Place, str]]:
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
        # A count goes to one destination: the first place list after it ("to Adazi ... in May").
        return places_for(mention, lists[:1])
    return [(_group_place([p for p, _ in groups]), ", ".join(t for _, t in groups))]


def aggregate_members(
    text: str, mention: Mention, place: Place, lists: list[PlaceList], *, sentence_lists: list[PlaceList]
) -> list[tuple[Place, str]]:
    """The countries of a count over a group: the list the count took ("eight battlegroups in Estonia,
    ..., and Bulgaria"), or the sentence's list set beside the region it took as its apposition ("on
    the eastern flank, in Estonia, Latvia and Lithuania"). Each becomes a fact with no count."""
    if mention.quantity.low is None or place.kind != "region" or not lists:
        return []
    group = lists[:1]
    if all(m.place.kind == "region" for m in group[0].matches):
        beside = [pl for pl in sentence_lists if pl.locative and pl.start >= group[0].end]
        parts = _places_of_parts(text, beside)
        if beside and id(beside[0]) in parts:
            # "around its borders ..., including those in Belarus and in occupied Crimea": the parts' places.
            return [(m.place, _strip_the(m.text)) for pl in beside if id(pl) in parts for m in pl.matches]
        if beside and clauses.APPOSITION_GAP.match(text[group[0].end : beside[0].start]):
            group = beside[:1]
    matches = [m for pl in group for m in pl.matches]
    if len(matches) < 2 or any(m.place.kind != "country" for m in matches):
        return []
    return [(m.place, _strip_the(m.text)) for m in matches]


def _group_place(places: list[Place]) -> Place:
    members = tuple(dict.fromkeys(code for p in places for code in (p.members or (p.country_code,)) if code))
    names = ", ".join(p.country or p.name for p in places)
    points = [(p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None]
    lat = sum(p[0] for p in points) / len(points) if points else None
    lon = sum(p[1] for p in points) / len(points) if points else None
    if len(members) == 1 and all(p.kind in ("base", "town") for p in places):
        # "ranges at Drawsko, Wedrzyn and Bemowo": one count over sites of one country
        # is in that country, at no finer precision than the country.
        return Place(
            name=", ".join(p.name for p in places),
            kind="country",
            country_code=members[0],
            country=places[0].country,
            lat=lat,
            lon=lon,
        )
    return Place(name=names, kind="region", region=names, lat=lat, lon=lon, members=members)


def _strip_the(text: str) -> str:
    return placenames.LEADING_THE.sub("", text)


def spoken_at(before: str) -> bool:
    """Whether the text before a place, ``folded``, makes it where someone speaks, meets or sits
    (roles.SPOKEN_AT)."""
    return bool(_ENDS_IN_OR_AT.search(before) and _SPOKEN_AT.search(before))


def own_side(text: str, lists: list[PlaceList], home: str, gazetteer: Gazetteer) -> PlaceList | None:
    """ "Russia has deployed 20,000 troops on Latvia's eastern border": a nation of the theatre at the
    border of one on the other side (Russia and Belarus against the rest) stands on its own side of
    it (as ``border_site`` rules for a border named by its owner); None otherwise."""
    if home not in placenames.BORDER_NATIONS or home not in gazetteer.countries or len(lists) != 1:
        return None
    matches = lists[0].matches
    if len(matches) != 1 or matches[0].place.kind != "country" or matches[0].place.country_code == home:
        return None
    if (home in forces.RUSSIAN_SIDE) == (matches[0].place.country_code in forces.RUSSIAN_SIDE):
        # "Poland has sent 200 soldiers to Lithuania's border": allies go to each other's borders.
        return None
    owned = placenames.OWNS_BORDER_AFTER.match(text, matches[0].end)
    if not owned:
        return None
    side = PlaceMatch(
        matches[0].start, owned.end(), text[matches[0].start : owned.end()], gazetteer.country_place(home)
    )
    return replace(lists[0], end=owned.end(), matches=(side,))


def border_site(text: str, named: list[PlaceMatch], home: str, gazetteer: Gazetteer) -> Place | None:
    """The side of a border where a force with no other place stands: the border's owner ("Poland's
    border with Belarus", "its border with Russia"), else the force's own country when the border is
    with another and the force is a nation of the theatre ("Russian troops near the Finnish border"
    are in Russia); never the country across it. None when the sentence names no border or its side is
    unclear."""
    if not any(word in text for word in placenames.BORDER_WORDS):
        return None
    across: set[str] = set()
    owner = ""
    countries = [m for m in named if m.place.kind == "country" and m.place.country_code]
    for match in countries:
        if placenames.BORDER_WITH_BEFORE.search(text, max(0, match.start - 30), match.start):
            across.add(match.place.country_code)
        elif placenames.OWNS_BORDER_AFTER.match(text, match.end):
            owner = match.place.country_code
        elif (
            not owner
            and match.place.country_code in placenames.BORDER_NATIONS
            and (match.place.country_code in forces.RUSSIAN_SIDE) == (home in forces.RUSSIAN_SIDE)
            and placenames.STATIONS_AFTER.match(text, match.end)
        ):
            # "Near the border with Lithuania, Belarus has stationed 500 Russian paratroopers": the nation that
            # stations forces at a border does so on its own side.
            owner = match.place.country_code
    sides: set[str] = set()
    for adjective in placenames.ADJECTIVE_BORDER.finditer(text):
        named_sides = {gazetteer.country_code(gazetteer.forces.get(word, "")) for word in adjective.group(1, 2) if word}
        sides |= named_sides - {""}
    if its := placenames.ITS_BORDER.search(text):
        # "its border": the country named last before it that is not across the border.
        before = [
            m.place.country_code for m in countries if m.end <= its.start() and m.place.country_code not in across
        ]
        owner = owner or (before[-1] if before else "")
    if not owner and home in placenames.BORDER_NATIONS:
        # Only a nation of the theatre stands at a border on its own side; a force from afar stands at
        # its host's ("500 US soldiers near the border with Belarus" are in the story's country).
        if len(sides) == 2 and home in sides:
            owner = home  # "Polish troops at the Polish-Belarusian border"
        elif (across or sides) and home not in across | sides:
            owner = home  # "Russian troops near the Finnish border"
    if not owner or owner in across or owner not in gazetteer.countries:
        return None
    return gazetteer.country_place(owner)
