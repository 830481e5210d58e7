"""The table on disk and in downloads: CSV (safe to open in Excel), JSON, GeoJSON and an Excel workbook.

Every export writes ``schema.COLUMNS`` in order, under the schema's names or, as an option, the
app's (``schema.LABELS``). Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return as a formula, so text cells that do are prefixed with an
apostrophe; numbers stay numbers. The workbook and the GeoJSON carry what a file handed on needs:
the filters applied, the sources and the time of export.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from dashboard.exports.plain import needs_guard, neutralize
from dashboard.schema import BOOL_COLUMNS, COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, LABELS, TEXT_COLUMNS, Fact

Headers = Literal["schema", "readable"]
SOURCE_COLUMNS = ("title", "outlet", "author", "published", "url", "article_id")


def frame(facts: Iterable[Fact]) -> pd.DataFrame:
    """The facts as a DataFrame with the schema's columns and types."""
    rows = [fact.as_row() for fact in facts]
    return typed(pd.DataFrame(rows, columns=list(COLUMNS)))


def typed(df: pd.DataFrame) -> pd.DataFrame:
    df = df.reindex(columns=list(COLUMNS))
    for column in INT_COLUMNS:
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
    for column in FLOAT_COLUMNS:
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("float64")
    for column in BOOL_COLUMNS:
        df[column] = df[column].map(_as_bool).astype("bool")
    for column in COLUMNS:
        if column not in INT_COLUMNS + FLOAT_COLUMNS + BOOL_COLUMNS:
            df[column] = df[column].fillna("").astype(str)
    return df


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value) if value is not None and not (isinstance(value, float) and math.isnan(value)) else False


def headed(df: pd.DataFrame, headers: Headers) -> pd.DataFrame:
    """``df`` under the schema's column names or the app's readable ones."""
    return df.rename(columns=LABELS) if headers == "readable" else df


def to_csv(df: pd.DataFrame, *, spreadsheet_safe: bool = True, headers: Headers = "schema") -> str:
    """CSV text of ``df`` (UTF-8); with ``spreadsheet_safe``, text cells and headers are neutralised."""
    out = headed(df, headers).copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_bool_dtype(series):
            out[column] = series.map({True: "true", False: "false"})
        elif spreadsheet_safe and (pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series)):
            text = series.fillna("").astype(str)
            out[column] = text.map(neutralize)
    if spreadsheet_safe:
        out.columns = [neutralize(str(c)) for c in out.columns]
    return out.to_csv(index=False, lineterminator="\r\n" if spreadsheet_safe else "\n")


def read_csv(path_or_buffer: Path | io.StringIO) -> pd.DataFrame:
    """The table from a CSV of ours, undoing the spreadsheet neutralisation, so a round trip keeps it."""
    df = pd.read_csv(path_or_buffer, dtype=str, keep_default_na=False)
    df.columns = [_restore(str(c)) for c in df.columns]
    for column in TEXT_COLUMNS:
        if column in df.columns:
            df[column] = df[column].map(_restore)
    return typed(df)


def _restore(value: str) -> str:
    return value[1:] if value.startswith("'") and needs_guard(value[1:]) else value


