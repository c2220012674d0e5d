"""Cluster names from patterns: parenthesised bilingual names, name + head noun, copula and
appositive predicates, numbered section headings, table columns, and a seed gazetteer.

Everything found is merged per document into ``Cluster`` records (all surface names, English
and Korean names, country, region, sector), then located again in the text as mentions.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from pipeline.extract.context import Sentence
from pipeline.extract.geo import country_surface_set, find_countries, find_places, korean_place_lookup, korean_provinces, place_lookup
from pipeline.extract.names import cluster_rules as _rules
from pipeline.extract.names import en_heads as _en_heads
from pipeline.extract.names import is_generic as _is_generic
from pipeline.extract.names import is_place as _is_place
from pipeline.extract.names import ko_heads as _ko_heads
from pipeline.extract.names import norm, same_cluster_by_stem, slug
from pipeline.korean import is_hangul
from pipeline.model import ParsedDocument, Table
from pipeline.rules import load_rules, per_rules


_HYPHENS = ("-", "–")
# quotation marks that open and close a quoted name ('m4', “Silicon Island”, 「…」)
_OPENING, _CLOSING = "‘'\"“「『", "’'\"”」』"


@dataclass
class Cluster:
    names: list[str] = field(default_factory=list)
    name_en: str | None = None
    name_ko: str | None = None
    countries: list[str] = field(default_factory=list)
    region: str | None = None
    sector: str | None = None
    signals: set[str] = field(default_factory=set)
    first_seen: tuple[int, int] = (10**9, 10**9)  # (page, offset)

    def keys(self) -> set[str]:
        """Comparison keys of every name (cached until the names change)."""
        sig = len(self.names)
        if getattr(self, "_keys_sig", None) != sig:
            ks = set()
            for n in self.names:
                k = norm(n)
                if k:
                    ks.add(k)
                    ks.add(_strip_head_key(k))
            self._keys, self._keys_sig = ks, sig
        return self._keys

    @property
    def cluster_id(self) -> str:
        if self.name_en:
            return slug(self.name_en)
        return slug(self.name_ko or self.names[0])

    @property
    def canonical(self) -> str:
        return self.name_en or self.name_ko or self.names[0]


def _strip_country(name: str) -> str:
    """'미국 보스턴 바이오텍 클러스터' -> '보스턴 바이오텍 클러스터' (the country is context, not name)."""
    words = name.split(" ")
    while len(words) > 1 and words[0] in country_surface_set():
        words.pop(0)
    return " ".join(words)


def _strip_head_key(k: str) -> str:
    for h in ("클러스터", "cluster"):
        if k.endswith(h) and len(k) > len(h) + 2:
            return k[: -len(h)]
    return k


class Registry:
    """Clusters of one document, merged whenever two findings share a name."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []

    def add(self, names: list[str], signal: str, where: tuple[int, int], name_en: str | None = None,
            name_ko: str | None = None, countries: list[str] | None = None, region: str | None = None,
            sector: str | None = None) -> Cluster:
        names = [_strip_country(re.sub(r"\s+", " ", n).strip(" ,.'’\"“”‘")) for n in names if n and n.strip()]
        names = [n for n in names if len(norm(n)) >= 2]
        keys = {norm(n) for n in names} | {_strip_head_key(norm(n)) for n in names}
        hit = [c for c in self.clusters if c.keys() & keys]
        if hit:
            c = hit[0]
            for other in hit[1:]:
                self._absorb(c, other)
                self.clusters.remove(other)
        else:
            c = Cluster()
            self.clusters.append(c)
        for n in names:
            if n not in c.names:
                c.names.append(n)
        if name_en and not c.name_en:
            c.name_en = name_en
        if name_ko and not c.name_ko:
            c.name_ko = name_ko
        for iso in countries or []:
            if iso not in c.countries:
                c.countries.append(iso)
        c.region = c.region or region
        c.sector = c.sector or sector
        c.signals.add(signal)
        c.first_seen = min(c.first_seen, where)
        return c

    def merge_overlapping(self) -> None:
        """Merge clusters that came to share a name (after gazetteer enrichment)."""
        merged = True
        while merged:
            merged = False
            for i, a in enumerate(self.clusters):
                for b in self.clusters[i + 1:]:
                    if a.keys() & b.keys():
                        self._absorb(a, b)
                        self.clusters.remove(b)
                        merged = True
                        break
                if merged:
                    break

    def merge_same_id(self) -> bool:
        """Merge clusters whose names give the same id (강릉과학산단, 강릉 과학산업단지); True if any."""
        by_id: dict[str, Cluster] = {}
        merged = False
        for c in list(self.clusters):
            first = by_id.setdefault(c.cluster_id, c)
            if first is not c:
                self._absorb(first, c)
                self.clusters.remove(c)
                merged = True
        return merged

    def merge_phases(self) -> None:
        """A numbered phase of a cluster the document names (판교제2테크노밸리, 제2판교테크노밸리 beside
        판교테크노밸리) is part of it: one cluster. A numbered complex with no base named (오창
        제2산업단지 beside 오창과학산업단지) stays one of its own."""
        keys = {k: c for c in self.clusters for k in c.keys()}
        for c in list(self.clusters):
            for n in c.names:
                base = re.sub(r"\s?제\s?\d{1,2}\s?", "", n, count=1)
                if base != n and (other := keys.get(norm(base))) is not None and other is not c:
                    self._absorb(other, c)
                    self.clusters.remove(c)
                    break

    @staticmethod
    def _absorb(c: Cluster, other: Cluster) -> None:
        for n in other.names:
            if n not in c.names:
                c.names.append(n)
        c.name_en = c.name_en or other.name_en
        c.name_ko = c.name_ko or other.name_ko
        c.countries += [x for x in other.countries if x not in c.countries]
        c.region = c.region or other.region
        c.sector = c.sector or other.sector
        c.signals |= other.signals
        c.first_seen = min(c.first_seen, other.first_seen)


# ------------------------------------------------------------------ Korean patterns

_PAREN = re.compile(r"([^\s()]+(?:\s[^\s()]+){0,4}?)\s?\(([A-Za-z0-9][A-Za-z0-9&.'’@\- ]{0,60}[A-Za-z0-9.])\)")
# an encyclopedia's gloss: 쑤저우 공업원구(중국어: 苏州工业园区, 영어: Suzhou Industrial Park, SIP)
_PAREN_GLOSS = re.compile(r"([^\s()]+(?:\s[^\s()]+){0,4}?)\s?\((?:[^()]*?[,;]\s*)?(?:영어|영문|English)\s*[:：]\s*"
                          r"([A-Za-z0-9][A-Za-z0-9&.'’@\- ]{0,60}[A-Za-z0-9.])(?:\s*[,;]\s*([A-Z][A-Za-z0-9&\-]{1,8}))?[^()]*\)")
# a bracket that holds a name in Latin letters (rule 1 reads those), after a head noun
_LATIN_BRACKET = re.compile(r"\s?\((?:[^()]*?(?:영어|영문|English)\s*[:：]\s*)?[^()가-힣]*[A-Za-z][^()가-힣]*[A-Za-z][^()가-힣]*\)")
# another name in brackets right after a cluster's name: 서울디지털산업단지(G밸리), 중관촌(中關村)
_KO_PAREN_ALIAS = re.compile(r"\s?\(([^()]{1,24})\)")
_PAREN_REV = re.compile(r"([A-Z][A-Za-z0-9&.'’\-]*(?:\s[A-Z0-9][A-Za-z0-9&.'’\-]*){0,4})\s?\(([가-힣][가-힣0-9\s·]{0,30})\)")


def _eojeol_is_clean(word: str, sent: Sentence) -> bool:
    """An eojeol that can be part of a name: no trailing particle/ending, no punctuation."""
    if re.search(r"[,.;:!?“”‘’\"'「」<>]", word):
        return False
    return True


def _token_tags_for(sent: Sentence, start: int, end: int) -> list[str]:
    """Kiwi tags of the tokens covering [start, end) (page offsets)."""
    base = sent.start - (sent.tokens[0].idx if len(sent.tokens) else 0)
    tags = []
    for t in sent.tokens:
        ts = base + t.idx
        if ts >= start and ts + len(t.text) <= end:
            tags.append(t.tag_)
    return tags


_PARTICLE_END = re.compile(r"(?:의|에서|에|은|는|을|를|으로|로|과|와|도|만|이|가)$")


def _trim_korean_name(words: list[str], want: int, sent: Sentence, abs_end: int) -> list[str]:
    """The eojeols before a parenthesised English name that belong to the Korean name: as many
    as the English has words, without countries, generic words or a word carrying a particle
    (아인트호벤의 하이테크 캠퍼스 -> 하이테크 캠퍼스). Place names stay (런던 테크시티)."""
    words = words[-max(1, min(want, 4)):]
    quoted = [k for k, w in enumerate(words) if k > 0 and w[:1] in "'‘“\"「『<《"]
    if quoted:  # 힘을 합쳐 '하이테크캠퍼스(HTC)': the name starts at its opening quote
        words = words[quoted[-1]:]
    words = [w.lstrip("'‘“\"「『<《") or w for w in words]  # '실리콘 작소니(Silicon Saxony)': the quote opens the name
    for i in range(len(words) - 1):
        if _PARTICLE_END.search(words[i]) and len(words[i]) > 2 and not _is_generic(words[i]):
            words = words[i + 1:] if i + 1 < len(words) else words
            break
    while len(words) > 1:
        w = words[0]
        w_end = abs_end - len(" ".join(words[1:])) - 1
        tags = _token_tags_for(sent, w_end - len(w), w_end)
        if not _eojeol_is_clean(w, sent) or _is_generic(w) or w in country_surface_set() or \
                not (is_hangul(w[0]) or w[0].isalnum()) or any(t.startswith(("V", "E", "XSV", "XSA")) for x in tags for t in x.split("+")):
            words = words[1:]  # ... 위치한 | 아들러스호프 과학기술단지: a verb's modifier is no part of a name
            continue
        break
    return words


_ODD_TAGS = ("MM", "NNB", "NR", "IC", "MAG", "XR", "NNG", "NNP")


def _cut_unknown_word(toks: list, i: int) -> set[int]:
    """Indices of the written word right before token ``i`` when Kiwi read an unknown word (a
    foreign name: 이데온 -> 이|데|온) as odd pieces: Hangul only, two syllables or more, no particle,
    ending or verb, and at least one piece no noun (a determiner, a bound noun, a numeral)."""
    if i == 0 or not toks[i - 1].whitespace_:
        return set()
    k = i - 1
    while k > 0 and not toks[k - 1].whitespace_:
        k -= 1
    word = toks[k:i]
    text = "".join(t.text for t in word)
    if len(word) < 2 or len(text) < 2 or not re.fullmatch(r"[가-힣]+", text) or _is_generic(text):
        return set()
    tags = [t.tag_.split("+")[0] for t in word]
    if not all(tg in _ODD_TAGS for tg in tags) or not any(tg in ("MM", "NNB", "NR", "IC", "MAG") for tg in tags):
        return set()  # (도심|형, 비|수도권: a word Kiwi read right, with its suffix or prefix)
    return set(range(k, i))


def _head_with_particle(word: str, heads: set[str]) -> bool:
    """과학단지로, 클러스터의: a head noun (or a word ending in one) with a particle written on."""
    m = _PARTICLE_END.search(word)
    return m is not None and m.start() > 0 and any(word[:m.start()].endswith(h) for h in heads if " " not in h)


def _compound_with_head(word: str) -> bool:
    """A word that is itself a name ending in a head (블루밸리, 메디밸리), whatever Kiwi tags it: two
    letters or more, then a one-word head."""
    return _compound_rx().match(word) is not None


@per_rules
def _org_after_ko() -> re.Pattern:
    """An organisation noun right after a name (clusters.yaml korean.organisation_after)."""
    nouns = sorted(_rules()["korean"].get("organisation_after") or ["\x00"], key=len, reverse=True)
    return re.compile(r"\s?(?:" + "|".join(re.escape(n) for n in nouns) + r")(?:은|는|이|가|을|를|의|에|에서|으로|로|과|와|도|장)?(?![가-힣])")


@per_rules
def _compound_rx() -> re.Pattern:
    heads = sorted((h for h in _ko_heads() if " " not in h), key=len, reverse=True) or ["\x00"]
    return re.compile(r"(?s:.{2,})(?:" + "|".join(re.escape(h) for h in heads) + r")\Z")


def _named_compound(word: str, heads: set[str]) -> bool:
    """A word that is a complete name with its head (광교테크노밸리): more than the head, and more
    than a modifier before it (강소연구개발특구 is a kind of zone, its name comes before it)."""
    if word in heads or not _compound_with_head(word):
        return False
    head = max((h for h in heads if word.endswith(h) and " " not in h), key=len)
    rest = word[: -len(head)]
    return not (_is_generic(rest) or rest in (_rules()["korean"].get("name_modifiers") or ()))


# a district, quarter or zone of an industry ('a creative-industries district', 'a tech quarter'); a
# bare 'district' is a part of a city
_SECTOR_DISTRICT = (r"(?:tech|technology|innovation|creative|digital|science|knowledge|biotech|media|start-?up|research|"
                    r"industrial|business|software|design)[\w\-]*\s+(?:district|quarter|zone|neighbou?rhood|precinct|community)")


@per_rules
def _resident_rx() -> re.Pattern:
    nouns = sorted(_rules()["korean"].get("resident_nouns") or ["\x00"], key=len, reverse=True)
    return re.compile(r"(?:의)?\s*(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s*") for n in nouns) + ")")


@per_rules
def _korean_place_prefixes() -> tuple[str, ...]:
    return tuple(sorted((p for p in korean_place_lookup() if len(p) >= 2), key=len, reverse=True))


def _place_compound(word: str) -> bool:
    """One word made of a known Korean place and a head, with more between: 강릉과학산업단지."""
    return _compound_with_head(word) and any(word.startswith(p) and len(word) > len(p) + 1 for p in _korean_place_prefixes())


def _korean_admin_place(word: str, after_place: bool) -> bool:
    """A province, city, county or district: a known place, or after one a word with an
    administrative suffix (경기도 수원시 영통구: 영통구 is read by its suffix)."""
    if word in korean_place_lookup():
        return True
    rx = _admin_word_rx()
    return after_place and rx is not None and rx.fullmatch(word) is not None


@per_rules
def _admin_word_rx() -> re.Pattern | None:
    """A city, county or district read by its suffix (geo.yaml: korean_admin_suffixes)."""
    listed = load_rules("geo").get("korean_admin_suffixes") or ()
    suffixes = "".join(s for s in listed if s in ("시", "군", "구", "읍", "면"))
    # (a neighbourhood or village, 동 or 리, has a two-syllable stem: 이의동, 삼평동, 연제리; not 공동)
    small = "".join(s for s in listed if s in ("동", "리"))
    alts = [rf"[가-힣]{{1,4}}[{suffixes}]"] if suffixes else []
    if small:
        alts.append(rf"[가-힣]{{2}}\d?[{small}]")
    return re.compile("|".join(alts)) if alts else None


def _genitive_place(toks, j: int) -> str | None:
    """The place before a cluster's words in the genitive, where rule 2's walk back stopped at
    ``toks[j]``: 피츠버그의 | 로봇 클러스터 (a known place), 스웨덴 시스타의 | ICT 클러스터 (an unknown
    proper noun after a country; Kiwi may read it with its 의 as one noun: 오울루의). The cluster
    is named without the 의 (피츠버그 로봇 클러스터); mentions match either way (_name_regex).
    Not a country (한국의 바이오 클러스터) nor, without a country before it, an unknown name (삼성의)."""
    if j < 1:
        return None
    t, before = toks[j], toks[j - 1]
    if t.text == "의" and t.tag_ == "JKG" and before.text in ("일대", "일원", "지역", "인근") and j >= 2:
        # 사천·진주 일대의 | 항공우주 클러스터: the places before 'the area of' name it
        k, parts = j - 2, []
        while k >= 0 and (toks[k].tag_.startswith(("NNP", "NNG")) or toks[k].text in ("·", "ㆍ")) \
                and (not parts or not toks[k].whitespace_):
            parts.insert(0, toks[k].text)
            k -= 1
        places = [w for w in "".join(parts).replace("ㆍ", "·").split("·") if w]
        if places and all(_place_en(w) for w in places):
            return "".join(parts)
        return None
    after_country = j >= 2 and toks[j - 2].text in country_surface_set()
    if t.text == "의" and t.tag_ == "JKG" and not before.whitespace_:
        word, country_before = before.text, after_country
    elif t.tag_.startswith("NNP") and t.text.endswith("의") and len(t.text) >= 3 and t.whitespace_:
        word, country_before = t.text[:-1], before.text in country_surface_set()
    else:
        return None
    if word in country_surface_set() or _is_generic(word) or not is_hangul(word[0]):
        return None
    if word in place_lookup() or country_before:
        return word
    return None


