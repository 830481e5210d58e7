"""The one table: a deployment fact per row, its columns defined once.

The parser produces :class:`Fact` rows; the store, the exports and the app all read
``COLUMNS`` from here, so the table has one shape everywhere.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any, Literal

Unit = Literal[
    "troops",
    "battlegroups",
    "brigades",
    "battalions",
    "companies",
    "divisions",
    "regiments",
    "squadrons",
    "batteries",
    "headquarters",
    "warships",
    "aircraft",
    "tanks",
    "vehicles",
    "other",
]
Status = Literal["existing", "planned", "withdrawn"]
Precision = Literal["base", "town", "country", "region", "none"]

UNITS: tuple[str, ...] = Unit.__args__  # type: ignore[attr-defined]
# Formations with no unit of their own keep their noun, as CONVENTIONS.md writes them: "other:team".
OTHER_PREFIX = "other:"
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
PRECISIONS: tuple[str, ...] = Precision.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """One force-deployment fact, cited by the sentence that states it.

    ``unit_name`` is the formation as the text names it ("Panzerbrigade 45", "2nd Cavalry Regiment"),
    empty when it names none; ``resolved_place`` is what the gazetteer took ``place`` (as written) to
    be: "the Polish capital" resolves to Warsaw, "Crimea" to Crimea in Ukraine."""

    fact_id: str
    article_id: str
    title: str
    outlet: str
    author: str
    published: str
    url: str
    force: str
    unit: str
    unit_name: str = ""
    quantity_low: int | None
    quantity_high: int | None
    approx: bool
    troops_low: int | None
    troops_high: int | None
    troops_derived: bool
    status: str
    when: str
    when_start: str
    when_end: str
    place: str
    resolved_place: str = ""
    country_code: str
    country: str
    region: str
    lat: float | None
    lon: float | None
    precision: str
    quote: str
    quote_start: int
    quote_end: int
    also_cites: str

    def as_row(self) -> dict[str, Any]:
        return asdict(self)


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Fact))
INT_COLUMNS = ("quantity_low", "quantity_high", "troops_low", "troops_high", "quote_start", "quote_end")
FLOAT_COLUMNS = ("lat", "lon")
BOOL_COLUMNS = ("approx", "troops_derived")
TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in INT_COLUMNS + FLOAT_COLUMNS + BOOL_COLUMNS)


def is_unit(unit: str) -> bool:
    """One of ``UNITS``, or ``other:<noun>`` for a formation without a unit of its own."""
    return unit in UNITS or (unit.startswith(OTHER_PREFIX) and len(unit) > len(OTHER_PREFIX))


# The names the app shows and the exports offer beside the schema's own (the CSV/Excel header option).
LABELS: dict[str, str] = {
    "fact_id": "Fact ID",
    "article_id": "Article ID",
    "title": "Title",
    "outlet": "Outlet",
    "author": "Author",
    "published": "Published",
    "url": "Address",
    "force": "Force",
    "unit": "Unit",
    "unit_name": "Unit name",
    "quantity_low": "Count (low)",
    "quantity_high": "Count (high)",
    "approx": "Approx.",
    "troops_low": "Troops (low)",
    "troops_high": "Troops (high)",
    "troops_derived": "Troops derived",
    "status": "Status",
    "when": "When (as written)",
    "when_start": "From",
    "when_end": "Until",
    "place": "Place",
    "resolved_place": "Resolved to",
    "country_code": "Country code",
    "country": "Country",
    "region": "Region",
    "lat": "Latitude",
    "lon": "Longitude",
    "precision": "Precision",
    "quote": "Quoted sentence",
    "quote_start": "Quote start",
    "quote_end": "Quote end",
    "also_cites": "Size from",
}


# No force anyone reports comes near this; a larger count is a misread number (and from 9.3e18 on
# it no longer fits SQLite's or pandas' integers, which failed whole ingest batches).
MAX_COUNT = 10_000_000
COUNT_COLUMNS = ("quantity_low", "quantity_high", "troops_low", "troops_high")


def implausible_count(fact: Fact) -> str:
    """Why the fact's counts cannot be real, or ``''``."""
    for column in COUNT_COLUMNS:
        value = getattr(fact, column)
        if value is not None and not 0 <= value <= MAX_COUNT:
            return (
                f"{column} {value:,} is beyond any real force (the limit is {MAX_COUNT:,}); "
                f"fact refused: {fact.quote[:120]!r}"
            )
    return ""


