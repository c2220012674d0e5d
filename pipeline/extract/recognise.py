"""Stage 1 — recognise: the clusters a document names, and where it names them.

Input: the parsed document and its sentences. Output: a ``Recognition`` (the document's
``Cluster`` records, each with its names, country and region, and every ``Mention``). The
sentences are annotated with the mentions they contain (``Sentence.clusters``), which the
document model (stage 2) reads.

The patterns themselves live in ``clusters_ko.py`` and ``clusters_en.py`` (one function per pattern
family), over the record, registry and gazetteer of ``clusters.py``; this module runs them in order
and places what they found.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from typing import NamedTuple

from pipeline.extract import clusters as cl
from pipeline.extract import clusters_en as cl_en
from pipeline.extract import clusters_ko as cl_ko
from pipeline.extract.context import Sentence
from pipeline.extract.geo import (country_surface_set, currency_countries, find_countries, find_places, korean_place_lookup, place_lookup,
                                  korean_region, romanized_korean_places)
from pipeline.extract.names import cluster_rules, is_generic, korean_one_word_names, name_stem
from pipeline.extract.statistics import segment_bounds
from pipeline.korean import is_hangul
from pipeline.model import ParsedDocument
from pipeline.rules import load_rules, per_rules


class Mention(NamedTuple):
    page: int
    start: int  # offsets into the page text
    end: int
    text: str
    cluster: cl.Cluster


@dataclass
class Recognition:
    clusters: list[cl.Cluster]
    mentions: list[Mention]


def recognise(parsed: ParsedDocument, sents: list[Sentence], lang: str) -> Recognition:
    reg = cl.Registry()
    cl.table_candidates(parsed, reg)
    body = None
    for s in sents:
        if lang == "ko":
            cl_ko.korean_candidates(s, reg)
        elif s.para_kind == "heading" and cl_en.title_cased(s.text):
            body = body if body is not None else "\n".join(x.text for x in sents if x.para_kind != "heading")
            _title_case_names(s, reg, body)
        else:
            cl_en.english_candidates(s, reg)
        cl.gazetteer_candidates(s, reg)
    dateline = _dateline_countries(sents)
    if lang == "en" and dateline[1]:
        cl_en.setting_kind_names(sents, reg, dateline[1])  # PITTSBURGH — … the region's robotics cluster
    if lang == "en":
        cl_en.named_as_known(sents, reg)  # …, as the cluster is known: the name of the one named before
        cl_en.defined_acronyms(sents, reg)  # GIANT, short for Grenoble Innovation for Advanced New Technologies
    if lang == "ko":
        cl_ko.glossed_names_referred_to(sents, reg)  # 미나텍(MINATEC)이 있다. … 이 단지는: what the next sentence refers to
    cl.link_gazetteer(reg)
    cl.merge_short_forms(reg)
    cl_en.merge_english_tails(reg)
    cl.merge_descriptor_forms(reg)
    text = "\n".join(p.text for p in parsed.pages)
    cl.short_names(reg, text)
    if lang == "ko":
        cl.korean_place_subjects(reg, text)  # 특히 시스타는 …: the place written alone as a clause's subject
    reg.merge_overlapping()  # 'The KBIC is one of …' found alone, then its initials after the full name
    reg.merge_phases()  # 판교제2테크노밸리 beside 판교테크노밸리: a phase of it
    if lang == "ko":
        cl_ko.split_paired_names(reg, text,  # 판교·광교 테크노밸리 named apart too: two
                                 "\n".join(s.text for s in sents if s.para_kind != "heading"))
    if not reg.clusters:
        cl.title_subject(sents, parsed.metadata.get("title"), reg)
        cl.short_names(reg, text)  # (its initials in brackets after it: Gujarat International Finance Tec-City (GIFT))
    if lang != "ko":
        _drop_territory_sectors(reg)  # 'Utah's tech sector added 8,000 jobs' beside Silicon Slopes: the state's, no cluster
        _drop_described_facilities(reg, text)  # 'The Co-Creation Hub … became the country's first technology incubator'
    mentions = _mentions(parsed, reg)
    _assign(sents, mentions)
    if lang == "ko" and cl_ko.korean_aliases(sents, reg):
        mentions = _mentions(parsed, reg)
        _assign(sents, mentions)
    _locate(reg, sents, dateline)
    _placed_one_word_names(reg)
    domestic = tuple(cluster_rules()["korean"].get("domestic_heads") or ())
    for c in reg.clusters:  # a kind only Korea has, placed nowhere else: 율촌산단
        if not c.countries and c.name_ko and domestic and c.name_ko.replace(" ", "").endswith(domestic):
            c.countries.append("KR")
    for c in reg.clusters:  # after locating: a Korean cluster's heads are translated the Korean way
        # (an acronym given in brackets is another name, not the English name: 시화 멀티테크노밸리(MTV))
        if (not c.name_en or re.fullmatch(r"[A-Z]{2,6}", c.name_en)) and c.name_ko and any(is_hangul(ch) for ch in c.name_ko):
            c.name_en = cl_ko.translate_korean_name(c.name_ko, domestic=c.countries == ["KR"])
            if c.name_en:  # Naju Energy Valley, not 'Naju energy Valley' (a name, wherever it is)
                c.name_en = " ".join(w[:1].upper() + w[1:] if w[:1].isalpha() and w not in _LOWER_IN_NAMES else w
                                     for w in c.name_en.split())
    for c in reg.clusters:  # (Gwangju Free Zone in a headline, Gwangju Free Economic Zone in the text: the fuller)
        for n in c.names if c.name_en else ():
            c.name_en = cl.fuller(c.name_en, n) if n.isascii() else c.name_en
    title = _whole_title(parsed, sents)
    for c in reg.clusters:  # an entry titled with a fuller name of a cluster ('Cortex Innovation Community', not 'Cortex')
        if title and title.isascii() and title in c.names and c.name_en and title.startswith(c.name_en + " "):
            c.name_en = title
    # a place-and-head form beside the one cluster placed there, two spellings that name one cluster the
    # same way (both merges run: |, not or)
    if cl.merge_placed_descriptors(reg) | reg.merge_same_id():
        mentions = _mentions(parsed, reg)
        _assign(sents, mentions)
    return Recognition(clusters=reg.clusters, mentions=mentions)


def _drop_territory_sectors(reg: cl.Registry) -> None:
    """A place's sector named by a lower-case head ('Utah's tech sector'; clusters.yaml english.lowercase_heads ending in
    'sector') is the whole territory's industry, no cluster, when the text names a cluster of its own in that place
    (Silicon Slopes, in Utah); alone it is the cluster the text is about ('Waterloo Region tech sector')."""
    sectors = tuple(" " + str(h) for h in cluster_rules()["english"].get("lowercase_heads") or () if str(h).endswith("sector"))
    for c in list(reg.clusters):
        name = c.name_en or ""
        if not sectors or not name.endswith(sectors) or "gazetteer" in c.signals or not c.region or not name.startswith(c.region + " "):
            continue
        if any(o is not c and o.region == c.region and not (o.name_en or "").endswith(sectors) for o in reg.clusters):
            reg.clusters.remove(c)


def _drop_described_facilities(reg: cl.Registry, text: str) -> None:
    """An English name the text says is an incubator or an accelerator (its copula later in the sentence: 'The
    Co-Creation Hub opened … in 2011 and became the country's first technology incubator'; clusters.yaml
    english.described_facilities) names that body, no cluster (not a gazetteer's cluster)."""
    kinds = "|".join(re.escape(str(k)) for k in cluster_rules()["english"].get("described_facilities") or ())
    if not kinds:
        return
    for c in list(reg.clusters):
        name = c.name_en or ""
        if "gazetteer" in c.signals or not name.isascii() or not name:
            continue
        if re.search(rf"(?<![\w\-]){re.escape(name)}\b[^.;!?]{{0,120}}?\b(?:is|was|became|has\s+become|had\s+become|remains)\s+"
                     rf"(?:the|a|an|one\s+of\s+the)\s+(?:[\w'’\-]+\s+){{0,4}}(?:{kinds})"
                     rf"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|that|which|with|and|of|run|founded|opened|set)\b)", text):
            # (not a park that houses one: 'The Harlow Biotech Centre is an incubator park with 60 firms')
            reg.clusters.remove(c)


def _placed_one_word_names(reg: cl.Registry) -> None:
    """A kind that is a name alone (테크노폴리스), also written after its place (대구 테크노폴리스): the placed form
    is its name, as other texts name it (Daegu Technopolis), not the bare kind."""
    ones = korean_one_word_names()
    for c in reg.clusters:
        if c.name_ko not in ones:
            continue
        placed = [n for n in c.names if n.replace(" ", "") != c.name_ko and n.replace(" ", "").endswith(c.name_ko)
                  and n.replace(" ", "")[:-len(c.name_ko)] in korean_place_lookup()]
        if placed:
            bare = c.name_ko
            c.name_ko = max(placed, key=lambda n: (len(n), n))  # (written with its space when it is: 대구 테크노폴리스)
            if c.name_en and c.name_en == cl_ko.translate_korean_name(bare):
                c.name_en = None  # (the bare kind's English: translated again from the placed name)


def _part_of_other_name(text: str, end: int) -> bool:
    """A Korean name written onto a word naming something else: 대덕연구단지|관리법 (a law),
    X클러스터|추진단 (an agency); an English one before such a word (MSC status, the RTP model);
    rules: korean.negative_heads, english.negative_heads."""
    word = re.match(r"\s([A-Za-z]+)\b", text[end:end + 20])
    if word is not None:  # (a negative head in lower case, or a company's legal form: Kista Science City AB)
        w = word.group(1)
        return w in _company_suffixes() or (w.islower() and w in _negative_heads()[0])
    rest = re.match(r"[가-힣]+", text[end:end + 12])
    if rest is None or len(rest.group()) < 2:
        return False
    word = rest.group()
    return any(word == n or (word.endswith(n) and (len(n) >= 2 or n == "법")) for n in _negative_heads()[1])


@per_rules
def _company_suffixes() -> frozenset[str]:
    """Legal forms written after a company's name (clusters.yaml english.company_suffixes): 'Kista Science
    City AB' is the company that runs the place, no mention of it."""
    return frozenset(str(w) for w in cl._rules()["english"].get("company_suffixes") or ())


@per_rules
def _negative_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """(English negative heads in lower case, Korean negative heads), read once per rules set. A study
    of a place (english.study_heads) still mentions it: 'Dundee games cluster survey 2024'."""
    r = cl._rules()
    studies = {str(n).lower() for n in r["english"].get("study_heads") or ()}
    return frozenset(str(n).lower() for n in r["english"]["negative_heads"]) - studies, tuple(str(n) for n in r["korean"]["negative_heads"])


def _mentions(parsed: ParsedDocument, reg: cl.Registry) -> list[Mention]:
    """Every place a cluster's name occurs, longest names first, never overlapping."""
    found = []
    # (name's first word, case-folded or not, its regex, cluster): a page that lacks the first
    # word (its first letter for Hangul, whose letters may be spaced) is not scanned for the name
    names = []
    for c in reg.clusters:
        for n in sorted(set(c.names)):
            if len(n.replace(" ", "")) < 2:
                continue
            rx = cl._name_regex(n)
            first = n[0] if any(is_hangul(ch) for ch in n) else n.split()[0]
            folded = bool(rx.flags & re.I)
            names.append((first.lower() if folded else first, folded, rx, c))
    names += _label_stems(reg)
    for page in parsed.pages:
        taken: list[tuple[int, int]] = []
        cands = []
        low = page.text.lower()
        for first, folded, rx, c in names:
            if first not in (low if folded else page.text):
                continue
            for m in rx.finditer(page.text):
                if not _part_of_other_name(page.text, m.end()):
                    cands.append((m.start(), m.end(), c))
        for s, e, c in sorted(cands, key=lambda x: (-(x[1] - x[0]), x[0])):
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            found.append(Mention(page.number, s, e, page.text[s:e], c))
    return sorted(found, key=lambda x: (x[0], x[1]))


def _label_stems(reg: cl.Registry) -> list[tuple[str, bool, re.Pattern, cl.Cluster]]:
    """A Korean complex's distinctive word alone as the label of a figure right after it, as
    releases list them: 고용은 반월 6만8천786명, 시화 4만8천372명 (반월단지, 시화단지); 반월은
    1조3천800억원으로. Only a word one cluster of the document has, and only before a number."""
    owners: dict[str, set[int]] = {}
    of: dict[int, cl.Cluster] = {}
    for c in reg.clusters:
        for n in c.names:
            st = name_stem(n) if any(is_hangul(ch) for ch in n) and " " not in n.strip() else None
            if st and len(st[0]) >= 2 and all(is_hangul(ch) for ch in st[0]) and not is_generic(st[0]):
                owners.setdefault(st[0], set()).add(id(c))
                of[id(c)] = c
    out = []
    for stem, ids in sorted(owners.items()):
        if len(ids) == 1:
            rx = re.compile(rf"(?<![가-힣\w]){re.escape(stem)}(?=(?:은|는|도|이|가)?\s+\d)")
            out.append((stem[0], False, rx, of[next(iter(ids))]))
    return out


# a country's name placed by a compass point from a city is a town of that name ('Malta just north of Albany')
_TOWN_NAMED_LIKE_COUNTRY = re.compile(r",?\s+(?:just\s+|about\s+\S+\s+\S+\s+|\S+\s+(?:miles|km|kilometres|kilometers)\s+)?"
                                      r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+[A-Z]")


def _countries_placing(text: str) -> list[tuple[int, int, str]]:
    """The countries a text names that may place a cluster: not a firm's ('US aerospace giant, Boeing', '미국
    뉴욕의 투자사'), nor a town named like a country ('in Malta just north of Albany')."""
    # (nor one measured from: 'An hour by ferry from Singapore, Nongsa Digital Park …')
    return [x for x in find_countries(text) if not _firm_after().match(text, x[1]) and not _TOWN_NAMED_LIKE_COUNTRY.match(text, x[1])
            and not _MEASURED_FROM.search(text[max(0, x[0] - 16):x[0]])]


def _whole_title(parsed: ParsedDocument, sents: list[Sentence]) -> str | None:
    """The document's title (its metadata's, else its first heading), stripped."""
    title = parsed.metadata.get("title") or next((s.text for s in sents if s.para_kind == "heading"), None)
    return title.strip() if title else None


def _assign(sents: list[Sentence], mentions: list[Mention]) -> None:
    """Each sentence's clusters: the mentions in it, save a yardstick it compares with ('second in
    intensity only to Silicon Valley', 'Like Kendall Square, the park …', '실리콘밸리처럼'), which
    is named but is not what the sentence is about (it stays a mention of the document)."""
    by_page: dict[int, list[Mention]] = {}
    for m in mentions:
        by_page.setdefault(m.page, []).append(m)
    for s in sents:
        s.clusters = [(m.start, m.end, m.cluster) for m in by_page.get(s.page, [])
                      if s.start <= m.start < s.end and not is_yardstick(s.text, m.start - s.start, m.end - s.start)]


@per_rules
def _yardstick_rx() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """(cue before a name, cue after it, regions a famous name may be 'of'): clusters.yaml
    ``yardstick``."""
    r = cluster_rules().get("yardstick") or {}
    before = "|".join(r.get("english_before") or []) or "(?!)"
    after = "|".join(r.get("korean_after") or []) or "(?!)"
    compass = "|".join(r.get("english_compass_after") or []) or "(?!)"
    # (a possessive owner may stand between: 'only to California's Silicon Valley')
    return (re.compile(rf"\b(?:{before})\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?$"), re.compile(rf"(?:{after})|\s+(?:{compass})\b(?!\s+[A-Z])"),
            frozenset(str(w) for w in r.get("english_of_regions") or ()))


@per_rules
def _likeness_rx() -> tuple[re.Pattern, re.Pattern]:
    r = cluster_rules().get("yardstick") or {}
    before = "|".join(r.get("likeness_english_before") or []) or "(?!)"
    after = "|".join(r.get("likeness_korean_after") or []) or "(?!)"
    return re.compile(rf"\b(?:{before})\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?$"), re.compile(rf"(?:{after})")


def is_likeness(text: str, a: int, b: int) -> bool:
    """Whether the name at [a, b) of ``text`` is only what another is likened to ('modelled on Silicon Valley',
    '실리콘밸리를 본떠'; rules: yardstick likeness_*)."""
    before, after = _likeness_rx()
    return bool(before.search(text[max(0, a - 45):a]) or after.match(text, b))


def is_yardstick(text: str, a: int, b: int) -> bool:
    """Whether the name at [a, b) of ``text`` is a yardstick the sentence measures another by (rules: yardstick)."""
    before, after, regions = _yardstick_rx()
    if before.search(text[max(0, a - 45):a]) or after.match(text, b):
        return True  # (after it: '처럼', or a compass word, 'Silicon Valley East': another place's nickname)
    of = re.match(r"\s+of\s+((?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)", text[b:b + 40])  # the Silicon Valley of India
    if of is None or not (of.group(1) in country_surface_set() or of.group(1) in regions):
        return False
    # (a name opening on a place of that country is its own: 'Wuhan Optics Valley of China')
    own = {iso for _, _, _, iso in find_places(text[a:b])} & {iso for _, _, iso in find_countries(of.group(1))}
    return not own


@per_rules
def _firm_after() -> re.Pattern:
    """A firm's noun a word or two after a country ('US aerospace giant', 'a German carmaker'): the
    country is the firm's, not the cluster's (factors.yaml anchor_firms.en_firm_words)."""
    words = [str(w) for w in (load_rules("factors").get("anchor_firms") or {}).get("en_firm_words") or []]
    alt = "|".join(re.escape(w) for w in sorted({*words, "giant", "company", "firm", "maker", "carmaker", "chipmaker", "consultancy", "bank", "investor", "group",
                                                             "developer", "operator", "startup", "start-up"}, key=len, reverse=True))
    # (Korean: '미국 뉴욕의 투자사', '중국 기업': a firm's country or city, written before the firm)
    return re.compile(rf"\s+(?:[a-z\-]+\s+){{0,2}}(?:{alt})\b"
                      rf"|(?:\s+[가-힣]{{1,6}})?의?\s*(?:[가-힣]+\s+)?[가-힣]*{_KO_FIRM_NOUNS}(?:(?![가-힣])|가|이|는|은|와|과|의|를|을|들)")


_KO_FIRM_NOUNS = "(?:투자사|투자자|기업|회사|업체|법인|그룹|제약사|자본)"


def _title_case_names(s: Sentence, reg: cl.Registry, body: str) -> None:
    """The names a Title Case headline gives that the text repeats: every word of such a headline is
    capitalised, so its capitals mark no name ('Seoul to Transform G Valley into Mixed-Use Hub')."""
    found = cl.Registry()
    cl_en.english_candidates(s, found)
    said = lambda n: re.search(rf"(?<![\w\-]){re.escape(n)}(?![\w\-])", body) is not None  # noqa: E731
    for c in found.clusters:
        names = list(c.names)
        words = (c.name_en or names[0]).split()
        grams = [" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, min(len(words), a + 3) + 1)]
        at = s.text.find(c.name_en or names[0])
        # (only a name the headline's grammar puts after a lowercase particle: 'to Transform G Valley', 'into
        # Mixed-Use Hub'; a headline opening on its name keeps it: 'UA Tech Park Annual Report')
        after_particle = at > 0 and re.search(r"\b(?:to|into|from|for|with|as|over|onto|towards?|than)\s+['‘\"“]?$", s.text[:at])
        if after_particle and not any(said(n) for n in names if n.isascii() and len(n) > 2) and not any(
                g in place_lookup() or g in country_surface_set() or g in romanized_korean_places() or cl._nickname(g)
                for g in grams):
            # (placed or nicknamed, the headline's name stands: 'Industry on the Rise in Silicon Slopes')
            tail = next((" ".join(words[k:]) for k in range(1, len(words) - 1) if said(" ".join(words[k:]))), None)
            if tail is None:
                continue  # 'Mixed-Use Hub', 'Transform G Valley' (the text's 'G Valley' stands)
            names = [tail]
        kept = reg.add(names, sorted(c.signals)[0], c.first_seen, name_en=names[0] if names[0] not in c.names else c.name_en,
                       countries=c.countries, region=c.region, sector=c.sector)
        kept.signals |= c.signals


def _locate(reg: cl.Registry, sents: list[Sentence], dateline_read: tuple[list[str], str | None]) -> None:
    """Country and region of clusters the tables and gazetteer did not place, from context (``dateline_read``: the
    countries and city of the text's dateline, _dateline_countries)."""
    dateline, dateline_city = dateline_read
    if not dateline and not dateline_city and any(not (c.countries and c.region) for c in reg.clusters):
        dateline, dateline_city = _setting(sents)  # no dateline: the place the text keeps returning to outside any name stands in for one
    korean_place = _romanized_korean_place_rx()
    # a town the text names once with its state ('Cambridge, Massachusetts') is that town wherever else it is named
    # bare in the text ('the Cambridge Innovation Center'): not the other town of that name
    variants = {en.split(" (")[0]: (en, iso) for _, _, en, iso in find_places(" \n".join(s.text for s in sents)) if " (" in en}
    for c in reg.clusters:
        if not c.countries and c.region and (known := place_lookup().get(c.region)) and known[1]:
            c.countries = [known[1]]  # placed in a known city already: its country, not a demonym nearby ('7 per cent are American')
        if c.countries and c.region:
            continue
        if not c.countries and any(korean_place.search(n) for n in c.names):
            continue  # Songdo International Business District: a Korean place in its own name (below)
        first = (c.name_en or "").split()[0] if (c.name_en or "").split() else ""  # (a word listed with places, below)
        for s in sents:
            hits = [ms for ms, _, cc in s.clusters if cc is c]
            if not hits:
                continue
            pos = hits[0] - s.start
            end = next(me for ms, me, cc in s.clusters if cc is c) - s.start
            cs = _countries_placing(s.text)
            before = [iso for (b0, b1, iso) in cs if b1 <= pos and b0 >= 0]
            # (the country owning the name right before it is its country, not another the sentence names first:
            # 'Rwanda breaks ground … as Kenya's Konza waits')
            before = [iso for (b0, b1, iso) in cs if b1 <= pos and re.fullmatch(r"['’]s\s+(?:the\s+)?", s.text[b1:pos])] or before
            after = [iso for (b0, b1, iso) in cs if b0 >= pos]
            # a place outside the name locates it before one written inside it (Dresden, known as
            # Silicon Saxony; the Cambridge Cluster)
            found = [(a, b, *variants.get(en, (en, iso))) for a, b, en, iso in find_places(s.text)]
            # a place owning another cluster's name is that cluster's (Bangalore's International
            # Technology Park, 판교의 X); one inside another's name likewise
            others = [(ms - s.start, me - s.start) for ms, me, cc in s.clusters if cc is not c]
            # (and a place right after another's name is where that one is: 'behind only Research
            # Triangle Park in North Carolina'; not one inside this name: 'A City, Dubai Outsource Zone')
            found = [p for p in found if pos <= p[0] < end or not any(a <= p[0] < b or 0 <= a - p[1] <= 4
                                                 or (0 <= p[0] - b <= 5 and re.fullmatch(r",?\s*(?:in\s+)?|\s*\(", s.text[b:p[0]]))
                                                 for a, b in others)
                     and not (re.match(r"['’]s\s+[A-Z]", s.text[p[1]:]) and not 0 <= pos - p[1] <= 4 and not pos <= p[0] < end)]
            # (not a place measured from: 'approximately 167 km from Seoul')
            found = [p for p in found if not _firm_after().match(s.text, p[1]) or pos <= p[0] < end]  # (not 'a New York investor')
            found = [p for p in found if not _MEASURED_FROM.search(s.text[max(0, p[0] - 16):p[0]])
                     and not _RANKED_AGAINST.search(s.text[max(0, p[0] - 100):p[0]])  # (nor one ranked against)
                     and not _BETWEEN_BEFORE.search(s.text[max(0, p[0] - 40):p[0]])
                     and not _BETWEEN_AFTER.match(s.text, p[1])]  # (nor one it lies between: 푸트라자야와 … 공항 사이에)
            # (not the dateline's city before a name holding a place of its own: 'TAIPEI — The Kaohsiung Science Park')
            places = [p for p in found if not (pos <= p[0] < end) and not (
                dateline_city and p[2] == dateline_city and p[0] < 30 and any(pos <= q[0] < end for q in found)
                and not any(pos <= q[0] < end and q[2] == p[2] for q in found))] or found
            own = [p for p in found if pos <= p[0] < end]  # a place in the name itself (Jerusalem Technology Park)
            own = own or [p for p in found if 0 <= pos - p[1] <= 1]  # or written onto it (Dubai | Silicon Oasis)
            if not c.countries:
                chosen = [own[0][3]] if own and (not dateline or own[0][3] in dateline) else (before or after[:1])
                if not chosen and places:
                    near = min(places, key=lambda p: abs(p[0] - pos))
                    chosen = [near[3]]
                    if pos <= near[0] < end and dateline and near[3] not in dateline:
                        chosen = dateline[:1]  # Porto Digital under a 'RECIFE, Brazil —' dateline: a name, not Porto
                c.countries = [x for i, x in enumerate(chosen) if x not in chosen[:i] and x != "KR"] or c.countries
            if not c.region and not own and first[:1].isupper() and _listed_with_places(first, s.text, found):
                c.region = first  # 'in Jeddah, Riyadh and Dhahran … the Dhahran Techno Valley': a place no list knows, by its company
            # (a place of another country than the one just chosen is another cluster's: '시스타(스웨덴), 오타니에미(핀란드)')
            places = [p for p in places if not c.countries or p[3] in c.countries or pos <= p[0] < end]
            if not c.region and places:
                near = min(places, key=lambda p: abs(p[0] - pos) if p[0] < pos else abs(p[0] - pos) + 0.5)
                c.region = near[2]
                if pos <= near[0] < end and dateline and near[3] not in dateline:
                    c.region = dateline_city or c.region
            if c.countries and c.region:
                break
    # a Korean domestic cluster: its name or the words before it name a Korean city or province
    for c in reg.clusters:
        if c.countries and c.countries != ["KR"]:
            continue
        where = korean_region(c.name_ko or "") or _korean_region_near(c, sents)
        if where:
            c.countries = ["KR"]
            c.region = c.region or where
    # written in English: a Korean city or province by its romanized name in a sentence naming it
    # ('Osong Life Science Complex ... lies in Osong-eup, Cheongju')
    for c in reg.clusters:
        if not c.countries and (where := _romanized_korean_place_near(c, sents)):
            c.countries, c.region = ["KR"], c.region or where
    # a document about one foreign country: a cluster placed nowhere else is in it
    # ("15 semiconductor clusters in Japan ... Kyushu, nicknamed Silicon Island")
    unplaced = [c for c in reg.clusters if not c.countries]
    named = {iso for s in sents for _, _, iso in _countries_placing(s.text)} - {"KR"} if unplaced else set()
    if len(named) == 1:
        for c in unplaced:
            c.countries = sorted(named)
    # a Korean document that names no foreign country or city: a cluster with a Korean name placed nowhere else is a
    # domestic one, in the Korean place the text names first ('양재 AI 특구' … '서울시는 서초구 양재·우면동 일대 …')
    unplaced = [c for c in unplaced if not c.countries and c.name_ko]
    if unplaced and not named and not any(p[3] and p[3] != "KR" for s in sents for p in find_places(s.text)):
        where = next((w for s in sents if (w := korean_region(s.text))), None)
        if where:
            for c in unplaced:
                c.countries, c.region = ["KR"], c.region or where
    # still nowhere: the one national currency the document counts its money in (£5 million)
    unplaced = [c for c in reg.clusters if not c.countries]
    if unplaced:
        money = {iso for s in sents for iso in currency_countries(s.text)}
        if len(money) == 1:
            for c in unplaced:
                c.countries = sorted(money)
    # still nowhere: the dateline's country ('GEORGE TOWN — … The Bayan Lepas Free Industrial Zone …')
    if dateline and len(set(dateline)) == 1:
        for c in reg.clusters:
            if not c.countries:
                c.countries = [dateline[0]]
    # and a region from the dateline's city, for the clusters no place was found near
    if dateline_city:
        for c in reg.clusters:
            if not c.region and (not dateline or set(c.countries) & set(dateline)):
                c.region = dateline_city


def _listed_with_places(word: str, text: str, places: list) -> bool:
    """``word`` an item of a list of single capitalised words joined by commas and 'and'/'or' in
    which a known place (``places``: find_places' spans in ``text``) is another item: 'in Jeddah,
    Riyadh and Dhahran' makes Dhahran a place too (not 'northeastern Lund, Ideon has …')."""
    starts = {a for a, *_ in places}
    for m in _WORD_LIST.finditer(text):
        items = [(i.start() + m.start(), i.group()) for i in re.finditer(r"[A-Z][\w\-]*", m.group())]
        if any(w == word for _, w in items) and any(a in starts for a, w in items if w != word):
            return True
    return False


_WORD_LIST = re.compile(r"(?<![\w\-])[A-Z][\w\-]*(?:,\s+[A-Z][\w\-]*)*,?\s+(?:and|or)\s+[A-Z][\w\-]*(?![\w\-])")


# (capitalised words only, and a dash apart: not 'Located in Daesan-ri, Namsang-myeon')
# (a wire's date and name may come before the dash: 'GWANGJU, South Korea, Aug. 27 (AJP) --')
_WIRE_TAIL = r"(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2})?(?:\s+\([A-Za-z]+\))?\s*"
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z’'\-]*(?:\s[A-Z][A-Za-z’'\-]*){0,3}),\s+([A-Z][A-Za-z ]{1,30}?|(?:[A-Z][a-z]{0,4}\.){1,2})" + _WIRE_TAIL + r"(?:--|[—–-])(?=\s)")


