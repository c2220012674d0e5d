"""Stage 2 — model the document: what it is about, section by section and sentence by sentence.

Input: the sentences (annotated with their mentions by stage 1) and the recognised clusters.
Output: a ``DocumentModel``:

- ``topic``: the cluster the whole document is about, when it has one. In order: the cluster
  the title names (of several, the one the document names most, else the first); else the only cluster the document names at all; else the only
  cluster the lead names, when no other cluster is named more often and the document is no
  comparison (a table naming several clusters, a lead about the study itself).
- per sentence, a ``SentenceContext``:
  - ``topic``: the cluster a sentence that names none is about (see ``topics`` for the order);
  - ``back``: for a sentence that names a cluster but refers back first ("Its firms raised
    €450m, while the Cambridge Science Park ..."), the cluster referred to and where;
  - ``wide``: the sentence is about a country, a sector or the whole survey, not a cluster
    ("국내 전체 바이오 기업은 ...", "Nationally, the sector employs ...", "Finland as a whole");
    its figures and claims belong to no cluster (a claim goes to the country when one is named).

Attribution (stage 3, ``attribute.py``) reads this model; nothing here looks at numbers.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.clusters import Cluster
from pipeline.extract.context import Sentence
from pipeline.extract.geo import country_surface_set, find_countries, find_places, korean_place_lookup, place_lookup
from pipeline.extract.names import is_generic, ko_heads, norm
from pipeline.rules import load_rules, per_rules, rules_env


@dataclass
class SentenceContext:
    topic: Cluster | None = None
    back: tuple[Cluster, int] | None = None  # (cluster referred back to, page offset of the reference)
    wide: bool = False
    countries: list[str] = field(default_factory=list)  # countries a wide sentence is about
    around: Cluster | None = None  # the cluster the text around the sentence is about (before it)
    partition: bool = False  # the sentence divides what the one before counted (이 가운데 …, Of these …)
    prior: Cluster | None = None  # the cluster the text before the sentence was about (named last, else the topics)
    bibliography: bool = False  # in the references/footnotes after the text: no figures, no claims
    made_of: bool = False  # the sentence says what the topic is made of (이 단지는 A, B 등 6개 지구로 구분된다)
    difficulties: bool = False  # in a section headed by difficulties (3. 과제, Criticism): it claims no success factor


@dataclass
class DocumentModel:
    topic: Cluster | None
    topic_from: str | None  # title | only | lead
    sentences: list[SentenceContext]
    clusters: list[Cluster] = field(default_factory=list)  # every cluster the document names (text and tables)


def model_document(sents: list[Sentence], clusters: list[Cluster], lang: str, title: str | None = None) -> DocumentModel:
    topic, why = document_topic(sents, clusters, title, lang)
    return DocumentModel(topic=topic, topic_from=why, sentences=topics(sents, lang, topic, clusters), clusters=list(clusters))


# ------------------------------------------------------------------ the document's topic

def document_topic(sents: list[Sentence], clusters: list[Cluster], title: str | None,
                   lang: str = "ko") -> tuple[Cluster | None, str | None]:
    named = [c for s in sents for _, _, c in s.clusters]
    if not named:
        return None, None
    # a cluster named only as what another is near or built inside is no candidate
    # (대구 신서혁신도시 안에 조성된 첨단의료복합단지)
    only_landmark = {id(c) for c in clusters} - {id(c) for s in sents for (_, _, c), lm in zip(s.clusters, landmarks(s)) if not lm}
    if only_landmark and len(only_landmark) < len({id(c) for c in named}):
        named = [c for c in named if id(c) not in only_landmark]
        clusters = [c for c in clusters if id(c) not in only_landmark]
    elif only_landmark >= {id(c) for c in named}:
        return None, None  # every cluster named is one something is near or measured from: the text is about something else
    in_title = _unique(_title_clusters(sents, clusters, title))
    if len(in_title) == 1:
        home = _home_cluster(sents, named, in_title[0])
        return (home, "home country") if home is not None else (in_title[0], "title")
    if len(in_title) > 1:  # the one the document names most; on a tie the one the headline names first
        counts = [sum(1 for x in named if x is c) for c in in_title]
        return in_title[counts.index(max(counts))], "title"
    distinct = _unique(named)
    headline = next((s.text for s in sents if s.para_kind == "heading"), title or "")
    headings = [s.text for s in sents[:6] if s.para_kind == "heading"] or [headline or ""]
    lead = _lead(sents)
    # (named once, in a text whose lead is about a whole country's or sector's figures: a place the
    # text mentions, not its subject: '대만 반도체 산업의 전체 매출은 …' … '이중 절반은 신주과학공업단지에')
    in_passing = len(named) == 1 and bool(lead) and ((not lead[0].clusters and wide_scope(lead[0].text, lang) is not None)
                                                      or (lang == "ko" and _kind_is_subject_ko(lead[0].text)))
    if len(distinct) == 1 and len(clusters) == 1 and not _once_among_places(sents, distinct[0]) and not in_passing \
            and not any(_COMPARES.search(h) for h in headings) and not _about_the_kind(headline or "", sents):
        return distinct[0], "only"  # (a table naming others makes a comparison; so does a headline
        # about many: '20개국 28곳 해외 혁신클러스터 현황' naming one of them in its body)
    kept = {id(c) for c in clusters}  # (not one named only as a landmark or a measure)
    in_lead = _unique([c for s in lead for _, _, c in s.clusters if id(c) in kept])
    comparison = sum(1 for c in clusters if "table" in c.signals) >= 2 \
        or any(wide_scope(s.text, lang) is not None for s in lead) or bool(_COMPARES.search(headline or "")) \
        or _about_the_kind(headline or "", sents)
    if len(in_lead) == 1 and not comparison and not _once_among_places(sents, in_lead[0]):
        lead_count = sum(1 for x in named if x is in_lead[0])
        if all(sum(1 for x in named if x is c) <= lead_count for c in distinct):  # none named more often
            return in_lead[0], "lead"
    # the lead opens on a cluster as its subject and names the others only to describe it
    # ('Campus Groningen, the cluster that joins the Zernike site with the Healthy Ageing Campus, grew')
    first = next((s for s in lead if any(id(c) in kept for _, _, c in s.clusters)), None)
    if first is not None and not comparison:
        a, b, c = next(x for x in first.clusters if id(x[2]) in kept)
        opens = a - first.start <= 12 and (lang != "ko" or re.match(r"(?:은|는|이|가)\s", first.text[b - first.start:]))
        count = sum(1 for x in named if x is c)
        # the others only inside that sentence: not a lead that goes from one cluster to the next
        others_apart = any(o is not c and id(o) in kept for s in lead if s is not first for _, _, o in s.clusters)
        if opens and not others_apart and all(sum(1 for x in named if x is o) <= count for o in distinct) \
                and not _once_among_places(sents, c):
            return c, "lead subject"
    return None, None


def _about_the_kind(headline: str, sents: list[Sentence]) -> bool:
    """A headline naming no cluster whose subject is the kind itself, a head written alone ('도입
    16년 연구개발특구, 혁신거점으로 도약', '연구개발특구, 16년만에 입주기업 9배'): the document is about
    every place of that kind (a programme, a policy), not the one it names as the first of them."""
    head_sent = next((s for s in sents if s.para_kind == "heading"), None)
    if not headline or (head_sent is not None and head_sent.clusters):
        return False
    # an English headline that is the kind alone: 'Science park', 'Research parks' (a dictionary or
    # encyclopedia entry on the kind, naming parks only as examples)
    bare_en = re.sub(r"^(?:the|a|an)\s+", "", headline.strip().lower())
    if bare_en.isascii() and (bare_en in _english_kinds() or (bare_en.endswith("s") and bare_en[:-1] in _english_kinds())):
        return True
    # ... or a headline about places of a kind in the plural, none of them named ('Life Sciences Will
    # Stake Bigger Claim In US-Based Tech-Research Parks: Survey'): the text is about all of them
    if bare_en.isascii() and any(k + "s" in bare_en and re.search(rf"(?<![\w'’]){re.escape(k)}s\b", bare_en) for k in _english_kinds() if " " not in k and k != "quarter"):  # (quarters: of a year)
        return True
    heads = {h.replace(" ", "") for h in ko_heads()}
    sectors = set(load_rules("clusters")["korean"].get("sector_words") or [])
    modifiers = "|".join(re.escape(m) for m in load_rules("clusters")["korean"].get("name_modifiers") or [])
    # (a series label in brackets before the headline names no subject: '[해외 클러스터 탐방] … 이스라엘 베어셰바')
    headline = re.sub(r"^\s*[\[【〔<]\s*[^\]】〕>]{1,20}[\]】〕>]\s*", "", headline)
    # the head written alone, not in quotation marks, after no place, name or industry word ('도입 16년
    # 연구개발특구', not '서부에 '제조업 혁신지구' 키운다': one district, its kind named by its industry)
    for m in re.finditer(r"[가-힣A-Za-z&]+", headline):
        bare = re.sub(r"(?:은|는|이|가|의|에)$", "", m.group(0))
        bare = re.sub(rf"^(?:{modifiers})+(?=\S)", "", bare) if modifiers else bare  # 강소특구: a kind of 특구
        bare = _without_generic_prefix(bare, heads)  # 규제자유특구: a kind of 특구 the generic words say
        if bare not in heads or re.search(r"['‘’\"“”「『<《]\s*(?:\S+\s+)?$", headline[:m.start()]):
            continue
        prev = re.search(r"([가-힣A-Za-z&]+)\W*$", headline[:m.start()])
        distinctive = re.fullmatch(r"[가-힣]{2,}", prev.group(1)) and not is_generic(prev.group(1)) if prev else False
        if prev is None or not (prev.group(1) in korean_place_lookup() or prev.group(1)[:1].isupper() or prev.group(1) in sectors
                                or prev.group(1) in heads or distinctive):  # (산업융합 집적단지: a word that says which)
            return True
    return False


def _without_generic_prefix(word: str, heads: set[str]) -> str:
    """The head a word is, with generic words written before it (규제자유특구 -> 특구; clusters.yaml
    korean.generic), or the word as it is."""
    rest = word
    while rest not in heads and (g := next((g for g in _generic_prefixes_ko() if rest.startswith(g) and len(rest) > len(g)), None)):
        rest = rest[len(g):]
    return rest if rest in heads else word


@per_rules
def _generic_prefixes_ko() -> list[str]:
    """clusters.yaml korean.generic words of two or more letters, longest first."""
    return sorted((str(g) for g in load_rules("clusters")["korean"].get("generic") or () if len(str(g)) >= 2), key=len, reverse=True)


@per_rules
def _english_kinds() -> frozenset[str]:
    en = load_rules("clusters")["english"]
    return frozenset(str(h).lower() for h in [*en["heads"], *(en.get("lowercase_heads") or [])])


def _home_cluster(sents: list[Sentence], named: list[Cluster], c: Cluster) -> Cluster | None:
    """The one cluster of the country a document is about, when its headline names a cluster of
    another country ('Israel's tech startups are giving Silicon Valley a run for its money' …
    'Israel's answer to Silicon Valley is Silicon Wadi'): the headline's is the yardstick."""
    counts = Counter(iso for s in sents for _, _, iso in find_countries(s.text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    home = ranked[0][0]
    if not c.countries or home in c.countries:
        return None
    others = _unique([x for x in named if x is not c and home in x.countries])
    return others[0] if len(others) == 1 else None


def _only_kind_of(topic: Cluster | None, clusters, sents: list[Sentence]) -> str | None:
    """The kind the topic's Korean name ends in (혁신도시 of 진천·음성 혁신도시) when no other cluster of the
    document is of that kind and the document never counts that kind over the nation ('전국 10개 혁신도시
    종사인원': then '한편 … 혁신도시 인구는' is all of them); else None."""
    if topic is None or not topic.name_ko:
        return None
    compact = topic.name_ko.replace(" ", "")
    head = next((h for h in ko_heads() if len(h) >= 3 and compact.endswith(h.replace(" ", ""))), None)
    if head is None:
        return None
    counted = re.compile(rf"(?:\d+|두|세|네|다섯|여러)\s*(?:개|곳)\s*(?:의\s*)?{re.escape(head)}|(?:전국|국내|전체)\s+{re.escape(head)}")
    if any(counted.search(s.text) for s in sents):
        return None
    if any(c is not topic and (c.name_ko or "").replace(" ", "").endswith(head.replace(" ", "")) for c in clusters):
        return None
    return head


def _names_kind_bare(head: str | None, text: str) -> bool:
    """Whether ``text`` names the kind ``head`` bare, as the document's one cluster of it (not after 한편 and
    the like, nor a country's: '한국의 테크노파크가 20주년을 맞았다' is every one of them)."""
    if head is None or re.match(r"\s*(?:한편|또한|이밖에|이 밖에)\s", text):
        return False
    return any(not re.search(r"(?:의|전국|국내)\s*$", text[:m.start()])
               for m in re.finditer(rf"(?:^|\s){re.escape(head)}(?:의|은|는|이|가|\s)", text))


@per_rules
def _long_ko_heads_alt() -> str:
    """The Korean heads of three letters or more (산업단지, 혁신도시; not 단지, 특구), longest first."""
    return "|".join(re.escape(h) for h in ko_heads() if len(h) >= 3)


def _kind_is_subject_ko(text: str) -> bool:
    """A Korean sentence whose topic is the kind itself, written alone ('1964년 구로공단이 문을 연 뒤
    산업단지는 전국으로 퍼졌다'): the text is about every place of that kind; a cluster it names is
    history or an example."""
    return re.search(rf"(?:^|,\s*|(?:뒤|후|이후|이래|동안|지금|오늘날)\s+)(?:{_long_ko_heads_alt()})(?:들)?(?:은|는)\s", text) is not None


def _once_among_places(sents: list[Sentence], c: Cluster) -> bool:
    """A cluster named once, as an item of a list of places ('Silicon Valley, Seattle, Austin and
    New York often come to mind'): a comparison, not what the document is about."""
    hits = [(s, a, b) for s in sents for a, b, x in s.clusters if x is c]
    if len(hits) != 1:
        return False
    s, a, b = hits[0]
    after = re.match(r",\s+([A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)(?:,|\s+and\s)", s.text[b - s.start:])
    before = re.search(r"([A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?),\s+(?:and\s+)?$", s.text[:a - s.start])
    return any(m is not None and m.group(1) in place_lookup() for m in (after, before))


# a headline counting the clusters it is about: 'Three Nordic science parks, three ways ...',
# '비수도권 혁신클러스터 3곳 비교', '세 혁신도시의 ...'
_COMPARES = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[A-Za-z\-]+\s+){0,2}"
                       r"(?:clusters|parks|hubs|districts|campuses|valleys|zones|corridors|ecosystems)\b"
                       r"|(?:\d+|두|세|네|다섯)\s*(?:곳|개)(?:의)?\s*(?:[가-힣]+\s+){0,2}[가-힣]*(?:클러스터|단지|밸리|특구|도시)"
                       r"|(?:클러스터|단지|밸리|특구|도시)\s*(?:\d+|두|세|네|다섯)\s*곳|비교", re.I)


def _unique(cs: list[Cluster]) -> list[Cluster]:
    out: list[Cluster] = []
    for c in cs:
        if not any(c is o for o in out):
            out.append(c)
    return out


# a headline's clause set against its main one: the cluster named only there is what the subject is compared with
_FOIL_CLAUSE_EN = re.compile(r"\S\s+(?:as|while|whereas|but|even as)\s+(?:[A-Z][\w\-]*['’]s\s+)?(?:[\w\-'’]+\s+){0,2}$")


def _title_clusters(sents: list[Sentence], clusters: list[Cluster], title: str | None) -> list[Cluster]:
    """Clusters named in the document's first heading (within its first paragraphs) or in the
    title the metadata gives."""
    first_paras = sorted({s.para for s in sents})[:3]
    heading = [s for s in sents if s.para in first_paras and s.para_kind == "heading"]
    if heading:
        head_para = heading[0].para
        found, foiled = [], False
        for s in sents:
            if s.para != head_para:
                continue
            ms = s.clusters
            for k, (a, b, c) in enumerate(ms):
                nxt = ms[k + 1] if k + 1 < len(ms) else None
                if nxt is not None and nxt[2] is not c and not s.text[b - s.start:nxt[0] - s.start].strip():
                    continue  # 문현금융단지 핀테크 허브: a name right before another says where the other is
                if _FOIL_CLAUSE_EN.search(s.text, 0, a - s.start) and not any(a0 < a for a0, _, _ in ms):
                    foiled = True
                    continue  # 'Rwanda breaks ground on its tech city as Kenya's Konza waits': the foil, not the subject
                found.append(c)
        if found or foiled:
            return found
    if title:
        from pipeline.extract.clusters import _name_regex
        from pipeline.extract.recognise import is_yardstick

        # (not a name the title compares with or leaves: 'Companies are leaving Silicon Valley for Texas')
        return [c for c in clusters if any(len(n) >= 2 and any(not is_yardstick(title, m.start(), m.end())
                                                               for m in _name_regex(n).finditer(title)) for n in c.names)]
    return []


def _lead(sents: list[Sentence]) -> list[Sentence]:
    """The first three body sentences that read as sentences (not headings, datelines, bylines
    or a headline left in the body: at least eight words, or 25 characters of Korean), or that
    name a cluster however short (… 서울시가 조성한 마곡 R&D 산업단지다.)."""
    def substantial(s: Sentence) -> bool:
        return len(s.text.split()) >= 8 or (sum(1 for ch in s.text if "가" <= ch <= "힣") >= 25) \
            or (bool(s.clusters) and len(s.text.split()) >= 3)
    return [s for s in sents if s.para_kind != "heading" and substantial(s)][:3]


# ------------------------------------------------------------------ sentence by sentence


# a sentence opening on its subject with 'also' (연 평균 증가율도 12.1%로, 수출도): it goes on from the one before
# (or on the whole of what it counted: 산업단지는 1033개로 늘어났다. 전체 지정면적은 …)
_ALSO_OPENING = re.compile(r"^\s*(?:[가-힣]+\s){0,2}[가-힣]{1,6}도\s|^\s*(?:전체|총|합계)\s")

def topics(sents: list[Sentence], lang: str, doc_topic: Cluster | None, clusters: list[Cluster] = ()) -> list[SentenceContext]:
    """The cluster each sentence is about. A sentence naming clusters is about the last it names
    (its figures are placed finer by ``attribute``); a heading naming none, the document's topic
    (a headline is about what the document is about). One naming none is about, in order:
    nothing, when it is about a country, sector or survey as a whole (``wide``); the cluster a
    reference points back to (이 단지, the park: the one named last before it, in any paragraph);
    the cluster named earlier in its paragraph; its section's (a heading naming one cluster);
    the document's topic; unless it places itself in a city of another country than that
    cluster's (then nothing)."""
    heading_rx = re.compile(load_rules("clusters")["numbered_heading"])
    ana = anaphora_rx(lang)
    partition = _partition_rx(lang)
    parts, made_of = parts_of_topic(sents, doc_topic, lang)
    out: list[SentenceContext] = []
    section: Cluster | None = None
    country_section: list[str] | None = None  # the countries a heading naming no cluster is about
    para_topic: Cluster | None = None
    last: Cluster | None = None  # the cluster named last, in any paragraph of the section
    recent: list[Cluster] = []  # clusters in the order last named (most recent last)
    cur_para = None
    bib = _bibliography_rx()
    in_bib = False
    difficulties: int | None = None  # the level of the heading that opened a section of difficulties
    headline = next((s for s in sents if s.para_kind == "heading"), None)
    lead = _lead(sents)
    kind_doc = doc_topic is None and (_about_the_kind(headline.text if headline is not None else "", sents)
                                      or (lang == "ko" and bool(lead) and _kind_is_subject_ko(lead[0].text)))
    only_kind = _only_kind_of(doc_topic, clusters, sents) if lang == "ko" else None  # (혁신도시: the topic's kind, its only one)
    prev_para = cur_para_of_prev = None  # the paragraph of the sentence before
    prev_subject = None  # the cluster the sentence before opened on (named, or a reference to it), in its paragraph
    one_line_subject: Cluster | None = None  # the subject of the sentence before, when it was a paragraph of its own
    wide_run = False  # every sentence of the paragraph so far was about a whole and named no cluster
    labelled: Cluster | None = None  # the cluster a bullet's bracketed label names (ㅇ (시스타) …), for it and its sub-bullets
    for k_s, s in enumerate(sents):
        # (every sentence of this paragraph before it about a whole, naming no cluster)
        wide_run = True if s.para != cur_para else (wide_run and bool(out) and out[-1].wide and not sents[k_s - 1].clusters)
        if s.para != cur_para:
            # a capture writing a sentence per line: a line that names no cluster goes on about the one the
            # line before was about, named as its subject (판교테크노밸리는 … 1200개를 돌파했다.\n 첨단업종이 총 848개사로 …)
            prev_sent = sents[k_s - 1] if k_s else None
            para_topic = one_line_subject if prev_sent is not None and prev_sent.para_kind != "heading" \
                and s.para_kind != "heading" and prev_sent.para_text.strip() == prev_sent.text.strip() else None
            cur_para = s.para
            in_bib = in_bib or bool(bib.fullmatch(s.para_text.strip()))
            level = _section_level(s)
            if level is not None and (difficulties is None or level <= difficulties):
                difficulties = level if _difficulty_heading(s.para_text) else None
            if s.para_kind == "heading" or not _SUB_BULLET.match(s.para_text):
                label = _BULLET_LABEL.match(s.para_text) if s.para_kind != "heading" else None
                labelled = _labelled_cluster(label.group(1), clusters) if label else None
        named = [c for _, _, c in s.clusters]
        cur_para_of_prev, prev_para = prev_para, s.para
        ctx = SentenceContext(bibliography=in_bib, difficulties=difficulties is not None)
        ref = referring_back(ana, s.text) if s.para_kind != "heading" else None
        if ref is None and lang == "ko" and s.para_kind != "heading" and not kind_doc:
            ref = _bare_kind_ko(s.text, clusters)  # 'KTX 만종역에서 테크노밸리까지는': the document's one techno valley
        if ref is not None and kind_doc and not _determined(lang).match(s.text, ref):
            ref = None  # in a document about the kind (연구개발특구가 … 거듭나고 있다), the bare kind is every one of them
        prior = labelled or para_topic or last or section or doc_topic
        if ref is not None:
            kind = _of_kind(s.text[ref:ref + 40], lang, recent, doc_topic, clusters, prefer=para_topic or last)
            # a kind no cluster here is of (the region's, the city's): the document's topic
            prior = (doc_topic or prior) if kind is _NO_KIND_MATCH else (kind or prior)
        back_to_subject = lang != "ko" and ref is not None and prev_subject is not None and prev_subject[1] == s.para
        if back_to_subject and re.match(r"\s*(?:It|Its)\b", s.text):
            prior = prev_subject[0]  # 'The park sits beside X Zone. It holds 685 companies': the subject, not X
        # ... and a sentence whose subject is that 'It' is about it, whatever it names after ('It forms
        # the core of the Multimedia Super Corridor'; not 'It is estimated that X …', a dummy subject)
        it_subject = back_to_subject and _IT_SUBJECT.match(s.text) is not None
        # a sentence is about the cluster it opens on (its subject: "Cyberjaya is ... the core of the
        # Multimedia Super Corridor"); in Korean only as its subject (not 포항시는 21일 영일만 산단과 ...
        # 일대의 특화단지에)
        first = s.clusters[0] if s.clusters else None
        opens = first is not None and first[0] - s.start <= 12 and (
            lang != "ko" or re.match(r"(?:은|는|이|가|도)\s", s.text[first[1] - s.start:]) is not None) \
            and not (len(s.clusters) > 1 and landmark(s, first[1], first[0]))  # (not a likeness it opens on: 실리콘밸리가 … 높듯)
        prev_subject = (first[2], s.para) if opens else (prior, s.para) if ref is not None and ref <= 4 and prior is not None else None
        # (as its topic, 은/는: not '주변에 … 기흥캠퍼스가 위치하고', a subject the line brings in)
        # (Korean only: an English sentence opening on a name may open on a list of them, 'Silicon Valley,
        # Seattle, Austin and New York often come to mind')
        subjects = {id(c): c for b, e, c in s.clusters if lang == "ko" and re.match(r"(?:은|는)\s", s.text[e - s.start:])}
        one_line_subject = (next(iter(subjects.values())) if len(subjects) == 1 and len({id(c) for c in named}) == 1 else None) \
            if named else para_topic  # (a line naming none hands on what it went on about)
        if named and ref is not None and prior is not None and not any(c is prior for c in named):
            ctx.back = (prior, s.start + ref)
        # (a numbered line of its own, no sentence, heads a section as a heading does: '4.2 Kista Science City')
        if s.para_kind == "heading" or (_section_level(s) == 1 and s.para_text.strip() == s.text.strip()
                                        and not re.search(r"[.!?。]\s*$", s.text)):
            stemmed = _heading_stem_cluster(s.text, clusters) if not named and s is not headline else None
            if named and len(_unique(named)) == 1 and not (s is headline and doc_topic is not None and named[0] is not doc_topic):
                section = named[0]  # (not the headline's yardstick when the document is about another: Silicon Wadi)
            elif stemmed is not None:
                section = stemmed  # '3. 스웨덴 시스타' heads the section on 시스타 사이언스 시티: its name's own word
            elif not named and (heading_rx.match(s.text) or re.match(r"^\s*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\.", s.text)):
                section = None
            # a section headed by a country and no cluster (□ 네덜란드의 농업 성공비결) is about the country:
            # its sentences naming no cluster are wide
            # (not one that names a kind of cluster: '미국 최대 규모 클러스터…' heads a piece about the country's largest)
            country_section = None if named or stemmed is not None or s is headline or _names_a_kind(s.text, lang) else (
                sorted({iso for a, b, iso in find_countries(s.text) if iso != "KR" and not _related_to(s.text, a, b)}) or None)
            ctx.topic = named[-1] if named else (section or doc_topic)
            last = named[-1] if named else None
            for c in named:
                recent = [x for x in recent if x is not c] + [c]
            out.append(ctx)
            continue
        wide = wide_scope(s.text, lang)
        if wide == [] and doc_topic is not None and len(_unique(list(clusters))) == 1 and set_scope_only(s.text, lang) \
                and _TERRITORY_SET_EN.search(s.text):
            wide = None  # 'Member companies employ 146,000 people across the two regions': one cluster's parts, no set
        if wide == [] and lang == "ko" and not named and _names_kind_bare(only_kind, s.text) and set_scope_only(s.text, lang):
            wide = None  # '기준 혁신도시 인구는 3만1,204명' in a text about the one innovation city it names: that one
        if wide and ref is not None and prior is not None and set(wide) & set(prior.countries) and not _DESCRIBED_AS_COUNTRY.search(s.text):
            wide = None  # "Denmark's government co-funded a new wing there": the country acts on the cluster
            # (not 'Mauritius, an island of 1860 sq km, has grown its exports': about the country itself)
        if wide is None and country_section and not named and ref is None:
            wide = list(country_section)
        if wide is None and not named and ref is None and out and out[-1].wide and s.para == cur_para_of_prev \
                and (_ALSO_OPENING.match(s.text) or (lang == "ko" and wide_run and out[-1].countries)) \
                and not {en for _, _, en, _ in find_places(s.text)} & {c.region for c in clusters if c.region}:
            # (not one naming a cluster's own city: '텔아비브 일대에만 스타트업 약 2,500곳이 몰려 있으며')
            wide = list(out[-1].countries)  # 국내 바이오산업 생산 규모는 …. 연 평균 증가율도 12.1%로: it goes on about the same whole
            # (so does a Korean paragraph about a foreign country that names no cluster: '싱가포르 경제의 기둥은 반도체였습니다.
            # 산업별 매출에서 전자산업이 차지하는 비중은 51%에 달했는데요.')
        ctx.partition = partition.match(s.text) is not None
        ctx.prior = labelled or para_topic or last or section or doc_topic
        ctx.around = prior if ref is not None else (labelled or para_topic or section or doc_topic)
        held = labelled or para_topic or section or doc_topic
        only_landmarks = bool(named) and not opens and all(landmarks(s))  # (held or not: a landmark is no one's topic)
        for c in named if not only_landmarks else []:  # (a landmark is no antecedent: 'Over the road from the AMP, …. The park …')
            if any(c is p for p in parts):
                continue  # (nor a part of the topic: 'it was renamed Kaohsiung Science Park' … 'companies based in the park')
            recent = [x for x in recent if x is not c] + [c]
        if named:
            ctx.topic = first[2] if opens else prior if it_subject else named[-1]  # the cluster it opens on, else the last it names
            if only_landmarks:
                ctx.topic = held  # 대구, 창원 국가산업단지로 한 시간 내에 이동도 가능하다: about the topic, as the text goes on
                out.append(ctx)
                continue
            if id(s) in made_of:
                ctx.topic, ctx.made_of = doc_topic, True  # 이 단지는 A, B 등 6개 지구로 구분된다: about the whole
            para_topic = last = ctx.topic
            if not opens and len(_unique(named)) >= 3:
                para_topic = last = None  # 'The survey of occupiers across A, B and C found …': the next sentence is about
                # all of them (or the survey), not the last one listed
            if any(ctx.topic is p for p in parts):
                last = para_topic = doc_topic  # a part of the topic (특구 안의 허브), or what the topic is part
                # of (메디콘 밸리의 일부로): a later sentence, or a reference, is about the topic
        elif wide is not None:
            ctx.wide, ctx.countries = True, wide
        elif ref is not None and prior is not None:
            ctx.topic = para_topic = prior  # the sentences after it in the paragraph are about it too
        else:
            topic = labelled or para_topic or section or doc_topic
            if not elsewhere(s.text, topic):
                ctx.topic = topic
        out.append(ctx)
    return out


# a list item labelled with the cluster it is about, in brackets after its bullet, as agency reports write
# them: 'ㅇ (시스타) 에릭슨 본사를 중심으로 …', '• [Kista] Ericsson's headquarters …'; and a sub-item under it
_BULLET_LABEL = re.compile(r"^\s*(?:[○●◦•ㅇ□■◆◇▶▷*]|\d{1,2}[.)]|[가-하][.)])?\s*[(\[【〈<]\s*([^()\[\]【】〈〉<>\d]{2,20}?)\s*[)\]】〉>]\s*\S")
_SUB_BULLET = re.compile(r"^\s*(?:[-–—·∙※]|\(\d{1,2}\)|[①-⑳])\s*")


def _heading_stem_cluster(text: str, clusters: list[Cluster]) -> Cluster | None:
    """The one cluster a heading names by the distinctive word of its name alone ('3. 스웨덴 시스타' for 시스타 사이언스
    시티, '4.2 Kista' for Kista Science City), or None."""
    from pipeline.extract.names import name_stem, norm

    words = {norm(w) for w in re.findall(r"[\w’'\-]+", text)}
    hits = _unique([c for c in clusters for n in c.names if " " in n and (st := name_stem(n)) and len(st[0]) >= 2
                    and st[0] in words and norm(n.split()[0]) == st[0]])
    return hits[0] if len(hits) == 1 else None


def _section_level(s: Sentence) -> int | None:
    """How high a paragraph opening a section stands: a heading (0), a numbered line (1: 3. 과제), a
    bulleted line the text layer took for a heading (2: □ 높은 임대료); None for body text."""
    text = s.para_text.strip()
    if len(text) > 40:
        return None
    if re.match(r"^(?:\d{1,2}|[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|[가-하])[.)]\s*\S", text):
        return 1
    if s.para_kind == "heading":
        return 2 if _BULLET.match(text) else 0
    return None


@per_rules
def _difficulty_heading_rx() -> tuple[re.Pattern, re.Pattern]:
    r = (load_rules("attribution") or {}).get("difficulty_headings") or {}
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws or ["\x00"], key=len, reverse=True))  # noqa: E731
    return (re.compile(rf"(?<![A-Za-z])(?:{alt(r.get('words'))})(?![A-Za-z])", re.I),
            re.compile(rf"(?<![A-Za-z])(?:{alt(r.get('unless'))})(?![A-Za-z])", re.I))


