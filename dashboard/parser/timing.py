"""When a fact holds: the words that date it, and the dates they denote.

"by the end of 2027", "in May", "since February 2017", "last year", "on Tuesday": each is read
against the article's own date where it needs one, as precisely as the words allow (a year, a month
or a day), and never more precisely. A fact with no such words keeps empty dates: the dashboard then
uses the article's date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dashboard.util.textmatch import folded, trie_alternation

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_month = "|".join(sorted(_MONTHS, key=len, reverse=True))
_full_month = "|".join(name for name in calendar.month_name if name)
_season = "|".join(_SEASONS)
_weekday = "|".join(_WEEKDAYS)

# One pattern per kind of expression, longest first; each names the parts it reads.
_EXPRESSIONS = re.compile(
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
# Words that look like dates but are not when a deployment holds: "the 2016 Warsaw Summit" names an
# event, "May" starting a sentence may be the verb.
# The words before an expression that make it a bound: "by 2027", "since February 2017".
_LEAD = re.compile(
    r"\b(?P<word>by|before|since|from|until|till|through)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$",
    re.IGNORECASE,
)
# A cheap test before the full pattern: most clauses name no time at all.
# Where an expression can start: a digit or one of these words. Trying the full pattern only there
# keeps a sentence with no time in it to one cheap scan. "the", "in", "on" and "at" are in most
# sentences: each is a start only before what follows it in an expression ("the 2016", "in May").
# Searched in the folded sentence (textmatch.folded), hence in lower case and without IGNORECASE.
_ANCHOR = re.compile(
    r"(?<![\w-])(?:\d|"
    + trie_alternation(
        [*_MONTHS, *_SEASONS, *_WEEKDAYS, "this", "next", "last", "today", "yesterday", "tomorrow", "fy"],
        fold_case=True,
    )
    + rf"|the(?=\s+(?:fy|\d|coming))|in(?=\s+(?:{_full_month.lower()}))|on(?=\s+(?:{_weekday}))|at(?=\s+the\s+time)"
    + r")(?![a-z])"
)
_FUTURE = re.compile(r"\b(?:will|due|expected|plans?|planned|to\s+be)\b", re.IGNORECASE)
# "officials said on Thursday" dates the statement, not the deployment.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|announced|added|reported)\s+$", re.IGNORECASE)
_NOT_A_DATE_AFTER = re.compile(r"\s+(?:Warsaw|Madrid|Vilnius|Wales|Brussels|Washington|NATO|summit|Summit)\b")


@dataclass(frozen=True, slots=True)
class When:
    """The words that date a fact and the ISO dates (``YYYY-MM-DD``) they denote; empty when unknown."""

    words: str = ""
    start: str = ""
    end: str = ""


NEVER = When()


TimeHit = tuple[int, int, When]  # start and end in the sentence, and what the words denote


def times_in(sentence: str, *, published: date | None) -> list[TimeHit]:
    """Every time expression of a sentence, resolved once for all the facts it dates."""
    hits = []
    position = 0
    lower = folded(sentence)
    while position < len(sentence):
        found = _first_when(sentence, lower, position, published=published)
        if found is None:
            break
        hits.append(found)
        position = found[1]
    return hits


def when_within(hits: list[TimeHit], start: int, end: int) -> When:
    """The first time expression inside ``start:end`` (a fact's clause)."""
    return next((when for low, high, when in hits if start <= low and high <= end), NEVER)


def _first_when(clause: str, lower: str, position: int, *, published: date | None) -> TimeHit | None:
    """The first time expression from ``position`` on; ``lower`` is the clause folded."""
    skip_until = position
    for anchor in _ANCHOR.finditer(lower, position):
        if anchor.start() < skip_until:
            continue
        match = _EXPRESSIONS.match(clause, anchor.start())
        if match is None:
            continue
        skip_until = match.end()
        if _NOT_A_DATE_AFTER.match(clause, match.end()) or _SAID_BEFORE.search(clause, 0, match.start()):
            continue
        span = _span(match, published, future=bool(_FUTURE.search(clause)))
        if span is None:
            continue
        start, end = span
        lead = _LEAD.search(clause, max(0, match.start() - 40), match.start())
        word = lead.group("word").lower() if lead else ""
        if word == "before":
            start, end = "", (date.fromisoformat(span[0]) - timedelta(days=1)).isoformat()
        elif word == "by":
            start = end
        elif word in ("since", "from"):
            end = ""
        elif word in ("until", "till", "through"):
            start = ""
        begin = lead.start() if lead else match.start()
        return begin, match.end(), When(" ".join(clause[begin : match.end()].split()), start, end)
    return None


def _span(match: re.Match[str], published: date | None, *, future: bool) -> tuple[str, str] | None:
    group = match.group
    if group("day"):
        return _day(int(group("day_year")), _MONTHS[group("day_month").lower()], int(group("day")))
    if group("month_day"):
        return _day(int(group("month_day_year")), _MONTHS[group("month_day").lower()], int(group("month_day_day")))
    if group("month"):
        return _month_span(int(group("month_year")), _MONTHS[group("month").lower()])
    if group("year"):
        year = int(group("year"))
        if group("fy"):
            # A US fiscal year runs from October of the year before.
            return date(year - 1, 10, 1).isoformat(), date(year, 9, 30).isoformat()
        return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    if published is None:
        return None
    if group("bare_month"):
        word = group("bare_month")
        if word[0].islower():
            return None  # "may" the verb, not the month
        month = _MONTHS[word.lower()]
        # "will arrive in May", written in July, is next May.
        year = published.year + (1 if future and month < published.month else 0)
        return _month_span(year, month)
    if group("relative"):
        return _relative(group("relative").lower(), group("relative_unit").lower(), published)
    if group("season"):
        return _season_span(published.year, group("season").lower())
    if group("weekday"):
        back = (published.weekday() - _WEEKDAYS[group("weekday").lower()]) % 7
        day = published - timedelta(days=back)
        return day.isoformat(), day.isoformat()
    if group("coming"):
        days = {"days": 14, "weeks": 60, "months": 180}[group("coming").split()[-1].lower()]
        return published.isoformat(), (published + timedelta(days=days)).isoformat()
    if group("today"):
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[group("today").lower()]
        day = published + timedelta(days=shift)
        return day.isoformat(), day.isoformat()
    return None  # "at the time": past, but the words give no date


def _day(year: int, month: int, day: int) -> tuple[str, str] | None:
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None
    return value, value


def _month_span(year: int, month: int) -> tuple[str, str]:
    return date(year, month, 1).isoformat(), date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def _season_span(year: int, season: str) -> tuple[str, str]:
    first, last = _SEASONS[season]
    end_year = year + 1 if last < first else year
    return (date(year, first, 1).isoformat(), date(end_year, last, calendar.monthrange(end_year, last)[1]).isoformat())


def _relative(which: str, unit: str, published: date) -> tuple[str, str]:
    shift = {"this": 0, "next": 1, "last": -1}[which]
    if unit == "year":
        year = published.year + shift
        return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return _month_span(month_index // 12, month_index % 12 + 1)
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    return _season_span(published.year + shift, unit)
