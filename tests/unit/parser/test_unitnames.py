"""Formations named as written, kept on the facts their sentence states (``unit_name``)."""

from __future__ import annotations

import pytest

from dashboard.parser.unitnames import names_in


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Germany will station Panzerbrigade 45 in Lithuania.", ["Panzerbrigade 45"]),
        ("The 2nd Cavalry Regiment moved east.", ["2nd Cavalry Regiment"]),
        ("The 3rd Armored Brigade Combat Team rotated in.", ["3rd Armored Brigade Combat Team"]),
        ("V Corps keeps a headquarters in Poznań.", ["V Corps"]),
        (
            "The Royal Welsh Battlegroup and the 101st Airborne Division.",
            ["Royal Welsh Battlegroup", "101st Airborne Division"],
        ),
        ("The UK-led Battlegroup grew.", []),
        ("The Brigade moved.", []),
        ("The US Air Force sent jets.", []),
        ("Britain leads a battlegroup in Estonia.", []),
    ],
)
def test_named_formations_are_found_as_written_and_plain_nouns_are_not(sentence, names):
    assert [name for _, _, name in names_in(sentence)] == names


@pytest.mark.parametrize(
    "text, unit_name, count",
    [
        ("Germany will station Panzerbrigade 45 in Lithuania, about 4,800 troops.", "Panzerbrigade 45", 4800),
        ("The 2nd Cavalry Regiment sent 500 soldiers to Romania.", "2nd Cavalry Regiment", 500),
        (
            "The US will send the 3rd Armored Brigade Combat Team, some 4,000 soldiers, to Poland.",
            "3rd Armored Brigade Combat Team",
            4000,
        ),
        ("Canada will deploy 400 soldiers to Latvia.", "", 400),
    ],
)
def test_a_fact_keeps_the_name_its_sentence_gives_its_formation(facts_of, text, unit_name, count):
    [fact] = facts_of(text)
    assert (fact.unit_name, fact.quantity_low) == (unit_name, count)


@pytest.mark.parametrize(
    "text, written, resolved",
    [
        ("About 200 soldiers were deployed to the Polish capital.", "Polish capital", "Warsaw"),
        ("The US sent 200 soldiers to Alexandria, Romania.", "Alexandria, Romania", "Alexandria"),
        ("Russia has 25,000 troops in Crimea.", "Crimea", "Crimea"),
    ],
)
def test_a_fact_keeps_its_place_as_written_and_what_it_resolved_to(facts_of, text, written, resolved):
    [fact] = facts_of(text)
    assert (fact.place, fact.resolved_place) == (written, resolved)