def _of_owner(word: str) -> bool:
    """A word that a name may continue with 'of': University of Utah, City of Knowledge, Port of
    Rotterdam (rules: english.of_owners); not 'Expansion of', 'Home of'."""
    return word in (_rules()["english"].get("of_owners") or ()) or word in place_lookup()


def _park_head(head: str) -> bool:
    """A head naming grounds (Research Park, Technology Park, Science Park), which a university may
    own and name; not a building or unit (Campus, Hub, Centre) that is the university's own."""
    return head.split()[-1] in ("Park", "Parc", "Triangle", "Corridor", "Valley", "Zone")


def _negative(word: str, lang: str) -> bool:
    negs = _rules()["korean" if lang == "ko" else "english"]["negative_heads"]
    w = word.strip(",.'’\"“”‘()")
    return any(w == n or (lang == "ko" and w.endswith(n) and len(n) >= 2) for n in negs)


def _nickname(name: str) -> bool:
    """A name on the model of Silicon Valley (rules: english.nickname_prefixes): Silicon Hills."""
    prefixes = _rules()["english"].get("nickname_prefixes") or []
    m = re.fullmatch(r"(\S+)\s+([A-Z][a-z]+)", name.strip())
    return bool(m) and m.group(1) in prefixes and not _negative(m.group(2), "en") and not _is_generic(m.group(2))


def _before_negative(word: str) -> bool:
    """A Korean word starting with a negative head (보고서를, 행사에): what comes before names it."""
    return any(word.startswith(n) and len(n) >= 2 for n in _rules()["korean"]["negative_heads"])


def _ends_with_head(name: str, lang: str) -> bool:
    if lang == "ko":
        compact = name.replace(" ", "")
        return any(compact.endswith(h.replace(" ", "")) and len(compact) > len(h.replace(" ", "")) for h in _ko_heads())
    low = name.lower()
    for h in _en_heads():
        hl = h.lower()
        if low.endswith(" " + hl) or (low == hl and " " in hl):
            return True
    return False


@per_rules
def _head_alt() -> str:
    return "|".join(re.escape(h) for h in _ko_heads())


@per_rules
def _strong_ko_head_alt() -> str:
    strong = [h.replace(" ", "") for h in _ko_heads() if h not in _rules()["korean"]["weak_heads"]]
    # a head may be written spaced (미디어 산업 단지다 is 산업단지다)
    return "|".join(r"\s?".join(map(re.escape, h)) for h in sorted(set(strong), key=len, reverse=True))


def _korean_predicate_head(rest: str) -> bool:
    """'... 과학기술단지로', '... 캠퍼스다', '... 클러스터 중의 하나다' in the rest of a sentence."""
    alt = _strong_ko_head_alt()
    # a report's noun-ending style ends a sentence on 임 or 이며 (… 기술 혁신지구임)
    return bool(re.search(rf"(?:{alt})\s*(?:이다|다\b|다\.|로서|로\b|로,|이며|이자|임\b|임\.|임$|중\s*(?:의\s*)?(?:하나|한\s*곳))", rest))


@per_rules
def _ends_in_ko_head_rx() -> re.Pattern:
    """A word ending in a Korean head after at least one letter of its own (블루밸리)."""
    return re.compile(rf"(?s:.+)(?:{_head_alt()})\Z")


