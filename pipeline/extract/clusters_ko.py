"""Korean cluster names from Kiwi morphemes: parenthesised bilingual names, name + head noun,
numbered headings, quoted names after a descriptor, nicknames, copula predicates, names of sites
with residents, the older word for a complex after a place; aliases (이하 …, 정식 명칭은 …); the
English name of a Korean one, the way agencies write it. Rules: clusters.yaml korean.
"""
from __future__ import annotations

import functools
import re

from pipeline.extract.context import Sentence
from pipeline.extract.geo import (
    country_surface_set, find_korean_places, find_places, korean_do_provinces, korean_place_lookup, korean_place_prefixes,
    korean_provinces, place_lookup,
)
from pipeline.extract.factors import firm_sites_listed_ko
from pipeline.extract.names import AREA_SUFFIXES_KO
from pipeline.extract.names import cluster_rules as _rules
from pipeline.extract.names import compact_ko_heads, descriptor_heads_ko, korean_one_word_names
from pipeline.extract.names import is_generic as _is_generic
from pipeline.extract.names import is_place as _is_place
from pipeline.extract.names import ko_heads as _ko_heads
from pipeline.extract.names import norm
from pipeline.korean import is_hangul
from pipeline.rules import load_rules, per_rules
from pipeline.extract.clusters import (
    _CLOSING, Cluster, _compound_with_head, _ends_with_head, _gazetteer_country, _generic_words_only,
    _HYPHENS, _is_korean_metaphor, _name_regex, _named_compound, _negative, _nickname, _OPENING, _place_en,
    Registry, _without_head, _kind_words_only, _firm_word_ko,
)


# ------------------------------------------------------------------ Korean patterns

# Latin letters and digits, accented letters too (브로츠와프 기술단지(Wrocławski Park Technologiczny), ODTÜ 테크노켄트)
_LATIN = "A-Za-z0-9\u00C0-\u024F"
# a name in those letters inside a bracket, and initials written after it
_LATIN_NAME = rf"[{_LATIN}][{_LATIN}&.'’@\- ]{{0,60}}[{_LATIN}.]"
_INITIALS = r"[A-Z][A-Za-z0-9&\-]{1,8}"
# (its initials may follow the English name: 농사디지털파크(Nongsa Digital Park, NDP))
_PAREN = re.compile(rf"([^\s()]+(?:\s[^\s()]+){{0,4}}?)\s?\(({_LATIN_NAME})(?:\s*,\s*({_INITIALS}))?\)")
# an encyclopedia's gloss: 쑤저우 공업원구(중국어: 苏州工业园区, 영어: Suzhou Industrial Park, SIP)
_PAREN_GLOSS = re.compile(r"([^\s()]+(?:\s[^\s()]+){0,4}?)\s?\((?:[^()]*?[,;]\s*)?(?:영어|영문|English)\s*[:：]\s*"
                          rf"({_LATIN_NAME})(?:\s*[,;]\s*({_INITIALS}))?[^()]*\)")
# a bracket that holds a name in Latin letters (rule 1 reads those), after a head noun
_LATIN_BRACKET = re.compile(r"\s?\((?:[^()]*?(?:영어|영문|English)\s*[:：]\s*)?[^()가-힣]*[A-Za-z][^()가-힣]*[A-Za-z][^()가-힣]*\)")
# another name in brackets right after a cluster's name: 서울디지털산업단지(G밸리), 중관촌(中關村)
_KO_PAREN_ALIAS = re.compile(r"\s?\(([^()]{1,24})\)")


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


def _translated_term(sent: Sentence, start: int, end: int) -> bool:
    """A Korean word that Kiwi reads as two or more common nouns (인공+지능, 소형+모듈+원자로): a term translated,
    not a name transliterated (마탐, 카이스트 are one proper noun)."""
    pieces = [p for t in _token_tags_for(sent, start, end) for p in t.split("+")]
    return len(pieces) >= 2 and all(p == "NNG" for p in pieces)


_PARTICLE_END = re.compile(r"(?:의|에서|에|은|는|을|를|으로|로|과|와|도|만|이|가)$")


def _named_place(word: str) -> bool:
    """A known place (Korean or foreign) written as a word that may open a complex's name: no generic
    word, country or negative head (rules 1f: 오창 제2산업단지, 구미 5산단)."""
    return not _is_generic(word) and word not in country_surface_set() and not _negative(word, "ko") \
        and (word in korean_place_lookup() or word in place_lookup())


def _type_modifier(word: str) -> bool:
    """A place written with a suffix that makes it a type (경북형, 한국형: rules korean.modifier_suffixes)."""
    suffix = next((x for x in _rules()["korean"].get("modifier_suffixes") or () if word.endswith(x) and len(word) > len(x)), None)
    if suffix is None:
        return False
    stem = word[: -len(suffix)]
    return stem in korean_place_lookup() or stem in place_lookup() or stem in country_surface_set()


def _trim_korean_name(words: list[str], want: int, sent: Sentence, abs_end: int) -> list[str]:
    """The eojeols before a parenthesised English name that belong to the Korean name: as many
    as the English has words, without countries, generic words or a word carrying a particle
    (아인트호벤의 하이테크 캠퍼스 -> 하이테크 캠퍼스). Place names stay (런던 테크시티)."""
    words = words[-max(1, min(want, 4)):]
    quoted = [k for k, w in enumerate(words) if k > 0 and w[:1] in "'‘“\"「『<《"]
    if quoted:  # 힘을 합쳐 '하이테크캠퍼스(HTC)': the name starts at its opening quote
        words = words[quoted[-1]:]
    words = [w.lstrip("'‘“\"「『<《") or w for w in words]  # '실리콘 작소니(Silicon Saxony)': the quote opens the name
    dated = [k for k, w in enumerate(words[:-1]) if re.fullmatch(r"\d+(?:일|월|년|시)", w)]
    if dated:  # 2018년 개장 후 2021년 경제특구(KEK)로: a date ends what comes before the name
        words = words[dated[-1] + 1:]
    for i in range(len(words) - 1):
        if _PARTICLE_END.search(words[i]) and len(words[i]) > 2 and not _is_generic(words[i]):
            words = words[i + 1:] if i + 1 < len(words) else words
            break
    while len(words) > 1:
        w = words[0]
        w_end = abs_end - len(" ".join(words[1:])) - 1
        tags = _token_tags_for(sent, w_end - len(w), w_end)
        if not _eojeol_is_clean(w, sent) or _is_generic(w) or w in country_surface_set() or re.fullmatch(r"\d+(?:일|월|년|시)?", w) or \
                re.fullmatch(r"[\u3131-\u318e]", w) or \
                not (is_hangul(w[0]) or w[0].isalnum()) or any(t.startswith(("V", "E", "XSV", "XSA")) for x in tags for t in x.split("+")):
            words = words[1:]  # ... 위치한 | 아들러스호프 과학기술단지: a verb's modifier is no part of a name (nor a date: 24일 |,
            # nor a report's bullet: ㅇ |)
            continue
        break
    return words


_ODD_TAGS = ("MM", "NNB", "NR", "IC", "MAG", "XR", "NNG", "NNP", "NP")


def _cut_unknown_word(toks: list, i: int) -> set[int]:
    """Indices of the written word right before token ``i`` when Kiwi read an unknown word (a
    foreign name: 이데온 -> 이|데|온) as odd pieces: Hangul only, two syllables or more, no particle,
    ending or verb, and at least one piece no noun (a determiner, a bound noun, a numeral; or a pronoun
    with its particle before more of the word)."""
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
    if not all(tg in _ODD_TAGS for tg in tags) or not (any(tg in ("MM", "NNB", "NR", "IC", "MAG") for tg in tags)
                                                       or any(t.tag_.startswith("NP+J") for t in word[:-1])):
        return set()  # (도심|형, 비|수도권: a word Kiwi read right, with its suffix or prefix; 난강 read 나+ㄴ|강, a
        # pronoun and its particle inside a written word, is a foreign name read wrong)
    return set(range(k, i))


@per_rules
def _ko_head_set() -> frozenset[str]:
    return frozenset(_ko_heads())


def _cut_glued_word(toks: list, i: int) -> set[int]:
    """Indices of the Hangul pieces written onto head token ``i`` when Kiwi read an unknown
    name there as single syllables, one of them no noun (미|포|산단, 온|산|산단: a prefix, a verb's
    ending): two to four syllables, no particle or ending among them."""
    heads = _ko_head_set()
    while i > 0 and not toks[i - 1].whitespace_ and toks[i - 1].text + toks[i].text in heads:
        i -= 1  # (the head's own first piece: 거|두|농공|단지, 농공단지 a head Kiwi cut in two)
    k = i
    while k > 0 and not toks[k - 1].whitespace_ and re.fullmatch(r"[가-힣]", toks[k - 1].text):
        k -= 1
    word = toks[k:i]
    if len(word) < 2 or len(word) > 4 or _is_generic("".join(t.text for t in word)):
        return set()
    tags = [t.tag_.split("+")[0] for t in word]
    if all(tg in ("NNG", "NNP") for tg in tags) or any(tg.startswith(("J", "E", "SF", "SP")) for tg in tags) \
            or any(t.tag_.split("+")[-1].startswith(("EF", "EC", "J")) for t in word):
        return set()  # (common nouns written together, a word with its particle or ending)
    return set(range(k, i))


def _pieced_head(toks: list, i: int, heads: set[str]) -> int | None:
    """Where a head starts that Kiwi cut into pieces written together, ending at token ``i``, the
    last piece no head itself (포항융합기술|산업|지구: 산업지구), no further word glued after it."""
    if toks[i].text in heads or (i + 1 < len(toks) and not toks[i].whitespace_ and toks[i + 1].tag_.startswith(("NN", "XSN"))):
        return None
    word = toks[i].text
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].whitespace_:
            return None
        word = toks[k].text + word
        if any(word.endswith(h) for h in (_rules()["korean"].get("pieced_heads") or ()) if h in heads):
            return k  # (a name glued onto the head's first piece too: 진천외투|지역)
    return None


def _head_with_particle(word: str, heads: set[str]) -> bool:
    """과학단지로, 클러스터의: a head noun (or a word ending in one) with a particle written on."""
    m = _PARTICLE_END.search(word)
    return m is not None and m.start() > 0 and any(word[:m.start()].endswith(h) for h in heads if " " not in h)


