"""Frames that are not deployments: sentences that speak of forces without reporting where they are
(questions, opinion, losses, sorties, wishes and conditions).

``attributes.not_a_deployment`` reads these.
"""

from __future__ import annotations

import re

from dashboard.parser.lang.roles import ENTERING_VERB
from dashboard.parser.lang.status import cues
from dashboard.util.textmatch import Gated, first_words

NOT_A_DEPLOYMENT_CUES = (
    "critics",  # opinion, not reporting
    "in my view",
    "in our view",
    "would be a mistake",
    "ought to",  # a recommendation, not a report
    "casualty",
    "casualties",
    "losses",
    "killed",
    "injured",
    "wounded",
    "reenlisted",  # a ceremony of soldiers already counted, not a deployment
    "re-enlisted",
    "destroyed",  # losses counted in a war
    "scrambled",  # sorties, not forces
    "violated",
    "shot down",
    "entered its airspace",  # an incursion, not a deployment
    "entered the airspace",
    "airspace violation",
    "sunk",
    "sank",
    "damaged",
    "defused",  # hostile acts and what they leave
    "intercepted",
    "how many",
    "would be needed",
    "would cost",  # a hypothesis priced: "A permanent brigade at Powidz would cost less than ..."
    "would have cost",
    "would be required",
    "would need",
    "did not say",
    "demand",
    "demanded",
    "demands",
    "demanding",
    "call for",  # a demand (not a plan that calls for forces: PLAN_CALLS_FOR)
    "called for",
    "calls for",
    "urged",  # wishes
    "urges",
    "urging",
    "urge",
    "recommends",  # advice, not a decision
    "recommending",
    "recommend",
    "if it",
    "if they",
    "if the",
    "if nato",
    "if russia",  # conditions
)
NOT_A_DEPLOYMENT = cues(NOT_A_DEPLOYMENT_CUES)
# Incidents, which may be told as the occasion of a deployment in a clause of time (TIME_CLAUSE_BEFORE,
# searched in the folded text before the cue, within its clause).
INCIDENT_CUES = frozenset({"shot down", "intercepted", "scrambled", "violated", "damaged", "destroyed"})
# What defenders do: counted before the cue, in its clause, they are a deployment ("Four Dutch F-35s shot down
# three drones over Poland": the F-35s, not the drones; "Polish and allied aircraft were scrambled", with no
# count, still reports no deployment).
DEFENCE_CUES = frozenset({"shot down", "intercepted", "scrambled"})
DEFENDERS_COUNTED = re.compile(
    r"(?<![\d:.,])\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|a\s+pair\s+of)"
    r"(?![\d:])\s+(?:[\w-]+\s+){0,3}?(?:jets?|fighters?|aircraft|planes?|helicopters?|F-\d+\w*|Typhoons?|Eurofighters?|"
    r"Rafales?|Gripens?|Mirages?|batter(?:y|ies)|systems?|ships?|frigates?|destroyers?)\b",
    re.IGNORECASE,
)
TIME_CLAUSE_BEFORE = re.compile(r"\b(?:after|since|following|days?\s+after|weeks?\s+after)\b[^;:.]*$")
# An incursion by whatever airspace it enters: "19 drones entered Polish airspace", "crossed into Romanian
# airspace" (searched in the folded text); only what enters is vetoed ("After drones entered Polish airspace,
# the Netherlands sent two F-35s" sends them).
AIRSPACE_ENTERED = re.compile(r"\b" + ENTERING_VERB + r"\s+(?:[\w-]+\s+){0,2}airspace\b")
# Between what enters and its verb: a few words, no clause ("19 drones entered", "two Russian jets crossed into").
ENTERING_GAP = re.compile(r"[^,;:]{0,40}", re.IGNORECASE)
SUBORDINATE_WORDS = re.compile(r"\b(?:after|before|when|as|because|since|while|until|once|if)\b", re.IGNORECASE)
# A mobilised strength, in its own clause: "it can field about 280,000 troops in wartime" (searched folded).
WARTIME = re.compile(r"\b(?:in\s+wartime|wartime\s+strength|(?:when|once|if|fully)\s+mobili[sz]ed)\b")
# A correction's withdrawn figure, after its cue in the same clause: "An earlier version of this story said the
# ceiling was 600 soldiers" (not "...: 1,200 British soldiers are in Estonia").
CORRECTED_BEFORE = re.compile(r"\ban\s+earlier\s+(?:version|entry|report|story)\b[^;:]*$", re.IGNORECASE)
# Losses speak of no deployment in their own clause; said in a clause after a count's ("300 US troops
# arrived in Lithuania, and two were slightly wounded on the way"), they leave the count a deployment
# (the casualties' own counts are vetoed one by one: CASUALTY_AFTER).
LOSS_CUES = frozenset({"casualty", "casualties", "losses", "killed", "injured", "wounded"})
LOSS_CLAUSE_BEFORE = re.compile(
    # (a relative clause too: "a presence dating back to the 1992 war, in which about 1,000 people were killed")
    r"(?:,\s+(?:and|but|while|although|though|in\s+which|during\s+which)\s|;\s|\s[—–]\s)"
    r"(?:[^,;—–]|(?<=\d),(?=\d))*$"  # (a thousands comma is no clause's)
)
# "The summit plan called for three brigades deployed to Finland, Estonia and Latvia": a plan, not a demand.
PLAN_CALLS_FOR = re.compile(
    r"\b(?:plans?|agreement|decision|roadmap|concept|blueprint|strategy|model|declaration)\s+(?:\w+\s+){0,2}?"
    r"(?:calls?|called)\s+for\b"
)
# Most sentences hold none of these words, and need no scan for the cues.
NOT_A_DEPLOYMENT_WORDS = first_words(NOT_A_DEPLOYMENT_CUES)
QUESTION = re.compile(r"""^\s*["“]?Whether\b|\?["”]?\s*$""")
# Clauses that count forces or equipment without deploying them. Each is searched in the sentence; a
# mention inside what a match governs is no deployment (``attributes.frame_vetoes``).
# Weapons bought: "signed a contract for 96 helicopters", "has ordered 250 tanks from", "is buying 44".
PROCUREMENT_BEFORE = Gated(
    re.compile(
        r"\b(?:bought|buys?|buying|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|"
        # ("Contracts signed since 2022 cover 366 Abrams tanks", "Poland's shopping list: 486 rocket launchers")
        r"contracts?\s+(?:\w+\s+){0,3}?(?:for|cover|covers|covered|include|includes|included)|shopping\s+list:?|"
        r"deal\s+for|order(?:s|ed|ing)?|"
        # the paperwork of a foreign military sale: "signed an LOA for 14 F-16s", "an FMS case for"
        r"(?:LOA|FMS\s+(?:case|letter|request)|letter\s+of\s+(?:offer\s+and\s+)?acceptance)\s+(?:\w+\s+){0,3}?for|"
        # equipment given away is no deployment: "Poland has handed over 14 of its own MiG-29s"
        r"hand(?:s|ed|ing)?(?:\s+over)?|donat(?:e|es|ed|ing)|gifted"
        # sold, or given to Ukraine by name: "sold 18 Leopard 2 tanks to Finland", "approved the sale of 96 Apache
        # helicopters", "has given Ukraine more than 300 tanks"
        r"|sold|sells?|selling|sale\s+of|(?:gave|given|gives|giving|sent|supplied|provided)\s+(?:Ukraine|Kyiv))"
        r"\s+(?:(?:\w+|\d[\d,.]*)\s+){0,6}?$",
        re.IGNORECASE,
    )
)
# A host's request for forces is no deployment until it is met: "Poland asked Washington for a permanent
# division of 15,000", "Lithuania has requested a US brigade", "has lobbied for 10,000 troops", "would
# welcome up to 5,000 more" (a nation's own plan, "Germany wants to send", is a plan).
REQUEST_WORDS = ("ask", "request", "lobb", "seek", "sought", "welcome", "offer")
REQUEST_BEFORE = re.compile(
    r"(?:\b(?:(?:ask(?:s|ed|ing)?|lobb(?:y|ies|ied|ying))\s+(?:[\w’'-]+\s+){0,4}?for|request(?:s|ed|ing)?|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+seeking|seeks|sought|would\s+welcome|(?:a|the|its|their)\s+request\s+for)"
    # money offered to host forces: "Warsaw has offered up to $2 billion to host a permanent US division" (an
    # offer to host, "Hungary offered to host 800 allied soldiers", is a plan)
    r"|\boffer(?:s|ed|ing)?\b[^.;]{0,40}?(?:[$€£]|\b(?:billion|million|euros?|dollars?|zlot\w+)\b)[^.;]{0,20}?"
    r"\bto\s+(?:host|pay\s+for))"
    r"\s+(?:(?:\w+|\d[\d,.]*)\s+){0,6}?$",
    re.IGNORECASE,
)
# A request met is a decision: "The request for 500 more soldiers was approved", "At Poland's request, the
# US sent 1,000 more troops".
REQUEST_MET = re.compile(
    r"\b(?:approv\w*|grant\w*|agreed|accept\w*|answer\w*|met|fulfil\w*|received|got|arrived)\b", re.IGNORECASE
)
# "17 F-16s bought from Portugal": a nation's own equipment, bought (after the count).
# ("the 32 F-16 aircraft it bought from Norway", "eight F-16 aircraft, bought from the USA")
BOUGHT_AFTER = re.compile(
    r"(?:\s*,)?\s+(?:(?:that|which)\s+)?(?:(?:it|they|she|he|the\s+country|the\s+government)\s+)?(?:has\s+|had\s+)?"
    r"(?:bought|purchased|acquired|ordered|leased)\s+(?:second-hand\s+)?from\b",
    re.I,
)
# "a package worth about 700 million euros including 40 Marder infantry fighting vehicles": aid, given.
AID_PACKAGE_BEFORE = re.compile(
    r"\bpackage\b[^.;]{0,60}?\b(?:euros?|dollars?|pounds?|billion|million)\b[^.;]{0,40}?\b(?:including|includes|with)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
# Equipment delivered or received from its maker is bought, not deployed: "The first 20 M1A2s will be
# delivered next year", "Poland received 24 K2s from South Korea".
# (a handover of a mission is none: "Four Polish F-16s handed over the air policing mission to ...")
DELIVERED = re.compile(
    r"\bdeliver(?:ed|y|ies)\b|\b(?:were|was|have\s+been|has\s+been|had\s+been|being|be)\s+handed\s+over\b",
    re.IGNORECASE,
)
RECEIVED_BEFORE = re.compile(r"\breceiv(?:e|es|ed|ing)\s+(?:(?:\w+|\d[\d,.]*)\s+){0,4}?$", re.IGNORECASE)
FROM_MAKER_AFTER = re.compile(
    r"\s+from\s+(?:the\s+)?[A-Z][\w.]*(?![\w.])(?:\s+[A-Z][\w.]*(?![\w.]))?(?![^.;]{0,40}\bto\s)"
    # "received four Eurofighters from the German Air Force": a service sends, it sells nothing.
    r"(?<!Force)(?<!Army)(?<!Navy)(?<!Forces)(?<!Marines)(?!\s+(?:Air\s+Force|Force|Army|Navy|Armed|Forces|Marines)\b)"
)
# "ordered 300 troops to Poland" orders a deployment; "ordered 250 tanks from the United States" buys.
ORDERED_BEFORE = re.compile(r"\border(?:s|ed|ing)?\s+(?:(?:\w+|\d[\d,.]*)\s+){0,6}?$", re.IGNORECASE)
# Weapons handed to Ukraine are no deployment (CONVENTIONS): the verb, then its object, then "to Ukraine".
TO_UKRAINE = re.compile(
    r"\b(?:hand(?:s|ed|ing)?\s+over|deliver\w*|donat\w*|suppl(?:y|ies|ied|ying)|transferr?\w*|provid\w*|gave|giv\w+|"
    # (or promised: "pledged 24 F-16s to Ukraine")
    r"sen[dt]\w*|pledg\w*|promis\w*|sold|sell\w*)\b[^.;]{0,90}?\bto\s+(?:Ukraine|Kyiv|Kiev|the\s+Ukrainian)",
)
# What a force can show it could do is no deployment: "tests its capacity to send quickly a whole brigade to
# Romania" (searched before a mention).
CAPACITY_TO_MOVE_BEFORE = re.compile(
    r"\b(?:capacity|capability|ability)\s+to\s+(?:\w+\s+){0,2}?(?:send|deploy|move|bring|surge|project|reinforce\w*)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Stocks of a formation are not the formation: "a warehouse complex for equipment of an armoured brigade"
# (searched before a formation's mention).
STOCKS_OF_BEFORE = re.compile(
    r"\b(?:equipment|vehicles|stocks?|stores|supplies|ammunition|weapons|materiel)\s+(?:of|for)\s+(?:(?:an?|the|one)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A figure of another era given to compare: "Compared with the 1980s, when the Warsaw Pact had maybe 50
# divisions in East Germany, this is small" (searched before a count, within the "when" clause).
ERA_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|unlike|next\s+to|in\s+contrast\s+to)\s+(?:the\s+)?(?:\d{4}s|cold\s+war|"
    r"soviet\s+(?:era|times|days)|[\w-]+\s+era)\s*,?\s+when\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# The formation troops are drawn from is no second force: "The troops, drawn from a Yorkshire-based infantry
# battalion, will fly ..." (searched before a formation's mention).
DRAWN_FROM_BEFORE = re.compile(
    r"\b(?:drawn|taken|sourced|formed|assembled|picked)\s+(?:mainly\s+|mostly\s+|largely\s+)?from\s+"
    r"(?:a|an|the|its|their|several|two|three|various)?\s*(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The formation or post counted people serve in is no deployment of its own beside their headcount:
# "about 200 personnel, most of them with a tank company at Rukla", "150 staff working from a temporary
# headquarters", "some 80 troops, who crew a battery", "built around an armoured cavalry squadron" (searched
# before a formation named with "a"; a formation added with "and" or "including" is one of its own).
SERVED_IN_BEFORE = re.compile(
    r"(?:\b(?:them|whom|soldiers|troops|personnel|people|staff|members|crews?|marines|sailors|airmen)"
    r"(?:\s+(?:are|were|is|was|now|currently|still|mostly|mainly|all))*"
    r"|\b(?:serv(?:e|es|ed|ing)|work(?:s|ed|ing)?|operat(?:e|es|ed|ing)|based|stationed|attached|assigned)"
    r"(?:\s+(?:mostly|mainly|now|currently))?)"
    # (right before the formation's article: "soldiers in Estonia and a brigade" adds one of its own)
    r"\s+(?:with|in|at|from|to|inside|within)\s+$"
    # ("who crew a battery", "they form a company", "200 French troops staff a corps headquarters")
    r"|\b(?:who|which|that|they|them|soldiers|troops|personnel|people|members|crews?)\s+"
    r"(?:crew|crews|man|mans|staff|staffs|operate|operates|form|forms|make\s+up|makes\s+up)\s+$"
    r"|\b(?:built|formed|organi[sz]ed|centred|centered)\s+(?:around|on|round)\s+$",
    re.IGNORECASE,
)
# Machines that crashed are no force: "Two Russian drones crashed near Galati" (searched right after the
# mention; a count in another clause of the sentence stays a deployment).
CRASHED_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:crashed|came\s+down|fell)\b", re.IGNORECASE)
# What is left of machines is no force: "fragments of a Russian drone were found", "the wreckage of two
# drones" (searched before a mention).
DEBRIS_BEFORE = re.compile(
    r"\b(?:fragments?|wreckage|debris|remains|remnants|shards)\s+of\s+(?:a|an|the|one|two|three|\d+)?\s*"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An exercise's totals ("the drills involved 60 ships and 10,000 troops"), which include the host's forces.
EXERCISE_TOTAL = Gated(
    re.compile(
        r"\b(?i:drills?|exercises?|manoeuvres|maneuvers|war\s+games)\b[^.;]{0,40}?\b(?:involv\w*|includ\w*|"
        r"brought\s+together|gather\w*)\b|\b[A-Z]\w+\s+included\b",
    )
)
# ... in translated word order: "the exercise Slovak Shield, in which take part altogether 2 500 soldiers";
# and by its name and year: "Steadfast Defender 2024 involved about 90,000 troops" (sought where their
# words are: EXERCISE_MORE_WORDS).
EXERCISE_TOTAL_MORE = re.compile(
    r"\b(?i:drills?|exercises?|manoeuvres|maneuvers|war\s+games)\b[^.;]{0,80}?\b(?i:take|takes|took|taking)\s+part\s+"
    r"(?i:in\s+total|altogether|overall|a\s+total\s+of)\b"
    r"|\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:19|20)\d\d\s+(?:involv\w*|includ\w*|brought\s+together|gather\w*)\b",
)
EXERCISE_MORE_WORDS = (" part", "involv", "includ", "together", "gather")
# Taking part, the predicate of an exercise's participants: "More than 50 ships ... are involved", "200,000
# troops will be involved across both countries", "90,000 personnel ... will take part".
PARTICIPATING = re.compile(
    r"\b(?:(?:are|were|is|was|will\s+be|would\s+be|being|be)\s+involved|(?:take|takes|took|taking)\s+part|"
    r"participat(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
# "600 soldiers from Spain", not "from all 31 allies" or "from 14 countries".
FROM_A_NATION_AFTER = re.compile(r"\s+from\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
# A clause of another subject between a count and a verb: a semicolon, a relative clause, "while", "but".
OTHER_SUBJECT_BETWEEN = re.compile(r";|\b(?:who|which|whose|while|whereas|but)\b", re.IGNORECASE)
# A move or a presence of the count's own before it takes part: "About 1,000 soldiers arrived ... and will
# take part" (a contingent that came for the exercise is a deployment, CONVENTIONS).
MOVED_WORDS = re.compile(
    r"\b(?:arriv\w*|deploy\w*|sent|send\w*|mov(?:ed|ing)|station\w*|based|flown|flew|landed|came|reached|brought|"
    r"redeploy\w*|rotat\w*)\b",
    re.IGNORECASE,
)
# A clause of its own after an exercise's total: "involved 3,000 troops, and 1,000 German troops stayed".
OWN_CLAUSE_BEFORE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)
# A nation's part named within an exercise's total is a contingent sent for it: "gathered 3,000 troops,
# including 1,000 Germans".
PART_NAMED_BEFORE = re.compile(
    r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+(?:some\s+|about\s+|around\s+)?$", re.I
)
# ... and the forces an exercise counts after them: "Some 90,000 troops took part in Steadfast Defender 24",
# "about 13,000 troops take part", "15,000 soldiers from 14 countries joined the Dragon exercise" (searched
# right after a count with no nation of its own, in a
# sentence about an exercise: a foreign contingent sent for one is a deployment, "Denmark sent around 700
# troops for the exercise").
EXERCISE_WORD_STEMS = ("drill", "exercise", "manoeuv", "maneuv", "game")  # one is in every match, folded
# ... and in the text as written, whatever its case ("Exercise", "Drills", "War games", "Wargames").
EXERCISE_NAMED_STEMS = ("rill", "xercis", "anoeuv", "aneuv", "ames")
EXERCISE_WORDS = re.compile(r"\b(?:drills?|exercises?|manoeuvres|maneuvers|war\s*games?|wargames?)\b", re.IGNORECASE)
EXERCISE_PART_AFTER = re.compile(
    # the count's own predicate, after at most "from 14 countries" and an aside ("About 1,000 soldiers arrived
    # ... and will take part in an exercise" arrived first)
    # (from many countries, not from one: "600 soldiers from Spain took part" are Spain's contingent)
    r"(?:\s+from\s+(?:\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+)?(?:countries|nations|states|allies))?(?:\s*,[^,.;]{1,40},)?"
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w-]*)?\s+(?:(?:have|has|had|will|would|are|is|were|was)\s+(?:to\s+)?)?"
    # (in an exercise, not in a mission: "took part in the NATO mission in Latvia")
    r"(?:(?:(?:took|take|takes|taking)\s+part|participat(?:e|es|ed|ing))\b(?!\s+in\b[^.;]{0,30}\bmission\b)"
    # (joining an exercise, not joining forces: "a further battlegroup ... joined them" is a contingent)
    r"|join(?:s|ed)?\s+(?:the\s+|this\s+year['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:drills?|exercises?|manoeuvres|maneuvers)\b)",
    re.IGNORECASE,
)
# A scenario's forces are imagined: "In the exercise scenario, a fictional enemy massed 30,000 troops",
# "The command post exercise simulated the arrival of 20,000 soldiers", "The wargame assumed ...".
SCENARIO_STEMS = (
    "scenario",
    "simulat",
    "wargam",
    "war-gam",
    "war gam",
    "fictional",
    "fictitious",
    "notional",
    "imaginary",
)
SCENARIO = re.compile(
    # (a scenario named as one: not "The scenario of a Russian attack has prompted Germany to station ...",
    # "in any scenario", "Russia's simulated attack")
    r"\b(?:(?:exercise|training|drill|war-?game|worst-case|hypothetical)\s+scenarios?|scenarios?\s+(?:assum|envisag|imagin)\w*"
    r"|simulat(?:e|es|ed|ing)\b(?!\s+(?:attack|strike|raid))|wargam(?:e|ed|es|ing)\s+(?:assum|show|found|suggest)\w*"
    r"|(?:in|under)\s+(?:the|this|that|one|a|its|their)\s+(?:[\w-]+\s+)?(?:simulation|scenario|war-?game)s?"
    r"|simulated\s+(?:attack|strike|raid|invasion|assault)\s+(?:by|of)"
    r"|fictional|fictitious|notional|imaginary)\b",
    re.IGNORECASE,
)
# Losses in war are no deployment: "lost 1,200 soldiers defending Avdiivka", "About 70 Russian soldiers died"
# (before or after a count of people).
CASUALTY_STEMS = (
    "lost",
    "losing",
    "loses",
    "kill",
    "wounded",
    "captured",
    "died",
    "dead",
    "injured",
    "missing",
    "prisoner",
)
CASUALTY_BEFORE = re.compile(
    r"\b(?:lost|losing|loses|killed|killing|kills|wounded)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|"
    r"over|up\s+to|at\s+least|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# ("losing 500 US troops to Romania": a transfer, not a loss)
LOST_TO_AFTER = re.compile(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
CASUALTY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:died|dead|killed|wounded|injured|captured|"
    r"taken\s+prisoner|missing\s+in\s+action)\b",
    re.IGNORECASE,
)
# A nation's own army grown or fielded: "grow the armed forces to 300,000 soldiers", "plans to field".
OWN_ARMY = re.compile(
    r"\b(?:grow|expand|enlarg\w*|increas\w*|build(?:ing)?\s+up|rais\w*)\s+(?:the|its|their|our)\s+(?:national\s+)?"
    r"(?:armed\s+forces|army|military)\s+to\b"
    # ("bringing the army to 72,000"; not "bringing the military to 12,000 troops there", a presence)
    r"|\b(?:bring(?:s|ing)?|brought)\s+(?:the|its|their|our)\s+(?:national\s+)?(?:armed\s+forces|army)\s+to\b"
    r"|\bto\s+field\b"
    # "the armed forces would reach 1.3 million personnel", "its army will expand to 1.3 million soldiers"
    r"|\b(?:the|its|their|our)\s+(?:national\s+)?(?:armed\s+forces|army|military)\s+(?:would|will|is\s+to|are\s+to|should)\s+"
    r"(?:reach|(?:expand|grow|increase|rise|swell)\s+to|number)\b"
    # "will raise the strength of its land forces to 95,000"
    r"|\b(?:strength|size)\s+of\s+(?:the|its|their|our)\s+(?:\w+\s+)?(?:armed\s+forces|army|military|forces)\s+to\b",
    re.IGNORECASE,
)
# A nation's own army sized, with no place abroad: "an army of 300,000", "its armed forces number 23,000",
# "which has 280,000 wartime troops" (CONVENTIONS: host-nation forces on their own soil are no fact).
ARMY_SIZE_BEFORE = Gated(
    re.compile(
        r"\b(?:(?:standing|active|regular|professional|national|wartime|peacetime)\s+)?"
        # "Poland's armed forces now number more than 200,000", "a wartime strength of 280,000", "Slovakia's army,
        # with fewer than 13,000 troops"
        r"(?:army|armed\s+forces|military|defen[cs]e\s+forces|land\s+forces|strength)\s*"
        r"(?:(?:now|currently|still|already|today)\s+)?(?:of|numbers?|numbered|totals?|totall?ed|counts?|"
        r"has|have|had|stands?\s+at|of\s+(?:about|some|around|nearly|over)|,\s*with)\s+"
        r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|fewer\s+than\s+|less\s+than\s+)?$",
        re.IGNORECASE,
    )
)
# Forces abroad are deployed, wherever: "the army has around 800 soldiers abroad", "700 troops on missions
# abroad" (searched right after a count that would size an army).
ABROAD_AFTER = re.compile(
    r"\s+(?:(?:now|currently|still)\s+)?(?:(?:deployed|serving|stationed|based)\s+)?"
    r"(?:abroad|overseas|on\s+(?:foreign|international|overseas)\s+(?:missions?|operations?|deployments?)"
    r"|on\s+(?:missions?|operations?|deployments?)\s+(?:abroad|overseas))\b",
    re.IGNORECASE,
)
# A nation's forces kept at home are no deployment: "fielded twelve divisions at home", "keeps 500 soldiers at
# home" (not forces on standby at home for a place abroad, which are placed where they would go:
# READY_AT_HOME).
# (right after the forces: not "feel at home", "are back at home"; nor "at home in Latvia", living there)
AT_HOME_AFTER = re.compile(r"\s+at\s+home\b(?!\s+(?:in|on|at)\b)", re.IGNORECASE)
READY_AT_HOME = re.compile(r"\b(?:standby|alert|readiness|ready|notice|reinforce)\b", re.IGNORECASE)
ARMY_SIZED = re.compile(
    r"\b(?:army|armed\s+forces|military|defen[cs]e\s+forces)\s+(?:numbers?|numbered|totals?|totall?ed|counts?|"
    r"stands?\s+at)\b",
    re.IGNORECASE,
)
ARMY_SIZE_MODIFIER = re.compile(
    r"\b(?:wartime|active|standing|reserve|reservist|conscript|peacetime)\b(?!-)|\bactive[- ]duty\b", re.I
)
# "Russia has 1 million troops on paper": a size, not a deployment (searched right after the count's noun).
ARMY_SIZE_AFTER = re.compile(r"\s+(?:on\s+paper|under\s+arms|in\s+uniform|in\s+its\s+ranks)\b", re.I)
WHICH_HAS_BEFORE = re.compile(r",\s*which\s+(?:has|have|had|fields|keeps)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A headquarters named without a count is a command node, not a deployment (CONVENTIONS: "the division
# headquarters in Elblag commands ..."), unless the sentence sets it up or moves it.
HEADQUARTERS_SET_UP = re.compile(
    r"\b(?:set\s+up|sets\s+up|setting\s+up|establish\w*|open(?:s|ed|ing)?|activat\w*|stood\s+up|stand(?:s|ing)?\s+up|"
    r"creat\w*|inaugurat\w*|launch\w*|mov(?:e|es|ed|ing)|relocat\w*|deploy\w*|arriv\w*|head(?:s|ed|ing)?\s+to)\b",
    re.IGNORECASE,
)
# What a place can take is no deployment: "the camp can accommodate up to 1,000 soldiers", "a capacity
# of 2,000 troops", "room for 500 soldiers" (searched in the words before the count).
CAPACITY_BEFORE = Gated(
    re.compile(
        r"\b(?:(?:can|could|(?:will|should|would)\s+be\s+able\s+to|(?:is|are)\s+able\s+to|designed\s+to|built\s+to|"
        # "barracks meant to house up to 10,000 allied personnel"
        r"meant\s+to|intended\s+to|planned\s+to)\s+"
        r"(?:accommodate|house|hold|host|sleep|shelter|take\s+in|take)|capacity\s+(?:of|for)|room\s+for|space\s+for"
        # "a camp capable of housing 4,000 soldiers"
        r"|capable\s+of\s+(?:accommodating|housing|holding|hosting|sheltering|taking)"
        # "Each new accommodation block here holds 120 soldiers", "Each hangar at Lask holds two F-35s": a
        # building's size, by a verb of capacity (not "the barracks at Rukla houses 1,000 German soldiers", nor
        # "the base houses", where forces are)
        r"|\b(?:blocks?|barracks|buildings?|dormitor(?:y|ies)|hangars?|accommodation|housing|modules?)\s+"
        r"(?:[^,;:.]{1,50}?\s)?(?:holds?|accommodates?|sleeps?|takes?))\s+"
        r"(?:up\s+to\s+|as\s+many\s+as\s+|about\s+|some\s+|around\s+)?$",
        re.IGNORECASE,
    )
)
# ... and, before a count, what is built for how many: "expanded to accommodate up to 10,000", "facilities
# for 3,000 soldiers", "designed for 5,000 soldiers", "a base at Selonia for up to 4,000" ("the new base
# built by Lithuania for US troops", with no count, names whose base it is).
BUILT_FOR_BEFORE = re.compile(
    r"\b(?:accommodat(?:e|es|ing)|(?:facilities|facility|barracks|housing|accommodation|quarters|infrastructure)\s+for"
    r"|(?:designed|built|intended)\s+for|(?:build\w*|construct\w*|expand\w*)\s+(?:a\s+|the\s+|its\s+)?(?:new\s+)?"
    r"(?:base|camp|garrison)\s+(?:[\w’'-]+\s+){0,3}?for"
    # stocks and kit for a force ("equipment ... stocked for a force of about 15,000 Marines")
    r"|(?:stocked|stockpiled|supplies|stocks|enough|sufficient)\s+for(?:\s+a\s+force\s+of)?)\s+"
    r"(?:up\s+to\s+|as\s+many\s+as\s+|about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# Those for whom it is built, arriving: "a new camp in Selonia for 2,000 Canadian troops arriving next year".
ARRIVING_AFTER = re.compile(
    r"\s+(?:arriving|who\s+(?:will|are\s+to|are\s+due\s+to)\s+arrive|due\s+to\s+arrive|"
    # ... or there: "housing for 1,500 French soldiers who are already at Cincu", "barracks for 1,000 US soldiers
    # at Pabrade are already full"
    r"who\s+(?:arrived|are|were|have)|(?:at|in)\s+(?-i:[A-Z]))\b",
    re.I,
)
# Soldiers hired, recruited or called up join a nation's own army: "plans to hire nearly 1,000 additional
# professional soldiers next year".
RECRUITED_WORDS = ("hir", "recruit", "enlist", "conscript", "call", "mobili")  # one is in every match, folded
# (recruits placed somewhere are a deployment: "recruited 8,000 fighters who are now in Belarus", "mobilised
# about 10,000 troops along the Finnish border" - RECRUITED_PLACED_AFTER)
RECRUITED_PLACED_AFTER = re.compile(
    r"\s+(?:who\s+(?:are|were)\s+(?:now\s+)?(?:in|at|based|stationed|deployed)|along|near|at|in|on|to)\b", re.I
)
RECRUITED_BEFORE = re.compile(
    r"\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|enlist(?:s|ed|ing)?|conscript(?:s|ed|ing)?|call(?:s|ed|ing)?\s+up|"
    r"mobili[sz](?:e|es|ed|ing))\s+(?:(?:nearly|about|around|some|roughly|up\s+to|more\s+than|another|an\s+additional)\s+)?$",
    re.IGNORECASE,
)
# A rate is what a route or a hub can carry: "can move about 60 tanks a day", "2,000 soldiers a day".
RATE_AFTER = re.compile(
    r"\s+(?:a|per)\s+(?:day|hour|week|month)\b(?!\s+(?:ago|after|before|earlier|later|from|since)\b)",
    re.IGNORECASE,
)
# A typical size is no count: "a brigade, typically 3,000 to 4,000 troops", "such units normally number 1,000",
# "A brigade set usually includes 12 launchers" (searched right before the count).
GENERIC_SUBJECT_BEFORE = re.compile(
    r",\s*(?:typically|normally|usually|generally|on\s+average)\s+|\b(?:such|each|every|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:typically|normally|usually|generally|on\s+average)\s+",
    re.IGNORECASE,
)
# A kind's size, not a force's: "Experts put the strength of a typical Russian motor-rifle brigade at roughly
# 4,000 soldiers" (searched in the words before a count).
TYPICAL_KIND_BEFORE = re.compile(r"\ban?\s+(?:typical|standard|average)\s+[^.;:]{0,60}$", re.IGNORECASE)
# A sentence that opens on a kind, not a force: "A brigade set usually includes 12 launchers", "A US brigade
# normally rotates every nine months" (its clause states what any such unit does; searched at the start).
GENERIC_OPENING = re.compile(
    # (the kind's own words only: no figure, "of", "with", or "further" that counts forces: "A battlegroup of
    # typically 900 soldiers", "A further 300 troops usually rotate")
    r"\s*(?:an?|each|every)\s+(?:(?!(?:of|with|for|further|additional|extra|more)\b)[^\W\d][\w-]*\s+){0,3}?"
    r"(?:typically|normally|usually|generally|on\s+average)\b"
    # "A typical Iskander brigade set includes 12 launchers"
    r"|\s*an?\s+(?:typical|standard|regular)\s",
    re.IGNORECASE,
)
KIND_DEFINED_BEFORE = Gated(
    re.compile(
        r"(?:^|[,;:]\s*(?:and\s+|while\s+|whereas\s+)?|\b(?:and|while|whereas)\s+)(?:a|an|each|every)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:battlegroup|battle\s+group|brigade|division|battalion|regiment|company|squadron|corps|platoon)\s+"
        r"(?:(?:typically|usually|normally|generally)\s+)?"
        r"(?:is|are|has|have|combines|comprises|consists\s+of|numbers|contains|includes|brings\s+together|totals|"
        r"can\s+number)\b[^.;]{0,70}$",
        re.IGNORECASE,
    )
)
TYPICAL_WORDS = (
    "typical",
    "normally",
    "usually",
    "generally",
    "average",
    "standard",
    "regular",
)  # one is in every match, folded
TYPICAL_BEFORE = re.compile(
    r"\b(?:typically|normally|usually|generally|on\s+average)\s+"
    # (a size, not a presence: "Britain normally keeps about 900 troops in Estonia" keeps them)
    r"(?:(?:number|numbers|numbering|include|includes|including|comprise|comprises|counts?|consists?\s+of|has\s+between)\s+)?"
    r"(?:(?:about|around|some|roughly|between|from|up\s+to)\s+)?$"
)
# A deployment denied, before its forces: "will not send troops", "has no plans to deploy", "ruled out
# sending", "refused to station" (not "not only", "not just", "not yet", nor a withdrawal denied: "will
# not leave" keeps forces where they are; "refused to reduce the 900 soldiers" keeps them too).
NEGATED_DEPLOYMENT = re.compile(
    r"\b(?:(?:not|never)\s+(?!only\b|just\b|yet\b)(?:\w+\s+){0,2}?(?:send|sent|sending|deploy\w*|station\w*|base|"
    r"sail|fly|flying|grow|grew|move|reach|reached|host|be\s+(?:sent|deployed|stationed|based|welcome|allowed|permitted))"
    r"|(?:no\s+(?:plans?|intention|decision)(?:\s+(?:at\s+present|now|yet|currently|for\s+now))?"
    r"|refus(?:ed|es|ing)?|declin(?:ed|es|ing))\s+to\s+"
    r"(?:send|deploy|station|base|move|host|put)|rul(?:ed|es|ing)?\s+out\s+(?:sending|deploying|stationing|basing)"
    # "Britain denied reports that it would send 2,000 troops": a denied deployment is none
    r"|(?:denied|denies|deny|denying|dismissed|rejected)\s+(?:(?:the\s+)?(?:reports?|claims?|rumou?rs?|suggestions?)\s+)?"
    r"that\s+(?:\w+\s+){0,4}?(?:would|will|was|is|were|are|had|has|planned|plans)\s+(?:\w+\s+){0,2}?"
    r"(?:send|sending|deploy\w*|station\w*|move|moving|base)"
    # ... or with the forces after it: "denied reports that 5,000 more US troops would be sent"; "rejected a
    # German offer of 200 troops"
    r"|(?:denied|denies|deny|denying|dismissed|rejected)\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?|suggestions?)\s+that"
    r"|(?:rejected|turned\s+down|declined|refused)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:offer|proposal|request)\s+"
    r"(?:of|for|to\s+(?:send|deploy|station))"
    # "No NATO navy has sent a frigate into the Black Sea", "no ally will deploy troops there" (not "no more
    # than 500 troops have been sent": a ceiling)
    r"|\bno\s+(?!(?:more|fewer|less)\s+than\b)(?:[\w-]+\s+){0,3}?(?:has|have|had|will|would|could|is|are|was|were)\s+"
    r"(?:\w+\s+){0,2}?(?:send|sent|sending|deploy\w*|station\w*|based|sail\w*|flown|moved|put)"
    r")\b",
    re.IGNORECASE,
)
# What the sentence says came to nothing, after the forces: in their clause ("The proposal for a British
# brigade in Estonia was shelved", "Reports that 3,000 Russian troops had entered Belarus were false"), or
# in a later clause that refers back to it ("Norway was due to send 150 soldiers, but the deployment was
# cancelled", "had planned to send 200 troops but postponed the move"; not "but a second rotation was
# cancelled"). Group "ref" marks the referring kind.
# ("dropped" as a plan is, not paratroopers "dropped near Adazi"; "postponed by a week" is still to come)
_CALLED_OFF = (
    r"(?:cancell?ed|postponed(?!\s+(?:by|for)\b)|shelved|scrapped|called\s+off|abandoned"
    r"|dropped(?!\s+(?:near|over|at|in|on|by|into)\b))"
)
# A calling-off in the forces' own clause is theirs when they open the clause or a word of deploying does
# ("The proposal for a brigade ... was shelved"; not "Christmas leave for the 1,000 US troops was cancelled").
CALLED_OFF_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:]|\b(?:proposals?|plans?|deployments?|offers?|reports?|claims?|rumou?rs?|moves?|rotations?|decisions?|"
    r"transfers?|requests?|that))(?:\s+(?:a|an|the|some|about|around|up\s+to|planned|proposed|reported|of|for|to))*\s*$",
    re.IGNORECASE,
)
# ... not one of a clause of its own: "reached Latvia after their flight was postponed".
SUBORDINATE_BETWEEN = re.compile(r"\b(?:after|before|when|because|although|though|since|as|while|until)\b", re.I)
CALLED_OFF_AFTER = re.compile(
    # (the deployment itself, not another: "but the second rotation was cancelled", "their planned rotation")
    r"\b(?:(?P<ref>(?:the|this|that|its|their)\s+(?:(?:planned|proposed|promised|intended|announced)\s+)?"
    r"(?:deployment|move|plan|mission|rotation|decision|"
    r"idea|proposal|offer|transfer)\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|since\s+|then\s+)?"
    + _CALLED_OFF
    + r"|"
    + _CALLED_OFF
    + r"\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:move|deployment|plan|mission|rotation|decision|idea|proposal))"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|since\s+|then\s+|quietly\s+|indefinitely\s+)?"
    + _CALLED_OFF
    + r"|(?:were|was|proved|turned\s+out\s+to\s+be)\s+(?:false|untrue|unfounded|incorrect|fake))\b",
    re.IGNORECASE,
)
# ... and after them: "Greek frigates are not permitted to sail into the Black Sea", "F-16s are barred from
# flying over Russia", "a planned rotation of 500 soldiers to Pabrade was cancelled".
DENIED_AFTER = re.compile(
    r"\b(?:(?:barred|banned|prohibited)\s+from|(?:forbidden|not\s+(?:permitted|allowed))\s+to|"
    r"(?:not|never)\s+(?!only\b|just\b|yet\b)(?:\w+\s+){0,2}?(?:sail|fly|flying|enter|move|go|come|"
    r"be\s+(?:sent|deployed|stationed|based|welcome|allowed|permitted))\b|"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:cancell?ed|scrapped|called\s+off|shelved|abandoned))\b",
    re.IGNORECASE,
)
# How fast a force could be moved is a capability, no deployment: "a German armoured brigade could be moved
# from Lower Saxony to Lithuania in under two weeks", "an exercise showed that 3,000 troops can be deployed
# within 48 hours" (searched right after the mention).
_WITHIN_A_SPAN = (
    r"[^.;]{0,120}?\b(?:in|within)\s+(?:under\s+|less\s+than\s+|about\s+|just\s+|a\s+matter\s+of\s+)?"
    r"(?:[\w-]+\s+)?(?:hours|days|weeks)\b"
)
MOVABLE_WITHIN_AFTER = re.compile(
    r"\s+(?:could|can|would)\s+(?:now\s+|quickly\s+|then\s+)?be\s+(?:moved|deployed|sent|transported|brought|shifted|"
    r"rushed|redeployed|flown|shipped)\b" + _WITHIN_A_SPAN,
    re.IGNORECASE,
)
# The same said of the one who moves them: "Russia can move 20,000 troops to the border within days",
# "NATO could deploy up to 40,000 troops in a matter of days": what a force can do, not where it is (the
# verb and its modal right before the count, the span after it, in its clause).
ABLE_TO_MOVE_BEFORE = re.compile(
    r"\b(?:can|could|able\s+to|capable\s+of)\s+(?:now\s+|quickly\s+|rapidly\s+|swiftly\s+|also\s+)?"
    r"(?:move|deploy|send|mass|mobili[sz]e|bring|field|surge|rush|transfer|redeploy|shift|airlift|put|"
    r"moving|deploying|sending|massing|mobili[sz]ing|bringing|fielding|surging|airlifting)\s+"
    r"(?:(?:up\s+to|as\s+many\s+as|some|about|around|roughly|nearly|more\s+than|over|an\s+additional|another)\s+)?$",
    re.IGNORECASE,
)
WITHIN_A_SPAN_AFTER = re.compile(_WITHIN_A_SPAN, re.IGNORECASE)
# A capability is no deployment (CONVENTIONS): "a force able to grow to a full brigade", "the ability to
# scale up to brigade size", "can be reinforced to 5,000". ("could raise the force to" is a plan.)
CAPABILITY = re.compile(
    r"\b(?:able\s+to|ability\s+to|capable\s+of|can)\s+(?:\w+\s+){0,2}?(?:grow\w*|expand\w*|scal\w+|"
    r"be\s+(?:scaled|raised|reinforced|expanded|increased|augmented|grown))\s+(?:up\s+)?(?:\w+\s+){0,4}?to\b",
    re.IGNORECASE,
)
