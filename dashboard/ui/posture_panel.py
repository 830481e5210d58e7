"""The headline figures above the tabs: counts of the facts shown and the posture on a date, each side
apart, with what makes each figure and how it changed month by month (``dashboard/analysis/posture.py``
computes all of it; this only shows it). They sit folded in one line above the tabs, so that the map
fills the first screen; the line itself gives the main figures and follows the filters as they do.
Inside the fold, the details open with toggles, since expanders do not nest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pandas as pd
import streamlit as st

from dashboard.analysis import filters, posture
from dashboard.analysis.posture import IN_PLACE, PLANNED, Level
from dashboard.places.sides import ALLIED, RUSSIAN

EXCLUDED_LIMIT = 500
POSTURE_ON = "posture_on"  # session state: the posture's date, which the map's time slider also sets
# Any date, past or future: a fact's own date ("in 2014") may precede every article, a plan ("by
# 2027") may fall due long after the last one.
EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)
SIDE_COLOURS = {ALLIED: "#1f5fa8", RUSSIAN: "#b22222"}
# A date typed into the date field is applied on Enter: Streamlit's field applies it only once focus
# leaves the field, so Enter moves the focus to a momentary element. Our own constant script, no outside text.
ENTER_APPLIES_DATES = """<script>
if (!window.dashboardEnterAppliesDates) {
  window.dashboardEnterAppliesDates = true;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !(event.target instanceof Element)) return;
    if (!event.target.closest("[data-testid='stDateInput']")) return;
    const sink = document.createElement("button");
    sink.setAttribute("aria-hidden", "true");
    sink.style.cssText = "position:fixed;opacity:0;pointer-events:none;width:0;height:0";
    document.body.appendChild(sink);
    sink.focus();
    setTimeout(() => sink.remove(), 0);
  }, true);
}
</script>"""


def posture_date(today: date) -> date:
    """The posture's date this run: the one chosen (by the date field or the map's slider), else today."""
    chosen = st.session_state.get(POSTURE_ON)
    return chosen if isinstance(chosen, date) else today


def summary_line(totals: filters.Totals, result: posture.Posture, *, waiting: int) -> str:
    """The folded figures' one line: "12 facts, 8 countries, 4,000–6,000 allied troops on the flank, 12 to
    review: figures and downloads"."""
    countries = f"{totals.countries:,} {'country' if totals.countries == 1 else 'countries'}"
    allied = result.total(ALLIED, IN_PLACE, hosts=result.flank)
    return (
        f"{_count(totals.facts, 'fact')}, {countries}, {allied} allied troops on the flank, "
        f"{waiting:,} to review: figures and downloads"
    )


def headline(
    totals: filters.Totals,
    *,
    waiting: int,
    posture_on: Callable[[date], posture.Posture],
    timeline: Callable[[], Sequence[Level]],
    country_name: Callable[[str], str],
) -> None:
    cols = st.columns(4)
    cols[0].metric("Facts", totals.facts)
    cols[1].metric("Countries", totals.countries)
    cols[2].metric("To review", waiting, help="Unreviewed facts among those the filters select.")
    cols[3].metric("No place", totals.unlocated)
    # A sum of every sentence's troops is not a posture; these figures are (see dashboard/analysis/posture.py).
    posture_panel(posture_on, today=date.today())
    change_over_time(timeline, country_name=country_name)


