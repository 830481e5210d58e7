"""The English the parser reads: word lists and the patterns built from them, one module per kind
(in the manner of spaCy's ``spacy/lang/en/``), so that a word is added where its kind lives.

| module | kind |
| --- | --- |
| ``numbers`` | numbers as written: digits, number words, vague amounts, ranges, hedges |
| ``units`` | the nouns that name forces, by unit; model names; measures |
| ``counts`` | the constructions that tie a count to its unit, or make a number no count |
| ``status`` | the words of presence, plans and withdrawals |
| ``frames`` | sentences that speak of forces without reporting a deployment |
| ``forces`` | how a sentence names who deploys; adversaries and the war zone |
| ``roles`` | place roles: site, destination, venue, command node, home, origin, transit |
| ``placenames`` | how places are named: towns after prepositions, facilities, deictic references |
| ``clauses`` | clause breaks, list joins, relative clauses, references to the sentence before |
| ``time`` | months, seasons and weekdays (one copy of each) and the patterns of dates |
| ``sentences`` | abbreviations whose full stop ends no sentence |

The stages (``dashboard.parser``) hold the logic and import the kinds they read; these modules import
nothing of the parser but each other.
"""

from dashboard.parser.lang import (
    clauses,
    counts,
    forces,
    frames,
    numbers,
    placenames,
    roles,
    sentences,
    status,
    time,
    units,
)

__all__ = [
    "clauses",
    "counts",
    "forces",
    "frames",
    "numbers",
    "placenames",
    "roles",
    "sentences",
    "status",
    "time",
    "units",
]
