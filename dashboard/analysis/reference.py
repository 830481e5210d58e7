"""Official reference figures (``data/reference/*.csv``), each row with its date and source.

A reference file has the columns of NATO's battlegroup table: host_country, host_code,
framework_nation, main_base, troops, as_of, source_title, source_url, notes. More files (another
date, another source) are read the same way and kept apart by their ``as_of`` and source.

A row is a battlegroup's total unless the optional column ``contributor`` names a nation (as the
facts name forces: "US", "Germany"): then it is that nation's contribution to the battlegroup, the
only figure a national contingent is compared with. The shipped file has battlegroup totals only.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import paths
from dashboard.errors import ReferenceFileError
from dashboard.places.gazetteer import Gazetteer, Place
from dashboard.schema import MAX_COUNT
from dashboard.util import dates

REFERENCE_DIR = paths.REFERENCE_DIR
COLUMNS = (
    "host_country",
    "host_code",
    "framework_nation",
    "main_base",
    "troops",
    "as_of",
    "source_title",
    "source_url",
    "notes",
)
OPTIONAL_COLUMNS = ("contributor",)


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
    contributor: str = ""  # a nation's contribution to the battlegroup; empty for its total

    @property
    def what(self) -> str:
        """What the figure counts, as a comparison names it."""
        return f"{self.contributor} contribution" if self.contributor else "battlegroup total"


@dataclass(frozen=True, slots=True)
class Loaded:
    """The rows that passed, and why each refused row or file was refused (``file:line: reason``)."""

    rows: list[ReferenceRow]
    problems: list[str] = field(default_factory=list)


def load(gazetteer: Gazetteer, directory: Path = REFERENCE_DIR) -> Loaded:
    """Every reference file of ``directory``; a bad row is refused alone, the rest load."""
    loaded = Loaded([])
    if not directory.is_dir():
        loaded.problems.append(f"{directory}: not a folder of reference files; no reference figures loaded")
    for path in sorted(directory.glob("*.csv")):
        try:
            text = _text_of(path, loaded.problems)
            reader = csv.DictReader(io.StringIO(text, newline=""))
            missing = set(COLUMNS) - set(reader.fieldnames or ())
            if missing:
                raise ReferenceFileError(f"{path.name}: missing columns {', '.join(sorted(missing))}; file refused")
            for raw in reader:
                try:
                    loaded.rows.append(_row(raw, path.name, reader.line_num, gazetteer))
                except ReferenceFileError as err:
                    loaded.problems.append(f"{err}; row refused")
        except (ReferenceFileError, csv.Error) as err:
            loaded.problems.append(str(err) if isinstance(err, ReferenceFileError) else f"{path.name}: {err}")
    return loaded


def _text_of(path: Path, problems: list[str]) -> str:
    """UTF-8 with or without Excel's BOM; else Windows-1252, as Excel's plain "CSV" saves it, and said so."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ReferenceFileError(f"{path.name}: cannot read ({err.strerror or err})") from err
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(f"{path.name}: not valid UTF-8; read as Windows-1252 (cp1252)")
        return data.decode("cp1252", errors="replace")


def _row(raw: dict, file: str, line: int, gazetteer: Gazetteer) -> ReferenceRow:
    expected = len(COLUMNS) + len([c for c in OPTIONAL_COLUMNS if c in raw])
    if None in raw or any(raw[c] is None for c in raw):
        raise ReferenceFileError(
            f"{file}:{line}: has {len([v for v in raw.values() if v is not None])} cells where {expected} are expected"
        )
    try:
        troops = int(raw["troops"].replace(",", ""))
    except ValueError as err:
        raise ReferenceFileError(f"{file}:{line}: troops {raw['troops']!r} is not a whole number") from err
    if not 0 < troops <= MAX_COUNT:
        raise ReferenceFileError(f"{file}:{line}: troops {troops:,} is not between 1 and {MAX_COUNT:,}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw["as_of"]):
        raise ReferenceFileError(f"{file}:{line}: as_of {raw['as_of']!r} is not a date (YYYY-MM-DD)")
    if dates.checked(raw["as_of"])[1]:
        raise ReferenceFileError(
            f"{file}:{line}: as_of {raw['as_of']!r} is not a real date between {dates.EARLIEST} and {dates.latest()}"
        )
    if raw["host_code"] not in gazetteer.countries:
        raise ReferenceFileError(f"{file}:{line}: host_code {raw['host_code']!r} is not a known country code")
    place = _locate(raw["main_base"], raw["host_code"], gazetteer)
    return ReferenceRow(
        **{c: raw[c] for c in COLUMNS if c != "troops"},
        troops=troops,
        file=file,
        lat=place.lat,
        lon=place.lon,
        precision=place.kind,
        contributor=(raw.get("contributor") or "").strip(),
    )


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
