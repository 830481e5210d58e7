"""Regular expressions for long word lists, built as a trie.

Python's ``re`` tries every branch of ``a|b|c|...`` at each position of the text; with hundreds of
place and force names that dominated the parser's time. A trie shares prefixes, so each position
tries about one branch per character. Spaces in a phrase match any run of white space.

Case-blind matching is slow in ``re``: it compares every character through its lower case. A
pattern whose letters are all lower-case ASCII finds the same matches, at the same offsets, without
IGNORECASE in the ``folded`` text as with IGNORECASE in the text, about twice as fast. The folded
text also tells cheaply whether a word occurs, before a pattern that needs it is tried at all.
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
    """``text`` in lower case as ``re`` with IGNORECASE reads it, character for character: beside
    ``str.lower()``, "İ" is "i" (not "i" and a combining dot), and re takes "ı" for "i" and "ſ" for "s"."""
    lower = text.lower()
    if lower.isascii():
        return lower
    return text.replace("İ", "i").lower().replace("ı", "i").replace("ſ", "s")


# Kept as written in a folded copy: escapes, whose letters are no literal text ("\\W" is not "\\w"), and
# the names of groups. Refused: a character given by its code, a case-blind part switched off, a test of a group.
_KEPT = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", re.DOTALL)
_NOT_FOLDABLE = re.compile(r"\\[xuUN0]|\(\?-i|\(\?\(")


def for_folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-blind ``pattern`` for the ``folded`` text: its letters in lower case, without IGNORECASE.

    It finds the same matches, and groups, at the same offsets in ``folded(text)`` as
    ``pattern`` in ``text``, about twice as fast: a rule stays written as it reads, and the places
    that try it on every sentence use this copy. Only a pattern whose letters are all ASCII folds so
    simply (its other characters, "’" or "—", have no case); any other is refused."""
    source = pattern.pattern
    cased = any(not char.isascii() and (char.isalpha() or char.lower() != char.upper()) for char in source)
    if not pattern.flags & re.IGNORECASE or cased or _NOT_FOLDABLE.search(source):
        raise ValueError(f"not a case-blind pattern of ASCII letters: {source[:60]!r}")
    pieces, at = [], 0
    for kept in _KEPT.finditer(source):
        pieces += [source[at : kept.start()].lower(), kept.group(0)]
        at = kept.end()
    pieces.append(source[at:].lower())
    return re.compile("".join(pieces), pattern.flags & ~re.IGNORECASE)


def first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """Words, one of which is in the ``folded`` text of every match of ``phrases`` (as a folded
    ``trie_alternation`` matches them): each phrase's first word up to any apostrophe, which matches
    either way, leaving out words that hold another ("demanded" holds "demand")."""
    words = {re.split("['’]", phrase.split()[0].lower())[0] for phrase in phrases}
    return tuple(sorted(w for w in words if not any(other != w and other in w for other in words)))