def _difficulty_heading(text: str) -> bool:
    """A heading of a section of difficulties: 3. 과제, 향후 과제, Criticism, Challenges ahead (rules:
    attribution.yaml difficulty_headings); not one weighing both sides (성과와 과제)."""
    words, unless = _difficulty_heading_rx()
    text = _BULLET.sub("", text.strip(), count=1)
    return len(text.split()) <= 6 and bool(words.search(text)) and not unless.search(text)


def _related_to(text: str, a: int, b: int) -> bool:
    """A country a heading names as what the cluster is near or linked with, not as what the section
    is about: '□ 홍콩과의 근접성', 'Proximity to Hong Kong', 'Links with China'."""
    return bool(re.match(r"(?:과|와)(?:의)?(?:\s|$)", text[b:]) or re.search(r"\b(?:to|with|from|near)\s+(?:the\s+)?$", text[:a]))


def _labelled_cluster(label: str, clusters: list[Cluster]) -> Cluster | None:
    """The one cluster of the document a bracketed label names: the start of one of its names (시스타 for
    시스타 사이언스시티, Kista for Kista Science City), or its whole name."""
    key = norm(label)
    if len(key) < 2:
        return None
    found = _unique([c for c in clusters if any(norm(n).startswith(key) for n in c.names)])
    return found[0] if len(found) == 1 else None


