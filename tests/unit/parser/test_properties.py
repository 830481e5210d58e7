"""Property tests: any text or bytes, and the parser raises nothing but its own errors."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.errors import ArticleError
from dashboard.parser import extract
from dashboard.schema import PRECISIONS, STATUSES, is_unit
from dashboard.sources import article

_WORDS = st.sampled_from(
    [
        "NATO",
        "the alliance",
        "US",
        "British",
        "troops",
        "battlegroups",
        "a",
        "an",
        "four",
        "1,000-1,500",
        "40,000",
        "30.000",
        "about",
        "up to",
        "in",
        "to",
        "from",
        "Estonia",
        "Latvia",
        "Poland",
        "Tapa",
        "Ādaži",
        "eastern flank",
        "Baltic states",
        "will",
        "withdrew",
        "each",
        "of",
        ",",
        ".",
        "and",
        "similar deployments",
        "at sea",
        "“",
        "”",
        '"',
        "Image:",
        "\n",
        "F-35s",
        "82nd",
        "2022",
        "Division",
        "were",
        "is",
        "said",
        "WIESBADEN, Germany --",
        "title:",
        "typically are made up of",
        "soldiers",
        "$",
        "%",
        "between",
        "—",
        "–",
        "-strong",
    ]
)
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check(text: str, gaz) -> None:
    try:
        art = article.from_text(text)
    except ArticleError:
        return
    for fact in extract(art, gaz):
        assert text[fact.quote_start : fact.quote_end] == fact.quote
        assert fact.quote.strip() == fact.quote and fact.quote
        assert fact.precision in PRECISIONS and is_unit(fact.unit) and fact.status in STATUSES
        if fact.quantity_low is not None:
            assert fact.quantity_high is not None and fact.quantity_low <= fact.quantity_high


@_SETTINGS
@given(st.text())
def test_any_text_extracts_without_error_and_quotes_match_offsets(gaz, text):
    _check(text, gaz)


@_SETTINGS
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_article_like_word_salad_extracts_without_error(gaz, text):
    _check(text, gaz)


@_SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_load_or_raise_an_article_error(gaz, data):
    try:
        art = article.from_bytes(data, name="random.bin")
    except ArticleError as err:
        assert "random.bin" in str(err)
        return
    _check(art.text, gaz)
