"""Cluster names, the parts both languages share: the ``Cluster`` record and the per-document
``Registry`` that merges findings sharing a name, the seed gazetteer, table columns, short forms and
descriptor forms, metaphors and yardsticks. The patterns that find names in running text are
``clusters_ko`` (parenthesised bilingual names, name + head from Kiwi morphemes, copula predicates,
aliases) and ``clusters_en`` (capitalised words + head, appositions, aliases).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from pipeline.extract.context import Sentence
from pipeline.extract.geo import (country_surface_set, find_countries, find_places, korean_do_provinces, korean_place_lookup,
                                   korean_place_prefixes, korean_provinces, place_lookup)
from pipeline.extract.names import cluster_rules as _rules
from pipeline.extract.names import en_heads as _en_heads
from pipeline.extract.names import is_generic as _is_generic
from pipeline.extract.names import is_place as _is_place
from pipeline.extract.names import ko_heads as _ko_heads
from pipeline.extract.names import compact_ko_heads, occurrences, descriptor_heads_ko, industry_within, kind_first_words, korean_one_word_names, norm, \
    name_stem, same_cluster_by_stem, sector_words_ko, slug
from pipeline.korean import is_hangul, is_latin
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
                    # (a city written with its 시 before the rest of the name: 우시시 고신구 is 우시 고신구)
                    if (city := re.match(r"([가-힣]{2,4})시\s+\S", n)):
                        ks.add(norm(city.group(1) + n[city.end(1) + 1:]))
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
    """'미국 보스턴 바이오텍 클러스터' -> '보스턴 바이오텍 클러스터', 'Optics Valley of China' -> 'Optics Valley'
    (the country is context, not name)."""
    words = name.split(" ")
    while len(words) > 1 and words[0] in country_surface_set():
        words.pop(0)
    # (in the possessive too: Mauritius' Ebène Cybercity; not China's Silicon Valley, a likeness of another
    # country's cluster)
    owner = re.sub(r"['’]s?$", "", words[0])
    if len(words) > 1 and owner != words[0] and owner in country_surface_set():
        known = _gazetteer_country(" ".join(words[1:]))
        if known is None or any(iso == known for _, _, iso in find_countries(owner)):
            words.pop(0)
    # (or after it: Optics Valley of China is Optics Valley)
    if len(words) > 3 and words[-2] == "of" and words[-1] in country_surface_set():
        words = words[:-2]
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
                self.merge(c, other)
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
                        self.merge(a, b)
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
                self.merge(first, c)
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
                    self.merge(other, c)
                    break

    def merge(self, keep: Cluster, drop: Cluster, own: tuple[str, ...] = ()) -> None:
        """One cluster of two: ``drop``'s names and facts go to ``keep``, which stays where it is
        (``own``: fields ``keep`` keeps as they were even when empty, e.g. ("name_en",) for a cluster
        named by its own English name, not the other form's)."""
        kept = {f: getattr(keep, f) for f in own}
        self._absorb(keep, drop)
        for f, v in kept.items():
            setattr(keep, f, v)
        self.clusters[:] = [c for c in self.clusters if c is not drop]

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


def fuller(name: str, other: str) -> str:
    """Of two English names of one cluster, the fuller when one is the other with words added inside
    (Gwangju Free Zone, Gwangju Free Economic Zone: the second); else the first."""
    a, b = name.split(), other.split()
    if len(b) <= len(a) or a[0] != b[0] or a[-1] != b[-1]:
        return name
    it = iter(b)
    return other if all(w in it for w in a) else name


def _compound_with_head(word: str) -> bool:
    """A word that is itself a name ending in a head (블루밸리, 메디밸리), whatever Kiwi tags it: two
    letters or more, then a one-word head."""
    return _compound_rx().match(word) is not None


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


def _negative(word: str, lang: str) -> bool:
    negs = _rules()["korean" if lang == "ko" else "english"]["negative_heads"]
    w = word.strip(",.'’\"“”‘()")
    return any(w == n or (lang == "ko" and w.endswith(n) and len(n) >= 2) for n in negs)


def _nickname(name: str) -> bool:
    """A name on the model of Silicon Valley (rules: english.nickname_prefixes): Silicon Hills."""
    prefixes = _rules()["english"].get("nickname_prefixes") or []
    m = re.fullmatch(r"(\S+)\s+([A-Z][a-z]+)", name.strip())
    return bool(m) and m.group(1) in prefixes and not _negative(m.group(2), "en") and not _is_generic(m.group(2))


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


# words a headline opens on before its subject: 'The …', 'How …', 'After Nokia: how Oulu …'
_TITLE_OPENERS = {"The", "A", "An", "How", "Why", "What", "When", "Where", "Who", "New", "After", "Before", "Beyond", "Behind",
                  "Inside", "Outside", "Since", "From", "In", "On", "At", "For", "With", "Without", "Into", "Amid", "As"}


# lowercase words inside names: 'Parc de …', 'Hub Criativo do Beato', 'Kilometro della …'
NAME_LINKS = "of|de|la|du|del|am|an|do|da|dos|das|des|di|della"


def title_subject(sents: list[Sentence], title: str | None, reg: Registry) -> None:
    """Last resort, for a document in which no rule found a cluster: the proper name its headline
    is about, when the body names it again ('Harbour Labs reports record year' ... 'Harbour Labs
    counted ...'). Not a place, a country, an organisation, a firm or a person quoted ('X said')."""
    heading = next((s.text for s in sents if s.para_kind == "heading"), None) or title or ""
    body = " ".join(s.text for s in sents if s.para_kind != "heading")
    heads = {h.lower() for h in _en_heads()}
    compact_heads = {h.replace(" ", "") for h in heads}
    for m in re.finditer(rf"(?<![\w’'])((?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*\s+(?:(?:{NAME_LINKS})\s+(?=[A-ZÀ-Þ]))?){{0,3}}[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w’'&\-]*)", heading):
        words = m.group(1).split()
        while words and (words[0] in _TITLE_OPENERS or re.search(r"['’]s$", words[0])):
            words.pop(0)
        if words and len(words) > 1 and re.search(r"['’]s$", words[-1]):
            words[-1] = re.sub(r"['’]s$", "", words[-1])  # "Masdar City's moment in the sun": the name owns what follows
        if not words or all(_is_generic(w) or _is_place(w) or w in country_surface_set() for w in words) \
                or any(_negative(w, "en") for w in words) or " ".join(words) in place_lookup() \
                or (len(words) == 1 and not re.search(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]", words[0])):
            continue  # (one word only when it cannot be a common word: MaRS, BioCity)
        name = " ".join(words)
        if words[-1] in ("County", "State", "Province", "Prefecture", "Municipality", "Township", "Borough"):
            continue  # 'Forsyth County, Winston-Salem are hub for …': an administration, not a site
        if name.endswith("s") and (name[:-1].lower() in heads or name[:-1].lower().replace(" ", "") in compact_heads):
            continue  # 'Science Parks, talent attraction …', 'Techno Parks in Turkey': the kind in the plural, not one of them
        if _is_metaphor(heading, name) or _is_metaphor(body, name):
            continue  # 'known as the Silicon Valley of India': a likeness, not the place
        uses = [x for x in re.finditer(rf"(?<![\w’']){re.escape(name)}(?![\w])", body)]
        if uses and not any(re.match(r"\s*(?:said|says|told|Inc|Ltd|Corp|LLC|Group|plc)\b", body[u.end():]) for u in uses):
            reg.add([name], "title", (0, 0), name_en=name)
            return
    # ... else the place a report's case heading names ('3. 해외 사례: 핀란드 오울루', 'Case study: Oulu, Finland'),
    # when the text goes on about it: the case is that place's cluster
    for s in sents:
        case = re.search(r"(?:사례|(?<![A-Za-z])[Cc]ase(?:\s+[Ss]tudy)?)\s*\d*\s*[:：\-–—]\s*(.+?)\s*$", s.text) \
            if s.para_kind == "heading" else None
        place, _, country = case.group(1).rpartition(",") if case and "," in case.group(1) else (case.group(1) if case else "", "", "")
        words = (place if country.strip() in country_surface_set() else case.group(1)).split() if case else []
        while words and words[0] in country_surface_set():
            words.pop(0)  # ('핀란드 오울루', 'Oulu, Finland': the country is where, not the name)
        name = " ".join(words)
        if not words or len(words) > 2 or not (name in place_lookup() or name in korean_place_lookup()):
            continue
        if re.search(rf"(?<![\w가-힣]){re.escape(name)}", body):
            reg.add([name], "title", (0, 0), **({"name_en": name} if name.isascii() else {"name_ko": name}),
                    region=(place_lookup().get(name) or (None,))[0], countries=[place_lookup()[name][1]] if name in place_lookup() else None)
            return
    # ... else a kind written in capitals that the text calls 'the' again and again, as the name of its one
    # site ('transformed to the Innovation Quarter, 330-plus acres …. The Innovation Quarter's Phase Two …')
    for h in sorted((h for h in _en_heads() if " " in h and h[0].isupper()), key=len, reverse=True):
        uses = re.findall(rf"\b[Tt]he\s+{re.escape(h)}\b(?!\s+(?:of|in|at|for)\b)", body) if h in body else ()
        if len(uses) >= 2:
            reg.add([h], "title", (0, 0), name_en=h)
            return
    # Korean: a word of the headline that ends in a head and says which one (국가식품클러스터 입주기업
    #실태조사 결과 발표 ... 익산시 왕궁면에 자리한 국가식품클러스터)
    for w in re.findall(r"[가-힣A-Za-z0-9]+", heading):
        head = next((h for h in compact_ko_heads() if w.endswith(h)), None)
        if head is None or w == head or w in korean_place_lookup() or w not in body or not _distinctive_ko(w[:-len(head)]):
            continue
        if all(_is_korean_metaphor(t, i, w) for t in (heading, body) for i in occurrences(t, w)):
            continue  # '인도의 실리콘밸리, 벵갈루루는 …' … '인도의 실리콘밸리'로 불린다: another place's likeness, no cluster
        reg.add([w], "title", (0, 0), name_ko=w)
        return
    # Korean: a planned town the headline is about by its own word and the body names in full ('… 꿈꾸는 송도' …
    # '인천 송도국제도시는': korean.town_kind_suffixes), when nothing else names a cluster
    suffixes = "|".join(map(re.escape, _rules()["korean"].get("town_kind_suffixes") or ()))
    for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,4}})({suffixes})", body) if suffixes else ():
        if re.search(rf"(?<![가-힣]){re.escape(m.group(1))}", heading):
            reg.add([m.group(0)], "title", (0, 0), name_ko=m.group(0))
            return


