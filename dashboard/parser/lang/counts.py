"""Counts: the constructions that tie a count to its unit, or say that a number is no count.

"a battalion" (one), "one of its brigades", "a company of 140 soldiers" (a formation and its
headcount), "four battlegroups of 1,000 troops each", "3,000 troops to Poland and 1,000 to Romania"
(a bare count borrows the unit before it), "240 of them", "the figure will grow to 9 000", "from 300 to
420" (a change), "up from 8,000" (a baseline), "Battlegroups typically are made up of 1,000-1,500
soldiers" (a unit's size defined). ``mentions`` reads these.
"""

from __future__ import annotations

import re

from dashboard.parser.lang.clauses import LABEL
from dashboard.parser.lang.numbers import NUMBER, QUANTITY
from dashboard.parser.lang.time import MONTH_NAMES
from dashboard.parser.lang.units import UNIT_NOUNS
from dashboard.util.textmatch import Gated, trie_alternation

# A number (not an article) right before a phrase: "four new units", "one of four".
COUNTED_BEFORE = re.compile(rf"(?<![\w-])(?i:{NUMBER})\s+(?:of\s+)?$")
# "a battalion", "another brigade": one, by its article.
ARTICLE_AT_END = re.compile(r"(?<![\w-])(?P<a>an?|one|another|a\s+single)\s+$", re.IGNORECASE)
# "as large as a brigade", "the size of a division", "similarly as on a ship": a comparison, not a unit
# ("like" is left out: "systems like a Patriot battery" may name one that was sent).
AS_A = re.compile(
    r"\b(?:as|equivalent\s+to|the\s+equivalent\s+of|the\s+size\s+of|as\s+(?:on|in|aboard))\s+an?\s+$",
    re.IGNORECASE,
)
# "one of its brigades" counts one brigade.
ONE_OF = re.compile(r"(?<![\w-])(?P<a>one)\s+of\s+(?:its|their|the|his|her|our)\s+$", re.IGNORECASE)
# "two of them, the battlegroups in Bulgaria and Romania": an apposition that names what is counted.
APPOSED_THE = re.compile(r"\s*,\s*(?:the|these|those|namely\s+the)\s+")
# "a contingent of 250", "a battalion of about 600": between a formation and its bare headcount.
HEADCOUNT_OF_GAP = re.compile(
    r"(?:\s+of"
    # ... or after its place, in apposition, in digits: "French-led battlegroup at Cincu, c. 1,500 (France about
    # 1,000)" (not "a battlegroup in Latvia, one of eight")
    r"|\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}(?P<apposed>,))"
    r"\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|up\s+to|more\s+than|over|at\s+least)\s+)?",
    re.IGNORECASE,
)
# ... and the number itself, with nothing counted after it: "a force of 3,000 to Estonia".
HEADCOUNT_OF_NUMBER = re.compile(
    r"\s+of\s+(?P<q>(?:(?:about|around|some|roughly|nearly|almost|approximately|up\s+to|more\s+than|over|at\s+least)\s+)?"
    r"\d[\d,.]*\d|\d)(?!\s*(?:[\w-]*\s+)?(?:troops|soldiers|personnel|men|sailors|airmen|marines|km|kilomet|miles|"
    r"percent|per\s+cent|%|tanks|vehicles|aircraft|jets|ships|years|months|days))(?![\d,.])"
    # (nor the first figure of a range: "a force of 1,000–1,200 soldiers"; nor a count of things: "a force of 12
    # Rafales")
    r"(?!\s*[–—-]\s*\d|\s+(?:to|and|or)\s+(?:\d|over|above|older|under)|\s+for\s+each|\s+per\b|\s+years?\b)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:to|in|at|on|from|will|would|is|are|was|were|has|have|had|and|or|for|by|under|with|of|into|"
    r"near|along|around|close|inside|outside|across|within|there|here)\b)",
    re.IGNORECASE,
)
# "will be relieved by", "is to be replaced by": a change still to come (searched before the verb).
TO_COME_BEFORE = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:to|due\s+to|set\s+to))\s+be\s+$", re.IGNORECASE)
# "None of the 1,000 French troops in Romania will be withdrawn": what is said of none of them leaves them all.
NONE_OF_BEFORE = re.compile(r"\bnone\s+of\s+(?:the|its|their|these|those)\s+$", re.IGNORECASE)
# "No Irish personnel are stationed", "no NATO warships are present": the forces named are none.
NONE_OF_THEM_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|there\s+are|there\s+were|there\s+would\s+be|there\s+will\s+be"
    # reported: "said no foreign troops would be stationed in his country"
    r"|said|says|that|insisted|insists|stressed|promised|added"
    # "Britain has no warships in the Black Sea", "Hungary hosts no US troops"
    r"|has|have|had|hosts?|hosted|keeps?|kept|maintains?|maintained|stations?|stationed)\s+)no\s+(?:\w+\s+){0,2}$",
    re.I,
)
NOT_A_SINGLE = re.compile(r"\b(?:not|no|never)\b[^.;,]{0,60}?\ba\s+single\b|\bnot\s+(?:one|a\s+single)\b", re.I)
# "No British troops will be withdrawn from Estonia", "No US troops will leave Poland": none leave, all stay.
NONE_LEAVE_AFTER = re.compile(
    # (not a relative clause's verb, "None of the 300 ... who left Estonia", nor a move: "are leaving for Lithuania")
    r"\s+(?:(?!who\b|that\b|which\b)\w+\s+){0,2}?(?:be\s+)?(?:withdrawn|withdraw|leave|leaving|left|pulled\s+out|pull\s+out|"
    r"cut|reduced)\b(?!\s+(?:for|to)\b)",
    re.I,
)
# "no German air defence unit remains": said of forces that were there, a withdrawal, not a non-fact.
NONE_REMAIN_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:remains?|remained|is\s+left|are\s+left|was\s+left|were\s+left)\b", re.I
)
# "every one of them", "no troops": no count of a deployment.
NO_COUNT_BEFORE = re.compile(r"\b(?:every|each|any|no)\s+$", re.IGNORECASE)
# "up from 80,000 troops", "compared with 65": a figure given to compare, not a deployment.
# "up from 80,000", "double the roughly 550 who served in 2017": a figure given to compare with.
COMPARED_BEFORE = Gated(
    re.compile(
        # "Compared with the 3,000 troops Washington kept in 2021", "previously 200 soldiers, now 800"
        r"\b(?:(?:(?:up|down)\s+from|compared\s+(?:with|to))(?:\s+(?:the|just|only))?|previously|formerly"
        # "That is double the roughly 550", ", twice the 500 it had" (not "will double the 4,000 troops")
        r"|(?:\b(?:is|was|are|were|be|been)\s+|,\s*)(?:double|twice|triple|treble|half|(?:two|three|four)\s+times)"
        r"\s+(?:the|that|those))\s+$",
        re.IGNORECASE,
    )
)
CURRENCY_AT_END = re.compile(r"[$€£]\s*$")
YEAR = re.compile(r"\d{4}")
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
# "U.S.": an abbreviation's dot does not end the modifiers.
ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")
# The words that end the modifiers of a unit noun, reading back from it: the count, an article, a
# preposition, a verb or a pronoun is before them.
MODIFIER_STOP = {
    "so",  # "1,500 or so troops": the end of a count
    "own",  # "40,000 of its own soldiers": the subject's own forces, no part of a unit named before
    "odd",
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
    # Verbs of having and sending end a noun phrase: "the battlegroup in Lithuania includes troops from
    # Germany" (Lithuania is where it is, not the troops' nationality). Only forms that are no noun or
    # modifier ("a supply ship", "the host nation", "a lead element" keep theirs).
    *(
        "includes included including comprises comprised keeps kept hosts hosted maintains maintained provides "
        "contributes contributed leads led gets got receives received adds brings brought moves sends deploys"
    ).split(),
}

