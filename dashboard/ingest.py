"""Adding an article: read it, extract its facts, store both in one step, or say why not."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import article as articles
from dashboard import gazetteer as gazetteers
from dashboard import webpage
from dashboard.errors import DashboardError, NoFactsError
from dashboard.parser import extract
from dashboard.gazetteer import Gazetteer
from dashboard.schema import Fact
from dashboard.store import AddResult, Store


@dataclass(frozen=True, slots=True)
class Added:
    result: AddResult
    facts: list[Fact]
    warnings: tuple[str, ...]


def read(data: bytes | str, *, name: str, gazetteer: Gazetteer, url: str = "") -> tuple[articles.Article, list[Fact]]:
    """The article (text, or an HTML page fetched from ``url``) and its facts; raises ArticleError for
    unreadable input or a page with no article, NoFactsError for no facts."""
    if isinstance(data, bytes) and webpage.looks_like_html(data, name):
        art = webpage.from_html(data, name=name, url=url)
    else:
        art = articles.from_bytes(data, name=name) if isinstance(data, bytes) else articles.from_text(data)
    return art, _facts_of(art, name, gazetteer)


def read_source(source: str, *, gazetteer: Gazetteer) -> tuple[articles.Article, list[Fact]]:
    """As ``read``, from a web address or a file (text or HTML)."""
    art = webpage.load(source)
    return art, _facts_of(art, source, gazetteer)


def _facts_of(art: articles.Article, name: str, gazetteer: Gazetteer) -> list[Fact]:
    facts = extract(art, gazetteer)
    if not facts:
        raise NoFactsError(f"{name}: no force deployments found in this text; nothing was added")
    return facts


def add(data: bytes | str, *, name: str, gazetteer: Gazetteer, store: Store) -> Added:
    art, facts = read(data, name=name, gazetteer=gazetteer)
    return Added(store.add(art, facts, source_name=name), facts, art.warnings)


@dataclass
class IngestSummary:
    articles: int = 0
    facts: int = 0
    already: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


_WORKER_GAZETTEER: Gazetteer | None = None


def _init_worker() -> None:
    global _WORKER_GAZETTEER
    _WORKER_GAZETTEER = gazetteers.load()


def _extract_file(path: str) -> tuple[str, articles.Article | None, list[Fact], str]:
    """In a worker: one file to its article and facts, or the reason it failed."""
    try:
        art = webpage.load(Path(path))
        assert _WORKER_GAZETTEER is not None
        return path, art, extract(art, _WORKER_GAZETTEER), ""
    except DashboardError as err:
        return path, None, [], str(err)


ARTICLE_SUFFIXES = (".txt", *webpage.HTML_SUFFIXES)


def ingest_dir(directory: Path, *, store: Store, workers: int = 1, batch: int = 200,
               progress: Callable[[Iterator, int], Iterator] = lambda items, total: items) -> IngestSummary:
    """Every ``*.txt`` and ``*.html`` below ``directory`` into the store; text files already stored are
    skipped unread by the parser (their content hash is checked first), so a second run is a quick
    no-op. A page's id is that of its extracted text, so pages are extracted and then found stored."""
    summary = IngestSummary()
    known = store.ids()
    todo: list[Path] = []
    for path in sorted(p for p in directory.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()):
        if path.suffix.lower() != ".txt":
            todo.append(path)
            continue
        try:
            article_id = articles.article_id_for(articles.decode(path.read_bytes(), name=str(path))[0])
        except (OSError, DashboardError) as err:
            summary.failures.append((str(path), getattr(err, "strerror", None) or str(err)))
            continue
        if article_id in known:
            summary.already += 1
        else:
            todo.append(path)
            known.add(article_id)
    pending: list[tuple[articles.Article, list[Fact], str]] = []

    def flush() -> None:
        for result in store.add_many(pending):
            summary.articles += result.added
            summary.already += not result.added
            summary.facts += result.facts
        pending.clear()

    for path, art, facts, error in progress(_results(todo, workers), len(todo)):
        if error:
            summary.failures.append((path, error))
            continue
        pending.append((art, facts, Path(path).name))
        if len(pending) >= batch:
            flush()
    flush()
    return summary


def ingest_sources(sources: list[str], *, store: Store, gazetteer: Gazetteer | None = None, workers: int = 1,
                   progress: Callable[[Iterator, int], Iterator] = lambda items, total: items) -> IngestSummary:
    """Directories (as ``ingest_dir``), files and web addresses into the store; each one that fails is
    named with its reason and leaves nothing behind."""
    summary = IngestSummary()
    for source in sources:
        if not webpage.is_url(source) and Path(source).is_dir():
            part = ingest_dir(Path(source), store=store, workers=workers, progress=progress)
            summary.articles += part.articles
            summary.facts += part.facts
            summary.already += part.already
            summary.failures += part.failures
            continue
        if not webpage.is_url(source) and not Path(source).exists():
            summary.failures.append((source, "no such file or directory"))
            continue
        gazetteer = gazetteer or gazetteers.load()
        try:
            art, facts = read_source(source, gazetteer=gazetteer)
            result = store.add(art, facts, source_name=source)
        except DashboardError as err:
            summary.failures.append((source, str(err).removeprefix(f"{source}: ")))
            continue
        summary.articles += result.added
        summary.already += not result.added
        summary.facts += result.facts
    return summary


def _results(paths: list[Path], workers: int) -> Iterator[tuple[str, articles.Article | None, list[Fact], str]]:
    names = [str(p) for p in paths]
    if workers <= 1:
        _init_worker()
        yield from map(_extract_file, names)
        return
    with ProcessPoolExecutor(max_workers=min(workers, os.cpu_count() or 1), initializer=_init_worker) as pool:
        yield from pool.map(_extract_file, names, chunksize=16)