@per_rules
def _words_longest(with_sectors: bool) -> tuple[str, ...]:
    words = set(_rules()["korean"]["generic"]) | (set(_rules()["korean"].get("sector_words") or ()) if with_sectors else set())
    return tuple(sorted(words, key=len, reverse=True))


def _without_head(word: str) -> str:
    """The word before its longest head (혁신파크 -> 혁신); the word itself when it ends in none."""
    head = next((h for h in compact_ko_heads() if word.endswith(h)), "")
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


def _kind_words_only(prefix: str) -> bool:
    """Whether a Korean word is made of generic and industry words only (에너지산업융복합, 바이오의료):
    before a weak head (단지, 특구, 허브) such a word names a kind of site, not one site."""
    parts = _segment_ko(prefix, _words_longest(True)) if prefix else None
    return parts is not None and not any(p in korean_place_lookup() for p in parts)


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


def _is_function_word(w: str) -> bool:
    """A function word, or a word capitalised only because it opens a sentence or headline
    (clusters.yaml english.function_words, english.sentence_openers)."""
    return w.lower().strip(",.'’") in _function_words()


@per_rules
def _function_words() -> frozenset[str]:
    e = _rules()["english"]
    return frozenset(str(x).lower() for x in [*(e.get("function_words") or ()), *(e.get("sentence_openers") or ())])


