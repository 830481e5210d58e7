"""Review decisions in the SQLite store: migration of today's stores, history, re-ingest, orphans."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dashboard.errors import ReviewError
from dashboard.exports import tables
from dashboard.ingest import local
from dashboard.paths import SHIPPED_CSV
from dashboard.review import log, overlay
from dashboard.sources import article
from dashboard.store.articles import SCHEMA_VERSION, Store
from tests.conftest import FIXTURES

# Stores written by the code of main with ingest.add, three articles and seven facts each: at f5122f5
# (schema 1, before the parser dated facts), at 666caac (schema 2, with when/when_start/when_end) and at
# 96ce3ea (schema 3, with the write counter).
STORE_V1 = FIXTURES / "store_v1_review.sqlite"
STORE_V2 = FIXTURES / "store_v2.sqlite"
STORE_V3 = FIXTURES / "store_v3.sqlite"
TEXT = "published: 2023-05-10\n\nThe US will send 3,000 troops to Poland and 1,000 to Romania."


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "store.sqlite")


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of articles and facts, the facts by name so that added (empty) columns do not count."""
    with sqlite3.connect(path) as db:
        articles = db.execute("SELECT * FROM articles ORDER BY rowid").fetchall()
        columns = [r[1] for r in db.execute("PRAGMA table_info(facts)")]
        facts = db.execute("SELECT " + ", ".join(f'"{c}"' for c in columns) + " FROM facts ORDER BY rowid").fetchall()
    return {"articles": articles, "facts": [dict(zip(columns, row)) for row in facts]}


@pytest.mark.parametrize("fixture, version", [(STORE_V1, 1), (STORE_V2, 2), (STORE_V3, 3)])
def test_a_store_made_by_earlier_code_migrates_with_no_loss(tmp_path, fixture, version):
    path = tmp_path / "old.sqlite"
    shutil.copy(fixture, path)
    before = dump(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
    store = Store(path)
    after = dump(path)
    assert after["articles"] == before["articles"]
    # Every value kept; a schema-1 store gains empty time columns.
    assert [{k: row[k] for k in old} for old, row in zip(before["facts"], after["facts"])] == before["facts"]
    assert {row["when_start"] for row in after["facts"]} == (
        {""} if version == 1 else {"", "2021-01-01", "2022-01-01", "2022-12-31", "2023-03-01"}
    )
    # Every store made before schema 5 gains an empty unit name and resolved place.
    assert {(row["unit_name"], row["resolved_place"]) for row in after["facts"]} == {("", "")}
    # The write counter: kept where the store had one, started at 0 where it had none.
    assert store.revision() == (3 if version == 3 else 0)
    assert [a.facts for a in store.articles()] == [2, 4, 1]
    facts = store.facts()
    assert len(facts) == 7 and facts["quote"].str.len().gt(0).all()
    assert store.integrity() == "ok"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        existing = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"reviews", "review_edits"} <= existing
    # The migrated store takes decisions, and opening it again migrates nothing twice.
    facts = store.facts()
    key = overlay.fact_keys(facts)[0]
    log.record(store, key, state="accepted", reviewer="Ana")
    assert [d.state for d in log.decisions(Store(path))] == ["accepted"]


def test_a_failed_migration_leaves_the_old_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    shutil.copy(STORE_V1, path)
    before = dump(path)

    def broken(db):
        db.execute("CREATE TABLE reviews (x)")
        raise sqlite3.OperationalError("disk full, say")

    from dashboard.store import migrations

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS[:3], broken))
    with pytest.raises(Exception, match="disk full"):
        Store(path)
    assert dump(path) == before
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'reviews'").fetchone() is None


