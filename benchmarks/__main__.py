"""``python -m benchmarks``: every scenario, each printed beside its baseline, then the growth table."""

import platform
import subprocess
import sys
import time

from benchmarks import bench_app, bench_extract, bench_ingest, bench_map
from benchmarks.report import print_table

started = time.perf_counter()
print(f"machine: {platform.platform()}, Python {platform.python_version()}, {__import__('os').cpu_count()} cores")
print_table("Scenario 1: extraction and gazetteer", bench_extract.run())
print_table("Scenario 2: ingest", bench_ingest.run(1000)[0])
print_table("Scenario 3: the map", bench_map.run(1000)[0])
print_table("Scenario 4: the app in headless Chromium", bench_app.run(1000)[0])
# In a fresh process, so its peak memory is not what the scenarios above left behind.
subprocess.run([sys.executable, "-m", "benchmarks.growth"], check=True)
print(f"\nall scenarios in {time.perf_counter() - started:.0f} s")
