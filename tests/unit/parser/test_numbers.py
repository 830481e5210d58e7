"""Counts as articles write them."""

from __future__ import annotations

import pytest

from dashboard.parser.doc import Quantity
from dashboard.parser.lang.numbers import QUANTITY_IN_FOLDED, QUANTITY_RE
from dashboard.parser.numbers import BEYOND_ANY_FORCE, parse_quantity
from dashboard.util.textmatch import folded


@pytest.mark.parametrize(
    "text, expected",
    [
        ("40,000", Quantity(40000, 40000)),
        ("2000", Quantity(2000, 2000)),
        ("30.000", Quantity(30000, 30000)),
        ("1.5 million", Quantity(1_500_000, 1_500_000)),
        # a decimal comma before a scale word, as European reports write it
        ("2,5 thousand", Quantity(2500, 2500)),
        ("1,2 million", Quantity(1_200_000, 1_200_000)),
        ("1,000-1,500", Quantity(1000, 1500)),
        ("1,000–1,500", Quantity(1000, 1500)),
        ("1,000 to 1,500", Quantity(1000, 1500)),
        ("between 1,000 and 1,500", Quantity(1000, 1500)),
        ("four", Quantity(4, 4)),
        ("twenty-five", Quantity(25, 25)),
        ("two thousand", Quantity(2000, 2000)),
        ("one hundred and fifty", Quantity(150, 150)),
        ("two to three thousand", Quantity(2000, 3000)),
        # A dozen is an estimate (CONVENTIONS.md: "two dozen" is 24, approx true).
        ("a dozen", Quantity(12, 12, approx=True)),
        ("two dozen", Quantity(24, 24, approx=True)),
        ("Three dozen", Quantity(36, 36, approx=True)),
        ("about 1,500", Quantity(1500, 1500, approx=True)),
        ("some 300", Quantity(300, 300, approx=True)),
        # A ceiling is stated, not estimated; vague amounts say roughly how many, with no number (CONVENTIONS.md).
        ("up to 5,000", Quantity(5000, 5000)),
        ("no more than 200", Quantity(200, 200)),
        ("900+", Quantity(900, 900, approx=True)),
        ("12 000", Quantity(12000, 12000)),
        ("5\u00a0000", Quantity(5000, 5000)),
        ("8\u2009000", Quantity(8000, 8000)),
        ("a hundred", Quantity(100, 100)),
        ("well over 100", Quantity(100, 100, approx=True)),
        ("in excess of 300", Quantity(300, 300, approx=True)),
        ("at least 20", Quantity(20, 20, approx=True)),
        ("a few hundred", Quantity(None, None, approx=True)),
        ("tens of thousands", Quantity(None, None, approx=True)),
    ],
)
def test_count_phrases_parse_to_low_high_and_approx(text, expected):
    match = QUANTITY_RE.fullmatch(text)
    assert match is not None
    assert parse_quantity(match) == expected


@pytest.mark.parametrize("text", ["F-35", "S-400", "2/2", "82nd"])
def test_designations_are_not_counts(text):
    assert QUANTITY_RE.fullmatch(text) is None


def test_each_multiplies_and_an_unknown_count_counts_as_one():
    assert Quantity(4, 4).times(Quantity(1500, 1500, approx=True)) == Quantity(6000, 6000, approx=True)
    assert Quantity(None, None).times(Quantity(1000, 1500)) == Quantity(1000, 1500)


def test_a_number_beyond_any_force_is_bounded_not_an_error():
    match = QUANTITY_RE.fullmatch("1" * 320 + " million")
    assert match is not None
    quantity = parse_quantity(match)
    assert quantity is not None and quantity.low == quantity.high == BEYOND_ANY_FORCE


@pytest.mark.parametrize("text", ["About 1,500 Troops and FIVE tanks", "aſ many aſ ſeven", "fİve or SIX"])
def test_counts_found_in_the_folded_text_read_as_in_the_text(text):
    # The same count, at the same offsets, with the same value: re takes "ſ" for "s" and "İ" for "i".
    found = [(m.span(), parse_quantity(m)) for m in QUANTITY_RE.finditer(text)]
    assert found and found == [(m.span(), parse_quantity(m)) for m in QUANTITY_IN_FOLDED.finditer(folded(text))]
    assert all(quantity is not None and quantity.low is not None for _, quantity in found)