# 'It' as a sentence's subject, not a dummy one ('It is estimated that …', 'It takes …', 'It's')
_IT_SUBJECT = re.compile(r"\s*It\s+(?!(?:is|was|has\s+been|will\s+be|would\s+be|seems|seemed|appears|appeared|remains|takes|took)\s+"
                         r"(?:\w+ly\s+)?(?:estimated|expected|said|believed|reported|thought|likely|unlikely|possible|clear|true|worth|"
                         r"important|hard|easy|difficult|necessary|time|years|no\s+surprise|not\s+surprising|a\s+matter)\b)")


# a cluster named as what something is near (반월·시화 국가산업단지와 가까운) or reached from it
# (대구, 창원 국가산업단지로 한 시간 내에 이동): a landmark, not what the sentence is about
_LANDMARK_KO = re.compile(r"(?:와|과|에서|에)\s*(?:가깝|가까|인접|연접|맞닿|이웃|근접)"
                          # the area around it, the name of what lies there after it (no particle): 혁신도시 일대 에너지밸리
                          r"|\s?(?:일대|인근|주변)\s+(?=[가-힣A-Za-z])"
                          # ... with another place listed beside it: 광주 첨단산단과 과학기술원 등이 연접해 있어
                          r"|(?:와|과)\s+(?:[^\s,.]+\s+){1,3}?(?:가깝|가까|인접|연접|맞닿|이웃|근접)"
                          # measured from: 실리콘밸리에서 북쪽으로 차로 25분 거리에 있는 캠퍼스
                          r"|에서\s+(?:[^\s,.]+\s+){0,3}?(?:약\s*)?\d[\d,.]*\s*(?:분|시간|km|킬로미터|㎞|마일)\s*(?:정도\s*)?(?:거리|떨어)"
                          r"|(?:으로|로|까지)\s+(?:[^\s,.]+\s+){0,3}?(?:이동|도달|닿|연결|접근|출퇴근|통근)"
                          # what another is measured against: 규모는 반월ㆍ시화 혁신클러스터의 100분 1 수준, X보다, X에 비해
                          # ... or likened to: '실리콘밸리가 … 이름 높듯 … 곳이 삼각연구단지다', 'X처럼'
                          r"|(?:이|가)\s+[^,.]{0,40}?(?:듯이?|것처럼)\s|처럼\s"
                          r"|의\s*\d+\s*분(?:의)?\s*\d|의\s*(?:약\s*)?\d[\d.,]*\s*(?:%|퍼센트|배)\s*(?:수준|정도|에\s*불과|에\s*그치|에\s*달)|보다\s|에\s*비해|에\s*비하|(?:와|과)\s*비교|에\s*견줘|에\s*버금"
                          # what another is built inside: 신서혁신도시 안에 조성된 첨단의료복합단지
                          r"|\s*(?:안|내)에\s*(?:조성된|조성한|위치한|자리한|자리잡은|자리 잡은|들어선|들어서)"
                          # what another is modelled on: 켄달스퀘어를 본뜬 국가 정책사업, X를 모델로 한
                          r"|(?:을|를)\s*(?:본뜬|본떠|본딴|본따|본받|모델로|모델 삼|롤모델로|벤치마킹)"
                          # ... or what its name is taken from: 실리콘밸리에서 따온 이름, 실리콘밸리에 빗댄
                          r"|(?:에서|을|를|에)\s*(?:따온|따와|따왔|빗댄|빗대)")


