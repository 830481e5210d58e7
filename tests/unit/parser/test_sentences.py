"""Sentences with exact offsets: datelines, captions, headers and pages with no full stop."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.errors import NoFactsError
from dashboard.ingest import local
from dashboard.parser import text
from dashboard.parser.text import MAX_SENTENCE, split
from dashboard.sources import article


def texts(text: str, **kwargs) -> list[str]:
    return [s.text for s in split(text, **kwargs)]


# The basic cases (full stops, abbreviations, quotations, lines) are in test_parser_text.py.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Troops arrived on Jan. 5 in Tapa. They stay.", ["Troops arrived on Jan. 5 in Tapa.", "They stay."]),
        ('An official said, "the troops arrived" on Monday.', ['An official said, "the troops arrived" on Monday.']),
    ],
)
def test_text_splits_where_a_reader_would_cite_a_sentence(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The US sent 300 troops. Canada sent 200.\n\nWARSAW (Reuters) -- Britain keeps 900 at Tapa.",
        "  Leading spaces.  Trailing spaces.  ",
        "No full stop at all " * 400,
    ],
)
def test_every_sentence_is_the_exact_slice_at_its_offsets(text):
    for sentence in split(text):
        assert text[sentence.start : sentence.end] == sentence.text and sentence.text == sentence.text.strip()


@pytest.mark.parametrize(
    "line",
    [
        "WARSAW (Reuters) -- The US sent 300 troops.",
        "ŻAGAŃ, Poland — The US sent 300 troops.",  # capitals beyond A-Z
        "CÂMPIA TURZII, Romania (Wire) - The US sent 300 troops.",
        "GRAF IGNATIEVO, BULGARIA: The US sent 300 troops.",  # a caption's, with a colon
    ],
)
def test_a_dateline_is_not_part_of_the_first_sentence(line):
    assert texts(line) == ["The US sent 300 troops."]


@pytest.mark.parametrize(
    "line, caption",
    [
        ("Photo: US troops at Tapa.", True),
        ("US soldiers arrive (Photo by A. Writer).", True),
        ("US troops arrived at Tapa.", False),
    ],
)
def test_captions_are_marked_so_they_are_not_read_as_deployments(line, caption):
    [sentence] = split(line)
    assert sentence.caption is caption


def test_a_metadata_header_is_skipped():
    text = "title: US troops\n\nThe US sent 300 troops."
    assert texts(text, skip_until=text.index("The")) == ["The US sent 300 troops."]


def test_a_page_with_no_full_stop_is_cut_into_bounded_sentences_at_clause_breaks():
    text = "troops went to Poland, and more to Romania " * 200
    pieces = split(text)
    assert len(pieces) > 1 and all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert "".join(text[p.start : p.end + 1] for p in pieces).split() == text.split()


# --- no regular expression backtracks for long: 60,000 spaces before a dateline word took 39 s ---------

# The dateline pattern as first written, which backtracked quadratically over runs of spaces; the new
# one must match exactly where it matched, and end where it ended.
REFERENCE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]+)?\s*(?:\([^)]*\)\s*)?(?:--|—|–|-)\s+")
DATELINE_ALPHABET = "AZWa z1_é.'-—–,() \t\u00a0"


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=DATELINE_ALPHABET, max_size=24).map(lambda s: "W" + s))
def test_the_linear_dateline_pattern_matches_exactly_where_the_first_one_did(line):
    new, old = text._DATELINE.match(line), REFERENCE_DATELINE.match(line)
    assert (new and new.end()) == (old and old.end())


@pytest.mark.parametrize(
    "line",
    [
        "WARSAW -- The",
        "WARSAW, Poland (Reuters) — The",
        "VILNIUS, Lithuania - The US",
        "A  - x",
        "A-- x",
        "BRUSSELS (AP) -- NATO",
        "RIGA , Latvia – x",
        "X -- y",
        "TALLINN(ERR)- x",
        "WAR' S. -  -x",
    ],
)
def test_datelines_end_where_they_did(line):
    new, old = text._DATELINE.match(line), REFERENCE_DATELINE.match(line)
    assert (new and new.end()) == (old and old.end())


SPACES = " " * 60_000
HOSTILE_LINES = {
    "spaces before a dateline word": "WARSAW" + SPACES + "troops arrived",
    "spaces before the dash": "WARSAW" + SPACES + "-- The US will send 3,000 troops to Poland.",
    "spaces after the country": "WARSAW, Poland" + SPACES + "troops",
    "spaces in the agency": "WARSAW (" + SPACES + "troops",
    "spaces after a comma": "Troops," + SPACES + "x",
    "spaces after a full stop": "Troops." + SPACES + "x",
    "spaces after a caption word": "Photo" + SPACES + "x",
    "a header value": "title: x" + SPACES + "y\n\nThe US will send 3,000 troops to Poland.",
    "a seed line": "date 2024-01-01 Authored by A" + SPACES + "via B\n\nThe US will send 3,000 troops to Poland.",
    "many short lines": ("ABC" + " " * 117 + "\n") * 5_000,
}


@pytest.mark.parametrize("body", HOSTILE_LINES.values(), ids=HOSTILE_LINES.keys())
def test_an_article_of_long_space_runs_is_read_in_under_a_second(body, gaz):
    started = time.perf_counter()
    try:
        local.read(body, name="hostile.txt", gazetteer=gaz)
    except NoFactsError:
        pass  # a text of spaces need not state a deployment; it must only be read quickly
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "header, value",
    [
        ("title: Troops arrive  \n", "Troops arrive"),
        ("title:   Troops arrive\r\n", "Troops arrive"),
        ("  Title :Troops\t \n", "Troops"),
        ("title:    \n", ""),
        ("title: a  b \u00a0\n", "a  b"),
    ],
)
def test_a_header_value_is_the_rest_of_its_line_without_trailing_spaces(header, value):
    meta, offset = article.parse_metadata(header + "\nThe US sent 300 troops.")
    assert meta["title"] == value and offset == len(header)
