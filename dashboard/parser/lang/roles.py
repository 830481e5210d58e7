"""Place roles: the words that make a named place a site (where forces are or go), a destination, or
only a venue, a command node, a home, an origin or a transit stop.

``places`` reads these around every place list; ``facts`` reads ``LEFT_BEFORE`` and ``SPANS``.
"""

from __future__ import annotations

import re

from dashboard.util.textmatch import Gated

# Cities that name alliance summits ("the 2018 Brussels summit"): an event, not a place or a date.
SUMMIT_CITIES = ("Warsaw", "Madrid", "Vilnius", "Wales", "Brussels", "Washington")

# A place right after one of these words is where forces are or go.
LOCATIVE_BEFORE = re.compile(
    r"""
    (?=[abefginoprstw])   # the first letters of the words that open a match: one test rejects most positions
    (?:\b(?:in|into|to|at|across|along|throughout|through|near|inside|within|towards?|on|onto|over|around
            |outside|among|for
            |patrol(?:s|led|ling)?|guard(?:s|ed|ing)?|reach(?:ed|es|ing)?|reinforc(?:e|es|ed|ing)
            |protect(?:s|ed|ing)?|police(?:s|d)?|policing
            |bolster(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|boost(?:s|ed|ing)?|shor(?:e|es|ed|ing)\s+up
            |enter(?:s|ed|ing)?)\s+
       (?:(?:all|each|both|whole|most|much|parts?|the\s+whole|the\s+rest)\s+(?:of\s+)?)?      # "in all of Poland"
       (?:(?:the|its|their|our|NATO's|Nato's|the\s+alliance's)\s+)?
       (?:(?:two|three|four|five|six|seven|eight|nine|both|all)\s+)?               # "across the three Baltic states"
       (?:(?:[\w-]+\s+)?                                                    # "the Polish base of"
          (?:territory|soil|territories|borders?|eastern\s+border|airspace|skies  # "the territory of", "the town of"
            |(?:north|south|east|west)(?:-?(?:east|west))?|centre|center|interior # "in the east of Poland"
            |(?:border\s+)?(?:town|city|village|port|base|county|district|province|voivodeship|oblast))\s+of\s+(?:the\s+)?
          # "at the base Bezmer", "in the town Tapa" (translated word order: the noun before its name)
          |(?:air\s+|military\s+)?(?:base|town|city|village|port|garrison|camp|airfield|range)\s+
          |(?:military\s+)?training\s+(?:area|ground|range)\s+
          # "at Naval Support Facility Redzikowo", "at Joint Base Lewis": a facility's kind before its name
          |(?:naval\s+(?:support\s+facility|air\s+station|station)|joint\s+base|air\s+station|army\s+garrison)\s+
          # "within 200 kilometres of"
          |(?:\d[\d,.]*|a\s+few|some\s+\d[\d,.]*)\s+(?:kilometres|kilometers|km|miles)\s+of\s+)?
       (?:(?:central|northern|southern|eastern|western|north-?eastern|south-?eastern  # "in central Romania"
            |north-?western|south-?western|northeast|southeast|northwest|southwest
            |north|south|east|west)\s+)?
    )$
    """,
    re.I | re.X,
)
# "according to Lithuania's intelligence", "thanks to Germany", "in response to Russia's actions": a source
# or a cause, no place (searched in the folded text right before the preposition LOCATIVE_BEFORE or
# DESTINATION_BEFORE found).
SOURCE_OR_CAUSE_BEFORE = re.compile(
    # ("in response to Russia's actions", "a reaction to Moscow's build-up": a cause)
    r"\b(?:according|owing|thanks|addition|compared|relative|response|reaction|reply|answer|responding|reacting)\s+$"
)
# "to another Baltic nation, Latvia", "to its neighbour, Latvia": a place in apposition to the kind of place
# a move goes to (sought in the folded text where a comma is).
APPOSED_DESTINATION_BEFORE = re.compile(
    r"\b(?:to|into|in|at)\s+(?:the\s+|its\s+|their\s+)?(?:another\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:country|nation|state|neighbou?r|ally|republic),\s+$"
)
# A region right after a count, its own destination: "a corvette to the Baltic Sea" (not a region that
# qualifies a country named before).
OWN_DESTINATION_GAP = re.compile(r"\s+(?:to|into|for)\s+(?:the\s+)?", re.IGNORECASE)
# A region covered or shielded is where forces are: "a new air-defence operation will cover the eastern
# flank" (apart from LOCATIVE_BEFORE, whose first-letter test it would slow; sought where its words are).
COVERED_BEFORE = re.compile(r"\b(?:cover(?:s|ed|ing)?|shield(?:s|ed|ing)?)\s+(?:(?:the|its|their|NATO's)\s+)?$", re.I)
# A name right after a preposition is a place, not the force that deploys ("at Adazi in central Latvia").
PLACE_PREPOSITION_BEFORE = re.compile(
    # ("In 2020 Denmark is contributing": a year or a number between is no part of a place.)
    r"\b(?:in|at|to|into|near|across|outside|around|towards?|onto|via|over|above)\s+(?:the\s+)?(?:(?!\d+\s)\w+\s+)?$"
    # "reinforced the border with Belarus with 5,000 soldiers": the other side of a border sends none
    r"|\bborders?\s+with\s+(?:the\s+)?$",
    re.I,
)
# So is a country visited ("The US president, visiting Poland, announced ..."), but not a nation's
# troops visited ("visited German troops in Rukla"): the name ends a phrase (VISITED_NAME_END).
VISITED_BEFORE = Gated(re.compile(r"\bvisit(?:s|ed|ing)?\s+$", re.IGNORECASE))
VISITED_NAME_END = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:on|in|last|this|next|during|for|and|to|with|at)\b)")


