"""Extraction of one parsed document: clusters, mentions, statistics, success factors.

Attribution: a statistic or factor belongs to the cluster named in its sentence (the
nearest mention before it, else after); a sentence naming none inherits the paragraph's
cluster, a reference back (이곳, 이 클러스터, there, the park) the previous paragraph's, and a
numbered section heading naming a cluster sets it for its section. Otherwise it is
document-wide (a country's when a national policy is described).
"""
from __future__ import annotations

import re
from typing import Any

from pipeline.extract import clusters as cl
from pipeline.extract import factors as fa
from pipeline.extract import statistics as st
from pipeline.extract.context import Sentence, sentences_of
from pipeline.extract.geo import find_countries, find_places
from pipeline.model import ParsedDocument
from pipeline.nlp import get_nlp
from pipeline.rules import load_rules, per_rules, rules_version


def extract_document(parsed: ParsedDocument) -> dict[str, Any]:
    lang = parsed.metadata.get("language") or "ko"
    sents = sentences_of(parsed, lang)
    reg = cl.Registry()
    cl.table_candidates(parsed, reg)
    for s in sents:
        if lang == "ko":
            cl.korean_candidates(s, reg)
        else:
            cl.english_candidates(s, reg)
        cl.gazetteer_candidates(s, reg)
    cl.link_gazetteer(reg)
    for c in reg.clusters:
        if not c.name_en and c.name_ko:
            c.name_en = cl.translate_korean_name(c.name_ko)

    mentions = _mentions(parsed, reg)
    _assign_mentions(sents, mentions)
    _locate(reg, sents, mentions)
    topics, carried = _topics(sents, lang)

    stats = _statistics(parsed, sents, topics, carried, reg, mentions, lang)
    factors = _factors(parsed, sents, topics, carried, lang)

    ids = {id(c): c.cluster_id for c in reg.clusters}
    return {
        "rules_version": rules_version(),
        "clusters": [
            {"cluster_id": c.cluster_id, "name": c.canonical, "name_en": c.name_en, "name_ko": c.name_ko,
             "aliases": sorted(set(c.names)), "country": ";".join(c.countries) or None, "region": c.region,
             "sector": c.sector, "signals": sorted(c.signals), "first_page": c.first_seen[0]}
            for c in sorted(reg.clusters, key=lambda c: c.first_seen)
        ],
        "cluster_mentions": [
            {"cluster_id": ids[id(c)], "text": t, "page": p, "char_start": s, "char_end": e}
            for (p, s, e, t, c) in mentions
        ],
        "statistics": [{**r, "cluster_id": ids[r["cluster_id"]] if r["cluster_id"] is not None else None} for r in stats],
        "success_factors": [{**r, "cluster_id": ids[r["cluster_id"]] if r["cluster_id"] is not None else None} for r in factors],
    }


# ------------------------------------------------------------------ mentions and topics

def _mentions(parsed: ParsedDocument, reg: cl.Registry):
    found = []
    for page in parsed.pages:
        taken: list[tuple[int, int]] = []
        cands = []
        for c in reg.clusters:
            for n in set(c.names):
                if len(n.replace(" ", "")) < 2:
                    continue
                for m in cl._name_regex(n).finditer(page.text):
                    cands.append((m.start(), m.end(), c))
        for s, e, c in sorted(cands, key=lambda x: (-(x[1] - x[0]), x[0])):
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            found.append((page.number, s, e, page.text[s:e], c))
    return sorted(found, key=lambda x: (x[0], x[1]))


def _assign_mentions(sents: list[Sentence], mentions) -> None:
    by_page: dict[int, list] = {}
    for m in mentions:
        by_page.setdefault(m[0], []).append(m)
    for s in sents:
        s.clusters = [(ms, me, c) for (p, ms, me, _, c) in by_page.get(s.page, []) if s.start <= ms < s.end]


