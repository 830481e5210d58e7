"""Review decisions and their edit history in the SQLite store.

Every decision appends to ``review_edits`` (who, when, field, old -> new, why) and updates the one
``reviews`` row of its fact, in one transaction. Nothing here touches the ``facts`` table: the
parser's reading stays as it was read, and corrections are laid over it when the table is shown.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import astuple, dataclass, fields
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from dashboard.errors import ReviewConflict, ReviewError, StoreError
from dashboard.schema import CORRECTABLE, MAX_NAME, MAX_REASON, REVIEW_STATES, value_problem
from dashboard.store.articles import Store

STATE_FIELD = "review_state"


@dataclass(frozen=True, slots=True)
class FactKey:
    """What identifies a fact across re-parses of the same text; see ``migrations._KEY``."""

    article_id: str
    quote_start: int
    quote_end: int
    unit: str
    place: str
    occurrence: int = 0


_KEY_COLUMNS = tuple(f.name for f in fields(FactKey))
_KEY_WHERE = " AND ".join(f"{c} = ?" for c in _KEY_COLUMNS)


@dataclass(frozen=True, slots=True)
class Version:
    """A fact as a reviewer was shown it: its key, the last edit of its review then (0: none yet), and
    whether it was one of the store's facts (those can be deleted; shipped ones cannot). A decision
    made on a version lands only if the fact is still that version: see ``record``."""

    key: FactKey
    edit: int
    stored: bool


@dataclass(frozen=True, slots=True)
class Decision:
    key: FactKey
    state: str
    reviewer: str
    updated_at: str
    corrections: tuple[tuple[str, Any], ...]  # (field, value) pairs, the latest value of each field


@dataclass(frozen=True, slots=True)
class Edit:
    key: FactKey
    reviewer: str
    at: str
    field: str
    old: Any
    new: Any
    reason: str


def version(store: Store, key: FactKey) -> Version:
    """The fact's version now: what a form or button shows it as, to be named by its decision."""
    with store.reading() as db:
        return _version(db, key)


def gone(store: Store, seen: Version) -> bool:
    """Whether the stored fact ``seen`` names has left the store (its article was deleted)."""
    return seen.stored and not version(store, seen.key).stored


def _version(db: sqlite3.Connection, key: FactKey) -> Version:
    edit = db.execute(f"SELECT COALESCE(MAX(edit_id), 0) FROM review_edits WHERE {_KEY_WHERE}", astuple(key))
    # The key's unit and place are the parser's reading, which the store's facts keep.
    same = db.execute(
        "SELECT COUNT(*) FROM facts WHERE article_id = ? AND quote_start = ? AND quote_end = ? AND unit = ? "
        "AND place = ?",
        (key.article_id, key.quote_start, key.quote_end, key.unit, key.place),
    )
    return Version(key, edit.fetchone()[0], same.fetchone()[0] > key.occurrence)


def record(
    store: Store,
    key: FactKey,
    *,
    state: str,
    reviewer: str,
    changes: Mapping[str, tuple[Any, Any]] | None = None,
    reason: str = "",
    at: str | None = None,
    seen: Version | None = None,
) -> None:
    """Set the fact's state and apply ``changes`` (field -> (old, new)), each written to the history.

    ``seen`` is the version of the fact the decision was made on (the app always gives it; ``None``
    takes the fact as it is). It is checked in the same transaction as the write: a decision on a
    fact another reviewer has changed since (a lost update), or whose article has been deleted, or
    that names another fact than ``key``, is a ReviewError and nothing is recorded.

    Each new value passes ``schema.value_problem`` (the callers check whole facts; this is the last
    guard, as the store's is for the parser's facts), and the name and reason have a length limit."""
    reviewer = reviewer.strip()
    if not reviewer:
        raise ReviewError("type your name (in the sidebar) before reviewing: every decision records who made it")
    if len(reviewer) > MAX_NAME:
        raise ReviewError(f"the reviewer's name is {len(reviewer):,} characters long; the limit is {MAX_NAME}")
    if len(reason) > MAX_REASON:
        raise ReviewError(f"the reason is {len(reason):,} characters long; the limit is {MAX_REASON:,}")
    if state not in REVIEW_STATES:
        raise ReviewError(f"unknown review state {state!r}")
    changes = dict(changes or {})
    if unknown := sorted(set(changes) - set(CORRECTABLE)):
        raise ReviewError(f"these fields cannot be corrected: {', '.join(unknown)}")
    for name, (_, new) in changes.items():
        if problem := value_problem(name, new.item() if hasattr(new, "item") else new):
            raise ReviewError(f"{problem}; nothing was recorded")
    if seen is not None and seen.key != key:
        raise ReviewConflict("this decision names another fact than the one it was made on; nothing was recorded")
    when = at or datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with store.transaction() as db:
            if seen is not None:
                _still(db, seen)
            row = db.execute(f"SELECT state FROM reviews WHERE {_KEY_WHERE}", astuple(key)).fetchone()
            before = row[0] if row else "unreviewed"
            edits = [(STATE_FIELD, before, state)] if before != state else []
            edits += [(name, old, new) for name, (old, new) in changes.items()]
            db.executemany(
                f"INSERT INTO review_edits ({', '.join(_KEY_COLUMNS)}, reviewer, at, field, old, new, reason) "
                f"VALUES ({', '.join('?' for _ in _KEY_COLUMNS)}, ?, ?, ?, ?, ?, ?)",
                [
                    (*astuple(key), reviewer, when, name, _encode(old), _encode(new), reason.strip())
                    for name, old, new in edits
                ],
            )
            db.execute(
                f"INSERT INTO reviews ({', '.join(_KEY_COLUMNS)}, state, reviewer, updated_at) "
                f"VALUES ({', '.join('?' for _ in _KEY_COLUMNS)}, ?, ?, ?) "
                f"ON CONFLICT DO UPDATE SET state = excluded.state, reviewer = excluded.reviewer, "
                f"updated_at = excluded.updated_at",
                (*astuple(key), state, reviewer, when),
            )
    except sqlite3.DatabaseError as err:
        raise StoreError(f"could not record the review: {err}") from err


