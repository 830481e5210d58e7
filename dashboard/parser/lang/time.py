"""Words of time: months, seasons, weekdays (one copy of each), and the patterns of dates built from them.

``timing`` reads these; ``placenames`` uses the calendar words so that "May" or "Monday" after a
preposition is never taken for a town.
"""

from __future__ import annotations

import calendar
import re

from dashboard.parser.lang.roles import SUMMIT_CITIES
from dashboard.util.textmatch import trie_alternation

MONTH_NAMES: tuple[str, ...] = tuple(name for name in calendar.month_name if name)
WEEKDAY_NAMES: tuple[str, ...] = tuple(calendar.day_name)
# Capitalised, these are dates, never names of places or forces.
CALENDAR_WORDS = frozenset(MONTH_NAMES + WEEKDAY_NAMES)
# Each month's number by its name or abbreviation, in lower case ("sept" too).
MONTHS: dict[str, int] = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
# "Sept.", "Oct.": the abbreviations, in lower case ("may" is both).
MONTH_ABBREVIATIONS = frozenset(name.lower() for name in calendar.month_abbr if name) | {"sept"}
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
WEEKDAYS: dict[str, int] = {name.lower(): number for number, name in enumerate(calendar.day_name)}

_month = "|".join(sorted(MONTHS, key=len, reverse=True))
_full_month = "|".join(MONTH_NAMES)
_season = "|".join(SEASONS)
_weekday = "|".join(WEEKDAYS)

# One pattern per kind of expression, longest first; each names the parts it reads.
EXPRESSIONS = re.compile(
    rf"""
    (?:
        (?P<day>\d{{1,2}})\s+(?P<day_month>{_month})\.?\s+(?P<day_year>(?:19|20)\d\d)      # 3 March 2022
      | (?P<month_day>{_month})\.?\s+(?P<month_day_day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+
        (?P<month_day_year>(?:19|20)\d\d)                                                    # March 3rd, 2022
      | (?P<month>{_month})\.?\s+(?P<month_year>(?:19|20)\d\d)                              # March 2022
      | (?:the\s+)?(?P<fy>FY)?(?P<year>(?:19|20)\d\d)\b                                      # 2027, FY2017
      | (?:in\s+|this\s+|next\s+|last\s+)?(?P<bare_month>{_full_month})\b(?!\s+\d)           # in May
      | (?P<relative>this|next|last)\s+(?P<relative_unit>year|month|week|{_season})          # last year
      | (?:this\s+)?(?P<season>{_season})\b                                                  # this autumn
      | (?:on\s+)?(?P<weekday>{_weekday})\b                                                  # on Tuesday
      | (?P<coming>the\s+coming\s+(?:days|weeks|months))                                     # in the coming days
      | (?P<today>today|yesterday|tomorrow)\b
      | (?P<at_the_time>at\s+the\s+time)
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
# The words before an expression that make it a bound: "by 2027", "since February 2017".
LEAD = re.compile(
    r"\b(?P<word>by|before|since|from|until|till|through)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$",
    re.IGNORECASE,
)
# Where an expression can start: a digit or one of these words. Trying the full pattern only there
# keeps a sentence with no time in it to one cheap scan. "the", "in", "on" and "at" are in most
# sentences: each is a start only before what follows it in an expression ("the 2016", "in May").
# Searched in the folded sentence (textmatch.folded), hence in lower case and without IGNORECASE.
ANCHOR = re.compile(
    r"(?<![\w-])(?:\d|"
    + trie_alternation(
        [*MONTHS, *SEASONS, *WEEKDAYS, "this", "next", "last", "today", "yesterday", "tomorrow", "fy"],
        fold_case=True,
    )
    + rf"|the(?=\s+(?:fy|\d|coming))|in(?=\s+(?:{_full_month.lower()}))|on(?=\s+(?:{_weekday}))|at(?=\s+the\s+time)"
    + r")(?![a-z])"
)
FUTURE = re.compile(r"\b(?:will|due|expected|plans?|planned|to\s+be)\b", re.IGNORECASE)
# "officials said on Thursday" dates the statement, not the deployment.
SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|announced|added|reported)\s+$", re.IGNORECASE)
# Words that look like dates but are not when a deployment holds: "the 2018 Brussels summit" names an event.
NOT_A_DATE_AFTER = re.compile(r"\s+(?:" + "|".join(SUMMIT_CITIES) + r"|NATO|summit|Summit)\b")
# "in 2022" is a year, not a count of 2,022.
YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|by|until|from|of|during|after|before|early|late|mid|end\s+of|throughout|through|"
    # "Since February 2022 NATO AWACS have flown": a month's year
    r"January|February|March|April|May|June|July|August|September|October|November|December)\s+$",
    re.IGNORECASE,
)
