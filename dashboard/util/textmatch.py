"""Regular expressions for long word lists, built as a trie.

Python's ``re`` tries every branch of ``a|b|c|...`` at each position of the text; with hundreds of
place and force names that dominated the parser's time. A trie shares prefixes, so each position
tries about one branch per character. Spaces in a phrase match any run of white space.

Case-blind matching is slow in ``re``: it compares every character through its lower case. A
pattern whose letters are all lower-case ASCII finds the same matches, at the same offsets, without
IGNORECASE in the ``folded`` text as with IGNORECASE in the text, about twice as fast. The folded
text also tells cheaply whether a word occurs, before a pattern that needs it is tried at all: a
``Gated`` pattern finds the words every match of it must hold from the pattern itself.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator

# re's own parser (3.11 on), read to find the words a pattern requires.
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]

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


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings, one of which is in the ``folded`` text of every match of ``pattern`` (found from its
    parse: a run of literal letters, or one from each branch of an alternation); ``()`` when no set of
    strings of three characters or more can be told. The gate of ``Gated``."""
    found = _required(_sre_parser.parse(pattern.pattern, pattern.flags))
    if not found or min(map(len, found)) < _SHORTEST_REQUIRED:
        return ()
    # (one word holding another adds nothing: "spoke" is in every text that holds "spokes")
    return tuple(sorted(w for w in found if not any(other != w and other in w for other in found)))


_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
# A gate of shorter words ("in", "of") is in nearly every sentence: it would cost more than it saves.
_SHORTEST_REQUIRED = 3


def _required(items: Iterable[tuple[object, object]]) -> frozenset[str]:
    """For a sequence of parsed items: the best of the sets any one of them requires (the longest
    shortest word, then the fewest words); empty when none requires any."""
    choices: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _sre.LITERAL and isinstance(arg, int) and arg < 128:
            # ASCII only: it folds to itself in lower case, as re and ``folded`` fold it.
            run.append(chr(arg).lower())
            continue
        if run:
            choices.append(frozenset(["".join(run)]))
            run = []
        if op is _sre.SUBPATTERN:
            choices.append(_required(arg[-1]))  # type: ignore[index]
        elif op is _sre.ATOMIC_GROUP:
            choices.append(_required(arg))  # type: ignore[arg-type]
        elif op is _sre.BRANCH:
            branches = [_required(branch) for branch in arg[1]]  # type: ignore[index]
            if all(branches):
                choices.append(frozenset().union(*branches))
        elif op in _REPEATS and arg[0] >= 1:  # type: ignore[index]
            choices.append(_required(arg[2]))  # type: ignore[index]
    if run:
        choices.append(frozenset(["".join(run)]))
    choices = [choice for choice in choices if choice]
    if not choices:
        return frozenset()
    return max(choices, key=lambda choice: (min(map(len, choice)), -len(choice)))


class Gated:
    """``pattern``, tried only in a text that holds one of its ``required_words``: the same results as
    the pattern's, found without running it in the many texts that cannot hold a match. Each gate
    remembers its last text (by identity): a sentence searched in window after window is folded and
    tested once."""

    __slots__ = ("pattern", "words", "_last")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        words = required_words(pattern)
        if not words:
            raise ValueError(f"no words required by {pattern.pattern[:60]!r}: gating it would save nothing")
        self.pattern = pattern
        self.words = words
        self._last: tuple[str | None, bool] = (None, True)

    def _may_match(self, text: str) -> bool:
        # (the text and its answer are read and written as one pair: threads share a gate)
        last = self._last
        if last[0] is not text:
            lower = _folded_once(text)
            last = (text, any(word in lower for word in self.words))
            self._last = last
        return last[1]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self._may_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self._may_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self._may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self._may_match(text) else iter(())


_last_folded: tuple[str, str] = ("", "")


def _folded_once(text: str) -> str:
    """``folded(text)``, kept for the last text asked: the gates of one sentence share it."""
    global _last_folded
    last = _last_folded
    if last[0] is not text:
        last = _last_folded = (text, folded(text))
    return last[1]
