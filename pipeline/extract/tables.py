"""Table orientation, before any stage reads a table: a table that names its clusters across the
header row and what is measured down the first column

    |           | Mjärdevi Science Park | Hermia Science Park |
    | Country   | Sweden                | Finland             |
    | Companies | 370                   | 180                 |

is read as its transpose (one cluster per row, one measure per column), so that recognition,
figures and claims need to know one orientation only. Cell offsets move with their cells: every
figure still points at its text on the page."""
from __future__ import annotations

import dataclasses

from pipeline.extract import clusters as cl
from pipeline.model import ParsedDocument, Table
from pipeline.rules import load_rules


def _is_label(cell: str) -> bool:
    """A cell that says what a row or column holds: a known header (Country, 소재지, Founded) or a
    measure (Companies, 고용인원(명), Revenue (EUR m))."""
    from pipeline.extract.figures import header_metric

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


def oriented(parsed: ParsedDocument) -> ParsedDocument:
    """The document with every transposed table turned to one cluster per row (a new object; the
    stored parse is untouched)."""
    turned = {id(t) for p in parsed.pages for t in p.tables if is_transposed(t)}
    if not turned:
        return parsed
    pages = [dataclasses.replace(p, tables=[transpose(t) if id(t) in turned else t for t in p.tables]) for p in parsed.pages]
    return dataclasses.replace(parsed, pages=pages)
