"""Stages 3 and 4 for numbers — the figures of a document, attributed and normalised.

Numbers are found per sentence (``statistics_ko.korean_quantities`` / ``statistics_en.english_quantities``: the
numeral, its unit or counter converted to the canonical unit, its qualifier and a free metric
label), given a period (``statistics.attach_periods``, relative dates resolved against the
publication date), attributed (``attribute.cluster_at``) and given a metric code of the
contract's vocabulary (``normalise.metric_code``). A block of key-figure lines takes the date its
title or closing line gives. Table cells are read by ``table_figures``.
"""
from __future__ import annotations

import re

from pipeline.extract import normalise as no
from pipeline.extract import numbers as nu
from pipeline.extract import statistics as st
from pipeline.extract import statistics_en as en_figures
from pipeline.extract import statistics_ko as ko_figures
from pipeline.extract import table_figures
from pipeline.extract.attribute import cluster_at, respectively
from pipeline.extract.context import Sentence
from pipeline.extract.docmodel import DocumentModel, divides_figures
from pipeline.extract.geo import country_currencies
from pipeline.extract.modality import figure_modality
from pipeline.korean import is_hangul
from pipeline.model import ParsedDocument
from pipeline.rules import load_rules, per_rules


def statistics(parsed: ParsedDocument, sents: list[Sentence], clusters: list, model: DocumentModel, lang: str) -> list[dict]:
    """Statistic rows (cluster_id: ``id()`` of the Cluster record, or None)."""
    rows = []
    published = (parsed.metadata or {}).get("published")
    same = _same_period_rx(lang)
    last_period = None  # the period the text gave last, for 'the same year' (a heading forgets it)
    last_figure_period = None  # the period of the last figures, for a phrase dividing them (이 가운데)
    follow = _follow_on_rx(lang)
    prev: list = []  # the previous sentence's quantities
    headed: set[int] = set()  # rows read in headings
    last_currency = None  # the currency of the last amount of money ('20 million euros … a further 35 million')
    for s, ctx in zip(sents, model.sentences):
        if ctx.bibliography:
            continue
        if s.para_kind == "heading":
            last_period = last_figure_period = None
        if lang == "ko":
            toks = s.tokens
            qs = ko_figures.korean_quantities(s.doc, toks[0].idx if len(toks) else 0, toks[-1].idx + 1 if len(toks) else 0,
                                      text=s.para_text)
            base = s.start - (toks[0].idx if len(toks) else 0)
        else:
            qs = en_figures.english_quantities(s.text)
            base = s.start
        shift = s.start - base
        local = [st.Quantity(q.start - shift, q.end - shift, q.text, q.value, q.unit, q.qualifier, q.metric) for q in qs]
        if follow.search(s.text):  # 석유화학(1조3331억원)이 뒤를 이었다: the previous sentence's measure
            for k, q in enumerate(local):  # ('..., followed by device makers (19)': this sentence's, first)
                if q.unit != "percent" and q.metric == st.unit_label(q.unit):  # (a percent's default, share, says something)
                    q.metric = _lent_label(q, [*prev, *local[:k]])
        if lang == "ko" and _SAME_MEASURE_END_KO.search(s.text):  # 김해강소특구는 3,400억원에 그쳤다: after a sentence
            for q in local:  # of amounts labelled, a bare amount whose clause ends on how it ranks measures the same
                if st.is_money(q.unit) and q.metric == st.unit_label(q.unit):
                    q.metric = next((p.metric for p in reversed(prev) if p.unit == q.unit and p.metric != q.metric), q.metric)
        if lang == "ko":  # 12월 생산실적은 1조3,620억원이며, 전기전자가 7,248억원, 석유화학이 1,918억원: a breakdown by
            for k, q in enumerate(local):  # subjects (업종이 N원) of the amount labelled before it measures the same
                if q.unit != "percent" and q.metric == st.unit_label(q.unit) and _BREAKDOWN_SUBJECT_KO.search(s.text, max(0, q.start - 12), q.start):
                    # (in the sentence before too, when this one opens on the part: 총생산실적이 … 1조1240억원. 3단지가 3628억원으로)
                    earlier = [*prev, *local[:k]] if _PART_OPENS_KO.match(s.text) else local[:k]
                    q.metric = _lent_label(q, earlier)
            for k, q in enumerate(local):  # 입주기업이 557개였으나 … 1403개로 늘었다: the level the count before rose to
                if q.unit == "count" and q.metric == st.unit_label(q.unit) and _LEVEL_REACHED_KO.match(s.text, q.end):
                    q.metric = _same_counter_label(q, local[:k])
                # … 104곳으로 집계됐다. 2020년 23곳에서 3년 만에 4배 넘게 늘었다: the level the count before rose from
                elif q.unit == "count" and q.metric == st.unit_label(q.unit) and _LEVEL_LEFT_KO.match(s.text, q.end):
                    q.metric = _same_counter_label(q, [*prev, *local[:k]])
            ko_figures.compared_bases(local, s.text)  # (3628억원으로 지난해 같은 기간 3108억원보다: now that 3628 is labelled)
            if _GOES_ON_LIST_KO.match(s.text):  # 입주기업은 … 8034곳으로 늘었다. 또 2020년 6970곳, 2021년 7345곳 …: the same count
                for q in local:
                    if q.unit == "count" and q.metric == st.unit_label(q.unit):
                        q.metric = _same_counter_label(q, prev)
        st.tax_reliefs(local, s.text, lang)
        for k, q in enumerate(local):  # '… 214곳으로 집계됐다. 5년 전(158곳)보다 35% 늘어난 수치다', '… 1,040 firms. That is up
            # from 880': a base the sentence compares with the sentence before's figure, none of its own beside it
            if q.unit != "percent" and q.metric == st.unit_label(q.unit) and not any(p.unit == q.unit for p in local if p is not q) \
                    and st.compared_back(s.text, q.start):
                q.metric = next((p.metric for p in reversed(prev) if p.unit == q.unit and p.metric != q.metric), q.metric)
        prev_kinds = _kinds(prev)
        prev_qs = prev  # the sentence before's quantities ('… 15 firms. Today that number has grown to 1,472')
        prev = local
        here = ctx.around or model.topic
        own = st.attach_periods(local, s.text, lang, published, (here.countries or [None])[0] if here is not None else None)
        st.share_bracketed_periods(local, s.text)  # NT$1.14 trillion (US$37.2 billion) last year: one period
        if (same_at := same.search(s.text)):  # 같은 해, the same year: the period the text gave last (earlier in this sentence, or before)
            for q in local:
                if q.start < same_at.start() and st.UNRESOLVED_RELATIVE.search(s.text, max(0, q.start - 12), q.start):
                    continue  # (before the phrase, a figure a relative date the text cannot fix dates: '2019년 41개에서
                    # 지난해 말 128개로 늘었으며, 같은 기간 종사자는 …': the 128 is not of 2019)
                if lang == "ko" and "기간" in same_at.group() and q.start > same_at.start() and (
                        re.match(r"\s*에서\s", s.text[q.end:q.end + 4]) or any(
                            o is not q and same_at.start() <= o.start and o.end <= q.start and re.match(r"\s*에서\s", s.text[o.end:o.end + 4])
                            for o in local)):
                    continue  # (over the same span, a change from one level to another is dated by neither end: 1,020명에서 3,450명으로)
                earlier = [p for p in own if p[1] <= q.start]
                # (이 가운데, 그중: a part of the figures before, dated as they are, not by the year of an event the
                # text told before them: '1994년 … 개발한 산업단지다. 총면적은 278㎢로, 이 가운데 …')
                before = last_figure_period if divides_figures(same_at.group(), lang) else last_period
                if q.period is None and (given := (earlier[-1][2], earlier[-1][3]) if earlier else before):
                    # (a base written 전년(6913건) takes the year before: '이 가운데 해외 출원이 8273건으로 전년(6913건) 대비')
                    q.period = st.year_earlier(given) if st.year_before_base(s.text, q.start) else given
        elif not own and last_period and _kinds(local) & prev_kinds and (_GOES_ON_KO.match(s.text) or (follow.search(s.text) and any(p.period for p in prev_qs))):
            # (a ranking goes on from a dated one: '… 63 companies as of October 2017 … the largest group (33), followed by
            # …'; not from a figure the text left undated: 입주 이유로는 …(58.3%)이 가장 많았고 … 뒤를 이었다)
            # a sentence that goes on from the figures before (업종별로는 …, …이 뒤를 이었다; 수출도 …로
            # 늘었다: 'also'), measuring the same kind of thing, giving no period of its own: theirs
            for q in local:
                q.period = q.period or last_period
        # (not the date of the level a change started from: '2020년 23곳에서 3년 만에 4배 넘게 늘었다' leaves the
        # date of the level now unsaid, and the next sentence's figures are not of 2020)
        start_level = lang == "ko" and bool(local) and local[-1].period is not None and re.match(r"\s*에서\s", s.text[local[-1].end:local[-1].end + 4]) is not None
        if local:  # (the last figure's: a part after it is of that one, undated when it is)
            last_figure_period = None if start_level or local[-1].period is None else \
                next((q.period for q in reversed(local) if q.period and not q.compared), None)
        last_period = None if start_level else next((q.period for q in reversed(local) if q.period and not q.compared), None) \
            or ((own[-1][2], own[-1][3]) if own else None) or last_period
        if local and local[-1].period is None and st.UNRESOLVED_RELATIVE.search(s.text, max(0, local[-1].start - 14), local[-1].start):
            last_period = None  # '… 지난 23일 8002명이 됐다. 이 가운데 …': the text's last date is one it could not fix
        marker = re.match(r"\s*(\d{1,2})[.)]\s", s.text)  # "3. Ireland: ...": a list number, not a count
        handed = {}  # 'A와 B는 각각 1조원과 2조원': figures a 'respectively' word hands to a list of clusters
        for unit in dict.fromkeys(q.unit for q in local):
            handed.update(respectively(s, [s.start + q.start for q in local if q.unit == unit], model.clusters))
        for q in local:
            if marker and q.start == marker.start(1):
                continue
            if q.unit == "year" and (q.text.endswith("간") or re.match(r"\s*(?:동안|간|에 걸쳐)", s.text[q.end:])):
                continue  # 10년간 10억 달러: a duration, not a fact
            if lang != "ko" and q.unit == "count" and q.metric == "count" and en_figures.THAT_NUMBER_EN.search(s.text, max(0, q.start - 80), q.start):
                q.metric = next((p.metric for p in [*prev_qs, *[o for o in local if o.end <= q.start]][::-1]
                                 if p.unit == "count" and p.metric != "count"), q.metric)  # (the count before, in this sentence or the last)
            if lang != "ko" and q.unit == "count" and q.metric == "count":
                continue  # a bare number nothing in its sentence names (a time, an age, a phone number, a rank);
                # a Korean number always has its counter (곳, 건, 개), which says it counts something
            c = handed.get(s.start + q.start) or cluster_at(s, ctx, s.start + q.start, figure=True)
            if lang != "ko" and q.unit == "count" and _SCALE_WORD.search(q.text) \
                    and no.metric_code(q.metric, "KRW", True) in st.MONEY_CODES \
                    and (code := last_currency or (country_currencies().get(c.countries[0])
                                                   if c is not None and len(c.countries) == 1 else None)):
                q.unit = code  # 'over 13 trillion in sales': money in the currency the text used last, else the cluster's own
            q.unit = _local_currency(q, c or model.topic)
            rows.append(st.stat_row(parsed.doc_id, c, q, s.page, s.start + q.start, s.start + q.end, s.text,
                                  modality=figure_modality(s.text, q.start, q.end, lang, published)))
            last_currency = q.unit if st.is_money(q.unit) else last_currency
            if s.para_kind == "heading" or (s.para == sents[0].para and not s.text.rstrip().endswith(".")):
                headed.add(id(rows[-1]))  # (a title line is a heading, whatever the layout called it)
    used = {r["unit"] for r in rows if st.is_money(r["unit"])}
    for r in rows:  # 'invests 55 million' in a headline before '20 million euros': the text's one currency
        if len(used) == 1 and r["unit"] == "count" and r["metric"] in st.MONEY_CODES and lang != "ko" \
                and _SCALE_WORD.search(r["text"]):
            r["unit"] = next(iter(used))
    _date_fact_blocks(rows, sents, lang, published)
    _footnote_dates(rows, sents, lang, published)
    body = {id(r) for r in rows if id(r) not in headed}  # rows of the running text, not headings or tables
    rows += table_figures.statistics(parsed, clusters, model.topic, lang)
    return _dedupe_stats(_without_rounded_headlines(rows, headed), body)


