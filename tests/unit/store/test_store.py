"""The SQLite store: one copy per article, all or nothing, versioned."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest

from dashboard.errors import DataError, NoFactsError, SchemaVersionError, StoreError
from dashboard.ingest import local
from dashboard.sources import article
from dashboard.store.articles import SCHEMA_VERSION, Store
from dashboard.store.shipped import all_facts
from tests.conftest import FIXTURES

TEXT = "The US will send 3,000 troops to Poland and 1,000 to Romania."


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "store.sqlite")


def test_an_added_article_and_its_facts_are_there_after_reopening(store, gaz, tmp_path):
    added = local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    assert added.result.added and added.result.facts == 2
    again = Store(tmp_path / "store.sqlite")
    assert [a.facts for a in again.articles()] == [2]
    assert set(again.facts()["country_code"]) == {"PL", "RO"}
    assert again.text(added.result.article_id) == TEXT


def test_adding_the_same_text_twice_keeps_one_copy(store, gaz):
    local.add(TEXT, name="a.txt", gazetteer=gaz, store=store)
    second = local.add(TEXT, name="b.txt", gazetteer=gaz, store=store)
    assert not second.result.added
    assert len(store.articles()) == 1 and len(store.facts()) == 2


def test_two_threads_adding_the_same_article_leave_one_copy(tmp_path, gaz):
    path = tmp_path / "store.sqlite"
    Store(path)
    results = []

    def add() -> None:
        results.append(local.add(TEXT, name="t.txt", gazetteer=gaz, store=Store(path)).result.added)

    threads = [threading.Thread(target=add) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True]
    assert len(Store(path).facts()) == 2


def test_a_text_with_no_facts_is_refused_and_nothing_is_written(store, gaz):
    with pytest.raises(NoFactsError, match="no force deployments"):
        local.add("A quiet week in Brussels.", name="q.txt", gazetteer=gaz, store=store)
    assert store.articles() == []


def test_a_failure_midway_leaves_the_store_as_it_was(store, gaz):
    art = article.from_text(TEXT)
    facts = local.read(TEXT, name="t.txt", gazetteer=gaz)[1]
    broken = [facts[0], facts[0]]  # the same fact_id twice: the second insert fails
    with pytest.raises(StoreError):
        store.add(art, broken)
    assert store.articles() == [] and store.facts().empty
    assert store.integrity() == "ok"


def test_deleting_an_article_removes_exactly_its_facts(store, gaz):
    first = local.add(TEXT, name="a.txt", gazetteer=gaz, store=store)
    local.add("Britain keeps 900 soldiers at Tapa.", name="b.txt", gazetteer=gaz, store=store)
    assert store.delete(first.result.article_id) == 2
    assert set(store.facts()["country_code"]) == {"EE"}


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.execute("CREATE TABLE articles (x)")
    with pytest.raises(SchemaVersionError, match="newer version"):
        Store(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_an_unversioned_store_with_tables_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE articles (article_id TEXT, text TEXT)")
        db.execute("INSERT INTO articles VALUES ('x', 'y')")
    with pytest.raises(SchemaVersionError, match="no schema version.*left untouched"):
        Store(path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(path)


def test_a_store_written_by_an_earlier_version_gains_the_new_columns_and_keeps_every_row(tmp_path):
    # tests/fixtures/store_v1.sqlite was written by the tool before facts had time columns (schema 1).
    path = tmp_path / "store.sqlite"
    path.write_bytes((FIXTURES / "store_v1.sqlite").read_bytes())
    with sqlite3.connect(path) as old:
        before = old.execute("SELECT fact_id, quote, country_code FROM facts ORDER BY fact_id").fetchall()
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    migrated = Store(path)
    facts = migrated.facts().sort_values("fact_id")
    assert list(zip(facts["fact_id"], facts["quote"], facts["country_code"])) == before
    assert set(facts["when"]) == {""} and set(facts["when_start"]) == {""}
    assert set(facts["unit_name"]) == {""} and set(facts["resolved_place"]) == {""}
    assert [a.facts for a in migrated.articles()] == [12, 2]
    migrated.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_every_write_changes_the_revision_even_when_counts_and_rowids_repeat(store, gaz):
    seen = [store.revision()]
    x = local.add("Canada has 100 troops in Latvia.", name="x", gazetteer=gaz, store=store).result.article_id
    seen.append(store.revision())
    y = local.add("Canada has 200 troops in Latvia.", name="y", gazetteer=gaz, store=store).result.article_id
    seen.append(store.revision())
    store.delete(y)
    seen.append(store.revision())
    local.add("Canada has 300 troops in Latvia.", name="z", gazetteer=gaz, store=store)
    seen.append(store.revision())
    assert len(set(seen)) == len(seen), seen
    assert x in store.ids()


def test_a_migrated_version_1_store_counts_its_writes(tmp_path):
    path = tmp_path / "store.sqlite"
    path.write_bytes((FIXTURES / "store_v1.sqlite").read_bytes())
    store = Store(path)
    first = store.revision()
    store.delete(store.articles()[0].article_id)
    assert store.revision() != first


def _open_each(paths: list[str], barrier, errors) -> None:
    for path in paths:
        barrier.wait()
        try:
            Store(Path(path)).close()
        except StoreError as err:
            errors.put(f"{path}: {err}")


def test_several_processes_creating_the_same_new_store_at_once_all_succeed(tmp_path):
    context = multiprocessing.get_context("fork")
    paths = [str(tmp_path / f"new{i}.sqlite") for i in range(40)]
    barrier, errors = context.Barrier(4), context.Queue()
    workers = [context.Process(target=_open_each, args=(paths, barrier, errors)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    failures = []
    while not errors.empty():
        failures.append(errors.get())
    assert failures == []
    assert all(Store(Path(p)).integrity() == "ok" for p in paths)


def test_a_store_whose_folder_is_a_file_is_a_store_error_naming_it(tmp_path):
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open the store .*data/store.sqlite"):
        Store(tmp_path / "data" / "store.sqlite")


def test_shipped_facts_that_cannot_be_read_are_a_data_error(tmp_path):
    with pytest.raises(DataError, match="cannot read the shipped facts"):
        all_facts(None, shipped_csv=tmp_path)
