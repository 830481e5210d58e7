"""The Review tab and the review widgets beside the map: accept, reject or correct one fact at a time.
Every decision goes through ``overlay.decide``; errors become ``st.error`` here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

import pandas as pd
import streamlit as st

from dashboard.analysis import query
from dashboard.errors import DashboardError, ReviewConflict
from dashboard.places import gazetteer
from dashboard.places.gazetteer import Gazetteer
from dashboard.review import log, overlay
from dashboard.schema import STATUSES, UNITS
from dashboard.store.articles import Store
from dashboard.ui import citation, show
from dashboard.ui.posture_panel import posture_date
from dashboard.ui.view import View, key_of, load_sides
from dashboard.util.htmltext import escape_markdown as md
from dashboard.util.htmltext import without_bidi_controls

PICKER_LIMIT = 1000
KEEP_PLACE = "(keep the place shown)"
MAP_POINT = "map_point"  # session state: (lat, lon) of the last click on the map's empty ground
# Session state: the version (log.Version) of the fact the Review tab's buttons and form, or the marker
# panel's buttons, were last drawn for. A click answers what was on screen, so its decision names that
# version: refused if the fact changed or went since, never landing on the fact drawn in its place.
REVIEW_DRAWN, MARKER_DRAWN = "review_drawn", "marker_drawn"
GONE = "The fact you were looking at is no longer in the store (its article was deleted); nothing was recorded."
_BEFORE = "review_totals_before"  # session state: (fact id, the headline's figures) before a decision
_SENTENCE = 90  # characters of a fact's sentence the picker shows


@dataclass(frozen=True, slots=True)
class Effect:
    """What a decision does to the totals: the headline's figures now, and where a fact stands in the
    posture (``posture.Posture.account``), asked again after the decision."""

    figures: Callable[[], tuple[str, ...]]
    account: Callable[[str, str], str]  # fact id, its review state -> where it stands, in words


def render(view: View, store: Store | None, gaz: gazetteer.Gazetteer) -> None:
    if store is None:
        st.warning("The store cannot be used (see the message at the top), so decisions cannot be recorded.")
        return
    every = view.with_states(query.EVERY)
    engine = view.engine()
    on = posture_date(date.today())

    def account(fact_id: str, state: str) -> str:
        # A rejected fact is shown nowhere: asked as if it were, to say where it stood.
        states = (*view.states, "rejected") if state == "rejected" else view.states
        result = engine.posture(
            view.chosen, view.members(), states=states, on=on, sides=load_sides(), sample=0, about=(fact_id,)
        )
        return result.account(fact_id)

    panel(
        every.rows(limit=PICKER_LIMIT),
        waiting=view.waiting(),
        total=every.count(),
        key_of=lambda fact_id: key_of(engine, fact_id),
        orphans=engine.orphans,
        store=store,
        gazetteer=gaz,
        text_of=view.text,
        effect=Effect(figures=lambda: view.posture(on).figures(), account=account),
    )


def panel(
    facts: pd.DataFrame,
    *,
    waiting: int,
    total: int,
    key_of: Callable[[str], log.FactKey],
    orphans: Sequence[overlay.Orphan],
    store: Store,
    gazetteer: Gazetteer,
    text_of: Callable[[str], str | None],
    effect: Effect,
) -> None:
    """Accept, reject or correct one fact at a time. ``facts`` are the first of the filtered facts,
    rejected ones included (``total`` of them, ``waiting`` unreviewed); ``key_of`` gives the key a
    fact's decision is stored by; after a decision that leaves the totals as they were, ``effect``
    says why."""
    reviewer = st.session_state.get("reviewer", "")
    if not reviewer.strip():
        st.info("Type your name in the sidebar to review: every decision records who made it.")
    st.caption(
        f"{waiting:,} of {total:,} facts left to review. Keys: Alt+A accept, Alt+X reject, Alt+N next unreviewed."
    )
    if len(facts) < total:
        st.caption(f"Listing the first {len(facts):,} of {total:,} facts; use the filters to narrow.")
    if facts.empty:
        st.info("No facts match the filters.")
        _orphans(orphans)
        return
    if (pending := st.session_state.pop("review_next", None)) is not None:
        st.session_state["review_fact"] = pending
    options = list(facts["fact_id"])
    # A closed tab draws nothing and Streamlit forgets the picker's value then: "review_at" keeps it.
    current = st.session_state.get("review_fact", st.session_state.get("review_at"))
    if current not in options:
        # Start at the first fact left to review, the one a reviewer came for.
        current = overlay.next_unreviewed(facts) or options[0]
    st.session_state["review_fact"] = current
    labels = picker_labels(facts)
    fact_id = str(
        st.selectbox("Fact", options, format_func=lambda option: labels.get(option, option), key="review_fact")
    )
    st.session_state["review_at"] = fact_id
    row = facts[facts["fact_id"] == fact_id].iloc[0]
    key = key_of(fact_id)
    now = log.version(store, key)
    drawn = st.session_state.get(REVIEW_DRAWN) or now
    if drawn.key != key and log.gone(store, drawn):
        st.warning(GONE)
    _quote_in_context(row, text_of)
    buttons = st.columns(3)
    if buttons[0].button("Accept", key="review_accept", shortcut="Alt+A", type="primary"):
        _decide(store, drawn, row, reviewer, action="accept", facts=facts, effect=effect)
    if buttons[1].button("Reject", key="review_reject", shortcut="Alt+X"):
        _decide(store, drawn, row, reviewer, action="reject", facts=facts, effect=effect)
    if buttons[2].button("Next unreviewed", key="review_skip", shortcut="Alt+N"):
        st.session_state["review_next"] = overlay.next_unreviewed(facts, after=fact_id) or fact_id
        st.rerun()
    _correction_form(row, drawn, reviewer, store=store, gazetteer=gazetteer, facts=facts, effect=effect)
    st.session_state[REVIEW_DRAWN] = now
    _history(store, key, row, effect=effect)
    _orphans(orphans)


def _orphans(orphans: Sequence[overlay.Orphan]) -> None:
    if not orphans:
        return
    with st.expander(f"Decisions whose fact is gone ({len(orphans)})"):
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "article": o.decision.key.article_id,
                        "quote at": f"{o.decision.key.quote_start}–{o.decision.key.quote_end}",
                        "unit": o.decision.key.unit,
                        "place": o.decision.key.place,
                        "state": o.decision.state,
                        "by": o.decision.reviewer,
                        "why": o.reason,
                    }
                    for o in orphans
                ]
            ),
            hide_index=True,
            key="review_orphans",
        )


def marker_panel(
    fact: pd.DataFrame,
    *,
    key_of: Callable[[str], log.FactKey],
    store: Store,
    open_review: Callable[[], None],
) -> None:
    """Beside the map: the fact of the clicked marker (``fact``, one row or none, in any review state so
    that a fact just rejected stays here to be accepted back), to accept or reject there, or to correct
    in the Review tab (``open_review`` chooses that tab)."""
    if flash := st.session_state.pop("marker_flash", None):
        show.success(flash)
    drawn = st.session_state.pop(MARKER_DRAWN, None)
    if fact.empty:
        if drawn is not None and log.gone(store, drawn):
            st.warning(GONE)
        return
    row = fact.iloc[0]
    fact_id = str(row["fact_id"])
    try:
        now = log.version(store, key_of(fact_id))
    except DashboardError as err:
        show.error(err)
        return
    drawn = drawn if drawn is not None and drawn.key == now.key else now
    st.session_state[MARKER_DRAWN] = now
    st.subheader("Clicked marker")
    st.text(overlay.labels(fact)[fact_id])
    show.caption("\u201c" + str(row["quote"]) + "\u201d")
    reviewer = st.session_state.get("reviewer", "")
    if not reviewer.strip():
        st.info("Type your name in the sidebar to review: every decision records who made it.")
    left, right = st.columns(2)
    for action, column, label in (("accept", left, "Accept"), ("reject", right, "Reject")):
        if column.button(label, key=f"marker_{action}", type="primary" if action == "accept" else "secondary"):
            try:
                state = overlay.decide(
                    store, drawn.key, action=cast(overlay.Action, action), reviewer=reviewer, current=row, seen=drawn
                )
            except DashboardError as err:
                show.error(err)
                return
            st.session_state["marker_flash"] = marker_note(state)
            st.rerun()
    st.button("Correct in the Review tab", key="marker_correct", on_click=_correct, args=(fact_id, open_review))


def _correct(fact_id: str, open_review: Callable[[], None]) -> None:
    """Before the rerun a click asks for: the Review tab opens, on this fact."""
    st.session_state["review_next"] = fact_id
    open_review()


def marker_note(state: str) -> str:
    """What the panel says after a decision taken from a marker."""
    if state == "rejected":
        return "Rejected: the fact leaves the map and the totals (Accept puts it back)."
    return f"{state.capitalize()}: the fact counts as reviewed."


def _quote_in_context(row: pd.Series, text_of: Callable[[str], str | None]) -> None:
    st.markdown(
        f"**State:** {md(row['review_state'])}"
        + (f" by {md(row['reviewed_by'])} at {md(row['reviewed_at'])}" if row["reviewed_by"] else "")
    )
    text = text_of(row["article_id"])
    if text is None:
        st.html(citation.highlighted(row["quote"], 0, len(row["quote"])))
    else:
        st.html(citation.highlighted(text, int(row["quote_start"]), int(row["quote_end"]), context=200))
    changed = overlay.differences(row)
    if changed:
        st.dataframe(
            pd.DataFrame([{"field": f, "parser read": str(o), "now": str(n)} for f, o, n in changed]),
            hide_index=True,
            key="review_changed",
        )


def _correction_form(
    row: pd.Series,
    drawn: log.Version,
    reviewer: str,
    *,
    store: Store,
    gazetteer: Gazetteer,
    facts: pd.DataFrame,
    effect: Effect,
) -> None:
    fid = row["fact_id"]
    places = overlay.place_choices(gazetteer)
    with st.form(f"correct_{fid}"):
        st.markdown("**Correct this fact** (the parser's reading is kept beside your correction)")
        cols = list(st.columns(4))
        wanted: dict[str, object] = {
            "quantity_low": _number(cols[0], "Count (low)", row["quantity_low"], f"fix_qlow_{fid}"),
            "quantity_high": _number(cols[1], "Count (high)", row["quantity_high"], f"fix_qhigh_{fid}"),
            "troops_low": _number(cols[2], "Troops (low)", row["troops_low"], f"fix_tlow_{fid}"),
            "troops_high": _number(cols[3], "Troops (high)", row["troops_high"], f"fix_thigh_{fid}"),
        }
        cols = list(st.columns(4))
        wanted["approx"] = cols[0].checkbox("Approximate", value=bool(row["approx"]), key=f"fix_approx_{fid}")
        # A formation with no unit of its own ("other:team") keeps its noun as a choice.
        units = UNITS if row["unit"] in UNITS else (*UNITS, row["unit"])
        wanted["unit"] = cols[1].selectbox("Unit", units, index=units.index(row["unit"]), key=f"fix_unit_{fid}")
        wanted["status"] = cols[2].selectbox(
            "Status", STATUSES, index=_index(STATUSES, row["status"]), key=f"fix_status_{fid}"
        )
        wanted["force"] = cols[3].text_input("Force", value=row["force"], key=f"fix_force_{fid}")
        wanted["unit_name"] = st.text_input(
            'Unit name, as written ("Panzerbrigade 45"; empty for none)',
            value=row["unit_name"] or "",
            key=f"fix_unit_name_{fid}",
        )
        cols = list(st.columns(2))
        picked = cols[0].selectbox("Place from the gazetteer", [KEEP_PLACE, *places], key=f"fix_place_{fid}")
        town = cols[1].text_input("…or a town by name", key=f"fix_town_{fid}")
        # A point: typed, or the last one clicked on the map (never taken unless asked for).
        cols = list(st.columns(3))
        point_lat = cols[0].number_input(
            "…or a point: latitude", value=None, min_value=-90.0, max_value=90.0, format="%.5f", key=f"fix_lat_{fid}"
        )
        point_lon = cols[1].number_input(
            "longitude", value=None, min_value=-180.0, max_value=180.0, format="%.5f", key=f"fix_lon_{fid}"
        )
        point_name = cols[2].text_input("the point's name (optional)", key=f"fix_point_name_{fid}")
        clicked = st.session_state.get(MAP_POINT)
        use_click = clicked is not None and st.checkbox(
            f"…or the point last clicked on the map ({clicked[0]:.5f}, {clicked[1]:.5f})", key=f"fix_use_click_{fid}"
        )
        cols = list(st.columns(3))
        wanted["when"] = cols[0].text_input("When (the words)", value=row["when"], key=f"fix_when_{fid}")
        wanted["when_start"] = cols[1].text_input(
            "From (YYYY-MM-DD)", value=row["when_start"], key=f"fix_when_start_{fid}"
        )
        wanted["when_end"] = cols[2].text_input("Until (YYYY-MM-DD)", value=row["when_end"], key=f"fix_when_end_{fid}")
        reason = st.text_input("Reason (optional)", key=f"fix_reason_{fid}")
        if not st.form_submit_button("Save correction", key=f"fix_save_{fid}"):
            return
    if use_click and clicked is not None and point_lat is None and point_lon is None:
        point_lat, point_lon = clicked
    if (point_lat is None) != (point_lon is None):
        st.error("A point needs both its latitude and its longitude.")
        return
    if point_lat is not None and point_lon is not None:
        wanted |= overlay.place_fields(gazetteer.point_place(point_lat, point_lon, name=point_name))
    elif town.strip():
        place = gazetteer.resolve_town(town.strip())
        if place is None:
            st.error(f"No town called “{town.strip()}” in the gazetteer; pick a place from the list instead.")
            return
        wanted |= overlay.place_fields(place)
    elif picked != KEEP_PLACE:
        wanted |= overlay.place_fields(places[picked])
    _decide(store, drawn, row, reviewer, action="correct", facts=facts, wanted=wanted, reason=reason, effect=effect)


def _decide(
    store: Store,
    drawn: log.Version,
    row: pd.Series,
    reviewer: str,
    *,
    action: overlay.Action,
    facts: pd.DataFrame,
    effect: Effect,
    wanted: dict | None = None,
    reason: str = "",
) -> None:
    before = effect.figures()
    try:
        state = overlay.decide(
            store, drawn.key, action=action, reviewer=reviewer, current=row, wanted=wanted, reason=reason, seen=drawn
        )
    except ReviewConflict as err:
        # The form still holds what was typed over the old values: drawn again from the fact as it is.
        for name in [
            k for k in st.session_state if str(k).startswith("fix_") and str(k).endswith(f"_{row['fact_id']}")
        ]:
            del st.session_state[name]
        st.session_state["review_conflict"] = str(err)
        st.rerun()
    except DashboardError as err:
        show.error(err)
        return
    st.session_state[_BEFORE] = (row["fact_id"], state, before)
    st.session_state["review_flash"] = f"Fact {row['fact_id']}: {state}."
    st.session_state["review_next"] = overlay.next_unreviewed(facts, after=row["fact_id"]) or row["fact_id"]
    st.rerun()


def _history(store: Store, key: log.FactKey, row: pd.Series, *, effect: Effect) -> None:
    if flash := st.session_state.pop("review_flash", None):
        st.success(flash)
    if conflict := st.session_state.pop("review_conflict", None):
        show.error(conflict)
    if (before := st.session_state.pop(_BEFORE, None)) is not None:
        fact_id, state, figures = before
        if effect.figures() == figures:
            # A decision that moves no total says why, rather than leave the reviewer to wonder.
            show.info(f"The totals did not change: {effect.account(fact_id, state)}.")
    edits = log.history(store, key)
    if edits:
        with st.expander(f"History of this fact ({len(edits)} edits)"):
            st.dataframe(
                pd.DataFrame(
                    [
                        {
                            "when": e.at,
                            "who": e.reviewer,
                            "field": e.field,
                            "old": str(e.old),
                            "new": str(e.new),
                            "reason": e.reason,
                        }
                        for e in edits
                    ]
                ),
                hide_index=True,
                key="review_history",
            )


def _number(container, label: str, value: object, key: str) -> int | None:
    """An integer input that may be left empty (no figure), as the parser may leave it."""
    shown = None if pd.isna(value) else int(cast(float, value))
    return container.number_input(label, value=shown, min_value=0, step=1, key=key)


def _index(options: tuple[str, ...], value: str) -> int:
    return options.index(value) if value in options else len(options) - 1


def picker_labels(facts: pd.DataFrame) -> dict[str, str]:
    """Each fact as the picker lists it: what it counts, then its article and the start of its sentence."""
    counted = overlay.labels(facts)
    labels = {}
    for fact_id, title, outlet, published, quote in zip(
        facts["fact_id"], facts["title"], facts["outlet"], facts["published"], facts["quote"]
    ):
        article = ", ".join(str(v) for v in (title or outlet, str(published or "")[:10]) if v) or "no article named"
        sentence = " ".join(str(quote or "").split())
        if len(sentence) > _SENTENCE:
            sentence = sentence[: _SENTENCE - 1] + "…"
        labels[fact_id] = without_bidi_controls(f"{counted[fact_id]} · {article}: “{sentence}”")
    return labels
