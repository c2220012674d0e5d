"""Name normalisation, romanisation and slugs shared by the cluster extractor and linker."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.extract.geo import country_surface_set, place_lookup, romanized_korean_places
from pipeline.rules import load_rules, per_rules

_CHO = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_JUNG = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
_JONG = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


_NORM_DROP = re.compile(r"[\s\-_.,'’()·/&]+")


def occurrences(text: str, sub: str) -> list[int]:
    """Where ``sub`` starts in ``text``, left to right and not overlapping (as ``re.finditer`` of the
    escaped word finds them, without building a pattern for every name: Python keeps only 512)."""
    out, i = [], text.find(sub) if sub else -1
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + len(sub))
    return out


@lru_cache(maxsize=1 << 16)
def norm(s: str) -> str:
    """Comparison key: NFKC, lower case, no spaces or punctuation (같은 이름 regardless of spacing)."""
    return _NORM_DROP.sub("", unicodedata.normalize("NFKC", str(s)).lower())


# a final consonant read before the next syllable's first (Revised Romanization follows the sound):
# before ㄹ (강릉 Gangneung, 신라 Silla, 독립 Dongnip), before ㄴ/ㅁ (백마 Baengma), before a vowel
# (일월 Irwol, 백야 Baegya). (final, next initial) -> (final, initial); indices into _JONG, _CHO.
_BEFORE_R = {4: ("l", "l"), 8: ("l", "l"), 16: ("m", "n"), 21: ("ng", "n"), 1: ("ng", "n"), 17: ("m", "n")}
_BEFORE_NASAL = {1: "ng", 2: "ng", 24: "ng", 7: "n", 19: "n", 20: "n", 22: "n", 23: "n", 25: "n", 27: "n", 17: "m", 26: "m"}
_BEFORE_VOWEL = {1: "g", 2: "kk", 7: "d", 8: "r", 17: "b", 19: "s", 20: "ss", 22: "j", 23: "ch", 24: "k", 25: "t", 26: "p"}


def romanize(text: str) -> str:
    """Revised Romanization of Hangul syllables, with the common sound changes between syllables
    of a word (the way place names are officially written: 강릉 Gangneung, 종로 Jongno)."""
    parts: list[list[str]] = []  # [initial, vowel, final] per syllable, or [other character]
    prev = None  # (syllable index in parts, final index) of the syllable just before
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho, jung, jong = code // 588, (code % 588) // 28, code % 28
            syl = [_CHO[cho], _JUNG[jung], _JONG[jong]]
            if prev is not None:
                p = parts[prev[0]]
                if cho == 5 and prev[1] in _BEFORE_R:
                    p[2], syl[0] = _BEFORE_R[prev[1]]
                elif cho in (2, 6) and prev[1] in _BEFORE_NASAL:
                    p[2] = _BEFORE_NASAL[prev[1]]
                elif cho == 2 and prev[1] == 8:
                    syl[0] = "l"  # 칼날 kallal
                elif cho == 11 and prev[1] in _BEFORE_VOWEL:
                    p[2] = _BEFORE_VOWEL[prev[1]]
            parts.append(syl)
            prev = (len(parts) - 1, jong)
        else:
            parts.append([ch])
            prev = None
    return "".join("".join(x) for x in parts)


_LATIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", romanize(unicodedata.normalize("NFC", name)))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.translate(_LATIN_LETTERS)  # (letters no accent decomposes: Wrocław -> wroclaw, Øresund -> oresund)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    s = re.sub(r"-(cluster|클러스터)$", "", s)
    return s or "cluster"


# ------------------------------------------------------------------ vocabulary of cluster names
# (shared by the extractor and the cross-document linker; no NLP imports here)

@per_rules
def cluster_rules():
    return load_rules("clusters")


@per_rules
def ko_heads() -> tuple[str, ...]:
    return tuple(sorted(cluster_rules()["korean"]["heads"], key=len, reverse=True))


@per_rules
def descriptor_heads_ko() -> frozenset[str]:
    """Korean words that describe a cluster after its industry (클러스터, 허브: rules korean.descriptor_heads)."""
    return frozenset(cluster_rules()["korean"].get("descriptor_heads") or ())


@per_rules
def sector_words_ko() -> frozenset[str]:
    """Korean industry words (ICT, 바이오: rules korean.sector_words)."""
    return frozenset(cluster_rules()["korean"].get("sector_words") or ())


@per_rules
def kind_first_words() -> frozenset[str]:
    """Words for a kind of cluster that some English names open with (rules english.kind_first_words,
    and every English head): Sci-Tech Daresbury, Technopark Zürich."""
    r = cluster_rules()["english"]
    return frozenset(str(w).lower() for w in [*(r.get("kind_first_words") or ()), *r["heads"]])


@per_rules
def compact_ko_heads() -> tuple[str, ...]:
    """The Korean heads written without spaces, longest first (사이언스 파크 is 사이언스파크)."""
    return tuple(sorted({h.replace(" ", "") for h in ko_heads()}, key=len, reverse=True))


@per_rules
def korean_one_word_names() -> frozenset[str]:
    """Kinds that are a name alone, written as a word of their own (clusters.yaml korean.one_word_names)."""
    return frozenset(cluster_rules()["korean"].get("one_word_names") or ())


@per_rules
def en_heads() -> tuple[str, ...]:
    return tuple(sorted(cluster_rules()["english"]["heads"], key=len, reverse=True))


@per_rules
def _generic_words() -> frozenset[str]:
    r = cluster_rules()
    words = list(r["korean"]["generic"]) + list(r["english"]["generic"]) + list(r["english"].get("function_words") or [])
    return frozenset(str(g).lower() for g in words)


def is_generic(word: str) -> bool:
    """A descriptive word (innovation, 혁신, a country name), never a name on its own."""
    w = word.lower().strip(",.'’\"“”‘()")
    return w in _generic_words() or w in country_surface_set() or word.strip(",.'’\"“”‘()") in country_surface_set()


def is_place(word: str) -> bool:
    """A known place or country, a Korean one as English writes it too (Incheon, North Chungcheong),
    or a known place's area written as one word (아산지역, 구미일대: the place, not a name's part)."""
    if word in place_lookup() or word in country_surface_set() or word in romanized_korean_places():
        return True
    return len(word) > 3 and word.endswith(AREA_SUFFIXES_KO) and word[:-2] in place_lookup()


AREA_SUFFIXES_KO = ("지역", "일대", "일원", "권역")


@per_rules
def _head_family() -> dict[str, int]:
    fams = list(cluster_rules()["korean"].get("head_families") or []) + list(cluster_rules()["english"].get("head_families") or [])
    return {norm(h): i for i, fam in enumerate(fams) for h in fam}


@per_rules
def _stem_heads() -> list[str]:
    """Every head and head spelling, compact and case-folded, longest first."""
    r = cluster_rules()
    hs = {norm(h) for h in r["korean"]["heads"]} | set(_head_family()) | {norm(h) for h in r["english"]["heads"]}
    hs |= {norm(h) for h in r["english"].get("lowercase_heads") or []}
    return sorted((h for h in hs if h), key=len, reverse=True)


@per_rules
def _stems_seen() -> dict[str, tuple[str, str] | None]:
    return {}


@per_rules
def _name_modifiers() -> list[str]:
    return [norm(m) for m in cluster_rules()["korean"].get("name_modifiers") or []]


def name_stem(name: str) -> tuple[str, str] | None:
    """(distinctive part, head family) of a cluster name, compact: 구미국가산업단지 and 구미산단 ->
    ('구미', 'family:0'); 대덕연구개발특구 and 대덕특구 -> ('대덕', 'family:1'); 원주 의료기기 클러스터 ->
    ('원주의료기기', 'family:3'). None when the name is no head after a distinctive part."""
    seen = _stems_seen()
    if name not in seen:
        if len(seen) > 1 << 16:
            seen.clear()
        seen[name] = _name_stem(name)
    return seen[name]


def _name_stem(name: str) -> tuple[str, str] | None:
    k = norm(name)
    mods = _name_modifiers()
    for h in _stem_heads():
        if k.endswith(h) and len(k) > len(h):
            stem = k[: -len(h)]
            changed = True
            while changed:
                changed = False
                for m in mods:
                    if stem.endswith(m) and len(stem) > len(m):
                        stem, changed = stem[: -len(m)], True
            for short, full in _stem_synonyms():
                if short in stem:
                    stem = re.sub(rf"(?<![a-z]){re.escape(short)}(?![a-z])", full, stem)  # AI 집적단지 is 인공지능 집적단지
            fam = _head_family().get(h)
            return stem, (f"family:{fam}" if fam is not None else h)
    return None


@per_rules
def _stem_synonyms() -> list[tuple[str, str]]:
    """Words a name may write either way (AI / 인공지능): rules clusters.yaml ``korean.stem_synonyms``."""
    return [(norm(k), norm(v)) for k, v in (cluster_rules()["korean"].get("stem_synonyms") or {}).items()]


def same_cluster_by_stem(a: str, b: str) -> bool:
    """Two names of one cluster by their stems: the same distinctive part, and either one that
    says more than a place or heads of one family (see rules: korean.head_families)."""
    sa, sb = name_stem(a), name_stem(b)
    # a name of its own that a head follows: 블루밸리 and (포항)블루밸리국가산업단지, 세종스마트그린
    # and 세종스마트그린 일반산업단지
    if (sb and _named_by_whole(a, sb) and not industry_within(a, b)) or (sa and _named_by_whole(b, sa) and not industry_within(b, a)):
        return True
    if not sa or not sb or len(sa[0]) < 2 or len(sb[0]) < 2 or is_generic(sa[0]) or is_generic(sb[0]):
        return False
    if sa[0] != sb[0]:
        return _same_after_place(sa, sb) or _same_but_province(sa, sb)
    # the bare head the others end in, after the same stem: 난산단지 is the 난산과학기술단지 (korean.generic_short_heads)
    if any(norm(x) == sa[0] + norm(h) and norm(y).endswith(norm(h)) and norm(y) != norm(x)
           for h in cluster_rules()["korean"].get("generic_short_heads") or () for x, y in ((a, b), (b, a))):
        return True
    only_place = sa[0] in {norm(p) for p in place_lookup()} or sa[0] in _korean_place_keys()
    # (a stem of two syllables before heads of two families reads as a place no list knows: 다온테크노파크 and
    # 다온첨단산업단지 are a technopark and the complex it sits in)
    return sa[1] == sb[1] or (not only_place and not (len(sa[0]) <= 2 and all("가" <= ch <= "힣" for ch in sa[0])))


def _named_by_whole(short: str, long_stem: tuple[str, str]) -> bool:
    """The whole short name is the other's distinctive part, its place before it or not: 블루밸리 is
    the 블루밸리 of (포항)블루밸리국가산업단지 (the short name ends in a head of its own)."""
    k = norm(short)
    if len(k) < 3 or not any(ch >= "가" for ch in k) or k in _korean_place_keys() or is_generic(short):
        return False
    return long_stem[0] == k or _place_before(long_stem[0], k)


def industry_within(short: str, long_: str) -> bool:
    """``long_`` is ``short`` and industry words before a head, ``short`` a zone of many industries: the
    cluster of one industry inside it (인천경제자유구역 / 인천경제자유구역 바이오 클러스터), not the zone
    (rules: clusters.yaml korean.zone_heads; Medicon Valley's life-science cluster stays Medicon Valley)."""
    k, lk = norm(short), norm(long_)
    if not lk.startswith(k) or not any(k.endswith(norm(h)) for h in cluster_rules()["korean"].get("zone_heads") or ()):
        return False
    rest = lk[len(k):]
    return any(rest.startswith(norm(w)) for w in cluster_rules()["korean"].get("sector_words") or ())


def _same_after_place(sa: tuple[str, str], sb: tuple[str, str]) -> bool:
    """Heads of one family, one stem the other's with a Korean place before it: 블루밸리산단 and
    포항 블루밸리 국가산업단지 (not a place alone: 포항산단 is not 포항블루밸리산단)."""
    if sa[1] != sb[1]:
        return False
    short, long_ = sorted((sa[0], sb[0]), key=len)
    if len(short) < 2 or short in _korean_place_keys():
        return False
    return _place_before(long_, short)


def _same_but_province(sa: tuple[str, str], sb: tuple[str, str]) -> bool:
    """An industrial complex named by its province and by its cities, the same words after the places:
    경남 항공국가산단 and 진주·사천 항공국가산업단지 (heads of the industrial-complex family only; a province's
    cluster and a city's may be two)."""
    if sa[1] != sb[1] or sa[1] != "family:0":
        return False
    (pa, ra), (pb, rb) = _split_places(sa[0]), _split_places(sb[0])
    if not pa or not pb or ra != rb or len(ra) < 2 or is_generic(ra):
        return False
    provinces = _province_keys()
    return all(p in provinces for p in pa) != all(p in provinces for p in pb)


def _split_places(stem: str) -> tuple[list[str], str]:
    """The Korean places a compact stem opens on, and the rest (진주사천항공 -> [진주, 사천], 항공)."""
    keys = _korean_place_keys_longest_first()
    places = []
    while (k := next((k for k in keys if stem.startswith(k) and len(stem) > len(k)), None)) is not None:
        places.append(k)
        stem = stem[len(k):]
    return places, stem


@per_rules
def _korean_place_keys_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_korean_place_keys(), key=len, reverse=True))


@per_rules
def _province_keys() -> frozenset[str]:
    from pipeline.extract.geo import korean_provinces

    return frozenset(norm(p) for p in korean_provinces())


def _place_before(long_: str, short: str) -> bool:
    """``long_`` is ``short`` with a place written before it (포항블루밸리 / 블루밸리, wuhaneastlake /
    eastlake; compact keys)."""
    return len(long_) > len(short) and long_.endswith(short) and long_[:-len(short)] in _place_keys()


@per_rules
def _place_keys() -> frozenset[str]:
    """Compact keys of the places the gazetteers know, Korean and other (a name's place before its stem)."""
    return _korean_place_keys() | frozenset(norm(p) for p in place_lookup() if len(norm(p)) >= 3)


@per_rules
def _korean_place_keys() -> frozenset[str]:
    from pipeline.extract.geo import korean_place_lookup

    return frozenset(norm(p) for p in korean_place_lookup())