def visited(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a country visited ("visiting Poland, announced"), a place."""
    return bool(VISITED_BEFORE.search(text, max(0, start - 12), start) and VISITED_NAME_END.match(text, end))


# A place after one of these is where the forces go: "to Romania", "arrived at Tapa".
DESTINATION_BEFORE = re.compile(
    # "who had trained in Grafenwoehr ... are now in Poland": where they are now, over where they were
    # ("took off from Aviano ... and landed in Latvia": a flight's end is where it goes)
    r"(?:\b(?:to|into|towards?|onto|enter(?:s|ed|ing)?)|\b(?:arriv(?:e|ed|es|ing)|land(?:s|ed|ing)?|touch(?:ed|es)\s+down)\s+(?:in|at)"
    r"|\bnow\s+(?:(?:stationed|based|deployed|serving|operating|training|located)\s+)?(?:in|at)"
    r"|\b(?:left|leav(?:e|es|ing)|head(?:s|ed|ing)?|bound|depart(?:s|ed|ing)?|sail(?:s|ed|ing)?|set\s+(?:off|out))"
    # "left their barracks in Dresden for Lithuania": where they leave may come between
    r"\s+(?:\w+\s+){0,5}?for)\s+(?:the\s+)?(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# "are now training in Hungary": where forces are now (searched before a destination's place).
NOW_IN_BEFORE = re.compile(
    r"\bnow\s+(?:(?:stationed|based|deployed|serving|operating|training|located)\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# What forces are there to guard, named after a site of their own, is no second site: "deployed to Romania
# since March to help guard the port of Constanta" (searched in the folded text).
PURPOSE_OBJECT_BEFORE = re.compile(
    r"\bto\s+(?:help\s+)?(?:guard|protect|defend|secure|shield|cover)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
)
# Where forces return to is home, not a site; "from across Europe" says who, not where.
HOME_BEFORE = re.compile(
    r"\b(?:return(?:ed|ing|s)?|came\s+back|flew\s+back|went\s+back|back\s+to"
    # "fly home to Bulford", "whose home is Kecskemet": where a force goes back to or comes from
    r"|(?:head(?:s|ed|ing)?|fl(?:y|ies|ew|own|ying)|go(?:es|ing)?|went|sail(?:s|ed|ing)?)\s+home|whose\s+home\s+is)\b"
    # ... up to the place, unless where they served comes between ("back to Germany after nine months in")
    r"(?:(?!\bafter\b|\bfrom\b)[^.;!?]){0,50}$|\bfrom\s+(?:across|around|all\s+over|throughout)\s+(?:the\s+)?$|"
    r"\b(?:via|(?:port|harbou?r)\s+of)\s+(?:the\s+)?$|\b(?:held|hosted)\s+in\s+$|"
    # "back home in Texas": home again after a stay
    r"\bback\s+home\s+(?:in|at)\s+(?:the\s+)?$|"
    # "whose home garrison is in Cordoba", "their home port is Kiel": a force's home, not its site.
    r"\bhome\s+(?:base|garrison|port|station|town|airfield)s?\s+(?:is|was|are|were|remains?)\s+(?:in\s+|at\s+)?(?:the\s+)?$|"
    # "mostly from their home bases, such as Nordholz": the homes named as examples.
    r"\b(?:home\s+(?:base|garrison|port|station|airfield)s|from\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:bases|garrisons|ports))"
    r",?\s+(?:such\s+as|including|like|notably)\s+(?:[\w'-]+\s+(?:[\w'-]+\s+)?in\s+)?(?:the\s+)?$",
    re.I,
)
# "a wing headquartered in Husum on Germany's coast": where a formation named is headquartered is its home
# ("a brigade would be headquartered in Romania" is where it goes); apart from HOME_BEFORE, sought only
# where its word is.
HEADQUARTERED_HOME_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"\bheadquartered\s+(?:in|at)\s+(?:(?:[^.;,]{1,40}?\s)?(?:on|in|near)\s+)?(?:the\s+)?$",
    re.I,
)
ORIGIN_BEFORE = re.compile(
    r"\b(?:from|out\s+of|away\s+from)\s+(?:the\s+)?$"
    # "will come from units already stationed in Germany": where the forces drawn on are is where they leave
    r"|\b(?:from|out\s+of)\s+(?:[\w’'-]+\s+){0,3}?(?:units|forces|troops|soldiers|formations|elements|personnel)\s+"
    r"(?:(?:already|currently|now|permanently|normally)\s+)?(?:stationed|based|deployed|garrisoned)\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
# "now flying from Ämari air base", "conducting air policing from Siauliai": aircraft operate from a
# base, they do not leave it.
OPERATING_FROM = re.compile(
    # the aircraft may be named between: "flies six F-18s from Siauliai"
    # ("were flown in from Fort Bragg", "flew back from": a journey's start, not a base flown from)
    r"\b(?:(?:fly|flies|flying|flew|flown|operat(?:e|es|ed|ing)|work(?:s|ed|ing)?|patrol(?:s|led|ling)?|(?:took|take|takes|taking)\s+off|"
    r"scrambled|launched)\s+"
    r"(?:(?!(?:in|out|back|home|over|here|there)\s)[\w-]+\s+){0,4}?|"
    r"(?:policing|patrols|missions?|sorties)\s+(?:\w+\s+){0,2}?)from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "withdraw 3,000 troops from Novo Selo", "had already left Poland": where a withdrawal leaves.
LEFT_BEFORE = re.compile(
    r"\b(?:left|leave|leaves|leaving|quit|quits|departed|departs|departing)\s+(?:the\s+)?$", re.IGNORECASE
)
# "Estonia will host 300 soldiers": the name before is the host, a place, not the force.
# ("Latvia alone now hosts": the adverbs of a host's verb)
_HOST_VERB = (
    r"\s+(?:alone\s+|itself\s+|too\s+)?(?:(?:now|currently|already|still|also|will|would|(?:has\s+)?agreed\s+to|is\s+to|"
    r"plans\s+to)\s+)?"
    r"(?:hosts?|hosted|is\s+hosting|houses|is\s+home\s+to|has\s+received|received|receives|welcomed|welcomes|"
    r"(?:are|is)\s+to\s+(?:get|receive)|will\s+(?:get|receive)|gets?)\b"
)
HOST_AFTER = Gated(
    re.compile(
        # "Rota, Spain, the destroyers' home port, hosts"; "Another Baltic nation, Latvia, hosts"
        r"(?:\s*,(?:[^,.;]|(?<=\d)[.,](?=\d)){1,60},|\s*,(?=\s+(?:now\s+|currently\s+|already\s+)?host))?"
        + _HOST_VERB
        +
        # a place defended by forces: "the Lithuanian capital was protected by some 12 air defence systems"
        r"|\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:protected|defended|guarded|covered|"
        r"secured|patrolled|reinforced)\s+by\b"
        # a host to be, as headlines and clauses of purpose write it: "Latvia to get 800 Danish soldiers"
        r"|\s+to\s+(?:get|receive|host|welcome)\b"
        # A host to lose the forces it has: "Slovakia to lose US Patriot battery" (a withdrawal from it; past
        # "lost" counts losses in war).
        r"|\s+(?:is\s+to|is\s+set\s+to|(?<!want\s)(?<!wants\s)to)\s+lose\b"  # (not "does not want to lose")
        # A wish or an offer to host ("Latvia hopes to host"); "wants to get 2,000 troops to Poland" sends them.
        r"|\s+(?:hopes|wants|offered|offers|is\s+ready|is\s+willing|asked)\s+to\s+(?:host|receive|welcome)\b"
        # "Latvia's battlegroup": a multinational formation is its host's (see forces.HOSTED_FORMATION).
        r"|['’]s\s+(?:(?:\w+|NATO|Nato)\s+){0,2}?(?:battle\s*groups?|multinational\s+(?:brigade|division|corps))\b",
        re.I,
    )
)
# "Poland, which hosts some 10,000 Americans": a host in a relative clause is where its guests are, though it
# may act in its main clause ("France, which hosts a corps in Lille, sent 1,000 troops"): a place, still a force.
RELATIVE_HOST_AFTER = re.compile(r"\s*,\s+which" + _HOST_VERB, re.I)
# "Slovakia has a German Patriot battery", "Estonia has about 900 British soldiers": a country that has
# another nation's forces hosts them (the nation is checked against the gazetteer's forces; "Poland has
# 100,000 soldiers" are its own).
HAS_NATION_AFTER = re.compile(
    r"\s+(?:(?:now|currently|already|still)\s+)?(?:has|had)\s+(?!(?:never|not|no|so\s+far\s+refused)\b)"
    # ("has" of its own, not an auxiliary: "Spain had flown eight F-18s and Portugal four F-16s")
    r"(?![a-z]+(?:ed|en|wn)\b|(?:sent|kept|built|lost|put|brought|bought|made|led|left|become|begun|run)\b)"
    # (no place between: "Russia has 30,000 troops in Belarus, and NATO forces ..." hosts nothing)
    r"(?:(?!(?:in|at|near|to|on|never|not|no|refused|declined)\b)[\w,.-]+\s+){0,8}?"
    # "Lithuania has 23,000 active soldiers and 1,700 German troops", "Estonia has 2,000 allied soldiers"
    r"(?:(?P<nation>[A-Z][\w-]*)|(?P<allied>allied|foreign|multinational))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:troops|soldiers|forces|personnel|service\s+members|marines|airmen|sailors|jets|aircraft|fighters|tanks|"
    r"battle\s*groups?|brigades?|battalions?|compan(?:y|ies)|batter(?:y|ies)|units?|contingents?|Patriots?|F-\d+s?)\b"
    # (a post or equipment owned, not forces hosted: "a German brigade commander", "systems that it bought")
    r"(?![^.;]{0,20}?\b(?:commanders?|chiefs?|officers?|leaders?|headquarters|staff|bought|purchased|ordered|acquired)\b)"
)
# "Lithuania presence", "the Poland deployment": a country's name before such a noun says where.
ATTRIBUTIVE_PLACE_AFTER = re.compile(
    r"\s+(?:presence|brigade|battle\s*group|battalion|deployment|mission|rotation|contingent|garrison|"
    r"build-?up|reinforcements?)\b"
)
# Where someone speaks, meets or sits is never where forces go: "a spokesperson in Warsaw said",
# "critics in Sofia", "a summit in Riga", "headquartered in Naples"; nor where forces set out
# from or pass through: "from its base in Kiel", "out of Ramstein Air Base in the Palatinate",
# "boarded a flight at Gardermoen", "stops at the transit camp of Koper".
_IN_OR_AT_END = r"\s+(?:in|at)\s+(?:the\s+)?$"
SPOKEN_AT = re.compile(
    r"""
    \b(?:
        said | says | told\s+(?:reporters|journalists|parliament|lawmakers) | speaking | spoke | remarks
      | (?:statement|communiqu\w|press\s+release)(?:\s+(?:released|issued|published|sent))?
      | informed | informs | announced | announces | stated | declared     # translated word order:
                                                            # "..., informed yesterday in Olsztyn the voivode"
      | visit(?:ed|ing|s)? | (?:news|press)\s+(?:conference|briefing) | briefing | summit | meeting | talks
      | interview | conference | signed | agreement | gather(?:ed|ing|s)?
      | (?:allies|leaders|ministers)\s+(?:agreed|decided|pledged)                  # a summit's decision
      | spokes(?:man|woman|person) | officials? | ministry | minister | embassy | diplomats? | critics
      | analysts | commentators | sources? | officers? | leaders | authorities | government | administration
      | (?<!be\s)headquartered | command\s+(?:centre|center|post)(?:\s+\w+){0,2} | sits?  # command nodes
                                             # (not "will be headquartered in Hungary": set up there)
      | home\s+(?:base|garrison|station)s?                                             # where forces return
      | boarded\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:flight|plane|aircraft|ship|train)s?       # departures
      | (?:from|out\s+of)\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:base|garrison|station|headquarters|HQ)s?
      | (?:left|leav(?:e|es|ing))\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:base|garrison|station|port)s?
      # ("from Ramstein Air Base in"; not "fly from a base in Poland", a base with no name)
      | (?:from|out\s+of)\s+(?!(?:a|an|one|another)\s)(?:[A-Z][\w’'.-]*\s+){1,5}
        (?:Base|Station|Garrison|Barracks|Airfield|Field)
      | port | harbou?r | transit\s+bases? | (?:stops?|stopovers?)\s+(?:at\s+)?[^.;]{0,60}   # transit
      | port\s+(?:calls?|visits?) | called | calling                                  # a port of call
      | (?:commanded|led|directed|controlled|coordinated)\s+from(?:\s+[\w-]+){0,3}           # command nodes
      # with whom one signs or speaks: "signed with Latvia in Vilnius", "speaking alongside his counterpart
      # in Stockholm" (not "officers with the battlegroup in Lithuania")
      | (?:signed|signing|speaking|spoke|talks|agreement|meeting)\s+(?:with|alongside|beside)\s+
        (?:[\w’'-]+\s+){0,3}?[\w’'-]+
    )
    (?:\s+(?:(?:on|last|this)\s+\w+|yesterday|today))?"""
    + _IN_OR_AT_END,
    re.I | re.X,
)
# Most places follow no "in" or "at": a quick test of the end spares them the long pattern.
ENDS_IN_OR_AT = re.compile(_IN_OR_AT_END, re.I)
# "a force that runs from the Arctic to the Aegean" describes a kind of force, in a clause of its own
# ("eight battlegroups now run from the Baltic to the Black Sea" are there).
DESCRIPTIVE_SPAN = re.compile(
    r"\b(?:that|which)\s+(?:can\s+|could\s+|would\s+|will\s+)?(?:stretch(?:es)?|extends?|spans?|reach(?:es)?|"
    r"runs?)\s+$",
    re.I,
)
# ("whose units were spread from Estonia to Bulgaria": forces spread over a span are across it)
SPANS = re.compile(
    r"\b(?:stretch|extend|span|rang|run|spread|scattered|dispersed|distributed)\w*\s+(?:all\s+the\s+way\s+)?from\b",
    re.IGNORECASE,
)
# Where a place lies, told of it in an aside: "Belarus, which borders Poland, hosts", "Kaliningrad, the
# exclave wedged between Poland and Lithuania, hosts": the neighbours are no host (searched in the folded
# text before the first neighbour).
NEIGHBOURS_BEFORE = re.compile(
    r"\b(?:borders?|bordering|(?:wedged|sandwiched|squeezed|lying|lies|located|situated)\s+between|between|"
    # ("neighbouring Romania now hosts": the adjective names the host itself)
    r"next\s+to|neighbou?rs|adjacent\s+to|adjoining)\s+(?:the\s+)?$"
)
# "at the Campia Turzii base near the Transylvanian hills": a site's reference point.
NEAR_BEFORE = Gated(re.compile(r"\b(?:near|outside|close\s+to|not\s+far\s+from)\s+(?:the\s+)?$", re.IGNORECASE))
# ... and the site right after such a reference point: "near the Ukrainian border in Belarus"
SITE_IN_GAP = re.compile(r",?\s+(?:in|inside|within)\s+(?:the\s+)?", re.IGNORECASE)
# Where a meeting, a visit or a command sits, named after its noun and an "of" phrase: "a summit of the
# alliance's Baltic Sea members in Helsinki", "Commander Task Force Baltic in Rostock" (a task force by
# its name; "the task force in Slovakia" is the force), "a visit to an arms factory in Gliwice". The
# words between name no deployment (no count, no verb of moving).
VENUE_BEFORE = re.compile(
    r"\b(?:summit|meeting|conference|talks|ceremony|visit|forum|factory|plant|shipyard|Task\s+Force\s+(?!(?:in|at|of|to|with|from|for|and|is|was|will|has|had|now|still|currently|which|that|"
    # (not "a joint task force headquarters in Germany": one set up there)
    r"stationed|based|deployed|serving|arrived|operating|headquarters|hq)\b)\w+"
    r"|(?:operations|command|control|coordination)\s+cent(?:re|er)"
    # where a statement is made or tabled: "the National Assembly in Ljubljana", "the US embassy in Bucharest"
    r"|parliament|assembly|bundestag|sejm|seimas|saeima|riigikogu|senate|congress|chamber|ministry|embassy|cabinet"
    # Events are where they happened, not where forces are: "their failed mutiny in Russia".
    r"|mutiny|uprising|coup|revolt|war|invasion|offensive|fighting|battle|attacks?"
    # an incident is where it happened: "after the drone incident in Latvia" (not where forces go)
    r"|incidents?|crash|crashes|strikes?|intrusions?|incursions?|explosions?|blasts?)"
    r"\s+(?:(?:of|with|between|in|to)\s+(?:(?!(?:deploy\w*|sen[dt]|station\w*|mov\w+|based|will|would|agreed|decided|"
    r"troops|soldiers|forces)\b)[^\W\d][\w’'-]*\s+){1,6}?)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A decision is where it was taken: "in line with the decision in Madrid" (not "the decision to keep a
# brigade in Lithuania").
DECISION_AT_BEFORE = Gated(re.compile(r"\bdecisions?\s+(?:taken\s+|made\s+|reached\s+)?(?:in|at)\s+$", re.I))
# "said during a visit to the Adazi base": where a visitor speaks, unless the sentence refers back to it
# as a site ("During a visit to Tapa, where 1,000 British troops are based", "... are stationed there").
VISIT_TO_BEFORE = re.compile(r"\bvisit(?:s|ing)?\s+to\s+(?:the\s+)?$", re.IGNORECASE)
WHERE_AFTER = re.compile(r",\s+where\b", re.IGNORECASE)
# A place the speaker is at: "NATO's military headquarters in Mons said".
# A country named as the owner of a body that speaks is no place: "the US embassy in Bucharest said", "the
# UK defence ministry said" (searched right after a country's name).
INSTITUTION_AFTER = re.compile(
    r"\s+(?:(?:defen[cs]e|foreign|interior|state|federal)\s+)?(?:ministry|ministries|embassy|embassies|officials?|"
    r"government|administration|department|ambassador|envoy|spokes(?:man|woman|person)|delegation|diplomats?|"
    r"lawmakers|authorities)\b",
    re.IGNORECASE,
)
SPOKEN_AFTER = re.compile(r"\s+(?:said|says|announced|reported|told|stated|added|confirmed)\b")
# A place named as the scope of a judgement, not where forces are: "little fresh combat power in Europe as
# a whole" ("In Europe as a whole, the US has 100,000 troops" opens the sentence with the forces' place).
SCOPE_AFTER = re.compile(r"\s+as\s+a\s+whole\b(?!\s*,)", re.IGNORECASE)
# Aircraft sent up to meet another are where they fly from; what they meet, and where, is no deployment:
# "took off from Siauliai to intercept a Russian plane over the Baltic Sea" (searched before a mention or a
# place).
INTERCEPT_BEFORE = re.compile(
    r"\bto\s+(?:intercept|shadow|escort)\b(?:(?!\band\b)[^.;,]){0,60}$",
    re.IGNORECASE,
)
# "from Estonia to Romania" after a region ("along the eastern flank, from Estonia to Romania") or opening a
# sentence ("From Narva to Constanta, ..."): the ends of a span, no origin and destination.
SPAN_TO_GAP = re.compile(r"\s+to\s+(?:the\s+)?", re.IGNORECASE)
SPAN_FROM_GAP = re.compile(r"\s*[,(\u2013\u2014]\s*from\s+(?:the\s+)?", re.IGNORECASE)
SPAN_OPENING_BEFORE = re.compile(r"\W*from\s+(?:the\s+)?", re.IGNORECASE)
SPAN_OPENING_AFTER = re.compile(r"\s*,")
# ("From Poland to Lithuania, 200 US soldiers were moved by helicopter" is a move)
MOVED_WORDS = re.compile(
    r"\b(?:moved|sent|deployed|redeployed|flown|flew|transferred|shipped|driven|drove|brought|taken|marched|relocated|"
    r"travell?ed|rotated|crossed|headed|sailed|went|came|returned)\b",
    re.I,
)
# A verb of moving in any form: with none in its sentence, "from Estonia to Bulgaria" after a count is a
# span ("NATO commands eight battlegroups from Estonia to Bulgaria"), not a move.
ANY_MOVE = re.compile(
    r"\b(?:(?:mov|send|deploy|redeploy|transfer|relocat|travel|rotat|sail|return|shift|reposition|pull|dispatch|arriv|"
    r"depart|rush|reinforc|evacuat)\w*|sent|fl(?:y|ies|ew|own|ying)|shipp(?:ed|ing)|driv(?:e|es|en|ing)|drove|"
    r"bring(?:s|ing)?|brought|tak(?:e|es|en|ing)|took|march(?:es|ed|ing)?|head(?:s|ed|ing)|went|go(?:es|ing|ne)?|"
    r"c(?:o|a)me|com(?:es|ing)|withdr[ae]w\w*|leav(?:e|es|ing)|left|cross(?:es|ed|ing)?)\b",
    re.I,
)
# A city that names an event or a text: "decisions adopted at the Madrid Summit", "as agreed at the Vilnius
# summit", "under the Minsk agreements".
EVENT_NAME_AFTER = re.compile(
    r"\s+(?i:summit|declaration|communiqu[eé]|accords?|agreements?|treaty|protocol|format)\b(?!\s+(?:in|at)\b)"
)
# The scene of an airspace incident is no site, nor where a story's forces are: "after a drone incursion
# into Poland", "three days after Russian drones were shot down over Poland", "after drones violated Polish
# airspace", "debris of a drone fell in Romania" (searched in the folded text before a place).
INCIDENT_SCENE_BEFORE = Gated(
    re.compile(
        r"\b(?:(?:incursions?|intrusions?|violations?)\s+(?:of\s+|into\s+|over\s+)(?:the\s+)?"
        r"|(?:shot|brought)\s+down\b[^,;:.]{0,40}\s(?:over|above|in|near)\s+(?:the\s+)?"
        r"|(?:crash(?:ed|es)?|fell|exploded)\s+(?:in|on|over|near)\s+(?:the\s+)?)$"
    )
)
# The verbs of entering an airspace ("violated", "crossed into", "penetrated"), one list for the incursion's
# veto (frames.AIRSPACE_ENTERED) and the incursion's scene (below).
ENTERING_VERB = (
    r"(?:enter(?:ed|s|ing)?|violat(?:ed|es|ing)|cross(?:ed|es|ing)(?:\s+into)?|strayed\s+into|flew\s+into|"
    r"penetrat(?:ed|es|ing))"
)
# What enters an airspace, named by its country's adjective ("violated Polish airspace"): the verb before
# the place (folded text); the caller asks for " airspace" after it.
AIRSPACE_ENTERED_BEFORE = Gated(re.compile(r"\b" + ENTERING_VERB + r"\s+(?:the\s+)?$"))
# A destination for repairs is no site: "is going to Germany for maintenance".
REPAIRS_AFTER = re.compile(r"\s+for\s+(?:\w+\s+)?(?:maintenance|repairs?|refit|overhaul|upgrades?|servicing)\b", re.I)
# "The vehicles transited through Suwalki": where forces pass, not where they are (folded text).
TRANSIT_BEFORE = Gated(
    re.compile(
        # (not "5,000 NATO troops have passed through Adazi this year": the rotations of a training base)
        r"\b(?:transit(?:s|ed|ing)?|fl(?:ew|y|ies|own)|travell?(?:ed|ing|s)?|drove|driven|sail(?:ed|s)?)"
        r"\s+(?:through|via)\s+(?:the\s+)?$"
        # "via the port of Gdansk": a port passed; "shipped from Texas through the German port of Bremerhaven": a
        # verb of carrying, further back in the clause
        r"|\b(?:through|via)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:port|harbou?r|airport|railhead|terminal)\s+(?:of\s+)?$"
        r"|\b(?:shipp(?:ed|ing)|transported|carried|ferried|railed|trucked|moved|brought)\b[^.;:]{0,60}?\s"
        r"(?:through|via)\s+(?:the\s+)?$"
    )
)
# Ports and border crossings are where forces pass, not where they are.
TRANSIT_AFTER = Gated(
    re.compile(
        r"(?:\s+and(?:\s+[A-Z][\w’'-]*){1,3})?\s+(?i:port|harbou?r|seaport|ferry\s+terminal|"
        r"border\s+(?:crossings?|points?|checkpoints?))\b"
        # "flew to Mihail Kogalniceanu and continued by road", "landed in Gdansk before heading to Orzysz", "shipped
        # to Klaipeda and then sent by rail to Rudninkai": a stage of the journey, not its end
        r"|(?i:(?:\s+(?:airport|railhead|station|terminal))?,?\s+(?:and|then|before)\s+(?:then\s+)?"
        r"(?:continued|continuing|travell?ed\s+on|moved\s+on|went\s+on|heading|moving|travell?ing|going|reaching|"
        r"proceeding|driving|flying)\b(?!\s+(?:home|back)\b)"  # (not "served in Poland before heading home")
        # "landed in Italy to refuel", "touched down in Germany for refuelling", "landed in Warsaw en route to"
        r"|,?\s+(?:to\s+refuel|for\s+(?:refuell?ing|a\s+refuell?ing\s+stop|a\s+stopover)|en\s+route\s+(?:to|for))\b"
        r"|,?\s+and\s+(?:(?:were|was|are|is)\s+)?then\s+(?:[\w-]+\s+){0,4}?(?:to|on\s+to|onward)\b)"
    )
)
# "forces already in Europe", "troops already stationed in Germany": where forces are before a move, if
# the sentence names where they go.
ALREADY_IN_BEFORE = re.compile(
    r"\balready\s+(?:(?:stationed|based|deployed|present|serving)\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE
)
# ", based in Chrudim,", "the 173rd Airborne Brigade based in Vicenza": a force's home named in its own
# apposition or after its name; where it goes is elsewhere.
HOME_APPOSITION_BEFORE = re.compile(
    r"(?:,\s*|\b(?:brigade|regiment|division|battalion|group|squadron|wing|corps|fleet)\s+)"
    r"(?:(?:normally|usually|permanently|otherwise)\s+)?(?:based|stationed|garrisoned|home-based)\s+(?:in|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "based in Vilseck in Bavaria", "at Laage, Germany": a place and the larger one it is in, one home.
SAME_PLACE_GAP = re.compile(r",?\s*(?:in\s+)?(?:the\s+)?", re.IGNORECASE)
# "a Stryker squadron, normally stationed in Vilseck": where a force usually is says it is elsewhere now
# ("permanently stationed in Poland" is where it is).
NORMALLY_BASED_BEFORE = re.compile(
    r"\b(?:normally|usually|ordinarily|otherwise|in\s+peacetime)\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:based|stationed|garrisoned|located)\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
NORMALLY_WORDS = ("normally", "usually", "ordinarily", "otherwise", "peacetime")
# "left their barracks in Oirschot", "left Amendola air base in Italy": where a place left is (not "were left
# in Romania", which stay; searched in the folded text when it holds "left", "leav" or "depart").
LEFT_BASE_BEFORE = re.compile(
    # (a departure done: "British troops leaving their barracks in Tapa patrol the border" are at Tapa)
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:left|departed)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:barracks|base|airbase|garrison|camp|port|harbou?r|airfield|station|quarters|home)\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "20 soldiers from Panzergrenadierbrigade 41, based in Torgelow, staff a command post": the home of the
# formation the forces come from, in its own apposition, is where they come from (folded text).
FROM_FORMATION_HOME_BEFORE = re.compile(
    # (a formation by its noun or its number: not "soldiers from Spain, based in Adazi,")
    r"\bfrom\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?"
    r"[\w’'-]*(?:brigade|regiment|division|battalion|wing|group|squadron|corps|fleet|\d)[\w’'-]*\s*,\s*"
    r"(?:(?:normally|usually|permanently|otherwise)\s+)?"
    r"(?:based|stationed|garrisoned|home-based)\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "UK Typhoons based at RAF Lossiemouth in Scotland will deploy to Malbork": a participle after any noun
# names the home of the subject of a move, when the subject's predicate follows the place (not "British
# troops stationed in Estonia, ... two ships into the Mediterranean", nor "300 troops are based in Estonia").
PARTICIPLE_HOME_BEFORE = re.compile(
    r"(?<!\bare)(?<!\bis)(?<!\bwere)(?<!\bwas)(?<!\bbe)(?<!\bbeen)(?<!\bremain)(?<!\bremains)(?<!\bstay)(?<!\bstays)"
    r"(?<![\d,])\s+(?:(?:normally|usually|permanently|currently|now)\s+)?(?:based|stationed|garrisoned)\s+(?:in|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
PREDICATE_AFTER = re.compile(
    # (a move of its own: "... will deploy to Malbork", "were sent to"; not "were joined last week by 300 Swedes",
    # nor a verb of the sentence's subject after a comma: "the British troops stationed in Estonia, send two ships")
    # (after the place, only its country: "at RAF Lossiemouth in Scotland", "at Laage, Germany,")
    r"(?:(?:\s+in|,)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?,?\s+"
    r"(?:(?:will|would|are\s+(?:to|due\s+to|set\s+to)|is\s+(?:to|due\s+to|set\s+to)|have\s+been|has\s+been|were|was)\s+"
    r"(?:be\s+)?(?:(?:also|then|now|soon)\s+)?"
    r"(?:move|moved|deploy|deployed|redeploy|redeployed|go|head|headed|sent|relocate|relocated|leave|left|return|"
    r"returned|fly|flown|transfer|transferred|shift|shifted|rotate|rotated|reposition|repositioned)"
    r"|(?:moved|deployed|redeployed|went|headed|relocated|left|returned|flew|transferred|shifted|rotated|repositioned))\b"
)
# "soldiers from the 173rd Airborne Brigade in Vicenza": where the formation they come from is based; a site
# only in a host of the flank ("soldiers from the 3rd Infantry Division in Poland are now guarding").
FORMATION_HOME_BEFORE = re.compile(
    r"\bfrom\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:[\w'-]+\s+){0,4}(?:brigade|regiment|division|battalion|wing|"
    r"group|squadron|corps|fleet)\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Where the rest of a force stays: "stays in Britain until it is needed".
STAYS_BEFORE = re.compile(
    r"\b(?:stays?|stayed|remains?|remained|kept|waits?|waited)\s+(?:at\s+home\s+)?in\s+(?:the\s+)?$"
)
# A formation named by its host, the place it serves: "Battle Group Latvia", "Forward Land Forces Finland"
# (searched in the folded text before a place).
HOST_NAMED_FORMATION_BEFORE = re.compile(
    r"\b(?:battle\s*group|battlegroup|multinational\s+brigade|forward\s+land\s+forces?|nfiu)\s+$"
)
# "reinforce its eastern flank with additional fighter jets": the place reinforced, then "with" and what
# reinforces it (REINFORCED_WITH_GAP between the place and the forces; REINFORCING_BEFORE before the place).
REINFORCED_WITH_GAP = re.compile(
    r"\s+with\s+(?:(?:additional|more|extra|new|further|some|its|their)\s+)?", re.IGNORECASE
)
REINFORCING_BEFORE = re.compile(
    r"\b(?:reinforc\w*|bolster\w*|strengthen\w*|boost\w*|shore\w*\s+up)\s+(?:the\s+|its\s+|their\s+|NATO's\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
