"""Article text is hostile: make it inert before it reaches HTML or a JavaScript template literal."""

from __future__ import annotations

import html
import re

# Embedding, override and isolate controls (and the marks) reorder whatever follows them: one
# U+202E in an article reversed the rest of the citation view.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(text: object) -> str:
    """Text with each bidirectional control shown as its code point (``[U+202E]``) instead of obeyed."""
    return _BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", "" if text is None else str(text))


def escape_html(text: object) -> str:
    """Text shown as text inside HTML (element content or a quoted attribute)."""
    return html.escape(without_bidi_controls(text), quote=True)


def for_template_literal(text: object) -> str:
    """HTML-escaped text that is also inert inside a JavaScript template literal.

    folium puts tooltip text inside backticks: a backtick would end the literal and ``${`` would
    start an expression, so both are written as HTML character references, which a browser shows
    as the same characters.
    """
    return escape_html(text).replace("`", "&#96;").replace("${", "&#36;{").replace("\\", "&#92;")


# "&" would start an entity, "=" under a line a heading, ":" an emoji code or a colour.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=])")
# Streamlit turns bare addresses into links after Markdown escapes are resolved, so a backslash
# cannot stop it; an invisible WORD JOINER inside "://", "www." and before "@" does.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?=@)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def escape_markdown(text: object) -> str:
    """Text shown literally by Streamlit's Markdown: no emphasis, links, HTML, maths or emoji codes."""
    plain = _AUTOLINK.sub(WORD_JOINER, without_bidi_controls(text))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", plain)
