"""The quick tests written in front of long patterns of the lexicon admit every match."""

from __future__ import annotations

import re

from dashboard.parser import lexicon


def _top_level(alternation: str) -> list[str]:
    """The branches of ``a|b(?:c|d)|e``: a, b(?:c|d), e."""
    branches, depth, current = [], 0, ""
    for char in alternation:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            branches.append(current)
            current = ""
        else:
            current += char
    return [*branches, current]


def test_the_locative_lookahead_admits_every_word_that_opens_a_match():
    pattern = lexicon.LOCATIVE_BEFORE.pattern
    guard = re.search(r"\(\?=\[(\w+)\]\)", pattern)
    words = re.search(r"\(\?:\\b\(\?:(.*?)\)\\s\+\n", pattern, re.DOTALL)
    assert guard and words
    firsts = {branch.strip()[0] for branch in _top_level(words.group(1))}
    assert firsts and firsts <= set(guard.group(1))


def test_a_place_after_any_of_these_words_is_located():
    for words in ("in", "Into the", "towards northern", "reinforcing", "across NATO's", "to the town of the"):
        assert lexicon.LOCATIVE_BEFORE.search(f"troops were sent {words} "), words
