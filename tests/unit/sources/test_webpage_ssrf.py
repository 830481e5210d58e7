"""Web addresses cannot reach the server's own network: every spelling of a private or local address
is refused before connecting and again at every redirect, the address checked is the one connected
to, and the message is the same whether anything listens there. The setting
DASHBOARD_ALLOW_PRIVATE_ADDRESSES lifts the refusal. Pages are served on 127.0.0.1; no test leaves
this machine."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from urllib.parse import quote

import pytest

from dashboard import settings
from dashboard.errors import WebPageError
from dashboard.ingest import local
from dashboard.sources import webpage
from dashboard.store.articles import Store
from tests.page_server import PAGES, PageServer

ROOT = PAGES.parent.parent
REFUSED = "is on a private or local network"


@pytest.fixture(scope="module")
def site():
    with PageServer() as server:
        yield server


@pytest.fixture(autouse=True)
def private_addresses_refused(monkeypatch):
    """As a user runs the tool: the setting off."""
    monkeypatch.delenv("DASHBOARD_ALLOW_PRIVATE_ADDRESSES", raising=False)


def port_of(site: PageServer) -> int:
    return site.server.server_address[1]


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening (bound, never listened on, then let go)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Every spelling of this machine that resolves to a loopback address, {port} the server's.
LOOPBACK_SPELLINGS = [
    "http://127.0.0.1:{port}/news.html",
    "http://localhost:{port}/news.html",
    "http://LOCALHOST:{port}/news.html",
    "http://127.1:{port}/news.html",
    "http://127.0.1:{port}/news.html",
    "http://2130706433:{port}/news.html",
    "http://0x7f000001:{port}/news.html",
    "http://0x7f.0.0.1:{port}/news.html",
    "http://017700000001:{port}/news.html",
    "http://0177.0.0.1:{port}/news.html",
    "http://127.0.0.2:{port}/news.html",
    "http://127.255.255.254:{port}/news.html",
    "http://[::1]:{port}/news.html",
    "http://[0:0:0:0:0:0:0:1]:{port}/news.html",
    "http://[::ffff:127.0.0.1]:{port}/news.html",
    "http://[::ffff:7f00:1]:{port}/news.html",
    "HTTP://127.0.0.1:{port}/news.html",
    "Http://127.0.0.1:{port}/news.html",
    "https://127.0.0.1:{port}/news.html",
    "HTTPS://localhost:{port}/news.html",
    "http://0177.1:{port}/news.html",
]


@pytest.mark.parametrize("spelling", LOOPBACK_SPELLINGS)
def test_every_spelling_of_this_machine_is_refused_before_connecting(site, spelling):
    address = spelling.format(port=port_of(site))
    before = len(site.requests)
    with pytest.raises(WebPageError, match=REFUSED) as refused:
        webpage.fetch(address)
    assert str(refused.value).startswith(address)
    assert len(site.requests) == before  # the server never heard of it


# Private, link-local, multicast, reserved and unspecified ranges, IPv4 and IPv6 (nothing needs to
# listen there: they are refused before any connection is tried).
OTHER_RANGES = [
    "http://0.0.0.0/",
    "http://0/",
    "http://10.0.0.1/",
    "http://10.255.255.255/",
    "http://172.16.0.1/",
    "http://172.31.255.1/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",  # shared address space (carrier-grade NAT)
    "http://192.0.0.8/",
    "http://192.0.2.1/",  # documentation
    "http://198.18.0.1/",  # benchmarking
    "http://224.0.0.1/",  # multicast
    "http://239.255.255.250/",
    "http://240.0.0.1/",  # reserved
    "http://255.255.255.255/",
    "http://[::]/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    "http://[ff02::1]/",
    "http://[::ffff:10.0.0.1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[64:ff9b::7f00:1]/",  # NAT64 of 127.0.0.1
    "http://[2002:7f00:1::]/",  # 6to4 of 127.0.0.1
    "http://[2001:db8::1]/",  # documentation
    "http://[::127.0.0.1]/",  # IPv4-compatible (deprecated)
]


def test_an_address_with_credentials_is_not_fetched(site):
    before = len(site.requests)
    with pytest.raises(WebPageError, match="user name or password"):
        webpage.fetch(f"http://user:secret@127.0.0.1:{port_of(site)}/news.html", allow_private=True)
    assert len(site.requests) == before


@pytest.mark.parametrize("address", OTHER_RANGES)
def test_private_link_local_multicast_reserved_and_unspecified_ranges_are_refused(address):
    with pytest.raises(WebPageError, match=REFUSED):
        webpage.fetch(address, timeout=2)


@pytest.mark.parametrize(
    "address, public",
    [
        ("8.8.8.8", True),
        ("1.1.1.1", True),
        ("2001:4860:4860::8888", True),
        ("::ffff:8.8.8.8", True),  # judged by the IPv4 address it carries
        ("2002:808:808::1", True),
        ("64:ff9b::808:808", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("::ffff:192.168.0.1", False),
        ("fe80::1%1", False),
        ("224.0.0.251", False),
        ("ff05::2", False),
    ],
)
def test_public_addresses_are_told_from_the_rest(address, public):
    assert webpage.is_public(address) is public


def test_a_refused_address_gives_the_same_message_whether_its_port_is_open_or_closed(site):
    messages = []
    for port in (port_of(site), closed_port()):
        address = f"http://127.0.0.1:{port}/news.html"
        with pytest.raises(WebPageError) as refused:
            webpage.fetch(address)
        messages.append(str(refused.value).removeprefix(address))
    assert messages[0] == messages[1] and REFUSED in messages[0]


@pytest.fixture
def only_127_0_0_1_is_public(monkeypatch):
    """A test double for the internet: 127.0.0.1 (the page server) counts as public, nothing else on
    this machine does, so a redirect from an allowed address to a local one can be tried here."""
    monkeypatch.setattr(webpage, "is_public", lambda address: address == "127.0.0.1")


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.2:{port}/news.html",
        "http://[::1]:{port}/news.html",
        "http://[::ffff:127.0.0.2]:{port}/news.html",
        "HTTP://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
    ],
)
def test_a_redirect_to_a_local_address_is_refused(site, only_127_0_0_1_is_public, target):
    start = site.url("redirect?to=" + quote(target.format(port=port_of(site)), safe=""))
    assert webpage.fetch(site.url("news.html"))[0]  # the allowed address itself is fetched
    with pytest.raises(WebPageError, match=REFUSED) as refused:
        webpage.fetch(start)
    assert str(refused.value).startswith(start)


def test_the_address_checked_is_the_address_connected_to(site, only_127_0_0_1_is_public, monkeypatch):
    """A name resolved once per connection: a second answer (here a private address, as a rebinding
    DNS server would give) is never asked for; the Host header keeps the name."""
    answers = iter(["127.0.0.1", "10.0.0.1"])
    asked = []
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):
        if host != "news.rebinding.test":
            return real(host, port, *args, **kwargs)
        asked.append(host)
        return real(next(answers), port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    page, final = webpage.fetch(f"http://news.rebinding.test:{port_of(site)}/news.html")
    assert b"Romania" in page and asked == ["news.rebinding.test"]
    assert site.hosts[-1] == f"news.rebinding.test:{port_of(site)}"


@pytest.mark.parametrize(
    "value, allowed",
    [("1", True), ("true", True), ("YES", True), ("on", True)]
    + [(v, False) for v in ("", "0", "no", "false", "off", "2")],
)
def test_the_setting_allows_private_addresses_only_when_set(value, allowed):
    assert settings.from_environment({"DASHBOARD_ALLOW_PRIVATE_ADDRESSES": value}).allow_private_addresses is allowed
    assert settings.from_environment({}).allow_private_addresses is False


def test_with_the_setting_an_intranet_page_is_fetched(site, monkeypatch):
    monkeypatch.setenv("DASHBOARD_ALLOW_PRIVATE_ADDRESSES", "1")
    page, _ = webpage.fetch(site.url("news.html"))
    assert b"Romania" in page


def test_nothing_is_stored_from_a_refused_address(site, tmp_path, gaz):
    store = Store(tmp_path / "store.sqlite")
    summary = local.ingest_sources([f"HTTP://127.1:{port_of(site)}/news.html"], store=store, gazetteer=gaz)
    assert summary.articles == 0 and [reason for _, reason in summary.failures] == [f"127.1 {webpage.REFUSED}"]
    assert store.ids() == set()


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DASHBOARD_ALLOW_PRIVATE_ADDRESSES"}
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )


def test_the_command_line_refuses_a_local_address_in_one_line(site, tmp_path):
    address = f"http://[::ffff:127.0.0.1]:{port_of(site)}/news.html"
    result = run_cli("extract", address)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"error: {address}: ::ffff:127.0.0.1 {webpage.REFUSED}"]
    target = tmp_path / "cli.sqlite"
    result = run_cli("ingest", f"HTTP://2130706433:{port_of(site)}/news.html", "--store", str(target))
    assert result.returncode == 2 and f"2130706433 {webpage.REFUSED}" in result.stderr
    assert Store(target).ids() == set()


@pytest.mark.parametrize("spelling", ["http://127.0.0.1:{port}/news.html", "HTTP://[::1]:{port}/news.html"])
def test_the_add_tab_refuses_a_local_address_and_stores_nothing(site, app, store_path, spelling):
    address = spelling.format(port=port_of(site))
    before = len(site.requests)
    app.text_input(key="address").set_value(address)
    app.button(key="add").click().run()
    assert not app.exception
    assert [e.value for e in app.error if REFUSED in e.value]
    assert Store(store_path).articles() == [] and len(site.requests) == before
