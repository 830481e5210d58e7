"""Formations named as written: "Panzerbrigade 45", "2nd Cavalry Regiment", "3rd Armored Brigade
Combat Team", "V Corps". A fact keeps the name its sentence gives the force it counts (``unit_name``);
the count and the unit stay the parser's reading.

A name is a capitalised unit noun led by an ordinal, a Roman numeral or capitalised words, or a
German compound with its number. Only a name of more than its noun counts ("the Brigade" is none).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.parser.lang import units

# The nouns a formation's name ends in ("Force" is left out: "US Air Force" is a service, not a unit).
_HEADS = (
    "Brigade Combat Team",
    "Battle Group",
    "Battlegroup",
    "Brigade",
    "Division",
    "Battalion",
    "Regiment",
    "Squadron",
    "Company",
    "Battery",
    "Corps",
    "Wing",
    "Fleet",
    "Army",
)
_HEAD = "|".join(h.replace(" ", r"\s+") for h in _HEADS)
_LEAD = units.ORDINAL_LEAD
_WORD = units.NAME_WORD
# Words that open a sentence or name a country, not a formation.
_NOT_A_NAME = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our", "NATO's", "Nato's"})
_ENGLISH = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_LEAD}\s+)?(?:{_WORD}\s+){{0,4}}(?:{_HEAD})(?:\s+Combat\s+Team)?)(?![\w-])"
)
_GERMAN_HEADS = ("brigade", "division", "regiment", "bataillon", "battalion")
_GERMAN = re.compile(rf"(?<![\w-])(?P<name>[A-Z][a-zäöü]*(?:{'|'.join(_GERMAN_HEADS)})\s+\d{{1,3}})(?![\w-])")
# Every name holds one of these words as written (both patterns are case-sensitive): a sentence with none
# is not scanned.
_HEAD_WORDS = (*sorted({head.split()[0] for head in _HEADS}), *_GERMAN_HEADS)


# Every fact of a sentence asks for the names in it, one after the other: the last few sentences' are kept.
@lru_cache(maxsize=8)
def names_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every formation ``text`` names, as (start, end, name as written), in order."""
    if not any(word in text for word in _HEAD_WORDS):
        return ()
    found = [(m.start("name"), m.end("name"), m.group("name")) for m in _GERMAN.finditer(text)]
    for match in _ENGLISH.finditer(text):
        words = match.group("name").split()
        while words and (words[0] in _NOT_A_NAME or words[0].endswith(("-led", "-based"))):
            words.pop(0)
        if len(words) < 2 or any(s <= match.start() < e for s, e, _ in found):
            continue
        name = " ".join(words)
        start = text.index(words[0], match.start())
        found.append((start, match.end("name"), name))
    return tuple(sorted(found))


def unit_name(text: str, start: int, end: int) -> str:
    """The formation named nearest to the mention at ``start:end`` of ``text`` (a sentence), or ``''``."""
    names = names_in(text)
    if not names:
        return ""

    def distance(found: tuple[int, int, str]) -> int:
        s, e, _ = found
        return 0 if s < end and start < e else min(abs(start - e), abs(s - end))

    return min(names, key=distance)[2]