# ... in English, the words before it: 'Over the road from the Advanced Manufacturing Park (AMP), the
# site … is home to …', 'next to X', 'a short walk from X'
_LANDMARK_EN = re.compile(r"\b(?:(?:over|across)\s+the\s+(?:road|street|river|way)\s+from|next\s+(?:door\s+)?to|adjacent\s+to|close\s+to"
                          r"|across\s+from|a\s+(?:short\s+)?(?:walk|drive|stone['’]s\s+throw)\s+(?:away\s+)?from"
                          r"|(?:minutes|miles|kilometres|kilometers|km)\s+(?:away\s+)?from|beside"
                          # (an adjective after a determiner says where the park itself is: 'The neighbouring
                          # Northgate Science Park is smaller: 85 companies')
                          r"|(?<!\bthe\s)(?<!\bits\s)(?<!\ba\s)neighbou?ring"
                          # ... or what it sits inside: 'It sits within the one-north business park'
                          r"|\b(?:sits|sit|lies|lie|located|situated|nestled|housed|set)\s+(?:with)?in(?:side)?"
                          # ... or what it is modelled on: 'modelled on Kendall Square', 'inspired by Silicon Valley'
                          # ... or what its name is taken from: 'The label borrows from Silicon Valley', 'named after'
                          r"|(?:modell?ed|patterned|fashioned)\s+(?:on|after)|inspired\s+by|in\s+the\s+mou?ld\s+of"
                          r"|(?:named|called)\s+after|borrow(?:s|ed|ing)?\s+from|a\s+(?:nod|play)\s+(?:to|on)|likened\s+to|by\s+analogy\s+with)\s+(?:the\s+)?$", re.I)


