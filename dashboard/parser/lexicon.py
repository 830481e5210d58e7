"""The words of force posture: unit nouns, status cues, and phrases that are not deployments.

Kept apart from the parser's logic so that adding a word is a one-line, reviewable change.
"""

from __future__ import annotations

import re

from dashboard.util.textmatch import first_words, folded, trie_alternation

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

# The words that give a clause its status, strongest first: a withdrawal over a plan over a presence.
# Plain phrases (a space matches any white space), compiled as tries: one scan of a sentence each.
WITHDRAWN_CUES = (
    "withdraw",
    "withdraws",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "withdrawal",
    "pulled out",
    "pulling out",
    "pulls out",
    "pull out",
    "pulled back",
    "pulling back",
    "pulls back",
    "pull back",
    "brought home",
    "bring home",
    "sent home",
    "returned home",
    "returning home",
    "returns home",
    "return home",
    "redeployed home",
    "redeploying home",
    "redeployed back",
    "draw down",
    "drawing down",
    "drawdown",
    "scaled back",
    "scaling back",
    "has left",
    "have left",
    "had left",
    "has since left",
    "have since left",
    "has already left",
    "have already left",
    "had already left",
    "had since left",
    "already left",
    "ended its deployment",
    "ended their deployment",
    "ends its deployment",
    "ends its rotation",
    "ended its rotation",
    "end its rotation",
    "ends their rotation",
    "ended its mission",
    "ends its mission",
    "rotated out",
    "rotates out",
    "rotating out",
    "wrap up its rotation",
    "wraps up its rotation",
    "wrapped up its rotation",
    "wrap up their rotation",
    "go home",
    "goes home",
    "went home",
    "came to an end",
)
PLANNED_CUES = (
    "will",
    "would",
    "shall",
    "plan",
    "plans",
    "planned",
    "planning",
    "announce",
    "announced",
    "announces",
    "announcing",
    "order",
    "ordered",
    "orders",
    "decide",
    "decided",
    "decides",
    "decision",
    "intend",
    "intends",
    "intended",
    "intention",
    "expected",
    "expect",
    "expects",
    "due to",
    "due at",
    "due in",
    "set to",
    "to be",
    "pledge",
    "pledged",
    "pledges",
    "promise",
    "promised",
    "promises",
    "agreed",
    "approve",
    "approved",
    "approves",
    "prepare to",
    "prepares to",
    "preparing to",
    "is sending",
    "are sending",
    "to send",
    "to deploy",
    "to station",
    "propose",
    "proposed",
    "proposes",
    "proposal",
    "considering",
    "upcoming",
    "future",
    "creation",
    "to establish",
    "to create",
    "to add",
    "to double",
    "to boost",
    "has begun",
    "have begun",
    "is moving",
    "are moving",
    "is heading",
    "are heading",
    "on its way",
    "on their way",
    "is deploying",
    "are deploying",
    "is dispatching",
    "are dispatching",
    "is shifting",
    "are shifting",
    "is relocating",
    "are relocating",
    "is repositioning",
    "are repositioning",
)
EXISTING_CUES = (
    "currently",
    "existing",
    "already",
    "now",
    "stationed",
    "based",
    "deployed",
    "present",
    "remain",
    "remains",
    "remained",
    "arrived",
    "departed",
    "landed",
    "took over",
    "has taken over",
    "is in",
    "are in",
)


def _cues(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases as one pattern, to search a sentence's folded text with (textmatch.folded)."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(phrases, fold_case=True)})(?![\w-])")


STATUS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("withdrawn", _cues(WITHDRAWN_CUES)),
    ("planned", _cues(PLANNED_CUES)),
    ("existing", _cues(EXISTING_CUES)),
)
# Planned cues too, searched in the text as written: "may" and "could" are modal only in lower case
# ("May" is a month); "'ll" is "will".
MODAL_CUES = re.compile(r"\b(?:could|may|might)\b|['’](?i:ll)\b")
MODAL_WORDS = ("could", "may", "might", "'ll", "’ll")  # one is in the folded text of every match
# Sentences that speak of forces without reporting a deployment.
NOT_A_DEPLOYMENT_CUES = (
    "critics",  # opinion, not reporting
    "casualty",
    "casualties",
    "losses",
    "killed",
    "destroyed",  # losses counted in a war
    "scrambled",  # sorties, not forces
    "how many",
    "would be needed",
    "would be required",
    "would need",
    "did not say",
    "demand",
    "demanded",
    "demands",
    "demanding",
    "call for",
    "called for",
    "calls for",
    "urged",  # wishes
    "if it",
    "if they",
    "if the",
    "if nato",
    "if russia",  # conditions
)
_NOT_A_DEPLOYMENT = _cues(NOT_A_DEPLOYMENT_CUES)
# Most sentences hold none of these words, and need no scan for the cues.
_NOT_A_DEPLOYMENT_WORDS = first_words(NOT_A_DEPLOYMENT_CUES)
_QUESTION = re.compile(r"""^\s*["“]?Whether\b|\?["”]?\s*$""")


