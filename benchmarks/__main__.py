"""``python -m benchmarks``: every scenario, each printed beside its baseline."""
from benchmarks import bench_extract
from benchmarks.report import print_table

print_table("Scenario 1: extraction and gazetteer", bench_extract.run())