def _locate(reg: cl.Registry, sents: list[Sentence], mentions) -> None:
    """Country and region of clusters the tables and gazetteer did not place, from context."""
    for c in reg.clusters:
        if c.countries and c.region:
            continue
        for s in sents:
            hits = [ms for ms, _, cc in s.clusters if cc is c]
            if not hits:
                continue
            pos = hits[0] - s.start
            cs = find_countries(s.text)
            a, _ = st.segment_bounds(s.text, pos)
            before = [iso for (b0, b1, iso) in cs if b1 <= pos and b0 >= 0]
            after = [iso for (b0, b1, iso) in cs if b0 >= pos]
            places = find_places(s.text)
            if not c.countries:
                chosen = before or after[:1]
                if not chosen and places:
                    near = min(places, key=lambda p: abs(p[0] - pos))
                    chosen = [near[3]]
                c.countries = [x for i, x in enumerate(chosen) if x not in chosen[:i] and x != "KR"] or c.countries
            if not c.region and places:
                near = min(places, key=lambda p: abs(p[0] - pos) if p[0] < pos else abs(p[0] - pos) + 0.5)
                c.region = near[2]
            if c.countries and c.region:
                break
    # a document about one foreign country: a cluster placed nowhere else is in it
    # ("15 semiconductor clusters in Japan ... Kyushu, nicknamed Silicon Island")
    unplaced = [c for c in reg.clusters if not c.countries]
    if unplaced:
        named = {iso for s in sents for _, _, iso in find_countries(s.text)} - {"KR"}
        if len(named) == 1:
            for c in unplaced:
                c.countries = sorted(named)


def _anaphora_rx(lang: str) -> re.Pattern:
    words = load_rules("clusters")["korean" if lang == "ko" else "english"]["anaphora"]
    if lang == "ko":
        return re.compile("|".join(re.escape(w) for w in words))
    # as written or capitalised at a sentence start, never case-blind: "it" must not match "IT firms"
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:])}
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True)) + r")\b")


def _elsewhere(text: str, cluster) -> bool:
    """Whether a sentence that names no cluster places itself in a city or region of another
    country than ``cluster`` ("... Electronics City in Bangalore, India, where 200 IT firms ..."):
    then it is not about the cluster carried over from the sentences before."""
    if cluster is None or not cluster.countries:
        return False
    places = {iso for _, _, _, iso in find_places(text)}
    return bool(places) and not (places & set(cluster.countries))


def _topics(sents: list[Sentence], lang: str) -> tuple[list[Any], list[Any]]:
    """The cluster each sentence is about when it names none (None: document-wide); and for a
    sentence that names one but refers back first ("Its firms raised €450m, while the Cambridge
    Science Park ..."), the cluster carried from before and where the reference is."""
    heading_rx = re.compile(load_rules("clusters")["numbered_heading"])
    ana = _anaphora_rx(lang)
    out: list[Any] = []
    carried: list[Any] = []
    section = None
    para_topic = None
    prev_para_topic = None
    cur_para = None
    for s in sents:
        if s.para != cur_para:
            prev_para_topic = para_topic
            para_topic = None
            cur_para = s.para
        named = [c for _, _, c in s.clusters]
        prior = para_topic or prev_para_topic
        back = _referring_back(ana, s.text) if named and prior is not None and s.para_kind != "heading" else None
        carried.append((prior, s.start + back) if back is not None else None)
        if s.para_kind == "heading":
            if heading_rx.match(s.text) and named:
                section = named[0]
            elif not named:
                section = None if heading_rx.match(s.text) or re.match(r"^\s*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]+\.", s.text) else section
            out.append(named[-1] if named else None)
            prev_para_topic = None
            continue
        if named:
            topic = named[-1]
        elif ana.search(s.text) and (para_topic or prev_para_topic):
            topic = para_topic or prev_para_topic
        else:
            topic = para_topic or section
            if _elsewhere(s.text, topic):
                out.append(None)  # the paragraph's topic stays for the sentences after
                continue
        para_topic = topic if topic is not None else para_topic
        out.append(topic)
    return out, carried


def _referring_back(ana: re.Pattern, text: str) -> int | None:
    """Offset of the first anaphor (``ana``: ``_anaphora_rx``) in ``text`` that refers back
    (English "there" does not: "there are 300 firms in ...")."""
    for m in ana.finditer(text):
        if m.group(0).lower() != "there":
            return m.start()
    return None


