"""Adding an article: read it, extract its facts, store both in one step, or say why not."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.errors import DashboardError, ExtractionError, NoFactsError
from dashboard.parser import extract
from dashboard.places import gazetteer as gazetteers
from dashboard.places.gazetteer import Gazetteer
from dashboard.schema import Fact, implausible_count
from dashboard.sources import article as articles
from dashboard.sources import webpage

if TYPE_CHECKING:  # annotations only: the CLI's extract imports this module and should not load pandas
    from dashboard.store.articles import AddResult, Store


@dataclass(frozen=True, slots=True)
class Added:
    result: AddResult
    facts: list[Fact]
    warnings: tuple[str, ...]


def checked_facts(art: articles.Article, gazetteer: Gazetteer, *, name: str) -> tuple[list[Fact], tuple[str, ...]]:
    """The article's facts that can be real, and a note for each one refused.

    A parser failure is this article's failure only, never its batch's or the app's.
    """
    try:
        facts = extract(art, gazetteer)
    except Exception as err:  # any parser bug, whatever its type, stays with its article
        raise ExtractionError(
            f"{name}: the parser failed on this article ({type(err).__name__}: {err}); nothing was added"
        ) from err
    kept, notes = [], []
    for fact in facts:
        if problem := implausible_count(fact):
            notes.append(f"{name}: {problem}")
        else:
            kept.append(fact)
    if facts and not kept:
        raise ExtractionError("; ".join(notes) + "; nothing was added")
    return kept, tuple(notes)


# Below about this much text (some 0.3 s of extraction on one core), starting processes, each of which
# compiles its own patterns, costs about as much as it saves (benchmarks/README.md).
PARALLEL_MIN_CHARS = 200_000


def checked_each(
    arts: Sequence[articles.Article], names: Sequence[str], *, gazetteer: Gazetteer, workers: int = 1
) -> Iterator[tuple[list[Fact], tuple[str, ...]]]:
    """``checked_facts`` of every article (called ``names``), in their order, the first failure raised
    where it comes; in up to ``workers`` processes when there is text enough to pay for starting them.
    The results, and so what is printed of them, are the same whichever way they were made."""
    processes = min(workers, os.cpu_count() or 1, len(arts))
    if processes <= 1 or sum(len(art.text) for art in arts) < PARALLEL_MIN_CHARS:
        for art, name in zip(arts, names):
            yield checked_facts(art, gazetteer, name=name)
        return
    with ProcessPoolExecutor(max_workers=processes, initializer=_init_worker) as pool:
        try:
            for result in pool.map(_checked_in_worker, arts, names, chunksize=max(1, min(16, len(arts) // processes))):
                if isinstance(result, DashboardError):
                    raise result
                yield result
        finally:
            # After a failure, the articles not yet started are not extracted for nothing.
            pool.shutdown(cancel_futures=True)


def _checked_in_worker(art: articles.Article, name: str) -> tuple[list[Fact], tuple[str, ...]] | DashboardError:
    """In a worker: ``checked_facts``, its failure returned rather than raised: raised, it would take the
    results of the articles before it in the same chunk with it."""
    assert _WORKER_GAZETTEER is not None
    try:
        return checked_facts(art, _WORKER_GAZETTEER, name=name)
    except DashboardError as err:
        return err


def read(data: bytes | str, *, name: str, gazetteer: Gazetteer, url: str = "") -> tuple[articles.Article, list[Fact]]:
    """The article (text, or an HTML page fetched from ``url``; its warnings include refused facts) and
    its facts; raises ArticleError for unreadable input or a page with no article, ExtractionError when
    the parser fails, NoFactsError for no facts."""
    if isinstance(data, bytes) and webpage.looks_like_html(data, name):
        art = webpage.from_html(data, name=name, url=url)
    else:
        # Pasted text takes the same checks as a file, its size limit included.
        art = articles.from_bytes(data if isinstance(data, bytes) else data.encode("utf-8"), name=name)
    facts, notes = _storable(art, name, gazetteer)
    return replace(art, warnings=art.warnings + notes), facts


def read_source(source: str, *, gazetteer: Gazetteer) -> tuple[articles.Article, list[Fact]]:
    """As ``read``, from a web address or a file (text or HTML)."""
    art = webpage.load(source)
    facts, notes = _storable(art, source, gazetteer)
    return replace(art, warnings=art.warnings + notes), facts


def _storable(art: articles.Article, name: str, gazetteer: Gazetteer) -> tuple[list[Fact], tuple[str, ...]]:
    facts, notes = checked_facts(art, gazetteer, name=name)
    if not facts:
        raise NoFactsError(f"{name}: no force deployments found in this text; nothing was added")
    return facts, notes


def add(data: bytes | str, *, name: str, gazetteer: Gazetteer, store: Store) -> Added:
    art, facts = read(data, name=name, gazetteer=gazetteer)
    return Added(store.add(art, facts, source_name=name), facts, art.warnings)


# A file's path, its article, its facts and notes on facts refused, or the reason it could not be read
# (then the article is None).
Extracted = tuple[str, articles.Article | None, list[Fact], tuple[str, ...], str]
Progress = Callable[[Iterator[Extracted], int], Iterator[Extracted]]


@dataclass
class IngestSummary:
    articles: int = 0
    facts: int = 0
    already: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


_WORKER_GAZETTEER: Gazetteer | None = None


def _init_worker() -> None:
    global _WORKER_GAZETTEER
    _WORKER_GAZETTEER = gazetteers.load()


def _extract_file(path: str) -> Extracted:
    """In a worker: one file to its article, facts and notes, or the reason it failed."""
    try:
        art = webpage.load(Path(path))
        assert _WORKER_GAZETTEER is not None
        facts, notes = checked_facts(art, _WORKER_GAZETTEER, name=articles.display_name(path))
        return path, art, facts, notes, ""
    except DashboardError as err:
        return path, None, [], (), str(err)


ARTICLE_SUFFIXES = (".txt", *webpage.HTML_SUFFIXES)


def ingest_dir(
    directory: Path,
    *,
    store: Store,
    workers: int = 1,
    batch: int = 200,
    progress: Progress = lambda items, total: items,
) -> IngestSummary:
    """Every ``*.txt`` and ``*.html`` below ``directory`` into the store; text files already stored are
    skipped unread by the parser (their content hash is checked first), so a second run is a quick
    no-op. A page's id is that of its extracted text, so pages are extracted and then found stored."""
    todo, summary = plan(directory, store)
    return store_results(
        _results(todo, workers), store=store, summary=summary, total=len(todo), batch=batch, progress=progress
    )


