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
from pipeline.textlayer.join import join_lines

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


def aligned_tables(lines: list[list[dict]], segmented: list[list[list[dict]]],
                   cell_text: Callable[[list[dict]], str]) -> tuple[list[Table], list[tuple[float, float, float, float]]]:
    """Unruled tables among a page's visual lines (glyph lists, top to bottom), ``segmented`` into
    cells (one list of segments per line; left as it is) and read by ``cell_text``; with their boxes.
    A cell wrapped over several lines (the other cells of its row on one of them) is read whole: see
    ``_wrapped_rows``."""
    tables, boxes = [], []
    split = list(segmented)  # (a line's cells run together may be split again below)
    i = 0
    while i < len(lines):
        n = len(split[i])
        if n < MIN_COLUMNS:
            i += 1
            continue
        j = i + 1
        starts = [seg[0]["x0"] for seg in split[i]]
        while j < len(lines) and 1 <= len(split[j]) <= n and _next_row(lines[j - 1], lines[j]):
            if len(split[j]) < n and len(again := _split_at_columns(split[j], starts)) == n:
                split[j] = again  # cells set close together: '오송생명과학 국가산|충북 청주' split where the header's columns start
            j += 1
        full = [k for k in range(i, j) if len(split[k]) == n]
        size = max((c.get("size") or 0) for c in lines[i]) or 10.0
        spans = [[(s[0]["x0"], s[-1]["x1"]) for s in split[k]] for k in full]
        rows_at = _wrapped_rows(lines, split, i, j, full, size) if len(full) >= MIN_ROWS and _aligned(spans, 0.2 * size) else None
        if rows_at:
            rows = [[cell_text(s) for s in split[k]] for k in rows_at]
            if _table_like(rows):
                columns = _column_spans([split[k] for k in rows_at])
                for r, k in enumerate(rows_at):  # the lines a wrapped cell goes on with, joined to it, top to bottom
                    parts: dict[int, list[tuple[float, str]]] = {c: [(split[k][c][0]["top"], rows[r][c])] for c in range(n)}
                    for m in rows_at[k]:
                        for seg in split[m]:
                            parts[_column_of(seg, columns)].append((seg[0]["top"], cell_text(seg)))
                    rows[r] = [join_lines([(t, False) for _, t in sorted(parts[c], key=lambda p: p[0])]) for c in range(n)]
                if any(len(c) > MAX_CELL_CHARS * 3 for r in rows for c in r):
                    i += 1
                    continue
                header = rows[0]
                tables.append(Table(rows=rows, cell_offsets=[], has_header=not any(FIGURE_CELL.match(c) for c in header) or years_across(header)))
                last = max(m for k in rows_at for m in [k, *rows_at[k]])
                glyphs = [c for line in lines[i:last + 1] for c in line]
                boxes.append((min(c["x0"] for c in glyphs), min(c["top"] for c in glyphs),
                              max(c["x1"] for c in glyphs), max(c["bottom"] for c in glyphs)))
                i = last + 1
                continue
        i += 1
    return tables, boxes


def _split_at_columns(segs: list[list[dict]], starts: list[float]) -> list[list[dict]]:
    """A line's segments split again where a glyph starts at a column's start (within 0.3 em) after a
    gap wider than a word space (0.4 em): two cells whose text fills the column between them."""
    out: list[list[dict]] = []
    for seg in segs:
        cur: list[dict] = []
        prev = None
        for g in seg:
            if g["text"].isspace():
                cur.append(g)
                continue
            size = max(g.get("size") or 0, 1.0)
            if prev is not None and g["x0"] - prev["x1"] >= 0.4 * size and any(abs(g["x0"] - x) <= 0.3 * size for x in starts[1:]):
                while cur and cur[-1]["text"].isspace():
                    cur.pop()
                out.append(cur)
                cur = []
            cur.append(g)
            prev = g
        out.append(cur)
    return [s for s in out if s]


def _column_spans(rows: list[list[list[dict]]]) -> list[tuple[float, float]]:
    """Each column's horizontal span over the table's full rows (lists of one segment per cell)."""
    return [(min(r[k][0]["x0"] for r in rows), max(r[k][-1]["x1"] for r in rows)) for k in range(len(rows[0]))]


def _column_of(seg: list[dict], spans: list[tuple[float, float]]) -> int:
    """The column a segment of a wrapped cell's line sits under (its start within the column's span)."""
    x0 = seg[0]["x0"]
    return min(range(len(spans)), key=lambda k: 0 if spans[k][0] - 2 <= x0 <= spans[k][1] else min(abs(x0 - spans[k][0]), abs(x0 - spans[k][1])))


def _wrapped_rows(lines, split, i: int, j: int, full: list[int], size: float) -> dict[int, list[int]] | None:
    """The table's rows among lines ``i``..``j`` - 1: each line of all ``n`` cells is a row, and a line of
    fewer cells, each under one column, goes on with the row it is nearest to (a cell's lines are closer
    together than the rows: reportlab, word processors and HTML tables all pad their rows); the lines
    after the last row go with it only when they are that close. None when a line fits no column, or
    when nothing but full rows is there (then the table is the full rows up to the first other line)."""
    if all(len(split[k]) == len(split[i]) for k in range(i, j)):
        return {k: [] for k in range(i, j)}
    spans = _column_spans([split[k] for k in full])
    # a line of fewer cells that fits no column (prose after the table, a note) ends the table before it
    misfit = next((m for m in range(i, j) if len(split[m]) != len(split[i]) and not all(
        len([c for c, (a, b) in enumerate(spans) if seg[0]["x0"] >= a - 0.3 * size and seg[-1]["x1"] <= b + 0.3 * size]) == 1
        and not FIGURE_CELL.match("".join(g["text"] for g in seg)) for seg in split[m])), None)
    if misfit is not None:
        j, full = misfit, [k for k in full if k < misfit]
        if len(full) < MIN_ROWS:
            return None
    top = lambda k: min(c["top"] for c in lines[k])  # noqa: E731
    bottom = lambda k: max(c["bottom"] for c in lines[k])  # noqa: E731
    rows: dict[int, list[int]] = {k: [] for k in full}
    k = i
    while k < j:
        if len(split[k]) == len(split[i]):
            k += 1
            continue
        run_end = k
        while run_end < j and len(split[run_end]) != len(split[i]):
            run_end += 1
        run = list(range(k, run_end))
        before = k - 1
        after = run_end if run_end < j else None
        chain = [before, *run] + ([after] if after is not None else [])
        gaps = [top(chain[x + 1]) - bottom(chain[x]) for x in range(len(chain) - 1)]
        if after is None:  # lines after the last row: its own only when as close as a cell's lines
            tight = [m for x, m in enumerate(run) if all(g <= 0.6 * size for g in gaps[:x + 1])]
            rows[before].extend(tight)
            break
        cut = max(range(len(gaps)), key=lambda x: gaps[x])  # the widest gap is between the rows
        rows[before].extend(run[:cut])
        rows[after].extend(run[cut:])
        k = run_end
    if len(rows) < MIN_ROWS:
        return None
    return rows


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