def _cluster_at(s: Sentence, pos: int, topic, carried=None):
    """Cluster for something at page offset ``pos`` in sentence ``s``: the last one named before
    it; else the cluster referred back to, when the reference comes first; else the first named."""
    if s.clusters:
        before = [c for ms, _, c in s.clusters if ms <= pos]
        if before:
            return before[-1]
        if carried is not None and carried[1] <= pos:
            return carried[0]
        return s.clusters[0][2]
    return topic


# ------------------------------------------------------------------ statistics

def _statistics(parsed, sents, topics, carried, reg, mentions, lang):
    rows = []
    for s, topic, back in zip(sents, topics, carried):
        if lang == "ko":
            toks = s.tokens
            qs = st.korean_quantities(s.doc, toks[0].idx if len(toks) else 0, toks[-1].idx + 1 if len(toks) else 0,
                                      text=s.para_text)
            base = s.start - (toks[0].idx if len(toks) else 0)
        else:
            qs = st.english_quantities(s.text)
            base = s.start
        shift = s.start - base
        local = [st.Quantity(q.start - shift, q.end - shift, q.text, q.value, q.unit, q.qualifier, q.metric) for q in qs]
        st.attach_periods(local, s.text, lang)
        marker = re.match(r"\s*(\d{1,2})[.)]\s", s.text)  # "3. Ireland: ...": a list number, not a count
        for q in local:
            if marker and q.start == marker.start(1):
                continue
            if q.unit == "year" and (q.text.endswith("간") or re.match(r"\s*(?:동안|간|에 걸쳐)", s.text[q.end:])):
                continue  # 10년간 10억 달러: a duration, not a fact
            c = _cluster_at(s, s.start + q.start, topic, back)
            rows.append(_stat_row(parsed.doc_id, c, q, s.page, s.start + q.start, s.start + q.end, s.text))
    rows += _table_statistics(parsed, reg, lang)
    return _dedupe_stats(rows)


def _stat_row(doc_id, cluster, q, page, a, b, evidence, metric=None):
    return {"doc_id": doc_id, "cluster_id": id(cluster) if cluster is not None else None, "metric": metric or q.metric,
            "value": float(q.value), "unit": q.unit, "qualifier": q.qualifier,
            "period_start": q.period[0] if q.period else None, "period_end": q.period[1] if q.period else None,
            "text": q.text, "page": page, "char_start": a, "char_end": b, "evidence": evidence}


def _row_cluster(reg: cl.Registry, cell: str):
    ko, en = cl.split_bilingual(cell)
    keys = {cl.norm(x) for x in (ko, en) if x}
    for c in reg.clusters:
        if c.keys() & keys:
            return c
    return None


def _table_statistics(parsed, reg, lang):
    rows = []
    nlp = get_nlp(lang)
    metric_nouns = load_rules("metrics")["nouns"]
    for page in parsed.pages:
        for t in page.tables:
            roles = cl.table_roles(t)
            ccol = next((i for i, r in roles.items() if r == "cluster"), None)
            fcol = next((i for i, r in roles.items() if r == "factor"), None)
            header = t.rows[0] if t.has_header else [""] * len(t.rows[0])
            for r, row in enumerate(t.rows[1:] if t.has_header else t.rows, start=1 if t.has_header else 0):
                cluster = _row_cluster(reg, row[ccol]) if ccol is not None and ccol < len(row) else None
                factor = fa.table_row_factor(row[fcol], lang) if fcol is not None and fcol < len(row) else None
                for i, cell in enumerate(row):
                    if i in roles or not cell.strip():
                        continue
                    head = header[i] if i < len(header) else ""
                    if lang == "ko":
                        qs = st.korean_quantities(nlp(cell)) or _header_unit_quantities(cell, head, nlp)
                    else:
                        qs = st.english_quantities(cell)
                    label = _header_metric(head, metric_nouns)
                    for q in qs:
                        metric = label or q.metric
                        if factor:
                            metric = f"{metric}: {factor}"
                        off = t.cell_offsets[r][i] if r < len(t.cell_offsets) and i < len(t.cell_offsets[r]) else 0
                        rows.append(_stat_row(parsed.doc_id, cluster, q, page.number, off + q.start, off + q.end,
                                              " | ".join(row), metric))
    return rows


_BARE_NUMBER = re.compile(r"^\s*(?:약|대략)?\s*[\d][\d,.]*\s*(?:여)?\s*$")


