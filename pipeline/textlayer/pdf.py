"""PDF text layer: lines rebuilt from glyphs, columns, paragraphs, tables.

Glyphs come from PDFium (``textlayer/pdfium.py``, ~10x faster) or, with
CLUSTER_PIPELINE_TEXT_ENGINE=pdfplumber, from pdfplumber (the reference engine); the line,
column, paragraph and running-header logic below is the same for both. Tables come from
pdfplumber's table finder, on the pages that draw any ruling. Each page is closed before the
next is opened, so memory stays flat in the page count.
"""
from __future__ import annotations

import os
import re
import statistics
from collections import Counter
from functools import lru_cache
from typing import Any, Iterable
from unicodedata import normalize as normalize_unicode

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve

from pipeline.model import Page, Table, render_page
from pipeline.textlayer.aligned import aligned_tables, years_across
from pipeline.textlayer.charts import chart_series
from pipeline.textlayer.join import join_cell, join_lines
from pipeline.textlayer.web import headline_like, section_heading

ENGINE_ENV = "CLUSTER_PIPELINE_TEXT_ENGINE"
ENGINES = ("pdfium", "pdfplumber")


def _engine_setting() -> str:
    return (os.environ.get(ENGINE_ENV) or "pdfium").strip().lower()


# pdf-8: glyphs from PDFium by default. The reference engine's parses are kept apart (a run with
# CLUSTER_PIPELINE_TEXT_ENGINE=pdfplumber parses again rather than reuse the other engine's).
_ENGINE_AT_START = _engine_setting()
PARSER_VERSION = "pdf-19" if _ENGINE_AT_START == "pdfium" else f"pdf-19-{_ENGINE_AT_START}"

# A space is read where two glyphs of one line are further apart than this share of the font
# size. Per-glyph producers (HWP exports) write no space glyphs: their letter tracking is
# ~0.06 em, their word gaps ~0.35 em.
SPACE_GAP_EM = 0.2
COLUMN_GAP_EM = 2.0
GUTTER_GAP_EM = 1.0
MARGIN_SHARE = 0.1
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|\d{1,4}\s*/\s*\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|p\.\s*\d{1,4})\s*$",
    re.I,
)
# Markers that always open a new block, and ones (list numbers, Korean 가./나./다., dashes) that
# do only after a line that ended a sentence: "다." also ends Korean sentences broken at a line end.
STRONG_START = re.compile(
    r"^\s*(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\.\s?|[IVX]{1,4}\.\s|[□■◇◆▣▶○●◦▪•※]\s?|<\s*(?:표|그림)\s*\d+\s*>|(?:Table|Figure)\s+\d+)"
)
# list bullets: they start a paragraph but make no heading (○ 입주기업 2만여 개사, 종사자 약 300만 명('22): a
# Korean report's content line, written without a final period; • Companies: about 375)
BULLET_START = re.compile(r"^\s*(?:[○●◦▪•※]|[\-–·]\s)")
WEAK_START = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.\s|[가-하]\.\s|[\-–·]\s|\(\d{1,2}\)\s|\d{1,2}\)\s)")
# a line of a fact box or profile, a short label and its value: 'Opened: 1994', '준공: 2014년'
FIELD_LINE = re.compile(r"^[^\s:：][^:：]{0,24}[:：]\s*\S")
SENTENCE_END = re.compile(r"[.!?:。다\)」”\"]\s*$")


@lru_cache(maxsize=1024)
def _is_bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold|gothic-?b", fontname or "", re.I))


