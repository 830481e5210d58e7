"""The curated military sites of ``bases.csv``: well-formed rows, points in the right country, safe aliases."""

from __future__ import annotations

import csv
import math
import re

import pytest

from dashboard.places.gazetteer import CURATED_DIR, fold

with (CURATED_DIR / "bases.csv").open(encoding="utf-8", newline="") as _handle:
    ROWS = list(csv.DictReader(_handle))

# Generous boxes (lat_min, lat_max, lon_min, lon_max): they catch a swapped lat/lon or a wrong country.
BBOX = {
    "EE": (57.5, 59.8, 21.7, 28.3),
    "LV": (55.6, 58.1, 20.9, 28.3),
    "LT": (53.8, 56.5, 20.9, 26.9),
    "PL": (49.0, 54.9, 14.1, 24.2),
    "SK": (47.7, 49.7, 16.8, 22.6),
    "HU": (45.7, 48.6, 16.1, 22.9),
    "RO": (43.6, 48.3, 20.2, 29.8),
    "BG": (41.2, 44.3, 22.3, 28.7),
    "CZ": (48.5, 51.1, 12.0, 18.9),
    "DE": (47.2, 55.1, 5.8, 15.1),
    "FI": (59.7, 70.1, 20.5, 31.6),
    "SE": (55.3, 69.1, 10.9, 24.2),
    "NO": (57.9, 71.2, 4.5, 31.2),
    "RU": (41.1, 82.0, 19.6, 180.0),
    "BY": (51.2, 56.2, 23.1, 32.8),
    "UA": (44.3, 52.4, 22.1, 40.3),
    "IT": (35.4, 47.1, 6.6, 18.6),
    "TR": (35.8, 42.2, 25.6, 44.9),
    "ES": (27.6, 43.8, -18.2, 4.4),
    "GB": (49.8, 60.9, -8.7, 1.8),
    "GE": (41.0, 43.6, 40.0, 46.8),
    "AM": (38.8, 41.3, 43.4, 46.7),
    "GR": (34.8, 41.8, 19.3, 29.7),
    "US": (24.5, 49.5, -125.0, -66.9),
}

# Words a text uses in ordinary prose: never an alias on their own.
STOP_WORDS = {
    "base",
    "bases",
    "camp",
    "range",
    "center",
    "centre",
    "field",
    "port",
    "station",
    "fort",
    "army",
    "navy",
    "air",
    "airbase",
    "airfield",
    "training",
    "area",
    "garrison",
    "barracks",
    "harbour",
    "harbor",
    "point",
    "sea",
    "bay",
    "the",
    "at",
    "in",
    "to",
    "on",
    "of",
    "lest",
    "may",
    "will",
    "mark",
    "rose",
    "papa",
    "crosses",
    "island",
    "ground",
    "floor",
    "parola",
    "kallax",
    "allied",
    "allies",
    "alliance",
    "forces",
    "troops",
}

# ASCII spellings left out on purpose: they are other things too.
ASCII_TWIN_WITHHELD = {
    "lest": "an English word",
    "arna": "a borough of Bergen and a given name (Ärna is the Swedish air base)",
    "orland": "a town in California and a surname (Ørland is the Norwegian air station)",
}

# Big cities (GeoNames population) that are aliases only because the site is known by the city's name.
CITY_ALIASES_ALLOWED = {"Rzeszów", "Rzeszow"}  # rows kept from before: the airport is the US hub itself

_FORM = re.compile(
    r"^(?:Camp |Port of |port of )|(?: (?:Air Base|air base|airbase|Airbase|airfield|training area|"
    r"Training Area|training ground|range|firing range|naval base|Naval Base|base|military base|"
    r"garrison|camp|barracks|Air Station|Main Air Station))$"
)

# Names shared with a far-away GeoNames town: the site is checked against this town instead.
REFERENCE_TOWN = {
    "Novo Selo": ("Sliven", 40),  # the GeoNames Novo Selo is a village near Vidin; the range is by Sliven
    "Chkalovsk": ("Kaliningrad", 40),  # GeoNames knows only the Chkalovsk on the Volga
    "Drawsko": ("Drawsko Pomorskie", 40),  # the GeoNames Drawsko is a village in Greater Poland
    "Kresty": ("Pskov", 40),  # Kresty is a common village name; the airfield is Pskov's
    "Novofedorivka": ("Novofedorovka", 40),  # GeoNames spells the Crimean village the Russian way
}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


