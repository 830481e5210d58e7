"""Timing helpers and the side-by-side table every benchmark prints."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    scenario: str
    ours: float
    baseline: float
    unit: str
    target: str
    higher_is_better: bool

    @property
    def ratio(self) -> float:
        if not self.baseline or not self.ours:
            return float("nan")
        return self.ours / self.baseline if self.higher_is_better else self.baseline / self.ours


def best_of(fn: Callable[[], object], *, repeat: int = 3) -> float:
    """Best wall time of ``repeat`` runs: the least disturbed by a noisy machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def subprocess_seconds(code: str, *, repeat: int = 5) -> float:
    """Median of a fresh interpreter's own measurement (printed as its last line)."""
    values = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        values.append(float(out.strip().splitlines()[-1]))
    return statistics.median(values)


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n## {title}\n")
    print("| scenario | ours | baseline | unit | ours vs baseline | target |")
    print("| --- | ---: | ---: | --- | ---: | --- |")
    for row in rows:
        print(
            f"| {row.scenario} | {row.ours:,.3f} | {row.baseline:,.3f} | {row.unit} | {row.ratio:,.1f}x | "
            f"{row.target} |"
        )
