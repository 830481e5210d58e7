"""Articles from the web: an HTML page (a file or an address) to an ``Article``.

The page's article text, title, author, date, outlet and address come out with trafilatura, which
drops navigation, comments, related links and footers. Offsets are into the extracted text, which is
what the store keeps, so the citation view highlights the quote in it as for a text file. The
headline that opens the text is skipped by the parser (``body_start``), as a text file's header is.

Fetching is ours, not trafilatura's. Every request has a timeout on connecting and on each read and
one deadline for the whole exchange, redirects included (a server trickling its headers a byte at a
time is cut off when it passes), a size limit and a check that the answer is HTML. The server's own
network is not reachable through it: every connection, the first and each redirect's, resolves its
host once, refuses it if any address is loopback, private, link-local, multicast, reserved or
unspecified (whatever the spelling: ``127.1``, ``2130706433``, ``[::ffff:127.0.0.1]``...), and then
connects to the very address it checked, so a second DNS answer cannot swap it. A refused address
gives the same message whether anything listens there or not. ``DASHBOARD_ALLOW_PRIVATE_ADDRESSES``
lifts the refusal (an intranet; the tests' pages on 127.0.0.1). Any failure is a ``WebPageError``
that says which and why.
"""

from __future__ import annotations

import functools
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dashboard import settings
from dashboard.errors import WebPageError
from dashboard.sources import article as articles
from dashboard.util import dates

TIMEOUT = 10.0  # seconds, for connecting, for each read, and for the whole exchange
MAX_BYTES = articles.MAX_BYTES
MIN_TEXT = 200  # characters: less than this is a page's furniture, not an article
HTML_SUFFIXES = (".html", ".htm")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_USER_AGENT = "eastern-flank-dashboard/1 (+article reader)"
_WEB_SCHEMES = ("http", "https")
# IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, RFC 6052): judged by it.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
# Special-purpose blocks (IANA's registry) that this Python's ``is_global`` still counts as global.
_NOT_GLOBAL = (ipaddress.IPv4Network("192.0.0.0/24"), ipaddress.IPv6Network("64:ff9b:1::/48"))
REFUSED = "is on a private or local network, which this tool does not fetch from"


def is_url(source: str) -> bool:
    """A web address, whatever the case of its scheme (``HTTP://`` is one too)."""
    return source[:8].lower().startswith(("http://", "https://"))


def looks_like_html(data: bytes, name: str = "") -> bool:
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def is_public(address: str) -> bool:
    """Whether an IP address (as ``getaddrinfo`` gives it) is on the public internet. An IPv6 address
    that carries an IPv4 one (mapped, 6to4, NAT64) is judged by the IPv4 address it carries."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        carried = (
            ip.ipv4_mapped or ip.sixtofour or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None)
        )
        if carried is not None:
            ip = carried
    if any(ip in block for block in _NOT_GLOBAL if block.version == ip.version):
        return False
    return ip.is_global and not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
    )


class _Refused(Exception):
    """A host resolving to an address this tool does not fetch from (raised inside a connection)."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


class _Deadline:
    """One deadline for a whole fetch. When it passes, every socket it watches is shut down, which
    ends whatever read is waiting on it (a trickle of bytes never trips a per-read timeout)."""

    def __init__(self, seconds: float) -> None:
        self._end = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._watched: list[socket.socket] = []
        self.fired = False  # the sockets were shut down: whatever was read since may be cut short
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self._end

    def left(self) -> float:
        return max(0.0, self._end - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        # A duplicate of the descriptor: shutting it down ends the connection for every reader, TLS
        # included, without touching the Python object another thread is reading through.
        with self._lock:
            self._watched.append(sock.dup())
        if self.expired:
            self._expire()

    def _expire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._watched:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass  # already closed by the other side

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._watched:
                sock.close()
            self._watched.clear()


def _resolve(host: str, port: int, *, deadline: _Deadline) -> list[tuple[Any, ...]]:
    """``getaddrinfo`` within the deadline (the resolver has no timeout of its own)."""
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM).result(timeout=deadline.left())
    except FutureTimeout:
        raise TimeoutError(f"resolving {host} took too long") from None
    finally:
        pool.shutdown(wait=False)


def _pinned_connection(
    address: tuple[str, int],
    timeout: float,
    source_address: tuple[str, int] | None = None,
    *,
    deadline: _Deadline,
    allow_private: bool,
) -> socket.socket:
    """``socket.create_connection`` that resolves once, checks every address, and connects to an
    address it checked (the Host header and TLS's server name keep the name: see the classes below)."""
    host, port = address
    found = _resolve(host, port, deadline=deadline)
    if not allow_private and not all(is_public(str(info[4][0]).split("%")[0]) for info in found):
        raise _Refused(host)
    error: OSError = OSError(f"{host} has no address")
    for family, kind, proto, _, sockaddr in found:
        sock = socket.socket(family, kind, proto)
        try:
            # Never 0, which would make the socket non-blocking: a passed deadline fails the connect.
            sock.settimeout(max(min(timeout, deadline.left()), 0.001))
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
        except OSError as err:
            sock.close()
            error = err
            continue
        deadline.watch(sock)
        return sock
    raise error


