"""Hostile and broken input: nothing runs that should not, nothing is lost, every failure is named."""

from __future__ import annotations

import io
import re
import signal
import subprocess
import sys
import textwrap

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.exports import tables
from dashboard.parser import extract
from dashboard.parser.text import MAX_SENTENCE
from dashboard.schema import COLUMNS, TEXT_COLUMNS
from dashboard.sources import article
from dashboard.store.articles import Store
from dashboard.util.htmltext import escape_markdown
from tests.conftest import APP, ROOT
from tests.fake_nominatim import FakeNominatim

HOSTILE = [
    "=1+1",
    "+SUM(A1:A9)",
    "-2+3",
    "@cmd",
    "\t=x",
    "\r=x",
    '=HYPERLINK("http://evil","x")',
    "<script>alert(1)</script>",
    "`${alert(1)}`",
    "javascript:alert(1)",
    "[x](javascript:alert(1))",
]


# --- spreadsheet formula injection ----------------------------------------------------------------------
@pytest.fixture
def hostile_table(seed_facts) -> pd.DataFrame:
    df = tables.frame(seed_facts).head(len(HOSTILE)).reset_index(drop=True)
    for column in TEXT_COLUMNS:
        df[column] = [HOSTILE[(i + len(column)) % len(HOSTILE)] for i in range(len(df))]
    df["lon"] = -df["lon"]
    return df


def test_every_text_cell_a_spreadsheet_would_run_is_neutralised(hostile_table):
    raw = pd.read_csv(io.StringIO(tables.to_csv(hostile_table)), dtype=str, keep_default_na=False)
    for column in TEXT_COLUMNS:
        for value in raw[column]:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)


def test_headers_are_neutralised_too():
    text = tables.to_csv(pd.DataFrame({"=cmd": ["x"], "ok": ["y"]}))
    assert text.splitlines()[0] == "'=cmd,ok"


def test_numbers_and_negative_numbers_stay_numbers(hostile_table):
    raw = pd.read_csv(io.StringIO(tables.to_csv(hostile_table)))
    assert pd.api.types.is_float_dtype(raw["lon"]) and (raw["lon"].dropna() < 0).all()
    assert pd.api.types.is_integer_dtype(raw["quote_start"])


def test_a_round_trip_through_pandas_keeps_the_data(hostile_table):
    back = tables.read_csv(io.StringIO(tables.to_csv(hostile_table)))
    assert tuple(back.columns) == COLUMNS
    pd.testing.assert_frame_equal(back, hostile_table)


# A code span as CommonMark reads it: a run of backticks, the text, the same run; one space of padding
# on both sides is dropped.
_CODE_SPAN = re.compile(r"(?<![\\`])(?P<fence>`+)(?!`)(?P<body>.+?)(?<!`)(?P=fence)(?!`)")


def markdown_parts(markdown: str) -> list[tuple[str, str]]:
    """("code", text) for each code span and ("text", markdown) for what lies between them."""
    parts, at = [], 0
    for span in _CODE_SPAN.finditer(markdown):
        body = span["body"]
        if body.startswith(" ") and body.endswith(" ") and body.strip():
            body = body[1:-1]
        parts += [("text", markdown[at : span.start()]), ("code", body)]
        at = span.end()
    parts.append(("text", markdown[at:]))
    return parts


def shown(markdown: str) -> str:
    """The text Markdown shows for ``markdown`` made by escape_markdown (backslash escapes resolved)."""
    return "".join(text if kind == "code" else re.sub(r"\\(.)", r"\1", text) for kind, text in markdown_parts(markdown))


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_shows_article_text_literally(text):
    escaped = escape_markdown(text)
    outside = "".join(t for kind, t in markdown_parts(escaped) if kind == "text")
    assert "[x](" not in escaped and "<script>" not in outside and "**" not in escaped
    assert shown(escaped) == text


