"""The parser on classes of English that reporting uses, one table of our own sentences per class.

Each row is a passage and the counted facts it states, as ``(unit, low, high, where, status)`` with
``where`` the country code or region ("" for none) and ``status`` ``existing``, ``planned`` or
``withdrawn``; the parser must find exactly these counted facts (facts without a count are not checked
here). The classes are those the development corpus showed the parser missing; the sentences are new.
"""

from __future__ import annotations

import pytest

from tests.corpus.cases import where_of

Row = tuple[str, int | None, int | None, str, str]


def counted(facts) -> list[Row]:
    return sorted((f.unit, f.quantity_low, f.quantity_high, where_of(f), f.status) for f in facts if f.quantity_low)


def check(facts_of, text: str, expected: list[Row]) -> None:
    assert counted(facts_of(text)) == sorted(expected)


# Numbers as written: hedges after the number, and a model's designation that is no count.
NUMBER_FORMATS = [
    ("A further 700 or so Danish soldiers are stationed in Latvia.", [("troops", 700, 700, "LV", "existing")]),
    ("Norway keeps 300-plus soldiers in Lithuania.", [("troops", 300, 300, "LT", "existing")]),
    ("Poland brought four JAS 39 Gripen fighters to Estonia.", [("aircraft", 4, 4, "EE", "existing")]),
    ("The Danes sent 14 Strv 103 tanks to Latvia.", [("tanks", 14, 14, "LV", "existing")]),
    ("Finland flew an ASC 890 surveillance aircraft to Romania.", [("aircraft", 1, 1, "RO", "existing")]),
    ("Canada has 14 Leopard 2 tanks in Latvia.", [("tanks", 14, 14, "LV", "existing")]),
    (
        "Some 2,000 Canadian soldiers serve in Latvia. The figure is expected to grow to about 2,500 next year.",
        [("troops", 2000, 2000, "LV", "existing"), ("troops", 2500, 2500, "LV", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", NUMBER_FORMATS, ids=[t[:40] for t, _ in NUMBER_FORMATS])
def test_numbers_as_written(facts_of, text, expected):
    check(facts_of, text, expected)


# Kinds of unit by their head: people counted as "military", "members of" a force, the filler of a
# formation, civilian staff; air-defence systems and units as batteries; "units" counted after a unit.
UNIT_KINDS = [
    ("About 400 Danish military are stationed in Estonia.", [("troops", 400, 400, "EE", "existing")]),
    (
        "Roughly 350 members of the Norwegian Armed Forces arrived in Lithuania.",
        [("troops", 350, 350, "LT", "existing")],
    ),
    ("The alliance has 32 members, and Estonia hosts its battlegroup.", []),
    ("A liaison team of 12 people works at the base in Latvia.", [("troops", 12, 12, "LV", "existing")]),
    ("Tallinn, a city of 450,000 people, hosts the summit.", []),
    ("The armed forces had 310 members deployed in Estonia.", [("troops", 310, 310, "EE", "existing")]),
    # People named by their trade are troops, with a number only.
    (
        "Norway sent 45 instructors and 12 medics to Latvia.",
        [("troops", 45, 45, "LV", "existing"), ("troops", 12, 12, "LV", "existing")],
    ),
    ("Some 90 Italian logistics specialists arrived in Bulgaria.", [("troops", 90, 90, "BG", "existing")]),
    ("Estonia thanked the instructors.", []),
    (
        "The brigade in Lithuania will number 5,000 soldiers and 150 civilian employees.",
        [("troops", 5000, 5000, "LT", "planned"), ("other:civilian staff", 150, 150, "LT", "planned")],
    ),
    ("Norway moved one NASAMS missile system to Slovakia.", [("batteries", 1, 1, "SK", "existing")]),
    ("The Dutch keep two Patriot units in Slovakia.", [("batteries", 2, 2, "SK", "existing")]),
    ("An armoured Norwegian unit is in Lithuania.", []),
    (
        "Canada leads a battlegroup in Latvia, one of eight new units on the flank.",
        [("battlegroups", 1, 1, "LV", "existing")],
    ),
    # Small echelons, and aircraft counted under their model's name (capitalised as written).
    ("Two platoons of Dutch infantry were flown to Romania.", [("other:platoon", 2, 2, "RO", "existing")]),
    ("Belgium sent four F-16 Fighting Falcons to Lithuania.", [("aircraft", 4, 4, "LT", "existing")]),
    ("The US keeps two MQ-9 Reapers in Poland.", [("aircraft", 2, 2, "PL", "existing")]),
    ("The UK flew two F-35B squadrons to Estonia.", [("squadrons", 2, 2, "EE", "existing")]),
    ("Norway sent six F-35A jets to Poland.", [("aircraft", 6, 6, "PL", "existing")]),
    # A movement whose verb takes the place as its object.
    ("Three Danish minehunters entered the Baltic Sea.", [("warships", 3, 3, "Baltic Sea", "existing")]),
    # "the Baltic" alone is the sea; before a noun ("the Baltic states", "the Baltic Fleet") it is not.
    ("Two Danish corvettes are on patrol in the Baltic.", [("warships", 2, 2, "Baltic Sea", "existing")]),
    ("Norway sent 200 soldiers to the Baltic states.", [("troops", 200, 200, "Baltic states", "existing")]),
    # Armour counted by its model's name and variant; a tank's or an armoured vehicle's letters are no
    # aircraft's code.
    ("Ottawa shipped nine Leopard 2A6s to Latvia.", [("tanks", 9, 9, "LV", "existing")]),
    ("Britain keeps eight Challenger 2s in Estonia.", [("tanks", 8, 8, "EE", "existing")]),
    (
        "Russia moved 30 T-80s and 45 BMP-3s to Pskov.",
        [("tanks", 30, 30, "RU", "existing"), ("vehicles", 45, 45, "RU", "existing")],
    ),
    ("Sweden sent ten CV90s to Latvia.", [("vehicles", 10, 10, "LV", "existing")]),
    ("The Challenger 2 is a British tank.", []),
    # A size descriptor is no count; staff are people; a formation's element sized by its staff is
    # the headcount (CONVENTIONS: a headcount and its formation, only the headcount).
    (
        "Norway will send a company-sized unit to Lithuania, some 180 soldiers in all.",
        [("troops", 180, 180, "LT", "planned")],
    ),
    ("A corps headquarters element of about 70 staff will open in Elblag.", [("troops", 70, 70, "PL", "planned")]),
    ("The headquarters staff moved to Elblag.", []),
    (
        "A carrier strike group of the US Navy sailed into the Baltic Sea.",
        [("other:carrier strike group", 1, 1, "Baltic Sea", "existing")],
    ),
    # A headcount written before a head that names no unit: the headcount is the fact.
    ("Ottawa sent a 30-member planning cell to Riga, Latvia.", [("troops", 30, 30, "LV", "existing")]),
    ("A 45-person logistics hub run by Dutch troops opened in Lithuania.", [("troops", 45, 45, "LT", "existing")]),
    ("Three helicopter crews from Slovenia flew to Hungary.", []),
    ("A Spanish NASAMS crew at Lielvarde Air Base, Latvia.", []),
    (
        "The French group in the Baltic Sea has three frigates and about 600 crew.",
        [("warships", 3, 3, "Baltic Sea", "existing"), ("troops", 600, 600, "Baltic Sea", "existing")],
    ),
    # A variant between a model and its noun is part of one name, counted once at its one place.
    ("In Estonia, Germany deployed four Typhoon T3 jets to Amari.", [("aircraft", 4, 4, "EE", "existing")]),
    # A subject after a fronted place, with an adverb before its verb, is no item of a list of places.
    ("In Latvia, Canada currently has some 2,000 soldiers.", [("troops", 2000, 2000, "LV", "existing")]),
    ("The 250-strong Czech company reached Rukla, Lithuania.", [("troops", 250, 250, "LT", "existing")]),
    ("Some 150 Portuguese militaries are deployed in Romania.", [("troops", 150, 150, "RO", "existing")]),
    # Translated word order: "in the county of X", "at the base X".
    ("In the county of Constanta are found some 3 000 American military.", [("troops", 3000, 3000, "RO", "existing")]),
    ("At the base Bezmer, 150 US airmen serve.", [("troops", 150, 150, "BG", "existing")]),
    # A town that opens the sentence is found as it is after any other preposition.
    ("In Constanta, 400 French soldiers are deployed.", [("troops", 400, 400, "RO", "existing")]),
    ("At Sliac, four Polish fighter jets are on alert.", [("aircraft", 4, 4, "SK", "existing")]),
    ("Planning staff of 20 officers arrived in Vilnius, Lithuania.", [("troops", 20, 20, "LT", "existing")]),
    ("Spain is planning to send 150 soldiers to Latvia.", [("troops", 150, 150, "LV", "planned")]),
]


@pytest.mark.parametrize("text, expected", UNIT_KINDS, ids=[t[:40] for t, _ in UNIT_KINDS])
def test_kinds_of_unit_by_their_head(facts_of, text, expected):
    check(facts_of, text, expected)


# Status: forces that stay are there now; moves under way, "is to", "should" are to come; outgoing,
# departing and returning forces are leaving; a predicate after an aside gives the subject its status.
STATUS = [
    ("About 400 Danish soldiers will remain in Estonia.", [("troops", 400, 400, "EE", "existing")]),
    # A promise in a clause of its own is no tense of the forces there now.
    (
        "Canada has about 1,100 soldiers in Latvia today and has promised to send 1,000 more by 2026.",
        [("troops", 1100, 1100, "LV", "existing"), ("troops", 1000, 1000, "LV", "planned")],
    ),
    # A relative clause keeps its own tense; forces a move joins are there now; where a moving force is
    # based describes it; a nation that wants forces plans them.
    (
        "Canada, which keeps 2,000 soldiers in Latvia, will send 150 more in May.",
        [("troops", 2000, 2000, "LV", "existing"), ("troops", 150, 150, "LV", "planned")],
    ),
    (
        "Sweden will send 80 soldiers to Latvia, adding to the 1,500 Canadian troops there.",
        [("troops", 80, 80, "LV", "planned"), ("troops", 1500, 1500, "LV", "existing")],
    ),
    (
        "Some 600 Italian soldiers currently based in Vicenza, Italy, will deploy to Hungary next week.",
        [("troops", 600, 600, "HU", "planned")],
    ),
    ("Some 600 Italian soldiers currently based in Hungary will stay.", [("troops", 600, 600, "HU", "existing")]),
    ("By 2028 Romania wants 5,000 American soldiers on its soil.", [("troops", 5000, 5000, "RO", "planned")]),
    # Forces that fly home leave where they served; their home is no site.
    (
        "Some 800 British soldiers served in Tapa, Estonia, until Friday and now fly home to Tidworth, England.",
        [("troops", 800, 800, "EE", "withdrawn")],
    ),
    # Forces that will go back home, where they are based described in an aside, are withdrawn.
    (
        "The US brigade, about 3,500 soldiers based across Poland and Romania, will go back to Fort Hood.",
        [("troops", 3500, 3500, "Poland, Romania", "withdrawn")],
    ),
    # A withdrawal decided: "will leave" a place, "pull ... out of" it, however long the object.
    ("Some 250 Italian soldiers will leave Latvia in June.", [("troops", 250, 250, "LV", "withdrawn")]),
    # Tankers are aircraft after a model or a word of refuelling; oil tankers are ships of no force.
    ("Two French A330 MRTT tankers fly from Constanta, Romania.", [("aircraft", 2, 2, "RO", "existing")]),
    ("Two Russian oil tankers anchored off Gotland.", []),
    # A name with "and" in it, and a model's number after a count and a maker, are one modifier.
    (
        "They fly with a NATO E-3A Airborne Warning and Control System aircraft over the Black Sea.",
        [("aircraft", 1, 1, "Black Sea region", "existing")],
    ),
    # A base named in a sentence of no forces is the one "the base" of the next sentence is.
    (
        "Work on the runway at Lask air base ended in May. About 300 US airmen now serve at the base.",
        [("troops", 300, 300, "PL", "existing")],
    ),
    # A host to lose the forces it has: they leave it (a headline's infinitive).
    (
        "Latvia to lose Spanish air defence unit, 120 soldiers will leave",
        [("troops", 120, 120, "LV", "planned")],
    ),
    # A rotation's two halves in one sentence: "ones" after a unit of the same sentence is that unit.
    (
        "Two outgoing companies left Tapa, Estonia, and two incoming ones took their place.",
        [("companies", 2, 2, "EE", "withdrawn"), ("companies", 2, 2, "EE", "existing")],
    ),
    (
        "Washington will pull some 2,000 soldiers of the 3rd Infantry Division out of Poland.",
        [("troops", 2000, 2000, "PL", "withdrawn")],
    ),
    ("Some 300 Norwegian troops will continue to be stationed in Lithuania.", [("troops", 300, 300, "LT", "existing")]),
    ("Two Dutch frigates, each with its crew, will be moved to Romania.", [("warships", 2, 2, "RO", "planned")]),
    ("About 250 Belgian soldiers are now heading to Lithuania.", [("troops", 250, 250, "LT", "planned")]),
    ("Around 120 Dutch vehicles are being shipped to Latvia.", [("vehicles", 120, 120, "LV", "planned")]),
    ("A further 90 Danish engineers are to reinforce the unit in Latvia.", [("troops", 90, 90, "LV", "planned")]),
    ("The outgoing Belgian company of 150 troops served in Lithuania.", [("troops", 150, 150, "LT", "withdrawn")]),
    (
        "Some 120 Canadian troops, all of them volunteers, end their rotation in Latvia in May.",
        [("troops", 120, 120, "LV", "withdrawn")],
    ),
    ("They join some 60 Danish sailors who are already in Estonia.", [("troops", 60, 60, "EE", "existing")]),
    # A force kept where it is stays present, whatever the tense (as "will remain" does).
    ("Prague will keep some 600 soldiers in Slovakia.", [("troops", 600, 600, "SK", "existing")]),
    ("Denmark would maintain 700 troops in Latvia.", [("troops", 700, 700, "LV", "existing")]),
    ("Oslo will continue to station 250 soldiers in Lithuania.", [("troops", 250, 250, "LT", "existing")]),
    ("Oslo will station 250 more soldiers in Lithuania.", [("troops", 250, 250, "LT", "planned")]),
    # Sent or flown back home: withdrawn from where they were; sent back to a deployment: no withdrawal.
    (
        "The 400 Czech soldiers who had served in Slovakia were sent back home.",
        [("troops", 400, 400, "SK", "withdrawn")],
    ),
    (
        "Four Italian jets in Romania were flown back to their home base in June.",
        [("aircraft", 4, 4, "RO", "withdrawn")],
    ),
    (
        "The 300 Dutch soldiers in Lithuania were sent back to the range after a break.",
        [("troops", 300, 300, "LT", "existing")],
    ),
    # An aim that deploys nothing is no plan; an offer to host is one.
    ("The 1,000 Canadian troops in Latvia aim to deter an attack.", [("troops", 1000, 1000, "LV", "existing")]),
    ("Hungary offered to host 800 allied soldiers.", [("troops", 800, 800, "HU", "planned")]),
]


@pytest.mark.parametrize("text, expected", STATUS, ids=[t[:40] for t, _ in STATUS])
def test_status_from_the_clause_and_its_predicate(facts_of, text, expected):
    check(facts_of, text, expected)


# Place roles: where people meet, speak or sit, ports and border crossings, a force's home named in
# its own apposition, and bases forces leave are not where the forces are.
PLACE_ROLES = [
    (
        "After a meeting of the northern allies' defence ministers in Oslo, Norway pledged 200 soldiers to Latvia.",
        [("troops", 200, 200, "LV", "planned")],
    ),
    (
        "The staff of Task Force Aegir in Kiel will steer two Danish frigates.",
        [("warships", 2, 2, "", "planned")],
    ),
    (
        "The command centre in Naples said four Italian jets had arrived in Romania.",
        [("aircraft", 4, 4, "RO", "existing")],
    ),
    (
        "Some 300 Dutch soldiers, based in Oirschot, left on Friday for central Lithuania.",
        [("troops", 300, 300, "LT", "planned")],
    ),
    ("Some 300 Dutch soldiers, based in Rukla, guard the Lithuanian border.", [("troops", 300, 300, "LT", "existing")]),
    (
        "About 700 Danish soldiers will reach Latvia through the Liepaja port and the Ainazi border crossing.",
        [("troops", 700, 700, "LV", "planned")],
    ),
    (
        "Four Danish warships that left their bases in Denmark last week are heading for Estonia.",
        [("warships", 4, 4, "EE", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", PLACE_ROLES, ids=[t[:40] for t, _ in PLACE_ROLES])
def test_places_that_are_no_site(facts_of, text, expected):
    check(facts_of, text, expected)


# Counts whose noun is gapped: a nation's bare count after a verb of keeping or sending, and the items
# of a list that repeats the first clause's unit for each nation it names.
GAPPED = [
    (
        "Norway keeps about 200 in Lithuania, Denmark some 700 in Latvia.",
        [("troops", 200, 200, "LT", "existing"), ("troops", 700, 700, "LV", "existing")],
    ),
    (
        "So far Belgium has 80 soldiers in Lithuania and Luxembourg 30.",
        [("troops", 80, 80, "LT", "existing"), ("troops", 30, 30, "LT", "existing")],
    ),
    (
        "Canada leads a battlegroup of 1,000 soldiers in Latvia. Spain will provide 500 of them, Denmark 300, "
        "and Norway and Iceland 20 each.",
        [
            ("troops", 1000, 1000, "LV", "existing"),
            ("troops", 500, 500, "LV", "planned"),
            ("troops", 300, 300, "LV", "planned"),
            ("troops", 20, 20, "LV", "planned"),
            ("troops", 20, 20, "LV", "planned"),
        ],
    ),
    ("Estonia has 1.3 million inhabitants and Latvia 1.9 million.", []),
    ("Defence budgets rose from 2 to 3 percent in Latvia.", []),
]


@pytest.mark.parametrize("text, expected", GAPPED, ids=[t[:40] for t, _ in GAPPED])
def test_counts_whose_noun_is_gapped(facts_of, text, expected):
    check(facts_of, text, expected)


# The place the story is at: a region beside a country qualifies it, so the country is the site of one
# formation there and stays the focus for the counts that follow.
FOCUS = [
    (
        "Some 300 Dutch soldiers left for central Lithuania, where the Dutch Army will lead a new battlegroup "
        "on the Alliance's eastern flank. Up to 200 more Dutch troops are to follow in June.",
        [
            ("troops", 300, 300, "LT", "planned"),
            ("battlegroups", 1, 1, "LT", "planned"),
            ("troops", 200, 200, "LT", "planned"),
        ],
    ),
    # A sentence of no count that sets its forces in a region holding the story's country moves nothing.
    (
        "Latvia hosts some 300 Slovak soldiers. They belong to NATO's forward presence in the Baltic states "
        "and Poland. In 2024 Slovakia is adding two teams.",
        [("troops", 300, 300, "LV", "existing"), ("other:team", 2, 2, "LV", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", FOCUS, ids=[t[:40] for t, _ in FOCUS])
def test_the_focus_is_a_country_over_its_region(facts_of, text, expected):
    check(facts_of, text, expected)


# Clauses that count forces or equipment without deploying them: purchases, weapons handed to
# Ukraine, an exercise's totals, a nation's own army, hostile acts. An order of forces to a place is a
# deployment; an order of equipment from a supplier is a purchase.
NOT_DEPLOYED = [
    ("Latvia signed a contract for 24 new howitzers worth 300 million euros.", []),
    # A flank host's battlegroup is in that host; a journey's start ("flown in from") is no base flown from.
    ("Some 200 Czech soldiers serve in the Slovak battlegroup.", [("troops", 200, 200, "SK", "existing")]),
    (
        "The US sent paratroopers to Rzeszow, Poland. Some 3,000 of them were flown in from Fort Liberty.",
        [("troops", 3000, 3000, "PL", "existing")],
    ),
    # Where forces pass through is no site.
    (
        "Forty British armoured vehicles transited through Suwalki on Tuesday.",
        [("vehicles", 40, 40, "", "existing")],
    ),
    # Equipment in an aid package, or bought from another nation, is no deployment; every item of its list.
    (
        "Berlin announced a package worth 600 million euros including 20 Marder vehicles, 10 Leopard tanks and "
        "two IRIS-T launchers.",
        [],
    ),
    ("Berlin announced a package worth 500 million euros including 30 Marder fighting vehicles.", []),
    ("Until 2027 the Romanian air force flies 17 F-16s bought from Portugal.", []),
    # Equipment handed over or donated is given away; a part of a nation's own country is home.
    ("Slovakia has handed over 13 of its own MiG-29s.", []),
    ("Romania moved 5,000 of its own soldiers to its eastern regions.", []),
    # A plan that calls for forces plans them; a nation that calls for them only wishes.
    (
        "The NATO plan called for two multinational brigades deployed to Estonia and Latvia.",
        [("brigades", 2, 2, "Estonia, Latvia", "planned")],
    ),
    ("Lithuania called for 3,000 more allied troops on its soil.", []),
    # A deployment denied, before or after its forces, deploys nothing; a withdrawal denied keeps them.
    ("Norway will not send 200 soldiers to Latvia this year.", []),
    ("Hungary said it will not station 300 Hungarian troops in Slovakia.", []),
    ("A planned rotation of 400 soldiers to Tapa was cancelled.", []),
    ("Italy has no plans to deploy 400 more troops to Bulgaria.", []),
    ("Two Turkish frigates are not allowed to sail into the Black Sea, the ministry said.", []),
    ("Four Belgian F-16s are barred from flying over Russia.", []),
    ("Two Danish cargo ships arrived in Paldiski.", []),  # ships of trade are no warships
    ("The press corps travelled with 20 reporters to Tapa.", []),  # a corps of the press is no formation
    ("Canada denied reports that it would send 1,500 more troops to Latvia.", []),
    ("The ministry denied that it was preparing to deploy 600 soldiers to Moldova.", []),
    ("The 250 Czech soldiers in Slovakia will not leave before June.", [("troops", 250, 250, "SK", "planned")]),
    (
        "Sweden sent 500 troops to Latvia, but it will not send more.",
        [("troops", 500, 500, "LV", "existing")],
    ),
    # What a place can take, and a business called a company.
    ("The new camp at Adazi, Latvia, can accommodate up to 3,000 soldiers.", []),
    ("The base in Romania has room for 1,500 troops.", []),
    ("In the end the base in Romania should be able to host up to 10.000 soldiers.", []),
    ("A commercial company sold 12 radars to Estonia.", []),
    ("Vilnius has ordered 18 new tanks from Germany, as well as 40 armoured vehicles.", []),
    ("The president ordered 400 more soldiers to Lithuania.", [("troops", 400, 400, "LT", "planned")]),
    ("Bratislava finished handing over its 12 old fighter jets to Ukraine.", []),
    ("The exercise in Latvia involved 40 ships and 9,000 troops from 14 nations.", []),
    ("Lithuania wants to grow the armed forces to 60,000 soldiers by 2030.", []),
    ("Officials said 14 drones violated Latvian airspace on Sunday.", []),
    ("Some 300 Norwegian soldiers arrived in Lithuania for the exercise.", [("troops", 300, 300, "LT", "existing")]),
    # A comparison names no unit: "as on a ship".
    (
        "About 120 US sailors serve at the base in Redzikowo for six months, as on a ship.",
        [("troops", 120, 120, "PL", "existing")],
    ),
    # A kind of unit and what it can do is no deployment; a unit sent that can grow is.
    ("In Romania the drill shows that a NATO battlegroup can be raised to a brigade in ten days.", []),
    (
        "Canada sent a battalion to Latvia that can be reinforced to a brigade.",
        [("battalions", 1, 1, "LV", "existing")],
    ),
    # A total with the host's own forces in it is no deployment; another nation's forces in it are.
    ("Some 6,000 soldiers from nine nations, Latvia included, will train in Latvia.", []),
    ("Some 8,000 troops, including Lithuanian soldiers, took part in the drills in Lithuania.", []),
    (
        "About 2,500 allied troops, including Dutch soldiers, are now in Lithuania.",
        [("troops", 2500, 2500, "LT", "existing")],
    ),
    # An opinion reports no deployment.
    ("In my view, sending 4,000 more troops to Latvia would be a mistake.", []),
    # Losses and ceremonies of soldiers already there deploy nothing.
    ("Three British soldiers were injured in a crash near Tapa.", []),
    ("Two Canadian soldiers reenlisted at a ceremony in Adazi.", []),
    # A nation's own army sized, with no place abroad in its clause, deploys nothing.
    ("Latvia aims to have an army of 20,000 soldiers by 2030.", []),
    ("Estonia's armed forces number about 7,700, and it plans a wartime force of 43,000.", []),
    (
        "Sweden, which has 50,000 active soldiers, will send a battalion to Finland.",
        [("battalions", 1, 1, "FI", "planned")],
    ),
    ("The Danish army has about 700 soldiers in Latvia.", [("troops", 700, 700, "LV", "existing")]),
    (
        "Slovakia's army has 13,000 soldiers, and 600 Czech troops are stationed in Slovakia.",
        [("troops", 600, 600, "SK", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", NOT_DEPLOYED, ids=[t[:40] for t, _ in NOT_DEPLOYED])
def test_counts_that_deploy_nothing(facts_of, text, expected):
    check(facts_of, text, expected)


# Captions: the gallery counter and the credit are furniture; the caption's prose states facts.
CAPTIONS = [
    (
        "Photo 2 of 4 | Danish engineers unload gear at Adazi. Some 150 Danish engineers arrived in Latvia "
        "on Monday. (Photo: Defence Command)",
        [("troops", 150, 150, "LV", "existing")],
    ),
    ("Photo 3 of 3 | Norwegian F-35s fly over Estonia.", []),
]


@pytest.mark.parametrize("text, expected", CAPTIONS, ids=[t[:40] for t, _ in CAPTIONS])
def test_captions_state_facts_without_their_furniture(facts_of, text, expected):
    check(facts_of, text, expected)


# More places that are no site: where an event happened, a destination for repairs, a force's home
# beside its place abroad.
MORE_ROLES = [
    (
        "About 2,000 Wagner fighters came to Belarus after the uprising in Russia.",
        [("troops", 2000, 2000, "BY", "existing")],
    ),
    ("Two Dutch frigates are going to Denmark for repairs.", [("warships", 2, 2, "", "existing")]),
    (
        "The rest of the Danish battalion of 700 soldiers assigned to Latvia stays in Denmark.",
        [("troops", 700, 700, "LV", "existing")],
    ),
    # A decision is where it was taken.
    (
        "In line with the decision in Vilnius, Sweden will send 600 more soldiers.",
        [("troops", 600, 600, "", "planned")],
    ),
    # A signing or a speech with a companion named is a venue; a stage of a journey is no site.
    (
        "Under the deal signed with Estonia in Riga last year, France will send 300 more soldiers.",
        [("troops", 300, 300, "", "planned")],
    ),
    (
        "The Norwegian company arrived in Lithuania on Monday. Its 120 soldiers flew to Riga, Latvia, and "
        "then continued by bus.",
        [("troops", 120, 120, "LT", "existing")],
    ),
    # The host named again, and its own forces on its own soil.
    (
        "Sweden will station 800 soldiers in Finland. Finland's minister welcomed the decision. Finland itself "
        "will add a brigade of its own reservists.",
        [("troops", 800, 800, "FI", "planned")],
    ),
    ("About 350 Danish members were deployed in Latvia.", [("troops", 350, 350, "LV", "existing")]),
    # Where the formation they come from is based is no site; a region counted by its members is one item.
    (
        "Some 200 soldiers from the 1st Armoured Regiment in Tidworth will train in Estonia.",
        [("troops", 200, 200, "EE", "planned")],
    ),
    (
        "Canada will fly 300 soldiers to Poland and the three Baltic states in May.",
        [("troops", 300, 300, "Poland, Baltic states", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", MORE_ROLES, ids=[t[:40] for t, _ in MORE_ROLES])
def test_more_places_that_are_no_site(facts_of, text, expected):
    check(facts_of, text, expected)


# Names and sites: a capitalised word before a unit's or a mission's name is no town; an adjective may
# stand before "the base of"; a place "near" after a count is a site of its own; hosts that "get" forces;
# an echelon-sized generic head; an operations centre is a command node.
NAMES_AND_SITES = [
    (
        "A P-8A aircraft from Patrol Squadron 26 flies over the Baltic Sea.",
        [("aircraft", 1, 1, "Baltic Sea", "existing")],
    ),
    ("Italy keeps more than 200 soldiers in the Dacia mission.", [("troops", 200, 200, "", "existing")]),
    ("Four Hungarian jets are at the Lithuanian base of Siauliai.", [("aircraft", 4, 4, "LT", "existing")]),
    (
        "The Bundeswehr has two Patriot units at Sliac in Slovakia and three near Rzeszow in Poland.",
        [("batteries", 2, 2, "SK", "existing"), ("batteries", 3, 3, "PL", "existing")],
    ),
    (
        "Estonia and Latvia are to get two company-sized Danish units.",
        [("companies", 2, 2, "Estonia, Latvia", "planned")],
    ),
    (
        "The commander of the air operations centre at Uedem, Germany, said four Spanish jets flew to Lithuania.",
        [("aircraft", 4, 4, "LT", "existing")],
    ),
    # A base aircraft police or patrol the skies from is their site, not where they left.
    (
        "Four Portuguese F-16s are carrying out air policing missions from Siauliai.",
        [("aircraft", 4, 4, "LT", "existing")],
    ),
    ("Two Polish MiG-29s fly patrols from Ämari air base.", [("aircraft", 2, 2, "EE", "existing")]),
    # A gulf is a sea, not the country in its name; a visit's venue is where someone speaks.
    (
        "The Moscow Military District is to get two new divisions.",
        [("divisions", 2, 2, "RU", "planned")],
    ),
    (
        "Three German minehunters with 150 sailors aboard entered the Gulf of Riga.",
        [("warships", 3, 3, "Gulf of Riga", "existing"), ("troops", 150, 150, "Gulf of Riga", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", NAMES_AND_SITES, ids=[t[:40] for t, _ in NAMES_AND_SITES])
def test_names_and_sites(facts_of, text, expected):
    check(facts_of, text, expected)


# Counts given apart from their noun: a part of a unit, a predicate that numbers it, an estimate "put
# at" a figure, the part "of them" after a total, a formation "of some 550".
DETACHED_COUNTS = [
    ("Three of the frigates are Danish and sail in the Baltic Sea.", [("warships", 3, 3, "Baltic Sea", "existing")]),
    (
        "The departing Belgian airmen flew four F-16s in Estonia and numbered about 90.",
        [("aircraft", 4, 4, "EE", "withdrawn"), ("troops", 90, 90, "EE", "withdrawn")],
    ),
    (
        "The brigade in Lithuania now counts up to 4 000 soldiers from nine allies, of them some 1 200 are Dutch.",
        [("troops", 4000, 4000, "LT", "existing"), ("troops", 1200, 1200, "LT", "existing")],
    ),
    (
        "Kyiv puts the number of Russian troops in Belarus at about 9,000.",
        [("troops", 9000, 9000, "BY", "existing")],
    ),
    ("Denmark sent a battalion of some 700 to Latvia.", [("troops", 700, 700, "LV", "existing")]),
    ("Poland moved 30,000 of its own soldiers to its eastern regions.", []),
    # "the N already there": the forces the story counted before, present at its place.
    (
        "Oslo will fly 200 more soldiers to Lithuania. They are to reinforce the 450 already there.",
        [("troops", 200, 200, "LT", "planned"), ("troops", 450, 450, "LT", "existing")],
    ),
    (
        "Belgium will send four more F-16s to Estonia, joining the six already at Amari.",
        [("aircraft", 4, 4, "EE", "planned"), ("aircraft", 6, 6, "EE", "existing")],
    ),
    ("Of the 27 members, the 20 already in the euro zone agreed.", []),
    # A total and its parts: the place after a part is the part's, and the total keeps none.
    (
        "Some 900 Slovenian soldiers served abroad in 2024, of whom 120 in Latvia.",
        [("troops", 900, 900, "", "existing"), ("troops", 120, 120, "LV", "existing")],
    ),
    # A part's count with its verb of being before where it is ("1,000 are in Romania").
    (
        "Of the 8,000 Canadian soldiers abroad, 2,000 are in Latvia.",
        [("troops", 8000, 8000, "", "existing"), ("troops", 2000, 2000, "LV", "existing")],
    ),
    (
        "Italy keeps 1,500 troops in Bulgaria, and 300 will be at Novo Selo by June.",
        [("troops", 1500, 1500, "BG", "existing"), ("troops", 300, 300, "BG", "planned")],
    ),
    ("In 2023 there were 12 bases; 9 were in Poland.", []),
    ("Spain has 600 soldiers in Latvia; 200 more are in training at home.", [("troops", 600, 600, "LV", "existing")]),
    # A headcount as the predicate of a formation, and the figure of "the number of" soldiers.
    ("The Dutch battalion in Lithuania is now about 250 strong.", [("troops", 250, 250, "LT", "existing")]),
    (
        "Officials said the number of Canadian soldiers in Latvia stands at 2,100.",
        [("troops", 2100, 2100, "LV", "existing")],
    ),
    ("The total number of foreign troops in Romania has risen to 5,000.", [("troops", 5000, 5000, "RO", "existing")]),
    ("The number of battlegroups in Europe is eight.", []),
    # More of the forces the story counts, with no noun of their own.
    (
        "Canada keeps 2,000 soldiers in Latvia. It will add a further 200 in 2026.",
        [("troops", 2000, 2000, "LV", "existing"), ("troops", 200, 200, "LV", "planned")],
    ),
    (
        "Spain flies six F-18s from Siauliai, Lithuania, and will send two more in May.",
        [("aircraft", 6, 6, "LT", "existing"), ("aircraft", 2, 2, "LT", "planned")],
    ),
    ("France keeps 300 soldiers in Estonia, 50 more than last year.", [("troops", 300, 300, "EE", "existing")]),
    (
        "Italy runs a SAMP/T battery in Slovakia. Italy may add another one next year.",
        [("batteries", 1, 1, "SK", "existing"), ("batteries", 1, 1, "SK", "planned")],
    ),
    # Bare counts at places of their own, or that stayed, came or rotate, after a story that counted forces.
    (
        "The US keeps a brigade in Poland. Roughly 4,000 already rotate through the country.",
        [("brigades", 1, 1, "PL", "existing"), ("troops", 4000, 4000, "PL", "existing")],
    ),
    (
        "Russia sent 9,000 troops to Belarus in June. Fewer than 2,000 remained by October.",
        [("troops", 9000, 9000, "BY", "existing"), ("troops", 2000, 2000, "BY", "existing")],
    ),
    (
        "Some 1,900 Dutch soldiers serve abroad. About 900 are in Lithuania and around 250 in Romania.",
        [
            ("troops", 1900, 1900, "", "existing"),
            ("troops", 900, 900, "LT", "existing"),
            ("troops", 250, 250, "RO", "existing"),
        ],
    ),
    ("Spain keeps 600 soldiers in Latvia. The one at Adazi is the largest.", [("troops", 600, 600, "LV", "existing")]),
    # A part of a nation's own forces abroad is counted ("2,000 of its own soldiers").
    ("Germany sent 1,800 of its own soldiers to Lithuania.", [("troops", 1800, 1800, "LT", "existing")]),
    # A headcount that "has topped" a figure; a year after "throughout" is no count.
    (
        "Dutch troops serve in Lithuania. The Dutch headcount there has topped 1 100, officials said.",
        [("troops", 1100, 1100, "LT", "existing")],
    ),
    ("Throughout 2021 Italian jets patrolled the skies over Romania.", []),
    ("Since March 2023 Dutch F-35s have patrolled from Amari, Estonia.", []),
    # A formation's headcount after "of", where they come from after it.
    (
        "Washington provides a cavalry squadron of roughly 700 from the 2nd Regiment to the battlegroup in Poland.",
        [("troops", 700, 700, "PL", "existing")],
    ),
    # A part "of them" at a place of its own or moving on; a strength as a formation's predicate.
    (
        "About 1,100 Dutch troops arrived in Poland; 300 of them will move to Lithuania.",
        [("troops", 1100, 1100, "PL", "existing"), ("troops", 300, 300, "LT", "planned")],
    ),
    ("The battlegroup in Slovakia has a strength of 1,100.", [("troops", 1100, 1100, "SK", "existing")]),
    # A presence believed, thought or estimated is there now.
    ("Some 9,000 Russian troops are believed to be in Belarus.", [("troops", 9000, 9000, "BY", "existing")]),
    # Formations and the people "together with" them, their origin between, are one force: its headcount.
    (
        "Two Patriot batteries from Germany, together with some 200 German soldiers, arrived in Slovakia.",
        [("troops", 200, 200, "SK", "existing")],
    ),
    # A list after a colon, with no verb: each item is its nation's share of the formation's people.
    (
        "Contributions to the battlegroup in Slovakia: Czechia (lead) about 600; Slovenia 150; the US 100.",
        [
            ("troops", 600, 600, "SK", "existing"),
            ("troops", 150, 150, "SK", "existing"),
            ("troops", 100, 100, "SK", "existing"),
        ],
    ),
    # A bare number after a formation named with no count counts its people; a designation's number none.
    (
        "Some 1,000 Dutch soldiers serve abroad. About 600 are in Lithuania, most in the NATO battlegroup, and "
        "some 80 in the brigade staff in Vilnius.",
        [
            ("troops", 1000, 1000, "", "existing"),
            ("troops", 600, 600, "LT", "existing"),
            ("troops", 80, 80, "LT", "existing"),
        ],
    ),
    (
        "Two battalions will move to Lithuania in 2026: Panzergrenadierbataillon 371 from Marienberg and another.",
        [("battalions", 2, 2, "LT", "planned")],
    ),
    # A level aimed at with no noun of its own; a figure in quotation marks.
    (
        "Spain has about 600 soldiers in Latvia and has promised to have as many as 900 by 2027.",
        [("troops", 600, 600, "LV", "existing"), ("troops", 900, 900, "LV", "planned")],
    ),
    (
        "Minsk said the Russian contingent in Belarus would number “a little under 5,000” troops.",
        [("troops", 5000, 5000, "BY", "planned")],
    ),
    # A change of a level with no noun of its own counts the story's last unit.
    (
        "Spain keeps four F-18s at Siauliai, Lithuania. That will lift the total there from four to six.",
        [
            ("aircraft", 4, 4, "LT", "existing"),
            ("aircraft", 4, 4, "LT", "existing"),
            ("aircraft", 6, 6, "LT", "planned"),
        ],
    ),
    # A formation to be headquartered in a country is set up there (not a command node named), and the
    # people it brings are its headcount (CONVENTIONS: the headcount is the fact); more people are more.
    (
        "A new Italian brigade will be headquartered in Bulgaria, bringing about 3,000 troops.",
        [("troops", 3000, 3000, "BG", "planned")],
    ),
    (
        "Belgium sent a company to Romania, with 120 more soldiers to follow in May.",
        [("companies", 1, 1, "RO", "existing"), ("troops", 120, 120, "RO", "planned")],
    ),
    # A change of a level whose first figure carries the noun; a change still to come is a plan.
    (
        "The Belgian presence in Romania will shrink from about 300 soldiers to roughly 150.",
        [("troops", 300, 300, "RO", "existing"), ("troops", 150, 150, "RO", "planned")],
    ),
    (
        "Norway will cut its troops in Lithuania from 200 to 120.",
        [("troops", 200, 200, "LT", "existing"), ("troops", 120, 120, "LT", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", DETACHED_COUNTS, ids=[t[:40] for t, _ in DETACHED_COUNTS])
def test_counts_apart_from_their_noun(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_place_named_by_its_adjective_and_not_where_authorities_sit(facts_of):
    text = (
        "Asked about the separatist authorities in Tiraspol, the ministry answered. "
        "Russia keeps about 1,200 soldiers in the Transnistrian region."
    )
    check(facts_of, text, [("troops", 1200, 1200, "MD", "existing")])


# A host named before an apposition; "the national territory" is the country the article is about.
HOSTS = [
    (
        "Souda Bay, Greece, the frigates' home port, hosts four Dutch frigates.",
        [("warships", 4, 4, "GR", "existing")],
    ),
    (
        "Romania and its allies met in Bucharest. Romania will keep its allied presence. "
        "About 900 Dutch military will stay on the national territory.",
        [("troops", 900, 900, "RO", "existing")],
    ),
    # A host that hopes or offers to host: the host is the place, the wish a plan; "on its territory"
    # is the country named before it.
    ("Estonia hopes to host up to 2,000 allied soldiers.", [("troops", 2000, 2000, "EE", "planned")]),
    (
        "Romania wants the alliance to station 5,000 more troops on its territory.",
        [("troops", 5000, 5000, "RO", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", HOSTS, ids=[t[:40] for t, _ in HOSTS])
def test_hosts_and_the_national_territory(facts_of, text, expected):
    check(facts_of, text, expected)


# A predicate nominal says what a force named before is; "there is a ..." names one.
PREDICATE_NOMINALS = [
    (
        "Canada sent a brigade of 2,000 soldiers to Latvia. For now the formation is mostly a headquarters.",
        [("troops", 2000, 2000, "LV", "existing")],
    ),
    ("There is a Danish battalion in Latvia.", [("battalions", 1, 1, "LV", "existing")]),
]


@pytest.mark.parametrize("text, expected", PREDICATE_NOMINALS, ids=[t[:40] for t, _ in PREDICATE_NOMINALS])
def test_what_a_force_is_adds_no_unit(facts_of, text, expected):
    check(facts_of, text, expected)


# Who deploys, named by every form reporting uses: adjectives of every member and partner, and the
# people as a force ("the Americans"), so a force is never the one a sentence before named.
FORCE_NAMES = [
    ("Belgium has troops in Romania. A unit of 35 Slovenian troops serves in Latvia.", "Slovenia"),
    ("Spain has jets in Lithuania. The Americans keep about 10,000 soldiers in Poland.", "US"),
    ("Germany leads in Lithuania. Some 200 Kosovar troops train in Latvia.", "Kosovo"),
    ("France leads in Romania. The Poles keep 120 soldiers in Latvia.", "Poland"),
    # The army named after the count is its force, whatever its capitals; the host's ministry only reports.
    (
        "The Bulgarian defence ministry says 140 soldiers of the Albanian Army will serve in Bulgaria.",
        "Albania",
    ),
    ("Some 90 troops of the Slovenian Armed Forces have arrived in Slovakia.", "Slovenia"),
    # A country after a venue that is another country's town, followed by its verb, is the subject.
    ("After talks in Riga, Norway pledged to send 150 soldiers to Lithuania.", "Norway"),
    ("At a summit in Tallinn, Denmark said it would send 700 soldiers to Latvia.", "Denmark"),
]


@pytest.mark.parametrize("text, force", FORCE_NAMES, ids=[t[-40:] for t, _ in FORCE_NAMES])
def test_the_force_of_a_count_is_the_one_its_sentence_names(facts_of, text, force):
    last = [f for f in facts_of(text) if f.quantity_low][-1]
    assert last.force == force


# A border names two sides: forces stand on one, never across it, and never at the place a sentence
# before named. A host's own forces at its own border are no deployment.
BORDERS = [
    # Ukraine's border, however written, is the region around Ukraine (the development corpus's reading).
    (
        "Russia has gathered some 90,000 troops along the Ukrainian border.",
        [("troops", 90000, 90000, "around Ukraine", "existing")],
    ),
    (
        "Russia keeps about 60,000 soldiers within striking distance of Ukraine.",
        [("troops", 60000, 60000, "around Ukraine", "existing")],
    ),
    (
        "Russia has some 90,000 troops within 150 kilometres of Ukraine's borders.",
        [("troops", 90000, 90000, "around Ukraine", "existing")],
    ),
    (
        "Lithuania hosts 1,000 German troops. Britain sent 150 engineers to help Poland on its border with Belarus.",
        [("troops", 1000, 1000, "LT", "existing"), ("troops", 150, 150, "PL", "existing")],
    ),
    (
        "Lithuania hosts 1,000 German troops. Russia has 30,000 troops near the Finnish border.",
        [("troops", 1000, 1000, "LT", "existing"), ("troops", 30000, 30000, "RU", "existing")],
    ),
    (
        "Latvia hosts 600 Canadian troops. About 8,000 Polish soldiers patrol the area of the border with Belarus.",
        [("troops", 600, 600, "LV", "existing")],
    ),
    (
        "Estonia hosts 900 British troops. Some 200 US soldiers are stationed near the border with Russia in Estonia.",
        [("troops", 900, 900, "EE", "existing"), ("troops", 200, 200, "EE", "existing")],
    ),
    # Another country's border named by its owner: a nation of the theatre stands on its own side.
    ("Moscow has moved about 15,000 troops to Estonia's eastern border.", [("troops", 15000, 15000, "RU", "existing")]),
    ("Some 4,000 US soldiers are stationed near Lithuania's border.", [("troops", 4000, 4000, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", BORDERS, ids=[t[-40:] for t, _ in BORDERS])
def test_forces_at_a_border_stand_on_its_own_side(facts_of, text, expected):
    check(facts_of, text, expected)


# The force named in one paragraph is not the force of a count in the next unless that sentence refers
# back to it ("It", "The battalion", "300 more", "there"): an unknown force is better than a wrong one.
STORY_FORCES = [
    ("Spain has 300 troops in Latvia.\nAbout 4,000 soldiers will deploy to Poland.", ""),
    ("Spain has 300 troops in Latvia.\nAnother 200 soldiers will follow in May.", "Spain"),
    ("Spain has 300 troops in Latvia.\nThe battalion will grow to 500 soldiers.", "Spain"),
    ("Spain has 300 troops in Latvia, and 200 soldiers will follow.", "Spain"),
]


@pytest.mark.parametrize("text, force", STORY_FORCES, ids=[t[-40:] for t, _ in STORY_FORCES])
def test_a_force_carries_to_a_later_paragraph_only_when_it_refers_back(facts_of, text, force):
    last = [f for f in facts_of(text) if f.quantity_low][-1]
    assert last.force == force


# A place after a preposition and a quantifier of extent is still where the forces are.
EXTENT = [
    ("In all of Poland about 10,000 American soldiers are stationed.", [("troops", 10000, 10000, "PL", "existing")]),
    ("Across most of Romania some 3,000 French troops are deployed.", [("troops", 3000, 3000, "RO", "existing")]),
    ("Throughout the whole of Estonia 900 British soldiers train.", [("troops", 900, 900, "EE", "existing")]),
    # A per-unit size over several countries stays one region-level fact (CONVENTIONS: never multiplied).
    (
        "Germany will send 1,000 troops to each of the three Baltic states.",
        [("troops", 1000, 1000, "Baltic states", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", EXTENT, ids=[t[:40] for t, _ in EXTENT])
def test_a_place_after_a_quantifier_of_extent_is_a_site(facts_of, text, expected):
    check(facts_of, text, expected)


# A gapped list: the verb is said once, and each later item is a nation and its count.
GAPPED = [
    (
        "Italy flew six F-35s in Lithuania during the rotation and Hungary four Gripens.",
        [("aircraft", 6, 6, "LT", "existing"), ("aircraft", 4, 4, "LT", "existing")],
    ),
    (
        "Of the 2,000 troops in Slovakia, Germany will provide 700, the United States 400, the Netherlands 200 and "
        "Slovenia 100.",
        [
            ("troops", 2000, 2000, "SK", "existing"),
            ("troops", 700, 700, "SK", "planned"),
            ("troops", 400, 400, "SK", "planned"),
            ("troops", 200, 200, "SK", "planned"),
            ("troops", 100, 100, "SK", "planned"),
        ],
    ),
    ("Canada keeps 14 Leopard 2 tanks in Latvia.", [("tanks", 14, 14, "LV", "existing")]),
]


@pytest.mark.parametrize("text, expected", GAPPED, ids=[t[:40] for t, _ in GAPPED])
def test_each_item_of_a_gapped_list_is_a_nation_and_its_count(facts_of, text, expected):
    check(facts_of, text, expected)


# Under a dateline, "here" and the forces a visitor meets are at the dateline's place; a dateline is
# never the place of a count the sentence does not tie to it.
DATELINES = [
    (
        "TAPA, Estonia — About 800 British soldiers are serving here, the minister told them.",
        [("troops", 800, 800, "EE", "existing")],
    ),
    (
        "ADAZI, Latvia (Reuters) - Canada's defence minister visited the 1,000 Canadian troops on Monday.",
        [("troops", 1000, 1000, "LV", "existing")],
    ),
    (
        "WARSAW — The Pentagon will send 3,000 more soldiers to the region, officials said.",
        [("troops", 3000, 3000, "", "planned")],
    ),
    ("TAPA, Estonia — About 800 Estonian conscripts serve here.", []),
    # The lead of a story filed in the theatre tells what happens there; datelines beyond A-Z too.
    (
        "RUKLA, Lithuania — Local officials welcomed some 300 Dutch soldiers on Friday.\n\n"
        "Another 200 will follow in May.",
        [("troops", 300, 300, "LT", "existing"), ("troops", 200, 200, "LT", "planned")],
    ),
    (
        "ŠIAULIAI, Lithuania — Four Polish F-16s took over the air policing mission here on Monday.",
        [("aircraft", 4, 4, "LT", "existing")],
    ),
    (
        "BRUSSELS — Allies will send 4,000 more troops, officials said.\n\nThe allies met in Riga, Latvia, in May.",
        [("troops", 4000, 4000, "", "planned")],
    ),
    # "here", in any sentence of a story filed in the theatre, is the dateline's place, and the scene after.
    (
        "TAPA, Estonia — The morning is cold.\n\nThe battlegroup that trains here was formed in 2017. Today it "
        "numbers about 1,200 soldiers.",
        [("troops", 1200, 1200, "EE", "existing")],
    ),
    # A mission named for a region is no place: "here" is the dateline's.
    (
        "SIAULIAI, Lithuania — Four Danish F-16s are on Baltic Air Policing duty here.",
        [("aircraft", 4, 4, "LT", "existing")],
    ),
    # A caption's own dateline, a colon after its capitals, places the caption's counts.
    (
        "Gallery: the southern flank\n\nCINCU, ROMANIA: French soldiers unload one of six Leclerc tanks that "
        "arrived on Monday.\n\nNOVO SELO, BULGARIA: Some 150 Italian soldiers train with the battlegroup.",
        [("tanks", 6, 6, "RO", "existing"), ("troops", 150, 150, "BG", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", DATELINES, ids=[t[:40] for t, _ in DATELINES])
def test_the_dateline_places_what_is_here_and_whom_a_visitor_meets(facts_of, text, expected):
    check(facts_of, text, expected)


# Forces that set out for a place are on their way, not there yet; forces that arrived are there.
ON_THE_WAY = [
    (
        "Some 250 Czech soldiers, based in Chrudim, left on Monday for central Slovakia.",
        [("troops", 250, 250, "SK", "planned")],
    ),
    ("About 400 US troops departed Fort Hood for Poland on Friday.", [("troops", 400, 400, "PL", "planned")]),
    ("About 400 US troops arrived in Poland on Friday.", [("troops", 400, 400, "PL", "existing")]),
]


@pytest.mark.parametrize("text, expected", ON_THE_WAY, ids=[t[:40] for t, _ in ON_THE_WAY])
def test_forces_that_set_out_for_a_place_are_on_their_way(facts_of, text, expected):
    check(facts_of, text, expected)


# Status by what the sentence says of these forces: a second predicate with its own tense is its own
# clause; going home is leaving; what a withdrawal leaves behind stays. And a think tank is no tank.
STATUS_BY_PREDICATE = [
    (
        "Some 40 German tanks are in Lithuania and will train there until December.",
        [("tanks", 40, 40, "LT", "existing")],
    ),
    (
        "Germany sent 300 troops to Lithuania and will send 200 more in May.",
        [("troops", 300, 300, "LT", "existing"), ("troops", 200, 200, "LT", "planned")],
    ),
    ("About 200 Spanish troops are going home from Latvia.", [("troops", 200, 200, "LV", "withdrawn")]),
    (
        "The US is withdrawing a brigade from Romania, leaving about 1,000 soldiers there.",
        [("brigades", 1, 1, "RO", "withdrawn"), ("troops", 1000, 1000, "RO", "existing")],
    ),
    (
        "Experts at a Warsaw think tank said 300 US troops would arrive in Poland.",
        [("troops", 300, 300, "PL", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", STATUS_BY_PREDICATE, ids=[t[:40] for t, _ in STATUS_BY_PREDICATE])
def test_status_by_what_the_sentence_says_of_these_forces(facts_of, text, expected):
    check(facts_of, text, expected)


def places_of(facts) -> list[str]:
    return sorted(f.place for f in facts if f.place)


# Places that are no site, and must appear on no fact: a force's home written as "its home garrison is",
# a port of call, a command node, a far namesake of a European name.
NO_SITE = [
    ("The 300 Spanish soldiers, whose home garrison is in Cordoba, serve in Latvia.", ["Latvia"]),
    ("The frigate made a port call in Gdynia before joining 12 ships patrolling the Baltic Sea.", ["Baltic Sea"]),
    ("The brigade is commanded from its headquarters in Stuttgart, while its 4,000 troops are in Poland.", ["Poland"]),
    ("The division headquarters in Elblag commands the 1,000 troops in Orzysz.", ["Orzysz"]),
    ("The 300 Spanish soldiers, whose home base is Moron in Andalusia, serve in Latvia.", ["Latvia"]),
    ("Multinational Division Headquarters North Set Up in Camp Adazi", ["Camp Adazi"]),
    ("The division's headquarters and one of its brigades are moving to Romania.", ["Romania", "Romania"]),
]


@pytest.mark.parametrize("text, places", NO_SITE, ids=[t[:40] for t, _ in NO_SITE])
def test_homes_ports_of_call_and_command_nodes_are_no_site(facts_of, text, places):
    assert places_of(facts_of(text)) == places


# Kinds of ship and shapes of count reporting uses, and a capability that is no deployment.
NAVAL_AND_SHAPES = [
    (
        "The Baltic Fleet keeps around 20 of its surface combatants in Kaliningrad.",
        [("warships", 20, 20, "RU", "existing")],
    ),
    ("A Polish minelayer joined the group in the Baltic Sea.", [("warships", 1, 1, "Baltic Sea", "existing")]),
    ("A Danish contingent some 900 strong arrived in Latvia.", [("troops", 900, 900, "LV", "existing")]),
    (
        "The number of US destroyers at Rota will rise from four to six.",
        [("warships", 4, 4, "ES", "existing"), ("warships", 6, 6, "ES", "planned")],
    ),
    (
        "Lithuania hosts 1,000 German troops, a force able to grow to a full brigade.",
        [("troops", 1000, 1000, "LT", "existing")],
    ),
    ("The battlegroup in Estonia can be reinforced up to 5,000 troops within days.", []),
]


@pytest.mark.parametrize("text, expected", NAVAL_AND_SHAPES, ids=[t[:40] for t, _ in NAVAL_AND_SHAPES])
def test_kinds_of_ship_shapes_of_count_and_capabilities(facts_of, text, expected):
    check(facts_of, text, expected)


# Where a count stands in a longer sentence: a headcount after its formation's destination, "N more
# are in", a region counted by its members, and a list after a preposition that the next clause's
# subject does not join.
LONGER_SENTENCES = [
    ("Spain deployed a NASAMS battery to Latvia, with about 140 soldiers.", [("troops", 140, 140, "LV", "existing")]),
    (
        "France leads the battlegroup in Romania. Around 1,000 more are in Romania.",
        [("troops", 1000, 1000, "RO", "existing")],
    ),
    (
        "The US will send two battalions across the three Baltic states.",
        [("battalions", 2, 2, "Baltic states", "planned")],
    ),
    (
        "Canada sends 150 troops to Poland and the US sends 200 to Latvia.",
        [("troops", 150, 150, "PL", "existing"), ("troops", 200, 200, "LV", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", LONGER_SENTENCES, ids=[t[:40] for t, _ in LONGER_SENTENCES])
def test_where_a_count_stands_in_a_longer_sentence(facts_of, text, expected):
    check(facts_of, text, expected)


# A multinational formation named with its host in the possessive is in that host, and its size is a
# fact about it, not what every such formation numbers; the alliance's east named in words is a region.
HOSTED_FORMATIONS = [
    ("Estonia's NATO battle group has about 1,000 troops.", [("troops", 1000, 1000, "EE", "existing")]),
    (
        "Latvia's battlegroup, which numbers some 1,700 soldiers, is led by Canada.",
        [("troops", 1700, 1700, "LV", "existing")],
    ),
    (
        "NATO has deployed 40,000 troops in the eastern part of the Alliance.",
        [("troops", 40000, 40000, "eastern flank", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", HOSTED_FORMATIONS, ids=[t[:40] for t, _ in HOSTED_FORMATIONS])
def test_a_formation_named_with_its_host_is_in_that_host(facts_of, text, expected):
    check(facts_of, text, expected)


# Leaving a named place, with no destination after it, is a withdrawal from it; the nation of the
# formation a count belongs to is its force.
LEAVING_A_PLACE = [
    ("The 300 troops of the Spanish rotation left Latvia in May.", [("troops", 300, 300, "LV", "withdrawn")]),
    ("About 400 US troops left Fort Hood for Poland on Friday.", [("troops", 400, 400, "PL", "planned")]),
]


@pytest.mark.parametrize("text, expected", LEAVING_A_PLACE, ids=[t[:40] for t, _ in LEAVING_A_PLACE])
def test_leaving_a_named_place_is_a_withdrawal_from_it(facts_of, text, expected):
    check(facts_of, text, expected)


def test_the_nation_of_a_counts_formation_is_its_force(facts_of):
    facts = [f for f in facts_of("Some 500 soldiers of the Polish contingent serve in Latvia.") if f.quantity_low]
    assert [f.force for f in facts] == ["Poland"]


def test_submarines_are_counted_apart_from_surface_warships(facts_of):
    facts = facts_of("Russia keeps three submarines and four frigates in the Black Sea.")
    assert counted(facts) == [
        ("other:submarines", 3, 3, "Black Sea region", "existing"),
        ("warships", 4, 4, "Black Sea region", "existing"),
    ]


def test_a_base_flown_from_on_the_way_elsewhere_is_no_site_and_its_country_no_force(facts_of):
    facts = facts_of(
        "The troops flew from Ramstein, Germany, via Budapest to Constanta in Romania, where 800 will stay."
    )
    assert {f.country_code for f in facts} == {"RO"}
    assert {f.force for f in facts} == {""}
    operating = facts_of("Four Italian F-35s are flying from Amari air base in Estonia.")
    assert counted(operating) == [("aircraft", 4, 4, "EE", "existing")]


# A withdrawal that goes on elsewhere is a move, at its destination; a withdrawal with its object
# between the verb and "back" is still one.
MOVES = [
    (
        "The US will withdraw 1,000 troops from Germany and move them to Poland.",
        [("troops", 1000, 1000, "PL", "planned")],
    ),
    (
        "Russia pulled 10,000 troops back from the Ukrainian border.",
        [("troops", 10000, 10000, "around Ukraine", "withdrawn")],
    ),
    ("The US withdrew 3,000 troops from Novo Selo.", [("troops", 3000, 3000, "BG", "withdrawn")]),
]


@pytest.mark.parametrize("text, expected", MOVES, ids=[t[:40] for t, _ in MOVES])
def test_a_withdrawal_that_goes_on_elsewhere_is_a_move(facts_of, text, expected):
    check(facts_of, text, expected)
    assert all(f.force in ("US", "Russia") for f in facts_of(text))


# A later paragraph takes the story's place only when it names a force (the next contributor to the
# same scene) or refers back; otherwise its count has no place rather than the last paragraph's.
STORY_PLACES = [
    (
        "Spain has deployed 300 troops to Latvia.\nAbout 4,000 soldiers will deploy next spring, officials said.",
        [("troops", 300, 300, "LV", "existing"), ("troops", 4000, 4000, "", "planned")],
    ),
    (
        "Spain has deployed 300 troops to Latvia.\nThe Netherlands contributes 250 soldiers.",
        [("troops", 300, 300, "LV", "existing"), ("troops", 250, 250, "LV", "existing")],
    ),
    (
        "Spain has deployed 300 troops to Latvia.\nAnother 200 soldiers will follow in May.",
        [("troops", 300, 300, "LV", "existing"), ("troops", 200, 200, "LV", "planned")],
    ),
    (
        "Spain has deployed 300 troops to Latvia. About 4,000 soldiers will deploy next spring.",
        [("troops", 300, 300, "LV", "existing"), ("troops", 4000, 4000, "LV", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", STORY_PLACES, ids=[t[-40:] for t, _ in STORY_PLACES])
def test_a_later_paragraph_takes_the_storys_place_only_when_it_continues_the_scene(facts_of, text, expected):
    check(facts_of, text, expected)


# Counter-examples a review of this round's rules found, each once wrong: a rule of English holds for
# them too.
REVIEWED = [
    (
        "About 1,000 US troops are deployed in Poland.\n\n"
        "Some 500 US soldiers are stationed near the border with Belarus.",
        [("troops", 1000, 1000, "PL", "existing"), ("troops", 500, 500, "PL", "existing")],
    ),
    (
        "Britain will send a company to train with 500 Estonian soldiers in Tapa.",
        [("companies", 1, 1, "EE", "planned")],
    ),
    (
        "About 4,000 US troops deployed to Poland and Romania are on high alert.",
        [("troops", 4000, 4000, "Poland, Romania", "existing")],
    ),
    (
        "The number of US troops in Poland rose from 4,500 to 10,000 last year.",
        [("troops", 4500, 4500, "PL", "existing"), ("troops", 10000, 10000, "PL", "existing")],
    ),
    (
        "Germany has 1,000 soldiers in Lithuania; 500 more are in training at home.",
        [("troops", 1000, 1000, "LT", "existing")],
    ),
    (
        "Spain has 600 troops at Adazi in Latvia.\n\n"
        "Denmark contributes 200 soldiers. About 50 engineers arrive next week.",
        [
            ("troops", 600, 600, "LV", "existing"),
            ("troops", 200, 200, "LV", "existing"),
            ("troops", 50, 50, "LV", "existing"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", REVIEWED, ids=[t[:40] for t, _ in REVIEWED])
def test_counter_examples_to_this_rounds_rules(facts_of, text, expected):
    check(facts_of, text, expected)


def test_more_than_opens_no_reference_back(facts_of):
    facts = facts_of("Spain has 600 troops in Latvia.\n\nMore than 4,000 soldiers will deploy to Romania.")
    assert [f.force for f in facts if f.quantity_low == 4000] == [""]


# More counter-examples from the review: a capability vetoes only what it reaches to; "left in" is
# remaining; "leaves X with" is no withdrawal; a dateline outside the flank's hosts, or "said here",
# places nothing.
REVIEWED_STATUS_AND_PLACE = [
    (
        "The battlegroup can be scaled up to a brigade and has 1,600 soldiers in Lithuania.",
        [("troops", 1600, 1600, "LT", "existing")],
    ),
    (
        "The 2,000 US troops left in Romania for the winter are training.",
        [("troops", 2000, 2000, "RO", "existing")],
    ),
    (
        "ROME (Reuters) — NATO will send 4,000 more troops, alliance officials said here on Monday.",
        [("troops", 4000, 4000, "", "planned")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", REVIEWED_STATUS_AND_PLACE, ids=[t[:40] for t, _ in REVIEWED_STATUS_AND_PLACE]
)
def test_more_counter_examples_to_this_rounds_rules(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_decision_that_leaves_a_host_with_forces_is_no_withdrawal(facts_of):
    facts = facts_of("The decision leaves Lithuania with about 1,000 German troops.")
    assert "withdrawn" not in {f.status for f in facts}


# "one of N": N counts the kind of the formation named before it, its noun left out.
ONE_OF_N = [
    (
        "The battle group in Tapa is one of eight on the eastern flank.",
        [("battlegroups", 8, 8, "eastern flank", "existing")],
    ),
    ("The brigade is one of four that the US keeps in Europe.", [("brigades", 4, 4, "Europe", "existing")]),
]


@pytest.mark.parametrize("text, expected", ONE_OF_N, ids=[t[:40] for t, _ in ONE_OF_N])
def test_one_of_n_counts_the_kind_named_before(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_count_of_no_named_force_may_stand_in_the_war_zone(facts_of):
    """Only allied forces are kept out of Ukraine; a force the text does not name is not assumed allied."""
    assert counted(facts_of("Only about 3,500 soldiers had left Crimea.")) == [
        ("troops", 3500, 3500, "UA", "withdrawn")
    ]


# A region spelled out by its countries in apposition: the count stays on the region, and each country
# is a fact with no count (CONVENTIONS: one aggregate fact plus one per country), so filters find them.
SPELLED_OUT = [
    (
        "The alliance fields six battlegroups on its eastern flank, in Latvia, Poland and Romania.",
        ("battlegroups", 6, "eastern flank"),
        ["LV", "PL", "RO"],
    ),
    (
        "About 2,000 Canadian soldiers now serve in the Baltic states (Estonia, Latvia and Lithuania).",
        ("troops", 2000, "Baltic states"),
        ["EE", "LT", "LV"],
    ),
    (
        "Britain sent 150 engineers to the Baltic states, namely Estonia and Lithuania.",
        ("troops", 150, "Baltic states"),
        ["EE", "LT"],
    ),
    # Not an apposition: a clause of its own follows the region, so its countries are not the region's.
    (
        "Spain sent two frigates to the Black Sea, and Romania thanked Bulgaria.",
        ("warships", 2, "Black Sea region"),
        [],
    ),
]


@pytest.mark.parametrize("text, aggregate, members", SPELLED_OUT, ids=[t[:40] for t, _, _ in SPELLED_OUT])
def test_a_region_spelled_out_by_its_countries_gives_each_country_a_fact(facts_of, text, aggregate, members):
    facts = facts_of(text)
    assert [(f.unit, f.quantity_low, where_of(f)) for f in facts if f.quantity_low] == [aggregate]
    assert sorted(f.country_code for f in facts if f.quantity_low is None) == members


def test_a_country_visited_is_no_force(facts_of):
    """ "visiting Poland" names where the speaker is, not who sends the troops."""
    facts = facts_of("The American president, visiting Poland, said 2,000 more troops would go to Romania.")
    assert [(f.quantity_low, f.country_code) for f in facts] == [(2000, "RO")]
    assert "Poland" not in {f.force for f in facts}


# A change of a figure: the unit changed is the one named before its first figure, within the change
# phrase too, however far the phrase runs ("the number of its troops in Lithuania from ... to ...").
CHANGES = [
    (
        "Allies agreed to raise the number of battlegroups from four to eight.",
        [("battlegroups", 4, 4, "", "existing"), ("battlegroups", 8, 8, "", "planned")],
    ),
    (
        "Berlin will raise the number of its soldiers in Lithuania from 1,000 to 5,000.",
        [("troops", 1000, 1000, "LT", "existing"), ("troops", 5000, 5000, "LT", "planned")],
    ),
    ("Warsaw will raise its defence budget from 3 to 4 percent of GDP.", []),
    # A level changed to a figure, the noun between the verb and "to"; a share of GDP is no count.
    ("Denmark will double its soldiers in Latvia to about 1,400.", [("troops", 1400, 1400, "LV", "planned")]),
    ("Latvia will raise its defence spending to 5 percent of GDP.", []),
    # A formation's figure is its headcount: "the contingent has grown to ..." counts soldiers.
    ("The Belgian contingent in Romania has grown to about 300.", [("troops", 300, 300, "RO", "existing")]),
    ("The number of Spanish jets in Lithuania has risen to eight.", [("aircraft", 8, 8, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", CHANGES, ids=[t[:40] for t, _ in CHANGES])
def test_a_change_of_a_figure_counts_the_unit_it_changes(facts_of, text, expected):
    check(facts_of, text, expected)


# "its borders" after a country: the borders of that country, a region when the gazetteer knows them as
# one; the places of a total's parts ("including those in Belarus") are the parts', facts with no count.
TOTALS_AND_PARTS = [
    (
        "Ukraine's general staff counts some 90,000 Russian soldiers around its borders.",
        ("troops", 90000, "around Ukraine"),
        [],
    ),
    (
        "Ukraine's intelligence puts the number of Russian troops around its borders at 110,000, including those in "
        "Belarus and in Transnistria.",
        ("troops", 110000, "around Ukraine"),
        ["BY", "MD"],
    ),
    ("Moscow has massed 20,000 troops along its borders.", ("troops", 20000, ""), []),
]


@pytest.mark.parametrize("text, total, parts", TOTALS_AND_PARTS, ids=[t[:40] for t, _, _ in TOTALS_AND_PARTS])
def test_a_total_stands_at_its_own_place_and_its_parts_at_theirs(facts_of, text, total, parts):
    facts = facts_of(text)
    assert [(f.unit, f.quantity_low, where_of(f)) for f in facts if f.quantity_low] == [total]
    assert sorted(f.country_code for f in facts if f.quantity_low is None and f.country_code) == parts


# A figure restated in the next sentence ("officials have given a figure of 40,000") counts the same
# forces at the same place; the nation that spoke ("Latvia's defence ministry puts ...") is not their force.
RESTATED = [
    (
        "Latvia's defence ministry puts the number of Russian troops in Belarus at 30,000. Western officials "
        "have given a figure of more than 35,000.",
        [("troops", 30000, "BY", "Russia"), ("troops", 35000, "BY", "Russia")],
    ),
    (
        "Lithuanian officials said some 4,000 German soldiers would serve in Lithuania. Berlin has given a "
        "figure of 4,800.",
        [("troops", 4000, "LT", "Germany"), ("troops", 4800, "LT", "Germany")],
    ),
]


@pytest.mark.parametrize("text, expected", RESTATED, ids=[t[:40] for t, _ in RESTATED])
def test_a_figure_restated_counts_the_forces_counted_before(facts_of, text, expected):
    facts = facts_of(text)
    assert [(f.unit, f.quantity_low, where_of(f), f.force) for f in facts if f.quantity_low] == expected


def test_the_venue_of_a_visit_is_no_site(facts_of):
    """ "said during a visit to the Adazi base": where the minister spoke, not where forces are."""
    facts = facts_of("Denmark will add soldiers in Latvia, its minister said during a visit to the Adazi base.")
    assert {f.place for f in facts} == {"Latvia"}


# Counts listed before their one noun: each counts that noun; an item may carry its nationality; with
# "respectively", the nations named before the list in order. A date or another noun's count is no item.
COUNT_LISTS = [
    (
        "Denmark, Sweden and Iceland contribute 700, 550 and 20 soldiers respectively to the brigade in Latvia.",
        [("troops", 700, "LV", "Denmark"), ("troops", 550, "LV", "Sweden"), ("troops", 20, "LV", "Iceland")],
    ),
    (
        "About 400 Czech and 150 Slovenian troops serve in Slovakia.",
        [("troops", 400, "SK", "Czechia"), ("troops", 150, "SK", "Slovenia")],
    ),
    ("On 12 May, two Dutch frigates sailed into the Baltic Sea.", [("warships", 2, "Baltic Sea", "Netherlands")]),
    (
        "France flew four Rafales and about 120 airmen to Poland.",
        [("aircraft", 4, "PL", "France"), ("troops", 120, "PL", "France")],
    ),
]


@pytest.mark.parametrize("text, expected", COUNT_LISTS, ids=[t[:40] for t, _ in COUNT_LISTS])
def test_each_count_of_a_list_counts_the_noun_after_the_last(facts_of, text, expected):
    facts = facts_of(text)
    assert [(f.unit, f.quantity_low, where_of(f), f.force) for f in facts if f.quantity_low] == expected


def test_a_part_of_a_force_named_by_its_nation_is_that_nations(facts_of):
    """ "3,500 troops, 1,800 of them Canadian": the part is Canada's, at the force's place."""
    facts = facts_of("The battlegroup in Latvia counts 3,500 troops, 1,800 of them Canadian.")
    assert [(f.quantity_low, where_of(f)) for f in facts if f.quantity_low] == [(3500, "LV"), (1800, "LV")]
    assert facts[-1].force == "Canada"


# A heading names the place of the sections under it, never a force; a dateline places "this base"
# and "the base" of a story that has no other place yet; "N more would come" counts the forces named.
HEADINGS_AND_DATELINES = [
    ("Latvia\n\nThe battlegroup has about 1,700 troops.", [("troops", 1700, 1700, "LV", "existing")]),
    (
        "Romania: the French-led battlegroup\n\nIt has about 800 soldiers.",
        [("troops", 800, 800, "RO", "existing")],
    ),
    (
        "SIAULIAI, Lithuania — About 120 Portuguese airmen serve at this air base.",
        [("troops", 120, 120, "LT", "existing")],
    ),
    (
        "ADAZI, Latvia — The Canadian minister told soldiers at the base that 500 more would come in spring.",
        [("troops", 500, 500, "LV", "planned")],
    ),
    (
        "Latvia hosts a battlegroup.\n\nPoland\n\nSome 10,000 US troops serve there.",
        [("battlegroups", 1, 1, "LV", "existing"), ("troops", 10000, 10000, "PL", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", HEADINGS_AND_DATELINES, ids=[t[:40] for t, _ in HEADINGS_AND_DATELINES])
def test_headings_and_datelines_place_what_follows(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_nation_that_watched_is_not_the_force_it_counted(facts_of):
    """ "Belarusian monitors counted 6,000 fighters in Belarus": not Belarus's own troops at home (which
    are no fact), but a count of forces the sentence does not name."""
    facts = facts_of("Belarusian monitors counted about 6,000 fighters at a camp in Belarus.")
    assert [(f.quantity_low, f.country_code, f.force) for f in facts] == [(6000, "BY", "")]


# Counter-examples a review of this round's rules found (sentences of our own): each was right before
# the round, wrong after a rule, and is right again.
REVIEWED_ROUND_3 = [
    ("On March 3, 400 US soldiers arrived in Romania.", [("troops", 400, 400, "RO", "existing")]),
    ("Under Article 5, 300,000 troops could be sent.", [("troops", 300000, 300000, "", "planned")]),
    (
        "Germany will keep its promise to station 4,800 troops in Lithuania by 2027.",
        [("troops", 4800, 4800, "LT", "planned")],
    ),
    (
        "The number of NATO battlegroups on the eastern flank has risen to eight.",
        [("battlegroups", 8, 8, "eastern flank", "existing")],
    ),
    ("NATO doubled its battlegroups to 8 after the invasion.", [("battlegroups", 8, 8, "", "existing")]),
    (
        "More than 4,000 allied troops, including 1,200 from Canada, will deploy to Latvia this year.",
        [("troops", 4000, 4000, "LV", "planned"), ("troops", 1200, 1200, "LV", "planned")],
    ),
    (
        "During a visit to Orzysz, the general said about 1,000 US soldiers are stationed there.",
        [("troops", 1000, 1000, "PL", "existing")],
    ),
    (
        "Estonia said the UK would deploy 1,000 more soldiers on its soil by spring.",
        [("troops", 1000, 1000, "EE", "planned")],
    ),
    (
        "Belarus says Russia will keep about 10,000 troops on its territory.",
        [("troops", 10000, 10000, "BY", "existing")],
    ),
    (
        "As the war in Ukraine drags on, the Kremlin complains that 40,000 NATO troops now sit near its borders.",
        [("troops", 40000, 40000, "", "existing")],
    ),
    ("In Poland, the US Army has about 10,000 soldiers.", [("troops", 10000, 10000, "PL", "existing")]),
    ("Romania has received about 500 active-duty US soldiers.", [("troops", 500, 500, "RO", "existing")]),
    ("The 1,000 US troops in Poland aim to deter any Russian move.", [("troops", 1000, 1000, "PL", "existing")]),
    (
        "Lithuania's president recalled that Germany will station a 5,000-strong brigade in Lithuania by 2027.",
        [("troops", 5000, 5000, "LT", "planned")],
    ),
    ("Russia has moved back about 10,000 troops to the Finnish border.", [("troops", 10000, 10000, "RU", "existing")]),
    ("Russia expelled 30 staff of the Polish embassy in Moscow.", []),
    ("Romania signed a contract for 54 Abrams tanks. The first 20 M1A2s will be delivered next year.", []),
    ("Poland received 24 K2s from South Korea last month, and 14 more arrived in Gdynia.", []),
    (
        "The US will send 20 Abrams tanks and 500 soldiers to Lithuania. They will join the 1,000 already there.",
        [
            ("tanks", 20, 20, "LT", "planned"),
            ("troops", 500, 500, "LT", "planned"),
            ("troops", 1000, 1000, "LT", "existing"),
        ],
    ),
    (
        "About 1,500 US troops deployed to Estonia, Latvia, and Lithuania trained with local forces.",
        [("troops", 1500, 1500, "Estonia, Latvia, Lithuania", "existing")],
    ),
    (
        "The United States wants to get 2,000 more troops to Poland by summer.",
        [("troops", 2000, 2000, "PL", "planned")],
    ),
    (
        "NATO has 8 battlegroups, including one in Slovakia, on the eastern flank.",
        [("battlegroups", 8, 8, "eastern flank", "existing"), ("battlegroups", 1, 1, "SK", "existing")],
    ),
    (
        "Russia has moved 40 T-90Ms and 30 BTR-82As to Pskov.",
        [("tanks", 40, 40, "RU", "existing"), ("vehicles", 30, 30, "RU", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_3, ids=[t[:40] for t, _ in REVIEWED_ROUND_3])
def test_counter_examples_to_round_three(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_nations_troops_visited_are_still_its_own(facts_of):
    facts = facts_of("The minister visited German troops in Rukla, where 1,800 soldiers are stationed.")
    assert [(f.quantity_low, f.force, f.country_code) for f in facts if f.quantity_low] == [(1800, "Germany", "LT")]


def test_counts_listed_without_respectively_take_as_many_nations_in_order(facts_of):
    facts = facts_of("The Netherlands, Belgium and Luxembourg will send 270, 120 and 30 soldiers to Lithuania.")
    assert [(f.quantity_low, f.force) for f in facts] == [(270, "Netherlands"), (120, "Belgium"), (30, "Luxembourg")]


# Counter-examples a second review found against the rules above (sentences of our own).
REVIEWED_ROUND_3_SECOND = [
    ("Poland has sent 200 soldiers to Lithuania's border with Belarus.", [("troops", 200, 200, "LT", "existing")]),
    (
        "Russia's defence ministry said 10,000 troops had arrived in Belarus.",
        [("troops", 10000, 10000, "BY", "existing")],
    ),
    (
        "Since Russia invaded Ukraine, Romania has hosted about 5,000 allied troops on its territory.",
        [("troops", 5000, 5000, "RO", "existing")],
    ),
    ("The US will maintain approximately 20,000 troops in Poland.", [("troops", 20000, 20000, "PL", "existing")]),
    ("Germany will keep two battalions in Lithuania.", [("battalions", 2, 2, "LT", "existing")]),
    ("Washington will keep 3,000 soldiers in Romania from 2026.", [("troops", 3000, 3000, "RO", "planned")]),
    ("Lithuania hopes to receive a German brigade of 5,000 troops by 2027.", [("troops", 5000, 5000, "LT", "planned")]),
    ("Denmark recalled its 200 troops from Latvia in March.", [("troops", 200, 200, "LV", "withdrawn")]),
    (
        "The 300 US soldiers were flown back to Germany after nine months in Lithuania.",
        [("troops", 300, 300, "LT", "withdrawn")],
    ),
    (
        "Britain has deployed 14 Challenger 2 tanks to Estonia, where the first deliveries of spare parts arrived.",
        [("tanks", 14, 14, "EE", "existing")],
    ),
    (
        "Ämari air base received four Eurofighters from the German Air Force on Monday.",
        [("aircraft", 4, 4, "EE", "existing")],
    ),
    (
        "NATO has about 10,000 troops in Poland and the Baltic.",
        [("troops", 10000, 10000, "Poland, Baltic states", "existing")],
    ),
    (
        "Germany will station a brigade of 4,800 troops in the Baltic, in Lithuania.",
        [("troops", 4800, 4800, "LT", "planned")],
    ),
    (
        "About 600 US paratroopers arrived in Latvia and Lithuania, and Poland received another 800.",
        [("troops", 600, 600, "Latvia, Lithuania", "existing"), ("troops", 800, 800, "PL", "existing")],
    ),
    (
        "The US sent 12 Apache helicopters to Lithuania. Eight more will follow in June.",
        [("aircraft", 12, 12, "LT", "existing"), ("aircraft", 8, 8, "LT", "planned")],
    ),
    (
        "Twelve more Abrams tanks reached Pabrade on Tuesday, joining the 150 already there.",
        [("tanks", 12, 12, "LT", "existing"), ("tanks", 150, 150, "LT", "existing")],
    ),
    (
        # (barracks built for 3,000 are a capacity, no fact: the dateline is tested on a move)
        "RIGA, Latvia — Satellite images show Russia has moved about 3,000 troops to the base.",
        [("troops", 3000, 3000, "", "existing")],
    ),
    ("RIGA, Latvia — Satellite images show Russia has built barracks for about 3,000 troops at the base.", []),
    (
        "Slovakia has 1,050 soldiers serving abroad, of whom 650 are deployed in Latvia.",
        [("troops", 1050, 1050, "", "existing"), ("troops", 650, 650, "LV", "existing")],
    ),
    (
        "Russia has about 1.3 million active troops, and some 12,000 of them are stationed in Kaliningrad.",
        [("troops", 1300000, 1300000, "", "existing"), ("troops", 12000, 12000, "RU", "existing")],
    ),
    (
        "The US will station 200 staff at the new corps forward headquarters in Poznan.",
        [("troops", 200, 200, "PL", "planned")],
    ),
    (
        "During a visit to Vilnius, the German minister said there would be 5,000 German troops in Lithuania by 2027.",
        [("troops", 5000, 5000, "LT", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_3_SECOND, ids=[t[:40] for t, _ in REVIEWED_ROUND_3_SECOND])
def test_counter_examples_of_the_second_review(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_heading_that_names_the_sender_and_another_place_keeps_the_sender(facts_of):
    facts = facts_of("Germany: the brigade in Lithuania\n\nThe brigade will number about 4,800 soldiers by 2027.")
    assert [(f.quantity_low, f.force, f.country_code) for f in facts if f.quantity_low] == [(4800, "Germany", "LT")]


def test_hosts_listed_before_counts_are_not_their_forces(facts_of):
    facts = facts_of("Poland and Romania host 10,000 and 5,000 US troops.")
    assert {f.force for f in facts} == {"US"}


# A force's count in apposition ("about 200 of them"); a home named after a formation is no site when
# the formation goes elsewhere.
APPOSED = [
    ("Troops from Spain, some 150 of them, arrived in Slovakia.", [("troops", 150, 150, "SK", "existing")]),
    (
        "Paratroopers of the 2nd Regiment based in Pau, France, were sent to Romania, about 400 in all.",
        [("troops", 400, 400, "RO", "existing")],
    ),
    ("The NATO battle group based in Tapa has about 1,000 soldiers.", [("troops", 1000, 1000, "EE", "existing")]),
]


@pytest.mark.parametrize("text, expected", APPOSED, ids=[t[:40] for t, _ in APPOSED])
def test_counts_in_apposition_and_homes_after_a_formation(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_home_named_after_a_formation_that_goes_elsewhere_is_no_site(facts_of):
    facts = facts_of("Paratroopers of the 2nd Regiment based in Pau, France, were sent to Romania, about 400 in all.")
    assert "FR" not in {f.country_code for f in facts}


# A list of hosts and its passive predicate ("... and Poland will be expanded") is one list: every
# country of it hosts the formation, the last one too.
LISTED_HOSTS = [
    ("The battlegroups in Estonia, Latvia, Lithuania and Poland will be expanded.", {"EE", "LV", "LT", "PL"}),
    ("Allied brigades in Romania and Bulgaria would be formed from the battlegroups.", {"RO", "BG"}),
    ("Troops go to Latvia and Canada will lead them.", {"LV"}),
]


@pytest.mark.parametrize("text, countries", LISTED_HOSTS, ids=[t[:40] for t, _ in LISTED_HOSTS])
def test_a_list_before_its_passive_predicate_hosts_in_every_country(facts_of, text, countries):
    assert {f.country_code for f in facts_of(text)} == countries


def test_a_verb_ends_the_words_that_modify_a_noun(facts_of):
    """ "The battlegroup in Latvia includes troops from Spain": Latvia is where the battlegroup is, not the
    troops' nationality (read as one, the sentence was the host's own forces and said nothing)."""
    facts = facts_of("The battlegroup in Latvia includes troops from Spain.")
    assert ("battlegroups", "LV") in {(f.unit, f.country_code) for f in facts}


def test_a_year_before_a_nation_is_no_place_of_it(facts_of):
    """ "In 2020 Denmark is contributing two teams": Denmark acts; "in" governs the year."""
    facts = facts_of("In 2020 Denmark is contributing two teams in Estonia.")
    assert {f.force for f in facts} == {"Denmark"}


def test_a_model_number_after_a_count_and_a_maker_is_no_count(facts_of):
    """ "Two Swedish Saab 340 Airborne Early Warning and Control System aircraft": not 340 aircraft."""
    facts = facts_of("Two Swedish Saab 340 Airborne Early Warning and Control System aircraft fly from Amari, Estonia.")
    assert 340 not in {f.quantity_low for f in facts}


# Counter-examples a review of round 4's rules found (sentences of its own, read right before the round,
# wrong after one of its rules), each a row that failed before its fix.
REVIEWED_ROUND_4 = [
    # Numbers that are no headcount: a ratio, a share, a rank, a time, another noun's strength.
    ("The number of US soldiers in Poland is three times what it was in 2014.", []),
    ("The number of US soldiers in Poland is 20 percent higher than a year ago.", []),
    ("The number of US soldiers in Poland is one of the highest in Europe.", []),
    ("British troops in Estonia face a Russian force that is 20,000 strong.", []),
    (
        "Germany has 1,800 troops in Lithuania. The deployment reached 7 years in February.",
        [("troops", 1800, 1800, "LT", "existing")],
    ),
    # A change of something else than forces.
    (
        "Lithuania hosts 1,000 German soldiers. The parliament voted to raise the draft age from 18 to 19.",
        [("troops", 1000, 1000, "LT", "existing")],
    ),
    (
        "Britain has 900 troops in Estonia. Rotations there will be increased from six to nine months.",
        [("troops", 900, 900, "EE", "existing")],
    ),
    (
        "The UK has 900 troops in Estonia. The army will cut training time from 12 weeks to 8.",
        [("troops", 900, 900, "EE", "existing")],
    ),
    (
        "Germany has 1,800 troops in Lithuania. Conscription will rise from 5,000 recruits to 15,000 a year.",
        [("troops", 1800, 1800, "LT", "existing")],
    ),
    # A name's number; "more" of something else on a weekday; a level of people after batteries.
    (
        "The US keeps 10,000 soldiers in Poland. Gate 2 at Lask air base was closed on Monday.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
    (
        "Russia keeps 30,000 troops in Belarus. It fired 40 missiles at Lviv overnight and 20 more on Monday.",
        [("troops", 30000, 30000, "BY", "existing")],
    ),
    (
        "Germany sent 3 Patriot batteries to Poland last year; it plans to keep 300 there until 2026.",
        [("batteries", 3, 3, "PL", "existing"), ("troops", 300, 300, "PL", "planned")],
    ),
    # A whole's strength is not what a part of it moves.
    ("Two companies of the 1,100-strong battlegroup moved to Rukla.", [("companies", 2, 2, "LT", "existing")]),
    ("Germany moved the 4,800-strong brigade's headquarters to Vilnius.", []),
    # A bare small number after formations counts them; shares listed after a colon are no contributions.
    ("Russia keeps divisions near Pskov and 3 near Narva.", [("divisions", 3, 3, "EE", "existing")]),
    (
        "Spain has 600 soldiers in Latvia. Share of GDP in 2024: Poland 4.1; Estonia 3.4; Lithuania 2.9.",
        [("troops", 600, 600, "LV", "existing")],
    ),
    # Participles as modifiers keep the count before them.
    (
        "Germany's 4,800 pledged soldiers will be stationed in Lithuania by 2027.",
        [("troops", 4800, 4800, "LT", "planned")],
    ),
    ("The 300 added troops will arrive in Estonia in May.", [("troops", 300, 300, "EE", "planned")]),
    # Places: a new subject with "will be sending"; a lead of a nation's own plans; "officials here say";
    # a formation in a host is where its soldiers are; people "with" a battlegroup; troops passed through.
    (
        "The Netherlands sent 300 soldiers to Lithuania and Belgium will be sending 150 to Romania.",
        [("troops", 300, 300, "LT", "existing"), ("troops", 150, 150, "RO", "planned")],
    ),
    (
        "TALLINN, Estonia — Britain will double its rapid reaction force to 10,000 soldiers, the minister said.",
        [("troops", 10000, 10000, "", "planned")],
    ),
    (
        "WARSAW, Poland — Officials here say the US will put 8,500 troops on alert.",
        [("troops", 8500, 8500, "", "existing")],
    ),
    (
        "About 300 soldiers from the 3rd Infantry Division in Poland are now guarding the border with Belarus.",
        [("troops", 300, 300, "PL", "existing")],
    ),
    (
        "About 150 Dutch officers with the battlegroup in Lithuania train with German tanks.",
        [("troops", 150, 150, "LT", "existing")],
    ),
    ("Some 5,000 NATO troops have passed through Adazi this year.", [("troops", 5000, 5000, "LV", "existing")]),
    # Denials of something else than a deployment, or of where forces are not going, keep them where they are.
    ("Britain has refused to reduce the 900 soldiers it keeps in Estonia.", [("troops", 900, 900, "EE", "existing")]),
    ("The minister ruled out cuts to the 900 British troops in Estonia.", [("troops", 900, 900, "EE", "existing")]),
    (
        "The Pentagon declined to comment on the 10,000 US troops in Poland.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
    ("The 1,000 US soldiers at Rzeszow will not move to Ukraine.", [("troops", 1000, 1000, "PL", "planned")]),
    (
        "Germany is not just sending 4,800 troops to Lithuania but also 100 tanks.",
        [("troops", 4800, 4800, "LT", "existing"), ("tanks", 100, 100, "LT", "existing")],
    ),
    ("Christmas leave for the 1,000 US troops in Poland was cancelled.", [("troops", 1000, 1000, "PL", "existing")]),
    (
        "After the exercise was cancelled the 500 US soldiers remained in Latvia.",
        [("troops", 500, 500, "LV", "existing")],
    ),
    (
        "The US has 10,000 troops in Poland and has never stationed them permanently.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
    # A decision to deploy is no venue; aid is a package with a price; a move goes on to its destination.
    (
        "Berlin confirmed its decision to keep a combat brigade of 5,000 soldiers in Lithuania permanently.",
        [("troops", 5000, 5000, "LT", "planned")],
    ),
    (
        "Besides its aid to Ukraine, Germany reinforced Lithuania with 30 Leopard tanks.",
        [("tanks", 30, 30, "LT", "existing")],
    ),
    (
        "Romania deployed four F-16 jets bought from Portugal to Lithuania for air policing.",
        [("aircraft", 4, 4, "LT", "existing")],
    ),
    (
        "Poland bought 250 Abrams tanks, 1,000 US soldiers are training Polish crews.",
        [("troops", 1000, 1000, "", "existing")],
    ),
    # Statuses: a plan reported; "pull together"; "never leave"; "leave Britain short"; a move still to
    # come that forces join; a presence with its auxiliary; a wish in a clause of its own; "to follow" a law.
    (
        "The US is reported to be considering sending 2,000 more troops to Poland.",
        [("troops", 2000, 2000, "PL", "planned")],
    ),
    ("The US will pull together a force of 3,000 soldiers to back Poland.", [("troops", 3000, 3000, "", "planned")]),
    (
        "Canada said its 1,000 soldiers in Latvia would never leave Latvia while the threat remains.",
        [("troops", 1000, 1000, "LV", "planned")],
    ),
    (
        "Keeping 900 British troops at Tapa will leave Britain short of infantry.",
        [("troops", 900, 900, "EE", "planned")],
    ),
    (
        "Britain will deploy 800 soldiers alongside the 1,000 French troops Paris plans to send to Romania next year.",
        [("troops", 800, 800, "RO", "planned"), ("troops", 1000, 1000, "RO", "planned")],
    ),
    (
        "Before the summit, where allies will agree on new plans, 4,000 US troops were stationed in Poland.",
        [("troops", 4000, 4000, "PL", "existing")],
    ),
    (
        "Poland hosts 10,000 US troops and wants 5,000 more.",
        [("troops", 10000, 10000, "PL", "existing"), ("troops", 5000, 5000, "PL", "planned")],
    ),
    (
        "The 1,000 Canadian soldiers in Latvia are required to follow Latvian traffic law.",
        [("troops", 1000, 1000, "LV", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_4, ids=[t[:40] for t, _ in REVIEWED_ROUND_4])
def test_counter_examples_to_round_four(facts_of, text, expected):
    check(facts_of, text, expected)


# Regions within a country (provinces, counties, historical lands, islands) are places in it, at its
# precision; and a place the sentence does not give never puts Russian or Belarusian forces in the flank.
REGIONS_WITHIN = [
    ("Around 120 Dutch soldiers arrived in Podlasie on Monday.", [("troops", 120, 120, "PL", "existing")]),
    ("The US moved 250 troops to Greater Poland.", [("troops", 250, 250, "PL", "existing")]),
    ("About 200 Spanish troops will train in Latgale next month.", [("troops", 200, 200, "LV", "planned")]),
    ("Some 60 Danish marines exercised on Saaremaa.", [("troops", 60, 60, "EE", "existing")]),
    ("Roughly 4,000 US troops are stationed in Bavaria.", [("troops", 4000, 4000, "DE", "existing")]),
    ("France sent 150 soldiers to Transylvania for the drill.", [("troops", 150, 150, "RO", "existing")]),
    ("Britain deployed 80 commandos to Finnish Lapland.", [("troops", 80, 80, "FI", "existing")]),
    ("Sweden sent 150 soldiers to Gotland.", []),  # a host's own forces on its own soil
    (
        "The US is sending 900 soldiers to Suwalki. Some 400 Belarusian troops have moved toward the frontier.",
        [("troops", 900, 900, "PL", "planned"), ("troops", 400, 400, "", "existing")],
    ),
    (
        "Germany keeps 1,500 soldiers in Lithuania. About 3,000 Russian troops are stationed nearby.",
        [("troops", 1500, 1500, "LT", "existing"), ("troops", 3000, 3000, "", "existing")],
    ),
    (
        "Norway has sent 200 soldiers to Finnmark. Some 1,500 Russian troops are stationed nearby.",
        [("troops", 1500, 1500, "", "existing")],
    ),
    (
        "Soviet troops were stationed in Estonia until 1994. At their peak, some 40,000 Russian soldiers were there.",
        [("troops", 40000, 40000, "EE", "existing")],
    ),
    ("Some 300 Swiss mountain troops trained in Swedish Lapland.", [("troops", 300, 300, "SE", "existing")]),
    # A nation's border troops guard its own border: at home (a fact only for Russia, annotated there).
    (
        "Latvia moved 400 soldiers to Latgale. Some 600 Belarusian border troops were also moved up.",
        [],
    ),
    ("About 700 Russian border troops moved toward the frontier.", [("troops", 700, 700, "RU", "existing")]),
]


@pytest.mark.parametrize("text, expected", REGIONS_WITHIN, ids=[t[:40] for t, _ in REGIONS_WITHIN])
def test_regions_within_a_country_and_no_inherited_flank_site_for_russian_forces(facts_of, text, expected):
    check(facts_of, text, expected)


# A part counted out of a force counted before ("140 of these", "four of them"): of the same kind as
# the whole (machines after machines); a formation a headcount forms is the force it counts.
PARTS_AND_FORMATIONS = [
    (
        "Canada keeps about 2,000 soldiers in Latvia. Roughly 300 of these form an engineer company at Adazi.",
        [("troops", 2000, 2000, "LV", "existing"), ("troops", 300, 300, "LV", "existing")],
    ),
    (
        "Italy flies eight F-35s in Poland. Two of them are on alert at Malbork.",
        [("aircraft", 8, 8, "PL", "existing"), ("aircraft", 2, 2, "PL", "existing")],
    ),
    ("About 900 Dutch soldiers make up a battlegroup in Lithuania.", [("troops", 900, 900, "LT", "existing")]),
    (
        "Some 250 Spanish troops and two companies form the new battalion in Latvia.",
        [("troops", 250, 250, "LV", "existing"), ("companies", 2, 2, "LV", "existing")],
    ),
    # a headcount in apposition to its formation is its headcount; a list's items are not apposed
    ("A Spanish battlegroup, about 600 troops, is based in Slovakia.", [("troops", 600, 600, "SK", "existing")]),
    (
        "Italy sent a battalion, 250 troops and 12 tanks to Latvia.",
        [
            ("battalions", 1, 1, "LV", "existing"),
            ("troops", 250, 250, "LV", "existing"),
            ("tanks", 12, 12, "LV", "existing"),
        ],
    ),
    # A part larger than a handful is people, whatever was counted last; a part of a formation is not it.
    (
        "Spain sent 180 personnel and eight F-18s to Lithuania. About 120 of them are mechanics.",
        [
            ("troops", 180, 180, "LT", "existing"),
            ("aircraft", 8, 8, "LT", "existing"),
            ("troops", 120, 120, "LT", "existing"),
        ],
    ),
    (
        "About 200 Canadian soldiers make up the advance party of a brigade bound for Latvia.",
        [("troops", 200, 200, "LV", "planned"), ("brigades", 1, 1, "LV", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", PARTS_AND_FORMATIONS, ids=[t[:40] for t, _ in PARTS_AND_FORMATIONS])
def test_parts_of_a_force_counted_before_and_the_formations_headcounts_form(facts_of, text, expected):
    check(facts_of, text, expected)


@pytest.mark.parametrize(
    "text, force",
    [
        ("About 400 soldiers of Sweden's Norrbotten Regiment arrived in Finland.", "Sweden"),
        ("Some 300 troops of Estonia's battlegroup arrived in Tapa.", "NATO"),  # the host sends none
        # Services and formations known by name (data/gazetteer/forces.csv)
        ("The 3rd Infantry Division will send 800 soldiers to Latvia.", "US"),
        ("The Luftwaffe flew six Eurofighters to Lithuania.", "Germany"),
    ],
)
def test_a_nation_whose_formation_it_is_sends_its_soldiers(facts_of, text, force):
    [fact] = facts_of(text)
    assert fact.force == force


def test_a_formation_a_headcount_forms_gives_the_headcount_its_nation(facts_of):
    [fact] = facts_of("Some 3,000 soldiers will form a new German brigade in Lithuania.")
    assert (fact.force, fact.unit, fact.quantity_low, fact.country_code) == ("Germany", "troops", 3000, "LT")


# Who and where a bare or later count is: a host is no force of the story; "there are N" ends a
# sentence with the story's forces; a formation that "brings" a headcount is that headcount; a task
# force in a country is there, and leaves from there; a task force by its name is a command's seat.
STORY_COUNTS = [
    (
        "Bulgaria hosts Italian troops at Novo Selo. About 300 more will arrive in June.",
        [("troops", 300, 300, "BG", "planned")],
    ),
    (
        "Lithuania hosts German soldiers at Rukla. At present there are roughly 1,800.",
        [("troops", 1800, 1800, "LT", "existing")],
    ),
    ("NATO has 32 members. There are 32.", []),
    (
        "Denmark sent soldiers to Latvia in May. They number about 700.",
        [("troops", 700, 700, "LV", "existing")],
    ),
    (
        "Sweden will lead a battalion in Finland. It is expected to number about 1,200 by 2026.",
        [("troops", 1200, 1200, "FI", "planned")],
    ),
    ("The alliance grew last year. It now numbers 32.", []),
    (
        "France's share, an armoured squadron of the 1st Cuirassiers, brings around 200 soldiers to Romania.",
        [("troops", 200, 200, "RO", "existing")],
    ),
    (
        "The German air defence task force in Lithuania, some 300 soldiers, will return to Germany in May.",
        [("troops", 300, 300, "LT", "withdrawn")],
    ),
    ("A Dutch task force in Romania now numbers 400 soldiers.", [("troops", 400, 400, "RO", "existing")]),
    ("The staff of Task Force Njord in Rostock will lead four Swedish corvettes.", [("warships", 4, 4, "", "planned")]),
]


@pytest.mark.parametrize("text, expected", STORY_COUNTS, ids=[t[:40] for t, _ in STORY_COUNTS])
def test_who_and_where_a_later_or_bare_count_is(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_host_is_not_the_force_of_the_counts_that_follow(facts_of):
    facts = facts_of("Bulgaria hosts Italian troops at Novo Selo. About 300 more will arrive in June.")
    assert [(f.force, f.quantity_low) for f in facts if f.quantity_low] == [("Italy", 300)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # review of round 5: what its rules must not take
        ("Some 300 poles were put up along the road in Latvia.", []),
        ("About 1.5 million Ukrainians have fled to Poland.", []),
        ("The US will double the 4,000 troops it keeps in Poland.", [("troops", 4000, 4000, "PL", "planned")]),
        (
            "The Lithuania brigade of 5,000 German troops will be ready in 2027.",
            [("troops", 5000, 5000, "LT", "planned")],
        ),
        ("Denmark's contingent grew by 150 soldiers to 450 in Estonia.", [("troops", 450, 450, "EE", "existing")]),
        ("About 200 French soldiers are departing Romania.", [("troops", 200, 200, "RO", "withdrawn")]),
        ("The six Dutch F-35s ended their mission in Poland.", [("aircraft", 6, 6, "PL", "withdrawn")]),
        (
            "The Patriot task force stationed in Slovakia numbers 250 soldiers.",
            [("troops", 250, 250, "SK", "existing")],
        ),
        (
            "Poland moved 1,000 soldiers to Podlasie. There are some 400 Belarusian troops near the border.",
            [("troops", 400, 400, "", "existing")],
        ),
    ],
)
def test_counter_examples_to_round_five(facts_of, text, expected):
    check(facts_of, text, expected)


@pytest.mark.parametrize(
    "text, force",
    [
        ("After talks with Poland, Germany sent 500 troops to Lithuania.", "Germany"),
        ("About 1,000 soldiers of Lithuania's German-led brigade arrived at Rukla.", "NATO (Germany-led)"),
    ],
)
def test_counter_examples_to_round_five_forces(facts_of, text, force):
    assert {f.force for f in facts_of(text) if f.quantity_low} == {force}


def test_an_army_corps_is_a_formation(facts_of):
    [fact] = facts_of("Russia will form two new army corps in the Republic of Karelia.")
    assert (fact.unit, fact.quantity_low, fact.country_code, fact.status) == ("other:corps", 2, "RU", "planned")


# Where forces go or are now, over where they left or trained before; sent from a place back home.
LEFT_AND_NOW = [
    (
        "The 400 Italian soldiers were redeployed from Latvia back to Italy in June.",
        [("troops", 400, 400, "LV", "withdrawn")],
    ),
    (
        "The UK keeps 900 soldiers in Estonia. About 150 will move to Voru in the spring.",
        [("troops", 900, 900, "EE", "existing"), ("troops", 150, 150, "EE", "planned")],
    ),
    (
        "Canada has 2,000 soldiers in Latvia. Some 300 were sent to Adazi last week.",
        [("troops", 2000, 2000, "LV", "existing"), ("troops", 300, 300, "LV", "existing")],
    ),
    (
        "Around 180 Belgian soldiers left their garrison in Leopoldsburg for Romania on Friday.",
        [("troops", 180, 180, "RO", "existing")],
    ),
    (
        "Some 600 Italian soldiers who had exercised in Hohenfels all winter are now in Latvia.",
        [("troops", 600, 600, "LV", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", LEFT_AND_NOW, ids=[t[:40] for t, _ in LEFT_AND_NOW])
def test_where_forces_go_or_are_now_over_where_they_were(facts_of, text, expected):
    check(facts_of, text, expected)


@pytest.mark.parametrize(
    "text, force",
    [
        ("Latvia said Belarusian soldiers crossed the border. About 30 of them stayed for a day.", "Belarus"),
        ("Estonia's defence ministry said 150 French soldiers arrived in Tapa. About 40 more will come.", "France"),
    ],
)
def test_a_nation_that_only_speaks_is_not_the_force_of_the_next_count(facts_of, text, force):
    assert {f.force for f in facts_of(text) if f.quantity_low} == {force}


# A change of figures is two figures or a difference and a level, never a range.
CHANGES = [
    ("Denmark's contingent in Estonia grew by 150 to 450 soldiers.", [("troops", 450, 450, "EE", "existing")]),
    (
        "The Netherlands will raise its presence in Lithuania by 300 to 900 troops next year.",
        [("troops", 900, 900, "LT", "planned")],
    ),
    (
        "Italy increased its presence in Latvia from 250 to 600 troops last year.",
        [("troops", 250, 250, "LV", "existing"), ("troops", 600, 600, "LV", "existing")],
    ),
    ("Spain will send 400 to 500 troops to Slovakia.", [("troops", 400, 500, "SK", "planned")]),
]


@pytest.mark.parametrize("text, expected", CHANGES, ids=[t[:40] for t, _ in CHANGES])
def test_a_change_of_figures_is_no_range(facts_of, text, expected):
    check(facts_of, text, expected)


@pytest.mark.parametrize(
    "text, force",
    [
        ("Belgium and Luxembourg deployed a combined 300 troops to Romania.", "Belgium, Luxembourg"),
        ("Spain, Portugal and Italy are sending 500 soldiers to Bulgaria.", "Spain, Portugal, Italy"),
        # a relative clause with a subject of its own
        ("France and Belgium lead the battlegroup in Romania, where Poland keeps 200 troops.", "Poland"),
    ],
)
def test_nations_listed_as_the_subject_all_send(facts_of, text, force):
    assert {f.force for f in facts_of(text) if f.quantity_low} == {force}


# Departures: left the country, departed a place, a rotation ended, rotating home or out, no longer there.
DEPARTURES = [
    (
        "The 250 Dutch soldiers who had served in Lithuania left the country in May.",
        [("troops", 250, 250, "LT", "withdrawn")],
    ),
    ("Some 400 Portuguese troops departed Romania on Friday.", [("troops", 400, 400, "RO", "withdrawn")]),
    ("About 200 Portuguese troops departed for Romania on Friday.", [("troops", 200, 200, "RO", "planned")]),
    (
        "The six Spanish Eurofighters ended their air policing rotation in Estonia.",
        [("aircraft", 6, 6, "EE", "withdrawn")],
    ),
    ("The 700 French troops in Romania are due to rotate home in July.", [("troops", 700, 700, "RO", "withdrawn")]),
    ("Some 150 Czech soldiers are no longer stationed in Slovakia.", [("troops", 150, 150, "SK", "withdrawn")]),
]


@pytest.mark.parametrize("text, expected", DEPARTURES, ids=[t[:40] for t, _ in DEPARTURES])
def test_departures_are_withdrawals(facts_of, text, expected):
    check(facts_of, text, expected)


# People named by their nation are its troops, counted; not when they are civilians or a comparison.
NATIONALS = [
    ("The 800 Spaniards in Latvia serve at Adazi.", [("troops", 800, 800, "LV", "existing")]),
    (
        "Tapa hosts 900 Britons, 300 Danes and 50 Icelanders.",
        [
            ("troops", 900, 900, "EE", "existing"),
            ("troops", 300, 300, "EE", "existing"),
            ("troops", 50, 50, "EE", "existing"),
        ],
    ),
    ("About 4,000 Americans were evacuated from Lebanon.", []),
    # a total with the host's own forces in it is no deployment (CONVENTIONS)
    ("About 1,200 Bulgarian and Italian troops took part in the drill at Novo Selo.", []),
    (
        "About 900 Dutch and Belgian troops exercised in Lithuania.",
        [("troops", 900, 900, "LT", "existing")],
    ),
    ("That is twice the 400 Italians who served in Latvia in 2018.", []),
]


@pytest.mark.parametrize("text, expected", NATIONALS, ids=[t[:40] for t, _ in NATIONALS])
def test_people_named_by_their_nation_are_its_troops(facts_of, text, expected):
    check(facts_of, text, expected)


# Hosts as headlines and wire copy name them: before their noun, "to get", "receives"; the country
# across a border sends nothing.
HOSTS_NAMED = [
    ("Canada boosts Latvia presence with 300 troops", [("troops", 300, 300, "LV", "existing")]),
    ("Estonia to get 600 French soldiers", [("troops", 600, 600, "EE", "existing")]),
    ("Lithuanian troops have reinforced the border with Belarus with 2,000 soldiers.", []),
]


@pytest.mark.parametrize("text, expected", HOSTS_NAMED, ids=[t[:40] for t, _ in HOSTS_NAMED])
def test_hosts_named_before_their_noun_or_as_receivers(facts_of, text, expected):
    check(facts_of, text, expected)


# A list of nations and their counts needs no colon when it has two items or more.
NATION_LISTS = [
    (
        "The contributors include Canada 1,200, Spain 600 and Italy 250, all at Adazi.",
        [
            ("troops", 1200, 1200, "LV", "existing"),
            ("troops", 600, 600, "LV", "existing"),
            ("troops", 250, 250, "LV", "existing"),
        ],
    ),
    ("The final score was Latvia 3, Estonia 1.", []),
]


@pytest.mark.parametrize("text, expected", NATION_LISTS, ids=[t[:40] for t, _ in NATION_LISTS])
def test_a_list_of_nations_and_counts(facts_of, text, expected):
    check(facts_of, text, expected)


# "each" with a count over a list of countries: every country's count, not the group's.
EACH_COUNTRY = [
    (
        "Canada sent 150 soldiers each to Latvia and Lithuania.",
        [("troops", 150, 150, "LV", "existing"), ("troops", 150, 150, "LT", "existing")],
    ),
    (
        "NATO formed two battle groups, each some 800 troops strong, in Slovakia and Hungary.",
        [
            ("battlegroups", 2, 2, "Slovakia, Hungary", "existing"),
            ("troops", 800, 800, "SK", "existing"),
            ("troops", 800, 800, "HU", "existing"),
        ],
    ),
    # a total over a list stays the group's
    ("Canada sent 300 soldiers to Latvia and Lithuania.", [("troops", 300, 300, "Latvia, Lithuania", "existing")]),
]


@pytest.mark.parametrize("text, expected", EACH_COUNTRY, ids=[t[:40] for t, _ in EACH_COUNTRY])
def test_each_countrys_count(facts_of, text, expected):
    check(facts_of, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "No Irish personnel are stationed in Estonia.",
        "There are no Swedish warships in the Gulf of Riga, the ministry said.",
    ],
)
def test_forces_said_to_be_absent_are_no_fact(facts_of, text):
    assert facts_of(text) == []


# Forces replaced, or of which none remains, are leaving.
REPLACED = [
    (
        "Six Danish F-16s arrived at Siauliai on Monday, replacing four Polish F-16s that had been there since August.",
        [("aircraft", 6, 6, "LT", "existing"), ("aircraft", 4, 4, "LT", "withdrawn")],
    ),
    ("The new company relieves a Norwegian tank platoon at Rukla.", [("other:platoon", 1, 1, "LT", "withdrawn")]),
    (
        "Sweden has offered 150 troops to the battlegroup in Latvia.",
        [("troops", 150, 150, "LV", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", REPLACED, ids=[t[:40] for t, _ in REPLACED])
def test_forces_replaced_are_leaving(facts_of, text, expected):
    check(facts_of, text, expected)


def test_forces_of_which_none_remains_have_left(facts_of):
    facts = facts_of("Since the spring, no Dutch air defence battery remains in Slovakia.")
    assert [(f.force, f.unit, f.country_code, f.status) for f in facts] == [
        ("Netherlands", "batteries", "SK", "withdrawn")
    ]


@pytest.mark.parametrize(
    "text, force",
    [
        ("In Latvia, Italian Eurofighters flew their first patrol on Tuesday.", "Italy"),
        ("Dutch, Belgian and Luxembourgish soldiers train together in Lithuania.", "Netherlands, Belgium, Luxembourg"),
    ],
)
def test_a_fronted_country_is_not_the_force(facts_of, text, force):
    assert [f.force for f in facts_of(text)] == [force]


def test_a_formation_raised_to_a_headcount_counts_troops(facts_of):
    facts = facts_of("A German brigade is being set up in Rukla. Berlin is raising the brigade there to about 4,800.")
    assert [(f.unit, f.quantity_low) for f in facts] == [("brigades", 1), ("troops", 4800)]


# Where forces come from, or a city that names an event, is no site.
NOT_SITES = [
    (
        "Next year the battle group in Bulgaria will grow to a brigade of 3,000, as agreed at the Vilnius summit.",
        [("troops", 3000, 3000, "BG", "planned")],
    ),
    (
        "The battlegroup in Slovakia gains 400 troops under decisions adopted at the Madrid Summit.",
        [("troops", 400, 400, "SK", "existing")],
    ),
    (
        "The US will send about 1,000 more troops to Poland. Most of them will come from units already stationed"
        " in Germany. The plan also mentions two drone squadrons.",
        [("troops", 1000, 1000, "PL", "planned"), ("squadrons", 2, 2, "PL", "planned")],
    ),
    (
        "Four maritime patrol aircraft watch the sea, mostly flying from their home bases, such as Nordholz in"
        " Germany.",
        [("aircraft", 4, 4, "", "existing")],
    ),
    (
        "Washington will move 3,000 U.S. troops already in Europe to the Baltic states and Romania.",
        [("troops", 3000, 3000, "Baltic states, Romania", "planned")],
    ),
    ("Some 2,000 US troops already in Germany will move to Romania.", [("troops", 2000, 2000, "RO", "planned")]),
    # where forces already are, with nowhere else named, is where they are
    ("About 500 British soldiers are already in Estonia.", [("troops", 500, 500, "EE", "existing")]),
    ("They will join some 200 sailors already in Gdynia.", [("troops", 200, 200, "PL", "existing")]),
]


@pytest.mark.parametrize("text, expected", NOT_SITES, ids=[t[:40] for t, _ in NOT_SITES])
def test_origins_and_event_names_are_no_sites(facts_of, text, expected):
    check(facts_of, text, expected)


# Leaving with no object: only a time, or the clause's end, after the verb.
LEAVING_ALONE = [
    ("The 300 troops already in Lithuania will leave in May.", [("troops", 300, 300, "LT", "withdrawn")]),
    ("Last year, 300 US troops in Lithuania left.", [("troops", 300, 300, "LT", "withdrawn")]),
    ("About 50 soldiers in Latvia are on leave.", [("troops", 50, 50, "LV", "existing")]),
    ("Some 300 troops were left in Romania for the winter.", [("troops", 300, 300, "RO", "existing")]),
    (
        "A detachment of 120 airmen replaces four Dutch F-35s at Malbork that left in late November.",
        [("troops", 120, 120, "PL", "existing"), ("aircraft", 4, 4, "PL", "withdrawn")],
    ),
]


@pytest.mark.parametrize("text, expected", LEAVING_ALONE, ids=[t[:40] for t, _ in LEAVING_ALONE])
def test_leaving_with_no_object_is_a_withdrawal(facts_of, text, expected):
    check(facts_of, text, expected)


# A formation followed by "of" and a bare number is that many people: one fact, its headcount.
HEADCOUNT_OF = [
    ("A Russian contingent of 250 arrived in Belarus.", [("troops", 250, 250, "BY", "existing")]),
    ("A battalion of 600 will deploy to Latvia.", [("troops", 600, 600, "LV", "planned")]),
    ("A detachment of about 120 is based at Amari.", [("troops", 120, 120, "EE", "existing")]),
    # a year is no headcount; a count with its noun is read as before
    ("One of the battalions of 2022 stayed in Latvia.", [("battalions", 1, 1, "LV", "existing")]),
    ("A company of 150 Spanish soldiers is in Latvia.", [("troops", 150, 150, "LV", "existing")]),
]


@pytest.mark.parametrize("text, expected", HEADCOUNT_OF, ids=[t[:40] for t, _ in HEADCOUNT_OF])
def test_a_formation_of_a_bare_number_is_its_headcount(facts_of, text, expected):
    check(facts_of, text, expected)


@pytest.mark.parametrize(
    "text, force",
    [
        ("About 300 soldiers of the Bundeswehr are in Lithuania.", "Germany"),
        ("Some 40 airmen of the Royal Air Force arrived at Amari.", "UK"),
        ("About 300 troops from the Bundeswehr are in Lithuania.", "Germany"),
        # the formation they belong to names no nation
        ("About 300 soldiers of the battlegroup are in Lithuania.", ""),
    ],
)
def test_a_service_named_after_the_noun_is_the_force(facts_of, text, force):
    assert [f.force for f in facts_of(text)] == [force]


# "three such units", "two similar formations": a count of the story's kind of unit; the kind is not the
# story's force.
SUCH_UNITS = [
    (
        "Slovakia has a German Patriot battery. Germany sent three such units to Poland in January 2023.",
        [("batteries", 1, 1, "SK", "existing"), ("batteries", 3, 3, "PL", "existing")],
    ),
    # with no unit before, no count of soldiers
    ("Two such units arrived in Romania in 2022.", []),
]


@pytest.mark.parametrize("text, expected", SUCH_UNITS, ids=[t[:40] for t, _ in SUCH_UNITS])
def test_a_count_of_such_units_counts_the_storys_kind(facts_of, text, expected):
    check(facts_of, text, expected)


def test_similar_formations_are_not_the_storys_force(facts_of):
    facts = facts_of("Canada leads the battlegroup in Latvia. Two similar formations are in Estonia and Lithuania.")
    assert [(f.force, f.quantity_low) for f in facts if f.quantity_low] == [("", 2)]


# A country that "has" another nation's forces hosts them; what it has of its own is no deployment abroad.
HAS_FOREIGN = [
    ("Slovakia has a German Patriot battery.", [("batteries", 1, 1, "SK", "existing")]),
    ("Estonia has about 900 British soldiers.", [("troops", 900, 900, "EE", "existing")]),
    ("Latvia has a NATO battlegroup led by Canada.", [("battlegroups", 1, 1, "LV", "existing")]),
    (
        "Poland has 100,000 soldiers and 600 tanks.",
        [("tanks", 600, 600, "", "existing"), ("troops", 100000, 100000, "", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", HAS_FOREIGN, ids=[t[:40] for t, _ in HAS_FOREIGN])
def test_a_country_that_has_another_nations_forces_hosts_them(facts_of, text, expected):
    check(facts_of, text, expected)


# A headcount in apposition after a formation named with its parent ("of the 3rd Infantry Division").
APPOSED_AFTER_PARENT = [
    (
        "The camp now houses an armoured battalion of the 3rd Infantry Division, about 700 soldiers, at Pabrade.",
        [("troops", 700, 700, "LT", "existing")],
    ),
    ("Spain sent a battalion of the Legion, 600 soldiers, to Latvia.", [("troops", 600, 600, "LV", "existing")]),
    # a list stays a list
    (
        "A battalion of tanks, 600 soldiers and 40 vehicles arrived in Latvia.",
        [
            ("battalions", 1, 1, "LV", "existing"),
            ("troops", 600, 600, "LV", "existing"),
            ("vehicles", 40, 40, "LV", "existing"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", APPOSED_AFTER_PARENT, ids=[t[:40] for t, _ in APPOSED_AFTER_PARENT])
def test_a_headcount_apposed_after_the_formations_parent(facts_of, text, expected):
    check(facts_of, text, expected)


def test_the_parent_named_before_an_apposed_headcount_is_the_force(facts_of):
    facts = facts_of(
        "The camp now houses an armoured battalion of the 3rd Infantry Division, about 700 soldiers, at Pabrade."
    )
    assert [f.force for f in facts] == ["US"]


# How fast a force could be moved is a capability, not a deployment; a move due in a time is one.
MOVABLE_WITHIN = [
    (
        "An exercise had shown that a German armoured brigade could be moved from Lower Saxony to Lithuania in under"
        " two weeks.",
        [],
    ),
    ("An exercise showed that 3,000 US troops can be deployed to Poland within 48 hours.", []),
    ("The 300 troops will be moved to Lithuania in two weeks.", [("troops", 300, 300, "LT", "planned")]),
    ("NATO could send up to 3,000 troops to Romania if needed.", [("troops", 3000, 3000, "RO", "planned")]),
]


@pytest.mark.parametrize("text, expected", MOVABLE_WITHIN, ids=[t[:40] for t, _ in MOVABLE_WITHIN])
def test_how_fast_a_force_could_move_is_no_deployment(facts_of, text, expected):
    check(facts_of, text, expected)


# "N more were on their way", "200 more are being sent": more of what the sentence counted, coming.
MORE_COMING = [
    (
        "Russia had moved 30 battalion tactical groups near Pskov, and up to 20 more were on their way.",
        [("battalions", 30, 30, "RU", "existing"), ("battalions", 20, 20, "RU", "planned")],
    ),
    (
        "Britain has 900 troops in Estonia; 200 more are being sent.",
        [("troops", 900, 900, "EE", "existing"), ("troops", 200, 200, "EE", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", MORE_COMING, ids=[t[:40] for t, _ in MORE_COMING])
def test_more_on_their_way(facts_of, text, expected):
    check(facts_of, text, expected)


# A place named as the scope of a judgement is no scene; what an agreement or a plan lists is planned.
SCOPE_AND_DOCUMENTS = [
    (
        "The US will send about 1,000 more troops to Poland. That gives NATO little fresh combat power in Europe as a"
        " whole. The declaration also mentions a division headquarters and two drone squadrons, without giving dates.",
        [
            ("troops", 1000, 1000, "PL", "planned"),
            ("headquarters", 1, 1, "PL", "planned"),
            ("squadrons", 2, 2, "PL", "planned"),
        ],
    ),
    (
        "The roadmap foresees a German brigade of 4,800 soldiers in Lithuania.",
        [("troops", 4800, 4800, "LT", "planned")],
    ),
    # a presence the text states stays one
    (
        "The agreement includes 300 British soldiers who are already in Estonia.",
        [("troops", 300, 300, "EE", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", SCOPE_AND_DOCUMENTS, ids=[t[:40] for t, _ in SCOPE_AND_DOCUMENTS])
def test_scopes_are_no_scene_and_what_a_plan_lists_is_planned(facts_of, text, expected):
    check(facts_of, text, expected)


# A count the story gave, named again as the object of a preposition, is the same force.
RESTATED_OBJECTS = [
    (
        "Four German frigates entered the Baltic. Roughly 1,100 sailors are embarked across the four ships.",
        [("troops", 1100, 1100, "Baltic Sea", "existing"), ("warships", 4, 4, "Baltic Sea", "existing")],
    ),
    # the subject of a new predicate is a fact of its own; so is a new count
    (
        "Britain sent 300 troops to Estonia in March. The 300 troops will leave in May.",
        [("troops", 300, 300, "EE", "existing"), ("troops", 300, 300, "EE", "withdrawn")],
    ),
    (
        "Spain keeps 4 jets in Lithuania. Italy sent 4 jets to Estonia.",
        [("aircraft", 4, 4, "EE", "existing"), ("aircraft", 4, 4, "LT", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", RESTATED_OBJECTS, ids=[t[:40] for t, _ in RESTATED_OBJECTS])
def test_a_count_restated_as_an_object_is_the_same_force(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_formation_named_next_with_its_headcount_is_one_force(facts_of):
    facts = facts_of(
        "A new rotational battalion of the United States Army has taken over at Camp Herkus in Pabrade. The 1st"
        " Battalion, 8th Cavalry Regiment, with approximately 600 soldiers, replaces the 2nd Battalion, 7th Infantry"
        " Regiment."
    )
    assert counted(facts) == [("troops", 600, 600, "LT", "existing")]


def test_a_formation_of_another_echelon_stays_its_own(facts_of):
    facts = facts_of(
        "A new Dutch company has arrived in Pabrade. The 1st Battalion, 8th Cavalry Regiment, with approximately 600"
        " soldiers, is also there."
    )
    assert counted(facts) == [("companies", 1, 1, "LT", "existing"), ("troops", 600, 600, "LT", "existing")]


# A flank host's own forces sent to its own border are on its own soil (CONVENTIONS: not annotated);
# another nation's, or Russia's, are.
OWN_BORDER = [
    ("Some 40,000 Polish soldiers have been sent to the eastern border ahead of the drills.", []),
    (
        "NATO is reinforcing its eastern flank. About 2,000 Lithuanian troops were moved to the border.",
        [],
    ),
    (
        "About 30,000 Russian troops are massed near the border.",
        [("troops", 30000, 30000, "", "existing")],
    ),
    (
        "Some 300 Polish soldiers were sent to Lithuania, near the border with Belarus.",
        [("troops", 300, 300, "LT", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", OWN_BORDER, ids=[t[:40] for t, _ in OWN_BORDER])
def test_a_hosts_own_forces_at_its_own_border_are_no_deployment(facts_of, text, expected):
    check(facts_of, text, expected)


# "the country", "his country", "there", "the Baltic country": the country named before as an owner or the
# subject of "is", in the same sentence.
COUNTRY_REFERRED_TO = [
    (
        "Poland's army numbers around 190,000 soldiers, and about 10,000 American troops are stationed in the country.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
    (
        "Romania's defence minister said about 4,000 US troops are now in his country.",
        [("troops", 4000, 4000, "RO", "existing")],
    ),
    (
        "Latvia's defence minister thanked Canada, which leads the 2,000 allied troops based in the Baltic country.",
        [("troops", 2000, 2000, "LV", "existing")],
    ),
    (
        "Poland is a key ally, and about 10,000 American soldiers are stationed there.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", COUNTRY_REFERRED_TO, ids=[t[:40] for t, _ in COUNTRY_REFERRED_TO])
def test_the_country_is_the_one_the_sentence_named(facts_of, text, expected):
    check(facts_of, text, expected)


# What is built for how many, a rate, a typical size and a nation's own army's size are no deployments.
SIZES_THAT_DEPLOY_NOTHING = [
    ("The US Congress approved $1 billion to build facilities for 3,000 American soldiers at Powidz.", []),
    ("Mihail Kogalniceanu air base is being expanded to accommodate up to 10,000 NATO personnel.", []),
    ("Latvia is building a base at Selonia for up to 4,000 allied soldiers.", []),
    ("The new Rudninkai garrison is designed for 5,000 soldiers.", []),
    ("Rail links through the Suwalki Gap can move about 60 tanks a day into Lithuania.", []),
    (
        "A Russian brigade, typically 3,000 to 4,000 troops, moved to Luga near the Estonian border.",
        [("brigades", 1, 1, "RU", "existing")],
    ),
    ("A brigade set usually includes 12 launchers.", []),
    ("Finland has a wartime strength of 280,000 soldiers and a reserve of 870,000.", []),
    ("Belarus has about 48,000 active-duty troops, according to the IISS.", []),
    ("Romania will raise the strength of its land forces to 95,000, the ministry said.", []),
    # what is there stays
    ("Britain normally keeps about 900 troops in Estonia.", [("troops", 900, 900, "EE", "existing")]),
    (
        "Camp Herkus, the new base built by Lithuania for US troops at Pabrade, opened today. It now houses about"
        " 650 soldiers.",
        [("troops", 650, 650, "LT", "existing")],
    ),
    (
        "Germany has 1,700 troops in Lithuania and plans to raise the strength of its brigade there to 4,800.",
        [("troops", 1700, 1700, "LT", "existing"), ("troops", 4800, 4800, "LT", "planned")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", SIZES_THAT_DEPLOY_NOTHING, ids=[t[:40] for t, _ in SIZES_THAT_DEPLOY_NOTHING]
)
def test_capacities_rates_typical_sizes_and_armies_deploy_nothing(facts_of, text, expected):
    check(facts_of, text, expected)


# A rotation completed, forces replaced or relieved, forces come home, a presence "until" a past time: over.
ENDED = [
    (
        "About 4,000 soldiers of the armored brigade completed their nine-month rotation in Poland and returned to"
        " Fort Stewart in March.",
        [("troops", 4000, 4000, "PL", "withdrawn")],
    ),
    ("In 2023, 400 Norwegian troops completed their rotation at Rukla.", [("troops", 400, 400, "LT", "withdrawn")]),
    (
        "Portugal's 220 soldiers in Romania were relieved by a French company in October.",
        [("companies", 1, 1, "RO", "existing"), ("troops", 220, 220, "RO", "withdrawn")],
    ),
    # a past level stated on its own is existing, with its time (CONVENTIONS), "until" or not
    ("Until last year, Italy had 250 soldiers in Latvia.", [("troops", 250, 250, "LV", "existing")]),
    # a presence to come, or one that goes on, is not over
    ("Until March, 800 Danish soldiers will serve in Latvia.", [("troops", 800, 800, "LV", "planned")]),
    (
        "The 300 British troops in Estonia will be home for Christmas leave only.",
        [("troops", 300, 300, "EE", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", ENDED, ids=[t[:40] for t, _ in ENDED])
def test_ended_rotations_are_withdrawn(facts_of, text, expected):
    check(facts_of, text, expected)


# A deployment denied, cancelled, postponed, shelved, refused or reported falsely is none; a clause about
# another deployment, or after a semicolon, leaves the forces counted.
CALLED_OFF = [
    ("The Pentagon denied reports that 5,000 more US troops would be sent to Romania.", []),
    ("Norway was due to send 150 soldiers to Lithuania in May, but the deployment was cancelled.", []),
    ("Portugal had planned to send 200 troops to Romania but postponed the move indefinitely.", []),
    ("Slovakia rejected a German offer of 200 troops for the battlegroup.", []),
    ("Reports that 3,000 Russian troops had entered Belarus were false, Minsk said.", []),
    ("The proposal for a 3,000-strong British brigade in Estonia was shelved.", []),
    (
        "Norway sent 150 soldiers to Lithuania, but a second rotation was cancelled.",
        [("troops", 150, 150, "LT", "existing")],
    ),
    (
        "Britain keeps 900 troops in Estonia; claims that they would leave were false.",
        [("troops", 900, 900, "EE", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", CALLED_OFF, ids=[t[:40] for t, _ in CALLED_OFF])
def test_deployments_called_off_are_none(facts_of, text, expected):
    check(facts_of, text, expected)


# An exercise's totals and a scenario's forces are no deployments; a contingent a nation sends for an
# exercise is.
EXERCISES = [
    ("Some 90,000 troops took part in Steadfast Defender 24, NATO's largest exercise since the Cold War.", []),
    ("Around 15,000 soldiers from 14 countries joined the Dragon exercise at Drawsko Pomorskie.", []),
    ("In the exercise scenario, a fictional enemy massed 30,000 troops on the Latvian border.", []),
    ("The command post exercise simulated the arrival of 20,000 allied soldiers in Estonia.", []),
    (
        "Exercise Iron Wolf gathered 3,000 troops at Pabrade, including 1,000 Germans.",
        [("troops", 1000, 1000, "LT", "existing")],
    ),
    (
        "About 1,000 German soldiers took part in the Iron Wolf exercise in Lithuania.",
        [("troops", 1000, 1000, "LT", "existing")],
    ),
    ("Denmark sent around 700 troops to Estonia for the exercise.", [("troops", 700, 700, "EE", "existing")]),
    (
        "Britain keeps 700 troops at Tapa; for the exercise a further battlegroup, built around the Royal Welsh,"
        " joined them.",
        [("battlegroups", 1, 1, "EE", "existing"), ("troops", 700, 700, "EE", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", EXERCISES, ids=[t[:40] for t, _ in EXERCISES])
def test_exercise_totals_and_scenarios_deploy_nothing(facts_of, text, expected):
    check(facts_of, text, expected)


# Where forces leave, or the home of a force that moves, is no site; a place that has or hosts another
# nation's forces, named with an aside, is.
HOMES_AND_HOSTS = [
    (
        "Some 500 Dutch soldiers left their barracks in Oirschot, the Netherlands, for Lithuania on Tuesday.",
        [("troops", 500, 500, "LT", "existing")],
    ),
    ("The Italian jets left Amendola air base in Italy for Romania on Monday.", []),
    (
        "Four UK Typhoons based at RAF Lossiemouth in Scotland will deploy to Malbork in April.",
        [("aircraft", 4, 4, "PL", "planned")],
    ),
    (
        "Lithuania, a country of 2.8 million people, hosts about 1,700 German soldiers.",
        [("troops", 1700, 1700, "LT", "existing")],
    ),
    (
        "Lithuania has 23,000 active soldiers and 1,700 German troops.",
        [("troops", 1700, 1700, "LT", "existing")],
    ),
    ("Estonia has 2,000 allied soldiers, most of them British.", [("troops", 2000, 2000, "EE", "existing")]),
    (
        "The town of Tapa has 5,000 inhabitants and about 1,000 British soldiers.",
        [("troops", 1000, 1000, "EE", "existing")],
    ),
    # a presence, a force that stays, and "had" as an auxiliary stay as they were
    (
        "About 300 British troops are based in Estonia, and two Royal Navy ships will sail to Gdynia.",
        [("troops", 300, 300, "EE", "existing"), ("warships", 2, 2, "PL", "planned")],
    ),
    ("Some 300 troops were left in Romania for the winter.", [("troops", 300, 300, "RO", "existing")]),
    (
        "At Siauliai, Spain had flown eight F-18s and Portugal four F-16s.",
        [("aircraft", 4, 4, "LT", "existing"), ("aircraft", 8, 8, "LT", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", HOMES_AND_HOSTS, ids=[t[:40] for t, _ in HOMES_AND_HOSTS])
def test_homes_left_are_no_sites_and_hosts_are(facts_of, text, expected):
    check(facts_of, text, expected)


# Soldiers hired, recruited or mobilised join an army, no deployment; "one battalion, about 550 soldiers" is
# one force, its headcount.
RECRUITS_AND_ONE_FORMATION = [
    (
        "The ministry said it also plans to hire nearly 1,000 additional professional soldiers next year, bringing the"
        " army to 72,000.",
        [],
    ),
    ("Russia mobilised 300,000 reservists in 2022.", []),
    (
        "From Sweden in Adazi already is serving one mechanised battalion, about 550 soldiers, which arrived in May.",
        [("troops", 550, 550, "LV", "existing")],
    ),
    (
        "Two battalions, about 1,100 soldiers, serve in Lithuania.",
        [("troops", 1100, 1100, "LT", "existing"), ("battalions", 2, 2, "LT", "existing")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", RECRUITS_AND_ONE_FORMATION, ids=[t[:40] for t, _ in RECRUITS_AND_ONE_FORMATION]
)
def test_recruits_deploy_nothing_and_one_formation_is_its_headcount(facts_of, text, expected):
    check(facts_of, text, expected)


# The home of the formation forces come from, in its own apposition, is no site.
FORMATION_HOMES = [
    (
        "Germany keeps 1,700 soldiers in Lithuania. Another 20 soldiers from Panzergrenadierbrigade 41, based in"
        " Torgelow, work at the brigade's command post.",
        [("troops", 1700, 1700, "LT", "existing"), ("troops", 20, 20, "LT", "existing")],
    ),
    (
        "About 300 soldiers from the 10th Armoured Division, based in Veitshochheim, arrived in Lithuania.",
        [("troops", 300, 300, "LT", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", FORMATION_HOMES, ids=[t[:40] for t, _ in FORMATION_HOMES])
def test_the_home_of_the_formation_forces_come_from_is_no_site(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_nation_forces_come_from_keeps_its_apposed_site(facts_of):
    facts = facts_of("Soldiers from Spain, based in Adazi, train with Latvians.")
    assert [(f.force, f.country_code) for f in facts] == [("Spain", "LV")]


# A formation given as a baseline ("up from a battlegroup of about 1,000") is no fact; a level being built
# up towards is planned.
BASELINE_FORMATIONS = [
    (
        "Germany's brigade in Lithuania is building up towards some 5,000 personnel by 2027, up from a battlegroup of"
        " about 1,000 in 2021.",
        [("troops", 5000, 5000, "LT", "planned")],
    ),
    (
        "The US keeps a battalion of about 600 in Latvia, up from a company in 2019.",
        [("troops", 600, 600, "LV", "existing")],
    ),
    ("Canada is on track to have 2,200 troops in Latvia by 2026.", [("troops", 2200, 2200, "LV", "planned")]),
]


@pytest.mark.parametrize("text, expected", BASELINE_FORMATIONS, ids=[t[:40] for t, _ in BASELINE_FORMATIONS])
def test_formations_given_as_baselines_are_no_facts(facts_of, text, expected):
    check(facts_of, text, expected)


# A place protected, guarded or defended by forces is where they are.
DEFENDED_PLACES = [
    (
        "During the summit, the Lithuanian capital was protected by some 12 air defence systems lent by allies.",
        [("batteries", 12, 12, "LT", "existing")],
    ),
    ("Polish airspace is guarded by four Dutch F-35s.", [("aircraft", 4, 4, "PL", "existing")]),
]


@pytest.mark.parametrize("text, expected", DEFENDED_PLACES, ids=[t[:40] for t, _ in DEFENDED_PLACES])
def test_a_place_defended_by_forces_is_where_they_are(facts_of, text, expected):
    check(facts_of, text, expected)


# "two of them, the battlegroups in Bulgaria and Romania": an apposition names what a few of them are.
def test_a_few_of_them_named_in_apposition_count_that_unit(facts_of):
    facts = facts_of(
        "NATO will scale its battlegroups up to brigade size. On the Black Sea coast that concerns two of them, the"
        " battlegroups in Bulgaria and Romania."
    )
    assert [(f.unit, f.quantity_low) for f in facts if f.quantity_low] == [("battlegroups", 2)]


def test_many_of_them_are_people(facts_of):
    facts = facts_of("Spain has 600 troops in Latvia. About 100 of them, the engineers, build roads.")
    assert [(f.unit, f.quantity_low) for f in facts if f.quantity_low] == [("troops", 600), ("troops", 100)]


# Baselines written with an article or as a past level in apposition are no facts.
MORE_BASELINES = [
    (
        "Compared with the 3,000 troops Washington kept in the Baltic states in 2021, the current US rotation of 1,700"
        " soldiers there is smaller.",
        [("troops", 1700, 1700, "Baltic states", "existing")],
    ),
    (
        "The Danish contingent in Latvia, previously 200 soldiers, now numbers 800.",
        [("troops", 800, 800, "LV", "existing")],
    ),
    (
        "The US now has 10,000 troops in Poland, up from just 4,500 in 2021.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", MORE_BASELINES, ids=[t[:40] for t, _ in MORE_BASELINES])
def test_baselines_with_an_article_or_previously_are_no_facts(facts_of, text, expected):
    check(facts_of, text, expected)


# A bare count at a place, after forces its sentence named: more of them ("today some 4,000 are based at
# ...", "only about 1,000 are there now").
BARE_AFTER_A_MENTION = [
    (
        "In 2016 there were only about 100 US soldiers in Romania; today some 4,000 are based at Mihail Kogalniceanu"
        " air base.",
        [("troops", 100, 100, "RO", "existing"), ("troops", 4000, 4000, "RO", "existing")],
    ),
    (
        "The US base at Camp Kosciuszko in Poznan has room for 5,000 troops, though only about 1,000 are there now.",
        [("troops", 1000, 1000, "PL", "existing")],
    ),
    (
        "Canada sent 12 jets to Romania; 4 are at Kogalniceanu.",
        [("aircraft", 4, 4, "RO", "existing"), ("aircraft", 12, 12, "RO", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", BARE_AFTER_A_MENTION, ids=[t[:40] for t, _ in BARE_AFTER_A_MENTION])
def test_a_bare_count_at_a_place_after_a_mention_counts_more_of_it(facts_of, text, expected):
    check(facts_of, text, expected)


# "a force of 3,000", "a 10,000-strong presence": a force or presence counted by its headcount; a cut ruled
# out keeps the forces there.
FORCES_AND_PRESENCES = [
    ("Britain sent a force of 3,000 to Estonia.", [("troops", 3000, 3000, "EE", "existing")]),
    ("The US keeps a 10,000-strong presence in Poland.", [("troops", 10000, 10000, "PL", "existing")]),
    (
        "Washington has no plans to reduce its 10,000-strong presence in Poland, an official said.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
    ("Britain refused to cut the 900 soldiers it keeps in Estonia.", [("troops", 900, 900, "EE", "existing")]),
    # with no number, a presence is no fact; a year is no headcount
    ("The US presence in Poland is growing.", []),
    ("A force of 2023 vintage patrols the Baltic.", []),
]


@pytest.mark.parametrize("text, expected", FORCES_AND_PRESENCES, ids=[t[:40] for t, _ in FORCES_AND_PRESENCES])
def test_forces_and_presences_counted_by_their_headcount(facts_of, text, expected):
    check(facts_of, text, expected)


# Forces on standby at home for the story's host are placed at that host (CONVENTIONS); with no host abroad,
# forces on standby at home are no deployment.
STANDBY_AT_HOME = [
    (
        "Canadian troops lead the battlegroup in Latvia. A further 2,000 Canadian soldiers are on standby in Canada to"
        " reinforce them.",
        [("troops", 2000, 2000, "LV", "existing")],
    ),
    (
        # (a standby that names no purpose abroad places nothing)
        "Four German jets fly from Siauliai in Lithuania. Two Dutch F-35 fighters remain on standby at Volkel air base"
        " in the Netherlands.",
        [("aircraft", 4, 4, "LT", "existing")],
    ),
    ("About 3,000 British troops are on standby in Britain.", []),
    ("About 3,000 British troops are on standby to reinforce Estonia.", [("troops", 3000, 3000, "EE", "existing")]),
]


@pytest.mark.parametrize("text, expected", STANDBY_AT_HOME, ids=[t[:40] for t, _ in STANDBY_AT_HOME])
def test_forces_on_standby_at_home_are_placed_at_the_host(facts_of, text, expected):
    check(facts_of, text, expected)


# Arms sold or given, losses in war, and what interceptors meet are no deployments; interceptors are where
# they take off from.
TRANSFERS_LOSSES_INTERCEPTS = [
    ("Poland has given Ukraine more than 300 tanks since 2022, the president said.", []),
    (
        "The Netherlands sold 18 Leopard 2 tanks to Finland and stationed four F-35 jets at Siauliai in Lithuania.",
        [("aircraft", 4, 4, "LT", "existing")],
    ),
    ("The US has approved the sale of 96 Apache helicopters to Poland.", []),
    ("The Ukrainian army lost 1,200 soldiers defending Avdiivka, Kyiv acknowledged.", []),
    (
        "Two Spanish F-18s took off from Siauliai in Lithuania to intercept a Russian plane over the Baltic Sea.",
        [("aircraft", 2, 2, "LT", "existing")],
    ),
    (
        "Britain keeps 900 troops in Estonia and 20 Challenger tanks.",
        [("tanks", 20, 20, "EE", "existing"), ("troops", 900, 900, "EE", "existing")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", TRANSFERS_LOSSES_INTERCEPTS, ids=[t[:40] for t, _ in TRANSFERS_LOSSES_INTERCEPTS]
)
def test_transfers_losses_and_intercepts(facts_of, text, expected):
    check(facts_of, text, expected)


# A withdrawal denied ("have not returned home", "None of the 1,000 ... will be withdrawn") keeps the forces.
WITHDRAWALS_DENIED = [
    (
        "Around 3,000 Russian troops that had been in Belarus for the drills have not returned home, Lithuania said.",
        [("troops", 3000, 3000, "BY", "existing")],
    ),
    (
        "None of the 1,000 French troops in Romania will be withdrawn this year.",
        [("troops", 1000, 1000, "RO", "existing")],
    ),
    ("The 1,000 French troops in Romania will not be withdrawn this year.", [("troops", 1000, 1000, "RO", "existing")]),
    ("Britain withdrew 300 troops from Estonia, not 500.", [("troops", 300, 300, "EE", "withdrawn")]),
]


@pytest.mark.parametrize("text, expected", WITHDRAWALS_DENIED, ids=[t[:40] for t, _ in WITHDRAWALS_DENIED])
def test_a_withdrawal_denied_keeps_the_forces(facts_of, text, expected):
    check(facts_of, text, expected)


# "Wagner fighters, estimated at 4,000,": an estimate of their number in apposition is their count.
ESTIMATED_AT = [
    (
        "Wagner fighters, estimated at 4,000, have set up camp near Osipovichi in Belarus.",
        [("troops", 4000, 4000, "BY", "existing")],
    ),
    ("Russian troops, believed to number 30,000, remain in Belarus.", [("troops", 30000, 30000, "BY", "existing")]),
]


@pytest.mark.parametrize("text, expected", ESTIMATED_AT, ids=[t[:40] for t, _ in ESTIMATED_AT])
def test_an_estimate_in_apposition_is_the_count(facts_of, text, expected):
    check(facts_of, text, expected)


# Counter-examples from a helper's review of round 5's second session (sentences of its own, old and new
# parser side by side): each was read right before a rule of the session and wrong after it.
REVIEWED_ROUND_5 = [
    (
        "Estonia welcomes the news. Britain's defence secretary said 900 British troops are stationed in the country.",
        [("troops", 900, 900, "EE", "existing")],
    ),
    (
        "Britain's 900 troops in Estonia are the core of the battlegroup; about 300 French soldiers also serve in the"
        " country.",
        [("troops", 300, 300, "EE", "existing"), ("troops", 900, 900, "EE", "existing")],
    ),
    (
        "Russia and Belarus held war games in September, and 10,000 Russian troops stayed in Belarus afterwards.",
        [("troops", 10000, 10000, "BY", "existing")],
    ),
    (
        "Exercise Griffin Storm involved 3,000 troops, and 1,000 German troops stayed in Lithuania afterwards.",
        [("troops", 1000, 1000, "LT", "existing")],
    ),
    (
        "Officials said that, in any scenario, the 4,000 German troops would stay in Lithuania.",
        [("troops", 4000, 4000, "LT", "existing")],
    ),
    (
        "About 300 Dutch troops arrived in Lithuania in May, but the second rotation was cancelled.",
        [("troops", 300, 300, "LT", "existing")],
    ),
    ("Some 300 US paratroopers were dropped near Adazi, Latvia.", [("troops", 300, 300, "LV", "existing")]),
    (
        "Some 4,000 German troops arrived in Lithuania after their deployment was postponed from 2025.",
        [("troops", 4000, 4000, "LT", "existing")],
    ),
    (
        "Some 800 Canadian soldiers stationed in Adazi, Latvia, were joined last week by 300 Swedes who flew to Riga.",
        [("troops", 300, 300, "LV", "existing"), ("troops", 800, 800, "LV", "existing")],
    ),
    (
        "Some 200 troops from the French 7th Armoured Brigade, based in Cincu, Romania, took part in drills.",
        [("troops", 200, 200, "RO", "existing")],
    ),
    (
        "The US will send 2,000 more soldiers to Poland, bringing the military to 12,000 troops there.",
        [("troops", 2000, 2000, "PL", "planned"), ("troops", 12000, 12000, "PL", "planned")],
    ),
    (
        "The US deployed a brigade to Poland. The 3rd Brigade, with about 4,000 soldiers, arrived in Romania.",
        [("brigades", 1, 1, "PL", "existing"), ("troops", 4000, 4000, "RO", "existing")],
    ),
    (
        "Spain has eight F-18s in Lithuania. Portugal's air force, with its eight F-16s, is in Romania.",
        [("aircraft", 8, 8, "LT", "existing"), ("aircraft", 8, 8, "RO", "existing")],
    ),
    ("There are about 10,000 US troops in Poland overall.", [("troops", 10000, 10000, "PL", "existing")]),
    (
        "The 1,000 US troops already in Poland will be joined by 2,000 more next month.",
        [("troops", 1000, 1000, "PL", "existing"), ("troops", 2000, 2000, "PL", "planned")],
    ),
    ("Britain deployed 800 troops a week ago to Estonia.", [("troops", 800, 800, "EE", "existing")]),
    (
        "Germany will use the base in Rukla for 1,000 soldiers arriving in May.",
        [("troops", 1000, 1000, "LT", "planned")],
    ),
    ("Finland has Russian troops massing on its border.", []),
    (
        "The deal covers the 4,000 German troops stationed in Lithuania since 2023.",
        [("troops", 4000, 4000, "LT", "existing")],
    ),
    (
        "Officials in Vilnius were relieved when 300 US soldiers arrived in Lithuania on Monday.",
        [("troops", 300, 300, "LT", "existing")],
    ),
    ("Wagner recruited 8,000 fighters who are now in Belarus.", [("troops", 8000, 8000, "BY", "existing")]),
    (
        "The 300 US troops stationed in Lithuania offered help after the floods.",
        [("troops", 300, 300, "LT", "existing")],
    ),
    (
        "Germany sent one battalion, 300 engineers, and a medical company to Lithuania.",
        [
            ("battalions", 1, 1, "LT", "existing"),
            ("companies", 1, 1, "LT", "existing"),
            ("troops", 300, 300, "LT", "existing"),
        ],
    ),
    ("No British troops will be withdrawn from Estonia, the defence secretary said.", []),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_5, ids=[t[:40] for t, _ in REVIEWED_ROUND_5])
def test_counter_examples_from_the_review_of_round_five(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_withdrawal_of_none_keeps_the_forces_there(facts_of):
    facts = facts_of("No British troops will be withdrawn from Estonia, the defence secretary said.")
    assert [(f.force, f.country_code, f.status) for f in facts] == [("UK", "EE", "existing")]


# Counter-examples from a second helper review of the session (613 sentences of its own).
REVIEWED_ROUND_5_AGAIN = [
    (
        "To monitor the Suwalki gap, the US stationed 1,000 troops in Orzysz, Poland.",
        [("troops", 1000, 1000, "PL", "existing")],
    ),
    (
        "Britain will send two warships to escort tankers, and 500 troops to Estonia.",
        [("troops", 500, 500, "EE", "planned"), ("warships", 2, 2, "EE", "planned")],
    ),
    (
        "The 900 British troops already in Estonia will continue their mission.",
        [("troops", 900, 900, "EE", "existing")],
    ),
    (
        "Britain has 900 troops in Estonia. About 3,000 British soldiers are on standby in Britain for the NATO"
        " response force.",
        [("troops", 900, 900, "EE", "existing")],
    ),
    (
        "The scenario of a Russian attack has prompted Germany to station 4,800 troops in Lithuania.",
        [("troops", 4800, 4800, "LT", "planned")],
    ),
    (
        "About 600 soldiers from Spain took part in the Crystal Arrow exercise in Latvia.",
        [("troops", 600, 600, "LV", "existing")],
    ),
    ("Until 2022, the US had only about 4,000 troops in Poland.", [("troops", 4000, 4000, "PL", "existing")]),
    (
        "Germany is completing the deployment of its brigade in Lithuania, where 1,700 troops already serve.",
        [("troops", 1700, 1700, "LT", "existing")],
    ),
    ("Canada succeeded in sending 300 more troops to Latvia last month.", [("troops", 300, 300, "LV", "existing")]),
    (
        "The camp was built for 300 Dutch troops who arrived in Lithuania in March.",
        [("troops", 300, 300, "LT", "existing")],
    ),
    ("The German brigade in Lithuania will normally number 4,800 soldiers.", [("troops", 4800, 4800, "LT", "planned")]),
    (
        "From Poland to Lithuania, 200 US soldiers were moved by helicopter on Monday.",
        [("troops", 200, 200, "LT", "existing")],
    ),
    (
        "Germany sent Leopard tanks to Lithuania; 60 are at Rukla.",
        [("tanks", 60, 60, "LT", "existing")],
    ),
    ("France sent a force of 12 Rafales to Poland.", [("aircraft", 12, 12, "PL", "existing")]),
    ("None of the 12 Spanish jets left Lithuania, officials said.", [("aircraft", 12, 12, "LT", "existing")]),
    (
        "Norway was due to send 150 soldiers to Lithuania, but the rotation was postponed by a week.",
        [("troops", 150, 150, "LT", "planned")],
    ),
    ("Hungary has so far refused US troops.", []),
    ("Two Polish F-16s each week fly from Siauliai in Lithuania.", [("aircraft", 2, 2, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_5_AGAIN, ids=[t[:40] for t, _ in REVIEWED_ROUND_5_AGAIN])
def test_counter_examples_from_the_second_review_of_round_five(facts_of, text, expected):
    check(facts_of, text, expected)


# The nation that stations forces at a border does so on its own side.
def test_the_nation_that_stations_forces_at_a_border_holds_that_side(facts_of):
    facts = facts_of("Along the border with Poland, Belarus has placed 500 Wagner fighters.")
    assert [(f.force, f.quantity_low, f.country_code) for f in facts] == [("Russia", 500, "BY")]


def test_a_russian_force_at_a_border_named_by_its_adjective_stays_in_russia(facts_of):
    facts = facts_of("Russia keeps about 15,000 soldiers near the Finnish border.")
    assert [(f.force, f.quantity_low, f.country_code) for f in facts] == [("Russia", 15000, "RU")]


# Counter-examples from a third helper review (448 sentences of its own) of the last mends.
REVIEWED_ROUND_5_THIRD = [
    ("Norway was due to send 150 soldiers to Lithuania, but the planned deployment was cancelled.", []),
    ("In the simulation, 10,000 Russian troops crossed into Latvia.", []),
    (
        "Along the Lithuanian border, where Belarus has massed 4,000 Wagner fighters, some 1,000 German troops keep"
        " watch.",
        # (the Germans' side is left open, not put in Belarus)
        [("troops", 1000, 1000, "", "existing"), ("troops", 4000, 4000, "BY", "existing")],
    ),
    (
        "Germany has 1,700 troops in Lithuania. About 500 German soldiers are on standby in Germany to support"
        " flood relief.",
        [("troops", 1700, 1700, "LT", "existing")],
    ),
    (
        "The 300 Dutch troops in Lithuania were not withdrawn until last week.",
        [("troops", 300, 300, "LT", "withdrawn")],
    ),
    ("No Dutch troops are leaving for Lithuania this year.", []),
    (
        "Only 200 of the 1,000 German soldiers in Lithuania are combat troops.",
        [("troops", 1000, 1000, "LT", "existing")],
    ),
    ("The Defence Ministry estimated the cost at 300 million euros.", []),
    ("About 3,000 soldiers in Lithuania took part in Iron Wolf, the largest exercise of the year.", []),
    ("Satellite images captured 2,000 Russian troops near Pskov.", [("troops", 2000, 2000, "RU", "existing")]),
    ("Men of 18 and over may be called up in Lithuania.", []),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_5_THIRD, ids=[t[:40] for t, _ in REVIEWED_ROUND_5_THIRD])
def test_counter_examples_from_the_third_review_of_round_five(facts_of, text, expected):
    check(facts_of, text, expected)


# A flight's end is where it goes: "took off from Aviano ... and landed in Latvia" (a base flown from is a
# site only when the aircraft go nowhere else); bought jets that land are still bought.
FLIGHT_ENDS = [
    (
        "Six US F-16s took off from Aviano Air Base in Italy and landed in Latvia on Monday.",
        [("aircraft", 6, 6, "LV", "existing")],
    ),
    (
        "Four Dutch F-35s lifted off from Volkel and touched down at Malbork in Poland that evening.",
        [("aircraft", 4, 4, "PL", "existing")],
    ),
    ("Eight Italian Eurofighters fly from Mihail Kogalniceanu.", [("aircraft", 8, 8, "RO", "existing")]),
    (
        "Slovakia flies 14 F-16s bought from the United States, of which the first 4 landed at Kuchyna last year.",
        [],
    ),
]


@pytest.mark.parametrize("text, expected", FLIGHT_ENDS, ids=[t[:40] for t, _ in FLIGHT_ENDS])
def test_a_flight_ends_where_it_lands(facts_of, text, expected):
    check(facts_of, text, expected)


# A gapped list after a host names hosts: "Poland received 4,000 US soldiers, Romania 1,000" (Romania
# received them); after a sending nation it names nations that send.
GAPPED_HOSTS = [
    (
        "Poland received 4,000 American soldiers, Romania 1,000.",
        [("troops", 4000, 4000, "PL", "existing"), ("troops", 1000, 1000, "RO", "existing")],
    ),
    (
        "Estonia has 900 British troops, Latvia 1,500 and Lithuania 1,200.",
        [
            ("troops", 900, 900, "EE", "existing"),
            ("troops", 1500, 1500, "LV", "existing"),
            ("troops", 1200, 1200, "LT", "existing"),
        ],
    ),
    (
        "Hungary hosts about 200 US soldiers and Slovakia some 600.",
        [("troops", 200, 200, "HU", "existing"), ("troops", 600, 600, "SK", "existing")],
    ),
    (
        "Britain sent 900 troops to Estonia and Canada 700 to Latvia.",
        [("troops", 900, 900, "EE", "existing"), ("troops", 700, 700, "LV", "existing")],
    ),
    (
        "The UK keeps 900 soldiers in Estonia, Canada about 700 in Latvia.",
        [("troops", 900, 900, "EE", "existing"), ("troops", 700, 700, "LV", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", GAPPED_HOSTS, ids=[t[:40] for t, _ in GAPPED_HOSTS])
def test_a_gapped_list_after_a_host_names_hosts(facts_of, text, expected):
    check(facts_of, text, expected)


# A nation's "own" forces are at home unless the text sends them abroad (a host's own forces on its soil
# are no fact).
OWN_FORCES = [
    (
        "Lithuania, with about 23,000 soldiers of its own, hosts 1,700 German troops.",
        [("troops", 1700, 1700, "LT", "existing")],
    ),
    ("Besides its own 15,000 troops, Latvia hosts 1,500 allied soldiers.", [("troops", 1500, 1500, "LV", "existing")]),
    ("Estonia has 7,000 soldiers of its own.", []),
    (
        "Estonia has 900 soldiers of its own and 1,000 British troops.",
        [("troops", 1000, 1000, "EE", "existing")],
    ),
    ("The US will send 2,000 of its own soldiers to Poland.", [("troops", 2000, 2000, "PL", "planned")]),
]


@pytest.mark.parametrize("text, expected", OWN_FORCES, ids=[t[:40] for t, _ in OWN_FORCES])
def test_a_nations_own_forces_stay_at_home(facts_of, text, expected):
    check(facts_of, text, expected)


# A formation based in a host of the flank is there ("the Latvia-based brigade"); "-based" names where,
# not who, unless it is the only home named ("a UK-based squadron").
BASED_IN_A_HOST = [
    ("Spain sent 300 soldiers to the Latvia-based battlegroup.", [("troops", 300, 300, "LV", "existing", "Spain")]),
    (
        "The Estonia-based battlegroup received 200 French troops.",
        [("troops", 200, 200, "EE", "existing", "France")],
    ),
    ("The Poland-based US brigade has about 4,000 soldiers.", [("troops", 4000, 4000, "PL", "existing", "US")]),
    (
        "A Germany-based US brigade of 4,000 soldiers will move to Romania.",
        [("troops", 4000, 4000, "RO", "planned", "US")],
    ),
    ("A UK-based squadron of six Typhoons arrived in Romania.", [("aircraft", 6, 6, "RO", "existing", "UK")]),
]


@pytest.mark.parametrize("text, expected", BASED_IN_A_HOST, ids=[t[:40] for t, _ in BASED_IN_A_HOST])
def test_a_formation_based_in_a_host_is_there(facts_of, text, expected):
    facts = facts_of(text)
    got = [
        (f.unit, f.quantity_low, f.quantity_high, f.country_code, f.status, f.force) for f in facts if f.quantity_low
    ]
    assert got == expected


# A headcount in apposition after a formation and its place: "the battlegroup in Estonia, now about 1,200
# strong, ..." (with "now" or "currently" it is the present strength, whatever the main verb plans).
APPOSED_STRENGTHS = [
    (
        "The battlegroup in Estonia, now about 1,200 strong, is led by Britain.",
        [("troops", 1200, 1200, "EE", "existing")],
    ),
    (
        "Germany's contingent in Lithuania, currently about 1,000 strong, will grow to 5,000.",
        [("troops", 1000, 1000, "LT", "existing"), ("troops", 5000, 5000, "LT", "planned")],
    ),
    ("The new brigade, 5,000 strong, will deploy to Lithuania in 2027.", [("troops", 5000, 5000, "LT", "planned")]),
]


@pytest.mark.parametrize("text, expected", APPOSED_STRENGTHS, ids=[t[:40] for t, _ in APPOSED_STRENGTHS])
def test_a_strength_in_apposition_counts_the_formation(facts_of, text, expected):
    check(facts_of, text, expected)


# A host's request is no deployment until it is met.
REQUESTS = [
    ("The Polish government asked Washington for a permanent US division of around 15,000 soldiers.", []),
    ("Lithuania has requested a permanent US brigade of about 4,000 troops.", []),
    ("Warsaw has lobbied for years for 10,000 American troops to be stationed permanently in Poland.", []),
    ("Romania's president said he would welcome up to 5,000 more NATO troops.", []),
    ("Latvia is seeking a permanent presence of 3,000 allied troops.", []),
    (
        "The request for 500 additional Canadian soldiers in Latvia was approved by Ottawa on Monday.",
        [("troops", 500, 500, "LV", "planned")],
    ),
    ("At Poland's request, the US sent 1,000 more troops to Rzeszow.", [("troops", 1000, 1000, "PL", "existing")]),
    (
        "Lithuania asked for and got 200 more Dutch troops in Rukla last year.",
        [("troops", 200, 200, "LT", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", REQUESTS, ids=[t[:40] for t, _ in REQUESTS])
def test_a_hosts_request_is_no_deployment_until_met(facts_of, text, expected):
    check(facts_of, text, expected)


# A decimal point inside a bare count ends no clause: "numbering 1.5 thousand" is 1,500, not 1.
def test_a_bare_count_with_a_decimal_point_is_read_whole(facts_of):
    facts = facts_of("The Russian contingent in Belarus, numbering 1.5 thousand, will leave by May.")
    assert [(f.quantity_low, f.country_code, f.status) for f in facts] == [(1500, "BY", "withdrawn")]


# A frontier is a border: a flank host's own forces sent to its frontier stay no fact.
FRONTIERS = [
    (
        "Poland has since sent about 10,000 soldiers to its eastern frontier, and Lithuania has closed two of its"
        " border crossings with Belarus.",
        [],
    ),
    (
        "Russia has moved 3,000 troops to its western frontier with Finland.",
        [("troops", 3000, 3000, "RU", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", FRONTIERS, ids=[t[:40] for t, _ in FRONTIERS])
def test_a_frontier_is_a_border(facts_of, text, expected):
    check(facts_of, text, expected)


# An ally's forces never inherit a place in Russia or Belarus from the story.
def test_an_allys_forces_inherit_no_place_in_belarus(facts_of):
    facts = facts_of(
        "Russia has moved about 7,000 troops into Belarus for its exercise. Most of them are camped near Barysaw."
        " Germany has sent 500 more soldiers, officials said."
    )
    assert [(f.force, f.quantity_low, f.country_code) for f in facts if f.quantity_low] == [
        ("Russia", 7000, "BY"),
        ("Germany", 500, ""),
    ]


# Three classes of blind5's read half, in sentences of our own.
BLIND5_READ_CLASSES = [
    # bare "fighters" in a sentence about the air are aircraft; Wagner's are people
    (
        "Italy runs the air policing mission from Amari with four fighters until August.",
        [("aircraft", 4, 4, "EE", "existing")],
    ),
    (
        "About 100 Wagner fighters moved near Grodno, close to Polish airspace.",
        [("troops", 100, 100, "BY", "existing")],
    ),
    # a place after a contrasted clause on another nation is that nation's, not the count's
    ("Italy sent 150 troops last week, while Portugal is based in Lithuania.", [("troops", 150, 150, "", "existing")]),
    # a host's offer to pay for or host forces decides nothing
    ("Warsaw has offered up to $2 billion to host a permanent U.S. armored division.", []),
    # a flank host's adjective before a battlegroup names where NATO's formation is, not who sends it
    (
        "The Bulgarian battlegroup at Novo Selo counts some 900 soldiers, most of them Italian.",
        [("troops", 900, 900, "BG", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", BLIND5_READ_CLASSES, ids=[t[:40] for t, _ in BLIND5_READ_CLASSES])
def test_classes_of_the_fifth_blind_corpus(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_contrasted_clause_with_no_nation_keeps_its_places_for_the_count_before(facts_of):
    facts = facts_of("Half of the soldiers will be based at Zagan, while smaller groups head to Romania.")
    assert [f.country_code for f in facts] == ["PL", "RO"]


# Decisions, offers and deliberations are plans; a bare count with a verb of its own after "and" is a
# clause of its own (the probe of round 6's status classes).
DECISIONS_AND_CLAUSES = [
    (
        "The Bundestag gave the go-ahead for 1,000 German troops to go to Slovakia before the end of the month.",
        [("troops", 1000, 1000, "SK", "planned")],
    ),
    (
        "Hungary's parliament has authorised the deployment of 200 soldiers to Slovakia from April.",
        [("troops", 200, 200, "SK", "planned")],
    ),
    ("Germany offered 300 soldiers to Lithuania.", [("troops", 300, 300, "LT", "planned")]),
    ("Berlin is weighing sending 300 soldiers to Lithuania.", [("troops", 300, 300, "LT", "planned")]),
    (
        "Fifty Slovak soldiers arrived at Adazi on Sunday and 100 more are expected in June.",
        [("troops", 50, 50, "LV", "existing"), ("troops", 100, 100, "LV", "planned")],
    ),
    (
        "A Polish minelayer and two Dutch minehunters will join the group in the Gulf of Finland in March.",
        [("warships", 1, 1, "Gulf of Finland", "planned"), ("warships", 2, 2, "Gulf of Finland", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", DECISIONS_AND_CLAUSES, ids=[t[:40] for t, _ in DECISIONS_AND_CLAUSES])
def test_decisions_are_plans_and_a_counted_clause_has_its_own_status(facts_of, text, expected):
    check(facts_of, text, expected)


# Where a force is normally stationed is not where it is now; a formation the troops named before belong
# to is the same force, not one more unit.
NORMALLY_BASED = [
    (
        "About 1,000 US soldiers arrived in Romania on Monday. The troops belong to a Stryker squadron of the 2nd"
        " Cavalry Regiment, normally stationed in Vilseck, Bavaria.",
        [("troops", 1000, 1000, "RO", "existing")],
    ),
    (
        "Some 150 Dutch soldiers are in Lithuania. They are part of a battalion usually based at Oirschot.",
        [("troops", 150, 150, "LT", "existing")],
    ),
    (
        "About 300 US soldiers permanently stationed in Poland took part.",
        [("troops", 300, 300, "PL", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", NORMALLY_BASED, ids=[t[:40] for t, _ in NORMALLY_BASED])
def test_a_force_normally_based_elsewhere_is_not_there_now(facts_of, text, expected):
    check(facts_of, text, expected)


# A formation's headcount after its clause, given "with": one force, counted by its headcount (not when
# the headcount names another nation, nor "more" to follow).
HEADCOUNT_WITH = [
    (
        "The main body of a German-led battalion arrived at Rukla on Tuesday, with about 450 German soldiers now"
        " on the ground.",
        [("troops", 450, 450, "LT", "existing")],
    ),
    (
        "A Dutch company arrived in Lithuania on Monday, with 300 German troops expected next month.",
        [("companies", 1, 1, "LT", "existing"), ("troops", 300, 300, "LT", "planned")],
    ),
    (
        "A British battlegroup arrived in Estonia, with 150 more soldiers to follow.",
        [("battlegroups", 1, 1, "EE", "existing"), ("troops", 150, 150, "EE", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", HEADCOUNT_WITH, ids=[t[:40] for t, _ in HEADCOUNT_WITH])
def test_a_headcount_with_a_formation_after_its_clause_counts_it(facts_of, text, expected):
    check(facts_of, text, expected)


# "a Patriot air and missile defence system" is one battery, as "an air defence system" is.
def test_an_air_and_missile_defence_system_is_a_battery(facts_of):
    facts = facts_of("The Netherlands will deploy a Patriot air and missile defence system to Slovakia.")
    assert [(f.unit, f.quantity_low, f.country_code) for f in facts] == [("batteries", 1, "SK")]


# Soldiers who set up or establish a formation are that formation's headcount (one force, the headcount
# kept), also after their parent's name.
SETTING_UP = [
    (
        "Some 300 soldiers of the XVIII Airborne Corps will set up a headquarters element in Germany.",
        [("troops", 300, 300, "DE", "planned")],
    ),
    ("About 200 US soldiers will set up a headquarters in Poznan.", [("troops", 200, 200, "PL", "planned")]),
    ("Germany will establish a brigade in Lithuania.", [("brigades", 1, 1, "LT", "planned")]),
]


@pytest.mark.parametrize("text, expected", SETTING_UP, ids=[t[:40] for t, _ in SETTING_UP])
def test_soldiers_who_set_up_a_formation_are_its_headcount(facts_of, text, expected):
    check(facts_of, text, expected)


# Losses told in a clause after a count's leave that count a deployment; in its own clause they veto it.
LOSSES_IN_A_LATER_CLAUSE = [
    (
        "About 300 US troops arrived in Lithuania on Monday, and two were slightly wounded in a road accident.",
        [("troops", 300, 300, "LT", "existing")],
    ),
    ("The general staff assessed Russian casualties to include 11,000 soldiers and 285 tanks.", []),
    ("Two Polish soldiers were killed in Latvia when their truck overturned.", []),
]


@pytest.mark.parametrize("text, expected", LOSSES_IN_A_LATER_CLAUSE, ids=[t[:40] for t, _ in LOSSES_IN_A_LATER_CLAUSE])
def test_losses_in_a_later_clause_leave_the_count_a_deployment(facts_of, text, expected):
    check(facts_of, text, expected)


# A caption's mark that opens its prose is no credit: the prose states facts (a short credit after the
# mark does not).
CAPTION_MARKS = [
    (
        "Photo: 1,000 U.S. soldiers at Drawsko Pomorskie training area in Poland.",
        [("troops", 1000, 1000, "PL", "existing")],
    ),
    ("Pictured: 300 British troops at Tapa, Estonia.", [("troops", 300, 300, "EE", "existing")]),
    ("Photo: Staff Sgt. Alexander Skripnichuk, U.S. Army", []),
]


@pytest.mark.parametrize("text, expected", CAPTION_MARKS, ids=[t[:40] for t, _ in CAPTION_MARKS])
def test_a_caption_mark_that_opens_prose_is_no_credit(facts_of, text, expected):
    check(facts_of, text, expected)


# A journey's stages are no sites: a place passed through, or left "before heading to" or "and then sent
# to" another, is a transit stop; where forces "are now operating" is where they are.
JOURNEY_STAGES = [
    (
        "Some 500 Dutch soldiers flew through Eindhoven and Vilnius airport before reaching their base in Rukla.",
        [("troops", 500, 500, "LT", "existing")],
    ),
    (
        "About 40 tanks were shipped from Emden to Klaipeda and then sent by rail to Rudninkai, Lithuania.",
        [("tanks", 40, 40, "LT", "existing")],
    ),
    ("The 400 Marines landed in Gdansk before heading to Orzysz.", [("troops", 400, 400, "PL", "planned")]),
    (
        "About 300 US soldiers based in Grafenwoehr are now operating in Poland.",
        [("troops", 300, 300, "PL", "existing")],
    ),
    (
        "About 3,500 troops arrived in Poland, from where elements will fan out to the Baltic states.",
        [("troops", 3500, 3500, "PL", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", JOURNEY_STAGES, ids=[t[:40] for t, _ in JOURNEY_STAGES])
def test_a_journeys_stages_are_no_sites(facts_of, text, expected):
    facts = facts_of(text)
    assert counted(facts) == sorted(expected)
    assert all(f.place for f in facts if f.quantity_low)


# From the probe of places: spans that move nothing, a command's own headquarters, forces a nation has
# none of, and the country that "has" as the topic "the country" refers to.
PLACE_ROLES_OF_ROUND_6 = [
    (
        "NATO now has eight battlegroups stretching from Estonia to Bulgaria.",
        [("battlegroups", 8, 8, "eastern flank", "existing")],
    ),
    (
        "From its headquarters in Mons, NATO commands eight battlegroups from Estonia to Bulgaria.",
        [("battlegroups", 8, 8, "eastern flank", "existing")],
    ),
    ("Britain will deploy 300 troops from Estonia to Poland.", [("troops", 300, 300, "PL", "planned")]),
    ("Germany has no troops in Romania, but 1,500 in Lithuania.", [("troops", 1500, 1500, "LT", "existing")]),
    (
        "Poland has no permanent US base, and 10,000 US troops are stationed in the country.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", PLACE_ROLES_OF_ROUND_6, ids=[t[:40] for t, _ in PLACE_ROLES_OF_ROUND_6])
def test_place_roles_of_round_six(facts_of, text, expected):
    check(facts_of, text, expected)


@pytest.mark.parametrize("text", ["Britain has no warships in the Black Sea.", "Hungary hosts no US troops."])
def test_forces_a_nation_has_none_of_are_no_fact(facts_of, text):
    assert facts_of(text) == []


# Where news is announced or informed of is a venue, also in translated word order and with "yesterday".
VENUES_OF_ANNOUNCEMENTS = [
    (
        "In Orzysz are stationed about 1000 American soldiers, informed yesterday in Olsztyn the voivode.",
        [("troops", 1000, 1000, "PL", "existing")],
    ),
    ("Some 300 troops were reported in Narva.", [("troops", 300, 300, "EE", "existing")]),
]


@pytest.mark.parametrize("text, expected", VENUES_OF_ANNOUNCEMENTS, ids=[t[:40] for t, _ in VENUES_OF_ANNOUNCEMENTS])
def test_where_news_is_announced_is_a_venue(facts_of, text, expected):
    facts = facts_of(text)
    assert counted(facts) == sorted(expected)
    assert "Olsztyn" not in {f.place for f in facts}


# Counter-examples from a helper's review of round six's rules (413 sentences of its own, old and new
# parser side by side).
REVIEWED_ROUND_6 = [
    # a host that opens the next item or clause has a count of its own
    (
        "Latvia is hosting 600 Danish troops and Estonia 400 French.",
        [("troops", 600, 600, "LV", "existing"), ("troops", 400, 400, "EE", "existing")],
    ),
    (
        "Latvia is hosting 600 Danish troops and Estonia is hosting 400 French troops.",
        [("troops", 600, 600, "LV", "existing"), ("troops", 400, 400, "EE", "existing")],
    ),
    # decisions and deliberations plan only the deployment they govern
    ("London is weighing whether to keep the 900 troops it has in Estonia.", [("troops", 900, 900, "EE", "existing")]),
    (
        "The 800 British soldiers in Estonia are looking into buying local supplies.",
        [("troops", 800, 800, "EE", "existing")],
    ),
    (
        "Sweden, which signed off on the deployment in 2023, has 600 soldiers in Latvia.",
        [("troops", 600, 600, "LV", "existing")],
    ),
    # a flank host's own soldiers sent to help its border guards are at its border, on its soil
    ("Poland sent 2,000 soldiers to support its border guards.", []),
    (
        "US troops, some 200 of them, are helping Lithuania secure its border crossings.",
        [("troops", 200, 200, "LT", "existing")],
    ),
    # a refuelling stop is a stage of the flight
    (
        "Four Spanish Eurofighters took off from Albacete, landed in Italy to refuel, and arrived in Romania on"
        " Tuesday.",
        [("aircraft", 4, 4, "RO", "existing")],
    ),
    ("Two Spanish Eurofighters landed in Warsaw en route to Amari, Estonia.", [("aircraft", 2, 2, "EE", "planned")]),
    # a host's adjective names NATO's formation only where it is in that host
    (
        "A Romanian battlegroup of 500 troops deployed to Poland for the exercise.",
        [("troops", 500, 500, "PL", "existing")],
    ),
    # fighters who are people
    ("Some 300 Kadyrov fighters arrived at Machulishchy air base.", [("troops", 300, 300, "BY", "existing")]),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_6, ids=[t[:40] for t, _ in REVIEWED_ROUND_6])
def test_counter_examples_from_the_review_of_round_six(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_host_adjective_before_a_battlegroup_abroad_keeps_its_nation(facts_of):
    facts = facts_of("A Romanian battlegroup of 500 troops deployed to Poland for the exercise.")
    assert [f.force for f in facts] == ["Romania"]


# A nation named by its kind refers back to the country of that kind the story names: "the Baltic
# nation", "the Black Sea nation" (not the sea); "the Baltic capital" is no town called Baltic.
NATIONS_BY_KIND = [
    (
        "Estonia joined NATO in 2004. About 900 British soldiers are based in the Baltic nation.",
        [("troops", 900, 900, "EE", "existing")],
    ),
    (
        "Romania is a key ally. Some 4,000 US troops are deployed in the Black Sea nation.",
        [("troops", 4000, 4000, "RO", "existing")],
    ),
    (
        "Lithuania's president welcomed the 1,000 German soldiers stationed in the Baltic state.",
        [("troops", 1000, 1000, "LT", "existing")],
    ),
    ("About 1,000 US soldiers arrived in the Baltic capital on Monday.", [("troops", 1000, 1000, "", "existing")]),
    ("Four NATO ships are in the Black Sea.", [("warships", 4, 4, "Black Sea region", "existing")]),
]


@pytest.mark.parametrize("text, expected", NATIONS_BY_KIND, ids=[t[:40] for t, _ in NATIONS_BY_KIND])
def test_a_nation_named_by_its_kind_refers_back(facts_of, text, expected):
    check(facts_of, text, expected)


# More from the probe of places: the war as an opening scene, a border as a reference point before the
# site, "his country" after a national office.
SCENES_REFERENCES_OFFICES = [
    (
        "As Russian troops pressed toward Kyiv, the U.S. ordered 7,000 more soldiers to Germany.",
        [("troops", 7000, 7000, "DE", "planned")],
    ),
    (
        "Russia has deployed about 5,000 troops near the Ukrainian border in Belarus's Gomel region.",
        [("troops", 5000, 5000, "BY", "existing")],
    ),
    (
        "Polish President Andrzej Duda said 10,000 US soldiers were now in his country.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", SCENES_REFERENCES_OFFICES, ids=[t[:40] for t, _ in SCENES_REFERENCES_OFFICES]
)
def test_scenes_references_and_offices(facts_of, text, expected):
    facts = facts_of(text)
    assert counted(facts) == sorted(expected)
    assert all(f.country_code != "UA" for f in facts)


# Countries by their common short or former names: "Bosnia", "Belorussia".
def test_a_country_by_its_short_name_is_a_place(facts_of):
    facts = facts_of("Slovakia has 150 soldiers in Latvia and 40 in Bosnia.")
    assert counted(facts) == [("troops", 40, 40, "BA", "existing"), ("troops", 150, 150, "LV", "existing")]


# A part of a country is that country: "in the east of Poland"; a town qualified so is that town, and
# where a force is in peacetime is its home.
PARTS_OF_A_COUNTRY = [
    ("Some 300 US troops are now in the east of Poland.", [("troops", 300, 300, "PL", "existing")]),
    ("About 1,000 soldiers were sent to the north-east of Romania.", [("troops", 1000, 1000, "RO", "existing")]),
    (
        "About 150 Swedish soldiers, who in peacetime are located in Revinge, in the south of Sweden, arrived in"
        " Latvia.",
        [("troops", 150, 150, "LV", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", PARTS_OF_A_COUNTRY, ids=[t[:40] for t, _ in PARTS_OF_A_COUNTRY])
def test_a_part_of_a_country_is_that_country(facts_of, text, expected):
    check(facts_of, text, expected)


# Counter-examples from a second review of round six (293 sentences of its own): forces said to be
# none or unwelcome, a stop before the journey's end, a home to head back to.
REVIEWED_ROUND_6_AGAIN = [
    ("Finnish President Sauli Niinisto said no foreign troops were based in his country.", []),
    ("Bulgarian President Rumen Radev said there would be no NATO troops in his country.", []),
    ("Estonian Prime Minister Kaja Kallas said Russian troops would never be welcome in her country.", []),
    (
        "About 250 Norwegian troops landed in Poland and were then sent by rail to Lithuania.",
        [("troops", 250, 250, "LT", "existing")],
    ),
    ("The 500 U.S. soldiers served in Poland before heading home.", [("troops", 500, 500, "PL", "withdrawn")]),
    ("Officials insisted that no more than 500 troops would come.", [("troops", 500, 500, "", "planned")]),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_6_AGAIN, ids=[t[:40] for t, _ in REVIEWED_ROUND_6_AGAIN])
def test_counter_examples_from_the_second_review_of_round_six(facts_of, text, expected):
    facts = facts_of(text)
    assert counted(facts) == sorted(expected)
    if not expected:
        assert facts == []


# Where forces are now beats where they went first.
WHERE_THEY_ARE_NOW = [
    (
        "About 400 US soldiers who arrived in Germany in May are now training in Hungary.",
        [("troops", 400, 400, "HU", "existing")],
    ),
    (
        "The 300 Dutch troops, who first went to Lithuania, are now in Romania.",
        [("troops", 300, 300, "RO", "existing")],
    ),
    ("About 500 US troops were sent to Poland in March.", [("troops", 500, 500, "PL", "existing")]),
]


@pytest.mark.parametrize("text, expected", WHERE_THEY_ARE_NOW, ids=[t[:40] for t, _ in WHERE_THEY_ARE_NOW])
def test_where_forces_are_now_beats_where_they_went_first(facts_of, text, expected):
    check(facts_of, text, expected)


# A host set off by commas before its verb ("Another Baltic nation, Latvia, hosts ...") is a host.
def test_a_host_in_apposition_before_its_verb_hosts(facts_of):
    facts = facts_of("Lithuania hosts 1,000 Germans. Another Baltic nation, Latvia, hosts 2,000 Canadians.")
    assert counted(facts) == [("troops", 1000, 1000, "LT", "existing"), ("troops", 2000, 2000, "LV", "existing")]


# Machines are named in the plural the conventions use ("other:howitzers", "other:launchers"), which the
# scorer matches as written; formations stay singular ("other:task force").
@pytest.mark.parametrize(
    "text, unit",
    [
        ("Spain will deploy 12 self-propelled howitzers to Latvia in June.", "other:howitzers"),
        ("Germany sent 4 Patriot launchers to Slovakia.", "other:launchers"),
        ("Spain sent a task force of 300 to Latvia.", "troops"),
        ("Spain sent a task force to Latvia.", "other:task force"),
    ],
)
def test_machines_are_named_in_the_plural(facts_of, text, unit):
    assert [f.unit for f in facts_of(text)] == [unit]


# A live blog's clock times are no counts: "11:45 In Ottawa, ..." counts no 45 of anything.
def test_a_clock_time_is_no_count(facts_of):
    facts = facts_of(
        "10:05 Norway will send three F-16s to Romania from May.\n\n11:45 In Ottawa, the defence minister"
        " confirms that 2,000 soldiers are ready to move to Latvia at short notice."
    )
    assert sorted(f.quantity_low for f in facts) == [3, 2000]


# Where a statement is issued is a venue; a plan denied "at present" is none.
STATEMENTS_AND_NO_PLANS = [
    (
        "Romania will receive four Portuguese fighter jets next month, officials said in a statement issued in"
        " Brussels.",
        [("aircraft", 4, 4, "RO", "planned")],
    ),
    ("Washington has no plans at present to base a permanent division in Romania.", []),
]


@pytest.mark.parametrize("text, expected", STATEMENTS_AND_NO_PLANS, ids=[t[:40] for t, _ in STATEMENTS_AND_NO_PLANS])
def test_statements_venues_and_plans_denied(facts_of, text, expected):
    facts = facts_of(text)
    assert counted(facts) == sorted(expected)
    assert "Brussels" not in {f.place for f in facts}


# What forces are there to guard is no second site; recommendations and "not a single" are no facts.
PURPOSES_AND_NONE = [
    (
        "Canadian CF-18s have been deployed to Romania since March to help guard the port of Constanta.",
        ["RO"],
    ),
    ("About 300 US troops were sent to guard the airport in Rzeszow.", ["PL"]),
    ("The alliance ought to station a full division in Poland.", []),
    ("No NATO member has sent a single frigate to the Black Sea since the spring.", []),
    ("Not one allied warship has entered the Baltic Sea this month.", []),
    ("Germany sent a single Patriot battery to Lithuania.", ["LT"]),
]


@pytest.mark.parametrize("text, countries", PURPOSES_AND_NONE, ids=[t[:40] for t, _ in PURPOSES_AND_NONE])
def test_purposes_recommendations_and_none(facts_of, text, countries):
    assert [f.country_code for f in facts_of(text)] == countries


# Gapped lists of lead nations: a nation placed by "in", or followed by "the one", is an item's leader,
# not a place; a known town is no town of another country that follows it.
GAPPED_LEADERS = [
    (
        "Further north, Canada leads the battlegroup at Adazi, Germany the one in Rukla and Britain the one at Tapa.",
        ["LV", "LT", "EE"],
    ),
    (
        "The multinational brigades are headed by Poland in Romania, Italy in Bulgaria and France in Estonia.",
        ["RO", "BG", "EE"],
    ),
    ("Troops arrived in Tapa, Estonia, and in Setermoen, Norway.", ["EE", "NO"]),
]


@pytest.mark.parametrize("text, countries", GAPPED_LEADERS, ids=[t[:40] for t, _ in GAPPED_LEADERS])
def test_gapped_lead_nations_are_no_places(facts_of, text, countries):
    assert [f.country_code for f in facts_of(text)] == countries


# A nation's whole army grown is no deployment, whichever way the sentence orders it.
@pytest.mark.parametrize(
    "text",
    [
        "A senior general said the armed forces would reach 1.3 million personnel.",
        "The Kremlin has said its army will expand to 1.3 million soldiers.",
    ],
)
def test_an_army_grown_is_no_deployment(facts_of, text):
    assert facts_of(text) == []


# Helicopters by their Mil and Kamov names are aircraft; "the one" refers, it counts nothing.
HELICOPTERS_AND_THE_ONE = [
    ("Hungary will send two Mi-24s to Romania.", [("aircraft", 2, 2, "RO", "planned")]),
    ("Russia moved 12 Ka-52s to Belarus.", [("aircraft", 12, 12, "BY", "existing")]),
    ("Canada leads the battlegroup at Adazi and Britain the one at Tapa.", []),
    ("Germany sent one battalion to Lithuania.", [("battalions", 1, 1, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", HELICOPTERS_AND_THE_ONE, ids=[t[:40] for t, _ in HELICOPTERS_AND_THE_ONE])
def test_helicopters_by_name_and_the_one(facts_of, text, expected):
    check(facts_of, text, expected)


# What a force can do in a span of time is a capability, whoever is said to do it; European helicopters by
# their names are aircraft; home again after a stay is no site.
CAPABILITIES_HELICOPTERS_HOMES = [
    ("Russia can move 20,000 troops to the Belarusian border within days, analysts said.", []),
    ("NATO could deploy up to 40,000 troops to Poland in a matter of days.", []),
    ("The alliance is able to send some 5,000 soldiers to Estonia within 48 hours.", []),
    ("Germany will send 300 troops to Lithuania within days.", [("troops", 300, 300, "LT", "planned")]),
    (
        "Russia has moved 20,000 troops to the Belarusian border within days.",
        [("troops", 20000, 20000, "RU", "existing")],
    ),
    ("Spain deployed four NH90s to Romania.", [("aircraft", 4, 4, "RO", "existing")]),
    (
        "Britain sent two AW101s and 3 H145Ms to Estonia.",
        [("aircraft", 2, 2, "EE", "existing"), ("aircraft", 3, 3, "EE", "existing")],
    ),
    (
        "The 200 Dutch soldiers who served in Lithuania are now back home in Havelte.",
        [("troops", 200, 200, "LT", "withdrawn")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", CAPABILITIES_HELICOPTERS_HOMES, ids=[t[:40] for t, _ in CAPABILITIES_HELICOPTERS_HOMES]
)
def test_capabilities_helicopters_and_homes(facts_of, text, expected):
    check(facts_of, text, expected)


# What a formation planned in the sentence before is made of is planned too; a formation there now is not.
COMPOSITIONS_OF_PLANS = [
    (
        "Germany will send a battalion to Lithuania next year. The battalion comprises roughly 600 troops.",
        [("troops", 600, 600, "LT", "planned")],
    ),
    (
        "Sweden plans to deploy a mechanised battalion to Finland in 2026. It consists of about 800 soldiers and"
        " 40 CV90s.",
        [("troops", 800, 800, "FI", "planned"), ("vehicles", 40, 40, "FI", "planned")],
    ),
    (
        "The UK will station a new brigade in Estonia by 2027. The brigade numbers around 3,000 soldiers.",
        [("troops", 3000, 3000, "EE", "planned")],
    ),
    (
        "Germany sent a battalion to Lithuania in 2017. The battalion comprises roughly 600 troops.",
        [("troops", 600, 600, "LT", "existing")],
    ),
    (
        "Germany will send a battalion to Lithuania next year. The current battlegroup there comprises roughly"
        " 1,600 troops.",
        [("battalions", 1, 1, "LT", "planned"), ("troops", 1600, 1600, "LT", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", COMPOSITIONS_OF_PLANS, ids=[t[:40] for t, _ in COMPOSITIONS_OF_PLANS])
def test_what_a_planned_formation_is_made_of_is_planned(facts_of, text, expected):
    check(facts_of, text, expected)


# A clause reported by an announcement keeps its own tense; a plan told with its fulfilment after it is
# there; a size now, in an aside, does not make a move present; the people who staff a post are its
# headcount; a place in apposition to a destination's kind is the destination.
TOLD_AND_DONE = [
    ("Germany announced on Monday that 300 troops had arrived in Lithuania.", [("troops", 300, 300, "LT", "existing")]),
    ("Germany announced that 300 troops will go to Lithuania.", [("troops", 300, 300, "LT", "planned")]),
    (
        "Denmark offered 700 troops to Latvia in 2023, and they have since arrived.",
        [("troops", 700, 700, "LV", "existing")],
    ),
    ("Portugal pledged two F-16s to Lithuania, which arrived in May.", [("aircraft", 2, 2, "LT", "existing")]),
    ("Denmark will send 700 troops to Latvia, and they will arrive in May.", [("troops", 700, 700, "LV", "planned")]),
    (
        "The British battalion in Estonia, currently 900 strong, is to be sent to Poland.",
        [("troops", 900, 900, "PL", "planned")],
    ),
    ("The British battalion, now 900 strong, is in Estonia.", [("troops", 900, 900, "EE", "existing")]),
    (
        "The new NATO headquarters in Bucharest is staffed by about 120 people from 12 nations.",
        [("troops", 120, 120, "RO", "existing")],
    ),
    ("The museum in Tallinn is staffed by 40 people.", []),
    (
        "Sweden will also send 150 soldiers to another Baltic nation, Latvia.",
        [("troops", 150, 150, "LV", "planned")],
    ),
    ("Sweden will also send 150 soldiers to its neighbour, Latvia.", [("troops", 150, 150, "LV", "planned")]),
]


@pytest.mark.parametrize("text, expected", TOLD_AND_DONE, ids=[t[:40] for t, _ in TOLD_AND_DONE])
def test_reported_clauses_fulfilled_plans_staffs_and_appositions(facts_of, text, expected):
    check(facts_of, text, expected)


# Aircraft counted by the singular code, as translated and wire copy write them; a model named, or a code
# that modifies a noun, counts no aircraft.
SINGULAR_AIRCRAFT_CODES = [
    ("Russia deployed 10 Su-34 to Belarus.", [("aircraft", 10, 10, "BY", "existing")]),
    (
        "Poland flew two F-16 and four MiG-29 to Lithuania.",
        [("aircraft", 2, 2, "LT", "existing"), ("aircraft", 4, 4, "LT", "existing")],
    ),
    ("Russia has 12 Su-30SM at Baranovichi.", [("aircraft", 12, 12, "BY", "existing")]),
    ("Two Il-76 landed in Minsk.", [("aircraft", 2, 2, "BY", "existing")]),
    ("The F-35 is a fifth-generation jet.", []),
    ("An F-16 crashed in Romania.", []),
    ("Two F-16 pilots trained in Romania.", []),
]


@pytest.mark.parametrize("text, expected", SINGULAR_AIRCRAFT_CODES, ids=[t[:40] for t, _ in SINGULAR_AIRCRAFT_CODES])
def test_aircraft_counted_by_the_singular_code(facts_of, text, expected):
    check(facts_of, text, expected)


# A source or a cause after "to" is no place: "according to Lithuania's intelligence service" put Russian
# troops in Lithuania.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "About 300 Russian soldiers remain in Belarus, according to Lithuania's intelligence service.",
            [("troops", 300, 300, "BY", "existing")],
        ),
        (
            "Moscow has massed more than 100,000 troops near Ukraine's borders, according to US intelligence.",
            [("troops", 100000, 100000, "around Ukraine", "existing")],
        ),
        ("Thanks to Germany, 500 more troops are in Lithuania.", [("troops", 500, 500, "LT", "existing")]),
        ("Some 500 troops were sent to Estonia, according to Britain.", [("troops", 500, 500, "EE", "existing")]),
    ],
)
def test_a_source_or_a_cause_is_no_place(facts_of, text, expected):
    check(facts_of, text, expected)


# A part of a force on its way to a place of its own: "with 1,000 going to Romania".
PARTS_ON_THEIR_WAY = [
    (
        "Washington is sending 2,000 more troops to Europe, with 1,000 going to Romania.",
        [("troops", 2000, 2000, "Europe", "planned"), ("troops", 1000, 1000, "RO", "planned")],
    ),
    (
        "The US will send 3,000 troops to Europe, including 1,700 headed for Poland.",
        [("troops", 3000, 3000, "Europe", "planned"), ("troops", 1700, 1700, "PL", "planned")],
    ),
    (
        "The US will send 3,000 troops to Europe, 1,700 of them to Poland.",
        [("troops", 3000, 3000, "Europe", "planned"), ("troops", 1700, 1700, "PL", "planned")],
    ),
    ("The plan costs 3,000 euros, with 1,000 going to salaries.", []),
]


@pytest.mark.parametrize("text, expected", PARTS_ON_THEIR_WAY, ids=[t[:40] for t, _ in PARTS_ON_THEIR_WAY])
def test_a_part_on_its_way_is_counted_where_it_goes(facts_of, text, expected):
    check(facts_of, text, expected)


# Training areas and camps of the flank the gazetteer lacked are places; a figure that "has grown" to a
# level has reached it.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Some 300 US troops are stationed in Karliki.", [("troops", 300, 300, "PL", "existing")]),
        ("About 200 Norwegian soldiers trained at Gaižiūnai.", [("troops", 200, 200, "LT", "existing")]),
        ("Some 150 British troops exercised at Nursipalu.", [("troops", 150, 150, "EE", "existing")]),
        ("Italy sent 250 soldiers to Capu Midia.", [("troops", 250, 250, "RO", "existing")]),
        ("About 100 US soldiers arrived at Tsalapitsa.", [("troops", 100, 100, "BG", "existing")]),
    ],
)
def test_training_areas_of_the_flank_are_places(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_figure_that_has_grown_has_been_reached(facts_of):
    facts = facts_of("The number of US troops in Poland has grown from 4,500 to 10,000.")
    assert ("troops", 10000, 10000, "PL", "existing") in counted(facts)


# Numbers and figures as reporting writes them: a half before its scale, a strength "put at" in a relative
# clause, a figure that "is" or "stands at" a level, "above" as an estimate; a distance is no figure.
FIGURES_AS_WRITTEN = [
    (
        "Lithuania will host two and a half thousand more German troops by the end of 2026.",
        [("troops", 2500, 2500, "LT", "planned")],
    ),
    (
        "Transnistria hosts Russian troops, whose strength Moldovan officials put at 1,500 to 1,700.",
        [("troops", 1500, 1700, "MD", "existing")],
    ),
    (
        "In 2021 there were roughly 4,500 US troops in Poland; today the figure is above 10,000.",
        [("troops", 4500, 4500, "PL", "existing"), ("troops", 10000, 10000, "PL", "existing")],
    ),
    ("The US presence in Romania stood at 4,700 in 2022.", [("troops", 4700, 4700, "RO", "existing")]),
    ("The Canadian contingent in Latvia now stands at 2,000.", [("troops", 2000, 2000, "LV", "existing")]),
    ("Above 300 soldiers arrived in Tapa.", [("troops", 300, 300, "EE", "existing")]),
    ("The garrison is 30 km from the border.", []),
]


@pytest.mark.parametrize("text, expected", FIGURES_AS_WRITTEN, ids=[t[:40] for t, _ in FIGURES_AS_WRITTEN])
def test_figures_as_written(facts_of, text, expected):
    check(facts_of, text, expected)


# Where a place lies, told in an aside, names no host; a town that opens a sentence as host is the place.
NEIGHBOURS_AND_TOWN_HOSTS = [
    ("Belarus, which borders Poland, hosts 3,000 Russian soldiers.", [("troops", 3000, 3000, "BY", "existing")]),
    (
        "Kaliningrad, the Russian exclave wedged between Poland and Lithuania, hosts an estimated 18,000 Russian"
        " soldiers.",
        [("troops", 18000, 18000, "RU", "existing")],
    ),
    ("Constanta hosts 300 US sailors.", [("troops", 300, 300, "RO", "existing")]),
    (
        "Moldova fears for its security, while neighbouring Romania now hosts 4,000 NATO soldiers.",
        [("troops", 4000, 4000, "RO", "existing")],
    ),
    ("Poland hosts 10,000 US troops.", [("troops", 10000, 10000, "PL", "existing")]),
]


@pytest.mark.parametrize(
    "text, expected", NEIGHBOURS_AND_TOWN_HOSTS, ids=[t[:40] for t, _ in NEIGHBOURS_AND_TOWN_HOSTS]
)
def test_neighbours_in_an_aside_are_no_hosts(facts_of, text, expected):
    check(facts_of, text, expected)


# Counts that are no force: weapons pledged to Ukraine, an exercise's total by its name, what is left of a
# drone or one that crashed, police officers.
NO_FORCE_COUNTED = [
    "The Netherlands pledged 24 F-16s to Ukraine; the last of them were handed over in 2025.",
    "Germany promised 18 Leopard tanks to Ukraine.",
    "Steadfast Defender 2024 involved about 90,000 troops from 31 allies and Sweden.",
    "Fragments of a Russian drone were found in a field near Galati.",
    "The wreckage of two Russian drones was found near Galati.",
    "Two Russian drones crashed near Galati.",
    "Germany sent 20 police officers to Lithuania.",
]


@pytest.mark.parametrize("text", NO_FORCE_COUNTED, ids=[t[:40] for t in NO_FORCE_COUNTED])
def test_counts_that_are_no_force(facts_of, text):
    assert counted(facts_of(text)) == []


def test_a_pledge_of_troops_to_an_ally_is_still_a_plan(facts_of):
    assert counted(facts_of("Germany pledged 300 troops to Lithuania.")) == [("troops", 300, 300, "LT", "planned")]


# Where a statement is tabled or made, and a country that owns the body that speaks, are no places.
SPEAKERS_AND_VENUES = [
    (
        "At least 1,000 American soldiers remain in Romania, the US embassy in Bucharest said.",
        [("troops", 1000, 1000, "RO", "existing")],
    ),
    (
        "About 300 British troops are in Estonia, the UK defence ministry said.",
        [("troops", 300, 300, "EE", "existing")],
    ),
    ("About 300 US troops arrived in Poland, US officials said.", [("troops", 300, 300, "PL", "existing")]),
]


@pytest.mark.parametrize("text, expected", SPEAKERS_AND_VENUES, ids=[t[:40] for t, _ in SPEAKERS_AND_VENUES])
def test_the_country_of_a_body_that_speaks_is_no_place(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_parliament_where_an_answer_is_tabled_is_no_site(facts_of):
    facts = facts_of(
        "Fewer than 150 Slovenian soldiers serve with the multinational battlegroup in Slovakia, according to a"
        " written answer tabled in the National Assembly in Ljubljana."
    )
    assert {f.country_code for f in facts} == {"SK"}


# Where most of a total placed before are is a part's place; a formation's headquarters named in passing
# is its home, one "to be headquartered" somewhere is a site; the airport guarded is the one named before;
# a staff that works from a port is there; a contingent grown to a level counts that level.
PARTS_HOMES_AND_LEVELS = [
    (
        "In the Baltic states we maintain a presence of about 1,000 soldiers, mostly in Lithuania.",
        [("troops", 1000, 1000, "Baltic states", "existing")],
    ),
    ("Some 1,000 US soldiers are in Poland, mostly in Orzysz.", [("troops", 1000, 1000, "PL", "existing")]),
    (
        "Germany will station two Patriot batteries at Rzeszow airport in Poland. The batteries come from a wing"
        " headquartered in Husum on Germany's North Sea coast. Norway, which has guarded the airport with a NASAMS"
        " unit and some 100 troops since spring, is staying until March.",
        [
            ("batteries", 2, 2, "PL", "planned"),
            ("batteries", 1, 1, "PL", "existing"),
            ("troops", 100, 100, "PL", "existing"),
        ],
    ),
    (
        "An additional brigade would be headquartered in Romania, bringing some 3,000 troops.",
        [("troops", 3000, 3000, "RO", "planned")],
    ),
    ("A staff of about 40 officers will work from Constanța.", [("troops", 40, 40, "RO", "planned")]),
    (
        "Canada pledged to grow its contingent in Latvia to as many as 2,200.",
        [("troops", 2200, 2200, "LV", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", PARTS_HOMES_AND_LEVELS, ids=[t[:40] for t, _ in PARTS_HOMES_AND_LEVELS])
def test_parts_homes_airports_and_levels(facts_of, text, expected):
    check(facts_of, text, expected)


# Participles that describe one noun; an exercise's total in translated word order, whose site is the scene
# of the contingents counted next; the people a post will employ.
EXERCISES_AND_EMPLOYERS = [
    (
        "The US will send more than 1,500 tracked and wheeled vehicles to Poland.",
        [("vehicles", 1500, 1500, "PL", "planned")],
    ),
    (
        "The US sent 300 soldiers and armoured vehicles to Poland.",
        [("troops", 300, 300, "PL", "existing")],
    ),
    (
        "On the military training area Lešť began on Monday the exercise Slovak Shield 2024, in which take part"
        " altogether 2 500 soldiers from Slovakia and allied countries. The exercise lasts until 31 May.\n\nFrom"
        " abroad arrived 450 members of the US Army and approximately 200 Slovenian soldiers.",
        [("troops", 450, 450, "SK", "existing"), ("troops", 200, 200, "SK", "existing")],
    ),
    (
        "In the exercise Strike Back on the training ground, which begins on Monday, will take part in total 3,5"
        " thousand military.",
        [],
    ),
    (
        "The new headquarters in Mikkeli will employ about 100 people.",
        [("troops", 100, 100, "FI", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", EXERCISES_AND_EMPLOYERS, ids=[t[:40] for t, _ in EXERCISES_AND_EMPLOYERS])
def test_exercises_in_translated_order_and_posts_that_employ(facts_of, text, expected):
    check(facts_of, text, expected)


# The forces a speaker holds at the place that opens the sentence, with a definite part named after; the
# number of people who are no force; the formation troops are drawn from; a hypothesis priced.
HELD_PARTS_AND_HYPOTHESES = [
    (
        "Today there are 100,000 US troops in Europe. In Poland alone we have roughly 10,000, including the"
        " forward command post of V Corps in Poznań.",
        [("troops", 100000, 100000, "Europe", "existing"), ("troops", 10000, 10000, "PL", "existing")],
    ),
    ("Minsk had earlier put the number of participants at about 13,000.", []),
    (
        "About 300 British troops, drawn from a Yorkshire-based infantry battalion, will fly to Estonia.",
        [("troops", 300, 300, "EE", "planned")],
    ),
    ("A permanent armoured brigade at Powidz would cost less than a single year of rotating units.", []),
]


@pytest.mark.parametrize(
    "text, expected", HELD_PARTS_AND_HYPOTHESES, ids=[t[:40] for t, _ in HELD_PARTS_AND_HYPOTHESES]
)
def test_held_forces_parts_sources_and_hypotheses(facts_of, text, expected):
    check(facts_of, text, expected)


# A withdrawal named as a time dates a count, it does not withdraw it; forces returning to their bases or
# leaving the regions they massed in are withdrawn.
WITHDRAWALS_AS_TIMES_AND_RETURNS = [
    (
        "At least 1,000 American soldiers remain in Romania after the drawdown.",
        [("troops", 1000, 1000, "RO", "existing")],
    ),
    (
        "After the withdrawal of 3,000 US troops from Romania, about 1,000 remain.",
        [("troops", 3000, 3000, "RO", "withdrawn")],
    ),
    (
        "Russia said 10,000 troops had finished drills in Belarus and were returning to their bases.",
        [("troops", 10000, 10000, "BY", "withdrawn")],
    ),
    (
        "Russia said 10,000 troops were leaving the regions bordering Ukraine.",
        [("troops", 10000, 10000, "", "withdrawn")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", WITHDRAWALS_AS_TIMES_AND_RETURNS, ids=[t[:40] for t, _ in WITHDRAWALS_AS_TIMES_AND_RETURNS]
)
def test_withdrawals_as_times_and_returns_to_base(facts_of, text, expected):
    check(facts_of, text, expected)


# Words of units and numbers that translated and specialist copy use: aircraft by their names in service,
# "fighters" at an air base, aircrew, "ca." and "circa", "reposition", Russian Karelia.
NAMES_IN_SERVICE = [
    ("A detachment of two Reapers operates from Łask.", [("aircraft", 2, 2, "PL", "existing")]),
    (
        "Canada sent two Auroras and 60 aircrew to Ämari.",
        [("aircraft", 2, 2, "EE", "existing"), ("troops", 60, 60, "EE", "existing")],
    ),
    ("Hungary has deployed four fighters to Šiauliai.", [("aircraft", 4, 4, "LT", "existing")]),
    ("About 2,000 Wagner fighters moved to Belarus.", [("troops", 2000, 2000, "BY", "existing")]),
    ("Slovakia sent cca. 150 soldiers to Latvia.", [("troops", 150, 150, "LV", "existing")]),
    (
        "Some 450 troops now based at Grafenwoehr will reposition to Slovakia next week.",
        [("troops", 450, 450, "SK", "planned")],
    ),
    ("Russia has moved 500 troops to Karelia.", [("troops", 500, 500, "RU", "existing")]),
]


@pytest.mark.parametrize("text, expected", NAMES_IN_SERVICE, ids=[t[:40] for t, _ in NAMES_IN_SERVICE])
def test_names_in_service_and_translated_words(facts_of, text, expected):
    check(facts_of, text, expected)


def test_circa_is_an_estimate_and_ends_no_sentence(facts_of):
    facts = facts_of("Norway's share of the Rukla contingent is ca. 180 soldiers.")
    counted_facts = [f for f in facts if f.quantity_low]
    assert [(f.quantity_low, f.approx) for f in counted_facts] == [(180, True)]
    assert counted_facts[0].quote.startswith("Norway")


# Numbers that count no force deployed: a camp's capacity, the paperwork of a sale, a time before a unit, a
# recommendation.
NO_FORCE_NUMBERS = [
    "Lithuania is building a camp capable of housing 4,000 German soldiers.",
    "The new barracks at Powidz can take up to 2,000 US soldiers.",
    "Slovakia has signed an LOA for 14 F-16 aircraft.",
    "The committee urges the government to station an extra mechanised battalion in Latvia.",
]


@pytest.mark.parametrize("text", NO_FORCE_NUMBERS, ids=[t[:40] for t in NO_FORCE_NUMBERS])
def test_numbers_that_count_no_force_deployed(facts_of, text):
    assert counted(facts_of(text)) == []


def test_a_time_before_a_unit_is_no_count(facts_of):
    assert all(f.quantity_low is None for f in facts_of("Within 20 minutes Polish MiG-29s were over the border."))


# A mission completed or a rotation ended is over; a strength being restored is a goal.
ENDED_AND_RESTORED = [
    (
        "The French contingent has completed its mission in Estonia, where some 300 soldiers served for eight months.",
        [("troops", 300, 300, "EE", "withdrawn")],
    ),
    (
        "The motor-rifle brigade at Luga is being restored to some 4,000 men.",
        [("troops", 4000, 4000, "RU", "planned")],
    ),
    (
        "Moscow is refilling the 6th Army at Kamenka toward a target of 12,000 soldiers.",
        [("troops", 12000, 12000, "RU", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", ENDED_AND_RESTORED, ids=[t[:40] for t, _ in ENDED_AND_RESTORED])
def test_missions_ended_and_strengths_restored(facts_of, text, expected):
    check(facts_of, text, expected)


# A relative clause on the forces counted tells what they will do; its places do not move them from the place
# the main clause gave them.
def test_a_relative_clause_does_not_move_a_count_from_its_place(facts_of):
    text = (
        "Until the end of the month in Romania will arrive another 2.500 soldiers from France, Belgium and"
        " Luxembourg, who will take part in the largest exercise organised by France on the eastern flank."
    )
    assert counted(facts_of(text)) == [("troops", 2500, 2500, "RO", "planned")]


def test_a_relative_clause_places_a_count_with_no_place_before(facts_of):
    assert counted(facts_of("Some 2,000 soldiers, who will be stationed in Romania, left Germany.")) == [
        ("troops", 2000, 2000, "RO", "existing")
    ]


# A briefing's list: a total with "c." and the nations' shares in brackets; a host that "also hosts".
BRACKETED_SHARES = [
    (
        "Romania: French-led battlegroup at Cincu, c. 1,500 (France about 1,000; Belgium, Luxembourg and others"
        " the rest).",
        [("troops", 1500, 1500, "RO", "existing"), ("troops", 1000, 1000, "RO", "existing")],
    ),
    ("Rukla also hosts 180 Norwegian troops.", [("troops", 180, 180, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", BRACKETED_SHARES, ids=[t[:40] for t, _ in BRACKETED_SHARES])
def test_shares_in_brackets_and_hosts_that_also_host(facts_of, text, expected):
    check(facts_of, text, expected)


# A designator's number is no count; a capacity to send is no deployment; stocks for a formation are not
# the formation; machines handed over are no force there; an airspace entered is an incursion.
DESIGNATORS_CAPACITIES_STOCKS = [
    (
        "A Hungarian Air Force JAS 39 Gripen lands at Šiauliai air base, Lithuania, on Monday.",
        [("aircraft", 1, 1, "LT", "existing")],
    ),
    ("The French Army tests its capacity to send quickly a whole brigade to Romania.", []),
    ("In Powidz is being built a warehouse complex for equipment of an armoured brigade.", []),
    ("Of them, the first 8 vehicles were handed over in Örnsköldsvik in 2025.", []),
    ("Estonia says three Russian MiG-31 fighters entered its airspace near Vaindloo island.", []),
    (
        "Four Polish F-16 fighters handed over the air policing mission at Šiauliai to a Portuguese detachment.",
        [("aircraft", 4, 4, "LT", "existing"), ("other:detachment", 1, 1, "LT", "existing")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", DESIGNATORS_CAPACITIES_STOCKS, ids=[t[:40] for t, _ in DESIGNATORS_CAPACITIES_STOCKS]
)
def test_designators_capacities_stocks_and_handovers(facts_of, text, expected):
    check(facts_of, text, expected)


# Translated word order names the kind of place before the place; leaving the camp the story is at is a
# withdrawal from it.
KINDS_BEFORE_NAMES = [
    ("Some 300 Dutch soldiers serve at the training area Nowa Dęba.", [("troops", 300, 300, "PL", "existing")]),
    ("Some 300 Dutch soldiers serve at the garrison Pabrade near Vilnius.", [("troops", 300, 300, "LT", "existing")]),
    (
        "At the garrison Pabrade near Vilnius the Dutch rotation has ended. Roughly 250 soldiers left the camp last"
        " week.",
        [("troops", 250, 250, "LT", "withdrawn")],
    ),
]


@pytest.mark.parametrize("text, expected", KINDS_BEFORE_NAMES, ids=[t[:40] for t, _ in KINDS_BEFORE_NAMES])
def test_the_kind_of_place_before_its_name(facts_of, text, expected):
    check(facts_of, text, expected)


# One unit sent to a region in a move of its own is there, not in the country the sentence named first.
def test_one_unit_sent_to_a_region_of_its_own_stays_there(facts_of):
    assert counted(facts_of("Sweden is committing three Gripens to Poland and one corvette to the Baltic Sea.")) == [
        ("aircraft", 3, 3, "PL", "existing"),
        ("warships", 1, 1, "Baltic Sea", "existing"),
    ]


# A bare count borrows the noun of the last count with a number, not that of "a battery" named between.
def test_a_bare_count_borrows_the_last_numbered_noun(facts_of):
    facts = facts_of(
        "Italy has 750 soldiers in Bulgaria with an air-defence battery at Novo Selo, and 50 at the corps"
        " headquarters in Szczecin."
    )
    assert ("troops", 50, 50, "PL", "existing") in counted(facts)


# Classes of blind7's held-out half, as a helper described them, in sentences of our own.
SCENES_INCIDENTS_AND_PARTS = [
    (
        "Paide, Estonia, hosts the allied battlegroup. The Danish contingent, about 200 soldiers, flew here from"
        " Norway.",
        [("troops", 200, 200, "EE", "existing")],
    ),
    (
        "A new NATO air-defence operation will cover the eastern flank, following the drone incident in Latvia"
        " last week. Offers on the table: Spain, two Eurofighters; Italy, four F-35s.",
        [("aircraft", 2, 2, "eastern flank", "planned"), ("aircraft", 4, 4, "eastern flank", "planned")],
    ),
    ("Elements of a Dutch battalion are in Lithuania.", []),
    ("A first Dutch contingent will arrive in Lithuania in 2026.", []),
    ("The 150 Danish soldiers in Paide are being relieved this month.", [("troops", 150, 150, "EE", "withdrawn")]),
    ("Roughly 400 Spanish missile defenders are posted in Daugavpils.", [("troops", 400, 400, "LV", "existing")]),
    ("About 60 Norwegian radar operators are at Lielvarde.", [("troops", 60, 60, "LV", "existing")]),
    ("Germany sent an IRIS-T SLM to Poland.", [("batteries", 1, 1, "PL", "existing")]),
    ("Compared with the 1980s, when the Warsaw Pact had maybe 50 divisions in East Germany, this is small.", []),
]


@pytest.mark.parametrize(
    "text, expected", SCENES_INCIDENTS_AND_PARTS, ids=[t[:40] for t, _ in SCENES_INCIDENTS_AND_PARTS]
)
def test_scenes_incidents_parts_and_reliefs(facts_of, text, expected):
    check(facts_of, text, expected)


# A nation that commands or heads after a fronted host is the subject, not a second place; a host "is to
# receive"; a formation referred to is made up of so many persons.
COMMANDERS_RECEIVERS_AND_PERSONS = [
    ("In Romania, France commands a battlegroup.", [("battlegroups", 1, 1, "RO", "existing")]),
    ("Belarus is to receive a Russian air-defence regiment.", [("regiments", 1, 1, "BY", "planned")]),
    ("Romania is to receive 1,000 more US troops.", [("troops", 1000, 1000, "RO", "planned")]),
    (
        "The battlegroup arrived in Slovakia. It is made up of roughly 900 persons.",
        [("troops", 900, 900, "SK", "existing")],
    ),
    ("Tallinn is a city of 450,000 people.", []),
]


@pytest.mark.parametrize(
    "text, expected", COMMANDERS_RECEIVERS_AND_PERSONS, ids=[t[:40] for t, _ in COMMANDERS_RECEIVERS_AND_PERSONS]
)
def test_commanders_receivers_and_persons(facts_of, text, expected):
    check(facts_of, text, expected)


# Counter-examples from the review of round 7 (a helper's sentences, old parser beside new): each rule keeps
# to its class.
REVIEWED_ROUND_7 = [
    (
        "After a drone crashed near Galati in Romania, the US sent two more F-16s to the Romanian base at Fetesti.",
        [("aircraft", 2, 2, "RO", "existing")],
    ),
    (
        "Some 200 US military police officers are deployed at Camp Herkus in Lithuania.",
        [("troops", 200, 200, "LT", "existing")],
    ),
    (
        "In the exercise Saber Strike will take part also 1 500 soldiers from the USA in Lithuania.",
        [("troops", 1500, 1500, "LT", "planned")],
    ),
    ("US to send 300 more troops to Latvia officials say", [("troops", 300, 300, "LV", "planned")]),
    ("A Eurofighter pilot from Italy described the mission over Poland as routine.", []),
    ("Ornithologists counted 40 raptors near the runway at Amari air base in Estonia.", []),
    (
        "The 200 Dutch soldiers who served at Rukla last year are now back in Lithuania for a second rotation.",
        [("troops", 200, 200, "LT", "existing")],
    ),
    (
        "Some 200 US soldiers left the camp to patrol the border zone in Lithuania alongside local troops.",
        [("troops", 200, 200, "LT", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_7, ids=[t[:40] for t, _ in REVIEWED_ROUND_7])
def test_counter_examples_from_the_review_of_round_seven(facts_of, text, expected):
    check(facts_of, text, expected)


# A part of the force counted before that serves, works or operates at a place of its own.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "About 100,000 US troops are in Europe; some 9,000 of them serve on NATO's eastern flank.",
            [("troops", 100000, 100000, "Europe", "existing"), ("troops", 9000, 9000, "eastern flank", "existing")],
        ),
        (
            "About 1,000 German soldiers are in Lithuania, 300 of them serve at Rukla.",
            [("troops", 1000, 1000, "LT", "existing"), ("troops", 300, 300, "LT", "existing")],
        ),
    ],
)
def test_a_part_that_serves_at_a_place_of_its_own(facts_of, text, expected):
    check(facts_of, text, expected)


# A formation by its number and name ("the 45th Panzer Brigade") is one force with no count (CONVENTIONS:
# a definite reference), a fact where nothing else in its sentence is counted; not the parent or possessor
# of the unit that moves, nor a formation someone served with or commands.
NAMED_FORMATIONS = [
    (
        "The 1st Armored Brigade Combat Team of the US Army arrived in Poland last week.",
        [("brigades", "PL", "existing")],
    ),
    ("Germany's 45th Panzer Brigade will move to Lithuania in 2025.", [("brigades", "LT", "planned")]),
    (
        "The 2nd Brigade Combat Team of the 101st Airborne Division deployed to Romania.",
        [("brigades", "RO", "existing")],
    ),
    ("The 4th Infantry Division's 3rd Armored Brigade reached Bulgaria on Monday.", [("brigades", "BG", "existing")]),
    ("Soldiers of the 173rd Airborne Brigade landed in Latvia.", [("troops", "LV", "existing")]),
    (
        "The Pentagon will send the 1st Brigade of the 82nd Airborne Division to Lithuania, along with 400 support"
        " troops.",
        [("brigades", "LT", "planned"), ("troops", "LT", "planned")],
    ),
    ("He served with the 2nd Cavalry Regiment in Iraq.", []),
    ("The commander of the 173rd Airborne Brigade spoke in Vicenza.", []),
    ("The Multinational Corps Northeast is headquartered in Szczecin.", []),
]


@pytest.mark.parametrize("text, expected", NAMED_FORMATIONS, ids=[t[:40] for t, _ in NAMED_FORMATIONS])
def test_a_formation_named_with_no_count(facts_of, text, expected):
    assert sorted((f.unit, where_of(f), f.status) for f in facts_of(text)) == sorted(expected)


def test_a_formation_named_beside_a_headcount_does_not_take_its_force_or_place(facts_of):
    facts = facts_of("Some 300 soldiers of the 2nd Cavalry Regiment, based in Vilseck, Germany, are now in Lithuania.")
    assert [(f.force, f.unit, f.quantity_low, where_of(f)) for f in facts] == [("US", "troops", 300, "LT")]


# A home in an apposition ("based in Vilseck, Germany,") is no site when the predicate places the force.
HOMES_IN_APPOSITION = [
    (
        "Some 300 US soldiers, based in Vilseck, Germany, now serve in Lithuania.",
        [("troops", 300, 300, "LT", "existing")],
    ),
    (
        "About 150 Czech soldiers, based in Chrudim, guard the airfield at Siauliai.",
        [("troops", 150, 150, "LT", "existing")],
    ),
    (
        "Some 300 US soldiers, based in Vilseck in Bavaria, train with Polish troops.",
        [("troops", 300, 300, "DE", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", HOMES_IN_APPOSITION, ids=[t[:40] for t, _ in HOMES_IN_APPOSITION])
def test_a_home_in_an_apposition_is_no_site_when_the_predicate_places(facts_of, text, expected):
    check(facts_of, text, expected)


# A subject's predicate after an aside of several pieces or a relative clause keeps its tense; a mission
# ended where it was is a withdrawal from there, not a move to it.
LONG_ASIDES = [
    (
        "A brigade of the U.S. Army, from Fort Carson, Colorado, will be based at Novo Selo.",
        [("brigades", 1, 1, "BG", "planned")],
    ),
    (
        "A company of 150 Canadian troops, which has been in Latvia since March, will return home in June.",
        [("troops", 150, 150, "LV", "withdrawn")],
    ),
    ("Britain, which has 900 troops in Estonia, will send more.", [("troops", 900, 900, "EE", "existing")]),
    ("A Spanish battery ended its six-month deployment to Latvia.", [("batteries", 1, 1, "LV", "withdrawn")]),
    ("Two Dutch F-35s ended their mission in Poland and flew to Estonia.", [("aircraft", 2, 2, "EE", "existing")]),
]


@pytest.mark.parametrize("text, expected", LONG_ASIDES, ids=[t[:40] for t, _ in LONG_ASIDES])
def test_a_predicate_after_a_long_aside_and_a_mission_ended(facts_of, text, expected):
    check(facts_of, text, expected)


# A gapped item counted in words ("..., Portugal one") is a nation with its count, not a place of the list.
GAPPED_WORD_COUNTS = [
    (
        "Spain sent two frigates to the Black Sea and Portugal one.",
        [("warships", 2, 2, "Black Sea region", "existing"), ("warships", 1, 1, "Black Sea region", "existing")],
    ),
    (
        "Spain will send two frigates to the Baltic Sea, Portugal one and Italy three.",
        [
            ("warships", 2, 2, "Baltic Sea", "planned"),
            ("warships", 1, 1, "Baltic Sea", "planned"),
            ("warships", 3, 3, "Baltic Sea", "planned"),
        ],
    ),
    (
        "The Netherlands sent four F-35s to Poland and Belgium two.",
        [("aircraft", 4, 4, "PL", "existing"), ("aircraft", 2, 2, "PL", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", GAPPED_WORD_COUNTS, ids=[t[:40] for t, _ in GAPPED_WORD_COUNTS])
def test_a_gapped_item_counted_in_words(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_time_in_words_after_a_list_is_no_gapped_item(facts_of):
    facts = facts_of("Troops went to Poland and Lithuania one month later.")
    assert sorted(where_of(f) for f in facts) == ["LT", "PL"]


# An answer's bare count counts what the "how many" question before it asked for, there, in its tense.
ANSWERS = [
    (
        "Q: How many American soldiers are in Romania now?\nA: About 1,500, most of them at Mihail Kogalniceanu.",
        [("troops", 1500, 1500, "RO", "existing")],
    ),
    (
        "How many British troops are in Estonia? Roughly 900, the minister said.",
        [("troops", 900, 900, "EE", "existing")],
    ),
    (
        "REPORTER: How many jets will Italy send to Poland? MINISTER: Four, from next month.",
        [("aircraft", 4, 4, "PL", "planned")],
    ),
    ("How many troops has Canada withdrawn from Latvia? About 300.", [("troops", 300, 300, "LV", "withdrawn")]),
    # (an answer that does not open on its count, or a count after another sentence, answers nothing)
    ("How many troops does Russia have near the border? Nobody knows. 100,000, perhaps.", []),
    ("How many Danish soldiers are in Latvia? The ministry would not say; 2024 was a record year.", []),
]


@pytest.mark.parametrize("text, expected", ANSWERS, ids=[t[:40] for t, _ in ANSWERS])
def test_an_answer_counts_what_the_question_asked(facts_of, text, expected):
    check(facts_of, text, expected)


# The items of a list before its verb share its tense ("Four F-16s, two tankers and 150 airmen will
# deploy"); tankers among aircraft are aircraft. An apposition or a phrase after "with" is no list item.
LIST_TENSES = [
    (
        "Four F-16s, two tankers and 150 airmen will deploy to Romania in May.",
        [
            ("aircraft", 4, 4, "RO", "planned"),
            ("aircraft", 2, 2, "RO", "planned"),
            ("troops", 150, 150, "RO", "planned"),
        ],
    ),
    (
        "Three frigates, a supply ship and 600 sailors from Italy are due in the Baltic Sea next month.",
        [
            ("warships", 3, 3, "Baltic Sea", "planned"),
            ("warships", 1, 1, "Baltic Sea", "planned"),
            ("troops", 600, 600, "Baltic Sea", "planned"),
        ],
    ),
    (
        "Two tankers and six Typhoons landed in Poland.",
        [("aircraft", 2, 2, "PL", "existing"), ("aircraft", 6, 6, "PL", "existing")],
    ),
    ("Russia moved two oil tankers and four jets to Kaliningrad.", [("aircraft", 4, 4, "RU", "existing")]),
    (
        "Together with the 300 Dutch soldiers, 200 Belgians will train in Lithuania.",
        [("troops", 300, 300, "LT", "existing"), ("troops", 200, 200, "LT", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", LIST_TENSES, ids=[t[:40] for t, _ in LIST_TENSES])
def test_the_items_of_a_list_share_its_tense(facts_of, text, expected):
    check(facts_of, text, expected)


# A nation's bare count after an aside on it, or with "there"; "the number is" restates a count at its place.
BARE_NATION_COUNTS = [
    ("Germany, which leads in Lithuania, has 1,500 there.", [("troops", 1500, 1500, "LT", "existing")]),
    ("Germany, the lead nation, keeps about 1,500 in Lithuania.", [("troops", 1500, 1500, "LT", "existing")]),
    ("Germany leads in Lithuania. Germany has 1,500 there.", [("troops", 1500, 1500, "LT", "existing")]),
    (
        "Around 3,000 US soldiers are in Romania. In Bulgaria, the number is about 150.",
        [("troops", 3000, 3000, "RO", "existing"), ("troops", 150, 150, "BG", "existing")],
    ),
    ("The number of battlegroups is eight.", []),
    ("By 5 there were 300 troops in Latvia.", [("troops", 300, 300, "LV", "existing")]),
]


@pytest.mark.parametrize("text, expected", BARE_NATION_COUNTS, ids=[t[:40] for t, _ in BARE_NATION_COUNTS])
def test_a_nations_bare_count_after_an_aside_or_with_there(facts_of, text, expected):
    check(facts_of, text, expected)


# "the country" is the host the sentence named before it when the story is about the sender; "its own"
# forces are those of the nation the sentence opens on.
THE_COUNTRY_AND_ITS_OWN = [
    (
        "The United States will pull a brigade out of Romania, leaving about 1,000 American troops in the country."
        " The unit will return to Fort Campbell.",
        [("brigades", 1, 1, "RO", "withdrawn"), ("troops", 1000, 1000, "RO", "existing")],
    ),
    (
        "Latvia said the 1,500 Canadians already in the country would be joined by 1,000 of its own troops.",
        [("troops", 1500, 1500, "LV", "existing")],
    ),
    (
        "Romania, which has 3,000 US troops on its soil, plans to add 5,000 of its own soldiers.",
        [("troops", 3000, 3000, "RO", "existing")],
    ),
    ("The US will send 2,000 of its own soldiers to Poland.", [("troops", 2000, 2000, "PL", "planned")]),
]


@pytest.mark.parametrize("text, expected", THE_COUNTRY_AND_ITS_OWN, ids=[t[:40] for t, _ in THE_COUNTRY_AND_ITS_OWN])
def test_the_country_named_before_and_the_openers_own_forces(facts_of, text, expected):
    check(facts_of, text, expected)


# A force's figure after "put ... at" is its count (one fact); an incursion by the airspace it enters is none;
# fighters over the skies are aircraft.
PUT_AT_AND_INCURSIONS = [
    (
        "Officials in Tallinn put the British contingent in Estonia at around 900.",
        [("troops", 900, 900, "EE", "existing")],
    ),
    (
        "In Kaliningrad, where Western estimates put Russian ground troops at around 25,000, little has changed.",
        [("troops", 25000, 25000, "RU", "existing")],
    ),
    ("The Polish government says 19 drones entered Polish airspace on Wednesday night.", []),
    ("Two Russian jets crossed into Estonian airspace near Vaindloo.", []),
    ("Four Dutch F-35s patrol Polish airspace from Malbork.", [("aircraft", 4, 4, "PL", "existing")]),
    ("In all, 16 allied fighters now guard the skies over Lithuania.", [("aircraft", 16, 16, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", PUT_AT_AND_INCURSIONS, ids=[t[:40] for t, _ in PUT_AT_AND_INCURSIONS])
def test_figures_put_at_incursions_and_fighters_in_the_skies(facts_of, text, expected):
    check(facts_of, text, expected)


# A count that opens a clause of its own takes that clause's place ("..., while about 300 would set up a
# headquarters in Germany"), and the headquarters it sets up is the same force; a correction's withdrawn
# figure states nothing; a facility's first word is no town ("Naval", Spain).
OWN_CLAUSES_AND_CORRECTIONS = [
    (
        "Some 1,700 soldiers would go to Poland, while about 300 from the XVIII Airborne Corps would set up a"
        " joint task force headquarters in Germany.",
        [("troops", 1700, 1700, "PL", "planned"), ("troops", 300, 300, "DE", "planned")],
    ),
    ("Correction: An earlier version of this story said the ceiling was 600 soldiers in Slovakia.", []),
    (
        "The US Navy has 200 personnel at Naval Support Facility Redzikowo.",
        [("troops", 200, 200, "PL", "existing")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", OWN_CLAUSES_AND_CORRECTIONS, ids=[t[:40] for t, _ in OWN_CLAUSES_AND_CORRECTIONS]
)
def test_a_clause_of_its_own_a_correction_and_a_facility(facts_of, text, expected):
    check(facts_of, text, expected)


# Estimates by any verb, watchers who only watch, strengths reached; no force in stocks for a force, a
# wartime strength, or a count whose sentence tells of a war's dead in a relative clause after it.
ESTIMATES_STOCKS_AND_WARTIME = [
    (
        "Wagner fighters moved into Belarus in July. The Belarusian monitoring group Hajun has estimated their"
        " number at around 4,000, most of them at a camp near Asipovichy.",
        [("troops", 4000, 4000, "BY", "existing")],
    ),
    ("The US keeps equipment in caves in central Norway, stocked for a force of about 15,000 Marines.", []),
    ("Finland has its own army: it can field about 280,000 troops in wartime.", []),
    (
        "The battlegroup, to be based at Lest in Slovakia, is expected to reach a total strength of about 2,100.",
        [("troops", 2100, 2100, "SK", "planned")],
    ),
    (
        "Russia keeps some 1,500 soldiers in Transnistria, a presence dating back to the 1992 war, in which about"
        " 1,000 people were killed.",
        [("troops", 1500, 1500, "MD", "existing")],
    ),
    (
        "Equipment for 4,000 German troops will be shipped to Klaipeda and then sent by rail to Rudninkai.",
        [("troops", 4000, 4000, "LT", "planned")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", ESTIMATES_STOCKS_AND_WARTIME, ids=[t[:40] for t, _ in ESTIMATES_STOCKS_AND_WARTIME]
)
def test_estimates_stocks_wartime_strengths_and_wars_dead(facts_of, text, expected):
    check(facts_of, text, expected)


# In a story about an exercise, what "is involved" or "takes part" with no nation of its own is its total,
# though the sentence does not name the exercise again; a contingent that came for it is a deployment.
EXERCISE_STORIES = [
    (
        "NATO's largest exercise since the Cold War began on Monday. More than 50 ships, over 80 fighter jets"
        " and at least 1,100 combat vehicles are involved.",
        [],
    ),
    ("The drills start in Belarus on Friday. Moscow says 200,000 troops will be involved across both countries.", []),
    (
        "Around 90,000 personnel from all 31 allies and Sweden will take part in Steadfast Defender, the"
        " alliance's biggest exercise in decades.",
        [],
    ),
    (
        "The exercise starts next week. About 1,000 Spanish soldiers arrived in Latvia and will take part.",
        [("troops", 1000, 1000, "LV", "existing")],
    ),
    (
        "Zapad began on Friday. Russia brought 30,000 troops into Belarus; many of them took part.",
        [("troops", 30000, 30000, "BY", "existing")],
    ),
    ("About 300 Dutch troops are involved in the NATO mission in Lithuania.", [("troops", 300, 300, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", EXERCISE_STORIES, ids=[t[:40] for t, _ in EXERCISE_STORIES])
def test_an_exercises_participants_named_later(facts_of, text, expected):
    check(facts_of, text, expected)


# A fact box's lines and headlines labelled by a host of the flank ("- Latvia: roughly 4,000, Canada-led")
# place their counts there; a contributor's label ("- Spain: 600") names the force; a heading is no place.
FACT_BOX_LINES = [
    (
        "Forward land forces, March 2024\n\n- Estonia: about 2,200 troops, UK-led\n- Latvia: roughly 4,000,"
        " Canada-led\n- Lithuania: c. 1,600, Germany-led\n",
        [
            ("troops", 2200, 2200, "EE", "existing"),
            ("troops", 4000, 4000, "LV", "existing"),
            ("troops", 1600, 1600, "LT", "existing"),
        ],
    ),
    (
        "Contributions to the battlegroup:\n- Canada: about 1,000 troops\n- Spain: 600\n",
        [
            ("troops", 1000, 1000, "", "existing"),
            ("troops", 600, 600, "", "existing"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", FACT_BOX_LINES, ids=[t[:40] for t, _ in FACT_BOX_LINES])
def test_a_fact_boxs_labelled_lines(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_labelled_line_names_its_lead_nation_and_a_heading_no_place(facts_of):
    box = facts_of("- Romania: about 2,000, France-led\n")
    assert [(f.force, f.quantity_low, where_of(f)) for f in box] == [("NATO (France-led)", 2000, "RO")]
    assert facts_of("Estonia: Armed Forces\n") == []


# A host with an adverb before its verb ("Latvia alone now hosts") is still the host; a commitment to keep
# a level is a plan.
HOSTS_AND_COMMITMENTS = [
    ("Latvia alone now hosts some 4,000 allied soldiers.", [("troops", 4000, 4000, "LV", "existing")]),
    (
        "Canada has committed to keep up to 2,200 personnel in Latvia by 2026.",
        [("troops", 2200, 2200, "LV", "planned")],
    ),
    ("Germany will keep about 1,000 troops in Lithuania.", [("troops", 1000, 1000, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", HOSTS_AND_COMMITMENTS, ids=[t[:40] for t, _ in HOSTS_AND_COMMITMENTS])
def test_hosts_with_adverbs_and_commitments_to_keep(facts_of, text, expected):
    check(facts_of, text, expected)


# A span across the flank ("from Estonia to Bulgaria", "from the Baltic to the Black Sea") names the flank,
# also after a verb of extent; only a relative clause's span describes a kind of force.
FLANK_SPANS = [
    (
        "NATO has eight multinational battlegroups from Estonia to Bulgaria.",
        [("battlegroups", 8, 8, "eastern flank", "existing")],
    ),
    (
        "Eight multinational battlegroups now run from the Baltic to the Black Sea.",
        [("battlegroups", 8, 8, "eastern flank", "existing")],
    ),
    ("The convoy of 300 vehicles moved from Poland to Lithuania.", [("vehicles", 300, 300, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", FLANK_SPANS, ids=[t[:40] for t, _ in FLANK_SPANS])
def test_a_span_across_the_flank_names_it(facts_of, text, expected):
    check(facts_of, text, expected)


# What any unit of a kind holds defines the kind ("a division combines two to four brigades"); placed, or
# said of a unit at a place, it is a fact.
KINDS_DEFINED = [
    ("A division combines two to four brigades, or 10,000 to 20,000 troops.", []),
    ("Each battalion has about 800 soldiers.", []),
    (
        "Near Pskov a paratroop brigade is to grow into a division of about 9,000 troops.",
        [("brigades", 1, 1, "RU", "planned"), ("troops", 9000, 9000, "RU", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", KINDS_DEFINED, ids=[t[:40] for t, _ in KINDS_DEFINED])
def test_a_kind_defined_deploys_nothing(facts_of, text, expected):
    check(facts_of, text, expected)


# A border named by a country ("to the Belarus border") is a border, whose side the force's nation decides:
# a host's own forces there are on its soil (no fact), an ally's are where the sentence places them.
BORDERS_NAMED_BY_A_COUNTRY = [
    ("Poland to move 10,000 troops to Belarus border over Wagner presence", []),
    ("Lithuania sent 500 soldiers to the Belarus border.", []),
    ("The US will send 500 soldiers to the Belarus border in Poland.", [("troops", 500, 500, "PL", "planned")]),
    ("Russia massed 30,000 troops near the Ukraine border.", [("troops", 30000, 30000, "RU", "existing")]),
]


@pytest.mark.parametrize(
    "text, expected", BORDERS_NAMED_BY_A_COUNTRY, ids=[t[:40] for t, _ in BORDERS_NAMED_BY_A_COUNTRY]
)
def test_a_border_named_by_a_country_is_a_border(facts_of, text, expected):
    check(facts_of, text, expected)


# A larger place's name between commas ends no clause ("from Fort Bragg, North Carolina, to Poland"); a
# count restated with "the" at the same place in the same state is the same fact.
PLACE_ASIDES_AND_RESTATEMENTS = [
    (
        "The US will send about 2,000 troops from Fort Bragg, North Carolina, to Poland in the coming days and"
        " move a further 1,000 soldiers already stationed in Germany to Romania.",
        [("troops", 2000, 2000, "PL", "planned"), ("troops", 1000, 1000, "RO", "planned")],
    ),
    (
        "The US will move 1,000 soldiers from Germany to Romania. The 1,000 troops bound for Romania belong to a"
        " Stryker squadron.",
        [("troops", 1000, 1000, "RO", "planned")],
    ),
    (
        "Some 100 US soldiers are in Slovakia. The 100 soldiers at the Sliac air base will leave in May.",
        [("troops", 100, 100, "SK", "existing"), ("troops", 100, 100, "SK", "withdrawn")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", PLACE_ASIDES_AND_RESTATEMENTS, ids=[t[:40] for t, _ in PLACE_ASIDES_AND_RESTATEMENTS]
)
def test_place_asides_and_restated_counts(facts_of, text, expected):
    check(facts_of, text, expected)


# A formation's headcount in apposition after its place is its count, one fact: "French-led battlegroup at
# Cincu, c. 1,500", "A company at Tapa, about 150 soldiers, left in May".
HEADCOUNTS_AFTER_A_PLACE = [
    ("A company at Tapa, about 150 soldiers, left in May.", [("troops", 150, 150, "EE", "withdrawn")]),
    (
        "Spain has a battery in Latvia, 100 soldiers, and a frigate.",
        [
            ("batteries", 1, 1, "LV", "existing"),
            ("troops", 100, 100, "LV", "existing"),
            ("warships", 1, 1, "LV", "existing"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", HEADCOUNTS_AFTER_A_PLACE, ids=[t[:40] for t, _ in HEADCOUNTS_AFTER_A_PLACE])
def test_a_formations_headcount_after_its_place(facts_of, text, expected):
    check(facts_of, text, expected)


# Counter-examples from the review of round eight: vetoes kept to the clause they are about, a home on the
# flank is a deployment, questions about a kind or losses ask of no force, "the number" restates only as
# such, tankers of a fleet sail, a named formation that has no plans stays home.
REVIEWED_ROUND_8 = [
    (
        "After drones entered Polish airspace, the Netherlands sent two F-35s to Poland.",
        [("aircraft", 2, 2, "PL", "existing")],
    ),
    (
        "Germany will send four Eurofighters to Poland after a Russian missile crossed into Polish airspace.",
        [("aircraft", 4, 4, "PL", "planned")],
    ),
    (
        "This story has been corrected: the US has 1,100 troops in Hungary, not 1,500 as an earlier version stated.",
        [("troops", 1100, 1100, "HU", "existing")],
    ),
    (
        "The minister said media had misstated the figure: 1,200 British soldiers are in Estonia.",
        [("troops", 1200, 1200, "EE", "existing")],
    ),
    (
        "Russia's Leningrad Military District, which would grow to 200,000 in wartime, now has about 30,000 troops"
        " near the Finnish border.",
        [("troops", 30000, 30000, "RU", "existing")],
    ),
    (
        "Some 600 French soldiers, based in Cincu, Romania, are on exercise in Bulgaria this week.",
        [("troops", 600, 600, "RO", "existing")],
    ),
    ("How many soldiers does a battalion have? About 600, depending on the army.", []),
    ("How many tanks did Russia lose near Kharkiv? At least 120, analysts estimate.", []),
    ("Soldiers from Britain have arrived in Tapa. The emergency number is 112.", []),
    ("Finnish jets and two tankers of the Russian shadow fleet were spotted near Tallinn.", []),
    ("The 11th Airborne Division, based in Alaska, has no plans to deploy to Poland.", []),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_8, ids=[t[:40] for t, _ in REVIEWED_ROUND_8])
def test_counter_examples_from_the_review_of_round_eight(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_named_formation_with_no_plans_gives_no_fact(facts_of):
    assert facts_of("The 11th Airborne Division, based in Alaska, has no plans to deploy to Poland.") == []


# The figure before a change stays where it is ("roughly 900 troops, ..., is due to grow to 1,000", and the
# level it grows to is to come); an aside's noun is not the nation's bare count's; a nation's skies are its
# country.
CHANGES_ASIDES_AND_SKIES = [
    (
        "Britain's contingent in Estonia, roughly 900 troops, which rotated in last month, is due to grow to 1,000.",
        [("troops", 900, 900, "EE", "existing"), ("troops", 1000, 1000, "EE", "planned")],
    ),
    ("Italy, which also has jets in Romania, has 250 there.", [("troops", 250, 250, "RO", "existing")]),
    ("16 allied fighters now guard Polish skies.", [("aircraft", 16, 16, "PL", "existing")]),
]


@pytest.mark.parametrize("text, expected", CHANGES_ASIDES_AND_SKIES, ids=[t[:40] for t, _ in CHANGES_ASIDES_AND_SKIES])
def test_figures_before_a_change_asides_nouns_and_skies(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_relative_clause_after_a_count_is_not_its_place(facts_of):
    facts = facts_of(
        "Some 800 soldiers are in Lithuania, but 200 of them, whose families live in Germany, will rotate home."
    )
    assert sorted((f.quantity_low, where_of(f)) for f in facts) == [(200, "LT"), (800, "LT")]


# What remains "in the country" after a move is where the move left from.
def test_what_remains_in_the_country_is_where_a_move_left(facts_of):
    facts = facts_of(
        "The Pentagon is moving a battalion from Germany to Lithuania; about 30,000 US troops will remain in the"
        " country."
    )
    assert sorted((f.quantity_low, where_of(f)) for f in facts) == [(1, "LT"), (30000, "DE")]


# Estimates of a force by any verb, and gapped items counted by any number word.
ESTIMATED_AND_GAPPED = [
    (
        "Moldova estimates the Russian garrison in Transnistria at about 1,500.",
        [("troops", 1500, 1500, "MD", "existing")],
    ),
    (
        "Norway sent thirty soldiers to Latvia and Denmark twenty.",
        [("troops", 30, 30, "LV", "existing"), ("troops", 20, 20, "LV", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", ESTIMATED_AND_GAPPED, ids=[t[:40] for t, _ in ESTIMATED_AND_GAPPED])
def test_estimated_forces_and_gapped_words(facts_of, text, expected):
    check(facts_of, text, expected)


# A cause after "in response to" is no place; a summit's decision is taken where it meets, not there.
CAUSES_AND_SUMMITS = [
    (
        "NATO agreed to build a spearhead force of around 5,000 troops, in response to Russia's actions in Ukraine.",
        [("troops", 5000, 5000, "", "planned")],
    ),
    (
        "Britain will send 800 troops to Estonia in response to Russia's build-up.",
        [("troops", 800, 800, "EE", "planned")],
    ),
    ("When allies agreed in Madrid in 2022 to scale up their battlegroups, nothing moved.", []),
]


@pytest.mark.parametrize("text, expected", CAUSES_AND_SUMMITS, ids=[t[:40] for t, _ in CAUSES_AND_SUMMITS])
def test_causes_and_summit_decisions_are_no_places(facts_of, text, expected):
    check(facts_of, text, expected)


# Forces a host fields itself ("national forces", "host-nation troops") are no deployment; a multinational
# force's "national contingents" are.
HOSTS_OWN_FORCES = [
    (
        "Much of the exercise will take place in Poland, where national forces will make up most of the participants.",
        [],
    ),
    ("About 300 host-nation troops guard the base in Lithuania.", []),
    ("About 300 Dutch troops guard the base in Lithuania.", [("troops", 300, 300, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", HOSTS_OWN_FORCES, ids=[t[:40] for t, _ in HOSTS_OWN_FORCES])
def test_a_hosts_own_forces_by_their_adjective(facts_of, text, expected):
    check(facts_of, text, expected)


# From blind10's read half: a model's number with its variant is no count ("four Mirage 2000-5 jets"); a
# service named before people anchors them ("135 CAF members"); gapped items joined by "with"; a formation
# named by its host is there ("Battle Group Latvia, where ... are deployed").
BLIND10_READ_CLASSES = [
    ("France deployed four Mirage 2000-5 jets to Amari Air Base, Estonia.", [("aircraft", 4, 4, "EE", "existing")]),
    ("About 135 CAF members will deploy to Romania.", [("troops", 135, 135, "RO", "planned")]),
    ("About 50 Polish members of parliament visited Lithuania.", []),
    (
        "In Latvia the largest contingents come from Canada with about 1,200 soldiers, Spain with more than 600"
        " and Italy with 200.",
        [
            ("troops", 1200, 1200, "LV", "existing"),
            ("troops", 600, 600, "LV", "existing"),
            ("troops", 200, 200, "LV", "existing"),
        ],
    ),
    (
        "Canada leads Battle Group Latvia, where approximately 540 CAF members are deployed.",
        [("troops", 540, 540, "LV", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", BLIND10_READ_CLASSES, ids=[t[:40] for t, _ in BLIND10_READ_CLASSES])
def test_classes_of_blind10s_read_half(facts_of, text, expected):
    check(facts_of, text, expected)


# An incident told in a clause of time is the occasion of a deployment, not a veto of it; what the clause
# counts is no deployment. The place a sentence reinforces "with" forces is theirs.
OCCASIONS_AND_REINFORCEMENTS = [
    (
        "NATO will reinforce Poland with four more fighter jets, two days after allied aircraft shot down"
        " Russian drones over the country.",
        [("aircraft", 4, 4, "PL", "planned")],
    ),
    (
        "After Russian drones were shot down over Poland, the Netherlands sent two F-35s to Rzeszow.",
        [("aircraft", 2, 2, "PL", "existing")],
    ),
    ("Polish jets shot down three drones over Lublin.", []),
    ("Britain bolstered Estonia with 800 more troops.", [("troops", 800, 800, "EE", "existing")]),
]


@pytest.mark.parametrize(
    "text, expected", OCCASIONS_AND_REINFORCEMENTS, ids=[t[:40] for t, _ in OCCASIONS_AND_REINFORCEMENTS]
)
def test_incidents_as_occasions_and_places_reinforced(facts_of, text, expected):
    check(facts_of, text, expected)


def test_the_place_reinforced_with_forces_is_theirs(facts_of):
    facts = facts_of("NATO will reinforce Lithuania with additional fighter jets, some of them training in Poland.")
    assert [(f.unit, where_of(f)) for f in facts][:1] == [("aircraft", "LT")]


# What forces protect or police is where they are: "will protect the airspace of Estonia, Latvia and
# Lithuania", "deployed six fighters to protect Polish airspace".
PROTECTED_PLACES = [
    (
        "Four Typhoons and about 140 personnel will protect the airspace of Estonia, Latvia and Lithuania.",
        [
            ("aircraft", 4, 4, "Estonia, Latvia, Lithuania", "planned"),
            ("troops", 140, 140, "Estonia, Latvia, Lithuania", "planned"),
        ],
    ),
    ("Germany deployed six fighters to protect Polish airspace.", [("aircraft", 6, 6, "PL", "existing")]),
    ("Four Hungarian fighters will police Slovak airspace from next month.", [("aircraft", 4, 4, "SK", "planned")]),
]


@pytest.mark.parametrize("text, expected", PROTECTED_PLACES, ids=[t[:40] for t, _ in PROTECTED_PLACES])
def test_what_forces_protect_or_police_is_where_they_are(facts_of, text, expected):
    check(facts_of, text, expected)


# Each nation's share of a total counted before it is no fact of its own (CONVENTIONS: never multiplied).
def test_a_share_from_each_country_is_no_fact_of_its_own(facts_of):
    facts = facts_of(
        "The group includes a total of 6 ships – two from each country – and will clear mines in the Black Sea."
    )
    assert counted(facts) == [("warships", 6, 6, "Black Sea region", "existing")]


# A list that leaves out its verb: each nation opens its own item and is the force of its count, as the
# subject was of the first ("Norway will send three jets, Spain two and Italy four").
GAPPED_SUBJECTS = [
    (
        "Norway will contribute three F-35 jets, Spain two Eurofighters and Italy four F-35s to the mission in Poland.",
        ["Norway", "Spain", "Italy"],
    ),
    (
        "The US will send 2,000 soldiers to Poland, Canada 500 soldiers and Britain 300 soldiers.",
        ["US", "Canada", "UK"],
    ),
    ("Spain keeps six jets in Lithuania and Portugal four jets in Romania.", ["Spain", "Portugal"]),
    # (guards: bare counts after a nation were its already; in a list opened by a host, the items are
    # hosts; nations joined before the verb send together)
    ("The Netherlands has sent 200 soldiers to Lithuania, and Belgium 150.", ["Netherlands", "Belgium"]),
    (
        "Sweden will deploy 120 troops to Latvia, the Czech Republic 80 and Portugal 40.",
        ["Sweden", "Czechia", "Portugal"],
    ),
    ("Poland received 4,000 US soldiers, Romania 1,000.", ["US", "US"]),
    ("Britain and France will send 300 troops to Romania.", ["UK, France"]),
]


@pytest.mark.parametrize("text, forces", GAPPED_SUBJECTS, ids=[t[:40] for t, _ in GAPPED_SUBJECTS])
def test_each_gapped_item_is_its_nations(facts_of, text, forces):
    assert [f.force for f in facts_of(text) if f.quantity_low] == forces


# The scene of an airspace incident is no site, and the story is not there: what the story reinforces
# is where the next pledges go ("the eastern flank", not Poland, where drones were shot down).
INCIDENT_SCENES = [
    (
        "NATO starts a new air mission after a drone incursion into Poland. Norway will send three F-35 jets.",
        [("aircraft", 3, 3, "", "planned")],
    ),
    (
        "Two days after Russian drones were shot down over Romania, Germany said it would send 150 soldiers.",
        [("troops", 150, 150, "", "planned")],
    ),
    (
        "NATO will bolster its eastern flank with more jets, three days after drones were shot down over Poland. "
        "Norway will contribute three F-35 jets, Spain two Eurofighters and Italy four F-35s.",
        [
            ("aircraft", 3, 3, "eastern flank", "planned"),
            ("aircraft", 2, 2, "eastern flank", "planned"),
            ("aircraft", 4, 4, "eastern flank", "planned"),
        ],
    ),
    # (guards: a destination of its own; a site named beside an incident; what enters an airspace)
    (
        "After drones violated Romanian airspace, Germany sent four Eurofighters to Romania.",
        [("aircraft", 4, 4, "RO", "existing")],
    ),
    (
        "Britain has 900 soldiers in Estonia, where a Russian drone crashed in May.",
        [("troops", 900, 900, "EE", "existing")],
    ),
    ("After drones violated Lithuanian airspace, Sweden deployed four Gripens.", [("aircraft", 4, 4, "", "existing")]),
]


@pytest.mark.parametrize("text, expected", INCIDENT_SCENES, ids=[t[:40] for t, _ in INCIDENT_SCENES])
def test_the_scene_of_an_incident_is_no_site(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_nation_over_which_drones_were_downed_sends_none(facts_of):
    facts = facts_of(
        "Two days after Russian drones were shot down over Romania, Germany said it would send 150 soldiers."
    )
    assert [f.force for f in facts] == ["Germany"]


# A place strengthened, boosted or shored up is where the forces that do it go.
STRENGTHENED = [
    (
        "NATO will strengthen its eastern flank with more fighter jets. Norway will contribute three F-35 jets.",
        [("aircraft", 3, 3, "eastern flank", "planned")],
    ),
    ("Britain will shore up Estonia with 1,000 more troops.", [("troops", 1000, 1000, "EE", "planned")]),
    ("The US is boosting Poland's air defences with two Patriot batteries.", [("batteries", 2, 2, "PL", "existing")]),
    ("Germany strengthened Lithuania with 500 soldiers last year.", [("troops", 500, 500, "LT", "existing")]),
    # (guard: a force strengthened is no place)
    ("Spain will strengthen its navy with two new frigates.", [("warships", 2, 2, "", "planned")]),
]


@pytest.mark.parametrize("text, expected", STRENGTHENED, ids=[t[:40] for t, _ in STRENGTHENED])
def test_a_place_strengthened_is_where_the_forces_go(facts_of, text, expected):
    check(facts_of, text, expected)


# The formation or post counted people serve in is no deployment beside their headcount; one added with
# "and" or "including" is (CONVENTIONS: "a/an + deployable unit" counts as 1).
SERVED_IN = [
    (
        "Denmark keeps some 700 troops in Estonia, most of them with a mechanised battalion at Tapa.",
        [("troops", 700, 700, "EE", "existing")],
    ),
    (
        "The Czech contingent of roughly 150 soldiers works from a temporary headquarters in Vilnius.",
        [("troops", 150, 150, "LT", "existing")],
    ),
    (
        "Slovenia contributes some 60 troops, who crew a battery of rocket launchers in Latvia.",
        [("troops", 60, 60, "LV", "existing")],
    ),
    (
        "The battlegroup, built around a US cavalry squadron, numbers roughly 1,100 people in Poland.",
        [("troops", 1100, 1100, "PL", "existing")],
    ),
    # (guards: a formation of its own beside the headcount)
    (
        "Sweden has about 500 soldiers in Latvia, including an artillery battery.",
        [("troops", 500, 500, "LV", "existing"), ("batteries", 1, 1, "LV", "existing")],
    ),
    (
        "Britain has about 900 troops in Estonia and will send an artillery battery there next year.",
        [("troops", 900, 900, "EE", "existing"), ("batteries", 1, 1, "EE", "planned")],
    ),
    ("Norway sent a tank company to Lithuania.", [("companies", 1, 1, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", SERVED_IN, ids=[t[:40] for t, _ in SERVED_IN])
def test_the_formation_counted_people_serve_in_is_no_fact_of_its_own(facts_of, text, expected):
    check(facts_of, text, expected)


# An estimate of a formation's strength counts its people, whatever words qualify the strength.
ESTIMATED_STRENGTH = [
    (
        "Western estimates put the ground strength of the corps in Kaliningrad at fewer than 10,000.",
        [("troops", 10000, 10000, "RU", "existing")],
    ),
    (
        "The army corps in Kaliningrad is weak: analysts put its overall troop strength at about 12,000.",
        [("troops", 12000, 12000, "RU", "existing")],
    ),
    # (guard: an estimate of the force itself)
    ("Analysts put Russian troops in Kaliningrad at around 15,000.", [("troops", 15000, 15000, "RU", "existing")]),
]


@pytest.mark.parametrize("text, expected", ESTIMATED_STRENGTH, ids=[t[:40] for t, _ in ESTIMATED_STRENGTH])
def test_an_estimated_strength_counts_people(facts_of, text, expected):
    check(facts_of, text, expected)


# Bare counts (no noun) of the forces a sentence or story counts: after another bare count of the same
# sentence, at a place they are spread across, and "more" of them followed by who they are.
MORE_BARE_COUNTS = [
    (
        "Of these, more than 8,000 are in Poland and about 1,500 are spread across Estonia, Latvia and Lithuania.",
        [("troops", 8000, 8000, "PL", "existing"), ("troops", 1500, 1500, "Estonia, Latvia, Lithuania", "existing")],
    ),
    (
        "Canada has 2,000 troops in Latvia. About 300 are scattered across Poland.",
        [("troops", 2000, 2000, "LV", "existing"), ("troops", 300, 300, "PL", "existing")],
    ),
    (
        "About 500 paratroopers arrived in Romania. They flew in from Italy along with 400 more who will go to Poland.",
        [("troops", 500, 500, "RO", "existing"), ("troops", 400, 400, "PL", "planned")],
    ),
    # (guard: a bare number with no count before it is no force)
    ("Of the 12 candidates, 3 are spread across Estonia and Latvia.", []),
]


@pytest.mark.parametrize("text, expected", MORE_BARE_COUNTS, ids=[t[:40] for t, _ in MORE_BARE_COUNTS])
def test_more_bare_counts_of_the_forces_counted(facts_of, text, expected):
    check(facts_of, text, expected)


# A gapped item whose subject stands for the formation counted before ("the one in Latvia", "the French
# one") counts the same kind of forces, at its own place and for the nation it names.
GAPPED_ONES = [
    (
        "The battlegroup in Estonia numbers about 1,000 soldiers, the one in Latvia about 1,200.",
        [("troops", 1000, 1000, "EE", "existing"), ("troops", 1200, 1200, "LV", "existing")],
    ),
    (
        "The US-led battlegroup at Orzysz counts some 1,100 soldiers; its Canadian-led counterpart at Adazi roughly "
        "3,000.",
        [("troops", 1100, 1100, "PL", "existing"), ("troops", 3000, 3000, "LV", "existing")],
    ),
    (
        "The British contingent in Estonia has about 900 troops and the French one roughly 300.",
        [("troops", 900, 900, "EE", "existing"), ("troops", 300, 300, "EE", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", GAPPED_ONES, ids=[t[:40] for t, _ in GAPPED_ONES])
def test_a_gapped_one_counts_what_the_first_item_counts(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_gapped_one_named_by_its_nation_is_that_nations(facts_of):
    facts = facts_of("The British contingent in Estonia has about 900 troops and the French one roughly 300.")
    assert [f.force for f in facts if f.quantity_low] == ["UK", "France"]


# ", and" opening a clause of another nation with a verb of its own bounds the places of the counts
# before it; a gapped item ("and Germany 300 to Lithuania") shares them.
AND_CLAUSES = [
    (
        "Italy has pledged three jets, and Germany says four Eurofighters will fly to Poland.",
        [("aircraft", 3, 3, "", "planned"), ("aircraft", 4, 4, "PL", "planned")],
    ),
    (
        "Norway is sending 120 soldiers, and the Netherlands will deploy 200 to Lithuania next month.",
        [("troops", 120, 120, "", "planned"), ("troops", 200, 200, "LT", "planned")],
    ),
    # (guard)
    (
        "Italy has sent 200 soldiers, and Germany 300 to Lithuania.",
        [("troops", 200, 200, "LT", "existing"), ("troops", 300, 300, "LT", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", AND_CLAUSES, ids=[t[:40] for t, _ in AND_CLAUSES])
def test_a_clause_of_another_nation_after_and_keeps_its_places(facts_of, text, expected):
    check(facts_of, text, expected)


# A base with no name ("a base in Poland") is where aircraft fly from, not a named home base left behind.
def test_aircraft_flying_from_an_unnamed_base_are_there(facts_of):
    facts = facts_of("Germany says four Eurofighters will fly from a base in Poland.")
    assert counted(facts) == [("aircraft", 4, 4, "PL", "planned")]


# Forces abroad are deployed somewhere the text does not say: no army's size, and no place of the story's.
ABROAD = [
    ("The army currently has around 800 soldiers abroad, officials said.", [("troops", 800, 800, "", "existing")]),
    ("The Czech army has some 700 troops on missions abroad.", [("troops", 700, 700, "", "existing")]),
    (
        "Canada leads the brigade in Latvia. The army now has about 2,500 soldiers deployed overseas.",
        [("troops", 2500, 2500, "", "existing")],
    ),
    # (guard: an army's size is no deployment)
    ("The Czech army has some 25,000 soldiers.", []),
]


@pytest.mark.parametrize("text, expected", ABROAD, ids=[t[:40] for t, _ in ABROAD])
def test_forces_abroad_are_deployed_at_no_place_said(facts_of, text, expected):
    check(facts_of, text, expected)


# A subject quantified by "no" denies what it does: "No NATO navy has sent a frigate", not a ceiling.
NO_SUBJECT = [
    ("No NATO navy has sent a frigate into the Black Sea since 2022.", []),
    ("Since the war began, no allied army has deployed more than 50 soldiers to Moldova.", []),
    # (guard: "no more than" is a ceiling)
    ("No more than 500 troops have been sent to Hungary.", [("troops", 500, 500, "HU", "existing")]),
]


@pytest.mark.parametrize("text, expected", NO_SUBJECT, ids=[t[:40] for t, _ in NO_SUBJECT])
def test_a_subject_quantified_by_no_deploys_nothing(facts_of, text, expected):
    check(facts_of, text, expected)


# A sentence that opens on a kind ("A brigade set usually includes ...") says what any such unit does:
# no unit of its own, and none of what it counts.
GENERIC_OPENINGS = [
    ("Russia keeps Iskander missiles in Kaliningrad. A brigade set usually includes 12 launchers.", []),
    ("Russia keeps Iskander missiles in Kaliningrad. A battalion typically fields 40 vehicles.", []),
    (
        "Poland has 10,000 US troops. A US brigade normally rotates every nine months.",
        [("troops", 10000, 10000, "PL", "existing")],
    ),
    # (guards: a unit that acts; a count in a later clause of its own)
    (
        "Poland has 10,000 US troops. A US brigade arrived in March.",
        [("troops", 10000, 10000, "PL", "existing"), ("brigades", 1, 1, "PL", "existing")],
    ),
    (
        "A rotation usually lasts nine months, and 4,000 US soldiers arrived in Poland this week.",
        [("troops", 4000, 4000, "PL", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", GENERIC_OPENINGS, ids=[t[:40] for t, _ in GENERIC_OPENINGS])
def test_a_sentence_opening_on_a_kind_deploys_nothing(facts_of, text, expected):
    check(facts_of, text, expected)


# People named after their service's full name are troops: "Canadian Armed Forces members", "US Army
# members" (as "CAF members" were).
def test_members_after_a_service_name_are_troops(facts_of):
    facts = facts_of("Up to 2,200 Canadian Armed Forces members will be deployed to Latvia by 2026.")
    assert counted(facts) == [("troops", 2200, 2200, "LV", "planned")]
    assert counted(facts_of("Some 300 US Army members serve in Romania.")) == [("troops", 300, 300, "RO", "existing")]
    # (members of a nation's parliament are no force)
    assert counted(facts_of("Fifty Polish members of parliament visited Latvia.")) == []


# A port passed on the way is no site: "via the port of Gdansk", "shipped ... through the German port of
# Bremerhaven" (a verb of carrying further back in the clause).
PORTS_PASSED = [
    (
        "The brigade reached Zagan in Poland. Its 3,500 soldiers were shipped from Colorado through the German port "
        "of Bremerhaven.",
        [("troops", 3500, 3500, "PL", "existing")],
    ),
    (
        "The battalion has 800 soldiers, who were moved from Texas through the Dutch port of Rotterdam.",
        [("troops", 800, 800, "", "existing")],
    ),
    # (guard: the destination after the port passed)
    (
        "Some 600 US soldiers arrived in Lithuania via the Polish port of Gdansk.",
        [("troops", 600, 600, "LT", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", PORTS_PASSED, ids=[t[:40] for t, _ in PORTS_PASSED])
def test_a_port_passed_on_the_way_is_no_site(facts_of, text, expected):
    check(facts_of, text, expected)


# A unit's noun before a person it names by post ("a brigade spokesman", "the battalion commander") is a
# person, no unit.
ROLES_BY_UNIT = [
    ("The unit arrived in Estonia, said Major Ann Smith, a battalion spokeswoman.", []),
    ("A company commander with 120 soldiers arrived in Lithuania.", [("troops", 120, 120, "LT", "existing")]),
    # (guard: a unit's headquarters is a unit)
    ("A battalion headquarters opened in Latvia.", [("headquarters", 1, 1, "LV", "existing")]),
]


@pytest.mark.parametrize("text, expected", ROLES_BY_UNIT, ids=[t[:40] for t, _ in ROLES_BY_UNIT])
def test_a_person_named_by_a_units_post_is_no_unit(facts_of, text, expected):
    check(facts_of, text, expected)


# A vote's tally counts no forces.
VOTES = [
    ("Parliament approved the deployment by 91 votes to 52.", []),
    ("The motion passed with 301 votes, and 200 soldiers will go to Latvia.", [("troops", 200, 200, "LV", "planned")]),
    # (guard: what the vote sends is counted)
    (
        "The Bundestag voted 480 to 150 to send 1,000 troops to Lithuania.",
        [("troops", 1000, 1000, "LT", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", VOTES, ids=[t[:40] for t, _ in VOTES])
def test_a_votes_tally_counts_no_forces(facts_of, text, expected):
    check(facts_of, text, expected)


# A figure and a change of figures reach across a longer noun phrase: a place's country between commas,
# an abbreviation, "an increase in the number of".
LONG_FIGURES = [
    (
        "The number of multinational battlegroups on the eastern flank has doubled to eight.",
        [("battlegroups", 8, 8, "eastern flank", "existing")],
    ),
    (
        "The US will increase the number of destroyers based at Rota, Spain, from four to six.",
        [("warships", 4, 4, "ES", "existing"), ("warships", 6, 6, "ES", "planned")],
    ),
    (
        "Allies welcomed an increase in the number of U.S. destroyers at Rota from four to six.",
        [("warships", 4, 4, "ES", "existing"), ("warships", 6, 6, "ES", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", LONG_FIGURES, ids=[t[:40] for t, _ in LONG_FIGURES])
def test_figures_reach_across_longer_noun_phrases(facts_of, text, expected):
    check(facts_of, text, expected)


# A host named in a relative clause is where its guests are: "Poland, which hosts some 10,000 Americans".
RELATIVE_HOSTS = [
    (
        "Poland, which hosts some 9,000 Americans on rotation, says it is not affected.",
        [("troops", 9000, 9000, "PL", "existing")],
    ),
    (
        "Romania, which hosts a French-led battlegroup of 1,000 troops, will buy tanks.",
        [("troops", 1000, 1000, "RO", "existing")],
    ),
    # (guard: a relative clause between a host and its verb)
    ("Romania, which borders Ukraine, received 500 Dutch soldiers.", [("troops", 500, 500, "RO", "existing")]),
]


@pytest.mark.parametrize("text, expected", RELATIVE_HOSTS, ids=[t[:40] for t, _ in RELATIVE_HOSTS])
def test_a_host_in_a_relative_clause_is_where_its_guests_are(facts_of, text, expected):
    check(facts_of, text, expected)


# A nation's adjective after a bare count, its noun left out: "700 French soldiers and some 250 Belgian".
def test_a_nations_count_with_its_noun_left_out(facts_of):
    facts = facts_of("At Cincu there are around 700 French soldiers and some 250 Belgian, plus a Dutch company.")
    assert [(f.force, f.unit, f.quantity_low, f.country_code) for f in facts if f.quantity_low] == [
        ("France", "troops", 700, "RO"),
        ("Belgium", "troops", 250, "RO"),
        ("Netherlands", "companies", 1, "RO"),
    ]
    # (a capitalised word that names no nation is no such count)
    assert counted(facts_of("Spain sent 300 soldiers to Latvia and 200 Monday.")) == [
        ("troops", 300, 300, "LV", "existing")
    ]


# A building's size is no deployment: "Each new accommodation block holds 120 soldiers"; a base or camp
# that houses forces is where they are.
BUILDING_SIZES = [
    ("Each new barracks block here holds 150 soldiers.", []),
    ("The new dormitory sleeps 200 soldiers at Adazi.", []),
    ("The dormitories at Tapa house some 800 British soldiers.", [("troops", 800, 800, "EE", "existing")]),
    # (guards)
    ("Camp Kosciuszko houses 300 US soldiers in Poland.", [("troops", 300, 300, "PL", "existing")]),
    ("The base at Rukla houses about 1,000 German soldiers.", [("troops", 1000, 1000, "LT", "existing")]),
]


@pytest.mark.parametrize("text, expected", BUILDING_SIZES, ids=[t[:40] for t, _ in BUILDING_SIZES])
def test_a_buildings_size_is_no_deployment(facts_of, text, expected):
    check(facts_of, text, expected)


# A nation's forces kept at home are no deployment; forces on standby at home for a place abroad are placed
# where they would go (CONVENTIONS).
AT_HOME = [
    ("In the 1980s the country's own army fielded twelve divisions at home.", []),
    ("Germany keeps 500 soldiers at home.", []),
    # (guard)
    (
        "Britain has 900 soldiers in Estonia and 1,000 more at home on high readiness.",
        [("troops", 900, 900, "EE", "existing"), ("troops", 1000, 1000, "EE", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", AT_HOME, ids=[t[:40] for t, _ in AT_HOME])
def test_forces_kept_at_home_are_no_deployment(facts_of, text, expected):
    check(facts_of, text, expected)


# A place followed by a count said by reference ("and Latvia a similar number") opens a gapped item of its
# own: it is not in the list of the count before.
def test_a_place_with_a_similar_number_is_an_item_of_its_own(facts_of):
    facts = facts_of("Estonia has offered to send some 100 soldiers to Poland and Latvia a similar number.")
    assert counted(facts) == [("troops", 100, 100, "PL", "planned")]
    # (a list of places with no count after them is one list)
    assert counted(facts_of("Spain sent 200 soldiers to Latvia and Lithuania.")) == [
        ("troops", 200, 200, "Latvia, Lithuania", "existing")
    ]


# Counter-examples a review wrote against round nine's rules, each a reading the round had made worse.
REVIEWED_ROUND_9 = [
    # an incident's scene referred to ("there", ", where"), or told in a main clause, is still a place
    (
        "A Russian drone crashed in Latvia on Sunday. Canada, which leads the brigade there, will add 100 soldiers.",
        [("troops", 100, 100, "LV", "planned")],
    ),
    (
        "The jet crashed in Slovakia during a training flight; it was one of 12 Czech Gripens deployed there for air "
        "policing.",
        [("aircraft", 12, 12, "SK", "existing")],
    ),
    # a clause of another nation that refers back, or a place set off for both, shares its place
    (
        "Belgium is sending 150 soldiers, and NATO will station them in Romania.",
        [("troops", 150, 150, "RO", "planned")],
    ),
    (
        "Norway is sending two frigates, and Denmark has one corvette, in the Baltic Sea.",
        [("warships", 2, 2, "Baltic Sea", "planned"), ("warships", 1, 1, "Baltic Sea", "planned")],
    ),
    # a kind's opening has no figure, "of" or "further" in it
    (
        "A further 300 troops usually rotate through Lithuania each spring.",
        [("troops", 300, 300, "LT", "existing")],
    ),
    # "more who" after no count of forces; a number of events
    ("Voters elected 200 deputies, and 50 more who ran as independents, to the new parliament in Riga.", []),
    ("The number of visits by NATO's chief to Poland, Romania and the Baltic states has grown to eight.", []),
    ("A rise in the number of exercises held by U.S. troops in Poland, from 10 to 15 a year, is planned.", []),
    # "at home" right after the forces, and vetoing only them
    ("About 300 French soldiers feel at home in Estonia.", [("troops", 300, 300, "EE", "existing")]),
    ("Sweden keeps 40 Gripens at home and six in Poland.", [("aircraft", 6, 6, "PL", "existing")]),
    (
        "Britain keeps 900 soldiers in Estonia and a brigade at home ready to reinforce them.",
        [("troops", 900, 900, "EE", "existing"), ("brigades", 1, 1, "EE", "existing")],
    ),
    # a guard may be a border police's
    ("About 120 Polish Border Guard members arrived in Lithuania.", []),
]


@pytest.mark.parametrize("text, expected", REVIEWED_ROUND_9, ids=[t[:40] for t, _ in REVIEWED_ROUND_9])
def test_counter_examples_from_the_review_of_round_nine(facts_of, text, expected):
    check(facts_of, text, expected)


def test_a_host_in_a_relative_clause_still_acts_in_its_main_clause(facts_of):
    facts = facts_of("France, which hosts NATO's rapid reaction corps in Lille, sent 1,000 troops to Romania.")
    assert [(f.force, f.quantity_low, f.country_code) for f in facts if f.quantity_low] == [("France", 1000, "RO")]


# The review's same-wrong shapes of round nine's classes: the same English in other words.
REVIEWED_SAME_WRONG_ROUND_9 = [
    # the formation counted people form or staff
    (
        "Belgium keeps 250 soldiers in Romania; they form a company of the French-led battlegroup.",
        [("troops", 250, 250, "RO", "existing")],
    ),
    ("Around 200 French troops staff a corps headquarters in Romania.", [("troops", 200, 200, "RO", "existing")]),
    # a building's size, its verb a few words on
    ("Each hangar at Lask holds two F-35s.", []),
    ("The housing block built for US troops in Poznan takes 250 soldiers.", []),
    # a kind, named "typical"
    ("A typical Iskander brigade set includes 12 launchers.", []),
    ("Experts put the strength of a typical Russian motor-rifle brigade at roughly 4,000 soldiers.", []),
    # a strength "of" a figure; a gapped "equivalent" before a figure in digits
    (
        "The army corps in Kaliningrad has an estimated strength of 12,000.",
        [("troops", 12000, 12000, "RU", "existing")],
    ),
    (
        "The NATO battlegroup in Hungary counts 800 soldiers and its equivalent in Bulgaria 900.",
        [("troops", 800, 800, "HU", "existing"), ("troops", 900, 900, "BG", "existing")],
    ),
    # a nation's count, its noun left out, before its verb; "roughly the same number"
    (
        "Around 500 Dutch soldiers and about 200 Czech arrived in Lithuania.",
        [("troops", 500, 500, "LT", "existing"), ("troops", 200, 200, "LT", "existing")],
    ),
    ("Spain has 600 troops in Latvia and Slovakia roughly the same number.", [("troops", 600, 600, "LV", "existing")]),
    # forces abroad take no place of the sentence either
    (
        "Denmark has two frigates deployed overseas and one in the Baltic.",
        [("warships", 2, 2, "", "existing"), ("warships", 1, 1, "Baltic Sea", "existing")],
    ),
]


@pytest.mark.parametrize(
    "text, expected", REVIEWED_SAME_WRONG_ROUND_9, ids=[t[:40] for t, _ in REVIEWED_SAME_WRONG_ROUND_9]
)
def test_the_same_english_in_other_words(facts_of, text, expected):
    check(facts_of, text, expected)


# What the last two rules must not take: forces "overseas to Latvia" or "abroad in Transnistria" are there;
# a building that "houses" named forces is where they are.
def test_abroad_with_a_place_after_it_and_a_building_that_houses_forces(facts_of):
    assert counted(facts_of("Denmark will send 200 soldiers overseas to Latvia next year.")) == [
        ("troops", 200, 200, "LV", "planned")
    ]
    assert counted(facts_of("Russia stations 1,500 troops abroad in Transnistria.")) == [
        ("troops", 1500, 1500, "MD", "existing")
    ]
    assert counted(facts_of("The new barracks at Rukla houses 1,000 German soldiers of the brigade.")) == [
        ("troops", 1000, 1000, "LT", "existing")
    ]


# Defenders counted before "shot down", "intercepted" or "scrambled" are deployed; what they met is not.
DEFENDERS = [
    ("Four Dutch F-35s shot down three drones over Poland on Wednesday night.", [("aircraft", 4, 4, "PL", "existing")]),
    (
        "Two British Typhoons flying over Romania shot down a drone above the Black Sea coast.",
        [("aircraft", 2, 2, "RO", "existing")],
    ),
    # (guards: no defenders counted; a live blog's time is no count)
    ("Ukraine said its air defences shot down 40 Russian drones.", []),
    ("08:40 Polish and allied aircraft were scrambled overnight; airports in Warsaw were closed.", []),
]


@pytest.mark.parametrize("text, expected", DEFENDERS, ids=[t[:40] for t, _ in DEFENDERS])
def test_defenders_counted_are_deployed_and_what_they_met_is_not(facts_of, text, expected):
    check(facts_of, text, expected)


# A gapped list's items follow the first clause's count past a formation named with none.
def test_gapped_items_after_a_formation_named_with_no_count(facts_of):
    facts = facts_of("Hungary contributes 200 troops to the battlegroup in Slovakia, Croatia 60 and Slovenia 40.")
    assert [(f.force, f.quantity_low, f.country_code) for f in facts if f.quantity_low] == [
        ("Hungary", 200, "SK"),
        ("Croatia", 60, "SK"),
        ("Slovenia", 40, "SK"),
    ]


# A host's gapped items with the nation's adjective after the count ("Latvia 2,000 Canadian"), after an
# opening phrase too: a nation's name before a figure is no model's.
HOST_GAPPED_NATIONS = [
    (
        "Estonia hosts 900 British troops, Latvia 2,000 Canadian and Lithuania 5,000 German.",
        [
            ("troops", 900, 900, "EE", "existing"),
            ("troops", 2000, 2000, "LV", "existing"),
            ("troops", 5000, 5000, "LT", "existing"),
        ],
    ),
    (
        "Under the plan, Lithuania would get 3,000 German troops, Estonia 1,200 British and Latvia 2,000 Canadian.",
        [
            ("troops", 3000, 3000, "LT", "planned"),
            ("troops", 1200, 1200, "EE", "planned"),
            ("troops", 2000, 2000, "LV", "planned"),
        ],
    ),
    # (guard: a model's number)
    ("Canada has 14 Leopard 2 tanks in Latvia.", [("tanks", 14, 14, "LV", "existing")]),
]


@pytest.mark.parametrize("text, expected", HOST_GAPPED_NATIONS, ids=[t[:40] for t, _ in HOST_GAPPED_NATIONS])
def test_a_hosts_gapped_items_named_by_nation(facts_of, text, expected):
    check(facts_of, text, expected)


# Shapes from blind12's read half, in sentences of our own: a nation that "leads" a count (the people of the
# formation it leads), contracts that "cover" equipment (bought, not deployed), barracks "meant to house"
# a number (a capacity).
LEADS_CONTRACTS_CAPACITIES = [
    (
        "In Estonia, Britain leads a battlegroup of some 2,000 personnel; in Latvia, Canada leads about 1,500; and "
        "in Poland, the United States leads about 1,000.",
        [
            ("troops", 2000, 2000, "EE", "existing"),
            ("troops", 1500, 1500, "LV", "existing"),
            ("troops", 1000, 1000, "PL", "existing"),
        ],
    ),
    ("Contracts signed last year cover 250 Abrams tanks and 96 Apache helicopters.", []),
    ("The new barracks at Adazi are meant to house up to 3,000 allied soldiers.", []),
    # (guard: a formation led and its people)
    ("Canada leads the battlegroup in Latvia, which has 1,500 soldiers.", [("troops", 1500, 1500, "LV", "existing")]),
]


@pytest.mark.parametrize(
    "text, expected", LEADS_CONTRACTS_CAPACITIES, ids=[t[:40] for t, _ in LEADS_CONTRACTS_CAPACITIES]
)
def test_leads_contracts_and_capacities(facts_of, text, expected):
    check(facts_of, text, expected)


# Equipment a nation bought ("the 32 F-16s it bought from Norway", "eight jets, bought from the US") is no
# deployment; forces spread over a span across the flank are on the flank.
BOUGHT_AND_SPREAD = [
    ("Romania has begun receiving the 32 F-16 aircraft it bought from Norway.", []),
    ("Bulgaria will receive eight F-16 aircraft, bought from the United States, next year.", []),
    (
        "The US rotates an armored brigade of roughly 3,500 soldiers, whose units are spread from Estonia to Bulgaria.",
        [("troops", 3500, 3500, "eastern flank", "existing")],
    ),
]


@pytest.mark.parametrize("text, expected", BOUGHT_AND_SPREAD, ids=[t[:40] for t, _ in BOUGHT_AND_SPREAD])
def test_bought_equipment_and_forces_spread_across_the_flank(facts_of, text, expected):
    check(facts_of, text, expected)


# People counted in apposition to a plural of soldiers ("Swedish soldiers, about 120 persons,") are their
# headcount; people after a town are its inhabitants.
def test_people_in_apposition_count_the_soldiers_before_them(facts_of):
    facts = facts_of("The first group of Swedish soldiers, about 120 people, arrived in Latvia.")
    assert counted(facts) == [("troops", 120, 120, "LV", "existing")]
    assert counted(facts_of("The town of Tapa, 5,000 people, hosts British soldiers.")) == []


# A hearing's answer to "how many" counts what was asked, after a vocative and "it is" or "there are".
def test_a_hearings_answer_counts_what_was_asked(facts_of):
    facts = facts_of(
        "SENATOR REED: General, how many American troops are in Romania today?\n\n"
        "GENERAL STONE: Senator, on a given day it is roughly 1,500, most of them at Kogalniceanu."
    )
    assert [(f.force, f.quantity_low, f.country_code) for f in facts if f.quantity_low] == [("US", 1500, "RO")]
