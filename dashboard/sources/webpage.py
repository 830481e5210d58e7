"""Articles from the web: an HTML page (a file or an address) to an ``Article``.

The page's article text, title, author, date, outlet and address come out with trafilatura, which
drops navigation, comments, related links and footers. Offsets are into the extracted text, which is
what the store keeps, so the citation view highlights the quote in it as for a text file. The
headline that opens the text is skipped by the parser (``body_start``), as a text file's header is.

Fetching is ours, not trafilatura's, so every request has a timeout on connecting and on each read,
an overall deadline, a size limit and a check that the answer is HTML; any failure is a
``WebPageError`` that says which and why.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dashboard.errors import WebPageError
from dashboard.sources import article as articles
from dashboard.util import dates

TIMEOUT = 10.0  # seconds, for connecting, for each read, and for the whole page
MAX_BYTES = articles.MAX_BYTES
MIN_TEXT = 200  # characters: less than this is a page's furniture, not an article
HTML_SUFFIXES = (".html", ".htm")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_USER_AGENT = "eastern-flank-dashboard/1 (+article reader)"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def looks_like_html(data: bytes, name: str = "") -> bool:
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to web addresses only (urllib would also follow one to ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise WebPageError(f"{req.full_url}: redirected to {newurl}, which is not a web address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_WebOnlyRedirects)


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """The page's bytes and its final address (after redirects); raises WebPageError."""
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise WebPageError(f"{url}: not a web address (http:// or https://)")
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html"})
    deadline = time.monotonic() + timeout
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in _HTML_TYPES:
                raise WebPageError(f"{url}: the server sent {kind}, not a web page")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise WebPageError(f"{url}: too large ({int(declared):,} bytes; the limit is {max_bytes:,})")
            chunks, size = [], 0
            while chunk := response.read(64 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise WebPageError(f"{url}: too large (more than {max_bytes:,} bytes)")
                if time.monotonic() > deadline:
                    raise WebPageError(f"{url}: the page did not arrive within {timeout:g} s")
                chunks.append(chunk)
            return b"".join(chunks), response.geturl()
    except urllib.error.HTTPError as err:
        raise WebPageError(f"{url}: the server answered {err.code} {err.reason}") from err
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError):
            raise WebPageError(f"{url}: no answer within {timeout:g} s") from err
        raise WebPageError(f"{url}: cannot be fetched ({err.reason})") from err
    except TimeoutError as err:
        raise WebPageError(f"{url}: no answer within {timeout:g} s") from err
    except (OSError, ValueError) as err:
        raise WebPageError(f"{url}: cannot be fetched ({err})") from err


def from_html(data: bytes, *, name: str, url: str = "") -> articles.Article:
    """The article in an HTML page; raises WebPageError when the page holds none."""
    import trafilatura

    if len(data) > MAX_BYTES:
        raise WebPageError(f"{name}: too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    # A Document or None (as_dict is off), though trafilatura's types also allow a dict.
    doc: Any = trafilatura.bare_extraction(
        data, url=url or None, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = (doc.text or "").strip() if doc else ""
    if len(text) < MIN_TEXT:
        raise WebPageError(f"{name}: no article found in this page (nothing but navigation and links)")
    title = (doc.title or "").strip()
    first_line = text.split("\n", 1)[0]
    body_start = len(first_line) + 1 if title and first_line.strip() == title and "\n" in text else 0
    # A page's date passes the same check as a text header's: an absurd one would take the app down.
    published, problem = dates.checked(doc.date) if doc.date else ("", "")
    return articles.Article(
        article_id=articles.article_id_for(text),
        text=text,
        title=title,
        outlet=doc.sitename or doc.hostname or "",
        author=doc.author or "",
        published=published,
        url=doc.url or url,
        body_start=body_start,
        warnings=(f"{name}: {problem}",) if problem else (),
    )


def load(source: str | Path, *, timeout: float = TIMEOUT) -> articles.Article:
    """An article from a web address, an HTML file or a text file."""
    if isinstance(source, str) and is_url(source):
        data, final = fetch(source, timeout=timeout)
        return from_html(data, name=source, url=final)
    path = Path(source)
    data = articles.read_file(path)  # type and size checked before reading: a FIFO or /dev/zero is refused
    if looks_like_html(data, path.name):
        return from_html(data, name=articles.display_name(path))
    return articles.from_bytes(data, name=articles.display_name(path))
