"""Regular expressions for long word lists, built as a trie.

Python's ``re`` tries every branch of ``a|b|c|...`` at each position of the text; with hundreds of
place and force names that dominated the parser's time. A trie shares prefixes, so each position
tries about one branch per character. Spaces in a phrase match any run of white space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_alternation(phrases: Iterable[str], *, fold_case: bool = False) -> str:
    """A regex (no groups) matching any of ``phrases``, longest first at each position."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for char in phrase.lower() if fold_case else phrase:
            node = node.setdefault(" " if char.isspace() else char, {})
        node[_END] = {}
    return _pattern(root)


def _char_pattern(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char in "'’":
        # Real text writes the apostrophe both ways: "Ukraine's" and "Ukraine’s" are one name.
        return "['’]"
    return re.escape(char)


def _pattern(node: dict) -> str:
    branches = [_char_pattern(char) + _pattern(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
    return body
