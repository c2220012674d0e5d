"""Stage 4 for tables — the figures of a document's tables, attributed and normalised.

A cell takes its unit from its column header (`고용(명)`, `Revenue (US$ m)`), else from the table's unit note or
caption (`(단위: 개, 명, 억원)`: one unit per column of figures), else from its row's label when the measures run
down the first column; its measure from the header, the caption, or a cell naming one in its row; its cluster from
its row (or the document's, for a table of one cluster's figures); its period from a year or month the header, the
row or a bracket names, a column or row of changes (over the table's years), a note, caption, introducing sentence
or titled line on the page (`※ 2023년 말 기준`, `… 현황은 다음과 같다`), or the text's own convention ('Figures are
for 2023 unless stated'). A table a page break cuts keeps its note's units and date on the next page. The tables
come prepared (`tables.prepared`: one header row, continued over pages, one cluster per row).
"""
from __future__ import annotations

import dataclasses
import re

from pipeline.extract import clusters as cl
from pipeline.extract import factors as fa
from pipeline.extract import numbers as nu
from pipeline.extract import statistics as st
from pipeline.extract import statistics_en as en_figures
from pipeline.extract import statistics_ko as ko_figures
from pipeline.extract.modality import header_modality
from pipeline.model import ParsedDocument
from pipeline.nlp import get_nlp
from pipeline.rules import load_rules, per_rules


def _row_cluster(clusters: list, cell: str):
    keys = {cl.norm(x) for x in cl.cell_names(cell) if x}
    for c in clusters:
        if c.keys() & keys:
            return c
    return None


def statistics(parsed: ParsedDocument, clusters: list, doc_topic, lang: str) -> list[dict]:
    """Statistic rows of the document's tables (cluster_id: ``id()`` of the Cluster record, or None)."""
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
            # (or one per row of figures, in order, when the years run across: | 구분 | 2010 | 2014 | with 입주기업, 종사자 down)
            row_units = _row_units(t, cap_units) if len(cap_units) > 1 and not col_units and years and 0 not in roles else {}
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
                    unit = col_units.get(i) or row_units.get(r)
                    cap_head = f"({unit})" if unit and not re.search(r"[(\[]", head) else None
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
                    # a column of changes: 'Change (%)', '증감률(%)'; a minus is a decline (or a row of them, in a table turned)
                    changed = _change_label(head, cell)
                    turned = _change_label(row[0], cell) if i > 0 and 0 not in roles and not changed else None
                    # the measure the column names, or the row when the measures run down the first column
                    # (Companies | about 1,400), or the caption
                    by_row = row_head and not turned and not header_metric(head, metric_nouns)
                    label = header_metric(head, metric_nouns) or (by_row and header_metric(row_head, metric_nouns)) \
                        or (cap_label if qs and not re.search(r"[A-Za-z가-힣]", cell) else None)
                    label = changed or (f"{label} {turned}" if turned and label else turned) or label
                    # (the measure its column names changed: 고용(명) | 3,300 under 증감 is jobs gained)
                    labels = _slashed_labels(head, cell, qs, metric_nouns) \
                        or (by_row and _slashed_labels(row_head, cell, qs, metric_nouns)) or [label] * len(qs)
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
                        rows.append(st.stat_row(parsed.doc_id, cluster, q, page.number, off + q.start, off + q.end,
                                              " | ".join(row), metric, header_modality(head)))
    return rows


# a note on a table: '※ 2023년 말 기준, 각 기관 발표 자료', 'Note: figures as of 2022', '주: 2021년 기준'
_TABLE_NOTE = re.compile(r"^\s*(?:※|\*|주\s*[:)）]|자료\s*[:：]|출처\s*[:：]|Notes?\s*[:.]|Source\s*[:.])")
# a date the table's figures stand at: '2023년 말 기준', '2024년 2분기 말 현재', 'as of 2022', 'figures for 2023'
_NOTE_DATE = re.compile(r"((?:19|20)\d{2})\s*년\s*(?:(?:\d{1,2}\s*월|[1-4]\s*분기|[상하]반기)\s*)?(?:말\s*|연말\s*)?(?:기준|현재)"
                        r"|\b(?:as\s+(?:of|at)|at\s+(?:the\s+)?end[-\s]of|figures?\s+(?:are\s+)?for|data\s+(?:are\s+|is\s+)?for)\s+(?:\w+\s+)?((?:19|20)\d{2})\b"
                        # (or a year closing the sentence that introduces the table: '… employment and sales in 2022.')
                        r"|\bin\s+((?:19|20)\d{2})\s*\.?\s*$", re.I)
