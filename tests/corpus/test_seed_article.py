"""The seed article yields exactly the facts its expected file lists (copied from the team's seeds)."""

from __future__ import annotations

import pytest

from dashboard.schema import Fact


def _same_fact(fact: Fact, expected: dict) -> bool:
    return (
        fact.quote == expected["quote"]
        and fact.unit == expected["unit"]
        and (fact.country_code or None) == expected["country"]
        and (fact.region or None) == expected["region"]
    )


def _matches(fact: Fact, facts: list[dict]) -> list[dict]:
    return [e for e in facts if _same_fact(fact, e)]


def test_metadata_comes_from_the_first_line(seed_article, seed_expected):
    meta = seed_expected["metadata"]
    assert (seed_article.published, seed_article.author, seed_article.outlet) == (
        meta["published"],
        meta["author"],
        meta["outlet"],
    )


@pytest.mark.parametrize("index", range(9))
def test_every_required_fact_is_found_with_its_details(seed_facts, seed_expected, index):
    required = [f for f in seed_expected["facts"] if f["required"]]
    expected = required[index]
    found = [f for f in seed_facts if _same_fact(f, expected)]
    assert len(found) == 1, f"expected one fact for {expected['place']!r}, found {found}"
    fact = found[0]
    assert (fact.quantity_low, fact.quantity_high, fact.approx) == (
        expected["quantity_low"],
        expected["quantity_high"],
        expected["approx"],
    )
    assert (fact.troops_low, fact.troops_high) == (expected.get("troops_low"), expected.get("troops_high"))
    assert fact.troops_derived == expected.get("derived", False)
    assert fact.status == expected["status"]
    assert fact.force == expected["force"]
    if expected.get("also_cites"):
        assert fact.also_cites == expected["also_cites"]
    if expected["place"]:
        assert fact.place.lower() in expected["place"].lower() or expected["place"].lower() in fact.place.lower()


def test_nothing_is_reported_beyond_the_listed_facts(seed_facts, seed_expected):
    unexpected = [f for f in seed_facts if not _matches(f, seed_expected["facts"])]
    assert unexpected == []


def test_no_fact_is_reported_twice(seed_facts, seed_expected):
    for expected in seed_expected["facts"]:
        assert len([f for f in seed_facts if _same_fact(f, expected)]) <= 1


@pytest.mark.parametrize(
    "needle", ["Bardufoss", "how many troops", "former Soviet states", "Russia demanded", "Antiwar.com, news editor"]
)
def test_sentences_that_are_not_deployments_yield_nothing(seed_facts, needle):
    assert [f for f in seed_facts if needle in f.quote] == []


def test_adversary_and_invaded_country_are_never_deployment_places(seed_facts):
    assert {f.country_code for f in seed_facts} & {"RU", "UA", "NO", "BY"} == set()


def test_every_quote_is_the_text_at_its_offsets(seed_facts, seed_article):
    for fact in seed_facts:
        assert seed_article.text[fact.quote_start : fact.quote_end] == fact.quote


def test_country_facts_are_drawn_at_country_precision(seed_facts):
    for fact in seed_facts:
        if fact.country_code and fact.precision == "country":
            assert (fact.lat, fact.lon) != (None, None)
        if fact.region:
            assert fact.precision == "region"
