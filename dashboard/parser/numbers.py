"""Counts as articles write them: 40,000; 30.000; 1,000-1,500; between X and Y; "four"; "a dozen".

``QUANTITY`` is a regular expression for one count phrase (with its hedge, "about", "up to"...);
``parse_quantity`` turns a match into a :class:`Quantity`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.util.textmatch import folded, trie_alternation

_UNITS_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague amounts keep an honest range rather than a made-up point.
_VAGUE = {
    "a dozen": (12, 12),
    "a hundred": (100, 100),
    "a thousand": (1000, 1000),
    "half a dozen": (6, 6),
    "dozens": (24, 99),
    "a couple of": (2, 2),
    "a couple": (2, 2),
    "a few hundred": (200, 500),
    "several hundred": (300, 900),
    "hundreds": (200, 999),
    "a few thousand": (2000, 5000),
    "several thousand": (3000, 9000),
    "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999),
}
_VAGUE_IS_APPROX = {
    "dozens",
    "a few hundred",
    "several hundred",
    "hundreds",
    "a few thousand",
    "several thousand",
    "thousands",
    "tens of thousands",
}
APPROX_WORDS = (
    "approximately",
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "up to",
    "well over",
    "more than",
    "over",
    "in excess of",
    "at least",
    "close to",
    "as many as",
    "an estimated",
    "upwards of",
    "fewer than",
    "less than",
    "just under",
    "just over",
    "under",
    "an extra",
    "around about",
    "no more than",
    "well in excess of",
)
# A ceiling is stated, not estimated (CONVENTIONS.md): "up to 200" is 200, not "about 200".
CEILING_WORDS = frozenset({"up to", "as many as", "no more than"})

_word = trie_alternation([*_UNITS_WORDS, *_TENS_WORDS], fold_case=True)
_WORD_NUMBER = rf"(?:{_word})(?:[\s-]+(?:and\s+)?(?:{_word}|hundred|thousand|million))*"
# A comma or dot followed by exactly three digits groups thousands (40,000 and European 30.000);
# a lone dot with other digits is a decimal (1.5 million).
# Thousands are grouped by a comma, a dot ("30.000") or a space, plain, no-break or thin ("12 000").
_DIGITS = (
    r"(?<![\w/.,])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,]\d)|\d+(?:\.\d+)?)(?![\w/]|[.,]\d)"
)
_SCALE = r"(?:\s+(?:hundred|thousand|million))?"
_vague = trie_alternation(_VAGUE, fold_case=True)
NUMBER = rf"(?:{_DIGITS}{_SCALE}|\b(?:{_vague})\b|\b{_WORD_NUMBER}\b)"
_approx = trie_alternation(APPROX_WORDS, fold_case=True)
QUANTITY = (
    rf"(?:(?P<approx>\b(?:{_approx}))\s+)?"
    rf"(?:between\s+(?P<lo1>{NUMBER})\s+and\s+(?P<hi1>{NUMBER})"
    rf"|(?P<lo2>{NUMBER})(?:\s*(?:-|–|—|to|or)\s*(?P<hi2>{NUMBER}))?)(?P<plus>\+)?"
)
# Every count starts where no word character is before it (a hedge, a digit run and a number word
# each begin at a word's start), except "between": checking that first lets the scan of a sentence
# skip the middle of every word instead of trying the whole pattern there.
_COUNT = rf"(?:(?<!\w)|(?=between)){QUANTITY}"
QUANTITY_RE = re.compile(_COUNT, re.IGNORECASE)
# The counts of a sentence are found in its folded text (textmatch.folded), where they need no IGNORECASE.
QUANTITY_IN_FOLDED = re.compile(_COUNT)


_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(rf"\b(?:{_word}|{_vague})\b", re.IGNORECASE)


def has_number(text: str) -> bool:
    """Whether ``text`` holds a digit, a number word or a vague amount, as every count does: a sentence
    with none has no count, and this test is cheaper than trying QUANTITY at every position. A digit
    is found by the quickest scan there is; only text without one needs the slower scan for words."""
    return bool(_DIGIT.search(text) or _NUMBER_WORD.search(text))


# Larger than any count a report could make; a bound, not a value.
BEYOND_ANY_FORCE = 10**15


@dataclass(frozen=True, slots=True)
class Quantity:
    low: int | None
    high: int | None
    approx: bool = False

    def times(self, other: Quantity) -> Quantity:
        """Total of ``self`` units of ``other`` each; an unknown count counts as one."""
        low = (self.low or 1) * other.low if other.low is not None else None
        high = (self.high or 1) * other.high if other.high is not None else None
        return Quantity(low, high, self.approx or other.approx)


def number_value(text: str) -> tuple[int, int, bool] | None:
    """The value of one number phrase as ``(low, high, vague)``; None if it is not a number."""
    phrase = " ".join(folded(text).split())
    if phrase in _VAGUE:
        low, high = _VAGUE[phrase]
        return low, high, phrase in _VAGUE_IS_APPROX
    phrase = re.sub(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d{3})", "", phrase)
    match = re.fullmatch(r"([\d.,]+)(?:\s+(hundred|thousand|million))?", phrase)
    if match:
        digits, scale = match.groups()
        if re.fullmatch(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*", digits):
            value = float(re.sub(r"[.,]", "", digits))
        else:
            try:
                value = float(digits)
            except ValueError:
                return None
        # A number no force could have ("1e320 million") is kept, bounded, for the ingest's guard to refuse
        # with a note; an infinite float must not reach int().
        value = min(value * _SCALES.get(scale or "", 1), float(BEYOND_ANY_FORCE))
        return int(round(value)), int(round(value)), False
    words = re.split(r"[\s-]+", phrase)
    total = current = 0
    for word in words:
        if word == "and":
            continue
        if word in _UNITS_WORDS:
            current += _UNITS_WORDS[word]
        elif word in _TENS_WORDS:
            current += _TENS_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    value = total + current
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
    approx = (bool(hedge) and hedge not in CEILING_WORDS) or bool(match.group("plus"))
    high = number_value(high_text) if high_text else None
    if high is None:
        if low[2]:
            # "a few hundred" says roughly how many, not a number to add up.
            return Quantity(None, None, True)
        return Quantity(low[0], low[1], approx)
    lo, hi = low[0], high[1]
    # "1,000 to 1,500" and "two to three thousand": the bare first number borrows the scale.
    if lo < hi / 100 and low_text and not re.search(r"\d{4}|,|hundred|thousand", low_text):
        lo *= 1000 if hi >= 1000 else 1
    if lo > hi:
        return Quantity(low[0], low[1], approx)
    return Quantity(lo, hi, approx or low[2] or high[2])
