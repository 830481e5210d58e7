"""The citation view: an article's text with the quoted sentence highlighted, all of it escaped."""

from __future__ import annotations

from dashboard.util.htmltext import escape_html


def highlighted(text: str, start: int, end: int, *, context: int | None = None) -> str:
    """HTML of ``text`` with ``text[start:end]`` in a ``<mark>``; ``context`` trims around it."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"quote offsets {start}:{end} are outside the article ({len(text)} characters)")
    lo, hi = (0, len(text)) if context is None else (max(0, start - context), min(len(text), end + context))
    before, quote, after = text[lo:start], text[start:end], text[end:hi]
    body = (
        ("… " if lo else "")
        + escape_html(before)
        + f"<mark id='quote'>{escape_html(quote)}</mark>"
        + escape_html(after)
        + (" …" if hi < len(text) else "")
    )
    # overflow-wrap: a 100,000-character token would otherwise make the page that wide.
    return f"<div class='citation' style='white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.5'>{body}</div>"