# a block of key figures, one per line ('340 companies', '입주기업 418개'): lines of a fragment, not sentences
_FACT_LINE = re.compile(r"^(?=.*\d)(?:[^.!?。]|(?<=\d)\.(?=\d)){1,60}$")


def _date_fact_blocks(rows: list[dict], sents: list[Sentence], lang: str, published: str | None) -> None:
    """A block of key-figure lines takes the date its title gives ('Key figures (2023)', '주요 지표(2023년
    기준)', 'Park at a glance, as of 31 May 2024:') or the line that closes it gives ('2024년 6월 말 기준'),
    for the figures it leaves undated."""
    blocks: list[tuple[list[Sentence], tuple | None]] = []
    lines: list[Sentence] = []
    opened = None  # the date the block's heading gives
    for s in sents:
        kind, date = nu.dating_line(s.text, lang, published)
        if s.para_kind == "heading" or kind:
            if lines:
                blocks.append((lines, date if kind == "only" else opened))
            lines = []
            opened = date if kind == "titled" or (kind and s.para_kind == "heading") else None
            continue
        if _FACT_LINE.match(s.text) and s.first_in_para and s.end - s.start == len(s.para_text.strip()):
            lines.append(s)
            continue
        if lines:
            blocks.append((lines, opened))
        lines, opened = [], None
    if lines:
        blocks.append((lines, opened))
    dated = [(s.page, s.start, s.end, period) for lines, period in blocks if period for s in lines]
    for r in rows:
        if r["period_start"] is None:
            for page, a, b, period in dated:
                if page == r["page"] and a <= r["char_start"] < b:
                    r["period_start"], r["period_end"] = period


