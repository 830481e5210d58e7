"""The Map tab: every fact on the eastern flank (one marker per fact, or one per place above
``placemap.FACT_MARKER_LIMIT``), the clicked marker's fact to review beside it, and the facts with
no place listed a page at a time."""

from __future__ import annotations

import streamlit as st

# Looked up at each call, not bound at import: AppTest runs stand in for the browser component.
import streamlit_folium

from dashboard import settings
from dashboard.analysis import filters, query
from dashboard.analysis import reference as references
from dashboard.maps import mapview, placemap
from dashboard.store.articles import Store
from dashboard.ui import listing, review
from dashboard.ui.view import View, key_of, load_gazetteer, load_labels


def render(view: View, summary: query.Summary, reference: list[references.ReferenceRow], store: Store | None) -> None:
    members = view.members()
    left, right = st.columns([3, 1])
    located = summary.totals.facts - summary.totals.unlocated
    places_drawn = summary.totals.facts > placemap.FACT_MARKER_LIMIT
    with left:
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
                summary, outline=gaz.outline, members=members, tiles=tiles, reference=reference
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
                view.rows(),
                outline=gaz.outline,
                members=members,
                tiles=tiles,
                reference=reference,
                fit_to_facts=filtered,
                # Framed on the facts the filters select, reviewed or not, so a decision never moves the view.
                framed=view.with_states(query.EVERY).rows() if filtered else None,
                labels=load_labels(),
                country_name=gaz.country_name,
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
        format_func=lambda p: f"{p.name} ({p.precision}): {p.facts:,} fact(s)",
        key="place_choice",
    )
    if place is not None:
        listing.paged(
            place.facts,
            "place",
            lambda offset: view.rows(offset=offset, limit=listing.LIST_PAGE, at=(place.lat, place.lon)),
        )
