"""Table orientation, before any stage reads a table: a table that names its clusters across the
header row and what is measured down the first column

    |           | Mjärdevi Science Park | Hermia Science Park |
    | Country   | Sweden                | Finland             |
    | Companies | 370                   | 180                 |

is read as its transpose (one cluster per row, one measure per column), so that recognition,
figures and claims need to know one orientation only. Cell offsets move with their cells: every
figure still points at its text on the page. A table a page break cuts, its header not repeated on
the next page, is read there under the header of the page before (``continued``); a header of two
rows, years over measures, is read as one (``stacked``); a first cell spanning rows is given to each
of them (``filled_down``). ``prepared`` does all four, in that order."""
from __future__ import annotations

import dataclasses
import re

from pipeline.extract import clusters as cl
from pipeline.model import ParsedDocument, Table
from pipeline.rules import load_rules


def prepared(parsed: ParsedDocument) -> ParsedDocument:
    """The document's tables as every stage reads them: one header row, continued over page breaks,
    a first cell spanning rows given to each, one cluster per row (a new object when anything
    changed; the stored parse is untouched)."""
    return oriented(filled_down(continued(stacked(parsed))))


def _is_label(cell: str) -> bool:
    """A cell that says what a row or column holds: a known header (Country, 소재지, Founded) or a
    measure (Companies, 고용인원(명), Revenue (EUR m))."""
    from pipeline.extract.table_figures import header_metric

    cell = cell.strip()
    return bool(cell) and (cl.header_role(cell) is not None or header_metric(cell, load_rules("metrics")["nouns"]) is not None)


def is_transposed(t: Table) -> bool:
    """Labels down the first column and none across the header row, which names two or more things
    (and its corner cell is blank or a generic label: '', 구분, Indicator)."""
    if len(t.rows) < 3 or len(t.rows[0]) < 3:  # (the parser may not see a header above a blank corner)
        return False
    header = t.rows[0]
    if not cl.corner_cell(header[0]):
        return False
    firsts = [r[0] for r in t.rows[1:] if r]
    labels = sum(_is_label(c) for c in firsts)
    return labels >= max(2, (2 * len(firsts) + 2) // 3) and not any(_is_label(h) for h in header[1:]) \
        and all(any(ch.isalpha() for ch in h) for h in header[1:])


def transpose(t: Table) -> Table:
    width = max(len(r) for r in t.rows)
    rows = [[(r[i] if i < len(r) else "") for r in t.rows] for i in range(width)]
    offs = [[(o[i] if i < len(o) else 0) for o in t.cell_offsets] for i in range(width)]
    return Table(rows=rows, cell_offsets=offs, bbox=t.bbox, has_header=True)


def _each_table(parsed: ParsedDocument, read) -> ParsedDocument:
    """The document with ``read`` applied to every table (it gives the table itself back when it leaves
    it as it is): a new object when a table changed, its other pages shared; the stored parse is untouched."""
    pages = []
    for p in parsed.pages:
        tables = [read(t) for t in p.tables]
        pages.append(dataclasses.replace(p, tables=tables) if any(a is not b for a, b in zip(tables, p.tables)) else p)
    return dataclasses.replace(parsed, pages=pages) if any(a is not b for a, b in zip(pages, parsed.pages)) else parsed


def oriented(parsed: ParsedDocument) -> ParsedDocument:
    """The document with every transposed table turned to one cluster per row."""
    return _each_table(parsed, lambda t: transpose(t) if is_transposed(t) else t)


def continued(parsed: ParsedDocument) -> ParsedDocument:
    """The document with the first table of a page that has no header of its own and as many
    columns as the last table of the page before given that table's header: the rest of a table a
    page break cut (a new object; the stored parse is untouched)."""
    pages, last = [], None
    for p in parsed.pages:
        first = p.tables[0] if p.tables else None
        if first is not None and not first.has_header and last is not None and last.has_header \
                and len(first.rows[0]) == len(last.rows[0]) > 1:
            width = len(last.rows[0])
            joined = Table(rows=[list(last.rows[0]), *first.rows], cell_offsets=[[0] * width, *first.cell_offsets],
                           bbox=first.bbox, has_header=True)
            p = dataclasses.replace(p, tables=[joined, *p.tables[1:]])
        pages.append(p)
        last = p.tables[-1] if p.tables else None
    return dataclasses.replace(parsed, pages=pages) if any(a is not b for a, b in zip(pages, parsed.pages)) else parsed


def _is_subheader(top: list[str], sub: list[str]) -> bool:
    """A second header row under a first that spans it: no figures (a year at most), two or more
    labels, and a first row with merged (empty) cells above them or a blank corner below."""
    if len(sub) != len(top) or sum(bool(c.strip()) for c in sub) < 2:
        return False
    if any(re.search(r"\d", c) and not re.fullmatch(r"\s*(?:19|20)\d{2}\s*년?\s*", c) for c in sub):
        return False
    return any(not c.strip() for c in top[1:]) or not sub[0].strip()


def stacked(parsed: ParsedDocument) -> ParsedDocument:
    """The document with every table whose header is two rows, a spanning one over its parts
    (| 구분 | 2022년 |  | 2023년 |  | over |  | 기업수 | 고용 | 기업수 | 고용 |), given one header row
    whose cells join both (2022년 기업수, 2022년 고용, …): a merged cell's text carried over the
    columns it spans."""
    return _each_table(parsed, _stacked)


def _stacked(t: Table) -> Table:
    if not (t.has_header and len(t.rows) >= 3 and _is_subheader(t.rows[0], t.rows[1])):
        return t
    carried, joined = "", []
    for i, (a, b) in enumerate(zip(t.rows[0], t.rows[1])):
        carried = a.strip() or (carried if i > 0 else "")
        joined.append(" ".join(x for x in (carried, b.strip()) if x))
    return Table(rows=[joined, *t.rows[2:]], cell_offsets=t.cell_offsets[1:] if t.cell_offsets else [],
                 bbox=t.bbox, has_header=True)


def filled_down(parsed: ParsedDocument) -> ParsedDocument:
    """The document with the first cell of a body row left blank by a cell spanning rows above it
    (| 2013 | Tenants | 97 | over |  | Jobs | 3,900 |) given that cell's text, in every table whose
    first column is otherwise filled."""
    return _each_table(parsed, _filled_down)


def _filled_down(t: Table) -> Table:
    body = t.rows[1:] if t.has_header else t.rows
    blanks = [k for k, r in enumerate(body) if r and not r[0].strip() and sum(bool(c.strip()) for c in r[1:]) >= 2]
    if not (blanks and body[0] and body[0][0].strip() and len(blanks) < len(body)):
        return t
    rows = [list(r) for r in t.rows]
    first = 1 if t.has_header else 0
    for k in range(first, len(rows)):
        if k - first in blanks and k > first:
            rows[k][0] = rows[k - 1][0]
    return Table(rows=rows, cell_offsets=t.cell_offsets, bbox=t.bbox, has_header=t.has_header)
