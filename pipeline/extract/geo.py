"""Countries and places from the geo vocabulary, found in text."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.korean import is_hangul
from pipeline.rules import load_rules, per_rules, rules_env


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
def _korean_place_names() -> list[tuple[str, str]]:
    out = [(str(n), p["en"]) for p in load_rules("geo").get("korean_places") or [] for n in p["names"]]
    return sorted(out, key=lambda x: -len(x[0]))


@per_rules
def _index(kind: str) -> dict[str, list[tuple[str, bool, tuple]]]:
    """First two characters (case-folded) -> [(name, case_insensitive, payload)], longest first."""
    if kind == "country":
        entries = [(n, (iso,)) for n, iso in _country_names() if n != "국내"]
    elif kind == "korean":
        entries = [(n, (en, "KR")) for n, en in _korean_place_names()]
    else:
        entries = [(n, (en, iso)) for n, en, iso in _place_names()]
    idx: dict[str, list] = {}
    for name, payload in entries:
        ci = name.isascii() and len(name) > 3
        key = name[:2].lower() if ci else name[:2]
        idx.setdefault(key, []).append((name, ci, payload))
    for v in idx.values():
        v.sort(key=lambda x: -len(x[0]))
    return idx


def _find(text: str, kind: str) -> tuple[tuple[int, int, tuple], ...]:
    """Names at word starts, longest first, non-overlapping (a dictionary scan, not one huge regex)."""
    return _found(rules_env(), kind, text)


@lru_cache(maxsize=8192)  # the same sentence is looked up by several stages
def _found(_rules_in_use: object, kind: str, text: str) -> tuple[tuple[int, int, tuple], ...]:
    return tuple(_scan(text, kind))


def _scan(text: str, kind: str) -> list[tuple[int, int, tuple]]:
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
        # (and a name of one character: 中, 美, 日 in a Korean headline)
        for name, ci, payload in idx.get(text[i:i + 2], []) + idx.get(low[i:i + 2], []) if low[i:i + 2] != text[i:i + 2] \
                else idx.get(text[i:i + 2], []) + idx.get(text[i], []):
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


def find_korean_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English name) of Korean provinces, cities and the districts clusters are
    named after (rules: geo.korean_places)."""
    return [(s, e, p[0]) for s, e, p in _find(text, "korean")]


@per_rules
def korean_place_lookup() -> dict[str, str]:
    return dict(_korean_place_names())


@per_rules
def korean_place_prefixes() -> tuple[str, ...]:
    """The Korean place names of two syllables or more, the longest first: a name's opening place is the longest
    that fits (영천하이테크파크지구 opens on 영천)."""
    return tuple(sorted((p for p in korean_place_lookup() if len(p) >= 2), key=len, reverse=True))


@per_rules
def romanized_korean_places() -> dict[str, str]:
    """Korean places as English writes them -> their English name: the name itself (Incheon) and the
    other spellings a place has (geo.yaml korean_places ``en_also``: North Chungcheong, Osong)."""
    out = {}
    for p in load_rules("geo").get("korean_places") or []:
        out[str(p["en"])] = str(p["en"])
        for a in p.get("en_also") or ():
            out[str(a)] = str(p["en"])
    return out


@per_rules
def korean_provinces() -> frozenset[str]:
    """Names of the metropolitan cities and provinces (geo.yaml korean_places, level: province)."""
    return frozenset(str(n) for p in load_rules("geo").get("korean_places") or () if p.get("level") == "province"
                     for n in p.get("names") or ())


@per_rules
def korean_do_provinces() -> frozenset[str]:
    """Every name of a province (도: 경기, 경기도, 전남, 전라남도), not of a metropolitan city (부산, 서울):
    a province holds many cities, so it names no one complex."""
    return frozenset(str(n) for p in load_rules("geo").get("korean_places") or () if p.get("level") == "province"
                     and any(str(n).endswith("도") for n in p.get("names") or ()) for n in p.get("names") or ())


def korean_region(text: str) -> str | None:
    """The most specific Korean place written in ``text`` ('경북 구미시 공단동' -> Gumi; '경기도
    수원시 영통구' -> Suwon): the last known one; an unknown city, county or district after a known
    province or city is read by its suffix (시/군/구) and romanized."""
    # (not a place named as the likeness: '제2 판교' 떠오른 수성알파시티, 제2의 판교)
    hits = [h for h in find_korean_places(text) if not re.search(r"제\s?(?:\d+|[이삼])\s?의?\s*$", text[:h[0]])]
    # (a neighbourhood named like a city, after the city it is in: 성남시 수정구 시흥동 is in Seongnam, not Siheung)
    while len(hits) > 1 and re.match(r"(?:동|읍|면|리)(?![가-힣])", text[hits[-1][1]:hits[-1][1] + 2]):
        hits.pop()
    if not hits:
        return None
    best = hits[-1][2]
    suffixes = tuple(load_rules("geo").get("korean_admin_suffixes") or ())
    tail = text[hits[-1][1]:]
    m = re.match(r"[가-힣]*\s+([가-힣]{1,4})(" + "|".join(suffixes) + r")(?![가-힣])", tail) if suffixes else None
    if m and m.group(2) in ("시", "군") and m.group(1) not in korean_place_lookup() \
            and not (m.group(1) + m.group(2)).endswith("도시"):  # 나주 혁신도시: a kind of city, not a city 혁신도
        from pipeline.extract.names import romanize

        best = romanize(m.group(1)).capitalize()
    return best


@per_rules
def _currency_rx() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(p), iso) for p, iso in (load_rules("geo").get("currency_countries") or {}).items()]


@per_rules
def country_currencies() -> dict[str, str]:
    """ISO2 -> the ISO currency code its own currency is written with (geo.yaml currency_countries)."""
    out = {}
    for pattern, iso in (load_rules("geo").get("currency_countries") or {}).items():
        code = re.search(r"\\b([A-Z]{3})\\b", str(pattern))
        if code and iso not in out:
            out[str(iso)] = code.group(1)
    return out


def currency_countries(text: str) -> set[str]:
    """ISO2 of the countries whose own currency the text writes money in (geo.yaml:
    currency_countries; the euro and the dollar name no one country)."""
    return {iso for rx, iso in _currency_rx() if rx.search(text)}