def _quoted_in_etymology(text: str, start: int, end: int) -> bool:
    """A name in quotation marks in a sentence about a name's origin (rules: etymology_cues)."""
    if not (text[max(0, start - 1):start] and text[start - 1] in _OPENING and text[end:end + 1] and text[end] in _CLOSING):
        return False
    cues = _rules().get("etymology_cues") or ()
    low = text.lower()
    return any(str(c).lower() in low and re.search(rf"(?<![A-Za-z]){re.escape(str(c))}(?![A-Za-z])", text, re.I) for c in cues)


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
    # (and its lower-case form, as a likeness is often written: 'Sweden's silicon valley')
    for start, end in [(i, i + len(w)) for w in dict.fromkeys((name, name.lower())) for i in occurrences(text, w)]:
        if _quoted_in_etymology(text, start, end):
            return True
        before = text[max(0, start - 30):start]
        adj = re.search(r"((?:[A-ZÀ-Þ][\w\-]*\s+)?[A-ZÀ-Þ][\w\-]*)\s+$", before)
        if adj and _gazetteer_country(name) is not None and any(
                w in country_surface_set() and _country_of(w) != _gazetteer_country(name)
                for w in (adj.group(1), adj.group(1).split()[-1])):
            return True  # 'the Korean Silicon Valley', 'a Chinese Silicon Valley': another country's likeness of it
        pos = re.search(r"([A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]*)['’]s\s+[\"“‘']?$", before)  # (China's "Silicon Valley" too)
        if pos and _gazetteer_country(name) is not None \
                and pos.group(1) in ((_rules().get("yardstick") or {}).get("english_of_regions") or ()):
            return True  # "Africa's Silicon Valley": a region of the world's likeness of it
        if pos and (pos.group(1) in country_surface_set() or pos.group(1) in place_lookup()):
            regions = {str(g.get("region") or "") for g, ns in _gazetteer() if name in ns}
            if _gazetteer_country(name) not in (None, _country_of(pos.group(1))) \
                    and not any(r == pos.group(1) or r.startswith(pos.group(1) + " (") for r in regions):
                return True  # (Cambridge's Kendall Square: the gazetteer's own Cambridge (MA), not a comparison)
        if _gazetteer_country(name) is not None and re.search(
                r"\b(?:the\s+next|answer\s+to|rival\s+to|version\s+of|equivalent\s+of|counterpart\s+to|nod\s+to|play\s+on|"
                r"homage\s+to|allusion\s+to|modell?ed\s+on|inspired\s+by|"
                r"its\s+own|a\s+new|another|a\s+second)\s+(?:the\s+)?$", before, re.I):
            return True  # 'the next Silicon Valley', 'Korea's answer to Silicon Valley': a comparison
        if re.search(r"\bso-called\s+(?:second|next|new|another)\s+$", before, re.I):
            return True  # 'Gwanggyo BT Valley, the so-called second Pangyo Valley': a likeness of one, not a place
        if re.search(r"(?:called|dubbed|nicknamed|known as|referred to as)\s+(?:the\s+)?[\"“']?(?:[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][\w\-]*['’]s\s+)?$", before) \
                and (_gazetteer_country(name) is not None or _nickname(name)) \
                and not any(r and r in text for g, ns in _gazetteer() if name in ns for r in [str(g.get("region") or "")]):
            return True  # (a name of its own introduced so is no comparison: is called the North Carolina Research Campus;
            # nor the place itself where the text is: 'the Cyber Towers, better known as HITEC City, … Hyderabad')
        if re.search(r"[\"“‘]\s*(?:(?:a|an|the)\s+)?$", before) and re.match(r"\s+[a-z][^\"”’.]{0,40}[\"”’]", text[end:]):
            return True  # 'wanted a "Latin Quarter in the fields"': a phrase quoted, the name only a word of it
        if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[end:end + 12]) and _gazetteer_country(name):
            return True  # "the Silicon Valley of Europe"
        compass = "|".join((_rules().get("yardstick") or {}).get("english_compass_after") or []) or "(?!)"
        if re.match(rf"\s+(?:{compass})\b(?!\s+[A-Z])", text[end:end + 8]) and _gazetteer_country(name):
            return True  # 'Often referred to as "Silicon Valley East," RTP': another place's nickname
        if re.search(r"\b(?:become|becoming|became|becomes|build|building|create|creating|turn\w*\s+into|make\s+\w+\s+into)\s+(?:a|an)\s+$",
                     before, re.I) and _gazetteer_country(name):
            return True  # 'its objective is to become a Silicon Valley capable of …': one like it
        if re.search(r"\b(?:a|an)\s+$", before) and _gazetteer_country(name) \
                and re.match(r"\s*(?:[.,;:!?)]|$|\s+(?:of|in|for|on|to)\b)", text[end:]):
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
    m = re.search(r"([가-힣A-Za-z&]+)의\s*(['‘\"“]?)\s*$", before)
    bare = re.search(r"(?<![가-힣A-Za-z])([가-힣]+)\s+$", before)  # '아프리카 실리콘밸리': a region of the world written before it
    if not m and bare and bare.group(1) in (_rules()["korean"].get("world_regions") or ()) and _gazetteer_country(name):
        return True
    if not m:
        return False
    known = _gazetteer_country(name)
    if m.group(2) and known is not None and _country_of(m.group(1)) != known:
        return True  # '농식품 R&D의 '실리콘밸리'로': a quoted famous name owned by a field or another country's place
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
        if a > 0 and sent.text[a - 1] in "-‐–" and sent.text[a - 2:a - 1].isalpha():
            continue  # Hangzhou Future Sci-Tech City: the end of a longer, hyphenated word
        taken.append((a, b))
        local = _abbreviated_here(name, reg)
        if local is not None:  # 'Research & Technology Park ... the RTP': this document's park, not the gazetteer's
            reg.add([local, name], "alias", (sent.page, sent.start))
            continue
        # (an alias whose owner the registry strips, America's Technology Highway, keeps the entry's own name with it)
        canonical = _gazetteer_canonical().get(name) if _strip_country(name) != name else None
        reg.add([canonical, name] if canonical else [name], "gazetteer", (sent.page, sent.start))