def not_a_deployment(sentence: str) -> bool:
    """Sentences that speak of forces without reporting a deployment: questions, opinion, losses,
    wishes and conditions."""
    if _QUESTION.search(sentence[:12] + " " + sentence[-4:]):
        return True
    lower = folded(sentence)
    return any(word in lower for word in _NOT_A_DEPLOYMENT_WORDS) and bool(_NOT_A_DEPLOYMENT.search(lower))


# A place right after one of these words is where forces are or go.
LOCATIVE_BEFORE = re.compile(
    r"""
    (?=[abfginoprtw])   # the first letters of the words that open a match: one test rejects most positions
    (?:\b(?:in|into|to|at|across|along|throughout|through|near|inside|within|towards?|on|onto|over|around
            |outside|among|for
            |patrol(?:s|led|ling)?|guard(?:s|ed|ing)?|reach(?:ed|es|ing)?|reinforc(?:e|es|ed|ing)
            |bolster(?:s|ed|ing)?)\s+
       (?:(?:the|its|their|our|NATO's|Nato's|the\s+alliance's)\s+)?
       (?:(?:territory|soil|territories|borders?|eastern\s+border             # "the territory of", "the town of"
            |(?:border\s+)?(?:town|city|village|port|base))\s+of\s+(?:the\s+)?)?
       (?:(?:central|northern|southern|eastern|western|north-?eastern|south-?eastern  # "in central Romania"
            |north-?western|south-?western|northeast|southeast|northwest|southwest
            |north|south|east|west)\s+)?
    )$
    """,
    re.I | re.X,
)
# A name right after a preposition is a place, not the force that deploys ("at Cincu in central Romania").
PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|to|into|near|across|outside|around|towards?|onto|via)\s+(?:the\s+)?(?:\w+\s+)?$", re.I
)
# "Romanian territory", "on Estonian soil": a nationality that names a place.
TERRITORY_AFTER = re.compile(r"\s+(?:territory|soil|airspace|waters|skies|land)\b", re.I)
READINESS_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:on\s+(?:high\s+|heightened\s+)?(?:alert|standby|readiness)|"
    r"(?:at|to)\s+(?:a\s+)?(?:high|higher|heightened)\s+(?:state\s+of\s+)?readiness)\b",
    re.I,
)
# "They will join nearly 300 Marines already in the country": the count right before "already" is there now.
ALREADY_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:already|currently|now)\b(?!\s+(?:left|gone|departed|withdrawn|returned))", re.I
)
# Where forces return to is home, not a site; "from across Europe" says who, not where.
HOME_BEFORE = re.compile(
    r"\b(?:return(?:ed|ing|s)?|came\s+back|flew\s+back|went\s+back|head(?:ed|ing)?\s+home|back\s+to)\b"
    r"[^.;!?]{0,50}$|\bfrom\s+(?:across|around|all\s+over|throughout)\s+(?:the\s+)?$|"
    r"\b(?:via|(?:port|harbou?r)\s+of)\s+(?:the\s+)?$|\b(?:held|hosted)\s+in\s+$",
    re.I,
)
ORIGIN_BEFORE = re.compile(r"\b(?:from|out\s+of|away\s+from)\s+(?:the\s+)?$", re.I)
# "Estonia will host 300 soldiers": the name before is the host, a place, not the force.
HOST_AFTER = re.compile(
    r"\s+(?:(?:now|currently|already|still|will|would|(?:has\s+)?agreed\s+to|is\s+to|plans\s+to)\s+)?"
    r"(?:hosts?|hosted|is\s+hosting|houses|is\s+home\s+to|has\s+received|received|welcomed)\b",
    re.I,
)
# Where someone speaks, meets or sits is never where forces go: "a spokesperson in Warsaw said",
# "critics in Bucharest", "a summit in Vilnius", "headquartered in Stuttgart"; nor where forces set out
# from or pass through: "from its base in Wilhelmshaven", "out of Fairfield Air Force Base in Spokane",
# "boarded a flight at Eindhoven", "stops at the transit bases of Postojna".
_IN_OR_AT_END = r"\s+(?:in|at)\s+(?:the\s+)?$"
SPOKEN_AT = re.compile(
    r"""
    \b(?:
        said | says | told\s+(?:reporters|journalists|parliament|lawmakers) | speaking | spoke | remarks
      | visit(?:ed|ing|s)? | (?:news|press)\s+(?:conference|briefing) | briefing | summit | meeting | talks
      | interview | conference | signed | agreement | gather(?:ed|ing|s)?
      | spokes(?:man|woman|person) | officials? | ministry | minister | embassy | diplomats? | critics
      | analysts | commentators | sources? | officers? | leaders
      | headquartered | command\s+(?:centre|center|post)(?:\s+\w+){0,2} | sits?        # command nodes
      | home\s+(?:base|garrison|station)s?                                             # where forces return
      | boarded\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:flight|plane|aircraft|ship|train)s?       # departures
      | (?:from|out\s+of)\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:base|garrison|station)s?
      | (?:from|out\s+of)\s+(?:[A-Z][\w’'.-]*\s+){1,5}(?:Base|Station|Garrison|Barracks|Airfield|Field)
      | port | harbou?r | transit\s+bases? | (?:stops?|stopovers?)\s+(?:at\s+)?[^.;]{0,60}   # transit
    )
    (?:\s+(?:on|last|this)\s+\w+)?"""
    + _IN_OR_AT_END,
    re.I | re.X,
)
# Most places follow no "in" or "at": a quick test of the end spares them the long pattern.
_ENDS_IN_OR_AT = re.compile(_IN_OR_AT_END, re.I)