def test_a_correction_keeps_the_parsers_reading_and_writes_the_history(store, gaz):
    local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    facts = store.facts()
    reviewed = overlay.apply(facts, log.decisions(store))
    row = reviewed.facts.iloc[0]
    key = reviewed.key(row["fact_id"])
    state = overlay.decide(
        store,
        key,
        action="correct",
        reviewer="Ana",
        current=row,
        wanted={"quantity_low": 2500, "quantity_high": 3000, "approx": True},
        reason="the ministry says 2,500 to 3,000",
    )
    assert state == "corrected"
    assert store.facts().equals(facts), "the parser's facts are never overwritten"
    shown = overlay.apply(store.facts(), log.decisions(store)).facts.iloc[0]
    assert (shown["quantity_low"], shown["quantity_high"], shown["approx"]) == (2500, 3000, True)
    assert (shown["original_quantity_low"], shown["original_approx"]) == (3000, False)
    assert (shown["review_state"], shown["reviewed_by"]) == ("corrected", "Ana")
    edits = log.history(store, key)
    assert (edits[0].field, edits[0].old, edits[0].new) == ("review_state", "unreviewed", "corrected")
    assert {(e.field, e.old, e.new) for e in edits[1:]} == {("quantity_low", 3000, 2500), ("approx", False, True)}
    assert {e.reason for e in edits} == {"the ministry says 2,500 to 3,000"} and {e.reviewer for e in edits} == {"Ana"}
    # Accepting it later keeps it corrected; rejecting it is one more line of history.
    current = overlay.apply(store.facts(), log.decisions(store)).facts.iloc[0]
    assert overlay.decide(store, key, action="accept", reviewer="Ben", current=current) == "corrected"
    assert overlay.decide(store, key, action="reject", reviewer="Ben", current=current) == "rejected"
    assert [(e.field, e.old, e.new, e.reviewer) for e in log.history(store, key)][-1] == (
        "review_state",
        "corrected",
        "rejected",
        "Ben",
    )


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"state": "accepted", "reviewer": "  "}, "type your name"),
        ({"state": "maybe", "reviewer": "Ana"}, "unknown review state"),
        ({"state": "corrected", "reviewer": "Ana", "changes": {"quote": ("a", "b")}}, "cannot be corrected: quote"),
    ],
)
def test_an_incomplete_decision_is_refused_and_nothing_is_written(store, kwargs, message):
    key = log.FactKey("a", 0, 10, "troops", "Poland")
    with pytest.raises(ReviewError, match=message):
        log.record(store, key, **kwargs)
    assert log.decisions(store) == [] and log.history(store) == []


def test_a_correction_that_changes_nothing_is_refused(store, gaz):
    local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    reviewed = overlay.apply(store.facts(), [])
    row = reviewed.facts.iloc[0]
    with pytest.raises(ReviewError, match="nothing was changed"):
        overlay.decide(
            store,
            reviewed.key(row["fact_id"]),
            action="correct",
            reviewer="Ana",
            current=row,
            wanted={"quantity_low": 3000, "unit": "troops"},
        )


def test_decisions_survive_deleting_and_adding_the_article_again(store, gaz):
    added = local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    reviewed = overlay.apply(store.facts(), [])
    poland, romania = (reviewed.facts.iloc[i] for i in (0, 1))
    overlay.decide(store, reviewed.key(poland["fact_id"]), action="reject", reviewer="Ana", current=poland)
    overlay.decide(
        store,
        reviewed.key(romania["fact_id"]),
        action="correct",
        reviewer="Ana",
        current=romania,
        wanted={"status": "existing"},
    )
    store.delete(added.result.article_id)
    gone = overlay.apply(store.facts(), log.decisions(store))
    assert [o.reason for o in gone.orphans] == ["its article is not loaded"] * 2
    local.add(TEXT, name="again.txt", gazetteer=gaz, store=store)
    back = overlay.apply(store.facts(), log.decisions(store))
    assert back.orphans == ()
    assert list(back.facts["review_state"]) == ["rejected", "corrected"]
    assert list(back.facts["status"]) == ["planned", "existing"]


def test_a_new_parser_reading_the_same_sentence_keeps_the_decisions(store, gaz):
    art = article.from_text(TEXT)
    facts = local.read(TEXT, name="t.txt", gazetteer=gaz)[1]
    store.add(art, facts)
    reviewed = overlay.apply(store.facts(), [])
    for row in reviewed.facts.to_dict(orient="records"):
        overlay.decide(store, reviewed.key(row["fact_id"]), action="accept", reviewer="Ana", current=row)
    # "Version 2" of the parser: other fact ids, the Poland fact read as a brigade, the Romania fact gone.
    store.delete(art.article_id)
    store.add(art, [replace(facts[0], fact_id="new0", unit="brigades")])
    reread = overlay.apply(store.facts(), log.decisions(store))
    assert list(reread.facts["review_state"]) == ["accepted"]
    assert [(o.decision.key.place, o.reason) for o in reread.orphans] == [
        ("Romania", "its sentence no longer yields this fact")
    ]


