"""Stage 3 — attribute: the cluster (or country) a figure or a claim at a place in the text
belongs to, read off the document model.

Order of precedence for something at offset ``pos`` of a sentence:

1. a sentence about a whole country, sector or survey (``SentenceContext.wide``): no cluster;
   likewise a clause that is (미국 전체 … 투자액은 856억 달러인데, …) when the clusters the
   sentence names are in its other clauses; a figure of a firm described by it ('it is a
   company with sales of …') or counted the world over ('employs a staff of 13,000 across the
   globe', not the clause after it: 'including 5,000 at Sophia'): no cluster;
2. in a Korean sentence that divides what the one before counted (이 가운데 A에 58개, B에 21개),
   the cluster the text before was about: A and B are its sites; an English figure followed by
   'in/at <cluster>' (81 in Technology Park Malaysia): that cluster; one followed by 'in/at <a
   name that is no cluster>' after a list's colon (30 in Kuala Lumpur City Centre): the cluster
   named before the colon, else the topic of the text around;
   a list of clusters named together before (or after) ``pos`` in its clause ('A, B and C
   generated combined revenues of …'): no cluster for an amount or a count, or for any figure
   with a 'combined' word (a percentage alone is said of each: the last named keeps it); a
   'respectively' word hands figures to the list in order (``respectively``, called first);
   otherwise the cluster named last before ``pos`` in the sentence (not one inside brackets
   closed before ``pos``: (A 27.8 km2, B 3.2 km2) lists parts), unless (Korean) a place no rule took for
   a cluster opens the clause of ``pos`` after it (문막 일반산업단지에 58개, 태장 농공단지에 21개:
   then the topic of the text around, as in 5); in Korean, the sentence's topic X는 when
   the one named last is in the genitive: X는 … Y의 공장과 가까워); a cluster named as what
   something is near (Y와 가까운 입지) is not what the sentence is about: its topic X는, else the
   cluster the text before was about;
3. when the sentence refers back before naming anything (``back``) and the reference comes
   before ``pos``: the cluster referred to;
4. the cluster the sentence names after ``pos`` in the same clause ("Of the 9,000 jobs at Milton
   Park, ..."; not "... 42,000 students, and the Communitech hub ..."; not one inside brackets
   opened after ``pos``: 67.8 km2(A 27.8 km2, …) is the whole's); in English, past a list's commas,
   the only cluster the sentence names, after in/into/at ('More than 200 technology, life science,
   and other companies have moved into the Innovation District in South Boston');
5. the sentence's topic from the document model (reference, paragraph, section, document); in a
   sentence that names clusters in other clauses only, the topic of the text around it.

Table rows take the cluster their row names; rows of a table without a cluster column belong to
the document's topic (none in a document about several clusters).
"""
from __future__ import annotations

import re

from pipeline.extract.clusters import Cluster
from pipeline.extract.context import Sentence
from pipeline.extract.docmodel import SentenceContext, about_the_study, landmark as _landmark, wide_scope
from pipeline.extract.geo import country_surface_set, korean_place_lookup, place_lookup
from pipeline.extract.names import ko_heads
from pipeline.extract.statistics import segment_bounds
from pipeline.rules import load_rules, per_rules


# a firm described by its own figures: 'it is a solid company with sales of 610 billion KRW … and about
# 360 employees' (the firm's, not the cluster's)
_FIRM_PROFILE_EN = re.compile(r"(?:\b(?:is|was|remains|became)\s+(?:now\s+|still\s+)?|,\s+)(?:a|an)\s+(?:[\w-]+\s+){0,3}"
                              r"(?:company|firm|manufacturer|maker|supplier|producer|conglomerate|startup|start-up|business)\s+with\b[^.;]*$")


def cluster_at(s: Sentence, ctx: SentenceContext, pos: int, figure: bool = False) -> Cluster | None:
    """The cluster what is at ``pos`` belongs to (``figure``: a statistic, which may be counted the
    world over or be another place's; a claim in such a sentence is still the cluster's)."""
    c = _cluster_at(s, ctx, pos, figure)
    if figure and c is not None and (_other_places_figure_ko(s, pos, c) or _sets_figure_ko(s, pos, not ctx.made_of) or _compared_in_brackets(s, pos)
                                     or _compared_with_whole(s, pos) or _place_population_ko(s, pos, c)
                                     or _settlement_size_ko(s, pos)):
        return None  # 이어 전북(5867명), 경남(4521명): each province's; 전국 10개 혁신도시 종사인원 4만331명: all ten's
    return c


@per_rules
def _compared_with_whole_rx(lang: str) -> tuple[re.Pattern, re.Pattern]:
    r = ((load_rules("attribution").get("compared_with_whole") or {}).get("korean" if lang == "ko" else "english")) or {}
    def alt(ws):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True)) or r"(?!)"
    # (or a figure listed after one so compared: 'against 11.4% in the metro area and 16.8% nationally')
    return (re.compile(rf"(?:^|[\s,(])(?:{alt(r.get('cues') or [])})\s+(?:about\s+|around\s+|only\s+|just\s+|some\s+)?[$€£¥₩]?"
                       rf"(?:[\d.,]+\s*%?[^;.\d]{{0,50}}?(?:,\s+and|,|\s+and)\s+[$€£¥₩]?)?$", re.I),
            re.compile(rf"\b(?:{alt(r.get('wide_words') or [])})\b", re.I))


