"""Plain data structures passed between the stages, serializable to JSON for the caches."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Paragraph:
    start: int  # offset into Page.text
    end: int
    kind: str = "para"  # "para" | "heading"


@dataclass
class Table:
    rows: list[list[str]]  # rows[0] is the header row when has_header
    cell_offsets: list[list[int]]  # offset of each cell's text in Page.text
    bbox: list[float] | None = None
    has_header: bool = True


@dataclass
class Page:
    number: int  # 1-based
    text: str
    prose_end: int  # text[:prose_end] is running prose; the rest renders the tables
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def paragraph_texts(self) -> list[tuple[Paragraph, str]]:
        return [(p, self.text[p.start:p.end]) for p in self.paragraphs]


@dataclass
class ParsedDocument:
    doc_id: str
    source: str
    format: str  # pdf | txt | html
    pages: list[Page]
    page_count: int | None
    metadata: dict[str, Any]  # title, published, publisher, language, kind (+ raw producer metadata)
    parser_version: str
    status: str = "ok"
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ParsedDocument":
        pages = [
            Page(
                number=p["number"],
                text=p["text"],
                prose_end=p["prose_end"],
                paragraphs=[Paragraph(**q) for q in p["paragraphs"]],
                tables=[Table(**t) for t in p["tables"]],
            )
            for p in d["pages"]
        ]
        return cls(**{**d, "pages": pages})


def render_page(number: int, paras: list[tuple[str, str]], tables: list["Table"] | None = None) -> "Page":
    """A page from (kind, text) paragraphs, separated by blank lines, then its tables as rows of
    cells joined by ' | ' (cell offsets recorded on each table)."""
    tables = tables or []
    text = ""
    paragraphs = []
    for kind, ptext in paras:
        if text:
            text += "\n\n"
        paragraphs.append(Paragraph(start=len(text), end=len(text) + len(ptext), kind=kind))
        text += ptext
    prose_end = len(text)
    for t in tables:
        text += "\n\n"
        offsets = []
        for r, row in enumerate(t.rows):
            if r:
                text += "\n"
            row_off = []
            for i, cell in enumerate(row):
                if i:
                    text += " | "
                row_off.append(len(text))
                text += cell
            offsets.append(row_off)
        t.cell_offsets = offsets
    return Page(number=number, text=text, prose_end=prose_end, paragraphs=paragraphs, tables=tables)
