"""A local HTTP server on 127.0.0.1 serving saved pages, and failing the ways a real site does."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "webpages"
HUGE_BYTES = 6 * 1024 * 1024  # beyond the 5 MB limit


class PageServer:
    """``/NAME.html`` serves tests/webpages/NAME.html; ``/missing`` is a 404; ``/slow`` answers only once
    released (the test's timeout fires first); ``/huge`` streams past the size limit without saying so,
    ``/huge-declared`` declares it; ``/image`` is a PNG; ``/moved`` redirects to the news page,
    ``/moved-to-ftp`` away from the web."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                outer.requests.append(self.path)
                page = PAGES / self.path.lstrip("/")
                if self.path == "/slow":
                    outer.release.wait(30)
                    self._send(200, b"<html><body><p>too late</p></body></html>")
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
                    self._send(200, b"\x89PNG\r\n\x1a\n", kind="image/png")
                elif self.path in ("/moved", "/moved-to-ftp"):
                    self.send_response(302)
                    self.send_header("Location", "/news.html" if self.path == "/moved" else "ftp://127.0.0.1/x")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif page.suffix == ".html" and page.parent == PAGES and page.exists():
                    self._send(200, page.read_bytes())
                else:
                    self._send(404, b"<html><body><h1>Not found</h1></body></html>")

            def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8") -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/{path.lstrip('/')}"

    def __enter__(self) -> PageServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
