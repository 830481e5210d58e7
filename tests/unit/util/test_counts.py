"""Counts and units in words, as every card and list says them."""

from __future__ import annotations

import pytest

from dashboard.util.counts import units_text


@pytest.mark.parametrize(
    "low, high, approx, unit, name, words",
    [
        (None, None, False, "battlegroups", "", "battlegroup"),
        (1, 1, False, "battlegroups", "", "1 battlegroup"),
        (4, 4, False, "battlegroups", "", "4 battlegroups"),
        (None, None, False, "troops", "", "troops"),
        (4800, 4800, True, "troops", "Panzerbrigade 45", "about 4,800 troops of Panzerbrigade 45"),
        (1, 1, False, "regiments", "2nd Cavalry Regiment", "1 regiment: 2nd Cavalry Regiment"),
        (None, None, False, "companies", "", "company"),
        (3, 3, False, "other:team", "", "3 teams"),
        (float("nan"), None, False, "brigades", "", "brigade"),
    ],
)
def test_what_a_fact_counts_reads_as_a_person_says_it(low, high, approx, unit, name, words):
    assert units_text(low, high, approx, unit, name) == words
