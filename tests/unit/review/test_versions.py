"""Decisions name the version of the fact they were made on: a decision on a fact changed since by
another reviewer (in another process, on the same store) or whose article was deleted is refused with
a message, and never lands on another fact."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dashboard.errors import ReviewConflict, ReviewError
from dashboard.exports import tables
from dashboard.ingest import local
from dashboard.paths import SHIPPED_CSV
from dashboard.review import log, overlay
from dashboard.store.articles import Store
from tests.conftest import ROOT

TEXT = "published: 2023-05-10\n\nCanada will send 3,000 troops to Poland and 1,000 to Romania."


@pytest.fixture
def store(tmp_path, gaz) -> Store:
    store = Store(tmp_path / "store.sqlite")
    local.add(TEXT, name="t.txt", gazetteer=gaz, store=store)
    return store


def shown(store: Store, position: int = 0):
    """A fact as a form draws it: its row, its key and its version."""
    reviewed = overlay.apply(store.facts(), log.decisions(store))
    row = reviewed.facts.iloc[position]
    key = reviewed.key(row["fact_id"])
    return row, key, log.version(store, key)


def in_another_process(store: Store, code: str) -> None:
    """Run ``code`` in a process of its own on the same store file (``store``, ``row``, ``key`` at hand)."""
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from dashboard.review import log, overlay
        from dashboard.store.articles import Store
        store = Store(Path({str(store.path)!r}))
        reviewed = overlay.apply(store.facts(), log.decisions(store))
        row = reviewed.facts.iloc[0]
        key = reviewed.key(row["fact_id"])
        """
    ) + textwrap.dedent(code)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_a_form_drawn_before_another_reviewers_correction_does_not_revert_it(store):
    row, key, seen = shown(store)
    # The form holds every field as drawn (force Canada); Ana changes only the count.
    form = {"force": row["force"], "quantity_low": 2500}
    in_another_process(
        store,
        """
        overlay.decide(store, key, action="correct", reviewer="Ben", current=row, wanted={"force": "UK"},
                       seen=log.version(store, key))
        """,
    )
    # Saved, the page is read again: the fact now says UK, the form still Canada.
    fresh, _, _ = shown(store)
    assert fresh["force"] == "UK"
    with pytest.raises(ReviewError, match=r"Ben changed this fact \(force\) at .*after it was shown to you"):
        overlay.decide(store, key, action="correct", reviewer="Ana", current=fresh, wanted=form, seen=seen)
    now, _, _ = shown(store)
    assert (now["force"], now["quantity_low"]) == ("UK", 3000) and {e.reviewer for e in log.history(store)} == {"Ben"}


@pytest.mark.parametrize("action", ["accept", "reject"])
def test_a_decision_on_a_fact_reviewed_meanwhile_is_refused(store, action):
    row, key, seen = shown(store)
    in_another_process(
        store, 'overlay.decide(store, key, action="reject", reviewer="Ben", current=row, seen=log.version(store, key))'
    )
    with pytest.raises(ReviewError, match=r"Ben changed this fact \(its review\)"):
        overlay.decide(store, key, action=action, reviewer="Ana", current=row, seen=seen)
    assert [(d.state, d.reviewer) for d in log.decisions(store)] == [("rejected", "Ben")]


@pytest.mark.parametrize("action", ["accept", "reject", "correct"])
def test_a_decision_on_a_fact_whose_article_was_deleted_is_refused_and_lands_nowhere(store, action):
    row, key, seen = shown(store)
    assert not log.gone(store, seen)
    in_another_process(store, "store.delete(key.article_id)")
    assert log.gone(store, seen)
    with pytest.raises(ReviewConflict, match="article was deleted after the fact was shown to you"):
        overlay.decide(store, key, action=action, reviewer="Ana", current=row, wanted={"force": "UK"}, seen=seen)
    assert log.decisions(store) == [] and log.history(store) == []


def test_a_decision_never_lands_on_another_fact_than_the_one_shown(store):
    poland, poland_key, seen = shown(store, 0)
    _, romania_key, _ = shown(store, 1)
    with pytest.raises(ReviewError, match="names another fact"):
        overlay.decide(store, romania_key, action="accept", reviewer="Ana", current=poland, seen=seen)
    assert log.decisions(store) == []


def test_the_version_shown_lands_once_and_a_second_click_on_the_same_form_is_refused(store):
    row, key, seen = shown(store)
    assert overlay.decide(store, key, action="correct", reviewer="Ana", current=row, wanted={"force": "UK"}, seen=seen)
    with pytest.raises(ReviewError, match="Ana changed this fact"):
        overlay.decide(store, key, action="correct", reviewer="Ana", current=row, wanted={"force": "US"}, seen=seen)
    row, key, again = shown(store)
    assert again.edit > seen.edit
    assert overlay.decide(store, key, action="accept", reviewer="Ana", current=row, seen=again) == "corrected"


def test_a_shipped_fact_cannot_be_deleted_so_its_version_is_only_its_review(tmp_path):
    store = Store(tmp_path / "store.sqlite")
    shipped = overlay.apply(tables.read_csv(SHIPPED_CSV), [])
    row = shipped.facts.iloc[0]
    key = shipped.key(row["fact_id"])
    seen = log.version(store, key)
    assert (seen.edit, seen.stored) == (0, False)
    assert overlay.decide(store, key, action="accept", reviewer="Ana", current=row, seen=seen) == "accepted"


def test_two_processes_deciding_on_one_fact_from_the_same_version_record_one_decision(store, tmp_path):
    """Both processes were shown the same version and decide at once: exactly one decision lands."""
    row, key, seen = shown(store)
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from dashboard.errors import ReviewConflict, ReviewError
        from dashboard.review import log, overlay
        from dashboard.store.articles import Store
        store = Store(Path({str(store.path)!r}))
        reviewed = overlay.apply(store.facts(), log.decisions(store))
        row = reviewed.facts.iloc[0]
        key = reviewed.key(row["fact_id"])
        seen = log.Version(key, {seen.edit}, {seen.stored})
        try:
            overlay.decide(store, key, action="correct", reviewer=sys.argv[1], current=row,
                           wanted={{"force": sys.argv[1]}}, seen=seen)
            print("recorded")
        except ReviewError:
            print("refused")
        """
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", script, name], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        for name in ("UK", "US")
    ]
    answers = sorted(run.communicate(timeout=120)[0].strip() for run in runs)
    assert answers == ["recorded", "refused"]
    forces = {e.new for e in log.history(store) if e.field == "force"}
    assert len(forces) == 1 and shown(store)[0]["force"] in forces


def test_a_version_is_read_from_the_store_file_itself(store: Store, tmp_path: Path):
    _, key, seen = shown(store)
    other = Store(store.path)  # another connection, as another session of the app has
    assert log.version(other, key) == seen