# what a country is described as in an apposition: 'Mauritius, an island of 1860 sq km, …'
_COUNTRY_KINDS_EN = "island|country|nation|state|kingdom|republic|city-state|archipelago"
_DESCRIBED_AS_COUNTRY = re.compile(rf"[A-Z][\w’' ]{{1,30}},\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}(?:{_COUNTRY_KINDS_EN})\b"
                                   # (or its people counted: 'Rwanda has just 14 million people')
                                   rf"|\b[A-Z][\w’']+\s+(?:has|had|counts|numbers)\s+(?:just\s+|only\s+|about\s+|some\s+|around\s+|nearly\s+)?"
                                   rf"[\d.,]+(?:\s+(?:million|billion))?\s+(?:people|inhabitants|residents|citizens)\b")


def landmarks(s: Sentence) -> list[bool]:
    """For each mention of the sentence, whether it names a landmark (its abbreviation in brackets
    right after a landmark too: 'Over the road from the Advanced Manufacturing Park (AMP)')."""
    out: list[bool] = []
    for k, (b, e, c) in enumerate(s.clusters):
        prev = s.clusters[k - 1] if k else None
        out.append(landmark(s, e, b) or (prev is not None and prev[2] is c and out[-1]
                                          and re.fullmatch(r"\s*\(\s*", s.text[prev[1] - s.start:b - s.start]) is not None))
    return out


def landmark(s: Sentence, end: int, start: int | None = None) -> bool:
    """A cluster named (ending at ``end``, starting at ``start``) as what something is near."""
    return _LANDMARK_KO.match(s.text, end - s.start) is not None or (
        start is not None and _LANDMARK_EN.search(s.text, max(0, start - s.start - 40), start - s.start) is not None)


def parts_of_topic(sents: list[Sentence], doc_topic: Cluster | None, lang: str) -> tuple[list[Cluster], set[int]]:
    """Clusters the text places inside the document's topic (특구 안의 서울바이오허브, 단지 내
    X센터, X within the park, X on the Harwell campus) or the topic inside (메디콘 밸리의 일부로,
    part of the Medicon Valley cluster), and those a sentence about the topic says it is made of (이
    단지에는 A와 B가 있다; The park comprises A and B; returned with those sentences' ids). Their own
    figures stay theirs; a reference after them (이곳, here, the park) is to the topic."""
    if doc_topic is None:
        return [], set()
    r = load_rules("clusters")["korean" if lang == "ko" else "english"]
    whole = sorted({*doc_topic.names, *(r.get("reference_nouns") or [])}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in whole if w)
    if lang == "ko":
        before = re.compile(rf"(?:{alt})\s?(?:안의|안에 있는|안에 자리한|내|내의|내에 있는|속)\s*$")
        after = None
    else:
        before = None
        after = re.compile(rf"^\s*,?\s*(?:on|within|inside|at the heart of|part of|in)\s+(?:the\s+)?(?:{alt})\b", re.I)
    # ... and the wider cluster the topic belongs to: 메디콘 밸리 생명과학 클러스터의 일부로,
    # part of the Medicon Valley cluster
    container_after = re.compile(r"^\S{0,12}?(?:의\s?일부|에\s?속하|에\s?속한|에\s?포함)") if lang == "ko" else None
    container_before = re.compile(r"\b(?:part\s+of|belongs\s+to|member\s+of)\s+(?:the\s+)?(?:wider\s+|larger\s+|broader\s+)?$", re.I) \
        if lang != "ko" else None
    # ... and the clusters a sentence about the topic says it is made of: 이 단지에는 A와 B가 있으며,
    # 이 단지는 A, B 등 6개 지구로 구분된다, The park comprises A and B
    if lang == "ko":
        made_of = re.compile(rf"^\s*(?:이\s|그\s|해당\s)?(?:{alt})(?:에는|은|는)\s.*(?:있다|있으며|있고|구분된다|구분되며|나뉜다|나뉘며|"
                             rf"이뤄져|이루어져|구성돼|구성되어)", re.S)
    else:
        # (or, opening on the topic, lists its sections after a dash: '… on 79.7 square kilometers of land
        # in four sections – the core area, Kangqiao Industrial Zone, …'; 'The park spans six sites: Hsinchu, …')
        # ('It consists of A and B' after a sentence on the topic: the pronoun is the topic)
        made_of = re.compile(rf"^\s*(?:(?:the\s+|this\s+)?(?:{alt})|It)\s+(?:(?:comprises|consists\s+of|is\s+made\s+up\s+of|"
                             rf"is\s+divided\s+into|is\s+split\s+into)\b|[^;]*?\b(?:in|into|across|spans|covers|includes|has)\s+(?:\w+\s+)?"
                             rf"(?:sections|zones|parts|areas|phases|sub-parks|subparks|districts|sites|campuses)\s*[–—:-])", re.I)
    out: list[Cluster] = []
    whole: set[int] = set()  # id() of the sentences that say what the topic is made of
    # (its subject left unsaid, after a sentence about the topic: '구로디지털단지와 가산디지털단지로 구성돼 있다')
    unsaid = re.compile(r"(?:로|으로)\s*(?:구성돼|구성되어|구성된다|이뤄져|이루어져|나뉜다|나뉘어|구분된다)") if lang == "ko" else None
    for s in sents:
        if s.clusters and (made_of.match(s.text) or (
                unsaid is not None and len(_unique([c for _, _, c in s.clusters])) >= 2 and unsaid.search(s.text)
                and not re.search(r"[은는이가]\s", s.text[:s.clusters[0][0] - s.start]))):
            out.extend(c for _, _, c in s.clusters if c is not doc_topic and all(c is not x for x in out))
            whole.add(id(s))
            continue
        for a, b, c in s.clusters:
            if c is doc_topic or any(c is x for x in out):
                continue
            head = s.text[max(0, a - s.start - 16):a - s.start]
            tail = s.text[b - s.start:b - s.start + 60]
            if (before is not None and before.search(head)) or (after is not None and after.match(tail)) \
                    or (container_after is not None and container_after.match(tail)) \
                    or (container_before is not None and container_before.search(head)):
                out.append(c)
    return out, whole


