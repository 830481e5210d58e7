"""The JSON the command line prints is json.dumps(records, ensure_ascii=False, indent=1), byte for byte,
laid out without json's slow pure-Python encoder."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from dashboard.exports import plain


def _reference(rows) -> str:
    return json.dumps([plain._record(row) for row in rows], ensure_ascii=False, indent=1)


def test_the_seed_facts_are_written_as_json_writes_them(seed_facts):
    rows = list(plain.fact_rows(seed_facts))
    assert plain.to_json(rows) == _reference(rows)


@pytest.mark.parametrize(
    "changes",
    [
        {"quote": 'He said "go"\\n\t\u2028 \u00e9\u0000 \U0001f600 </script>'},
        {"lat": float("nan"), "lon": float("inf")},
        {"lat": 1e-7, "lon": -0.0, "quantity_low": 10**15},
        {"approx": True, "troops_derived": False, "place": ""},
        {"country": None},
    ],
)
def test_awkward_values_are_written_as_json_writes_them(seed_facts, changes):
    rows = list(plain.fact_rows([replace(seed_facts[0], **changes)]))
    assert plain.to_json(rows) == _reference(rows)
    json.loads(plain.to_json(rows))


def test_no_facts_is_an_empty_list():
    assert plain.to_json([]) == _reference([]) == "[]"
