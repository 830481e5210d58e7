"""The parser's own corpus: passages written for this project in many styles, with the facts each states.

Wire copy, ministry releases, op-eds, speeches, feature prose and headlines. None of these passages
is the seed; together they cover every point the parser must handle. ``where`` is the ISO code of
the country, the region's name, or "" for a fact with no place.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Expect:
    unit: str
    where: str = ""
    qty: tuple[int | None, int | None] = (None, None)
    status: str = "existing"
    force: str | None = None
    approx: bool = False
    troops: tuple[int | None, int | None] | None = None
    derived: bool | None = None
    precision: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    facts: list[Expect] = field(default_factory=list)


def where_of(fact) -> str:
    """What ``Expect.where`` is compared with: the country code, else the region."""
    return fact.country_code or fact.region


def mismatches(fact, expect: Expect) -> list[str]:
    """The fields in which ``fact`` differs from what ``expect`` specifies."""
    checks = {
        "qty": ((fact.quantity_low, fact.quantity_high), expect.qty),
        "status": (fact.status, expect.status),
        "approx": (fact.approx, expect.approx),
    }
    optional = {
        "force": (fact.force, expect.force),
        "troops": ((fact.troops_low, fact.troops_high), expect.troops),
        "derived": (fact.troops_derived, expect.derived),
        "precision": (fact.precision, expect.precision),
        "place": (fact.place, expect.place),
    }
    checks.update({k: v for k, v in optional.items() if v[1] is not None})
    return [f"{k}: got {got!r}, expected {want!r}" for k, (got, want) in checks.items() if got != want]


CASES: list[Case] = [
    # --- numbers -------------------------------------------------------------------------------------
    Case(
        "comma thousands",
        "The Pentagon said 3,000 US troops are stationed in Poland.",
        [Expect("troops", "PL", (3000, 3000), force="US", troops=(3000, 3000), derived=False)],
    ),
    Case(
        "plain four digits",
        "Germany keeps 2000 soldiers in Lithuania under NATO command.",
        [Expect("troops", "LT", (2000, 2000), force="Germany")],
    ),
    Case(
        "european thousands",
        "Nach Angaben des Ministeriums: Poland now hosts 30.000 American soldiers.",
        [Expect("troops", "PL", (30000, 30000), force="US")],
    ),
    Case(
        "hyphen range",
        "Britain has between 900 and 1,100 personnel at Tapa in Estonia.",
        [Expect("troops", "EE", (900, 1100), force="UK", precision="base")],
    ),
    Case(
        "en dash range",
        "Canada leads a force of 1,000–1,200 soldiers in Latvia.",
        [Expect("troops", "LV", (1000, 1200), force="Canada")],
    ),
    Case(
        "to range",
        "The alliance will station 3,000 to 5,000 troops in Romania next year.",
        [Expect("troops", "RO", (3000, 5000), status="planned", force="NATO")],
    ),
    Case(
        "word number",
        "France announced it would send eight Rafale jets to Romania.",
        [Expect("aircraft", "RO", (8, 8), status="planned", force="France")],
    ),
    # Host-nation forces on their own soil are not a deployment (CONVENTIONS.md).
    Case("word thousands", "Officials said two thousand Polish soldiers were moved to the border town of Suwałki.", []),
    Case(
        "a dozen",
        "A dozen Dutch F-35s flew air-policing missions over Lithuania.",
        [Expect("aircraft", "LT", (12, 12), approx=True, force="Netherlands")],
    ),
    Case(
        "article one",
        "Spain has deployed a frigate to the Black Sea.",
        [Expect("warships", "Black Sea region", (1, 1), force="Spain", precision="region")],
    ),
    # A headcount and the formation it describes are one fact: the headcount (CONVENTIONS.md).
    Case(
        "hyphenated strong",
        "Washington sent a 4,800-strong brigade to Poland in February.",
        [Expect("troops", "PL", (4800, 4800), force="US", troops=(4800, 4800), derived=False)],
    ),
    Case(
        "hyphenated soldier",
        "The Italian army placed a 1,000-soldier battlegroup at Novo Selo in Bulgaria.",
        [Expect("troops", "BG", (1000, 1000), force="Italy", troops=(1000, 1000), precision="base")],
    ),
    Case(
        "each",
        "NATO agreed to create two battlegroups of about 800 troops each in Hungary.",
        [Expect("battlegroups", "HU", (2, 2), status="planned", force="NATO", troops=(1600, 1600), derived=True)],
    ),
    Case(
        "about hedge",
        "About 1,500 German troops are based at Rukla.",
        [Expect("troops", "LT", (1500, 1500), approx=True, force="Germany", precision="base")],
    ),
    Case(
        "some hedge",
        "Some 300 Czech soldiers serve at Lešť in Slovakia.",
        [Expect("troops", "SK", (300, 300), approx=True, force="Czechia", precision="base")],
    ),
    Case(
        "up to hedge",
        "The United States plans to deploy up to 5,000 troops in Romania.",
        [Expect("troops", "RO", (5000, 5000), approx=False, status="planned", force="US")],
    ),
    Case(
        "more than hedge",
        "More than 4,000 troops from Canada are in Latvia.",
        [Expect("troops", "LV", (4000, 4000), approx=True, force="Canada")],
    ),
    Case(
        "nearly hedge",
        "Nearly 10,000 US soldiers are in Poland, officials said.",
        [Expect("troops", "PL", (10000, 10000), approx=True, force="US")],
    ),
    Case(
        "at least hedge",
        "At least 40 NATO warships are operating in the Baltic Sea.",
        [Expect("warships", "Baltic Sea", (40, 40), approx=True, force="NATO")],
    ),
    Case(
        "a few hundred",
        "A few hundred British paratroopers were flown to Estonia.",
        [Expect("troops", "EE", (None, None), approx=True, force="UK")],
    ),
    # --- numbers that are not counts ---------------------------------------------------------------------
    Case(
        "reference point",
        "About 500 US troops are based at Mihail Kogălniceanu air base near the Black Sea coast.",
        [Expect("troops", "RO", (500, 500), approx=True, force="US", precision="base")],
    ),
    Case(
        "model number",
        "Germany will send 35 Leopard 2 tanks and Panzerbrigade 45 to Lithuania.",
        [Expect("tanks", "LT", (35, 35), status="planned", force="Germany")],
    ),
    Case(
        "departure",
        "Some 2,000 U.S. troops had already left Poland by March.",
        [Expect("troops", "PL", (2000, 2000), approx=True, status="withdrawn", force="US")],
    ),
    Case(
        "vague elliptical",
        "NATO has 900+ troops in Slovakia and a few hundred in Hungary.",
        [
            Expect("troops", "SK", (900, 900), approx=True, force="NATO"),
            Expect("troops", "HU", (None, None), approx=True, force="NATO"),
        ],
    ),
    Case(
        "past figure",
        "The US now has 95,000 troops in Europe, up from 70,000 troops before the war.",
        [Expect("troops", "Europe", (95000, 95000), force="US", precision="region")],
    ),
    Case("year is not a count", "In 2017 troops from four nations arrived in Lithuania.", [Expect("troops", "LT")]),
    Case(
        "designation division",
        "Soldiers of the 82nd Airborne Division landed in Rzeszów, where 1,700 of them will stay.",
        [
            Expect("troops", "PL", precision="base"),
            Expect("troops", "PL", (1700, 1700), status="existing", precision="base"),
        ],
    ),
    Case(
        "designation canadian brigade",
        "1 Canadian Mechanized Brigade Group rotates 500 troops through Latvia.",
        [Expect("troops", "LV", (500, 500), force="Canada")],
    ),
    Case(
        "designation slash",
        "The 2/2CR battalion, with 800 soldiers, is at Ādaži.",
        [Expect("troops", "LV", (800, 800), troops=(800, 800), precision="base")],
    ),
    Case(
        "equipment names",
        "Germany moved 4 Patriot batteries to Slovakia to counter Russia's S-400 systems.",
        [Expect("batteries", "SK", (4, 4), force="Germany")],
    ),
    Case(
        "percent and money",
        "Defence spending rose 2 percent to $1 billion as 600 US Marines reached Norway.",
        [Expect("troops", "NO", (600, 600), force="US")],
    ),
    Case("dates", "On 24 February 2022, 130 aircraft were put on alert.", [Expect("aircraft", "", (130, 130))]),
    # --- lists ---------------------------------------------------------------------------------------------
    Case(
        "list without number",
        "NATO maintains battlegroups in Estonia, Latvia, Lithuania and Poland.",
        [Expect("battlegroups", c, force="NATO") for c in ("EE", "LV", "LT", "PL")],
    ),
    Case(
        "list with total",
        "The alliance now has eight battlegroups in Bulgaria, Estonia, Hungary, Latvia, "
        "Lithuania, Poland, Romania and Slovakia.",
        # The group carries the count; each country is also a fact, with no count (CONVENTIONS.md).
        [
            Expect(
                "battlegroups",
                "Bulgaria, Estonia, Hungary, Latvia, Lithuania, Poland, Romania, Slovakia",
                (8, 8),
                force="NATO",
                precision="region",
            ),
            *[
                Expect("battlegroups", code, force="NATO", precision="country")
                for code in ("BG", "EE", "HU", "LV", "LT", "PL", "RO", "SK")
            ],
        ],
    ),
    Case(
        "list with or",
        "Extra US jets will go to Poland or Romania.",
        [
            Expect("aircraft", "PL", status="planned", force="US"),
            Expect("aircraft", "RO", status="planned", force="US"),
        ],
    ),
    Case(
        "two counts two places",
        "The US will send 3,000 troops to Poland and 1,000 to Romania.",
        [
            Expect("troops", "PL", (3000, 3000), status="planned", force="US"),
            Expect("troops", "RO", (1000, 1000), status="planned", force="US"),
        ],
    ),
    Case(
        "two units one sentence",
        "Britain keeps 900 soldiers and 48 tanks in Estonia, plus four Typhoons at Ämari.",
        [
            Expect("troops", "EE", (900, 900), force="UK"),
            Expect("tanks", "EE", (48, 48), force="UK"),
            Expect("aircraft", "EE", (4, 4), force="UK", precision="base"),
        ],
    ),
    # --- anaphora -------------------------------------------------------------------------------------------
    Case(
        "similar deployments",
        "Italy leads a battlegroup in Bulgaria. Hungary has similar deployments in Hungary itself and in Slovakia.",
        [
            Expect("battlegroups", "BG", (1, 1), force="Italy"),
            Expect("battlegroups", "HU", force="Hungary"),
            Expect("battlegroups", "SK", force="Hungary"),
        ],
    ),
    Case(
        "such forces",
        "Two squadrons of Typhoons patrol Romania. Such forces are also in Bulgaria.",
        [Expect("squadrons", "RO", (2, 2)), Expect("squadrons", "BG")],
    ),
    # --- places that are not deployment locations ---------------------------------------------------------
    Case(
        "origin of a move",
        "The Pentagon moved 1,000 soldiers from Germany to Romania.",
        [Expect("troops", "RO", (1000, 1000), force="US")],
    ),
    Case(
        "dateline",
        "WIESBADEN, Germany -- About 500 U.S. troops will deploy to Hungary this spring.",
        [Expect("troops", "HU", (500, 500), approx=True, status="planned", force="US")],
    ),
    Case(
        "speech location",
        "Speaking in Brussels, the secretary general said NATO will add 300 troops in Slovakia.",
        [Expect("troops", "SK", (300, 300), status="planned", force="NATO")],
    ),
    Case(
        "said in",
        "The minister said in Vilnius that 400 Norwegian soldiers are in Lithuania.",
        [Expect("troops", "LT", (400, 400), force="Norway")],
    ),
    Case(
        "caption",
        "Photo: US soldiers train in Cincu, Romania. (Photo by NATO)\nThe US has 2,000 troops in Romania.",
        [Expect("troops", "RO", (2000, 2000), force="US")],
    ),
    Case(
        "adversary and invaded",
        "After the invasion of Ukraine and amid Russian aggression, NATO doubled its forces in the Baltic states.",
        [Expect("troops", "Baltic states", force="NATO")],
    ),
    Case(
        "force identity not place",
        "British troops and German-led units exercised together; 700 German soldiers are in Lithuania.",
        [Expect("troops", "LT", (700, 700), force="Germany")],
    ),
    Case("hypothetical", "Analysts asked how many troops would be needed in Poland to stop an attack.", []),
    Case("demand", "Moscow demanded the withdrawal of all NATO forces from Romania and Bulgaria.", []),
    Case("no facts at all", "The summit communique praised cooperation and unity among member states.", []),
    # --- forces -----------------------------------------------------------------------------------------------
    Case(
        "the alliance",
        "The alliance keeps 100 jets on alert in the Baltic region.",
        [Expect("aircraft", "Baltic states", (100, 100), force="NATO")],
    ),
    Case(
        "US dotted",
        "Some 700 U.S. paratroopers arrived in Latvia on Thursday.",
        [Expect("troops", "LV", (700, 700), approx=True, force="US")],
    ),
    Case(
        "royal navy",
        "The Royal Navy has sent two destroyers to the Baltic Sea.",
        [Expect("warships", "Baltic Sea", (2, 2), force="UK")],
    ),
    Case(
        "german led",
        "The German-led battlegroup at Rukla has 1,600 soldiers.",
        # A "German-led" formation is NATO's, led by Germany (CONVENTIONS.md).
        [
            Expect(
                "troops",
                "LT",
                (1600, 1600),
                force="NATO (Germany-led)",
                troops=(1600, 1600),
                derived=False,
                precision="base",
            )
        ],
    ),
    Case(
        "carry force over",
        "Canada leads NATO's presence in Latvia. It has 700 soldiers at Ādaži.",
        [Expect("troops", "LV", (700, 700), force="Canada", precision="base")],
    ),
    Case(
        "russian forces",
        "Russia has massed 30,000 troops in Belarus for joint drills.",
        [Expect("troops", "BY", (30000, 30000), force="Russia")],
    ),
    # --- units -------------------------------------------------------------------------------------------------
    Case("marines", "About 200 Marines are stationed in Norway.", [Expect("troops", "NO", (200, 200), approx=True)]),
    Case(
        "service members",
        "The Pentagon has 100,000 service members in Europe.",
        [Expect("troops", "Europe", (100000, 100000), force="US")],
    ),
    Case(
        "frigates destroyers",
        "Denmark sent a frigate and two destroyers to the Baltic Sea.",
        [
            Expect("warships", "Baltic Sea", (1, 1), force="Denmark"),
            Expect("warships", "Baltic Sea", (2, 2), force="Denmark"),
        ],
    ),
    Case(
        "helicopters",
        "Twelve Apache helicopters arrived at Powidz.",
        [Expect("aircraft", "PL", (12, 12), precision="base")],
    ),
    Case(
        "f35s",
        "The Netherlands will station four F-35s in Bulgaria.",
        [Expect("aircraft", "BG", (4, 4), status="planned", force="Netherlands")],
    ),
    Case(
        "headquarters",
        "Poland will host a new divisional headquarters in Elbląg.",
        [Expect("headquarters", "PL", (1, 1), status="planned", precision="town")],
    ),
    Case(
        "battalion company",
        "Spain deployed a mechanized battalion and two companies to Latvia.",
        [Expect("battalions", "LV", (1, 1), force="Spain"), Expect("companies", "LV", (2, 2), force="Spain")],
    ),
    Case(
        "division",
        "The US Army announced a division headquarters and 3,000 troops for Poland.",
        [
            Expect("headquarters", "PL", (1, 1), status="planned", force="US"),
            Expect("troops", "PL", (3000, 3000), status="planned", force="US"),
        ],
    ),
    Case(
        "tanks and vehicles",
        "Some 90 Abrams tanks and 150 Bradley vehicles are at Drawsko Pomorskie in Poland.",
        [Expect("tanks", "PL", (90, 90), approx=True), Expect("vehicles", "PL", (150, 150))],
    ),
    # --- status ------------------------------------------------------------------------------------------------
    Case(
        "planned due to",
        "A French battlegroup is due to arrive in Romania in March.",
        [Expect("battlegroups", "RO", (1, 1), status="planned", force="France")],
    ),
    Case(
        "withdrawn",
        "The US withdrew 1,000 troops from Romania in October.",
        [Expect("troops", "RO", (1000, 1000), status="withdrawn", force="US")],
    ),
    Case(
        "pulled out",
        "Hungary pulled out its 200 soldiers from Slovakia last year.",
        [Expect("troops", "SK", (200, 200), status="withdrawn", force="Hungary")],
    ),
    Case(
        "currently",
        "NATO currently has about 1,000 troops in Slovakia.",
        [Expect("troops", "SK", (1000, 1000), approx=True, force="NATO")],
    ),
    Case(
        "ordered",
        "The president ordered 2,000 paratroopers to Poland.",
        [Expect("troops", "PL", (2000, 2000), status="planned")],
    ),
    # --- geography ----------------------------------------------------------------------------------------------
    Case(
        "town disambiguation",
        "Estonia will host 300 extra soldiers in Tapa, Estonia.",
        [Expect("troops", "EE", (300, 300), status="planned", precision="base")],
    ),
    Case(
        "town with country",
        "A company of 150 US troops is based in Mielec, Poland.",
        [Expect("troops", "PL", (150, 150), force="US", troops=(150, 150), precision="town")],
    ),
    Case(
        "small unknown town",
        "Fifty US soldiers are in Setermoen, Norway.",
        [Expect("troops", "NO", (50, 50), force="US")],
    ),
    Case(
        "region eastern flank",
        "NATO has 40,000 troops on its eastern flank.",
        [Expect("troops", "eastern flank", (40000, 40000), force="NATO", precision="region")],
    ),
    Case(
        "baltic to black sea",
        "The alliance deployed 10,000 troops from the Baltic to the Black Sea.",
        [Expect("troops", "eastern flank", (10000, 10000), force="NATO")],
    ),
    Case(
        "black sea region",
        "Three allied minehunters are now in the Black Sea region.",
        [Expect("warships", "Black Sea region", (3, 3), force="NATO")],
    ),
    Case(
        "at sea",
        "Five US destroyers are at sea.",
        [Expect("warships", "", (5, 5), force="US", precision="none", place="at sea")],
    ),
    Case(
        "no place",
        "The alliance has 130 aircraft on high alert.",
        [Expect("aircraft", "", (130, 130), force="NATO", precision="none")],
    ),
    # --- derivation from a definition elsewhere -------------------------------------------------------------
    Case(
        "definition after use",
        "NATO has three battlegroups in Poland. A battlegroup typically has between 1,000 and 1,500 troops.",
        [Expect("battlegroups", "PL", (3, 3), force="NATO", troops=(3000, 4500), derived=True)],
    ),
    Case("definition is not a deployment", "Brigades usually number about 4,000 soldiers.", []),
    # --- metadata header ------------------------------------------------------------------------------------------
    Case(
        "header not prose",
        "title: 5,000 troops to Romania\npublished: 2023-05-01\noutlet: Wire\n\n"
        "France will send 5,000 troops to Romania.",
        [Expect("troops", "RO", (5000, 5000), status="planned", force="France")],
    ),
    Case(
        "op-ed voice",
        "Let us be clear: the 1,000 American soldiers in Poland are a tripwire, nothing more.",
        [Expect("troops", "PL", (1000, 1000), force="US")],
    ),
    Case(
        "speech first person",
        "“Today we have 300,000 troops at high readiness,” the secretary general said.",
        [Expect("troops", "", (300000, 300000), status="existing")],
    ),
]
