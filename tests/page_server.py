"""A local HTTP server on 127.0.0.1 serving saved pages, and failing the ways a real site does."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.local_server import LocalServer, QuietHandler

PAGES = Path(__file__).resolve().parent / "webpages"
HUGE_BYTES = 6 * 1024 * 1024  # beyond the 5 MB limit


class PageServer(LocalServer):
    """``/NAME.html`` serves tests/webpages/NAME.html; ``/missing`` is a 404; ``/slow`` answers only once
    released (the test's timeout fires first); ``/huge`` streams past the size limit without saying so,
    ``/huge-declared`` declares it; ``/image`` is a PNG; ``/moved`` redirects to the news page,
    ``/moved-to-ftp`` away from the web, ``/redirect?to=ADDRESS`` to any address; ``/trickle-headers``
    and ``/trickle-body`` send a byte every ``TRICKLE`` seconds until released, each read well within
    any per-read timeout. ``hosts`` keeps the Host header of each request."""

    TRICKLE = 0.05

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.hosts: list[str] = []
        outer = self

        class Handler(QuietHandler):
            def trickle(self, data: bytes) -> None:
                for byte in data:
                    if outer.release.wait(outer.TRICKLE):
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                outer.requests.append(self.path)
                outer.hosts.append(self.headers.get("Host", ""))
                page = PAGES / self.path.lstrip("/")
                address = urlsplit(self.path)
                try:
                    self.answer(page, address.path, parse_qs(address.query))
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should

            def answer(self, page: Path, path: str, query: dict[str, list[str]]) -> None:
                if path == "/trickle-headers":
                    self.trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 100_000)
                elif path == "/trickle-body":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.end_headers()
                    self.wfile.flush()
                    self.trickle(b"<html><body><p>" + b"troops " * 100_000)
                elif path == "/redirect":
                    self.send_response(302)
                    self.send_header("Location", query["to"][0])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif self.path == "/slow":
                    outer.release.wait(30)
                    self.send(200, b"<html><body><p>too late</p></body></html>")
                elif self.path == "/huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.end_headers()
                    block = b"<p>" + b"troops " * 1000 + b"</p>\n"
                    for _ in range(HUGE_BYTES // len(block) + 1):
                        self.wfile.write(block)
                elif self.path == "/huge-declared":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(HUGE_BYTES))
                    self.end_headers()
                elif self.path == "/image":
                    self.send(200, b"\x89PNG\r\n\x1a\n", kind="image/png")
                elif self.path in ("/moved", "/moved-to-ftp"):
                    self.send_response(302)
                    self.send_header("Location", "/news.html" if self.path == "/moved" else "ftp://127.0.0.1/x")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif page.suffix == ".html" and page.parent == PAGES and page.exists():
                    self.send(200, page.read_bytes())
                else:
                    self.send(404, b"<html><body><h1>Not found</h1></body></html>")

        super().__init__(Handler)

    def url(self, path: str) -> str:
        return f"http://{self.domain}/{path.lstrip('/')}"