@per_rules
def _org_after_ko() -> re.Pattern:
    """An organisation noun right after a name (clusters.yaml korean.organisation_after)."""
    nouns = sorted(_rules()["korean"].get("organisation_after") or ["\x00"], key=len, reverse=True)
    return re.compile(r"\s?(?:" + "|".join(re.escape(n) for n in nouns) + r")(?:은|는|이|가|을|를|의|에는|에서는|에도|에|에서|으로|로|과|와|도|장)?(?![가-힣])")


def _listed_among_organisations(text: str, a: int, b: int, name: str) -> bool:
    """A name whose head is also an agency's (테크노파크: clusters.yaml korean.agency_heads) listed
    with commas beside an organisation (…센터, …연구원, …진흥원: korean.organisation_endings), acting
    beside its province, or cited as the source of what follows."""
    k = _rules()["korean"]
    if not name.replace(" ", "").endswith(tuple(k.get("agency_heads") or ("\x00",))):
        return False
    ends = "|".join(re.escape(w) for w in (k.get("organisation_endings") or ["\x00"]))
    before = re.search(rf"[가-힣A-Za-z]+(?:{ends})\s*(?:,\s*|(?:와|과)\s+|\s및\s+)$", text[max(0, a - 30):a])
    after = re.match(rf"\s*(?:,|와|과|및)\s*[가-힣A-Za-z]+(?:{ends})(?![가-힣])", text[b:b + 30])
    # ... or beside a province or city as what acts: '경기도와 경기테크노파크는 … 결과를 발표했다'
    admin = re.search(r"(?:^|\s)([가-힣]{2,4})(?:와|과)\s+$", text[max(0, a - 12):a])
    acting = admin is not None and (admin.group(1) in korean_provinces() or admin.group(1).removesuffix("시") in korean_place_lookup()) \
        and re.match(r"(?:은|는|이|가)\s", text[b:b + 2]) is not None
    # ... or cited as a source, or speaking, about a site it refers to as another: '강원테크노파크에 따르면 이
    # 산업단지에 입주한 기업은' (not '청주테크노파크(CTP)에 따르면 46개 입주업체를 대상으로': its own tenants)
    source = re.match(r"(?:에\s?(?:따르면|의하면)|\s?(?:관계자|측)(?:는|은|에\s?따르면))(?![가-힣])", text[b:b + 12]) \
        and re.search(rf"(?:^|\s)(?:이|그|해당)\s?(?:{_head_alt()})", text[b:])
    # ... or with one of its units named right after it: '경남테크노파크 나노융합본부 등 20개 연구기관'
    units = "|".join(re.escape(w) for w in (k.get("agency_units") or ["\x00"]))
    unit = re.match(rf"\s[가-힣A-Za-z]{{0,10}}(?:{units})(?:은|는|이|가|을|를|의|과|와|도|에서)?(?![가-힣])", text[b:b + 24])
    return bool(before or after or acting or source or unit)


@per_rules
def _firm_list_end_ko() -> re.Pattern:
    """The end of a list of firms: 등 대기업, 등 글로벌 기업 (factors.yaml anchor_firms.ko_firm_words)."""
    words = sorted(load_rules("factors")["anchor_firms"]["ko_firm_words"], key=len, reverse=True)
    return re.compile(rf"\s*등(?:의)?\s*(?:[가-힣·]+\s+){{0,2}}?(?:{'|'.join(map(re.escape, words))})(?![가-힣]{{2}})")


_LIST_ITEM_KO = re.compile(r"\s*(?:,|·|와|과|및)\s*[^\s,·]{1,20}")


def _listed_among_firms(text: str, a: int, b: int) -> bool:
    """A name that is an item of a list of firms: 'LG사이언스파크, 코오롱, 롯데 등 대기업과' (items
    after it up to the list's 등 and a firm word; or before it, when the list ends right after it)."""
    if any(m.start() <= a and b <= m.end() for m in firm_sites_listed_ko().finditer(text)):
        return True  # '델 본사, 삼성전자 오스틴 반도체 공장, 애플 캠퍼스 등이 입주': a firm's campus among the firms' sites
    end = b
    for _ in range(8):
        if _firm_list_end_ko().match(text, end):
            return True
        m = _LIST_ITEM_KO.match(text, end)
        if m is None:
            return False
        end = m.end()
    return False


@per_rules
def _org_before_ko() -> re.Pattern:
    """Words right before a name that make it an organisation (clusters.yaml korean.organisation_before)."""
    words = sorted(_rules()["korean"].get("organisation_before") or ["\x00"], key=len, reverse=True)
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in words) + r")\s?$")


# a place firms moved into, said with the place as the locative of the clause's verb: 'X에는 (…) 기업이
# 입주했다', 'X에 … 입주해 있다' (within the clause: no sentence end between; not 'X에 따르면', a source)
# (or inside it, a site of it between: 에코델타시티 내 … 부지에 기업 23곳이 입주 계약을 맺었다)
_MOVED_IN_KO = re.compile(r"(?:\s내\s[^.!?\n]{0,30}?)?(?:에는|에도|에(?!\s*(?:따르|의하|따라)))\s[^.!?\n]{0,80}?(?:기업|업체|회사|기관)[가-힣]*\s[^.!?\n]{0,20}?"
                          r"입주(?:했|해\s?있|하고\s?있|하였|\s?계약|\s?협약|를\s?(?:확정|마쳤|마친))"
                          # (or the firms after it: 'X에 입주했거나 입주를 확정한 ICT 기업이', 'X에 입주한 기업은')
                          r"|(?:\s내)?에\s입주(?:한|했거나|했던|해\s?있는|하고\s?있는|한\s?뒤)\s[^.!?\n]{0,40}?(?:기업|업체|회사|기관)")


# a place's own name as the subject of becoming a hub: '센텀시티가 정보통신기술(ICT) 중심지로 떠오르고 있다'
_HUB_PREDICATE_KO = re.compile(r"(?:이|가|은|는)\s[^.!?\n]{0,40}?(?:중심지|거점|메카|허브)(?:로|으로)\s*(?:떠오르|떠올|부상|자리|발돋움|성장|탈바꿈|도약)")


@per_rules
def _resident_rx() -> re.Pattern:
    nouns = sorted(_rules()["korean"].get("resident_nouns") or ["\x00"], key=len, reverse=True)
    return re.compile(r"(?:의)?\s*(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s*") for n in nouns) + ")")


def _place_compound(word: str) -> bool:
    """One word made of a known Korean place and a head, with more between: 강릉과학산업단지."""
    return _compound_with_head(word) and any(word.startswith(p) and len(word) > len(p) + 1 for p in korean_place_prefixes())


def _korean_admin_place(word: str, after_place: bool) -> bool:
    """A province, city, county or district: a known place, or after one a word with an
    administrative suffix (경기도 수원시 영통구: 영통구 is read by its suffix)."""
    if word in korean_place_lookup():
        return True
    rx = _admin_word_rx()
    return after_place and rx is not None and rx.fullmatch(word) is not None


# (or is one: 바젤시는 전세계 800개 이상의 생명과학기업이 활동하는 세계적인 생명과학 허브다)
_PLACE_HAS_CLUSTER_KO = re.compile(r"(?<![가-힣])([가-힣]{2,12})(?:은|는|이|가)\s+(?:\S+\s+){0,8}?((?:[가-힣]{1,6}\s?)?(?:클러스터|허브))"
                                   r"(?:(?:를|을)\s*(?:자랑|보유|갖추|갖고)|(?:이)?다[.\s]|(?:이)?다$)")


# a place's industry (원주의료기기산업은) and, later in the sentence, the cluster of that industry it grew into
# (의료기기 클러스터로 발전하였다); group 2 is the industry word, the same on both sides
_INDUSTRY_BECAME_CLUSTER_KO = re.compile(
    r"(?<![가-힣])([가-힣]{1,6}?\s?([가-힣A-Z]{2,6}?)(?P<san>\s?산업)?)(?:은|는|이|가)\s+(?:\S+\s+){0,16}?\2\s?(?P<kind>클러스터|밸리|허브)"
    r"(?:로|으로)\s?(?:발전|성장|자리매김|자리\s?잡|도약|부상|거듭|변모)")


# a compass word written onto a place (남샌프란시스코) and the loanword it is written as in a name (사우스 …)
_COMPASS_KO = {"남": "사우스", "북": "노스", "동": "이스트", "서": "웨스트"}
_COMPASS_PREFIX_KO = re.compile("^(?:" + "|".join([*_COMPASS_KO, *_COMPASS_KO.values()]) + ")")


def _without_si(word: str) -> str:
    """A city's name without the 시 written after it (바젤시 -> 바젤; not 시 alone after one syllable)."""
    return re.sub(r"(?<=[가-힣]{2})시$", "", word)


def _city_stem(word: str) -> str:
    """A Korean city or county as other texts write it in a name, without its 시 or 군 (고흥군 -> 고흥)."""
    return re.sub(r"(?<=[가-힣]{2})[시군]$", "", word)


def _place_with_direction(word: str) -> str | None:
    """A known place, or one after a compass word (남샌프란시스코, 사우스 샌프란시스코), or written with its
    시 (바젤시): the place."""
    for w in (word, _COMPASS_PREFIX_KO.sub("", word), _without_si(word)):
        if w in place_lookup() and w not in country_surface_set():
            return w
    return None


def _city_named_plain(name: str, aliases: list[str]) -> tuple[str, list[str]]:
    """A known city or county written with its 시 or 군 first in a name is the city as other texts
    write it (정읍시 첨단과학산업단지 -> 정읍 첨단과학산업단지); so is one written before its neighbourhood
    and kind words only (정읍시 신정동 첨단과학산업단지 -> 정읍 첨단과학산업단지). As written stays an alias."""
    parts = name.split()
    if len(parts) < 2 or not re.fullmatch(r"[가-힣]{2,4}[시군]", parts[0]) or parts[0] not in korean_place_lookup():
        return name, aliases
    rx = _admin_word_rx()
    k = 1
    while k < len(parts) - 1 and rx is not None and rx.fullmatch(parts[k]) and parts[k] not in korean_place_lookup():
        k += 1
    rest = " ".join(parts[k:])
    if k > 1 and not _kind_words_only(_without_head(rest.replace(" ", ""))):
        return name, aliases
    return f"{_city_stem(parts[0])} {rest}", aliases + [name]


