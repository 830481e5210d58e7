"""Extracting facts from the command line imports no more than it needs: shapely and numpy are for
country outlines (the map, a point an analyst chose), not for reading articles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import contextlib, io, sys
from dashboard import cli
with contextlib.redirect_stdout(io.StringIO()):
    code = cli.main(["extract", sys.argv[1], "--format", "json"])
print(code, sorted(m for m in ("shapely", "numpy", "pandas") if m in sys.modules))
"""


def test_extract_leaves_shapely_numpy_and_pandas_unimported(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("About 300 Danish soldiers arrived in Latvia on Monday.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(article)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-2] == "0 []"