# a footnote mark after a figure or a sentence: 214개로¹⁾, 집계됐다.²⁾, 1,200 firms.³ (superscripts; or '2)' written
# onto the word before it)
_FOOTNOTE_MARK = re.compile(r"([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)⁾?|(?<=[가-힣.])(\d{1,2})\)")
# ... and the footnote at the page's foot: '1) 2024년 6월 말 기준', '² As of June 2024', '주 1) …'
_FOOTNOTE_LINE = re.compile(r"^\s*(?:주\s*)?(?:([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)⁾?|(\d{1,2})\))\s*(\S.*)$")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _footnote_dates(rows: list[dict], sents: list[Sentence], lang: str, published: str | None) -> None:
    """A figure marked with a footnote whose note on the same page says only a date ('1) 2024년 6월 말 기준', '2)
    2023년 회계연도 기준, 입주기업 자체 보고 자료': its first part) takes that date, if it has none: the figure the
    mark follows, or every figure of the sentence a mark closes."""
    notes: dict[tuple[int, str], tuple] = {}
    note_paras = set()  # the paragraphs that are footnotes (their own marks date nothing)
    for s in sents:
        if (m := _FOOTNOTE_LINE.match(s.para_text)) and s.first_in_para:
            note_paras.add(s.para)
            key = (m.group(1) or "").translate(_SUPERSCRIPT) or m.group(2)
            first = re.sub(r"\s*회계\s?연도", "", re.split(r"\s*[,;，]\s*", m.group(3))[0])  # (2023년 회계연도 기준: the year)
            kind, period = nu.dating_line(first, lang, published)
            if kind == "only":
                notes[(s.page, key)] = period
    if not notes:
        return
    for k, s in enumerate(sents):
        for m in _FOOTNOTE_MARK.finditer(s.text):
            period = notes.get((s.page, (m.group(1) or "").translate(_SUPERSCRIPT) or m.group(2)))
            if period is None or s.para in note_paras:
                continue
            at = s.start + m.start()
            closes = not re.search(r"[^\s.。!?\"”’)]", s.text[m.end():])  # (the sentence ends with it)
            # (a mark after the full stop, read as a sentence of its own: the sentence before it)
            start = sents[k - 1].start if k and not s.text[:m.start()].strip() and sents[k - 1].para == s.para else s.start
            mine = [r for r in rows if r["page"] == s.page and start <= r["char_start"] < at]
            marked = mine if closes else mine[-1:]
            for r in marked:
                if r["period_start"] is None:
                    r["period_start"], r["period_end"] = period