def korean_candidates(sent: Sentence, reg: Registry) -> None:
    text = sent.text
    where = (sent.page, sent.start)
    heading = sent.para_kind == "heading" and re.match(_rules()["numbered_heading"], text)
    # 1) parenthesised bilingual names
    bracketed: list[tuple[int, int]] = []  # their spans: rule 2 builds no other name over them
    parens = [*_PAREN.finditer(text), *_PAREN_GLOSS.finditer(text)] if "(" in text else []
    for m in sorted(parens, key=lambda m: m.start()):
        en = m.group(2).strip()
        if len(re.findall(r"[A-Za-z]", en)) < 2:
            continue  # (2019), (3.5): not a name
        if " " in en and en == en.lower() and re.fullmatch(r"[a-z\s\-]+", en):
            continue  # 산업클러스터(clusters of industry): a common noun glossed, not a name
        written = m.group(1).split(" ")
        want = len(en) if re.fullmatch(r"[A-Z]{2,5}", en) else len(en.split())  # 리서치 트라이앵글 파크(RTP)
        words = _trim_korean_name(written, want, sent, sent.start + m.end(1))
        if len(words) == 1 and len(written) >= 2 and words[0] == written[-1] and words[0] in _ko_heads() \
                and not _ends_with_head(en, "en"):
            prev = written[-2]  # 아틀러스호프 과학기술단지(Adlershof): the head alone is no name
            prev_end = sent.start + m.end(1) - len(written[-1]) - 1
            tags = _token_tags_for(sent, prev_end - len(prev), prev_end) if prev else []
            if tags and all(t.split("+")[0] in ("NNP", "NNG", "SL", "SH", "SN", "SW") for t in tags) and not _is_generic(prev) \
                    and prev not in country_surface_set() and not _PARTICLE_END.search(prev):
                words = [prev, words[0]]  # nouns only: not '... 위치한 테크노폴리스(Technopolis)'
        ko = " ".join(words).strip(" ‘’“”'\"")
        ko = re.sub(r"^[^\w가-힣]+", "", ko)
        if not ko or not any(is_hangul(c) for c in ko):
            continue
        after = text[m.end():]
        before = text[:m.end(1) - len(" ".join(words))].rstrip()
        if _negative(ko.split(" ")[-1], "ko") or _negative(en.split(" ")[-1], "en"):
            continue
        if all(_is_generic(w) for w in ko.split()) or all(_is_generic(w) for w in en.split()):
            continue  # 연구개발(R&D) 산업단지: an activity and its abbreviation, not a name
        nxt = re.match(r"\s*([가-힣]+)", after)
        if nxt and _negative(nxt.group(1), "ko") and not re.match(rf"\s*(?:{_head_alt()})", after):
            continue
        confirmed = (
            _ends_with_head(ko, "ko") or _ends_with_head(en, "en")
            # a head right after, alone or ending a compound: 마탐(MATAM) 첨단산업단지
            or re.match(rf"\s*[가-힣]{{0,4}}?(?:{_head_alt()})", after) is not None
            or (re.match(r"\s*(?:으로|로|라고|이라고|라는|이라는)\s*(?:유명|알려|불리)", after) is not None
                and re.search(rf"(?:{_head_alt()})", after) is not None)
            or (re.match(r"\s*(?:은|는)\s", after) is not None and _korean_predicate_head(after))
            or bool(heading)
            # quoted after a descriptor ending in a head: 나노기술 클러스터 '미나텍(MINATEC)'
            or re.search(rf"(?:{_head_alt()})\s*[{_OPENING}]$", before) is not None
            or _nickname(en)  # 실리콘 힐스(Silicon Hills)
        )
        if confirmed:
            acronym = m.group(3) if m.re is _PAREN_GLOSS else None
            reg.add([ko, en] + ([acronym] if acronym else []), "paren", where, name_en=en, name_ko=ko)
            bracketed.append((len(before), m.end()))
    # 1b) a numbered section heading naming a country and a name that ends in a head noun:
    #     "2. 중국 선전 난산 과학기술단지" (the morphemes of unknown names are unreliable here)
    if heading and "(" not in text:
        rest = re.sub(_rules()["numbered_heading"], "", text).strip()
        words = rest.split()
        had_country = bool(words) and words[0] in country_surface_set()
        while words and (words[0] in country_surface_set() or "·" in words[0]):
            words.pop(0)
        name = " ".join(words)
        quoted = re.search(rf"[{_OPENING}]([^{_CLOSING}]{{2,40}})[{_CLOSING}]", rest)
        if had_country and quoted and not _negative(quoted.group(1).split()[-1], "ko"):
            # "□ 일본 규슈 '실리콘 아일랜드'": the quoted words are the section's cluster
            q = quoted.group(1).strip()
            korean = any(is_hangul(c) for c in q)
            places = [w for w in rest[:quoted.start()].split() if w in place_lookup()]
            reg.add([q], "heading", where, name_ko=q if korean else None, name_en=None if korean else q,
                    region=place_lookup()[places[-1]][0] if places else None)
        elif had_country and words and _ends_with_head(name, "ko") and any(not _is_generic(w) for w in words) \
                and not any(_negative(w, "ko") for w in words):
            reg.add([name], "heading", where, name_ko=name)
    # 1c) a quoted name set after a descriptor ending in a head: 바이오테크 클러스터인 'm4'는, 바이오메디컬
    #     클러스터, '고베 의료산업도시'
    apposed: set[int] = set()  # where such a descriptor's head ends (rule 2 leaves it alone)
    for m in re.finditer(rf"({_head_alt()})(?:인|이자)?\s*,?\s*[{_OPENING}]([^{_CLOSING}()]{{1,30}})[{_CLOSING}]", text):
        q = m.group(2).strip()
        words = q.split()
        after = text[m.end():]
        if not words or len(words) > 4 or _negative(words[-1], "ko") or _negative(words[-1], "en") \
                or not re.match(r"(?:은|는|이|가|을|를|의|에|와|과|도|로|으로|\s*[,.)]|\s*$)", after) \
                or _before_negative(after[:6]) or all(_is_generic(w) or _is_place(w) for w in words):
            continue  # '...현황' 보고서, '현황과 과제' 세미나: the title of something else
        korean = any(is_hangul(c) for c in q)
        reg.add([q], "apposition", where, name_ko=q if korean else None, name_en=None if korean else q)
        apposed.add(m.end(1))
    # 1d) a quoted nickname or name that something is called by: 오스틴은 '실리콘 힐스'로 불리며
    prefixes_ko = tuple(_rules()["korean"].get("nickname_prefixes") or ())
    for m in re.finditer(rf"[{_OPENING}]([^{_CLOSING}()]{{2,30}})[{_CLOSING}]\s*(?:으로|로|라고|이라고|라는|이라는)\s*"
                         rf"(?:불리|불린|알려|일컬어|통하|통한)", text):
        q = m.group(1).strip()
        words = q.split()
        if not words or len(words) > 4 or _negative(words[-1], "ko") or not is_hangul(q[0]) or re.match(r"[가-힣]+(?:의|판|형)\s", q):
            continue  # ('한국의 실리콘밸리', '브라질판 실리콘밸리'로 불린다: a comparison, not a name)
        if not ((len(words) >= 2 and words[0] in prefixes_ko and not _is_generic(words[1])) or _ends_with_head(q, "ko")):
            continue
        places = find_places(text[:m.start()])
        reg.add([q], "nickname", where, name_ko=q, region=places[-1][2] if places else None)
    # 1e) a place glossed in Hanja, then the head: 신주(新竹) 공업단지 (rule 2 stops at the bracket)
    for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,6}})\s?\([\u3400-\u4dbf\u4e00-\u9fff]{{1,8}}\)\s*({_head_alt()})", text):
        word = m.group(1)
        if not _is_generic(word) and word not in country_surface_set() and not _negative(word, "ko"):
            name = f"{word} {m.group(2)}"
            owner = re.search(r"([가-힣]{2,6})의\s$", text[:m.start()])  # 선전의 난산(南山) 과학기술단지: the city's
            if owner and (owner.group(1) in place_lookup() or owner.group(1) in korean_place_lookup()):
                name = f"{owner.group(1)} {name}"
            reg.add([name, f"{word} {m.group(2)}", m.group(0)], "paren", where, name_ko=name)  # (as written too: its mentions)
    # 1f) a place, an ordinal and the head: 오창 제2산업단지, 오송 제2생명과학단지 (the morphemes stop at the number)
    for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,6}})\s?(제\s?\d{{1,2}})\s?((?:[가-힣]{{0,6}}?)(?:{_head_alt()}))(?![가-힣])", text):
        word = m.group(1)
        if not _is_generic(word) and word not in country_surface_set() and not _negative(word, "ko") \
                and (word in korean_place_lookup() or word in place_lookup()):
            reg.add([m.group(0)], "head", where, name_ko=m.group(0))
    toks = list(sent.tokens)
    # 1g) a place and the older word for an industrial complex: 반월공단, 온산 국가공단
    _place_complexes(text, toks, reg, where)
    # 2) name + head noun, from the morphemes
    heads = set(_ko_heads())
    sectors = set(_rules()["korean"].get("sector_words") or [])
    ends_in_head = _ends_in_ko_head_rx()
    for i, t in enumerate(toks):
        head_here = t.text in heads or (t.tag_.startswith("NNP") and ends_in_head.match(t.text) is not None) \
            or (t.tag_.startswith("NNG") and _place_compound(t.text))  # 강릉과학산업단지, read by Kiwi as one common noun
        if head_here and t.text not in heads and re.match(rf"\s*(?:{_head_alt()})(?![가-힣])", text[t.idx + len(t.text) - toks[0].idx:]):
            continue  # 블루밸리 | 국가산업단지: the longer name (its head after it) is the name
        if not head_here or (i + 1 < len(toks) and toks[i + 1].text == "("
                             and _LATIN_BRACKET.match(text, t.idx + len(t.text) - toks[0].idx)):
            continue  # X 단지(English name): rule 1's; 서울디지털산업단지(G밸리) is this rule's
        if re.match(rf"\s*[{_OPENING}][^{_CLOSING}()]{{1,30}}\([A-Za-z]", text[t.idx + len(t.text) - toks[0].idx:]) \
                or t.idx + len(t.text) - toks[0].idx in apposed:
            continue  # a descriptor of the quoted name that follows (rules 1 and 1c take that)
        if any(a <= t.idx - toks[0].idx < b for a, b in bracketed):
            continue  # the head of a bracketed name (하이테크 캠퍼스 에인트호번(High Tech Campus Eindhoven))
        j = i - 1
        name_toks = []
        odd: set[int] = set()
        # a head made of generic words only (혁신파크) names nothing alone: a kind of place before it
        # belongs to the name (한양대 ERICA 캠퍼스 | 혁신파크)
        generic_compound = t.text not in heads and _generic_words_only(_without_head(t.text))
        while j >= 0 and len(name_toks) < 8 and sum(1 for x in name_toks if x.whitespace_) < 4:  # morphemes of up to four written words
            tj = toks[j]
            if tj.whitespace_ and not odd & {j}:
                odd |= _cut_unknown_word(toks, j + 1)
            if j in odd:  # 이|데|온 사이언스파크: an unknown word Kiwi cut into odd pieces
                name_toks.insert(0, tj)
                j -= 1
                continue
            # two proper nouns joined by a hyphen, no spaces: 토론토-워털루, 파리-사클레
            hyphen = (tj.text in _HYPHENS and name_toks and j > 0 and toks[j - 1].tag_.startswith("NNP")
                      and name_toks[0].tag_.startswith("NNP") and not tj.whitespace_ and not toks[j - 1].whitespace_)
            # two places joined by a middle dot, no spaces: 반월·시화 국가산업단지 (one complex of two)
            # (not after a head: 블루밸리산단·영일만 특구 are two)
            hyphen = hyphen or (tj.text in ("·", "ㆍ") and name_toks and j > 0 and toks[j - 1].tag_.startswith(("NNP", "NNG"))
                                and not tj.whitespace_ and not toks[j - 1].whitespace_ and toks[j - 1].text not in heads)
            # letters joined by an ampersand, no spaces: R&D, AT&T
            hyphen = hyphen or (tj.text == "&" and name_toks and j > 0 and toks[j - 1].tag_ == "SL"
                                and name_toks[0].tag_ == "SL" and not tj.whitespace_ and not toks[j - 1].whitespace_)
            if tj.text in _rules()["korean"]["locative"]:
                break  # 뮌헨 인근 | 마르틴스리트 바이오테크 클러스터
            if generic_compound and tj.text in heads and not name_toks:
                name_toks.insert(0, tj)  # 한양대 ERICA 캠퍼스 | 혁신파크
                j -= 1
                continue
            if name_toks and tj.tag_.startswith(("NNP", "NNG")) and len(tj.text) >= 3 and tj.text.endswith("의") \
                    and tj.whitespace_:
                break  # 루벤의 | imec 연구단지: an unknown name read with its genitive as one noun
            # a numeral read inside a noun written as one word: 이|차|전지 (이차전지)
            glued = bool(name_toks) and not tj.whitespace_ and (
                (tj.tag_ == "NNB" and j > 0 and toks[j - 1].tag_ == "NR" and not toks[j - 1].whitespace_)
                or (tj.tag_ == "NR" and name_toks[0].tag_ == "NNB")
                or tj.tag_ == "XPN")  # a prefix written onto the word: 친|환경첨단복합산업단지
            # a phase written into the name after a proper noun: 성서|3|차 지방산업단지
            glued = glued or bool(name_toks) and (
                (tj.tag_ == "NNB" and tj.text == "차" and j > 1 and toks[j - 1].tag_ == "SN" and not toks[j - 1].whitespace_
                 and toks[j - 2].tag_.startswith(("NNP", "NNG")) and not toks[j - 2].whitespace_)
                or (tj.tag_ == "SN" and name_toks[0].text == "차" and j > 0 and toks[j - 1].tag_.startswith(("NNP", "NNG"))
                    and not toks[j - 1].whitespace_ and not tj.whitespace_))
            # a suffix written onto a name before the head: 광양만|권|경제자유구역 (the Gwangyang Bay area's)
            glued = glued or (tj.tag_ == "XSN" and not tj.whitespace_ and j > 0 and not toks[j - 1].whitespace_
                              and toks[j - 1].tag_.startswith("NNP"))
            if not hyphen and not glued and (not tj.tag_.split("+")[0] in ("NNP", "NNG", "SL", "SH", "NNB")
                                             or tj.tag_ == "NNB" and tj.text not in ("F",)):
                break
            if tj.tag_.startswith("NNP") and tj.whitespace_ and _head_with_particle(tj.text, heads):
                break  # 과학단지로 | 메디콘 밸리: a kind of place with its particle, read as one proper noun
            if not hyphen and _compound_with_head(tj.text) and tj.text not in heads \
                    and (any(not _is_generic(x.text) for x in name_toks) or (not name_toks and t.text not in heads and _compound_with_head(t.text))):
                break  # 문현금융단지 | 핀테크 허브: a complete name before a name says where it is (수성캠퍼스 | 대구경북첨복단지)
            if not hyphen and not tj.tag_.startswith(("NNP", "SL", "SH")) and (
                    t.text not in heads or (tj.whitespace_ and name_toks and not name_toks[0].whitespace_
                                            and name_toks[0].tag_.startswith(("NNP", "SL")) and name_toks[-1] is toks[i - 1]
                                            and all(not x.whitespace_ for x in name_toks))):
                break  # a name written as one word with its head (G밸리, 메디콘밸리) takes only names before it: not 조사 결과 G밸리
            name_toks.insert(0, tj)
            j -= 1
        if j >= 0 and toks[j].text == ")":
            continue  # "X(Y) 사이언스 파크": the bracketed name is the name (rule 1)
        genitive = _genitive_place(toks, j) if name_toks else None
        if t.text not in heads:  # compound NNP ending in a head: 메디콘밸리
            name_toks.append(t)
        compact_heads = {h.replace(" ", "") for h in heads}
        if "".join(x.text for x in name_toks) + (t.text if t.text in heads else "") in compact_heads:
            continue  # the head alone (사이언스 파크), not a name
        if name_toks and name_toks[0].text in _HYPHENS:
            name_toks.pop(0)
        if generic_compound and all(x.text in heads or _is_generic(x.text) or _generic_words_only(_without_head(x.text))
                                    for x in name_toks):
            continue  # kind words only: 규제자유|특구, (대학) 캠퍼스 혁신파크; 메디콘|밸리 is a name
        words = [x.text for x in name_toks]
        modifiers = set(_rules()["korean"].get("name_modifiers") or ())
        while words and (words[0] in country_surface_set()
                         or (len(words) > 1 and _is_generic(words[0]) and words[0] not in sectors and words[0] not in modifiers
                             and name_toks[len(name_toks) - len(words)].whitespace_)):
            words.pop(0)  # 기존 | 한울 국가산업단지: a word that says nothing of which one
        # a common noun written before a proper name that begins the name: (기공식) 협력 | 세종스마트그린 일반산업단지
        while len(words) >= 2 and name_toks[len(name_toks) - len(words)].tag_ == "NNG" \
                and name_toks[len(name_toks) - len(words)].whitespace_ \
                and name_toks[len(name_toks) - len(words) + 1].tag_.startswith("NNP") \
                and words[0] not in sectors and words[0] not in modifiers and not _is_place(words[0]) \
                and words[0] not in korean_place_lookup():
            words.pop(0)
        # a district before a name that is complete without it: 남구 | 문현금융단지 (not 대구, a city)
        while len(words) > 1 and re.fullmatch(r"[가-힣]{1,4}(?:구|군)", words[0]) and words[0] not in korean_place_lookup() \
                and (_named_compound(words[1], heads) or (len(words) > 2 and name_toks[len(name_toks) - len(words)].whitespace_
                                                          and name_toks[len(name_toks) - len(words) + 1].tag_ == "NNP"
                                                          and not name_toks[len(name_toks) - len(words) + 1].whitespace_)):
            words.pop(0)  # (동구 | 대구경북첨단의료복합단지: a proper noun written onto the rest of the name)
        # the places that say where a name is: 전북 군산 | 새만금 국가산업단지, 경기도 수원시 | 광교테크노밸리
        # (the last place before the head stays: 새만금 국가산업단지, 판교 테크노밸리)
        after_place = False
        while len(words) > 1 and genitive is None and _korean_admin_place(words[0], after_place) \
                and name_toks[len(name_toks) - len(words)].whitespace_ and (  # a word of its own, not 대덕|연구개발특구
                words[1] in korean_place_lookup() or _named_compound(words[1], heads)
                or (len(words) > 2 and name_toks[len(name_toks) - len(words) + 1].tag_ == "NNP"
                    and _korean_admin_place(words[1], True))
                # a district read by its suffix after a place, before a proper name: 대구 달서구 | 월배2차 지방산업단지
                or (after_place and len(words) > 2 and name_toks[len(name_toks) - len(words) + 1].tag_ == "NNP")):
            words.pop(0)
            after_place = True
        proper = [x for k, x in enumerate(name_toks) if (x.tag_.startswith(("NNP", "SL")) or _compound_with_head(x.text)
                                                         or (j + 1 + k) in odd)
                  and not _is_generic(x.text) and not _is_place(x.text)]
        if genitive is not None and any(x.text not in sectors for x in proper):
            genitive = None  # 루벤의 imec 연구단지: a name of its own; the place only locates it
        if genitive is not None and words:
            words.insert(0, genitive)
        core = [w for w in words if not _is_generic(w) and w not in _HYPHENS]
        places = [w for w in core if w in place_lookup()]
        others = [w for w in core if w not in place_lookup()]
        linked_places = len(set(places)) >= 2 and any(w in _HYPHENS for w in words)  # 토론토-워털루 회랑
        if not words or not core:
            continue
        e = t.idx + len(t.text) - toks[0].idx
        if genitive is not None:
            name = f"{genitive} {text[name_toks[0].idx - toks[0].idx:e]}"
        else:
            start_tok = next(x for x in name_toks if x.text == words[0]) if words else t
            name = text[start_tok.idx - toks[0].idx:e]
            loan = re.search(r"(?:^|\s)([가-힣]+)\s$", text[:start_tok.idx - toks[0].idx])
            if loan and loan.group(1) in (_rules()["korean"].get("name_loanwords") or ()):
                name = f"{loan.group(1)} {name}"  # 서던 | 타이완사이언스 파크: an English word written in Hangul
        if name.replace(" ", "") in compact_heads:
            continue  # (전 세계) 사이언스 파크: the kind alone once the generic words are gone
        after_word = re.match(r"\s*([가-힣]+)", text[e:])
        if after_word and _negative(after_word.group(1), "ko") and not after_word.group(1).startswith(tuple(heads)) \
                and not _resident_rx().match(text, e) and not re.fullmatch(r"(?:기업|업체|회사)(?:들)?(?:이|가|은|는|의|을|를)?", after_word.group(1)):
            continue  # 사이언스 파크 연합회, X클러스터 추진단: an organisation named after it
            # (not its firms: 오송생명과학단지 입주기업 8% 늘어, 구미국가산업단지 기업들)
        of_place = genitive is not None and any(w in sectors or not _is_generic(w) for w in words[1:])
        if places and len(words) == 1 and t.text in (_rules()["korean"].get("place_heads") or ()):
            of_place = True  # 케임브리지 클러스터는: a known place's cluster
        if not ((places and (others or any(w in sectors for w in words))) or proper or linked_places or of_place):
            # Kiwi may cut an unknown place into syllables in one context (오|울|루 ICT 클러스터)
            # and not in another: judge the written words of the span as well
            eojeols = [w for w in name.split()[:-1] if w not in country_surface_set()]
            if not (any(w in place_lookup() for w in eojeols)
                    and any(w not in place_lookup() and (w in sectors or not _is_generic(w)) for w in eojeols)):
                continue
        if any(_negative(w, "ko") and not _is_generic(w) for w in words):  # 기술 in 워털루 기술 회랑 is fine
            continue
        owners = tuple(_rules()["korean"].get("owner_negative_suffixes") or ()) + tuple(_rules()["korean"].get("not_a_site_endings") or ())
        before_name = [re.sub(r"(?<=[가-힣])(?:은|는|이|가|의)$", "", w.rstrip("(（[")) for w in text[:e - len(name)].split()[-1:]]
        # (삼성전자 | 평택캠퍼스; the owner as the subject: 연세대는 | 원주캠퍼스 내에)
        subject = re.match(r"\s*([가-힣A-Za-z]+?)(?:은|는|이|가)\s", text)  # (대구한의대는 … 수성캠퍼스를 … 이전한다)
        if name.endswith("캠퍼스") and any(w.endswith(owners) for w in (name.split()[:-1] or words[:1]) + before_name
                                         + ([subject.group(1)] if subject else [])):
            continue  # 연세대 국제캠퍼스, 삼성전자 평택캠퍼스: a university's or a firm's campus
        if _is_korean_metaphor(text, e - len(name), name):
            continue  # '한국의 실리콘밸리'
        if len(name.split()) >= 2 and all(_is_generic(w) or w in heads for w in name.split()[:-1]):
            continue  # R&D 특구, 혁신 클러스터: a kind of place, written with spaces Kiwi's pieces hide (R|&|D)
        if len(name.split()) == 2 and name.split()[0] in korean_provinces() \
                and name.split()[1] in (_rules()["korean"].get("aggregate_heads") or ()):
            continue  # 경기도 산업단지, 제주 산업단지: all the complexes of a province, not one of them
        if _org_after_ko().match(text, e):
            continue  # 오창혁신클러스터 추진단, 대덕특구 재단: an organisation named after the place, not it
        short = [w for w in name.split()[:1] if len(name.split()) == 2 and _compound_with_head(w)
                 and w not in heads and name.split()[1] in heads]
        reg.add([name] + short, "head", where, name_ko=name)  # 블루밸리 국가산업단지, also called 블루밸리
    # 4) a name whose firms moved in or who work there: 수성알파시티의 입주기업, … 종사자 수는, 하이테크벤처타운의 입주기업
    residents = _resident_rx()
    endings = tuple(_rules()["korean"].get("place_name_endings") or ())
    k = 0
    while k < len(toks):
        if not toks[k].tag_.startswith(("NN", "SL", "SH")) or (k > 0 and not toks[k - 1].whitespace_):
            k += 1
            continue
        g = k  # the nouns of one written word
        while g + 1 < len(toks) and not toks[g].whitespace_ and toks[g + 1].tag_.startswith(("NN", "SL", "SH")):
            g += 1
        group, k = toks[k:g + 1], g + 1
        end = group[-1].idx + len(group[-1].text) - toks[0].idx
        if not residents.match(text, end) or not (group[-1].whitespace_ or (g + 1 < len(toks) and toks[g + 1].text == "의")):
            continue
        w = "".join(x.text for x in group)
        named = any(x.tag_.startswith(("NNP", "SL")) for x in group) or w.endswith(endings)
        # (a name ending in a head is rule 2's to judge)
        if not named or len(w) < 3 or any(w.endswith(h) for h in heads) or w in korean_place_lookup() or w in place_lookup() \
                or w in country_surface_set() or _is_generic(w) or _negative(w, "ko") \
                or w.endswith(tuple(_rules()["korean"].get("not_a_site_endings") or ())) \
                or all(_is_generic(x.text) or _is_place(x.text) or x.text in korean_place_lookup() for x in group) \
                or any(a <= group[0].idx - toks[0].idx < b for a, b in bracketed):
            continue
        places = find_places(text[:group[0].idx - toks[0].idx])
        reg.add([w], "resident", where, name_ko=w, region=places[-1][2] if places else None)
    # 3) subject + predicate head without parentheses: 소피아 앙티폴리스는 ... 과학기술단지로
    for i, t in enumerate(toks):
        if t.text not in ("은", "는") or not t.tag_.startswith("J") or i == 0:
            continue
        j = i - 1
        run = []
        while j >= 0 and toks[j].tag_.split("+")[0] in ("NNP", "SL") and len(run) < 4:
            run.insert(0, toks[j])
            j -= 1
        # a place in the genitive before it locates it: 샐퍼드의 미디어시티는 (an unknown proper noun too,
        # not a country: 한국의 X는 compares)
        place_of = j >= 1 and toks[j].tag_ == "JKG" and (
            _place_en(toks[j - 1].text)
            or (toks[j - 1].tag_.startswith("NNP") and toks[j - 1].text not in country_surface_set() and not _is_generic(toks[j - 1].text)))
        if not run or (j >= 0 and not place_of and (toks[j].tag_.split("+")[0] in ("NNG", "JKG") or toks[j].text == ")"
                                                    or not toks[j].whitespace_ or _cut_unknown_word(toks, j + 1))):
            continue  # part of a longer noun phrase or word (이|데|온 사이언스파크), or the head of a bracketed name (rule 1);
            # not after a place in the genitive (샐퍼드의 미디어시티는 … 단지다: the place locates the name)
        words = [x.text for x in run]
        if all(_is_generic(w) or _is_place(w) or w in heads or _korean_admin_place(w, k > 0) for k, w in enumerate(words)) \
                or any(_negative(w, "ko") for w in words):
            continue  # (강원도 원주시는 … 거점 단지로 변모했다: a city, not a cluster)
        rest = text[t.idx + len(t.text) - toks[0].idx:]
        if _korean_predicate_head(rest):
            s = run[0].idx - toks[0].idx
            e = run[-1].idx + len(run[-1].text) - toks[0].idx
            region = place_lookup().get(toks[j - 1].text, (None,))[0] if place_of else None
            reg.add([text[s:e]], "copula", where, name_ko=text[s:e], region=region)


@per_rules
def _place_head_rx() -> re.Pattern:
    k = _rules()["korean"]
    heads = sorted(k.get("place_only_heads") or ["\x00"], key=len, reverse=True)
    glued = sorted(k.get("place_glued_heads") or ["\x00"], key=len, reverse=True)
    return re.compile(r"([가-힣]{2,3}?)?\s?(" + "|".join(re.escape(h) for h in heads) + r")"
                      r"|([가-힣]{2,3}?)(" + "|".join(re.escape(h) for h in glued) + r")")


@functools.lru_cache(maxsize=4096)
def _proper_alone(word: str) -> bool:
    """Kiwi reads the word alone as one proper noun (여천, 녹산; not 환경, 교통)."""
    from pipeline.nlp import get_nlp

    toks = list(get_nlp("ko")(word))
    return len(toks) == 1 and toks[0].tag_.startswith("NNP")


