"""Stages 3 and 4 for numbers — the figures of a document, attributed and normalised.

Numbers are found per sentence (``statistics_ko.korean_quantities`` / ``statistics_en.english_quantities``: the
numeral, its unit or counter converted to the canonical unit, its qualifier and a free metric
label), given a period (``statistics.attach_periods``, relative dates resolved against the
publication date), attributed (``attribute.cluster_at``) and given a metric code of the
contract's vocabulary (``normalise.metric_code``). Table cells take their unit and label from
the column header and their cluster from the row.
"""
from __future__ import annotations

import dataclasses
import re

from pipeline.extract import clusters as cl
from pipeline.extract import factors as fa
from pipeline.extract import normalise as no
from pipeline.extract import statistics as st
from pipeline.extract import statistics_en as en_figures
from pipeline.extract import statistics_ko as ko_figures
from pipeline.extract.attribute import cluster_at, respectively
from pipeline.extract.context import Sentence
from pipeline.extract.docmodel import DocumentModel
from pipeline.extract.geo import country_currencies
from pipeline.extract.modality import REPORTED, figure_modality, header_modality
from pipeline.model import ParsedDocument
from pipeline.nlp import get_nlp
from pipeline.rules import load_rules, per_rules


def statistics(parsed: ParsedDocument, sents: list[Sentence], clusters: list, model: DocumentModel, lang: str) -> list[dict]:
    """Statistic rows (cluster_id: ``id()`` of the Cluster record, or None)."""
    rows = []
    published = (parsed.metadata or {}).get("published")
    same = _same_period_rx(lang)
    last_period = None  # the period the text gave last, for 'the same year' (a heading forgets it)
    follow = _follow_on_rx(lang)
    prev: list = []  # the previous sentence's quantities
    headed: set[int] = set()  # rows read in headings
    last_currency = None  # the currency of the last amount of money ('20 million euros … a further 35 million')
    for s, ctx in zip(sents, model.sentences):
        if ctx.bibliography:
            continue
        if s.para_kind == "heading":
            last_period = None
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
                    q.metric = next((p.metric for p in [*reversed(local[:k]), *reversed(prev)]
                                     if p.unit == q.unit and p.metric != q.metric), q.metric)
        if lang == "ko" and _SAME_MEASURE_END_KO.search(s.text):  # 김해강소특구는 3,400억원에 그쳤다: after a sentence
            for q in local:  # of amounts labelled, a bare amount whose clause ends on how it ranks measures the same
                if st.is_money(q.unit) and q.metric == st.unit_label(q.unit):
                    q.metric = next((p.metric for p in reversed(prev) if p.unit == q.unit and p.metric != q.metric), q.metric)
        if lang == "ko":  # 12월 생산실적은 1조3,620억원이며, 전기전자가 7,248억원, 석유화학이 1,918억원: a breakdown by
            for k, q in enumerate(local):  # subjects (업종이 N원) of the amount labelled before it measures the same
                if q.unit != "percent" and q.metric == st.unit_label(q.unit) and _BREAKDOWN_SUBJECT_KO.search(s.text, max(0, q.start - 12), q.start):
                    # (in the sentence before too, when this one opens on the part: 총생산실적이 … 1조1240억원. 3단지가 3628억원으로)
                    earlier = [*prev, *local[:k]] if _PART_OPENS_KO.match(s.text) else local[:k]
                    q.metric = next((p.metric for p in reversed(earlier) if p.unit == q.unit and p.metric != q.metric), q.metric)
            for k, q in enumerate(local):  # 입주기업이 557개였으나 … 1403개로 늘었다: the level the count before rose to
                if q.unit == "count" and q.metric == st.unit_label(q.unit) and _LEVEL_REACHED_KO.match(s.text, q.end):
                    q.metric = _same_counter_label(q, local[:k])
            ko_figures.compared_bases(local, s.text)  # (3628억원으로 지난해 같은 기간 3108억원보다: now that 3628 is labelled)
            if _GOES_ON_LIST_KO.match(s.text):  # 입주기업은 … 8034곳으로 늘었다. 또 2020년 6970곳, 2021년 7345곳 …: the same count
                for q in local:
                    if q.unit == "count" and q.metric == st.unit_label(q.unit):
                        q.metric = _same_counter_label(q, prev)
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
                if q.period is None and (given := (earlier[-1][2], earlier[-1][3]) if earlier else last_period):
                    # (a base written 전년(6913건) takes the year before: '이 가운데 해외 출원이 8273건으로 전년(6913건) 대비')
                    q.period = st.year_earlier(given) if st.year_before_base(s.text, q.start) else given
        elif not own and last_period and _kinds(local) & prev_kinds and (follow.search(s.text) or _GOES_ON_KO.match(s.text)):
            # a sentence that goes on from the figures before (업종별로는 …, …이 뒤를 이었다; 수출도 …로
            # 늘었다: 'also'), measuring the same kind of thing, giving no period of its own: theirs
            for q in local:
                q.period = q.period or last_period
        last_period = next((q.period for q in reversed(local) if q.period and not q.compared), None) \
            or ((own[-1][2], own[-1][3]) if own else None) or last_period
        if local and local[-1].period is None and st.UNRESOLVED_RELATIVE.search(s.text, max(0, local[-1].start - 14), local[-1].start):
            last_period = None  # '… 지난 23일 8002명이 됐다. 이 가운데 …': the text's last date is one it could not fix
        marker = re.match(r"\s*(\d{1,2})[.)]\s", s.text)  # "3. Ireland: ...": a list number, not a count
        handed = {}  # 'A와 B는 각각 1조원과 2조원': figures a 'respectively' word hands to a list of clusters
        for unit in dict.fromkeys(q.unit for q in local):
            handed.update(respectively(s, [s.start + q.start for q in local if q.unit == unit]))
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
            rows.append(_stat_row(parsed.doc_id, c, q, s.page, s.start + q.start, s.start + q.end, s.text,
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
    body = {id(r) for r in rows if id(r) not in headed}  # rows of the running text, not headings or tables
    rows += _table_statistics(parsed, clusters, model.topic, lang)
    return _dedupe_stats(_without_rounded_headlines(rows, headed), body)


# a block of key figures, one per line ('340 companies', '입주기업 418개'): lines of a fragment, not sentences
_FACT_LINE = re.compile(r"^(?=.*\d)(?:[^.!?。]|(?<=\d)\.(?=\d)){1,60}$")
# what a line that only dates a block says besides its date: '2024년 6월 말 기준', '(as of 2023)', 'Figures for 2023'
_DATE_WORDS = re.compile(r"기준|현재|\bas\s+(?:of|at)\b|\bat\s+(?:the\s+)?end\s+of\b|\b(?:figures|data)\s+(?:are\s+)?for\b|[()\[\],.:\s]", re.I)


def _date_fact_blocks(rows: list[dict], sents: list[Sentence], lang: str, published: str | None) -> None:
    """A block of key-figure lines takes the date its heading gives ('Key figures (2023)', '주요 지표(2023년
    기준)') or the line that closes it gives ('2024년 6월 말 기준'), for the figures it leaves undated."""
    blocks: list[tuple[list[Sentence], tuple | None]] = []
    lines: list[Sentence] = []
    opened = None  # the date the block's heading gives
    for s in sents:
        kind, date = _dating_line(s.text, lang, published)
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


_STANDING_DATE = re.compile(r"\bas\s+(?:of|at)\b|기준|현재", re.I)


def _dating_line(text: str, lang: str, published: str | None) -> tuple[str | None, tuple | None]:
    """('only', period) for a line that says only a date ('2024년 6월 말 기준', 'As of June 2024');
    ('titled', period) for a short title ending in a bracketed year ('Key figures (2023)', '주요 지표(2023년
    기준)'); (None, None) for any other line."""
    if len(text) > 80:
        return None, None
    m = re.search(r"[(\[]\s*((?:19|20)\d{2})([^)\]]{0,14})[)\]]\s*$", text)
    if m and not re.search(r"\d", text[:m.start()]):
        found = st.nu.find_periods(m.group(1) + m.group(2), lang, published)
        return "titled", (found[0][2], found[0][3]) if found else st.nu.year_period(int(m.group(1)))
    periods = st.nu.find_periods(text, lang, published)
    if len(periods) != 1:
        return None, None
    a, b = periods[0][:2]
    if _DATE_WORDS.sub("", text[:a] + text[b:]).strip() == "":
        return "only", periods[0][2:]
    if re.search(r"[:：]\s*$", text) and _STANDING_DATE.search(text) and not re.search(r"\d", text[:a] + text[b:]):
        return "titled", periods[0][2:]  # 'Park at a glance, as of 31 May 2024:', '주요 현황(2024년 6월 현재):'
    return None, None


def _same_counter_label(q, earlier: list) -> str:
    """The label of the last labelled count in ``earlier`` written with ``q``'s counter (곳, 개, 명), else
    ``q``'s own: a count that goes on from those before it counts what they counted."""
    return next((p.metric for p in reversed(earlier) if p.unit == "count" and p.metric != st.unit_label(p.unit)
                 and p.text[-1:] == q.text[-1:]), q.metric)


def _local_currency(q, cluster) -> str:
    """The unit of an amount written with a bare sign several currencies use ($, ¥): the currency
    of the cluster's country when that country writes the sign so (units.yaml english.local_symbols)."""
    sign = q.text[:1]
    if not st.is_money(q.unit) or cluster is None or len(cluster.countries) != 1:
        return q.unit
    local = (load_rules("units")["english"].get("local_symbols") or {}).get(sign) or {}
    return local.get(cluster.countries[0], q.unit)


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
# a sentence opening on a numbered part as its subject: 3단지가, 4공구는, 2단계는
# a sentence going on with more of the same counts (또 2020년 6970곳, 2021년 7345곳): 'also', 'and then'
_GOES_ON_LIST_KO = re.compile(r"\s*(?:또|또한|이어|이밖에|그리고)\s")
_PART_OPENS_KO = re.compile(r"\s*(?:제\s?)?\d{1,2}\s?(?:단지|공구|산단|지구|단계|구역|블록)(?:이|가|은|는)\s")

# a level a count rose or fell to: 1403개로 늘었다, 1,200명으로 줄었다
_LEVEL_REACHED_KO = re.compile(r"\s*(?:으로|로)\s*(?:늘|증가|줄|감소|확대|축소|불어나|급증|급감)")
# a Korean sentence opening on its subject with 도 ('also'): 수출도 26억 달러로 73.9% 늘었다
# an amount ranked against the ones before it: '3,400억원에 그쳤다', '…에 머물렀다', '…로 가장 적었다'
_SAME_MEASURE_END_KO = re.compile(r"(?:에|로|으로)\s*(?:그쳤|그치|머물렀|머물|불과했|불과하|가장\s*(?:적었|많았|컸|작았|낮았|높았))")
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


def _stat_row(doc_id, cluster, q, page, a, b, evidence, metric=None, modality=REPORTED):
    label = metric or q.metric
    code = no.metric_code(label, q.unit, cluster is not None)
    if code == "study_scope" or label in _place_only_labels():
        cluster = None  # what the document itself examined belongs to no cluster; nor a place's unemployment rate
    return {"doc_id": doc_id, "cluster_id": id(cluster) if cluster is not None else None, "metric": code,
            "metric_label": label, "value": float(q.value), "unit": q.unit, "qualifier": q.qualifier,
            "period_start": q.period[0] if q.period else None, "period_end": q.period[1] if q.period else None,
            "text": q.text, "page": page, "char_start": a, "char_end": b, "evidence": evidence, "modality": modality}


@per_rules
def _place_only_labels() -> frozenset[str]:
    return frozenset(str(w) for w in (load_rules("metrics").get("place_only_labels") or ()))


def _row_cluster(clusters: list, cell: str):
    keys = {cl.norm(x) for x in cl.cell_names(cell) if x}
    for c in clusters:
        if c.keys() & keys:
            return c
    return None


def _table_statistics(parsed, clusters, doc_topic, lang):
    rows = []
    kind = cl.title_kind(parsed)
    nlp = get_nlp(lang)
    metric_nouns = load_rules("metrics")["nouns"]
    published = (parsed.metadata or {}).get("published")
    doc_period = _stated_period(parsed, lang, published)
    carried = None  # the last page's one table: its header, and the date, units and measure its notes gave
    for page in parsed.pages:
        page_period = _noted_period(page, lang, published) if len(page.tables) == 1 else None
        cap_units, cap_label = _caption(page, metric_nouns) if len(page.tables) == 1 else ((), None)
        if page.tables and carried and page.tables[0].has_header and page.tables[0].rows[0] == carried[0] \
                and not (page_period or cap_units or cap_label):
            # a table the page before began, its header repeated: the units and date its note gave
            page_period, cap_units, cap_label = carried[1:]
        carried = (page.tables[-1].rows[0], page_period, cap_units, cap_label) \
            if len(page.tables) == 1 and page.tables[-1].has_header else None
        for t in page.tables:
            years = sorted({y for h in (t.rows[0] if t.has_header else []) if (y := _header_year(h))}) \
                or sorted({y for r in t.rows[1:] if r and (y := _header_year(r[0]))})  # (or down the first column, turned)
            roles = cl.table_roles(t, kind)
            ccol = next((i for i, r in roles.items() if r == "cluster"), None)
            fcol = next((i for i, r in roles.items() if r == "factor"), None)
            header = t.rows[0] if t.has_header else [""] * len(t.rows[0])
            named = _name_row_cluster(clusters, t) if ccol is None else None
            # the unit a note gives each column: one for all ((단위: 억원)), or one per column of figures, in order
            values = _value_columns(t, roles)
            col_units = dict.fromkeys(values, cap_units[0]) if len(cap_units) == 1 else \
                dict(zip(values, cap_units)) if len(cap_units) == len(values) else {}
            for r, row in enumerate(t.rows[1:] if t.has_header else t.rows, start=1 if t.has_header else 0):
                cluster = _row_cluster(clusters, row[ccol]) if ccol is not None and ccol < len(row) else None
                if ccol is None and fcol is None:
                    cluster = named or doc_topic  # a table of one cluster's figures
                factor = fa.table_row_factor(row[fcol], lang) if fcol is not None and fcol < len(row) else None
                for i, cell in enumerate(row):
                    if i in roles or not cell.strip():
                        continue
                    head = header[i] if i < len(header) else ""
                    # (a unit the table's caption or unit note gives, when the header gives none: (단위: 억원), (EUR million))
                    cap_head = f"({col_units[i]})" if i in col_units and not re.search(r"[(\[]", head) else None
                    # (or the row's label, when the measures run down the first column: | Occupancy (%) | 88 | 94 |)
                    row_head = row[0] if i > 0 and 0 not in roles and not re.search(r"\d", row[0]) else None
                    if lang == "ko":
                        qs = ko_figures.korean_quantities(nlp(cell)) or _header_unit_quantities(cell, head, nlp) \
                            or (cap_head and _header_unit_quantities(cell, cap_head, nlp)) \
                            or (row_head and _header_unit_quantities(cell, row_head, nlp)) or []
                    else:
                        qs = _header_unit_quantities_en(cell, head) or (cap_head and _header_unit_quantities_en(cell, cap_head)) \
                            or (row_head and _header_unit_quantities_en(cell, row_head)) \
                            or en_figures.english_quantities(_FOOTNOTE_MARK.sub("", cell))
                    label = header_metric(head, metric_nouns) or (cap_label if qs and not re.search(r"[A-Za-z가-힣]", cell) else None)
                    # a column of changes: 'Change (%)', '증감률(%)'; a minus is a decline (or a row of them, in a table turned)
                    turned = _change_label(row[0], cell) if i > 0 and 0 not in roles and not _change_label(head, cell) else None
                    label = _change_label(head, cell) or (f"{label} {turned}" if turned and label else turned) or label
                    # (the measure its column names changed: 고용(명) | 3,300 under 증감 is jobs gained)
                    labels = _slashed_labels(head, cell, qs, metric_nouns) or [label] * len(qs)
                    if label is None and i > 0 and 0 not in roles and not re.search(r"\d", row[0]):
                        label = header_metric(row[0], metric_nouns)  # Companies | about 1,400: the row says what
                        labels = _slashed_labels(row[0], cell, qs, metric_nouns) or [label] * len(qs)
                    if label is None and qs and (measure := next((row[j] for j in range(i - 1, 0, -1) if j not in roles
                                                                  and not re.search(r"\d", row[j])
                                                                  and header_metric(row[j], metric_nouns)), None)):
                        label = header_metric(measure, metric_nouns)  # | 2013 | Tenants | 97 |: a column of measures names it
                        labels = [label] * len(qs)
                    year = _header_year(head) or (_header_year(row[0]) if i > 0 and 0 not in roles else None)
                    month = _header_month(head) or (_header_month(row[0]) if i > 0 and 0 not in roles else None)
                    for q, label in zip(qs, labels):
                        if q.period is None and month and not _bracketed_year(cell, q.end):
                            q = dataclasses.replace(q, period=month)  # | 2024.6 | 418 |: the month the row or column names
                        elif q.period is None and (y := _bracketed_year(cell, q.end) or year):
                            q = dataclasses.replace(q, period=(f"{y}-01-01", f"{y}-12-31"))
                        elif q.period is None and (label or "").endswith(("growth", "decline")) and len(years) >= 2:
                            # a column of changes beside columns of years: the change from the first to the last
                            q = dataclasses.replace(q, period=(f"{years[0]}-01-01", f"{years[-1]}-12-31"))
                        elif q.period is None and (noted := page_period or doc_period) and not (label or "").endswith(("growth", "decline")):
                            # the date a note or caption of the table gives (※ 2023년 말 기준), or the text's own
                            # convention ('Figures are for 2023 unless stated')
                            q = dataclasses.replace(q, period=noted)
                        metric = q.metric if q.metric not in _unit_defaults() else (label or q.metric)
                        if factor:
                            metric = f"{metric}: {factor}"
                        off = t.cell_offsets[r][i] if r < len(t.cell_offsets) and i < len(t.cell_offsets[r]) else 0
                        rows.append(_stat_row(parsed.doc_id, cluster, q, page.number, off + q.start, off + q.end,
                                              " | ".join(row), metric, header_modality(head)))
    return rows


# a note on a table: '※ 2023년 말 기준, 각 기관 발표 자료', 'Note: figures as of 2022', '주: 2021년 기준'
_TABLE_NOTE = re.compile(r"^\s*(?:※|\*|주\s*[:)）]|자료\s*[:：]|출처\s*[:：]|Notes?\s*[:.]|Source\s*[:.])")
# a date the table's figures stand at: '2023년 말 기준', '2024년 2분기 말 현재', 'as of 2022', 'figures for 2023'
_NOTE_DATE = re.compile(r"((?:19|20)\d{2})\s*년\s*(?:(?:\d{1,2}\s*월|[1-4]\s*분기|[상하]반기)\s*)?(?:말\s*|연말\s*)?(?:기준|현재)"
                        r"|\b(?:as\s+(?:of|at)|at\s+(?:the\s+)?end[-\s]of|figures?\s+(?:are\s+)?for|data\s+(?:are\s+|is\s+)?for)\s+(?:\w+\s+)?((?:19|20)\d{2})\b", re.I)
# a sentence that introduces the table below it: '… 현황은 다음과 같다', '아래 표', 'as follows', 'the table below'
_TABLE_INTRO = re.compile(r"다음과\s*같|아래\s*(?:표|와\s*같)|\bas\s+follows\b|\b(?:the\s+)?table\s+below\b|\bbelow\s+(?:shows|lists|gives)\b", re.I)
# the text's own convention for its figures: 'Figures are for 2023 unless stated', '수치는 2022년 기준'
_STATED_YEAR = re.compile(r"\b(?:all\s+)?(?:figures|data|numbers)\s+(?:are|refer\s+to)\s+(?:for\s+)?((?:19|20)\d{2})\b[^.]{0,30}?\bunless\b", re.I)


# a table's caption or unit note: '<표 3> 클러스터별 매출 (단위: 억원)', '(단위: 개, 명, 억원)', 'Table 2. Revenue by park (EUR million)'
_UNIT_NOTE_KO = re.compile(r"단위\s*[:：]\s*([^)\]:：]{1,40}?)\s*[)\]]?\s*$")
_CAPTION_EN = re.compile(r"^\s*(?:Table|Exhibit)\s*\d+[.:]?\s+(.{3,80}?)\s*\((?:in\s+)?([^()]{1,16})\)\s*$", re.I)
_CAPTION_KO = re.compile(r"^\s*[<〈]\s*표\s*\d+\s*[>〉]\s*(.{2,60}?)\s*(?:[(\[]|$)")


def _caption(page, nouns: dict) -> tuple[tuple[str, ...], str | None]:
    """The units (one, or one per column of figures) and the measure a caption or unit note on a
    page with one table gives its figures."""
    units: tuple[str, ...] = ()
    label = None
    for _, text in page.paragraph_texts():
        if (m := _UNIT_NOTE_KO.search(text)):
            units = tuple(u for u in (u.strip() for u in re.split(r"\s*[,，、/]\s*", m.group(1))) if u)
            units = units if all(len(u) <= 8 for u in units) else ()
        if (c := _CAPTION_KO.match(text)):
            label = header_metric(re.sub(r"[가-힣]+별\s*", " ", c.group(1)), nouns) or label
        if (e := _CAPTION_EN.match(text)):
            units = (e.group(2).strip(),)
            label = header_metric(re.sub(r"\bby\s+\w+$", "", e.group(1)).strip(), nouns) or label
    return units, label


def _value_columns(t, roles: dict) -> list[int]:
    """The columns of a table that hold its figures, in order: not a name, place or factor column,
    and not a column of years or dates (| 연도 | 입주기업 | …, | 2020 | 152 | …)."""
    body = t.rows[1:] if t.has_header else t.rows
    out = []
    for i in range(max((len(r) for r in t.rows), default=0)):
        cells = [r[i] for r in body if i < len(r) and r[i].strip()]
        if i in roles or not cells or not any(re.search(r"\d", c) for c in cells):
            continue
        if all(re.fullmatch(r"\s*(?:(?:19|20)\d{2}|[’'‘]\d{2})\s*(?:년|[.\-/]\s*\d{1,2}\s*(?:월\s*말?)?|\s*[HQ][1-4])?\s*\.?\s*", c) for c in cells):
            continue
        out.append(i)
    return out


def _noted_period(page, lang: str, published: str | None):
    """The date a note, caption or introducing sentence of a page's one table gives its figures
    (※ 2023년 말 기준; <표 2> … (2024년 2분기 말 기준); '2024년 6월 말 기준 … 현황은 다음과 같다')."""
    for _, text in page.paragraph_texts():
        if (_TABLE_NOTE.match(text) or _CAPTION_KO.match(text) or _CAPTION_EN.match(text) or _TABLE_INTRO.search(text)) \
                and (m := _NOTE_DATE.search(text)):
            return _period_at(text, m.start(), lang, published)
    for _, text in page.paragraph_texts():  # ... else a title 'Parks compared (2023)', a line '2023년 말 기준'
        if (dated := _dating_line(text, lang, published))[0]:
            return dated[1]
    return None


def _stated_period(parsed, lang: str, published: str | None):
    """The period the text says its figures are for, unless stated otherwise."""
    for page in parsed.pages:
        if (m := _STATED_YEAR.search(page.text[:page.prose_end])):
            return _period_at(m.group(0), m.start(1) - m.start(), lang, published)
    return None


def _period_at(text: str, at: int, lang: str, published: str | None):
    """The period a date written at ``at`` in ``text`` names (a year, a quarter, a month)."""
    found = [(ps, pe) for a, b, ps, pe in st.nu.find_periods(text, lang, published) if a <= at + 4 and b > at]
    return found[0] if found else None


def _slashed_labels(row_label: str, cell: str, qs: list, nouns: dict) -> list | None:
    """A row of two measures written as one, 'Investment/Revenue | 7조원/4조원': one label per
    quantity, in order, when the row label and the cell are split alike."""
    parts = [p for p in re.split(r"\s*/\s*", row_label) if p]
    if len(parts) < 2 or len(parts) != len(qs) or cell.count("/") != len(parts) - 1:
        return None
    return [header_metric(p, nouns) for p in parts]


def _header_year(head: str) -> str | None:
    """The one year a column or row header names ('현재(2021)', '2030 target', 'FY2022'): the
    year of the figures under it."""
    years = re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", head)
    return years[0] if len(years) == 1 else None


def _header_month(head: str):
    """The month a row or column header names, written '2024.6', '2024. 6.', '2024년 6월(말)', '2024-06':
    its first and last day."""
    m = re.fullmatch(r"\s*((?:19|20)\d{2})\s*(?:[.\-/]\s*|년\s*)(\d{1,2})\s*(?:월\s*)?(?:말\s*)?\.?\s*", head)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return st.nu.month_period(int(m.group(1)), int(m.group(2)))


def _bracketed_year(cell: str, end: int) -> str | None:
    """A year in brackets right after a figure in a cell: 4조원(’20), 1,200 (2019)."""
    m = re.match(r"\s*\(\s*(?:[’'‘](\d{2})|((?:19|20)\d{2})(?:년)?)\s*\)", cell[end:])
    if not m:
        return None
    return m.group(2) or f"20{m.group(1)}"


def _name_row_cluster(clusters: list, t):
    """A two-column profile table (| 명칭 | RWTH 아헨 캠퍼스(RWTH Aachen Campus) |, | Name | … |): the
    cluster its name row names."""
    for row in t.rows:
        if len(row) >= 2 and cl.header_role(row[0]) == "cluster":
            return _row_cluster(clusters, row[1])
    return None


@per_rules
def _unit_defaults() -> frozenset[str]:
    """Labels a quantity gets from its unit or counter alone (count, share, area; people from 명):
    no noun named it, so a column header says more."""
    implied = {str(n) for n in (load_rules("units")["korean"]["count"] or {}).values() if n}
    return frozenset((load_rules("metrics").get("by_unit") or {}).values()) | implied


# (a part in brackets after it stays out: 812 (184) counts 812, of which 184 are chemical firms)
_BARE_NUMBER = re.compile(r"^(\s*(?:약|대략)?\s*[\d][\d,.]*\s*(?:여)?)\s*(?:\(\s*[\d][\d,.]*\s*\)\s*)?(?:\*{1,3}|[†‡])?\s*$")


def _header_unit_quantities(cell: str, head: str, nlp) -> list:
    """A bare number in a Korean table ('약 10,000') takes its unit from the header: '고용(명)',
    '매출(억원)', '비중(%)'; a header counting something ('입주기업 수') makes it a count."""
    bare = _BARE_NUMBER.match(re.sub(r"^(\s*)[+\-−–△▽▲▼]", r"\1 ", cell))  # (a sign: the header says growth or decline)
    if not bare:
        return []
    cell = bare.group(1)
    m = re.search(r"[(\[]\s*([^)\]]{1,6})\s*[)\]]", head)
    n = len(cell.rstrip())
    # (the bracket may name a part, not a unit: 입주업체수(화학업체) counts firms, by its 수)
    for unit in (m.group(1) if m else None, _header_counter(re.sub(r"\s*[(\[][^)\]]*[)\]]", "", head).strip())):
        qs = [st.Quantity(q.start, min(q.end, n), cell[q.start:min(q.end, n)], q.value, q.unit, q.qualifier, q.metric)
              for q in ko_figures.korean_quantities(nlp(cell[:n] + unit)) if q.start < n] if unit else []
        if qs:
            return qs
    return []


# (a footnote mark after it stays out: 95a, 1,200*, 3.4†)
_FOOTNOTE_MARK = re.compile(r"(?<=\d)(?:[a-e]|\*{1,3}|[†‡])\s*$")
_SIGNED_BARE_EN = re.compile(r"^\s*([+\-−–]?)\s*((?:about|approx\.?|c\.|~)\s*)?(\d[\d,]*(?:\.\d+)?)\s*(?:[a-e]|\*{1,3}|[†‡])?\s*$", re.I)
_SCALED_CURRENCY = re.compile(r"^\s*([^\d\s]*?[$€£¥₩]|[A-Z]{3})\s*(m|mn|mil|million|bn|billion|k|thousand)\.?\s*$", re.I)


def _header_unit_quantities_en(cell: str, head: str) -> list:
    """A bare number in an English table takes its unit from the header's bracket: 'Area (ha)' 1,043,
    'Revenue (US$ m)' 1,200, 'Change (%)' -0.5 (the sign stays out: the header says growth or decline)."""
    bare = _SIGNED_BARE_EN.match(cell)
    unit = re.search(r"[(\[]\s*([^)\]]{1,14}?)\s*[)\]]", head)
    if not bare or not unit:
        return []
    num, u = bare.group(3), unit.group(1)
    scaled = _SCALED_CURRENCY.match(u)
    text = f"{scaled.group(1)}{num} {scaled.group(2)}" if scaled else f"{num} {u}"
    qs = en_figures.english_quantities(text)
    if not qs or qs[0].unit == "count":
        return []
    q, a = qs[0], bare.start(3)
    qualifier = "approx" if bare.group(2) else q.qualifier
    return [st.Quantity(a, a + len(num), num, q.value, q.unit, qualifier, q.metric)]


@per_rules
def _change_headers() -> tuple[str, ...]:
    return tuple(str(w).lower() for w in (load_rules("metrics").get("table_change_headers") or ()))


def _change_label(head: str, cell: str) -> str | None:
    """'growth' or 'decline' for a figure in a column of changes ('Change (%)', '증감률(%)', 'YoY'), by its sign
    (a Korean table writes a minus △ or ▽)."""
    h = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*", " ", head).strip().lower()
    if not h or not any(h == w or h.startswith(w + " ") or h.endswith(" " + w) or (not w.isascii() and w in h) for w in _change_headers()):
        return None
    return "decline" if re.match(r"\s*[\-−–▽▼△]|\s*감소", cell) else "growth"


def _header_counter(head: str) -> str | None:
    """The counter a header without a bracketed unit implies: '고용 인원' -> 명, '입주기업 수' -> 개
    (rules/quantities.yaml, table_header_counters; the longest word wins)."""
    return next((unit for w, unit in _header_counters() if head.endswith(w)), None)


@per_rules
def _header_counters() -> list[tuple[str, str]]:
    words = [(w, unit) for unit, ws in (load_rules("quantities").get("table_header_counters") or {}).items() for w in ws]
    return sorted(words, key=lambda x: -len(x[0]))


def header_metric(head: str, nouns: dict) -> str | None:
    h = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*", " ", head).strip()  # 고용(명), Revenue (EUR m): the unit is not the metric
    if not h:
        return None
    if h in nouns or h.lower() in nouns:
        return nouns.get(h) or nouns[h.lower()]
    words = h.replace("·", " ").split()
    for w in words:
        w = w[:-1] if w.endswith("수") and len(w) > 2 and w[:-1] in nouns else w  # 기업수, 종사자수: the number of what
        if w in nouns or w.lower() in nouns:
            return (nouns.get(w) or nouns[w.lower()]) + (" (share)" if "비중" in h else "")
    if any(x in h for x in ("비중", "비율", "share", "%")):
        return "share"
    return None


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
