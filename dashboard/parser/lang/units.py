"""Units: the nouns that name forces, by the unit they count (troops, battlegroups, warships, aircraft,
...), and the patterns built from them.

``mentions`` finds a sentence's units with ``UNIT_RE`` and maps each noun to its unit with ``NOUN_UNIT``.
"""

from __future__ import annotations

import re

from dashboard.parser.lang.numbers import NUMBER
from dashboard.util.textmatch import trie_alternation

# An aircraft's designation ("F-16", "Su-34", "MiG-29"); the letters of tanks, armoured vehicles and
# air-defence systems ("T-72", "BMP-2", "S-400") name no aircraft.
# (Mil and Kamov helicopters too: "two Mi-24s", "Ka-52s"; and European helicopters named without a
# hyphen: "four NH90s", "two AW101s", "H145Ms")
# What may follow a model counted by its singular name: no noun it would modify.
_NO_NOUN_AFTER = (
    r"(?=\s*(?:[,.;:)]|$|\s(?:to|at|in|into|and|or|were|are|was|is|have|has|had|will|would|landed|arrived|flew|"
    r"from|on|for|took|deployed|based|stationed|of|with|that|which|now|also|already|lands|land|takes|flies|fly|"
    r"arrives|departs|departed|touched|touches|operates|operated|patrols|patrolled)\b))"
)
_AIRCRAFT_CODE = (
    r"(?:(?!(?:T|PT|BMP|BMD|BTR|S)-)(?:[A-Z]{1,3}|MiG|Su|Mi|Ka|Tu|Il|Yak)-\d{1,3}(?:[A-Z]{1,2}\d?)?"
    r"|NH90|AW1\d\d|H1[4-7]5M?)"
)
# The same for the folded text UNIT_RE searches blind to case, where the makers' letters need no names of
# their own; the lookaheads let most places of a sentence fail at once (UNIT_RE tries this at each word).
_AIRCRAFT_CODE_FOLDED = (
    r"(?:(?=[a-z]{1,3}-\d)(?!(?:t|pt|bmp|bmd|btr|s)-)[a-z]{1,3}-\d{1,3}(?:[a-z]{1,2}\d?)?"
    r"|(?=nh9|aw1|h1)(?:nh90|aw1\d\d|h1[4-7]5m?))"
)
# Armour counted by its model's name, with or without its variant ("15 Leopard 2A4s", "40 T-72B3s",
# "12 CV90s"): the family says the unit. Plural only: "the Challenger 2" is a model, not a count.
MODEL_FAMILIES: dict[str, tuple[str, ...]] = {
    "tanks": (
        "Leopard",
        "Challenger",
        "Leclerc",
        "Ariete",
        "Abrams",
        "K2",
        "K2PL",
        "PT-91",
        r"M1A\d",
        r"T-(?:55|62|64|72|80|90)",
    ),
    "vehicles": (
        "CV90",
        r"BMP-\d",
        r"BMD-\d",
        r"BTR-\d{2}",
        "M113",
        r"M2A\d",
        "VBCI",
        "Rosomak",
        "Pandur",
        "Boxer",
        "Piranha",
        "Marder",
    ),
}
_VARIANT = r"(?:\s?\d[A-Za-z0-9]*|[A-Z][A-Z0-9]*)?"  # "2A4", " 2", "B3", "M" ("T-90Ms")
MODEL_UNITS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?:{'|'.join(families)}){_VARIANT}s", re.IGNORECASE), unit)
    for unit, families in MODEL_FAMILIES.items()
)
# People named by their trade: troops (CONVENTIONS: any personnel), counted only with a number.
TRADES = (
    "operators",  # "60 radar operators"
    "defenders",  # "400 missile defenders"
    "staff",
    "staffers",
    "trainers",
    "instructors",
    "medics",
    "specialists",
    "technicians",
    "gunners",
    "advisers",
    "advisors",
    "mechanics",
)
# People named by their nation ("the 1,000 Canadians in Latvia", "1,100 Americans and 250 Britons"):
# troops of that nation, counted only with a number; each plural with the word the gazetteer names the
# nation's forces by.
NATIONALS = {
    "americans": "American",
    "britons": "British",
    "canadians": "Canadian",
    "germans": "German",
    "spaniards": "Spanish",
    "italians": "Italian",
    "poles": "Polish",
    "danes": "Danish",
    "swedes": "Swedish",
    "finns": "Finnish",
    "norwegians": "Norwegian",
    "belgians": "Belgian",
    "czechs": "Czech",
    "slovaks": "Slovak",
    "slovenians": "Slovenian",
    "slovenes": "Slovenian",
    "croatians": "Croatian",
    "croats": "Croatian",
    "hungarians": "Hungarian",
    "romanians": "Romanian",
    "bulgarians": "Bulgarian",
    "albanians": "Albanian",
    "montenegrins": "Montenegrin",
    "macedonians": "Macedonian",
    "greeks": "Greek",
    "turks": "Turkish",
    "icelanders": "Icelandic",
    "estonians": "Estonian",
    "latvians": "Latvian",
    "lithuanians": "Lithuanian",
    "russians": "Russian",
    "belarusians": "Belarusian",
    "ukrainians": "Ukrainian",
    "austrians": "Austrian",
}
# Nationals who are not forces: "10,000 Americans were evacuated", "two Britons were killed" (folded text).
CIVILIAN_CONTEXT = re.compile(
    r"\b(?:evacuat\w*|citizens|civilians|tourists|residents|expatriates|students|refugees|hostages|voters|fans|"
    r"living|live|lives|killed|died|dead|injured|wounded|arrested|detained|fled|flee|fleeing|attended|attend|"
    r"rally|protest\w*|visitors|crowds?|workers|million)\b"
)
# Heads that name no unit and count nothing by themselves, found so that a headcount written before them
# is read: "a 40-person air operations center", "a 25-strong liaison cell" are 40 and 25 troops.
SIZED_ONLY = (
    "center",
    "centers",
    "centre",
    "centres",
    "cell",
    "cells",
    "hub",
    "mission",
    "squad",
    "crews",  # "two tank crews" are people, not tanks
)
# Each unit's nouns, singular and plural; the parser matches the longest first.
UNIT_NOUNS: dict[str, tuple[str, ...]] = {
    "troops": (
        "troops",
        "soldiers",
        "soldier",
        "personnel",
        "service members",
        "servicemembers",
        "service personnel",
        "servicemen",
        "military personnel",
        "marines",
        "staff officers",
        "officers",
        "paratroopers",
        "forces",
        "force",
        "troopers",
        "sailors",
        "airmen",
        "commandos",
        "special forces",
        "special operations forces",
        "men",
        "rangers",
        "engineers",
        "military",
        "militaries",  # translated regional news: "500 French militaries are deployed at Cincu"
        "crew",  # "four destroyers and about 5,000 crew" (with a number only: "a Dutch Patriot crew" is none)
        "presence",  # "a 10,000-strong presence", "a presence of 1,000" (with a number only: NEEDS_NUMBER)
        "mercenaries",
        "members",
        "people",
        "persons",
        "crew members",
        "aircrew",
        "aircrews",
        "crewmembers",
        *TRADES,
        *NATIONALS,
    ),
    "battlegroups": ("battlegroups", "battlegroup", "battle groups", "battle group"),
    "brigades": ("brigade combat teams", "brigade combat team", "brigades", "brigade", "BCTs", "BCT"),
    "battalions": ("battalion tactical groups", "battalion tactical group", "BTGs", "battalions", "battalion"),
    "companies": ("companies", "company"),
    "other:platoon": ("platoons", "platoon"),
    # Counted apart from surface warships, as the annotators of both corpora count them.
    "other:submarines": ("submarines", "submarine"),
    "divisions": ("divisions", "division"),
    # "a new army corps in Karelia", "the 44th Army Corps": above a division (not the Marine or press corps)
    "other:corps": ("army corps", "corps"),
    "regiments": ("regiments", "regiment"),
    "squadrons": ("squadrons", "squadron"),
    "batteries": (
        "batteries",
        "battery",
        # air-defence systems by their names, one a battery (CONVENTIONS): "Germany sent an IRIS-T SLM"
        "IRIS-T SLM",
        "IRIS-T SLMs",
        "Skyshield",
        "Skyshields",
        "air defence systems",
        "air defense systems",
        "air-defence systems",
        "air-defense systems",
        "air defence system",
        "air defense system",
        "air-defence system",
        "air-defense system",
        # "a Patriot air and missile defence system"
        "air and missile defence systems",
        "air and missile defense systems",
        "air and missile defence system",
        "air and missile defense system",
        "missile defence systems",
        "missile defense systems",
        "missile defence system",
        "missile defense system",
    ),
    "headquarters": ("headquarters", "command posts", "command post", "HQs", "HQ"),
    "warships": (
        "aircraft carriers",
        "aircraft carrier",
        "warships",
        "warship",
        "ships",
        "ship",
        "naval vessels",
        "naval vessel",
        "vessels",
        "vessel",
        "frigates",
        "frigate",
        "destroyers",
        "destroyer",
        "corvettes",
        "corvette",
        "minehunters",
        "minehunter",
        "minesweepers",
        "minesweeper",
        "cruisers",
        "cruiser",
        "patrol boats",
        "landing ships",
        "landing craft",
        "surface combatants",
        "surface ships",
        "missile boats",
        "missile ships",
        "amphibious ships",
        "amphibious assault ships",
        "minelayers",
        "minelayer",
        "mine countermeasures vessels",
        "mine countermeasures ships",
        "patrol vessels",
        "patrol ships",
        "icebreakers",
    ),
    "aircraft": (
        "fighter jets",
        "fighter jet",
        "fighter aircraft",
        "fighter planes",
        "aircraft",
        "jets",
        "jet",
        "fighters",
        "warplanes",
        "warplane",
        "planes",
        "plane",
        "bombers",
        "bomber",
        "helicopters",
        "helicopter",
        "drones",
        "drone",
        "Typhoons",
        "Typhoon",
        "Eurofighters",
        "Rafales",
        "Gripens",
        "Apaches",
        "Black Hawks",
        "Chinooks",
        "AWACS",
        # only after an aircraft's model or a word of refuelling (TANKER_MODIFIER): "oil tankers" are ships
        "tankers",
        "tanker",
        "Hornets",
        "Super Hornets",
        # aircraft by their names in service: drones, maritime patrol, transports, fighters
        "Reapers",
        "Predators",
        "Global Hawks",
        "Auroras",
        "Poseidons",
        "Globemasters",
        "Hawkeyes",
        "Vipers",
        "Fighting Falcons",
        "Raptors",
        "Strike Eagles",
        "Wildcats",
        "Merlins",
        "Sea Hawks",
        "Seahawks",
        "Tornados",
        "Harriers",
        "Mirages",
        "Gripens",
        "Eurofighter Typhoons",
        # (plural, or in the singular as translated and wire copy count them: "10 Su-34 to Belarus", with a
        # numeral only, mentions: "the F-35 is a jet" names a model; not before a noun: "F-16 pilots"; one
        # entry, so that the code is tried once at each place)
        _AIRCRAFT_CODE_FOLDED + r"(?:s|" + _NO_NOUN_AFTER + ")",
        # "A Hungarian Gripen lands": a fighter by its name in the singular, before no noun it would modify
        r"(?:gripen|rafale|eurofighter)" + _NO_NOUN_AFTER,
    ),
    "tanks": ("tanks", "tank", "Abrams", "Leopards", "Challengers"),
    "vehicles": (
        "armored personnel carriers",
        "armoured personnel carriers",
        "personnel carriers",
        "infantry fighting vehicles",
        "armoured vehicles",
        "armored vehicles",
        "combat vehicles",
        "vehicles",
        "vehicle",
        "Strykers",
        "Bradleys",
        "APCs",
    ),
    # Civilians who serve a force: counted apart from its troops (CONVENTIONS: other:civilian staff).
    "other:civilian staff": (
        "civilian employees",
        "civilian staff",
        "civilian workers",
        "civilian personnel",
    ),
    # Heads whose unit their modifiers or the story give: "two Patriot units", "a replacement system".
    "": ("systems", "system", "units", "unit", "ones", *SIZED_ONLY),
    "other": (
        "missile systems",
        "rocket systems",
        "launchers",
        "howitzers",
        "HIMARS",
        "contingents",
        "contingent",
        "detachments",
        "detachment",
        "task forces",
        "task force",
        "teams",
        "team",
        "carrier strike groups",
        "carrier strike group",
        "carrier battle groups",
        "carrier battle group",
    ),
}
# Machines the conventions name in the plural whatever their count: "other:howitzers", "other:launchers".
PLURAL_KINDS = {
    "launcher": "launchers",
    "howitzer": "howitzers",
    "missile system": "missile systems",
    "rocket system": "rocket systems",
}
# A model and its name: "F-16 Fighting Falcons", "MQ-9 Reapers", "F-15E Strike Eagles". Found blind to
# case, so ``mentions`` checks the capitals with AIRCRAFT_CODE ("F-16 pilots" names no aircraft); a noun
# of these lists after a model is that noun ("F-35A jets", "two F-15E squadrons").
_PLAIN_NOUNS = "|".join(
    sorted((n.lower() for ns in UNIT_NOUNS.values() for n in ns if "\\" not in n), key=len, reverse=True)
)
UNIT_NOUNS["aircraft"] += (
    rf"{_AIRCRAFT_CODE_FOLDED}(?:\s+(?!(?:{_PLAIN_NOUNS})\b)[a-z]+)?\s+(?!(?:{_PLAIN_NOUNS})\b)[a-z]+s",
)
UNIT_NOUNS["other"] += tuple(pattern.pattern for pattern, _ in MODEL_UNITS)
# Nouns that are a count of people: "a force" is not one soldier.
TROOP_NOUNS = frozenset(UNIT_NOUNS["troops"])
# Without a number these nouns say nothing countable about a deployment ("defence companies").
NEEDS_NUMBER = frozenset(
    {
        "crew",
        "presence",
        "company",
        "companies",
        "men",
        "force",
        "soldier",
        "ship",
        "plane",
        "jet",
        "vehicle",
        "team",
        "teams",
        "officers",
        "vessel",
        "military",
        "militaries",
        "mercenaries",
        "members",
        "people",
        "persons",
        *TRADES,
        *NATIONALS,
        "civilian employees",
        "civilian staff",
        "civilian workers",
        "civilian personnel",
    }
)
# "Wagner fighters" are people; "F-16 fighters" and "fighter jets" are aircraft.
AIRCRAFT_MODIFIER = re.compile(r"^(?:[A-Z]{1,3}-?\d|Typhoon|Eurofighter|Rafale|Gripen|Hornet|jet|MiG|Su-)")
# ... and so are bare "fighters" in a sentence about the air ("leads the Air Policing mission from Siauliai
# with eight fighters"), unless it names fighters who are people.
AIR_CONTEXT = re.compile(
    r"\b(?:air[\s-]+policing|air\s+(?:force|wing|patrols?|bases?)|airbases?|airfields?|airspace|skies|jets?|sorties|"
    r"scrambl\w+|"
    # the air bases of the air-policing missions
    r"[ŠS]iauliai|[ÄA]mari|Malbork|[ŁL]ask|Lielv[āa]rde|Fete[șş]ti|C[âa]mpia\s+Turzii|Graf\s+Ignatievo|Krzesiny|"
    r"Typhoons?|Eurofighters?|Rafales?|Gripens?|Hornets?|F-\d+s?)\b",
    re.IGNORECASE,
)
FIGHTERS_WHO_ARE_PEOPLE = re.compile(
    r"\b(?:Wagner|mercenar\w*|militia\w*|insurgents?|volunteers?|paramilitar\w*|Chechen|Kadyrov\w*|guerrillas?|"
    r"rebels?|jihadists?|partisans?)\b",
    re.IGNORECASE,
)
# Capitalised and singular inside a sentence, these are names ("82nd Airborne Division").
NAME_WORDS = frozenset(
    {
        "brigade",
        "division",
        "force",
        "battalion",
        "regiment",
        "squadron",
        "company",
        "battery",
        "battlegroup",
        "battle group",
        "group",
        "corps",
        "brigade combat team",
        "task force",
    }
)
# Nouns whose plural ends in no "s" of its own: "headquarters" is one headquarters.
SINGULAR_S = frozenset({"headquarters", "aircraft", "awacs", "himars", "abrams"})
# Compounds whose head is a unit's noun but which name no unit: "a Warsaw think tank", "fuel tanks".
_NO_TANK = frozenset({"think", "fuel", "water", "oil", "gas", "storage", "septic", "propane", "drop"})
# "a private company", "arms companies": businesses, not sub-units.
_NO_COMPANY = frozenset(
    {
        "private",
        "commercial",
        "satellite",
        "imaging",
        "technology",
        "tech",
        "arms",
        "state-owned",
        "shipping",
        "construction",
        "energy",
        "oil",
        "gas",
        "consulting",
        "software",
        "media",
        "insurance",
    }
)
# "a cargo ship", "two merchant vessels": ships of trade, not of war.
_NO_WARSHIP = frozenset(
    {"cargo", "container", "merchant", "cruise", "fishing", "commercial", "civilian", "passenger", "grain", "research"}
)
_NO_CORPS = frozenset({"marine", "press", "diplomatic", "peace", "medical", "signal"})
# "1,000 police officers": officers of a civil service, not of a force.
_NO_OFFICERS = frozenset({"police", "customs", "prison", "immigration", "fire"})
NOT_A_UNIT_AFTER: dict[str, frozenset[str]] = {
    "officers": _NO_OFFICERS,
    "officer": _NO_OFFICERS,
    "corps": _NO_CORPS,
    "tank": _NO_TANK,
    "tanks": _NO_TANK,
    "company": _NO_COMPANY,
    "companies": _NO_COMPANY,
    "ship": _NO_WARSHIP,
    "ships": _NO_WARSHIP,
    "vessel": _NO_WARSHIP,
    "vessels": _NO_WARSHIP,
}
# A number before these measures something ("30 tonne tracked infantry vehicles"), it counts nothing.
MEASURES = frozenset(
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
        # a time, not a count: "Within 20 minutes Polish MiG-29s were over the border"
        "seconds",
        "minutes",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
    }
)
# Aircraft named in service are capitalised: "40 raptors near the runway" are birds.
SERVICE_NAMES = frozenset({"reapers", "predators", "raptors", "vipers", "wildcats", "merlins", "auroras", "hawkeyes"})
# Units that group people rather than count a formation: "a contingent of paratroopers".
GROUPINGS = frozenset({"other:contingent", "other:detachment", "other:task force"})
# Units that count machines, not people: a count of them and their crews' headcount are two facts.
EQUIPMENT = frozenset({"warships", "aircraft", "tanks", "vehicles", "other:submarines"})
# Formations whose size is a headcount: "the contingent has grown to 1,000" counts soldiers.
SIZED_BY_HEADCOUNT = GROUPINGS | {
    "battlegroups",
    "brigades",
    "battalions",
    "companies",
    "regiments",
    "divisions",
    "other:corps",
}