# "the total should grow to 9 000": the story's count restated without its noun.
FIGURE_WORDS = (
    "figure",
    "number",
    "total",
    "presence",
    "force",
    "contingent",
    "deployment",
    "garrison",
    "headcount",
    "strength",
)
FIGURE_REACHES = Gated(
    re.compile(
        r"(?:"
        rf"\b(?:{'|'.join(FIGURE_WORDS)})\b[^.;:]{{0,90}}?\b(?:reach|rise\s+to|grow\s+to|increase\s+to|"
        # "Spain's headcount there has topped 2 500"
        r"stand\s+at|stands\s+at|stood\s+at|be\s+raised\s+to|topped|tops|exceeded|exceeds|reached|reaches|"
        r"(?:rose|risen|grew|grown)\s+to|to)"
        # "is expected to reach a total strength of about 2,100"
        r"|\b(?:reach|reaches|reached|reaching|grow\s+to|rise\s+to)\s+(?:a\s+)?(?:total\s+|full\s+)?"
        r"(?:strength|size|headcount)\s+of"
        # "The army corps in Kaliningrad has an estimated strength of 12,000"
        r"|\b(?:has|had|with)\s+(?:an?\s+)?(?:estimated\s+|total\s+|combined\s+|overall\s+|current\s+)?(?:strength|headcount)\s+of"
        # "today the figure is above 10,000", "In Bulgaria, the number is about 150" (a figure, not "the number
        # of battlegroups is eight": the number of a kind of formation is no headcount)
        r"|\b(?:figure|total|headcount|strength|presence|contingent|garrison|(?<=\bthe\s)number(?!\s+of\b))\b[^.;:]{0,60}?\b"
        r"(?:is|was)"
        r"(?:\s+(?:now|currently|still))?"
        r")\s+"
        rf"(?=(?:(?:about|around|some|roughly|well\s+over|over|above|more\s+than|nearly|up\s+to)\s+)?"
        rf"(?:\d|(?!(?:one|an?)\b){NUMBER}))",
        re.IGNORECASE,
    )
)
# "Canada will double its troops in Latvia to about 2,200": a level changed to a figure, with the noun
# changed between the verb and "to" (its unit is the count's, ``mentions``).
CHANGED_TO = re.compile(
    r"\b(?:doubl\w*|tripl\w*|increas\w*|rais\w*|boost\w*|expand\w*|grow|grows|growing|grew|grown|bring\w*|brought|"
    r"reduc\w*|cut\w*|lower\w*)\s+"
    r"(?:its|their|the|our)\s+(?:[\w’'-]+\s+){0,5}?to\s+"
    r"(?=(?:(?:about|around|some|roughly|well\s+over|over|more\s+than|nearly|up\s+to|as\s+many\s+as)\s+)?\d)",
    re.IGNORECASE,
)
CHANGED_TO_WORDS = (
    "doubl",
    "tripl",
    "increas",
    "rais",
    "boost",
    "expand",
    "grow",
    "grew",
    "bring",
    "brought",
    "reduc",
    "cut",
    "lower",
)
# "Three thousand more could be on Latvian soil", "Around 1,000 more are in Romania": people, counted
# with no noun.
MORE_CAN_BE = Gated(
    re.compile(
        r"\s+more\s+(?:(?:(?:can|could|will|would)\s+be|are|were|is|was|have\s+been|are\s+now)\s+(?:(?:now|already|still)\s+)?"
        # A place after "in", "at", "on" ("more are in Romania", "on Latvian soil"), not "in training".
        r"(?:(?:on|in|at)\s+(?:the\s+)?(?-i:[A-ZÀ-Ž])|stationed\b|based\b|deployed\b)"
        # "1,000 more would come next year": more of the forces the sentence is about, on their way.
        r"|(?:will|would|are\s+to|are\s+due\s+to)\s+(?:come|arrive|follow|join\s+them)\b"
        # "up to 25 more were on their way", "200 more are being sent": more coming
        r"|(?:are|were|is|was)\s+(?:(?:now|still|already)\s+)?(?:on\s+(?:the|their|its)\s+way|en\s+route|in\s+transit|"
        r"being\s+(?:moved|sent|deployed|brought|flown)|expected|due|coming|arriving)\b)",
        re.IGNORECASE,
    )
)
# "a force of 3,000 troops", "a battalion numbering 800": the troops count the formation before them.
# Its destination may come between: "a NASAMS battery to Latvia, with about 140 soldiers".
COMPOSITE = re.compile(
    # "a headquarters element of about 60 staff": a part's noun between the formation and its headcount.
    r"^\s*(?:(?:element|elements|cell|section)\s+)?(?:(?:to|in|at|into|from|of)\s+(?:the\s+)?(?-i:[A-ZÀ-Ž])[\w’'-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w’'-]*){0,2}\s*)?"
    # "Two Patriot batteries from the Netherlands, together with some 250 Dutch troops": their crews
    # "the new headquarters in Bucharest is staffed by about 120 people": the people who man it
    r"(?:,\s*)?(?:of|(?:together\s+|along\s+)?with|totall?ing|comprising|numbering|made\s+up\s+of|"
    r"(?:(?:is|are|was|were|will\s+be)\s+)?(?:staffed|manned|crewed)\s+by)\s*$",
    re.IGNORECASE,
)
# "The Dutch contingent, some 270 soldiers, will move", "the Spanish battalion, 600 soldiers strong,":
# a headcount set off by commas or dashes right after its formation.
# (The formation may carry its parent's name: "an armoured battalion of the 1st Cavalry Division, about 650
# soldiers,".)
APPOSED_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w’'-]*)\s+){0,4}(?:\d+(?:st|nd|rd|th)|[A-Z][\w’'-]*))?"
    # (after the formation's place: "a company at Tapa, about 150 soldiers, left in May")
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
    r"\s*[,(\u2014\u2013]\s*"
)
# (not a list's item: "one battalion, 300 engineers, and a medical company")
APPOSITION_END = re.compile(r"\s*(?:strong\s*)?(?:[,;.)\u2014\u2013](?!\s*(?:and|or)\s)|$)")
# "a new armoured battalion would be stationed in Bulgaria, adding some 800 soldiers": a formation's
# headcount given after its verb (the end of the words between them).
HEADCOUNT_AFTER_CLAUSE = re.compile(
    r"^[^.;:]{0,100},\s+(?:bringing|adding|brings|adds|will\s+bring|will\s+add"
    # "a German-led battalion arrived at Rukla on Tuesday, with about 450 German soldiers now on the ground"
    r"|(?P<with>with))\s+(?:(?:it|them|with\s+it)\s+)?$"
)
# "adding 150 more soldiers": more than the formation, not its headcount.
MORE_IN_PHRASE = re.compile(r"\b(?:more(?!\s+than\b)|further|additional|extra|another)\b", re.IGNORECASE)
# "The battlegroup at Adazi has 1,400 soldiers": a unit (not troops) sized by the troops it has.
SIZED_BY = re.compile(
    r"^\s*(?:(?:at|in)\s+(?:the\s+)?[A-ZÀ-Ž][\w’'-]*(?:(?:,\s*|\s+and\s+|\s+)[A-ZÀ-Ž][\w’'-]*){0,8}\s+)?"
    r"(?:(?:together|combined|now|currently|still)\s+)?(?:has|have|had|numbers?|numbered|totals?|totall?ed|counts?"
    # "the command could employ between 200 and 300 people": the people a post employs
    r"|(?:(?:will|would|could|can|may|might)\s+)?(?:employ|employs|employed))\s*$"
)
# "Around 140 of these form a cavalry squadron", "900 Dutch soldiers make up a battlegroup": the
# formation is the force the headcount counts (CONVENTIONS: the headcount is the fact).
FORMING = re.compile(
    # (after the headcount's parent: "some 300 soldiers of the XVIII Airborne Corps will set up a headquarters")
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z0-9][\w.-]*\s+){1,5}?(?=will\b|would\b|form|make|set|establish))?"
    r"\s*(?:(?:will|would|now|currently|together|jointly|still)\s+)?"
    r"(?:form|forms|formed|make\s+up|makes\s+up|made\s+up|constitute|constitutes|constituted|set\s+up|sets\s+up|"
    r"establish|establishes|established)"
    # the formation's own modifiers ("the advance party of an armoured brigade" is part of another)
    r"(?:\s+(?:an?|the|its|their))?(?:\s+(?!of\b)[\w-]+){0,3}?\s*$",
    re.IGNORECASE,
)
# "squadrons of Typhoons" (the jets fill the squadrons); "600 personnel from the Royal Lancers
# battlegroup" (the battlegroup is where they come from, not a second deployment).
CONTENT_OF = re.compile(r"^\s*(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
EACH_AFTER = re.compile(r"^\s+each\b", re.IGNORECASE)
# "battle groups, each some 1,000 troops strong": the count before which "each" stands is every one's.
EACH_BEFORE = re.compile(r"\beach\s+$", re.IGNORECASE)
# "1,000 to Romania": a bare count followed by where it goes borrows the unit before it.
BARE_FOLLOWER = re.compile(
    r"\s+(?:more\s+)?(?:already\s+)?(?:(?:remaining|stationed|based|deployed|serving)\s+)?(?:in|to|at|into|near)\s"
    # "with 1,000 going to Romania", "including 1,700 headed for Poland": a part on its way
    r"|\s+(?:going|headed|heading|bound|destined|earmarked|slated)\s+(?:to|for|into)\s"
    # "2,000 are in Latvia" (a name after the verb of being: "500 are in training" is no place).
    r"|\s+(?:more\s+)?(?:are|were|will\s+be|would\s+be)\s+(?:already\s+)?(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\s+from\s+(?!(?:" + "|".join(MONTH_NAMES) + r"|the\s+start|the\s+end|\d))"
    # "Germany has 1,500 there" (not "by 5 there were")
    r"|\s+(?:now\s+|still\s+)?there\b(?!\s+(?:is|are|was|were|will|would)\b)",
    re.IGNORECASE,
)
# "has promised to have as many as 2,200 by 2026": a level of the story's forces aimed at, with no noun.
TARGET_LEVEL_BEFORE = Gated(
    re.compile(
        r"\b(?:promised|pledged|plans?|planned|aims?|wants?|intends?|expects?|committed)\s+to\s+"
        r"(?:have|reach|field|keep|station|maintain|deploy)\s+"
        r"(?:(?:up\s+to|as\s+many\s+as|about|some|around|roughly|nearly|more\s+than|over)\s+)?$",
        re.IGNORECASE,
    )
)
TARGET_LEVEL_END = re.compile(r"\s*(?:[,;.)]|$|\s+(?:by|in|from|until|next|this|within|there)\b)", re.IGNORECASE)
# "About 1,600 are in Lithuania and around 170 in Slovakia": a bare count followed by the place it is at
# (a name), after a story that has counted forces; "fewer than 1,000 remained": by its verb of staying
# or coming.
BARE_AT_PLACE = re.compile(
    # ("about 1,500 are spread across Estonia, Latvia and Lithuania")
    r"\s+(?:(?:are|were|is|was|will\s+be|would\s+be)\s+)?(?:(?:serving|stationed|based|deployed|spread|scattered|"
    r"split|distributed|dispersed|located|positioned|garrisoned)\s+)?"
    r"(?:in|at|near|across|along|throughout|among)\s+(?:the\s+)?(?-i:[A-ZÀ-Ž])"
    # "only about 1,000 are there now", "about 10,000 are in the country"
    r"|\s+(?:are|were|is|was|remain|remained)\s+(?:(?:still|now|currently|already)\s+)?(?:there|here|in\s+the\s+country)\b"
    r"|\s+(?:(?:have|has|had)\s+)?(?:already\s+)?(?:remained|stayed|arrived|came|serve|rotate|train)\b"
    # "About 300 will deploy to Troms instead", "some 200 moved to Rukla": going to a named place
    r"|\s+(?:(?:will|would|are\s+to|are\s+(?:due|set|expected)\s+to)\s+(?:(?:also|then|instead|now)\s+)?"
    r"(?:deploy|move|go|head|relocate|be\s+(?:sent|deployed|moved|stationed|based))"
    r"|(?:deployed|moved|went|headed|relocated)|(?:were|have\s+been)\s+(?:sent|deployed|moved))"
    r"\s+(?:to|into|in)\s+(?:the\s+)?(?-i:[A-ZÀ-Ž])",
    re.IGNORECASE,
)
# "They will join the 900 already there", "the 1,100 already in Poland": the forces a sentence before
# counted, present at its place.
ALREADY_THERE = Gated(
    re.compile(
        r"\s+(?:who\s+are\s+)?already\s+(?:(?:stationed|based|deployed|serving)\s+)?"
        r"(?:there\b|(?:in|at)\s+(?:the\s+country\b|(?-i:[A-Z])))",
        re.IGNORECASE,
    )
)
DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A nation's own forces: "its own 15,000 troops", "2,000 of its own soldiers", "7,000 soldiers of its own"
# (searched from just before a count to just after its noun).
OWN_FORCES = Gated(re.compile(r"\b(?:its|their)\s+own\s+$|\bof\s+(?:its|their)\s+own\b", re.IGNORECASE))
OWN_FORCES_REACH = 14
# "sailors embarked across the four ships", "crews for the two batteries": a count the story gave, named
# again as the object of a preposition.
RESTATED_OBJECT_BEFORE = re.compile(
    r"\b(?:across|aboard|on\s+board|on|of|among|between|for|from|with|in|to|into)\s+(?:the|these|those)\s+$",
    re.IGNORECASE,
)
# The hedges before a figure ("roughly", "more than"), as changes and restated levels write them.
_CHANGE_HEDGE = r"(?:roughly|about|around|some|approximately|nearly|almost|over|more\s+than|just\s+over|under)\s+"
# "At present there are approximately 1,700.": a bare count that ends its sentence after "there are" is
# of the forces the story is about.
THERE_ARE_BEFORE = Gated(
    re.compile(
        rf"\bthere\s+(?:are|were|remain|will\s+be)\s+(?:now\s+|currently\s+|still\s+)?(?:{_CHANGE_HEDGE})?$",
        re.IGNORECASE,
    )
)
# "They number about 1,700.", "It will total some 4,800 by 2027": the size of the force the story is about.
_SIZED_PRONOUN = (
    r"\b(?:they|it|these|those)\s+(?:(?:now|currently|still|already|will|would|could|should|(?:is|are)\s+"
    r"(?:expected|due|set|likely)\s+to|(?:is|are)\s+to)\s+)*(?:number(?:s|ed)?|total(?:s|l?ed)?)\s+"
)
SIZED_PRONOUN_BEFORE = Gated(re.compile(_SIZED_PRONOUN + rf"(?:{_CHANGE_HEDGE})?$", re.IGNORECASE))
THERE_ARE_COUNT = re.compile(
    r"\bthere\s+(?:are|were|remain|will\s+be)\s[^.;]{0,30}\d[\d,. ]*\s*(?:[.;]|$)|" + _SIZED_PRONOUN,
    re.IGNORECASE,
)
SENTENCE_END_AFTER = re.compile(r"\s*(?:[.;]|$)")
# A formation referred to, and what it is made of: "It is made up of roughly 900 persons" (matched on the
# text before the count).
REFERRED_FORMATION_OF = re.compile(
    r"^\W*(?:It|They|The\s+(?:[\w-]+\s+){0,3}?(?:unit|battalion|brigade|battlegroup|battle\s+group|company|"
    r"contingent|detachment|force|group|mission|headquarters|staff|team))\s+(?:(?:is|are|was|were|will\s+be)\s+)?"
    r"(?:made\s+up\s+of|composed\s+of|consists?\s+of|comprises?|numbers?|totals?)\s+"
    r"(?:(?:roughly|about|some|around|approximately|nearly|more\s+than|over|up\s+to)\s+)?$"
)
# A part of a formation is no count of it (CONVENTIONS: partitives): "Elements of a Dutch battalion".
PARTITIVE_BEFORE = re.compile(r"\b(?:elements?|parts?|components?|portions?)\s+of\s+$", re.IGNORECASE)
# "In Poland alone we have roughly 10,000, including ...": the forces the story counts, held at the place
# that opens the sentence (the count ends its clause; OPENING_PLACE).
_HELD = r"\b(?:we|they|it)\s+(?:now\s+|still\s+|currently\s+)?(?:have|has|had|keep|keeps|kept|maintain|maintains)\s+"
HELD_BEFORE = re.compile(rf"{_HELD}(?:{_CHANGE_HEDGE})?$", re.IGNORECASE)
HELD = re.compile(_HELD, re.IGNORECASE)
OPENING_PLACE = re.compile(r"^\W*(?:In|At)\s+(?:the\s+)?[A-ZÀ-Ž]")
HELD_END_AFTER = re.compile(r"\s*(?:[.;]|$|,\s+(?:including|of\s+whom|mostly|mainly))", re.IGNORECASE)

# "Danish soldiers, later numbering about 300": the count follows its noun.
NUMBERING_AFTER = re.compile(
    # "Wagner fighters, estimated at 4,000, have set up camp": an estimate of their number, in apposition
    rf",?\s+(?:\w+\s+)?(?:numbering|totall?ing|numbered|(?:estimated|put|believed|thought)\s+"
    rf"(?:at|to\s+number))\s+(?P<q>{QUANTITY})",
    re.IGNORECASE,
)
# "will cut its force from 1,000 to 800": a change still to come, whatever the verb's form.
CHANGE_TO_COME_BEFORE = re.compile(r"\b(?:will|would|shall|to)\s+(?:be\s+)?$", re.IGNORECASE)
# "raising the total from 300 to 420": the figure before and the figure after, not a range.
CHANGE_FROM_TO = re.compile(
    rf"\b(?:increas\w*|rais\w*|grow\w*|grew|expand\w*|boost\w*|reduc\w*|cut\w*|decreas\w*|lower\w*|doubl\w*|"
    rf"bring\w*|ris(?:e|es|en|ing)|rose|climb\w*|shr[iau]nk\w*|fall(?:s|en|ing)?|fell|lift\w*)\s+(?:in\s+)?(?:the\s+)?"
    rf"(?P<object>number|figure|total|size|force|presence|contingent|it|them|footprint|garrison|strength)?\s*"
    # ("the number of destroyers based at Rota, Spain, from four to six": a place's country between commas)
    rf"(?:[\w’'.]+,?\s+){{0,8}}?from\s+"
    # "shrink from roughly 1,700 soldiers to about 1,000": hedges, and the noun after the first figure
    rf"(?:{_CHANGE_HEDGE})?(?P<a>{NUMBER})(?:\s+(?P<noun>[a-z]+))?\s+to\s+(?:{_CHANGE_HEDGE})?(?P<b>{NUMBER})\b",
    re.IGNORECASE,
)
# "grew by 200 to 800 soldiers", "will increase its contingent by 1,200 to 2,200 troops": a change by a
# difference to a level; the level is the figure of the force, and "200 to 800" is no range.
CHANGE_BY_TO = Gated(
    re.compile(
        rf"\b(?:increas\w*|rais\w*|grow\w*|grew|expand\w*|boost\w*|reduc\w*|cut\w*|decreas\w*|lower\w*|"
        rf"ris(?:e|es|en|ing)|rose|climb\w*|shr[iau]nk\w*|fall(?:s|en|ing)?|fell|lift\w*)\s+"
        rf"(?:[\w’']+\s+){{0,6}}?by\s+(?:{_CHANGE_HEDGE})?(?P<a>{NUMBER})(?:\s+[a-z]+)?\s+to\s+"
        rf"(?:{_CHANGE_HEDGE})?(?P<b>{NUMBER})\b",
        re.IGNORECASE,
    )
)
# A vote's tally counts no forces: "approved the deployment by 78 votes to 46", "voted 480 to 150" (searched
# where the folded sentence holds "vote").
VOTE_TALLY = re.compile(
    r"\b(?:by|voted|vote\s+of)\s+(?P<a>\d[\d,]*)\s+(?:votes?\s+)?(?:to|against)\s+(?P<b>\d[\d,]*)\b"
    r"|\b(?P<c>\d[\d,]*)\s+votes?\b",
    re.IGNORECASE,
)
# "a further 200", "another 300": more of the unit before.
# "will send 100 more next year", "100 more, the ministry said": more of the forces the story counts, with
# no noun of their own ("100 more than last year" compares).
MORE_BARE = re.compile(
    r"\s+more(?=\s*(?:[,.;:)]|$)|\s+(?:next|this|by|soon|later|within|during|before|after|will|would|could|may|"
    # a place or a month after "in", not a state ("200 more are in training" is MORE_CAN_BE's)
    r"might|should)\b|\s+(?:in|to|at|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "along with 400 more who will go to Poland": more of the forces counted before (only after a count of them:
# "elected 200 deputies and 50 more who ran as independents" counts none).
MORE_WHO = re.compile(r"\s+more\s+who\b", re.IGNORECASE)
FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$", re.IGNORECASE)
OF_THEM_AFTER = Gated(re.compile(r"\s+of\s+(?:them|these|those|whom)\b", re.IGNORECASE))
# "some 4,000 of them are in Romania": a part of a force counted before, at a place of its own.
OF_THEM_AT = re.compile(
    r"\s+of\s+(?:them|these|those|whom)\s+(?:(?:are|were|is|will\s+be|remain|remains|will\s+remain|"
    r"stay|stays|will\s+stay|serve|served|serving|work|operate)\s+(?:\w+\s+)?(?:in|at|on|near|along)\b|(?:will\s+)?(?:stay|remain)\b"
    # "five hundred of them at Vaernes", "300 of them will move to Lithuania"
    r"|(?:in|at|near|to|for)\s+(?-i:[A-ZÀ-Ž])|(?:will\s+|would\s+)?(?:move|moved|go|went|head|headed|deploy|deployed)\s+"
    r"(?:on\s+)?(?:to|into)\b)",
    re.IGNORECASE,
)
# "2,200 troops, 1,100 of them British": a part of the force named before, of one nation.
# A total with its host's forces in it: "ten allied states, Romania included", "including Romanian
# soldiers", "including the host nation" (a group without a name is the host).
HOST_INCLUDED = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)\s+included\b|\bincluding\s+(?:the\s+)?(?P<adjective>[A-Z][a-z]+)\s+"
    r"(?:troops|soldiers|forces|military|personnel)\b|\bincluding\s+(?:those\s+of\s+)?the\s+host\b"
)
# "of whom 700 are German", "including 1,200 from Canada": the nation of a part (after PARTS_BEFORE).
PART_NATION_AFTER = re.compile(r"\s+(?:(?:are|were)|from(?:\s+the)?)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# A nation's adjective after a bare count, the noun left out: "around 800 French soldiers and some 300
# Belgian, plus a Dutch company" (the name must be a force's; ``mentions``).
NATION_NOUN_GAPPED = re.compile(
    r"\s+(?P<name>[A-Z][a-z]+)(?=\s*(?:[,.;:)]|$)|\s+(?:and|plus|while|as\s+well\s+as|are|were|will|would|have|has|had|"
    # ("about 200 Czech arrived in Lithuania": the item's verb)
    r"arrived|arrive|serve|served|remain|remained|left|joined|stayed)\b)"
)
# "Troops from Portugal, about 200 of them, arrived": the count of the force named before, in apposition.
OF_THEM_APPOSITION = re.compile(r"\s+of\s+(?:them|those)\s*[,)\u2014\u2013]")
OF_THEM_NATION = re.compile(r"\s+of\s+(?:them|those|whom)\s+(?:(?:are|were)\s+)?(?P<name>[A-Z][a-z]+)\b")
# A definite or possessive determiner before a unit names one formation ("the battlegroup in Tapa has",
# "Estonia's NATO battle group has"): its size is a fact, not what every such unit numbers.
SPECIFIC_BEFORE = re.compile(r"(?:\b(?:the|this|that|its|their|our)|['’]s)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "Battlegroups typically are made up of 1,000-1,500 soldiers": what the article says a unit numbers.
DEFINITION = re.compile(
    r"(?P<unit>"
    + trie_alternation(
        (n for u, ns in UNIT_NOUNS.items() if u != "troops" for n in ns if "\\" not in n), fold_case=True
    )
    + r")\s+(?:(?:typically|usually|normally|generally|each|on\s+average|tend\s+to)\s+)*"
    r"(?:are|is|have|has|consists?\s+of|comprises?|numbers?|includes?|contains?|(?:are|is)\s+made\s+up\s+of|count|"
    r"means?|equals?)"
    r"\s+(?:(?:typically|usually|normally|generally|of)\s+)*"
    rf"(?P<q>{QUANTITY})\s+(?:" + trie_alternation(UNIT_NOUNS["troops"], fold_case=True) + r")\b",
    re.IGNORECASE,
)
# "similar deployments", "such forces": the unit the story counted last.
ANAPHORA = re.compile(
    r"\b(?:similar|such|comparable|the\s+same)\s+(?:deployments?|forces|units|formations|"
    r"contingents)\b",
    re.IGNORECASE,
)
# One of these is in the folded text of every match of ANAPHORA: a test before the scan.
ANAPHORA_WORDS = ("similar", "such", "comparable", "same")
# A nation that keeps a bare count: "Britain keeps around 900 in Estonia", "Germany will provide 700 of
# them". The name is checked against the gazetteer's forces.
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"
SUBJECT_COUNT_BEFORE = Gated(
    re.compile(
        rf"(?:^|[,;:]\s*|\b(?:and|while|but)\s+)(?:the\s+)?(?P<name>{_NAME})\s*"
        # (an aside on the nation: "Germany, which leads in Lithuania, has 1,500 there")
        r"(?:,\s+(?:which|who|the|a|an|its|now|currently|long|once)\b[^,;.]{1,60},\s*)?"
        r"(?:(?:also|now|still|already|currently|so\s+far|alone)\s+)?"
        # ("in Latvia, Canada leads some 1,700": the people of the formation it leads)
        r"(?:has|have|had|keeps?|kept|maintains?|maintained|sent|sends|deploy(?:s|ed)?|contribut(?:es|ed)|provid(?:es|ed)|"
        r"leads|led|commands|commanded|"
        r"station(?:s|ed)|(?:will|would|is\s+to|plans\s+to)\s+(?:send|provide|deploy|contribute|keep|have|station|add))\s+$"
    )
)
# The items of a gapped list after a first clause: "..., the United States 400, the Netherlands 200,
# Poland and Slovenia 100 each, and the Czech Republic at least 400"; "... 60 soldiers there and Italy 250".
GAPPED_BEFORE = re.compile(
    # (or "Spain with more than 600, Poland with around 250": a nation and its count joined by "with")
    rf"(?:[,;]\s*(?:and\s+)?|\band\s+)(?:the\s+)?(?P<names>{_NAME}(?:\s*(?:,|and)\s+(?:the\s+)?{_NAME})*)"
    r"(?:\s+with)?\s+$"
)
# The subject that opens a sentence: "Poland received 4,000 US soldiers, Romania 1,000" (``roles.HOST_AFTER``
# says whether it is a host, and the items of its gapped list then name hosts too).
OPENING_SUBJECT = re.compile(rf"\s*(?:the\s+)?(?P<name>{_NAME})(?=\s)")
# The items of a list after a colon, with no verb: "Contributions to the brigade: Canada about 1,000; Spain
# 600; Italy (lead) 250" (a note in brackets after the name is no part of it).
# "Poland 4.1; Estonia 3.4": shares, not contributions.
DECIMAL = re.compile(r"\d+[.,]\d{1,2}\b(?![.,]?\d)")
LISTED_BEFORE = re.compile(
    # (or a list in brackets after a total: "c. 1,500 (France about 1,000; Belgium 200)")
    rf"(?:^[-•*–—·\s]*|[:;,(]\s*(?:and\s+)?|\band\s+|\b(?:include|includes|included|including)\s+)(?:the\s+)?"
    rf"(?P<names>{_NAME})"
    r"(?:\s*\([^()]{1,25}\))?:?\s+"
    r"(?:(?:about|around|some|roughly|nearly|approximately|over|more\s+than|up\s+to)\s+)?$"
)
# A bracket that opens on a name: "c. 1,500 (France about 1,000; ...)".
BRACKETED_NAME = re.compile(r"\(\s*[A-Z]")
# "Germany 600, the Netherlands 270 and Norway 200": a nation and its count followed by another (a list
# needs no colon then).
NEXT_LISTED_AFTER = re.compile(
    rf"\s*[,;]\s*(?:and\s+)?(?:the\s+)?{_NAME}:?\s+(?:(?:about|around|some|roughly|nearly)\s+)?\d"
)
# Counts listed before their one noun: "600, 270 and 200 soldiers", "1,000 Polish and 300 Romanian troops"
# (an item may carry its nationality); as many nations named before the list as it has items, in order.
COUNT_LIST_GAP = re.compile(r"(?:\s+(?P<adjective>[A-Z][a-z]+))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
# "the number of battlegroups": the noun after is what a figure counts.
NUMBER_OF_BEFORE = re.compile(
    r"\b(?:number|count|total|tally)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", re.I
)
LIST_END_JOIN = re.compile(r"\b(?:and|or)\s+$")
NATIONS_BEFORE = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:and|while|but)\s+)(?:the\s+)?(?P<names>{_NAME}(?:\s*(?:,|,?\s*and)\s+(?:the\s+)?{_NAME})+)"
    r"\s+(?:\w+\s+){1,3}?$"
)
NAME_JOIN = re.compile(r"\s*(?:,|\band\b)\s*(?:the\s+)?")
# A bare count ends its phrase: punctuation, the end, "each", "of them", where the forces are, or the
# next item of its list ("the Netherlands 200 and Slovenia 100").
BARE_COUNT_END = re.compile(
    # ("a Stryker squadron of roughly 800 from the 2nd Cavalry Regiment": where they come from after)
    r"\s*(?:[,;.)]|$|\s(?:each|of\s+(?:them|whom|these|those)|in|to|at|near|into|there|and|from)\b)"
)
# A number followed by one of these measures money or a share, not forces.
MEASURE_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|billion|million\s+(?:euros?|dollars?|pounds?)|euros?|dollars?|pounds?"
    # a time or a ratio, not forces: "reached 7 years", "from six to nine months", "three times"
    r"|years?\b|months?\b|weeks?\b|days?\b|hours?\b|times\b"
    # a distance: "The garrison is 30 km from the border"
    r"|km\b|kilomet(?:re|er)s?\b|miles?\b|met(?:re|er)s?\b)",
    re.IGNORECASE,
)
# A figure that is no headcount after "the number of ... is": "one of the highest", "three times".
NOT_A_FIGURE_AFTER = re.compile(r"\s+(?:of\s+the\b|times\b|higher\b|lower\b|more\s+than\b)", re.IGNORECASE)
# A name's number, not a count: "Gate 2 at Lask", "Building 12 at Tapa" (a capitalised word right before).
NAME_NUMBER_BEFORE = re.compile(
    r"\b(?!(?:About|Some|Around|Nearly|Over|Roughly|Almost|Up|More|Fewer|At|Only|Just|All|The|A|An|In|On|By|Of|"
    r"Another|Further|And|But|Of|To)\b)[A-Z][\w-]*\s+$"
)
# "two of the vessels", "300 of its soldiers": a part counted out of a unit named after it (the count is
# the sentence's count phrase that ends right before these words).
PART_OF_WORDS = re.compile(r"\s+of\s+(?:the|these|those|its|their|his|her|our)\s+(?:own\s+)?$", re.IGNORECASE)
# A count its noun's predicate gives: "the departing airmen ... numbered approximately 200", "the
# contingent will eventually number over 450", "the battlegroup counts up to 3 500".
PREDICATE_COUNT = Gated(
    re.compile(
        r"\b(?:(?:will|would|should|is\s+to|are\s+to)\s+(?:eventually\s+|soon\s+)?)?"
        # "has a strength of 2,000"
        r"(?:numbers?|numbered|numbering|totals?|totall?ed|totall?ing|counts?|counted|"
        r"(?:has|have|had)\s+a\s+(?:total\s+)?strength\s+of)\s+",
        re.IGNORECASE,
    )
)
# "The battlegroup in Estonia is now some 1,200 strong", "will be 4,800-5,000 strong": a headcount as
# the predicate of a formation named before it (searched after the noun, within the clause).
STRONG_PREDICATE = Gated(
    re.compile(
        # (or in apposition: "the German contingent in Lithuania, currently about 1,000 strong, will grow")
        r"(?:\b(?:is|are|was|were|be|stands?|stood|remains?|remained)|,)\s+(?:(?:now|still|already|currently|today)\s+)?"
        rf"(?P<q>(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|up\s+to)\s+)?{NUMBER}"
        rf"(?:\s*(?:-|–|to)\s*{NUMBER})?)[\s-]+strong\b",
        re.IGNORECASE,
    )
)
PRESENT_APPOSITION = re.compile(r",\s+(?:now|still|already|currently|today)\s", re.IGNORECASE)
SENT_ON_AFTER = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
# "the number of American soldiers in Poland stands at 10,000", "the total number of allied troops
# exceeds 10 thousand": the verb that gives a number's figure (after NUMBER_OF_BEFORE).
NUMBER_IS = re.compile(
    r"\b(?:is|was|stands?\s+at|stood\s+at|exceeds?|exceeded|reached|reaches|(?:has\s+)?(?:rose|risen|grown|grew)\s+to|"
    r"will\s+(?:be|reach|rise\s+to|grow\s+to))\s+(?:(?:now|still|currently)\s+)?",
    re.IGNORECASE,
)
# What may stand between a noun and its predicate's count: no end of a clause.
PREDICATE_REACH = 150
CLAUSE_END = re.compile(r"[;:]|\.(?!\d)")  # (not the dot of "1.5 thousand")
# "put the Russian presence on the peninsula at about 40,000", "puts the total number of troops at
# 127,000", "a figure of more than 100,000": a force's size stated as an estimate.
PUT_AT = re.compile(
    # ("put the ground strength of the corps at", "its overall troop number at")
    r"\b(?:put(?:s|ting)?|estimat(?:e|es|ed|ing)|assess(?:es|ed)?)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:number|presence|figure|strength|size)\b[^.;]{0,100}?\bat\s+$"
    # "put the British contingent at around 900", "put Russian ground troops at around 25,000"
    r"|\b(?:put(?:s|ting)?|estimat(?:e|es|ed|ing)|assess(?:es|ed)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:contingent|garrison|forces?|troops|"
    r"soldiers|personnel|grouping|deployment)\s+(?:\w+\s+){0,3}?at\s+$"
    # "whose strength Moldovan officials put at 1,500": the figure a relative clause gives
    r"|\b(?:whose|its|their)\s+(?:total\s+)?(?:number|strength|size)\s+(?:[\w-]+\s+){0,4}?puts?\s+at\s+$"
    r"|\ba\s+figure\s+of\s+$",
    re.IGNORECASE,
)
# A gapped item whose subject stands for the formation counted before: "the battlegroup in Estonia numbers
# about 1,000 soldiers, the one in Latvia about 1,200", "its Romanian counterpart at Cincu roughly 800", "the
# British contingent has 900 troops and the French one 300" (searched from the count before to a bare count).
GAPPED_ONE_BEFORE = re.compile(
    r"(?:[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:one|counterpart|equivalent)(?:\s+(?:in|at|near|on)\s+[^,;.]{1,40}?)?\s+$",
    re.IGNORECASE,
)
# An estimate of a formation's size, not of how many formations: "put its ground strength at" (searched in
# a PUT_AT match, folded).
HEADCOUNT_PUT = re.compile(r"\b(?:strength|size|headcount|manpower)\b")
# The number of people who are no force: "put the number of participants at about 13,000" (an exercise's,
# with its host's), "the number of refugees" (searched in the folded text before a figure).
NUMBER_OF_OTHERS = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+)?(?:participants|visitors|refugees|migrants|civilians|residents|inhabitants|"
    r"tourists|journalists|delegates|spectators|applicants|casualties|victims|deaths|dead|wounded"
    # events and spans, counted as a number of forces is ("the number of visits has grown to eight", "a rise in
    # the number of exercises ... from 10 to 15")
    r"|visits|trips|flights|sorties|exercises|drills|days|weeks|months|incidents|violations|crossings|attempts|"
    r"meetings|launches|strikes|attacks)\b"
)
# "of them roughly 1 500 are Canadians", "Of these, about 400 serve in": a part of the force named before.
OF_THEM_BEFORE = re.compile(r"\bof\s+(?:them|these|those|whom),?\s+$", re.IGNORECASE)
# "a battalion of some 550": a formation sized by a bare count.
FORMATION_OF = re.compile(r"\s+of\s+(?=\w)", re.IGNORECASE)
# "The battle group is one of eight on the eastern flank": the count of the unit named before it.
ONE_OF_N_BEFORE = re.compile(r"\bone\s+of\s+(?:the\s+|its\s+|NATO's\s+)?$", re.IGNORECASE)
# ... with nothing of its own after it ("one of eight new units" names its noun, and is read as such).
ONE_OF_N_AFTER = re.compile(r"\s*(?:[,;.)]|$|\s(?:on|in|at|along|across|that|which|to|near)\b)", re.IGNORECASE)
# "a contingent some 900 strong": a formation's headcount written after it.
STRONG_AFTER = re.compile(
    rf"\s+(?P<q>(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|up\s+to)\s+)?{NUMBER})[\s-]+strong\b",
    re.IGNORECASE,
)
# "the formation is mostly a headquarters": a predicate that says what a force named before is, no new
# unit ("there is a battalion" is one).
PREDICATE_NOMINAL_BEFORE = re.compile(
    r"(?<!\bthere\s)\b(?:is|are|was|were|remains?|remained|becomes?|became"
    # "The troops belong to a Stryker squadron", "they are part of a battalion": the force named before
    r"|belong(?:s|ed)?\s+to|(?:is|are|was|were)\s+(?:part\s+of|drawn\s+from))\s+"
    r"(?:(?:now|still|mostly|largely|mainly|effectively|essentially|already)\s+)?$",
    re.IGNORECASE,
)