def _cluster_lines(chars: list[dict]) -> list[list[dict]]:
    """Group glyphs into visual lines by vertical overlap (columns are split later)."""
    lines: list[list[dict]] = []
    mids: list[float] = []
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        mid = (c["top"] + c["bottom"]) / 2
        size = max(c.get("size") or 0, 1.0)
        for i in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            if abs(mids[i] - mid) <= 0.35 * size:
                lines[i].append(c)
                break
        else:
            lines.append([c])
            mids.append(mid)
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def _segments(line: list[dict], gap_em: float = COLUMN_GAP_EM) -> list[list[dict]]:
    """Split one visual line where glyphs are a column gap apart (``gap_em`` em)."""
    segs: list[list[dict]] = [[]]
    prev = None
    for c in line:
        if c["text"].isspace():
            if segs[-1]:
                segs[-1].append(c)
            continue
        if prev is not None:
            size = max(prev.get("size") or 0, c.get("size") or 0, 1.0)
            if c["x0"] - prev["x1"] > gap_em * size:
                segs.append([])
        segs[-1].append(c)
        prev = c
    return [s for s in segs if s]


_UNMAPPED = re.compile(r"\(cid:\d+\)|[\x00-\x08\x0b-\x1f\x7f]")


def _clean_glyph(t: str) -> str:
    """Glyphs the font maps to no text (pdfminer gives NUL or '(cid:N)') become U+FFFD."""
    return _UNMAPPED.sub("\ufffd", t) if t else t


# footnote marks set in a smaller, raised font: '1,200² firms', 'Harrowgate.¹' (no figure, no word)
FOOTNOTE_MARK = re.compile(r"^[\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]$")
FOOTNOTE_LINE = re.compile(r"^[\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰,\s]+$")