@per_rules
def _gazetteer_canonical() -> dict[str, str]:
    """Every gazetteer name -> the name of its entry."""
    return {n: g["name"] for g, names in _gazetteer() for n in names}


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
                # (and so does an acronym in brackets: 리서치트라이앵글파크(RTP) is Research Triangle Park)
                c.name_en = g["name"] if (longer and not keys & gkeys) or re.fullmatch(r"[A-Z]{2,6}", c.name_en or "") \
                    else (c.name_en or g["name"])
                if not c.countries and g.get("country"):
                    c.countries = str(g["country"]).split(";")
                c.region = c.region or g.get("region")
                c.sector = c.sector or g.get("sector")
                c.signals.add("gazetteer")
                break
    reg.merge_overlapping()


def _called_a_town(word: str, text: str) -> bool:
    """'Oulu is a city located 500 km north of Helsinki', 'Oulu, Finland, …': the text names the
    town itself, whatever park is named after it."""
    return re.search(rf"\b{re.escape(word)}(?:\s+is\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}(?:city|town|municipality|capital|village)\b"
                     rf"|,\s+[A-Z]\w+,)", text) is not None


def korean_place_subjects(reg: Registry, text: str) -> None:
    """A Korean cluster named after its place (시스타 사이언스시티, 오타니에미 클러스터) is the place written alone as the
    subject of a clause (특히 시스타는 …, …이며, 오타니에미는 …): that word is a name of it too, when no other cluster of
    the text is named after the same place."""
    def firsts(c: Cluster) -> set[str]:
        out = {n.split()[0] for n in c.names if " " in n and is_hangul(n[0])}
        for n in c.names:  # (and a glued name's place before its head: 판교|테크노밸리)
            if " " not in n and is_hangul(n[:1]) and (head := next((h for h in compact_ko_heads() if n.endswith(h) and len(n) > len(h) + 1), None)):
                out.add(n[:-len(head)])
        return out
    places = {id(c): firsts(c) for c in reg.clusters}
    for c in reg.clusters:
        for first in sorted(places[id(c)]):
            if len(first) < 2 or not _place_en(first) or first in c.names \
                    or any(o is not c and first in places[id(o)] for o in reg.clusters):
                continue
            if re.search(rf"(?:^|[.!?]\s+|,\s+|\n|(?:특히|또한|한편|반면)\s+){re.escape(first)}(?:는|은|이|가)\s", text):
                c.names.append(first)


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
            # (a hyphenated word may give one letter: Gujarat International Finance Tec-City (GIFT))
            whole = "".join(w[0] for w in n.split() if w[:1].isupper())
            if whole != initials and len(whole) >= 3 and whole not in c.names and whole in text and re.search(rf"{re.escape(n)}\s*\(\s*{re.escape(whole)}\s*\)", text):
                c.names.append(whole)
            if len(initials) >= 2 and initials not in c.names and initials in text and (re.search(
                    rf"{re.escape(n)}\s*\(\s*{re.escape(initials)}\s*\)", text)
                    # four initials or more written on their own: 'the IFEZ' for Incheon Free Economic Zone
                    or (len(initials) >= 4 and len(words) == len(initials) and re.search(rf"(?<![\w-]){initials}(?![\w-])", text)
                        and not any(initials in o.names for o in reg.clusters if o is not c))):
                c.names.append(initials)
            head = next((h for h in _en_heads() if n.lower().endswith(" " + h.lower())), None)  # the Hermia science park
            latin = is_latin(n)
            if latin and len(words) == 2 and head is None and words[0].lower() in kind_first_words() and words[1] not in negatives \
                    and re.fullmatch(r"[A-ZÀ-ÞĆČĐŁŃŘŚŠŹŻŽ][a-zß-ÿćčđłńřśšźżž]{3,}", words[1]) and not _is_generic(words[1]) \
                    and not _is_place(words[1]) and norm(words[1]) not in c.keys() \
                    and re.search(rf"(?<![\w-]){re.escape(words[1])}(?![\w-])", text.replace(n, "")):
                c.names.append(words[1])  # Daresbury for Sci-Tech Daresbury: the kind first, the name after it
                continue
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
    # a Korean name shortened to its stem and the bare head the name ends in (korean.generic_short_heads): 난산단지 or
    # '난산 단지' for 난산과학기술단지, when no other cluster has that stem
    for c in reg.clusters:
        for n in list(c.names):
            stem = name_stem(n)
            if not stem or not is_hangul(n[:1]) or len(stem[0]) < 2 or not all(is_hangul(ch) for ch in stem[0]):
                continue
            for h in _rules()["korean"].get("generic_short_heads") or ():
                if not norm(n).endswith(norm(h)) or norm(n) == stem[0] + norm(h) \
                        or any(o is not c and (st := name_stem(x)) and st[0] == stem[0] for o in reg.clusters for x in o.names):
                    continue
                for m in re.finditer(rf"(?<![가-힣]){re.escape(stem[0])}\s?{re.escape(h)}(?![가-힣]{{2}})", text):
                    if m.group() not in c.names:
                        c.names.append(m.group())
    # a Korean name after its place: 이차전지 특화단지 for 포항 이차전지 특화단지, when no other
    # cluster of the document ends the same way and the text writes it alone
    endings: dict[str, list[Cluster]] = {}
    for c in reg.clusters:
        for n in c.names:
            words = n.split()
            if len(words) >= 3 and any(is_hangul(ch) for ch in n) and (_is_place(words[0]) or words[0] in korean_place_lookup()) \
                    and not (_kind_of_industry(words[1:]) and _kinds_compared(reg, words[-1])):
                # (not an industry and a word for a cluster alone where the document compares several such: 오울루 ICT
                # 클러스터 beside 코펜하겐 핀테크 클러스터, whose '3대 ICT 클러스터' is any of them)
                endings.setdefault(" ".join(words[1:]), []).append(c)
            elif len(words) == 2 and is_hangul(words[1][:1]) and not _is_generic(words[0]) \
                    and _named_compound(words[1], set(_ko_heads())):
                endings.setdefault(words[1], []).append(c)  # 에너지밸리 for 빛가람 에너지밸리: a name of its own after its place
            elif len(words) == 1 and is_hangul(n[:1]):  # ... and written as one word: 빛가람에너지밸리
                for k in range(2, len(n) - 3):
                    if not _is_generic(n[:k]) and _named_compound(n[k:], set(_ko_heads())):
                        endings.setdefault(n[k:], []).append(c)
    _add_forms_written_alone(endings, text)
    # its place alone, as the subject or owner of what is said (판교의 성공 요인 for 판교테크노밸리, 마곡은 김포공항과
    # 인접해 for 마곡산업단지): a city's district or a town, not a province or metropolitan city (서울의 … is the city's),
    # when only one cluster of the document opens on that place (as 'Tsukuba owes its size to …' in English)
    opening: dict[str, list[Cluster]] = {}
    for c in reg.clusters:
        ko = (c.name_ko or "").replace(" ", "")
        place = next((p for p in korean_place_prefixes() if ko.startswith(p) and len(ko) > len(p) + 1), None) if ko else None
        if place and place not in korean_provinces():
            opening.setdefault(place, []).append(c)
    for place, owners in opening.items():
        owners = list({id(c): c for c in owners}.values())
        if len(owners) == 1 and place not in owners[0].names \
                and re.search(rf"(?<![가-힣]){re.escape(place)}(?:은|는|의)(?![가-힣])", text):
            owners[0].names.append(place)
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
            if 0 < k and len(words) - k >= 2 and any(is_hangul(ch) for ch in n) \
                    and not (_kind_of_industry(words[k:]) and _kinds_compared(reg, words[-1])):
                tails.setdefault(" ".join(words[k:]), []).append(c)  # (as above)
    _add_forms_written_alone(tails, text)


