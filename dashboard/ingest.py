"""Adding an article: read it, extract its facts, store both in one step, or say why not."""
from __future__ import annotations

from dataclasses import dataclass

from dashboard import article as articles
from dashboard.errors import NoFactsError
from dashboard.extract import extract
from dashboard.gazetteer import Gazetteer
from dashboard.schema import Fact
from dashboard.store import AddResult, Store


@dataclass(frozen=True, slots=True)
class Added:
    result: AddResult
    facts: list[Fact]
    warnings: tuple[str, ...]


def read(data: bytes | str, *, name: str, gazetteer: Gazetteer) -> tuple[articles.Article, list[Fact]]:
    """The article and its facts; raises ArticleError for unreadable input, NoFactsError for none."""
    art = articles.from_bytes(data, name=name) if isinstance(data, bytes) else articles.from_text(data)
    facts = extract(art, gazetteer)
    if not facts:
        raise NoFactsError(f"{name}: no force deployments found in this text; nothing was added")
    return art, facts


def add(data: bytes | str, *, name: str, gazetteer: Gazetteer, store: Store) -> Added:
    art, facts = read(data, name=name, gazetteer=gazetteer)
    return Added(store.add(art, facts, source_name=name), facts, art.warnings)
