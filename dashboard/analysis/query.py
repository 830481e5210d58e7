"""The app's questions answered by SQLite over the store, so no rerun copies the whole table.

The facts the app shows are the shipped ones (``data/deployments.csv``, a handful) and the store's,
a shipped article's own rows taking precedence, with the analysts' decisions laid over them. The
facts a decision touches are few (people make them), so they are kept apart: the shipped facts and
every fact of an article with a decision are read into a temporary ``overlay`` table, reviewed by
``review.apply`` (the one matcher of decisions to facts), with their corrected values and their
review columns. Every other stored fact is unreviewed and is read straight from ``facts``.

Filters become one ``WHERE`` clause (:func:`where`) used alike by totals, the map's places, the
table's pages and the downloads, so all of them hold exactly the same rows; which review states
count (:data:`SHOWN`, :data:`TRUSTED`, ...) is a second condition. The two tables are asked apart
and the answers joined: that way the per-place aggregate streams through one covering index of the
store, a page is ``LIMIT``/``OFFSET`` in table order, and a download is a cursor read in chunks.
Answers are plain dataclasses and tuples, cached by the app per store revision, review revision and
filter choice.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from dashboard.analysis import posture
from dashboard.analysis.compare import DISAGREEMENT_COLUMNS
from dashboard.analysis.filters import Filters, Options, Totals
from dashboard.analysis.posture import Judged
from dashboard.errors import StoreError
from dashboard.places.sides import Sides, formation
from dashboard.review import overlay
from dashboard.review.log import Decision
from dashboard.schema import COLUMNS, CORRECTABLE, REVIEW_COLUMNS, REVIEW_STATES, STATUSES, TRUSTED_STATES, UNITS
from dashboard.util import dates
from dashboard.util.htmltext import without_bidi_controls

# Every column a row of the app carries: the fact's (corrected) values, then its review.
ROW_COLUMNS: tuple[str, ...] = COLUMNS + REVIEW_COLUMNS
# Quoted: "when" is an SQL keyword.
_COLUMN_LIST = ", ".join(f'"{c}"' for c in COLUMNS)
_ROW_LIST = ", ".join(f'"{c}"' for c in ROW_COLUMNS)
# A stored fact without a decision as a reviewed row: unreviewed, its values the parser's own.
_STORE_ROW = f"{_COLUMN_LIST}, 'unreviewed', '', '', " + ", ".join(f'"{c}"' for c in CORRECTABLE)
_ISO_DATE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
# Which review states a question counts.
SHOWN: tuple[str, ...] = tuple(s for s in REVIEW_STATES if s != "rejected")  # map, totals, table, exports
TRUSTED: tuple[str, ...] = TRUSTED_STATES  # the same, when only reviewed facts are wanted
EVERY: tuple[str, ...] = REVIEW_STATES  # the review list, which shows rejected facts too
WAITING: tuple[str, ...] = ("unreviewed",)
# A place's facts are grouped by these, in this order: the order of the covering index below, so the
# grouping streams through the index without sorting.
_PLACE_KEY = "lat, lon, country_code, region, precision, status, unit, troops_derived"
# What the filters, totals and the map read: one index holds all of it, so their scans never touch
# the rows with their long quotes. Single-column indexes serve the selective filters.
INDEXES = {
    "facts_by_place": f"facts ({_PLACE_KEY}, troops_low, troops_high, place, force, published, article_id)",
    "facts_country": "facts (country_code)",
    "facts_region": "facts (region)",
    "facts_force": "facts (force)",
    "facts_published": "facts (published)",
    # What the posture judges each fact by, in the order it groups them (the host is the country code,
    # else the region), so its scans neither read the rows nor sort.
    "facts_by_host": "facts (country_code, region, force, unit, status, published, when_start, when_end, "
    "article_id, lat, lon)",
    # The article picker lists the newest articles first.
    "articles_published": "articles (published, article_id)",
}
# What the posture reads of a fact it judges whole (``posture.Judged``): its rules' columns and its words.
_POSTURE_READ = (*posture.STORED, *posture.WORDED)
# Whether a plan's sentence says it comes on top of what is there (``posture.says_more``, registered
# with each connection): asked of plans only, so no other fact's sentence is read.
_ADDS = "CASE WHEN status = 'planned' THEN says_more(quote, quantity_low, quantity_high, troops_low) ELSE 0 END"
# Shipped facts come first in table order, before any stored fact (whose order is its rowid).
_SHIPPED_SEQ = -1_000_000_000_000


@dataclass(frozen=True, slots=True)
class Place:
    """One map marker: every shown fact at one point, counted by status and unit."""

    lat: float
    lon: float
    name: str
    precision: str
    facts: int
    troops: int
    by_status: tuple[tuple[str, int], ...]
    by_unit: tuple[tuple[str, int], ...]
    newest: str = ""  # the article date of its newest statement (as stored), for fading old places

    @property
    def status(self) -> str:
        """The status most of its facts have (ties go to the schema's order)."""
        return max(self.by_status, key=lambda kv: (kv[1], -STATUSES.index(kv[0]) if kv[0] in STATUSES else -99))[0]


@dataclass(frozen=True, slots=True)
class Summary:
    """Everything about the filtered facts that is small whatever their number."""

    totals: Totals
    places: tuple[Place, ...]
    country_facts: dict[str, int] = field(default_factory=dict)  # country-level facts per country code
    region_facts: dict[str, int] = field(default_factory=dict)  # region-level facts per region
    waiting: int = 0  # unreviewed facts among the filtered ones, whichever review states are shown


def ensure_indexes(path: Path) -> None:
    """Create the indexes the app's queries use (once; a no-op afterwards)."""
    db = sqlite3.connect(path, timeout=60, isolation_level=None)
    try:
        made = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        missing = [name for name in INDEXES if name not in made]
        for name in missing:
            db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {INDEXES[name]}")
        if missing:
            db.execute("ANALYZE")
    finally:
        db.close()


class Engine:
    """A reading connection of its own to the store, with the shipped and reviewed facts beside it."""

    def __init__(self, store_path: Path, shipped: pd.DataFrame) -> None:
        self._path, self._shipped = store_path, shipped
        self._lock = threading.RLock()
        self._synced: object = None
        self._overlay: list[tuple] = []
        self.orphans: tuple[overlay.Orphan, ...] = ()
        try:
            ensure_indexes(store_path)
            self._db = _open(store_path)
            self._fill(_overlay_rows(shipped, pd.DataFrame(columns=["rowid", *COLUMNS]), []))
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot read the store {store_path}: {err}") from err

    def sync(self, version: object, decisions: Callable[[], Sequence[Decision]]) -> None:
        """Lay the store's decisions over its facts, unless it was done for this ``version`` of both
        (the store's and the reviews' revisions): ``decisions`` is asked only when they changed."""
        with self._lock:
            if version == self._synced:
                return
            decided = decisions()
            articles = sorted({d.key.article_id for d in decided} - set(self._shipped["article_id"]))
            marks = ", ".join("?" for _ in articles)
            stored = pd.read_sql_query(
                f"SELECT rowid, {_COLUMN_LIST} FROM main.facts WHERE article_id IN ({marks}) ORDER BY rowid",
                self._db,
                params=articles,
            )
            rows = _overlay_rows(self._shipped, stored, decided)
            self._fill(rows)
            self._synced = version

    def _fill(self, rows: tuple[list[tuple], tuple[overlay.Orphan, ...]]) -> None:
        self._overlay, self.orphans = rows
        self._db.execute("DELETE FROM temp.overlay")
        _insert(self._db, self._overlay)
        self._stored = self._store_condition()

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            cursor = self._db.cursor()
            try:
                yield cursor
            finally:
                cursor.close()

    def _store_condition(self) -> str:
        """The condition that leaves out the store's rows the overlay holds: copies of shipped articles
        and reviewed facts. Usually there are none of the first and few of the second; the condition
        reads only the rowid and the article, so SQLite still answers from the narrow indexes. Made
        when the overlay is filled: both change only with the store's or the reviews' revision."""
        conditions = ["1"]
        if self._db.execute("SELECT 1 FROM temp.overlay WHERE store_rowid IS NOT NULL LIMIT 1").fetchone():
            conditions.append("rowid NOT IN (SELECT store_rowid FROM temp.overlay WHERE store_rowid IS NOT NULL)")
        if self._db.execute(
            "SELECT 1 FROM main.facts WHERE article_id IN (SELECT article_id FROM temp.overlay "
            "WHERE store_rowid IS NULL) LIMIT 1"
        ).fetchone():
            conditions.append("article_id NOT IN (SELECT article_id FROM temp.overlay WHERE store_rowid IS NULL)")
        return " AND ".join(conditions)

    def _each(
        self, columns: str, clause: str, params: list, states: Sequence[str], *, tail: str = "", index: str = ""
    ) -> list[tuple]:
        """``SELECT columns ... WHERE clause tail`` on the overlay's rows in ``states``, then on the
        store's other rows (all unreviewed). Asking the two tables apart (rather than through one view)
        lets SQLite read the store through its covering index and group in index order."""
        with self._cursor() as cur:
            found = cur.execute(
                f"SELECT {columns} FROM temp.overlay WHERE {clause} AND {_in_states(states)} {tail}", params
            ).fetchall()
            if "unreviewed" in states:
                table = f"main.facts INDEXED BY {index}" if index else "main.facts"
                found += cur.execute(
                    f"SELECT {columns} FROM {table} WHERE {clause} AND {self._stored} {tail}", params
                ).fetchall()
        return found

    def options(self, members: Mapping[str, tuple[str, ...]]) -> Options:
        def distinct(column: str, condition: str = "1", index: str = "") -> set:
            return {r[0] for r in self._each(f"DISTINCT {column}", condition, [], EVERY, index=index)}

        codes = distinct("country_code", "country_code != ''")
        # Through the posture's index (country code, then region): the regions stream out in order.
        for region in distinct("region", "country_code = '' AND region != ''", index="facts_by_host"):
            codes.update(members.get(region, ()))
        units, statuses, forces = distinct("unit"), distinct("status"), distinct("force", "force != ''")
        return Options(
            countries=tuple(sorted(codes)),
            units=tuple(u for u in UNITS if u in units) + tuple(sorted(u for u in units if u not in UNITS)),
            statuses=tuple(s for s in STATUSES if s in statuses),
            forces=tuple(sorted(forces)),
            first_date=self._published("ASC"),
            last_date=self._published("DESC"),
        )

    def _published(self, direction: str) -> date | None:
        """The first or last plausible article date. A date the store kept from before dates were
        checked must not stretch the slider (as filters.options); read in the index's order, the first
        plausible one ends the search."""
        plausible = f"published GLOB '{_ISO_DATE}*' AND published >= ? AND published < ?"
        bounds = [dates.EARLIEST.isoformat(), (dates.latest() + timedelta(days=1)).isoformat()]
        found = self._each("published", plausible, bounds, EVERY, tail=f"ORDER BY published {direction} LIMIT 1")
        days = sorted(date.fromisoformat(r[0][:10]) for r in found)
        return (days[0] if direction == "ASC" else days[-1]) if days else None

    def article_labels(self, *, limit: int) -> tuple[dict[str, str], int]:
        """Up to ``limit`` articles' readable names (shipped first, then the newest) and how many there are."""
        shipped_only = "article_id NOT IN (SELECT article_id FROM temp.overlay WHERE store_rowid IS NULL)"
        with self._cursor() as cur:
            shipped = cur.execute(
                "SELECT article_id, MIN(title), MIN(outlet), MIN(published) FROM temp.overlay "
                "WHERE store_rowid IS NULL GROUP BY article_id ORDER BY MIN(seq)"
            ).fetchall()
            stored = cur.execute(
                f"SELECT article_id, title, outlet, published FROM main.articles WHERE {shipped_only} "
                f"ORDER BY published DESC, article_id DESC LIMIT ?",
                (limit,),
            ).fetchall()
            total = len(shipped) + cur.execute(f"SELECT COUNT(*) FROM main.articles WHERE {shipped_only}").fetchone()[0]
        labels = {}
        for article_id, title, outlet, published in (shipped + stored)[:limit]:
            name = title or ", ".join(v for v in (outlet, published) if v) or article_id
            # Bidirectional controls shown as their code points, as everywhere: the picker lists titles.
            labels[article_id] = without_bidi_controls(name if len(name) <= 70 else name[:67] + "...")
        return labels, total

    def summary(self, filters: Filters, members: Mapping[str, tuple[str, ...]], *, states: Sequence[str]) -> Summary:
        """Totals, places and outlined areas of the filtered facts, from one grouped scan of each table;
        and how many of the filtered facts wait for review (every stored fact outside the overlay does)."""
        clause, params = where(filters, members)
        columns = f"{_PLACE_KEY}, COUNT(*), SUM(COALESCE(troops_low, 0)), MIN(place), MAX(published)"
        with self._cursor() as cur:
            groups = cur.execute(
                f"SELECT {columns} FROM temp.overlay WHERE {clause} AND {_in_states(states)} GROUP BY {_PLACE_KEY}",
                params,
            ).fetchall()
            waiting = cur.execute(
                f"SELECT COUNT(*) FROM temp.overlay WHERE {clause} AND {_in_states(WAITING)}", params
            ).fetchone()[0]
            stored = f"main.facts WHERE {clause} AND {self._stored}"
            if "unreviewed" in states:
                found = cur.execute(f"SELECT {columns} FROM {stored} GROUP BY {_PLACE_KEY}", params).fetchall()
                groups += found
                waiting += sum(group[8] for group in found)
            else:
                waiting += cur.execute(f"SELECT COUNT(*) FROM {stored}", params).fetchone()[0]
        return replace(_summarise(groups, members), waiting=waiting)

    def count(
        self,
        filters: Filters,
        members: Mapping[str, tuple[str, ...]],
        *,
        states: Sequence[str],
        located: bool | None = None,
    ) -> int:
        clause, params = where(filters, members, located=located)
        return sum(n for (n,) in self._each("COUNT(*)", clause, params, states))

    def rows(
        self,
        filters: Filters,
        members: Mapping[str, tuple[str, ...]],
        *,
        states: Sequence[str],
        offset: int = 0,
        limit: int | None = None,
        located: bool | None = None,
        at: tuple[float, float] | None = None,
    ) -> list[tuple]:
        """Facts in table order (shipped first, then as stored), ``ROW_COLUMNS``, one page of them."""
        clause, params = where(filters, members, located=located, at=at)
        sql, params = self._ordered(clause, params, states)
        with self._cursor() as cur:
            rows = cur.execute(f"{sql} LIMIT ? OFFSET ?", (*params, -1 if limit is None else limit, offset))
            return [row[1:] for row in rows]

    def _ordered(self, clause: str, params: list, states: Sequence[str]) -> tuple[str, list]:
        """Both tables' rows as one ``SELECT`` in table order: SQLite merges the two ordered arms."""
        sql = f"SELECT seq, {_ROW_LIST} FROM temp.overlay WHERE {clause} AND {_in_states(states)}"
        arguments = list(params)
        if "unreviewed" in states:
            sql += f" UNION ALL SELECT rowid, {_STORE_ROW} FROM main.facts WHERE {clause} AND {self._stored}"
            arguments += params
        return f"{sql} ORDER BY 1", arguments

    def stream(
        self, filters: Filters, members: Mapping[str, tuple[str, ...]], *, states: Sequence[str], chunk: int = 5000
    ) -> Iterator[tuple]:
        """Every filtered fact (``ROW_COLUMNS``) in table order, read ``chunk`` rows at a time on a
        connection of its own (a long download does not hold up the app's queries)."""
        clause, params = where(filters, members)
        with self._lock:
            db = _open(self._path)
            _insert(db, self._overlay)
            sql, arguments = self._ordered(clause, params, states)
        try:
            cursor = db.execute(sql, arguments)
            while batch := cursor.fetchmany(chunk):
                yield from (row[1:] for row in batch)
        finally:
            db.close()

    def regions(self) -> list[str]:
        return sorted({r[0] for r in self._each("DISTINCT region", "region != ''", [], EVERY)})

    def fact(self, fact_id: str) -> tuple | None:
        """One fact (``ROW_COLUMNS``) by its id, whatever its review state."""
        # The overlay (shipped and reviewed facts) first, then the store's row as an unreviewed one: the
        # store has no review columns, and SQLite would read a quoted name it lacks as a string.
        with self._cursor() as cur:
            found = cur.execute(f"SELECT {_ROW_LIST} FROM temp.overlay WHERE fact_id = ?", (fact_id,)).fetchone()
            return found or cur.execute(f"SELECT {_STORE_ROW} FROM main.facts WHERE fact_id = ?", (fact_id,)).fetchone()

    def article_facts(self, article_id: str) -> pd.DataFrame:
        """All facts of one article as the parser read them, in table order (a decision's key counts
        facts of one sentence in that order: see ``review.fact_keys``)."""
        with self._cursor() as cur:
            shipped = [r for r in self._overlay if r[1] is None and r[2 + COLUMNS.index("article_id")] == article_id]
            if shipped:
                return _as_read(pd.DataFrame([r[2:] for r in shipped], columns=list(ROW_COLUMNS)))
            rows = cur.execute(
                f"SELECT {_COLUMN_LIST} FROM main.facts WHERE article_id = ? ORDER BY rowid", (article_id,)
            ).fetchall()
        return pd.DataFrame(rows, columns=list(COLUMNS))

    def rows_for_host(
        self, filters: Filters, members: Mapping[str, tuple[str, ...]], code: str, *, states: Sequence[str]
    ) -> list[tuple]:
        """The filtered facts ``compare.comparison`` needs for one host: those about it (named, or in a
        region it belongs to) and every filtered fact of an article that claims battlegroups for a
        region (the countries it names decide which hosts a claim is linked to)."""
        clause, params = where(filters, members)
        about, about_params = where(Filters(countries=(code,)), members)
        shown = f"{clause} AND {_in_states(states)}"
        sql = (
            f"SELECT {_ROW_LIST} FROM every_fact WHERE {shown} AND ({about} OR article_id IN "
            f"(SELECT article_id FROM every_fact WHERE {shown} AND country_code = '' AND unit = 'battlegroups')) "
            f"ORDER BY seq"
        )
        with self._cursor() as cur:
            return cur.execute(sql, (*params, *about_params, *params)).fetchall()

    def facts_by_id(self, fact_ids: Iterable[str], *, states: Sequence[str]) -> list[tuple]:
        """The facts (``ROW_COLUMNS``) of these ids that are in ``states``, in table order: the facts
        of a posture, which names them."""
        wanted = sorted(set(fact_ids))
        found: list[tuple] = []
        with self._cursor() as cur:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                found += cur.execute(
                    f"SELECT seq, {_ROW_LIST} FROM temp.overlay WHERE fact_id IN ({marks}) AND {_in_states(states)}",
                    chunk,
                ).fetchall()
                if "unreviewed" in states:
                    found += cur.execute(
                        f"SELECT rowid, {_STORE_ROW} FROM main.facts WHERE fact_id IN ({marks}) AND {self._stored}",
                        chunk,
                    ).fetchall()
        return [row[1:] for row in sorted(found, key=lambda r: r[0])]

    def statements_by_month(
        self, filters: Filters, members: Mapping[str, tuple[str, ...]], *, states: Sequence[str]
    ) -> dict[str, int]:
        """How many of the filtered facts each month's articles state (``YYYY-MM`` -> count), read
        through the index of article dates: the histogram beside the map's time slider."""
        clause, params = where(filters, members)
        counts: dict[str, int] = defaultdict(int)
        dated = f"{clause} AND published GLOB '{_ISO_DATE}*'"
        for month, n in self._each("substr(published, 1, 7), COUNT(*)", dated, params, states, tail="GROUP BY 1"):
            counts[month] += n
        return dict(sorted(counts.items()))

    def last_due(
        self, filters: Filters, members: Mapping[str, tuple[str, ...]], *, states: Sequence[str]
    ) -> date | None:
        """The latest date a filtered plan is due by, so a time slider reaches the plans ahead."""
        clause, params = where(filters, members)
        due = "COALESCE(NULLIF(when_start, ''), NULLIF(when_end, ''))"
        found = self._each(f"MAX({due})", f"{clause} AND status = 'planned'", params, states)
        days = [dates.iso_date(value) for (value,) in found if value]
        return max((d for d in days if d is not None), default=None)

    def disagreements(self, *, states: Sequence[str], limit: int) -> tuple[list[tuple], int]:
        """``compare.disagreements`` in SQL: up to ``limit`` rows, and how many there are."""
        keyed = (
            "SELECT *, CASE WHEN country_code != '' THEN country_code ELSE region END AS place_key, "
            "COALESCE(CAST(troops_low AS TEXT), '') || '/' || COALESCE(CAST(quantity_low AS TEXT), '') AS figure "
            f"FROM every_fact WHERE {_in_states(states)}"
        )
        sql = (
            f"WITH keyed AS ({keyed}), differing AS (SELECT place_key, unit, status FROM keyed "
            f"WHERE place_key != '' GROUP BY 1, 2, 3 "
            f"HAVING COUNT(DISTINCT article_id) > 1 AND COUNT(DISTINCT figure) > 1) "
            f"SELECT {', '.join(DISAGREEMENT_COLUMNS).replace('where', 'place_key')} "
            f"FROM keyed JOIN differing USING (place_key, unit, status) "
            f"ORDER BY place_key, unit, status, published, seq"
        )
        with self._cursor() as cur:
            total = cur.execute(f"SELECT COUNT(*) FROM ({sql})").fetchone()[0]
            return cur.execute(f"{sql} LIMIT ?", (limit,)).fetchall(), total

    def posture(
        self,
        filters: Filters,
        members: Mapping[str, tuple[str, ...]],
        *,
        states: Sequence[str],
        on: date,
        sides: Sides,
        sample: int = 500,
        about: Sequence[str] = (),
    ) -> posture.Posture:
        """``posture.posture`` of the filtered facts, its date rules in SQL (see :func:`_judged`). One
        scan of each table (the store's through the ``facts_by_host`` index, reading a sentence only
        for a plan) judges every fact into the narrow ``temp.judged``; from it, the newest standing
        statement's date per host, formation, unit and category, then the facts of those dates. Only
        they, and ``sample`` of the facts left out, are read whole and judged by ``posture.Judged``
        (which, given every group's newest statements, judges them and the sample as it would judge
        all the facts). The facts ``about`` are judged too, wherever they stand (``Posture.account``)."""
        clause, params = where(filters, members)
        parts = [_judged(f"temp.overlay WHERE {clause} AND {_in_states(states)}", "0", "seq", on)]
        if "unreviewed" in states:
            # Named: SQLite would otherwise read the rows through the narrower country index.
            parts.append(
                _judged(f"main.facts INDEXED BY facts_by_host WHERE {clause} AND {self._stored}", "1", "rowid", on)
            )
        newest: dict[tuple[str, str, str, int], str] = {}
        forces: dict[tuple[str, str, str, int], set[str]] = defaultdict(set)
        total = 0
        newest_of = ", ".join(
            f"MAX(CASE WHEN category = {c} THEN stated_key END)" for c in range(1, posture.CATEGORIES)
        )
        with self._cursor() as cur:
            cur.execute("DELETE FROM temp.judged")
            for judged in parts:
                cur.execute(f"INSERT INTO temp.judged {judged}", params)
            # Grouped by force, then by formation here: "NATO" and "NATO (Germany-led)" at one host are
            # one formation, the newest statement of either stands for it.
            for host, force, unit, *keys, count in cur.execute(
                f"SELECT host, force, unit, {newest_of}, COUNT(*) FROM temp.judged GROUP BY host, force, unit"
            ):
                total += count
                for category, stated in enumerate(keys, start=1):
                    if stated is None:
                        continue
                    group = (host, formation(force), unit, category)
                    forces[group].add(force)
                    if stated >= newest.get(group, stated):
                        newest[group] = stated
            cur.execute("DELETE FROM temp.newest")
            cur.executemany(
                "INSERT INTO temp.newest VALUES (?, ?, ?, ?, ?)",
                [(g[0], force, g[2], g[3], newest[g]) for g, names in forces.items() for force in names],
            )
            standing = cur.execute(
                "SELECT part, seq FROM temp.judged JOIN temp.newest USING (host, force, unit, category, stated_key)"
            ).fetchall()
            excluded = cur.execute(
                "SELECT part, seq FROM temp.judged LEFT JOIN temp.newest n USING (host, force, unit, category, "
                "stated_key) WHERE category = 0 OR n.host IS NULL LIMIT ?",
                (sample,),
            ).fetchall()
            if about:
                marks = ", ".join("?" for _ in about)
                # Through the fact ids' own index, not the posture's: a few facts named, not a scan.
                excluded += cur.execute(
                    f"SELECT 0, seq FROM temp.overlay WHERE {clause} AND {_in_states(states)} AND fact_id IN ({marks})",
                    (*params, *about),
                ).fetchall()
                if "unreviewed" in states:
                    excluded += cur.execute(
                        f"SELECT 1, rowid FROM main.facts WHERE {clause} AND {self._stored} AND fact_id IN ({marks})",
                        (*params, *about),
                    ).fetchall()
            found = self._posture_rows(cur, standing + excluded)
        result = posture.Judged(pd.DataFrame(found, columns=["seq", *_POSTURE_READ]), sides=sides).at(on, of=total)
        named = set(about)
        kept = tuple(x for i, x in enumerate(result.excluded) if i < sample or x.fact_id in named)
        return replace(result, excluded=kept)

    def judged(
        self, filters: Filters, members: Mapping[str, tuple[str, ...]], *, states: Sequence[str], sides: Sides
    ) -> Judged:
        """Every filtered fact as ``posture.Judged`` reads it, for the posture at many dates: what
        the rules ask of a sentence is asked in SQL (the same functions), so no sentence is copied."""
        clause, params = where(filters, members)
        columns = ", ".join(posture.STORED) + f", {_ADDS} AS adds, names_formation(quote) AS in_formation"
        rows = self._each(columns, clause, params, states)
        return posture.Judged(pd.DataFrame(rows, columns=[*posture.STORED, "adds", "in_formation"]), sides=sides)

    def _posture_rows(self, cur: sqlite3.Cursor, found: list[tuple[int, int]]) -> list[tuple]:
        """The columns the posture reads of the facts found (by part and seq), in table order."""
        rows: list[tuple] = []
        columns = ", ".join(_POSTURE_READ)
        for table, part, seq in (("temp.overlay", 0, "seq"), ("main.facts", 1, "rowid")):
            wanted = sorted({s for p, s in found if p == part})
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows += cur.execute(
                    f"SELECT {seq} AS seq, {columns} FROM {table} WHERE {seq} IN ({', '.join('?' for _ in chunk)})",
                    chunk,
                ).fetchall()
        # The overlay's rows are the shipped ones (first in table order) and the reviewed ones (by rowid).
        return sorted(rows, key=lambda r: r[0])

    def text(self, article_id: str) -> str | None:
        with self._cursor() as cur:
            row = cur.execute("SELECT text FROM main.articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _judged(source: str, part: str, seq: str, on: date) -> str:
    """``posture.Judged``'s rules as SQL over the rows of ``source`` (a table and its condition, with
    the filters' parameters). A fact is dated by its own start, else its end, else its article's
    date; an existing figure stands from then until its end (a past figure, its period over before
    its article, and a figure "until" a date end then); a plan is known from its article and in
    place from when it is due. ``category``: 0 left out (``posture.Judged`` says why in words), 1 in
    place, 2 in place and on top of what is there ("1,200 more"), 3 planned, 4 planned on top;
    ``stated_key`` the date a group's newest is found by. Only columns of the ``facts_by_host``
    index are read, and a plan's sentence."""
    day = f"'{on.isoformat()}'"  # a date's own digits, never outside text
    published, start, end = (
        f"CASE WHEN {c} GLOB '{_ISO_DATE}*' THEN substr({c}, 1, 10) END"
        for c in ("published", "when_start", "when_end")
    )
    stated = f"COALESCE({start}, {end}, {published})"
    past = f"COALESCE({end} < {published}, 0)"
    ends = f"CASE WHEN {past} OR {start} IS NULL THEN {end} END"
    due = f"COALESCE({start}, {end})"
    known = f"COALESCE({published}, {due})"
    category = (
        f"CASE WHEN status NOT IN ('existing', 'planned') THEN 0 "
        f"WHEN COALESCE(country_code, '') = '' AND COALESCE(region, '') = '' THEN 0 "
        f"WHEN status = 'existing' THEN CASE WHEN {stated} > {day} OR {ends} < {day} THEN 0 ELSE 1 END "
        f"WHEN {past} OR {known} > {day} THEN 0 "
        f"WHEN {due} <= {day} THEN 1 + {_ADDS} ELSE 3 + {_ADDS} END"
    )
    key = f"CASE WHEN status = 'existing' THEN {stated} WHEN {due} <= {day} THEN {due} ELSE {known} END"
    return (
        f"SELECT {part} AS part, {seq} AS seq, force, unit, "
        f"CASE WHEN COALESCE(country_code, '') != '' THEN country_code ELSE region END AS host, "
        f"COALESCE({key}, '') AS stated_key, {category} AS category FROM {source}"
    )


def frame(rows: Sequence[tuple]) -> pd.DataFrame:
    """Rows of ``ROW_COLUMNS`` as the app's table, each column of the schema's type (an ``original_``
    column of its own column's type), as ``review.apply`` gives it."""
    from dashboard.exports import tables

    df = pd.DataFrame(list(rows), columns=list(ROW_COLUMNS))
    originals = tables.typed(df.assign(**{c: df[f"original_{c}"] for c in CORRECTABLE}))
    states = df[["review_state", "reviewed_by", "reviewed_at"]].fillna("").astype(str)
    return pd.concat([tables.typed(df), states, originals[list(CORRECTABLE)].add_prefix("original_")], axis=1)


def frames(rows: Iterable[tuple], *, size: int = 5000) -> Iterator[pd.DataFrame]:
    """Rows of ``ROW_COLUMNS`` (a stream from the store) as tables of ``size`` rows, for writers that
    work a table at a time."""
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield frame(batch)
            batch = []
    if batch:
        yield frame(batch)


def _in_states(states: Sequence[str]) -> str:
    """The condition on an overlay row's review state (the states are the schema's own words)."""
    if set(states) >= set(REVIEW_STATES):
        return "1"
    if not states:
        return "0"
    return f"review_state IN ({', '.join(repr(s) for s in states if s in REVIEW_STATES)})"


def _overlay_rows(
    shipped: pd.DataFrame, decided: pd.DataFrame, decisions: Sequence[Decision]
) -> tuple[list[tuple], tuple[overlay.Orphan, ...]]:
    """(seq, store rowid, ``ROW_COLUMNS``...) of the shipped facts and of the stored facts of every
    article with a decision, as ``review.apply`` reviews them; and the decisions that match no fact."""
    from dashboard.exports import tables

    seqs = [_SHIPPED_SEQ + i for i in range(len(shipped))] + [int(r) for r in decided["rowid"]]
    store_rowids: list[int | None] = [None] * len(shipped) + [int(r) for r in decided["rowid"]]
    frames = [f for f in (shipped[list(COLUMNS)], decided[list(COLUMNS)]) if not f.empty]
    facts = tables.typed(pd.concat(frames, ignore_index=True)) if frames else shipped[list(COLUMNS)]
    reviewed = overlay.apply(facts, decisions)
    values = reviewed.facts[list(ROW_COLUMNS)].astype(object).itertuples(index=False)
    rows = [(seq, rowid, *(_sql(v) for v in row)) for seq, rowid, row in zip(seqs, store_rowids, values)]
    return rows, reviewed.orphans


def _as_read(df: pd.DataFrame) -> pd.DataFrame:
    """Reviewed rows with the parser's values back in their columns."""
    return df.assign(**{c: df[f"original_{c}"] for c in CORRECTABLE})[list(COLUMNS)]


def _sql(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def _insert(db: sqlite3.Connection, rows: list[tuple]) -> None:
    db.executemany(f"INSERT INTO temp.overlay VALUES ({', '.join('?' for _ in range(len(ROW_COLUMNS) + 2))})", rows)


def _open(store_path: Path) -> sqlite3.Connection:
    # Autocommit: a connection left inside a transaction would keep reading the store as it was then.
    db = sqlite3.connect(store_path, check_same_thread=False, timeout=30, isolation_level=None)
    db.execute(
        f"CREATE TEMP TABLE overlay AS SELECT 0 AS seq, 0 AS store_rowid, {_COLUMN_LIST}, "
        + ", ".join(f'NULL AS "{c}"' for c in REVIEW_COLUMNS)
        + " FROM main.facts WHERE 0"
    )
    db.execute("CREATE INDEX temp.overlay_article ON overlay (article_id)")
    db.execute("CREATE INDEX temp.overlay_seq ON overlay (seq)")
    db.execute("CREATE TEMP TABLE newest (host TEXT, force TEXT, unit TEXT, category INTEGER, stated_key TEXT)")
    db.execute("CREATE INDEX temp.newest_key ON newest (host, force, unit, category, stated_key)")
    # Every filtered fact as the posture judges it on a date (``_judged``), made afresh by each posture.
    db.execute(
        "CREATE TEMP TABLE judged (part INTEGER, seq INTEGER, force TEXT, unit TEXT, host TEXT, "
        "stated_key TEXT, category INTEGER)"
    )
    db.create_function("says_more", 4, posture.says_more, deterministic=True)
    db.create_function("names_formation", 1, posture.names_formation, deterministic=True)
    db.execute(
        f"CREATE TEMP VIEW every_fact AS SELECT seq, {_ROW_LIST} FROM temp.overlay UNION ALL "
        f"SELECT rowid AS seq, {_STORE_ROW} FROM main.facts "
        f"WHERE article_id NOT IN (SELECT article_id FROM temp.overlay WHERE store_rowid IS NULL) "
        f"AND rowid NOT IN (SELECT store_rowid FROM temp.overlay WHERE store_rowid IS NOT NULL)"
    )
    return db


def where(
    filters: Filters,
    members: Mapping[str, tuple[str, ...]],
    *,
    located: bool | None = None,
    at: tuple[float, float] | None = None,
) -> tuple[str, list]:
    """The SQL condition (and its parameters) of ``filters.apply``: a region fact passes a country
    filter when the country is one of the region's members."""
    clauses: list[str] = ["1"]
    params: list[str | float] = []

    def one_of(column: str, values: tuple[str, ...] | list[str]) -> str:
        params.extend(values)
        return f"{column} IN ({', '.join('?' for _ in values)})"

    if filters.countries:
        wanted = set(filters.countries)
        regions = sorted(r for r, codes in members.items() if wanted & set(codes))
        either = [one_of("country_code", sorted(wanted))]
        if regions:
            either.append(f"(country_code = '' AND {one_of('region', regions)})")
        clauses.append("(" + " OR ".join(either) + ")")
    for column, values in (
        ("unit", filters.units),
        ("status", filters.statuses),
        ("force", filters.forces),
        ("article_id", filters.articles),
    ):
        if values:
            clauses.append(one_of(column, values))
    if filters.date_from or filters.date_to:
        clauses.append(f"published GLOB '{_ISO_DATE}'")
        if filters.date_from:
            clauses.append("substr(published, 1, 10) >= ?")
            params.append(filters.date_from.isoformat())
        if filters.date_to:
            clauses.append("substr(published, 1, 10) <= ?")
            params.append(filters.date_to.isoformat())
    if located is not None:
        clauses.append("lat IS NOT NULL AND lon IS NOT NULL" if located else "(lat IS NULL OR lon IS NULL)")
    if at is not None:
        clauses.append("lat = ? AND lon = ?")
        params.extend(at)
    return " AND ".join(clauses), params


def _summarise(groups: list[tuple], members: Mapping[str, tuple[str, ...]]) -> Summary:
    facts = unlocated = 0
    codes: set[str] = set()
    country_facts: dict[str, int] = defaultdict(int)
    region_facts: dict[str, int] = defaultdict(int)
    places: dict[tuple[float, float], dict] = {}
    for lat, lon, code, region, precision, status, unit, _, n, low, name, newest in groups:
        facts += n
        codes.update((code,) if code else members.get(region, ()))
        if precision == "country":
            country_facts[code] += n
        elif precision == "region":
            region_facts[region] += n
        if lat is None or lon is None:
            unlocated += n
            continue
        if precision == "region" and members.get(region):
            continue  # drawn as its members' outlines, never as a point (as mapview draws it)
        place = places.setdefault(
            (lat, lon),
            {
                "name": name or code or region,
                "precision": precision,
                "facts": 0,
                "troops": 0,
                "status": defaultdict(int),
                "unit": defaultdict(int),
                "newest": "",
            },
        )
        place["newest"] = max(place["newest"], newest or "")
        place["facts"] += n
        place["troops"] += low
        place["status"][status] += n
        place["unit"][unit] += n
    return Summary(
        totals=Totals(facts=facts, countries=len(codes), unlocated=unlocated),
        places=tuple(
            Place(
                lat=lat,
                lon=lon,
                name=p["name"],
                precision=p["precision"],
                facts=p["facts"],
                troops=p["troops"],
                by_status=_ranked(p["status"]),
                by_unit=_ranked(p["unit"]),
                newest=p["newest"],
            )
            for (lat, lon), p in places.items()
        ),
        country_facts=dict(country_facts),
        region_facts=dict(region_facts),
    )


def _ranked(counts: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
