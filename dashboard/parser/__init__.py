"""The parser: article text to deployment facts, in stages a reader can follow.

``text`` (visible characters, sentences with exact offsets) -> ``numbers`` and ``mentions`` (units
and their counts) -> ``places`` (named places and their roles) -> ``story`` (what earlier sentences
established: focus, last region, last force) -> ``attributes`` (status, force) and ``timing`` (when)
-> ``facts`` (one row per mention and place). Word lists live in ``lexicon``.
"""

from dashboard.parser.facts import extract

__all__ = ["extract"]
