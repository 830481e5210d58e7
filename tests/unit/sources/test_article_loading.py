"""Bytes to text: encodings, metadata headers and what is refused."""

from __future__ import annotations

import codecs

import pytest

from dashboard.errors import ArticleError
from dashboard.sources import article

TEXT = "The US sent 3,000 troops to Poland — “a clear signal”, officials said."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_text_in_any_common_unicode_form_reads_the_same(data, encoding):
    art = article.from_bytes(data)
    assert art.text == TEXT
    assert art.encoding == encoding
    assert art.warnings == ()


def test_windows_1252_falls_back_and_says_so():
    art = article.from_bytes("Troops arrived in Cincu – Romania’s base.".encode("cp1252"), name="a.txt")
    assert "–" in art.text and "’" in art.text
    assert art.encoding == "cp1252"
    assert art.warnings and "cp1252" in art.warnings[0]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"Troops\x00 in\x00 Poland", "NUL"),
        (bytes(range(1, 9)) * 200, "control characters"),
        (b"a" * (article.MAX_BYTES + 1), "too large"),
        (codecs.BOM_UTF8 + b"\xff\xfe bad", "cannot be decoded"),
    ],
)
def test_what_is_not_a_text_article_is_refused_with_its_reason(data, reason):
    with pytest.raises(ArticleError, match=reason):
        article.from_bytes(data, name="upload.txt")


def test_the_seed_line_gives_date_author_and_outlet():
    meta, body = article.parse_metadata(" date 2022-04-11 Authored by Kyle Anzalone via AntiWar.com,\n\nText.")
    assert meta == {"published": "2022-04-11", "author": "Kyle Anzalone", "outlet": "AntiWar.com"}
    assert body == len(" date 2022-04-11 Authored by Kyle Anzalone via AntiWar.com,\n")


def test_a_key_value_header_gives_metadata_and_is_not_read_as_prose():
    text = (
        "title: US to send 3,000 troops to Poland\nurl: https://example.org/a\npublished: 3 March 2022\n"
        "outlet: Example Wire\nauthor: A. Writer\n\nThe Pentagon said 3,000 troops would go to Poland."
    )
    art = article.from_text(text)
    assert (art.title, art.url, art.published, art.outlet, art.author) == (
        "US to send 3,000 troops to Poland",
        "https://example.org/a",
        "2022-03-03",
        "Example Wire",
        "A. Writer",
    )
    assert art.text[art.body_start :].lstrip().startswith("The Pentagon")


@pytest.mark.parametrize(
    "text",
    [
        "title US troops\nno colon header\n\nBody.",
        "published: sometime last spring\n\nBody.",
        ": value without key\n\nBody.",
    ],
)
def test_a_malformed_header_is_not_fatal_and_invents_nothing(text):
    art = article.from_text(text)
    assert art.published == ""
    assert art.text == text


def test_article_id_is_a_hash_of_the_content():
    assert article.from_text("A").article_id == article.from_text("A").article_id
    assert article.from_text("A").article_id != article.from_text("B").article_id


@pytest.mark.parametrize(
    "written, iso",
    [
        ("March 3rd, 2022", "2022-03-03"),
        ("Mar. 3, 2022", "2022-03-03"),
        ("3rd March 2022", "2022-03-03"),
        ("Thu, 03 Mar 2022 10:15:00 +0000", "2022-03-03"),
        ("Thursday, March 3, 2022", "2022-03-03"),
        ("2022-03-03T10:15:00Z", "2022-03-03"),
        ("March 2022", ""),
        ("2022", ""),
    ],
)
def test_header_dates_as_people_write_them_come_back_as_iso_dates_and_never_invent_a_day(written, iso):
    assert article.from_text(f"published: {written}\n\nBody.").published == iso
