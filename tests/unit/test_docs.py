"""The README documents every setting and every command-line command and option, as datasette's and
sqlite-utils' own tests/test_docs.py check theirs: one added without a word in the README fails here."""

from __future__ import annotations

import argparse
import ast
import re
from dataclasses import fields

import pytest

from dashboard import cli, settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"the README has no section '## {title}'"
    return match.group(1)


def commands() -> dict[str, argparse.ArgumentParser]:
    (subparsers,) = (a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(subparsers.choices)


OPTIONS = [
    (name, option)
    for name, parser in commands().items()
    for action in parser._actions
    for option in action.option_strings
    if option.startswith("--") and option != "--help"
]


@pytest.mark.parametrize("field", [f.name for f in fields(settings.Settings)])
def test_every_setting_has_its_variable_named_in_the_readme(field):
    assert field in settings.VARIABLES, f"Settings.{field} has no environment variable"
    assert f"`{settings.VARIABLES[field]}" in README, f"the README does not document {settings.VARIABLES[field]}"


def test_no_module_but_settings_reads_the_environment():
    readers = []
    for path in sorted((ROOT / "dashboard").rglob("*.py")):
        if path.name == "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv"):
                readers.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert readers == []


@pytest.mark.parametrize("command", sorted(commands()))
def test_every_command_is_shown_in_the_readme(command):
    assert f"python -m dashboard {command}" in section("Command line")


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[f"{c} {o}" for c, o in OPTIONS])
def test_every_option_is_documented_in_the_readme(command, option):
    assert re.search(rf"{re.escape(option)}\b", section("Command line")), f"{command} {option} is not in the README"