NOUN_UNIT = {noun.lower(): unit for unit, nouns in UNIT_NOUNS.items() for noun in nouns}
# (the fighters named in the singular are written as a pattern: UNIT_NOUNS["aircraft"])
NOUN_UNIT.update({"gripen": "aircraft", "rafale": "aircraft", "eurofighter": "aircraft"})
_nouns = [n for nouns in UNIT_NOUNS.values() for n in nouns]
# Searched in the folded text (textmatch.folded): the plain nouns in lower case without IGNORECASE, the
# nouns written as patterns ("F-16s") as written but blind to case.
UNIT_RE = re.compile(
    r"(?<![\w-])(?:"
    + trie_alternation((n for n in _nouns if "\\" not in n), fold_case=True)
    + "|(?i:"
    + "|".join(n for n in _nouns if "\\" in n)
    + r"))(?![\w-])"
)
AIRCRAFT_CODE = re.compile(_AIRCRAFT_CODE + r"(?:s|(?:\s+[A-Z][a-z]+)?\s+[A-Z][a-z]+s)")
SINGULAR_AIRCRAFT_CODE = re.compile(_AIRCRAFT_CODE)
# A model's variant between its name and the noun it modifies: "Typhoon FGR4 aircraft", "Leopard 2A6 tanks".
DESIGNATION = re.compile(r"[A-Z0-9][\w-]*\d[\w-]*|[A-Z]{1,4}\d*")
# What makes a tanker an aircraft: "KC-135 tanker", "KC-46 tankers", "air-to-air refuelling tankers".
# An aircraft counted in the same list: "Four F-16s, two tankers", "two tankers and six Typhoons".
AIRCRAFT_LIST_NEIGHBOUR = re.compile(
    rf"\b(?:{_AIRCRAFT_CODE}s?|jets|fighters|Typhoons|Eurofighters|Gripens|Rafales|bombers|AWACS)\s*(?:,|\band\b)\s*"
    r"(?:\w+\s+)?tankers?\b|\btankers?\s*(?:,|\band\b)\s*(?:\w+\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_AIRCRAFT_CODE}s?|jets|fighters|Typhoons|Eurofighters|Gripens|Rafales|bombers)\b"
)
# Forces a host fields itself: "national forces", "host-nation troops" (CONVENTIONS: not annotated).
HOST_OWN_MODIFIERS = frozenset({"national", "host-nation", "host-country", "domestic"})
FLEET_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:fleet|navy|ships?|vessels?)\b", re.I)
TANKER_MODIFIER = re.compile(rf"^(?:{_AIRCRAFT_CODE}|A330|MRTT|air-to-air|refuell?ing|refueling|aerial)$")
# "a 60-strong detachment", "a 300-soldier battalion": a headcount written as a modifier.
HYPHEN_SIZE = re.compile(rf"^(?P<n>{NUMBER})-(?:strong|soldiers?|troops?|man|member|person|personnel)$", re.IGNORECASE)
# A unit's noun before a person it names by post is no unit: "a brigade spokesman", "the battalion commander".
ROLE_AFTER = re.compile(
    r"\s+(?:spokes(?:man|men|woman|women|person|people)|commanders?|chaplains?|adjutants?|sergeant[\s-]+majors?|"
    r"press\s+officers?|executive\s+officers?|surgeons?)\b",
    re.IGNORECASE,
)
# "a division's worth of soldiers" is a size, not a brigade.
WORTH_AFTER = re.compile(r"['’]s\s+worth\b")
# "four JAS 39 Gripen fighters", "an ASC 890 aircraft", "12 Strv 122 tanks": after a count or an article,
# a designator (a capitalised or all-capital word) and its number name the model; the count is before them.
DESIGNATOR_AFTER_COUNT = re.compile(rf"(?:^|\s)(?i:an?|one|{NUMBER})\s+[A-Z][A-Za-z]{{0,7}}-?\s*$")
# Services named before the people they count: "135 CAF members", "40 Bundeswehr members".
SERVICE_MODIFIERS = frozenset({"CAF", "RAF", "RCAF", "USAF", "Bundeswehr", "Luftwaffe", "SAF", "FDF"})
# A service's name, ended by its head, before its people: "2,200 Canadian Armed Forces members", "300 US Army
# members" (capitalised: the name, not "armed forces members" of any kind; not a guard, which may be a border
# police's: "120 Polish Border Guard members").
SERVICE_HEADS = frozenset({"Forces", "Force", "Army", "Navy", "Marines"})
# A model's number with its variant: "Mirage 2000-5", "MiG-29 9-12" (not a range: "200-300").
MODEL_VARIANT = re.compile(r"\d{1,4}-\d{1,2}[A-Za-z]{0,2}")
# The letters of a model's designator before its number: "JAS 39", "ASC 890" (no nation's letters: "US 3"
# is no model).
DESIGNATOR_LETTERS = re.compile(r"(?!(?:US|UK|EU|UN|NATO|RAF|USAF|OSCE)$)[A-Z]{2,4}")
# "Leopard 2 tanks", "Patriot 3": a model's name before its number, which is then no count.
MODEL_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:About|Some|Around|Nearly|Over|Roughly|Almost|Up|More|"
    r"Fewer|At|Only|Just|All|The|A|An|In|On|By|Of)\b)[A-Z][a-z]+\s+$"
)
# Heads that count people only when the phrase shows they are a force's: "550 military of the Swedish
# brigade", "450 members of the Canadian Armed Forces"; never "the 32 members of the alliance".
_MILITARY_ANCHOR = re.compile(
    r"\s*(?:[,.;:)]|\s(?:of|from|will|would|are|were|is|was|have|has|had|to|in|at|on|and|who|which|that|"
    r"remain|remained|stay|stayed|serve|served|arrived|left|be|been|currently|now|already)\b)"
)
ANCHOR_AFTER = {
    "militaries": _MILITARY_ANCHOR,
    "military": _MILITARY_ANCHOR,
    "members": re.compile(
        # "412 members deployed in Latvia": people on a deployment
        r"\s+(?:(?:are|were|is|was|currently|now)\s+)?(?:deployed|stationed|serving|based|posted)\b|"
        r"\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w.'’-]+\s+){0,4}?(?:Armed\s+Forces|[Aa]rmy|[Nn]avy|"
        r"[Aa]ir\s+[Ff]orce|[Mm]arines|[Mm]ilitary|[Ff]orces|contingent|battalion|brigade|regiment|battle\s*group|"
        r"unit|company|squadron|[Gg]uard|crew|team|mission)\b"
    ),
}
# Heads that count people only as the filler of a formation named before them ("a watch team of 33
# people", "a headquarters element of 60 staff"), never on their own ("a town of 40,000 people", "the
# embassy's 30 staff").
FILLER_ONLY = frozenset({"people", "persons", "staff", "staffers"})
# ... unless the words after them name a military post: "200 staff at the new corps headquarters".
_STAFF_POST = re.compile(
    r"\s+(?:to|at|in|of|for)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:headquarters|HQ|command|corps|division|"
    r"brigade|battle\s*group|mission|base)\b",
    re.IGNORECASE,
)
FILLER_POST_AFTER = {"staff": _STAFF_POST, "staffers": _STAFF_POST}
# "two Patriot units", "a medium-range air defence system": a generic head that is an air-defence battery.
AIR_DEFENCE_MODIFIER = re.compile(
    r"^(?:Patriot|NASAMS|SAMP/T|IRIS-T|Mamba|MIM-104|S-300|S-400|air|air-defen[cs]e|missile-defen[cs]e|"
    r"anti-aircraft|anti-missile|surface-to-air)\b",
)
# Adjectives of age or order that leave a generic head's unit to the story: "four new units".
PLAIN_ADJECTIVES = frozenset(
    "new more additional other further incoming outgoing arriving departing similar such rotational "
    "multinational allied existing current permanent".split()
)
# A preposition before a country's name that opens a phrase of its own: "In Lithuania, Portuguese F-16s".
FRONTED_PLACE_BEFORE = re.compile(r"\b(?:in|at|on|across|from|for|to|near)\s+(?:the\s+)?$", re.IGNORECASE)
# "company-sized", "battalion-size": the echelon a generic head is.
ECHELON_SIZED = re.compile(r"(?P<echelon>[A-Za-z]+)-sized?$")
# A formation's name led by its number, before its noun: "45th Panzer" Brigade, "V" Corps, "2nd" Brigade
# Combat Team (not "Multinational" Corps Northeast, a command, nor "Task" Force, a label).
# (a formation's number and the capitalised words of its name, as unitnames reads them too)
ORDINAL_LEAD = r"(?:\d{1,3}(?:st|nd|rd|th)|[IVX]{1,5}|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
NAME_WORD = r"(?:[A-Z][\w'’.-]*)"
DESIGNATION_BEFORE = re.compile(rf"(?<![\w-]){ORDINAL_LEAD}\s+(?:{NAME_WORD}\s+){{0,4}}$")
# A corps by its name ("V Corps") is a command: its headquarters, counted or not, is the fact.
COMMAND_ECHELONS = frozenset({"corps"})
# "the 2nd Brigade Combat Team of the 101st Airborne Division": the name after "of" is the parent.
PARENT_BEFORE = re.compile(r"\b(?:of|from|within|in|with)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
