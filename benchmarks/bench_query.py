"""The query engine at 1k/10k/100k real-text articles: SQLite (what the app uses) beside DuckDB on
the same facts, for the questions every rerun asks. ``python -m benchmarks.bench_query 1000 10000``
(stores from `bench_scale`, made if missing). DuckDB gets an in-memory copy of the facts table
(its SQLite reader is an extension it would download); the copy's load time and size are printed.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from datetime import date

from benchmarks.bench_scale import store_of
from benchmarks.report import best_of
from dashboard.analysis import posture, query
from dashboard.analysis.filters import Filters
from dashboard.places import gazetteer, sides
from dashboard.store import shipped

GROUPED = (
    "SELECT round(lat, 3), round(lon, 3), country_code, region, precision, status, unit, troops_derived, "
    "COUNT(*), SUM(COALESCE(troops_low, 0)), SUM(COALESCE(troops_high, 0)), MIN(place) FROM facts {where} "
    "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
)


def sqlite_figures(n: int) -> dict[str, float]:
    store = store_of(n)
    gaz = gazetteer.load()
    start = time.perf_counter()
    engine = query.Engine(store, shipped.all_facts(None))
    opened = time.perf_counter() - start
    members = {r: gaz.region_members(r) for r in engine.regions()}
    estonia = Filters(countries=("EE",))
    today = date.today()
    known = sides.load(gaz)
    figures = {
        "open (indexes exist)": opened,
        "summary, no filter": best_of(lambda: engine.summary(Filters(), members, states=query.SHOWN)),
        "summary, Estonia": best_of(lambda: engine.summary(estonia, members, states=query.SHOWN)),
        "options": best_of(lambda: engine.options(members)),
        "table page 1": best_of(lambda: engine.rows(Filters(), members, limit=500, states=query.SHOWN)),
        "last table page": best_of(
            lambda: engine.rows(
                Filters(),
                members,
                states=query.SHOWN,
                limit=500,
                offset=engine.count(Filters(), members, states=query.SHOWN) - 500,
            )
        ),
        "posture, no filter": best_of(
            lambda: engine.posture(Filters(), members, states=query.SHOWN, on=today, sides=known)
        ),
        "posture, Estonia": best_of(
            lambda: engine.posture(estonia, members, states=query.SHOWN, on=today, sides=known)
        ),
        "change over time, Estonia": best_of(
            lambda: posture.timeline(
                judged := engine.judged(estonia, members, states=query.SHOWN, sides=known),
                posture.months(*(judged.span() or (today, today))),
            )
        ),
        "to review, Estonia": best_of(lambda: engine.count(estonia, members, states=query.WAITING)),
        "facts": engine.count(Filters(), members, states=query.SHOWN),
    }
    engine.close()
    return figures


def duckdb_figures(n: int) -> dict[str, float]:
    import duckdb
    import pandas as pd

    with sqlite3.connect(store_of(n)) as db:
        start = time.perf_counter()
        df = pd.read_sql_query("SELECT * FROM facts", db)
    con = duckdb.connect()
    con.register("source", df)
    con.execute("CREATE TABLE facts AS SELECT * FROM source")
    con.unregister("source")
    loaded = time.perf_counter() - start
    del df
    return {
        "load a copy": loaded,
        "summary, no filter": best_of(lambda: con.execute(GROUPED.format(where="")).fetchall()),
        "summary, Estonia": best_of(
            lambda: con.execute(
                GROUPED.format(
                    where="WHERE country_code = 'EE' OR (country_code = '' AND region IN ('Baltic states', "
                    "'Baltic states and Poland', 'eastern flank'))"
                )
            ).fetchall()
        ),
    }


if __name__ == "__main__":
    for size in map(int, sys.argv[1:] or ["1000", "10000"]):
        ours, duck = sqlite_figures(size), duckdb_figures(size)
        print(f"\n{size:,} articles, {ours.pop('facts'):,} facts")
        print("| question | SQLite (the app) | DuckDB (in-memory copy) |\n| --- | ---: | ---: |")
        for name in dict.fromkeys([*ours, *duck]):
            cells = [f"{d[name] * 1000:,.1f} ms" if name in d else "n/a" for d in (ours, duck)]
            print(f"| {name} | {cells[0]} | {cells[1]} |")
