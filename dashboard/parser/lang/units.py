"""Units: the nouns that name forces, by the unit they count (troops, battlegroups, warships, aircraft,
...), and the patterns built from them.

``mentions`` finds a sentence's units with ``UNIT_RE`` and maps each noun to its unit with ``NOUN_UNIT``.
"""

from __future__ import annotations

import re

from dashboard.parser.lang.numbers import NUMBER
from dashboard.util.textmatch import trie_alternation

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
    ),
    "battlegroups": ("battlegroups", "battlegroup", "battle groups", "battle group"),
    "brigades": ("brigade combat teams", "brigade combat team", "brigades", "brigade", "BCTs", "BCT"),
    "battalions": ("battalion tactical groups", "battalion tactical group", "BTGs", "battalions", "battalion"),
    "companies": ("companies", "company"),
    "divisions": ("divisions", "division"),
    "regiments": ("regiments", "regiment"),
    "squadrons": ("squadrons", "squadron"),
    "batteries": ("batteries", "battery"),
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
        "submarines",
        "submarine",
        "minehunters",
        "minehunter",
        "minesweepers",
        "minesweeper",
        "cruisers",
        "cruiser",
        "patrol boats",
        "landing ships",
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
        "Hornets",
        "Super Hornets",
        "Tornados",
        "Harriers",
        "Mirages",
        "Gripens",
        "Eurofighter Typhoons",
        r"(?:[A-Z]{1,3}|MiG|Su)-\d{1,3}[A-Z]?s",
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
    "other": (
        "air defence systems",
        "air defense systems",
        "air-defence systems",
        "air-defense systems",
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
    ),
}
# Nouns that are a count of people: "a force" is not one soldier.
TROOP_NOUNS = frozenset(UNIT_NOUNS["troops"])
# Without a number these nouns say nothing countable about a deployment ("defence companies").
NEEDS_NUMBER = frozenset(
    {
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
    }
)
# "Wagner fighters" are people; "F-16 fighters" and "fighter jets" are aircraft.
AIRCRAFT_MODIFIER = re.compile(r"^(?:[A-Z]{1,3}-?\d|Typhoon|Eurofighter|Rafale|Gripen|Hornet|jet|MiG|Su-)")
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
    }
)
# Units that group people rather than count a formation: "a contingent of paratroopers".
GROUPINGS = frozenset({"other:contingent", "other:detachment", "other:task force"})

NOUN_UNIT = {noun.lower(): unit for unit, nouns in UNIT_NOUNS.items() for noun in nouns}
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
AIRCRAFT_CODE = re.compile(r"(?:[A-Z]{1,3}|MiG|Su)-\d{1,3}[A-Z]?s")
# "a 60-strong detachment", "a 300-soldier battalion": a headcount written as a modifier.
HYPHEN_SIZE = re.compile(rf"^(?P<n>{NUMBER})-(?:strong|soldiers?|troops?|man|member|person|personnel)$", re.IGNORECASE)
# "a division's worth of soldiers" is a size, not a brigade.
WORTH_AFTER = re.compile(r"['’]s\s+worth\b")
# "four JAS 39 Gripen fighters", "an ASC 890 aircraft", "12 Strv 122 tanks": after a count or an article,
# a designator (a capitalised or all-capital word) and its number name the model; the count is before them.
DESIGNATOR_AFTER_COUNT = re.compile(rf"(?:^|\s)(?i:an?|one|{NUMBER})\s+[A-Z][A-Za-z]{{0,7}}-?\s*$")
# "Leopard 2 tanks", "Patriot 3": a model's name before its number, which is then no count.
MODEL_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:About|Some|Around|Nearly|Over|Roughly|Almost|Up|More|"
    r"Fewer|At|Only|Just|All|The|A|An|In|On|By|Of)\b)[A-Z][a-z]+\s+$"
)
