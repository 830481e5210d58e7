"""Optional online geocoding with geopy's Nominatim, on top of the offline result.

Three parts, each replaceable: :func:`build_query` says what to ask, a *transport* asks it (by
default geopy's Nominatim behind its RateLimiter, one request a second, with a timeout), and
:func:`parse_answer` turns the answer into a point and a precision. Answers are cached on disk in
SQLite. Any failure keeps the offline result, and the caller is told once.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geopy.exc import GeopyError

from dashboard import paths
from dashboard.errors import (
    GeocoderBadAnswer,
    GeocoderError,
    GeocoderRateLimited,
    GeocoderTimedOut,
    GeocoderUnavailable,
)
from dashboard.schema import Fact

USER_AGENT = "eastern-flank-deployments-map/1.0 (offline-first deployment mapper)"
CACHE_PATH = paths.GEOCACHE
_TOWN_TYPES = {"city", "town", "village", "hamlet", "municipality", "suburb", "locality", "county"}
_BASE_TYPES = {"military", "barracks", "airfield", "aerodrome", "base", "range", "naval_base"}


@dataclass(frozen=True, slots=True)
class GeoQuery:
    """What to ask: the place as written, limited to the country the parser placed it in."""

    text: str
    country_code: str


@dataclass(frozen=True, slots=True)
class GeoAnswer:
    lat: float
    lon: float
    precision: str
    country_code: str


Transport = Callable[[GeoQuery], dict[str, Any] | None]


def build_query(fact: Fact) -> GeoQuery | None:
    """Only towns, bases and "Town, Country" places can gain from a finer online answer."""
    if fact.precision in ("base", "town"):
        return GeoQuery(fact.place, fact.country_code)
    if fact.precision == "country" and fact.country and fact.place not in ("", fact.country):
        return GeoQuery(fact.place, fact.country_code)
    return None


def parse_answer(raw: dict[str, Any] | None) -> GeoAnswer | None:
    """A Nominatim ``jsonv2`` result with address details, or None when it says nothing usable."""
    if not raw:
        return None
    try:
        lat, lon = float(raw["lat"]), float(raw["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    category = str(raw.get("category") or raw.get("class") or "")
    if category == "military" or kind in _BASE_TYPES:
        precision = "base"
    elif kind in _TOWN_TYPES:
        precision = "town"
    elif kind == "country":
        precision = "country"
    else:
        precision = "town"
    code = str((raw.get("address") or {}).get("country_code", "")).upper()
    return GeoAnswer(lat, lon, precision, code)


def nominatim_transport(
    *,
    domain: str = "nominatim.openstreetmap.org",
    scheme: str = "https",
    timeout: float = 5.0,
    min_delay_seconds: float = 1.0,
) -> Transport:
    """geopy's Nominatim behind its RateLimiter; no retries, so a dead service costs one timeout."""
    # geopy is imported here, not at the top: the offline commands should not pay for it at start-up.
    from geopy.adapters import URLLibAdapter
    from geopy.exc import GeopyError
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    # URLLibAdapter makes exactly one attempt; the requests adapter would retry a hung server twice.
    geocoder = Nominatim(
        user_agent=USER_AGENT, timeout=timeout, domain=domain, scheme=scheme, adapter_factory=URLLibAdapter
    )
    limited = RateLimiter(
        geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False
    )

    def ask(query: GeoQuery) -> dict[str, Any] | None:
        try:
            location = limited(
                query.text,
                exactly_one=True,
                addressdetails=True,
                country_codes=[query.country_code.lower()] if query.country_code else None,
            )
        except GeopyError as err:
            kind, reason = _classify(err, timeout)
            raise kind(f"online geocoder at {domain}: {reason}") from err
        return location.raw if location is not None else None

    return ask


def _classify(err: GeopyError, timeout: float) -> tuple[type[GeocoderError], str]:
    """geopy's kind of failure as ours, so callers can tell a rate limit from a bad answer."""
    from geopy import exc

    if isinstance(err, exc.GeocoderTimedOut):
        return GeocoderTimedOut, f"no answer within {timeout:g} s (timed out)"
    if isinstance(err, exc.GeocoderRateLimited):
        return GeocoderRateLimited, "refused for too many requests (HTTP 429, rate limited)"
    if isinstance(err, exc.GeocoderParseError):
        return GeocoderBadAnswer, "sent an unreadable answer"
    if isinstance(err, exc.GeocoderUnavailable):
        return GeocoderUnavailable, f"unavailable ({err})"
    return GeocoderUnavailable, f"failed ({type(err).__name__}: {err})"


class GeoCache:
    """Answers already fetched, on disk, so a place is asked for once."""

    def __init__(self, path: Path = CACHE_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.execute("CREATE TABLE IF NOT EXISTS answers (query TEXT PRIMARY KEY, raw TEXT)")

    @staticmethod
    def _key(query: GeoQuery) -> str:
        return f"{query.country_code}|{query.text}"

    def get(self, query: GeoQuery) -> tuple[bool, dict[str, Any] | None]:
        with self._lock:
            row = self._db.execute("SELECT raw FROM answers WHERE query = ?", (self._key(query),)).fetchone()
        return (True, json.loads(row[0])) if row else (False, None)

    def put(self, query: GeoQuery, raw: dict[str, Any] | None) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (self._key(query), json.dumps(raw)))


@dataclass(frozen=True, slots=True)
class Refined:
    facts: list[Fact]
    asked: int
    error: GeocoderError | None = None

    @property
    def problem(self) -> str:
        """The failure as one line for the user, or ``''``."""
        return str(self.error) if self.error else ""


def refine(facts: Iterable[Fact], transport: Transport, *, cache: GeoCache | None = None) -> Refined:
    """Facts with online points where the answer is finer and in the same country.

    After the first failure no more requests are made: the rest keep their offline result, and the
    one problem is reported once.
    """
    out: list[Fact] = []
    asked = 0
    error: GeocoderError | None = None
    for fact in facts:
        query = build_query(fact)
        if query is None or error:
            out.append(fact)
            continue
        hit, raw = cache.get(query) if cache else (False, None)
        if not hit:
            try:
                raw = transport(query)
            except GeocoderError as err:
                error = err
                out.append(fact)
                continue
            asked += 1
            if cache:
                cache.put(query, raw)
        out.append(_apply(fact, parse_answer(raw)))
    return Refined(out, asked, error)


def _apply(fact: Fact, answer: GeoAnswer | None) -> Fact:
    if answer is None or (fact.country_code and answer.country_code and answer.country_code != fact.country_code):
        return fact
    rank = {"none": 0, "region": 1, "country": 2, "town": 3, "base": 4}
    precision = answer.precision if rank[answer.precision] >= rank.get(fact.precision, 0) else fact.precision
    return replace(fact, lat=answer.lat, lon=answer.lon, precision=precision)