def _place_complexes(text: str, toks: list, reg: Registry, where: tuple[int, int]) -> None:
    """Names made of a place and a head that names an industrial complex only after a place
    (rules: korean.place_only_heads): 반월공단, 온산 국가공단; a list of places before it names one
    complex each (울산과 온산 국가공단)."""
    rx = _place_head_rx()
    base = toks[0].idx if toks else 0
    for k, t in enumerate(toks):
        if not t.tag_.startswith(("NNP", "NNG")) or (k > 0 and not toks[k - 1].whitespace_ and toks[k - 1].tag_.startswith("NN")):
            continue  # (the start of a written word)
        g = k  # the nouns of one written word, and a modifier written apart (온산 | 국가공단)
        while g + 1 < len(toks) and toks[g + 1].tag_.startswith(("NNP", "NNG", "XSN")) and (
                not toks[g].whitespace_ or (g == k and toks[g + 1].text in ("국가", "지방", "국가공단", "지방공단", "공단"))):
            g += 1
        s, e = t.idx - base, toks[g].idx + len(toks[g].text) - base
        m = rx.fullmatch(text, s, e)
        if not m or not (m.group(1) or m.group(3)):
            continue
        stem, head = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if _is_generic(stem) or not (stem in korean_place_lookup() or (m.group(1) and _proper_alone(stem))):
            continue
        reg.add([text[s:e]], "head", where, name_ko=text[s:e])
        # places listed before it: 울산과 | 온산 국가공단, 대구, 구미 | 창원 공단
        before = text[:s]
        while (lm := re.search(r"([가-힣]{2,3})(?:과|와|\s*,|\s*및|·)\s*$", before)) and lm.group(1) in korean_place_lookup():
            reg.add([f"{lm.group(1)} {head}"], "head", where, name_ko=f"{lm.group(1)} {head}")
            before = before[:lm.start()]


# ------------------------------------------------------------------ English patterns

# Regex alternations of the rules' vocabularies, built once per rules set (not per sentence)

@per_rules
def _en_head_alt() -> str:
    return "|".join(re.escape(h) for h in _en_heads() if h not in ("cluster",))


@per_rules
def _lowercase_head_alt() -> str:
    return "|".join(re.escape(h) for h in sorted(_rules()["english"]["lowercase_heads"], key=len, reverse=True))


@per_rules
def _strong_en_head_alt() -> str:
    return "|".join(re.escape(h.lower()) for h in _en_heads() if h not in _rules()["english"]["weak_heads"])


@per_rules
def _nickname_prefix_alt() -> str:
    return "|".join(re.escape(p) for p in _rules()["english"].get("nickname_prefixes") or [])


@per_rules
def _camel_head_alt() -> str:
    return "|".join(re.escape(h) for h in _en_heads() if " " not in h and h[0].isupper())


@per_rules
def _compound_name_rx() -> re.Pattern:
    r = _rules()["english"]
    pre = "|".join(re.escape(x) for x in r.get("compound_prefixes") or ["\x00"])
    heads = "|".join(re.escape(x) for x in r.get("compound_heads") or ["\x00"])
    return re.compile(rf"(?<![\w-])((?:{pre})(?:{heads}))(?![\w-])")


_CAP = r"(?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*|of|de|la|du|del|am|an)"
_WORD = rf"(?:{_CAP})(?![\w’'&\-])"  # one whole word of a name (not the 'an' of 'and')
_ABBR = r"(?:St|Ste|Mt|Ft)\.\s+"  # the abbreviated first word of a place name: St. Louis, Mt. Pleasant


def _named_subject_before(before: str) -> bool:
    """'The Cortex is ' / 'Kendall Square has become ': a capitalised name as the subject of a
    copula just before; what follows describes it (not a pronoun, a generic noun or a place)."""
    m = re.search(r"(?:^|[.;]\s+)(?:The\s+)?([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*(?:\s+[A-Z0-9][\w’'\-]*){0,3})\s+"
                  r"(?:is|was|remains|has become|became)\s+$", before)
    if not m:
        return False
    words = m.group(1).split()
    return not (_is_function_word(words[0]) or all(_is_generic(w) or _is_place(w) for w in words)
                or m.group(1) in country_surface_set())


def _uncapped(text: str) -> str:
    """A line in capitals read as a title ('UA TECH PARK ANNUAL REPORT' -> 'UA Tech Park Annual
    Report'; words of up to three letters stay, as acronyms do); same length, same offsets."""
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) < 3 or not letters or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return text
    return re.sub(r"[A-Z]{4,}", lambda m: m.group()[0] + m.group()[1:].lower(), text)


def english_candidates(sent: Sentence, reg: Registry) -> None:
    text = _uncapped(sent.text)
    where = (sent.page, sent.start)
    found: list[tuple[str, str | None]] = []
    city_heads: list[tuple[str, str]] = []
    # A numbered section heading "3. Ireland: the Dublin Docklands" / "3. Dublin Docklands (Ireland)"
    hm = re.match(_rules()["numbered_heading"], text) if sent.para_kind == "heading" else None
    if hm:
        rest = text[hm.end():].strip()
        m = re.match(r"(?P<country>[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w .’'\-]+?)\s*[:–—-]\s+(?:the\s+)?(?P<name>.+?)\s*$", rest) or \
            re.match(r"(?:the\s+)?(?P<name>.+?)\s*\((?P<country>[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w .’'\-]+)\)\s*$", rest)
        if m and m.group("country") in country_surface_set():
            name = m.group("name").strip()
            words = name.split()
            if 1 <= len(words) <= 5 and all(w[0].isupper() or w in ("of", "de", "la", "and", "&") for w in words) \
                    and not all(_is_generic(w) or _is_place(w) for w in words) and not _negative(words[-1], "en"):
                places = [w for w in words if w in place_lookup()]
                reg.add([name], "heading", where, name_en=name,
                        region=place_lookup()[places[0]][0] if places else None)
    # A heading "Name: a descriptor ending in a head" / "Name — ..." (Lyonbiopôle: Auvergne-Rhône-Alpes
    # health technology cluster): the name is the cluster; the descriptor names no other
    described = None
    if sent.para_kind == "heading":
        hd = re.match(rf"^([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'ôéèàüö\-]+(?:\s+[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'ôéèàüö\-]+){{0,3}})\s*(?::|\s[—–-])\s+(.+)$", text)
        head = re.search(rf"\b(?:{_lowercase_head_alt()}|{_en_head_alt()})\b", hd.group(2), re.I) if hd else None
        # (a description has words in lower case: 'LCQ16: Hong Kong Science Park' names the park in its
        # descriptor; a code is no name: LC Q3; a head after 'of' is another place's: 'Tenancy position of Science Park')
        if head and re.search(r"(?:^|\s)[a-z]", hd.group(2)) and not re.search(r"\b[A-Z]*\d+[A-Z]*\b", hd.group(1)) \
                and not re.search(r"\bof\s+(?:the\s+)?$", hd.group(2)[:head.start()]) \
                and not _is_generic(hd.group(1)) and not _is_place(hd.group(1)) and hd.group(1) not in country_surface_set():
            reg.add([hd.group(1)], "heading", where, name_en=hd.group(1))
            described = (hd.start(2), hd.end(2))
    # A profile's heading 'Name, City' (South Lake Union, Seattle): the name, placed in the city
    if sent.para_kind == "heading" and (pm := re.fullmatch(rf"((?:{_CAP}\s+){{0,4}}{_CAP}),\s+([A-Z][\w.’'\- ]{{1,30}}?)\s*", text)) \
            and pm.group(2) in place_lookup() and not _is_place(pm.group(1)) and pm.group(1) not in place_lookup() \
            and pm.group(1) not in country_surface_set() and not all(_is_generic(w) for w in pm.group(1).split()) \
            and not any(_negative(w, "en") for w in pm.group(1).split()):
        reg.add([pm.group(1)], "heading", where, name_en=pm.group(1), region=place_lookup()[pm.group(2)][0])
    # A place a kind noun introduces by what it is called: 'a burgeoning neighborhood on the west
    # side of the city, called University City'
    for m in re.finditer(rf"\b(?:neighbou?rhood|district|quarter|area|zone|hub|campus|corridor|enclave)\b[^.;:]{{0,60}}?,?\s+"
                         rf"(?:called|known as|dubbed|nicknamed|named)\s+(?:the\s+)?[\"“']?((?:{_CAP}\s+){{0,3}}{_CAP})", text):
        name = m.group(1)
        if not _is_place(name) and name not in place_lookup() and name not in country_surface_set() \
                and not all(_is_generic(w) or _is_function_word(w) for w in name.split()) and not _negative(name.split()[-1], "en"):
            reg.add([name], "en_pattern", where, name_en=name)  # (University City: not a university)
    # A name set after the kind it is, with a comma and nothing after it: 'one of the country's main
    # technological innovation hubs, Porto Digital.'
    for m in re.finditer(rf"\b(?:{_lowercase_head_alt()})s?,\s+((?:{_CAP}\s+){{0,2}}{_CAP})(?=\s*[.;)]|\s*$)", text):
        name = m.group(1)
        if not _is_place(name) and name not in place_lookup() and name not in country_surface_set() \
                and not all(_is_generic(w) or _is_function_word(w) or _is_place(w) for w in name.split()) \
                and not _negative(name.split()[-1], "en"):
            reg.add([name], "en_pattern", where, name_en=name)
    # Two names sharing a plural predicate: "Manchester Science Park and the Sci-Tech Daresbury campus
    # are the other two main innovation hubs"
    # (or an appositive in the plural: 'out of HITEC City and Gachibowli, the key clusters in Western Hyderabad')
    for m in re.finditer(rf"((?:{_CAP}\s+){{0,3}}{_CAP})\s+and\s+(?:the\s+)?((?:{_CAP}\s+){{0,3}}{_CAP})(\s+(?:campus|park|hub|site))?"
                         rf"(?:\s+(?:are|were|remain|form)\s+(?:the\s+|both\s+)?|,\s+(?:the|two|both)\s+)[^.;]{{0,50}}?\b(?:hubs|parks|clusters|campuses|districts|centres|centers)\b", text):
        for name in (m.group(1), m.group(2)):
            name = re.sub(r"^(?:(?:The|the|of|de|la|du|del|am|an)\s+)+", "", name)
            if name and name[0].isupper() and not all(_is_generic(w) or _is_place(w) for w in name.split()) \
                    and not _negative(name.split()[-1], "en"):
                found.append((name, None))
    # Capitalised words + head: Medicon Valley, Kista Science City, Research Triangle Park
    # (an ordinal inside a name, after a capitalised word: the Osong 3rd Bio-Health Science Complex)
    for m in re.finditer(rf"\b((?:{_CAP}\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+)?){{0,3}}(?:{_CAP}\s+(?:and|&)\s+)?{_CAP}\s+)?({_en_head_alt()})\b", text):
        prefix = (m.group(1) or "").split()
        conj = next((w for w in prefix if w in ("and", "&")), None)
        if conj:  # 'Science and Innovation Campus'; not 'Google and Research Triangle Park'
            k = prefix.index(conj)  # ('Bristol and Bath Science Park': two places share one park)
            if not (k > 0 and (_is_generic(prefix[k - 1]) or (_is_place(prefix[k - 1]) and k + 1 < len(prefix) and not _is_generic(prefix[k + 1])))):
                prefix = prefix[k + 1:]
        region = None
        # determiners and lower-case generic words go; capitalised words are part of the name
        # (Research Triangle Park), unless the whole prefix is generic (Innovation Center)
        while prefix and (prefix[0] in ("The", "the", "A", "An", "of", "de", "la", "du")
                          or prefix[0].lower() in _PREPOSITIONS  # "In Kista Science City, ...": a setting
                          or _is_function_word(prefix[0])  # "Today Pangyo Techno Valley is ...": an adverb
                          or prefix[0] in ("This", "That", "These", "Those", "Its", "Their", "Our", "Each", "Every", "Both")
                          or (prefix[0][0].islower() and _is_generic(prefix[0]))):
            prefix.pop(0)
        if "of" in prefix and prefix.index("of") > 0 and not _of_owner(prefix[prefix.index("of") - 1]):
            prefix = prefix[prefix.index("of") + 1:]  # 'Announce Expansion of Innovation District' (a headline's words)
        if prefix and re.search(r"['’]s$", prefix[0]):
            region = re.sub(r"['’]s$", "", prefix.pop(0))
            lead = re.search(r"((?:[A-ZÀ-Þ][\w\-]*\s+){1,2})$", text[:m.start(1)])
            if lead and " ".join([*lead.group(1).split(), region]) in place_lookup():
                region = " ".join([*lead.group(1).split(), region])  # Salt Lake City's …: the whole place
            region = None if region in country_surface_set() else region  # Korea's Osong Biocluster: a country is no region
        elif (own := next((k for k, w in enumerate(prefix) if re.search(r"['’]s$", w)), None)) is not None \
                and _place_owner(prefix[:own + 1]):
            region = re.sub(r"['’]s$", "", " ".join(prefix[:own + 1]))  # North Carolina's Research Triangle
            prefix = prefix[own + 1:]
        head = m.group(2)
        if head in _rules()["english"]["weak_heads"] and re.match(r"\s+(?:region|area|metro(?:politan)?\s+area)\b", text[m.end():]):
            continue  # 'the Research Triangle region': a region named after a place, not a cluster
        if any(re.fullmatch(r"[A-Za-z]+-(?:led|based|driven|backed|owned|funded|oriented|focused|run)", w) for w in prefix):
            continue  # 'Government-led IT Cluster': a heading's description, not a name
        titles = _rules()["english"].get("person_titles") or ()
        # (a title right before the head's words is an adjective there: Hamyang General Industrial Complex)
        if any(w in titles for w in prefix[:-1]) or (prefix and prefix[-1] in titles and head.split()[0] == "Park") \
                or (head == "Park" and re.match(r"\s+[A-Z][a-z]+-[a-z]+\b", text[m.end():])):
            continue  # 'President Park Jung-hee': a person named Park, not a park
        # a known place right after the head is part of the name: Switzerland Innovation Park Zurich,
        # High Tech Campus Eindhoven, Technopark Zürich
        tail = re.match(r"\s+([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]+)\b(?!\s+[A-Z])", text[m.end():])
        national = False
        if tail and (_is_place(tail.group(1)) or tail.group(1) in place_lookup()) and (
                tail.group(1) not in country_surface_set()
                or (all(_is_generic(w) for w in prefix + head.split()[:-1]) and _gazetteer_country(" ".join(prefix + [head])) is None)):
            head = f"{head} {tail.group(1)}"  # (a country too after a bare head: Technology Park Malaysia)
            national = tail.group(1) in country_surface_set()
        if not prefix and region and " " in head and head in _en_heads() and region in place_lookup() \
                and region not in country_surface_set():
            found.append((f"{region} {head}", region))  # Boston's Innovation District: the city's district,
            city_heads.append((f"{region} {head}", head))  # later 'the Innovation District' (capitalised) too
            continue
        if not prefix and (" " not in head or head in _en_heads()) and head not in ("Biopolis", "Technopole", "Technopolis", "Technopark"):
            continue  # a head alone, of one word or several: 'the largest Science City in Japan'
        if head in ("Campus", "Hub") and any(w in (_rules()["english"].get("owner_negatives") or ()) for w in prefix):
            continue  # Aalto University Campus: a university's campus
        if prefix and all(_is_generic(w) for w in prefix) and not national:
            continue
        owners = _rules()["english"].get("owner_negatives") or ()
        if any(_negative(w, "en") and not (w in owners and _park_head(head))
               and not (k + 1 < len(prefix) and prefix[k + 1] not in ("of", "de") and prefix[k + 1][0].isupper())
               for k, w in enumerate(prefix)):
            continue  # (a university's research park is named by it: University of Utah Research Park;
            # a negative word modifying the next capitalised word is a place's: University City Science Center)
        if _facility_after(text, m.end()):
            continue  # the BioHub incubator, the Innovation Park building: a facility, named by the noun after it
        if prefix and " ".join(prefix + [head]) in _en_heads():
            continue  # Free + Economic Zone: a longer head, still the kind alone
        found.append((" ".join(prefix + [head]), region))
    # Place + sector + lower-case head: the Boston biotech cluster, the Otaniemi innovation hub
    lower = _lowercase_head_alt()
    for m in re.finditer(rf"(?<![\w.&])((?:{_ABBR})?(?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*\s+){{1,3}}(?:[a-z][\w\-]*\s+){{0,2}})({lower})\b(?!s)", text):
        words = m.group(1).split()
        if _named_subject_before(text[:m.start()]):
            continue  # "The Cortex is St. Louis's innovation hub": a description of the named subject
        if any(w[0].islower() and _is_function_word(w) for w in words[1:]) \
                or (_is_function_word(words[0]) and words[0] not in ("The", "A", "An")):
            continue  # "Much of the cluster's strength", "Its space cluster"
        region = None
        owner = next((k for k, w in enumerate(words) if re.search(r"['’]s$", w)), None)
        if owner is not None and _place_owner(words[:owner + 1]):
            # Oulu's ICT ecosystem, Waterloo Region's technology ecosystem: a place's industry
            # cluster is named after the place (as 드레스덴 반도체 클러스터)
            place = re.sub(r"['’]s$", "", " ".join(words[:owner + 1]))
            rest = words[owner + 1:]
            if not rest and re.match(r"\s+of\b", text[m.end():]):
                continue  # 'the Bay Area's cluster of innovative firms': a gathering, not a name
            if all(w[0].islower() or _is_generic(w) for w in rest):
                found.append((" ".join([place, *rest, m.group(2)]), place))
                continue
        if owner is not None and owner > 0:  # Kendall Square's innovation district: the owner is named
            # elsewhere; what follows is a name only with capitalised words of its own
            region = re.sub(r"['’]s$", "", " ".join(words[:owner + 1]))
            words = words[owner + 1:]
        while words and (words[0] in ("The", "the") or _is_generic(words[0])
                         or (re.search(r"['’]s$", words[0]) and len(words) > 1)):
            if re.search(r"['’]s$", words[0]):  # Finland's Otaniemi ...: the place, not the name
                region = re.sub(r"['’]s$", "", words[0])
            words.pop(0)
        if not words or all(_is_generic(w) for w in words):
            continue
        if not any(w[0].isupper() and not _is_generic(w) for w in words):
            continue
        found.append((" ".join(words) + " " + m.group(2), region if region not in country_surface_set() else None))
    # Copula / appositive: "X is a ... science park", "X, a ... cluster", "X, a creative-industries district",
    # "X is Estonia's largest business campus", "X, which the business association calls the largest technology park",
    # "X (Russian: …, 'academic town') is a research town"
    described_as: list[tuple[str, frozenset]] = []  # 'X, the <description>': X and a cluster named so are one
    strong = _strong_en_head_alt()
    for m in re.finditer(rf"(?:^|[.;]\s+|\s[—–]\s+)((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*['’]s\s+)?(?:[A-Za-zÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*)(?:\s+[A-Z0-9][\w’'\-]*){{0,3}})(?:\s\([^()]{{1,80}}\)|,\s+(?i:a|an)\s+[^,;.()]{{3,60}},)?(?:,\s+(?:{_CALLED})?(?i:a|an|the)\s+|\s+(?i:is|was|has become|became|remains|has evolved into|evolved into|has grown into|grew into|has developed into)\s+(?:(?i:a|an|the|one of the)|(?:{_ABBR})?[A-ZÀ-Þ][\w\-]*['’]s)\s+)[^.;]{{0,80}}?\b(?i:{strong}|campus|hub|{_SECTOR_DISTRICT})s?\b", text):
        subj = m.group(1)
        if subj.split()[0].lower() in _PREPOSITIONS or (len(subj.split()) == 1 and _is_function_word(subj)):
            continue  # "In Lyon, the ... cluster": a setting, not a name; "Furthermore, the …": an adverb
        gap = m.group(0)[len(m.group(0).split(subj, 1)[0]) + len(subj):]
        if re.search(r"\b(?:of|in|at|on|to|from|with|for)\s+(?:(?:the|a|an|its|their)\s+(?:\S+\s+){0,2}\S+|[A-Z]\S*(?:\s+[A-Z]\S*){0,3})\s*$", gap) \
                and not re.search(r"one of the", gap):
            continue  # "Space is the fastest-growing part of the campus": a part of it, not a name
            # ('MassChallenge was a key anchor for the Innovation District': what it does for one)
        if len(subj.split()) == 1 and _is_generic(subj):
            continue
        subj = re.sub(r"^(?:The|the)\s+(?=\S)", "", subj)  # "The Cambridge Cluster is a ...": not part of the name
        region = None
        pm = re.match(r"([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]*)['’]s\s+(.+)", subj)
        if pm:
            region, subj = pm.group(1), pm.group(2)
        if region and not subj[0].isalpha():
            continue
        if not (subj[0].isupper() or (region and "-" in subj)) or all(_is_generic(w) or _is_place(w) for w in subj.split()) \
                or _negative(subj.split()[-1], "en"):
            continue
        found.append((subj, region))
        if re.match(r",\s+(?i:the)\s", gap):  # 'CSconnected, the compound semiconductor cluster in South Wales'
            desc = re.sub(r"^,\s+(?i:the)\s+", "", gap)
            place = re.match(r"\s+in\s+((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]+\s?){1,3})", text[m.end():])
            described_as.append((subj, frozenset((desc + " " + (place.group(1) if place else "")).lower().split())))
    # ... and after a preposition, set off by a comma or a dash, the description naming whose or
    # where it is: 'building the future at Tecnopuc – the Science and Technology Park of the
    # Catholic University', 'offices in Kendall Square, the innovation district of Cambridge'
    for m in re.finditer(rf"\b(?:at|in|into|to|from)\s+((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*)(?:\s+[A-Z0-9][\w’'\-]*){{0,3}})"
                         rf"(?:,|\s[—–])\s+the\s+(?:[\w\-]+\s+){{0,5}}?(?i:{strong}|{_SECTOR_DISTRICT})\s+(?:of|in|at)\s", text):
        subj = m.group(1)
        words = subj.split()
        if _is_function_word(words[0]) or all(_is_generic(w) or _is_place(w) for w in words) \
                or subj in place_lookup() or subj in country_surface_set() or _negative(words[-1], "en"):
            continue
        found.append((subj, None))
    # members named after their kind in the plural: 'other industry clusters such as Dubai Media City
    # and Dubai Knowledge Village' (names of two words or more; a city alone stands for its place)
    for m in re.finditer(rf"\b(?:clusters|parks|hubs|districts|technopoles|campuses|zones)\s+(?:such\s+as|like|including|namely)\s+"
                         rf"((?:{_WORD}\s+){{1,3}}{_WORD}(?:\s*,\s*(?:{_WORD}\s+){{1,3}}{_WORD})*(?:,?\s+and\s+(?:{_WORD}\s+){{1,3}}{_WORD})?)", text):
        for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)):
            name = re.sub(r"(?:\s+(?:of|de|la|du|del|am|an))+$", "", name.strip())
            words = name.split()
            if len(words) < 2 or _is_function_word(words[0]) or all(_is_generic(w) or _is_place(w) for w in words) \
                    or name in place_lookup() or name in country_surface_set() or _negative(words[-1], "en"):
                continue
            found.append((name, None))
    # The copula turned round: 'The nation's largest research park is the Irvine Spectrum'
    for m in re.finditer(rf"\b(?:[Tt]he|[Aa]nother|[Oo]ne)\s+((?:[\w’'\-]+\s+){{0,5}}?)(?i:{strong}|hub)s?\s+"
                         rf"(?:is|was|remains|has become|became)\s+(?:the\s+)?((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*\s+){{1,3}}?"
                         rf"[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'\-]*)(?![\w’'\-]|\s+[A-Z])", text):
        between = m.group(1).lower().split()
        name = m.group(2)
        words = name.split()
        if any(w in _PREPOSITIONS or w in ("of", "to") for w in between) or re.search(r"['’]s$", words[-1]):
            continue  # 'The largest tenant at the park is Google': the park is not the subject
        if any(_negative(w, "en") for w in words) or all(_is_generic(w) or _is_place(w) for w in words) \
                or name in country_surface_set():
            continue
        found.append((name, None))
    # What a name stands as: 'solidifies Kanata North as a growing innovation powerhouse', 'Kanata
    # North's position as a growing and global innovation ecosystem'
    for m in re.finditer(rf"(?:\b(?:solidif(?:y|ies|ied)|cement(?:s|ed)?|establish(?:es|ed)?|confirm(?:s|ed)?)\s+"
                         rf"((?:{_CAP}\s+){{0,3}}{_CAP})\s+|\b((?:{_CAP}\s+){{0,3}}{_CAP})['’]s\s+(?:position|status|reputation|standing)\s+)"
                         rf"as\s+(?:a|an|the|one\s+of\s+the)\s+[^.;]{{0,60}}?\b(?i:{strong}|{_lowercase_head_alt()})s?\b", text):
        name = re.sub(r"^(?:The|the)\s+", "", m.group(1) or m.group(2))
        words = name.split()
        if _is_function_word(words[0]) or all(_is_generic(w) or _is_place(w) for w in words) \
                or name in place_lookup() or name in country_surface_set() or any(_negative(w, "en") for w in words):
            continue
        found.append((name, None))
    # A site named by what happens there (no head noun in its name): 'opened its headquarters in
    # Technology Square', 'Companies supported by MaRS Discovery District raised ...', 'X now
    # occupies 1.5 million square feet', 'X houses some 40 start-ups'
    for name in _site_names(text):
        found.append((name, None))
    # Nicknames on the model of Silicon Valley: Silicon Fen, Silicon Saxony
    prefixes = _nickname_prefix_alt()
    nicknames = []  # new ones only ("known as Silicon Saxony" introduces the name; the gazetteer's
    # own, "China's Silicon Valley", are the gazetteer's and the metaphor test's business)
    for m in re.finditer(rf"\b(?:({_CAP})['’]s\s+)?((?:{prefixes})\s+[A-Z][a-z]+)\b(?!\s+(?:{_CAP}))", text) if prefixes else []:
        owner = m.group(1) if m.group(1) and _is_place(m.group(1)) else None
        # placed (Cambridge's, a place in the sentence) or introduced (known as): not a material
        placed = owner or find_places(text) or find_countries(text) \
            or re.search(r"(?:known as|called|dubbed|nicknamed)\s+(?:the\s+)?$", text[:m.start(2)])
        if placed and _nickname(m.group(2)) and _gazetteer_country(m.group(2)) is None:
            nicknames.append((m.group(2), owner))
    # One word of a field prefix and a kind of place: Biopôle, Genopole, Agropolis
    for m in _compound_name_rx().finditer(text):
        if not _facility_after(text, m.end()) and not any(m.group(1) == h for h in _en_heads()):
            found.append((m.group(1), None))
    # One CamelCase word ending in a head: BioValley, MedTechCampus
    camel = _camel_head_alt()
    for m in re.finditer(rf"\b((?:[A-Z][a-z]+)+(?:{camel}))\b", text):
        if not any(m.group(1) == h for h in _en_heads()) and not _facility_after(text, m.end()):
            found.append((m.group(1), None))
    if described:  # the heading's descriptor is no name of its own
        found = [(n, r) for n, r in found if not (text.find(n) >= described[0] and text.find(n) < described[1])]
    degrees = {str(w).lower() for w in _rules()["english"].get("degree_words") or ()}
    for name, region in [(n, r) for n, r in found if not _is_metaphor(text, n) and n.split()[0].lower() not in degrees] + nicknames:
        reg.add([name], "en_pattern", where, name_en=name, region=place_lookup().get(region, (region, None))[0] if region else None)
    for name, head in city_heads:
        reg.add([name, head], "en_pattern", where)
    for name, words in described_as:  # the title's 'South Wales compound semiconductor cluster' is CSconnected
        other = next((n for c in reg.clusters for n in c.names if frozenset(n.lower().split()) == words and n != name), None)
        if other:
            reg.add([name, other], "en_pattern", where)
    english_aliases(text, reg)


