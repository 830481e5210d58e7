"""Claims beside official figures, and claims beside each other.

Every row keeps the claim's quote and date and the reference's date and source; nothing is
averaged and no claim is dropped for disagreeing. A link the tool infers (an unnamed set of
countries matched to reference rows) says so in ``basis``.

Like is set against like: a claim about the whole battlegroup gets its difference from the
reference's battlegroup total; a national contingent is compared only with a national reference
figure for the same nation (a reference row with a ``contributor``), and where there is none the row
says so and sets no figure against it: 10,000 US troops in Poland are not 8,967 more than a
1,033-strong battlegroup, and a 21-soldier advance team is not 1,611 short of one. Every row carries
the reference's date (``reference_as_of``, also in its words); a claim dated a year or more from it
says so.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

import pandas as pd

from dashboard.analysis.reference import ReferenceRow
from dashboard.places.sides import formation

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
    "reference_is",
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
# Forces whose troops figure is the battlegroup's own: NATO's (whoever leads it), or no force named.
WHOLE_BATTLEGROUP_FORCES = ("NATO", "")
NO_NATIONAL_FIGURE = "no national reference figure"


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
    # A nation's contribution to a host's battlegroup, where a reference file gives one.
    national = {(r.host_code, r.contributor): r for r in reference if r.contributor}
    reference = [r for r in reference if not r.contributor and (hosts is None or r.host_code in hosts)]
    region_members = [
        members.get(region, ()) if not code else () for code, region in zip(df["country_code"], df["region"])
    ]
    for ref in reference:
        named = df[df["country_code"] == ref.host_code]
        for fact in named.to_dict(orient="records"):
            rows.append(_row(fact, ref, "named in the article", with_difference=True, national=national))
        covering = df[[ref.host_code in codes for codes in region_members]]
        for fact in covering.to_dict(orient="records"):
            basis = links.get((fact["fact_id"], ref.host_code)) or f"region fact: {fact['region']} (whole region)"
            rows.append(_row(fact, ref, basis, with_difference=basis.startswith(TOOL_LINK), national=national))
    # A whole number, or none where no like figure exists (never a float "1887.0" in a download).
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype({"reference_troops": "Int64"})


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


def _row(
    fact: dict,
    ref: ReferenceRow,
    basis: str,
    *,
    with_difference: bool,
    national: Mapping[tuple[str, str], ReferenceRow],
) -> dict:
    low, high = fact["troops_low"], fact["troops_high"]
    per_host = with_difference and basis.startswith(TOOL_LINK)
    if per_host and not pd.isna(low) and not pd.isna(fact["quantity_low"]) and fact["quantity_low"]:
        # The claim covers several hosts; compare one host's share of it.
        low, high = low / fact["quantity_low"], high / fact["quantity_high"]
    kind = _kind(fact) if with_difference else "region-wide"
    if kind == "national contingent":
        # Only a national figure for the same nation is like a national contingent.
        against = national.get((ref.host_code, fact["force"]))
    else:
        against = ref if kind == "whole battlegroup" else None
    known = not pd.isna(low)
    difference = against is not None and known
    shown = against or ref
    return {
        "host_code": ref.host_code,
        "host_country": ref.host_country,
        "basis": basis,
        **{k: fact[k] for k in _FACT_FIELDS},
        "reference_is": against.what if against else NO_NATIONAL_FIGURE if kind == "national contingent" else "",
        "reference_troops": against.troops if against else None,
        "reference_lead": ref.framework_nation,
        "reference_base": ref.main_base,
        "reference_as_of": shown.as_of,
        "reference_source": f"{shown.source_title} {shown.source_url}".strip(),
        "difference_low": int(low) - against.troops if difference and against else None,
        "difference_high": int(high) - against.troops if difference and against else None,
        "comparison": kind,
        "versus_nato": _versus(kind, fact["force"], (int(low), int(high)) if known else None, ref, against),
        "date_note": _date_note(fact, shown),
    }


def _kind(fact: dict) -> str:
    whole = formation(fact["force"]) in WHOLE_BATTLEGROUP_FORCES
    if fact["unit"] == "battlegroups" or (fact["unit"] == "troops" and whole):
        return "whole battlegroup"
    return "part of a battlegroup" if whole else "national contingent"


def _versus(
    kind: str, force: str, troops: tuple[int, int] | None, ref: ReferenceRow, against: ReferenceRow | None
) -> str:
    """The comparison in words, always with the reference's date."""
    where = ref.host_country
    if troops is None:
        return f"no troop figure to compare (reference as of {ref.as_of})"
    figure = f"{troops[0]:,}" if troops[0] == troops[1] else f"{troops[0]:,}–{troops[1]:,}"
    name = force or "unnamed force"
    if against is not None:
        low, high = (t - against.troops for t in troops)
        gap = f"{low:+,}" if low == high else f"{low:+,} to {high:+,}"
        whose = "" if kind == "whole battlegroup" else f"{name} "
        return (
            f"{whose}{figure} against NATO's {against.what} of {against.troops:,} in {where} "
            f"(as of {against.as_of}): {gap}"
        )
    if kind == "national contingent":
        return (
            f"{name} {figure}: {NO_NATIONAL_FIGURE} for {name} in {where}; the reference of {ref.as_of} "
            f"gives the battlegroup's total, which a national contingent is not compared with"
        )
    if kind == "region-wide":
        return f"{figure} across the region; not compared with the {where} battlegroup's total (as of {ref.as_of})"
    return f"{name} {figure}, a part of the battlegroup; not compared with its total (as of {ref.as_of})"


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