# a Korean figure in brackets after a nation's noun phrase, in a list of such: '전국 의료기업 매출액(7.8%) 및
# 고용 증가율(4.6%)을 훌쩍 뛰어넘는' (no particle or verb between the nation word and the figure)
_NATIONS_FIGURE_KO = re.compile(r"(?:^|\s)(?:전국|국내)\s(?:[가-힣A-Za-z]+\s?)+[(（]\s*(?:[\d.,]+\s*%?\s*[)）]\s*(?:및|와|과|,)\s*(?:[가-힣A-Za-z]+\s?)+[(（]\s*)*$")


def _compared_with_whole(s: Sentence, pos: int) -> bool:
    """'…, which compares with 18% registered by Taiwan's overall manufacturing sector': a figure a
    cluster's is compared with, of a wider whole (rules: attribution.compared_with_whole)."""
    lang = _lang_of(s.text)
    cue, wide = _compared_with_whole_rx(lang)
    p = pos - s.start
    if lang == "ko" and (m := _NATIONS_FIGURE_KO.search(s.text, max(0, p - 60), p)) is not None \
            and not re.search(r"(?:은|는|이|가|을|를|에|의)\s", m.group(0)):
        return True
    if not cue.search(s.text[max(0, p - 100):p]):
        return False
    _, b = segment_bounds(s.text, p)
    return wide.search(s.text, p, b) is not None


# a figure in brackets after the thing a cluster is compared with: '산본 신도시(약 420만 ㎡)와 비슷한 규모',
# 'the size of Monaco (2 km2)': the other thing's measure
_COMPARED_AFTER = re.compile(r"[^()]{0,24}\)\s*(?:와|과|에|보다|만큼)\s*(?:비슷|맞먹|버금|견줄|필적|크|넓|많|작|좁)"
                             r"|[^()]{0,24}\)\s*(?:와|과)\s*같은\s*규모")
_COMPARED_BEFORE_EN = re.compile(r"\b(?:the\s+size\s+of|as\s+(?:large|big)\s+as|larger\s+than|bigger\s+than|comparable\s+to)\s+"
                                 r"(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}\(\s*(?:about\s+|some\s+|around\s+)?$")


def _compared_in_brackets(s: Sentence, pos: int) -> bool:
    p = pos - s.start
    opened = s.text.rfind("(", 0, p)
    if opened < 0 or ")" in s.text[opened:p] or p - opened > 8:
        return False
    return bool(_COMPARED_AFTER.match(s.text, p) or _COMPARED_BEFORE_EN.search(s.text, max(0, opened - 60), p))