def to_json(df: pd.DataFrame) -> str:
    records = [{k: _json_value(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
    return json.dumps(records, ensure_ascii=False, indent=1)


def _json_value(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def sources(df: pd.DataFrame) -> pd.DataFrame:
    """One row per article the facts come from, with how many of the facts it gives."""
    found: dict[str, dict[str, Any]] = {}
    _count_sources(found, df)
    return pd.DataFrame(list(found.values()), columns=[*SOURCE_COLUMNS, "facts"])


def _count_sources(found: dict[str, dict[str, Any]], df: pd.DataFrame) -> None:
    """Add ``df``'s facts to ``found``: per article, in order of its first fact, its source columns and
    how many facts it gives (a table read in chunks is counted a chunk at a time)."""
    counts = df.groupby("article_id", sort=False).size()
    for row in df.drop_duplicates("article_id")[list(SOURCE_COLUMNS)].to_dict(orient="records"):
        entry = found.setdefault(row["article_id"], {**{k: _json_value(v) for k, v in row.items()}, "facts": 0})
        entry["facts"] += int(counts[row["article_id"]])


def to_geojson(
    df: pd.DataFrame,
    *,
    members: Mapping[str, tuple[str, ...]] | None = None,
    outline: Callable[[str], dict | None] | None = None,
    filters_applied: Sequence[tuple[str, str]] = (),
    exported_at: datetime | None = None,
) -> str:
    """Facts with a point as points; facts without one keep a null geometry rather than vanish.

    A region fact whose members are known is never its region's point: its geometry is its members'
    outlines (a MultiPolygon, when ``outline`` is given, else null) and ``members`` lists them. The
    collection carries ``filters``, ``sources`` and ``exported_at`` as foreign members.
    """
    return "".join(
        geojson_chunks([df], members=members, outline=outline, filters_applied=filters_applied, exported_at=exported_at)
    )


def geojson_chunks(
    frames: Iterable[pd.DataFrame],
    *,
    members: Mapping[str, tuple[str, ...]] | None = None,
    outline: Callable[[str], dict | None] | None = None,
    filters_applied: Sequence[tuple[str, str]] = (),
    exported_at: datetime | None = None,
) -> Iterator[str]:
    """``to_geojson`` of the facts of ``frames`` together, as text written a frame at a time: a
    filtered view of any size is read from the store in chunks, never as one table."""
    members = members or {}
    found: dict[str, dict[str, Any]] = {}  # the sources, by article, in order of first fact
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for df in frames:
        features = []
        _count_sources(found, df)
        for row in df.to_dict(orient="records"):
            props = {k: _json_value(v) for k, v in row.items()}
            codes = members.get(props.get("region") or "", ()) if props.get("precision") == "region" else ()
            lat, lon = props.get("lat"), props.get("lon")
            if codes:
                props["members"] = list(codes)
                geometry = _member_outlines(codes, outline) if outline else None
            else:
                geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
            features.append(
                json.dumps({"type": "Feature", "geometry": geometry, "properties": props}, ensure_ascii=False)
            )
        if features:
            yield ("" if first else ", ") + ", ".join(features)
            first = False
    tail: dict[str, Any] = {"filters": dict(filters_applied), "sources": list(found.values())}
    if exported_at:
        tail["exported_at"] = exported_at.isoformat(timespec="seconds")
    yield "], " + json.dumps(tail, ensure_ascii=False)[1:]


def _member_outlines(codes: Iterable[str], outline: Callable[[str], dict | None]) -> dict | None:
    polygons: list = []
    for code in codes:
        for feature in (outline(code) or {}).get("features", []):
            geometry = feature["geometry"]
            polygons += geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return {"type": "MultiPolygon", "coordinates": polygons} if polygons else None


# Characters XML 1.0 cannot hold (openpyxl refuses them); article text may carry any of them.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _excel_cell(value: Any) -> Any:
    """A value as a workbook cell: numbers and booleans as such, text inert and storable."""
    value = _json_value(value)
    if isinstance(value, str):
        return neutralize(_NOT_IN_XML.sub("\ufffd", value))
    return value


def to_excel(
    df: pd.DataFrame, *, filters_applied: Sequence[tuple[str, str]], exported_at: datetime, headers: Headers = "schema"
) -> bytes:
    """An .xlsx workbook: the facts, the filters applied with the time of export, the sources, and
    the columns under both names. Every text cell is guarded against formula injection."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheets = {
        "Facts": [list(headed(df, headers).columns), *df.itertuples(index=False, name=None)],
        "Filters": [
            ["Filter", "Value"],
            *filters_applied,
            ["Exported at", exported_at.isoformat(timespec="seconds")],
            ["Facts exported", len(df)],
        ],
        "Sources": [
            ["Title", "Outlet", "Author", "Published", "Address", "Article ID", "Facts"],
            *sources(df).itertuples(index=False, name=None),
        ],
        "Columns": [["Schema name", "Readable name"], *((c, LABELS[c]) for c in df.columns if c in LABELS)],
    }
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        # The header stays in view while scrolling, and columns start about as wide as their text.
        sheet.freeze_panes = "A2"
        for index, column in enumerate(zip(*rows[:200]), start=1):
            widest = max(len(str(v)) for v in column if v is not None) if any(v is not None for v in column) else 8
            sheet.column_dimensions[get_column_letter(index)].width = min(max(widest, 8), 60) + 2
        for row in rows:
            sheet.append([_excel_cell(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