def test_two_facts_of_one_sentence_with_the_same_unit_and_place_keep_their_own_decisions(store):
    facts = tables.read_csv(SHIPPED_CSV).head(1)
    twins = pd.concat(
        [facts.assign(quantity_low=100), facts.assign(fact_id="twin", quantity_low=200)], ignore_index=True
    )
    keys = overlay.fact_keys(twins)
    assert [k.occurrence for k in keys] == [0, 1]
    log.record(store, keys[1], state="rejected", reviewer="Ana")
    assert list(overlay.apply(twins, log.decisions(store)).facts["review_state"]) == ["unreviewed", "rejected"]


def test_shipped_facts_are_reviewed_in_the_store_and_the_shipped_csv_is_untouched(store):
    before = SHIPPED_CSV.read_bytes()
    shipped = tables.read_csv(SHIPPED_CSV)
    reviewed = overlay.apply(shipped, [])
    row = reviewed.facts.iloc[1]
    overlay.decide(
        store,
        reviewed.key(row["fact_id"]),
        action="correct",
        reviewer="Ana",
        current=row,
        wanted={"troops_low": 40000, "troops_high": 45000},
    )
    again = overlay.apply(tables.read_csv(SHIPPED_CSV), log.decisions(store)).facts
    assert (again.iloc[1]["troops_high"], again.iloc[1]["original_troops_high"]) == (45000, 40000)
    assert SHIPPED_CSV.read_bytes() == before


def test_hostile_text_in_a_reason_or_value_is_stored_as_it_was_typed(store):
    key = log.FactKey("a", 0, 10, "troops", "Poland")
    hostile = "'); DROP TABLE facts; -- <script>*x*</script>"
    log.record(store, key, state="corrected", reviewer=hostile, changes={"force": ("US", hostile)}, reason=hostile)
    edit = log.history(store)[-1]
    assert (edit.new, edit.reason, edit.reviewer) == (hostile, hostile, hostile)
    assert store.integrity() == "ok"


@pytest.mark.parametrize(
    "wanted, message",
    [
        ({"quantity_low": 5000}, "quantity_low \\(5,000\\) is above quantity_high \\(3,000\\)"),
        ({"troops_high": 100}, "troops_low \\(3,000\\) is above troops_high \\(100\\)"),
        ({"troops_low": -1}, "whole number of 0 or more, not -1"),
        ({"quantity_low": 2.5}, "whole number of 0 or more, not 2.5"),
        ({"quantity_low": float("nan")}, "quantity_low nan is not a number"),
        ({"troops_high": float("inf")}, "troops_high inf is not a number"),
        ({"troops_low": -float("inf")}, "troops_low -inf is not a number"),
        ({"quantity_high": 10**15}, "quantity_high 1,000,000,000,000,000 is beyond any real force"),
        ({"troops_high": np.int64(20_000_000)}, "troops_high 20,000,000 is beyond any real force"),
        ({"quantity_low": "3000"}, "quantity_low must be a whole number, not '3000'"),
        ({"lat": 999.0, "lon": 20.0}, "lat 999 is not a latitude \\(from -90 to 90\\)"),
        ({"lat": 50.0, "lon": 385.0}, "lon 385 is not a longitude \\(from -180 to 180\\)"),
        ({"lat": float("nan"), "lon": 20.0}, "lat nan is not a latitude"),
        (
            {"when_start": "2025-06-01", "when_end": "2024-01-01"},
            "from \\(2025-06-01\\) is after until \\(2024-01-01\\)",
        ),
        ({"when_start": "2024-13-01"}, "when_start '2024-13-01' is not a date"),
        ({"force": "   "}, "force is blank"),
        ({"force": "\t"}, "force is blank"),
        ({"force": "UK" * 1_000_000}, "force is 2,000,000 characters long; the limit is 300"),
        ({"place": "Warsaw\x1b[2J"}, "place holds control characters"),
        ({"force": "UK\nCanada"}, "force holds control characters"),
        ({"unit": "legions"}, "unit must be one of"),
        ({"status": "rumoured"}, "status must be one of"),
        ({"approx": "yes"}, "approx must be yes or no"),
        ({"precision": "street"}, "precision must be one of"),
    ],
)
def test_a_correction_that_makes_no_sense_is_refused(store, gaz, wanted, message):
    local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    reviewed = overlay.apply(store.facts(), [])
    row = reviewed.facts.iloc[0]
    with pytest.raises(ReviewError, match=message):
        overlay.decide(
            store, reviewed.key(row["fact_id"]), action="correct", reviewer="Ana", current=row, wanted=wanted
        )
    assert log.history(store) == [] and log.decisions(store) == []