def _kind_of_industry(words: list[str]) -> bool:
    """Industry words and a word for a cluster, nothing else: ICT 클러스터, 핀테크 허브."""
    return len(words) >= 2 and words[-1] in descriptor_heads_ko() and all(w in sector_words_ko() for w in words[:-1])


def _kinds_compared(reg: "Registry", head: str) -> bool:
    """Two or more clusters of the document named a place's industry and the same word for a cluster
    (오울루 ICT 클러스터, 코펜하겐 핀테크 클러스터): the text compares such clusters."""
    return sum(any(len(w := n.split()) >= 3 and w[-1] == head and _kind_of_industry(w[1:]) for n in c.names) for c in reg.clusters) >= 2


def _add_forms_written_alone(forms: dict[str, list[Cluster]], text: str) -> None:
    """A shorter form of a name (form -> the clusters whose names end so) is another name of its
    cluster when only one cluster has it, it is not the kind alone (센텀 | 사이언스 파크) and the
    text writes it apart from that cluster's first name."""
    for form, owners in forms.items():
        owners = list({id(c): c for c in owners}.values())
        if len(owners) == 1 and norm(form) not in owners[0].keys() and form.replace(" ", "") not in compact_ko_heads() and \
                form in (rest := text.replace(owners[0].names[0], "")) and re.search(rf"(?<![가-힣\w]){re.escape(form)}", rest):
            owners[0].names.append(form)


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
                    reg.merge(a, b)
                    a.name_ko = full or a.name_ko  # the full name names the cluster, not its short form
                    merged = True
                    break
            if merged:
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
    a = next((a for a in reg.clusters if a is not b and any(_describes(y, x) and not industry_within(x, y) for y in b.names for x in a.names)), None)
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


def _by_inserted_words(b: Cluster, reg: Registry):
    """'Gwangyang Bay Free Economic Zone' and 'Gwangyang Bay Area Free Economic Zone': one English name
    the other with one or two words inside it, its first two and last words the other's (no number, no
    place among the words added): the fuller is the name."""
    def inside(short: str, long_: str) -> bool:
        a, c = short.split(), long_.split()
        if not 3 <= len(a) < len(c) <= len(a) + 2 or a[:2] != c[:2] or a[-1] != c[-1] or not (short.isascii() and long_.isascii()):
            return False
        it = iter(c)
        if not all(w in it for w in a):
            return False
        added = list(c)
        for w in a:
            added.remove(w)
        return all(w[:1].isupper() and not any(ch.isdigit() for ch in w) and not _place_en(w) for w in added)
    a = next((a for a in reg.clusters if a is not b and any(inside(y, x) for y in b.names for x in a.names)), None)
    return (a, b, None) if a is not None else None


@per_rules
def _en_heads_lower() -> frozenset[str]:
    return frozenset(h.lower() for h in _en_heads())


def _by_place_and_head(b: Cluster, reg: Registry):
    """'Leiden's science park' (a place and a head only) in a document naming one 'Leiden … Science
    Park': that cluster."""
    for y in b.names:
        words = y.split()
        if len(words) < 2 or not _place_en(words[0]):
            continue
        head = " ".join(words[1:]).lower()
        if head not in _en_heads_lower():
            continue
        same = [a for a in reg.clusters if a is not b and any(
            x.startswith(words[0] + " ") and x.lower().endswith(" " + head) and len(x.split()) > len(words) for x in a.names)]
        if len(same) == 1:
            return same[0], b, None
    return None