def _cluster_at(s: Sentence, ctx: SentenceContext, pos: int, figure: bool) -> Cluster | None:
    if ctx.wide and not s.clusters:
        return None
    if _FIRM_PROFILE_EN.search(s.text, 0, pos - s.start):
        return None
    if figure and _worldwide(s, pos):
        return None  # 'The group now employs a staff of 13,000 across the globe': counted the world over
    if _country_owned_ko(s, pos):
        return None  # '한국의 지난해 농식품 수출액(78억 달러)', '네덜란드 연간 농식품 수출액(1040억 달러) 중': the country's
    if figure and _counted_in_country_en(s, pos):
        return None  # 'Of the roughly 4,300 start-ups operating in Israel, about 2,900 are …': the country's count
    if ctx.made_of and ctx.topic is not None:
        # '이 단지는 A, B 등 6개 지구로 구분된다': the whole's, save a part's own figure in brackets after it
        own = next((c for _, me, c in s.clusters if re.fullmatch(r"\s*[(（]\s*", s.text[me - s.start:pos - s.start])), None)
        return own or ctx.topic
    if s.clusters:
        a, b = segment_bounds(s.text, pos - s.start)  # the clause of pos
        if not any(a <= ms - s.start < b for ms, _, _ in s.clusters) and wide_scope(s.text[a:b], _lang_of(s.text)) is not None:
            return None  # '미국 전체 벤처캐피털 투자액은 856억 달러인데, 그중 … 실리콘밸리에': the clause is the country's
        if ctx.partition and ctx.prior is not None and all(c is not ctx.prior for _, _, c in s.clusters) \
                and not any(me <= pos and re.match(r"(?:은|는|이|가)\s", s.text[me - s.start:me - s.start + 2]) for _, me, _ in s.clusters):
            return ctx.prior  # 이 가운데 문막 일반산업단지에 58개: the sites of what was just counted
            # (not a part named as the subject of its own figure: 이 가운데 난산단지는 20.04㎢ 규모다)
        size = _SIZE_OF_KO.match(s.text, pos - s.start)
        if size is not None and (sized := next((c for ms, _, c in s.clusters if ms - s.start == size.end()), None)):
            return sized  # … 일대에 60만㎡ 규모의 탄소밸리를: the size of what it names, not of the place before
        kind = _size_of_kind_ko().match(s.text, pos - s.start)
        of_kind = next((c for c in (ctx.topic, ctx.around, ctx.prior) if c is not None and c.name_ko
                        and c.name_ko.replace(" ", "").endswith(kind.group("head"))), None) if kind else None
        if of_kind is not None and not any(ms - s.start == kind.start("kind") for ms, _, _ in s.clusters):
            return of_kind  # 인천경제자유구역청은 현재 92만㎡의 바이오 클러스터를: the size of the unnamed cluster of that kind
        before = [(me, c) for ms, me, c in s.clusters if ms <= pos and not _unbalanced(s.text, ms - s.start, pos - s.start, ")", "(")
                  and not _yardstick(s, ms, me)]
        starts = {me: ms for ms, me, _ in s.clusters}
        in_after = _IN_AFTER_EN.match(s.text, pos - s.start)  # '81 in …', '30 at …' (English)
        named_in = _named_right_after_en(s, in_after)
        if named_in is not None and _area_placed_in(s, pos, in_after, before):
            # 'Site: 1.05 million square metres in Daegu Innovation City': where the site lies, not its size
            other = next((c for c in (ctx.around, ctx.prior, ctx.topic) if c is not None and c is not named_in), None)
            named_in = None if before or other is None else other
        if named_in is not None:
            return named_in  # '…: 66 in Cyberjaya, 81 in Technology Park Malaysia': the park the figure is in
        if before and _own_place_en(s, before[-1][0], pos, in_after):
            # '… within the MSC: …, 30 in Kuala Lumpur City Centre': a place of its own, no cluster
            # named; the list's (what the text before the colon named), else the text around's
            colon = s.text.rfind(":", 0, pos - s.start)
            owner = [c for ms, me, c in s.clusters if me - s.start <= colon] if colon >= 0 else []
            return owner[-1] if owner else ctx.around
        if before and _own_place_ko(s, before[-1][0], pos):
            return ctx.around  # A에 58개, 태장 농공단지에 21개: a place of its own, no cluster named
        if before and _partner_ko(s, before[-1][0]):
            # 인근의 오송생명과학단지와 대덕연구개발특구와 연계된 산업 네트워크도 강점: the partners linked with,
            # not who has the strength; the topic-marked one, else the cluster the text is about
            partners = {id(c) for me, c in before if _partner_ko(s, me)}
            return _topic_marked_of(s, [(me, c) for me, c in before if id(c) not in partners]) \
                or next((c for me, c in reversed(before) if id(c) not in partners), None) \
                or next((c for c in (ctx.prior, ctx.around, ctx.topic) if c is not None and id(c) not in partners), None) \
                or before[-1][1]  # (no other cluster about: the one named, 판교테크노밸리가 들어선 뒤 …, is the text's own)
        members = coordinated(s, before[-1][1], pos) if before else []
        if len(members) > 1 and (_adds_up(s, pos) or _list_subject_en(s, members) or _SURVEY_OF_SET.search(s.text)):
            return None  # 'HSP, STSP and CTSP generated combined revenues of …': the set's, none of them
            # ('A와 B에 입주한 기업 214곳을 대상으로 … 조사한 결과, 응답 기업의 71.3%가': the survey's, of both)
        if before:
            if len(before) > 1 and _genitive(s, before[-1][0]):
                if _GENITIVE_SUBJECT_KO.match(s.text, before[-1][0] - s.start, pos - s.start):
                    return before[-1][1]  # … 늘었고 오창과학산업단지의 2분기 수출실적은 8억 달러로: what it owns is the clause's subject
                # 구미하이테크밸리는 … 구미국가산업단지의 대기업 공장과 가까워: the topic, not the
                # cluster in the genitive that locates it
                topic = _topic_marked_of(s, before)
                if topic is not None:
                    return topic
            if _landmark(s, before[-1][0], starts.get(before[-1][0])):
                # 안산시는 반월·시화 국가산업단지와 가까운 입지를 살려: the cluster something is near
                # is not what the sentence is about
                # ('Biopolis sits within the one-north business park': the one named before, not a landmark too)
                return _topic_marked_of(s, before) or next((c for me, c in reversed(before[:-1]) if c is not before[-1][1]
                                                            and not _landmark(s, me, starts.get(me))), None) \
                    or (ctx.prior if ctx.prior is not before[-1][1] else None)
            return before[-1][1]
        if ctx.back is not None and ctx.back[1] <= pos:
            return ctx.back[0]
        after_at = [(ms, me, c) for ms, me, c in s.clusters if a <= ms - s.start < b and not _unbalanced(s.text, pos - s.start, ms - s.start, "(", ")")]
        after = [c for _, _, c in after_at]
        if (after and len(coordinated(s, after[0], pos)) > 1 and _adds_up(s, pos)) \
                or (len({id(c) for ms, _, c in s.clusters if ms > pos}) > 1 and about_the_study(s.text, _lang_of(s.text))):
            return None  # '… combined revenues of NT$800.7 billion, which includes A, B and C'
            # ('본 장에서는 북유럽 3개국의 … A, B, C를 비교하였다': what the document's study compares)
        if after:  # "Of the 9,000 jobs at Milton Park": named after it, in its clause
            # (not a place it names as where the other lies: 혁신도시 일대 에너지밸리에)
            return next((c for ms, me, c in after_at if not _landmark(s, me, ms)), after[0])
        if figure and _lang_of(s.text) != "ko":
            # 'More than 200 technology, life science, and other companies have now moved into the
            # Innovation District in South Boston': a list's commas inside the clause of the figure
            later = [(ms, c) for ms, _, c in s.clusters if ms > pos and re.search(r"\b(?:in|into|at|on)\s+(?:the\s+)?$", s.text[:ms - s.start])
                     and not re.search(r";|,\s+(?:and|but|while|whereas)\s+(?:the|it|they|its|their)\b|,\s+(?:which|who|where)\b|\d",
                                       re.sub(r"^[$€£¥₩]?[\d.,]+", "", s.text[pos - s.start:ms - s.start]))]
            # (no other figure between: '209,000, with … 131,000 in the Surrounding District' names the second's)
            if later and len({id(c) for _, _, c in s.clusters}) == 1:
                return later[0][1]
        return ctx.around  # a clause naming none: what the text around the sentence is about
    return ctx.topic if not ctx.wide else None


