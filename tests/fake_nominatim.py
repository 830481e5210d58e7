"""A local HTTP server that answers like Nominatim's /search, or fails the ways a real one does."""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qs, urlparse

from tests.local_server import LocalServer, QuietHandler


class FakeNominatim(LocalServer):
    """``mode`` is one of: ok, hang, 429, 500, malformed, empty, wrong_country."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.requests: list[tuple[float, dict[str, list[str]]]] = []
        self.user_agents: list[str] = []
        outer = self

        class Handler(QuietHandler):
            content_type = "application/json"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                query = parse_qs(urlparse(self.path).query)
                outer.requests.append((time.monotonic(), query))
                outer.user_agents.append(self.headers.get("User-Agent", ""))
                mode = outer.mode
                if mode == "hang":
                    outer.release.wait(30)
                    return
                if mode in ("429", "500"):
                    self.send(int(mode), b'{"error": "busy"}')
                elif mode == "malformed":
                    self.send(200, b"[{not json")
                elif mode == "empty":
                    self.send(200, b"[]")
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
                    self.send(200, json.dumps(body).encode())

        super().__init__(Handler)