_NO_KIND_MATCH = object()  # a reference of a kind no cluster of the document is


def _of_kind(ref_text: str, lang: str, recent: list[Cluster], doc_topic: Cluster | None,
             clusters: list[Cluster] = (), prefer: Cluster | None = None) -> Cluster | None:
    """The cluster a reference of a kind points to: the one named most recently whose names end
    in that kind (개발구의 관할 면적은 -> the 신기술개발구, not the 중관촌 named after it; the park ->
    a ... Park), preferring one placed in a place the reference names (the Cleveland corridor);
    the document's topic when it is of that kind; else None (the most recent one decides)."""
    r = load_rules("clusters")["korean" if lang == "ko" else "english"]
    nouns = sorted(r.get("reference_nouns") or [], key=len, reverse=True)
    low = ref_text.lower()  # (a word not in the text needs no pattern: the test before it is cheap)
    kind = next((n for n in nouns if n.lower() in low and re.search(rf"(?<![A-Za-z가-힣]){re.escape(n)}(?![A-Za-z])", ref_text, re.I)), None)
    if kind is None:
        return None
    if not any(_is_kind(c, kind) for c in [*clusters, *recent, *([doc_topic] if doc_topic else [])]):
        return _NO_KIND_MATCH
    place = re.match(r"(?:(?:[Tt]he|[Tt]his)\s+([A-Z][\w\-]+)\s|([A-Z][\w\-]+)['’]s\s)", ref_text) if lang != "ko" else None
    cands = [c for c in ([doc_topic] if doc_topic else []) + recent if _is_kind(c, kind)]
    if place:  # the Cleveland corridor: the one placed there, named in the text or only in a table
        where = place.group(1) or place.group(2)
        placed = [c for c in _unique([*clusters, *cands]) if _is_kind(c, kind)
                  and (c.region == where or any(where in n for n in c.names))]
        cands = placed[-1:] or cands
    if not cands:  # the only cluster of that kind the document has (maybe named in a table only)
        of_kind = [c for c in clusters if _is_kind(c, kind)]
        cands = of_kind if len(of_kind) == 1 else []
    if prefer is not None and not place and any(c is prefer for c in cands):
        return prefer  # the cluster the text is about, when it is of that kind ('the campus board said')
    return cands[-1] if cands else None


def _bare_kind_ko(text: str, clusters) -> int | None:
    """Offset of a long Korean kind of place written bare, with a particle, mid-sentence ('KTX 만종역에서
    테크노밸리까지는 차로 10분'), when exactly one cluster of the document is of that kind and the sentence
    names none of it; else None (not a set's, 두 산업단지의, nor the nation's, 전국 산업단지에)."""
    r = load_rules("clusters")["korean"]
    generic = set(r.get("bare_generic_nouns") or ())
    nouns = sorted((n for n in r.get("reference_nouns") or () if len(n) >= 4 and n not in generic), key=len, reverse=True)
    for m in re.finditer(rf"(?<![가-힣])({'|'.join(map(re.escape, nouns))})(?=까지|에서|에는|에|으로|로|은|는|이|가|의|도)", text):
        before = text[:m.start()].rstrip()
        if re.search(rf"(?:{'|'.join((*_SET_WORDS_KO, '의', '곳', '타', '인근'))})$", before) or not before:
            continue
        of_kind = _unique([c for c in clusters if _is_kind(c, m.group(1))])
        if len(of_kind) == 1 and not any(n in text for n in of_kind[0].names if n != m.group(1)):
            return m.start()
    return None


def _is_kind(c: Cluster, kind: str) -> bool:
    from pipeline.extract.geo import place_lookup
    from pipeline.extract.names import name_stem, norm

    k = norm(kind)
    fam = (name_stem("x" + kind) or (None, None))[1]
    # a name that ends in its place is of the kind before it: High Tech Campus Eindhoven is a campus
    names = [*c.names, *(n.rsplit(" ", 1)[0] for n in c.names
                         if " " in n and (n.rsplit(" ", 1)[1] == c.region or n.rsplit(" ", 1)[1] in place_lookup()))]
    return any(norm(n).endswith(k) or (fam is not None and (name_stem(n) or (None, None))[1] == fam)
               or (n.isascii() and n.split()[0].lower() == kind.lower() and len(n.split()) > 1)  # Campus Groningen
               for n in names)


@per_rules
def _bibliography_rx() -> re.Pattern:
    words = (load_rules("attribution") or {}).get("bibliography_headings") or []
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\s*:?", re.I)


@per_rules
def _partition_rx(lang: str) -> re.Pattern:
    words = (load_rules("attribution").get("partition_openers") or {}).get("korean" if lang == "ko" else "english") or []
    return re.compile(rf"^\W*(?:{'|'.join(words) or '(?!)'})")


def divides_figures(phrase: str, lang: str) -> bool:
    """Whether a phrase is one that divides the figures before it (이 가운데, 그중; attribution.yaml partition_openers)."""
    return _partition_rx(lang).match(phrase + " ") is not None


# words before a Korean kind of place that make it a set's or the nation's, no reference back (두 단지, 전국 산단)
_SET_WORDS_KO = ("두", "세", "네", "각", "모든", "전체", "여러", "전국", "국내", "일부", "주요", "다른", "개")


@per_rules
def anaphora_rx(lang: str) -> re.Pattern:
    """References back to a cluster: the rules' anaphora, and a determiner before a cluster's
    kind of place (이 단지, 해당 산업단지, the park, this campus, the corridor's)."""
    r = load_rules("clusters")["korean" if lang == "ko" else "english"]
    words = list(r["anaphora"])
    det, nouns = r.get("reference_determiners") or [], r.get("reference_nouns") or []
    if lang == "ko":
        alts = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
        if det and nouns:
            alts.append(rf"(?<![가-힣])(?:{'|'.join(map(re.escape, det))})\s?(?:{'|'.join(map(re.escape, sorted(nouns, key=len, reverse=True)))})")
            # a bare kind of place opening a sentence as its subject: 단지 면적은, 산단의 고민은
            alts.append(rf"^(?:{'|'.join(map(re.escape, sorted(nouns, key=len, reverse=True)))})(?:\s?(?:내|안|의)|\s?[은는이가])")
            # ... and anywhere, before its residents: 원구 입주 기업에, 단지 입주업체들은
            # (not 클러스터 입주기업, which speaks of clusters in general as often as of one)
            places = [n for n in nouns if n not in ("클러스터", "생태계")]
            sets = "".join(rf"(?<!{w} )" for w in _SET_WORDS_KO)
            alts.append(rf"(?<![가-힣]){sets}(?:{'|'.join(map(re.escape, sorted(places, key=len, reverse=True)))})(?=\s?입주\s?(?:기업|업체|기관|사))")
            # (not of a set: 두 단지 입주 기업의 매출 합계, 전국 산단 입주기업)
        return re.compile("|".join(alts))
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:])}
    alts = [re.escape(w) for w in sorted(forms, key=len, reverse=True)]
    if det and nouns:
        d = "|".join(f"{re.escape(x)}|{re.escape(x.capitalize())}" for x in det)
        # the park, the corridor's, and with a place: the Cleveland corridor, Kitakyushu's park
        noun_alt = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
        alts.append(rf"(?:{d})\s+(?:[A-Z][\w\-]+\s+)?(?:{noun_alt})(?:['’]s)?")
        alts.append(rf"[A-Z][\w\-]+['’]s\s+(?:{noun_alt})\b")
    # as written or capitalised at a sentence start, never case-blind: "it" must not match "IT firms"
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b")