def _without_raised_marks(chars: list[dict]) -> list[dict]:
    """The line's glyphs without footnote marks set smaller and raised above its baseline."""
    ink = [c for c in chars if not c["text"].isspace()]
    if len(ink) < 2 or min(c.get("size") or 0 for c in ink) > 0.85 * max(c.get("size") or 0 for c in ink):
        return chars  # (one size, as most lines: nothing set smaller, no need to look further)
    size = Counter(round(c.get("size") or 0, 1) for c in ink).most_common(1)[0][0]
    full = sorted(c["bottom"] for c in ink if (c.get("size") or 0) >= 0.9 * size)
    if not size or not full:
        return chars
    base = full[len(full) // 2]
    return [c for c in chars if not (FOOTNOTE_MARK.match(c["text"]) and (c.get("size") or 0) <= 0.85 * size
                                     and c["bottom"] < base - 0.2 * size)]


def _line_record(chars: list[dict], col: str, gap_em: float = SPACE_GAP_EM) -> dict[str, Any] | None:
    chars = _without_raised_marks(chars)
    text = []
    prev = None
    for c in chars:
        t = _clean_glyph(c["text"])
        if t.isspace():
            if text and text[-1] != " ":
                text.append(" ")
            prev = c
            continue
        if prev is not None and not prev["text"].isspace() and text and text[-1] != " ":
            size = max(prev.get("size") or 0, c.get("size") or 0, 1.0)
            if c["x0"] - prev["x1"] > gap_em * size:
                text.append(" ")
        text.append(t)
        prev = c
    s = "".join(text)
    trailing = s.endswith(" ")
    s = s.strip()
    if not s:
        return None
    ink = [c for c in chars if not c["text"].isspace()]
    sizes = Counter(round(c.get("size") or 0, 1) for c in ink)
    return {
        "text": s,
        "trailing": trailing,
        "x0": min(c["x0"] for c in ink),
        "x1": max(c["x1"] for c in ink),
        "top": min(c["top"] for c in ink),
        "bottom": max(c["bottom"] for c in ink),
        "size": sizes.most_common(1)[0][0],
        "bold": sum(_is_bold(c.get("fontname", "")) for c in ink) > len(ink) / 2,
        "col": col,
    }


def _find_gutter(lines: list[list[list[dict]]], width: float) -> float | None:
    """x of a vertical gap that splits most lines in two columns, if the page has one."""
    if len(lines) < 6:
        return None
    # per line: its segments' spans, the leftmost segment end and the rightmost segment start
    spans = []
    for segs in lines:
        sp = [(s[0]["x0"], s[-1]["x1"]) for s in segs]
        spans.append((sp, min((b for _, b in sp), default=float("inf")), max((a for a, _ in sp), default=float("-inf"))))
    best = None
    for x in range(int(width * 0.3), int(width * 0.75), 2):
        covering = both = lefts = rights = 0
        for sp, first_end, last_start in spans:
            if any(a < x < b for a, b in sp):
                covering += 1
            elif first_end <= x <= last_start:
                both += 1
            elif last_start < x:
                lefts += 1
            else:
                rights += 1
        # two columns whose lines share baselines (a line has text on both sides), or a column and a
        # sidebar set in another size, whose lines fall between the column's (each line on one side)
        sides = min(lefts, rights) >= max(4, 0.2 * len(lines)) and covering <= 0.1 * len(lines)
        if (both >= max(3, 0.3 * len(lines)) or sides) and covering <= 0.25 * len(lines):
            key = (both + (min(lefts, rights) if sides else 0) - covering, -abs(x - width / 2))
            if best is None or key > best[0]:
                best = (key, x)
    return best[1] if best else None


def _space_gap_em(chars: list[dict]) -> float:
    """Gap (in em) that reads as a space on this page.

    Producers that write space glyphs also leave small side-bearing gaps between other glyphs
    (digits next to Hangul reach 0.2 em): there, only a gap near a real space's width counts.
    """
    spaces = [c for c in chars if c["text"] == " " and (c.get("size") or 0) > 0]
    if not spaces or len(spaces) * 40 < len(chars):
        return SPACE_GAP_EM
    widths = sorted((c["x1"] - c["x0"]) / c["size"] for c in spaces)
    return max(0.8 * widths[len(widths) // 2], 0.25)


def _reading_order(chars: list[dict], width: float, raw: list[list[dict]] | None = None,
                   boxes: Iterable[tuple[float, float, float, float]] = ()) -> list[dict]:
    """The page's lines in reading order (``raw``: its visual lines, if clustered already). A table
    across both columns (``boxes``: the page's tables) ends the columns above it: the text under it
    is read after both."""
    gap_em = _space_gap_em(chars)
    raw = _cluster_lines(chars) if raw is None else raw
    # (a gutter may be narrower than a column gap: split at an em, a gap no word space reaches, and
    # let the gutter search find where such gaps line up down the page)
    segmented = [_segments(line, GUTTER_GAP_EM) for line in raw]
    gutter = _find_gutter(segmented, width)
    out: list[dict] = []
    if gutter is None:
        for line in raw:
            rec = _line_record(line, "full", gap_em)
            if rec:
                out.append(rec)
        return out
    left: list[dict] = []
    right: list[dict] = []

    def flush():
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()

    across = [b for b in boxes if b[0] < gutter < b[2]]
    band = 0
    for line, segs in zip(raw, segmented):
        below = sum(1 for b in across if b[3] <= min(c["top"] for c in line) + 1)
        if below != band:  # (past a table spanning the gutter: the columns above it are done)
            flush()
            band = below
        if any(s[0]["x0"] < gutter < s[-1]["x1"] for s in segs) and not _gap_at(line, gutter):
            flush()
            rec = _line_record(line, "full", gap_em)
            if rec:
                out.append(rec)
            continue
        lchars = [c for c in line if (c["x0"] + c["x1"]) / 2 < gutter]
        rchars = [c for c in line if (c["x0"] + c["x1"]) / 2 >= gutter]
        for part, bucket, col in ((lchars, left, "left"), (rchars, right, "right")):
            rec = _line_record(part, col, gap_em) if part else None
            if rec:
                bucket.append(rec)
    flush()
    return out


def _gap_at(line: list[dict], x: float) -> bool:
    """Whether the line's glyphs leave a gap of an em or more at ``x``: two columns set closer
    than a column gap on one baseline, not a line across both."""
    ink = [c for c in line if not c["text"].isspace()]
    for a, b in zip(ink, ink[1:]):
        if a["x1"] <= x + 1 and b["x0"] >= x - 1:
            return b["x0"] - a["x1"] >= 1.0 * max(a.get("size") or 0, b.get("size") or 0, 1.0)
    return False


def _word_width(text: str, size: float) -> float:
    """Estimated width of a line's first word (a space before it): Hangul and CJK glyphs are about
    an em wide, Latin ones about half."""
    word = (text.split() or [""])[0]
    return size * (0.3 + sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in word))


def _paragraphs(lines: list[dict], body_size: float, one_font: bool = False) -> list[tuple[str, str]]:
    """Group ordered lines into (kind, text) paragraphs."""
    if not lines:
        return []
    right_edge: dict[str, float] = {}
    for ln in lines:
        right_edge[ln["col"]] = max(right_edge.get(ln["col"], 0), ln["x1"])
    groups: list[list[dict]] = []
    for ln in lines:
        if groups:
            prev = groups[-1][-1]
            size = max(prev["size"], 1.0)
            # a line ends its paragraph when the next line's first word would have fit on it
            # (left-aligned text breaks lines early wherever the next word is too long)
            short = prev["x1"] + _word_width(ln["text"], size) < right_edge[prev["col"]] - 0.5 * size
            gap = ln["top"] - prev["bottom"]
            new = (
                ln["col"] != prev["col"]
                or gap > 0.9 * size
                or gap < -size  # moved up: new column or region
                or abs(ln["size"] - prev["size"]) > 0.8
                or ln["bold"] != prev["bold"]
                or short
                or bool(STRONG_START.match(ln["text"]))
                or bool(WEAK_START.match(ln["text"]) and SENTENCE_END.search(prev["text"]))
                or bool(FIELD_LINE.match(ln["text"]) and FIELD_LINE.match(prev["text"]))  # Opened: 1994 | Site: 48 hectares
            )
            if not new:
                groups[-1].append(ln)
                continue
        groups.append([ln])
    out = []
    for k, g in enumerate(groups):
        text = join_lines([(ln["text"], ln["trailing"], ln["x1"] >= right_edge[ln["col"]] - 0.6 * max(ln["size"], 1.0))
                           for ln in g])
        first = g[0]
        heading = len(g) <= 2 and len(text) <= 90 and not re.search(r"[다요]\.\s*$|\.\s*$", text) and (
            first["size"] > body_size + 0.8 or first["bold"]
            or bool((STRONG_START.match(text) or WEAK_START.match(text)) and not BULLET_START.match(text))
        )
        # a producer that sets headings in the body's font: a paragraph of one short line that reads
        # as a name, not a sentence, before more text (as a web capture's headline and section names)
        heading = heading or (one_font and len(g) == 1 and k + 1 < len(groups) and first["x1"] < right_edge[first["col"]] - 4 * max(first["size"], 1.0)
                              and section_heading(text))
        out.append(("heading" if heading else "para", text))
    return out


def _table_from(tbl, rows: list[list[str | None]]) -> Table | None:
    """Our Table from a pdfplumber table and its cells' text (None: a cell spanned by another)."""
    rows = [[join_cell(c or "") for c in r] for r in rows if r and any((c or "").strip() for c in r)]
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    header = rows[0]
    has_header = all(c and not re.fullmatch(r"[\d.,%\s]+", c) for c in header) or years_across(header)
    return Table(rows=rows, cell_offsets=[], bbox=[round(v, 2) for v in tbl.bbox], has_header=has_header)


def _inside(c: dict, bboxes: Iterable[tuple[float, float, float, float]]) -> bool:
    cx = (c["x0"] + c["x1"]) / 2
    cy = (c["top"] + c["bottom"]) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and t - 1 <= cy <= b + 1 for x0, t, x1, b in bboxes)


def _glyphs(page) -> tuple[list[dict], bool]:
    """The page's glyphs as pdfplumber char dicts (the fields the text layer reads), and whether
    the page draws lines, rectangles or curves (only then can it hold a ruled table).

    Read straight off pdfplumber's parsed layout (``page.layout``), with pdfplumber's coordinate
    conventions, instead of ``page.chars``: pdfplumber resolves some twenty attributes of every
    object (colours, matrices, ...) that prose never needs, and that was 40% of a page's parse.
    """
    height = float(page.height)
    mb_x0, mb_top = page.mediabox[:2]
    norm = page.pdf.unicode_norm
    chars: list[dict] = []
    ruled = False
    stack = [iter(page.layout._objs)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
            continue
        if isinstance(obj, LTChar):
            text = obj.get_text()
            font = obj.fontname
            if isinstance(font, bytes):
                font = font.decode("utf-8", "replace")
            chars.append({
                "text": normalize_unicode(norm, text) if norm is not None else text,
                "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0,
                "top": (height - obj.y1) + mb_top, "bottom": (height - obj.y0) + mb_top,
                "size": obj.size, "fontname": font,
            })
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj._objs))
        elif isinstance(obj, LTCurve):  # LTLine and LTRect are curves too
            ruled = True
    return chars, ruled


