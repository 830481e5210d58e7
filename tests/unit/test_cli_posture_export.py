"""``python -m dashboard posture`` and ``export``, run as a user runs them (a real subprocess), over
a real store: the posture's rows, the app's download files, and one line and exit 2 for bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.ingest.local import ingest_dir
from dashboard.store.articles import Store
from tests.conftest import open_app
from tests.unit.test_cli import run
from tests.unit.ui.test_app import download

ARTICLES = {
    "wire.txt": "title: Flank wire\npublished: 2024-03-01\noutlet: Test Wire\n\n"
    "The US has 10,000 troops in Poland. Russia keeps 30,000 troops in Belarus. "
    "Canada has 2,000 soldiers in Latvia.",
    "plan.txt": "title: Plan\npublished: 2024-05-01\noutlet: Other Wire\n\n"
    "The US will send an additional 1,200 troops to Poland by 2027.",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    (root / "corpus").mkdir()
    for name, text in ARTICLES.items():
        (root / "corpus" / name).write_text(text, encoding="utf-8")
    path = root / "store.sqlite"
    ingest_dir(root / "corpus", store=Store(path), workers=1)
    return path


def posture_rows(store: Path, on: str) -> list[dict]:
    result = run("posture", "--store", str(store), "--on", on)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def by_key(rows: list[dict]) -> dict[tuple[str, str, str, str], dict]:
    return {(r["side"], r["host"], r["force"], r["status"]): r for r in rows}


def test_posture_prints_one_row_per_side_host_force_unit_and_status(store):
    rows = by_key(posture_rows(store, "2024-06-01"))
    assert {k: (r["low"], r["high"], r["as_of"]) for k, r in rows.items() if k[1] in ("PL", "BY", "LV")} == {
        # The shipped NATO battlegroup in Poland and Latvia stand beside the articles' national figures.
        ("allied", "PL", "NATO", "in place"): (1000, 1500, "2022-04-11"),
        ("allied", "LV", "NATO", "in place"): (1000, 1500, "2022-04-11"),
        ("allied", "PL", "US", "in place"): (10000, 10000, "2024-03-01"),
        ("allied", "LV", "Canada", "in place"): (2000, 2000, "2024-03-01"),
        ("russian", "BY", "Russia", "in place"): (30000, 30000, "2024-03-01"),
        # "An additional 1,200 ... by 2027": a plan, not merged with the 10,000 there.
        ("allied", "PL", "US", "planned"): (1200, 1200, "2024-05-01"),
    }
    facts = Store(store).facts()
    [us] = [r for k, r in rows.items() if k == ("allied", "PL", "US", "in place")]
    assert facts.set_index("fact_id").loc[us["facts"], "quote"].tolist() == ["The US has 10,000 troops in Poland."]
    assert all(
        set(r) == {"side", "host", "force", "unit", "status", "low", "high", "as_of", "facts"} for r in rows.values()
    )


@pytest.mark.parametrize(
    ("on", "us_in_poland"),
    [
        ("2024-01-01", set()),  # before the article: nothing stood by it yet
        ("2026-12-31", {("in place", 10000), ("planned", 1200)}),
        ("2028-01-01", {("in place", 10000), ("in place", 1200)}),  # the extra 1,200 is due: it adds
    ],
)
def test_posture_on_any_date_past_or_future(store, on, us_in_poland):
    rows = posture_rows(store, on)
    assert {(r["status"], r["low"]) for r in rows if (r["host"], r["force"]) == ("PL", "US")} == us_in_poland


def test_posture_as_csv_has_the_same_rows(store):
    result = run("posture", "--store", str(store), "--on", "2024-06-01", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = posture_rows(store, "2024-06-01")
    assert [r["facts"] for r in rows] == [" ".join(r["facts"]) for r in expected]
    assert [(r["side"], r["host"], r["low"]) for r in rows] == [(r["side"], r["host"], str(r["low"])) for r in expected]


@pytest.mark.parametrize("on", ["2024-13-01", "tomorrow", "2024/01/01", "20240101", "2024-02-30", ""])
def test_a_bad_date_is_one_line_and_exit_2(store, on):
    result = run("posture", "--store", str(store), "--on", on)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [f"error: --on {on!r} is not a date (YYYY-MM-DD)"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda path: None, "no store at"),
        (lambda path: path.write_text("not a database", encoding="utf-8"), "cannot open the store"),
        (lambda path: path.mkdir(), "cannot open the store"),
    ],
    ids=["missing", "not a database", "a folder"],
)
@pytest.mark.parametrize("command", [["posture"], ["export", "--format", "csv", "--output", "out.csv"]])
def test_a_bad_store_is_one_line_and_exit_2(tmp_path, make, message, command):
    path = tmp_path / "store.sqlite"
    make(path)
    result = run(*command, "--store", str(path), cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and message in line and str(path) in line
    assert not (tmp_path / "out.csv").exists()


def test_export_csv_is_the_app_s_csv_download(store, tmp_path, monkeypatch, downloads):
    out = tmp_path / "ee.csv"
    result = run("export", "--store", str(store), "--country", "PL", "LV", "--format", "csv", "--output", str(out))
    assert result.returncode == 0, result.stderr
    at = open_app(store, monkeypatch)
    at.multiselect(key="f_countries").set_value(["PL", "LV"]).run()
    _, payload = download(at, downloads, "Download CSV")
    assert out.read_bytes() == payload
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert set(rows["country_code"]) <= {"PL", "LV", ""} and len(rows) > 4
    assert result.stderr.strip() == f"wrote {len(rows)} fact(s) to {out}"


@pytest.mark.parametrize(
    ("options", "countries", "statuses"),
    [
        (["--country", "PL"], {"PL"}, {"existing", "planned"}),
        (["--status", "planned"], {"PL"}, {"planned"}),
        (["--since", "2024-04-01", "--until", "2024-12-31"], {"PL"}, {"planned"}),
        (["--force", "Russia"], {"BY"}, {"existing"}),
    ],
)
def test_export_applies_the_app_s_filters(store, tmp_path, options, countries, statuses):
    out = tmp_path / "facts.csv"
    result = run("export", "--store", str(store), *options, "--format", "csv", "--output", str(out))
    assert result.returncode == 0, result.stderr
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    named = rows[rows["country_code"] != ""]
    assert set(named["country_code"]) == countries and set(rows["status"]) == statuses


def test_export_geojson_and_excel_carry_the_facts_and_the_filters(store, tmp_path):
    geo, book = tmp_path / "pl.geojson", tmp_path / "pl.xlsx"
    for kind, out in (("geojson", geo), ("xlsx", book)):
        result = run("export", "--store", str(store), "--country", "PL", "--format", kind, "--output", str(out))
        assert result.returncode == 0, result.stderr
    collection = json.loads(geo.read_text(encoding="utf-8"))
    assert collection["filters"]["Country"] == "Poland (PL)"
    assert {f["properties"]["force"] for f in collection["features"]} >= {"US", "NATO"}
    sheets = load_workbook(book, read_only=True)
    facts = list(sheets["Facts"].values)
    assert len(facts) - 1 == len(collection["features"])
    assert ("Country", "Poland (PL)") in list(sheets["Filters"].values)


@pytest.mark.parametrize(
    ("options", "line"),
    [
        (["--since", "March"], "error: --since 'March' is not a date (YYYY-MM-DD)"),
        (["--until", "2024-02-30"], "error: --until '2024-02-30' is not a date (YYYY-MM-DD)"),
        (["--country", "XX"], "error: --country 'XX' is not a country code (ISO 3166, such as EE)"),
        (["--status", "rumoured"], "error: --status 'rumoured' is not one of existing, planned, withdrawn"),
    ],
)
def test_bad_export_options_are_one_line_and_exit_2_and_write_nothing(store, tmp_path, options, line):
    out = tmp_path / "out.csv"
    result = run("export", "--store", str(store), *options, "--format", "csv", "--output", str(out))
    assert (result.returncode, result.stdout, result.stderr.splitlines()) == (2, "", [line])
    assert list(tmp_path.iterdir()) == []


def test_an_export_that_cannot_be_written_says_so_and_leaves_no_part(store, tmp_path):
    out = tmp_path / "missing-folder" / "out.csv"
    result = run("export", "--store", str(store), "--format", "csv", "--output", str(out))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: cannot write {out}: No such file or directory"]
