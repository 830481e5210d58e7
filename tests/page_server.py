"""A local HTTP server on 127.0.0.1 serving saved pages, and failing the ways a real site does."""

from __future__ import annotations

from pathlib import Path

from tests.local_server import LocalServer, QuietHandler

PAGES = Path(__file__).resolve().parent / "webpages"
HUGE_BYTES = 6 * 1024 * 1024  # beyond the 5 MB limit


class PageServer(LocalServer):
    """``/NAME.html`` serves tests/webpages/NAME.html; ``/missing`` is a 404; ``/slow`` answers only once
    released (the test's timeout fires first); ``/huge`` streams past the size limit without saying so,
    ``/huge-declared`` declares it; ``/image`` is a PNG; ``/moved`` redirects to the news page,
    ``/moved-to-ftp`` away from the web."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        outer = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                outer.requests.append(self.path)
                page = PAGES / self.path.lstrip("/")
                if self.path == "/slow":
                    outer.release.wait(30)
                    self.send(200, b"<html><body><p>too late</p></body></html>")
                elif self.path == "/huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.end_headers()
                    block = b"<p>" + b"troops " * 1000 + b"</p>\n"
                    try:
                        for _ in range(HUGE_BYTES // len(block) + 1):
                            self.wfile.write(block)
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # the client stopped reading at its limit, as it should
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