# a sentence opening on a noun phrase as its subject: 'The university is ...', 'The centre says ...'
_NOUN_SUBJECT = re.compile(r"\s*(?:The|This|That)\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+"
                           r"(?:is|was|has|had|says|said|earned|puts|put|will|can|does|did|[a-z]+s)\b")


@per_rules
def _english_reference_nouns() -> frozenset[str]:
    return frozenset(str(n).lower() for n in (load_rules("clusters")["english"].get("reference_nouns") or ()))


@per_rules
def _determined(lang: str) -> re.Pattern:
    """A reference that opens on a determiner or is an anaphor (이 단지, 이곳, the park, it): it points
    back even in a document about the kind."""
    r = load_rules("clusters")["korean" if lang == "ko" else "english"]
    words = sorted({*(r.get("reference_determiners") or []), *r["anaphora"]}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")", re.I)


def referring_back(ana: re.Pattern, text: str) -> int | None:
    """Offset of the first reference back in ``text`` ("Research there turns into patents"; an
    existential "there are 300 firms in ..." is none)."""
    subject = _NOUN_SUBJECT.match(text)
    nouns = _english_reference_nouns()
    for m in ana.finditer(text):
        if m.group(0).lower() in ("it", "its") and subject and m.start() > subject.end(1) \
                and not any(w in nouns for w in subject.group(1).split()):
            continue  # 'The university is good at ...: it earned €118 million': the subject, not a cluster
        if m.group(0).lower() != "there" or not re.match(r"\s+(?:is|are|was|were|has|have|had|will|remain)\b", text[m.end():]):
            return m.start()
    return None


def elsewhere(text: str, cluster: Cluster | None) -> bool:
    """Whether a sentence that names no cluster places itself in a city or region of another
    country than ``cluster`` ("... Electronics City in Bangalore, India, where 200 IT firms ..."),
    or, naming no city, opens on another country ("싱가포르 정부는 ... 비자를 도입했다"; Korea, the
    writer's own point of view, does not count; a country named further on, 미국(27%)과 유럽연합으로
    수출, does not either)."""
    if cluster is None or not cluster.countries:
        return False
    # a place a journey goes to or comes from is no setting: 파리까지 2시간, 20 minutes to Paris
    places = {iso for a, e, _, iso in find_places(text)
              if not _DESTINATION.match(text, e) and not re.search(r"\b(?:to|from)\s+$", text[max(0, a - 6):a])}
    if not places:  # a country as the sentence's subject: 한편 독일 정부는 ..., In Singapore, ...
        m = _COUNTRY_SUBJECT.match(_strip_bullet(text))
        places = {iso for a, _, iso in find_countries(m.group(1)) if a == 0} - {"KR"} if m else set()
    return bool(places) and not (places & set(cluster.countries))


_DESTINATION = re.compile(r"\s?(?:까지|에서부터|으로부터|로부터)|['’]s\s+airport|\s+(?:by\s+(?:train|rail|car|air|road)|in\s+(?:about\s+|under\s+|just\s+)?\d)")

# a country opening a sentence as its subject or setting (after an opener), not as a modifier
# (특히 폴란드 K2 전차 수출 이후 ... 가동률은: the subject is 가동률)
_COUNTRY_SUBJECT = re.compile(r"^(?:(?:한편|또한|특히|반면|아울러|이밖에|이 밖에)\s+)?(?:(?:In|At|For)\s+(?:the\s+)?)?"
                              r"(\S+?)(?:\s*정부|의|은|는|이|가|에서|에선|도|,|['’]s\b|\s+(?:government|has|have|is|was|introduced|launched|offers)\b)")


# ------------------------------------------------------------------ wide scope