def _by_place_and_sector(b: Cluster, reg: Registry):
    """'Toulouse aerospace cluster' (a place, industry words and a descriptor head only: a headline's
    'Toulouse's aerospace cluster') in a document naming one cluster of that place whose name holds
    one of the industry words ('Aerospace Valley', in Toulouse or placed nowhere yet): that cluster."""
    r = _rules()["english"]
    sectors = {str(w).lower() for w in r.get("sector_words") or ()}
    heads = {str(h).lower() for h in r.get("descriptor_heads") or ()}
    name_words = {id(a): {t.lower() for x in a.names for t in x.split()} for a in reg.clusters}
    for y in b.names:
        words = y.split()
        if len(words) < 3 or not _place_en(words[0]) or words[-1].lower() not in heads \
                or not all(w.lower() in sectors for w in words[1:-1]):
            continue
        same = [a for a in reg.clusters if a is not b and (a.region in (None, words[0]) or any(x.split()[0] == words[0] for x in a.names))
                and any(w.lower() in name_words[id(a)] for w in words[1:-1])]
        if len(same) == 1:
            return same[0], b, None
    return None


def _hangul_words(name: str) -> list[str] | None:
    words = name.split()
    return words if words and any(is_hangul(ch) for ch in name) else None


def _firm_word_ko(word: str) -> bool:
    """A firm's name written before a cluster it builds or runs (SK하이닉스, LG화학, 삼성전자)."""
    return bool(re.fullmatch(r"[A-Z]{1,4}[가-힣]{2,}|㈜\S+", word)) \
        or word.endswith(tuple(_rules()["korean"].get("firm_endings") or ()))


def _by_tail_ko(b: Cluster, reg: Registry):
    """'에너지밸리' in a document that names one '나주 빛가람 에너지밸리': the whole of a short name
    ending exactly one longer name (word for word) is that cluster, called short."""
    for y in b.names:
        words = _hangul_words(y)
        if not words or len(norm(y)) < 3:
            continue
        longer = [a for a in reg.clusters if a is not b and any(
            len(x.split()) > len(words) and x.split()[-len(words):] == words
            and not all(_place_en(w) for w in x.split()[:-len(words)]) for x in a.names)]  # (a place alone before it: _by_place's)
        if len(longer) == 1:
            return longer[0], b, None
    return None


def _by_place_and_head_ko(b: Cluster, reg: Registry):
    """'용인 클러스터' (a place and a head) in a document naming one '용인 반도체 클러스터': that cluster."""
    for y in b.names:
        words = _hangul_words(y)
        if not words or len(words) != 2 or words[0] not in korean_place_lookup():
            continue
        same = [a for a in reg.clusters if a is not b and any(
            len(x.split()) > 2 and x.split()[0] == words[0] and x.split()[-1] == words[1] for x in a.names)]
        if len(same) == 1:
            return same[0], b, None
    return None


def _by_head_abbreviation_ko(b: Cluster, reg: Registry):
    """'경북TP' in a document naming '경북테크노파크': the head written short (clusters.yaml
    korean.head_abbreviations)."""
    short = _rules()["korean"].get("head_abbreviations") or {}
    for y in b.names:
        for abbr, head in short.items():
            m = re.fullmatch(rf"([가-힣]{{1,6}})\s?{re.escape(str(abbr))}", y)
            if not m:
                continue
            same = [a for a in reg.clusters if a is not b and any(x.replace(" ", "") == m.group(1) + str(head) for x in a.names)]
            if len(same) == 1:
                return same[0], b, None
    return None


def _named_otherwise(name: str, place: str, kind: str) -> bool:
    """``name`` is ``<Word …> <kind>`` with a capitalised word of its own first, not ``place``."""
    first = name.split()[0]
    return len(name.split()) > len(kind.split()) and first[:1].isupper() and first != place and not _is_generic(first)


