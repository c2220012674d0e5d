"""Build ParsedDocuments from plain paragraphs, to test extraction on unseen text."""
from __future__ import annotations

import hashlib

from pipeline.extract.document import extract_document
from pipeline.model import ParsedDocument, Table, render_page


def parsed_from(paragraphs: list[str | tuple[str, str]], lang: str, published: str | None = None) -> ParsedDocument:
    page = render_page(1, [p if isinstance(p, tuple) else ("para", p) for p in paragraphs])
    meta = {"language": lang, **({"published": published} if published else {})}
    return ParsedDocument(doc_id=hashlib.sha256(page.text.encode()).hexdigest(), source="test.txt", format="txt",
                          pages=[page], page_count=None, metadata=meta, parser_version="test")


def extract_table(rows: list[list[str]], lang: str, title: str):
    """Extraction of a one-page document: a heading, then one ruled table (first row the header),
    laid out as the PDF text layer lays pages out. Returns (result, page text), so offsets can be
    checked against the text."""
    page = render_page(1, [("heading", title)], [Table(rows=rows, cell_offsets=[], has_header=True)])
    return extract_document(ParsedDocument("t", "t.pdf", "pdf", [page], 1, {"language": lang}, "test")), page.text


def extract_with_table(paragraphs: list[tuple[str, str]], rows: list[list[str]], lang: str, has_header: bool = True):
    """Extraction of a one-page PDF document: its paragraphs, then one ruled table (rows of cells)."""
    page = render_page(1, paragraphs, [Table(rows=rows, cell_offsets=[], has_header=has_header)])
    return extract_document(ParsedDocument("t", "t.pdf", "pdf", [page], 1, {"language": lang}, "test"))


def extract(paragraphs, lang, published=None):
    return extract_document(parsed_from(paragraphs, lang, published))


def extract_capture(path, text: str):
    """Extraction of a plain-text capture written to ``path``, read by the parser as an ingested
    file is (the first line may become the title)."""
    from pipeline.parse import parse_file

    path.write_text(text, encoding="utf-8")
    return extract_document(parse_file(path, path.name))


def stat_set(res):
    return {(s["cluster_id"], s["unit"], round(s["value"], 3), s["qualifier"], s["period_start"], s["period_end"])
            for s in res["statistics"]}


def factor_set(res):
    return {(f["cluster_id"], f["country"], f["factor"]) for f in res["success_factors"]}


def clusters_by_id(res):
    return {c["cluster_id"]: c for c in res["clusters"]}


def stats_where(res, **kw):
    """The statistic rows whose fields equal the given values (value=120, unit="hour")."""
    return [s for s in res["statistics"] if all(s.get(k) == v for k, v in kw.items())]


def cluster_ids(res):
    return {c["cluster_id"] for c in res["clusters"]}


def stat_triples(res):
    """(cluster_id, value, metric) of every statistic."""
    return [(s["cluster_id"], s["value"], s["metric"]) for s in res["statistics"]]


def factor_codes(res):
    """The factor codes a result claims, whatever their scope."""
    return {f for _, _, f in factor_set(res)}
