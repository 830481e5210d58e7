"""Sentences: the abbreviations whose full stop ends no sentence ("Gen.", "U.S.", "Sept.").

``text`` reads these; the marks of a page's layout (sentence ends, quotations, captions, datelines)
stay with it, since they read typography rather than words.
"""

from __future__ import annotations

from dashboard.parser.lang.time import MONTH_ABBREVIATIONS

_TITLES = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "st"}
_RANKS_AND_OFFICES = {"cmdr", "brig", "pres"}
# ("ca.", "cca.": circa, as translated copy writes it before a number)
_LATIN_AND_TRADE = {"no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "ca", "cca"}
_INITIALS = {"u.s", "u.k", "u.n", "e.u", "e.g", "i.e"}
# "May." ends a sentence: it is the whole word, not an abbreviation.
ABBREVIATIONS = frozenset(_TITLES | _RANKS_AND_OFFICES | _LATIN_AND_TRADE | _INITIALS | (MONTH_ABBREVIATIONS - {"may"}))
