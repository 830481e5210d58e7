"""Clauses and lists: the words and marks that part a sentence into clauses, join names into lists,
open a relative clause or refer back to the sentence before.

``attributes`` reads ``CLAUSE_BREAK``; ``places`` the list and clause joins; ``facts`` ``REFERS_BACK``.
"""

from __future__ import annotations

import re

from dashboard.util.textmatch import Gated

# Every break starts with one of the characters of the lookahead: one test rejects most positions.
# "... are in Lithuania and will train there until December": a second predicate with its own tense is a
# clause of its own (the tanks are there now; only the training is ahead).
CLAUSE_BREAK = re.compile(
    r"(?=[,;:\sbw])(?:,\s|;\s|:\s|\s[—–]\s|\bbut\b|\bwhile\b|\bwhereas\b"
    r"|\s+and\s+(?=(?:will|would|is\s+to|are\s+to|plans?\s+to|intends?\s+to|wants?|hopes?|seeks?|"
    r"(?:has\s+|have\s+)?(?:promised|pledged|vowed)\s+to)\b)"
    # "... to Lithuania and Belgium will be sending 150": a new subject and its own tense
    r"|\s+and\s+(?=(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?\s+(?:will|would|is\s+to|are\s+to|plans?\s+to)\b)"
    # "... arrived at Adazi on Sunday and 100 more are expected in June": a bare count, the subject of its own
    # verb ("a minelayer and two minehunters will join" is one subject)
    r"|\s+and\s+(?=(?:(?:about|some|another|a\s+further|nearly|roughly|around|over|more\s+than)\s+)?"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several)\s+"
    r"(?:(?:more|others|of\s+them)\s+)?(?:are|were|will|would|have|had|remain\w*|arriv\w*|left|came|stay\w*|"
    r"return\w*|followed|landed|flew)\b))",
    re.IGNORECASE,
)
# "... to Romania, where it will lead a battlegroup": "where" is the place named before it.
WHERE_CLAUSE = re.compile(r",\s+where\b", re.IGNORECASE)
# Two mentions joined so that they share their places: "a frigate and two destroyers to the Baltic".
# A clause of its own for another subject: a count's places after it stop here ("Spain flies eight jets
# from Siauliai, while Portuguese F-16s cover Amari in Estonia": Estonia is not Spain's).
CONTRASTED_CLAUSE = re.compile(r";|,?\s+(?:while|whereas|but)\s", re.IGNORECASE)
SUBJECT_REACH = 30  # how far into such a clause its subject's nation may be named
# ", and" opening a clause of another subject with a verb of its own: "Italy has pledged three jets, and
# Germany says four Eurofighters will fly to Poland" (not a gapped item: "and Germany 300 to Lithuania").
AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)
# ... unless it refers back to the forces before it ("and NATO will station them in Romania", "and Finland has
# offered 100 more for the same mission in Latvia") or the place is set off for both (", in the Baltic Sea").
SHARED_CLAUSE_WORDS = re.compile(
    r"\b(?:them|they|those|these|the\s+same|more|also|too|as\s+well|both)\b", re.IGNORECASE
)
SET_OFF_PLACE_BEFORE = re.compile(r",\s*(?:in|at|on|near)\s+(?:the\s+)?$", re.IGNORECASE)
NAMED_SUBJECT_VERB = re.compile(
    r"(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2}\s+(?:\w+ly\s+|also\s+)?"
    r"(?:says|said|has|have|had|will|would|is|are|was|were|plans?|planned|sends?|sent|deploys?|deployed|keeps?|kept|"
    r"moves?|moved|adds?|added|pledges?|pledged|contributes?|contributed|provides?|provided|offers?|offered)\b",
    re.IGNORECASE,
)
COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|along\s+with|,)\s*$", re.IGNORECASE)
# Between two names of one list: "Estonia, Latvia and Lithuania".
# ("to Poland and the three Baltic states": a region counted by its members is one item.)
LIST_GAP = re.compile(
    r"^\s*(?:,\s*and|,\s*or|,|and|or|&|as\s+well\s+as)\s*(?:the\s+)?(?:(?:two|three|four|five|six)\s+)?$",
    re.IGNORECASE,
)
# Between a region and the countries that spell it out: "on the eastern flank, in Estonia, Latvia and
# Lithuania", "the Baltic states (Estonia, Latvia and Lithuania)", "on the flank: in Poland and Romania".
APPOSITION_GAP = re.compile(
    r"^\s*(?:,|:|\(|\u2014|\u2013|--?)\s*(?:(?:in|namely|including|that\s+is|i\.e\.,?)\s+)?(?:the\s+)?$", re.IGNORECASE
)
# The place of a part of a total, not the total's: "127,000 ..., including those in Belarus".
PART_PLACE_BEFORE = Gated(
    re.compile(
        r"\b(?:including|of\s+(?:whom|them|which))\s+(?:(?:those|some|many|most)\s+)?(?:in|at|on)\s+(?:the\s+)?(?:\w+\s+)?$",
        re.IGNORECASE,
    )
)
# "roughly 10,000, including the forward command post of V Corps in Poznan": a part named, definite, with no
# count ("including a permanent army headquarters in Poland" counts one where it is); sought where
# "including" is.
INCLUDING_PART_BEFORE = re.compile(
    r"\bincluding\s+(?:the|its|their)\s+(?:(?!\d)[^,.;]){0,60}?\s(?:in|at|on)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
# "about 1,000 soldiers in the Baltic states, mostly in Lithuania": where most of a total placed before are.
MOSTLY_WORDS = ("mostly", "mainly", "largely", "chiefly", "primarily", "predominantly")
MOSTLY_BEFORE = re.compile(
    rf"\b(?:{'|'.join(MOSTLY_WORDS)})\s+(?:to|in|at|on)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# The next place of the parts: "including those in Belarus and in occupied Crimea".
NEXT_PART_GAP = re.compile(r"\s*,?\s*(?:and|or)\s+(?:(?:in|at|on)\s+)?(?:the\s+)?(?:\w+\s+)?", re.IGNORECASE)
# A count that is a part of the one before it: "1,050 served abroad, of whom 650 in Slovakia".
PARTS_BEFORE = Gated(re.compile(r"\b(?:of\s+(?:whom|them|which|those)|including|among\s+them)\s+(?:\w+\s+)?$", re.I))
# A sentence that opens on its total: "Of the 8,000 soldiers abroad, 2,000 are in Latvia" (the count after
# the comma is a part). Matched from the sentence's start to the part's count.
OF_TOTAL_OPENING = re.compile(
    r"\W*(?:of|among)\s+(?:the|these|those|its|their|our)\s+[^;:]{0,80}?\d[^;:]{0,80}?,\s+(?:(?:some|about|around|nearly)\s+)?",
    re.IGNORECASE,
)
PART_OF_AFTER = re.compile(r"\s+of\s+(?:them|those|whom|which)\b", re.IGNORECASE)
# Between a part's count and the place that is the part's: "of whom 650 in Slovakia", "650 stationed at".
PART_PLACE_GAP = re.compile(
    r"(?:\s+of\s+(?:them|those|whom|which))?\s+(?:[\w-]+\s+){0,3}?(?:in|at|on|near)\s+(?:the\s+)?", re.IGNORECASE
)
# A name followed by its verb after a comma opens a clause: "..., and Norway will add two frigates" is
# not a list ("Estonia and Latvia are to get" is one subject).
# The same with no comma after a list that follows a preposition ("to Poland and the US sends 200"): only
# a verb of acting, for "to Poland and Romania are on alert" and "in Latvia and Poland will be expanded" are
# one list and its predicate.
ACTING_SUBJECT_AFTER = re.compile(
    # ("will be expanded" is the list's passive predicate; "will be sending" a new subject's verb)
    r"\s+(?:(?:also|now|then|still|already|currently|today)\s+)?(?:(?:will|would)(?!\s+be\s+(?![a-z]+ing\b)[a-z]+)|plans?|said|says|sent|sends|adds?|added|keeps?|kept|"
    r"leads?|led|deploy(?:s|ed)?|contributes?|contributed|provides?|provided|maintains?|agreed|intends?|wants?)\b",
    re.IGNORECASE,
)
SUBJECT_AFTER = re.compile(
    r"\s+(?:(?:also|now|then|still|already|currently|today|has\s+also)\s+)?(?:will|would|has|have|had|is|are|was|"
    r"were|plans?|"
    r"said|says|sent|sends|adds?|added|keeps?|kept|leads?|led|deploy(?:s|ed)?|contributes?|contributed|"
    r"commands?|commanded|heads?|headed|runs?|ran|"
    r"provides?|provided|maintains?|agreed|intends?|wants?)\b",
    re.IGNORECASE,
)
# After a lone name, any past tense opens a clause: "to the Black Sea, and Romania thanked Spain"; after
# a list it is the list's predicate ("deployed to Estonia, Latvia, and Lithuania trained with ...").
PAST_SUBJECT_AFTER = re.compile(r"\s+(?!combined\b)[a-z]{2,}ed\b")
# "It will bring about 150 more soldiers": a sentence that sizes the formation named just before.
REFERS_BACK = re.compile(
    r"\s*(?:It|This\s+(?:unit|force|battalion|brigade|battlegroup|company|squadron)|"
    r"The\s+(?:unit|battalion|brigade|battlegroup|battle\s+group|company|squadron|contingent))\s+"
    r"(?:(?:will|would|now|is\s+(?:expected|due|set|likely)\s+to)\s+)?(?:bring|brings|number|numbers|total|totals|"
    r"comprise|comprises|consist|consists|include|includes|has|have|is\s+made\s+up)\b"
)
# "A new rotational battalion has taken over at Camp Herkus. The 1st Battalion, 8th Cavalry Regiment, with
# approximately 600 soldiers, replaces ...": the formation named, with its headcount.
NAMED_WITH_HEADCOUNT = re.compile(
    r"\s*The\s+\d+(?:st|nd|rd|th)\s+(?P<echelon>Battalion|Brigade|Squadron|Company|Regiment|Division)\b[^.;]{0,60}?"
    r"\s+(?:with|numbering|of)\s+(?:(?:about|around|approximately|some|roughly|nearly|more\s+than)\s+)?\d"
)
# A clause that starts with one of these is a clause of its own, not the predicate after an aside.
# A relative clause on the forces counted: ", who will take part in ...", ", which will ..." (the places it
# names tell what they do, after a place the main clause gave them).
RELATIVE_AFTER_COUNT = re.compile(r",\s+(?:who|which|that|whose)\b", re.IGNORECASE)
OWN_CLAUSE = re.compile(r"(?:and|but|or|while|whereas|which|who|where|when|as|after|before|since|said|says)\b", re.I)
# Between two items of a list of forces: a comma or "and", after the first's origin ("A company from Norway,
# a battery from Spain and 100 Czech engineers").
LIST_ITEM_GAP = re.compile(
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
)
# A phrase a preposition governs is no item of the list after it: "Together with the German brigade, allied
# forces ...".
GOVERNED_ITEM_BEFORE = re.compile(
    r"\b(?:with|besides|beside|alongside|unlike|like|apart\s+from|except|than)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A line that opens on a place and a colon (a fact box's label: "- Latvia: roughly 4,000"), up to the place's end.
LABEL = r"[-•*–—·\s]*(?:the\s+)?(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})"
LABEL_PLACE = re.compile(LABEL + r"(?=:\s)")
# What a label opens is a statement, not a heading, when it runs to four words or more.
LABELLED_STATEMENT = re.compile(r"\s*(?:\S+\s+){3,}\S")
# The larger place a place is in, as an aside between commas: "Fort Bragg, North Carolina, to Poland".
PLACE_ASIDE = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}")
# A predicate that changes a figure: its subject's figure in an aside is the one before the change.
CHANGE_PREDICATE = re.compile(
    r"(?:(?:is|are|will|would|was|were)\s+)?(?:(?:due|set|expected|likely|planned|scheduled)\s+)?(?:to\s+)?(?:be\s+)?"
    r"(?:grow|grows|rise|rises|increase|increases|expand|expands|double|doubles|shrink|fall|drop|raised|cut|reduced)\b",
    re.IGNORECASE,
)
# A relative clause opened between a count and a place: the place is the clause's, not the count's.
RELATIVE_BETWEEN = re.compile(r",\s*(?:who|which|whose|where)\b", re.IGNORECASE)
# A force added to another, not the same force: "the 1st Brigade ..., along with 400 support troops".
ADDED_FORCE_BETWEEN = re.compile(
    r"\b(?:along\s+with|as\s+well\s+as|together\s+with|alongside|in\s+addition\s+to|accompanied\s+by)\b",
    re.IGNORECASE,
)
# A relative clause: an aside about the noun before it, whose sentence goes on after it.
RELATIVE_START = re.compile(r"(?:which|who|whose)\b", re.I)
# A clause that opens with a finite verb continues the subject before an aside.
PREDICATE_START = re.compile(
    r"(?:will|would|shall|is|are|was|were|has|have|had|ends?|ended|remains?|remained|arrived|left|returns?|"
    r"returned|leaves|heads?|headed|moves?|moved|deploys?|deployed|joins?|joined|takes?|took|comprises?|numbers?|"
    r"numbered)\b"
)
# Two mentions of one list: "250 tanks and 116 used ones from the United States, as well as 180 K2 tanks".
JOINED = re.compile(
    # (a comma alone between two counted items: "including 40 Marder vehicles, 25 Leopard tanks and two ...")
    r"^[^.;:]{0,80}?(?:(?:,\s*|\s+)(?:and|as\s+well\s+as|plus|along\s+with)\s+|,\s+)$",
    re.IGNORECASE,
)
# A name followed by a count whose verb is gapped opens a clause: "..., the United States about 10,000 in
# Poland", "and Italy another of 1,000".
# What may open a sentence before its subject's name: an article, after an opening phrase set off by a comma
# ("Under the plan, Lithuania would get 3,000 German troops", "In a statement, Latvia said ...").
BEFORE_SUBJECT = re.compile(r"\s*(?:[^,.;:\d]{1,40},\s*)?(?:the\s+)?", re.IGNORECASE)
# Where a gapped list's item begins: "Poland received 4,000 US soldiers, Romania 1,000 and Hungary 500".
GAPPED_ITEM_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+)(?:the\s+)?$")
GAP_REACH = 12  # how far before a name its gap is sought
# ... or a gapped leader: "Canada leads the battlegroup at Adazi, Germany the one in Rukla"
NATION_PLACED_AFTER = re.compile(r"\s+(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])|the\s+(?:one|ones|other)\b)", re.IGNORECASE)
COUNT_AFTER = re.compile(
    r"['’]s\s+(?:new\s+)?[a-z]"  # "Ukraine's southeastern flank": a possessive names no place of a list
    r"|\s+(?:(?:about|around|some|nearly|roughly|approximately|over|more\s+than|at\s+least|up\s+to|almost)\s+)?\d"
    r"|\s+another\b"
    # "to Poland and Latvia a similar number": a count said by reference to the last
    r"|\s+(?:(?:roughly|about|around|approximately|nearly|almost|much)\s+)?"
    r"(?:a\s+similar|the\s+same|an\s+equal|a\s+comparable)\s+(?:number|figure|amount|contingent)\b|\s+as\s+many\b"
    # "two frigates to the Black Sea and Portugal one": a number word, not a time ("one month later")
    r"|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\b"
    r"(?!\s+(?:more\s+)?(?:days?|weeks?|months?|years?|hours?|times?|decades?)\b)",
    re.IGNORECASE,
)
# A sentence that continues what the paragraph before was about: it opens on a pronoun or a definite
# reference to a force named before, or adds to it ("300 more", "another company", "there"), or names the
# forces of one named before ("our existing forces").
CONTINUES = re.compile(
    r"^\W*(?:It|They|These|Those|This|That|Its|Their|Both|Each|All|Such|The\s+(?:same|remaining|rest|other)\b)\b"
    r"|^\W*The\s+(?:[\w-]+\s+){0,3}?(?:unit|units|battalion|battalions|brigade|battlegroup|battle\s+group|company|"
    r"companies|squadron|contingent|detachment|troops|soldiers|personnel|airmen|sailors|marines|force|forces|"
    r"mission|rotation|deployment|group|jets|aircraft|ships|warships|crews?)\b"
    r"|\b(?:more(?!\s+than\b)|another|additional|further|extra|remaining|of\s+them|of\s+those)\b"
    r"|\b(?:stationed|based|deployed|serving|remain|remains|stay|stays|there\s+are)\s+there\b"
    r"|\b(?:our|its|their)\s+(?:[\w-]+\s+)?(?:forces|troops|soldiers|units|contingent|battalion|brigade|presence)\b",
    re.IGNORECASE,
)