def _unruled_tables(chars: list[dict], lines: list[list[dict]]) -> tuple[list[Table], list[tuple]]:
    """Tables set out in aligned columns without ruling (pipeline.textlayer.aligned) and charts drawn
    with data labels (pipeline.textlayer.charts) among the page's visual ``lines`` of ``chars``, and
    their boxes (each line is split at column gaps once, for both)."""
    gap_em = _space_gap_em(chars)
    split = [_segments(line) for line in lines]
    tables, boxes = aligned_tables(lines, split, lambda seg: (_line_record(seg, "full", gap_em) or {}).get("text", ""))
    for t, b in zip(tables, boxes):
        t.bbox = [round(v, 2) for v in b]
    charted, labels = chart_series(lines, split, lambda seg: "".join(c["text"] for c in seg))
    return [*tables, *charted], [*boxes, *labels]


def _norm_margin(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def text_engine() -> str:
    """The engine that reads glyphs: ``pdfium`` (default, fast) or ``pdfplumber`` (the reference).
    Tables come from pdfplumber's table finder with either, on pages that draw ruling."""
    engine = _engine_setting()
    if engine not in ENGINES:
        raise ValueError(f"{ENGINE_ENV}={engine!r}: use one of {', '.join(ENGINES)}")
    return engine


def _tables(page) -> tuple[list[Table], list[tuple]]:
    """Ruled tables of a pdfplumber page, and their boxes (prose skips the glyphs inside)."""
    tables, boxes = [], []
    for t in page.find_tables():
        tb = _table_from(t, t.extract())
        if tb is not None:
            tables.append(tb)
            boxes.append(t.bbox)
    return tables, boxes


def _tables_from_edges(edges: list[dict], glyphs: list[dict]) -> tuple[list[Table], list[tuple]]:
    """Ruled tables found by pdfplumber's table finder (its default 'lines' settings, step by step
    as ``TableFinder`` takes them) on edges and glyphs read by another engine; a cell's text is
    pdfplumber's ``extract_text`` of the glyphs whose centre is in it, as ``Table.extract`` does."""
    from pdfplumber import table as tf
    from pdfplumber import utils

    st = tf.TableSettings.resolve(None)
    found = [e for o in ("v", "h") for e in utils.filter_edges(edges, o, min_length=st.edge_min_length_prefilter)]
    found = tf.merge_edges(found, snap_x_tolerance=st.snap_x_tolerance, snap_y_tolerance=st.snap_y_tolerance,
                           join_x_tolerance=st.join_x_tolerance, join_y_tolerance=st.join_y_tolerance)
    found = utils.filter_edges(found, min_length=st.edge_min_length)
    points = tf.edges_to_intersections(found, st.intersection_x_tolerance, st.intersection_y_tolerance)
    found_tables = tf.cells_to_tables(tf.intersections_to_cells(points))
    if not found_tables:  # most pages that draw a path (a rule under a heading) hold no table
        return [], []
    chars = [{**c, "upright": True, "doctop": c["top"]} for c in glyphs]

    def inside(c: dict, box) -> bool:
        v, h = (c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2
        return box[0] <= h < box[2] and box[1] <= v < box[3]

    tables, boxes = [], []
    for cells in found_tables:
        t = tf.Table(None, cells)  # no page: rows and bbox come from the cells alone
        rows = []
        for row in t.rows:
            row_chars = [c for c in chars if inside(c, row.bbox)]
            rows.append([None if cell is None else utils.extract_text([c for c in row_chars if inside(c, cell)])
                         for cell in row.cells])
        tb = _table_from(t, rows)
        if tb is not None:
            tables.append(tb)
            boxes.append(t.bbox)
    return tables, boxes


def _meta(info: dict) -> dict[str, Any]:
    return {k: (v if isinstance(v, (str, int, float)) else str(v)) for k, v in (info or {}).items() if v not in (None, "")}


class _PlumberPages:
    """Pages read with pdfplumber alone: (number, width, height, glyphs, tables, table boxes)."""

    def __init__(self, path: str):
        self.pdf = pdfplumber.open(path)
        self.meta = _meta(self.pdf.metadata)
        self.count = len(self.pdf.pages)

    def pages(self, max_pages: int | None):
        for i, page in enumerate(self.pdf.pages):
            if max_pages is not None and i >= max_pages:
                break
            yield _plumber_page(page)

    def close(self):
        self.pdf.close()


def _plumber_page(page) -> tuple:
    """(number, width, height, glyphs, tables, table boxes) of a pdfplumber page, which it closes."""
    # ruled tables need ruling: a page without lines or rectangles has none, and there
    # neither find_tables nor pdfplumber's full object dicts are needed
    glyphs, ruled = _glyphs(page)
    tables, boxes = _tables(page) if ruled else ([], [])
    out = page.page_number, float(page.width), float(page.height), glyphs, tables, boxes
    page.close()
    return out


class _PdfiumPages:
    """Pages read with PDFium: glyphs, and the edges of the paths drawn for the table finder."""

    def __init__(self, path: str):
        import pypdfium2 as pdfium

        self.path = path
        self.pdf = pdfium.PdfDocument(path)
        self.meta = _meta(self.pdf.get_metadata_dict(skip_empty=True))
        self.count = len(self.pdf)
        self.plumber = None  # opened for the pages PDFium cannot read (pdfium.lost_text)

    def pages(self, max_pages: int | None):
        from pipeline.textlayer import pdfium as engine

        for i in range(self.count):
            if max_pages is not None and i >= max_pages:
                break
            page = self.pdf[i]
            textpage = page.get_textpage()
            try:
                lost = engine.lost_text(page, textpage)
                glyphs = [] if lost else engine.glyphs(page, textpage)
                edges = [] if lost else engine.edges(page)
                x0, y0, x1, y1 = page.get_mediabox()
            finally:
                textpage.close()
                page.close()
            if lost:  # text PDFium drops: this page from the reference engine
                self.plumber = self.plumber or pdfplumber.open(self.path)
                yield _plumber_page(self.plumber.pages[i])
                continue
            tables, boxes = _tables_from_edges(edges, glyphs) if edges else ([], [])
            yield i + 1, float(x1 - x0), float(y1 - y0), glyphs, tables, boxes

    def close(self):
        self.pdf.close()
        if self.plumber is not None:
            self.plumber.close()


def _open(path: str):
    return _PdfiumPages(path) if text_engine() == "pdfium" else _PlumberPages(path)


def parse_pdf_pages(path: str, max_pages: int | None = None) -> tuple[list[Page], int, dict[str, Any], list[str]]:
    """Return (pages, page_count, producer metadata, title candidates: the first page's lines in
    its largest font)."""
    doc = _open(path)
    title_lines: list[dict] = []
    try:
        meta, count = doc.meta, doc.count
        per_page: list[tuple[int, float, list[dict], list[Table]]] = []
        size_hist: Counter = Counter()
        for number, width, height, glyphs, tables, boxes in doc.pages(max_pages):
            chars = [c for c in glyphs if not boxes or not _inside(c, boxes)]
            raw = _cluster_lines(chars)
            unruled, more = _unruled_tables(chars, raw)
            if unruled:  # tables drawn without ruling (and charts' labels): their glyphs stay out of the prose too
                tables = sorted([*tables, *unruled], key=lambda t: t.bbox[1] if t.bbox else 0)
                chars = [c for c in chars if not _inside(c, more)]
                raw = _cluster_lines(chars)
            for c in chars:
                if not c["text"].isspace():
                    size_hist[round(c.get("size") or 0, 1)] += 1
            lines = _reading_order(chars, width, raw, [*boxes, *more] if unruled else boxes)
            per_page.append((number, height, lines, tables))
            if number == 1:
                title_lines = [ln for ln in (_line_record(line, "full") for line in _cluster_lines(glyphs)) if ln]
    finally:
        doc.close()
    body_size = size_hist.most_common(1)[0][0] if size_hist else 10.0

    # Running headers/footers: margin lines repeated on several pages, and page numbers.
    margin_counts: Counter = Counter()
    for _, h, lines, _ in per_page:
        keys = {_norm_margin(ln["text"]) for ln in lines if ln["bottom"] < MARGIN_SHARE * h or ln["top"] > (1 - MARGIN_SHARE) * h}
        margin_counts.update(keys)
    repeat_min = max(2, (len(per_page) + 1) // 2)
    one_font = not _largest_font_lines(title_lines)  # no title set larger than the text: headings read by their shape
    pages = []
    for number, h, lines, tables in per_page:
        kept = []
        for ln in lines:
            in_margin = ln["bottom"] < MARGIN_SHARE * h or ln["top"] > (1 - MARGIN_SHARE) * h
            if in_margin and (PAGE_NUMBER.match(ln["text"]) or margin_counts[_norm_margin(ln["text"])] >= repeat_min):
                continue
            if FOOTNOTE_LINE.match(ln["text"]) and ln["size"] <= 0.85 * body_size:
                continue  # superscript footnote marks the line clustering set apart from their line
            kept.append(ln)
        paras = _paragraphs(kept, body_size, one_font)
        if number == 1 and paras and paras[0][0] == "para" and len(paras) > 1 and one_font \
                and headline_like(paras[0][1]) and len(paras[0][1]) <= 100 and not re.search(r"\.\s*$", paras[0][1]):
            paras[0] = ("heading", paras[0][1])  # one font for all: a short first paragraph is the headline
        pages.append(render_page(number, paras, tables))
    return pages, count, meta, _largest_font_lines(title_lines)


def _largest_font_lines(lines: list[dict]) -> list[str]:
    """Text of the lines in the largest font (title candidates), page numbers left out."""
    lines = [l for l in lines if not PAGE_NUMBER.match(l["text"])]
    if not lines:
        return []
    top = max(l["size"] for l in lines)
    body = Counter(round(l["size"], 1) for l in lines).most_common(1)[0][0]
    if top <= body + 0.5:
        return []  # one font for all: no title by size (the first paragraph, a heading or not, stands in)
    return [l["text"] for l in lines if l["size"] >= top - 0.1]


def median(values: list[float], default: float = 0.0) -> float:
    return statistics.median(values) if values else default
