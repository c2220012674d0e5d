"""Render the corpus's PDF sources (``<half>/src/*.md``) into ``<half>/raw/*.pdf``.

Markup, one block per line: ``% running header``, ``# heading``, ``## heading``, ``| a | b |``
table rows (consecutive rows make one ruled table, the first is its header), anything else a
paragraph. Korean text uses reportlab's built-in CID font (no font files needed). Run after
editing a source: ``.venv/bin/python tests/corpus/build.py``; the PDFs are committed.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONT = "HYSMyeongJo-Medium"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=15, wordWrap="CJK", spaceAfter=8)
H1 = ParagraphStyle("h1", parent=BODY, fontSize=15, leading=20, spaceAfter=12)
H2 = ParagraphStyle("h2", parent=BODY, fontSize=12, leading=17, spaceAfter=8)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=12, spaceAfter=0)


def _escape(s: str) -> str:
    # the CID font has no glyph for U+00B7; Korean documents write the middle dot as U+318D
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("·", "ㆍ")


def build(src: Path, out: Path) -> Path:
    korean = bool(re.search(r"[가-힣]", src.read_text(encoding="utf-8")))
    wrap = "CJK" if korean else None  # CJK wrapping breaks English words anywhere
    body, h1, h2 = (ParagraphStyle(f"{s.name}-{wrap}", parent=s, wordWrap=wrap) for s in (BODY, H1, H2))
    cell = CELL  # table cells wrap at spaces: a name is not cut in the middle of a Latin word
    header = None
    story: list = []
    rows: list[list[str]] = []

    def flush_table():
        if rows:
            t = Table([[Paragraph(_escape(c), cell) for c in r] for r in rows], hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.extend([t, Spacer(1, 8)])
            rows.clear()

    for line in src.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("% "):
            header = line[2:]
        elif line.startswith("## "):
            story.append(Paragraph(_escape(line[3:]), h2))
        elif line.startswith("# "):
            story.append(Paragraph(_escape(line[2:]), h1))
        else:
            story.append(Paragraph(_escape(line), body))
    flush_table()

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        if header:
            canvas.drawString(50, A4[1] - 30, header)
        canvas.drawCentredString(A4[0] / 2, 25, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=60, bottomMargin=50,
                            title=src.stem, author="cluster-pipeline corpus", creator="reportlab", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out


def main(argv: list[str]) -> None:
    root = Path(__file__).parent
    for src in sorted(root.glob("*/src/*.md")):
        out = src.parent.parent / "raw" / f"{src.stem}.pdf"
        build(src, out)
        print(out.relative_to(root))


if __name__ == "__main__":
    main(sys.argv[1:])
