"""The posture at a date: latest statement per host, force and unit; past, withdrawn, regional and
duplicated facts each handled by its rule, and every total naming its facts."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.analysis import posture
from dashboard.exports import tables
from dashboard.schema import COLUMNS

COUNTRIES = {"RO": "Romania", "PL": "Poland", "EE": "Estonia"}


def fact(
    fact_id: str,
    *,
    host: str = "RO",
    force: str = "US",
    unit: str = "troops",
    troops: int | None = 1000,
    high: int | None = None,
    status: str = "existing",
    published: str = "2023-01-01",
    when: str = "",
    when_start: str = "",
    when_end: str = "",
    region: str = "",
    count: int | None = None,
) -> dict:
    return {
        "fact_id": fact_id,
        "article_id": f"a-{published}",
        "published": published,
        "force": force,
        "unit": unit,
        "quantity_low": troops if unit == "troops" else count,
        "quantity_high": (high or troops) if unit == "troops" else count,
        "troops_low": troops,
        "troops_high": high or troops,
        "status": status,
        "country_code": "" if region else host,
        "country": "" if region else COUNTRIES[host],
        "region": region,
        "place": region or COUNTRIES[host],
        "quote": f"quote {fact_id}",
        "when": when,
        "when_start": when_start,
        "when_end": when_end,
    }


def table(*rows: dict) -> pd.DataFrame:
    return tables.typed(pd.DataFrame(rows).reindex(columns=list(COLUMNS), fill_value=""))


SMALL = table(
    fact("old", troops=800, published="2022-03-01"),
    fact("new", troops=1000, published="2023-06-01"),
    # "up from 80,000 in 2021"
    fact(
        "past",
        troops=80000,
        host="PL",
        published="2023-06-01",
        when="in 2021",
        when_start="2021-01-01",
        when_end="2021-12-31",
    ),
    fact("pl-now", troops=10000, high=12000, host="PL", published="2023-06-01"),
    fact("gone", troops=500, host="EE", force="UK", status="withdrawn", published="2023-07-01"),
    fact("ee", troops=900, host="EE", force="UK", published="2022-05-01"),
    fact("dup-a", troops=900, host="EE", force="UK", published="2023-02-01"),
    fact("dup-b", troops=900, host="EE", force="UK", published="2023-02-01"),
    fact("flank", troops=40000, force="NATO", region="eastern flank", published="2023-06-01"),
    fact("bg", unit="battlegroups", count=1, troops=1100, host="EE", force="UK", published="2023-06-01"),
    fact(
        "plan",
        troops=3000,
        host="RO",
        force="France",
        status="planned",
        published="2023-05-01",
        when="by the end of 2025",
        when_start="2025-12-31",
        when_end="2025-12-31",
    ),
)


def test_the_current_posture_follows_each_rule_and_names_its_facts():
    result = posture.posture(SMALL, on=date(2024, 1, 1))
    existing = result.troops("existing")
    # Romania US 1,000 (newest), Poland 10,000-12,000 (not the past 80,000), Estonia UK 900 (duplicates once).
    assert (existing.low, existing.high) == (1000 + 10000 + 900, 1000 + 12000 + 900)
    assert str(existing) == "11,900–13,900"
    assert sorted(existing.fact_ids) == ["dup-a", "dup-b", "new", "pl-now"]
    assert (result.troops("planned").low, result.troops("planned").fact_ids) == (3000, ("plan",))
    why = dict(result.excluded)
    assert why["old"] == "replaced by a newer statement (new)"
    assert why["ee"] == "replaced by a newer statement (dup-a, dup-b)"
    assert why["gone"].startswith("withdrawn")
    assert why["past"].startswith("a past figure")
    regional = next(e for e in result.entries if e.regional)
    assert (regional.host, regional.troops_low, regional.counted) == ("eastern flank", 40000, False)
    battlegroup = next(e for e in result.entries if e.unit == "battlegroups")
    assert not battlegroup.counted and "within the troops figure" in battlegroup.note
    assert result.hosts == ("EE", "PL", "RO")


def test_the_posture_at_an_earlier_date_uses_what_stood_then():
    result = posture.posture(SMALL, on=date(2022, 12, 31))
    # Poland: the 2021 figure a later article gave stood in 2021 only.
    assert result.troops("existing").fact_ids == ("ee", "old")
    why = dict(result.excluded)
    assert why["new"] == "stands from 2023-06-01, after 2022-12-31"
    assert why["past"] == "a past figure: it ended 2021-12-31, before its article of 2023-06-01"
    # The past figure is history by its article's date, but it is what stood in 2021 by that article.
    assert posture.posture(SMALL, on=date(2021, 6, 1)).troops("existing").fact_ids == ("past",)


def test_a_facts_own_date_orders_it_before_its_articles_date():
    late_article_old_news = fact(
        "late", troops=5000, published="2024-01-01", when="since January 2022", when_start="2022-01-01"
    )
    fresh = fact("fresh", troops=7000, published="2023-01-01")
    result = posture.posture(table(late_article_old_news, fresh), on=date(2024, 6, 1))
    assert result.troops("existing").fact_ids == ("fresh",)
    until = fact("until", troops=2000, published="2023-01-01", when="until March 2023", when_end="2023-03-31")
    this_year = fact(
        "year",
        troops=900,
        host="EE",
        published="2023-01-01",
        when="this year",
        when_start="2023-01-01",
        when_end="2023-12-31",
    )
    result = posture.posture(table(until, this_year), on=date(2024, 6, 1))
    assert dict(result.excluded) == {"until": "ended 2023-03-31, before 2024-06-01"}
    # "this year" is the period the figure was given for, not an end: it stands until replaced.
    assert result.troops("existing").fact_ids == ("year",)


def test_a_plan_stands_from_its_announcement_not_from_when_it_is_due():
    plan = fact(
        "plan",
        troops=3000,
        status="planned",
        published="2023-05-01",
        when="by the end of 2025",
        when_start="2025-12-31",
        when_end="2025-12-31",
    )
    assert posture.posture(table(plan), on=date(2024, 1, 1)).troops("planned").fact_ids == ("plan",)
    assert dict(posture.posture(table(plan), on=date(2023, 1, 1)).excluded) == {
        "plan": "stands from 2023-05-01, after 2023-01-01"
    }


def test_equally_new_statements_that_differ_stay_a_range_not_a_sum():
    result = posture.posture(table(fact("a", troops=700, high=800), fact("b", troops=1000)), on=date(2024, 1, 1))
    entry = result.entries[0]
    assert (entry.troops_low, entry.troops_high, entry.fact_ids) == (700, 1000, ("a", "b"))
    assert str(result.troops("existing")) == "700–1,000"


def test_the_table_lists_each_entry_with_its_facts():
    rows = posture.table(posture.posture(SMALL, on=date(2024, 1, 1)))
    estonia = rows[(rows["host"] == "Estonia") & (rows["unit"] == "troops")].iloc[0]
    assert (estonia["troops"], estonia["facts"], estonia["added to totals"]) == ("900", "dup-a, dup-b", "yes")
    assert rows.iloc[-1]["host"] == "eastern flank" and rows.iloc[-1]["added to totals"] == "no"


def test_an_empty_table_has_an_empty_posture():
    result = posture.posture(table(fact("x")).iloc[0:0], on=date(2024, 1, 1))
    assert result.entries == () and str(result.troops("existing")) == "0"
