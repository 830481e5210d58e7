"""A corpus of real-style text: the 80 development passages (official reports retold and reports in the
genres of real coverage, ``tests/corpus/dev.json``, the parser's development set), repeated.

Copy ``i`` of a passage carries a unique reference after every sentence, so its quotes (and its
content hash) differ from every other copy's, as distinct articles' would; its header gives a
title, outlet and a date spread over four years. ``python -m benchmarks.realtext N DIR`` writes N files.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from functools import cache
from pathlib import Path

PASSAGES = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev.json"
_SENTENCE_END = re.compile(r"(?<=[a-z0-9])\.(?=\s)")


@cache
def passages() -> tuple[dict, ...]:
    return tuple(json.loads(PASSAGES.read_text(encoding="utf-8")))


def article(index: int) -> str:
    passage = passages()[index % len(passages())]
    copy = index // len(passages())
    published = date(2022, 1, 1) + timedelta(days=(index * 37) % 1460)
    header = (
        f"title: {passage['source_title']} (copy {copy})\n"
        f"url: {passage['source_address'] or 'https://example.org/' + passage['id']}#{index}\n"
        f"published: {published.isoformat()}\n"
        f"outlet: {passage['outlet'][:60]}\n\n"
    )
    return header + _SENTENCE_END.sub(f" (ref {index}).", passage["text"]) + "\n"


def write(count: int, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = directory / f"real_{index:06d}.txt"
        path.write_text(article(index), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    write(int(sys.argv[1]), Path(sys.argv[2]))
