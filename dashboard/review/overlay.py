"""Analysts' decisions laid over the parser's facts, without Streamlit.

``apply`` matches each decision to its fact (by article, quote offsets, unit and place; see
``reviewlog.FactKey``), puts corrected values in the table and keeps the parser's reading beside them
as ``original_<column>``. A decision that matches no fact is returned as an orphan, never dropped.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

from dashboard.errors import ReviewError
from dashboard.places.gazetteer import Gazetteer, Place
from dashboard.review import log
from dashboard.review.log import Decision, FactKey
from dashboard.schema import (
    BOOL_COLUMNS,
    CORRECTABLE,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    MAX_REASON,
    ORDERED_PAIRS,
    REVIEW_COLUMNS,
    TRUSTED_STATES,
    pair_problem,
    value_problem,
)
from dashboard.store.articles import Store
from dashboard.util.htmltext import without_bidi_controls

Action = Literal["accept", "reject", "correct"]


@dataclass(frozen=True, slots=True)
class Orphan:
    decision: Decision
    reason: str


@dataclass(frozen=True, slots=True)
class Reviewed:
    """The facts with decisions applied; ``key`` gives the key a fact's decision is stored by."""

    facts: pd.DataFrame
    orphans: tuple[Orphan, ...]

    def key(self, fact_id: str) -> FactKey:
        # Made when asked rather than kept for every fact: Streamlit's cache pickles this object on
        # every rerun, and 10,000 keys took longer to pickle than the table itself.
        article = self.facts.loc[self.facts["fact_id"] == fact_id, "article_id"].iloc[0]
        same = self.facts[self.facts["article_id"] == article]
        as_read = same.assign(unit=same["original_unit"], place=same["original_place"])
        return fact_keys(as_read)[list(same["fact_id"]).index(fact_id)]


def fact_keys(df: pd.DataFrame) -> list[FactKey]:
    """Each row's key; ``occurrence`` tells apart facts of one sentence with the same unit and place."""
    seen: dict[tuple, int] = {}
    keys = []
    for row in zip(df["article_id"], df["quote_start"].tolist(), df["quote_end"].tolist(), df["unit"], df["place"]):
        seen[row] = seen.get(row, -1) + 1
        keys.append(FactKey(row[0], int(row[1]), int(row[2]), row[3], row[4], seen[row]))
    return keys


def apply(df: pd.DataFrame, decisions: Sequence[Decision]) -> Reviewed:
    keys = fact_keys(df)
    matched = _match(keys, decisions)
    out = df.copy()
    for column in CORRECTABLE:
        if column in out.columns:
            out[f"original_{column}"] = out[column]
    out["review_state"], out["reviewed_by"], out["reviewed_at"] = "unreviewed", "", ""
    for position, decision in matched.items():
        index = out.index[position]
        out.loc[index, ["review_state", "reviewed_by", "reviewed_at"]] = (
            decision.state,
            decision.reviewer,
            decision.updated_at,
        )
        for column, value in decision.corrections:
            if column in out.columns:
                out.loc[index, column] = _cell(column, value)
    used = {id(d) for d in matched.values()}
    present = set(df["article_id"])
    orphans = tuple(
        Orphan(
            d, "its sentence no longer yields this fact" if d.key.article_id in present else "its article is not loaded"
        )
        for d in decisions
        if id(d) not in used
    )
    return Reviewed(out, orphans)


def _match(keys: list[FactKey], decisions: Sequence[Decision]) -> dict[int, Decision]:
    """Row position -> decision: the same key first; then, within one quote, what a new parser read
    differently: the one leftover with the same place, else the same unit, else the only one left."""
    by_key = {d.key: d for d in decisions}
    matched = {i: by_key[k] for i, k in enumerate(keys) if k in by_key}
    used = {d.key for d in matched.values()}
    spans: dict[tuple[str, int, int], tuple[list[int], list[Decision]]] = {}
    for i, k in enumerate(keys):
        if i not in matched:
            spans.setdefault((k.article_id, k.quote_start, k.quote_end), ([], []))[0].append(i)
    for d in decisions:
        span = (d.key.article_id, d.key.quote_start, d.key.quote_end)
        if d.key not in used and span in spans:
            spans[span][1].append(d)
    for rows, left in spans.values():
        for same in (lambda k, d: k.place == d.key.place, lambda k, d: k.unit == d.key.unit, lambda k, d: True):
            for i in list(rows):
                fits = [d for d in left if same(keys[i], d)]
                if len(fits) == 1 and sum(same(keys[j], fits[0]) for j in rows) == 1:
                    matched[i] = fits[0]
                    rows.remove(i)
                    left.remove(fits[0])
    return matched


