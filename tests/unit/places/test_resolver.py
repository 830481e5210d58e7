"""Which place a name means: the resolver's priors, and the classes of names the map got wrong.

The sentences are written for these tests; each class of the issue (European names taken for
American towns, qualifiers, descriptions, occupied and breakaway territories, towns beside a sea,
mid-sized towns of the flank, names far outside the theatre) has its own table.
"""

from __future__ import annotations

import pytest

from dashboard.places import resolver
from dashboard.places.gazetteer import Place
from dashboard.places.resolver import Candidate, Context


def _town(code: str, lat: float, lon: float) -> Place:
    return Place(name="Namesake", kind="town", country_code=code, lat=lat, lon=lon)


# the ranker ------------------------------------------------------------------------------------------------
FLANK_VILLAGE = Candidate(_town("EE", 59.3, 26.0), population=600)
WESTERN_TOWN = Candidate(_town("FR", 48.4, -4.5), population=140_000)
FAR_CITY = Candidate(_town("US", 43.0, -89.0), population=2_000_000)


@pytest.mark.parametrize(
    "context, best",
    [
        (Context(), WESTERN_TOWN),  # no evidence: Europe, then population
        (Context(countries=("EE",)), FLANK_VILLAGE),  # a country the article names outweighs population
        (Context(qualifier="US"), FAR_CITY),  # a qualifier decides
        (Context(countries=("US",)), WESTERN_TOWN),  # a far country named in passing is not enough
    ],
)
def test_the_ranker_weighs_qualifier_then_context_then_theatre_then_importance(context, best):
    assert resolver.ranked([FAR_CITY, WESTERN_TOWN, FLANK_VILLAGE], context)[0] is best


def test_a_qualifier_leaves_only_the_candidates_inside_it():
    assert resolver.ranked([FAR_CITY, WESTERN_TOWN], Context(qualifier="PL")) == []


def test_a_known_military_site_and_a_capital_count_as_importance():
    plain = Candidate(_town("PL", 52.0, 20.0), population=5_000)
    site = Candidate(_town("LT", 55.0, 24.0), population=5_000, military_site=True)
    capital = Candidate(_town("LV", 57.0, 24.0), population=5_000, capital=True)
    assert resolver.score(site, Context()) > resolver.score(plain, Context())
    assert resolver.score(capital, Context()) > resolver.score(plain, Context())


def test_equal_evidence_keeps_the_candidates_order():
    first, second = Candidate(_town("PL", 52.0, 20.0)), Candidate(_town("PL", 51.0, 19.0))
    assert resolver.ranked([first, second], Context()) == [first, second]
    assert resolver.ranked([second, first], Context()) == [second, first]


FAR_TOWN = Candidate(_town("US", 31.3, -86.5), population=9_000)


@pytest.mark.parametrize(
    "context, kept",
    [
        (Context(), False),  # a far namesake alone is no place rather than a wrong one
        (Context(countries=("US",)), True),  # its country named
        (Context(qualifier="US"), True),  # a qualifier
    ],
)
def test_a_small_far_namesake_needs_evidence_to_be_a_place(context, kept):
    assert (resolver.ranked([FAR_TOWN], context) == [FAR_TOWN]) is kept
    assert resolver.ranked([FAR_CITY], context) == [FAR_CITY]  # a city of millions is evidence enough


# the gazetteer: names far outside the theatre -----------------------------------------------------------------
@pytest.mark.parametrize("name, code", [("Brussels", "BE"), ("Madrid", "ES"), ("Vienna", "AT"), ("Luga", "RU")])
def test_a_namesake_far_outside_the_theatre_loses_even_when_its_country_is_named(gaz, name, code):
    assert gaz.resolve_town(name, context=("US", "SN")).country_code == code


@pytest.mark.parametrize(
    "name, qualifier, state, code",
    [
        ("Brussels", "Wisconsin", "WI", "US"),
        ("Savannah", "Georgia", "GA", "US"),
        ("Poti", "Georgia", "", "GE"),
        ("Tiraspol", "Moldova", "", "MD"),
    ],
)
def test_a_qualifier_picks_the_town_inside_it(gaz, name, qualifier, state, code):
    by = gaz.us_states[qualifier.lower()][1] if state else gaz.country_place(code)
    place = gaz.qualified(name, gaz.resolve_town(name), by=by, written=qualifier)
    assert (place.kind, place.country_code) == ("town", code)


