"""Forces: how a sentence says who deploys ("troops from Canada", "by Germany", "Canada will deploy",
"German-led") and which nations are adversaries, hosts or at war rather than senders.

``attributes`` and ``story`` read these; ``places`` reads ``WAR_ZONE`` and ``RUSSIAN``.
"""

from __future__ import annotations

import re

from dashboard.util.textmatch import Gated

# Russian forces massed on their own soil near the flank are what analysts track.
ANNOTATED_AT_HOME = frozenset({"Russia"})
# The two sides of the flank's borders: forces of one at a border with the other stand on their own side.
RUSSIAN_SIDE = frozenset({"RU", "BY"})
RUSSIAN_FORCES = frozenset({"Russia", "Belarus"})
# Allied forces are not sent into the war zone: there Ukraine is the conflict, not a site.
WAR_ZONE = frozenset({"UA"})
# A sentence with one of these words may place Russia's forces in the war zone.
RUSSIAN = re.compile(r"\b(?:Russia|Russian|Kremlin|Moscow|Putin)")
# "Russian aggression", "the Russian president": a nation named as the adversary, not a sender.
ADVERSARIAL_NOUNS = Gated(
    re.compile(
        r"[\s-]*(?:aggression|invasion|threat|attack|war|border|president|leader|"
        r"officials?|government|forces?\s+in\s+Ukraine)\b",
        re.I,
    )
)
# "troops from Canada", "soldiers of the Bundeswehr": who they are, named after them.
FROM_AFTER = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?")
# "the 300 troops of the Spanish rotation": the nation of the formation they belong to.
OF_NATIONAL_AFTER = re.compile(
    # "soldiers of Sweden's Norrbotten Regiment": the nation whose formation it is, in the possessive.
    r"\s+of\s+(?:(?:the|its|their)\s+(?P<name>[A-Z][\w.’'-]*)\s+|(?P<owner>[A-Z][a-z]+)['’]s\s+(?:[\w-]+\s+)?)"
    r"(?:[\w-]+\s+){0,2}?"
    # The noun blind to case: "soldiers of the Portuguese Army", "of the Polish Armed Forces".
    r"(?i:rotation|contingent|battalion|battlegroup|battle\s+group|brigade|company|detachment|squadron|regiment|"
    r"division|unit|mission|task\s+force|army|navy|air\s+force|armed\s+forces|forces)\b"
)
# "Belarusian border troops": forces that guard their own nation's border.
BORDER_FORCE = re.compile(r"\bborder\s+(?:guard\s+)?(?:troops|forces|units|personnel|soldiers|detachments?)\b", re.I)
MULTINATIONAL_WORDS = re.compile(r"battle\s*group|multinational|NATO|allied|\w-led\b", re.IGNORECASE)
# A nation after one of these opens a phrase of its own, not a list of senders ("with Poland, Germany").
NOT_LISTED_BEFORE = re.compile(
    r"\b(?:with|like|unlike|after|before|from|by|for|of|than|in|at|to|besides|including|as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
TO_AFTER = re.compile(r"\s+to\b")
BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "German-led", "US-based": the nation leads or hosts the formation.
LED_OR_BASED = re.compile(r"-(?:led|based)$")
POSSESSIVE_END = re.compile(r"['’]s$")
# Formations of many nations: a host country's name in the possessive is where one is ("Latvia's
# battlegroup"), not who sends it.
HOSTED_FORMATION = frozenset({"battlegroups"})
# "600 sailors from Norway and Denmark": the nations of a list.
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.IGNORECASE)
# How far into a sentence its subject may start.
SUBJECT_REACH = 40
# ", and the Dutch Army's 11th brigade ... will add": a second clause brings its own subject.
NEW_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|where)\s", re.IGNORECASE)
# A gapped item of a list opens after a comma or "and": "Denmark will contribute two F-16s, France three
# Rafales and Germany four Eurofighters" (its nation is its subject, the verb left out).
GAPPED_ITEM_OPENS = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+)(?:the\s+)?$", re.IGNORECASE)
# A nation followed by its verb is the clause's subject: "France, which leads ..., has sent".
SUBJECT_VERB = re.compile(
    r"(?:['’]s\s+\w+(?:\s+\w+)?)?(?:,\s+(?:which|who)\b[^,]{0,120},)?\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?"
    r"(?:has|have|had|will|would|is|are|was|were|plans?|sent|sends|deploy(?:s|ed)?|keeps?|kept|maintains?|"
    r"contribut(?:es|ed)|provid(?:es|ed)|added|adds|moved|moves|leads?|led|took|takes|stations?|stationed|"
    r"committed|commits|agreed|announced|ordered|dispatched|transferred)\b",
    re.IGNORECASE,
)
# "..., Poland": a nation after a comma qualifies a place, it does not act.
# A nation that speaks rather than acts: "Ukraine's defence ministry puts ...", "Lithuanian officials said".
SPEAKER_AFTER = Gated(
    re.compile(
        r"(?:['’]s)?\s+(?:(?:defen[cs]e|foreign|military|prime|deputy|general|chief|top|senior)\s+)*"
        r"(?:ministry|minister|president|premier|government|intelligence|staff|officials?|spokes(?:man|woman|person)|"
        r"embassy|ambassador|envoy|media|sources|authorities|monitors|observers|analysts|journalists|reporters|experts|"
        r"diplomats|news\s+agency|(?:monitoring|opposition|watchdog|investigative)\s+(?:group|project|service|outlet|site)|"
        r"watchdog)\b",
        re.IGNORECASE,
    )
)
QUALIFIER_BEFORE = re.compile(r",\s*$")