# "How many American soldiers are in Romania?": a question whose answer may give a bare count of its noun.
HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
# The answer's count opens its sentence, after a speaker's mark and a hedge, and ends its phrase: "A: About
# 1,500, most of them at Kogalniceanu", "MINISTER: Four, from next month", "Roughly 900, the minister said."
ANSWER_BEFORE = re.compile(
    r"\W*(?:(?:A|Answer|[A-Z][A-Z.'’ -]{1,30})\s*:\s*)?"
    # a hearing's answer: "Senator, on a given day it is roughly 10,000", "Well, today there are about 900"
    r"(?:(?:Senator|Congressman|Congresswoman|Chairman|Chairwoman|Madam\s+Chair|Mr\.?\s+Chairman|Minister|Sir|Well|"
    r"Yes|No)\s*,\s*)?"
    r"(?i:(?:on\s+(?:a|any)\s+given\s+day|today|right\s+now|at\s+the\s+moment|currently|now),?\s+)?"
    r"(?i:(?:it\s+is|it['’]s|there\s+are|we\s+have)\s+)?"
    r"(?i:(?:about|around|some|roughly|approximately|nearly|almost|over|more\s+than|fewer\s+than|up\s+to|"
    r"at\s+least|close\s+to|just\s+(?:over|under))\s+)?"
)
ANSWER_END = re.compile(r"\s*(?:[,.;:—–]|$)")
# "put the British contingent at around 900": the force named after "put", and "at" before its figure.
PUT_BEFORE = re.compile(
    r"\b(?:put(?:s|ting)?|estimat(?:e|es|ed|ing)|assess(?:es|ed)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
PUT_FORCE_AT = re.compile(r"[^.;,]{0,60}?\bat\s+", re.IGNORECASE)
# A line of a fact box that opens on a place and a colon: "- Latvia: roughly 4,000, Canada-led" (a host of the
# flank so labelled is where the line's count is).
HOST_LABEL = re.compile(LABEL + r":\s+")
# ... and the hedge between the label and its count.
LABEL_HEDGE = re.compile(
    r"(?:(?:about|around|some|roughly|nearly|approximately|over|more\s+than|up\s+to|c\.|ca\.|circa)\s+)?"
)
# "UK-led", "Canada-led" after a fact box's count: the lead nation of the NATO formation counted.
LED_BY_NAME = re.compile(r"\b(?P<name>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)-led\b")
# A question about a kind of unit or about losses, whose answer counts no forces deployed: "How many soldiers
# does a battalion have?", "How many tanks did Russia lose near Kharkiv?"
ASKED_OF_NO_FORCE = re.compile(
    r"\b(?:does|do|did|can|would)\s+(?:a|an|each|every|one)\s|\b(?:lose|lost|losing|losses|killed|destroyed|"
    r"casualt\w*|wounded|captured)\b",
    re.IGNORECASE,
)
# A share of a total for each of its nations: "two from each country", "one per ally".
SHARE_OF_EACH_AFTER = re.compile(
    r"\s+(?:from|of|for|per)\s+(?:each|every)\s+(?:of\s+the\s+\w+\s+)?(?:country|countries|nation|nations|ally|allies|"
    r"member|members|state|states)\b|\s+per\s+(?:country|nation|ally|member)\b",
    re.IGNORECASE,
)
