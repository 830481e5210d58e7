"""The posture on a date: each side apart, one figure per formation, plans counted from when they
are due, past figures only in their own period, and every fact left out named with its reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import pytest

from dashboard.analysis import posture
from dashboard.analysis.posture import IN_PLACE, PLANNED
from dashboard.exports import tables
from dashboard.places import sides as side_list
from dashboard.schema import COLUMNS

COUNTRIES = {
    "RO": "Romania",
    "PL": "Poland",
    "EE": "Estonia",
    "LT": "Lithuania",
    "BY": "Belarus",
    "RU": "Russia",
    "DE": "Germany",
}


@pytest.fixture(scope="module")
def sides(gaz) -> side_list.Sides:
    return side_list.load(gaz)


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
    quote: str = "",
) -> dict:
    return {
        "fact_id": fact_id,
        "article_id": f"a-{published}",
        "outlet": "Wire",
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
        "quote": quote or f"Sentence of {fact_id}.",
        "when": when,
        "when_start": when_start,
        "when_end": when_end,
    }


def table(*rows: dict) -> pd.DataFrame:
    return tables.typed(pd.DataFrame(rows).reindex(columns=list(COLUMNS), fill_value=""))


FLANK = ("EE", "LV", "LT", "PL", "SK", "HU", "RO", "BG")


@dataclass(frozen=True)
class Case:
    """Facts, a date, and what the posture must say on it: the allied figures on the flank (in place,
    planned), the Russian figure, why facts are left out and why entries are not added."""

    facts: tuple[dict, ...]
    on: date
    allied: str = "0"
    planned: str = "0"
    russian: str = "0"
    left_out: dict[str, str] = field(default_factory=dict)  # fact id -> the start of its reason
    not_added: dict[str, str] = field(default_factory=dict)  # fact id -> words in its entry's note


CASES = {
    # Sides -------------------------------------------------------------------------------------------
    "russian forces in belarus are a figure of their own, never added to the allied one": Case(
        (fact("us", host="PL"), fact("ru", host="BY", force="Russia", troops=30000)),
        date(2024, 1, 1),
        allied="1,000",
        russian="30,000",
    ),
    "wagner is on russia's side": Case(
        (fact("wagner", host="BY", force="Wagner", troops=4000),), date(2024, 1, 1), russian="4,000"
    ),
    "a force not named is listed and added to neither side": Case(
        (fact("named", host="EE", force="UK", troops=900), fact("anon", host="EE", force="", troops=500)),
        date(2024, 1, 1),
        allied="900",
        not_added={"anon": "no force named"},
    ),
    "a list of forces of both sides is mixed and added to neither": Case(
        (fact("mixed", host="PL", force="US, Russia", troops=700),),
        date(2024, 1, 1),
        not_added={"mixed": "mixed force"},
    ),
    "allied forces of one side together are that side": Case(
        (fact("pair", host="LT", force="Netherlands, Germany", troops=700),), date(2024, 1, 1), allied="700"
    ),
    "allied forces off the flank are not in the flank's figure": Case(
        (fact("de", host="DE", force="US", troops=35000), fact("ro", troops=1000)), date(2024, 1, 1), allied="1,000"
    ),
    # One figure per formation --------------------------------------------------------------------------
    "a lead nation's contingent is within its battlegroup": Case(
        (
            fact("bg", host="LT", force="NATO (Germany-led)", unit="battlegroups", count=1, troops=1600),
            fact("de", host="LT", force="Germany", troops=1000),
        ),
        date(2024, 1, 1),
        allied="1,600",
        not_added={"de": "Germany leads it"},
    ),
    "a contingent whose sentence names the battlegroup is within it": Case(
        (
            fact("bg", host="LT", force="NATO", troops=1600),
            fact("nl", host="LT", force="Netherlands", troops=270, quote="The Dutch add 270 to the battlegroup."),
        ),
        date(2024, 1, 1),
        allied="1,600",
        not_added={"nl": "its sentence names the formation"},
    ),
    "a national force larger than the battlegroup is beside it, not inside": Case(
        (
            fact("bg", host="PL", force="NATO (US-led)", unit="battlegroups", count=1, troops=1000),
            fact("us", host="PL", force="US", troops=10000),
        ),
        date(2024, 1, 1),
        allied="11,000",
    ),
    "a contingent of a nation that neither leads nor names the formation is its own figure": Case(
        (fact("bg", host="LT", force="NATO", troops=1600), fact("no", host="LT", force="Norway", troops=200)),
        date(2024, 1, 1),
        allied="1,800",
    ),
    "two statements about one formation at one host are one entry, the newer": Case(
        (
            fact("old", host="LT", force="NATO", unit="battlegroups", count=1, troops=1200, published="2022-06-01"),
            fact(
                "new",
                host="LT",
                force="NATO (Germany-led)",
                unit="battlegroups",
                count=1,
                troops=1600,
                published="2023-06-01",
            ),
        ),
        date(2024, 1, 1),
        allied="1,600",
        left_out={"old": "replaced by a newer statement: “Sentence of new.”"},
    ),
    "equally new statements that differ stay a range": Case(
        (fact("a", troops=700, high=800), fact("b", troops=1000)), date(2024, 1, 1), allied="700–1,000"
    ),
    "the same figure stated twice counts once": Case(
        (fact("a", host="EE", force="UK", troops=900), fact("b", host="EE", force="UK", troops=900)),
        date(2024, 1, 1),
        allied="900",
    ),
    "a formation's units are within its troops figure": Case(
        (
            fact("troops", host="EE", force="UK", troops=900),
            fact("bg", host="EE", force="UK", unit="battlegroups", count=1, troops=1100),
        ),
        date(2024, 1, 1),
        allied="900",
        not_added={"bg": "within the troops figure"},
    ),
    "a region-wide claim is listed, never added to its countries": Case(
        (fact("flank", force="NATO", region="eastern flank", troops=40000), fact("ro")),
        date(2024, 1, 1),
        allied="1,000",
        not_added={"flank": "region-wide claim"},
    ),
    # Plans -------------------------------------------------------------------------------------------
    "a plan of more troops is planned until it is due": Case(
        (
            fact("there", host="PL", troops=10000, published="2025-06-01"),
            fact(
                "more",
                host="PL",
                troops=1200,
                status="planned",
                published="2025-06-01",
                when_start="2027-12-31",
                when_end="2027-12-31",
                quote="The US, with 10,000 troops in Poland, will send an additional 1,200 by 2027.",
            ),
        ),
        date(2026, 1, 1),
        allied="10,000",
        planned="1,200",
    ),
    "a plan of more troops adds to what is there once it is due": Case(
        (
            fact("there", host="PL", troops=10000, published="2025-06-01"),
            fact(
                "more",
                host="PL",
                troops=1200,
                status="planned",
                published="2025-06-01",
                when_start="2027-12-31",
                when_end="2027-12-31",
                quote="The US, with 10,000 troops in Poland, will send an additional 1,200 by 2027.",
            ),
        ),
        date(2028, 1, 1),
        allied="11,200",
    ),
    "a plan that says no 'more' replaces the figure when it is due": Case(
        (
            fact("now", host="LT", force="Germany", troops=1000, published="2024-01-01"),
            fact(
                "brigade",
                host="LT",
                force="Germany",
                troops=5000,
                status="planned",
                published="2024-02-01",
                when_start="2027-12-31",
                when_end="2027-12-31",
                quote="Germany will station 5,000 troops in Lithuania by 2027.",
            ),
        ),
        date(2028, 1, 1),
        allied="5,000",
        left_out={"now": "replaced by a newer statement: “Germany will station"},
    ),
    "a plan of more troops held by a newer figure is not added again": Case(
        (
            fact("there", host="PL", troops=10000, published="2025-06-01"),
            fact(
                "more",
                host="PL",
                troops=1200,
                status="planned",
                published="2025-06-01",
                when_start="2026-06-30",
                when_end="2026-06-30",
                quote="The US will send 1,200 more troops to Poland by mid-2026.",
            ),
            fact("later", host="PL", troops=11000, published="2027-03-01"),
        ),
        date(2028, 1, 1),
        allied="11,000",
        left_out={"more": "a plan of more troops due 2026-06-30, held by a newer figure", "there": "replaced"},
    ),
    "a plan with no date is listed as planned": Case(
        (fact("plan", troops=3000, force="France", status="planned", published="2023-05-01"),),
        date(2030, 1, 1),
        planned="3,000",
    ),
    "a plan is unknown before its announcement": Case(
        (
            fact(
                "plan",
                troops=3000,
                force="France",
                status="planned",
                published="2023-05-01",
                when_start="2025-12-31",
                when_end="2025-12-31",
            ),
        ),
        date(2023, 1, 1),
        left_out={"plan": "announced 2023-05-01, after 2023-01-01"},
    ),
    "a plan due before its own article is history, never projected": Case(
        (
            fact(
                "old plan",
                troops=3000,
                status="planned",
                published="2023-05-01",
                when_start="2021-01-01",
                when_end="2021-12-31",
            ),
        ),
        date(2024, 1, 1),
        left_out={"old plan": "a past plan: due 2021-01-01, before its article of 2023-05-01"},
    ),
    # Past figures and ends ---------------------------------------------------------------------------
    "a past figure stood in its own period": Case(
        (
            fact(
                "past",
                host="PL",
                troops=80000,
                published="2023-06-01",
                when_start="2021-01-01",
                when_end="2021-12-31",
            ),
        ),
        date(2021, 6, 1),
        allied="80,000",
    ),
    "a past figure is history after its period": Case(
        (
            fact(
                "past",
                host="PL",
                troops=80000,
                published="2023-06-01",
                when_start="2021-01-01",
                when_end="2021-12-31",
            ),
            fact("now", host="PL", troops=10000, published="2023-06-01"),
        ),
        date(2024, 1, 1),
        allied="10,000",
        left_out={"past": "a past figure: it ended 2021-12-31, before its article of 2023-06-01"},
    ),
    "a figure until a date ends then": Case(
        (fact("until", troops=2000, published="2023-01-01", when_end="2023-03-31"),),
        date(2024, 6, 1),
        left_out={"until": "ended 2023-03-31, before 2024-06-01"},
    ),
    "a figure for this year stands until replaced": Case(
        (fact("year", host="EE", force="UK", troops=900, when_start="2023-01-01", when_end="2023-12-31"),),
        date(2024, 6, 1),
        allied="900",
    ),
    "a figure stands only from its own date": Case(
        (fact("new", troops=1000, published="2023-06-01"),),
        date(2022, 12, 31),
        left_out={"new": "stands from 2023-06-01, after 2022-12-31"},
    ),
    "a fact's own date orders it before its article's": Case(
        (
            fact("late", troops=5000, published="2024-01-01", when_start="2022-01-01"),
            fact("fresh", troops=7000, published="2023-01-01"),
        ),
        date(2024, 6, 1),
        allied="7,000",
        left_out={"late": "replaced by a newer statement"},
    ),
    "a withdrawal says what left, not what stayed": Case(
        (fact("gone", host="EE", force="UK", status="withdrawn", troops=500),),
        date(2024, 1, 1),
        left_out={"gone": "withdrawn: says what left"},
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_posture_on_a_date(case: Case, sides):
    result = posture.posture(table(*case.facts), on=case.on, sides=sides)
    assert str(result.total("allied", IN_PLACE, hosts=FLANK)) == case.allied
    assert str(result.total("allied", PLANNED, hosts=FLANK)) == case.planned
    assert str(result.total("russian", IN_PLACE)) == case.russian
    reasons = {e.fact_id: e.reason for e in result.excluded}
    assert set(reasons) == set(case.left_out)
    for fact_id, start in case.left_out.items():
        assert reasons[fact_id].startswith(start), reasons[fact_id]
    notes = {f: e.note for e in result.entries if not e.counted for f in e.fact_ids}
    assert set(notes) == set(case.not_added)
    for fact_id, words in case.not_added.items():
        assert words in notes[fact_id], notes[fact_id]
    # Every fact is in one entry or left out, never both, never neither.
    in_entries = [f for e in result.entries for f in e.fact_ids]
    assert sorted(in_entries + list(reasons)) == sorted(f["fact_id"] for f in case.facts)
    assert result.left_out == len(reasons)


def test_hosts_are_where_the_facts_stand_never_the_sender(sides):
    facts = table(
        fact("pl", host="PL", force="US"), fact("de", host="DE", force="US"), fact("by", host="BY", force="Russia")
    )
    result = posture.posture(facts, on=date(2024, 1, 1), sides=sides)
    assert result.hosts("allied", within=result.flank) == ("PL",)
    assert result.hosts("allied") == ("DE", "PL")
    assert result.hosts("russian") == ("BY",)


def test_plans_fallen_due_are_told_apart_in_the_figure_in_place(sides):
    case = CASES["a plan of more troops adds to what is there once it is due"]
    result = posture.posture(table(*case.facts), on=case.on, sides=sides)
    assert str(result.from_plans("allied")) == "1,200"
    extra = next(e for e in result.entries if e.adds)
    assert (extra.status, extra.from_plan, extra.due) == (IN_PLACE, True, date(2027, 12, 31))


def test_each_entry_names_the_date_of_its_newest_statement_and_its_facts_in_words(sides):
    facts = table(
        fact("a", host="EE", force="UK", published="2023-02-01", quote="Britain keeps 900 soldiers at Tapa."),
        fact("b", host="EE", force="UK", published="2023-02-01"),
    )
    rows = posture.table(posture.posture(facts, on=date(2024, 1, 1), sides=sides))
    row = rows.iloc[0]
    assert (row["side"], row["as of"], row["added to totals"]) == ("allied", "2023-02-01", "yes")
    assert row["facts"].splitlines() == [
        "“Britain keeps 900 soldiers at Tapa.” (Wire, 2023-02-01)",
        "“Sentence of b.” (Wire, 2023-02-01)",
    ]


def test_the_rows_for_scripts_are_the_counted_country_entries(sides):
    facts = table(
        fact("us", host="PL", troops=10000, high=12000, published="2024-03-01"),
        fact("ru", host="BY", force="Russia", troops=30000),
        fact("anon", host="EE", force=""),
        fact("flank", force="NATO", region="eastern flank", troops=40000),
    )
    rows = posture.rows(posture.posture(facts, on=date(2024, 6, 1), sides=sides))
    assert rows == [
        {
            "side": "allied",
            "host": "PL",
            "force": "US",
            "unit": "troops",
            "status": "in place",
            "low": 10000,
            "high": 12000,
            "as_of": "2024-03-01",
            "facts": ["us"],
        },
        {
            "side": "russian",
            "host": "BY",
            "force": "Russia",
            "unit": "troops",
            "status": "in place",
            "low": 30000,
            "high": 30000,
            "as_of": "2023-01-01",
            "facts": ["ru"],
        },
    ]


def test_an_empty_table_has_an_empty_posture(sides):
    result = posture.posture(table(fact("x")).iloc[0:0], on=date(2024, 1, 1), sides=sides)
    assert result.entries == () and str(result.total("allied", IN_PLACE)) == "0" and result.left_out == 0


@pytest.mark.parametrize(
    ("quote", "count", "adds"),
    [
        ("The US will send an additional 1,200 troops to Poland.", 1200, True),
        ("The US will send 1,200 more troops to Poland.", 1200, True),
        ("Berlin will deploy an extra 300 soldiers.", 300, True),
        ("The US, which has 10,000 troops there, will send an additional 1,200.", 10000, False),
        ("NATO will send more than 4,000 troops.", 4000, False),
        ("Germany will deploy 1000 troops and 300 extra vehicles.", 1000, False),
        ("Washington plans to send an additional battalion.", 1, True),
        ("Germany will deploy a brigade to Lithuania.", 1, False),
        ("Canada will send 2 200 more soldiers.", 2200, True),
    ],
)
def test_a_plan_adds_only_when_its_sentence_says_more(quote, count, adds):
    assert posture.says_more(quote, count, count, count) is adds


def test_the_months_of_a_span_end_on_their_last_day():
    assert posture.months(date(2023, 11, 15), date(2024, 2, 1)) == [
        date(2023, 11, 30),
        date(2023, 12, 31),
        date(2024, 1, 31),
        date(2024, 2, 29),
    ]


def test_the_change_over_time_is_the_posture_at_each_month(sides):
    facts = table(*CASES["a plan of more troops held by a newer figure is not added again"].facts)
    judged = posture.Judged(facts, sides=sides)
    dates = posture.months(*judged.span())
    levels = posture.timeline(judged, dates)
    for on in dates:
        expected = posture.posture(facts, on=on, sides=sides).by_host()
        got = {(lv.host, lv.side, lv.status): (lv.low, lv.high) for lv in levels if lv.on == on}
        assert {k: v for k, v in got.items() if v != (0, 0)} == {k: (r.low, r.high) for k, r in expected.items()}
    in_place = {lv.on: lv.low for lv in levels if lv.status == IN_PLACE}
    assert (in_place[date(2025, 6, 30)], in_place[date(2026, 6, 30)], in_place[date(2027, 3, 31)]) == (
        10000,
        11200,
        11000,
    )


@pytest.mark.parametrize(
    ("facts", "fact_id", "account"),
    [
        (CASES["equally new statements that differ stay a range"].facts, "a", "it is one of 2 equally new"),
        (CASES["allied forces off the flank are not in the flank's figure"].facts, "de", "outside the flank"),
        (CASES["a region-wide claim is listed, never added to its countries"].facts, "flank", "added to no total"),
        (CASES["a figure until a date ends then"].facts, "until", "it is left out of the posture on 2024-06-01: ended"),
        ((fact("one", troops=900),), "one", "it counts as allied in place in Romania (US, troops): 900, as before"),
        ((fact("bg", unit="battlegroups", troops=None, count=1),), "bg", "gives no troop figure to add"),
        ((fact("one"),), "elsewhere", "it is not among the facts"),
    ],
)
def test_a_fact_s_account_says_where_it_stands(sides, facts, fact_id, account):
    on = date(2024, 6, 1)
    assert account in posture.posture(table(*facts), on=on, sides=sides).account(fact_id)
