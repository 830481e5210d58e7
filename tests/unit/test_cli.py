"""The command line, run as a user runs it: a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import write
from dashboard import cli, paths
from dashboard.analysis import query
from dashboard.exports import tables
from dashboard.ingest import local
from dashboard.schema import COLUMNS
from dashboard.store.articles import Store
from tests.conftest import ROOT, SEED


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_extract_prints_the_table_as_csv_with_the_schema_columns(seed_facts):
    result = run("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0].keys()) == COLUMNS
    assert [r["fact_id"] for r in rows] == [f.fact_id for f in seed_facts]


def test_extract_json_is_a_list_of_row_objects(seed_facts):
    result = run("extract", str(SEED), "--format", "json")
    rows = json.loads(result.stdout)
    assert [r["quote"] for r in rows] == [f.quote for f in seed_facts]
    assert rows[1]["quantity_low"] == 40000 and rows[1]["approx"] is False


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"%PDF-1.4 binary", "PDF document"),
    ],
)
def test_unreadable_input_exits_2_with_one_line_naming_file_and_reason(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("extract", str(SEED), str(bad))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]


def test_a_missing_file_exits_2_and_names_it(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "nope.txt" in result.stderr and "cannot read" in result.stderr


def test_a_page_with_no_facts_says_so_and_prints_an_empty_table(tmp_path):
    page = tmp_path / "recipe.txt"
    page.write_text("Boil two eggs for seven minutes. Serve with toast.", encoding="utf-8")
    result = run("extract", str(page))
    assert result.returncode == 0
    assert "no deployment facts" in result.stderr
    assert result.stdout.strip().split(",")[0] == "fact_id" and len(result.stdout.strip().splitlines()) == 1


def test_build_writes_the_table_of_the_seeds(tmp_path, seed_facts):
    out = tmp_path / "deployments.csv"
    result = run("build", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert list(tables.read_csv(out)["fact_id"]) == [f.fact_id for f in seed_facts]


def test_the_committed_deployments_csv_is_current(tmp_path):
    fresh = tmp_path / "deployments.csv"
    cli.build(output=fresh)
    assert paths.SHIPPED_CSV.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "data/deployments.csv is stale: run `python -m dashboard build`"
    )


def test_ingest_without_store_uses_the_store_named_by_dashboard_store(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Canada has 700 troops in Latvia.", encoding="utf-8")
    store = tmp_path / "elsewhere.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(corpus)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DASHBOARD_STORE": str(store)},
    )
    assert result.returncode == 0, result.stderr
    assert len(Store(store).articles()) == 1
    # The app's query indexes are made by the ingest, not on the app's first start.
    with sqlite3.connect(store) as db:
        made = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert set(query.INDEXES) <= made


def test_extract_starts_without_importing_pandas_geopy_shapely_or_numpy():
    # shapely and numpy are for country outlines (the map, a point an analyst chose), not for reading articles.
    code = (
        "import sys; from dashboard.cli import main; main(['extract', sys.argv[1]]); "
        "print(sorted(m for m in ('pandas', 'geopy', 'shapely', 'numpy', 'sqlite3') if m in sys.modules), "
        "file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(SEED)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "['sqlite3']"
    assert result.stdout.startswith("fact_id,")


def test_ingest_uses_every_core_unless_told_otherwise():
    assert cli._parser().parse_args(["ingest", "corpus"]).workers == os.cpu_count()
    assert cli._parser().parse_args(["ingest", "corpus", "--workers", "1"]).workers == 1


def test_extract_uses_every_core_unless_told_otherwise():
    assert cli._parser().parse_args(["extract", "a.txt"]).workers == os.cpu_count()
    assert cli._parser().parse_args(["extract", "a.txt", "--workers", "1"]).workers == 1


def test_extract_of_much_text_in_two_processes_prints_the_bytes_of_one(tmp_path):
    # Enough generated articles to pass the size below which the command keeps to one process, and one
    # whose count is refused, so that its warning must come out in its place.
    files = write(70, tmp_path)
    refused = tmp_path / "article_00002b.txt"  # read among the others
    refused.write_text("Italy will send 30 million soldiers to Tapa. Spain sent 90 troops there.", encoding="utf-8")
    names = sorted(str(path) for path in [*files, refused])
    assert sum(Path(name).stat().st_size for name in names) > local.PARALLEL_MIN_CHARS
    one = run("extract", *names, "--format", "json", "--workers", "1")
    two = run("extract", *names, "--format", "json", "--workers", "2")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert two.stdout == one.stdout and two.stderr == one.stderr
    assert one.stderr.count("warning: ") == 1 and str(refused) in one.stderr