def _aliases(row: dict[str, str]) -> list[str]:
    return row["aliases"].split("|")


def _place_names(row: dict[str, str]) -> set[str]:
    """The names of places an alias carries once its "X Air Base"-style form is taken off."""
    names = set()
    for alias in _aliases(row):
        stripped = _FORM.sub("", alias)
        names.update({stripped, *(p for p in re.split(r"-", stripped) if len(p) > 3)})
    return names


def test_there_are_at_least_110_sites_and_every_row_is_complete():
    assert len(ROWS) >= 110
    assert len({r["name"] for r in ROWS}) == len(ROWS)
    for row in ROWS:
        assert row["name"].strip() and row["source"].strip(), row
        assert all(a and a == a.strip() and "  " not in a for a in _aliases(row)), row["name"]
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_the_country_is_real_and_the_point_lies_inside_it(gaz, row):
    code = row["country_code"]
    assert code in gaz.countries and re.fullmatch(r"[A-Z]{2}", code)
    lat_min, lat_max, lon_min, lon_max = BBOX[code]
    assert lat_min <= float(row["lat"]) <= lat_max and lon_min <= float(row["lon"]) <= lon_max


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_the_point_lies_near_the_geonames_town_it_is_named_after(gaz, row):
    lat, lon = float(row["lat"]), float(row["lon"])
    for name in _place_names(row):
        town_name, limit = REFERENCE_TOWN.get(name, (name, 40))
        towns = [t for t in gaz.towns(town_name) if t.country_code == row["country_code"]]
        if towns:
            nearest = min(_km(lat, lon, t.lat, t.lon) for t in towns)
            assert nearest <= limit, f"{row['name']}: {nearest:.0f} km from GeoNames {town_name}"


def test_no_alias_names_two_sites():
    owner: dict[str, str] = {}
    for row in ROWS:
        for alias in _aliases(row):
            assert owner.setdefault(alias, row["name"]) == row["name"], f"{alias!r}: {owner[alias]} and {row['name']}"


def test_no_alias_is_a_common_word_a_country_a_force_or_a_big_city(gaz):
    countries = {fold(c.name) for c in gaz.countries.values()}
    forces = {fold(name) for name in gaz.forces}
    for row in ROWS:
        for alias in _aliases(row):
            key = fold(alias)
            assert alias.lower() not in STOP_WORDS and alias.lower() not in ASCII_TWIN_WITHHELD, alias
            assert len(alias) >= 4 or alias.isupper(), alias
            assert key not in countries and key not in forces, alias
            if alias not in CITY_ALIASES_ALLOWED:
                big = [
                    t
                    for t in gaz.towns(alias)
                    if int(re.search(r"population ([\d,]+)", t.source)[1].replace(",", "")) >= 100_000
                ]
                assert not big, f"{alias!r} is the city {big[0].name} ({big[0].country_code})"


def test_every_diacritic_spelling_has_an_ascii_twin_unless_that_twin_is_an_english_word():
    for row in ROWS:
        aliases = set(_aliases(row))
        for alias in aliases:
            if not alias.isascii() and fold(alias) not in STOP_WORDS | set(ASCII_TWIN_WITHHELD):
                assert any(fold(other) == fold(alias) and other.isascii() for other in aliases), alias


