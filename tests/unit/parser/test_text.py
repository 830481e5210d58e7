"""The text the parser reads: invisible characters, sentences with exact offsets."""

from __future__ import annotations

import pytest

from dashboard.parser.text import dateline_place, split, visible


@pytest.mark.parametrize("hidden", ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u202e", "\u2066"])
def test_an_invisible_character_never_splits_a_name(hidden, facts_of):
    text = f"The US sent 500 troops to Po{hidden}land last week."
    facts = facts_of(text)
    assert [(f.country_code, f.quantity_low) for f in facts] == [("PL", 500)]
    assert text[facts[0].quote_start : facts[0].quote_end] == facts[0].quote
    assert hidden in facts[0].quote  # the quote is the article as given, not a cleaned copy


def test_visible_maps_every_kept_character_back():
    text = "a\u200bb\u00adc"
    clean, offsets = visible(text)
    assert clean == "abc"
    assert offsets is not None and [text[i] for i in offsets[:-1]] == ["a", "b", "c"]
    assert offsets[-1] == len(text)


def test_text_without_invisible_characters_is_not_copied():
    assert visible("Poland") == ("Poland", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO has 40,000 troops. Russia objects.", ["NATO has 40,000 troops.", "Russia objects."]),
        ("Gen. Smith said U.S. troops left. They went home.", ["Gen. Smith said U.S. troops left.", "They went home."]),
        ('He said, "We will stay." Then he left.', ["He said,", '"We will stay."', "Then he left."]),
        ("One line\nAnother line", ["One line", "Another line"]),
    ],
)
def test_sentences_keep_exact_offsets(text, expected):
    sentences = split(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_run_of_dots_is_one_boundary_try():
    text = "." * 50_000 + " Troops."
    assert split(text)[-1].text.endswith("Troops.")


@pytest.mark.parametrize(
    "text, place",
    [
        ("TAPA, Estonia (Reuters) — About 800 soldiers serve here.", "Tapa, Estonia"),
        ("VILNIUS -- The minister spoke.", "Vilnius"),
        ("title: A report\n\nNOVO SELO, Bulgaria – Troops arrived.", "Novo Selo, Bulgaria"),
        ("Troops arrived in Tapa. TAPA — later.", ""),
        ("", ""),
    ],
)
def test_the_dateline_place_is_read_from_the_first_line_of_prose(text, place):
    assert dateline_place(text, skip_until=text.find("\n\n") + 2 if "\n\n" in text else 0) == place
