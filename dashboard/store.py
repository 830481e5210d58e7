"""The SQLite store of articles a user adds, and their facts.

One article is written in one transaction with all its facts, or not at all; the same text added
twice is stored once (its id is a hash of the content). The schema carries a version in
``PRAGMA user_version``: a store from an older version is migrated, one from a newer version is
refused rather than misread.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, UTC
from pathlib import Path

import pandas as pd

from dashboard import export, migrations
from dashboard.article import Article
from dashboard.errors import SchemaVersionError, StoreError
from dashboard.schema import COLUMNS, Fact

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "store.sqlite"
SCHEMA_VERSION = migrations.LATEST

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
            self._db = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA busy_timeout = 30000")
            # WAL with NORMAL sync survives a killed process; only a power cut may lose the last commits.
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open the store {path}: {err}") from err

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"the store {self.path} was written by a newer version of this tool (schema {version}, "
                f"this tool reads up to {SCHEMA_VERSION}); it was left untouched")
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 and tables & {"articles", "facts"}:
            raise SchemaVersionError(
                f"the store {self.path} has tables but no schema version; it was left untouched")
        if version == SCHEMA_VERSION:
            return
        with self.transaction() as db:
            # Read again under the write lock: another process may have upgraded the file meanwhile.
            migrations.upgrade(db, from_version=db.execute("PRAGMA user_version").fetchone()[0])

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
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection, for queries only, held against the other threads sharing it."""
        with self._lock:
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
                        (article.article_id, article.text, article.title, article.outlet, article.author,
                         article.published, article.url, article.encoding, source_name, now)).rowcount
                    if inserted:
                        db.executemany(_INSERT_FACT, [tuple(_sql_value(getattr(f, c)) for c in COLUMNS)
                                                      for f in facts])
                    results.append(AddResult(article.article_id, bool(inserted), len(facts) if inserted else 0))
        except sqlite3.DatabaseError as err:
            raise StoreError(f"could not store the article: {err}") from err
        return results

    def ids(self) -> set[str]:
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT article_id FROM articles")}

    def delete(self, article_id: str) -> int:
        """Remove an article and exactly its facts; returns how many facts went with it."""
        with self.transaction() as db:
            count = db.execute("SELECT COUNT(*) FROM facts WHERE article_id = ?", (article_id,)).fetchone()[0]
            db.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))
        return count

    def facts(self) -> pd.DataFrame:
        with self._lock:
            df = pd.read_sql_query(f"SELECT {_COLUMN_LIST} FROM facts ORDER BY rowid", self._db)
        return export.typed(df)

    def articles(self) -> list[StoredArticle]:
        with self._lock:
            rows = self._db.execute(
                "SELECT a.article_id, a.title, a.outlet, a.author, a.published, a.source_name, a.added_at, "
                "COUNT(f.fact_id) FROM articles a LEFT JOIN facts f ON f.article_id = a.article_id "
                "GROUP BY a.article_id ORDER BY a.added_at, a.rowid").fetchall()
        return [StoredArticle(*row) for row in rows]

    def text(self, article_id: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT text FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def revision(self) -> tuple[int, int]:
        """Changes whenever articles are added or removed: a cache key for what was read."""
        with self._lock:
            return tuple(self._db.execute(  # type: ignore[return-value]
                "SELECT (SELECT COUNT(*) FROM articles), (SELECT COALESCE(MAX(rowid), 0) FROM articles)").fetchone())

    def integrity(self) -> str:
        with self._lock:
            return self._db.execute("PRAGMA integrity_check").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _sql_value(value: object) -> object:
    return int(value) if isinstance(value, bool) else value