class _Pinned(http.client.HTTPConnection):
    """A connection through ``_pinned_connection``; the Host header, and TLS's server name and
    certificate check (``HTTPSConnection`` uses ``self.host``), keep the name asked for."""

    def __init__(self, *args: Any, deadline: _Deadline, allow_private: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = functools.partial(_pinned_connection, deadline=deadline, allow_private=allow_private)


class _PinnedHTTP(_Pinned):
    pass


class _PinnedHTTPS(_Pinned, http.client.HTTPSConnection):
    pass


class _PinnedHandler(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    def __init__(self, *, deadline: _Deadline, allow_private: bool) -> None:
        super().__init__()
        self._deadline, self._allow_private = deadline, allow_private

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            functools.partial(_PinnedHTTP, deadline=self._deadline, allow_private=self._allow_private), req
        )

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            functools.partial(_PinnedHTTPS, deadline=self._deadline, allow_private=self._allow_private),
            req,
            context=ssl.create_default_context(),
        )


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to web addresses only (urllib would also follow one to ftp://). The address a
    redirect names is checked like the first one, when its connection is made."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in _WEB_SCHEMES:
            raise WebPageError(f"{req.full_url}: redirected to {newurl}, which is not a web address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(*, deadline: _Deadline, allow_private: bool) -> urllib.request.OpenerDirector:
    # No proxy from the environment: the address checked must be the address connected to.
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _PinnedHandler(deadline=deadline, allow_private=allow_private),
        _WebOnlyRedirects,
    )


def fetch(
    url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, allow_private: bool | None = None
) -> tuple[bytes, str]:
    """The page's bytes and its final address (after redirects), all of it within ``timeout``; raises
    WebPageError. ``allow_private`` (default: ``DASHBOARD_ALLOW_PRIVATE_ADDRESSES``) lets it reach
    private and local addresses."""
    parts = urlsplit(url)
    if parts.scheme not in _WEB_SCHEMES or not parts.hostname:
        raise WebPageError(f"{url}: not a web address (http:// or https://)")
    if "@" in parts.netloc:
        raise WebPageError(f"{url}: an address with a user name or password in it is not fetched")
    if allow_private is None:
        allow_private = settings.from_environment().allow_private_addresses
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html"})
    deadline = _Deadline(timeout)
    late = f"{url}: the page did not arrive within {timeout:g} s"
    try:
        page = _read(
            _opener(deadline=deadline, allow_private=allow_private), request, timeout=timeout, max_bytes=max_bytes
        )
    except _Refused as err:
        raise WebPageError(f"{url}: {err.host} {REFUSED}") from None
    except WebPageError as err:
        # Headers cut off by the deadline read as a page without a type: the deadline is the reason.
        raise (WebPageError(late) if deadline.fired else err) from err
    except (OSError, ValueError, http.client.HTTPException) as err:
        raise (WebPageError(late) if deadline.fired else _failure(url, err, timeout)) from err
    finally:
        deadline.close()
    if deadline.fired:  # a body without a length, cut short, reads as a whole one
        raise WebPageError(late)
    return page


def _read(
    opener: urllib.request.OpenerDirector, request: urllib.request.Request, *, timeout: float, max_bytes: int
) -> tuple[bytes, str]:
    url = request.full_url
    with opener.open(request, timeout=timeout) as response:
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
            chunks.append(chunk)
        return b"".join(chunks), response.geturl()


def _failure(url: str, err: Exception, timeout: float) -> WebPageError:
    """What went wrong, in a line; a refusal wrapped by urllib is unwrapped to its own message."""
    reason = err.reason if isinstance(err, urllib.error.URLError) else err
    if isinstance(reason, _Refused):
        return WebPageError(f"{url}: {reason.host} {REFUSED}")
    if isinstance(err, urllib.error.HTTPError):
        return WebPageError(f"{url}: the server answered {err.code} {err.reason}")
    if isinstance(reason, TimeoutError):
        return WebPageError(f"{url}: no answer within {timeout:g} s")
    return WebPageError(f"{url}: cannot be fetched ({reason})")


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


def load(source: str | Path, *, timeout: float = TIMEOUT, allow_private: bool | None = None) -> articles.Article:
    """An article from a web address (see ``fetch``), an HTML file or a text file."""
    if isinstance(source, str) and is_url(source):
        data, final = fetch(source, timeout=timeout, allow_private=allow_private)
        return from_html(data, name=source, url=final)
    path = Path(source)
    data = articles.read_file(path)  # type and size checked before reading: a FIFO or /dev/zero is refused
    if looks_like_html(data, path.name):
        return from_html(data, name=articles.display_name(path))
    return articles.from_bytes(data, name=articles.display_name(path))
