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
