"""Streamlit calls for text that did not come from the project: article text and metadata, file
names, reference cells and the error messages that quote them.

Streamlit renders the body of ``st.error``, ``st.caption`` and the like as Markdown, so a file
named ``![n](http://host/p.png).txt`` would make every viewer's browser fetch that address. Every
such call in the app goes through here and shows the text literally.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard.util.htmltext import escape_markdown


def error(text: object, *, where: Any = st) -> None:
    where.error(escape_markdown(text))


def warning(text: object, *, where: Any = st) -> None:
    where.warning(escape_markdown(text))


def info(text: object, *, where: Any = st) -> None:
    where.info(escape_markdown(text))


def success(text: object, *, where: Any = st) -> None:
    where.success(escape_markdown(text))


def caption(text: object, *, where: Any = st) -> None:
    where.caption(escape_markdown(text))