def posture_panel(posture_on: Callable[[date], posture.Posture], *, today: date) -> posture.Posture:
    """The date picker and the figures of the posture on it, with what makes each figure."""
    left, right = st.columns([1, 3])
    st.html(ENTER_APPLIES_DATES, unsafe_allow_javascript=True)
    # No value given: the date is the session's (today until one is chosen here or on the map's slider).
    on = left.date_input(
        "Posture on",
        min_value=EARLIEST,
        max_value=LATEST,
        key=POSTURE_ON,
        help="What the reporting says stood on this date, past or future: the newest statement per host, "
        "formation and unit; plans count from when they are due. Type a date and press Enter, or pick one.",
    )
    result = posture_on(on or today)
    flank = result.flank
    cols = right.columns(4)
    in_place = result.total(ALLIED, IN_PLACE, hosts=flank)
    from_plans = result.from_plans(ALLIED, hosts=flank)
    cols[0].metric(
        "Allied troops on the flank",
        str(in_place),
        help="NATO, its members and partners, in the eight battlegroup host countries; region-wide claims "
        "and forces of no known side are not added."
        + (f" Of these, {from_plans} come from plans due by this date." if from_plans.high else ""),
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
    if from_plans.high:
        right.caption(f"Allied troops on the flank include {from_plans} from plans due by {on}.")
    # Its tables are made only while it is on: two grids drawn hidden slowed every launch.
    details = st.toggle(
        f"What makes these totals ({_count(len(result.entries), 'entry', 'entries')}, "
        f"{_count(result.left_out, 'fact')} left out)",
        key="posture_details",
    )
    if not details:
        return result
    with st.container(border=True):
        st.dataframe(posture.table(result), hide_index=True, key="posture_table")
        if result.excluded:
            # Thousands of rows would be sent on every rerun; the filters narrow the list.
            shown = result.excluded[:EXCLUDED_LIMIT]
            st.caption(
                "Left out of the posture, and why"
                + (f" (the first {len(shown):,} of {result.left_out:,}):" if len(shown) < result.left_out else ":")
            )
            st.dataframe(
                # By side and host, so each total's facts left out are found beside its entries above.
                pd.DataFrame(
                    [(e.side, e.host, e.words, e.reason) for e in shown], columns=["side", "host", "fact", "why"]
                ),
                hide_index=True,
                key="posture_excluded",
            )
    return result


def change_over_time(timeline: Callable[[], Sequence[Level]], *, country_name: Callable[[str], str]) -> None:
    """A chart per host country of troops by side, month by month: the posture at each month's end
    (in place solid, planned dashed). Made only while its toggle is on."""
    if not st.toggle("Change over time", key="posture_change"):
        return
    with st.container(border=True):
        levels = timeline()
        if not levels:
            st.caption("No dated statement: nothing to draw.")
            return
        st.caption(
            "Troops at the end of each month, by host country and side, from the same posture as the "
            "figures above: in place (solid) and planned but not yet due (dashed); the lower figure of "
            "a range, the range in the tooltip."
        )
        st.vega_lite_chart(timeline_frame(levels, country_name), timeline_spec(), key="posture_chart")


def timeline_frame(levels: Sequence[Level], country_name: Callable[[str], str]) -> pd.DataFrame:
    """The chart's data: one row per month, host, side and status."""
    return pd.DataFrame(
        [
            {
                "month": lv.on.isoformat(),
                "host": country_name(lv.host),
                "side": lv.side,
                "status": lv.status,
                "troops": lv.low,
                "range": f"{lv.low:,}" if lv.low == lv.high else f"{lv.low:,}–{lv.high:,}",
            }
            for lv in levels
        ],
        columns=["month", "host", "side", "status", "troops", "range"],
    )


def timeline_spec() -> dict:
    """A Vega-Lite step line per host country (Streamlit draws it offline)."""
    return {
        "facet": {"field": "host", "type": "nominal", "title": None},
        "columns": 4,
        "resolve": {"scale": {"y": "independent"}},
        "spec": {
            "width": 220,
            "height": 120,
            "mark": {"type": "line", "interpolate": "step-after"},
            "encoding": {
                "x": {"field": "month", "type": "temporal", "title": None},
                "y": {"field": "troops", "type": "quantitative", "title": "troops"},
                "color": {
                    "field": "side",
                    "type": "nominal",
                    "scale": {"domain": list(SIDE_COLOURS), "range": list(SIDE_COLOURS.values())},
                },
                "strokeDash": {
                    "field": "status",
                    "type": "nominal",
                    "scale": {"domain": [IN_PLACE, PLANNED], "range": [[1, 0], [6, 4]]},
                },
                "tooltip": [
                    {"field": "host", "type": "nominal"},
                    {"field": "month", "type": "temporal"},
                    {"field": "side", "type": "nominal"},
                    {"field": "status", "type": "nominal"},
                    {"field": "range", "type": "nominal", "title": "troops"},
                ],
            },
        },
    }


def _count(n: int, noun: str, plural: str = "") -> str:
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