@per_rules
def _alias_cue_rx() -> re.Pattern:
    cues = "|".join(re.escape(c) for c in sorted(_rules()["english"].get("alias_cues") or [], key=len, reverse=True))
    return re.compile(rf"\b(?:{cues})\s+(?:just\s+)?(?:the\s+)?[\"“']?((?:{_CAP}\s+){{0,3}}[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&@\-]*)")


_SITE_NAME = r"((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*\s+){1,3}[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*)"  # two to four capitalised words


@per_rules
def _site_rx() -> list[re.Pattern]:
    r = _rules()["english"].get("site_predicates") or {}
    before = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(r.get("before_name") or [], key=len, reverse=True))
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(r.get("after_name") or [], key=len, reverse=True))
    out = []
    if before:
        out.append(re.compile(rf"\b(?:{before})\s+(?:the\s+)?{_SITE_NAME}\b"))
    if after:
        out.append(re.compile(rf"{_SITE_NAME}(?:\s+|,\s+which\s+)(?:now\s+|also\s+|today\s+)?(?:{after})\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|roughly\s+)?\d"))
    return out


# 'X, which <someone> calls the …', 'X, often described as a …': an appositive naming X's kind
_CALLED = (r"(?:which\s+[^.;,]{0,50}?\b(?:calls?|called|describes?\s+as|bills?\s+as|considers?)\s+(?:itself\s+)?"
           r"|(?:often\s+|widely\s+|now\s+)?(?:described|billed|considered|regarded)\s+as\s+)")


def _site_names(text: str) -> list[str]:
    """Names of sites, found by predicates only a site has (rules: english.site_predicates): two
    to four capitalised words, not a place, an organisation or a generic phrase."""
    out = []
    for rx in _site_rx():
        for m in rx.finditer(text):
            words = m.group(1).split()
            while words and words[0] in ("The", "A", "An", "Its", "Their"):
                words.pop(0)
            if words and re.search(r"['’]s$", words[0]):
                words.pop(0)  # Midtown's Tech Square: the owner is a place, not part of the name
            if words and re.search(r"['’]s$", words[-1]):
                words[-1] = re.sub(r"['’]s$", "", words[-1])  # offices in Kendall Square's 2.5 sq miles: the name owns what follows
            if len(words) < 2 or all(_is_generic(w) or _is_place(w) for w in words) or " ".join(words) in place_lookup() \
                    or any(_negative(w, "en") for w in words) or words[0].lower() in _PREPOSITIONS:
                continue
            out.append(" ".join(words))
    return out


