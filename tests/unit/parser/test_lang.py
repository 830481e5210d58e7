"""The parser's layout: word lists in ``lang``, records in ``doc``, stages that say what they read and
write and import no later stage; and the quick tests written in front of long patterns admit every match."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import dashboard.parser
from dashboard.parser import PIPELINE, lang
from dashboard.parser.lang import roles

PARSER = Path(dashboard.parser.__file__).parent
STAGES = [*PIPELINE, "numbers"]


def _parser_imports(path: Path) -> set[str]:
    """The modules of ``dashboard.parser`` that ``path`` imports, relative to the package."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dashboard.parser"):
            base = node.module.removeprefix("dashboard.parser").lstrip(".")
            found.update(f"{base}.{a.name}".strip(".") if base in ("", "lang") else base for a in node.names)
    return found


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_says_what_it_reads_and_writes(stage):
    doc = importlib.import_module(f"dashboard.parser.{stage}").__doc__ or ""
    assert re.search(r"^Reads: \S", doc, re.M) and re.search(r"^Writes: \S", doc, re.M), stage


@pytest.mark.parametrize("stage", [s for s in STAGES if s != "facts"])
def test_a_stage_imports_records_and_words_never_another_stage(stage):
    imported = _parser_imports(PARSER / f"{stage}.py")
    allowed = {"doc", "numbers"} if stage == "mentions" else {"doc"}
    assert {m for m in imported if not m.startswith("lang")} <= allowed, imported


@pytest.mark.parametrize("module", [m.name for m in pkgutil.iter_modules(lang.__path__)])
def test_word_lists_import_nothing_of_the_parser_but_other_word_lists(module):
    imported = _parser_imports(PARSER / "lang" / f"{module}.py")
    assert all(m.startswith("lang") for m in imported), imported


def test_every_kind_of_word_is_composed_in_lang():
    assert sorted(lang.__all__) == sorted(m.name for m in pkgutil.iter_modules(lang.__path__))


def _top_level(alternation: str) -> list[str]:
    """The branches of ``a|b(?:c|d)|e``: a, b(?:c|d), e."""
    branches, depth, current = [], 0, ""
    for char in alternation:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            branches.append(current)
            current = ""
        else:
            current += char
    return [*branches, current]


def test_the_locative_lookahead_admits_every_word_that_opens_a_match():
    pattern = roles.LOCATIVE_BEFORE.pattern
    guard = re.search(r"\(\?=\[(\w+)\]\)", pattern)
    words = re.search(r"\(\?:\\b\(\?:(.*?)\)\\s\+\n", pattern, re.DOTALL)
    assert guard and words
    firsts = {branch.strip()[0] for branch in _top_level(words.group(1))}
    assert firsts and firsts <= set(guard.group(1))


def test_a_place_after_any_of_these_words_is_located():
    for words in ("in", "Into the", "towards northern", "reinforcing", "across NATO's", "to the town of the"):
        assert roles.LOCATIVE_BEFORE.search(f"troops were sent {words} "), words
