"""Extraction of one parsed document: a chain of stages, each a module with a typed input and
output (as pdfplumber's table finder chains edges -> cells -> tables):

    tables (tables.py)           ParsedDocument -> the same, tables one cluster per row
    sentences (context.py)       ParsedDocument -> list[Sentence]
    1 recognise (recognise.py)   -> Recognition: clusters and their mentions
    2 model (docmodel.py)        -> DocumentModel: document, section, paragraph topics, references
    3 attribute (attribute.py)   figure or claim at an offset -> its cluster (read off the model)
    4 figures + normalise        -> statistic rows: units, qualifiers, periods, metric codes
      (figures.py, statistics_ko.py / statistics_en.py over statistics.py, numbers.py, normalise.py)
    5 claims (claims.py)         -> success-factor rows

The result is plain JSON (the stage-2 cache): clusters, mentions, statistics, success factors.
"""
from __future__ import annotations

from typing import Any

from pipeline.extract.claims import claims
from pipeline.extract.context import sentences_of
from pipeline.extract.docmodel import model_document
from pipeline.extract.figures import statistics
from pipeline.extract.recognise import is_likeness, recognise
from pipeline.extract.tables import prepared
from pipeline.model import ParsedDocument
from pipeline.rules import rules_version


def extract_document(parsed: ParsedDocument) -> dict[str, Any]:
    lang = parsed.metadata.get("language") or "ko"
    parsed = prepared(parsed)
    sents = sentences_of(parsed, lang)
    rec = recognise(parsed, sents, lang)
    model = model_document(sents, rec.clusters, lang, parsed.metadata.get("title"))
    stats = statistics(parsed, sents, rec.clusters, model, lang)
    factor_rows = claims(parsed, sents, model, lang)

    # the sites a sentence says the topic is made of (이 단지는 A, B 등 10개 단지로 구성돼), named nowhere
    # else and given no figure or claim, are parts of the topic, not clusters of their own; a cluster named
    # only in the references or a 'See also' list after the text is no subject of it; nor is one named only as
    # what another is likened to ('실리콘밸리를 본떠 조성했으며', '실리콘밸리처럼')
    named_aside = _named_aside(sents, model, rec, stats, factor_rows)
    if named_aside:
        rec.clusters = [c for c in rec.clusters if id(c) not in named_aside]
        rec.mentions = [m for m in rec.mentions if id(m.cluster) not in named_aside]
    ids = {id(c): c.cluster_id for c in rec.clusters}
    local = lambda r: {**r, "cluster_id": ids[r["cluster_id"]] if r["cluster_id"] is not None else None}  # noqa: E731
    return {
        "rules_version": rules_version(),
        "topic": ids[id(model.topic)] if model.topic is not None else None,
        "clusters": [
            {"cluster_id": c.cluster_id, "name": c.canonical, "name_en": c.name_en, "name_ko": c.name_ko,
             "aliases": sorted(set(c.names)), "country": ";".join(c.countries) or None, "region": c.region,
             "sector": c.sector, "signals": sorted(c.signals), "first_page": c.first_seen[0]}
            for c in sorted(rec.clusters, key=lambda c: c.first_seen)
        ],
        "cluster_mentions": [
            {"cluster_id": ids[id(m.cluster)], "text": m.text, "page": m.page, "char_start": m.start, "char_end": m.end}
            for m in rec.mentions
        ],
        "statistics": [local(r) for r in stats],
        "success_factors": [local(r) for r in factor_rows],
    }


# where a mention stands aside: in a sentence saying what the topic is made of, in the references, or as what
# another is likened to
_ASIDE = (lambda s, ctx, m: ctx.made_of, lambda s, ctx, m: ctx.bibliography,
          lambda s, ctx, m: is_likeness(s.text, m.start - s.start, m.end - s.start))


def _named_aside(sents, model, rec, stats, factor_rows) -> set[int]:
    """The clusters every mention of which stands aside in one same way (``_ASIDE``), given no figure or claim and
    not the topic."""
    aside: dict[tuple[int, int], bool] = {}  # (way, cluster) -> every mention so far stands aside that way
    for m in rec.mentions:
        at = next(((s, ctx) for s, ctx in zip(sents, model.sentences) if s.page == m.page and s.start <= m.start < s.end), None)
        for way, test in enumerate(_ASIDE):
            key = (way, id(m.cluster))
            aside[key] = aside.get(key, True) and at is not None and test(*at, m)
    used = {r["cluster_id"] for r in (*stats, *factor_rows)}
    return {k for (_, k), yes in aside.items() if yes and k not in used and (model.topic is None or k != id(model.topic))}
