"""`python -m dashboard ingest DIR`: many articles into the store, in parallel, idempotent."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys

import pytest

from benchmarks.generate import article, write
from dashboard.errors import ExtractionError
from dashboard.ingest import local
from dashboard.ingest.local import checked_each, ingest_dir
from dashboard.places import gazetteer
from dashboard.sources import article as articles
from dashboard.store.articles import Store
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    directory = tmp_path_factory.mktemp("corpus")
    write(12, directory)
    (directory / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    return directory


def run_ingest(corpus, store, *extra):
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(corpus), "--store", str(store), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ingest_adds_every_readable_article_reports_failures_and_exits_2(corpus, tmp_path):
    result = run_ingest(corpus, tmp_path / "s.sqlite")
    assert result.returncode == 2
    assert "failed: " in result.stderr and "broken.txt" in result.stderr and "PNG" in result.stderr
    assert "12 article(s) added" in result.stderr and "1 failed" in result.stderr
    assert len(Store(tmp_path / "s.sqlite").articles()) == 12


def test_ingesting_again_changes_nothing(corpus, tmp_path):
    store = tmp_path / "s.sqlite"
    run_ingest(corpus, store)
    facts = len(Store(store).facts())
    again = run_ingest(corpus, store)
    assert "0 article(s) added" in again.stderr and "12 already stored" in again.stderr
    assert len(Store(store).facts()) == facts


def test_parallel_workers_store_the_same_facts_as_one(corpus, tmp_path):
    one = Store(tmp_path / "one.sqlite")
    two = Store(tmp_path / "two.sqlite")
    ingest_dir(corpus, store=one, workers=1)
    ingest_dir(corpus, store=two, workers=2)
    assert sorted(one.facts()["fact_id"]) == sorted(two.facts()["fact_id"])
    assert one.integrity() == two.integrity() == "ok"


def test_ingest_of_a_missing_directory_is_exit_2(tmp_path):
    result = run_ingest(tmp_path / "nowhere", tmp_path / "s.sqlite")
    assert result.returncode == 2 and "nowhere: no such file or directory" in result.stderr


def test_parallel_ingest_builds_a_missing_gazetteer_index_once_before_its_workers_start(corpus, tmp_path, monkeypatch):
    """Each worker found the index missing and built it at once (6.6 s for 1,000 articles instead of
    2): now the parent builds it before starting them. Worker processes are forked, so they share
    this test's stand-ins: the index counts as missing until the first build, and builds are logged."""
    built = tmp_path / "built"
    log = tmp_path / "builds.log"

    def building(*args, **kwargs):
        with log.open("a") as out:
            out.write(f"{os.getpid()}\n")
        built.touch()

    monkeypatch.setattr(gazetteer, "index_is_current", lambda *args, **kwargs: built.exists())
    monkeypatch.setattr(gazetteer, "build_index", building)
    store = Store(tmp_path / "s.sqlite")
    summary = ingest_dir(corpus, store=store, workers=2)
    assert summary.articles == 12
    assert log.read_text().split() == [str(os.getpid())]


def _articles_and_a_refused_count(count: int) -> tuple[list, list[str]]:
    """``count`` generated articles with, third, one whose only count is refused as impossible."""
    arts = [articles.from_text(article(i)) for i in range(count)]
    arts.insert(
        2, articles.from_text("Poland said 40 million soldiers would arrive in Tapa. Italy sent 200 troops there.")
    )
    return arts, [f"a{i}.txt" for i in range(len(arts))]


def test_checked_each_in_processes_gives_what_one_process_gives_in_the_same_order(gaz, monkeypatch):
    arts, names = _articles_and_a_refused_count(6)
    alone = list(checked_each(arts, names, gazetteer=gaz, workers=1))
    monkeypatch.setattr(local, "PARALLEL_MIN_CHARS", 0)
    results = checked_each(arts, names, gazetteer=gaz, workers=2)
    first = next(results)
    assert multiprocessing.active_children(), "the articles were not extracted in other processes"
    assert [first, *results] == alone
    assert alone[2][1] and "a2.txt" in alone[2][1][0] and alone[2][0]  # refused, with a note; the rest kept


def test_checked_each_raises_the_first_failure_where_it_comes_in_processes_as_in_one(gaz, monkeypatch):
    arts, names = _articles_and_a_refused_count(6)
    arts[4] = articles.from_text("Poland said 40 million soldiers would arrive in Tapa.")  # nothing left to keep
    monkeypatch.setattr(local, "PARALLEL_MIN_CHARS", 0)
    for workers in (1, 2):
        done = []
        with pytest.raises(ExtractionError, match="a4.txt: .* nothing was added"):
            for result in checked_each(arts, names, gazetteer=gaz, workers=workers):
                done.append(result)
        assert len(done) == 4


def test_checked_each_keeps_little_text_in_this_process(gaz):
    arts, names = _articles_and_a_refused_count(3)
    results = checked_each(arts, names, gazetteer=gaz, workers=2)
    next(results)
    assert not multiprocessing.active_children()
    assert len(list(results)) == len(arts) - 1
