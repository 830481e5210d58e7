"""Nothing from a file name or an article reaches the terminal as a control sequence: ingest's and
extract's lines on stderr, and extract's table when it is printed to a terminal (a pseudo-terminal
here), show each control character as its escape; to a pipe the table is data and stays exact."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from dashboard.util.terminal import for_terminal
from tests.conftest import ROOT

# Clear the screen, retitle the window (OSC ... BEL), overwrite the line, reverse the text.
HOSTILE = ["\x1b[2J", "\x1b]0;owned\x07", "\r", "\x08\x08", "\u202e", "\x9b31m", "\x00"]
ARTICLE = "published: 2024-03-01\n\nThe US will send 3,000 troops to Poland\x1b[2J\x1b]0;owned\x07 next month."


@pytest.mark.parametrize("control", HOSTILE)
def test_a_control_character_is_shown_as_its_escape(control):
    shown = for_terminal(f"a{control}b")
    assert all(c.isprintable() for c in shown) and shown.startswith("a\\") and shown.endswith("b")


@pytest.mark.parametrize(
    "text, lines, shown",
    [
        ("one\ttab", False, "one\ttab"),
        ("two\nlines", False, "two\\x0alines"),
        ("two\nlines", True, "two\nlines"),
        ("csv\r\nrow\r\n", True, "csv\r\nrow\r\n"),
        ("over\rwrite", True, "over\\x0dwrite"),
        ("Ādaži, Kraków, Łask", False, "Ādaži, Kraków, Łask"),
    ],
)
def test_tabs_line_breaks_and_letters_stay_as_they_are(text, lines, shown):
    assert for_terminal(text, lines=lines) == shown


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, timeout=120, **kwargs)


def test_ingest_names_a_hostile_file_without_sending_its_controls(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b]0;owned\x07\x1b[2J.txt").write_bytes(b"%PDF-1.4 not an article")
    result = run("ingest", str(folder), "--store", str(tmp_path / "s.sqlite"), capture_output=True, text=True)
    assert result.returncode == 2
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and "evil\\x1b]0;owned\\x07\\x1b[2J.txt" in failed[0]
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_extract_to_a_terminal_shows_the_articles_controls_as_escapes(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "dashboard", "extract", str(source)],
            cwd=ROOT,
            stdout=follower,
            stderr=subprocess.PIPE,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once the command has exited
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=120) == 0
    finally:
        os.close(leader)
    shown = b"".join(chunks).decode("utf-8")
    assert "Poland\\x1b[2J\\x1b]0;owned\\x07 next month" in shown
    assert "\x1b" not in shown and "\x07" not in shown


def test_extract_to_a_pipe_keeps_the_text_exact(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(source), capture_output=True, text=True)
    assert result.returncode == 0 and "Poland\x1b[2J\x1b]0;owned\x07 next month" in result.stdout