def spoken_at(before: str) -> bool:
    """Whether the text before a place makes it where someone speaks, meets or sits (SPOKEN_AT)."""
    return bool(_ENDS_IN_OR_AT.search(before) and SPOKEN_AT.search(before))


DESCRIPTIVE_SPAN = re.compile(
    r"\b(?:stretch(?:es|ing)?|extend(?:s|ing)?|spans?|spanning|reach(?:es|ing)?|"
    r"ranging|runs?|running)\s+$",
    re.I,
)
ANAPHORA = re.compile(
    r"\b(?:similar|such|comparable|the\s+same)\s+(?:deployments?|forces|units|formations|"
    r"contingents)\b",
    re.I,
)
# One of these is in the folded text of every match of ANAPHORA: a test before the scan.
ANAPHORA_WORDS = ("similar", "such", "comparable", "same")
ADVERSARIAL_NOUNS = re.compile(
    r"[\s-]*(?:aggression|invasion|threat|attack|war|border|president|leader|"
    r"officials?|government|forces?\s+in\s+Ukraine)\b",
    re.I,
)
YEAR_CONTEXT = re.compile(r"\b(?:in|since|by|until|from|of|during|after|before|early|late|mid|end\s+of)\s+$", re.I)
# Capitalised words that begin names of regions or bodies, never a town on their own ("Central and
# Eastern Europe", "U.S. Central Command").
NOT_TOWNS = frozenset(
    "Central Eastern Western Northern Southern North South East West Upper Lower Greater New "
    "Old Great Little Saint St Fort Camp Port".split()
)
# "the U.S. European Command", "Polish Armed Forces": a country inside an organisation's name.
ORGANISATION_AFTER = re.compile(
    r"\s+(?:European|Africa|Central|Army|Navy|Air\s+Force|Marine|Marines|Armed|Defen[cs]e|Embassy|Department|"
    r"Government|Command|Coast\s+Guard|Special|Joint|National)\b"
)
MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
