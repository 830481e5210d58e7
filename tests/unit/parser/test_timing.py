"""When a fact holds: time expressions as reporting writes them, read against the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.parser.doc import When
from dashboard.parser.timing import times_in, when_within

PUBLISHED = date(2024, 7, 11)  # a Thursday


def when_of(clause: str, *, published: date | None) -> When:
    """What dates a fact whose clause is all of ``clause``."""
    return when_within(times_in(clause, published=published), 0, len(clause))


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("about 4,800 troops by the end of 2027", When("by the end of 2027", "2027-12-31", "2027-12-31")),
        ("deployed in 2017", When("2017", "2017-01-01", "2017-12-31")),
        ("in March 2022", When("March 2022", "2022-03-01", "2022-03-31")),
        ("on 3 March 2022", When("3 March 2022", "2022-03-03", "2022-03-03")),
        ("on March 3rd, 2022", When("March 3rd, 2022", "2022-03-03", "2022-03-03")),
        ("since February 2017", When("since February 2017", "2017-02-01", "")),
        ("until December 2020", When("until December 2020", "", "2020-12-31")),
        ("before 2022", When("before 2022", "", "2021-12-31")),
        ("will arrive in May", When("in May", "2025-05-01", "2025-05-31")),
        ("arrived in May", When("in May", "2024-05-01", "2024-05-31")),
        ("rotated out last year", When("last year", "2023-01-01", "2023-12-31")),
        ("next month", When("next month", "2024-08-01", "2024-08-31")),
        ("this autumn", When("this autumn", "2024-09-01", "2024-11-30")),
        ("in the coming weeks", When("the coming weeks", "2024-07-11", "2024-09-09")),
        ("in FY2017", When("FY2017", "2016-10-01", "2017-09-30")),
    ],
)
def test_time_words_become_dates_as_precise_as_the_words(clause, expected):
    assert when_of(clause, published=PUBLISHED) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "3,000 troops in Poland",  # no time at all
        "officials said on Thursday",  # the statement's date, not the fact's
        "the 2018 Brussels summit agreed goals",  # a summit's name
        "they may deploy",  # the verb, not the month
    ],
)
def test_words_that_do_not_date_a_fact_give_no_dates(clause):
    assert when_of(clause, published=PUBLISHED) == When()


def test_a_count_is_never_read_as_a_year(facts_of):
    facts = facts_of("Nearly 2000 British troops have led a battlegroup in Estonia since 2017.")
    troops = next(f for f in facts if f.unit == "troops")
    assert troops.quantity_low == 2000 and troops.when == "since 2017" and troops.when_start == "2017-01-01"


def test_relative_words_need_the_articles_date():
    assert when_of("last year", published=None) == When()
    assert when_of("in 2019", published=None).start == "2019-01-01"


def test_each_fact_takes_the_time_in_its_own_clause():
    sentence = "Britain sent 900 troops in 2017, and Canada will send 1,000 by 2026."
    hits = times_in(sentence, published=PUBLISHED)
    first, second = sentence.index("900"), sentence.index("1,000")
    assert when_within(hits, 0, sentence.index(",")).words == "2017"
    assert when_within(hits, sentence.index(",") + 1, len(sentence)).words == "by 2026"
    assert first < second


def test_facts_carry_their_time_columns(facts_of):
    facts = facts_of(
        "published: 2023-03-21\n\nOttawa now has about 1,200 soldiers in Latvia. "
        "The figure should grow to 2 200 by 2026."
    )
    by_count = {f.quantity_low: f for f in facts}
    assert by_count[2200].when == "by 2026" and by_count[2200].when_end == "2026-12-31"
    assert by_count[1200].when == "" and by_count[1200].status == "existing"
