"""Which side a force is on, defined once: ``allied`` (NATO, its members and partners, and its
multinational formations such as "NATO (Germany-led)") or ``russian`` (Russia, Belarus, and forces
Russia controls such as Wagner). A list of forces of both sides ("US, Russia") is ``mixed``; a force
not named, or of neither side, is ``unknown``. Only ``allied`` and ``russian`` are ever summed, and
never together.

The sides are data (``data/gazetteer/sides.csv``, every row with its basis and source): a country by
its ISO code, which stands for its force under every name the gazetteer gives it ("US", "United
States"), or a force by its own name ("NATO", "Wagner"). The flank the allied figures are about is
the gazetteer's region "eastern flank" (the eight battlegroup hosts), also data.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard import paths
from dashboard.errors import DataError
from dashboard.places.gazetteer import Gazetteer, force_name

ALLIED, RUSSIAN, MIXED, UNKNOWN = "allied", "russian", "mixed", "unknown"
SUMMED: tuple[str, ...] = (ALLIED, RUSSIAN)
FLANK_REGION = "eastern flank"
# "NATO (Germany-led)": the parser's name for a NATO formation led by one nation (CONVENTIONS.md).
_LED = re.compile(r"(?P<formation>.+?) \((?P<leader>[^()]+)-led\)")


def formation(force: str) -> str:
    """The formation a force belongs to: a NATO formation is NATO's, whoever leads it."""
    led = _LED.fullmatch(force)
    return led.group("formation") if led else force


def leader(force: str) -> str:
    """The nation leading a formation ("NATO (Germany-led)" -> "Germany"), or ``''``."""
    led = _LED.fullmatch(force)
    return led.group("leader") if led else ""


def nations(force: str) -> tuple[str, ...]:
    """The forces a list names ("Netherlands, Germany"), or the one force."""
    return tuple(part.strip() for part in force.split(",") if part.strip())


@dataclass(frozen=True, slots=True)
class Sides:
    """``by_force`` maps every name of a force with a side to that side; ``flank`` is the host
    countries (ISO codes) the allied figures are about."""

    by_force: Mapping[str, str]
    flank: frozenset[str]

    def of(self, force: str) -> str:
        """The side of a force as the facts name it (always one of the four words)."""
        if side := self.by_force.get(force):
            return side
        if formation(force) != force:
            return self.of(formation(force))
        parts = nations(force)
        if len(parts) < 2:
            return UNKNOWN
        found = {self.of(part) for part in parts}
        if found == {ALLIED} or found == {RUSSIAN}:
            return found.pop()
        return UNKNOWN if found == {UNKNOWN} else MIXED

    def why_not_summed(self, force: str) -> str:
        """Why a force's figures are added to neither side (``''`` for a force with a side)."""
        side = self.of(force)
        if side == MIXED:
            return f"mixed force ({force}): forces of more than one side, added to neither"
        if side == UNKNOWN:
            return (
                f"force of no known side ({force}): added to neither"
                if force
                else "no force named: added to neither side"
            )
        return ""


def load(gazetteer: Gazetteer, path: Path = paths.SIDES_CSV) -> Sides:
    """The sides of ``path``; a row naming an unknown side or country code is refused as bad data."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as err:
        raise DataError(f"cannot read the sides of forces {path}: {err.strerror or err}") from err
    by_force: dict[str, str] = {}
    for line, row in enumerate(rows, start=2):
        name, side = (row.get("force") or "").strip(), (row.get("side") or "").strip()
        if side not in SUMMED:
            raise DataError(f"{path.name}:{line}: side {side!r} is not one of {', '.join(SUMMED)}")
        if re.fullmatch(r"[A-Z]{2}", name):
            if name not in gazetteer.countries:
                raise DataError(f"{path.name}:{line}: {name!r} is not a known country code")
            country = gazetteer.country_name(name)
            by_force.update({name: side, country: side, force_name(name, country): side})
        elif name:
            by_force[name] = side
        else:
            raise DataError(f"{path.name}:{line}: no force named")
    return Sides(by_force=by_force, flank=frozenset(gazetteer.region_members(FLANK_REGION)))