def plan(directory: Path, store: Store) -> tuple[list[Path], IngestSummary]:
    """The files below ``directory`` to extract (text not stored yet, each text once; every page), and
    a summary that counts the ones already stored and the ones that cannot be read."""
    summary = IngestSummary()
    known = store.ids()
    todo: list[Path] = []
    # Not is_file(): a FIFO, a device or a broken link named *.txt is reported as a failure, not skipped unseen.
    for path in sorted(p for p in directory.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and not p.is_dir()):
        if path.suffix.lower() != ".txt":
            todo.append(path)
            continue
        try:
            article_id = articles.article_id_for(
                articles.decode(articles.read_file(path), name=articles.display_name(path))[0]
            )
        except DashboardError as err:
            summary.failures.append((articles.display_name(path), str(err)))
            continue
        if article_id in known:
            summary.already += 1
        else:
            todo.append(path)
            known.add(article_id)
    return todo, summary


def store_results(
    results: Iterable[Extracted],
    *,
    store: Store,
    summary: IngestSummary,
    total: int,
    batch: int = 200,
    progress: Progress = lambda items, total: items,
) -> IngestSummary:
    """Write extraction results to the store ``batch`` articles per transaction, counting into ``summary``.
    A run stopped midway keeps every batch written; the next run skips those articles."""
    pending: list[tuple[articles.Article, list[Fact], str]] = []

    def flush() -> None:
        for result in store.add_many(pending):
            summary.articles += result.added
            summary.already += not result.added
            summary.facts += result.facts
        pending.clear()

    for path, art, facts, notes, error in progress(iter(results), total):
        summary.refused.extend(notes)
        if error or art is None:
            summary.failures.append((articles.display_name(path), error))
            continue
        pending.append((art, facts, articles.display_name(Path(path).name)))
        if len(pending) >= batch:
            flush()
    flush()
    return summary


def ingest_sources(
    sources: list[str],
    *,
    store: Store,
    gazetteer: Gazetteer | None = None,
    workers: int = 1,
    progress: Progress = lambda items, total: items,
    ingest_directory: Callable[[Path], IngestSummary] | None = None,
) -> IngestSummary:
    """Directories (as ``ingest_dir``, or as ``ingest_directory`` does them: on a cluster), files and web
    addresses into the store; each one that fails is named with its reason and leaves nothing behind."""
    summary = IngestSummary()
    for source in sources:
        if not webpage.is_url(source) and Path(source).is_dir():
            part = (
                ingest_directory(Path(source))
                if ingest_directory
                else ingest_dir(Path(source), store=store, workers=workers, progress=progress)
            )
            summary.articles += part.articles
            summary.facts += part.facts
            summary.already += part.already
            summary.failures += part.failures
            summary.refused += part.refused
            continue
        if not webpage.is_url(source) and not Path(source).exists():
            summary.failures.append((source, "no such file or directory"))
            continue
        gazetteer = gazetteer or gazetteers.load()
        try:
            art = webpage.load(source)
            facts, notes = _storable(art, source, gazetteer)
            summary.refused += notes
            result = store.add(art, facts, source_name=source)
        except DashboardError as err:
            summary.failures.append((source, str(err).removeprefix(f"{source}: ")))
            continue
        summary.articles += result.added
        summary.already += not result.added
        summary.facts += result.facts
    return summary


def _results(paths: list[Path], workers: int) -> Iterator[Extracted]:
    names = [str(p) for p in paths]
    if workers <= 1:
        _init_worker()
        yield from map(_extract_file, names)
        return
    # Built here once: every worker would otherwise find it missing and build it at the same time.
    gazetteers.ensure_index()
    with ProcessPoolExecutor(max_workers=min(workers, os.cpu_count() or 1), initializer=_init_worker) as pool:
        yield from pool.map(_extract_file, names, chunksize=16)
