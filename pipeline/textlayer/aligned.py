"""Tables drawn without ruling: rows of cells a column gap apart, their columns aligned, one under
the other

    특구명          입주기업      고용     매출액
    안산강소특구        312     4,820     9,210
    김해강소특구        188     2,150     3,400

pdfplumber's table finder needs lines; such a table, read as prose, runs its rows together (and a
page of them looks like two columns of text). A block of three or more consecutive lines, each of
three or more cells whose columns line up, with a column of figures and cells short enough not to
be a page of three columns of prose, is a table here; its glyphs are left out of the prose, as a
ruled table's are.
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.model import Table

MIN_ROWS = 3  # the header and two rows at least
MIN_COLUMNS = 3
MAX_CELL_CHARS = 40  # longer cells read as prose set in columns
ROW_GAP_EM = 1.6  # rows further apart than this (in line heights) end the table
FIGURE_CELL = re.compile(r"^[\s△▽▲▼+\-−–~약]*[\d][\d,.\s]*(?:%|[a-e*†‡])?\s*$|^\s*[-–—]\s*$|^\s*n/?a\s*$", re.I)

# a header of years over columns of figures: | 구분 | 2010 | 2014 | 2018 |, | | 2022년 | 2023.6 |
_YEAR_HEAD = re.compile(r"\s*((?:19|20)\d{2})\s*(?:년|[.\-/]\s*\d{1,2}\s*(?:월\s*말?)?)?\s*")


def years_across(header: list[str]) -> bool:
    """A first row that names two or more years in order after a corner cell (blank or a label):
    the header of a table whose columns are years, though every cell but one is digits."""
    years = [m.group(1) for c in header[1:] if (m := _YEAR_HEAD.fullmatch(c))]
    return len(header) >= 3 and len(years) == len(header) - 1 and not FIGURE_CELL.match(header[0] or "x") \
        and (years == sorted(years) or years == sorted(years, reverse=True)) and len(set(years)) == len(years)


def _overlaps(a: tuple[float, float], b: tuple[float, float], slack: float = 0.0) -> bool:
    return a[0] - slack < b[1] and b[0] - slack < a[1]


def _aligned(rows: list[list[tuple[float, float]]], slack: float) -> bool:
    """Whether every row's k-th cell overlaps the k-th cells above it, and none of the cells of
    the column beside it."""
    n = len(rows[0])
    for k in range(n):
        span = (min(r[k][0] for r in rows), max(r[k][1] for r in rows))
        if not all(_overlaps(r[k], rows[0][k], slack) or _overlaps(r[k], rows[-1][k], slack) for r in rows):
            return False
        if k + 1 < n and _overlaps(span, (min(r[k + 1][0] for r in rows), max(r[k + 1][1] for r in rows))):
            return False
    return True


def aligned_tables(lines: list[list[dict]], segments: Callable[[list[dict]], list[list[dict]]],
                   cell_text: Callable[[list[dict]], str]) -> tuple[list[Table], list[tuple[float, float, float, float]]]:
    """Unruled tables among a page's visual lines (glyph lists, top to bottom), split into cells by
    ``segments`` and read by ``cell_text``; with their boxes."""
    tables, boxes = [], []
    split = [segments(line) for line in lines]
    i = 0
    while i < len(lines):
        n = len(split[i])
        if n < MIN_COLUMNS:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and len(split[j]) == n and _next_row(lines[j - 1], lines[j]):
            j += 1
        block = split[i:j]
        spans = [[(s[0]["x0"], s[-1]["x1"]) for s in segs] for segs in block]
        size = max((c.get("size") or 0) for c in lines[i]) or 10.0
        if j - i >= MIN_ROWS and _aligned(spans, 0.2 * size):
            rows = [[cell_text(s) for s in segs] for segs in block]
            if _table_like(rows):
                header = rows[0]
                tables.append(Table(rows=rows, cell_offsets=[], has_header=not any(FIGURE_CELL.match(c) for c in header) or years_across(header)))
                glyphs = [c for line in lines[i:j] for c in line]
                boxes.append((min(c["x0"] for c in glyphs), min(c["top"] for c in glyphs),
                              max(c["x1"] for c in glyphs), max(c["bottom"] for c in glyphs)))
                i = j
                continue
        i += 1
    return tables, boxes


def _next_row(above: list[dict], below: list[dict]) -> bool:
    """Whether ``below`` follows ``above`` as the next row of a table (no paragraph gap between)."""
    size = max((c.get("size") or 0) for c in above) or 10.0
    return min(c["top"] for c in below) - max(c["bottom"] for c in above) <= ROW_GAP_EM * size


def _table_like(rows: list[list[str]]) -> bool:
    """Short cells, and a column whose cells below the first row are mostly figures."""
    if any(len(c) > MAX_CELL_CHARS for r in rows for c in r):
        return False
    body = rows[1:]
    return any(sum(bool(FIGURE_CELL.match(r[k])) for r in body) * 3 >= 2 * len(body) for k in range(1, len(rows[0])))