@per_rules
def _yardstick_rx(lang: str) -> re.Pattern:
    words = sorted(((load_rules("attribution").get("yardstick") or {}).get("korean" if lang == "ko" else "english")) or [], key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!)"
    return re.compile(rf"^(?:{alt})(?![가-힣])") if lang == "ko" else re.compile(rf"^\s*(?:{alt})\s+(?:the\s+)?$")


def _yardstick(s: Sentence, ms: int, me: int) -> bool:
    """A cluster named as what another is likened to (rules: attribution.yardstick)."""
    lang = _lang_of(s.text)
    rx = _yardstick_rx(lang)
    return bool(rx.match(s.text, me - s.start) if lang == "ko" else rx.match(s.text[:ms - s.start]))


# an administrative area's population as the sentence's topic: '맹동면 인구는 2013년 말 5197명에 불과했으나 …'
_PLACE_POPULATION_KO = re.compile(r"^\s*(?:[가-힣]+\s)?([가-힣]{1,5}(?:읍|면|동|리|군|시|구))\s?(?:의\s)?(?:인구|주민\s?수)(?:는|은|가|이)\s")


# a settlement's size: '울산이 인구 100만명의 광역시로 성장한 것은 …' is the city's, no cluster's
_SETTLEMENT_SIZE_KO = re.compile(r"[\d,.]+\s*(?:[만천백]\s*)?(?:여\s*)?명(?:의)?\s*(?:대|중소|소)?(?:광역시|도시|시|군|마을|읍|면)(?:으로|로|이|가|를|을|의|에|인|이다)?(?![가-힣])")


def _settlement_size_ko(s: Sentence, pos: int) -> bool:
    """A known place, the subject, measured as a settlement: '울산이 인구 100만명의 광역시로' (the city's people)."""
    p = pos - s.start
    if not _SETTLEMENT_SIZE_KO.match(s.text, p):
        return False
    place = re.search(r"([가-힣]{2,5}?)(?:시|군)?(?:이|가|은|는)\s+인구\s*(?:약\s*)?$", s.text[max(0, p - 20):p])
    return place is not None and place.group(1) in korean_place_lookup()


def _place_population_ko(s: Sentence, pos: int, c: Cluster) -> bool:
    """A figure of a sentence about a town's population (맹동면 인구는 …), when the town is not the cluster."""
    m = _PLACE_POPULATION_KO.match(s.text)
    return m is not None and m.end() <= pos - s.start and m.group(1) not in (c.name_ko or "") \
        and not any(ms - s.start < m.end(1) and me - s.start > m.start(1) for ms, me, _ in s.clusters)


_PLACE_RIGHT_BEFORE_KO = re.compile(r"(?:^|[\s,·ㆍ(])([가-힣]{2,5}?)(?:\s*\(\s*|(?:이|가|은|는|으로|로)?\s+)(?:약\s*)?$")


def _other_places_figure_ko(s: Sentence, pos: int, c: Cluster) -> bool:
    """A Korean figure written right after a place name alone, or in brackets after it (전북 2933명,
    강원(7202명), 강원으로 5408명이), that is not the place of the cluster it would go to: the place's own figure, one
    item of a breakdown by region (not a mention of a cluster: those are attributed as named)."""
    p = pos - s.start
    m = _PLACE_RIGHT_BEFORE_KO.search(s.text, max(0, p - 12), p)
    if m is None or any(ms - s.start <= m.start(1) < me - s.start for ms, me, _ in s.clusters):
        return False
    word = m.group(1)
    place = korean_place_lookup().get(word)
    if place is None:
        return False
    own = (c.name_ko or "").replace(" ", "")
    return not own.startswith(word) and place != c.region and word not in (c.names or [])


def _one_word_heads_alt() -> str:
    """The Korean heads written as one word, longest first, as an alternation."""
    return "|".join(re.escape(h) for h in ko_heads() if " " not in h)


@per_rules
def _set_right_before_ko() -> re.Pattern:
    return re.compile(rf"\d+\s*(?:개|곳)\s*(?:[가-힣]+\s+)?(?:{_one_word_heads_alt()})\s+(?:[가-힣]+\s+)?(?:약\s*)?$")


