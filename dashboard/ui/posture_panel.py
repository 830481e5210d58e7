"""The headline figures above the tabs: counts of the facts shown and the posture on a date, with what
makes each figure (``dashboard/analysis/posture.py`` computes it; this only shows it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pandas as pd
import streamlit as st

from dashboard.analysis import filters, posture
from dashboard.analysis.posture import IN_PLACE, PLANNED
from dashboard.places.sides import ALLIED, RUSSIAN

EXCLUDED_LIMIT = 500


def headline(totals: filters.Totals, *, waiting: int, posture_on: Callable[[date], posture.Posture]) -> None:
    cols = st.columns(4)
    cols[0].metric("Facts", totals.facts)
    cols[1].metric("Countries", totals.countries)
    cols[2].metric("To review", waiting, help="Unreviewed facts among those the filters select.")
    cols[3].metric("No place", totals.unlocated)
    # A sum of every sentence's troops is not a posture; these figures are (see dashboard/analysis/posture.py).
    posture_panel(posture_on, today=date.today())


def posture_panel(posture_on: Callable[[date], posture.Posture], *, today: date) -> posture.Posture:
    """The date picker and the figures of the posture on it, with what makes each figure."""
    left, right = st.columns([1, 3])
    # No earliest date: a fact's own date ("in 2014") may precede every article.
    on = left.date_input(
        "Posture on",
        value=today,
        min_value=date(1990, 1, 1),
        max_value=today,
        key="posture_on",
        help="What the reporting says stood on this date: the newest statement per host, force and unit.",
    )
    result = posture_on(on)
    flank = result.flank
    cols = right.columns(4)
    cols[0].metric(
        "Allied troops on the flank",
        str(result.total(ALLIED, IN_PLACE, hosts=flank)),
        help="NATO, its members and partners, in the eight battlegroup host countries; region-wide claims "
        "and forces of no known side are not added.",
    )
    cols[1].metric("Allied troops planned", str(result.total(ALLIED, PLANNED, hosts=flank)))
    cols[2].metric(
        "Russian troops near the flank",
        str(result.total(RUSSIAN, IN_PLACE)),
        help="Russia, Belarus and forces Russia controls, wherever the reports place them; never added to "
        "the allied figure.",
    )
    cols[3].metric(
        "Host countries",
        len(result.hosts(ALLIED, within=flank)),
        help="Flank countries where allied forces stand (never the countries they come from).",
    )
    # Its tables are made only while it is open: two grids in a closed expander slowed every launch.
    details = st.expander(
        f"What makes these totals ({_count(len(result.entries), 'statement')}, "
        f"{_count(result.left_out, 'fact')} left out)",
        key="posture_details",
        on_change="rerun",
    )
    if not details.open:
        return result
    with details:
        st.dataframe(posture.table(result), hide_index=True, key="posture_table")
        if result.excluded:
            # Thousands of rows would be sent on every rerun; the filters narrow the list.
            shown = result.excluded[:EXCLUDED_LIMIT]
            st.caption(
                "Left out of the posture, and why"
                + (f" (the first {len(shown):,} of {result.left_out:,}):" if len(shown) < result.left_out else ":")
            )
            st.dataframe(
                pd.DataFrame([(e.words, e.reason) for e in shown], columns=["fact", "why"]),
                hide_index=True,
                key="posture_excluded",
            )
    return result


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")
