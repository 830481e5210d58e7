"""A local HTTP server that answers like Nominatim's /search, or fails the ways a real one does."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class FakeNominatim:
    """``mode`` is one of: ok, hang, 429, 500, malformed, empty, wrong_country."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.requests: list[tuple[float, dict[str, list[str]]]] = []
        self.user_agents: list[str] = []
        self.release = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                query = parse_qs(urlparse(self.path).query)
                outer.requests.append((time.monotonic(), query))
                outer.user_agents.append(self.headers.get("User-Agent", ""))
                mode = outer.mode
                if mode == "hang":
                    outer.release.wait(30)
                    return
                if mode in ("429", "500"):
                    self._send(int(mode), b'{"error": "busy"}')
                elif mode == "malformed":
                    self._send(200, b"[{not json")
                elif mode == "empty":
                    self._send(200, b"[]")
                else:
                    country = "de" if mode == "wrong_country" else query.get("countrycodes", ["ee"])[0]
                    body = [
                        {
                            "place_id": 1,
                            "lat": "59.2601",
                            "lon": "25.9609",
                            "display_name": query["q"][0],
                            "category": "place",
                            "type": "town",
                            "addresstype": "town",
                            "address": {"town": query["q"][0], "country_code": country},
                        }
                    ]
                    self._send(200, json.dumps(body).encode())

            def _send(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeNominatim:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