def _cell(column: str, value: Any) -> Any:
    if value is None:
        return (
            pd.NA
            if column in INT_COLUMNS
            else math.nan
            if column in FLOAT_COLUMNS
            else (False if column in BOOL_COLUMNS else "")
        )
    if column in INT_COLUMNS:
        return int(value)
    if column in FLOAT_COLUMNS:
        return float(value)
    return bool(value) if column in BOOL_COLUMNS else str(value)


def visible(df: pd.DataFrame, *, trusted_only: bool) -> pd.DataFrame:
    """What map, totals and exports show: never rejected facts; only accepted and corrected ones on request."""
    if trusted_only:
        return df[df["review_state"].isin(TRUSTED_STATES)]
    return df[df["review_state"] != "rejected"]


def next_unreviewed(df: pd.DataFrame, *, after: str | None = None) -> str | None:
    """The first unreviewed fact after ``after`` in table order, wrapping round; None when all are done."""
    ids = list(df["fact_id"])
    waiting = set(df.loc[df["review_state"] == "unreviewed", "fact_id"])
    start = ids.index(after) + 1 if after in ids else 0
    return next((f for f in ids[start:] + ids[:start] if f in waiting), None)


def changes(current: Mapping[str, Any], wanted: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Field -> (shown value, new value) for each field the analyst changed."""
    return {
        f: (_plain(current[f]), _plain(v)) for f, v in wanted.items() if f in CORRECTABLE and not _same(current[f], v)
    }


def place_fields(place: Place) -> dict[str, Any]:
    """The columns a place picked from the gazetteer sets."""
    return {
        "place": place.name,
        "resolved_place": place.name,
        "country_code": place.country_code,
        "country": place.country,
        "region": place.region,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.kind,
    }


def decide(
    store: Store,
    key: FactKey,
    *,
    action: Action,
    reviewer: str,
    current: Mapping[str, Any],
    wanted: Mapping[str, Any] | None = None,
    reason: str = "",
    seen: log.Version | None = None,
) -> str:
    """Record accept, reject or a correction of the fact shown as ``current``; returns its new state.
    ``seen`` is the version of the fact ``current`` shows (``log.version`` when it was drawn): the
    decision is refused if the fact has changed or gone since (see ``log.record``).

    A correction passes the checks the parser's output passes (``schema.value_problem``: counts whole,
    finite and plausible, a latitude and longitude on the globe, dates that are dates, text of a
    sensible length on one line) and its ranges run the right way; anything else is a ReviewError
    and nothing is recorded."""
    given = {f: _given(v) for f, v in (wanted or {}).items()} if action == "correct" else {}
    for column, value in given.items():
        if column in CORRECTABLE and (problem := value_problem(column, value)):
            raise ReviewError(f"{problem}; nothing was recorded")
    edits = changes(current, given)
    if action == "correct" and not edits:
        raise ReviewError("nothing was changed: edit a field, or accept the fact as it is")
    _check_pairs(current, edits)
    if len(reason) > MAX_REASON:
        raise ReviewError(f"the reason is {len(reason):,} characters long; the limit is {MAX_REASON:,}")
    if action == "reject":
        state = "rejected"
    elif action == "correct" or current.get("review_state") == "corrected":
        # Accepting a fact that carries corrections accepts it as corrected.
        state = "corrected"
    else:
        state = "accepted"
    log.record(store, key, state=state, reviewer=reviewer, changes=edits, reason=reason, seen=seen)
    return state


def _given(value: Any) -> Any:
    """A value from a form as a plain one; a float stays a float, so that NaN is refused, not read
    as "no value"."""
    if isinstance(value, float):
        return float(value)
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    return value.item() if hasattr(value, "item") else value


def _check_pairs(current: Mapping[str, Any], edits: Mapping[str, tuple[Any, Any]]) -> None:
    """A corrected range must run from low to high, and "from" come before "until"."""
    fact = {c: _plain(current[c]) for c in CORRECTABLE if c in current} | {f: new for f, (_, new) in edits.items()}
    for low, high in ORDERED_PAIRS:
        if (low in edits or high in edits) and (problem := pair_problem(fact, low, high)):
            raise ReviewError(f"{problem}; nothing was recorded")


def _plain(value: Any) -> Any:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _same(a: Any, b: Any) -> bool:
    a, b = _plain(a), _plain(b)
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(float(a), float(b))
    return a == b


def export_columns(df: pd.DataFrame) -> list[str]:
    """The table's columns then the review's, for downloads that say what was corrected."""
    return [c for c in df.columns if c not in REVIEW_COLUMNS] + [c for c in REVIEW_COLUMNS if c in df.columns]


def place_choices(gazetteer: Gazetteer) -> dict[str, Place]:
    """Places to pick by name: every country, region and curated base (towns are looked up by name)."""
    choices = {f"{c.name} (country)": gazetteer.country_place(code) for code, c in gazetteer.countries.items()}
    choices |= {f"{name} (region)": place for name, place in gazetteer.regions.items()}
    choices |= {f"{place.name} (base, {place.country_code})": place for place in gazetteer.bases.values()}
    return dict(sorted(choices.items(), key=lambda item: item[0].casefold()))


def labels(df: pd.DataFrame) -> dict[str, str]:
    """Each fact in one line, as the pickers list it, by fact_id (column-wise: pickers list a thousand).
    A bidirectional control in a force or place is shown as its code point (``[U+202E]``), as
    everywhere else: obeyed, it would reverse the rest of the label."""
    low, high = df["quantity_low"].astype("string"), df["quantity_high"].astype("string")
    count = (
        df["approx"].map({True: "~", False: ""})
        + df["quantity_low"].map(_thousands)
        + (high.ne(low) & high.notna()).map({True: "–", False: ""})
        + df["quantity_high"].map(_thousands).where(high.ne(low) & high.notna(), "")
    ).where(low.notna(), "")
    text = (
        "["
        + df["review_state"]
        + "] "
        + df["force"].replace("", "?")
        + ": "
        + count
        + " "
        + df["unit"]
        + ", "
        + df["place"].replace("", "no place")
        + " ("
        + df["status"]
        + ")"
    ).str.replace("  ", " ")
    return dict(zip(df["fact_id"], map(without_bidi_controls, text)))


def _thousands(value: Any) -> str:
    return "" if _plain(value) is None else f"{int(value):,}"


def differences(row: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """(field, the parser's reading, the value shown) for each corrected field of one fact."""
    return [
        (c, _plain(row[f"original_{c}"]), _plain(row[c]))
        for c in CORRECTABLE
        if f"original_{c}" in row and not _same(row[f"original_{c}"], row[c])
    ]


def notes(df: pd.DataFrame) -> list[str]:
    """Per fact, what review says about it in a line ("corrected by Ana; the parser read troops_low 1000"),
    empty for an unreviewed fact or a table without review columns."""
    lines = [""] * len(df)
    if "review_state" not in df.columns:
        return lines
    # Most facts are unreviewed: only the reviewed rows are read one by one.
    reviewed = (df["review_state"] != "unreviewed").to_numpy().nonzero()[0]
    for position, row in zip(reviewed, df.iloc[reviewed].to_dict(orient="records")):
        read = "; ".join(
            f"{f} {'empty' if o is None else o}" for f, o, _ in differences(row) if f not in ("lat", "lon")
        )
        lines[position] = f"{row['review_state']} by {row['reviewed_by']}" + (
            f"; the parser read {read}" if read else ""
        )
    return lines
