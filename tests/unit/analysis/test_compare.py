"""Official reference figures beside the articles' claims, and claims beside each other."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from dashboard.analysis import compare, reference
from dashboard.exports import tables
from dashboard.parser import extract
from dashboard.sources import article
from dashboard.store.shipped import region_members


@pytest.fixture(scope="module")
def rows(gaz):
    return reference.load(gaz).rows


def test_every_reference_row_keeps_its_date_source_and_a_geocoded_base(rows):
    assert {r.host_code for r in rows} == {"BG", "EE", "HU", "LV", "LT", "PL", "RO", "SK"}
    for row in rows:
        assert row.as_of == "2022-06-28" and row.source_url.startswith("https://")
        assert row.precision == "base" and row.lat is not None
    latvia = next(r for r in rows if r.host_code == "LV")
    assert (latvia.troops, latvia.framework_nation, latvia.main_base) == (1887, "Canada", "Ādaži")


def test_another_reference_file_is_read_beside_the_first(tmp_path, gaz):
    header = ",".join(reference.COLUMNS)
    (tmp_path / "a.csv").write_text(f"{header}\nLatvia,LV,Canada,Ādaži,1887,2022-06-28,NATO,https://a,\n")
    (tmp_path / "b.csv").write_text(f'{header}\nLatvia,LV,Canada,Ādaži,"3,500",2024-07-01,Other,https://b,brigade\n')
    loaded = reference.load(gaz, tmp_path).rows
    assert [(r.as_of, r.troops, r.file) for r in loaded] == [
        ("2022-06-28", 1887, "a.csv"),
        ("2024-07-01", 3500, "b.csv"),
    ]


GOOD_ROW = "Latvia,LV,Canada,Ādaži,1887,2022-06-28,NATO,https://a,"


@pytest.mark.parametrize(
    "line, message",
    [
        ("Latvia,LV,Canada,Ādaži,many,2022-06-28,NATO,https://a,", "not a whole number"),
        ("Latvia,LV,Canada,Ādaži,1887,June 2022,NATO,https://a,", "not a date"),
        ("Latvia,LV,Canada,Ādaži,1887,2022-02-30,NATO,https://a,", "not a real date"),
        ("Latvia,LV,Canada,Ādaži,1887", "has 5 cells where 9 are expected"),
        ("Latvia,LV,Canada,Ādaži,1887,2022-06-28,NATO,https://a,,extra", "has 10 cells"),
        ("Atlantis,XX,Canada,Ādaži,1887,2022-06-28,NATO,https://a,", "'XX' is not a known country code"),
        ("Latvia,LV,Canada,Ādaži,-5,2022-06-28,NATO,https://a,", "is not between 1 and"),
        ("Latvia,LV,Canada,Ādaži,99999999999999999999,2022-06-28,NATO,https://a,", "is not between 1 and"),
    ],
)
def test_a_bad_reference_row_is_refused_with_file_and_line_and_the_rest_load(tmp_path, gaz, line, message):
    (tmp_path / "bad.csv").write_text(",".join(reference.COLUMNS) + f"\n{line}\n{GOOD_ROW}\n", encoding="utf-8")
    loaded = reference.load(gaz, tmp_path)
    assert [r.troops for r in loaded.rows] == [1887]
    [problem] = loaded.problems
    assert re.match(rf"bad.csv:2: .*{re.escape(message)}.*; row refused$", problem), problem


@pytest.mark.parametrize("encoding, note", [("utf-8-sig", None), ("cp1252", "read as Windows-1252")])
def test_reference_files_as_excel_saves_them_are_read(tmp_path, gaz, encoding, note):
    row = 'Romania,RO,France,Cincu – Rumänien,"1,000",2022-06-28,NATO,https://a,Excel’s note'
    (tmp_path / "excel.csv").write_bytes((",".join(reference.COLUMNS) + "\r\n" + row + "\r\n").encode(encoding))
    loaded = reference.load(gaz, tmp_path)
    assert [(r.host_code, r.troops, r.notes) for r in loaded.rows] == [("RO", 1000, "Excel’s note")]
    assert loaded.problems == ([] if note is None else [next(p for p in loaded.problems if note in p)])


def test_a_reference_file_missing_columns_is_refused_whole_and_named(tmp_path, gaz):
    (tmp_path / "ref.csv").write_text("host_country,troops\nLatvia,100\n", encoding="utf-8")
    loaded = reference.load(gaz, tmp_path)
    assert loaded.rows == [] and loaded.problems == [
        "ref.csv: missing columns "
        + ", ".join(sorted(set(reference.COLUMNS) - {"host_country", "troops"}))
        + "; file refused"
    ]


def test_each_baltic_and_polish_claim_stands_beside_natos_figure_with_the_difference(table, rows, gaz):
    result = compare.comparison(table, rows, region_members(table, gaz))
    named = result[result["basis"] == "named in the article"].set_index("host_code")
    expected = {r.host_code: r.troops for r in rows if r.host_code in ("EE", "LV", "LT", "PL")}
    assert set(named.index) == set(expected)
    for code, troops in expected.items():
        row = named.loc[code]
        assert (row["troops_low"], row["troops_high"], row["reference_troops"]) == (1000, 1500, troops)
        assert (row["difference_low"], row["difference_high"]) == (1000 - troops, 1500 - troops)


def test_four_new_battlegroups_are_linked_to_the_four_hosts_the_article_does_not_name(table, rows, gaz):
    result = compare.comparison(table, rows, region_members(table, gaz))
    linked = result[result["basis"].str.startswith(compare.TOOL_LINK)]
    assert sorted(linked["host_code"]) == ["BG", "HU", "RO", "SK"]
    assert set(linked["quantity_low"]) == {4}
    assert all("not stated by the article" in b for b in linked["basis"])
    bulgaria = linked[linked["host_code"] == "BG"].iloc[0]
    assert bulgaria["difference_low"] == 6000 / 4 - 968


def test_region_wide_claims_are_listed_without_a_difference(table, rows, gaz):
    result = compare.comparison(table, rows, region_members(table, gaz))
    wide = result[result["basis"].str.startswith("region fact")]
    assert not wide.empty and wide["difference_low"].isna().all()


def test_articles_that_disagree_stand_side_by_side_never_averaged(gaz):
    first = article.from_text("published: 2022-05-01\noutlet: A\n\nCanada has 1,000 troops in Latvia.")
    second = article.from_text("published: 2022-06-01\noutlet: B\n\nCanada has 2,000 troops in Latvia.")
    agreeing = article.from_text("published: 2022-06-02\noutlet: C\n\nFrance has 500 troops in Romania.")
    df = tables.frame([*extract(first, gaz), *extract(second, gaz), *extract(agreeing, gaz)])
    result = compare.disagreements(df)
    assert list(result["outlet"]) == ["A", "B"]
    assert list(result["troops_low"]) == [1000, 2000]
    assert set(result["quote"]) == {"Canada has 1,000 troops in Latvia.", "Canada has 2,000 troops in Latvia."}


def claims(gaz, text: str) -> pd.DataFrame:
    return tables.frame(extract(article.from_text(text), gaz))


@pytest.mark.parametrize(
    ("text", "host", "kind", "versus"),
    [
        pytest.param(
            "published: 2022-07-01\n\nThe US has 21 soldiers in Romania as an advance team.",
            "RO",
            "national contingent",
            "US 21: no national reference figure for US in Romania; the reference of 2022-06-28 gives the "
            "battlegroup's total, which a national contingent is not compared with",
            id="a national contingent is never set against the battlegroup's total",
        ),
        pytest.param(
            "published: 2022-07-01\n\nThe US has 10,000 troops in Poland.",
            "PL",
            "national contingent",
            "US 10,000: no national reference figure for US in Poland; the reference of 2022-06-28 gives the "
            "battlegroup's total, which a national contingent is not compared with",
            id="not 'US 10,000 of NATO's 1,033 in Poland'",
        ),
        pytest.param(
            "published: 2022-07-01\n\nNATO has 2,000 troops in Latvia.",
            "LV",
            "whole battlegroup",
            "2,000 against NATO's battlegroup total of 1,887 in Latvia (as of 2022-06-28): +113",
            id="a battlegroup's total against the battlegroup's total",
        ),
    ],
)
def test_like_is_compared_with_like_and_the_reference_date_is_in_every_row(rows, gaz, text, host, kind, versus):
    row = compare.comparison(claims(gaz, text), rows, {}, hosts={host}).iloc[0]
    assert (row["comparison"], row["versus_nato"], row["reference_as_of"]) == (kind, versus, "2022-06-28")
    if kind == "national contingent":
        assert row["reference_is"] == compare.NO_NATIONAL_FIGURE
        assert pd.isna(row["reference_troops"]) and pd.isna(row["difference_low"]) and pd.isna(row["difference_high"])
    else:
        assert (row["reference_is"], row["difference_low"]) == ("battlegroup total", 2000 - 1887)


def test_a_nato_formation_led_by_one_nation_is_the_whole_battlegroup(rows):
    df = pd.DataFrame(
        [
            {
                **{c: "" for c in compare.COLUMNS},
                "fact_id": "f",
                "country_code": "LT",
                "region": "",
                "force": "NATO (Germany-led)",
                "unit": "troops",
                "quantity_low": 1600,
                "quantity_high": 1600,
                "troops_low": 1600,
                "troops_high": 1600,
                "troops_derived": False,
                "published": "2022-07-01",
                "when_start": "",
                "when_end": "",
            }
        ]
    )
    row = compare.comparison(df, rows, {}, hosts={"LT"}).iloc[0]
    assert (row["comparison"], row["difference_low"]) == ("whole battlegroup", 1600 - 1632)


def test_a_national_reference_figure_is_what_a_national_contingent_is_compared_with(tmp_path, gaz):
    header = ",".join((*reference.COLUMNS, "contributor"))
    (tmp_path / "ref.csv").write_text(
        f"{header}\n"
        "Romania,RO,France,Cincu,1148,2022-06-28,NATO,https://a,,\n"
        "Romania,RO,France,Cincu,800,2023-01-15,Pentagon,https://b,,US\n",
        encoding="utf-8",
    )
    loaded = reference.load(gaz, tmp_path)
    assert loaded.problems == [] and [r.what for r in loaded.rows] == ["battlegroup total", "US contribution"]
    df = claims(gaz, "published: 2023-02-01\n\nThe US has 700 soldiers in Romania.")
    row = compare.comparison(df, loaded.rows, {}, hosts={"RO"}).iloc[0]
    assert (row["reference_is"], row["reference_troops"], row["difference_low"]) == ("US contribution", 800, -100)
    assert row["versus_nato"] == "US 700 against NATO's US contribution of 800 in Romania (as of 2023-01-15): -100"
    assert (row["reference_as_of"], row["reference_source"]) == ("2023-01-15", "Pentagon https://b")


def test_a_whole_battlegroup_claim_dated_late_says_so(rows, gaz):
    df = claims(gaz, "published: 2025-03-01\n\nNATO has 2,000 troops in Latvia.")
    row = compare.comparison(df, rows, {}, hosts={"LV"}).iloc[0]
    assert (row["comparison"], row["difference_low"]) == ("whole battlegroup", 2000 - 1887)
    assert row["date_note"] == "claim dated 2025-03-01, 2 years after NATO's figure of 2022-06-28"


def test_a_reference_folder_that_is_not_there_is_named(tmp_path, gaz):
    loaded = reference.load(gaz, tmp_path / "missing")
    assert loaded.rows == [] and loaded.problems == [
        f"{tmp_path / 'missing'}: not a folder of reference files; no reference figures loaded"
    ]
