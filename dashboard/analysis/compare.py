"""Claims beside official figures, and claims beside each other.

Every row keeps the claim's quote and date and the reference's date and source; nothing is
averaged and no claim is dropped for disagreeing. A link the tool infers (an unnamed set of
countries matched to reference rows) says so in ``basis``.

Like is set against like: only a claim about the whole battlegroup gets a difference from NATO's
figure; a national contingent is a share of it ("US 700–800 of NATO's 1,148 in Romania"), since a
21-soldier advance team is not 1,611 soldiers short of a battlegroup. A claim dated a year or more
from the reference's ``as_of`` says so.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

import pandas as pd

from dashboard.analysis.reference import ReferenceRow

# The fact's own columns a comparison row carries, between the host and NATO's figure.
_FACT_FIELDS = (
    "article_id",
    "outlet",
    "published",
    "force",
    "unit",
    "quantity_low",
    "quantity_high",
    "troops_low",
    "troops_high",
    "troops_derived",
    "status",
    "place",
    "precision",
    "quote",
)
COLUMNS = (
    "host_code",
    "host_country",
    "basis",
    *_FACT_FIELDS,
    "reference_troops",
    "reference_lead",
    "reference_base",
    "reference_as_of",
    "reference_source",
    "difference_low",
    "difference_high",
    "comparison",
    "versus_nato",
    "date_note",
)
TOOL_LINK = "link made by the tool"
WHOLE_BATTLEGROUP_FORCES = ("NATO", "")


def comparison(
    df: pd.DataFrame,
    reference: list[ReferenceRow],
    members: Mapping[str, tuple[str, ...]],
    *,
    hosts: Collection[str] | None = None,
) -> pd.DataFrame:
    """For each reference host country (or those in ``hosts``): the claims about it, with the
    difference where it is meaningful."""
    rows = []
    links = _tool_links(df, reference, members)
    reference = [r for r in reference if hosts is None or r.host_code in hosts]
    region_members = [
        members.get(region, ()) if not code else () for code, region in zip(df["country_code"], df["region"])
    ]
    for ref in reference:
        named = df[df["country_code"] == ref.host_code]
        for fact in named.to_dict(orient="records"):
            rows.append(_row(fact, ref, "named in the article", with_difference=True))
        covering = df[[ref.host_code in codes for codes in region_members]]
        for fact in covering.to_dict(orient="records"):
            basis = links.get((fact["fact_id"], ref.host_code)) or f"region fact: {fact['region']} (whole region)"
            rows.append(_row(fact, ref, basis, with_difference=basis.startswith(TOOL_LINK)))
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _tool_links(
    df: pd.DataFrame, reference: list[ReferenceRow], members: Mapping[str, tuple[str, ...]]
) -> dict[tuple[str, str], str]:
    """ "Four new battlegroups ... to Eastern European states": the hosts of the region that the same
    article does not already report, when their number is the number of battlegroups claimed."""
    hosts = {r.host_code for r in reference}
    links: dict[tuple[str, str], str] = {}
    claims = df[(df["country_code"] == "") & (df["unit"] == "battlegroups") & df["quantity_low"].notna()]
    if claims.empty:
        return links
    # The countries each article reports, gathered in one pass: looking them up per claim was quadratic.
    named = df[(df["country_code"] != "") & df["article_id"].isin(set(claims["article_id"]))]
    reported_by: dict[str, set[str]] = {}
    for article_id, code in zip(named["article_id"], named["country_code"]):
        reported_by.setdefault(article_id, set()).add(code)
    for fact in claims.to_dict(orient="records"):
        reported = reported_by.get(fact["article_id"], set())
        candidates = sorted(set(members.get(fact["region"], ())) & hosts - reported)
        if candidates and len(candidates) == fact["quantity_low"] == fact["quantity_high"]:
            for code in candidates:
                links[(fact["fact_id"], code)] = (
                    f"{TOOL_LINK}: {len(candidates)} battlegroups in {fact['region']} matched to the hosts "
                    f"the article does not already report ({', '.join(candidates)}); not stated by the article"
                )
    return links


def _row(fact: dict, ref: ReferenceRow, basis: str, *, with_difference: bool) -> dict:
    low, high = fact["troops_low"], fact["troops_high"]
    per_host = with_difference and basis.startswith(TOOL_LINK)
    if per_host and not pd.isna(low) and not pd.isna(fact["quantity_low"]) and fact["quantity_low"]:
        # The claim covers several hosts; compare one host's share of it.
        low, high = low / fact["quantity_low"], high / fact["quantity_high"]
    kind = _kind(fact) if with_difference else "region-wide"
    known = not pd.isna(low)
    difference = kind == "whole battlegroup" and known
    return {
        "host_code": ref.host_code,
        "host_country": ref.host_country,
        "basis": basis,
        **{k: fact[k] for k in _FACT_FIELDS},
        "reference_troops": ref.troops,
        "reference_lead": ref.framework_nation,
        "reference_base": ref.main_base,
        "reference_as_of": ref.as_of,
        "reference_source": f"{ref.source_title} {ref.source_url}".strip(),
        "difference_low": int(low) - ref.troops if difference else None,
        "difference_high": int(high) - ref.troops if difference else None,
        "comparison": kind,
        "versus_nato": _versus(kind, fact["force"], (int(low), int(high)) if known else None, ref),
        "date_note": _date_note(fact, ref),
    }


def _kind(fact: dict) -> str:
    if fact["unit"] == "battlegroups" or (fact["unit"] == "troops" and fact["force"] in WHOLE_BATTLEGROUP_FORCES):
        return "whole battlegroup"
    return "national contingent" if fact["force"] not in WHOLE_BATTLEGROUP_FORCES else "part of a battlegroup"


def _versus(kind: str, force: str, troops: tuple[int, int] | None, ref: ReferenceRow) -> str:
    if troops is None:
        return "no troop figure to compare"
    figure = f"{troops[0]:,}" if troops[0] == troops[1] else f"{troops[0]:,}–{troops[1]:,}"
    if kind == "whole battlegroup":
        low, high = (t - ref.troops for t in troops)
        gap = f"{low:+,}" if low == high else f"{low:+,} to {high:+,}"
        return f"{figure} against NATO's {ref.troops:,} in {ref.host_country}: {gap}"
    if kind == "region-wide":
        return f"{figure} across the region; NATO's {ref.host_country} figure is {ref.troops:,}"
    return f"{force or 'unnamed force'} {figure} of NATO's {ref.troops:,} in {ref.host_country}"


def _date_note(fact: dict, ref: ReferenceRow) -> str:
    """Says so when the claim is dated a year or more from the reference (its own date, else its article's)."""
    own = next((fact[c] for c in ("when_start", "when_end", "published") if fact.get(c)), "")
    try:
        claimed, as_of = date.fromisoformat(str(own)[:10]), date.fromisoformat(ref.as_of)
    except ValueError:
        return ""
    years = abs(claimed - as_of).days // 365
    if not years:
        return ""
    side = "after" if claimed > as_of else "before"
    return f"claim dated {claimed}, {years} year{'s' if years > 1 else ''} {side} NATO's figure of {ref.as_of}"


# What a row of disagreeing figures shows: where, then the fact's columns that tell the figures apart.
DISAGREEMENT_COLUMNS = (
    "where",
    "unit",
    "status",
    "published",
    "outlet",
    "force",
    "quantity_low",
    "quantity_high",
    "troops_low",
    "troops_high",
    "troops_derived",
    "place",
    "quote",
    "article_id",
)


def disagreements(df: pd.DataFrame) -> pd.DataFrame:
    """Facts about the same place, unit and status from more than one article with different figures."""
    keyed = df.assign(where=df["country_code"].where(df["country_code"] != "", df["region"]))
    keyed = keyed[keyed["where"] != ""]
    figures = keyed["troops_low"].astype("string").fillna("") + "/" + keyed["quantity_low"].astype("string").fillna("")
    keyed = keyed.assign(figure=figures)
    groups = keyed.groupby(["where", "unit", "status"])
    differing = groups.filter(lambda g: g["article_id"].nunique() > 1 and g["figure"].nunique() > 1)
    columns = list(DISAGREEMENT_COLUMNS)
    return differing.sort_values(["where", "unit", "status", "published"])[columns].reset_index(drop=True)
