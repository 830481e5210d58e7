"""How places are named in running text: capitalised names after a preposition, facilities after a
town ("Tapa Army Base"), a country qualifying a town ("Tapa, Estonia"), a nationality naming its
land ("on Estonian soil"), deictic references ("the airfield", "there") and words that begin names
but are never towns.

``places`` reads these to find a sentence's places; ``attributes`` reads ``TERRITORY_AFTER``.
"""

from __future__ import annotations

import re

from dashboard.util.textmatch import Gated

# A capitalised name after a preposition may be a town the gazetteer knows; the preposition may open the
# sentence ("In Constanta, 300 Dutch soldiers are deployed").
TOWN_CANDIDATE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Tt]o|[Ii]nto|[Oo]utside|[Aa]round|[Ff]rom|[Tt]owards?|of|[Tt]hrough|over|reached)\s+(?:the\s+)?"
    # (translated word order puts the kind of place before its name: "at the training area Nowa Deba")
    r"(?:(?:military\s+)?(?:training\s+(?:area|ground|range)|garrison|military\s+base|base|camp|range|town|city|"
    r"village|port|airfield|air\s+base)\s+)?"
    r"(?P<name>[A-ZÀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-Ž][\w’'-]*){0,2})"
)
# Capitalised words that begin names of regions or bodies, never a town on their own ("Central and
# Eastern Europe", "U.S. Central Command").
NOT_TOWNS = frozenset(
    "Central Eastern Western Northern Southern North South East West Upper Lower Greater New "
    "Old Great Little Saint St Fort Camp Port "
    # the first words of a facility's name, whatever towns share them: "Naval Support Facility Redzikowo" (Naval,
    # Spain), "Joint Base", "Army Garrison"
    "Naval Joint Army Military Marine Combined Allied Forward "
    # adjectives of regions, whatever towns share their names: "the Baltic capital" is no Baltic, Connecticut
    "Baltic Nordic Balkan Arctic Atlantic".split()
)
# "the U.S. European Command", "Polish Armed Forces": a country inside an organisation's name.
ORGANISATION_AFTER = re.compile(
    r"\s+(?:European|Africa|Central|Army|Navy|Air\s+Force|Marine|Marines|Armed|Defen[cs]e|Embassy|Department|"
    r"Government|Command|Coast\s+Guard|Special|Joint|National)\b"
)
# "Rota Naval Station": the facility after a town is part of its name.
FACILITY_AFTER = re.compile(
    r"\s+(?:Air\s+(?:Force\s+)?Base|Air\s+Station|Naval\s+(?:Air\s+)?(?:Base|Station)|Airbase|Air\s+Field|Airfield|"
    r"Army\s+Base|Base|Barracks|Garrison|Training\s+(?:Area|Range|Ground)|Range|Camp)\b"
)
AT_SEA = re.compile(r"\bat\s+sea\b", re.IGNORECASE)
# "the Baltic" alone is the sea ("on patrol in the Baltic", "ships to the Baltic"); followed by a noun it
# qualifies ("the Baltic states", "the Baltic region", "the Baltic Fleet"), it is none.
# Words of ships and aircraft: with one of them, "the Baltic" is the sea (looked for in the folded text).
SEA_WORDS = (
    "ship",
    "vessel",
    "frigate",
    "corvette",
    "destroyer",
    "submarine",
    "minehunter",
    "minesweeper",
    "warship",
    "navy",
    "naval",
    "fleet",
    "sailed",
    "patrol",
    "jets",
    "aircraft",
    "fighters",
    "air policing",
    "sea",
)
THERE_REFERS = re.compile(r"\bthere\b(?!\s+(?:would|will|is|are|was|were|has|have|had|may|might|could|should)\b)")
THE_BALTIC = re.compile(r"\bthe\s+Baltic\b(?![\s-]*(?:[A-Za-z]))")
# "on Estonian soil", "in Romanian territory": a nationality that names its country as a place.
TERRITORY_WORDS = ("soil", "territory", "airspace", "waters", "skies")
TERRITORY = re.compile(rf"(?P<name>[A-Z][a-z]+)\s+(?:{'|'.join(TERRITORY_WORDS)})\b")
# "Romanian territory", "on Estonian soil": a nationality that names a place.
TERRITORY_AFTER = re.compile(r"\s+(?:territory|soil|airspace|waters|skies|land)\b", re.I)
# "the airfield", "there", "the host nation": the place the story is at. One of the words is in the
# folded text of every match: a test before the scan.
DEICTIC_WORDS = (
    "airfield",
    "airport",
    "base",
    "training",
    "range",
    "camp",
    "country",
    "nation",
    "state",
    "republic",
    "capital",
    "region",
    "there",
    "territory",
    "here",
)
# "Poland's army numbers 190,000 ... in the country", "Poland is a key ally, and ... there": a country named
# before as an owner or the subject of "is" is the one "the country" and "there" refer to (searched right
# after the country's name).
# On standby for a host: "on standby in Canada to reinforce them" (a standby for other ends places nothing).
TO_REINFORCE = re.compile(r"\bto\s+(?:reinforce|bolster|back\s+up)\b", re.IGNORECASE)
# A nation that places forces: "Belarus has stationed", "Poland moved", "Latvia keeps".
STATIONS_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:now\s+|also\s+)?)?(?:stationed|placed|deployed|moved|massed|positioned|keeps|kept|"
    r"stations|places|deploys|moves)\b"
)
COUNTRY_AS_TOPIC_AFTER = re.compile(
    # (or the subject that has or hosts: "Poland has no permanent US base, and 10,000 US troops are in the country")
    r"['’]s\b|\s+(?:is|was|remains)\s+(?:a|an|the|one)\b|\s+(?:has|had|hosts|hosted|keeps|kept)\b"
)
# A nation's name as a force's: "US troops", "NATO forces", "Russian air force".
FORCE_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|personnel|service\s+members|marines|sailors|airmen|jets|aircraft|"
    r"warships|ships|tanks|army|navy|air\s+force)\b",
    re.IGNORECASE,
)
# Searched in the folded text (textmatch.folded), so in lower case and without IGNORECASE.
DEICTIC = re.compile(
    r"\b(?:in|at|to|into|on|across|throughout|guarded|guard|guards|guarding|protect\w*|defend\w*)\s+"
    r"(?P<ref>the\s+(?:airfield|air\s+base|airbase|airport|base|"
    r"training\s+(?:area|range|ground)|range|camp|country|host\s+nation|region|national\s+territory)"
    # "in his country", "based in the Baltic country": a country named before, by its owner or its kind
    # "the Black Sea nation", "the Baltic capital": a country of a kind, named before
    r"|(?:his|her|its|their|our)\s+country|the\s+(?:baltic|nordic|balkan|host|black\s+sea)\s+"
    r"(?:country|nation|state|republic|capital))\b"
    r"|\b(?:stationed|based|deployed|serving|remain|remains|stay|stays|arrived|there\s+are)\s+(?P<there>there)\b"
    # "The battlegroup that trains here": the dateline's place (not where one speaks: "said here")
    r"|(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\bannounced\s)(?<!\breporters\s)(?<!\bfrom\s)(?<!\bofficials\s)"
    r"(?<!\bdiplomats\s)\b(?P<here>here)\b(?!\s+(?:say|said|says|believe|believed|think|fear|told)\b)"
)
# "in his country" after "Polish President Andrzej Duda": the country of a national office named before.
SPEAKERS_COUNTRY = re.compile(r"\b(?:his|her)\s+country\b", re.IGNORECASE)
NATIONAL_OFFICE = re.compile(
    r"\b(?P<nation>[A-Z][a-z]+)\s+(?i:president|prime\s+minister|premier|chancellor|(?:defen[cs]e|foreign)\s+minister"
    r"|minister\s+of\s+defen[cs]e|head\s+of\s+state|leader)\b"
)
# The countries a kind of nation names ("the Baltic nation", "the Black Sea country"): the last of them the
# sentence names before it, else the story's most named.
NATION_KINDS = {
    "baltic": ("EE", "LV", "LT"),
    "black sea": ("RO", "BG", "TR", "GE", "UA"),
    "nordic": ("FI", "SE", "NO", "DK", "IS"),
}
NATION_KIND = re.compile(r"the\s+(baltic|black\s+sea|nordic)\s")
NATION_NOUN_AFTER = re.compile(r"\s+(?:country|nation|state|republic|capital)\b")
# "Lithuania's Šiauliai Air Base": a base named with its country.
POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:the\s+)?")
# "Tapa, Estonia", "Lešť in central Slovakia": a country after a town qualifies it.
QUALIFIER_GAP = re.compile(
    # ("Revinge, in the south of Sweden": the country that qualifies a town, with the town's part of it)
    r",?\s+in\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"|,\s*|\s+in\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|north-?eastern|south-?eastern|"
    r"north-?western|south-?western)\s+)?",
    re.IGNORECASE,
)
# "the Baltic states" is cited as "Baltic states".
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "Patrol Squadron 46", "the Aigle mission": a capitalised word before the head of a unit's or a
# mission's name is part of that name, not a town.
UNIT_NAME_AFTER = re.compile(
    r"\s+(?i:squadron|wing|regiment|battalion|brigade|group|fleet|command|mission|operation|division|corps|"
    r"task\s+force)\b"
)
# "the Transnistrian region", "the Crimean peninsula": a place named by its adjective ("-n", "-an",
# "-ian" after the name) and a noun of land.
ADJECTIVE_PLACE = re.compile(
    r"\b(?P<adjective>[A-Z][a-z]{3,}(?:ian|an|n))\s+(?:region|area|peninsula|enclave|exclave|coast|territory)\b"
)
# The region whose members host the alliance's forward formations: a dateline there may place a count,
# and a member named in the possessive before a battlegroup is its host ("Latvia's battlegroup").
FLANK_REGION = "eastern flank"
# Where Russian and Belarusian forces are reported from, never stationed: the flank, the Nordic countries
# and the Baltic Sea's allied coasts (the gazetteer's regions; Russia's own coast is left out by its side).
ALLIED_NORTH_AND_EAST = (FLANK_REGION, "Nordic countries", "Baltic Sea")
# A sentence that points back at the story's place puts even those forces there ("At their peak, some
# 50,000 Russian soldiers were there"); "the region" and "the area" are as often wider (searched folded).
POINTS_BACK = Gated(
    re.compile(
        r"\bthere\b(?!\s+(?:are|were|is|was|will|would|have|has|had|remain)\b)|\bhere\b|\bthe\s+country\b(?!['’]s)"
        r"|\b(?:its|their)\s+(?:territory|waters|airspace)\b"
    )
)
# "the Latvia-based brigade", "the Poland-based US division": a formation based in a host of the flank is
# there (a town's or a state's, "a Texas-based unit", is where a force comes from, and is left alone).
# A town that opens a sentence as the host of what follows: "Constanta hosts 300 US sailors",
# "Kaliningrad, a Russian exclave, is home to 18,000 troops" (towns are otherwise found after a preposition).
TOWN_HOSTS = re.compile(
    r"^\W*(?P<name>[A-ZÀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-Ž][\w’'-]*){0,2})"
    r"(?=(?:,[^,;]{1,90},)?\s+(?:hosts|hosted|has\s+hosted|is\s+home\s+to|was\s+home\s+to|houses)\b)"
)
BASED_IN_NAME = re.compile(r"\b(?P<name>[A-Z][a-z]+)-based\b")
# "150 Polish soldiers serve in the Latvian battlegroup": a flank host's battlegroup is in that host.
HOSTED_BATTLEGROUP = re.compile(
    r"\b(?:in|with|to|into)\s+the\s+(?P<name>[A-Z][a-z]+)\s+(?:NATO\s+|multinational\s+)?"
    r"(?:battle\s*group|eFP\s+battle\s*group)\b"
)
# The nations whose own forces stand at a land border of the theatre on their own side: Russia,
# Belarus, Ukraine, Moldova, the flank from Norway to Türkiye, and Georgia. A force from afar at a
# border stands at its host's ("US soldiers near the border with Belarus" are in Poland or Lithuania).
BORDER_NATIONS = frozenset("RU BY UA MD NO FI EE LV LT PL SK HU RO BG TR GE".split())
# A border names two sides, and only one of them is where forces stand: "the border with Belarus",
# "its border with Russia", "Poland's eastern border", "the Finnish border", "the Polish-Belarusian border".
# ("frontier" is a border too: "Poland sent 10,000 soldiers to its eastern frontier")
BORDER_WORDS = ("border", "frontier")
_BORDER = r"(?:borders?|frontiers?)"
BORDER_WITH_BEFORE = re.compile(rf"\b{_BORDER}\s+with\s+(?:the\s+)?$", re.IGNORECASE)
OWNS_BORDER_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?{_BORDER}\b", re.IGNORECASE)
# After a heading's place: nothing, or a colon or dash and a title ("Lithuania: the German brigade").
HEADING_TAIL = re.compile(r"\s*(?:[:\u2013\u2014-]\s*[^.!?]*)?\s*")
# "Russian troops around its borders": the borders of the country named before, which may be a region;
# "on its territory", "on its soil": that country itself.
ITS_BORDERS = re.compile(r"\bits\s+borders\b")
# Names that own no "its": in an opening clause that sets the scene ("Since Russia invaded Ukraine,"),
# or a war's owner ("Russia's war", "Russia's full-scale invasion").
OPENING_CLAUSE = re.compile(r"(?:Since|After|As|While|When|Following|With|Before|Amid)\b[^,]{0,120},")
WAR_OF_AFTER = re.compile(r"['’]s\s+(?:\w+[\s-]+){0,2}?(?:war|invasion|aggression|attack|offensive|threat)\b", re.I)
ITS_TERRITORY = re.compile(
    r"\bits\s+(?:own\s+)?(?:national\s+)?(?:territory|soil)\b"
    # "moved 30,000 of its own soldiers to its eastern regions": a part of its own country
    r"|\bits\s+(?:(?:north|south|east|west)(?:ern|-?eastern|-?western)?\s+)(?:regions?|provinces?|districts?|flank)\b"
)
ITS_BORDER = re.compile(rf"\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_BORDER}\b", re.IGNORECASE)
ADJECTIVE_BORDER = re.compile(rf"\b(?P<first>[A-Z][a-z]+)(?:-(?P<second>[A-Z][a-z]+))?\s+(?:[a-z]+\s+)?{_BORDER}\b")
# The border as written, for a fact's place: "the border with Belarus", "its eastern border".
BORDER_NOUN_AFTER = re.compile(rf"\s+{_BORDER}\b", re.IGNORECASE)
BORDER_PHRASE = re.compile(
    # (a headline drops the article: "Poland to move 10,000 troops to Belarus border")
    rf"(?:\b(?:the|its|their|[A-Z][\w-]*['’]s)\s+|(?<=\bto\s)|(?<=\bat\s)|(?<=\bon\s)|(?<=\bnear\s)|(?<=\balong\s))"
    rf"(?:[A-Za-z-]+\s+){{0,2}}?{_BORDER}\b"
    r"(?:\s+with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
)
# Under a dateline, "here" is the dateline's place, and so is the place of forces a visitor meets there
# ("the minister addressed some 800 soldiers", "visited the Canadian troops").
# A lead tells what happens where it is filed when it reports forces there: arriving, welcomed, serving,
# taking over ("Officials staged a welcome ceremony for 3,500 U.S. soldiers"), not a nation's plans for its
# own forces ("Britain will double its rapid reaction force to 10,000").
LEAD_PRESENCE = re.compile(
    r"\b(?:arriv\w*|welcom\w*|ceremon\w*|serv(?:e|es|ed|ing)|station(?:s|ed|ing)?|deployed|took\s+over|"
    r"take\s+over|taking\s+over|train(?:s|ed|ing)?|land(?:s|ed|ing)|rolled\s+into|unload\w*|based|exercis\w*)\b",
    re.IGNORECASE,
)
# A lead that sends forces on to a place of its own, named or not ("will send 3,000 soldiers to the
# region"), tells no more of where it is filed.
LEAD_ELSEWHERE = re.compile(r"\b(?:to|into|towards|across)\s+the\s+(?:wider\s+)?(?:region|area|east|flank)\b", re.I)
AT_THE_DATELINE = Gated(
    re.compile(
        r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\bannounced\s)(?<!\breporters\s)\bhere\b|\b(?:visit(?:s|ed|ing)?|address(?:es|ed|ing)?|inspect(?:s|ed|ing)?|greet(?:s|ed|ing)?|"
        r"met\s+(?:with\s+)?|meets\s+(?:with\s+)?|spoke\s+to|speaks\s+to|thanked|review(?:s|ed)?)\b"
        # "are training at this base": the place the dateline names.
        r"|\b(?:at|in|to|on)\s+this\s+(?:base|camp|town|city|airfield|air\s+base|garrison|port|training\s+(?:area|ground|range))\b",
        re.IGNORECASE,
    )
)
# What stays where a move leaves from: "will remain in the country", "will still be in the country",
# "leaving about 1,000 troops in the country" (searched right before "the country").
REMAINING_BEFORE = re.compile(r"\b(?:remain\w*|stay\w*|still|leaving|left)\b[^.;]{0,30}$", re.IGNORECASE)
# A place named as where a move leaves from: "from Germany", "out of Romania".
LEFT_FROM_BEFORE = re.compile(r"\b(?:from|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
