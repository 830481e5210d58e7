"""The totals that mean something: what the reporting says stood on a date, each side apart, never
a sum of sentences.

Dates. A fact is dated by its own dates where the parser found them (``when_start``, else
``when_end``), else by its article's publication. An existing figure stands from that date until
its end where it has one ("until June" ends then); a past figure ("up from 8,000 in 2021": its
period was over before its article) stands only in its own period. A plan is known from its
announcement (its article's date) and is *in place* from the date it is due (``when_start``, else
``when_end``: "by 2027" counts from the end of 2027); until then, and always when it gives no date,
it is *planned*. A plan due before its own article is history and never projected.

One figure per formation. Statements are grouped by host (a country, or a region for a
region-wide claim), formation (a NATO formation is NATO's whoever leads it: "NATO" and "NATO
(Germany-led)" at one host are one formation) and unit, what is in place apart from what is
planned. The newest statement of a group stands for it; equally new ones that differ stay a range,
never a sum. A plan adds to what is there only when its sentence says so ("1,200 more",
"an additional", "extra", see :func:`says_more`) and only if it is newer than the figure it adds to
(a newer figure already holds it); any other plan replaces the figure when it falls due.

Sides and what is summed. Every entry carries its force's side (``places.sides``); allied and
Russian figures are summed apart, and a mixed or unknown force is listed and added to neither.
Region-wide claims are listed beside their countries, never added to them. A formation's units (a
battlegroup, its companies) are within its troops figure; a national contingent inside a NATO
formation at the same host (its sentence names the formation, or its nation leads it) and no larger
than it is part of the formation's total, not added to it. Every entry names its facts, and every
fact left out is listed with its reason, both in words.

The rules are computed on arrays (:class:`Judged`), once per set of facts, then at any date: the
posture on one date and the levels month by month (:func:`timeline`) are the same computation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import cast

import numpy as np
import pandas as pd

from dashboard.places.sides import ALLIED, RUSSIAN, SUMMED, Sides, formation, leader, nations

IN_PLACE, PLANNED = "in place", "planned"
STATUSES = (IN_PLACE, PLANNED)
# The statuses of facts the posture reads; a withdrawal says what left, not what stayed.
COUNTED_STATUSES = ("existing", "planned")
# The columns of a fact the posture reads (``STORED``, as the store keeps them), and those it words
# them with where it has them. ``adds`` (whether a plan says "more") may be given ready-made.
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
_DATES = ("published", "when_start", "when_end")
STORED: tuple[str, ...] = (*_FACT, *_DATES)
WORDED: tuple[str, ...] = ("quote", "outlet", "title")
_EPOCH = date(1970, 1, 1)
_NONE = np.iinfo(np.int64).min  # no date: older than every date
# Why a fact is not part of the posture, by code (worded with its dates by ``_reason``).
_WITHDRAWN, _NO_PLACE, _NOT_YET, _ENDED, _PAST, _PAST_PLAN, _UNANNOUNCED = range(1, 8)
# Categories of a standing fact: in place (1; 2 a plan that adds), planned (3; 4 a plan that adds).
CATEGORIES = 5
_NATO = "NATO"
# A national contingent's sentence that names the multinational formation it serves in ("brigade"
# is not among them: a brigade is as often one nation's own).
_FORMATION_WORDS = re.compile(
    r"\b(?:battle\s?groups?|multinational|forward\s+(?:land\s+forces|presence)|eFP)\b", re.IGNORECASE
)
# "1,200 more", "an additional 1,200", "extra": a plan on top of what is there. "more than" is an
# estimate ("more than 1,200"), not an addition.
_MORE = r"(?:additional|extra|more(?!\s+than\b))"
_MORE_ANYWHERE = re.compile(rf"\b{_MORE}\b", re.IGNORECASE)


# Cached: the store's query asks it of the same plan in each of its scans.
@lru_cache(maxsize=1 << 16)
def says_more(quote: object, quantity_low: object, quantity_high: object, troops_low: object) -> bool:
    """Whether a plan's sentence says it comes on top of what is there: a cue just before or after
    its count as written ("an additional 1,200", "1,200 more troops"); where the count is not
    written in figures ("an additional battalion"), a cue anywhere in the sentence."""
    text = str(quote or "")
    if not _MORE_ANYWHERE.search(text):
        # Every cue is one of these words: most sentences hold none, and need no search by figure
        # (at 600,000 facts this function ran 3.3 s of the posture's 4.9 s).
        return False
    figures = [int(cast(float, v)) for v in (quantity_low, quantity_high, troops_low) if _known(v)]
    found = False
    for figure in dict.fromkeys(figures):
        written = "|".join(re.escape(f"{figure:,}".replace(",", sep)) for sep in (",", "", " ", ".", "\u00a0"))
        number = rf"(?<![\d.,])(?:{written})(?![\d])"
        for match in re.finditer(number, text):
            found = True
            before, after = text[max(0, match.start() - 40) : match.start()], text[match.end() : match.end() + 40]
            if re.search(rf"\b{_MORE}\s+(?:[\w.-]+\s+){{0,2}}$", before, re.IGNORECASE):
                return True
            if re.match(rf"\s+(?:(?!and\b|or\b)[\w.-]+\s+){{0,2}}?{_MORE}\b", after, re.IGNORECASE):
                return True
    return not found and bool(_MORE_ANYWHERE.search(text))


@lru_cache(maxsize=1 << 16)
def names_formation(quote: object) -> bool:
    """Whether a sentence names a multinational formation ("the battlegroup", "multinational")."""
    return bool(_FORMATION_WORDS.search(str(quote or "")))


@dataclass(frozen=True, slots=True)
class Entry:
    """One host, formation and unit as it stood, in place or planned: one statement, or several
    equally new ones (a range), with the words of each."""

    host: str
    host_name: str
    regional: bool
    side: str
    force: str
    unit: str
    status: str  # IN_PLACE or PLANNED
    from_plan: bool  # in place because a plan fell due
    adds: bool  # on top of the formation's figure ("1,200 more")
    due: date | None  # when the plan is due, for a plan
    count_low: int | None
    count_high: int | None
    troops_low: int | None
    troops_high: int | None
    stated_on: date | None  # the date it stands by (what "newest" compares)
    as_of: date | None  # the date of its newest statement (its article's)
    fact_ids: tuple[str, ...]
    words: tuple[str, ...]
    names_formation: bool  # a sentence of it names a multinational formation
    counted: bool
    note: str


@dataclass(frozen=True, slots=True, order=True)
class Excluded:
    """A fact that is not part of the posture: why, and its words."""

    fact_id: str
    reason: str
    words: str
    host: str
    side: str


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
    excluded: tuple[Excluded, ...]  # all the facts left out, or a sample of them
    left_out: int  # how many facts are in no entry (``excluded`` may list only some)
    flank: frozenset[str]  # the host countries the allied figures are about

    def total(self, side: str, status: str, *, hosts: Collection[str] | None = None) -> Range:
        """Troops of the counted entries of ``side`` and ``status`` (at ``hosts`` if given), low and
        high summed apart."""
        return _sum(e for e in self._counted(side, status, hosts) if e.troops_low is not None)

    def from_plans(self, side: str, *, hosts: Collection[str] | None = None) -> Range:
        """The part of ``total(side, IN_PLACE)`` that plans fallen due make."""
        return _sum(e for e in self._counted(side, IN_PLACE, hosts) if e.from_plan and e.troops_low is not None)

    def hosts(self, side: str, *, within: Collection[str] | None = None) -> tuple[str, ...]:
        """The countries where counted entries of ``side`` stand (never where they came from)."""
        return tuple(sorted({e.host for s in STATUSES for e in self._counted(side, s, within)}))

    def by_host(self) -> dict[tuple[str, str, str], Range]:
        """Each country's total by side and status: ``(host, side, status) -> Range``."""
        groups: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
        for e in self.entries:
            if e.counted and not e.regional and e.troops_low is not None:
                groups[(e.host, e.side, e.status)].append(e)
        return {key: _sum(group) for key, group in groups.items()}

    def figures(self) -> tuple[str, ...]:
        """The headline's figures: allied on the flank in place and planned, Russian in place and planned."""
        return (
            str(self.total(ALLIED, IN_PLACE, hosts=self.flank)),
            str(self.total(ALLIED, PLANNED, hosts=self.flank)),
            str(self.total(RUSSIAN, IN_PLACE)),
            str(self.total(RUSSIAN, PLANNED)),
        )

    def account(self, fact_id: str) -> str:
        """Where one fact stands in this posture, in words: what a reviewer is told when a decision on
        it leaves the totals as they were."""
        for e in self.entries:
            if fact_id not in e.fact_ids:
                continue
            where = f"{e.side} {e.status} in {e.host_name} ({e.force or 'no force named'}, {e.unit})"
            if not e.counted:
                return f"it is listed but added to no total: {e.note}"
            if e.troops_low is None:
                return f"it counts as {where} but gives no troop figure to add"
            if e.side == ALLIED and e.host not in self.flank:
                return f"it counts as {where}, outside the flank the allied figures are about"
            figure = _span(e.troops_low, e.troops_high)
            if len(e.fact_ids) > 1:
                return (
                    f"it is one of {len(e.fact_ids)} equally new statements of {where}, which stay one "
                    f"figure, {figure}, never a sum"
                )
            return f"it counts as {where}: {figure}, as before"
        for x in self.excluded:
            if x.fact_id == fact_id:
                return f"it is left out of the posture on {self.on}: {x.reason}"
        return "it is not among the facts the filters and the review states select"

    def _counted(self, side: str, status: str, hosts: Collection[str] | None) -> Iterable[Entry]:
        return (
            e
            for e in self.entries
            if e.counted and e.side == side and e.status == status and (hosts is None or e.host in hosts)
        )