def _township_end(eojeols: list[str]) -> int | None:
    """The index of the last written word of a township (읍, 면: a stem of two or three syllables,
    축동면, not 측면) and the village (리) right after it, when a name follows them; the suffixes
    as geo.yaml's korean_admin_suffixes has them."""
    listed = load_rules("geo").get("korean_admin_suffixes") or ()
    end = None
    for i, w in enumerate(eojeols[:-1]):
        if len(w) in (3, 4) and w[-1] in ("읍", "면") and w[-1] in listed and re.fullmatch(r"[가-힣]+", w):
            end = i
        elif end == i - 1 and "리" in listed and re.fullmatch(r"[가-힣]{2}리", w):
            end = i
    return end if end is not None and end < len(eojeols) - 1 else None


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


def _locative_city(before: str) -> str | None:
    """The Korean city or county a clause puts something in, the last place written before it with
    에, 에서 or 의 (경남 밀양에 나노첨단 산업이 특화된 …): not a province (경기도에 …), which holds many."""
    hits = [(h, m) for h in find_korean_places(before) if (m := re.match(r"(?:시|군)?(?:에서|에|의)(?![가-힣])", before[h[1]:]))]
    if not hits:
        return None
    (a, b, _), particle = hits[-1]
    between = before[b + particle.end():]
    if len(between) > 40 or re.search(r"[,;]|[가-힣'’\"”」』)](?:에서|에|을|를|로|으로)\s", between):
        return None  # (서울에서 열린 '설명회'에 참석, … 특화단지: the place of something else in the sentence)
    word = before[a:b]
    return None if word in korean_do_provinces() else _city_stem(word)


def _located_after(after: str) -> str | None:
    """The Korean city or county the clause after a name says it lies in: '우주발사체 국가산업단지는 고흥
    봉래면 예내리 일원에 … 조성되며' -> 고흥 (not a province alone)."""
    m = re.match(r"\s*(?:은|는|이|가)\s+((?:[가-힣]+\s+){1,4}?)(?:일원|일대)에", after)
    if m is None:
        return None
    return next((_city_stem(m.group(1)[a:b]) for a, b, _ in find_korean_places(m.group(1))
                 if m.group(1)[a:b] not in korean_do_provinces()), None)


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
    # (not the last of a list of places: 핀란드 오울루, 스웨덴 시스타, 덴마크 코펜하겐의 ICT 클러스터 are three)
    at = (j - 1 if t.text == "의" else j) - (2 if country_before else 1)
    if at >= 1 and toks[at].text in (",", "，", "·", "ㆍ") and (toks[at - 1].text in place_lookup() or toks[at - 1].tag_.startswith(("NN", "SL"))):
        return None
    if word in place_lookup() or country_before:
        return word
    return None


def _before_negative(word: str) -> bool:
    """A Korean word starting with a negative head (보고서를, 행사에): what comes before names it."""
    return any(word.startswith(n) and len(n) >= 2 for n in _rules()["korean"]["negative_heads"])


@per_rules
def _head_alt() -> str:
    return "|".join(re.escape(h) for h in _ko_heads())


@per_rules
def _strong_compact_ko_heads() -> tuple[str, ...]:
    """The heads that are not weak (clusters.yaml korean.weak_heads), written without spaces, longest first."""
    return tuple(sorted({h.replace(" ", "") for h in _ko_heads() if h not in _rules()["korean"]["weak_heads"]}, key=len, reverse=True))


@per_rules
def _strong_ko_head_alt() -> str:
    # a head may be written spaced (미디어 산업 단지다 is 산업단지다)
    return "|".join(r"\s?".join(map(re.escape, h)) for h in _strong_compact_ko_heads())


@per_rules
def _designated_as_ko_rx() -> re.Pattern:
    """The rest of a clause after a subject's 이/가 that says it was designated a kind of cluster: ' 2020년
    혁신도시로 지정된', ' 국가산업단지로 선정됐다' (passive only: '경기도가 판교를 특구로 지정했다' names the
    designator)."""
    return re.compile(rf"\s[^.,]{{0,24}}?(?:{_head_alt()})(?:으로|로)\s?(?:지정|선정)(?:된|됐|되었|되|받)")


@per_rules
def _town_kind_rx() -> re.Pattern:
    """A place and the word its own district is called by, before a kind (송도국제도시 …; korean.town_kind_suffixes)."""
    return re.compile(rf"([가-힣]{{2,4}})(?:{'|'.join(map(re.escape, _rules()['korean'].get('town_kind_suffixes') or [])) or '(?!)'})\s")


def _field_and_ending(word: str) -> bool:
    """A word that is only a field and a place's ending (인터넷시티, 미디어시티; rules: korean.place_name_endings,
    sector_words): no name without the place written before it (두바이 인터넷시티)."""
    word = word.replace(" ", "")
    ending = next((e for e in _rules()["korean"].get("place_name_endings") or () if word.endswith(e) and len(word) > len(e)), None)
    return ending is not None and _kind_words_only(word[:-len(ending)])


def _place_named_word(text: str, end: int) -> str | None:
    """The written word ending at ``end`` when it ends like a place's own name (rules:
    korean.place_name_endings: 스마트빌리지, 미디어시티) on a word of its own before it, and is no
    known place, generic word or negative head."""
    m = re.search(r"(?<![가-힣])[가-힣]{2,12}$", text[:end])
    if not m:
        return None
    word = m.group()
    endings = _rules()["korean"].get("place_name_endings") or ()
    if not any(word.endswith(e) and len(word) > len(e) + 1 for e in endings):
        return None
    if word in korean_place_lookup() or word in place_lookup() or _is_generic(word) or _negative(word, "ko"):
        return None
    return word


@per_rules
def _predicate_head_alt() -> str:
    """'|' and the words that say what a subject is without heading names (clusters.yaml
    korean.predicate_heads), or nothing."""
    words = _rules()["korean"].get("predicate_heads") or ()
    return "".join("|" + re.escape(w) for w in sorted(words, key=len, reverse=True))


def _korean_predicate_head(rest: str, weak: bool = False) -> bool:
    """'... 과학기술단지로', '... 캠퍼스다', '... 클러스터 중의 하나다' in the rest of a sentence (``weak``: a
    weak head too, '… IT 전용 단지임', for a subject that is a name by its form)."""
    alt = _head_alt() if weak else _strong_ko_head_alt()
    alt += _predicate_head_alt()  # (계획도시로: says what the subject is, heads no name)
    # a report's noun-ending style ends a sentence on 임 or 이며 (… 기술 혁신지구임)
    return bool(re.search(rf"(?:{alt})\s*(?:이다|다\b|다\.|(?:으)?로서|(?:으)?로\b|(?:으)?로,|이며|이자|임\b|임\.|임$|중\s*(?:의\s*)?(?:하나|한\s*곳))", rest))


@per_rules
def _head_then_word_rx() -> re.Pattern:
    """A head, a space and the start of the next written word, at the end of the text searched."""
    return re.compile(rf"(?:{_head_alt()})\s+[가-힣]*$")


