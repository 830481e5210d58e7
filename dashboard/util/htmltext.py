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
# Streamlit turns bare addresses ("http://", "www.", "name@host") into links after Markdown escapes
# are resolved, so a backslash cannot stop it. A code span can: its text is never linked or read as
# Markdown, and a copied address is the address. (An invisible WORD JOINER inside "://" stopped the
# link too, but every address copied from the page carried it and was broken.)
_WORD = re.compile(r"\S+")
_ADDRESS_MARKS = ("://", "www.", "@")
_BACKTICKS = re.compile(r"`+")


def code_span(text: str) -> str:
    """``text`` (one line) as a Markdown code span, shown exactly as written: the fence is longer than
    any run of backticks inside, and padded with a space where the text would touch it."""
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text[:1] == "`" or text[-1:] == "`" or (text[:1] == " " and text[-1:] == " ") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def escape_markdown(text: object) -> str:
    """Text shown literally by Streamlit's Markdown: no emphasis, links, HTML, maths or emoji codes.
    A word holding an address is shown as a code span (see above); the rest is backslash-escaped."""
    plain = without_bidi_controls(text)
    parts, at = [], 0
    for word in _WORD.finditer(plain):
        if any(mark in word.group().lower() for mark in _ADDRESS_MARKS):
            parts += [_MARKDOWN_SPECIAL.sub(r"\\\1", plain[at : word.start()]), code_span(word.group())]
            at = word.end()
    parts.append(_MARKDOWN_SPECIAL.sub(r"\\\1", plain[at:]))
    return "".join(parts)
