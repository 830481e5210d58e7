"""Sentences with exact offsets: what the parser quotes and cites."""
from __future__ import annotations

import pytest

from dashboard.parser.text import MAX_SENTENCE, split


def texts(text: str, **kwargs) -> list[str]:
    return [s.text for s in split(text, **kwargs)]


@pytest.mark.parametrize("text, expected", [
    ("The US sent 300 troops. Canada sent 200.", ["The US sent 300 troops.", "Canada sent 200."]),
    ("Gen. Smith said 300 troops arrived. They stay.", ["Gen. Smith said 300 troops arrived.", "They stay."]),
    ("U.S. troops arrived in Poland. More came.", ["U.S. troops arrived in Poland.", "More came."]),
    ("Troops arrived on Jan. 5 in Tapa. They stay.", ["Troops arrived on Jan. 5 in Tapa.", "They stay."]),
    ("One line\nAnother line", ["One line", "Another line"]),
    ('An official said, "The troops arrived." Then more came.',
     ["An official said,", '"The troops arrived."', "Then more came."]),
    ('An official said, "the troops arrived" on Monday.', ['An official said, "the troops arrived" on Monday.']),
])
def test_text_splits_where_a_reader_would_cite_a_sentence(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    "The US sent 300 troops. Canada sent 200.\n\nWARSAW (Reuters) -- Britain keeps 900 at Tapa.",
    "  Leading spaces.  Trailing spaces.  ",
    "No full stop at all " * 400,
])
def test_every_sentence_is_the_exact_slice_at_its_offsets(text):
    for sentence in split(text):
        assert text[sentence.start:sentence.end] == sentence.text and sentence.text == sentence.text.strip()


def test_a_dateline_is_not_part_of_the_first_sentence():
    assert texts("WARSAW (Reuters) -- The US sent 300 troops.") == ["The US sent 300 troops."]


@pytest.mark.parametrize("line, caption", [
    ("Photo: US troops at Tapa.", True),
    ("US soldiers arrive (Photo by A. Writer).", True),
    ("US troops arrived at Tapa.", False),
])
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
    assert "".join(text[p.start:p.end + 1] for p in pieces).split() == text.split()
