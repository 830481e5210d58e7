"""Official reference figures (``data/reference/*.csv``), each row with its date and source.

A reference file has the columns of NATO's battlegroup table: host_country, host_code,
framework_nation, main_base, troops, as_of, source_title, source_url, notes. More files (another
date, another source) are read the same way and kept apart by their ``as_of`` and source.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from dashboard.errors import DashboardError
from dashboard.gazetteer import Gazetteer, Place

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
COLUMNS = ("host_country", "host_code", "framework_nation", "main_base", "troops", "as_of", "source_title",
           "source_url", "notes")


class ReferenceError(DashboardError):
    """A reference file is missing columns or has a value that is not what it should be."""


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    host_country: str
    host_code: str
    framework_nation: str
    main_base: str
    troops: int
    as_of: str
    source_title: str
    source_url: str
    notes: str
    file: str
    lat: float | None
    lon: float | None
    precision: str


def load(gazetteer: Gazetteer, directory: Path = REFERENCE_DIR) -> list[ReferenceRow]:
    rows: list[ReferenceRow] = []
    for path in sorted(directory.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = set(COLUMNS) - set(reader.fieldnames or ())
            if missing:
                raise ReferenceError(f"{path.name}: missing columns {', '.join(sorted(missing))}")
            for number, raw in enumerate(reader, start=2):
                rows.append(_row(raw, path.name, number, gazetteer))
    return rows


def _row(raw: dict[str, str], file: str, line: int, gazetteer: Gazetteer) -> ReferenceRow:
    try:
        troops = int(raw["troops"].replace(",", ""))
    except ValueError as err:
        raise ReferenceError(f"{file}:{line}: troops {raw['troops']!r} is not a whole number") from err
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw["as_of"]):
        raise ReferenceError(f"{file}:{line}: as_of {raw['as_of']!r} is not a date (YYYY-MM-DD)")
    place = _locate(raw["main_base"], raw["host_code"], gazetteer)
    return ReferenceRow(**{c: raw[c] for c in COLUMNS if c != "troops"}, troops=troops, file=file,
                        lat=place.lat, lon=place.lon, precision=place.kind)


def _locate(base: str, code: str, gazetteer: Gazetteer) -> Place:
    """The base through the gazetteer ("Orzysz (Bemowo Piskie)" tries each name), else the country."""
    for name in [base, *re.split(r"\s*[()/,]\s*", base)]:
        if not name:
            continue
        for match in gazetteer.find_named(name):
            if match.place.kind == "base" and match.place.country_code == code:
                return match.place
        if town := gazetteer.resolve_town(name, context=(code,)):
            if town.country_code == code:
                return town
    return gazetteer.country_place(code)