# What a person may type into a fact's text fields and a decision's reason: far more than any real
# value, far less than what would bloat the store and every page that shows it.
MAX_TEXT = 300
MAX_REGION_TEXT = 2_000  # a region may list its members
MAX_REASON = 2_000
MAX_NAME = 200
_BOUNDS = {"lat": 90.0, "lon": 180.0}
# One-line fields hold no control characters (a tab, a newline, an escape sequence).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def value_problem(column: str, value: Any) -> str:
    """Why ``value`` cannot stand in ``column`` of a fact, or ``''``; ``None`` is "no value" and always
    fits. The parser's output satisfies these; a correction is held to the same."""
    if value is None:
        return ""
    if column in COUNT_COLUMNS:
        return _count_problem(column, value)
    if column in FLOAT_COLUMNS:
        bound = _BOUNDS[column]
        name = "latitude" if column == "lat" else "longitude"
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)):
            return f"{column} {value!r} is not a {name}"
        if not -bound <= float(value) <= bound:
            return f"{column} {float(value):g} is not a {name} (from {-bound:g} to {bound:g})"
        return ""
    if column in BOOL_COLUMNS:
        return "" if isinstance(value, bool) else f"{column} must be yes or no, not {value!r}"
    if not isinstance(value, str):
        return f"{column} must be text, not {type(value).__name__}"
    return _text_problem(column, value)


def _count_problem(column: str, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return f"{column} must be a whole number, not {value!r}"
    number = float(value)
    if not math.isfinite(number):
        return f"{column} {number} is not a number of anything"
    if not number.is_integer() or number < 0:
        return f"{column} must be a whole number of 0 or more, not {number:g}"
    if number > MAX_COUNT:
        return f"{column} {number:,.0f} is beyond any real force (the limit is {MAX_COUNT:,})"
    return ""


def _text_problem(column: str, value: str) -> str:
    limit = MAX_REGION_TEXT if column == "region" else MAX_TEXT
    if len(value) > limit:
        return f"{column} is {len(value):,} characters long; the limit is {limit:,}"
    if value and not value.strip():
        return f"{column} is blank (only spaces): leave it empty for none, or type a value"
    if _CONTROL.search(value):
        return f"{column} holds control characters (a line break, a tab or an escape); type it on one line"
    if column == "unit" and not is_unit(value):
        return f"unit must be one of {', '.join(UNITS)} or other:<noun>, not {value!r}"
    if column == "status" and value not in STATUSES:
        return f"status must be one of {', '.join(STATUSES)}, not {value!r}"
    if column == "precision" and value not in PRECISIONS:
        return f"precision must be one of {', '.join(PRECISIONS)}, not {value!r}"
    if column in ("when_start", "when_end") and value:
        try:
            date.fromisoformat(value)
        except ValueError:
            return f"{column} {value!r} is not a date (YYYY-MM-DD)"
    return ""


# Pairs of columns whose first may not exceed its second.
ORDERED_PAIRS = (("quantity_low", "quantity_high"), ("troops_low", "troops_high"), ("when_start", "when_end"))


def pair_problem(fact: Mapping[str, Any], low: str, high: str) -> str:
    """Why ``fact[low]`` after ``fact[high]`` cannot be (a range upside down, "from" after "until"),
    or ``''``; either one missing is no problem."""
    a, b = fact.get(low), fact.get(high)
    if a is None or b is None or a == "" or b == "" or value_problem(low, a) or value_problem(high, b):
        return ""
    if a <= b:
        return ""
    if low == "when_start":
        return f"from ({a}) is after until ({b})"
    return f"{low} ({a:,}) is above {high} ({b:,})"


# Review: an analyst's decision on a fact. Corrections never overwrite the parser's reading: the table
# shows the corrected value and keeps the parser's beside it as ``original_<column>``.
ReviewState = Literal["unreviewed", "accepted", "corrected", "rejected"]
REVIEW_STATES: tuple[str, ...] = ReviewState.__args__  # type: ignore[attr-defined]
TRUSTED_STATES = ("accepted", "corrected")
# When a fact holds: the words that date it and the ISO dates they denote (empty when unknown).
TIME_COLUMNS = ("when", "when_start", "when_end")
DATE_COLUMNS = ("when_start", "when_end")
CORRECTABLE: tuple[str, ...] = (
    "force",
    "unit",
    "unit_name",
    "quantity_low",
    "quantity_high",
    "approx",
    "troops_low",
    "troops_high",
    "status",
    "place",
    "resolved_place",
    "country_code",
    "country",
    "region",
    "lat",
    "lon",
    "precision",
    *TIME_COLUMNS,
)
REVIEW_COLUMNS: tuple[str, ...] = (
    "review_state",
    "reviewed_by",
    "reviewed_at",
    *(f"original_{c}" for c in CORRECTABLE),
)
# Readable names for exports with readable headers: "Count (low), as read by the parser".
LABELS.update(
    {
        "review_state": "Review",
        "reviewed_by": "Reviewed by",
        "reviewed_at": "Reviewed at",
        **{f"original_{c}": f"{LABELS[c]}, as read by the parser" for c in CORRECTABLE},
    }
)
