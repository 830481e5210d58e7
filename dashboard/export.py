"""The table on disk and in downloads: CSV (safe to open in Excel), JSON and GeoJSON.

Every export writes ``schema.COLUMNS`` in order. Spreadsheet programs run a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a formula, so text cells that do are
prefixed with an apostrophe; numbers stay numbers.
"""
from __future__ import annotations

import io
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.schema import BOOL_COLUMNS, COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, TEXT_COLUMNS, Fact

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def neutralize(value: str) -> str:
    """A text cell that a spreadsheet would not run as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(df: pd.DataFrame, *, spreadsheet_safe: bool = True) -> str:
    """CSV text of ``df`` (UTF-8); with ``spreadsheet_safe``, text cells and headers are neutralised."""
    out = df.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_bool_dtype(series):
            out[column] = series.map({True: "true", False: "false"})
        elif spreadsheet_safe and (pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series)):
            text = series.fillna("").astype(str)
            out[column] = text.where(~text.str.startswith(_FORMULA_START), "'" + text)
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
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_START) else value


def to_json(df: pd.DataFrame) -> str:
    records = [{k: _json_value(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
    return json.dumps(records, ensure_ascii=False, indent=1)


def _json_value(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def to_geojson(df: pd.DataFrame) -> str:
    """Located facts as points; facts without coordinates keep a null geometry rather than vanish."""
    features = []
    for row in df.to_dict(orient="records"):
        props = {k: _json_value(v) for k, v in row.items()}
        lat, lon = props.get("lat"), props.get("lon")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
