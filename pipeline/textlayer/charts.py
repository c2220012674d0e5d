"""Bar and column charts drawn with their data labels: a row of years along the bottom axis, one
figure above each year, and a title above them

    Figure 1. Companies on the park, 2015-2023
                                340
                    210
        95
       2015        2019        2023

read as a small table of one series (| | Companies on the park, 2015-2023 | then | 2015 | 95 | …), so
the figures take their measure from the title and their dates from the axis, as a table's do. The
labels left as prose would read as stray numbers (or be dropped as short lines).
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.model import Table

MIN_POINTS = 3  # a series of three bars at least
MAX_LINES_ABOVE = 12  # how far above the axis the value labels may stand (visual lines)
_YEAR = re.compile(r"\s*(?:19|20)\d{2}\s*")
_VALUE = re.compile(r"\s*[\d][\d,.]*\s*%?\s*")
_NUMBERED = re.compile(r"^\s*(?:Figure|Fig\.|Chart|Graph|그림|도표|차트)\s*\d*[.:)]?\s*", re.I)


def chart_series(lines: list[list[dict]], split: list[list[list[dict]]],
                 text: Callable[[list[dict]], str]) -> tuple[list[Table], list[tuple[float, float, float, float]]]:
    """One-series tables read from the charts among a page's visual lines (top to bottom; ``split``:
    each line's segments, a column gap apart), and the boxes of their labels (the title stays in the
    prose, as a table's caption does)."""
    tables, boxes = [], []
    for a, segs in enumerate(split):
        years = [text(s).strip() for s in segs]
        if len(segs) < MIN_POINTS or not all(_YEAR.fullmatch(y) for y in years) or years != sorted(years) or len(set(years)) < len(years):
            continue
        spans = [(s[0]["x0"], s[-1]["x1"]) for s in segs]
        size = max((c.get("size") or 0) for c in lines[a]) or 8.0
        values: dict[int, tuple[str, list[dict]]] = {}
        title = None
        for b in range(a - 1, max(-1, a - 1 - MAX_LINES_ABOVE), -1):
            labels = [text(s).strip() for s in split[b]]
            if not labels or not all(_VALUE.fullmatch(v) for v in labels):
                title = b
                break
            for seg, v in zip(split[b], labels):
                mid = (seg[0]["x0"] + seg[-1]["x1"]) / 2
                near = [k for k, (x0, x1) in enumerate(spans) if x0 - size <= mid <= x1 + size]
                if len(near) != 1 or near[0] in values:
                    values = {}
                    break
                values[near[0]] = (v, seg)
            else:
                continue
            break
        if len(values) != len(segs) or title is None:
            continue
        measure = _NUMBERED.sub("", text([c for s in split[title] for c in s]).strip()).strip()
        if not measure or not re.search(r"[A-Za-z가-힣]", measure):
            continue
        rows = [["", measure]] + [[years[k], values[k][0]] for k in range(len(segs))]
        glyphs = [c for s in segs for c in s] + [c for _, seg in values.values() for c in seg]
        box = (min(c["x0"] for c in glyphs), min(c["top"] for c in glyphs), max(c["x1"] for c in glyphs), max(c["bottom"] for c in glyphs))
        tables.append(Table(rows=rows, cell_offsets=[], bbox=[round(v, 2) for v in box], has_header=True))
        boxes.append(box)
    return tables, boxes
