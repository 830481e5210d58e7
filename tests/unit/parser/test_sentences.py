"""Sentences with exact offsets: datelines, captions, headers and pages with no full stop."""

from __future__ import annotations

import pytest

from dashboard.parser.text import MAX_SENTENCE, split


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


def test_a_dateline_is_not_part_of_the_first_sentence():
    assert texts("WARSAW (Reuters) -- The US sent 300 troops.") == ["The US sent 300 troops."]


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
