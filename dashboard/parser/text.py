"""The text the parser reads: visible characters, cut into sentences with exact character offsets.

Zero-width characters, soft hyphens and direction marks are invisible to a reader and must be to the
parser too ("Po\u200bland" is Poland); ``visible`` drops them and keeps a map back to the article's
own offsets, so every quote is still a slice of the article as given.

A quotation introduced by ``said, "...`` or ``reported, “...`` is its own sentence, as a reader
would cite it. Image captions and datelines are marked so the parser does not read them as
deployments.

Reads: the article's text (from the end of its metadata header).
Writes: its ``Sentence`` list, in reading order.
"""

from __future__ import annotations

import re

from dashboard.parser.doc import Sentence
from dashboard.parser.lang.sentences import ABBREVIATIONS

_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def visible(text: str) -> tuple[str, list[int] | None]:
    """``text`` without invisible characters, and each kept character's offset in ``text``
    (None when nothing was dropped). The map has one entry more than the text, for end offsets."""
    if not _INVISIBLE.search(text):
        return text, None
    kept = [i for i, char in enumerate(text) if not _INVISIBLE.match(char)]
    return "".join(text[i] for i in kept), kept + [len(text)]


# Possessive runs, starting only at the first mark of a run: "......" is one try, not a quadratic search.
# Each pattern starts with the mark itself (the test of the character before it comes second), so a
# scan jumps from mark to mark instead of trying every position of the text.
_BOUNDARY = re.compile(r"""[.!?](?<![.!?]{2})[.!?]*+["”’')\]]*+(?=\s+["“‘(\[]?[A-Z0-9À-Ž])""")
_QUOTE_OPEN = re.compile(r"""[,:]\s+(?=["“][A-Z])""")  # the quotation starts at its end
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
# Longer "sentences" (a page with no full stops) are cut at clause breaks, so a quote stays a
# readable citation and the parser's work stays linear in the length of the text.
MAX_SENTENCE = 1500
_SOFT_BREAK = re.compile(r"[;,:]\s|\s(?:and|but|while)\s|\s")
_CAPTION = re.compile(r"\b(?:Image|Photo|Photograph|Picture|Pictured|Credit|Caption)\s*:|\(Photo\b|\bPhoto by\b")
# Every caption mark holds one of these words; a line with none needs no scan.
_CAPTION_WORDS = ("Image", "Photo", "Picture", "Credit", "Caption")
_CREDIT_WORDS = 7  # a credit after a mark is shorter: "Photo: Staff Sgt. Alexander Skripnichuk, U.S. Army"
_COUNTED = re.compile(r"\d[\d,.]*\s+[A-Za-z]")  # ... and counts nothing: "Pictured: 300 British troops at Tapa"
# A dateline: "WARSAW -- ", "VILNIUS, Lithuania (Reuters) — ". Written so that it backtracks in linear
# time: a run of spaces inside the place is one step (` ++`), never given back a space at a time to
# the `\s*` after it (60,000 spaces took 39 s), and every `\s*` is possessive, since what follows it
# is never a space. Over A-Z it matches exactly what `^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]+)?\s*
# (?:\([^)]*\)\s*)?(?:--|—|–|-)\s+` matches, and ends at the same place (tests/test_sentences.py).
# Capital letters of the Latin alphabets a dateline is written in ("ŻAGAŃ", "ŠIAULIAI", "CÂMPIA TURZII").
_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_DATELINE = re.compile(
    rf"^[{_CAPITALS}](?:[{_CAPITALS}.'-]| ++)+(?<=[\s\S]{{3}})"  # the place in capitals: three characters or more
    r"(?:,\s*+[A-Z](?:[\w.'-]| ++)+)?"  # ", Lithuania"
    r"\s*+(?:\([^)]*+\)\s*+)?"  # "(Reuters)"
    r"(?:--|—|–|-|:)\s++"  # a colon after capitals too: "GRAF IGNATIEVO, BULGARIA: ..."
)


def dateline_place(text: str, *, skip_until: int = 0) -> str:
    """The place of the dateline that opens the article's first line of prose, as a reader writes it
    ("TAPA, Estonia (Reuters) — " gives "Tapa, Estonia"); empty when there is none."""
    first = re.compile(r"[^\n]+").search(text, skip_until)
    if not first or not (dateline := _DATELINE.match(first.group(0))):
        return ""
    place = re.split(r"\s*(?:\(|--|—|–|-\s)", dateline.group(0), maxsplit=1)[0]
    return " ".join(word.capitalize() if word.isupper() else word for word in place.split())


def split(text: str, *, skip_until: int = 0) -> list[Sentence]:
    """Sentences of ``text`` from offset ``skip_until`` on (a metadata header is not prose)."""
    sentences: list[Sentence] = []
    for block in re.finditer(r"[^\n]+", text):
        if block.end() <= skip_until:
            continue
        start = max(block.start(), skip_until)
        body = text[start : block.end()]
        caption = any(word in body for word in _CAPTION_WORDS) and bool(_CAPTION.search(body))
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
        for a, b in _bounded(text, s, e):
            chunk = text[a:b]
            left = len(chunk) - len(chunk.lstrip())
            right = len(chunk.rstrip())
            if right > left:
                pieces.append((a + left, a + right))
    return pieces


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most MAX_SENTENCE characters, cut at the last clause break."""
    spans = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        breaks = [m.end() for m in _SOFT_BREAK.finditer(text, limit - 300, limit)]
        cut = breaks[-1] if breaks else limit
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _is_abbreviation(segment: str, dot: int) -> bool:
    word = _WORD_BEFORE.search(segment, max(dot - 20, 0), dot)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in ABBREVIATIONS or len(token) == 1


def _closes_as_sentence(segment: str, quote_at: int) -> bool:
    """An opening quote starts a sentence only if the quotation ends a sentence too."""
    opener = segment[quote_at]
    closer = "”" if opener == "“" else '"'
    close = segment.find(closer, quote_at + 1)
    return close > 0 and segment[close - 1] in ".!?"


def names_a_credit(sentence: str) -> bool:
    """Whether a sentence of a caption line holds the caption's mark or credit ("Photo: ...", "(Photo
    ...)"): that sentence is furniture; the caption's other sentences are prose and state facts. A mark
    that opens a caption's prose ("Photo: 1,000 U.S. soldiers at Drawsko Pomorskie ...") is no credit: a
    credit names its maker in a few words."""
    if not (any(word in sentence for word in _CAPTION_WORDS) and (mark := _CAPTION.search(sentence))):
        return False
    rest = sentence[mark.end() :]
    prose = len(rest.split()) >= _CREDIT_WORDS or bool(_COUNTED.search(rest))
    return not (not sentence[: mark.start()].strip() and mark.group(0).endswith(":") and prose)