# --- bad files at the command line -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("blank.txt", b" \n\t\n ", "empty"),
        ("nul.txt", b"US troops\x00 in Poland", "NUL"),
        ("big.txt", b"NATO troops in Poland. " * (20 * 1024 * 1024 // 23 + 1), "too large"),
        ("bad16.txt", b"\xff\xfe" + b"\x00\xd8" + b"a\x00", "cannot be decoded"),
        ("zip.txt", b"PK\x03\x04" + bytes(40), "ZIP"),
    ],
)
def test_the_cli_refuses_bad_files_with_exit_2_and_one_line(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "extract", str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and name in result.stderr and reason in result.stderr


@pytest.mark.parametrize(
    "content",
    [
        "Some invalid UTF-8: caf\xe9 and 300 troops in Poland.".encode("latin-1"),
        "UTF-16 without a BOM: 300 troops in Poland.".encode("utf-16-le"),
    ],
)
def test_odd_but_readable_encodings_are_read_correctly(tmp_path, content):
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "extract", str(path), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and '"country_code": "PL"' in result.stdout


def test_a_single_one_megabyte_line_is_read_in_bounded_sentences(gaz):
    line = ("Britain keeps 900 soldiers at Tapa while Canada leads 700 troops in Latvia and " * 12_500)[:1_000_000]
    art = article.from_text(line)
    facts = extract(art, gaz)
    assert facts and {f.country_code for f in facts} >= {"EE", "LV"}
    for fact in facts:
        assert line[fact.quote_start : fact.quote_end] == fact.quote and len(fact.quote) <= MAX_SENTENCE


def test_a_text_with_no_facts_reads_but_yields_nothing(gaz):
    assert extract(article.from_text("Quarterly results beat expectations; shares rose 3 percent."), gaz) == []


# --- store integrity -----------------------------------------------------------------------------------------
ARTICLE = "The US will send 3,000 troops to Poland and 1,000 to Romania."


def test_two_processes_ingesting_the_same_folder_leave_one_copy(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"a{i}.txt").write_text(f"Report {i}: Canada has {100 + i} troops in Latvia.", encoding="utf-8")
    store = tmp_path / "store.sqlite"
    Store(store)
    command = [sys.executable, "-m", "dashboard", "ingest", str(corpus), "--store", str(store)]
    runs = [subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.stderr.read()
    check = Store(store)
    assert len(check.articles()) == 6 and len(check.facts()) == 6
    assert check.facts()["fact_id"].is_unique and check.integrity() == "ok"


def test_a_process_killed_in_the_middle_of_adding_leaves_the_store_as_it_was(tmp_path):
    store = tmp_path / "store.sqlite"
    Store(store)
    child = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from dashboard.places import gazetteer
        from dashboard.sources import article
        from dashboard.parser import extract
        from dashboard.store.articles import Store
        gaz = gazetteer.load()
        store = Store(Path({str(store)!r}))
        def items():
            for text in ({ARTICLE!r}, "Britain keeps 900 soldiers at Tapa."):
                art = article.from_text(text)
                yield art, extract(art, gaz), "x.txt"
            os.kill(os.getpid(), signal.SIGKILL)
        store.add_many(items())
    """)
    result = subprocess.run([sys.executable, "-c", child], cwd=ROOT, capture_output=True, timeout=120)
    assert result.returncode == -signal.SIGKILL
    after = Store(store)
    assert after.articles() == [] and after.facts().empty and after.integrity() == "ok"


# --- geocoder failures in the app --------------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["500", "hang", "malformed", "429"])
def test_the_app_tells_once_when_online_geocoding_fails_and_keeps_offline_places(
    store_path, tmp_path, monkeypatch, mode
):
    with FakeNominatim() as server:
        server.mode = mode
        monkeypatch.setenv("DASHBOARD_GEOCACHE", str(tmp_path / "geocache.sqlite"))
        monkeypatch.setenv("DASHBOARD_NOMINATIM", f"http://{server.domain}")
        at = AppTest.from_file(APP, default_timeout=60)
        at.run()
        at.text_area(key="paste").set_value(
            "Britain keeps 900 soldiers at Tapa, and 300 more in Mielec, Poland. Canada has 700 troops at Ādaži."
        )
        at.checkbox(key="online").check()
        at.button(key="add").click().run()
        warnings = [w.value for w in at.warning]
        assert len(warnings) == 1 and "kept the offline places" in warnings[0]
        assert len(server.requests) == 1
        facts = Store(store_path).facts()
        assert len(facts) == 3 and facts["lat"].notna().all()
        assert set(facts["precision"]) == {"base", "town"}


@pytest.mark.parametrize(
    "text",
    [
        "https://example.org/x",
        "HTTP://EXAMPLE.ORG",
        "www.example.org",
        "mail@example.org",
        "see http://127.0.0.1:9/p.png now",
        "source: https://example.org/a_b*c*(d) and www.x.org, or ``x`@y`",
        "`http://tick.example`",
    ],
)
def test_bare_addresses_cannot_become_links_and_are_shown_exactly_as_written(text):
    # Every address is inside a code span, which Markdown never links; no invisible character is
    # added, so an address copied from the page is the address.
    parts = markdown_parts(escape_markdown(text))
    outside = "".join(t for kind, t in parts if kind == "text").lower()
    assert not any(trigger in outside for trigger in ("://", "www.", "@"))
    assert shown(escape_markdown(text)) == text and "\u2060" not in escape_markdown(text)


@pytest.mark.parametrize(
    "value",
    [
        "\uff1d1+1",
        "\uff0bSUM(A1)",
        "\uff0d2+3",
        "\uff20cmd",
        " =1+1",
        "  +1",
        "\u200b=1+1",
        "\ufeff=cmd",
        "\u00a0@x",
        "\u2060-1",
    ],
)
def test_formulas_behind_spaces_invisible_or_full_width_characters_are_neutralised(value):
    raw = pd.read_csv(io.StringIO(tables.to_csv(pd.DataFrame({"quote": [value]}))), dtype=str, keep_default_na=False)
    assert raw["quote"][0] == "'" + value


@pytest.mark.parametrize("value", ["'=1+1", "'", "''x", "'plain", "it's", "\uff1d1", " =1", "=1", "plain"])
def test_text_round_trips_through_csv_with_its_own_apostrophes(value, seed_facts):
    df = tables.frame(seed_facts[:1])
    df["quote"] = [value]
    assert tables.read_csv(io.StringIO(tables.to_csv(df)))["quote"][0] == value
