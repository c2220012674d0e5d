"""Shared access to the Kiwi Korean morphological analyzer (loaded once per process)."""
from __future__ import annotations

import re
import threading
from functools import lru_cache

from pipeline.rules import load_rules, per_rules

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_lock = threading.Lock()


# The text layer's own analyzer options (deciding spaces at line breaks is part of parsing: a
# change here needs a PARSER_VERSION bump). The same as rules/analyzer.yaml ships with, so one
# Kiwi instance serves both stages unless the rules choose otherwise.
TEXT_LAYER_KIWI = (("load_multi_dict", False), ("load_typo_dict", False))


def text_layer_kiwi():
    return _kiwi(TEXT_LAYER_KIWI)


def get_kiwi():
    """The analyzer for extraction, with the options of the rules in use (rules/analyzer.yaml)."""
    return _kiwi(_analyzer_options(), _user_nouns(), _user_nouns("user_nouns_strong"))


@per_rules
def _analyzer_options() -> tuple:
    """rules/analyzer.yaml's Kiwi options, read once per rules directory (asked for every paragraph)."""
    return tuple(sorted(((load_rules("analyzer") or {}).get("kiwi") or {}).items()))


@per_rules
def _user_nouns(key: str = "user_nouns") -> tuple:
    """rules/analyzer.yaml's nouns Kiwi must keep whole (heads it would cut: 자유|무역|지대)."""
    return tuple((load_rules("analyzer") or {}).get(key) or ())


@per_rules
def whole_nouns() -> frozenset:
    """Nouns the tokenizer joins again when Kiwi cuts them (rules/analyzer.yaml ``user_nouns_strong``)."""
    return frozenset(_user_nouns("user_nouns_strong"))


@lru_cache(maxsize=2)
def _kiwi(options: tuple, nouns: tuple = (), strong: tuple = ()):
    from kiwipiepy import Kiwi

    kiwi = Kiwi(num_workers=-1, **dict(options))  # -1: analyse in the calling thread
    for w in nouns:
        kiwi.add_user_word(w, "NNG", 0)
    for w in strong:  # (its pieces are common words Kiwi prefers at score 0: 혁신|도시)
        kiwi.add_user_word(w, "NNG", 3)
    return kiwi


def is_hangul(ch: str) -> bool:
    return bool(ch) and bool(HANGUL.match(ch))


def is_latin(text: str) -> bool:
    """Written in Latin letters only, accented ones too (Mjärdevi); spaces and digits pass."""
    return all(ord(ch) < 0x250 for ch in text)


def hangul_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if HANGUL.match(c)) / len(letters)


_NO_SPACE_BEFORE = ("J", "E", "XS", "VCP", "VCN")


def space_at_junction(left: str, right: str) -> bool:
    """Would a Korean writer put a space between ``left`` and ``right``?

    Used where a layout line break hides whether a space was there. Kiwi analyses the tail of
    ``left`` glued to the head of ``right``: a morpheme straddling the junction (해|외) means
    no space; a particle, ending, suffix or copula right after it means no space; an ending or
    particle just before it means a space; a number followed by its counter means none.
    Otherwise Kiwi's spacing model decides, counting only a space it puts at the junction.
    """
    tail = left[-12:]
    head = right[:12]
    glued = tail + head
    j = len(tail)
    kiwi = text_layer_kiwi()
    with _lock:
        tokens = kiwi.tokenize(glued)
    before = after = None
    for t in tokens:
        if t.start < j < t.start + t.len:
            return False
        if t.start + t.len <= j and t.len:
            before = t
        if t.start >= j and after is None and t.len:
            after = t
    if after is not None and after.tag.startswith(_NO_SPACE_BEFORE):
        return False
    if before is not None and before.tag.startswith(("E", "J")):
        return True
    if before is not None and after is not None and before.tag == "SN" and after.tag in ("NNB", "NR"):
        return False
    with _lock:
        spaced = kiwi.space(glued, reset_whitespace=False)
    need = sum(1 for c in tail if not c.isspace())
    seen = 0
    for i, c in enumerate(spaced):
        if not c.isspace():
            seen += 1
            if seen == need:
                return i + 1 < len(spaced) and spaced[i + 1].isspace()
    return False