def title_subject(sents: list[Sentence], title: str | None, reg: Registry) -> None:
    """Last resort, for a document in which no rule found a cluster: the proper name its headline
    is about, when the body names it again ('Harbour Labs reports record year' ... 'Harbour Labs
    counted ...'). Not a place, a country, an organisation, a firm or a person quoted ('X said')."""
    heading = next((s.text for s in sents if s.para_kind == "heading"), None) or title or ""
    body = " ".join(s.text for s in sents if s.para_kind != "heading")
    heads = {h.lower() for h in _en_heads()}
    for m in re.finditer(r"(?<![\w’'])((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*\s+){0,3}[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*)", heading):
        words = m.group(1).split()
        while words and (words[0] in ("The", "A", "An", "How", "Why", "What", "New") or re.search(r"['’]s$", words[0])):
            words.pop(0)
        if not words or all(_is_generic(w) or _is_place(w) or w in country_surface_set() for w in words) \
                or any(_negative(w, "en") for w in words) or " ".join(words) in place_lookup() \
                or (len(words) == 1 and not re.search(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]", words[0])):
            continue  # (one word only when it cannot be a common word: MaRS, BioCity)
        name = " ".join(words)
        if name.endswith("s") and name[:-1].lower() in heads:
            continue  # 'Science Parks, talent attraction …': the kind in the plural, not one of them
        uses = [x for x in re.finditer(rf"(?<![\w’']){re.escape(name)}(?![\w])", body)]
        if uses and not any(re.match(r"\s*(?:said|says|told|Inc|Ltd|Corp|LLC|Group|plc)\b", body[u.end():]) for u in uses):
            reg.add([name], "title", (0, 0), name_en=name)
            return
    # Korean: a word of the headline that ends in a head and says which one (국가식품클러스터 입주기업
    #실태조사 결과 발표 ... 익산시 왕궁면에 자리한 국가식품클러스터)
    for w in re.findall(r"[가-힣A-Za-z0-9]+", heading):
        head = next((h for h in _compact_heads_longest() if w.endswith(h)), None)
        if head is None or w == head or w in korean_place_lookup() or w not in body or not _distinctive_ko(w[:-len(head)]):
            continue
        reg.add([w], "title", (0, 0), name_ko=w)
        return


@per_rules
def _compact_heads_longest() -> tuple[str, ...]:
    """The Korean heads written without spaces, longest first (사이언스 파크 is 사이언스파크)."""
    return tuple(sorted({h.replace(" ", "") for h in _ko_heads()}, key=len, reverse=True))


@per_rules
def _words_longest(with_sectors: bool) -> tuple[str, ...]:
    words = set(_rules()["korean"]["generic"]) | (set(_rules()["korean"].get("sector_words") or ()) if with_sectors else set())
    return tuple(sorted(words, key=len, reverse=True))


def _without_head(word: str) -> str:
    """The word before its longest head (혁신파크 -> 혁신); the word itself when it ends in none."""
    head = next((h for h in _compact_heads_longest() if word.endswith(h)), "")
    return word[:-len(head)] if head else word


def _segment_ko(word: str, known: tuple[str, ...]) -> list[str] | None:
    """``word`` cut into known words, longest first from the left (지역혁신 -> 지역|혁신); None when
    a part is unknown."""
    parts, rest = [], word
    while rest:
        w = next((k for k in known if rest.startswith(k)), None)
        if w is None:
            return None
        parts.append(w)
        rest = rest[len(w):]
    return parts


def _generic_words_only(prefix: str) -> bool:
    """Whether a Korean word is made of generic words only (규제자유, 지역혁신; not 에너지, 메디콘)."""
    return bool(prefix) and _segment_ko(prefix, _words_longest(False)) is not None


def _distinctive_ko(prefix: str) -> bool:
    """Whether the words before a head name one place of its kind: something not generic (판교,
    메디콘), or an industry with a national or regional modifier (국가|식품); not generic words
    only (지역|혁신 클러스터, 바이오 클러스터)."""
    parts = _segment_ko(prefix, _words_longest(True))
    if parts is None:
        return True  # an unknown word: a name
    sectors = set(_rules()["korean"].get("sector_words") or ())
    modifiers = set(_rules()["korean"].get("name_modifiers") or ())
    return any(p in sectors for p in parts) and any(p in modifiers for p in parts)


_FRONTED_ALIAS = re.compile(r"^(?:(?:[A-Z][a-z]+|Also|Often|Sometimes|Widely|Locally)\s+)?(?:known|called|dubbed|nicknamed)\s+(?:as\s+)?(?:the\s+)?"
                            r"[\"“'‘]?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})[\"”'’]?,\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})")


_FOUNDED_AS = re.compile(rf"\b(?:founded|established|created|opened|launched|set\s+up|began|started)(?:\s+(?:in|on)\s+[^,.;]{{1,20}}?)?"
                         rf"\s+as\s+(?:the\s+)?((?:{_WORD}\s+){{1,3}}{_WORD})")
# a sentence about a name just given: 'It is also called …', 'The name is often shortened to …'
_REFERS_BACK = re.compile(r"\s*(?:It|Its\s+name|The\s+name|The\s+(?:park|city|campus|cluster|district|zone|complex|hub))\b[^A-Z\d]*$")


def english_aliases(text: str, reg: Registry) -> None:
    """'The Harwell Science and Innovation Campus, usually just called Harwell': the name after
    an alias cue is another name of the cluster named before it in the sentence; 'Sometimes
    known as 'Silicon Fen', Cambridge is …': the name fronted so is another name of the cluster
    the sentence's subject names (by a name of it, or the place it is named after)."""
    fm = _FRONTED_ALIAS.match(text)
    if fm and not _is_generic(fm.group(1)) and fm.group(1) not in country_surface_set():
        subject = fm.group(2)
        named = [c for c in reg.clusters if norm(subject) in c.keys()
                 or any(n.split()[0] == subject and len(n.split()) == 2 for n in c.names if n.isascii())]
        if len(named) == 1 and norm(fm.group(1)) not in named[0].keys():
            reg.add([named[0].names[0], fm.group(1)], "alias", (0, 0))
    for m in _alias_cue_rx().finditer(text):
        alias = m.group(1).strip()
        if _is_generic(alias) or alias in country_surface_set():
            continue
        before = text[:m.start()]
        named = [c for c in reg.clusters for n in c.names if len(n) > 2 and _name_regex(n).search(before)]
        if not named and _REFERS_BACK.match(before):  # 'The name is commonly shortened to …': the cluster just named
            named = [c for c in reg.clusters if norm(alias) not in c.keys()][-1:]
        if named and not any(norm(alias) in c.keys() for c in named):
            reg.add([named[-1].names[0], alias], "alias", (0, 0))
    # 'Cummings was founded in 1962 as Huntsville Research Park': the name it began under is another
    # name of the cluster the sentence is about (named in full, or by its first word)
    for m in _FOUNDED_AS.finditer(text):
        alias = re.sub(r"(?:\s+(?:of|de|la|du|del|am|an))+$", "", m.group(1).strip())  # (not '… Park an(d)')
        if _is_generic(alias) or alias in country_surface_set() or alias in place_lookup():
            continue
        subject = re.match(r"\s*(?:The\s+)?([A-Z][\w’'\-]+)", text)
        named = [c for c in reg.clusters if norm(alias) not in c.keys() and (
            any(len(n) > 2 and _name_regex(n).search(text[:m.start()]) for n in c.names)
            or (subject and len(subject.group(1)) >= 4 and any(n.split()[0] == subject.group(1) for n in c.names if n.isascii())))]
        if len(named) == 1:
            reg.add([named[0].names[0], alias], "alias", (0, 0))


def _is_function_word(w: str) -> bool:
    """A function word, or a word capitalised only because it opens a sentence or headline
    (clusters.yaml english.function_words, english.sentence_openers)."""
    return w.lower().strip(",.'’") in _function_words()


@per_rules
def _function_words() -> frozenset[str]:
    e = _rules()["english"]
    return frozenset(str(x).lower() for x in [*(e.get("function_words") or ()), *(e.get("sentence_openers") or ())])


def _place_owner(words: list[str]) -> bool:
    """'Oulu's', 'Waterloo Region's', 'Tampere's': a known city or region, or capitalised words
    naming a region, in the possessive; not a country (Finland's ICT cluster) nor a cluster."""
    phrase = re.sub(r"['’]s$", "", " ".join(words))
    if phrase in country_surface_set() or _gazetteer_country(phrase) is not None:
        return False
    return phrase in place_lookup() or any(w in place_lookup() for w in phrase.split()) or \
        bool(re.fullmatch(r"(?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]+\s+)+(?:Region|County|Area|Province|Valley)", phrase))


_PREPOSITIONS = {"in", "at", "on", "for", "from", "by", "with", "near", "across", "since", "during", "around", "within",
                 "outside", "inside", "throughout", "beyond", "like", "unlike", "as", "after", "before"}

_METAPHOR = re.compile(r"(?:called|dubbed|known as|nicknamed|a|the|[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]*['’]s)\s+$")


def _quoted_in_etymology(text: str, start: int, end: int) -> bool:
    """A name in quotation marks in a sentence about a name's origin (rules: etymology_cues)."""
    if not (text[max(0, start - 1):start] and text[start - 1] in _OPENING and text[end:end + 1] and text[end] in _CLOSING):
        return False
    cues = _rules().get("etymology_cues") or ()
    return any(re.search(rf"(?<![A-Za-z]){re.escape(str(c))}(?![A-Za-z])", text, re.I) for c in cues)


def _is_metaphor(text: str, name: str) -> bool:
    """'China's Silicon Valley', 'dubbed the Silicon Valley of Europe': a comparison, not the place;
    'a blend of "medicine" and "Silicon Valley"': a word, not the place."""
    own = re.match(r"((?:[A-ZÀ-Þ][\w\-]*\s+)?[A-ZÀ-Þ][\w\-]*)['’]s\s+(.+)$", name)  # 'South Korea's Silicon Valley', whole
    if own and (own.group(1) in country_surface_set() or own.group(1) in place_lookup()) \
            and _gazetteer_country(own.group(2)) not in (None, _country_of(own.group(1))):
        return True
    words = name.split()
    for k in (1, 2):  # 'the Korean Silicon Valley', 'the South Korean Silicon Valley': a country's own one
        lead, rest = " ".join(words[:k]), " ".join(words[k:])
        if rest and lead in country_surface_set() and _gazetteer_country(rest) not in (None, _country_of(lead)):
            return True
    for m in re.finditer(re.escape(name), text):
        if _quoted_in_etymology(text, m.start(), m.end()):
            return True
        before = text[max(0, m.start() - 30):m.start()]
        adj = re.search(r"((?:[A-ZÀ-Þ][\w\-]*\s+)?[A-ZÀ-Þ][\w\-]*)\s+$", before)
        if adj and _gazetteer_country(name) is not None and any(
                w in country_surface_set() and _country_of(w) != _gazetteer_country(name)
                for w in (adj.group(1), adj.group(1).split()[-1])):
            return True  # 'the Korean Silicon Valley', 'a Chinese Silicon Valley': another country's likeness of it
        pos = re.search(r"([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]*)['’]s\s+$", before)
        if pos and (pos.group(1) in country_surface_set() or pos.group(1) in place_lookup()):
            regions = {str(g.get("region") or "") for g, ns in _gazetteer() if name in ns}
            if _gazetteer_country(name) not in (None, _country_of(pos.group(1))) \
                    and not any(r == pos.group(1) or r.startswith(pos.group(1) + " (") for r in regions):
                return True  # (Cambridge's Kendall Square: the gazetteer's own Cambridge (MA), not a comparison)
        if _gazetteer_country(name) is not None and re.search(
                r"\b(?:the\s+next|answer\s+to|rival\s+to|version\s+of|equivalent\s+of|counterpart\s+to|"
                r"its\s+own|a\s+new|another|a\s+second)\s+(?:the\s+)?$", before, re.I):
            return True  # 'the next Silicon Valley', 'Korea's answer to Silicon Valley': a comparison
        if re.search(r"\bso-called\s+(?:second|next|new|another)\s+$", before, re.I):
            return True  # 'Gwanggyo BT Valley, the so-called second Pangyo Valley': a likeness of one, not a place
        if re.search(r"(?:called|dubbed|nicknamed|known as|referred to as)\s+(?:the\s+)?[\"“']?(?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]*['’]s\s+)?$", before) \
                and (_gazetteer_country(name) is not None or _nickname(name)):
            return True  # (a name of its own introduced so is no comparison: is called the North Carolina Research Campus)
        if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[m.end():m.end() + 12]) and _gazetteer_country(name):
            return True  # "the Silicon Valley of Europe"
        compass = "|".join((_rules().get("yardstick") or {}).get("english_compass_after") or []) or "(?!)"
        if re.match(rf"\s+(?:{compass})\b(?!\s+[A-Z])", text[m.end():m.end() + 8]) and _gazetteer_country(name):
            return True  # 'Often referred to as "Silicon Valley East," RTP': another place's nickname
        if re.search(r"\b(?:become|becoming|became|becomes|build|building|create|creating|turn\w*\s+into|make\s+\w+\s+into)\s+(?:a|an)\s+$",
                     before, re.I) and _gazetteer_country(name):
            return True  # 'its objective is to become a Silicon Valley capable of …': one like it
        if re.search(r"\b(?:a|an)\s+$", before) and _gazetteer_country(name) \
                and re.match(r"\s*(?:[.,;:!?)]|$|\s+(?:of|in|for|on|to)\b)", text[m.end():]):
            return True  # 'the attention of a Silicon Valley': one like it (not 'a Silicon Valley startup')
    return False


def _is_korean_metaphor(text: str, start: int, name: str) -> bool:
    """'한국의 실리콘밸리로 불린다', '아시아의 실리콘밸리', '러시아판 실리콘밸리', '제2의 실리콘밸리': a
    well-known name owned by another country or region (in the genitive, or as its version 판/형)
    or counted (제2의) is a comparison, not the place."""
    before = text[max(0, start - 12):start]
    if _quoted_in_etymology(text, start, start + len(name)):
        return True  # '실리콘밸리'에서 따온 이름
    if re.search(r"제\s*\d+\s*의\s*$|제\s*[이삼]\s*의\s*$", before):
        return True  # 제2의 실리콘밸리: the second of its kind
    words = name.split()
    if len(words) >= 2 and re.fullmatch(r"[가-힣]+(?:판|형)", words[0]):  # the version word read into the name
        before, name = words[0] + " ", " ".join(words[1:])
    m = re.search(r"([가-힣]+)(?:판|형)\s*$", before)  # 러시아판 실리콘밸리, 한국형 실리콘밸리
    world = tuple(_rules()["korean"].get("world_regions") or ())
    if m and (_country_of(m.group(1)) or _is_place(m.group(1)) or m.group(1) in world) \
            and _gazetteer_country(name):
        return True
    m = re.search(r"([가-힣A-Za-z]+)의\s*$", before)
    if not m:
        return False
    known = _gazetteer_country(name)
    sectors = set(_rules()["korean"].get("sector_words") or ()) | {"테크", "테크놀로지", "바이오테크", "바이오텍"}
    if m.group(1) in sectors and known is not None:
        return True  # '바이오 테크의 실리콘밸리': an industry's famous name, for a place of that industry
    owner = _country_of(m.group(1)) or ("" if m.group(1) in world else None)
    return owner is not None and known is not None and owner != known


def _country_of(word: str) -> str | None:
    from pipeline.extract.geo import find_countries

    hits = find_countries(word)
    if hits:
        return hits[0][2]
    return place_lookup().get(word, (None, None))[1]


def _gazetteer_country(name: str) -> str | None:
    k = norm(name)
    for g, names in _gazetteer():
        if k in {norm(n) for n in names}:
            return str(g.get("country") or "").split(";")[0] or None
    return None


# ------------------------------------------------------------------ gazetteer and tables

@per_rules
def _gazetteer():
    entries = []
    for g in _rules()["gazetteer"]:
        names = [g["name"]] + list(g.get("names", []))
        entries.append((g, names))
    return entries


@functools.lru_cache(maxsize=4096)
def _name_regex(name: str) -> re.Pattern:
    if any(is_hangul(c) for c in name):
        # any letter may be spaced (per-glyph PDF layouts); a word may carry the genitive
        # (피츠버그의 로봇 클러스터 is a mention of 피츠버그 로봇 클러스터)
        words = [r"\s?".join(re.escape(c) for c in w) for w in name.split()]
        # (or 'the area of': 사천·진주 일대의 항공우주 클러스터 is 사천·진주 항공우주 클러스터)
        body = r"\s?(?:(?:일대|일원|지역|인근)?의\s?)?".join(words)
        return re.compile(rf"(?<![가-힣A-Za-z0-9]){body}")
    # a word may carry the possessive it was written with (Oulu's ICT ecosystem is a mention of
    # Oulu ICT ecosystem)
    body = r"(?:['’]s)?\s+".join(re.escape(w) for w in name.split())
    flags = re.I if len(name) > 4 and name not in _en_heads() else 0  # (a head as a name, 'the Innovation District': as written)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)


@per_rules
def _gazetteer_index() -> dict[str, list[tuple[str, re.Pattern]]]:
    """First two letters of a name (case-folded, spaces removed) -> [(name, regex)], longest first:
    only the names whose first letters occur in a sentence are tried on it."""
    idx: dict[str, list] = {}
    for n in sorted({n for _, ns in _gazetteer() for n in ns if len(n) >= 3}, key=len, reverse=True):
        key = n.replace(" ", "").lower()[:2]
        idx.setdefault(key, []).append((n, _name_regex(n)))
    return idx


def gazetteer_candidates(sent: Sentence, reg: Registry) -> None:
    idx = _gazetteer_index()
    compact = sent.text.replace(" ", "").lower()
    grams = {compact[i:i + 2] for i in range(len(compact) - 1)} & idx.keys()
    cands = [(m.start(), m.end(), name) for key in grams for name, rx in idx[key] for m in rx.finditer(sent.text)]
    taken: list[tuple[int, int]] = []
    for a, b, name in sorted(cands, key=lambda c: (c[0] - c[1], c[0], c[2])):  # longest first
        if any(x < b and a < y for x, y in taken):
            continue
        if name.isascii() and _is_metaphor(sent.text, name):
            continue
        if not name.isascii() and _is_korean_metaphor(sent.text, a, name):
            continue
        if _other_place_before(sent.text, a, name):
            continue  # Barcelona Tech City is not London's Tech City
        taken.append((a, b))
        local = _abbreviated_here(name, reg)
        if local is not None:  # 'Research & Technology Park ... the RTP': this document's park, not the gazetteer's
            reg.add([local, name], "alias", (sent.page, sent.start))
            continue
        reg.add([name], "gazetteer", (sent.page, sent.start))