# a sentence that introduces the table below it: '… 현황은 다음과 같다', '아래 표', 'as follows', 'the table below'
_TABLE_INTRO = re.compile(r"다음과\s*같|아래\s*(?:표|와\s*같)|\bas\s+follows\b|\b(?:the\s+)?table\s+below\b|\bbelow\s+(?:shows|lists|gives)\b"
                          r"|^\s*(?:The|This)\s+table\s+(?:compares|shows|lists|gives|sets\s+out|summari[sz]es)\b", re.I)
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
            # (a bracketed year dates the table, it is no unit: 'Table 1. Selected indicators (2016)')
            units = () if re.fullmatch(r"\s*(?:19|20)\d{2}\s*", e.group(2)) else (e.group(2).strip(),)
            label = header_metric(re.sub(r"\bby\s+\w+$", "", e.group(1)).strip(), nouns) or label
    return units, label


def _row_units(t, units: tuple[str, ...]) -> dict[int, str]:
    """The unit of each row of figures (by row index), when a note names one per row, in order."""
    body = [r for r in range(1 if t.has_header else 0, len(t.rows)) if any(re.search(r"\d", c) for c in t.rows[r][1:])]
    return dict(zip(body, units)) if len(body) == len(units) else {}


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
            return _period_at(text, m.start(m.lastindex or 0), lang, published)  # (at its year: 'figures for 2023')
    for _, text in page.paragraph_texts():  # ... else a title 'Parks compared (2023)', a line '2023년 말 기준'
        if (dated := nu.dating_line(text, lang, published))[0]:
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
    found = [(ps, pe) for a, b, ps, pe in nu.find_periods(text, lang, published) if a <= at + 4 and b > at]
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
    """The month a row or column header names, written '2024.6', '2024. 6.', '2024년 6월(말)': its first
    and last day ('2009-10', '2023/24' are spans of years, not months)."""
    m = re.fullmatch(r"\s*((?:19|20)\d{2})\s*(?:\.\s*|년\s*)(\d{1,2})\s*(?:월\s*)?(?:말\s*)?\.?\s*", head)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return nu.month_period(int(m.group(1)), int(m.group(2)))


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


# a header's bracket giving a count in thousands (or millions): ('000), (000s), (thousands), (millions), (m)
_THOUSANDS_EN = re.compile(r"[’']?(?:000s?|thousands?|k)|(millions?|mn)", re.I)


def _header_unit_quantities_en(cell: str, head: str) -> list:
    """A bare number in an English table takes its unit from the header's bracket: 'Area (ha)' 1,043,
    'Revenue (US$ m)' 1,200, 'Change (%)' -0.5 (the sign stays out: the header says growth or decline)."""
    bare = _SIGNED_BARE_EN.match(cell)
    unit = re.search(r"[(\[]\s*([^)\]]{1,14}?)\s*[)\]]", head)
    if not bare or not unit:
        return []
    num, u = bare.group(3), unit.group(1)
    if (thousands := _THOUSANDS_EN.fullmatch(u)):  # Employees ('000), Jobs (thousands): a count in thousands
        value = float(num.replace(",", "")) * (1_000_000 if thousands.group(1) else 1000)
        a = bare.start(3)
        return [st.Quantity(a, a + len(num), num, value, "count", "approx" if bare.group(2) else "exact", "count")]
    scaled = _SCALED_CURRENCY.match(u)
    u = "%" if u.startswith("%") else u  # (% of revenue: a share; its base is no measure of the figure)
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
    if re.search(r"[(\[][^)\]]*%", head) and (lab := header_metric(h, nouns)) and "share" not in lab and "rate" not in lab:
        return f"{lab} (share)"  # R&D spend (% of revenue): the measure's share
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
