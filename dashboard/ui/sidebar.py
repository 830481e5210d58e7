"""The sidebar: the filters (country, unit, status, force, article, dates), the reviewer's name and
the two toggles (only reviewed facts; the NATO reference layer)."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard.analysis import filters
from dashboard.places import gazetteer


def filters_chosen(
    choices: filters.Options, labels: dict[str, str], articles: int, gaz: gazetteer.Gazetteer
) -> filters.Filters:
    st.sidebar.header("Filters")
    countries = st.sidebar.multiselect(
        "Country",
        sorted(choices.countries, key=gaz.country_name),
        format_func=lambda c: f"{gaz.country_name(c)} ({c})",
        key="f_countries",
    )
    units = st.sidebar.multiselect("Unit", choices.units, key="f_units")
    statuses = st.sidebar.multiselect("Status", choices.statuses, key="f_statuses")
    forces = st.sidebar.multiselect("Force", choices.forces, key="f_forces")
    chosen = st.sidebar.multiselect("Article", list(labels), format_func=lambda a: labels.get(a, a), key="f_articles")
    if articles > len(labels):
        st.sidebar.caption(f"The article list holds the newest {len(labels):,} of {articles:,} articles.")
    date_from = date_to = None
    if choices.first_date and choices.last_date and choices.first_date < choices.last_date:
        span = (choices.first_date, choices.last_date)
        # A time slider: move its right end to see the posture as reported up to that date. Keyed by
        # the data's span, so a newly added article's date widens the range.
        picked = st.sidebar.slider(
            "Reported between", min_value=span[0], max_value=span[1], value=span, key=f"f_dates_{span[0]}_{span[1]}"
        )
        if tuple(picked) != span:
            date_from, date_to = picked
    elif choices.first_date:
        st.sidebar.caption(f"All articles are dated {choices.first_date}.")
    return filters.Filters(
        tuple(countries), tuple(units), tuple(statuses), tuple(forces), tuple(chosen), date_from, date_to
    )


@dataclass(frozen=True, slots=True)
class Choices:
    """What the sidebar chose on this rerun (the reviewer's name stays in ``st.session_state``)."""

    chosen: filters.Filters
    trusted_only: bool
    with_reference: bool


def render(choices: filters.Options, labels: dict[str, str], articles: int, gaz: gazetteer.Gazetteer) -> Choices:
    chosen = filters_chosen(choices, labels, articles, gaz)
    st.sidebar.text_input(
        "Your name, for reviews", key="reviewer", help="Typed once per session; kept with every decision you make."
    )
    trusted_only = st.sidebar.toggle(
        "Only accepted and corrected facts",
        key="trusted_only",
        help="Map, totals, table and downloads show only facts a person accepted "
        "or corrected. Rejected facts are never shown outside the Review tab.",
    )
    with_reference = st.sidebar.toggle("Show the official NATO reference layer", key="reference_layer")
    return Choices(chosen, trusted_only, with_reference)