@per_rules
def _ends_in_ko_head_rx() -> re.Pattern:
    """A word ending in a Korean head after at least one letter of its own (블루밸리), or in a head
    and 지구, a free economic zone's district of that name (영천하이테크파크지구)."""
    return re.compile(rf"(?s:.+)(?:{_head_alt()})(?:지구)?\Z")


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
        if len(words) == 1 and len(written) >= 2 and words[0] == written[-1] and _field_and_ending(words[0]) \
                and _place_en(written[-2]):
            words = [written[-2], words[0]]  # 두바이 인터넷시티(DIC): the place is part of a name that is a field only
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
        if re.fullmatch(r"[A-Z&]{2,5}", en) and all(_is_generic(w) or w.replace(" ", "") in compact_ko_heads() for w in ko.split()):
            continue  # 전국 테크노파크(TP): the kind and its abbreviation, no one of them
        nxt = re.match(r"\s*([가-힣]+)", after)
        if nxt and _negative(nxt.group(1), "ko") and not re.match(rf"\s*(?:{_head_alt()})", after):
            continue
        if re.fullmatch(r"[A-Z]{2,5}", en) and not _ends_with_head(ko, "ko") and not _ends_with_head(en, "en") \
                and _translated_term(sent, sent.start + m.end(1) - len(ko), sent.start + m.end(1)):
            continue  # 소형모듈원자로(SMR) 국가산업단지, 인공지능(AI) 특구: a term and its initials, the kind of the complex
        confirmed = (
            _ends_with_head(ko, "ko") or _ends_with_head(en, "en")
            # a head right after, alone or ending a compound: 마탐(MATAM) 첨단산업단지
            or re.match(rf"\s*[가-힣]{{0,4}}?(?:{_head_alt()})", after) is not None
            or (re.match(r"\s*(?:으로|로|라고|이라고|라는|이라는)\s*(?:유명|알려|불리)", after) is not None
                and re.search(rf"(?:{_head_alt()})", after) is not None)
            or (re.match(r"\s*(?:은|는)\s", after) is not None and _korean_predicate_head(after))
            or bool(heading)
            # quoted after a descriptor ending in a head: 나노기술 클러스터 '미나텍(MINATEC)'
            or re.search(rf"(?:{_head_alt()})(?:인|이자)?\s*[{_OPENING}]$", before) is not None
            or _nickname(en)  # 실리콘 힐스(Silicon Hills)
            # a name an area is called by: '… 로런스빌 일대는 '로보틱스 로(Robotics Row)'로 불린다'
            or (re.match(r"\s*['’\"”」』]?\s*(?:으로|로|라고|이라고)\s*(?:불리|불린|불렸|부른|부르)", after) is not None
                and re.search(r"(?:일대|지역|지구|거리|구역|지대|동네|곳)(?:는|은|가|이|을|를)\s", before) is not None)
        )
        if confirmed and _listed_among_organisations(text, len(before) + (1 if text[len(before):len(before) + 1] == " " else 0), m.end(), ko):
            continue  # 제주대학교, 제주국제대학교와 제주테크노파크(JTP)가 위치해: the agency, among the others
        if confirmed and len(ko.split()) >= 2 and ko.split()[0].endswith(tuple(_rules()["korean"].get("firm_name_endings") or ())) \
                and len(ko.split()[0]) > 3:
            continue  # 현대자동차그룹 혁신센터(HMGICS): a firm's own site, no cluster
        if confirmed and ko.endswith("캠퍼스") and re.search(r"(?:[가-힣]대|대학|대학교|University|College)\s*\S*캠퍼스$", f"{before} {ko}") \
                and not (re.match(r"\s*(?:은|는)\s", after) and _korean_predicate_head(after)):
            continue  # 텍사스대 오스틴캠퍼스(UT Austin): a university's campus, no cluster (unless said to be one:
            # 아헨공대 캠퍼스(RWTH Aachen Campus)는 … 연구 단지로)
        if confirmed:
            acronym = m.group(3)
            # the initials written after the English name in the same bracket: (Research Triangle Park RTP)
            tail = re.fullmatch(r"((?:[A-Z][\w\-]*\s+){2,5})([A-Z]{2,6})", en)
            if acronym is None and tail and "".join(w[0] for w in tail.group(1).split()) == tail.group(2):
                en, acronym = tail.group(1).strip(), tail.group(2)
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
                and not any(_negative(w, "ko") for w in words) \
                and not any(t.startswith(("J", "E")) or "+E" in t for t in _token_tags_for(sent, sent.start + len(text) - len(name), sent.start + len(text))):
            # (nouns only: not a description, '□ 덴마크 코펜하겐과 스웨덴 스코네 지역에 걸친 생명과학 클러스터')
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
        if not m.group(0)[len(m.group(1)):].lstrip().startswith(("인", "이자", ",")) and not _ends_with_head(q, "ko") \
                and not re.match(r"(?:은|는|이|가|을|를|의|에|와|과|도|로|으로)", after):
            continue  # a headline's quoted words right after a head, no comma: 바이오산업 허브 '한발짝'
        korean = any(is_hangul(c) for c in q)
        reg.add([q], "apposition", where, name_ko=q if korean else None, name_en=None if korean else q)
        apposed.add(m.end(1))
    # 1c') a place's own name (ending like 센텀시티) set after the kind it is: 도시첨단산업단지인 센텀시티에
    endings = tuple(_rules()["korean"].get("place_name_endings") or ())
    for m in re.finditer(rf"({_head_alt()})(?:인|이자)\s+([가-힣]{{2,10}})(?=(?:은|는|이|가|을|를|의|에|에는|에서|으로|로|과|와|도)?(?:\s|[,.]|$))", text):
        word = re.sub(r"(?:에는|에서|으로|은|는|이|가|을|를|의|에|로|과|와|도)$", "", m.group(2))
        if word.endswith(endings) and len(word) > 3 and word not in korean_place_lookup() and word not in place_lookup() \
                and not _is_generic(word) and not _negative(word, "ko"):
            reg.add([word], "apposition", where, name_ko=word)
    # 1c') a place said to have a cluster: 남샌프란시스코는 미국 최대의 바이오클러스터를 자랑한다 -> 남샌프란시스코
    #     바이오클러스터 (the place is another name of it, as the text goes on about it by the place's name)
    for m in _PLACE_HAS_CLUSTER_KO.finditer(text):
        place, kind = m.group(1), m.group(2)
        if (known := _place_with_direction(place)):
            place = _without_si(place) if known != place else place  # 바젤시 -> 바젤
            compass = _COMPASS_KO.get(place[:-len(known)], "") if place != known else ""
            english = translate_korean_name(f"{compass} {known} {kind}".strip(), domestic=False)  # South San Francisco …
            reg.add([f"{place} {kind}", place, m.group(1)], "head", where, name_ko=f"{place} {kind}",
                    name_en=" ".join(w[:1].upper() + w[1:] for w in english.split()) if english else None,
                    region=place_lookup().get(known, (None,))[0])
    # 1c'') a place's industry said to have grown into a cluster of it: 원주의료기기산업은 … 국내 최대 의료기기
    #      클러스터로 발전하였다 -> 원주 의료기기 클러스터 (the industry of the place is the cluster)
    for m in _INDUSTRY_BECAME_CLUSTER_KO.finditer(text):
        subject, sector, kind = m.group(1), m.group(2), m.group("kind")
        place = subject[: -len(sector + (m.group("san") or ""))]
        if sector not in _rules()["korean"].get("sector_words") or () or not (place in korean_place_lookup() or place in place_lookup()):
            continue
        reg.add([f"{place} {sector} {kind}", subject], "head", where, name_ko=f"{place} {sector} {kind}")  # (the subject: its mention)
    # 1d) a quoted nickname or name that something is called by: 오스틴은 '실리콘 힐스'로 불리며
    prefixes_ko = tuple(_rules()["korean"].get("nickname_prefixes") or ())
    for m in re.finditer(rf"[{_OPENING}]([^{_CLOSING}()]{{2,30}})[{_CLOSING}]\s*(?:으로|로|라고|이라고|라는|이라는)\s*"
                         rf"(?:불리|불린|불림|알려|일컬어|통하|통한|통함)", text):
        q = m.group(1).strip()
        words = q.split()
        if not words or len(words) > 4 or _negative(words[-1], "ko") or not is_hangul(q[0]) or re.match(r"[가-힣]+(?:의|판|형)\s", q):
            continue  # ('한국의 실리콘밸리', '브라질판 실리콘밸리'로 불린다: a comparison, not a name)
        if not ((len(words) >= 2 and words[0] in prefixes_ko and not _is_generic(words[1])) or _ends_with_head(q, "ko")):
            continue
        places = find_places(text[:m.start()])
        reg.add([q], "nickname", where, name_ko=q, region=places[-1][2] if places else None)
    # 1e) a place glossed in Hanja, then the head: 신주(新竹) 공업단지 (rule 2 stops at the bracket)
    #     (or in the genitive, before a compound ending in a head: 허페이(合肥)의 하이테크산업개발구는)
    for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,6}})\s?\([\u3400-\u4dbf\u4e00-\u9fff]{{1,8}}\)(?:의)?\s*"
                         rf"([가-힣]{{0,8}}?(?:{_head_alt()}))(?=[^가-힣]|$|{_PARTICLE_AFTER_NAME})", text):
        word = m.group(1)
        if not _is_generic(word) and word not in country_surface_set() and not _negative(word, "ko"):
            name = f"{word} {m.group(2)}"
            owner = re.search(r"([가-힣]{2,6})의\s$", text[:m.start()])  # 선전의 난산(南山) 과학기술단지: the city's
            if owner and (owner.group(1) in place_lookup() or owner.group(1) in korean_place_lookup()):
                name = f"{owner.group(1)} {name}"
            reg.add([name, f"{word} {m.group(2)}", m.group(0)], "paren", where, name_ko=name)  # (as written too: its mentions)
    # 1f) a place, an ordinal and the head: 오창 제2산업단지, 오송 제2생명과학단지 (the morphemes stop at the number)
    #     (a word between too, and 제 left out before it: 오송 제3생명과학 국가산업단지는, 오송 3생명과학 국가산업단지)
    for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,6}}?)\s?((?:제\s?)?\d{{1,2}})\s?((?:[가-힣]{{0,6}}?\s?)(?:{_head_alt()}))"
                         rf"(?=[^가-힣]|$|{_PARTICLE_AFTER_NAME})", text):
        if _named_place(m.group(1)) and (m.group(2).startswith("제") or not re.fullmatch(rf"\s?(?:{_head_alt()})", m.group(3))):
            reg.add([m.group(0)], "head", where, name_ko=m.group(0))
    # ... or the phase number written onto the head without 제, after a known place (and a name of its own):
    #     구미 5산단, 포항 영일만 4산단, 대전 3·4산업단지 (two phases run as one) (not a bare 단지: 래미안 3단지 is a block of flats)
    for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,6}})((?:\s[가-힣]{{2,6}})?)\s(\d{{1,2}}(?:[·ㆍ]\d{{1,2}})*)((?:{_head_alt()}))"
                         rf"(?=[^가-힣]|$|{_PARTICLE_AFTER_NAME})", text):
        if m.group(4) != "단지" and _named_place(m.group(1)) and not (m.group(2) and _is_generic(m.group(2).strip())):
            reg.add([m.group(0)], "head", where, name_ko=m.group(0))
    toks = list(sent.tokens)
    # 1g) a place and the older word for an industrial complex: 반월공단, 온산 국가공단
    _place_complexes(text, toks, reg, where)
    # 2) name + head noun, from the morphemes
    heads = set(_ko_heads())
    sectors = set(_rules()["korean"].get("sector_words") or [])
    ends_in_head = _ends_in_ko_head_rx()
    for i, t in enumerate(toks):
        pieced = None
        head_here = t.text in heads or (t.tag_.startswith("NNP") and ends_in_head.match(t.text) is not None) \
            or (t.tag_.startswith("NNG") and _place_compound(t.text)) \
            or (pieced := _pieced_head(toks, i, heads)) is not None  # 강릉과학산업단지, one common noun to Kiwi; 산업|지구
        if head_here and t.text not in heads and re.match(rf"\s*(?:{_head_alt()})(?![가-힣])", text[t.idx + len(t.text) - toks[0].idx:]):
            continue  # 블루밸리 | 국가산업단지: the longer name (its head after it) is the name
        if head_here and re.search(r"\d+\s*대\s+$", text[:t.idx - toks[0].idx]):
            continue  # 베트남의 3대 하이테크파크 중 하나: the N biggest of a kind, no name
        if not head_here or (i + 1 < len(toks) and toks[i + 1].text == "("
                             and _LATIN_BRACKET.match(text, t.idx + len(t.text) - toks[0].idx)):
            continue  # X 단지(English name): rule 1's; 서울디지털산업단지(G밸리) is this rule's
        if re.match(rf"\s*[{_OPENING}][^{_CLOSING}()]{{1,30}}\([A-Za-z]", text[t.idx + len(t.text) - toks[0].idx:]) \
                or t.idx + len(t.text) - toks[0].idx in apposed:
            continue  # a descriptor of the quoted name that follows (rules 1 and 1c take that)
        if any(a <= t.idx - toks[0].idx < b for a, b in bracketed):
            continue  # the head of a bracketed name (하이테크 캠퍼스 에인트호번(High Tech Campus Eindhoven))
        if not t.whitespace_ and i + 1 < len(toks) and toks[i + 1].tag_.startswith("NNG") \
                and _head_then_word_rx().search(text, 0, t.idx - toks[0].idx):
            continue  # 나노융합 국가산업단지 | 산업단지계획: a word about the complex named before it (its plan), no second head
        j = i - 1 if pieced is None else pieced - 1
        name_toks = [] if pieced is None else toks[pieced:i]  # (the head's first pieces: 산업 of 산업|지구)
        odd: set[int] = _cut_glued_word(toks, i) if t.text in heads else set()  # 미|포|산단: an unknown name on the head
        # a head made of generic words only (혁신파크) names nothing alone: a kind of place before it
        # belongs to the name (한양대 ERICA 캠퍼스 | 혁신파크)
        generic_compound = t.text not in heads and pieced is None and _generic_words_only(_without_head(t.text))
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
            # (a place Kiwi cut into a noun and a unit before the dot too: 반|월ㆍ시화 혁신클러스터)
            cut_place = j > 1 and toks[j - 1].tag_ == "NNB" and toks[j - 2].tag_.startswith(("NNP", "NNG")) and not toks[j - 2].whitespace_
            hyphen = hyphen or (tj.text in ("·", "ㆍ") and name_toks and j > 0 and (toks[j - 1].tag_.startswith(("NNP", "NNG")) or cut_place)
                                and not tj.whitespace_ and not toks[j - 1].whitespace_ and toks[j - 1].text not in heads)
            if name_toks and name_toks[0].text in ("·", "ㆍ") and tj.tag_ == "NNB" and not tj.whitespace_ \
                    and j > 0 and toks[j - 1].tag_.startswith(("NNP", "NNG")) and not toks[j - 1].whitespace_:
                hyphen = True  # (the unit of that cut place: 월 of 반|월)
            # letters joined by an ampersand, no spaces: R&D, AT&T
            hyphen = hyphen or (tj.text == "&" and name_toks and j > 0 and toks[j - 1].tag_ == "SL"
                                and name_toks[0].tag_ == "SL" and not tj.whitespace_ and not toks[j - 1].whitespace_)
            # an ordinal written onto the name's first word: 제2|판교테크노밸리 (the second one, a complex of its own)
            hyphen = hyphen or (tj.tag_ == "SN" and len(tj.text) == 1 and not tj.whitespace_ and j > 0 and toks[j - 1].text == "제"
                                and toks[j - 1].tag_ == "XPN" and not toks[j - 1].whitespace_
                                and (name_toks[0] if name_toks else t).tag_.startswith("NNP"))
            hyphen = hyphen or (tj.text == "제" and tj.tag_ == "XPN" and not tj.whitespace_ and bool(name_toks) and name_toks[0].tag_ == "SN")
            if tj.text in _rules()["korean"]["locative"]:
                break  # 뮌헨 인근 | 마르틴스리트 바이오테크 클러스터
            if tj.whitespace_ and name_toks and _type_modifier(tj.text if tj.tag_ != "XSN" or j == 0 else toks[j - 1].text + tj.text):
                break  # 경북형 | 포항 기회발전특구: a place's type (형) says what kind the zone is, it is no part of its name
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
            # a phase number written between a proper noun and the head: 율촌|1|산단
            # (a head of several pieces too: 대전|4|지방|공업|단지)
            glued = glued or (tj.tag_ == "SN" and len(tj.text) <= 2 and not tj.whitespace_
                              and (t.text in heads if not name_toks else
                                   all(not x.whitespace_ for x in name_toks) and "".join(x.text for x in name_toks) + t.text in heads)
                              and j > 0 and toks[j - 1].tag_.startswith("NNP") and not toks[j - 1].whitespace_)
            # a suffix written onto a name before the head: 광양만|권|경제자유구역 (the Gwangyang Bay area's)
            glued = glued or (tj.tag_ == "XSN" and j > 0 and not toks[j - 1].whitespace_ and toks[j - 1].tag_.startswith("NNP")
                              and (not tj.whitespace_ or toks[j - 1].text + tj.text in korean_place_lookup()))
            # (or a known place ending in it, before the words of the name: 광양만|권 이차전지 소재 클러스터; not
            # 충청권 산업단지, a region's complexes)
            if not hyphen and not glued and (not tj.tag_.split("+")[0] in ("NNP", "NNG", "SL", "SH", "NNB")
                                             or tj.tag_ == "NNB" and tj.text not in ("F",)):
                break
            if tj.tag_.startswith("NNP") and tj.whitespace_ and _head_with_particle(tj.text, heads):
                break  # 과학단지로 | 메디콘 밸리: a kind of place with its particle, read as one proper noun
            if not hyphen and _compound_with_head(tj.text) and tj.text not in heads \
                    and (any(not _is_generic(x.text) for x in name_toks) or (not name_toks and t.text not in heads and _compound_with_head(t.text))):
                break  # 문현금융단지 | 핀테크 허브: a complete name before a name says where it is (수성캠퍼스 | 대구경북첨복단지)
            if not hyphen and not tj.tag_.startswith(("NNP", "SL", "SH")) and (
                    (t.text not in heads and pieced is None) or (tj.whitespace_ and name_toks and not name_toks[0].whitespace_
                                            and name_toks[0].tag_.startswith(("NNP", "SL")) and name_toks[-1] is toks[i - 1]
                                            and all(not x.whitespace_ for x in name_toks))):
                break  # a name written as one word with its head (G밸리, 메디콘밸리) takes only names before it: not 조사 결과 G밸리
            name_toks.insert(0, tj)
            j -= 1
        if j >= 0 and toks[j].text == ")":
            continue  # "X(Y) 사이언스 파크": the bracketed name is the name (rule 1)
        while name_toks and j >= 0 and not toks[j].whitespace_ and toks[j].tag_.startswith(("NN", "SL", "SH", "SN", "XSN")):
            j += 1  # the walk stopped inside a written word (…거점지구|인 정읍시 …): the name starts at the next word
            name_toks.pop(0)
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
        if words and (joined := re.fullmatch(r"([가-힣]{2,})(?:와|과)", words[-1])) and _place_en(joined.group(1)):
            continue  # '하노이와 단지를 잇는': a place and its 'and' read as one noun, then the kind: no name
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
                words[1] in korean_place_lookup() or (_named_compound(words[1], heads) and not _kind_words_only(_without_head(words[1])))
                or (len(words) > 2 and name_toks[len(name_toks) - len(words) + 1].tag_ == "NNP"
                    and _korean_admin_place(words[1], True))
                # a district read by its suffix after a place, before a proper name: 대구 달서구 | 월배2차 지방산업단지
                or (after_place and len(words) > 2 and name_toks[len(name_toks) - len(words) + 1].tag_ == "NNP")):
            city = words.pop(0)
            after_place = True
        # a foreign city before a name in Latin letters: 앙카라 | ODTÜ 테크노켄트 (the city is where it is, not its name)
        if len(words) >= 2 and words[0] in place_lookup() and name_toks[len(name_toks) - len(words)].whitespace_ \
                and name_toks[len(name_toks) - len(words) + 1].tag_.startswith("SL") and not _is_generic(words[1]):
            words.pop(0)
        dropped_district, aliases = None, []
        if not after_place and name_toks[0].i > 0:
            prev = name_toks[0].doc[name_toks[0].i - 1]
            city = prev.text if prev.whitespace_ and prev.text in korean_place_lookup() else None
            after_place = city is not None
        if after_place and len(words) >= 2 and re.fullmatch(r"[가-힣]{1,2}구", words[0]) and words[0] not in korean_place_lookup() \
                and name_toks[len(name_toks) - len(words)].whitespace_ \
                and _kind_words_only(_without_head("".join(words[1:]) + t.text) or "".join(words[1:])):
            dropped_district = (city, words[0])  # 광주 북구 | 첨단과학산업단지: a city's district before kind words alone; the city names it
            # (the name keeps both, written in full; the city and the kind words are another name of it)
            words[0] = city
        elif after_place and len(words) >= 2 and re.fullmatch(r"[가-힣]{2}\d?[동리]|[가-힣]{2,3}[읍면]", words[0]) \
                and words[0] not in korean_place_lookup() and name_toks[len(name_toks) - len(words)].whitespace_ \
                and _kind_words_only(_without_head("".join(words[1:]) + t.text) or "".join(words[1:])):
            # 해남군 | 신풍동 첨단과학산업단지: a neighbourhood or township before kind words alone; the city names it
            # (as other texts write it: 해남 첨단과학산업단지; as written, another name of it)
            dropped_district = (_city_stem(city), None, words[0])
        # (a Korean city Kiwi reads as a common noun is a proper name here: 장성 | 나노산단, 장성 the general)
        proper = [x for k, x in enumerate(name_toks) if (x.tag_.startswith(("NNP", "SL")) or _compound_with_head(x.text)
                                                         or (j + 1 + k) in odd or x.text in korean_place_lookup())
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
        if genitive is None and all(w in sectors for w in core) and t.text in descriptor_heads_ko() \
                and not any(x.tag_.startswith("NNP") and x.text not in sectors for x in name_toks):
            continue  # … 코펜하겐의 ICT 클러스터 after a list of places: an industry's kind alone, no name
        off = len(name_toks) - len(words)
        if any(w in AREA_SUFFIXES_KO and k > 0 and (words[k - 1] in place_lookup() or words[k - 1] in korean_place_lookup()
                                                    or name_toks[off + k - 1].tag_ == "NNP")
               for k, w in enumerate(words)):
            continue  # 천안, 아산지역 산업단지: the complexes of a place's area, no name
        e = t.idx + len(t.text) - toks[0].idx
        if not t.whitespace_ and i + 1 < len(toks) and toks[i + 1].text == "지구" \
                and (toks[i + 1].whitespace_ or i + 2 >= len(toks) or not toks[i + 2].tag_.startswith("NN")):
            e = toks[i + 1].idx + 2 - toks[0].idx  # 영천하이테크파크|지구: a free economic zone's district of that name
        if genitive is not None:
            name = f"{genitive} {text[name_toks[0].idx - toks[0].idx:e]}"
        else:
            start_tok = next((x for x in name_toks if x.text == words[0]), name_toks[0]) if words else t
            name = text[start_tok.idx - toks[0].idx:e]
            loan = re.search(rf"(?:^|\s|[{_OPENING}])([가-힣]+)\s$", text[:start_tok.idx - toks[0].idx])
            if loan and loan.group(1) in (_rules()["korean"].get("name_loanwords") or ()):
                name = f"{loan.group(1)} {name}"  # 서던 | 타이완사이언스 파크: an English word written in Hangul
        if dropped_district is not None and dropped_district[1] is None:
            city, _, quarter = dropped_district
            aliases.append(name)
            name = f"{city} {name.split(quarter, 1)[1].strip()}" if quarter in name else name
        elif dropped_district is not None:
            city, district = dropped_district
            rest = name.split(district, 1)[1].strip() if district in name else name
            aliases += [name, f"{city} {rest}"]  # (as written, for the text's mentions; and as other texts name it)
            name = f"{city} {district} {rest}"  # 광주 북구 첨단과학산업단지, also 광주 첨단과학산업단지
        if len(name.split()) >= 3 and _firm_word_ko(name.split()[0]):
            name = name.split(" ", 1)[1]  # SK하이닉스 | 용인 반도체 클러스터: the firm that builds or runs it, not its name
        if (cut := _township_end(name.split())) is not None:
            name = " ".join(name.split()[cut + 1:])  # (이후) 축동면 사다리 | 대동일반산단: the township and village it lies in
        if name.replace(" ", "") in compact_heads:
            continue  # (전 세계) 사이언스 파크: the kind alone once the generic words are gone
        name, aliases = _city_named_plain(name, aliases)
        after_word = re.match(r"\s*([가-힣]+)", text[e:])
        if after_word and _negative(after_word.group(1), "ko") and not after_word.group(1).startswith(tuple(heads)) \
                and not _resident_rx().match(text, e) and not re.fullmatch(r"(?:기업|업체|회사)(?:들)?(?:이|가|은|는|의|을|를)?", after_word.group(1)):
            continue  # 사이언스 파크 연합회, X클러스터 추진단: an organisation named after it
            # (not its firms: 오송생명과학단지 입주기업 8% 늘어, 구미국가산업단지 기업들)
        of_place = genitive is not None and any(w in sectors or not _is_generic(w) for w in words[1:])
        if places and len([w for w in words if w not in modifiers]) == 1 and (t.text in (_rules()["korean"].get("place_heads") or ()) or any(
                t.text.endswith(h) and t.text[:-len(h)] in sectors for h in heads if len(h) < len(t.text))):
            of_place = True  # 케임브리지 클러스터는, 선전 국가하이테크개발구: a known place's cluster (뮌헨 바이오클러스터: an industry's)
        if not ((places and (others or any(w in sectors for w in words))) or proper or linked_places or of_place):
            # Kiwi may cut an unknown place into syllables in one context (오|울|루 ICT 클러스터)
            # and not in another: judge the written words of the span as well
            eojeols = [w for w in name.split()[:-1] if w not in country_surface_set()]
            if not (any(w in place_lookup() for w in eojeols)
                    and any(w not in place_lookup() and (w in sectors or not _is_generic(w)) for w in eojeols)):
                # an industry's complex put in a city by its clause names it: 경남 밀양에 … '나노융합
                # 국가산업단지' -> 밀양 나노융합 국가산업단지 (as written, another name of it)
                city = (_locative_city(text[:e - len(name)]) or _located_after(text[e:])) if any(w in sectors for w in words) \
                    and not re.match(r"(?:인|이자|이며)\s", text[e:]) else None  # (not a description: 특화단지인 강릉 국가산단)
                if city is None:
                    continue
                aliases.append(name)
                name = f"{city} {name}"
        if any(w in (_rules()["korean"].get("set_words") or ()) for w in words[1:]):
            continue  # 울산 신규 산업단지: the city's new complexes, a set
        if any(_negative(w, "ko") and not _is_generic(w) for w in words):  # 기술 in 워털루 기술 회랑 is fine
            continue
        owners = tuple(_rules()["korean"].get("owner_negative_suffixes") or ()) + tuple(_rules()["korean"].get("not_a_site_endings") or ())
        before_name = [re.sub(r"(?<=[가-힣])(?:은|는|이|가|의)$", "", w.rstrip("(（[")) for w in text[:e - len(name)].split()[-1:]]
        # (삼성전자 | 평택캠퍼스; the owner as the subject: 연세대는 | 원주캠퍼스 내에)
        subject = re.match(r"\s*([가-힣A-Za-z]+?)(?:은|는|이|가)\s", text)  # (대구한의대는 … 수성캠퍼스를 … 이전한다)
        if name.endswith("캠퍼스") and any(w.endswith(owners) for w in (name.split()[:-1] or words[:1]) + before_name
                                         + ([subject.group(1)] if subject else [])):
            continue  # 연세대 국제캠퍼스, 삼성전자 평택캠퍼스: a university's or a firm's campus
        if len(core) == 1 and not places and _gazetteer_country(name) is None \
                and re.search(r"(?:최대|최고|유수|대표적인|대표적|손꼽히는)(?:의)?\s*$", text[:e - len(name)]):
            continue  # 유럽 최대의 마이크로일렉트로닉스 클러스터: a description of the kind, no name
        if _is_korean_metaphor(text, e - len(name), name):
            continue  # '한국의 실리콘밸리'
        if len(name.split()) >= 2 and all(_is_generic(w) or w in heads for w in name.split()[:-1]):
            continue  # R&D 특구, 혁신 클러스터: a kind of place, written with spaces Kiwi's pieces hide (R|&|D)
        weak = tuple(_rules()["korean"].get("weak_heads") or ())
        written = name.replace(" ", "")
        longer_head = any(written.endswith(h) and len(h) > len(t.text) for h in _strong_compact_ko_heads())
        if not longer_head and (t.text in weak or (len(name_toks) == 1 and name_toks[0] is t and t.text.endswith(weak)
                               and _kind_words_only(_without_head(t.text)))) and not any(
                (x.tag_.startswith(("NNP", "SL", "SH")) and x.text not in sectors and x is not t) or _is_place(x.text)
                or x.text in korean_place_lookup() or (j + 1 + k) in odd for k, x in enumerate(name_toks)):
            continue  # (600조 투자) AI반도체 허브, AX 허브, 에너지산업융복합단지: industry words before a weak head describe, they name none
            # (not a longer head Kiwi cut: 이차전지 특화|단지; nor a foreign name Kiwi read as odd pieces: 난|강 소프트웨어 파크)
        if len(name.split()) == 2 and {name.split()[0], (inner := re.sub(r"(?<=[가-힣]{2})도?내$", "", name.split()[0])),
                                       inner + "도"} & korean_provinces() \
                and name.split()[1] in (_rules()["korean"].get("aggregate_heads") or ()):
            continue  # 경기도 산업단지, 제주 산업단지, 경기도내 산업단지: all the complexes of a province, not one of them
        if re.match(r"\s?(?:으로|로)\s?(?:지정|선정)", text[e:]) and (
                _kind_words_only(_without_head(written))
                # (or a place the text already spoke of, designated a kind: '충북도는 이 일대를 이차전지 소재·부품·장비
                # 특화단지로 지정받았다')
                or re.search(r"(?:이|그|해당)\s?(?:일대|곳|단지|지역|산단|부지)(?:을|를)\s[^.!?]{0,40}$", text[:e - len(name)])):
            continue  # 이차전지 특화단지로 지정되면서: what a complex was designated, no complex of its own
        if _org_after_ko().match(text, e):
            continue  # 오창혁신클러스터 추진단, 대덕특구 재단: an organisation named after the place, not it
        if _org_before_ko().search(text[:e - len(name)]):
            continue  # 인천시 출연기관인 인천테크노파크, 재단법인 X: an agency of that name, not the place
        if _listed_among_organisations(text, e - len(name), e, name):
            continue  # …센터, 경남테크노파크, 한국기계연구원 등이 소재해: a technopark listed among agencies is one
        if _listed_among_firms(text, e - len(name), e):
            continue  # LG사이언스파크, 코오롱, 롯데 등 대기업: a firm's campus listed among firms
        short = [w for w in name.split()[:1] if len(name.split()) == 2 and _compound_with_head(w)
                 and w not in heads and name.split()[1] in heads]
        town = _town_kind_rx().match(name)
        if town and town.group(1) in korean_place_lookup():
            aliases, name = aliases + [name], town.group(1) + name[town.end() - 1:]  # 송도국제도시 바이오클러스터 is 송도 바이오클러스터
        reg.add([name] + short + aliases, "head", where, name_ko=name)  # 블루밸리 국가산업단지, also called 블루밸리
    # 4) a name whose firms moved in or who work there: 수성알파시티의 입주기업, … 종사자 수는, 하이테크벤처타운의 입주기업
    residents = _resident_rx()
    k = 0
    while k < len(toks):
        if not toks[k].tag_.startswith(("NN", "SL", "SH")) or (k > 0 and not toks[k - 1].whitespace_):
            k += 1
            continue
        g = k  # the nouns of one written word
        while g + 1 < len(toks) and not toks[g].whitespace_ and toks[g + 1].tag_.startswith(("NN", "SL", "SH")):
            g += 1
        group, k = toks[k:g + 1], g + 1
        if len(group) > 1 and group[-1].text == "내" and "".join(x.text for x in group[:-1]).endswith(compact_ko_heads()):
            continue  # 대구특구내 입주기관: 'inside' the complex the head names (rule 2's), no name of its own
        end = group[-1].idx + len(group[-1].text) - toks[0].idx
        w = "".join(x.text for x in group)
        moved_in = _MOVED_IN_KO.match(text, end) is not None  # 수성알파시티에는 … 139개 기업이 입주했다
        moved_in = moved_in or (w.endswith(endings) and _HUB_PREDICATE_KO.match(text, end) is not None)  # 센텀시티가 ICT 중심지로 떠오르고
        if not moved_in and (not residents.match(text, end)
                             or not (group[-1].whitespace_ or (g + 1 < len(toks) and toks[g + 1].text == "의"))):
            continue
        named = any(x.tag_.startswith(("NNP", "SL")) for x in group) or w.endswith(endings)
        # (a name ending in a head is rule 2's to judge)
        if not named or len(w) < 3 or any(w.endswith(h) for h in heads) or w in korean_place_lookup() or w in place_lookup() \
                or (w[-1] in "시군구도성주현" and (w[:-1] in place_lookup() or w[:-1] in korean_place_lookup())) \
                or w in country_surface_set() or _is_generic(w) or _negative(w, "ko") \
                or w.endswith(tuple(_rules()["korean"].get("not_a_site_endings") or ())) \
                or all(_is_generic(x.text) or _is_place(x.text) or x.text in korean_place_lookup() for x in group) \
                or any(a <= group[0].idx - toks[0].idx < b for a, b in bracketed):
            continue
        places = find_places(text[:group[0].idx - toks[0].idx])
        reg.add([w], "resident", where, name_ko=w, region=places[-1][2] if places else None)
    # 4b) a kind that is a name alone (테크노폴리스의 2만㎡ 터에; as english one_word_names): a word of its
    # own, a particle after it, no agency, plan or policy of that name (테크노폴리스 정책)
    ones = korean_one_word_names()
    for i, t in enumerate(toks):
        if t.text in ones and (i == 0 or toks[i - 1].whitespace_ or toks[i - 1].tag_.startswith(("SS", "SP"))) \
                and not t.whitespace_ and i + 1 < len(toks) and toks[i + 1].tag_.startswith("J"):
            reg.add([t.text], "head", where, name_ko=t.text)
    # 3) subject + predicate head without parentheses: 소피아 앙티폴리스는 ... 과학기술단지로
    #    (or the subject of a designation as that kind: 내포신도시가 2020년 혁신도시로 지정된)
    for i, t in enumerate(toks):
        if t.text not in ("은", "는", "이", "가") or not t.tag_.startswith("J") or i == 0:
            continue
        designated = t.text in ("이", "가")
        if designated and not _designated_as_ko_rx().match(text, t.idx + len(t.text) - toks[0].idx):
            continue
        j = i - 1
        run = []
        while j >= 0 and toks[j].tag_.split("+")[0] in ("NNP", "SL") and len(run) < 4:
            run.insert(0, toks[j])
            j -= 1
        # (a word ending like a place's own name may be said to be a weak head: 스마트빌리지는 … IT 전용 단지임)
        form = None if designated else _place_named_word(text, t.idx - toks[0].idx)
        if not run and form and _korean_predicate_head(text[t.idx + len(t.text) - toks[0].idx:], weak=True):
            reg.add([form], "copula", where, name_ko=form)  # (common nouns, Kiwi's reading: 스마트|빌리지)
            continue
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
        while len(run) > 1 and (re.fullmatch(r"[가-힣]{2,}(?:시|군|구|주|현|성)", run[0].text) or _place_en(run[0].text)
                                or run[0].text in country_surface_set()) and not _field_and_ending("".join(t.text for t in run[1:])):
            run = run[1:]  # 에스포시 오타니에미는 …: the city it lies in is no part of its name (nor 일본 아이치현 before 도요타시)
        s = run[0].idx - toks[0].idx
        e = run[-1].idx + len(run[-1].text) - toks[0].idx
        if designated or _korean_predicate_head(rest, weak=form == text[s:e]):
            region = place_lookup().get(toks[j - 1].text, (None,))[0] if place_of else None
            reg.add([text[s:e]], "copula", where, name_ko=text[s:e], region=region)


@per_rules
def _place_head_rx() -> re.Pattern:
    k = _rules()["korean"]
    heads = sorted(k.get("place_only_heads") or ["\x00"], key=len, reverse=True)
    glued = sorted(k.get("place_glued_heads") or ["\x00"], key=len, reverse=True)
    return re.compile(r"([가-힣]{2,3}?)?\s?(" + "|".join(re.escape(h) for h in heads) + r")"
                      r"|([가-힣]{2,3}?)(" + "|".join(re.escape(h) for h in glued) + r")")


@per_rules
def _place_modifiers() -> frozenset[str]:
    """The words that may stand apart between a place and its complex (온산 | 국가공단, 울산 국가 | 공단):
    the place-only heads and what comes before 공단 in them."""
    heads = _rules()["korean"].get("place_only_heads") or []
    return frozenset(heads) | {h[:-2] for h in heads if h.endswith("공단") and len(h) > 2}


@functools.lru_cache(maxsize=4096)
def _proper_alone(word: str) -> bool:
    """Kiwi reads the word alone as one proper noun (여천, 녹산; not 환경, 교통)."""
    from pipeline.nlp import get_nlp

    toks = list(get_nlp("ko")(word))
    return len(toks) == 1 and toks[0].tag_.startswith("NNP")


# a particle ending the word a name is written in (not more of a longer word)
_PARTICLE_AFTER_NAME = r"(?:에는|에서|에|은|는|이|가|을|를|의|과|와|으로|로|도|까지|안에|내)(?![가-힣])"


def _place_complexes(text: str, toks: list, reg: Registry, where: tuple[int, int]) -> None:
    """Names made of a place and a head that names an industrial complex only after a place
    (rules: korean.place_only_heads): 반월공단, 온산 국가공단; a list of places before it names one
    complex each (울산과 온산 국가공단)."""
    rx = _place_head_rx()
    base = toks[0].idx if toks else 0
    for k, t in enumerate(toks):
        if not t.tag_.startswith(("NNP", "NNG")) or (k > 0 and not toks[k - 1].whitespace_ and (
                toks[k - 1].tag_.startswith("NN") or toks[k - 1].text in ("·", "ㆍ"))):
            continue  # (the start of a written word; not the second place of a pair: 여수·온산단지 is one complex of two)
        g = k  # the nouns of one written word, and a modifier written apart (온산 | 국가공단)
        while g + 1 < len(toks) and toks[g + 1].tag_.startswith(("NNP", "NNG", "XSN")) and (
                not toks[g].whitespace_ or (g == k and toks[g + 1].text in _place_modifiers())):
            g += 1
        s, e = t.idx - base, toks[g].idx + len(toks[g].text) - base
        m = rx.fullmatch(text, s, e)
        if not m or not (m.group(1) or m.group(3)):
            continue
        stem, head = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        # (or a proper noun in context right after a known place: 인천 | 남동공단, its district's name)
        after_city = k > 0 and toks[k - 1].whitespace_ and toks[k - 1].text in korean_place_lookup() and t.tag_ == "NNP"
        if _is_generic(stem) or not (stem in korean_place_lookup() or (m.group(1) and (_proper_alone(stem) or after_city))):
            continue
        reg.add([text[s:e]], "head", where, name_ko=text[s:e])
        # places listed before it: 울산과 | 온산 국가공단, 대구, 구미 | 창원 공단
        before = text[:s]
        while (lm := re.search(r"([가-힣]{2,3})(?:과|와|\s*,|\s*및|·(?=\s))\s*$", before)) and lm.group(1) in korean_place_lookup():
            reg.add([f"{lm.group(1)} {head}"], "head", where, name_ko=f"{lm.group(1)} {head}")
            before = before[:lm.start()]


_KO_NICKNAME = re.compile(rf"[{_OPENING}]([^{_CLOSING}]{{2,60}})[{_CLOSING}]\s*(?:으로|로|라고|이라고|라는|이라는)\s*"
                          rf"(?:불리|불린|불려|알려|일컬어|통하|통한|부르)")


# another quoted name coordinated before one: '오송단지' 또는 | '오송 바이오클러스터'로 불린다
_KO_NICKNAME_BEFORE = re.compile(rf"[{_OPENING}][^{_CLOSING}]{{2,60}}[{_CLOSING}]\s*(?:또는|혹은|이나|나|,|·|및|과|와)\s*$")


def glossed_names_referred_to(sents: list[Sentence], reg: Registry) -> None:
    """'이 지역의 중심에는 2006년 문을 연 미나텍(MINATEC)이 있다. … 이 단지는 유럽 최대의 … 거점이다': a
    name glossed in Latin letters, with no head of its own, that the next sentence of its paragraph
    refers back to by a kind of place as its subject (이 단지는, 이 클러스터가) is a cluster; not when
    another name comes between, nor when the name is a firm's or an institute's (rules: negative_heads)."""
    rx = _referring_subject_rx()
    for s, nxt in zip(sents, sents[1:]):
        if nxt.para != s.para or s.para_kind == "heading" or "(" not in s.text:
            continue
        ref = rx.search(nxt.text)
        ms = list(_PAREN.finditer(s.text)) if ref is not None else []
        if not ms:
            continue
        m = ms[-1]
        ko, en = m.group(1).split(" ")[-1], m.group(2).strip()
        if not re.fullmatch(r"[가-힣]{2,12}", ko) or not re.fullmatch(r"[A-Z][A-Za-z0-9&\-]{2,30}(?:\s[A-Z][A-Za-z0-9&\-]*){0,3}", en) \
                or _is_generic(ko) or _is_place(ko) or _negative(ko, "ko") or _negative(en.split()[-1], "en") \
                or not re.match(r"(?:이|가|은|는|을|를)\s", s.text[m.end():]):
            continue
        between = s.text[m.end():] + " " + nxt.text[:ref.start()]
        if any(n in between for c in reg.clusters for n in c.names if len(n) >= 2) \
                or any(ko in c.names or en in c.names for c in reg.clusters):
            continue
        reg.add([ko, en], "paren", (s.page, s.start), name_en=en, name_ko=ko)


@per_rules
def _referring_subject_rx() -> re.Pattern:
    """A determiner and a kind of place as a sentence's subject: 이 단지는, 해당 클러스터가."""
    r = _rules()["korean"]
    det = "|".join(map(re.escape, r.get("reference_determiners") or ["\x00"]))
    nouns = "|".join(map(re.escape, sorted(r.get("reference_nouns") or ["\x00"], key=len, reverse=True)))
    return re.compile(rf"(?<![가-힣])(?:{det})\s?(?:{nouns})(?:은|는|이|가)\s")


def split_paired_names(reg: Registry, text: str, body: str) -> None:
    """'판교·광교 테크노밸리' (two places sharing one head, in a headline only) is two clusters when the
    text names each of them on its own (판교테크노밸리 … 광교테크노밸리): the pair goes, each part takes its
    forms. A pair the running text writes (반월·시화 국가산업단지는 …, 반월국가산업단지와 시화국가산업단지를
    함께 이르는 말이다) or never writes apart stays one complex of two."""
    heads = set(_ko_heads())
    for c in list(reg.clusters):
        m = re.fullmatch(r"([가-힣]{2,5})[·ㆍ]([가-힣]{2,5})\s?(\S+)", c.name_ko or "")
        if m is None or m.group(3) not in heads:
            continue
        x, y, head = m.groups()
        if re.search(rf"{x}\s?[·ㆍ]\s?{y}", body):
            continue
        alone = {p: re.search(rf"(?<![가-힣·ㆍ]){p}\s?{re.escape(head)}", text) for p in (x, y)}
        if not all(alone.values()):
            continue
        reg.clusters[:] = [o for o in reg.clusters if o is not c]
        for p in (x, y):
            forms = [n for n in c.names if not re.search(r"[·ㆍ]", n) and n.replace(" ", "").startswith(p)]
            reg.add([alone[p].group(0), *forms], "head", c.first_seen, name_ko=alone[p].group(0), region=c.region)


_CALLED_BEFORE_KO = re.compile(r"[’'\"”」]?\s*(?:이라고|라고)?\s*(?:으로|로)\s*(?:도\s*)?(?:불리는|불리우는|통하는|알려진)\s+")


def korean_aliases(sents: list[Sentence], reg: Registry) -> bool:
    """'흔히 '중국 광곡(中国光谷, Optics Valley of China)'으로 불린다': a quoted name something is
    called by is another name of the cluster named before it in the sentence, or, when the
    sentence names none (its subject left out), of the one the sentence before it named. The
    bracket's parts are names too. True when a name was added (mentions must be found again)."""
    added = False
    for s in sents:  # '충북혁신도시로 불리는 진천·음성 혁신도시': the name before is what the one after is called
        for (_, ae, a), (bs, _, b) in zip(s.clusters, s.clusters[1:]):
            if a is not b and _CALLED_BEFORE_KO.fullmatch(s.text, ae - s.start, bs - s.start) and all(any(x is c for x in reg.clusters) for c in (a, b)):
                reg.merge(b, a, own=("name_ko", "name_en"))
                added = True
    prev_named: list[Cluster] = []
    earlier_named: list[Cluster] = []  # every cluster named before this sentence, in order
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
                     and not re.match(r"[가-힣]+의\s|제\s?(?:\d+|[이삼])\s?의\s", p)]  # '한국의 실리콘밸리', '제2의 판교': a comparison, not a name
            if any(norm(p) not in target.keys() for p in parts):
                own_ko, own_en = target.name_ko, target.name_en
                merged = reg.add([target.names[0], *parts], "alias", target.first_seen)
                if own_ko and _ends_in_head(own_ko):  # (오창과학산업단지는 '배터리 밸리'로 불린다: the complex keeps its name)
                    merged.name_ko, merged.name_en = own_ko, own_en
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
        # '경북드림밸리로 출범한 김천혁신도시는': the name it was launched under, before the name it has now
        for m in _KO_LAUNCHED_AS.finditer(s.text):
            nxt = [c for ms, _, c in s.clusters if ms - s.start == m.end()]
            if not nxt or norm(m.group(1)) in nxt[0].keys() or not (
                    any(norm(m.group(1)) in c.keys() for c in reg.clusters) or _ends_in_head(m.group(1))):
                continue
            own_ko, own_en = nxt[0].name_ko, nxt[0].name_en
            merged = reg.add([nxt[0].names[0], m.group(1)], "alias", nxt[0].first_seen)
            merged.name_ko, merged.name_en = own_ko or merged.name_ko, own_en or merged.name_en
            added = True
        # 'A 명칭을 B로 바꾸고', 'A의 명칭이 B로 변경돼': one complex, B its name now
        for (_, ae, a), (bs, be, b) in zip(s.clusters, s.clusters[1:]):
            if a is b or not _KO_RENAMED_BETWEEN.fullmatch(s.text[ae - s.start:bs - s.start]) \
                    or not _KO_RENAMED_AFTER.match(s.text, be - s.start):
                continue
            own_ko, own_en = b.name_ko, b.name_en
            merged = reg.add([b.names[0], *a.names], "alias", min(a.first_seen, b.first_seen))
            merged.name_ko, merged.name_en = own_ko or merged.name_ko, own_en or merged.name_en
            added = True
        for ms, me, c in s.clusters:
            m = _KO_PAREN_ALIAS.match(s.text, me - s.start)
            if m is None:
                continue
            # (이하 첨복단지): the short name the text uses from here on
            inner = re.sub(r"^이하\s*[:：]?\s*[{o}]?([^{c}]+?)[{c}]?$".format(o=_OPENING, c=_CLOSING), r"\1", m.group(1).strip())
            if not _bracket_alias(inner) or norm(inner) in c.keys() or _container_in_brackets(inner, s.text[ms - s.start:me - s.start]):
                continue
            full_ko, full_en = c.name_ko, c.name_en
            merged = reg.add([c.names[0], inner.strip()], "alias", c.first_seen)
            if inner != m.group(1).strip() and full_ko:
                merged.name_ko, merged.name_en = full_ko, full_en or merged.name_en  # the name the short one stands for
            added = True
        # 'G밸리로 불리는 이 단지는': a name the complex the text spoke of before is called by
        for ms, me, c in s.clusters:
            m = _KO_CALLED_THIS.match(s.text, me - s.start)
            if m is None or not _referring_subject_rx().match(s.text, m.end()):
                continue
            target = next((o for o in reversed(earlier_named) if o is not c), None)
            if target is None or any(k in target.keys() for k in c.keys()):
                continue
            own_ko, own_en = target.name_ko, target.name_en
            merged = reg.add([target.names[0], *c.names], "alias", min(target.first_seen, c.first_seen))
            merged.name_ko, merged.name_en = own_ko or merged.name_ko, own_en or merged.name_en
            added = True
        prev_named = named or prev_named
        earlier_named += named
    return added


