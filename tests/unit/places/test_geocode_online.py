"""Online geocoding: geopy's own Nominatim against a local server, and every way it can fail."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashboard import errors
from dashboard.places.geocode import GeoCache, GeoQuery, build_query, nominatim_transport, refine
from tests.fake_nominatim import FakeNominatim


@pytest.fixture
def server():
    with FakeNominatim() as fake:
        yield fake


@pytest.fixture
def town_fact(seed_facts):
    base = next(f for f in seed_facts if f.country_code == "EE")
    return replace(base, place="Tapa", precision="town", lat=59.26056, lon=25.95861)


def transport(server, **kwargs):
    return nominatim_transport(domain=server.domain, scheme="http", **{"min_delay_seconds": 0, **kwargs})


def test_query_is_the_place_as_written_limited_to_its_country(town_fact, seed_facts):
    assert build_query(town_fact) == GeoQuery("Tapa", "EE")
    country_level = next(f for f in seed_facts if f.precision == "country")
    assert build_query(country_level) is None
    assert build_query(replace(country_level, place="Setermoen, Norway", country="Norway")) == GeoQuery(
        "Setermoen, Norway", country_level.country_code
    )


def test_a_good_answer_refines_the_point_and_sends_a_proper_request(server, town_fact):
    result = refine([town_fact], transport(server))
    assert result.problem == "" and result.asked == 1
    assert (result.facts[0].lat, result.facts[0].lon) == (59.2601, 25.9609)
    _, params = server.requests[0]
    assert params["q"] == ["Tapa"] and params["countrycodes"] == ["ee"] and params["format"] == ["json"]


@pytest.mark.parametrize(
    "mode, words, kind",
    [
        ("429", "rate limited", errors.GeocoderRateLimited),
        ("500", "failed", errors.GeocoderUnavailable),
        ("malformed", "unreadable", errors.GeocoderBadAnswer),
        ("hang", "timed out", errors.GeocoderTimedOut),
    ],
)
def test_a_failing_service_keeps_every_offline_result_and_reports_once_by_kind(server, town_fact, mode, words, kind):
    server.mode = mode
    facts = [town_fact, replace(town_fact, fact_id="second"), replace(town_fact, fact_id="third")]
    result = refine(facts, transport(server, timeout=0.5))
    assert result.facts == facts
    assert type(result.error) is kind and words in result.problem
    assert len(server.requests) == 1, "after the first failure nothing more is asked"


@pytest.mark.parametrize("mode", ["empty", "wrong_country"])
def test_an_empty_or_foreign_answer_keeps_the_offline_point(server, town_fact, mode):
    server.mode = mode
    result = refine([town_fact], transport(server))
    assert result.facts == [town_fact] and result.problem == ""


def test_answers_are_cached_on_disk_and_not_asked_again(server, town_fact, tmp_path):
    cache = GeoCache(tmp_path / "cache.sqlite")
    first = refine([town_fact], transport(server), cache=cache)
    again = refine([town_fact], transport(server), cache=GeoCache(tmp_path / "cache.sqlite"))
    assert first.facts == again.facts and again.asked == 0
    assert len(server.requests) == 1


def test_the_rate_limit_is_one_request_a_second(server, town_fact):
    facts = [replace(town_fact, place=name) for name in ("Tapa", "Paldiski", "Võru")]
    refine(facts, nominatim_transport(domain=server.domain, scheme="http"))
    times = [t for t, _ in server.requests]
    assert len(times) == 3
    assert all(later - earlier >= 0.95 for earlier, later in zip(times, times[1:]))


def test_requests_name_the_tool_not_geopy_as_their_user_agent(server, town_fact):
    refine([town_fact], transport(server))
    [agent] = server.user_agents
    assert "deployment" in agent and "geopy" not in agent.lower()