def _sets_figure_ko(s: Sentence, pos: int, lists: bool = True) -> bool:
    """A Korean figure right after a count of the kind and a noun (전국 10개 혁신도시 종사인원 4만331명):
    the measure of the whole set counted, not of the cluster the sentence names; or that count
    itself, of the nation's (전국 10개 혁신도시)."""
    p = pos - s.start
    if _set_right_before_ko().search(s.text, max(0, p - 30), p) is not None:
        return True
    nation = re.search(r"(?:전국|국내|전체)(?:의)?\s*$", s.text[max(0, p - 8):p])
    # 경기·인천·…·경북TP 등 6개 TP: the list of clusters counted (not a cluster's parts: A단지, B단지 등 12개 단지;
    # not in a sentence saying what a cluster is made of: ``lists`` False)
    listed = lists and re.search(r"\s등\s*$", s.text[max(0, p - 4):p]) is not None and any(0 <= p - (me - s.start) <= 4 for _, me, _ in s.clusters) \
        and not any(ms - s.start <= 12 and s.text[me - s.start:me - s.start + 2].rstrip() in ("은", "는") for ms, me, _ in s.clusters)
    # (a cluster the sentence opens on as its topic owns the count of what it lists: 창원 국가 산업 단지는 A단지·B단지 등 10개 단지로)
    # ('A' 등 14곳을 신규 국가산업단지로: a count of places after a list is the list's, its kind said later)
    return (nation is not None or listed) and (_set_count_ko().match(s.text, p) is not None
                                               or (listed and re.match(r"\d[\d,]*\s*곳", s.text[p:]) is not None))


@per_rules
def _set_count_ko() -> re.Pattern:
    short = "|".join(re.escape(str(a)) for a in (load_rules("clusters")["korean"].get("head_abbreviations") or {}))
    return re.compile(rf"\d[\d,]*\s*(?:개|곳)\s*(?:{_one_word_heads_alt()}{'|' + short if short else ''})")


@per_rules
def _worldwide_rx(lang: str) -> re.Pattern:
    words = ((load_rules("attribution").get("worldwide") or {}).get("korean" if lang == "ko" else "english")) or []
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w가-힣])(?:{alt})(?![\w])", re.I)


def _worldwide(s: Sentence, pos: int) -> bool:
    """The clause of the figure at ``pos`` says it is counted the world over (rules:
    attribution.yaml ``worldwide``)."""
    a, b = segment_bounds(s.text, pos - s.start)
    return _worldwide_rx(_lang_of(s.text)).search(s.text, a, b) is not None


@per_rules
def _size_of_kind_ko() -> re.Pattern:
    """A size, then the kind of place it is the size of, named by no name (92만㎡의 바이오 클러스터를):
    clusters.yaml korean.reference_nouns, industry words before them allowed."""
    r = load_rules("clusters")["korean"]
    heads = "|".join(re.escape(h) for h in sorted(r.get("reference_nouns") or ["\x00"], key=len, reverse=True))
    return re.compile(rf"[\d.,만천억조]+\s*[^\s\d]{{0,4}}?\s*(?:여\s*)?(?:규모)?(?:의|인)\s+(?P<kind>(?:[가-힣A-Za-z]+\s+)?(?P<head>{heads}))"
                      rf"(?:을|를|이|가|은|는|로|으로|에)(?![가-힣])")


_SIZE_OF_KO = re.compile(r"[\d.,만천억조]+\s*[^\s\d]{0,4}?\s*(?:여\s*)?규모(?:의|인)\s+")


@per_rules
def _country_owned_rx() -> re.Pattern:
    countries = "|".join(re.escape(c) for c in sorted(country_surface_set(), key=len, reverse=True)
                         if re.fullmatch(r"[가-힣]{2,}", c) and c != "국내")
    noun_run = r"(?:[가-힣A-Za-z&·]+\s+){0,3}[가-힣A-Za-z&·]+"
    wide = (load_rules("attribution").get("wide_scope") or {}).get("korean") or {}
    nations = "|".join(re.escape(str(w)) for w in sorted({*(wide.get("nation_words") or ()), *(wide.get("government_words") or ())}, key=len, reverse=True))
    wholes = "|".join(re.escape(str(w)) for w in wide.get("whole_words") or ()) or "(?!)"
    # (the whole nation's or government's, in brackets after it: '정부 전체 R&D 예산(29조8000억원)의 15%')
    return re.compile(rf"(?:^|[\s,(])(?:{nations})(?:의)?\s+(?:{wholes})(?:의)?\s+{noun_run}\s*\(\s*$"
                      rf"|(?:^|[\s,(])(?:{countries})(?:의)?\s+{noun_run}\s*\(\s*$"
                      rf"|(?:^|[\s,(])(?:{countries})의\s+{noun_run}(?:은|는|이|가)\s+$"
                      # (or counts in the country: '이스라엘에는 초기 단계 벤처기업이 2500개')
                      rf"|(?:^|[\s,(])(?:{countries})(?:에는|에서는|\s?전체에|\s?전역에)\s+{noun_run}(?:은|는|이|가)\s+$")


