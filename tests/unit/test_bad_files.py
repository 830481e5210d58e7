"""One bad article or file fails alone: impossible counts, parser crashes, special files, odd names."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from types import SimpleNamespace

import pytest

from dashboard.cli import main as cli_main
from dashboard.errors import ArticleError, ExtractionError
from dashboard.ingest import local
from dashboard.ingest.local import ingest_dir
from dashboard.schema import MAX_COUNT
from dashboard.sources import article, webpage
from dashboard.store.articles import Store
from tests.conftest import ROOT

HUGE = "The US sent 9300000000000000000 troops to Poland. Canada has 700 troops in Latvia."
TWO_HUGE = "Britain keeps 9300000000000000000 soldiers at Tapa. The US sent 9300000000000000000 troops to Poland."
# A parser bug is simulated on text with this marker, so the tests do not wait for a real one.
CRASH = "The US sent CRASH troops to Poland."
GOOD = {f"good{i}.txt": f"Report {i}: Canada has {100 + i} troops in Latvia." for i in range(3)}


@pytest.fixture
def parser_bug(monkeypatch):
    """The parser raises, as it did with OverflowError on a 320-digit count, for text with CRASH."""
    real = local.extract

    def buggy(art, gaz):
        if "CRASH" in art.text:
            raise OverflowError("cannot convert float infinity to integer")
        return real(art, gaz)

    monkeypatch.setattr(local, "extract", buggy)


def write_corpus(directory, extra: dict[str, str]) -> None:
    directory.mkdir(exist_ok=True)
    for name, text in {**GOOD, **extra}.items():
        (directory / name).write_text(text, encoding="utf-8")


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


# --- counts beyond any real force ---------------------------------------------------------------------------
def test_a_count_beyond_any_real_force_is_refused_with_a_note_and_the_rest_is_kept(gaz):
    facts, notes = local.checked_facts(article.from_text(HUGE), gaz, name="huge.txt")
    assert [f.troops_low for f in facts] == [700]
    assert len(notes) == 1 and "huge.txt" in notes[0] and f"{MAX_COUNT:,}" in notes[0]


@pytest.mark.parametrize("text, error", [(TWO_HUGE, "beyond any real force"), (CRASH, "the parser failed")])
def test_an_article_with_nothing_storable_is_one_clear_error(gaz, parser_bug, text, error):
    with pytest.raises(ExtractionError, match=error):
        local.read(text, name="bad.txt", gazetteer=gaz)


def test_one_bad_article_never_fails_the_others_in_its_ingest_batch(tmp_path, parser_bug):
    write_corpus(tmp_path / "corpus", {"huge.txt": HUGE, "twohuge.txt": TWO_HUGE, "crash.txt": CRASH})
    store = Store(tmp_path / "store.sqlite")
    summary = ingest_dir(tmp_path / "corpus", store=store)
    assert summary.articles == 4 and summary.facts == 4
    assert sorted(os.path.basename(p) for p, _ in summary.failures) == ["crash.txt", "twohuge.txt"]
    assert len(summary.refused) == 1 and "huge.txt" in summary.refused[0]
    assert int(store.facts()["troops_low"].max()) == 700


def test_the_cli_names_a_refused_count_and_prints_the_rest(tmp_path):
    (tmp_path / "huge.txt").write_text(HUGE, encoding="utf-8")
    result = cli("extract", str(tmp_path / "huge.txt"))
    assert result.returncode == 0
    assert "beyond any real force" in result.stderr and "Latvia" in result.stdout and "Poland" not in result.stdout


def test_the_cli_reports_a_parser_crash_as_one_line_and_exit_2(tmp_path, parser_bug, capsys):
    (tmp_path / "crash.txt").write_text(CRASH, encoding="utf-8")
    assert cli_main(["extract", str(tmp_path / "crash.txt")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "the parser failed" in err and "OverflowError" in err


def test_a_parser_bug_on_one_file_fails_that_file_only(tmp_path, monkeypatch):
    write_corpus(tmp_path / "corpus", {})
    real = local.extract

    def flaky(art, gaz):
        if "101" in art.text:
            raise RuntimeError("parser bug")
        return real(art, gaz)

    monkeypatch.setattr(local, "extract", flaky)
    store = Store(tmp_path / "store.sqlite")
    summary = ingest_dir(tmp_path / "corpus", store=store)
    assert [(os.path.basename(p), "parser bug" in reason) for p, reason in summary.failures] == [("good1.txt", True)]
    assert len(store.articles()) == 2 and store.integrity() == "ok"


# --- pasted text -------------------------------------------------------------------------------------------
def test_pasted_text_has_the_same_size_limit_as_a_file(gaz):
    text = "Canada has 700 troops in Latvia. " * (article.MAX_BYTES // 33 + 1)
    with pytest.raises(ArticleError, match="too large"):
        local.read(text, name="pasted text", gazetteer=gaz)


# --- special files and odd names ----------------------------------------------------------------------------
def fifo(path):
    os.mkfifo(path)


def zero(path):
    path.symlink_to("/dev/zero")


def huge_sparse(path):
    with path.open("wb") as handle:
        handle.truncate(3 * 1024**3)


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "make, reason", [(fifo, "named pipe"), (zero, "character device"), (huge_sparse, "too large (3,221,225,472 bytes")]
)
def test_special_and_huge_files_are_refused_before_reading(tmp_path, make, reason):
    make(tmp_path / "x.txt")
    with pytest.raises(ArticleError, match=re.escape(reason)):
        article.load(tmp_path / "x.txt")
    write_corpus(tmp_path, {})
    store = Store(tmp_path / "store.sqlite")
    summary = ingest_dir(tmp_path, store=store)
    assert summary.articles == len(GOOD)
    assert [(os.path.basename(p), reason in why) for p, why in summary.failures] == [("x.txt", True)]


def test_a_file_name_that_is_not_utf8_is_ingested_beside_the_good_files(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, {})
    odd = os.path.join(os.fsencode(corpus), b"caf\xe9.txt")
    with open(odd, "wb") as handle:
        handle.write(b"Canada has 950 troops in Latvia.")
    result = cli("ingest", str(corpus), "--store", str(tmp_path / "store.sqlite"))
    assert result.returncode == 0, result.stderr
    assert f"{len(GOOD) + 1} article(s) added" in result.stderr
    assert "caf\\xe9.txt" in {a.source_name for a in Store(tmp_path / "store.sqlite").articles()}


def test_a_file_that_cannot_be_read_is_named_with_its_odd_name(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, {})
    os.symlink(b"/nonexistent", os.path.join(os.fsencode(corpus), b"bad\xff.txt"))
    result = cli("ingest", str(corpus), "--store", str(tmp_path / "store.sqlite"))
    assert result.returncode == 2
    assert "bad\\xff.txt: cannot read" in result.stderr and f"{len(GOOD)} article(s) added" in result.stderr


@pytest.mark.timeout(30)
def test_a_fifo_named_like_a_web_page_is_refused_and_the_rest_ingested(tmp_path):
    write_corpus(tmp_path, {})
    os.mkfifo(tmp_path / "page.html")
    summary = ingest_dir(tmp_path, store=Store(tmp_path / "store.sqlite"))
    assert summary.articles == len(GOOD)
    assert [(os.path.basename(p), "named pipe" in why) for p, why in summary.failures] == [("page.html", True)]


def test_a_web_page_with_an_absurd_date_keeps_no_date_and_says_so(monkeypatch):
    import trafilatura

    page = SimpleNamespace(
        text="Canada has 700 troops in Latvia. " * 10,
        title="",
        sitename="Wire",
        hostname="",
        author="",
        date="0001-01-01",
        url="",
    )
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: page)
    art = webpage.from_html(b"<html></html>", name="page.html")
    assert art.published == "" and len(art.warnings) == 1 and "outside" in art.warnings[0]
