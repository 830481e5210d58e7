"""The parser on classes of English that reporting uses, one table of our own sentences per class.

Each row is a passage and the counted facts it states, as ``(unit, low, high, where, status)`` with
``where`` the country code or region ("" for none) and ``status`` ``existing``, ``planned`` or
``withdrawn``; the parser must find exactly these counted facts (facts without a count are not checked
here). The classes are those the development corpus showed the parser missing; the sentences are new.
"""

from __future__ import annotations

import pytest

from tests.corpus_cases import where_of

Row = tuple[str, int | None, int | None, str, str]


def counted(facts) -> list[Row]:
    return sorted((f.unit, f.quantity_low, f.quantity_high, where_of(f), f.status) for f in facts if f.quantity_low)


def check(facts_of, text: str, expected: list[Row]) -> None:
    assert counted(facts_of(text)) == sorted(expected)


# Numbers as written: hedges after the number, and a model's designation that is no count.
NUMBER_FORMATS = [
    ("A further 700 or so Danish soldiers are stationed in Latvia.", [("troops", 700, 700, "LV", "existing")]),
    ("Norway keeps 300-plus soldiers in Lithuania.", [("troops", 300, 300, "LT", "existing")]),
    ("Poland brought four JAS 39 Gripen fighters to Estonia.", [("aircraft", 4, 4, "EE", "existing")]),
    ("The Danes sent 14 Strv 103 tanks to Latvia.", [("tanks", 14, 14, "LV", "existing")]),
    ("Finland flew an ASC 890 surveillance aircraft to Romania.", [("aircraft", 1, 1, "RO", "existing")]),
    ("Canada has 14 Leopard 2 tanks in Latvia.", [("tanks", 14, 14, "LV", "existing")]),
    (
        "Some 2,000 Canadian soldiers serve in Latvia. The figure is expected to grow to about 2,500 next year.",
        [("troops", 2000, 2000, "LV", "existing"), ("troops", 2500, 2500, "LV", "planned")],
    ),
]


@pytest.mark.parametrize("text, expected", NUMBER_FORMATS, ids=[t[:40] for t, _ in NUMBER_FORMATS])
def test_numbers_as_written(facts_of, text, expected):
    check(facts_of, text, expected)
