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

# Full-width forms count: spreadsheets in East Asian locales run them as formulas too.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Spreadsheets skip these before a formula, so " =1+1" runs as well.
_SKIPPED = " \u00a0\u200b\u200c\u200d\u2060\ufeff"

Row = Sequence[Any]  # one value per schema column, in ``COLUMNS`` order
Headers = Literal["schema", "readable"]  # as export.Headers


def fact_rows(facts: Iterable[Fact]) -> Iterator[tuple[Any, ...]]:
    for fact in facts:
        yield tuple(getattr(fact, c) for c in COLUMNS)


def needs_guard(value: str) -> bool:
    """A formula once spaces and invisible characters are skipped, or text that already starts
    with the apostrophe (guarded too, so that reading it back cannot take its own apostrophe)."""
    return value.startswith("'") or value.lstrip(_SKIPPED).startswith(_FORMULA_START)


def neutralize(value: str) -> str:
    """A text cell that a spreadsheet would not run as a formula."""
    return "'" + value if needs_guard(value) else value


def csv_chunks(
    rows: Iterable[Row],
    *,
    spreadsheet_safe: bool = True,
    headers: Headers = "schema",
    chunk_rows: int = 2000,
    columns: Sequence[str] = COLUMNS,
) -> Iterator[str]:
    """The header (the names of ``columns``, the schema's or the readable ones) and then the rows as
    CSV text, ``chunk_rows`` rows per chunk."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if spreadsheet_safe else "\n")
    names = [LABELS.get(c, c) for c in columns] if headers == "readable" else list(columns)
    writer.writerow([neutralize(c) for c in names] if spreadsheet_safe else names)
    flags = {i for i, c in enumerate(columns) if c.removeprefix("original_") in BOOL_COLUMNS}
    pending = 0
    for row in rows:
        writer.writerow([_csv_cell(v, i in flags, spreadsheet_safe) for i, v in enumerate(row)])
        pending += 1
        if pending >= chunk_rows:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    yield buffer.getvalue()


def to_csv(rows: Iterable[Row], *, spreadsheet_safe: bool = True, headers: Headers = "schema") -> str:
    return "".join(csv_chunks(rows, spreadsheet_safe=spreadsheet_safe, headers=headers))


def _csv_cell(value: Any, flag: bool, safe: bool) -> Any:
    if flag:
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


# JSON text as json.dumps(records, ensure_ascii=False, indent=1) writes it, byte for byte: an indent makes
# json fall back to its pure-Python encoder, so a flat record of scalars is laid out here instead, each
# scalar encoded as json encodes it.
_KEYS = {column: json.encoder.encode_basestring(column) for column in COLUMNS}
_INFINITY = float("inf")


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return json.encoder.encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (_INFINITY, -_INFINITY):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    raise TypeError(type(value).__name__)


def to_json(rows: Iterable[Row]) -> str:
    records = [_record(row) for row in rows]
    try:
        items = [",\n  ".join(f"{_KEYS[key]}: {_scalar(value)}" for key, value in r.items()) for r in records]
    except (TypeError, KeyError):
        # A value json knows and this layout does not: json lays it out itself.
        return json.dumps(records, ensure_ascii=False, indent=1)
    if not items:
        return "[]"
    return "[\n {\n  " + "\n },\n {\n  ".join(items) + "\n }\n]"
