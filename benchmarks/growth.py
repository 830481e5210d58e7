"""Scenario 5: how each cost grows with the number of articles (N = 100, 1,000, 10,000).

Each row gives the time and the peak memory at each N, and the growth exponent between 1,000 and
10,000 articles (1.0 is linear; above about 1.2 would be worse than linear).
"""

from __future__ import annotations

import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import article, write
from dashboard.exports import tables
from dashboard.maps import mapview
from dashboard.parser import extract
from dashboard.places import gazetteer
from dashboard.sources import article as articles
from dashboard.store.shipped import region_members

ROOT = Path(__file__).resolve().parent.parent
SIZES = (100, 1000, 10000)
# The ingest command in a fresh process that reports its own peak memory and its workers'.
# Linux carries a forked process's peak RSS across exec, so the peak is reset first.
INGEST = """
import resource, sys
from pathlib import Path
Path("/proc/self/clear_refs").write_text("5")
from dashboard.cli import main
main(["ingest", sys.argv[1], "--store", sys.argv[2], "--workers", "2"])
own = next(int(l.split()[1]) for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM:"))
print(max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)
"""


def _reset_peak() -> None:
    """Linux resets the process's peak RSS (VmHWM) when 5 is written to clear_refs."""
    Path("/proc/self/clear_refs").write_text("5")


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def exponent(small: float, large: float, factor: float = 10) -> float:
    return math.log(large / small) / math.log(factor) if small > 0 and large > 0 else float("nan")


def run() -> list[tuple[str, dict[int, tuple[float, float]]]]:
    gaz = gazetteer.load()
    extraction: dict[int, tuple[float, float]] = {}
    mapping: dict[int, tuple[float, float]] = {}
    ingesting: dict[int, tuple[float, float]] = {}
    for n in SIZES:
        texts = [article(i) for i in range(n)]
        _reset_peak()
        start = time.perf_counter()
        facts = [f for t in texts for f in extract(articles.from_text(t), gaz)]
        extraction[n] = (time.perf_counter() - start, _peak_mb())
        df = tables.frame(facts)
        del facts
        _reset_peak()
        start = time.perf_counter()
        mapview.map_parts(
            df, outline=gaz.outline, members=region_members(df, gaz), tiles=None
        ).whole().get_root().render()
        mapping[n] = (time.perf_counter() - start, _peak_mb())
        with tempfile.TemporaryDirectory() as tmp:
            write(n, Path(tmp) / "corpus")
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", INGEST, str(Path(tmp) / "corpus"), str(Path(tmp) / "store.sqlite")],
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            ingesting[n] = (time.perf_counter() - start, float(out.strip().splitlines()[-1]))
    return [
        ("extraction + offline geocoding (1 core)", extraction),
        ("map build + HTML", mapping),
        ("ingest into SQLite (2 workers)", ingesting),
    ]


def print_growth(rows: list[tuple[str, dict[int, tuple[float, float]]]]) -> None:
    print("\n## Scenario 5: growth with the number of articles (about 10 facts each)\n")
    print("| scenario | " + " | ".join(f"N={n:,}: time, peak memory" for n in SIZES) + " | exponent 1k→10k |")
    print("| --- | " + " | ".join("---:" for _ in SIZES) + " | ---: |")
    for name, values in rows:
        cells = " | ".join(f"{values[n][0]:.2f} s, {values[n][1]:.0f} MB" for n in SIZES)
        print(f"| {name} | {cells} | {exponent(values[1000][0], values[10000][0]):.2f} |")


if __name__ == "__main__":
    print_growth(run())