def _header_unit_quantities(cell: str, head: str, nlp) -> list:
    """A bare number in a Korean table ('약 10,000') takes its unit from the header: '고용(명)',
    '매출(억원)', '비중(%)'; a header counting something ('입주기업 수') makes it a count."""
    if not _BARE_NUMBER.match(cell):
        return []
    m = re.search(r"[(\[]\s*([^)\]]{1,6})\s*[)\]]", head)
    unit = m.group(1) if m else _header_counter(head.strip())
    if not unit:
        return []
    n = len(cell.rstrip())
    return [st.Quantity(q.start, min(q.end, n), cell[q.start:min(q.end, n)], q.value, q.unit, q.qualifier, q.metric)
            for q in st.korean_quantities(nlp(cell[:n] + unit)) if q.start < n]


def _header_counter(head: str) -> str | None:
    """The counter a header without a bracketed unit implies: '고용 인원' -> 명, '입주기업 수' -> 개
    (rules/quantities.yaml, table_header_counters; the longest word wins)."""
    return next((unit for w, unit in _header_counters() if head.endswith(w)), None)


@per_rules
def _header_counters() -> list[tuple[str, str]]:
    words = [(w, unit) for unit, ws in (load_rules("quantities").get("table_header_counters") or {}).items() for w in ws]
    return sorted(words, key=lambda x: -len(x[0]))


def _header_metric(head: str, nouns: dict) -> str | None:
    h = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*", " ", head).strip()  # 고용(명), Revenue (EUR m): the unit is not the metric
    if not h:
        return None
    if h in nouns or h.lower() in nouns:
        return nouns.get(h) or nouns[h.lower()]
    words = h.replace("·", " ").split()
    for w in words:
        if w in nouns or w.lower() in nouns:
            return (nouns.get(w) or nouns[w.lower()]) + (" (share)" if "비중" in h else "")
    if any(x in h for x in ("비중", "비율", "share", "%")):
        return "share"
    return None


def _dedupe_stats(rows):
    """One row per fact: the same value, unit and cluster with the same kind of metric, seen twice
    (text and table, or repeated), keeps its first occurrence."""
    seen = set()
    out = []
    for r in rows:
        key = (r["cluster_id"], r["unit"], round(r["value"], 6), r["metric"].split(":")[0].split()[-1] if r["metric"] else "")
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


# ------------------------------------------------------------------ success factors

def _factors(parsed, sents, topics, carried, lang):
    rows = []
    seen = set()

    def add(cluster, country, factor, evidence, page, a):
        key = (id(cluster) if cluster is not None else None, country, factor)
        if key in seen:
            return
        seen.add(key)
        rows.append({"doc_id": parsed.doc_id, "cluster_id": id(cluster) if cluster is not None else None,
                     "country": country, "factor": factor, "evidence": evidence, "page": page, "char_start": a})

    per_doc: dict[int, list] = {}
    for s, topic, back in zip(sents, topics, carried):
        if s.para_kind == "heading" or fa.is_meta_sentence(s.text, lang):
            continue
        if id(s.doc) not in per_doc:
            per_doc[id(s.doc)] = fa.doc_matches(s.doc, lang)
        hits = fa.cue_factors(s.tokens, lang, per_doc[id(s.doc)])
        if not hits:
            continue
        for factor, a, _ in hits:
            pos = s.start + (a - (s.tokens[0].idx if len(s.tokens) else 0))
            c = _cluster_at(s, pos, topic, back)
            if c is not None:
                add(c, None, factor, s.text, s.page, pos)
                continue
            countries = [iso for _, _, iso in find_countries(s.text) if iso != "KR"]
            if countries and fa.has_policy_cue(s.text, lang):
                for iso in dict.fromkeys(countries):
                    add(None, iso, factor, s.text, s.page, pos)
            else:
                add(None, None, factor, s.text, s.page, pos)
    for page in parsed.pages:
        for t in page.tables:
            roles = cl.table_roles(t)
            fcol = next((i for i, r in roles.items() if r == "factor"), None)
            if fcol is None:
                continue
            for r, row in enumerate(t.rows[1:], start=1):
                if fcol < len(row) and (f := fa.table_row_factor(row[fcol], lang)):
                    add(None, None, f, " | ".join(row), page.number, t.cell_offsets[r][fcol])
    return rows
