"""Joining layout lines back into running text, Korean-aware.

Word processors and HWP break Korean words anywhere at a line end (``해\\n외``); a real word
boundary may or may not leave a trailing space glyph behind. The decision per line break:
explicit trailing space -> space; otherwise, when Hangul is on either side, Kiwi's spacing
model decides at the junction; Latin/digits on both sides -> space.
"""
from __future__ import annotations

import re

from pipeline.korean import is_hangul, space_at_junction

_OPENERS = "([{“‘「『<《〈"
_CLOSERS = ")]}”’」』>》〉,.;:!?%·"


def needs_space(left: str, right: str, explicit_space: bool = False) -> bool:
    left = left.rstrip()
    right = right.lstrip()
    if not left or not right:
        return False
    if explicit_space:
        return True
    a, b = left[-1], right[0]
    if a in _OPENERS or b in _CLOSERS:
        return False
    if a == "-" and len(left) > 1 and left[-2].isalpha():
        return False  # hyphenated word broken at the line end: keep the hyphen, no space
    if is_hangul(a) or is_hangul(b) or (a in ")]" and is_hangul(b)):
        return space_at_junction(left, right)
    return True


def join_lines(lines: list[tuple[str, bool]]) -> str:
    """Join (text, had_trailing_space) lines of one paragraph into one string."""
    out = ""
    prev_trailing = False
    for text, trailing in lines:
        text = text.strip()
        if not text:
            continue
        if out:
            out += (" " if needs_space(out, text, prev_trailing) else "") + text
        else:
            out = text
        prev_trailing = trailing
    return out


def join_cell(text: str) -> str:
    """A table cell's lines (pdfplumber separates them by newlines), joined the same way."""
    parts = [p for p in (text or "").split("\n")]
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        out = p if not out else out + (" " if needs_space(out, p) else "") + p
    return re.sub(r"\s+", " ", out).strip()
