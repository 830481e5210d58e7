"""Text from outside (file names, article text) printed to a terminal as text, never as commands.

A terminal obeys the control characters it is sent: ESC and CSI start sequences that move the
cursor, clear the screen, retitle the window or hide what follows; CR and BS overwrite what was
printed; bidirectional controls reorder it. Each of them is printed as its Python escape
(``\\x1b``, ``\\u202e``) instead, so a line reads as what it holds.
"""

from __future__ import annotations

import re

# C0 (tab and line breaks apart), DEL, C1, the bidirectional controls and the Unicode line separators.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_IN_A_LINE = re.compile(f"[{_CONTROL}\n\r]")
# Over several lines a line break stays one, "\r\n" included (the CSV's own line ends); a lone CR,
# which would overwrite its line, does not.
_OVER_LINES = re.compile(f"[{_CONTROL}]|\r(?!\n)")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str, *, lines: bool = False) -> str:
    """``text`` with every control character written as its escape; tabs kept, and line breaks too
    when ``lines`` (a whole CSV), else escaped as well (one message, one line)."""
    return (_OVER_LINES if lines else _IN_A_LINE).sub(_escaped, text)
