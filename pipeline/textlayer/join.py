"""Joining layout lines back into running text, Korean-aware.

Word processors and HWP break Korean words anywhere at a line end (``해\\n외``); a real word
boundary may or may not leave a trailing space glyph behind. The decision per line break:
explicit trailing space -> space; otherwise, when Hangul is on either side, Kiwi's spacing
model decides at the junction; Latin/digits on both sides -> space, save digits after a line that
reaches the column's right edge (a number broken by a line broken anywhere: 7,30|6).
"""
from __future__ import annotations

import re

from pipeline.korean import is_hangul, space_at_junction

_OPENERS = "([{“‘「『<《〈"
_CLOSERS = ")]}”’」』>》〉,.;:!?%·"


def needs_space(left: str, right: str, explicit_space: bool = False, full: bool = False) -> bool:
    """``full``: the line before the break reaches the column's right edge, as a line broken by
    width anywhere does: digits on both sides are one number (7,30|6천㎡, 29.|2%, 3|0 kilometers).
    (Letters on both sides are not joined so: a producer that keeps a space glyph at most line
    ends may still drop it where a line breaks between two Latin words, 'Start-up|Visa'.)"""
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
    if full and b.isdigit() and (a.isdigit() or (a in ",." and len(left) > 1 and left[-2].isdigit())):
        return False
    return True


def join_lines(lines: list[tuple]) -> str:
    """Join (text, had_trailing_space[, reaches_right_edge]) lines of one paragraph into one string
    (the right edge: see ``needs_space``)."""
    out = ""
    prev_trailing = prev_full = False
    for text, trailing, *full in lines:
        text = text.strip()
        if not text:
            continue
        if out:
            out += (" " if needs_space(out, text, prev_trailing, prev_full) else "") + text
        else:
            out = text
        prev_trailing, prev_full = trailing, bool(full and full[0])
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
