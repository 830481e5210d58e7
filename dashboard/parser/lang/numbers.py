"""Numbers as articles write them: digits grouped by commas, dots or spaces ("40,000", "30.000",
"12 000"), number words ("four", "twenty-five", "two thousand"), vague amounts ("a few hundred"),
ranges ("1,000-1,500", "between X and Y") and the hedges before them ("about", "up to").

``QUANTITY`` is the pattern of one count phrase; ``parser.numbers`` gives a match its value.
"""

from __future__ import annotations

import re

from dashboard.util.textmatch import trie_alternation

UNITS_WORDS = {
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
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# "two dozen" is 24, and an estimate (CONVENTIONS.md: approx true), as "a dozen" is.
DOZEN = "dozen"
# Vague amounts keep an honest range rather than a made-up point.
VAGUE = {
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
VAGUE_IS_APPROX = {
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
    "a little under",
    "a little over",
    "exceeding",
    "above",
    "circa",
    "c.",
    "ca.",
    "cca.",
    "approx.",
)
# A ceiling is stated, not estimated (CONVENTIONS.md): "up to 200" is 200, not "about 200".
CEILING_WORDS = frozenset({"up to", "as many as", "no more than", "fewer than", "less than"})

_word = trie_alternation([*UNITS_WORDS, *TENS_WORDS], fold_case=True)
# ("two and a half thousand", "one and a half million": a half before the scale it is of)
_WORD_NUMBER = (
    rf"(?:{_word})(?:\s+and\s+a\s+half(?=\s+(?:hundred|thousand|million)\b))?"
    rf"(?:[\s-]+(?:and\s+)?(?:{_word}|hundred|thousand|million|dozen))*"
)
# A comma or dot followed by exactly three digits groups thousands (40,000 and European 30.000);
# a lone dot with other digits is a decimal (1.5 million).
# Thousands are grouped by a comma, a dot ("30.000") or a space, plain, no-break or thin ("12 000").
_DIGITS = (
    # (not a clock's time: "11:45 In Ottawa, the minister ...")
    r"(?<![\w/.,:])(?<![A-Za-z]-)(?!\d{1,2}:\d\d)(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,]\d)|\d+(?:\.\d+)?"
    # a decimal comma before a scale word, as Europe writes it: "2,5 thousand", "1,2 million"
    r"|\d+,\d{1,2}(?=\s+(?:thousand|million)\b))(?![\w/]|[.,]\d)"
)
_SCALE = r"(?:\s+(?:hundred|thousand|million))?"
_vague = trie_alternation(VAGUE, fold_case=True)
NUMBER = rf"(?:{_DIGITS}{_SCALE}|\b(?:{_vague})\b|\b{_WORD_NUMBER}\b)"
_approx = trie_alternation(APPROX_WORDS, fold_case=True)
QUANTITY = (
    rf"(?:(?P<approx>\b(?:{_approx}))\s+)?"
    rf"(?:between\s+(?P<lo1>{NUMBER})\s+and\s+(?P<hi1>{NUMBER})"
    rf"|(?P<lo2>{NUMBER})(?:\s*(?:-|–|—|to|or)\s*(?P<hi2>{NUMBER}))?)"
    # An estimate written after the number: "900+", "900-plus", "1,500 or so", "200 odd".
    r"(?P<plus>\+|-plus\b|\s+or\s+so\b|\s+odd\b)?"
)
# Every count starts where no word character is before it (a hedge, a digit run and a number word
# each begin at a word's start), except "between": checking that first lets the scan of a sentence
# skip the middle of every word instead of trying the whole pattern there.
_COUNT = rf"(?:(?<!\w)|(?=between)){QUANTITY}"
QUANTITY_RE = re.compile(_COUNT, re.IGNORECASE)
# The counts of a sentence are found in its folded text (textmatch.folded), where they need no IGNORECASE.
QUANTITY_IN_FOLDED = re.compile(_COUNT)


DIGIT = re.compile(r"\d")
NUMBER_WORD = re.compile(rf"\b(?:{_word}|{_vague})\b", re.IGNORECASE)
# The parts of one number phrase, for its value: a space that groups thousands ("12 000"), digits
# with their scale word, digits grouped by one mark throughout ("1.300.000"), the words of a number.
GROUPING_SPACE = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d{3})")
DIGITS_AND_SCALE = re.compile(r"([\d.,]+)(?:\s+(hundred|thousand|million))?")
GROUPED_DIGITS = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*")
GROUPING_MARK = re.compile(r"[.,]")
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
WORD_BREAK = re.compile(r"[\s-]+")
# "1,000 to 1,500" has its own scale; "two to three thousand" borrows the second number's.
OWN_SCALE = re.compile(r"\d{4}|,|hundred|thousand")