def test_a_huge_reason_or_name_is_refused_and_nothing_is_recorded(store, gaz):
    local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    reviewed = overlay.apply(store.facts(), [])
    row = reviewed.facts.iloc[0]
    key = reviewed.key(row["fact_id"])
    with pytest.raises(ReviewError, match="the reason is 6,000,000 characters long; the limit is 2,000"):
        overlay.decide(
            store, key, action="correct", reviewer="Ana", current=row, wanted={"force": "UK"}, reason="x" * 6_000_000
        )
    with pytest.raises(ReviewError, match="the reviewer's name is 5,000 characters long"):
        overlay.decide(store, key, action="accept", reviewer="A" * 5000, current=row)
    assert log.history(store) == [] and log.decisions(store) == []


def test_a_point_clicked_off_the_globe_is_refused(store, gaz):
    # Leaflet reports longitudes past 180 once the map is dragged round the world.
    local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    reviewed = overlay.apply(store.facts(), [])
    row = reviewed.facts.iloc[0]
    wanted = overlay.place_fields(gaz.point_place(52.2, 381.0))
    with pytest.raises(ReviewError, match="lon 381 is not a longitude"):
        overlay.decide(
            store, reviewed.key(row["fact_id"]), action="correct", reviewer="Ana", current=row, wanted=wanted
        )
    assert log.history(store) == []


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("troops_low", 10**15, "beyond any real force"),
        ("lat", -91.0, "not a latitude"),
        ("force", " " * 4, "blank"),
        ("when_end", "yesterday", "not a date"),
    ],
)
def test_the_log_itself_refuses_an_impossible_value(store, field, value, message):
    key = log.FactKey("a", 0, 10, "troops", "Poland")
    with pytest.raises(ReviewError, match=message):
        log.record(store, key, state="corrected", reviewer="Ana", changes={field: (None, value)})
    assert log.history(store) == [] and log.decisions(store) == []


def test_a_sound_correction_still_passes_every_check(store, gaz):
    local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    reviewed = overlay.apply(store.facts(), [])
    row = reviewed.facts.iloc[0]
    wanted = {
        "quantity_low": 2500,
        "quantity_high": 3500,
        "troops_low": 2500,
        "troops_high": 3500,
        "force": "UK",
        "when_start": "2024-01-01",
        "when_end": "2024-06-30",
        "approx": True,
        "lat": 52.2,
        "lon": 21.0,
    }
    assert (
        overlay.decide(
            store, reviewed.key(row["fact_id"]), action="correct", reviewer="Ana", current=row, wanted=wanted
        )
        == "corrected"
    )
    assert {e.field for e in log.history(store)} >= set(wanted)


def test_the_map_card_says_who_reviewed_a_fact_and_what_the_parser_read(store, gaz):
    from dashboard.maps import mapview

    local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    reviewed = overlay.apply(store.facts(), [])
    poland, romania = (reviewed.facts.iloc[i] for i in (0, 1))
    overlay.decide(
        store,
        reviewed.key(poland["fact_id"]),
        action="correct",
        reviewer="Ana",
        current=poland,
        wanted={"troops_low": 2500},
    )
    overlay.decide(store, reviewed.key(romania["fact_id"]), action="accept", reviewer="Ben", current=romania)
    cards = mapview.fact_table(overlay.apply(store.facts(), log.decisions(store)).facts)
    assert list(cards["review"]) == ["corrected by Ana; the parser read troops_low 3000", "accepted by Ben"]
    assert set(mapview.fact_table(store.facts())["review"]) == {""}


def test_a_fact_label_keeps_ranges_hedges_and_missing_parts_visible():
    shipped = overlay.apply(tables.read_csv(SHIPPED_CSV).head(2), []).facts
    shipped.loc[0, ["quantity_low", "quantity_high", "approx", "force", "place"]] = (700, 800, True, "", "")
    labels = overlay.labels(shipped)
    assert list(labels.values()) == [
        "[unreviewed] ?: ~700–800 troops, no place (planned)",
        "[unreviewed] NATO: 40,000 troops, eastern member states (existing)",
    ]


def test_a_place_picked_from_the_gazetteer_is_also_what_the_place_resolves_to(gaz):
    fields = overlay.place_fields(gaz.bases["Rukla"])
    assert (fields["place"], fields["resolved_place"], fields["precision"]) == ("Rukla", "Rukla", "base")
