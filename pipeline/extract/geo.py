"""Countries and places from the geo vocabulary, found in text."""
from __future__ import annotations

import re

from pipeline.korean import is_hangul
from pipeline.rules import load_rules, per_rules


@per_rules
def _country_names() -> list[tuple[str, str]]:
    out = []
    for iso, names in load_rules("geo")["countries"].items():
        for n in names:
            out.append((str(n), iso))
    return sorted(out, key=lambda x: -len(x[0]))


@per_rules
def _place_names() -> list[tuple[str, str, str]]:
    out = []
    for p in load_rules("geo")["places"]:
        for n in p["names"]:
            out.append((str(n), p["en"], p["country"]))
    return sorted(out, key=lambda x: -len(x[0]))


def _bounded(text: str, start: int, end: int, name: str) -> bool:
    """Korean names may carry particles (영국의, 런던지역); Latin names need word boundaries."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if is_hangul(name[0]):
        return not is_hangul(before)
    return not (before.isalnum() or after.isalnum())


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of country names, longest first, non-overlapping."""
    return _find(text, [(n, iso) for n, iso in _country_names()], skip_domestic=True)


def find_places(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, English name, ISO2) of known cities and regions."""
    hits = []
    taken: list[tuple[int, int]] = []
    for name, en, iso in _place_names():
        for m in re.finditer(re.escape(name), text):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in taken) or not _bounded(text, s, e, name):
                continue
            taken.append((s, e))
            hits.append((s, e, en, iso))
    return sorted(hits)


def _find(text: str, names: list[tuple[str, str]], skip_domestic: bool) -> list[tuple[int, int, str]]:
    hits = []
    taken: list[tuple[int, int]] = []
    for name, iso in names:
        if skip_domestic and name == "국내":
            continue
        flags = 0 if len(name) <= 3 and name.isascii() else re.I if name.isascii() else 0
        for m in re.finditer(re.escape(name), text, flags):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in taken) or not _bounded(text, s, e, name):
                continue
            taken.append((s, e))
            hits.append((s, e, iso))
    return sorted(hits)


@per_rules
def country_surface_set() -> frozenset[str]:
    return frozenset(n for n, _ in _country_names())


@per_rules
def place_lookup() -> dict[str, tuple[str, str]]:
    return {n: (en, iso) for n, en, iso in _place_names()}
