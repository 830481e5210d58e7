"""The totals that mean something: what the reporting says stood on a date, not a sum of sentences.

For each host (a country, or a region for a region-wide claim), force and unit, the newest statement
that stands on the date replaces the older ones. A statement is dated by the fact's own dates where
the parser found them (``when_start``, else ``when_end``), else by its article's publication. It
stands from that date (a plan from its announcement: "by 2027" is when it is due, not when it was
said) until its end where it has one: "until June" ends then, and a past figure ("up from 8,000 in
2021": its period ended before its own article) ends with its period. Left out, each with its
reason: withdrawn facts (a withdrawal says what left, not what stayed), facts not yet standing or
ended on the date, facts with no place. Region-wide claims are listed beside the countries and never
added to them; ranges stay ranges; every total names the facts that make it.

Every entry carries its force's side (``places.sides``): allied and Russian figures are summed apart,
and a mixed or unknown force is listed and added to neither.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from dashboard.places.sides import SUMMED, Sides

COUNTED_STATUSES = ("existing", "planned")
# The columns of a fact the posture reads row by row (reading all of them made a 10,000-fact posture
# take a second): the fact's own, as the store keeps them, then the dates ``_dated`` adds.
_FACT = (
    "fact_id",
    "status",
    "country_code",
    "country",
    "region",
    "force",
    "unit",
    "quantity_low",
    "quantity_high",
    "troops_low",
    "troops_high",
)
_STORED = (*_FACT, "published", "when_start", "when_end")  # what the query engine gives ``from_newest``
_READ = (*_FACT, "_stated", "_begins", "_ends", "_past", "_published")


@dataclass(frozen=True, slots=True)
class Entry:
    """One host, force and unit as it stood; several facts when equally new statements agree or differ."""

    host: str
    host_name: str
    regional: bool
    side: str
    force: str
    unit: str
    status: str
    count_low: int | None
    count_high: int | None
    troops_low: int | None
    troops_high: int | None
    stated_on: date | None
    fact_ids: tuple[str, ...]
    counted: bool
    note: str


@dataclass(frozen=True, slots=True)
class Range:
    low: int
    high: int
    fact_ids: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.low:,}" if self.low == self.high else f"{self.low:,}–{self.high:,}"


@dataclass(frozen=True, slots=True)
class Posture:
    on: date
    entries: tuple[Entry, ...]
    excluded: tuple[tuple[str, str], ...]  # (fact_id, why it is not part of the posture), all or a sample
    left_out: int  # how many facts are not part of it (``excluded`` may list only some)
    flank: frozenset[str]  # the host countries the allied figures are about

    def troops(self, status: str, *, side: str, hosts: Collection[str] | None = None) -> Range:
        """Troops of the counted entries of ``side`` with ``status`` (at ``hosts`` if given), low and
        high summed apart."""
        counted = [
            e
            for e in self.entries
            if e.counted
            and e.side == side
            and e.status == status
            and e.troops_low is not None
            and (hosts is None or e.host in hosts)
        ]
        return Range(
            sum(e.troops_low or 0 for e in counted),
            sum(e.troops_high or e.troops_low or 0 for e in counted),
            tuple(f for e in counted for f in e.fact_ids),
        )

    def hosts(self, side: str, *, within: Collection[str] | None = None) -> tuple[str, ...]:
        """The countries where counted entries of ``side`` stand (never where they came from)."""
        return tuple(
            sorted(
                {e.host for e in self.entries if e.counted and e.side == side and (within is None or e.host in within)}
            )
        )


def posture(df: pd.DataFrame, *, on: date | None = None, sides: Sides) -> Posture:
    """What stood on ``on`` (default today) according to the facts in ``df``."""
    on = on or date.today()
    excluded: list[tuple[str, str]] = []
    candidates = []
    for fact in _dated(df)[list(_READ)].to_dict(orient="records"):
        if reason := _left_out(fact, on):
            excluded.append((fact["fact_id"], reason))
        else:
            candidates.append(fact)
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for fact in candidates:
        groups.setdefault((_host(fact), fact["force"], fact["unit"]), []).append(fact)
    entries = []
    for group in groups.values():
        newest = max(_order(f) for f in group)
        latest = [f for f in group if _order(f) == newest]
        ids = tuple(f["fact_id"] for f in latest)
        excluded += [
            (f["fact_id"], f"replaced by a newer statement ({', '.join(ids)})") for f in group if _order(f) != newest
        ]
        entries.append(_entry(latest, sides))
    return Posture(on, tuple(_mark_counted(entries, sides)), tuple(excluded), len(excluded), sides.flank)


def from_newest(newest: list[dict], excluded: list[dict], *, on: date, left_out: int, sides: Sides) -> Posture:
    """The posture from facts the query engine found by these rules in SQL (``query._judged``): each
    group's newest standing statements, and some of the facts left out (``left_out`` in all), each
    with the columns ``posture`` reads, as the store keeps them."""
    frame = pd.DataFrame(newest + excluded, columns=list(_STORED))
    dated = _dated(frame.astype({c: str for c in ("published", "when_start", "when_end")}))
    facts = dated[list(_READ)].to_dict(orient="records")
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for fact in facts[: len(newest)]:
        groups.setdefault((_host(fact), fact["force"], fact["unit"]), []).append(fact)
    reasons = []
    for fact in facts[len(newest) :]:
        if not (reason := _left_out(fact, on)):
            ids = tuple(f["fact_id"] for f in groups.get((_host(fact), fact["force"], fact["unit"]), []))
            reason = f"replaced by a newer statement ({', '.join(ids)})"
        reasons.append((fact["fact_id"], reason))
    entries = _mark_counted((_entry(group, sides) for group in groups.values()), sides)
    return Posture(on, tuple(entries), tuple(reasons), left_out, sides.flank)


def _dated(df: pd.DataFrame) -> pd.DataFrame:
    """The facts with the date that orders them, the dates they stand from and until, and whether
    they report a past figure."""

    def column(name: str) -> pd.Series:
        values = df[name] if name in df.columns else pd.Series("", index=df.index, dtype=str)
        return pd.to_datetime(values.replace("", None), errors="coerce")

    published, start, end = (column(c) for c in ("published", "when_start", "when_end"))
    stated = start.fillna(end).fillna(published)
    planned = df["status"] == "planned"
    begins = stated.where(~planned, published.fillna(stated))
    past = (end < published).fillna(False)
    # "until June" (an end and no start) ends then; "in 2023" is a period the figure was given for, not
    # an end, unless it was over before the article: then the figure is history.
    ends = end.where(past | start.isna())

    def dates(values: pd.Series) -> list[date | None]:
        return [None if pd.isna(v) else v.date() for v in values]

    return df.assign(
        _stated=dates(stated),
        _begins=dates(begins),
        _ends=dates(ends),
        _past=past.astype(bool),
        _published=dates(published),
    )


def _left_out(fact: dict, on: date) -> str:
    if fact["status"] not in COUNTED_STATUSES:
        return f"{fact['status']}: says what left, not what stayed"
    if not fact["country_code"] and not fact["region"]:
        return "no place stated"
    begins, ends, published = fact["_begins"], fact["_ends"], fact["_published"]
    if begins is not None and begins > on:
        return f"stands from {begins}, after {on}"
    if ends is not None and ends < on:
        if fact["_past"]:
            return f"a past figure: it ended {ends}, before its article of {published}"
        return f"ended {ends}, before {on}"
    return ""


def _order(fact: dict) -> date:
    # An undated fact is older than any dated one: a statement with a date replaces it.
    return fact["_stated"] or date.min


def _known(value: object) -> bool:
    return value is not None and not pd.isna(value)


def _host(fact: dict) -> str:
    return fact["country_code"] or fact["region"]


def _entry(latest: list[dict], sides: Sides) -> Entry:
    first = latest[0]
    lows = [f["troops_low"] for f in latest if _known(f["troops_low"])]
    highs = [
        f["troops_high"] if _known(f["troops_high"]) else f["troops_low"] for f in latest if _known(f["troops_low"])
    ]
    counts = [f for f in latest if _known(f["quantity_low"])]
    return Entry(
        host=_host(first),
        host_name=first["country"] or first["region"],
        regional=not first["country_code"],
        side=sides.of(first["force"]),
        force=first["force"],
        unit=first["unit"],
        # Equally new statements that differ in status keep the firmer one: "existing" before "planned".
        status=min((f["status"] for f in latest), key=COUNTED_STATUSES.index),
        count_low=min((int(f["quantity_low"]) for f in counts), default=None),
        count_high=max(
            (int(f["quantity_high"] if _known(f["quantity_high"]) else f["quantity_low"]) for f in counts), default=None
        ),
        troops_low=int(min(lows)) if lows else None,
        troops_high=int(max(highs)) if highs else None,
        stated_on=first["_stated"],
        fact_ids=tuple(f["fact_id"] for f in latest),
        counted=True,
        note="",
    )


def _mark_counted(entries: Iterable[Entry], sides: Sides) -> list[Entry]:
    """Region-wide claims are never added on top of their countries; a mixed or unknown force to no
    side; where a host and force have a troops figure, their units (a battlegroup, its companies) are
    taken to be inside it, not beside it."""
    entries = list(entries)
    with_troops = {(e.host, e.force) for e in entries if e.unit == "troops" and not e.regional}
    marked = []
    for e in entries:
        if e.regional:
            note = "region-wide claim: shown beside the countries, never added to them"
        elif why := sides.why_not_summed(e.force):
            note = why
        elif e.unit != "troops" and (e.host, e.force) in with_troops and e.troops_low is not None:
            note = f"taken to be within the troops figure for {e.force or 'unnamed force'} in {e.host_name}"
        else:
            marked.append(e)
            continue
        marked.append(Entry(**{**_fields(e), "counted": False, "note": note}))
    order = {side: i for i, side in enumerate(SUMMED)}
    return sorted(marked, key=lambda e: (e.regional, order.get(e.side, 9), e.host_name, e.force, e.unit))


def _fields(entry: Entry) -> dict:
    return {name: getattr(entry, name) for name in Entry.__slots__}


def table(result: Posture) -> pd.DataFrame:
    """The posture as rows a person reads: each with the facts that make it."""
    return pd.DataFrame(
        [
            {
                "side": e.side,
                "host": e.host_name,
                "force": e.force,
                "unit": e.unit,
                "status": e.status,
                "count": _span(e.count_low, e.count_high),
                "troops": _span(e.troops_low, e.troops_high),
                "stated on": str(e.stated_on or ""),
                "added to totals": "yes" if e.counted else "no",
                "note": e.note,
                "facts": ", ".join(e.fact_ids),
            }
            for e in result.entries
        ],
        columns=[
            "side",
            "host",
            "force",
            "unit",
            "status",
            "count",
            "troops",
            "stated on",
            "added to totals",
            "note",
            "facts",
        ],
    )


def _span(low: int | None, high: int | None) -> str:
    if low is None:
        return ""
    return f"{low:,}" if high in (None, low) else f"{low:,}–{high:,}"
