"""What the pipeline reads from one input, as text a person checks a missing figure against:
metadata, then page by page the headings, paragraphs and table rows. Writes nothing."""
from __future__ import annotations

from pipeline.model import ParsedDocument


def render_text(parsed: ParsedDocument, page: int | None = None) -> str:
    meta = parsed.metadata or {}
    lines = [f"source     {parsed.source}", f"format     {parsed.format}", f"status     {parsed.status}"]
    if parsed.error:
        lines.append(f"error      {parsed.error}")
    for key in ("title", "published", "publisher", "language", "kind"):
        if meta.get(key):
            lines.append(f"{key:<10} {meta[key]}")
    if meta.get("note"):
        lines.append(f"note       {meta['note']}")
    lines.append(f"pages      {parsed.page_count if parsed.page_count is not None else len(parsed.pages)}"
                 + ("" if parsed.format == "pdf" else f" ({'sections' if parsed.format in ('hwp', 'hwpx') else 'text'})"))
    shown = [p for p in parsed.pages if page is None or p.number == page]
    if page is not None and not shown:
        lines.append(f"(no page {page}: the document has {len(parsed.pages)})")
    for p in shown:
        lines.append("")
        lines.append(f"── page {p.number} ──")
        for para, text in p.paragraph_texts():
            lines.append(("# " if para.kind == "heading" else "") + text)
        for k, t in enumerate(p.tables, start=1):
            lines.append(f"[table {k}: {len(t.rows)} rows]")
            for row in t.rows:
                lines.append("| " + " | ".join(c.replace("\n", " ") for c in row) + " |")
    return "\n".join(lines) + "\n"
