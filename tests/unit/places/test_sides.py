"""Every force has a side from one list (data/gazetteer/sides.csv): allied, russian, or mixed and
unknown, which are never summed."""

from __future__ import annotations

import csv

import pytest

from dashboard.errors import DataError
from dashboard.paths import SIDES_CSV
from dashboard.places import sides


@pytest.fixture(scope="module")
def known(gaz) -> sides.Sides:
    return sides.load(gaz)


@pytest.mark.parametrize(
    ("force", "side"),
    [
        ("US", "allied"),
        ("United States", "allied"),
        ("UK", "allied"),
        ("Germany", "allied"),
        ("Türkiye", "allied"),
        ("Sweden", "allied"),  # a member since 2024
        ("NATO", "allied"),
        ("NATO (Germany-led)", "allied"),  # a NATO formation, whoever leads it
        ("Netherlands, Germany", "allied"),
        ("Ukraine", "allied"),  # a partner
        ("Russia", "russian"),
        ("Belarus", "russian"),
        ("Wagner", "russian"),
        ("Russia, Belarus", "russian"),
        ("US, Russia", "mixed"),
        ("US, China", "mixed"),
        ("China", "unknown"),
        ("", "unknown"),
    ],
)
def test_a_force_s_side(known, force, side):
    assert known.of(force) == side
    assert bool(known.why_not_summed(force)) is (side not in sides.SUMMED)


def test_the_flank_is_the_eight_battlegroup_hosts(known):
    assert known.flank == {"EE", "LV", "LT", "PL", "SK", "HU", "RO", "BG"}


@pytest.mark.parametrize(
    ("force", "formation", "leader"),
    [("NATO (Germany-led)", "NATO", "Germany"), ("NATO", "NATO", ""), ("US", "US", "")],
)
def test_a_formation_led_by_one_nation_is_the_alliance_s(force, formation, leader):
    assert (sides.formation(force), sides.leader(force)) == (formation, leader)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("XX,allied,none,none", "sides.csv:2: 'XX' is not a known country code"),
        ("US,neutral,none,none", "sides.csv:2: side 'neutral' is not one of allied, russian"),
        (",allied,none,none", "sides.csv:2: no force named"),
    ],
)
def test_a_bad_row_of_the_list_is_refused_with_its_line(gaz, tmp_path, row, message):
    path = tmp_path / "sides.csv"
    path.write_text("force,side,basis,source\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=message):
        sides.load(gaz, path)


def test_a_missing_list_is_a_data_error(gaz, tmp_path):
    with pytest.raises(DataError, match="cannot read the sides of forces"):
        sides.load(gaz, tmp_path / "none.csv")


def test_every_shipped_row_has_a_basis_and_a_source():
    rows = list(csv.DictReader(SIDES_CSV.read_text(encoding="utf-8").splitlines()))
    assert len(rows) > 40
    for row in rows:
        assert row["basis"].strip() and row["source"].strip(), row
