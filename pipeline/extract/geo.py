"""Countries and places from the geo vocabulary, found in text."""
from __future__ import annotations

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
    if after == "$":  # US$, A$, S$: a currency, not the country
        return False
    return not (before.isalnum() or after.isalnum())


@per_rules
def _index(kind: str) -> dict[str, list[tuple[str, bool, tuple]]]:
    """First two characters (case-folded) -> [(name, case_insensitive, payload)], longest first."""
    entries = [(n, (iso,)) for n, iso in _country_names() if n != "국내"] if kind == "country" else \
        [(n, (en, iso)) for n, en, iso in _place_names()]
    idx: dict[str, list] = {}
    for name, payload in entries:
        ci = name.isascii() and len(name) > 3
        key = name[:2].lower() if ci else name[:2]
        idx.setdefault(key, []).append((name, ci, payload))
    for v in idx.values():
        v.sort(key=lambda x: -len(x[0]))
    return idx


def _find(text: str, kind: str) -> list[tuple[int, int, tuple]]:
    """Names at word starts, longest first, non-overlapping (a dictionary scan, not one huge regex)."""
    idx = _index(kind)
    low = text.lower()
    hits = []
    i, n = 0, len(text)
    while i < n - 1:
        prev = text[i - 1] if i else " "
        if prev.isalnum() or is_hangul(prev):
            if not (is_hangul(text[i]) and not is_hangul(prev)):
                i += 1
                continue
        found = None
        for name, ci, payload in idx.get(text[i:i + 2], []) + idx.get(low[i:i + 2], []) if low[i:i + 2] != text[i:i + 2] \
                else idx.get(text[i:i + 2], []):
            hay = low if ci else text
            cand = name.lower() if ci else name
            if hay.startswith(cand, i) and _bounded(text, i, i + len(name), name):
                if found is None or len(name) > len(found[0]):
                    found = (name, payload)
        if found:
            hits.append((i, i + len(found[0]), found[1]))
            i += len(found[0])
        else:
            i += 1
    return hits


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of country names, longest first, non-overlapping."""
    return [(s, e, p[0]) for s, e, p in _find(text, "country")]


def find_places(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, English name, ISO2) of known cities and regions."""
    return [(s, e, p[0], p[1]) for s, e, p in _find(text, "place")]


@per_rules
def country_surface_set() -> frozenset[str]:
    return frozenset(n for n, _ in _country_names())


@per_rules
def place_lookup() -> dict[str, tuple[str, str]]:
    return {n: (en, iso) for n, en, iso in _place_names()}
