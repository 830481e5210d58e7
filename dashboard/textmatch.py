"""Regular expressions for long word lists, built as a trie.

Python's ``re`` tries every branch of ``a|b|c|...`` at each position of the text; with hundreds of
place and force names that dominated the parser's time. A trie shares prefixes, so each position
tries about one branch per character. Spaces in a phrase match any run of white space.

A pattern that cannot match without one of a few words is cheaper still when a sentence without
any of them is not scanned at all: ``folded`` gives the text to look for them in.
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


def folded(text: str) -> str:
    """``text`` in lower case as a pattern compiled with IGNORECASE reads it, to test cheaply whether a
    word occurs: ``re`` also takes "ı" and "İ" (which lower-cases to "i" and a dot) for "i", "ſ" for "s"."""
    lower = text.lower()
    if lower.isascii():
        return lower
    return lower.replace("ı", "i").replace("ſ", "s").replace("i\u0307", "i")


def first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """Words, one of which is in the ``folded`` text of every match of ``phrases`` (as a folded
    ``trie_alternation`` matches them): each phrase's first word up to any apostrophe, which matches
    either way, leaving out words that hold another ("demanded" holds "demand")."""
    words = {re.split("['’]", phrase.split()[0].lower())[0] for phrase in phrases}
    return tuple(sorted(w for w in words if not any(other != w and other in w for other in words)))