def _country_owned_ko(s: Sentence, pos: int) -> bool:
    """A Korean figure whose noun phrase a country owns, in brackets after it or as its subject
    (한국의 지난해 농식품 수출액(78억 달러), 한국의 수출액은 78억 달러) or that it counts in the country (이스라엘에는
    벤처기업이 2500개), no cluster named between."""
    p = pos - s.start
    m = _country_owned_rx().search(s.text, max(0, p - 40), p)
    return m is not None and not any(m.start() <= ms - s.start < p for ms, _, _ in s.clusters)


@per_rules
def _counted_in_country_rx() -> re.Pattern:
    countries = "|".join(re.escape(c) for c in sorted(country_surface_set(), key=len, reverse=True) if c.isascii())
    return re.compile(rf"[\d,.]*(?:\s+(?:million|billion))?\s+(?:[A-Za-z\-]+\s+){{1,3}}?(?:operating\s+|based\s+|registered\s+|active\s+)?"
                      rf"in\s+(?:the\s+)?(?:{countries})\b(?!['’])")


@per_rules
def _country_possessive_rx() -> re.Pattern:
    countries = "|".join(re.escape(c) for c in sorted(country_surface_set(), key=len, reverse=True) if c.isascii())
    return re.compile(rf"\b(?:{countries})['’]s\s+(?:(?:roughly|some|about|around|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$")


def _counted_in_country_en(s: Sentence, pos: int) -> bool:
    """An English count of things placed in a whole country ('4,300 start-ups operating in Israel'), in a
    sentence naming no cluster before it, or owned by a country ('Twelve of Hong Kong's 18 unicorns'): the country's."""
    if _lang_of(s.text) == "ko":
        return False
    if _country_possessive_rx().search(s.text, max(0, pos - s.start - 60), pos - s.start):
        return True
    if any(ms <= pos for ms, _, _ in s.clusters) or not _OPENS_ON_COUNT_EN.fullmatch(s.text[:pos - s.start]):
        return False
    return _counted_in_country_rx().match(s.text, pos - s.start) is not None


# a sentence opening on the count itself: 'Of the roughly 4,300 …', 'There are some 4,300 …', '4,300 …'
_OPENS_ON_COUNT_EN = re.compile(r"\s*(?:(?:Of\s+(?:the\s+)?|There\s+(?:are|were)\s+)(?:(?:roughly|some|about|around|nearly|almost|over|more\s+than)\s+)?)?")


@per_rules
def _coordination_rules(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, tuple[str, ...]]:
    """(joiner between two names, a conjunction among the joiners, a 'respectively' word, a
    'combined' word, the words that close a list) from attribution.yaml ``coordination``."""
    r = ((load_rules("attribution").get("coordination") or {}).get("korean" if lang == "ko" else "english")) or {}
    def alt(words, escape=True):
        return "|".join(re.escape(w) if escape else w for w in words) or "(?!)"
    bounded = r"(?<![\w가-힣])(?:{})(?![\w가-힣])" if lang != "ko" else "(?:{})"
    return (re.compile(alt(r.get("joiners") or [], escape=False)),
            re.compile(bounded.format(alt(r.get("conjunctions") or [])), re.I),
            re.compile(bounded.format(alt(r.get("respectively") or [])), re.I),
            re.compile(bounded.format(alt(r.get("combined") or [])), re.I),
            tuple(str(w) for w in r.get("closing") or ()))


def _lang_of(text: str) -> str:
    return "ko" if re.search(r"[가-힣]", text) else "en"


def coordinated(s: Sentence, member: Cluster, pos: int) -> list[Cluster]:
    """The clusters named together with ``member`` in one list ('A, B and C', 'A와 B'), in order;
    [member] when it stands alone. The list must hold a conjunction and be in the clause of
    ``pos`` (no clause break between the list and the figure)."""
    named = sorted((ms - s.start, me - s.start, c) for ms, me, c in s.clusters)
    # (the mention of it nearest before pos: 'A와 B의 실태를 점검한 결과, A의 생산액이 …' is A alone)
    k = max((i for i, (_, me, c) in enumerate(named) if c is member and me <= pos - s.start), default=None)
    if k is None:
        k = next((i for i, (_, _, c) in enumerate(named) if c is member), None)
    if k is None:
        return [member]
    joiner, conj, _, _, closing = _coordination_rules(_lang_of(s.text))
    lo = hi = k
    while lo > 0 and named[lo - 1][1] <= named[lo][0] and joiner.fullmatch(s.text[named[lo - 1][1]:named[lo][0]]):
        lo -= 1
    while hi + 1 < len(named) and named[hi][1] <= named[hi + 1][0] and joiner.fullmatch(s.text[named[hi][1]:named[hi + 1][0]]):
        hi += 1
    members = []
    for _, _, c in named[lo:hi + 1]:
        if all(c is not x for x in members):
            members.append(c)
    closed = any(s.text[named[hi][1]:].lstrip().startswith(w) for w in closing)  # A, B, C 등
    if len(members) < 2 or not (closed or any(conj.search(s.text[named[i][1]:named[i + 1][0]]) for i in range(lo, hi))):
        return [member]
    p = pos - s.start
    a, b = named[lo][0], named[hi][1]
    between = s.text[b:p] if p >= b else s.text[p:a]
    if re.search(r"[;.!?]\s", between):
        return [member]
    return members