_KO_CALLED_THIS = re.compile(r"[{c}]?\s*(?:으로|로)\s*(?:불리는|불린|불려온|일컫는|일컬어지는|알려진|통하는)\s+".format(c=_CLOSING))


_KO_OFFICIAL_NAME = re.compile(
    rf"(?:정식|공식|법정)\s?(?:명칭|이름)은\s*[{_OPENING}]?(?P<official>[가-힣A-Za-z0-9·]{{3,30}}?)[{_CLOSING}]?\s*(?:이다|다|이며|으로|로)"
    rf"|\s(?P<full>[가-힣A-Za-z0-9·]{{3,30}}?)의\s*(?:약칭|별칭|애칭|줄임말)"
    # the name it began under: G밸리는 1964년 구로공단으로 출발해
    rf"|\s(?P<former>[가-힣A-Za-z0-9·]{{3,30}}?)(?:으로|로)\s*(?:출발|시작)(?=했|해|하여|한|하며)")


_KO_RENAMED_BETWEEN = re.compile(r"['’\"”]?\s*(?:의\s*)?(?:명칭|이름)(?:을|를|이|은)\s*['‘\"“]?")
_KO_RENAMED_AFTER = re.compile(r"['’\"”]?\s*(?:으로|로)\s*(?:바꾸|바꿨|바꾼|바꿔|바뀌|바뀐|바뀜|변경)")
_KO_LAUNCHED_AS = re.compile(r"(?<![가-힣A-Za-z0-9·])([가-힣A-Za-z0-9·]{3,30}?)(?:으로|로)\s*(?:출범|출발|개장|시작)한\s+")


