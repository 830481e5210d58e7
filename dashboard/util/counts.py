"""A count as people read it: "about 1,000", "700–800", or "unspecified number" where none was given.
Every map card, list and panel words counts with this one function."""

from __future__ import annotations

import pandas as pd


def count_text(low, high, approx: bool) -> str:
    """Missing values may be None, NaN or pandas' NA (a table's empty cell)."""
    if low is None or low is pd.NA or low != low:
        return "unspecified number"
    same = high is None or high is pd.NA or high != high or int(high) == int(low)
    text = f"{int(low):,}" if same else f"{int(low):,}–{int(high):,}"
    return f"about {text}" if approx else text


# One of a unit, as a card says it ("1 battlegroup", "battlegroup").
_SINGULAR = {
    "battlegroups": "battlegroup",
    "brigades": "brigade",
    "battalions": "battalion",
    "companies": "company",
    "divisions": "division",
    "regiments": "regiment",
    "squadrons": "squadron",
    "batteries": "battery",
    "warships": "warship",
    "tanks": "tank",
    "vehicles": "vehicle",
}


def units_text(low, high, approx: bool, unit: str, name: str = "") -> str:
    """What a fact counts, in words: "1,200 troops", "1 battlegroup", "about 40 tanks"; with no count
    the unit alone ("battlegroup", "troops"), never "unspecified number battlegroups"; a formation's
    name as written follows ("troops of Panzerbrigade 45", "brigade: Panzerbrigade 45")."""
    noun = unit.removeprefix("other:")
    if low is None or low is pd.NA or low != low:
        words = _SINGULAR.get(noun, noun)
    else:
        one = int(low) == 1 and (high is None or high is pd.NA or high != high or int(high) == 1)
        words = f"{count_text(low, high, approx)} {_SINGULAR.get(noun, noun) if one else _plural(unit, noun)}"
    if not name:
        return words
    return f"{words} of {name}" if unit == "troops" else f"{words}: {name}"


def _plural(unit: str, noun: str) -> str:
    """``other:team`` counts teams; the schema's units are plural already."""
    return noun + "s" if unit.startswith("other:") and not noun.endswith("s") else noun
