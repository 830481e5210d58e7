"""The parser on its own varied corpus (tests/corpus_cases.py): every fact found, nothing more."""
from __future__ import annotations

import pytest

from dashboard.schema import Fact
from tests.corpus_cases import CASES, Case, Expect


def _where(fact: Fact) -> str:
    return fact.country_code or fact.region


def _agrees(fact: Fact, expect: Expect) -> list[str]:
    checks = {
        "qty": ((fact.quantity_low, fact.quantity_high), expect.qty),
        "status": (fact.status, expect.status),
        "approx": (fact.approx, expect.approx),
    }
    if expect.force is not None:
        checks["force"] = (fact.force, expect.force)
    if expect.troops is not None:
        checks["troops"] = ((fact.troops_low, fact.troops_high), expect.troops)
    if expect.derived is not None:
        checks["derived"] = (fact.troops_derived, expect.derived)
    if expect.precision is not None:
        checks["precision"] = (fact.precision, expect.precision)
    if expect.place is not None:
        checks["place"] = (fact.place, expect.place)
    return [f"{k}: got {got!r}, expected {want!r}" for k, (got, want) in checks.items() if got != want]


def test_the_corpus_is_large_and_varied():
    assert len(CASES) >= 60
    assert len({c.name for c in CASES}) == len(CASES)
    assert sum(1 for c in CASES if not c.facts) >= 3


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_passage_yields_exactly_its_facts(case: Case, facts_of):
    facts = facts_of(case.text)
    found = [(f.unit, _where(f)) for f in facts]
    wanted = [(e.unit, e.where) for e in case.facts]
    assert sorted(found) == sorted(wanted), "\n".join(f"{f.unit} {_where(f)!r} {f.quantity_low}" for f in facts)
    unmatched = list(facts)
    for expect in case.facts:
        candidates = [f for f in unmatched if (f.unit, _where(f)) == (expect.unit, expect.where)]
        best = min(candidates, key=lambda f: len(_agrees(f, expect)))
        assert _agrees(best, expect) == [], f"{expect.unit} at {expect.where!r}"
        unmatched.remove(best)
    for fact in facts:
        assert case.text[fact.quote_start:fact.quote_end] == fact.quote
