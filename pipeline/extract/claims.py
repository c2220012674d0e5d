"""Stage 5 — success-factor claims, scoped by the document model.

Cues (``factors.py``: paraphrase families per taxonomy code, over Kiwi lemmas or English
tokens) find what is claimed; ``attribute.cluster_at`` says for which cluster. A claim in a
sentence about a whole country goes to the cluster the text around it is about when that cluster
is in the country ("Ireland's low tax rate is the main draw", in a section on the Dublin
Docklands), else to the country; a claim about no cluster goes to the countries a national
policy names, else to the document.
Rows of a table listing factors are document-wide findings.
"""
from __future__ import annotations

import re

from pipeline.extract import clusters as cl
from pipeline.extract import factors as fa
from pipeline.extract.attribute import SET_SIZE as _SET_SIZE, cluster_at, set_kinds, set_numbers
from pipeline.extract.context import Sentence
from pipeline.extract.docmodel import DocumentModel
from pipeline.extract.geo import find_countries
from pipeline.rules import per_rules
from pipeline.model import ParsedDocument
from pipeline.nlp import doc_text


def claims(parsed: ParsedDocument, sents: list[Sentence], model: DocumentModel, lang: str) -> list[dict]:
    """Success-factor rows (cluster_id: ``id()`` of the Cluster record, or None)."""
    rows: list[dict] = []
    seen: set = set()

    def add(cluster, country, factor, evidence, page, a):
        key = (id(cluster) if cluster is not None else None, country, factor)
        if key in seen:
            return
        seen.add(key)
        rows.append({"doc_id": parsed.doc_id, "cluster_id": id(cluster) if cluster is not None else None,
                     "country": country, "factor": factor, "evidence": evidence, "page": page, "char_start": a})

    per_doc: dict[int, list] = {}
    names = _name_spans(sents)
    named = list({id(c): c for s in sents for _, _, c in s.clusters}.values())  # the clusters the text names, in order
    for s, ctx in zip(sents, model.sentences):
        # (a bulleted line the text layer took for a heading is an item of the text: □ 과감한 인재 유치 정책)
        if (s.para_kind == "heading" and not _BULLET.match(s.text)) or ctx.bibliography or ctx.difficulties \
                or fa.is_meta_sentence(s.text, lang):
            continue
        if id(s.doc) not in per_doc:
            per_doc[id(s.doc)] = fa.doc_matches(s.doc, lang, names.get(id(s.doc), []))
        for factor, a, _ in fa.cue_factors(s.tokens, lang, per_doc[id(s.doc)]):
            pos = s.start + (a - (s.tokens[0].idx if len(s.tokens) else 0))
            if (each := _each_of_set(lang).search(_BULLET.sub("", s.text, count=1))):
                # 'Both districts cite access to university laboratories': a claim for each of the clusters the
                # text names; '세 클러스터 모두 …', 'All three parks …': of the document's, when it has that many
                said = _SET_SIZE.get((each.group("n") or "").strip().lower()) or (int(each.group("n")) if (each.group("n") or "").strip().isdigit() else None)
                tabled = [c for c in model.clusters if "table" in c.signals]  # (or those its table compares)
                whole = model.clusters if said is not None and len(model.clusters) == said else \
                    tabled if said is not None and len(tabled) == said else named
                if 2 <= len(whole) <= 6:
                    for c in whole:
                        add(c, None, factor, s.text, s.page, pos)
                    continue
            c = cluster_at(s, ctx, pos)
            if c is None and ctx.wide and ctx.around is not None and set(ctx.countries) & set(ctx.around.countries):
                c = ctx.around  # "Ireland's low tax rate is the main draw" in the Dublin Docklands' section
            if c is not None:
                add(c, None, factor, s.text, s.page, pos)
                continue
            countries = _claim_countries(s, ctx, lang)
            for iso in countries:
                add(None, iso, factor, s.text, s.page, pos)
            if not countries:
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


def _name_spans(sents: list[Sentence]) -> dict[int, list[tuple[int, int]]]:
    """Per paragraph Doc (by id), the character spans no cue is read in: those that name clusters
    (its sentences' mentions) and the quoted titles of documents ('해외 혁신클러스터 현황과
    투자유치 성공사례 보고서'에 따르면: the report's title claims nothing)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    titled: set[int] = set()
    for s in sents:
        if s.clusters and len(s.tokens):
            shift = s.tokens[0].idx - s.start  # page offset -> Doc offset
            spans.setdefault(id(s.doc), []).extend((ms + shift, me + shift) for ms, me, _ in s.clusters)
        if id(s.doc) not in titled:
            titled.add(id(s.doc))
            spans.setdefault(id(s.doc), []).extend(m.span(1) if m.group(1) else m.span(2) for m in _QUOTED_TITLE.finditer(doc_text(s.doc)))
    return spans


# a sentence whose subject is each of the clusters the text names: 'Both districts cite …', 'All three parks
# offer …', '두 단지 모두 …' (their claim is each one's)
@per_rules
def _each_of_set(lang: str) -> re.Pattern:
    if lang == "ko":
        return re.compile(rf"^(?:이\s+|(?P<n>{set_numbers('ko')})\s*)?(?:\d+\s*개\s*)?(?:{set_kinds('ko')})(?:은|는|이|가)?\s*모두\s")
    return re.compile(rf"^(?:(?P<both>Both)|All|Each)\s+(?:of\s+)?(?:the\s+|these\s+)?(?P<n>(?:{set_numbers('en')}|\d)\s+)?"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:{set_kinds('en')})\b", re.I)
# (the number of clusters such a sentence says it speaks for: attribute.SET_SIZE)
_BULLET = re.compile(r"^\s*(?:[○●◦•·ㅇ□■◆◇▶▷※*\-–—]|\d{1,2}[.)])\s*")
_DOCUMENT_NOUN = r"(?:보고서|보도자료|자료집|백서|(?:report|study|survey|paper|white\s+paper)\b)"
# a quoted title ending in a document noun, or followed by one: ‘… 투자유치 성공사례 보고서’에 따르면, "…" report
# (not '인근 병원·대학과의 공동연구': a quoted answer ending in 연구 is no document)
_QUOTED_TITLE = re.compile(rf"[‘'\"“「『《]([^’'\"”」』》]{{2,80}}{_DOCUMENT_NOUN})[’'\"”」』》]"
                           rf"|[‘'\"“「『《]([^’'\"”」』》]{{4,80}})[’'\"”」』》]\s*(?:{_DOCUMENT_NOUN}|자료|연구\b)", re.I)


def _claim_countries(s: Sentence, ctx, lang: str) -> list[str]:
    """The countries a claim about no cluster is made for: those a national policy names."""
    countries = [iso for _, _, iso in find_countries(s.text) if iso != "KR"]
    if countries and (ctx.wide or fa.has_policy_cue(s.text, lang)):
        return list(dict.fromkeys(countries))
    return []
