"""Split an article into sentences with exact character offsets.

A quotation introduced by ``said, "...`` or ``reported, “...`` is its own sentence, as a reader
would cite it. Image captions and datelines are marked so the parser does not read them as
deployments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "st", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc",
    "ltd", "co", "corp", "jr", "sr", "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "approx", "cmdr", "brig", "pres",
}
_BOUNDARY = re.compile(r"""[.!?]+["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9À-Ž])""")
_QUOTE_OPEN = re.compile(r"""(?<=[,:])\s+(?=["“][A-Z])""")
_CAPTION = re.compile(r"\b(?:Image|Photo|Photograph|Picture|Pictured|Credit|Caption)\s*:|\(Photo\b|\bPhoto by\b")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]+)?\s*(?:\([^)]*\)\s*)?(?:--|—|–|-)\s+")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    caption: bool = False


def split(text: str, *, skip_until: int = 0) -> list[Sentence]:
    """Sentences of ``text`` from offset ``skip_until`` on (a metadata header is not prose)."""
    sentences: list[Sentence] = []
    for block in re.finditer(r"[^\n]+", text):
        if block.end() <= skip_until:
            continue
        start = max(block.start(), skip_until)
        body = text[start:block.end()]
        caption = bool(_CAPTION.search(body))
        if dateline := _DATELINE.match(body):
            start += dateline.end()
        for s, e in _pieces(text, start, block.end()):
            sentences.append(Sentence(s, e, text[s:e], caption))
    return sentences


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    segment = text[start:end]
    for match in _BOUNDARY.finditer(segment):
        if not _is_abbreviation(segment, match.start()):
            cuts.append(start + match.end())
    for match in _QUOTE_OPEN.finditer(segment):
        if _closes_as_sentence(segment, match.end()):
            cuts.append(start + match.end())
    cuts = sorted(set(cuts)) + [end]
    pieces = []
    for s, e in zip(cuts, cuts[1:]):
        chunk = text[s:e]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            pieces.append((s + left, s + right))
    return pieces


def _is_abbreviation(segment: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", segment[:dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in _ABBREVIATIONS or len(token) == 1


def _closes_as_sentence(segment: str, quote_at: int) -> bool:
    """An opening quote starts a sentence only if the quotation ends a sentence too."""
    opener = segment[quote_at]
    closer = "”" if opener == "“" else '"'
    close = segment.find(closer, quote_at + 1)
    return close > 0 and segment[close - 1] in ".!?"
