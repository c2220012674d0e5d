"""Stage 3 — attribute: the cluster (or country) a figure or a claim at a place in the text
belongs to, read off the document model.

Order of precedence for something at offset ``pos`` of a sentence:

1. a sentence about a whole country, sector or survey (``SentenceContext.wide``): no cluster;
2. the cluster named last before ``pos`` in the sentence;
3. when the sentence refers back before naming anything (``back``) and the reference comes
   before ``pos``: the cluster referred to;
4. the cluster the sentence names after ``pos`` in the same clause ("Of the 9,000 jobs at Milton
   Park, ..."; not "... 42,000 students, and the Communitech hub ...");
5. the sentence's topic from the document model (reference, paragraph, section, document); in a
   sentence that names clusters in other clauses only, the topic of the text around it.

Table rows take the cluster their row names; rows of a table without a cluster column belong to
the document's topic (none in a document about several clusters).
"""
from __future__ import annotations

from pipeline.extract.clusters import Cluster
from pipeline.extract.context import Sentence
from pipeline.extract.docmodel import SentenceContext
from pipeline.extract.statistics import segment_bounds


def cluster_at(s: Sentence, ctx: SentenceContext, pos: int) -> Cluster | None:
    if ctx.wide and not s.clusters:
        return None
    if s.clusters:
        before = [c for ms, _, c in s.clusters if ms <= pos]
        if before:
            return before[-1]
        if ctx.back is not None and ctx.back[1] <= pos:
            return ctx.back[0]
        a, b = segment_bounds(s.text, pos - s.start)
        after = [c for ms, _, c in s.clusters if a <= ms - s.start < b]
        if after:  # "Of the 9,000 jobs at Milton Park": named after it, in its clause
            return after[0]
        return ctx.around  # a clause naming none: what the text around the sentence is about
    return ctx.topic if not ctx.wide else None
