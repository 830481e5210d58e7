"""Publication dates: what counts as a real one, in one place.

A header date far in the past or future is a typo or a hostile value; kept, it would stretch the
app's time slider beyond what Streamlit can draw and take every session down with it.
"""

from __future__ import annotations

from datetime import date, timedelta

EARLIEST = date(1900, 1, 1)
# Clocks and time zones differ; a year ahead still catches typos like 2202 or 9999.
FUTURE_SLACK = timedelta(days=366)


def latest() -> date:
    return date.today() + FUTURE_SLACK


def iso_date(value: str) -> date | None:
    """The date an ISO string (or its first ten characters) names, or None where it names none."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def plausible(value: date) -> bool:
    return EARLIEST <= value <= latest()


def checked(value: str) -> tuple[str, str]:
    """An ISO date string, or ``''`` with the reason it was refused."""
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return "", f"the date {value!r} does not exist; the article is kept without a date"
    if not plausible(parsed):
        return "", (f"the date {value} is outside {EARLIEST.year}–{latest().year}; the article is kept without a date")
    return parsed.isoformat(), ""