def _lent_label(q, earlier: list) -> str:
    """The label of the last labelled figure in ``earlier`` with ``q``'s unit (a count: with its Korean counter too,
    '판교가 1,697곳' counts no '종사자 … 8만 9천여 명'), else ``q``'s own; a Korean count of places or firms left
    bare counts firms (테크노밸리별로는 판교가 1,697곳으로 가장 많고 … 순이었다)."""
    if q.unit == "count" and is_hangul(q.text[-1:]):
        lent = _same_counter_label(q, earlier)
    else:
        lent = next((p.metric for p in reversed(earlier) if p.unit == q.unit and p.metric != q.metric), q.metric)
    if q.unit == "count" and lent == st.unit_label(q.unit) and q.text.endswith(("곳", "개사")):
        return "companies"
    return lent


def _same_counter_label(q, earlier: list) -> str:
    """The label of the last labelled count in ``earlier`` written with ``q``'s counter (곳, 개, 명), else
    ``q``'s own: a count that goes on from those before it counts what they counted."""
    return next((p.metric for p in reversed(earlier) if p.unit == "count" and p.metric != st.unit_label(p.unit)
                 and p.text[-1:] == q.text[-1:]), q.metric)


def _local_currency(q, cluster) -> str:
    """The unit of an amount written with a bare sign or a word several currencies use ($, ¥, pesos): the
    currency of the cluster's country when that country writes it so (units.yaml english.local_symbols)."""
    if not st.is_money(q.unit) or cluster is None or len(cluster.countries) != 1:
        return q.unit
    rules = load_rules("units")["english"].get("local_symbols") or {}
    # (or a currency's word several countries use: '80 million pesos' in a piece on a Chilean hub)
    sign = q.text[:1] if q.text[:1] in rules else next(
        (w for w in rules if len(w) > 1 and re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", q.text, re.I)), None)
    return (rules.get(sign) or {}).get(cluster.countries[0], q.unit)


def _without_rounded_headlines(rows: list[dict], headed: set[int]) -> list[dict]:
    """A heading's figure that rounds one the text gives in full (매출 110조 for 약 109조9천억원, 생산
    60조 돌파 for 60조 3천억원: the same cluster, unit and metric, within 3%), or that the text says
    is a change, is that figure, said again: the body's stays."""
    body = [r for r in rows if id(r) not in headed]
    out = []
    for r in rows:
        full = None if id(r) not in headed else next((
            b for b in body if b["cluster_id"] == r["cluster_id"] and b["unit"] == r["unit"] and (
                (b["metric"] == r["metric"] and b["value"] != r["value"] and abs(b["value"] - r["value"]) <= 0.03 * abs(b["value"]))
                # ... or says it is a change ('일자리 9만5천개' in the headline, '일자리 9만5천개가 새로
                # 생길' in the body: jobs created)
                or (b["metric"] != r["metric"] and b["value"] == r["value"] and b["metric"] in ("jobs_change", "growth", "decline")))), None)
        if full is None:
            out.append(r)
        elif not full.get("period_start") and r.get("period_start"):
            full["period_start"], full["period_end"] = r["period_start"], r["period_end"]  # (a date only the headline gave)
    return out


def _kinds(qs: list) -> set[str]:
    """What a sentence's figures measure, coarsely: money (any currency), or the unit (a
    percentage only when there is nothing else)."""
    kinds = {"money" if st.is_money(q.unit) else q.unit for q in qs}
    return kinds - {"percent"} or kinds


# a subject right before an amount: 전기전자가 7,248억원
_BREAKDOWN_SUBJECT_KO = re.compile(r"[가-힣0-9]{2,}(?:이|가|은|는)\s$")
# a sentence going on with more of the same counts (또 2020년 6970곳, 2021년 7345곳): 'also', 'and then'
_GOES_ON_LIST_KO = re.compile(r"\s*(?:또|또한|이어|이밖에|그리고)\s")
# a sentence opening on a numbered part as its subject: 3단지가, 4공구는, 2단계는
# (or on 'of these': 이 가운데 제1판교가 157조 5천억 원으로, the part of the amount the sentence before gave;
# or on what the parts are told by: 단지별로는 3단지가 …, 업종별로 보면 기계가 …)
_PART_OPENS_KO = re.compile(r"\s*(?:(?:이|그)\s?(?:가운데|중)(?:에서)?\s+|(?:제\s?)?\d{1,2}\s?(?:단지|공구|산단|지구|단계|구역|블록)(?:이|가|은|는)\s"
                            r"|[가-힣]{1,6}별로(?:는|\s?보면|\s?살펴보면)?,?\s)")

# the stems of a Korean count's rise or fall
_CHANGE_STEMS_KO = r"(?:늘|증가|줄|감소|확대|축소|불어나|급증|급감)"
# a level a count rose or fell from, the change said after it: 23곳에서 3년 만에 4배 넘게 늘었다
_LEVEL_LEFT_KO = re.compile(rf"\s*에서\s+[^.,]{{0,30}}?{_CHANGE_STEMS_KO}")
# a level a count rose or fell to: 1403개로 늘었다, 1,200명으로 줄었다
_LEVEL_REACHED_KO = re.compile(rf"\s*(?:으로|로)\s*{_CHANGE_STEMS_KO}")
# an amount ranked against the ones before it: '3,400억원에 그쳤다', '…에 머물렀다', '…로 가장 적었다'
_SAME_MEASURE_END_KO = re.compile(r"(?:에|로|으로)\s*(?:그쳤|그치|머물렀|머물|불과했|불과하|가장\s*(?:적었|많았|컸|작았|낮았|높았))")
# a Korean sentence opening on its subject with 도 ('also'): 수출도 26억 달러로 73.9% 늘었다
_GOES_ON_KO = re.compile(r"\s*[가-힣]{1,6}도\s")


@per_rules
def _follow_on_rx(lang: str) -> re.Pattern:
    words = (load_rules("metrics").get("follow_on_cues") or {}).get("korean" if lang == "ko" else "english") or []
    return re.compile("|".join(re.escape(w) for w in words) or r"(?!)", re.I)


@per_rules
def _same_period_rx(lang: str) -> re.Pattern:
    words = (load_rules("quantities")["periods"].get("same_period") or {}).get("korean" if lang == "ko" else "english") or []
    # each a word of its own: '이 중' is not in '기업이 중소기업으로'
    # (an English one ends as a word too: 'over the years' is no 'over the year'; Korean ones take particles)
    # (not the base of a comparison: 'an increase of 140 percent over the same period of last year',
    # '지난해 같은 기간보다')
    base = r"(?<!지난해 )(?<!지난해)(?<!작년 )(?<!작년)(?<!전년 )(?<!전년)" if lang == "ko" else ""
    return re.compile(base + r"(?<![\w가-힣])(?:" + ("|".join(re.escape(w) for w in words) or r"(?!)") + r")"
                      + ("" if lang == "ko" else r"(?!\w)(?!\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior|a\s+year)\b)"), re.I)


# a scale word: an amount of money may be written without its currency ('over 13 trillion in sales')
_SCALE_WORD = re.compile(r"(?:million|billion|trillion)\b", re.I)


def _dedupe_stats(rows, body: set[int] = frozenset()):
    """One row per fact: the same value, unit and cluster with the same kind of metric, seen twice
    (text and table, or repeated), keeps its first occurrence; a period or a qualifier only the
    later one gives is taken over (a headline's figure repeated in the body with its year, or as
    '8만여개' after the headline's '8만 기업'). Two equal percentages of the running text that
    say different things are two facts ('서비스업 10.6%' and '60대 이상 10.6%' in one survey release).
    A count or an amount nothing labels, equal to a labelled one of the same cluster, goes when one
    of the two is a headline's or a table's."""
    seen: dict[tuple, dict] = {}
    out = []
    for r in rows:
        key = (r["cluster_id"], r["unit"], round(r["value"], 6), r["metric"])
        first = seen.get(key)
        if first is not None and r["unit"] == "percent" and id(r) in body and id(first) in body \
                and first.get("metric_label") != r.get("metric_label"):
            out.append(r)  # (the first stays the one a later repeat is matched with)
            continue
        if first is not None and r["unit"] == "percent" and id(r) in body and id(first) in body \
                and {first.get("qualifier"), r.get("qualifier")} == {"at_least", "at_most"}:
            out.append(r)  # 'an increase of over 25%' and 'of less than 25%': two bounds, two facts
            continue
        if first is not None:
            if not first.get("period_start") and r.get("period_start"):
                first["period_start"], first["period_end"] = r["period_start"], r.get("period_end")
            if first.get("qualifier") == "exact" and r.get("qualifier") not in (None, "exact"):
                first["qualifier"] = r["qualifier"]
            continue
        seen[key] = r
        out.append(r)
    # a bare count nothing labels, equal to a labelled one of the same cluster, is that figure said again
    # when one of the two is a headline's or a table's ('기업유치 100개 돌파' in the headline, '최근 100개를
    # 넘어섰다' in the body; 'IT 57개·BT 30개사' in the headline, 'IT 관련 기업 57개사' in the body)
    def key(r):
        return r["cluster_id"], r["unit"], round(r["value"], 6)
    # (an amount of money too: '매출 3년 연속 1조원 돌파' in the headline, '사상 첫 1조원 돌파' in the body; not two
    # amounts of the body, which may be two facts: 'a $300 million project', 'over $300 million in FDI')
    named = [r for r in out if r["metric"] != "other"]
    return [r for r in out if not (r["metric"] == "other" and r.get("metric_label") == st.unit_label(r["unit"])
                                   and (r["unit"] == "count" or st.is_money(r["unit"]))
                                   and any(key(n) == key(r) and (id(n) not in body or id(r) not in body) for n in named))]