@pytest.mark.parametrize(
    "sentence, base, code",
    [
        ("Allied troops at Ämari Air Base", "Ämari Air Base", "EE"),
        ("Jets landed at Amari airbase.", "Ämari Air Base", "EE"),
        ("US soldiers at Mihail Kogalniceanu", "Mihail Kogălniceanu Air Base", "RO"),
        ("Troops at MK Air Base trained.", "Mihail Kogălniceanu Air Base", "RO"),
        ("An exercise in Drawsko Pomorskie", "Drawsko Pomorskie Training Area", "PL"),
        ("French troops moved to Cincu", "Cincu Training Area", "RO"),
        ("A German brigade will train at Rudninkai", "Rūdninkai Training Area", "LT"),
        ("The Sēlija training area opened.", "Sēlija Training Area", "LV"),
        ("Troops at the Selija training area", "Sēlija Training Area", "LV"),
        ("Tanks arrived in Żagań", "Żagań", "PL"),
        ("Tanks arrived in Zagan", "Żagań", "PL"),
        ("Abrams tanks at Swietoszow", "Świętoszów", "PL"),
        ("F-35s at Krzesiny", "Poznań-Krzesiny Air Base", "PL"),
        ("Cadets at Deblin", "Dęblin Air Base", "PL"),
        ("Jets at Malbork Air Base", "Malbork Air Base", "PL"),
        ("Fighters at Minsk Mazowiecki", "Mińsk Mazowiecki Air Base", "PL"),
        ("Troops in Smardan", "Smârdan Training Area", "RO"),
        ("Drills at the Babadag range", "Babadag Training Area", "RO"),
        ("F-16s at Fetesti", "Fetești Air Base", "RO"),
        ("Ships at the port of Constanța", "Constanța Naval Base", "RO"),
        ("Jets at Graf Ignatievo", "Graf Ignatievo Air Base", "BG"),
        ("Missiles fired at Shabla", "Shabla Training Range", "BG"),
        ("The Varna naval base hosted ships", "Varna Naval Base", "BG"),
        ("Gripens at Kecskemet Air Base", "Kecskemét Air Base", "HU"),
        ("C-17s at Papa Air Base", "Pápa Air Base", "HU"),
        ("Patriots at Sliac", "Sliač Air Base", "SK"),
        ("Jets at Malacky Air Base", "Malacky-Kuchyňa Air Base", "SK"),
        ("Troops at Voru", "Võru (Kuperjanov Infantry Battalion)", "EE"),
        ("Ships at the Liepaja naval base", "Liepāja Naval Base (Karosta)", "LV"),
        ("Ships at the Gdynia naval base", "Gdynia Naval Base", "PL"),
        ("Ships at the Swinoujscie naval base", "Świnoujście Naval Base", "PL"),
        ("Gripens at Uppsala-Ärna", "Uppsala-Ärna Air Base", "SE"),
        ("Jets at Ørland Main Air Station", "Ørland Air Station", "NO"),
        ("Troops at Vilseck", "Rose Barracks", "DE"),
        ("Warships left Baltiysk", "Baltiysk Naval Base", "RU"),
        ("Su-27s at Chkalovsk air base", "Chkalovsk Air Base", "RU"),
        ("Paratroopers at Pskov air base", "Pskov (Kresty) Air Base", "RU"),
        ("Drones hit the Kursk Khalino airfield", "Kursk Khalino Air Base", "RU"),
        ("A division at Yelnya", "Yelnya", "RU"),
        ("Iskanders in Osipovichi", "Osipovichi", "BY"),
        ("MiG-31s at Machulishchy", "Machulishchy Air Base", "BY"),
        ("Jets at Baranovichi air base", "Baranovichi Air Base", "BY"),
        ("Ships at Sevastopol naval base", "Sevastopol Naval Base", "UA"),
        ("Ships at the Novorossiysk naval base", "Novorossiysk Naval Base", "RU"),
    ],
)
def test_sentences_name_the_right_site(gaz, sentence, base, code):
    bases = [m.place for m in gaz.find_named(sentence) if m.place.kind == "base"]
    assert [(p.name, p.country_code) for p in bases] == [(base, code)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lest we forget, the alliance met.",
        "Russia moved troops near Kursk.",
        "Shelling hit Belgorod.",
        "Drills in Pskov region.",
        "Officials in Sevastopol said",
        "Troops in Kaliningrad.",
        "The port of Varna.",
        "A ceremony in Poznań.",
        "Rena said the camp was ready.",
        "The Boden family.",
        "Lest anyone doubt it.",
        "Arna, a Bergen borough.",
        "Orland, California.",
        "Engels wrote.",
        "Ostrov means island.",
    ],
)
def test_city_names_and_plain_words_are_not_taken_for_bases(gaz, sentence):
    assert [m.text for m in gaz.find_named(sentence) if m.place.kind == "base"] == []
