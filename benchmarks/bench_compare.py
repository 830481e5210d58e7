"""`compare._tool_links` at growing numbers of real-text articles, beside the quadratic version it
replaced (kept here as the baseline): the time per call and the growth exponent.

The facts of the 40 passages are extracted once and copied under new article and fact ids, so the
sizes are cheap to make; each copy's links are its passage's.
"""

from __future__ import annotations

import time

import pandas as pd

from benchmarks.growth import exponent
from benchmarks.realtext import article, passages
from dashboard.analysis import compare, reference
from dashboard.exports import tables
from dashboard.parser import extract
from dashboard.places import gazetteer
from dashboard.sources import article as articles
from dashboard.store.shipped import region_members

SIZES = (1000, 2000, 4000, 8000)


def quadratic_tool_links(df, ref_rows, members):
    """The version before issue 11: one scan of the whole table per region claim."""
    hosts = {r.host_code for r in ref_rows}
    links = {}
    claims = df[(df["country_code"] == "") & (df["unit"] == "battlegroups") & df["quantity_low"].notna()]
    for fact in claims.to_dict(orient="records"):
        reported = set(df.loc[(df["article_id"] == fact["article_id"]) & (df["country_code"] != ""), "country_code"])
        candidates = sorted(set(members.get(fact["region"], ())) & hosts - reported)
        if candidates and len(candidates) == fact["quantity_low"] == fact["quantity_high"]:
            for code in candidates:
                links[(fact["fact_id"], code)] = code
    return links


def facts_of(n: int, base: pd.DataFrame) -> pd.DataFrame:
    copies = []
    for copy in range(-(-n // len(passages()))):
        copies.append(base.assign(article_id=base["article_id"] + f"-{copy}", fact_id=base["fact_id"] + f"-{copy}"))
    df = pd.concat(copies, ignore_index=True)
    return df[df["article_id"].isin(df["article_id"].unique()[:n])]


def seconds(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run() -> dict[int, tuple[float, float, int]]:
    gaz = gazetteer.load()
    base = tables.frame(f for i in range(len(passages())) for f in extract(articles.from_text(article(i)), gaz))
    rows = reference.load(gaz).rows
    results = {}
    for n in SIZES:
        df = facts_of(n, base)
        members = region_members(df, gaz)
        assert set(compare._tool_links(df, rows, members)) == set(quadratic_tool_links(df, rows, members))
        results[n] = (
            seconds(lambda df=df, members=members: compare._tool_links(df, rows, members)),
            seconds(lambda df=df, members=members: quadratic_tool_links(df, rows, members)),
            len(df),
        )
    return results


def print_results(results: dict[int, tuple[float, float, int]]) -> None:
    print("\n## compare._tool_links at growing sizes (real text)\n")
    print("| articles (facts) | linear (ours) | quadratic (before) | before / ours |")
    print("| ---: | ---: | ---: | ---: |")
    for n, (ours, before, facts) in results.items():
        print(f"| {n:,} ({facts:,}) | {ours * 1000:.1f} ms | {before * 1000:.1f} ms | {before / ours:.0f}x |")
    first, last = SIZES[0], SIZES[-1]
    factor = last / first
    print(
        f"\ngrowth exponent {first:,}→{last:,}: ours {exponent(results[first][0], results[last][0], factor):.2f}, "
        f"before {exponent(results[first][1], results[last][1], factor):.2f}"
    )


if __name__ == "__main__":
    print_results(run())