def _sum(entries: Iterable[Entry]) -> Range:
    chosen = list(entries)
    return Range(
        sum(e.troops_low or 0 for e in chosen),
        sum(e.troops_high or e.troops_low or 0 for e in chosen),
        tuple(f for e in chosen for f in e.fact_ids),
    )


class Judged:
    """Facts with the dates the rules read, worked out once; :meth:`at` gives the posture on any date.

    ``facts`` has the ``STORED`` columns, and the ``WORDED`` ones where words are wanted. What the
    rules read of a sentence is asked of its ``quote``, or given ready-made, as the store's query
    does: ``adds`` (:func:`says_more`, for a plan) and ``in_formation`` (:func:`names_formation`)."""

    def __init__(self, facts: pd.DataFrame, *, sides: Sides) -> None:
        df = self._facts = facts.reset_index(drop=True)
        self._sides = sides
        self._records: list[dict] | None = None
        published, start, end = (_days(df, column) for column in _DATES)
        self._stated = _first(start, end, published)
        self._past = _has(end) & _has(published) & (end < published)
        self._ends = np.where(self._past | ~_has(start), end, _NONE)
        self._due = _first(start, end)
        self._known = _first(published, self._due)
        self._published = published
        status = df["status"].astype(str).to_numpy() if len(df) else np.array([], dtype=str)
        self._existing, self._planned = status == "existing", status == "planned"
        codes, regions = (df[c].fillna("").astype(str) for c in ("country_code", "region"))
        self._placed = ((codes != "") | (regions != "")).to_numpy(dtype=bool)
        self._adds = self._planned & _adds(df)
        self._in_formation = _asked(df, "in_formation", names_formation)
        self._host = codes.where(codes != "", regions).to_list()
        forces = df["force"].fillna("").astype(str)
        named = forces.unique()
        formations = forces.map({f: formation(f) for f in named})
        keys = pd.Series(list(zip(self._host, formations, df["unit"].astype(str))), dtype=object)
        self._group, groups = pd.factorize(keys) if len(df) else (np.array([], dtype=np.int64), [])
        self._groups = len(groups)
        self._side = forces.map({f: sides.of(f) for f in named}).to_list()

    def __len__(self) -> int:
        return len(self._facts)

    def span(self) -> tuple[date, date] | None:
        """The first and last date any fact is stated, announced or due by; None without dates."""
        days = np.concatenate([self._stated, self._published, self._due])
        days = days[days != _NONE]
        return (_date(int(days.min())), _date(int(days.max()))) if len(days) else None

    def at(self, on: date, *, explain: bool = True, of: int | None = None) -> Posture:
        """The posture on ``on``. ``explain`` words every fact left out (skipped for a chart); ``of``
        is how many facts there are in all where these are only a part (the store's query reads
        only the newest statements and a sample of the others)."""
        day = (on - _EPOCH).days
        reason = self._reasons(day)
        standing = reason == 0
        due_now = self._planned & _has(self._due) & (self._due <= day)
        in_place = self._existing | due_now
        category = np.where(in_place, 1, 3) + self._adds
        key = np.where(self._existing, self._stated, np.where(due_now, self._due, self._known))
        combo = self._group * CATEGORIES + category
        best = np.full(max(self._groups, 1) * CATEGORIES, _NONE, dtype=np.int64)
        np.maximum.at(best, combo[standing], key[standing])
        winner = standing & (key == best[combo])
        by_combo: dict[int, list[int]] = defaultdict(list)
        for i in np.flatnonzero(winner):
            by_combo[int(combo[i])].append(int(i))
        entries: list[Entry] = []
        absorbed: dict[int, int] = {}  # a plan that adds, held by a newer figure: the figure's first fact
        for group in sorted({c // CATEGORIES for c in by_combo}):
            for base_category, status in ((1, IN_PLACE), (3, PLANNED)):
                base = by_combo.get(group * CATEGORIES + base_category, [])
                extra = by_combo.get(group * CATEGORIES + base_category + 1, [])
                if base:
                    entries.append(self._entry(base, status=status, key=int(key[base[0]]), explain=explain))
                if extra and base and key[extra[0]] <= key[base[0]]:
                    absorbed.update((i, base[0]) for i in extra)
                elif extra:
                    entries.append(
                        self._entry(extra, status=status, key=int(key[extra[0]]), adds=True, explain=explain)
                    )
        marked = _mark(entries, self._sides)
        in_entries = sum(len(e.fact_ids) for e in entries)
        excluded = self._excluded(day, reason, winner, combo, by_combo, absorbed) if explain else ()
        return Posture(on, tuple(marked), excluded, (len(self) if of is None else of) - in_entries, self._sides.flank)

    def _reasons(self, day: int) -> np.ndarray:
        reason = np.zeros(len(self), dtype=np.int8)
        reason[~(self._existing | self._planned)] = _WITHDRAWN
        reason[(reason == 0) & ~self._placed] = _NO_PLACE
        existing = (reason == 0) & self._existing
        reason[existing & _has(self._stated) & (self._stated > day)] = _NOT_YET
        ended = (reason == 0) & self._existing & _has(self._ends) & (self._ends < day)
        reason[ended] = np.where(self._past[ended], _PAST, _ENDED)
        reason[(reason == 0) & self._planned & self._past] = _PAST_PLAN
        planned = (reason == 0) & self._planned
        reason[planned & _has(self._known) & (self._known > day)] = _UNANNOUNCED
        return reason

    def _excluded(
        self,
        day: int,
        reason: np.ndarray,
        winner: np.ndarray,
        combo: np.ndarray,
        by_combo: dict[int, list[int]],
        absorbed: dict[int, int],
    ) -> tuple[Excluded, ...]:
        found = []
        for i in map(int, np.flatnonzero((reason != 0) | ~winner)):
            if reason[i]:
                why = self._reason(i, int(reason[i]), day)
            else:
                newer = by_combo[int(combo[i])][0]
                why = f"replaced by a newer statement: {self._words(newer)}"
            found.append(self._excluded_one(i, why))
        for i, held_by in absorbed.items():
            when = f"due {_date(int(self._due[i]))}" if self._due[i] != _NONE else "with no date"
            found.append(
                self._excluded_one(i, f"a plan of more troops {when}, held by a newer figure: {self._words(held_by)}")
            )
        return tuple(found)

    def _excluded_one(self, i: int, why: str) -> Excluded:
        return Excluded(str(self._fact(i)["fact_id"]), why, self._words(i), self._host[i], self._side[i])

    def _fact(self, i: int) -> dict:
        """One fact's columns (all facts made into dicts once, when the first is asked for)."""
        if self._records is None:
            self._records = self._facts.to_dict(orient="records")
        return self._records[i]

    def _reason(self, i: int, code: int, day: int) -> str:
        fact = self._fact(i)
        on = _date(day)
        if code == _WITHDRAWN:
            return f"{fact['status']}: says what left, not what stayed"
        if code == _NO_PLACE:
            return "no place stated"
        if code == _NOT_YET:
            return f"stands from {_date(int(self._stated[i]))}, after {on}"
        if code == _PAST:
            ended, article = _date(int(self._ends[i])), _date(int(self._published[i]))
            return f"a past figure: it ended {ended}, before its article of {article}"
        if code == _ENDED:
            return f"ended {_date(int(self._ends[i]))}, before {on}"
        if code == _PAST_PLAN:
            return (
                f"a past plan: due {_date(int(self._due[i]))}, before its article of {_date(int(self._published[i]))}"
            )
        return f"announced {_date(int(self._known[i]))}, after {on}"

    def _entry(self, rows: list[int], *, status: str, key: int, adds: bool = False, explain: bool = True) -> Entry:
        """The entry of equally new statements (``rows``); worded only when ``explain``."""
        latest = [self._fact(i) for i in rows]
        first = latest[0]
        lows = [f["troops_low"] for f in latest if _known(f["troops_low"])]
        highs = [
            f["troops_high"] if _known(f["troops_high"]) else f["troops_low"] for f in latest if _known(f["troops_low"])
        ]
        counts = [f for f in latest if _known(f["quantity_low"])]
        planned = [i for i in rows if self._planned[i]]
        published = [int(self._published[i]) for i in rows if self._published[i] != _NONE]
        return Entry(
            host=self._host[rows[0]],
            host_name=str(first["country"] or first["region"]),
            regional=not first["country_code"],
            side=self._side[rows[0]],
            force=str(first["force"]),
            unit=str(first["unit"]),
            status=status,
            # Equally new statements of an existing figure and a plan due then: the firmer one says what is there.
            from_plan=status == IN_PLACE and len(planned) == len(rows),
            adds=adds,
            due=_date(int(self._due[planned[0]])) if planned and self._due[planned[0]] != _NONE else None,
            count_low=min((int(f["quantity_low"]) for f in counts), default=None),
            count_high=max(
                (int(f["quantity_high"] if _known(f["quantity_high"]) else f["quantity_low"]) for f in counts),
                default=None,
            ),
            troops_low=int(min(lows)) if lows else None,
            troops_high=int(max(highs)) if highs else None,
            stated_on=_date(key) if key != _NONE else None,
            as_of=_date(max(published)) if published else None,
            fact_ids=tuple(str(f["fact_id"]) for f in latest),
            words=tuple(self._words(i) for i in rows) if explain else (),
            names_formation=bool(self._in_formation[rows].any()),
            counted=True,
            note="",
        )

    def _words(self, i: int) -> str:
        """A fact as an analyst recognises it: its sentence and its source, else what it counts."""
        fact = self._fact(i)
        quote = " ".join(str(fact.get("quote") or "").split())
        if len(quote) > 160:
            quote = quote[:159] + "…"
        source = ", ".join(str(v)[:80] for v in (fact.get("outlet") or fact.get("title"), _text_date(fact)) if v)
        if quote:
            return f"“{quote}” ({source})" if source else f"“{quote}”"
        what = (
            f"{fact['force'] or 'unnamed force'}: {fact['unit']} in {fact['country'] or fact['region'] or 'no place'}"
        )
        return f"{what} ({source})" if source else what


def posture(df: pd.DataFrame, *, on: date | None = None, sides: Sides) -> Posture:
    """What stood on ``on`` (default today) according to the facts in ``df``."""
    return Judged(df, sides=sides).at(on or date.today())


@dataclass(frozen=True, slots=True)
class Level:
    """One point of the change over time: a country's troops of one side and status on a date."""

    on: date
    host: str
    side: str
    status: str
    low: int
    high: int


def months(first: date, last: date) -> list[date]:
    """The last day of every month from ``first``'s to ``last``'s."""
    found = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        following = date(year + month // 12, month % 12 + 1, 1)
        found.append(following - timedelta(days=1))
        year, month = following.year, following.month
    return found


def timeline(judged: Judged, dates: Sequence[date]) -> list[Level]:
    """Each country's summed troops by side and status at each date: :meth:`Judged.at` on each, so
    the chart is the posture itself. Every host, side and status that has a figure on any date has
    one on every date (0 where nothing stood), so its line steps down as well as up."""
    levels = {on: judged.at(on, explain=False).by_host() for on in dates}
    keys = sorted({key for found in levels.values() for key in found})
    empty = Range(0, 0, ())
    return [
        Level(on, host, side, status, (r := found.get((host, side, status), empty)).low, r.high)
        for on, found in levels.items()
        for host, side, status in keys
    ]


def _mark(entries: Sequence[Entry], sides: Sides) -> list[Entry]:
    """Which entries are added to their side's totals, and why the others are not."""
    with_troops = {(e.host, formation(e.force), e.status) for e in entries if e.unit == "troops" and not e.regional}
    wholes: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in entries:
        if not e.regional and formation(e.force) == _NATO and e.troops_high is not None:
            wholes[(e.host, e.status)].append(e)
    marked = []
    for e in entries:
        if e.regional:
            note = "region-wide claim: shown beside the countries, never added to them"
        elif why := sides.why_not_summed(e.force):
            note = why
        elif e.unit != "troops" and (e.host, formation(e.force), e.status) in with_troops and e.troops_low is not None:
            note = f"taken to be within the troops figure for {formation(e.force) or 'unnamed force'} in {e.host_name}"
        elif whole := _inside(e, wholes.get((e.host, e.status), [])):
            note = whole
        else:
            marked.append(e)
            continue
        marked.append(replace(e, counted=False, note=note))
    order = {side: i for i, side in enumerate(SUMMED)}
    return sorted(marked, key=lambda e: (e.regional, order.get(e.side, 9), e.host_name, e.force, e.unit, e.status))


def _inside(entry: Entry, wholes: list[Entry]) -> str:
    """Why a national contingent is part of a NATO formation at its host, or ``''``: its sentence
    names the formation, or its nation leads it; and it is no larger than the formation (a part
    cannot be larger than the whole: 10,000 US troops in Poland are not inside a 1,000-strong
    battlegroup)."""
    if entry.side != ALLIED or entry.troops_high is None or len(nations(entry.force)) != 1:
        return ""
    if formation(entry.force) == _NATO:
        return ""
    for whole in sorted(wholes, key=lambda w: -(w.troops_high or 0)):
        if (whole.troops_high or 0) < entry.troops_high:
            continue
        if leader(whole.force) == entry.force:
            why = f"{entry.force} leads it"
        elif entry.names_formation:
            why = "its sentence names the formation"
        else:
            continue
        figure = _span(whole.troops_low, whole.troops_high)
        return (
            f"part of the {whole.force} {whole.unit} in {entry.host_name} ({figure} troops; {why}): "
            f"within its total, not added to it"
        )
    return ""


def table(result: Posture) -> pd.DataFrame:
    """The posture as rows a person reads: each with the date of its newest statement and its facts
    in words."""
    return pd.DataFrame(
        [
            {
                "side": e.side,
                "host": e.host_name,
                "force": e.force,
                "unit": e.unit,
                "status": e.status + (" (more)" if e.adds else ""),
                "count": _span(e.count_low, e.count_high),
                "troops": _span(e.troops_low, e.troops_high),
                "as of": str(e.as_of or ""),
                "due": str(e.due or ""),
                "added to totals": "yes" if e.counted else "no",
                "note": e.note,
                "facts": "\n".join(e.words),
            }
            for e in result.entries
        ],
        columns=TABLE_COLUMNS,
    )


TABLE_COLUMNS = [
    "side",
    "host",
    "force",
    "unit",
    "status",
    "count",
    "troops",
    "as of",
    "due",
    "added to totals",
    "note",
    "facts",
]
# The posture's rows for scripts (``python -m dashboard posture``).
ROW_FIELDS = ("side", "host", "force", "unit", "status", "low", "high", "as_of", "facts")


def rows(result: Posture) -> list[dict]:
    """One row per counted country entry of a side (the figures the totals add), for scripts: the
    host's ISO code, the troops low and high, the date of the newest statement and the fact ids."""
    return [
        {
            "side": e.side,
            "host": e.host,
            "force": e.force,
            "unit": e.unit,
            "status": e.status,
            "low": e.troops_low,
            "high": e.troops_high,
            "as_of": e.as_of.isoformat() if e.as_of else "",
            "facts": list(e.fact_ids),
        }
        for e in result.entries
        if e.counted and not e.regional and e.side in SUMMED
    ]


def _span(low: int | None, high: int | None) -> str:
    if low is None:
        return ""
    return f"{low:,}" if high in (None, low) else f"{low:,}–{high:,}"


def _known(value: object) -> bool:
    return value is not None and not pd.isna(value)


def _days(df: pd.DataFrame, column: str) -> np.ndarray:
    """A date column as days since 1970 (``_NONE`` where there is none): an article's date may carry
    a time or be anything an old store kept; the parser writes a fact's own dates as ISO days."""
    if column not in df.columns or not len(df):
        return np.full(len(df), _NONE, dtype=np.int64)
    text = df[column].fillna("").astype(str).str.slice(0, 10)
    iso = text.where(text.str.fullmatch(r"\d{4}-\d{2}-\d{2}"), None)
    parsed = pd.to_datetime(iso, errors="coerce", format="%Y-%m-%d")
    return parsed.to_numpy().astype("datetime64[D]").astype(np.int64)


def _has(days: np.ndarray) -> np.ndarray:
    return days != _NONE


def _first(*columns: np.ndarray) -> np.ndarray:
    found = columns[-1]
    for column in reversed(columns[:-1]):
        found = np.where(_has(column), column, found)
    return found


def _date(day: int) -> date:
    return _EPOCH + timedelta(days=day)


def _text_date(fact: dict) -> str:
    return str(fact.get("published") or "")[:10]


def _asked(df: pd.DataFrame, column: str, ask: Callable[[object], bool]) -> np.ndarray:
    """A column given ready-made, else ``ask`` of each fact's sentence (False without sentences)."""
    if column in df.columns:
        return df[column].fillna(False).astype(bool).to_numpy()
    if "quote" not in df.columns:
        return np.zeros(len(df), dtype=bool)
    return np.array([ask(q) for q in df["quote"]], dtype=bool)


def _adds(df: pd.DataFrame) -> np.ndarray:
    if "adds" in df.columns:
        return df["adds"].fillna(False).astype(bool).to_numpy()
    if "quote" not in df.columns or not len(df):
        return np.zeros(len(df), dtype=bool)
    found = np.zeros(len(df), dtype=bool)
    rows = np.flatnonzero((df["status"] == "planned").to_numpy())
    # Columns read once, not a row at a time through .iloc (a pandas row each: 0.9 s for 5,000 plans).
    columns = [df[name].to_numpy()[rows] for name in ("quote", "quantity_low", "quantity_high", "troops_low")]
    for i, quote, low, high, troops in zip(rows, *columns, strict=True):
        found[i] = says_more(quote, low, high, troops)
    return found