def _abbreviated_here(acronym: str, reg: Registry) -> str | None:
    """A gazetteer acronym (RTP) that the initials of a cluster this document named before also
    end in (North Dakota State University Research & Technology Park): that cluster's name."""
    if not re.fullmatch(r"[A-Z]{2,5}", acronym):
        return None
    for c in reg.clusters:
        if "gazetteer" in c.signals or any(norm(n) == norm(acronym) for n in c.names):
            continue
        for n in c.names:
            initials = "".join(w[0] for w in re.split(r"[\s\-]+", n) if w and w[0].isupper())
            if n.isascii() and len(initials) > len(acronym) - 1 and initials.endswith(acronym):
                return n
    return None


def _other_place_before(text: str, start: int, name: str) -> bool:
    """A place written onto a gazetteer name that is not the place of the gazetteer's cluster: the
    name ends another cluster's ('Barcelona Tech City', '부산 테크시티')."""
    m = re.search(r"([A-ZÀ-Þ][\w\-]+|[가-힣]+)\s?$", text[:start])
    if m is None or text[m.end():start].strip() or m.group(1) in country_surface_set():
        return False
    own = {str(g.get("region") or "") for g, ns in _gazetteer() if name in ns}
    place = _place_en(m.group(1))
    return place is not None and place not in own


def _kind_words_after(name: str, known: str) -> bool:
    """'Adlershof Science and Technology Park' is the gazetteer's Adlershof: its name, then kind
    words only (generic words joined by 'and', ending in a head)."""
    if not name.startswith(known + " "):
        return False
    rest = name[len(known) + 1:].split()
    return _ends_with_head(" ".join(rest), "en") and all(_is_generic(w) or w in ("and", "&") or w in _en_head_words() for w in rest)


@per_rules
def _en_head_words() -> frozenset[str]:
    return frozenset(w for h in _en_heads() for w in h.split())


def link_gazetteer(reg: Registry) -> None:
    """Enrich clusters whose names are in the gazetteer (names, English name, country, region)."""
    heads = {norm(h) for h in _ko_heads() + _en_heads()}
    for c in reg.clusters:
        keys = c.keys()
        if len(c.names) > 1:  # an acronym beside a name of the document's own says nothing of the gazetteer's
            keys = keys - {norm(n) for n in c.names if re.fullmatch(r"[A-Z]{2,5}", n)}
        for g, names in _gazetteer():
            gkeys = {norm(n) for n in names}
            # Zhongguancun Science Park is the gazetteer's Zhongguancun (name + head word)
            # (a Korean name is shorter in letters: 중관춘 산업단지 is Zhongguancun)
            longer = any(k.startswith(gk) and k[len(gk):] in heads for k in keys for gk in gkeys
                         if len(gk) >= (3 if "가" <= gk[:1] <= "힣" else 4)) \
                or any(_kind_words_after(n, gn) for n in c.names for gn in names if len(gn) >= 4)
            if keys & gkeys or longer:
                for n in names:
                    if n not in c.names:
                        c.names.append(n)
                # (a longer form of the gazetteer's name keeps the gazetteer's: one id across documents)
                c.name_en = g["name"] if longer and not keys & gkeys else (c.name_en or g["name"])
                if not c.countries and g.get("country"):
                    c.countries = str(g["country"]).split(";")
                c.region = c.region or g.get("region")
                c.sector = c.sector or g.get("sector")
                c.signals.add("gazetteer")
                break
    reg.merge_overlapping()


_KO_NICKNAME = re.compile(rf"[{_OPENING}]([^{_CLOSING}]{{2,60}})[{_CLOSING}]\s*(?:으로|로|라고|이라고|라는|이라는)\s*"
                          rf"(?:불리|불린|불려|알려|일컬어|통하|통한|부르)")


# another quoted name coordinated before one: '오송단지' 또는 | '오송 바이오클러스터'로 불린다
_KO_NICKNAME_BEFORE = re.compile(rf"[{_OPENING}][^{_CLOSING}]{{2,60}}[{_CLOSING}]\s*(?:또는|혹은|이나|나|,|·|및|과|와)\s*$")


def korean_aliases(sents: list[Sentence], reg: Registry) -> bool:
    """'흔히 '중국 광곡(中国光谷, Optics Valley of China)'으로 불린다': a quoted name something is
    called by is another name of the cluster named before it in the sentence, or, when the
    sentence names none (its subject left out), of the one the sentence before it named. The
    bracket's parts are names too. True when a name was added (mentions must be found again)."""
    added = False
    prev_named: list[Cluster] = []
    prev_para = None
    for s in sents:
        named = [c for _, _, c in s.clusters]
        if s.para != prev_para:
            prev_named, prev_para = [], s.para
        for m in _KO_NICKNAME.finditer(s.text):
            # '오송단지' 또는 '오송 바이오클러스터'로 불린다: every quoted name of the list is called so
            start = m.start()
            while (q := _KO_NICKNAME_BEFORE.search(s.text[:start])) is not None:
                start = q.start()
            listed = re.findall(rf"[{_OPENING}]([^{_CLOSING}]{{2,60}})[{_CLOSING}]", s.text[start:m.end()])
            before = [c for ms, _, c in s.clusters if ms - s.start < start]
            outside = [c for ms, me, c in s.clusters if not (start <= ms - s.start and me - s.start <= m.end())]
            target = before[-1] if before else (prev_named[-1] if prev_named and not outside else None)
            if target is None:
                continue
            parts = []
            for inner in listed:
                parts += [re.sub(r"\(.*", "", inner).strip()] + [p.strip() for p in re.findall(r"\(([^)]*)\)", inner)[0].split(",")] \
                    if "(" in inner else [inner.strip()]
            parts = [p for p in parts if p and len(norm(p)) >= 2 and not all(_is_generic(w) or _is_place(w) for w in p.split())
                     and not re.match(r"[가-힣]+의\s", p)]  # '한국의 실리콘밸리': a comparison, not a name
            if any(norm(p) not in target.keys() for p in parts):
                reg.add([target.names[0], *parts], "alias", target.first_seen)
                added = True
        # 'G밸리는 … 정식 명칭은 서울디지털국가산업단지다', 'G밸리는 서울디지털산업단지의 약칭이다': the
        # official name, or the name it is short for, is another name of the same cluster
        for m in _KO_OFFICIAL_NAME.finditer(s.text):
            other = m.group("official") or m.group("full") or m.group("former")
            before = [c for ms, _, c in s.clusters if ms - s.start < m.start()]
            target = before[0] if before else (prev_named[-1] if prev_named else None)
            if m.group("former") and not (before and any(norm(m.group("former")) in c.keys() for c in reg.clusters)
                                          and re.match(r"(?:은|는)\s", s.text[s.clusters[0][1] - s.start:])):
                continue  # (only a complex the text names, begun as by the subject the sentence opens on)
            if target is None or norm(other) in target.keys() or not (
                    any(norm(other) in c.keys() for c in reg.clusters) or _ends_in_head(other)):
                continue
            own_ko, own_en = target.name_ko, target.name_en
            merged = reg.add([target.names[0], other], "alias", target.first_seen)
            if m.group("former") and own_ko:
                merged.name_ko, merged.name_en = own_ko, own_en  # the name now, not the one it began under
            added = True
        for ms, me, c in s.clusters:
            m = _KO_PAREN_ALIAS.match(s.text, me - s.start)
            if m is None:
                continue
            # (이하 첨복단지): the short name the text uses from here on
            inner = re.sub(r"^이하\s*[:：]?\s*[{o}]?([^{c}]+?)[{c}]?$".format(o=_OPENING, c=_CLOSING), r"\1", m.group(1).strip())
            if not _bracket_alias(inner) or norm(inner) in c.keys():
                continue
            full_ko, full_en = c.name_ko, c.name_en
            merged = reg.add([c.names[0], inner.strip()], "alias", c.first_seen)
            if inner != m.group(1).strip() and full_ko:
                merged.name_ko, merged.name_en = full_ko, full_en or merged.name_en  # the name the short one stands for
            added = True
        prev_named = named or prev_named
    return added


_KO_OFFICIAL_NAME = re.compile(
    rf"(?:정식|공식|법정)\s?(?:명칭|이름)은\s*[{_OPENING}]?(?P<official>[가-힣A-Za-z0-9·]{{3,30}}?)[{_CLOSING}]?\s*(?:이다|다|이며|으로|로)"
    rf"|\s(?P<full>[가-힣A-Za-z0-9·]{{3,30}}?)의\s*(?:약칭|별칭|애칭|줄임말)"
    # the name it began under: G밸리는 1964년 구로공단으로 출발해
    rf"|\s(?P<former>[가-힣A-Za-z0-9·]{{3,30}}?)(?:으로|로)\s*(?:출발|시작)(?=했|해|하여|한|하며)")


def _ends_in_head(name: str) -> bool:
    return any(name.endswith(h) for h in _ko_heads())


def _bracket_alias(inner: str) -> bool:
    """Whether a bracket after a cluster's name holds another name of it (G밸리, 中關村, KAIST
    특구), not a gloss, a date, a number, an abbreviation of a law or a list."""
    inner = inner.strip()
    if not inner or re.search(r"[\d:：,;~]|\.\s|^(?:이하|가칭|구|옛|약|현|舊)\b", inner) or len(inner.split()) > 3:
        return False
    if not re.match(r"[가-힣A-Za-z\u4e00-\u9fff]", inner) or len(norm(inner)) < 2:
        return False
    words = inner.split()
    return not all(_is_generic(w) or _is_place(w) or w in country_surface_set() for w in words) \
        and not any(_negative(w, "ko") for w in words)


def _called_a_town(word: str, text: str) -> bool:
    """'Oulu is a city located 500 km north of Helsinki', 'Oulu, Finland, …': the text names the
    town itself, whatever park is named after it."""
    return re.search(rf"\b{re.escape(word)}(?:\s+is\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}(?:city|town|municipality|capital|village)\b"
                     rf"|,\s+[A-Z]\w+,)", text) is not None


def short_names(reg: Registry, text: str) -> None:
    """A cluster is often named by the distinctive word of its name alone (Cortex for the Cortex
    Innovation Community, Ideon for Ideon Science Park): that word, when the document writes it
    on its own, capitalised, and it is no place, country or common word, is a name too."""
    negatives = set(_rules()["english"].get("owner_negatives") or ()) | set(_rules()["english"].get("nickname_prefixes") or ())
    for c in reg.clusters:
        for n in list(c.names):
            words = n.split()
            # its initials in brackets after it: Multimedia Super Corridor (MSC), Hsinchu Science Park (HSP)
            initials = "".join(w[0] for w in re.split(r"[\s\-]+", n) if w[:1].isupper())
            if len(initials) >= 2 and initials not in c.names and (re.search(
                    rf"{re.escape(n)}\s*\(\s*{re.escape(initials)}\s*\)", text)
                    # four initials or more written on their own: 'the IFEZ' for Incheon Free Economic Zone
                    or (len(initials) >= 4 and len(words) == len(initials) and re.search(rf"(?<![\w-]){initials}(?![\w-])", text)
                        and not any(initials in o.names for o in reg.clusters if o is not c))):
                c.names.append(initials)
            head = next((h for h in _en_heads() if n.lower().endswith(" " + h.lower())), None)  # the Hermia science park
            latin = all(ord(ch) < 0x250 for ch in n)  # Latin letters, accented ones too (Mjärdevi)
            if head is not None and latin:
                _brand_after_kind(c, n, text, negatives)
            if len(words) < 2 or not latin or head is None or len(words) - len(head.split()) != 1:
                continue  # University City Science Center: 'University' alone is no name
            stem = words[0]
            if re.fullmatch(r"[A-Z]{3,6}", stem) and stem not in negatives and not _is_generic(stem) \
                    and re.search(rf"(?:^|[.!?]\s+|\n){stem}\s+[a-z]", text):
                c.names.append(stem)  # NOVI for NOVI Science Park, as a sentence's subject ('NOVI is …')
                continue
            if not re.fullmatch(r"[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][a-zß-ÿćčđłńřśšźżž]{3,}", stem) or _is_generic(stem) or stem in negatives or norm(stem) in c.keys():
                continue
            if _is_place(stem):
                # a place is the cluster only as a sentence's subject ('Tsukuba owes its size to ...'),
                # not before another name ('Cambridge's Silicon Fen') nor as a setting ('in Tsukuba'),
                # nor where the text calls it the town it is ('Oulu is a city located 500 km north')
                if re.search(rf"(?:^|[.!?]\s+|\n){re.escape(stem)}(?:['’]s)?\s+[a-z]", text) and not _called_a_town(stem, text):
                    c.names.append(stem)
                continue
            if re.search(rf"(?<![\w-]){re.escape(stem)}(?!\s+{re.escape(words[1])})(?![\w-])", text) and not _called_a_town(stem, text):
                c.names.append(stem)
    # a Korean name after its place: 이차전지 특화단지 for 포항 이차전지 특화단지, when no other
    # cluster of the document ends the same way and the text writes it alone
    endings: dict[str, list[Cluster]] = {}
    for c in reg.clusters:
        for n in c.names:
            words = n.split()
            if len(words) >= 3 and any(is_hangul(ch) for ch in n) and (_is_place(words[0]) or words[0] in korean_place_lookup()):
                endings.setdefault(" ".join(words[1:]), []).append(c)
            elif len(words) == 2 and is_hangul(words[1][:1]) and not _is_generic(words[0]) \
                    and _named_compound(words[1], set(_ko_heads())):
                endings.setdefault(words[1], []).append(c)  # 에너지밸리 for 빛가람 에너지밸리: a name of its own after its place
            elif len(words) == 1 and is_hangul(n[:1]):  # ... and written as one word: 빛가람에너지밸리
                for k in range(2, len(n) - 3):
                    if not _is_generic(n[:k]) and _named_compound(n[k:], set(_ko_heads())):
                        endings.setdefault(n[k:], []).append(c)
    _add_forms_written_alone(endings, text)
    # its kind words alone after its owner: 캠퍼스 혁신파크 for 한양대 ERICA 캠퍼스 혁신파크
    heads = set(_ko_heads())
    kind = lambda w: w in heads or _is_generic(w) or _generic_words_only(_without_head(w))  # noqa: E731
    tails: dict[str, list[Cluster]] = {}
    for c in reg.clusters:
        for n in c.names:
            words = n.split()
            k = len(words)
            while k > 0 and kind(words[k - 1]):
                k -= 1
            if 0 < k and len(words) - k >= 2 and any(is_hangul(ch) for ch in n):
                tails.setdefault(" ".join(words[k:]), []).append(c)
    _add_forms_written_alone(tails, text)


def _add_forms_written_alone(forms: dict[str, list[Cluster]], text: str) -> None:
    """A shorter form of a name (form -> the clusters whose names end so) is another name of its
    cluster when only one cluster has it, it is not the kind alone (센텀 | 사이언스 파크) and the
    text writes it apart from that cluster's first name."""
    for form, owners in forms.items():
        owners = list({id(c): c for c in owners}.values())
        if len(owners) == 1 and norm(form) not in owners[0].keys() and form.replace(" ", "") not in _compact_heads_longest() and \
                re.search(rf"(?<![가-힣\w]){re.escape(form)}", text.replace(owners[0].names[0], "")):
            owners[0].names.append(form)


@per_rules
def _facility_after_rx() -> re.Pattern:
    nouns = _rules()["english"].get("facility_nouns") or ["\x00"]
    return re.compile(r"\s+(?:" + "|".join(re.escape(n) for n in nouns) + r")\b")


def _facility_after(text: str, end: int) -> bool:
    """A name followed by a facility noun (incubator, building) names that facility."""
    return _facility_after_rx().match(text, end) is not None


