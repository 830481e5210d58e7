"""Scenario 2: `ingest` of N generated articles into a fresh SQLite store; again (a no-op); in parallel."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import write
from benchmarks.report import Row

ROOT = Path(__file__).resolve().parent.parent


def ingest_seconds(corpus: Path, store: Path, *, workers: int) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(corpus), "--store", str(store), "--workers", str(workers)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def run(n: int = 1000) -> tuple[list[Row], dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write(n, corpus)
        one = ingest_seconds(corpus, Path(tmp) / "one.sqlite", workers=1)
        again = ingest_seconds(corpus, Path(tmp) / "one.sqlite", workers=1)
        two = ingest_seconds(corpus, Path(tmp) / "two.sqlite", workers=2)
    rows = [
        Row(
            f"ingest {n:,} articles, 2 workers vs 1",
            two,
            one,
            "s (1 worker as baseline)",
            "< 5 s",
            higher_is_better=False,
        ),
        Row(
            f"ingest {n:,} again (no-op) vs first time",
            again,
            one,
            "s (first ingest as baseline)",
            "fast no-op",
            higher_is_better=False,
        ),
    ]
    return rows, {"ingest_1_worker": one, "ingest_2_workers": two, "ingest_again": again}


if __name__ == "__main__":
    from benchmarks.report import print_table

    print_table("Scenario 2: ingest", run()[0])
