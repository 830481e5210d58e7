"""Articles from web pages: saved pages served on 127.0.0.1, the article pulled out with trafilatura,
clear errors and nothing stored on failure. No test leaves this machine."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from dashboard.errors import NoFactsError, WebPageError
from dashboard.ingest import local
from dashboard.sources import webpage
from dashboard.store import shipped
from dashboard.store.articles import Store
from dashboard.ui import citation
from dashboard.util.htmltext import escape_html
from tests.conftest import ALLOW_PRIVATE
from tests.page_server import PAGES, PageServer

ROOT = PAGES.parent.parent
# The pages are served on 127.0.0.1: every test here fetches with private addresses allowed
# (test_web_address_checks.py tests the refusal).
pytestmark = pytest.mark.usefixtures("private_addresses_allowed")


@pytest.fixture(scope="module")
def site():
    with PageServer() as server:
        yield server


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "store.sqlite")


def test_a_news_page_gives_its_article_without_navigation_comments_or_related_links(site):
    art = webpage.load(site.url("news.html"))
    assert "The United States will send 2,000 troops to Romania" in art.text
    assert "Mihail Kogălniceanu air base" in art.text
    for furniture in (
        "Subscribe for 1 euro",
        "50,000 troops to Lithuania",
        "30,000 troops to Belarus",
        "All rights reserved",
        "window.analytics",
        "patriot1984",
    ):
        assert furniture not in art.text
    assert (art.title, art.author, art.outlet, art.published) == (
        "US to send 2,000 more troops to Romania",
        "Jane Reporter",
        "Harbour Gazette",
        "2024-03-05",
    )
    assert art.url == "https://gazette.example/world/2024/03/05/us-troops-romania"  # the page's canonical address
    # The headline opens the text but is not read for facts, as a text file's header is not.
    assert art.text[: art.body_start].strip() == art.title


def test_a_page_added_by_address_is_stored_with_its_facts_and_its_quote_highlighted(site, store, gaz):
    # As the app's Add tab does it: fetch, read, store.
    page, final = webpage.fetch(site.url("news.html"))
    art, facts = local.read(page, name=site.url("news.html"), gazetteer=gaz, url=final)
    assert store.add(art, facts, source_name=site.url("news.html")).added
    romania = next(f for f in facts if f.country_code == "RO" and f.quantity_low == 2000)
    assert romania.force == "US" and romania.status == "planned" and romania.published == "2024-03-05"
    text = shipped.article_text(romania.article_id, store)
    assert text[romania.quote_start : romania.quote_end] == romania.quote
    html = citation.highlighted(text, romania.quote_start, romania.quote_end)
    assert f"<mark id='quote'>{escape_html(romania.quote)}</mark>" in html
    assert not any("Lithuania" in f.quote or "Belarus" in f.quote for f in facts)


def test_a_government_release_gives_its_facts_and_date(site, gaz):
    art, facts = local.read_source(site.url("gov_release.html"), gazetteer=gaz)
    assert art.title == "Dutch contingent arrives in Lithuania" and art.published == "2023-06-12"
    assert any(f.force == "Netherlands" and f.quantity_low == 270 and f.country_code == "LT" for f in facts)
    assert "Skip to content" not in art.text and "Cookies" not in art.text


def test_a_redirect_is_followed_and_the_address_kept(site):
    page, final = webpage.fetch(site.url("moved"))
    assert final == site.url("news.html") and b"Romania" in page


@pytest.mark.parametrize(
    "path, message",
    [
        ("no_article.html", "no article found in this page"),
        ("missing", "the server answered 404"),
        ("huge", "too large (more than"),
        ("huge-declared", "too large (6,291,456 bytes"),
        ("image", "the server sent image/png, not a web page"),
        ("moved-to-ftp", "redirected to ftp://127.0.0.1/x, which is not a web address"),
    ],
)
def test_a_page_that_fails_is_a_clear_error_and_nothing_is_stored(site, store, gaz, path, message):
    with pytest.raises(WebPageError, match=message.replace("(", r"\(")) as raised:
        art, facts = local.read_source(site.url(path), gazetteer=gaz)
        store.add(art, facts)
    assert str(raised.value).startswith(site.url(path))
    assert store.ids() == set()


def test_a_slow_page_times_out_rather_than_hanging(site):
    started = time.monotonic()
    with pytest.raises(WebPageError, match="within 0.5 s"):
        webpage.fetch(site.url("slow"), timeout=0.5)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("path", ["trickle-headers", "trickle-body"])
def test_a_page_trickled_a_byte_at_a_time_fails_at_the_whole_request_deadline(site, path):
    # Each byte comes well within any per-read timeout; only the deadline on the whole page ends it.
    started = time.monotonic()
    with pytest.raises(WebPageError, match="the page did not arrive within 1 s"):
        webpage.fetch(site.url(path), timeout=1)
    assert time.monotonic() - started < 2.5
    assert site.requests[-1] == f"/{path}"


def test_the_command_line_gives_up_on_a_trickling_page_at_its_deadline(site):
    started = time.monotonic()
    result = run_cli("extract", site.url("trickle-body"))
    assert time.monotonic() - started < webpage.TIMEOUT + 8  # the deadline, and the command's start
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: {site.url('trickle-body')}: the page did not arrive within {webpage.TIMEOUT:g} s"
    ]


def test_only_web_addresses_are_fetched():
    for address in ("file:///etc/passwd", "ftp://127.0.0.1/x", "http://"):
        with pytest.raises(WebPageError, match="not a web address"):
            webpage.fetch(address)


def test_a_page_with_an_article_but_no_deployment_says_so(tmp_path, gaz):
    page = tmp_path / "weather.html"
    page.write_text(
        "<html><head><title>Weather</title></head><body><article><h1>Weather</h1>"
        "<p>Storms will cross the coast on Friday, with strong winds and heavy rain in the north "
        "and snow in the hills.</p><p>Forecasters expect calmer weather by Sunday afternoon, when "
        "temperatures should rise again across the region.</p><p>Ferries may be cancelled on "
        "Saturday morning; travellers are asked to check before setting out.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(NoFactsError, match="no force deployments"):
        local.read_source(str(page), gazetteer=gaz)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **ALLOW_PRIVATE},
    )


def test_the_command_line_extracts_from_an_address_and_an_html_file(site):
    result = run_cli("extract", site.url("news.html"), str(PAGES / "gov_release.html"))
    assert result.returncode == 0, result.stderr
    assert "The United States will send 2,000 troops to Romania" in result.stdout
    assert "Netherlands" in result.stdout and "Harbour Gazette" in result.stdout


def test_the_command_line_ingests_addresses_and_names_each_failure(site, tmp_path):
    target = tmp_path / "cli.sqlite"
    result = run_cli("ingest", site.url("news.html"), site.url("missing"), "--store", str(target))
    assert result.returncode == 2
    assert f"failed: {site.url('missing')}: the server answered 404" in result.stderr
    assert "1 article(s) added" in result.stderr
    assert len(Store(target).ids()) == 1


def test_a_directory_of_saved_pages_is_ingested_beside_text_files(tmp_path, store):
    folder = tmp_path / "saved"
    folder.mkdir()
    for name in ("news.html", "gov_release.html", "no_article.html"):
        (folder / name).write_bytes((PAGES / name).read_bytes())
    summary = local.ingest_dir(folder, store=store)
    assert summary.articles == 2 and [p.endswith("no_article.html") for p, _ in summary.failures] == [True]
    again = local.ingest_dir(folder, store=store)
    assert again.articles == 0 and again.already == 2


def test_a_hostile_page_stays_text_in_the_citation_and_on_the_map(tmp_path, gaz):
    from dashboard.exports import tables
    from dashboard.maps import mapview
    from dashboard.store.shipped import region_members

    page = tmp_path / "hostile.html"
    page.write_text(
        "<html><head><title>&lt;img src=x onerror=alert(1)&gt; Troops</title>"
        "<meta name='author' content='&lt;script&gt;alert(1)&lt;/script&gt;'></head><body><article>"
        "<h1>&lt;img src=x onerror=alert(1)&gt; Troops</h1>"
        "<p>The US will send 3,000 troops to Poland, officials said on Monday.</p>"
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; More could follow later in the year if the ministry asks.</p>"
        '<p>=HYPERLINK("http://evil.example") The decision was taken after talks in Warsaw between the '
        "two governments, which lasted for most of the week.</p></article>"
        "<script>alert(2)</script></body></html>",
        encoding="utf-8",
    )
    art, facts = local.read_source(str(page), gazetteer=gaz)
    assert "alert(2)" not in art.text and "<script>alert(1)</script>" in art.text
    fact = next(f for f in facts if f.country_code == "PL")
    html = citation.highlighted(art.text, fact.quote_start, fact.quote_end)  # the whole article, escaped
    assert "<script>" not in html and "&lt;script&gt;" in html
    table = tables.frame(facts)
    rendered = (
        mapview.map_parts(table, outline=gaz.outline, members=region_members(table, gaz), tiles=None, labels=())
        .whole()
        .get_root()
        .render()
    )
    assert "<script>alert" not in rendered and "<img src=x" not in rendered
    assert all(line.split(",")[0] != "=HYPERLINK" for line in tables.to_csv(table).splitlines())
