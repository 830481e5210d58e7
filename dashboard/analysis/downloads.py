"""The files the facts a selection shows are downloaded as, made by one function for the app's
download buttons and for ``python -m dashboard export``, so both give the same file: CSV and
GeoJSON written as the rows stream out of the store a chunk at a time, the Excel workbook from
those rows. Each carries its review columns; GeoJSON and the workbook also the filters applied and
the time of export."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from dashboard.analysis import filters, query
from dashboard.analysis.filters import Filters
from dashboard.exports import plain, tables

Format = Literal["csv", "geojson", "xlsx"]
FORMATS: dict[str, tuple[str, str]] = {  # format -> (file suffix, media type)
    "csv": (".csv", "text/csv"),
    "geojson": (".geojson", "application/geo+json"),
    "xlsx": (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


@dataclass(frozen=True, slots=True)
class Selection:
    """The facts a download holds: the store's, filtered, in the review states shown."""

    engine: query.Engine
    chosen: Filters
    members: Mapping[str, tuple[str, ...]]
    states: Sequence[str]

    def rows(self) -> Iterator[tuple]:
        """Every selected fact (``query.ROW_COLUMNS``) in table order, streamed from the store."""
        return self.engine.stream(self.chosen, self.members, states=self.states)

    @property
    def stem(self) -> str:
        """The file's name without its suffix: the filters, and whether only reviewed facts are in it."""
        return filters.file_stem(self.chosen) + ("_reviewed" if tuple(self.states) == query.TRUSTED else "")


def chunks(
    kind: Format,
    selection: Selection,
    *,
    described: Sequence[tuple[str, str]],
    outline: Callable[[str], dict | None],
    headers: tables.Headers,
    exported_at: datetime,
) -> Iterator[bytes]:
    """The file's bytes, a part at a time (the workbook is one part). ``described`` is the filters
    in words (``filters.describe``), recorded in GeoJSON and the workbook."""
    if kind == "csv":
        for text in plain.csv_chunks(selection.rows(), headers=headers, columns=query.ROW_COLUMNS):
            yield text.encode("utf-8")
    elif kind == "geojson":
        for text in tables.geojson_chunks(
            query.frames(selection.rows()),
            members=selection.members,
            outline=outline,
            filters_applied=described,
            exported_at=exported_at,
        ):
            yield text.encode("utf-8")
    else:
        shown = query.frame(list(selection.rows()))
        yield tables.to_excel(shown, filters_applied=described, headers=headers, exported_at=exported_at)
