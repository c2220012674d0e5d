"""What the Korean office-format readers (hwpx.py, hwp.py) share: the blocks a document is read
into (paragraphs, tables, notes, in reading order, one list per section) and their conversion to
the pages every other format gives (one page per section; headings, paragraphs, tables as rows
of cells), plus the error a reader raises for a file it cannot read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.model import Page, Table, render_page


class OfficeError(Exception):
    """A file a reader cannot read: ``status`` is the documents table's word for it."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class Cell:
    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1


@dataclass
class Block:
    kind: str  # para | table | note (footnote, endnote, header or footer: kept apart from the body)
    text: str = ""
    cells: list[Cell] = field(default_factory=list)
    rows: int = 0
    cols: int = 0

    def table_rows(self) -> list[list[str]]:
        """Rows of cells; a merged cell's text is spread over every cell it covers."""
        n_rows = max([self.rows] + [c.row + c.row_span for c in self.cells])
        n_cols = max([self.cols] + [c.col + c.col_span for c in self.cells])
        grid = [["" for _ in range(n_cols)] for _ in range(n_rows)]
        for c in self.cells:
            for r in range(c.row, min(n_rows, c.row + max(1, c.row_span))):
                for k in range(c.col, min(n_cols, c.col + max(1, c.col_span))):
                    grid[r][k] = c.text
        return [row for row in grid if any(x.strip() for x in row)]


_NUMBERED = re.compile(r"^\s*(?:(?:\d{1,2}|[가-하]|[①-⑳]|[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)[.)]|[□■◆◇▣▶<《【\[])\s*\S")


def clean(text: str) -> str:
    """Whitespace of a paragraph as written: runs of spaces and tabs become one space."""
    return re.sub(r"[ \t\u00a0\u3000]+", " ", text).strip()


def _heading(text: str, first: bool) -> bool:
    """A short line that does not end a sentence, numbered or bulleted, or the document's first."""
    if len(text) > 80 or re.search(r"(?:다|요|음|함|임)\s*\.?$|\.\s*$", text):
        return False
    return first or bool(_NUMBERED.match(text))


def to_pages(sections: list[list[Block]]) -> list[Page]:
    """One page per section: paragraphs (headings told from body text), the section's tables as
    rows of cells after them, notes as paragraphs at the section's end."""
    pages = []
    first = True
    for number, blocks in enumerate(sections, start=1):
        paras: list[tuple[str, str]] = []
        tables: list[Table] = []
        notes: list[tuple[str, str]] = []
        for b in blocks:
            if b.kind == "table":
                rows = [[clean(c) for c in r] for r in b.table_rows()]
                if rows:
                    tables.append(Table(rows=rows, cell_offsets=[], has_header=True))
            elif b.kind == "note":
                if clean(b.text):
                    notes.append(("para", clean(b.text)))
            else:
                for line in b.text.split("\n"):  # a line break inside a paragraph
                    t = clean(line)
                    if t:
                        paras.append(("heading" if _heading(t, first) else "para", t))
                        first = False
        pages.append(render_page(number, paras + notes, tables))
    return pages


def block_text(sections: list[list[Block]]) -> str:
    """The text of the blocks in reading order, tables in place (cells in row order): what the
    readers are compared with Hancom's own preview text on."""
    out = []
    for blocks in sections:
        for b in blocks:
            if b.kind == "table":
                out.extend(c.text for c in sorted(b.cells, key=lambda c: (c.row, c.col)))
            elif b.kind == "para":
                out.append(b.text)
    return "\n".join(out)