@per_rules
def _wide_rx(lang: str) -> re.Pattern:
    """Sentences about a whole country, sector or survey (rules/attribution.yaml, wide_scope).
    Korean: a nation word, a country or a Korean province, then (within two words) a word for
    'whole' (국내 전체 바이오 기업은, 인도 전체 의약품 수출은, 경남 전체 제조업); or a sentence
    opening on a country in the genitive (스페인의 스타트업 투자액은). English: an opening word
    (Nationally, ...), 'across <country>', '<country> as a whole' (or 'at large'), or a sentence opening on a
    country's possessive (Canada's tech sector ...)."""
    from pipeline.extract.geo import _korean_place_names

    r = (load_rules("attribution") or {}).get("wide_scope", {}).get("korean" if lang == "ko" else "english") or {}
    alt = lambda ws: "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    ko = lang == "ko"
    countries = alt([c for c in country_surface_set() if c.isascii() != ko and c != "국내"])
    openers = alt(r.get("openers", []))
    if ko:
        who = "|".join(x for x in (alt(r.get("nation_words", [])), countries, alt([n for n, _ in _korean_place_names()])) if x)
        # (a subject's particle may follow: 전국 평균은 67.7%였다; not 의: 중국 전체의 3분의 1을 차지, the cluster's share)
        # (nor one its figure in brackets is compared with: '이주율은 41.5%로 전국 평균(53.7%)에 못 미쳤다',
        # '일자리 수는 96% 늘어 같은 기간 스웨덴 전체 증가율(18%)의 5배를 웃돎'; nor the whole a share is of: '332억루블로,
        # 러시아 전체 벤처투자액의 40%에 이른다')
        whole = rf"(?<![가-힣])(?:{who})(?:의)?(?:\s+[^\s,.]+){{0,2}}?\s*(?:{alt(r.get('whole_words', []))})(?:은|는|이|가|도)?(?![가-힣])" \
                rf"(?!\s*(?:[가-힣]+\s*)?[(（][^)）]*[)）]\s*(?:에|보다|대비|과|와|의))(?!\s+[가-힣A-Za-z]+의\s+(?:약\s+)?\d)"
        from pipeline.extract.geo import korean_provinces
        provinces = alt(korean_provinces())
        # (or on a province as where: '전북에는 2차전지 관련 소재부품기업 34개, …': the province's firms)
        # (after a date the sentence opens on: '2000년대 초까지 싱가포르 경제의 기둥은 반도체였습니다')
        # (after a source clause and a time word: '이스라엘혁신청에 따르면 지난해 이스라엘 스타트업이 유치한 투자금은')
        subject = rf"^(?:(?:{openers})\s+)?(?:[^\s,.]+\s?(?:에\s?따르면|에\s?의하면),?\s+)?(?:(?:지난해|올해|작년|지난달|최근)\s+)?" \
                  rf"(?:\d{{4}}\s*년(?:대)?\s*(?:초|말|중반|초반|후반)?(?:까지|부터|에는|에|엔)?\s+)?(?:(?:{countries})의\s|(?:{countries})\s+[가-힣]+?(?:들)?(?:은|는|이|가)\s|(?:{provinces})(?:에는|에서는|에도)\s)"
        # (or the kind, placed over the whole nation, as the subject: '지난해 말 전국에 지정된 산업단지는 1033곳')
        subject += rf"|(?<![가-힣])(?:{alt(r.get('nation_words', []))})(?:에|에서|에는)\s+(?:[가-힣]+\s+){{0,2}}?(?:{_long_ko_heads_alt()})(?:들)?(?:은|는|이|가)\s"
        if (sectors := alt(r.get("sector_nouns", []))):
            # the nation's industry: 국내 바이오산업 생산 규모는, 우리나라 반도체 업계의 (not 국내 최대의 X);
            # a country's too: 싱가포르 바이오산업의 생산규모는
            # (as what the clause is about: not 국내 의료기기산업 활성화에 기여하고, what the cluster serves)
            # (a Korean city's or province's too, opening the sentence: '한편 울산의 제조업 생산액은 …')
            subject += (rf"|^(?:(?:{openers})\s+)?(?:{provinces})의\s+[가-힣A-Za-z]*(?:{sectors})\s"
                        rf"|(?<![가-힣])(?:{alt(r.get('nation_words', []))}|{countries})(?:의)?\s+(?:[가-힣A-Za-z]+\s+)?"
                        rf"[가-힣A-Za-z]*(?:{sectors})(?:(?:의|은|는|이|가|계)(?![가-힣])"
                        rf"|\s+(?:[가-힣A-Za-z]+\s+)?[가-힣A-Za-z]+(?:은|는|이|가|의)(?![가-힣])|\s*[,.]|\s*$)")
    else:
        whole = (rf"^(?:{openers})\b|\b(?:[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:{countries}|country|nation)\b"
                 rf"|\b(?:{countries})\s+(?:as\s+a\s+whole|at\s+large)\b"
                 # 'a small country with a population of about 5.9 million': the country's people
                 rf"|\b(?:a|the)\s+(?:[a-z]+\s+)?(?:country|nation)\s+(?:with|of)\s+(?:a\s+|some\s+)?(?:population|people)\b")
        # Canada's tech sector ...; Finnish start-ups raised ... (a nation's firms, not a cluster's)
        subject = rf"^(?:{countries})['’]s\s|^(?:{countries})\s+(?:[a-z\-]+\s+)?[a-z\-]+s\s+(?!of\b)"
        # ... or on a count of a nation's firms: 'The number of Israeli cybersecurity companies has grown …'
        subject += rf"|^(?:The\s+)?(?:number|count|total)\s+of\s+(?:{countries})\s+"
        # ... or on the country described as one: 'Mauritius, an island of 1860 sq km in the Indian Ocean, has …'
        subject += rf"|^(?:{countries}),\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}(?:{_COUNTRY_KINDS_EN})\b"
        # ... or a county, state or country as a clause's subject: 'Local officials say the county needs 2 million
        # square feet of new lab space by 2030'
        # (not one acting on the cluster: 'the state has put roughly 78 million euros into the centre')
        subject += (r"|\b[Tt]he\s+(?:county|state|country|nation|province)\s+(?:needs|needed|will\s+need|lacks|lacked|counts|employs|"
                    r"(?:has|had)(?=\s+(?:just\s+|only\s+|about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?[\d$€£]))\b")
        # ... or a clause counting a country's people: 'Critics say the market is small: Rwanda has just 14 million people'
        subject += (rf"|(?:^|[:;]\s+|,\s+(?:and|but|while)\s+)(?:{countries})\s+(?:has|had|counts|numbers)\s+"
                    rf"(?:just\s+|only\s+|about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|fewer\s+than\s+)?"
                    rf"[\d.,]+(?:\s+(?:million|billion))?\s+(?:people|inhabitants|residents|citizens)\b")
        sectors, wholes, areas = (alt(r.get(k, [])) for k in ("sector_nouns", "whole_nouns", "area_nouns"))
        if sectors and wholes and areas:
            dateline = r"(?:[A-Z][A-Z .’'\-]+(?:\([^)]*\))?\s*[—–-]\s*)?"
            # a place's industry as the subject (the sentence names no cluster: a state's, a city's)
            subject += rf"|^{dateline}[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?['’]s\s+(?:[a-z\-]+\s+){{0,2}}(?:{sectors})\b"
            # the state's overall job growth, the province's economy (not 'according to the
            # province's latest survey': a source, not the sentence's subject)
            # (nor the whole a share is of: '… representing 37.7 percent of the province's total imports', unless
            # what has the share is a sector: 'the sector accounts for five per cent of the country's GDP')
            subject += (rf"|(?<!according to )(?<!percent of )(?<!per cent of )(?<!% of )\b[Tt]he\s+(?:{wholes})['’]s\s+(?:[a-z\-]+\s+){{0,2}}"
                        rf"(?:{sectors}|jobs?|employment|growth|average|output|GDP|total)\b"
                        rf"|^(?=.*\b(?:{sectors})\b).*(?:percent|per cent|%)\s+of\s+[Tt]he\s+(?:{wholes})['’]s\s+"
                        rf"|^In\s+(?:[A-Z][\w\-]+\s){{1,2}}(?:{areas})\b")
        if (regions := alt(r.get("region_nouns", []))):
            # what there is in a place's region: 'There are 20,000 businesses and 130,000 jobs in the Turku region'
            subject += rf"|^There\s+(?:are|were|is|was)\s+[^.;]*?\b(?:in|across)\s+the\s+(?:[A-Z][\w\-]+\s){{1,2}}(?:{regions})\b"
            # ... or a place's region as the subject: 'The wider Munich region counts 220 biotech companies'
            subject += rf"|^The\s+(?:(?:wider|greater|broader|surrounding|entire|whole)\s+)?(?:[A-Z][\w\-]+\s){{1,2}}(?:{regions})\s+(?!of\b)"
        if (programmes := alt(r.get("programme_nouns", []))):
            subject += rf"|\b[Tt]he\s+(?:national\s+|federal\s+|central\s+)?government['’]s\s+(?:[a-z\-]+\s+){{0,3}}(?:{programmes})\b"
    return re.compile(f"{whole}|{subject}")


@per_rules
def _set_scope(lang: str) -> list[re.Pattern]:
    r = (load_rules("attribution") or {}).get("set_scope") or {}
    return [re.compile(p) for p in r.get("korean" if lang == "ko" else "english") or []]


@per_rules
def _study_cues(lang: str) -> re.Pattern:
    """The study cues as one pattern, each starting a word (이 연구, not 기업이 연구센터)."""
    r = (load_rules("attribution") or {}).get("study_cues") or {}
    cues = sorted((str(c) for c in r.get("korean" if lang == "ko" else "english") or []), key=len, reverse=True)
    return re.compile(r"(?<![\w가-힣])(?:" + ("|".join(re.escape(c) for c in cues) or "\x00") + ")", re.I)


def about_the_study(text: str, lang: str) -> bool:
    """Whether a sentence speaks of the document's own study (rules: study_cues): 본 장에서는 …, this report …"""
    return _study_cues(lang).search(text) is not None


_BULLET = re.compile(r"^\s*(?:[○●◦•·ㅇ□■◆◇▶▷※*\-–—]|\d{1,2}[.)]|[가-하][.)])\s*")


def _strip_bullet(text: str) -> str:
    """The sentence without the list bullet it opens with (○ 스페인의 ..., • 61% of ...)."""
    return _BULLET.sub("", text, count=1)


# a set of places, not of clusters: 'across the two regions', 'in all three cities'
_TERRITORY_SET_EN = re.compile(r"\b(?:two|three|four|five|six|\d)\s+(?:[\w-]+\s+){0,2}?(?:regions|cities|sites|towns|municipalities|counties|provinces|states|areas)\b", re.I)


def set_scope_only(text: str, lang: str) -> bool:
    """Whether a sentence speaks of a set of clusters (rules: set_scope) and not of the document's own study."""
    return not about_the_study(text, lang) and any(rx.search(text) or rx.search(_strip_bullet(text)) for rx in _set_scope(lang))


def wide_scope(text: str, lang: str) -> list[str] | None:
    """None, or the countries (possibly none) a sentence about a whole country, sector or survey
    is about; a sentence about the document's own study, or about the set of clusters it
    compares, is about none."""
    found = _wide_scope(rules_env(), text, lang)
    return None if found is None else list(found)


def _names_a_kind(text: str, lang: str) -> bool:
    """Whether ``text`` has a word for a kind of cluster (a Korean head in it; an English lower-case head)."""
    if lang == "ko":
        return any(h in text for h in ko_heads())
    low = text.lower()
    return any(h.lower() in low and re.search(rf"\b{re.escape(h.lower())}s?\b", low) for h in (load_rules("clusters")["english"].get("lowercase_heads") or ()))


@lru_cache(maxsize=4096)  # asked per sentence and again per figure of a clause
def _wide_scope(_rules_in_use: object, text: str, lang: str) -> tuple[str, ...] | None:
    if _study_cues(lang).search(text) or any(rx.search(text) or rx.search(_strip_bullet(text)) for rx in _set_scope(lang)):
        return ()  # (after a bullet too: '■ The two districts reviewed host 410 companies between them')
    if not _wide_rx(lang).search(_strip_bullet(text)):
        return None
    if lang == "ko" and _BROUGHT_IN_KO.search(text):
        return None  # 싱가포르의 도시계획과 행정 경험을 들여와 …: what the subject took from the country, not the country
    return tuple(sorted({iso for _, _, iso in find_countries(text) if iso != "KR"}))


# what a Korean sentence says was brought in from elsewhere: 경험을 들여와, 제도를 도입해, 모델을 본떠
_BROUGHT_IN_KO = re.compile(r"(?:을|를)\s*(?:들여와|들여오|들여온|도입해|도입하|도입한|본떠|본받|벤치마킹|이식해|이식한)")


