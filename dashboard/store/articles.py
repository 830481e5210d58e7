"""The SQLite store of articles a user adds, and their facts.

One article is written in one transaction with all its facts, or not at all; the same text added
twice is stored once (its id is a hash of the content). The schema carries a version in
``PRAGMA user_version``: a store from an older version is migrated, one from a newer version is
refused rather than misread.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from dashboard import paths
from dashboard.errors import SchemaVersionError, StoreError
from dashboard.exports import tables
from dashboard.schema import COLUMNS, Fact, implausible_count
from dashboard.sources.article import Article
from dashboard.store import migrations

DEFAULT_PATH = paths.STORE
SCHEMA_VERSION = migrations.LATEST
_BUSY_SECONDS = 30

# Quoted: "when" is an SQL keyword.
_COLUMN_LIST = ", ".join(f'"{c}"' for c in COLUMNS)
_INSERT_FACT = f"INSERT INTO facts ({_COLUMN_LIST}) VALUES ({', '.join('?' for _ in COLUMNS)})"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    article_id: str
    title: str
    outlet: str
    author: str
    published: str
    source_name: str
    added_at: str
    facts: int


@dataclass(frozen=True, slots=True)
class AddResult:
    article_id: str
    added: bool
    facts: int


class Store:
    """A connection to the store; safe to share between Streamlit's threads."""

    def __init__(self, path: Path = DEFAULT_PATH) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, timeout=_BUSY_SECONDS, isolation_level=None)
            self._db.execute("PRAGMA foreign_keys = ON")
            _use_wal(self._db)
            # WAL with NORMAL sync survives a killed process; only a power cut may lose the last commits.
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except (sqlite3.DatabaseError, OSError) as err:
            reason = err.strerror if isinstance(err, OSError) and err.strerror else err
            raise StoreError(f"cannot open the store {path}: {reason}") from err

    def _migrate(self) -> None:
        if self._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        # Checked again under the write lock: another process creating the same new store at this
        # moment is then either finished or not begun, never seen half done.
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise SchemaVersionError(
                    f"the store {self.path} was written by a newer version of this tool (schema {version}, "
                    f"this tool reads up to {SCHEMA_VERSION}); it was left untouched"
                )
            existing = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and existing & {"articles", "facts"}:
                raise SchemaVersionError(
                    f"the store {self.path} has tables but no schema version; it was left untouched"
                )
            if version == SCHEMA_VERSION:
                return
            migrations.upgrade(db, from_version=version)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error: all of it or none of it."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """The lock, and a StoreError naming the file for a store that breaks while being read
        (a file damaged after its first page opens fine and fails only here)."""
        with self._lock:
            try:
                yield
            except (sqlite3.DatabaseError, pd.errors.DatabaseError) as err:
                raise StoreError(f"cannot read the store {self.path}: {err}") from err

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection, for queries of other modules (reviewlog), under the same lock and errors."""
        with self._reading():
            yield self._db

    def add(self, article: Article, facts: Iterable[Fact], *, source_name: str = "") -> AddResult:
        """Store the article with its facts; adding the same text again changes nothing."""
        return self.add_many([(article, list(facts), source_name)])[0]

    def add_many(self, items: Iterable[tuple[Article, list[Fact], str]]) -> list[AddResult]:
        """Store several articles in one transaction: all of them with all their facts, or none."""
        results = []
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with self.transaction() as db:
                for article, facts, source_name in items:
                    inserted = db.execute(
                        "INSERT OR IGNORE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (
                            article.article_id,
                            article.text,
                            article.title,
                            article.outlet,
                            article.author,
                            article.published,
                            article.url,
                            article.encoding,
                            source_name,
                            now,
                        ),
                    ).rowcount
                    if inserted:
                        _refuse_impossible(article.article_id, facts)
                        db.executemany(_INSERT_FACT, [tuple(_sql_value(getattr(f, c)) for c in COLUMNS) for f in facts])
                    results.append(AddResult(article.article_id, bool(inserted), len(facts) if inserted else 0))
                if any(r.added for r in results):
                    _bump(db)
        except (sqlite3.DatabaseError, OverflowError) as err:
            raise StoreError(f"could not store the article: {err}") from err
        return results

    def ids(self) -> set[str]:
        with self._reading():
            return {row[0] for row in self._db.execute("SELECT article_id FROM articles")}

    def delete(self, article_id: str) -> int:
        """Remove an article and exactly its facts; returns how many facts went with it."""
        with self._reading(), self.transaction() as db:
            count = db.execute("SELECT COUNT(*) FROM facts WHERE article_id = ?", (article_id,)).fetchone()[0]
            if db.execute("DELETE FROM articles WHERE article_id = ?", (article_id,)).rowcount:
                _bump(db)
        return count

    def facts(self) -> pd.DataFrame:
        with self._reading():
            df = pd.read_sql_query(f"SELECT {_COLUMN_LIST} FROM facts ORDER BY rowid", self._db)
        return tables.typed(df)

    def articles(self) -> list[StoredArticle]:
        with self._reading():
            rows = self._db.execute(
                "SELECT a.article_id, a.title, a.outlet, a.author, a.published, a.source_name, a.added_at, "
                "COUNT(f.fact_id) FROM articles a LEFT JOIN facts f ON f.article_id = a.article_id "
                "GROUP BY a.article_id ORDER BY a.added_at, a.rowid"
            ).fetchall()
        return [StoredArticle(*row) for row in rows]

    def text(self, article_id: str) -> str | None:
        with self._reading():
            row = self._db.execute("SELECT text FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def revision(self) -> int:
        """A counter every write bumps, in the file itself: a cache key that other processes' writes
        change too. (COUNT, MAX(rowid)) was not one: SQLite reuses the rowid of a deleted last row."""
        with self._reading():
            return self._db.execute("SELECT n FROM revision").fetchone()[0]

    def integrity(self) -> str:
        with self._lock:
            return self._db.execute("PRAGMA integrity_check").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _use_wal(db: sqlite3.Connection) -> None:
    """Switch to WAL. SQLite answers "locked" at once, without its busy timeout, while another
    process is switching the same new file; so wait here, up to the busy timeout."""
    deadline = time.monotonic() + _BUSY_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _refuse_impossible(article_id: str, facts: list[Fact]) -> None:
    """The last guard: callers refuse such facts one by one (ingest.checked_facts) before this."""
    for fact in facts:
        if problem := implausible_count(fact):
            raise StoreError(f"article {article_id}: {problem}; nothing was stored")


def _bump(db: sqlite3.Connection) -> None:
    db.execute("UPDATE revision SET n = n + 1")


def _sql_value(value: object) -> object:
    return int(value) if isinstance(value, bool) else value