def merge_placed_descriptors(reg: Registry) -> bool:
    """After locating: "Zurich's technology park" (a place and a head only) beside the one cluster of
    that kind placed in that city (its Technopark) is that cluster. True when one was merged."""
    merged = False
    for b in list(reg.clusters):
        words = b.names[0].split() if len(b.names) == 1 else []
        # (a place of two joined: 'Toronto-Waterloo tech corridor' is placed in the first)
        place = (_place_en(words[0]) or (_place_en(words[0].split("-")[0]) if "-" in words[0] and all(
            _place_en(p) for p in words[0].split("-")) else None)) if words else None
        # (or its kind described in small letters before the head: 'Toronto-Waterloo tech corridor')
        described = len(words) > 2 and all(w.islower() for w in words[1:]) and words[-1] in _en_heads_lower()
        if len(words) < 2 or not place or (" ".join(words[1:]).lower() not in _en_heads_lower() and not described):
            continue
        # (a head written in capitals is a proper name's: 'Sheffield Business Park' is not the Advanced
        # Manufacturing Park placed in Sheffield; it is another cluster unless that one ends the same way)
        proper = all(w[:1].isupper() for w in words[1:])
        kind = " ".join(words[1:]).lower() if proper else words[-1].lower()
        # (nor, written in capitals, a park of that kind named by a word of its own: 'Tainan Science Park and
        # Kaohsiung Science Park' are two, wherever the second was placed)
        same = [a for a in reg.clusters if a is not b and (a.region == place or any(
                    x.isascii() and x.split()[0] == words[0] for x in a.names))  # (or named after the same place)
                and any(x.isascii() and x.lower().endswith(kind) and not (proper and _named_otherwise(x, words[0], kind))
                        for x in a.names)]
        if len(same) == 1:
            reg.merge(same[0], b, own=("name_ko", "name_en"))
            merged = True
    for b in list(reg.clusters):
        # '강릉 국가산단' beside the one 국가산단 placed in Gangneung ('천연물 바이오 국가산단'): that complex
        words = _hangul_words(b.names[0]) if len(b.names) == 1 and b.region else None
        if not words or len(words) != 2 or words[0] not in korean_place_lookup():
            continue
        same = [a for a in reg.clusters if a is not b and a.region == b.region and any(
            _hangul_words(x) and x.split()[-1] == words[1] and x.split()[0] not in korean_place_lookup() for x in a.names)]
        if len(same) == 1:
            reg.merge(same[0], b, own=("name_ko", "name_en"))
            merged = True
    for b in list(reg.clusters):
        # '창원 기계융합 특구' (a place, what it specialises in, 특구) beside the one R&D special zone of that
        # place ('창원 강소특구', '창원의 강소연구개발특구'): that zone, by the industry it was designated for
        words = _hangul_words(b.names[0]) if len(b.names) == 1 and b.region else None
        if not words or len(words) < 3 or words[-1] != "특구" or words[0] not in korean_place_lookup():
            continue
        same = [a for a in reg.clusters if a is not b and a.region == b.region
                and any(x.replace(" ", "").endswith(("강소특구", "연구개발특구")) for x in a.names)]
        if len(same) == 1:
            reg.merge(same[0], b, own=("name_ko", "name_en"))
            merged = True
    for b in list(reg.clusters):
        # '녹전동 하이테크지구' beside the one 하이테크지구 of the text ('영천하이테크지구'): a neighbourhood
        # and the head say where that one is, they name no other
        words = _hangul_words(b.names[0]) if len(b.names) == 1 else None
        if not words or len(words) != 2 or not re.fullmatch(r"[가-힣]{1,3}(?:동|읍|면|리)", words[0]) or words[0] in korean_place_lookup():
            continue
        if (one := _the_one_ending_in(reg, b, words[1])) is not None:
            reg.merge(one, b, own=("name_ko", "name_en"))
            merged = True
    # 'Istanbul Technopark' and 'Teknopark Istanbul': a place and a one-word name, in either order and either
    # spelling (clusters.yaml english.one_word_names, english.name_spellings), name one park
    spell = {str(k).lower(): str(v).lower() for k, v in (_rules()["english"].get("name_spellings") or {}).items()}
    ones = {str(w).lower() for w in _rules()["english"].get("one_word_names") or ()}
    def placed_one(n: str) -> frozenset[str] | None:
        words = [spell.get(w.lower(), w.lower()) for w in n.split()]
        if len(words) == 2 and any(w in ones for w in words) and any(_place_en(w) for w in n.split()):
            return frozenset(words)
        return None
    for b in list(reg.clusters):
        keys = {k for n in b.names if n.isascii() and (k := placed_one(n))}
        same = [a for a in reg.clusters if a is not b and any(placed_one(n) in keys for n in a.names if n.isascii())]
        if keys and len(same) == 1:
            reg.merge(same[0], b, own=("name_ko", "name_en"))
            merged = True
    for b in list(reg.clusters):
        # '테크노폴리스' alone beside the one 청주테크노폴리스 of the text: its short form
        if len(b.names) == 1 and b.names[0] in korean_one_word_names() and (one := _the_one_ending_in(reg, b, b.names[0])) is not None:
            reg.merge(one, b, own=("name_ko", "name_en"))
            merged = True
    for b in list(reg.clusters):
        # 'Hsinchu, Taiwan's Silicon Valley' beside the one Hsinchu Science Park of the text: the place stands for it
        if len(b.names) == 1 and b.names[0].isascii() and _place_en(b.names[0]):
            same = [a for a in reg.clusters if a is not b and any(n.isascii() and n.startswith(b.names[0] + " ") for n in a.names)]
            if len(same) == 1:
                reg.merge(same[0], b, own=("name_ko", "name_en"))
                merged = True
    return merged


def _the_one_ending_in(reg: Registry, b: Cluster, word: str) -> Cluster | None:
    """The one cluster other than ``b`` with a longer name ending in ``word`` (spaces aside), if exactly one."""
    same = [a for a in reg.clusters if a is not b and any(
        x.replace(" ", "").endswith(word) and len(x.replace(" ", "")) > len(word) for x in a.names)]
    return same[0] if len(same) == 1 else None


def merge_descriptor_forms(reg: Registry) -> None:
    """One cluster for a name and another form of it (each kind: a ``_by_…`` function above,
    tried in order). The other form becomes an alias; the cluster keeps its own name."""
    for b in list(reg.clusters):
        if not any(c is b for c in reg.clusters):
            continue  # absorbed already
        found = _by_description(b, reg) or _by_place(b, reg) or _by_abbreviation(b, reg) or _by_inserted_words(b, reg) \
            or _by_place_and_head(b, reg) or _by_place_and_sector(b, reg) \
            or _by_tail_ko(b, reg) or _by_place_and_head_ko(b, reg) or _by_head_abbreviation_ko(b, reg)
        if found is not None:
            a, b2, place = found
            reg.merge(a, b2, own=("name_ko", "name_en"))  # named by its own name, not the longer form
            a.region = a.region or place


# what a header goes on to measure after a role's word: 'Site area (ha)', 'Location size (acres)' hold figures, not places
_MEASURE_HEADER = re.compile(r"\b(?:area|size|acreage|surface)\b|\((?:ha|hectares?|acres?|km2|km²|㎢|m2|㎡|sq\.?\s*\w+)\)|면적|규모")


def header_role(cell: str) -> str | None:
    t = _rules()["table_headers"]
    c = re.sub(r"\s+", " ", cell).strip().lower()
    compact = c.replace(" ", "")
    for role in ("cluster", "country", "region", "sector", "founded", "factor"):
        for h in t[role]:
            hl = h.lower()
            # names columns must be named exactly (클러스터 수 counts clusters, it names none)
            if compact == hl.replace(" ", "") or (role != "cluster" and len(h) >= 2 and c.startswith(hl)
                                                  and not (is_hangul(hl[-1]) and is_hangul(c[len(hl):len(hl) + 1] or " "))
                                                  and not _MEASURE_HEADER.search(c[len(hl):])):
                return role  # (a Korean word that only begins with one is another: 산업시설구역, 조성면적)
    return None