def _dateline_countries(sents: list[Sentence]) -> tuple[list[str], str | None]:
    """The country and city of a news dateline ('RECIFE, Brazil — ...') in the first sentences."""
    for s in sents[:8]:
        m = _DATELINE.match(s.text)
        if m:
            city = [p[2] for p in find_places(m.group(1).title())]
            countries = [iso for _, _, iso in find_countries(m.group(0))]
            if not countries and m.group(2).replace(" ", "") in (load_rules("geo").get("us_state_abbreviations") or ()):
                countries = ["US"]  # 'GRAND FORKS, N.D. —': a US state as the wire writes it
            return countries, (city[0] if city else m.group(1).title())
        m = _CITY_DATELINE.match(s.text)  # 'ALDERLEY EDGE — ...': a city alone, in capitals
        if m and m.group(1).title() not in country_surface_set():
            places = find_places(m.group(1).title())
            if not places and m.group(1).title() in romanized_korean_places():
                return ["KR"], romanized_korean_places()[m.group(1).title()]  # 'INCHEON —': a Korean city, as English writes it
            return [p[3] for p in places[:1]], (places[0][2] if places else m.group(1).title())
    return [], None


_MEASURED_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
# two places a cluster lies between, neither of which holds it: 'midway between Kuala Lumpur and its airport',
# '푸트라자야와 쿠알라룸푸르 국제공항 사이에'
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w.’'\-]+\s+){0,3}?(?:(?:[\w.’'\-]+\s+){0,3}?and\s+(?:the\s+)?(?:[\w.’'\-]+\s+){0,2})?$")
_BETWEEN_AFTER = re.compile(r"(?:(?:와|과)\s+[^\s,.]+(?:\s+[^\s,.]+){0,2}?\s+|\s+[^\s,.]+\s+)?사이(?:에|의|로)?(?![가-힣])")
# a place a cluster is ranked against, alone or in a list: 'ahead of the Sydney CBD, Brisbane and Melbourne'
_RANKED_AGAINST = re.compile(r"\b(?i:ahead\s+of|than|compared\s+(?:with|to)|(?:ranked|rated|placed|ranking)\s+(?:above|below)|outpacing|outranking|rivall?ing|versus|vs\.?)\s+"
                             r"(?:the\s+)?(?:[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?)*$")


def _setting(sents: list[Sentence]) -> tuple[list[str], str | None]:
    """The city a text names at least twice outside any cluster's name, when it names no other
    city of another country outside names ('Porto Digital … in Recife … the historic center of
    Recife': Recife, not the Porto of its name); ([], None) when there is none or several."""
    seen: dict[tuple[str, str], int] = {}
    for s in sents:
        spans = [(ms - s.start, me - s.start) for ms, me, _ in s.clusters]
        for a, _, en, iso in find_places(s.text):
            if not any(x <= a < y for x, y in spans) and not _MEASURED_FROM.search(s.text[max(0, a - 16):a]):
                seen[(en, iso)] = seen.get((en, iso), 0) + 1
    top = [k for k, n in seen.items() if n >= 2]
    countries = {iso for _, iso in seen}
    if len(top) == 1 and len(countries) == 1:
        return [top[0][1]], top[0][0]
    return [], None


_CITY_DATELINE = re.compile(r"^\s*([A-Z][A-Z’'\-]+(?: [A-Z][A-Z’'\-]+){0,3})" + _WIRE_TAIL + r"(?:--|[—–])\s")


def _romanized_korean_place_near(c: cl.Cluster, sents: list[Sentence]) -> str | None:
    """A Korean place written in English in the cluster's own name (Pangyo Techno Valley), else the
    one nearest its mention in a sentence naming it."""
    rx = _romanized_korean_place_rx()
    own = next((m.group(1) for n in c.names for m in [rx.search(n)] if m), None)
    if own is not None:
        return romanized_korean_places()[own]
    for s in sents:
        at = [a for a, _, cc in s.clusters if cc is c]
        hits = list(rx.finditer(s.text)) if at else []
        if hits:
            near = min(hits, key=lambda m: abs(s.start + m.start() - at[0]))
            return romanized_korean_places()[near.group(1)]
    return None


@per_rules
def _romanized_korean_place_rx() -> re.Pattern:
    names = sorted(romanized_korean_places(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")(?:-(?:si|gun|gu|do|eup|myeon))?\b")


_LOWER_IN_NAMES = frozenset({"of", "and", "the", "de", "du", "des", "la", "le", "di", "da", "do", "del", "von", "van"})


def _korean_region_near(c: cl.Cluster, sents: list[Sentence]) -> str | None:
    """A Korean city or province written in the clause before a mention (경북 구미시 공단동 ...
    구미국가산업단지)."""
    for s in sents:
        for ms, me, cc in s.clusters:
            if cc is not c:
                continue
            pos = ms - s.start
            a, _ = segment_bounds(s.text, pos)
            where = korean_region(s.text[max(a, pos - 40):pos])
            if where:
                return where
            # or said after it: '새솔노바시티는 광주 북구에 있는 …', '… 대구 수성구에 위치한'
            located = _LOCATED_AFTER_KO.match(s.text, me - s.start) or _BUILT_IN_KO.match(s.text, me - s.start)
            if located and (where := korean_region(located.group(1))):
                return where
    return None


# ... or where it was built, said later in the clause: '장안산업단지는 …, 부산광역시 기장군에 지난 2004년부터 … 만들어졌다'
# (a gloss in brackets may come first: '한울바이오밸리(영어: Hanul Bio Valley)는'; a township and 일대 after the
# city: '전라북도 정읍시 입암면 일대에 조성된')
_BUILT_IN_KO = re.compile(r"(?:\s*\([^)]{0,60}\))?(?:은|는)\s[^.]{0,40}?((?:[가-힣]{1,6}(?:광역시|특별시|특별자치시|도|시|군|구)\s?){1,3})"
                          r"(?:[가-힣]{1,5}(?:읍|면|동|리)\s?)?(?:일대|일원|인근|부근)?\s?에\s[^.]{0,30}?"
                          r"(?:조성|만들어|세워|건설|들어서|들어선|위치|자리|준공|완공|착공|개발)")
_LOCATED_AFTER_KO = re.compile(r"(?:\s*\([^)]{0,60}\))?(?:은|는|이|가)\s+([^,.()]{2,25}?)에\s*(?:있는|있다|있으며|위치|자리|들어서|조성)")
