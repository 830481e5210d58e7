"""Filters over the fact table: what the sidebar chooses, applied the same to map, table and downloads."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from dashboard.schema import STATUSES, UNITS
from dashboard.util.dates import iso_date, plausible


@dataclass(frozen=True, slots=True)
class Filters:
    """An empty selection means "all"."""

    countries: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    forces: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class Options:
    """What each filter can choose from, in display order."""

    countries: tuple[str, ...]
    units: tuple[str, ...]
    statuses: tuple[str, ...]
    forces: tuple[str, ...]
    first_date: date | None
    last_date: date | None


def options(df: pd.DataFrame, members: Mapping[str, tuple[str, ...]]) -> Options:
    # A date the store kept from before dates were checked must not stretch the slider out of range.
    dates = [d for d in published_dates(df) if d is not None and plausible(d)]
    present = set(df["unit"]), set(df["status"])
    return Options(
        countries=tuple(sorted({c for cs in countries_of(df, members) for c in cs})),
        units=tuple(u for u in UNITS if u in present[0]) + tuple(sorted(u for u in present[0] if u not in UNITS)),
        statuses=tuple(s for s in STATUSES if s in present[1]),
        forces=tuple(sorted({f for f in df["force"] if f})),
        first_date=min(dates, default=None),
        last_date=max(dates, default=None),
    )


def published_dates(df: pd.DataFrame) -> list[date | None]:
    """Each fact's date, or None where it has none or none that exists."""
    return [iso_date(value) for value in df["published"]]


def countries_of(df: pd.DataFrame, members: Mapping[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Per fact, the countries it concerns: its own, or its region's members."""
    return [(code,) if code else members.get(region, ()) for code, region in zip(df["country_code"], df["region"])]


def apply(df: pd.DataFrame, filters: Filters, *, members: Mapping[str, tuple[str, ...]]) -> pd.DataFrame:
    """The facts that pass every filter; a region fact passes a country filter if the country is a member."""
    mask = pd.Series(True, index=df.index)
    if filters.countries:
        wanted = set(filters.countries)
        mask &= pd.Series([bool(wanted & set(codes)) for codes in countries_of(df, members)], index=df.index)
    if filters.units:
        mask &= df["unit"].isin(filters.units)
    if filters.statuses:
        mask &= df["status"].isin(filters.statuses)
    if filters.forces:
        mask &= df["force"].isin(filters.forces)
    if filters.articles:
        mask &= df["article_id"].isin(filters.articles)
    if filters.date_from or filters.date_to:
        low, high = filters.date_from or date.min, filters.date_to or date.max
        mask &= pd.Series([d is not None and low <= d <= high for d in published_dates(df)], index=df.index)
    return df[mask]


def file_stem(filters: Filters) -> str:
    """A download's name that records the filters, e.g. ``deployments_EE-LV_battlegroups_planned``."""
    parts = ["deployments"]
    for values in (filters.countries, filters.units, filters.statuses, filters.forces):
        if values:
            parts.append("-".join(sorted(values)))
    if filters.articles:
        parts.append(f"{len(filters.articles)}-articles")
    if filters.date_from or filters.date_to:
        parts.append(f"{filters.date_from or 'start'}_to_{filters.date_to or 'now'}")
    stem = "_".join(parts)
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem)[:150]


def describe(
    filters: Filters, *, country_name: Callable[[str], str] = str, article_label: Callable[[str], str] = str
) -> list[tuple[str, str]]:
    """Every filter as a ``(name, value)`` row an analyst reads, "all" where nothing was chosen; what
    an export records beside its facts, so a file handed on says what it leaves out."""
    return [
        ("Country", ", ".join(f"{country_name(c)} ({c})" for c in filters.countries) or "all"),
        ("Unit", ", ".join(filters.units) or "all"),
        ("Status", ", ".join(filters.statuses) or "all"),
        ("Force", ", ".join(filters.forces) or "all"),
        ("Article", "; ".join(article_label(a) for a in filters.articles) or "all"),
        ("Reported from", str(filters.date_from) if filters.date_from else "any date"),
        ("Reported to", str(filters.date_to) if filters.date_to else "any date"),
    ]


@dataclass(frozen=True, slots=True)
class Totals:
    """Counts of facts; troop figures are the posture's (dashboard/analysis/posture.py), never a sum of facts."""

    facts: int
    countries: int
    unlocated: int


def totals(df: pd.DataFrame, members: Mapping[str, tuple[str, ...]]) -> Totals:
    codes = {c for cs in countries_of(df, members) for c in cs}
    return Totals(facts=len(df), countries=len(codes), unlocated=int(df["lat"].isna().sum()))
