"""Ingest of N real-text articles: one process, `--workers 2`, and a Dask `LocalCluster` of 2 workers
(`--scheduler local`), each a fresh `python -m dashboard ingest` into a fresh store, and the no-op
second run of the cluster ingest. Every figure includes starting Python (and the cluster)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.realtext import write
from benchmarks.report import Row

ROOT = Path(__file__).resolve().parent.parent


def ingest_seconds(corpus: Path, store: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(corpus), "--store", str(store), *extra],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def run(n: int = 1000) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write(n, corpus)
        one = ingest_seconds(corpus, Path(tmp) / "one.sqlite", "--workers", "1")
        pool = ingest_seconds(corpus, Path(tmp) / "pool.sqlite", "--workers", "2")
        dask = ingest_seconds(corpus, Path(tmp) / "dask.sqlite", "--scheduler", "local", "--workers", "2")
        again = ingest_seconds(corpus, Path(tmp) / "dask.sqlite", "--scheduler", "local", "--workers", "2")
    return [
        Row(
            f"ingest {n:,} real articles, --workers 2 vs 1",
            pool,
            one,
            "s (1 worker as baseline)",
            "faster",
            higher_is_better=False,
        ),
        Row(
            f"ingest {n:,} real articles, Dask LocalCluster of 2 vs --workers 2",
            dask,
            pool,
            "s (--workers 2 as baseline)",
            "near --workers",
            higher_is_better=False,
        ),
        Row(
            f"ingest {n:,} again on the cluster (no-op) vs first time",
            again,
            dask,
            "s (first as baseline)",
            "fast no-op",
            higher_is_better=False,
        ),
    ]


if __name__ == "__main__":
    from benchmarks.report import print_table

    for size in map(int, sys.argv[1:] or ["1000"]):
        print_table(f"Ingest of {size:,} real-text articles: processes and a Dask cluster", run(size))
