"""Counts as articles write them, to values: 40,000; 30.000; 1,000-1,500; between X and Y; "four";
"a dozen".

Reads: a match of ``lang.numbers.QUANTITY`` (one count phrase with its hedge, "about", "up to"...).
Writes: its ``Quantity`` (``parse_quantity``); ``has_number`` says whether a text holds a count at all.
"""

from __future__ import annotations

import re

from dashboard.parser.doc import Quantity
from dashboard.parser.lang import numbers as words
from dashboard.util.textmatch import folded

# Larger than any count a report could make; a bound, not a value.
BEYOND_ANY_FORCE = 10**15


def has_number(text: str) -> bool:
    """Whether ``text`` holds a digit, a number word or a vague amount, as every count does: a sentence
    with none has no count, and this test is cheaper than trying QUANTITY at every position. A digit
    is found by the quickest scan there is; only text without one needs the slower scan for words."""
    return bool(words.DIGIT.search(text) or words.NUMBER_WORD.search(text))


def number_value(text: str) -> tuple[int, int, bool] | None:
    """The value of one number phrase as ``(low, high, vague)``; None if it is not a number."""
    phrase = " ".join(folded(text).split())
    if phrase in words.VAGUE:
        low, high = words.VAGUE[phrase]
        return low, high, phrase in words.VAGUE_IS_APPROX
    phrase = words.GROUPING_SPACE.sub("", phrase)
    match = words.DIGITS_AND_SCALE.fullmatch(phrase)
    if match:
        digits, scale = match.groups()
        if words.GROUPED_DIGITS.fullmatch(digits):
            value = float(words.GROUPING_MARK.sub("", digits))
        elif scale and words.DECIMAL_COMMA.fullmatch(digits):
            value = float(digits.replace(",", "."))  # "2,5 thousand"
        else:
            try:
                value = float(digits)
            except ValueError:
                return None
        # A number no force could have ("1e320 million") is kept, bounded, for the ingest's guard to refuse
        # with a note; an infinite float must not reach int().
        value = min(value * words.SCALES.get(scale or "", 1), float(BEYOND_ANY_FORCE))
        return int(round(value)), int(round(value)), False
    # "two and a half thousand": the half is of the first scale after it.
    half = " and a half " in phrase
    phrase = phrase.replace(" and a half ", " ", 1)
    total = current = 0.0
    for word in words.WORD_BREAK.split(phrase):
        if word == "and":
            continue
        if half and word in words.SCALES:
            current, half = current + 0.5, False
        if word in words.UNITS_WORDS:
            current += words.UNITS_WORDS[word]
        elif word in words.TENS_WORDS:
            current += words.TENS_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == words.DOZEN:
            current = max(current, 1) * 12
        elif word in ("thousand", "million"):
            total += max(current, 1) * words.SCALES[word]
            current = 0
        else:
            return None
    value = int(round(total + current))
    return (value, value, False) if value else None


def parse_quantity(match: re.Match[str] | None) -> Quantity | None:
    if match is None:
        return None
    low_text = match.group("lo1") or match.group("lo2")
    high_text = match.group("hi1") or match.group("hi2")
    low = number_value(low_text) if low_text else None
    if low is None:
        return None
    hedge = " ".join(folded(match.group("approx") or "").split())
    approx = (
        (bool(hedge) and hedge not in words.CEILING_WORDS)
        or bool(match.group("plus"))
        or words.DOZEN in folded(low_text or "")
    )
    high = number_value(high_text) if high_text else None
    if high is None:
        if low[2]:
            # "a few hundred" says roughly how many, not a number to add up.
            return Quantity(None, None, True)
        return Quantity(low[0], low[1], approx)
    lo, hi = low[0], high[1]
    # "1,000 to 1,500" and "two to three thousand": the bare first number borrows the scale.
    if lo < hi / 100 and low_text and not words.OWN_SCALE.search(low_text):
        lo *= 1000 if hi >= 1000 else 1
    if lo > hi:
        return Quantity(low[0], low[1], approx)
    return Quantity(lo, hi, approx or low[2] or high[2])
