"""CSV and JSON of plain rows, without pandas.

The command line prints facts with these (importing pandas would be most of its start-up), and the
app streams a filtered CSV of any size from the store with them, a chunk at a time. The bytes are
the same as ``export.to_csv`` / ``to_json`` of the same rows.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from dashboard.schema import BOOL_COLUMNS, COLUMNS, LABELS, Fact

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_BOOL_INDEXES = tuple(COLUMNS.index(c) for c in BOOL_COLUMNS)

Row = Sequence[Any]  # one value per schema column, in ``COLUMNS`` order
Headers = Literal["schema", "readable"]  # as export.Headers


def fact_rows(facts: Iterable[Fact]) -> Iterator[tuple[Any, ...]]:
    for fact in facts:
        yield tuple(getattr(fact, c) for c in COLUMNS)


def neutralize(value: str) -> str:
    """A text cell that a spreadsheet would not run as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_chunks(
    rows: Iterable[Row], *, spreadsheet_safe: bool = True, headers: Headers = "schema", chunk_rows: int = 2000
) -> Iterator[str]:
    """The header (the schema's names or the readable ones) and then the rows as CSV text,
    ``chunk_rows`` rows per chunk."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if spreadsheet_safe else "\n")
    names = [LABELS.get(c, c) for c in COLUMNS] if headers == "readable" else list(COLUMNS)
    writer.writerow([neutralize(c) for c in names] if spreadsheet_safe else names)
    pending = 0
    for row in rows:
        writer.writerow([_csv_cell(v, i, spreadsheet_safe) for i, v in enumerate(row)])
        pending += 1
        if pending >= chunk_rows:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    yield buffer.getvalue()


def to_csv(rows: Iterable[Row], *, spreadsheet_safe: bool = True, headers: Headers = "schema") -> str:
    return "".join(csv_chunks(rows, spreadsheet_safe=spreadsheet_safe, headers=headers))


def _csv_cell(value: Any, index: int, safe: bool) -> Any:
    if index in _BOOL_INDEXES:
        return "true" if value else "false"
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if safe and isinstance(value, str):
        return neutralize(value)
    return value


def _record(row: Row) -> dict[str, Any]:
    record = dict(zip(COLUMNS, row))
    for column in BOOL_COLUMNS:
        record[column] = bool(record[column])
    for column in ("lat", "lon"):
        if isinstance(record[column], float) and math.isnan(record[column]):
            record[column] = None
    return record


def to_json(rows: Iterable[Row]) -> str:
    return json.dumps([_record(row) for row in rows], ensure_ascii=False, indent=1)