def test_georgia_after_a_us_place_is_the_state_and_after_a_georgian_one_the_country(gaz):
    georgia = gaz.country_place("GE")
    fort = gaz.bases["Fort Stewart"]
    assert gaz.qualified("Fort Stewart", fort, by=georgia, written="Georgia") is fort
    unknown_post = gaz.qualified("Fort Gillem", None, by=georgia, written="Georgia")
    assert (unknown_post.name, unknown_post.country_code) == ("Georgia", "US")
    assert gaz.qualified("Batumi", gaz.resolve_town("Batumi"), by=georgia, written="Georgia").country_code == "GE"


def test_a_site_qualified_by_its_country_is_the_town_it_is_named_after_not_the_country(gaz):
    spain = gaz.country_place("ES")
    place = gaz.qualified("Morón Airfield", None, by=spain, written="Spain")
    assert (place.name, place.kind) == ("Morón de la Frontera", "town")
    nowhere = gaz.qualified("Qwertyville", None, by=spain, written="Spain")
    assert nowhere is spain


# named places: areas, descriptions, seas ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, name, code, box",
    [
        ("Marines trained in Scotland.", "Scotland", "GB", (55.0, 59.0, -7.5, -1.5)),
        ("Soldiers trained in Wales.", "Wales", "GB", (51.3, 53.5, -5.3, -2.6)),
        ("Tanks were shipped from Texas.", "Texas", "US", (25.8, 36.5, -106.7, -93.5)),
        ("Troops in Crimea.", "Crimea", "UA", (44.3, 46.2, 32.4, 36.7)),
        ("Troops in occupied Crimea.", "Crimea", "UA", (44.3, 46.2, 32.4, 36.7)),
        ("Bases in Abkhazia.", "Abkhazia", "GE", (42.4, 43.6, 40.0, 42.2)),
        ("Troops in South Ossetia.", "South Ossetia", "GE", (42.0, 42.7, 43.4, 44.6)),
        ("Soldiers in Transnistria.", "Transnistria", "MD", (46.5, 48.2, 28.8, 30.1)),
        ("Forces in the Donetsk region.", "Donetsk region", "UA", (46.9, 49.2, 36.5, 38.9)),
        ("Forces in the Kaliningrad exclave.", "Kaliningrad region", "RU", (54.3, 55.3, 19.6, 22.9)),
    ],
)
def test_nations_states_and_occupied_territories_are_places_in_the_recognised_country(gaz, sentence, name, code, box):
    [match] = [m for m in gaz.find_named(sentence) if m.place.name == name]
    place = match.place
    assert (place.kind, place.country_code) == ("country", code)
    assert box[0] <= place.lat <= box[1] and box[2] <= place.lon <= box[3]


@pytest.mark.parametrize("sentence", ["Talks in Georgia.", "Washington said so.", "A meeting in New York."])
def test_state_names_that_usually_mean_something_else_are_not_states(gaz, sentence):
    assert [m.place.country_code for m in gaz.find_named(sentence) if m.place.country_code == "US"] == []


@pytest.mark.parametrize(
    "sentence, written, town, code",
    [
        ("Jets landed in the Polish capital.", "the Polish capital", "Warsaw", "PL"),
        ("A summit in the Lithuanian capital.", "the Lithuanian capital", "Vilnius", "LT"),
        ("Troops in the capital of Romania.", "the capital of Romania", "Bucharest", "RO"),
        ("Troops in the Armenian city of Gyumri.", "the Armenian city of Gyumri", "Gyumri", "AM"),
        ("Ships in the Romanian port of Constanța.", "the Romanian port of Constanța", "Constanţa", "RO"),
    ],
)
def test_a_place_named_by_description_is_that_capital_or_town(gaz, sentence, written, town, code):
    [match] = gaz.find_named(sentence)
    assert (match.text, match.place.name, match.place.country_code, match.place.kind) == (written, town, code, "town")


