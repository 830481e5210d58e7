"""When a fact holds: the words that date it, and the dates they denote.

"by the end of 2027", "in May", "since February 2017", "last year", "on Tuesday": each is read
against the article's own date where it needs one, as precisely as the words allow (a year, a month
or a day), and never more precisely. A fact with no such words keeps empty dates: the dashboard then
uses the article's date.

Reads: a sentence's text and the article's publication date.
Writes: its time expressions (``TimeHit``), and the ``When`` of a fact's clause (``when_within``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dashboard.parser.doc import TimeHit, When
from dashboard.parser.lang import time as words
from dashboard.util.textmatch import folded

NEVER = When()


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
    for anchor in words.ANCHOR.finditer(lower, position):
        if anchor.start() < skip_until:
            continue
        match = words.EXPRESSIONS.match(clause, anchor.start())
        if match is None:
            continue
        skip_until = match.end()
        if words.NOT_A_DATE_AFTER.match(clause, match.end()) or words.SAID_BEFORE.search(clause, 0, match.start()):
            continue
        span = _span(match, published, future=bool(words.FUTURE.search(clause)))
        if span is None:
            continue
        start, end = span
        lead = words.LEAD.search(clause, max(0, match.start() - 40), match.start())
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
        return _day(int(group("day_year")), words.MONTHS[group("day_month").lower()], int(group("day")))
    if group("month_day"):
        return _day(int(group("month_day_year")), words.MONTHS[group("month_day").lower()], int(group("month_day_day")))
    if group("month"):
        return _month_span(int(group("month_year")), words.MONTHS[group("month").lower()])
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
        month = words.MONTHS[word.lower()]
        # "will arrive in May", written in July, is next May.
        year = published.year + (1 if future and month < published.month else 0)
        return _month_span(year, month)
    if group("relative"):
        return _relative(group("relative").lower(), group("relative_unit").lower(), published)
    if group("season"):
        return _season_span(published.year, group("season").lower())
    if group("weekday"):
        back = (published.weekday() - words.WEEKDAYS[group("weekday").lower()]) % 7
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
    first, last = words.SEASONS[season]
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
