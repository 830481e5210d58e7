"""The store's schema, one versioned step at a time.

``STEPS[n]`` takes a store from schema ``n`` to ``n + 1``; a new store runs every step, an old one
only those it lacks, all inside the caller's transaction so a failed upgrade leaves the file as it
was. Steps are never edited once released: a store in the field was made by exactly those steps.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from dashboard.schema import BOOL_COLUMNS, COLUMNS, FLOAT_COLUMNS, INT_COLUMNS

_SQL_TYPES = {**{c: "INTEGER" for c in INT_COLUMNS + BOOL_COLUMNS}, **{c: "REAL" for c in FLOAT_COLUMNS}}


def _articles_and_facts(db: sqlite3.Connection) -> None:
    """Schema 1: articles and the parser's facts."""
    # Today's columns, quoted ("when" is an SQL keyword); a store made before a column existed gains it
    # in the step that added it.
    columns = ",\n    ".join(
        f'"{c}" {_SQL_TYPES.get(c, "TEXT")}'
        + (" PRIMARY KEY" if c == "fact_id" else "")
        + (" NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE" if c == "article_id" else "")
        for c in COLUMNS
    )
    db.execute("""CREATE TABLE IF NOT EXISTS articles (
        article_id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        title TEXT, outlet TEXT, author TEXT, published TEXT, url TEXT,
        encoding TEXT, source_name TEXT, added_at TEXT NOT NULL)""")
    db.execute(f"CREATE TABLE IF NOT EXISTS facts (\n    {columns}\n)")
    db.execute("CREATE INDEX IF NOT EXISTS facts_article ON facts (article_id)")


def _when(db: sqlite3.Connection) -> None:
    """Schema 2: when a fact holds (the parser's time words and dates), empty for the facts already stored."""
    present = {row[1] for row in db.execute("PRAGMA table_info(facts)")}
    for column in ("when", "when_start", "when_end"):
        if column not in present:
            db.execute(f"ALTER TABLE facts ADD COLUMN \"{column}\" TEXT NOT NULL DEFAULT ''")


def _write_counter(db: sqlite3.Connection) -> None:
    """Schema 3: a counter every write raises (see Store.revision), starting at 0."""
    db.execute("CREATE TABLE IF NOT EXISTS revision (n INTEGER NOT NULL)")
    db.execute("INSERT INTO revision SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM revision)")


# A review is keyed by what survives a re-parse of the same text (article, quote offsets, the unit and
# place as the parser first read them, and which of several such facts in the sentence), not by
# fact_id, which a new parser version may compute differently. No foreign key to articles: shipped
# facts from seeds/ are reviewed here too, and a deleted article's decisions wait for it to return.
_KEY = (
    "article_id TEXT NOT NULL, quote_start INTEGER NOT NULL, quote_end INTEGER NOT NULL, "
    "unit TEXT NOT NULL, place TEXT NOT NULL, occurrence INTEGER NOT NULL"
)


def _reviews(db: sqlite3.Connection) -> None:
    """Schema 4: each fact's review state, and every edit made to it (append-only)."""
    db.execute(f"""CREATE TABLE reviews (
        {_KEY},
        state TEXT NOT NULL CHECK (state IN ('unreviewed', 'accepted', 'corrected', 'rejected')),
        reviewer TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (article_id, quote_start, quote_end, unit, place, occurrence))""")
    db.execute(f"""CREATE TABLE review_edits (
        edit_id INTEGER PRIMARY KEY AUTOINCREMENT,
        {_KEY},
        reviewer TEXT NOT NULL, at TEXT NOT NULL, field TEXT NOT NULL,
        old TEXT, new TEXT, reason TEXT NOT NULL DEFAULT '')""")
    db.execute(
        "CREATE INDEX review_edits_key ON review_edits (article_id, quote_start, quote_end, unit, place, occurrence)"
    )


def _unit_name_and_resolved_place(db: sqlite3.Connection) -> None:
    """Schema 5: the formation as the text names it and what the place was resolved to, empty for the
    facts already stored (a re-read of the article fills them)."""
    present = {row[1] for row in db.execute("PRAGMA table_info(facts)")}
    for column in ("unit_name", "resolved_place"):
        if column not in present:
            db.execute(f"ALTER TABLE facts ADD COLUMN \"{column}\" TEXT NOT NULL DEFAULT ''")


STEPS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _articles_and_facts,
    _when,
    _write_counter,
    _reviews,
    _unit_name_and_resolved_place,
)
LATEST = len(STEPS)


def upgrade(db: sqlite3.Connection, *, from_version: int) -> None:
    """Run the steps a store at ``from_version`` lacks and record the new version."""
    for step in STEPS[from_version:]:
        step(db)
    db.execute(f"PRAGMA user_version = {LATEST}")