def _brand_after_kind(c: "Cluster", name: str, text: str, negatives: set[str]) -> None:
    """A name written kind first, then its own name (Tallinn Science Park Tehnopol, Technology Park
    Adlershof): the capitalised word right after the head is part of the name, and a name alone,
    when the document also writes it without the rest (as its title, or later on its own)."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}\s+([A-Z][a-z]{{3,}})\b(?!\s+[A-Z])", text):
        brand = m.group(1)
        if _is_generic(brand) or _is_place(brand) or brand in place_lookup() or brand in country_surface_set() \
                or brand in negatives or _negative(brand, "en") or _is_function_word(brand) or norm(brand) in c.keys():
            continue
        alone = len(re.findall(rf"(?<![\w-]){re.escape(brand)}(?![\w-])", text)) > len(re.findall(
            rf"(?<![\w-]){re.escape(name)}\s+{re.escape(brand)}(?![\w-])", text))
        if alone:
            c.names.extend([f"{name} {brand}", brand])
            return


def merge_short_forms(reg: Registry) -> None:
    """One cluster for a short form and the full name (구미산단 / 구미국가산업단지, 대덕특구 /
    대덕연구개발특구, 원주 의료기기 클러스터 / 원주의료기기테크노밸리): names.same_cluster_by_stem."""
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(reg.clusters):
            for b in reg.clusters[i + 1:]:
                if any(same_cluster_by_stem(x, y) for x in a.names for y in b.names):
                    full = max((n for n in (a.name_ko, b.name_ko) if n), key=lambda n: len(n.replace(" ", "")), default=None)
                    reg._absorb(a, b)
                    a.name_ko = full or a.name_ko  # the full name names the cluster, not its short form
                    reg.clusters.remove(b)
                    merged = True
                    break
            if merged:
                break


def merge_english_tails(reg: Registry) -> None:
    """One cluster for an English name and the same name without its place words before it
    (Geochang Elevator Agro-industrial Complex / the Elevator Agro-industrial Complex), when the
    shorter keeps a distinctive word before its head and no other cluster's name ends so."""
    def latin(n: str) -> bool:
        return all(ord(ch) < 0x250 for ch in n)

    for short in list(reg.clusters):
        if short not in reg.clusters:
            continue
        for n in list(short.names):
            words = n.split()
            if len(words) < 2 or not latin(n) or not _ends_with_head(n, "en") or all(_is_generic(w) for w in words[:-1]):
                continue
            longer = [c for c in reg.clusters if c is not short and any(
                latin(x) and len(x.split()) > len(words) and x.split()[-len(words):] == words
                and all(w[:1].isupper() for w in x.split()[:-len(words)]) for x in c.names)]
            if len(longer) == 1:
                full_en = longer[0].name_en
                reg._absorb(longer[0], short)
                longer[0].name_en = full_en
                reg.clusters.remove(short)
                break


@per_rules
def _descriptor_parts() -> tuple[list[str], list[str]]:
    """Compact keys of the industry words and of the descriptor heads (both languages), longest first."""
    r = _rules()
    words = list(r["korean"].get("sector_words") or []) + list(r["english"].get("sector_words") or [])
    heads = list(r["korean"].get("descriptor_heads") or []) + list(r["english"].get("descriptor_heads") or [])
    return (sorted({norm(w) for w in words if norm(w)}, key=len, reverse=True),
            sorted({norm(h) for h in heads if norm(h)}, key=len, reverse=True))


def _describes(name: str, known: str) -> bool:
    """``name`` is ``known`` followed by industry words and a descriptor head only."""
    kn, kk = norm(name), norm(known)
    if len(kk) < 3 or not kn.startswith(kk) or kn == kk:
        return False
    words, heads = _descriptor_parts()
    rest = kn[len(kk):]
    head = next((h for h in heads if rest.endswith(h)), None)
    if head is None:
        return False
    rest = rest[: -len(head)]
    while rest:
        w = next((w for w in words if rest.startswith(w)), None)
        if w is None:
            return False
        rest = rest[len(w):]
    return True


def _placed(name: str, known: str) -> str | None:
    """The place ``name`` writes before ``known`` (룬드 이데온 사이언스파크, 이데온 사이언스파크 ->
    Lund), when that is all it adds."""
    words = name.split()
    if len(words) < 2 or norm(" ".join(words[1:])) != norm(known):
        return None
    return _place_en(words[0])


def _place_en(word: str) -> str | None:
    """The English name of a known place, foreign (geo.places) or Korean (geo.korean_places)."""
    return (place_lookup().get(word) or (None,))[0] or korean_place_lookup().get(word)


def _abbreviates(short: str, long: str) -> bool:
    """'Tech Square' / 'Technology Square': word by word a prefix, the head word the same."""
    a, b = short.split(), long.split()
    return len(a) == len(b) >= 2 and a[-1] == b[-1] and a != b \
        and all(len(x) >= 3 and y.lower().startswith(x.lower()) for x, y in zip(a, b))


def _by_description(b: Cluster, reg: Registry):
    """'메디콘 밸리 생명과학 클러스터', 'the Medicon Valley life-science cluster': a name, industry
    words and a generic head describe the named cluster."""
    a = next((a for a in reg.clusters if a is not b and any(_describes(y, x) for y in b.names for x in a.names)), None)
    return (a, b, None) if a is not None else None


def _by_place(b: Cluster, reg: Registry):
    """'뮌헨 마르틴스리트 캠퍼스' when the text also writes '마르틴스리트 캠퍼스': the place before a
    name is its region."""
    return next(((a, b, p) for a in reg.clusters if a is not b for y in b.names for x in a.names
                 if (p := _placed(y, x))), None)


def _by_abbreviation(b: Cluster, reg: Registry):
    """'Tech Square' and 'Technology Square': the longer form is the name."""
    a = next((a for a in reg.clusters if a is not b and any(_abbreviates(x, y) for y in b.names for x in a.names)), None)
    return (b, a, None) if a is not None else None


def _by_place_and_head(b: Cluster, reg: Registry):
    """'Leiden's science park' (a place and a head only) in a document naming one 'Leiden … Science
    Park': that cluster."""
    for y in b.names:
        words = y.split()
        if len(words) < 2 or not _place_en(words[0]):
            continue
        head = " ".join(words[1:]).lower()
        if head not in {h.lower() for h in _en_heads()}:
            continue
        same = [a for a in reg.clusters if a is not b and any(
            x.startswith(words[0] + " ") and x.lower().endswith(" " + head) and len(x.split()) > len(words) for x in a.names)]
        if len(same) == 1:
            return same[0], b, None
    return None


def merge_descriptor_forms(reg: Registry) -> None:
    """One cluster for a name and another form of it (each kind: a ``_by_…`` function above,
    tried in order). The other form becomes an alias; the cluster keeps its own name."""
    for b in list(reg.clusters):
        if not any(c is b for c in reg.clusters):
            continue  # absorbed already
        found = _by_description(b, reg) or _by_place(b, reg) or _by_abbreviation(b, reg) or _by_place_and_head(b, reg)
        if found is not None:
            a, b2, place = found
            name_ko, name_en = a.name_ko, a.name_en
            reg._absorb(a, b2)
            a.name_ko, a.name_en = name_ko, name_en  # named by its own name, not the longer form
            a.region = a.region or place
            reg.clusters[:] = [c for c in reg.clusters if c is not b2]


def header_role(cell: str) -> str | None:
    t = _rules()["table_headers"]
    c = re.sub(r"\s+", " ", cell).strip().lower()
    compact = c.replace(" ", "")
    for role in ("cluster", "country", "region", "sector", "founded", "factor"):
        for h in t[role]:
            hl = h.lower()
            # names columns must be named exactly (클러스터 수 counts clusters, it names none)
            if compact == hl.replace(" ", "") or (role != "cluster" and len(h) >= 2 and c.startswith(hl)):
                return role
    return None


@per_rules
def _corner_cells() -> frozenset[str]:
    return frozenset(c.lower() for c in _rules()["table_corner_cells"])


def corner_cell(cell: str) -> bool:
    """A table's corner cell that names no column ('', 구분, Indicator; rules: table_corner_cells)."""
    return cell.strip().lower() in _corner_cells()


def table_roles(table: Table) -> dict[int, str]:
    """Column -> role (cluster, country, region, sector, founded, factor) from the header row; a
    first column under a blank or generic corner cell (구분) whose cells end in a head noun names
    the clusters."""
    if not table.has_header or not table.rows:
        return {}
    roles = {i: r for i, cell in enumerate(table.rows[0]) if (r := header_role(cell))}
    if "cluster" not in roles.values() and 0 not in roles and corner_cell(table.rows[0][0]):
        firsts = [r[0] for r in table.rows[1:] if r and r[0].strip()]
        if len(firsts) >= 2 and sum(_ends_with_head(c, "ko" if any(is_hangul(ch) for ch in c) else "en") for c in firsts) * 2 > len(firsts):
            roles[0] = "cluster"
    return roles


def split_bilingual(cell: str) -> tuple[str | None, str | None]:
    """'테크시티(Tech City)' -> ('테크시티', 'Tech City'); 'Station F (스테이션 F)' -> ('스테이션 F', 'Station F')."""
    cell = cell.strip()
    m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", cell)
    if m:
        a, b = m.group(1).strip(), m.group(2).strip()
        if any(is_hangul(c) for c in a) and not any(is_hangul(c) for c in b):
            return a, b
        if any(is_hangul(c) for c in b) and not any(is_hangul(c) for c in a):
            return b, a
    if any(is_hangul(c) for c in cell):
        return cell, None
    return None, cell


def cell_names(cell: str) -> tuple[str | None, str | None, str | None]:
    """(Korean name, English name, another name) of a table cell naming a cluster: '테크시티(Tech
    City)', 'Station F (스테이션 F)', 'Kansai Science City (Keihanna)'."""
    ko, en = split_bilingual(cell)
    alias = None
    if en and (am := re.fullmatch(r"(.+?)\s*\(([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]+)\)", en.strip())):
        en, alias = am.group(1), am.group(2)
    return ko, en, alias


def countries_in(text: str) -> list[str]:
    isos = [iso for _, _, iso in find_countries(text)]
    if not isos:
        isos = [iso for _, _, _, iso in find_places(text)]
    out = []
    for i in isos:
        if i not in out:
            out.append(i)
    return out


def _without_countries(text: str) -> str:
    out = text
    for a, b, _ in sorted(find_countries(text), reverse=True):
        out = out[:a] + out[b:]
    return re.sub(r"^[\s,·/()]+|[\s,·/()]+$", "", re.sub(r"\s+", " ", out))


def region_in(text: str) -> str | None:
    """The most specific place of a location cell: '미시건주 앤아버' -> Ann Arbor; several
    regions joined (코펜하겐·스코네) -> the first."""
    places = find_places(text)
    if not places:
        return None
    if re.search(r"[·,/]|\s및\s|\sand\s", text):
        return places[0][2]
    return places[-1][2]


def translate_sector(text: str) -> str:
    tr = _rules()["translate"]
    parts = re.split(r"\s*[·,/]\s*|\s+및\s+|\s+and\s+", text.strip())
    out = []
    for p in parts:
        words = p.split()
        out.append(" ".join(tr.get(w, w) for w in words))
    return ", ".join(x for x in out if x)


def table_candidates(parsed: ParsedDocument, reg: Registry) -> None:
    for page in parsed.pages:
        for table in page.tables:
            roles = table_roles(table)
            col = next((i for i, r in roles.items() if r == "cluster"), None)
            if col is None:
                continue
            for r, row in enumerate(table.rows[1:], start=1):
                if col >= len(row) or not row[col].strip() or row[col].strip() in _HYPHENS:
                    continue
                if re.fullmatch(r"[\d.,%\s]+|\d[\d,.]*\s*\S{0,3}", row[col].strip()):
                    continue  # a number, not a name
                ko, en, alias = cell_names(row[col])
                countries = []
                region = sector = None
                for i, role in roles.items():
                    if i >= len(row):
                        continue
                    if role == "country":
                        countries = countries_in(row[i])
                    elif role == "region":
                        # '스페인 빌바오', 'Zurich, Switzerland': the place, and the country it names
                        region = region_in(row[i]) or _without_countries(row[i]) or None
                        if not any(roles.get(k) == "country" for k in roles):
                            countries = countries_in(row[i])
                        domestic = [w for w in re.findall(r"[가-힣]+", row[i]) if w in korean_place_lookup()]
                        if not countries and domestic:  # 포항 남구: a Korean city (its district after it)
                            countries, region = ["KR"], domestic[0]
                    elif role == "sector":
                        sector = translate_sector(row[i]) or None
                reg.add([n for n in (ko, en, alias) if n], "table", (page.number, table.cell_offsets[r][col]),
                        name_en=en, name_ko=ko, countries=countries, region=region, sector=sector)


def translate_korean_name(name: str, domestic: bool = False) -> str | None:
    """The English name of a Korean one, the way agencies write it: places in English (foreign) or
    romanized (Korean), words and heads translated (rules: translate), compounds split from the
    end (판교테크노밸리 -> Pangyo Techno Valley, 구미국가산업단지 -> Gumi National Industrial Complex,
    보스턴 바이오텍 클러스터 -> Boston biotech cluster). An unknown first word is a proper name and is
    romanized (둥후 신기술개발구 -> Dunghu High-tech Development Zone), as is an unknown word before
    the last (선전 난산 과학기술단지); None when the last word (the head) is unknown."""
    out = []
    words = name.split()
    for i, w in enumerate(words):
        parts = []
        for part in re.split(r"([-–·ㆍ])", w):  # 토론토-워털루 -> Toronto-Waterloo, 사천·진주 -> Sacheon-Jinju
            if part in ("·", "ㆍ"):
                parts.append("-")
                continue
            if domestic and i > 0 and part in _after_place_tr() and words[i - 1] in korean_place_lookup():
                parts.append(_after_place_tr()[part])  # 대덕 특구 -> Daedeok Innopolis
                continue
            en = part if part in _HYPHENS or part.isascii() else \
                _translate_word(part, proper=(i < len(words) - 1 or i == 0), domestic=domestic)
            if en is None:
                return None
            parts.append(en)
        out.append("".join(parts))
    return " ".join(out) if out else None


def _after_place_tr() -> dict[str, str]:
    return _rules().get("translate_after_place") or {}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _translate_word(word: str, proper: bool, domestic: bool = False) -> str | None:
    """One eojeol: a place, a known word, or a known word at its end after a place, a known
    word, or (``proper``) an unknown proper name. A Korean cluster's heads are translated as
    Korean agencies write them (rules: translate_domestic: 산업단지 -> Industrial Complex)."""
    from pipeline.extract.geo import korean_place_lookup
    from pipeline.extract.names import romanize

    tr = {**_rules()["translate"], **((_rules().get("translate_domestic") or {}) if domestic else {})}
    if word.isascii() and word.isalnum():
        return word  # G밸리 -> G Valley: Latin letters are written as they are
    if word in place_lookup():
        return place_lookup()[word][0]
    if word in korean_place_lookup():
        return romanize(word).capitalize()
    if word in tr:
        return tr[word]
    for k in range(1, len(word)):  # the longest known end first
        head, rest = word[:k], word[k:]
        if domestic and rest in _after_place_tr() and head in korean_place_lookup():
            return f"{romanize(head).capitalize()} {_after_place_tr()[rest]}"  # 대덕특구 -> Daedeok Innopolis
        if rest in tr:  # (what comes before a known head inside one word is a name: 수소밸리 -> Suso Valley)
            first = _translate_word(head, True, domestic)
            return f"{first} {tr[rest]}" if first else None
    # a Korean place written onto a word: 시흥스마트 -> Siheung Smart
    place = next((p for p in _korean_place_prefixes() if word.startswith(p) and len(word) > len(p)), None)
    if place is not None:
        rest = _translate_word(word[len(place):], False, domestic)
        if rest is not None:
            return f"{romanize(place).capitalize()} {rest[:1].upper() + rest[1:]}"
    if (phase := re.fullmatch(r"([가-힣]+)(\d{1,2})차", word)) and (first := _translate_word(phase.group(1), True, domestic)):
        return f"{first} {_ordinal(int(phase.group(2)))}"  # 성서3차 -> Seongseo 3rd: a complex's phase, as an ordinal
    if (nth := re.fullmatch(r"제(\d{1,2})([가-힣]*)", word)):  # 제2산업단지 -> 2nd Industrial Complex
        rest = _translate_word(nth.group(2), False, domestic) if nth.group(2) else ""
        if rest is not None:
            return f"{_ordinal(int(nth.group(1)))} {rest[:1].upper() + rest[1:]}".strip()
    if proper and all(is_hangul(c) for c in word):
        return romanize(word).capitalize()
    return None