def test_a_described_town_the_gazetteer_does_not_know_is_placed_in_its_country(gaz):
    [match] = gaz.find_named("Troops reached the Lithuanian town of Qwertyskis.")
    assert (match.text, match.place.kind, match.place.country_code) == (
        "the Lithuanian town of Qwertyskis",
        "country",
        "LT",
    )


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Marines reached the Black Sea port of Constanța.", [("the Black Sea port of Constanța", "RO", "town")]),
        ("Ships sailed to the Black Sea port of Burgas.", [("the Black Sea port of Burgas", "BG", "town")]),
        ("Troops camp in Mangalia on the Black Sea coast.", []),
        ("Frigates patrol the Black Sea.", [("the Black Sea", "", "region")]),
    ],
)
def test_a_sea_that_says_where_a_town_lies_gives_way_to_the_town(gaz, sentence, kept):
    assert [(m.text, m.place.country_code, m.place.kind) for m in gaz.find_named(sentence)] == kept


# whole sentences through the parser -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, code, lat, lon",
    [
        # European names the map had put in America
        ("The United States deployed 500 soldiers to Brussels to guard the summit.", "BE", 50.85, 4.35),
        ("The US Army sent 200 soldiers to Madrid.", "ES", 40.42, -3.70),
        ("Some 300 American Marines arrived in Scotland for a winter exercise.", "GB", 56.8, -4.2),
        # descriptions, occupied territories, a town beside a sea
        ("About 200 soldiers were deployed to the Polish capital.", "PL", 52.23, 21.01),
        ("Russia keeps about 1,500 troops in Transnistria.", "MD", 47.27, 29.16),
        ("Russia keeps around 4,000 soldiers in Abkhazia.", "GE", 43.1, 41.1),
        ("Russia has 25,000 troops in Crimea.", "UA", 45.3, 34.3),
        ("300 US Marines arrived at the Black Sea port of Constanța.", "RO", 44.18, 28.63),
        ("Romania will host 1,000 NATO troops in Mangalia on the Black Sea coast.", "RO", 43.82, 28.58),
        ("Russia has about 3,000 troops in the Armenian city of Gyumri.", "AM", 40.79, 43.83),
        # mid-sized towns of the flank, with an ally named
        ("Canada will deploy 400 soldiers to Jelgava.", "LV", 56.65, 23.71),
        ("The Netherlands sent 250 troops to Sanok.", "PL", 49.56, 22.21),
        ("The US sent 200 soldiers to Alexandria, Romania.", "RO", 43.98, 25.33),
        # a qualifier: a US state after a US post, the country after a Georgian town
        (
            "Some 800 Polish soldiers will train at Fort Stewart, Georgia, after the rotation.",
            "US",
            31.87,
            -81.61,
        ),
        ("The US sent 300 soldiers to Poti, Georgia, for an exercise.", "GE", 42.15, 41.67),
        # bases the flank's reporting names beyond it
        ("About 150 US soldiers trained at Vaziani with Georgian troops.", "GE", 41.63, 45.03),
        ("The US deployed 1,200 airmen to RAF Lakenheath.", "GB", 52.41, 0.56),
        ("Washington sent 200 Marines to Sigonella, Italy.", "IT", 37.40, 14.92),
        ("The US Air Force stationed 400 airmen at Morón Air Base, Spain.", "ES", 37.17, -5.62),
    ],
)
def test_one_sentence_deployments_land_on_their_place(facts_of, text, code, lat, lon):
    facts = [f for f in facts_of(text) if f.lat is not None]
    assert facts, text
    assert (facts[0].country_code, round(facts[0].lat, 1), round(facts[0].lon, 1)) == (
        code,
        round(lat, 1),
        round(lon, 1),
    )


def test_kaliningrad_in_a_story_about_ukraine_stays_in_russia(facts_of):
    text = (
        "Ukraine asked its allies for more air defence. Officials in Kyiv said the strikes on Ukraine went on. "
        "Russia has moved 2,000 more troops to Kaliningrad, a Lithuanian official said."
    )
    [fact] = facts_of(text)
    assert (fact.place, fact.country_code, fact.precision) == ("Kaliningrad", "RU", "town")
