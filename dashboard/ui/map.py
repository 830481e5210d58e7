"""The Map tab: every fact on the eastern flank (one marker per fact, or one per place above
``placemap.FACT_MARKER_LIMIT``), the clicked marker's fact to review beside it, and the facts with
no place listed a page at a time. Statements older than a chosen age fade; a time slider, with the
statements of each month drawn along it, maps the posture at a date instead of every fact."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

# Looked up at each call, not bound at import: AppTest runs stand in for the browser component.
import streamlit_folium

from dashboard import settings
from dashboard.analysis import filters, query
from dashboard.analysis import reference as references
from dashboard.maps import mapview, placemap
from dashboard.store.articles import Store
from dashboard.ui import listing, review
from dashboard.ui.posture_panel import POSTURE_ON, posture_date
from dashboard.ui.view import View, key_of, load_gazetteer, load_labels
from dashboard.util.htmltext import without_bidi_controls

FADE_MONTHS = 12  # statements older than this (before the posture's date) fade, unless chosen otherwise
MAP_ON = "map_on"  # session state: the time slider's date, the posture's date while the slider is shown


def render(view: View, summary: query.Summary, reference: list[references.ReferenceRow], store: Store | None) -> None:
    members = view.members()
    left, right = st.columns([3, 1])
    # The map first, right under the tabs; its controls under it (filled first: they decide what it draws).
    map_box, under = left.container(), left.container()
    on = posture_date(date.today())
    controls = under.columns([1, 1])
    at_date = controls[0].toggle(
        "Map the posture at a date",
        key="map_at_date",
        help="Only the statements the posture stands on at the slider's date (the headline's date too).",
    )
    months = controls[1].number_input(
        "Fade statements older than (months; 0: never)",
        min_value=0,
        max_value=1200,
        value=FADE_MONTHS,
        step=1,
        key="fade_months",
        help="Counted back from the posture's date; a place fades when its newest statement is that old.",
    )
    faded_before = (pd.Timestamp(on) - pd.DateOffset(months=int(months))).date() if months else None
    rows = None
    if at_date:
        with under:
            on = time_slider(view, on)
            rows = view.posture_rows(on)
            st.caption(f"The posture on {on}: the {len(rows):,} statements it stands on, each side, counted or not.")
    located = summary.totals.facts - summary.totals.unlocated
    places_drawn = summary.totals.facts > placemap.FACT_MARKER_LIMIT if rows is None else False
    if rows is not None and len(rows) > placemap.FACT_MARKER_LIMIT:
        under.caption(
            f"{len(rows):,} statements stand on {on}: more than the map draws one by one "
            f"({placemap.FACT_MARKER_LIMIT:,}); narrow the filters to map them. Every fact is drawn meanwhile."
        )
        rows, places_drawn = None, summary.totals.facts > placemap.FACT_MARKER_LIMIT
    if faded_before:
        under.caption(f"Faded: statements made before {faded_before} ({int(months)} months before {on}).")
    with map_box:
        tiles = settings.from_environment().tiles
        gaz = load_gazetteer()
        # Built afresh each run: st_folium renders the Map it is given, and rendering one cached Map
        # object again (for another session) adds its scripts twice and leaves the map blank.
        if places_drawn:
            st.caption(
                f"{located:,} facts with a place, drawn as one circle per place; narrow the filters to "
                f"{placemap.FACT_MARKER_LIMIT:,} facts or fewer to see each one."
            )
            fmap = placemap.build_place_map(
                summary,
                outline=gaz.outline,
                members=members,
                tiles=tiles,
                reference=reference,
                faded_before=faded_before,
            )
            # A click on a place marker lists its facts below, so the click comes back to the server.
            returned = streamlit_folium.st_folium(
                fmap, key="map", height=640, use_container_width=True, returned_objects=["last_object_clicked"]
            )
            if summary.places:
                place_facts(
                    view, summary, placemap.placed_at(summary.places, (returned or {}).get("last_object_clicked"))
                )
        else:
            filtered = view.chosen != filters.Filters()
            parts = mapview.map_parts(
                view.rows() if rows is None else rows,
                outline=gaz.outline,
                members=members,
                tiles=tiles,
                reference=reference,
                fit_to_facts=filtered,
                # Framed on the facts the filters select, reviewed or not, so a decision never moves the view.
                framed=view.with_states(query.EVERY).rows() if filtered else None,
                labels=load_labels(),
                country_name=gaz.country_name,
                countries=view.chosen.countries,
                faded_before=faded_before,
            )
            # The base map stays the same while facts are reviewed, so st_folium keeps the drawn map (its
            # view and open card) and swaps the facts' layers in place. A clicked card comes back, and the
            # last point clicked, which the correction form offers as a fact's new place.
            returned = streamlit_folium.st_folium(
                parts.base,
                key="map",
                height=640,
                use_container_width=True,
                returned_objects=["last_object_clicked_popup", "last_clicked"],
                feature_group_to_add=parts.layers,
                layer_control=parts.control,
            )
        if point := (returned or {}).get("last_clicked"):
            # A point for the Review tab's correction form ("…or a point").
            st.session_state[review.MAP_POINT] = (point["lat"], point["lng"])
    with right:
        if not places_drawn and store is not None:
            marker_panel(view, store, mapview.clicked_fact((returned or {}).get("last_object_clicked_popup")))
        st.subheader("No place stated")
        if not summary.totals.unlocated:
            st.caption("Every fact shown has a place.")
        else:
            listing.paged(
                summary.totals.unlocated,
                "unlocated",
                lambda offset: view.rows(offset=offset, limit=listing.LIST_PAGE, located=False),
            )


def marker_panel(view: View, store: Store, fact_id: str | None) -> None:
    """The fact of the clicked marker beside the map, in any review state (a fact just rejected stays,
    to be accepted back); "Correct in the Review tab" opens that tab on it."""
    engine = view.engine()
    fact = engine.fact(fact_id) if fact_id else None
    review.marker_panel(
        query.frame([fact] if fact else []),
        key_of=lambda fact_id: key_of(engine, fact_id),
        store=store,
        open_review=lambda: st.session_state.update(main_tab="Review"),
    )


def place_facts(view: View, summary: query.Summary, clicked: query.Place | None) -> None:
    """The facts of one place with their quotes, a page at a time (what a place marker counts): the
    place chosen here, or the one whose marker was clicked last."""
    places = sorted(summary.places, key=lambda p: (-p.facts, p.name))
    # The component keeps returning its last click: act on a click once, then leave the choice to the user.
    if clicked is not None and clicked != st.session_state.get("place_clicked"):
        st.session_state["place_clicked"] = st.session_state["place_choice"] = clicked
    st.subheader("Facts at a place")
    place = st.selectbox(
        f"Place (click a marker, or choose one of {len(places):,})",
        places,
        format_func=lambda p: without_bidi_controls(f"{p.name} ({p.precision}): {p.facts:,} fact(s)"),
        key="place_choice",
    )
    if place is not None:
        listing.paged(
            place.facts,
            "place",
            lambda offset: view.rows(offset=offset, limit=listing.LIST_PAGE, at=(place.lat, place.lon)),
        )


def time_slider(view: View, on: date) -> date:
    """A date slider from the first month with statements to a year past the last plan's due date (or
    today), the statements of each month drawn along it; moving it sets the posture's date, and the posture's date
    (chosen above the tabs) moves it."""
    by_month, last_due = view.statements()
    first = date.fromisoformat(f"{next(iter(by_month))}-01") if by_month else on
    last = max((date.fromisoformat(f"{month}-01") for month in by_month), default=on)
    # A year past the last statement, today or the last plan's due date, whichever is latest: the
    # plans are seen once they fall due.
    last = max(last + timedelta(days=31), date.today(), last_due or last) + timedelta(days=365)
    start, end = min(first, on), max(last, on)
    st.session_state[MAP_ON] = on
    st.vega_lite_chart(histogram_frame(by_month, on), histogram_spec(start, end), key="map_histogram")
    picked = st.slider(
        "Posture on the map",
        min_value=start,
        max_value=end,
        step=timedelta(days=1),
        format="YYYY-MM-DD",
        key=MAP_ON,
        on_change=_follow_slider,
    )
    return picked


def _follow_slider() -> None:
    """Before the rerun a move of the slider asks for: the posture (headline too) takes its date."""
    st.session_state[POSTURE_ON] = st.session_state[MAP_ON]


def histogram_frame(by_month: dict[str, int], on: date) -> pd.DataFrame:
    """Statements per month, the month of the slider's date marked."""
    chosen = on.strftime("%Y-%m")
    return pd.DataFrame(
        [{"month": f"{month}-01", "statements": n, "chosen": month == chosen} for month, n in by_month.items()],
        columns=["month", "statements", "chosen"],
    )


def histogram_spec(start: date, end: date) -> dict:
    """Bars of statements per month over the slider's span (Vega-Lite, drawn offline by Streamlit)."""
    return {
        "height": 110,
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {
                "field": "month",
                "type": "temporal",
                "timeUnit": "yearmonth",
                "title": None,
                "scale": {"domain": [start.isoformat(), end.isoformat()]},
            },
            "y": {"field": "statements", "type": "quantitative", "title": "statements"},
            "color": {
                "field": "chosen",
                "type": "nominal",
                "legend": None,
                "scale": {"domain": [False, True], "range": ["#9aa5b1", "#1f5fa8"]},
            },
        },
    }