def _list_subject_en(s: Sentence, members: list[Cluster]) -> bool:
    """Three or more names (``members``, coordinated) opening an English sentence as its subject, the figure
    after them and no 'each' or 'respectively': 'A, B, C as well as D cover less than 6 percent of the city' is
    the set's."""
    if _lang_of(s.text) != "en":
        return False
    starts = [ms - s.start for ms, _, c in s.clusters if any(c is m for m in members)]
    return len(members) >= 3 and min(starts) <= 4 and not re.search(r"\b(?:each|respectively|apiece)\b", s.text, re.I)


# a survey of the firms of the clusters a sentence lists (Korean: …을 대상으로 한 조사; English: a survey of …)
_SURVEY_OF_SET = re.compile(r"대상으로\s*(?:한\s*)?(?:\S+\s+){0,3}?\S*(?:조사|설문)|\b(?:(?:a|an|the|this|its)\s+(?:[\w-]+\s+){0,2}?survey\s+of|we\s+surveyed|surveyed)\b", re.I)


def _adds_up(s: Sentence, pos: int) -> bool:
    """A figure of a list of clusters that adds them up: an amount or a count, or any figure
    with a 'combined' word in its sentence (a percentage alone is said of each)."""
    _, _, _, combined, _ = _coordination_rules(_lang_of(s.text))
    return not re.match(r"[\d.,]+\s*(?:%|퍼센트|percent|per\s*cent)", s.text[pos - s.start:pos - s.start + 16], re.I) \
        or combined.search(s.text) is not None


# the number of clusters a set word says ('the two parks', '두 클러스터', 'All three parks')
SET_SIZE = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "두": 2, "양": 2, "세": 3, "네": 4, "다섯": 5}


def set_numbers(lang: str) -> str:
    """'|' of the set words of SET_SIZE written in the language (두|양|…, two|three|…)."""
    return "|".join(w for w in SET_SIZE if ("가" <= w[0] <= "힣") == (lang == "ko"))


@per_rules
def set_kinds(lang: str) -> str:
    """'|' of the kinds of place a set of the document's clusters is named by (attribution.yaml set_kinds)."""
    words = ((load_rules("attribution").get("set_kinds") or {}).get("korean" if lang == "ko" else "english")) or []
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@per_rules
def _set_of_kind() -> re.Pattern:
    """A set of so many of the document's clusters: '두 클러스터', 'the two parks'."""
    return re.compile(rf"(?:(?<![\w가-힣])(?P<ko>{set_numbers('ko')})\s*(?:개\s*)?(?:{set_kinds('ko')})"
                      rf"|\b(?:the|both|all)\s+(?P<en>{set_numbers('en')})\s+(?:[\w-]+\s+)?(?:{set_kinds('en')}))", re.I)


def respectively(s: Sentence, positions: list[int], clusters: list[Cluster] = ()) -> dict[int, Cluster]:
    """Figures (``positions``: page offsets, in order) that a 'respectively' word hands to the
    clusters listed before them, in order: 'A와 B는 각각 1조 1700억 대만달러와 1조 4800억
    대만달러를' -> the first to A, the second to B. Figures are paired within one unit run: the
    caller passes those of one unit."""
    _, _, resp, _, _ = _coordination_rules(_lang_of(s.text))
    if not resp.search(s.text) or not (s.clusters or clusters):
        return {}
    out: dict[int, Cluster] = {}
    named = sorted(s.clusters)
    for end in sorted({me for _, me, _ in named}):
        last = next(c for _, me, c in named if me == end)
        group = coordinated(s, last, end)
        if len(group) < 2 or group[-1] is not last:
            continue
        nxt = min((ms for ms, _, _ in s.clusters if ms >= end), default=s.end)
        after = [p for p in positions if end <= p < nxt]
        if len(after) == len(group):
            out.update(zip(after, group))
    if not out and (word := resp.search(s.text)) is not None:
        # 'A가 2만 명을, B가 1만 명을 고용하면서 각각 3.7%와 13.9% 증가': each cluster named before the word, in
        # order, takes the figure of that rank after it
        cut = s.start + word.start()
        figures = [p for p in positions if p >= cut]
        names: list[Cluster] = []
        for _, me, c in sorted(s.clusters):
            if me <= cut and all(c is not x for x in names):
                names.append(c)
        if len(names) >= 2 and len(figures) == len(names):
            out.update(zip(figures, names))
    if not out and (word := resp.search(s.text)) is not None and (kind := _set_of_kind().search(s.text, 0, word.start())):
        # '두 클러스터의 바이오 기업 수는 각각 1,000개와 1,200개다': the document's clusters, when it has that many, in its order
        n = SET_SIZE.get((kind.group("ko") or kind.group("en") or "").lower())
        figures = [p for p in positions if p >= s.start + kind.end()]  # (after the set, before or after the word)
        if n and len(clusters) == n and len(figures) == n:
            out.update(zip(figures, clusters))
    return out


