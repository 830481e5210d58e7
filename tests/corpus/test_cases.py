"""The parser on its own varied corpus (tests/corpus/cases.py): every fact found, nothing more."""

from __future__ import annotations

import pytest

from tests.corpus.cases import CASES, Case, mismatches, where_of


def test_the_corpus_is_large_and_varied():
    assert len(CASES) >= 60
    assert len({c.name for c in CASES}) == len(CASES)
    assert sum(1 for c in CASES if not c.facts) >= 3


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_passage_yields_exactly_its_facts(case: Case, facts_of):
    facts = facts_of(case.text)
    found = [(f.unit, where_of(f)) for f in facts]
    wanted = [(e.unit, e.where) for e in case.facts]
    assert sorted(found) == sorted(wanted), "\n".join(f"{f.unit} {where_of(f)!r} {f.quantity_low}" for f in facts)
    unmatched = list(facts)
    for expect in case.facts:
        candidates = [f for f in unmatched if (f.unit, where_of(f)) == (expect.unit, expect.where)]
        best = min(candidates, key=lambda f: len(mismatches(f, expect)))
        assert mismatches(best, expect) == [], f"{expect.unit} at {expect.where!r}"
        unmatched.remove(best)
    for fact in facts:
        assert case.text[fact.quote_start : fact.quote_end] == fact.quote