def _ends_in_head(name: str) -> bool:
    return any(name.endswith(h) for h in _ko_heads())


def _container_in_brackets(inner: str, name: str) -> bool:
    """A longer name of another kind in brackets after a name, sharing none of its words, is the
    zone it lies in, not another name of it: 영천하이테크파크지구(대구경북경제자유구역)."""
    a, b = norm(inner), norm(name)
    return len(a) >= len(b) and a[:2] != b[:2] and _ends_in_head(inner) and not any(w in inner for w in name.split() if len(w) >= 2)


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


def _known_words_only(word: str, tr: dict[str, str]) -> str | None:
    """A word made of known words only, translated (하이테크파크지구 -> high-tech Park District);
    None when a part is unknown. The longest known first word is taken first."""
    if word in tr:
        return tr[word]
    for k in range(len(word) - 1, 0, -1):
        if word[:k] in tr and (rest := _known_words_only(word[k:], tr)) is not None:
            return f"{tr[word[:k]]} {rest}"
    return None


def _translate_word(word: str, proper: bool, domestic: bool = False) -> str | None:
    """One eojeol: a place, a known word, or a known word at its end after a place, a known
    word, or (``proper``) an unknown proper name. A Korean cluster's heads are translated as
    Korean agencies write them (rules: translate_domestic: 산업단지 -> Industrial Complex)."""
    from pipeline.extract.geo import korean_place_lookup
    from pipeline.extract.names import romanize

    tr = {**_rules()["translate"], **((_rules().get("translate_domestic") or {}) if domestic else {})}
    if re.fullmatch(f"[{_LATIN}]+", word):
        return word  # G밸리 -> G Valley, ODTÜ 테크노켄트 -> ODTÜ Teknokent: Latin letters are written as they are
    if word in place_lookup():
        return place_lookup()[word][0]
    if word in tr:  # (a place with a spelling of its own before its romanization: 센텀 -> Centum)
        return tr[word]
    if word in korean_place_lookup():
        return romanize(word).capitalize()
    # two Korean cities written as one word: 광명시흥 -> Gwangmyeong-Siheung (a complex the two share; not a city
    # and a district of it, 울산미포: the district is read as its city)
    for k in range(2, len(word) - 1):
        one, two = korean_place_lookup().get(word[:k]), korean_place_lookup().get(word[k:])
        if one and two and one != two and two == romanize(word[k:]).capitalize():
            return f"{romanize(word[:k]).capitalize()}-{two}"
    # a Korean place written onto known words: 영천하이테크파크지구 -> Yeongcheon high-tech Park District
    # (not 영천하이 | 테크파크, the longest known end with the rest romanized)
    place = next((p for p in korean_place_prefixes() if word.startswith(p) and len(word) > len(p)), None)
    if place is not None and not (domestic and word[len(place):] in _after_place_tr()) \
            and (known := _known_words_only(word[len(place):], tr)) is not None:
        return f"{(tr.get(place) or romanize(place).capitalize())} {known[:1].upper() + known[1:]}"
    for k in range(1, len(word)):  # the longest known end first
        head, rest = word[:k], word[k:]
        if domestic and rest in _after_place_tr() and head in korean_place_lookup():
            return f"{romanize(head).capitalize()} {_after_place_tr()[rest]}"  # 대덕특구 -> Daedeok Innopolis
        if rest in tr:  # (what comes before a known head inside one word is a name: 수소밸리 -> Suso Valley)
            first = _translate_word(head, True, domestic)
            return f"{first} {tr[rest]}" if first else None
    # a Korean place written onto a word: 시흥스마트 -> Siheung Smart
    place = next((p for p in korean_place_prefixes() if word.startswith(p) and len(word) > len(p)), None)
    if place is not None:
        rest = _translate_word(word[len(place):], False, domestic)
        if rest is not None:
            return f"{(tr.get(place) or romanize(place).capitalize())} {rest[:1].upper() + rest[1:]}"
    if (phase := re.fullmatch(r"(?!제\d)([가-힣]+)(\d{1,2})차?", word)) and (first := _translate_word(phase.group(1), True, domestic)):
        return f"{first} {_ordinal(int(phase.group(2)))}"  # 성서3차 -> Seongseo 3rd: a complex's phase, as an ordinal
    if (nth := re.fullmatch(r"제(\d{1,2})([가-힣]*)", word)):  # 제2산업단지 -> 2nd Industrial Complex
        rest = _translate_word(nth.group(2), False, domestic) if nth.group(2) else ""
        if rest is not None:
            return f"{_ordinal(int(nth.group(1)))} {rest[:1].upper() + rest[1:]}".strip()
    if proper and all(is_hangul(c) for c in word):
        return romanize(word).capitalize()
    return None