@per_rules
def _corner_cells() -> frozenset[str]:
    return frozenset(re.sub(r"\s+", "", c).lower() for c in _rules()["table_corner_cells"])


def corner_cell(cell: str) -> bool:
    """A table's corner cell that names no column ('', 구분, Indicator; rules: table_corner_cells)."""
    return re.sub(r"\s+", "", cell).lower() in _corner_cells()  # (구 분, spaced as tables write it, is 구분)


def table_roles(table: Table, kind: str | None = None) -> dict[int, str]:
    """Column -> role (cluster, country, region, sector, founded, factor) from the header row; a
    first column under a blank or generic corner cell (구분) whose cells end in a head noun names
    the clusters, and so does one whose cells are bare Korean names when the document's title names
    a kind of complex (``kind``, from ``title_kind``: 울산 국가산업단지 현황 | 구분 | … | 온산 | …)."""
    if not table.has_header or not table.rows:
        return {}
    roles = {i: r for i, cell in enumerate(table.rows[0]) if (r := header_role(cell))}
    if "cluster" not in roles.values() and 0 not in roles and corner_cell(table.rows[0][0]):
        firsts = [r[0] for r in table.rows[1:] if r and r[0].strip()]
        # (half of them is enough: a park compared with its region, | Lakeside Research Park | Harrowgate region |)
        if len(firsts) >= 2 and sum(_ends_with_head(c, "ko" if any(is_hangul(ch) for ch in c) else "en") for c in firsts) * 2 >= len(firsts):
            roles[0] = "cluster"
        elif kind is not None and len(named := [c for c in firsts if not _total_row(c)]) >= 2 \
                and all(re.fullmatch(r"[가-힣]{2,6}", c.replace(" ", "")) and not _is_generic(c) for c in named) \
                and not any(header_role(c) or _attribute_word(c) for c in named):
            roles[0] = "cluster"  # (not a profile's rows: 명칭, 위치, 면적, 고용, 매출 say what, not which)
    return roles


def _attribute_word(label: str) -> bool:
    """A row label that names a measure or a fact (면적, 고용, 매출, 입주기업, 조성), not a complex."""
    nouns = load_rules("metrics")["nouns"]
    c = re.sub(r"\s+", "", label)
    return c in nouns or c.endswith(tuple(_rules().get("table_attribute_words") or ("\x00",)))


_COMPARATOR_WORDS_EN = ("region", "area", "county", "province", "state", "country", "average", "total", "nationwide", "national",
                        "metro", "metropolitan", "city", "overall")
_COMPARATOR_WORDS_KO = ("평균", "전국", "전체", "지역", "광역권", "수도권", "합계")


def _comparator_row(label: str) -> bool:
    """A row of a table of clusters that names what they are compared with: a place, a country, a
    region or an average ('Harrowgate region', 'Sweden', 'national average', '전국 평균'), not a cluster."""
    c = re.sub(r"\s+", " ", label).strip()
    if not c or _ends_with_head(c, "ko" if any(is_hangul(ch) for ch in c) else "en"):
        return False
    words = c.split()
    return c in place_lookup() or c in country_surface_set() or c in korean_place_lookup() \
        or words[-1].lower() in _COMPARATOR_WORDS_EN or words[0].lower() in ("national", "nationwide", "overall") \
        or any(w in c for w in _COMPARATOR_WORDS_KO)


def _total_row(label: str) -> bool:
    return re.sub(r"\s+", "", label).lower() in ("계", "합계", "소계", "총계", "전체", "total", "sum")


def title_kind(parsed: ParsedDocument) -> str | None:
    """The kind of complex a Korean document's title names (울산 국가산업단지 현황 -> 국가산업단지): the
    kind its tables' bare row names are of."""
    title = re.sub(r"\s+", "", parsed.metadata.get("title") or "")
    found = [h for h in compact_ko_heads() if h in title and len(h) >= 2]
    return max(found, key=len) if found else None


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
    kind = title_kind(parsed)
    for page in parsed.pages:
        for table in page.tables:
            roles = table_roles(table, kind)
            col = next((i for i, r in roles.items() if r == "cluster"), None)
            if col is None:
                continue
            for r, row in enumerate(table.rows[1:], start=1):
                if col >= len(row) or not row[col].strip() or row[col].strip() in _HYPHENS:
                    continue
                if re.fullmatch(r"[\d.,%\s]+|\d[\d,.]*\s*\S{0,3}", row[col].strip()):
                    continue  # a number, not a name
                if re.fullmatch(r"[가-힣]{1,4}(?:은|는|이|가|을|를|에서|에는)", row[col].strip()) and not _ends_with_head(row[col].strip(), "ko"):
                    continue  # 정부는: a sentence's subject spilled into the cell, with its particle; no name
                ko, en, alias = cell_names(row[col])
                if kind is not None and _total_row(row[col]):
                    continue  # 계: the table's total, no complex
                if kind is not None and ko and not _ends_with_head(ko, "ko") and re.fullmatch(r"[가-힣]{2,6}", ko.replace(" ", "")) \
                        and not any(w in ko for w in _COMPARATOR_WORDS_KO):
                    alias, ko = ko, f"{ko} {kind}"  # 온산 under 울산 국가산업단지 현황: 온산 국가산업단지 (as written, another name)
                elif _comparator_row(row[col]):
                    continue  # a place, region or average the clusters are compared with: Harrowgate region, 전국 평균
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
                        if not countries and domestic:  # 포항 남구: a Korean city (its district after it); 경기 성남: the city, not its province
                            # (대전 유성: the metropolitan city, not its district; written in English as the text names it)
                            city = next((w for w in domestic if w not in korean_do_provinces()), domestic[0])
                            countries, region = ["KR"], korean_place_lookup().get(city) or city
                    elif role == "sector":
                        sector = translate_sector(row[i]) or None
                reg.add([n for n in (ko, en, alias) if n], "table", (page.number, table.cell_offsets[r][col]),
                        name_en=en, name_ko=ko, countries=countries, region=region, sector=sector)