_IN_AFTER_EN = re.compile(r"[$€£]?\d[\d,.]*\s+(?:[a-z\-]+\s+){0,3}?(?:in|at|on)\s+(?:the\s+)?")


def _named_right_after_en(s: Sentence, m: re.Match | None) -> Cluster | None:
    """An English figure followed by 'in/at <cluster>' in its clause (``m``: _IN_AFTER_EN's match
    at the figure): that cluster's."""
    if m is None:
        return None
    return next((c for ms, _, c in s.clusters if ms - s.start == m.end()), None)


_AREA_WORDS_EN = re.compile(r"(?:square|sq\.?|hectares?|ha\b|acres?|km2|km²|m2|m²)", re.I)
_FIELD_LABEL_OPENING_EN = re.compile(r"[\s•·\-–*]*(?:Site|Campus|Location|Land|Area|Size|Site area|Land area)\s*:\s*(?:about\s+|around\s+|some\s+|approximately\s+)?", re.I)


def _area_placed_in(s: Sentence, pos: int, m: re.Match, before: list) -> bool:
    """An English area followed by 'in <cluster>' that says where the land lies, not the size of that
    cluster: on a field line (Site: …) or after another cluster named as the clause's subject."""
    if not _AREA_WORDS_EN.search(s.text, pos - s.start, m.end()):
        return False
    return bool(_FIELD_LABEL_OPENING_EN.fullmatch(s.text[:pos - s.start])) or bool(before)


def _own_place_en(s: Sentence, named_end: int, pos: int, m: re.Match | None) -> bool:
    """A later item of an English list whose figure is 'in/at <a capitalised name>' that is no
    cluster and no known city or country (30 in Kuala Lumpur City Centre), after the item that
    named one (``m``: _IN_AFTER_EN's match at the figure)."""
    if m is None or named_end > pos:
        return False
    name = re.match(r"(?:[A-Z][\w\-]*\s?){1,5}", s.text[m.end():])
    rest = s.text[m.end() + name.end():] if name is not None else ""
    if re.match(r"\s*[a-z]", rest) and not re.match(r"\s*(?:and|or|but|while|whereas|with|where|which|for|to|in|at|on|of|by|as)\b", rest):
        return False  # 'a year in ICT exports': a word before a common noun, no place
    return name is not None and name.group().strip() not in place_lookup() and name.group().strip() not in country_surface_set()


def _unbalanced(text: str, a: int, b: int, opening: str, closing: str) -> bool:
    """More ``opening`` than ``closing`` brackets in text[a:b]: a name inside brackets opened after
    the figure (67.8 km2(대덕연구단지 27.8 km2, …): it lists the parts of the whole the figure
    measures), or, with the brackets swapped, one inside brackets closed before it ((대덕연구단지
    27.8 km2, 대덕산업단지 3.2 km2) …: what follows is not theirs)."""
    between = text[a:b]
    return between.count(opening) > between.count(closing)


# a cluster in the genitive owning the noun that is the subject of the figure's clause: X의 2분기 수출실적은 N
# (the level it reached may come first: X의 수출실적은 8억 달러로 37.9% 뛰었다)
_GENITIVE_SUBJECT_KO = re.compile(r"의\s+(?:[^\s,.;()]+\s+){0,2}?[^\s,.;()]+?(?:은|는|이|가)\s+(?:\d[^;]{0,20}?(?:로|으로)\s+)?(?:약\s*)?$")


def _genitive(s: Sentence, end: int) -> bool:
    return s.text[end - s.start:end - s.start + 1] == "의"


# a Korean cluster named as a partner the clause links with (오송생명과학단지와 연계된, 대덕특구와의 협업,
# A, B와 연계된), or as what was built in the place the text is about: not what the clause is about
_PARTNER_KO = re.compile(r"(?:와|과|,|·|ㆍ)(?:의)?\s*(?:[^\s,.]+\s+){0,3}?(?:연계|연결된|협력|협업|교류|공동\s?연구)"
                         # ... or one built or moved into the place the text is about: '… 캠퍼스와 바르셀로나 미디어파크가 들어서'
                         r"|(?:이|가)\s+(?:[^\s,.]+\s+)?(?:들어서|들어섰|들어선|입주해|입주하|입주했)")


def _partner_ko(s: Sentence, named_end: int) -> bool:
    return _lang_of(s.text) == "ko" and _PARTNER_KO.match(s.text, named_end - s.start) is not None


def _topic_marked_of(s: Sentence, named: list[tuple[int, Cluster]]) -> Cluster | None:
    """The first of ``named`` (end offset, cluster) marked as the sentence's topic or subject (X는)."""
    return next((c for end, c in named if s.text[end - s.start:end - s.start + 2].rstrip() in ("은", "는", "이", "가")), None)


def _own_place_ko(s: Sentence, named_end: int, pos: int) -> bool:
    """A later clause of a list whose figure says where with a place of its own (태장 농공단지에
    21개), after the clause that named the cluster."""
    a, _ = segment_bounds(s.text, pos - s.start)
    return named_end - s.start <= a and re.search(r"[가-힣]{2,}(?:에|에서)\s*(?:약\s*)?$", s.text[a:pos - s.start]) is not None