def _still(db: sqlite3.Connection, seen: Version) -> None:
    """Raise ReviewConflict unless the fact is still the version ``seen``."""
    now = _version(db, seen.key)
    if seen.stored and not now.stored:
        raise ReviewConflict("this fact's article was deleted after the fact was shown to you; nothing was recorded")
    if now.edit != seen.edit:
        who, at, field = db.execute(
            "SELECT reviewer, at, field FROM review_edits WHERE edit_id = ?", (now.edit,)
        ).fetchone()
        what = "its review" if field == STATE_FIELD else field
        raise ReviewConflict(
            f"{who} changed this fact ({what}) at {at}, after it was shown to you; nothing was recorded: "
            f"look at it again as it is now"
        )


def decisions(store: Store) -> list[Decision]:
    """Every fact's current decision with its latest value of each corrected field."""
    keys = ", ".join(_KEY_COLUMNS)
    with store.reading() as db:
        rows = db.execute(f"SELECT {keys}, state, reviewer, updated_at FROM reviews ORDER BY rowid").fetchall()
        latest = db.execute(
            f"SELECT {keys}, field, new FROM review_edits WHERE edit_id IN ("
            f"SELECT MAX(edit_id) FROM review_edits WHERE field != ? GROUP BY {keys}, field) ORDER BY edit_id",
            (STATE_FIELD,),
        ).fetchall()
    corrections: dict[FactKey, list[tuple[str, Any]]] = {}
    width = len(_KEY_COLUMNS)
    for row in latest:
        corrections.setdefault(FactKey(*row[:width]), []).append((row[width], _decode(row[width + 1])))
    return [
        Decision(key, state, reviewer, at, tuple(corrections.get(key, ())))
        for key, state, reviewer, at in ((FactKey(*r[:width]), *r[width:]) for r in rows)
    ]


def history(store: Store, key: FactKey | None = None) -> list[Edit]:
    """The edits, oldest first; of one fact when ``key`` is given."""
    where, params = (f"WHERE {_KEY_WHERE}", astuple(key)) if key else ("", ())
    with store.reading() as db:
        rows = db.execute(
            f"SELECT {', '.join(_KEY_COLUMNS)}, reviewer, at, field, old, new, reason "
            f"FROM review_edits {where} ORDER BY edit_id",
            params,
        ).fetchall()
    width = len(_KEY_COLUMNS)
    return [
        Edit(
            FactKey(*r[:width]),
            r[width],
            r[width + 1],
            r[width + 2],
            _decode(r[width + 3]),
            _decode(r[width + 4]),
            r[width + 5],
        )
        for r in rows
    ]


def revision(store: Store) -> int:
    """Grows with every decision: a cache key for the reviewed table."""
    with store.reading() as db:
        return db.execute("SELECT COALESCE(MAX(edit_id), 0) FROM review_edits").fetchone()[0]


def _encode(value: Any) -> str:
    # JSON keeps the type: a count of 0, an empty place and "no value" (null) stay three things.
    if value is not None and not isinstance(value, str) and pd.isna(value):
        value = None
    return json.dumps(value.item() if hasattr(value, "item") else value, ensure_ascii=False)


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)
