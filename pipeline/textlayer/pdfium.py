"""Glyphs and drawn paths of a PDF page read with PDFium (pypdfium2), the fast text engine.

PDFium parses a page in C: every glyph's text, box and font comes out in a few milliseconds,
where pdfminer (under pdfplumber) interprets the page in Python (~50 ms). The glyph records
have the fields and coordinate conventions of ``pdf._glyphs`` (pdfplumber's): x from the page's
left edge, ``top``/``bottom`` from its top edge, ``size`` the font size, so the same line, column
and paragraph logic runs on either engine.
"""
from __future__ import annotations

import ctypes
import math
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# PDFium inserts characters of its own (spaces where it sees a gap, line breaks); the text
# layer decides spaces and lines itself, from the glyphs the page draws.
_GENERATED_CANDIDATES = " \r\n"
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH
_FORM = pdfium_c.FPDF_PAGEOBJ_FORM
_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT


def _object_address_fn():
    """FPDFText_GetTextObject returning the object's address as an int: glyphs are grouped by
    their text object, and casting the binding's pointer result costs more than the call itself."""
    try:
        from pypdfium2_raw import bindings

        fn = bindings._libs["pdfium"]["FPDFText_GetTextObject"]  # a new function object, not the binding's
    except (ImportError, AttributeError, KeyError, TypeError):
        return lambda raw, i: ctypes.cast(pdfium_c.FPDFText_GetTextObject(raw, i), ctypes.c_void_p).value
    fn.argtypes = (pdfium_c.FPDF_TEXTPAGE, ctypes.c_int)
    fn.restype = ctypes.c_void_p
    return fn


_object_address = _object_address_fn()


def _page_text(raw, n: int) -> str:
    """The text page's characters, one per index (GetText drops unmapped glyphs and pairs
    surrogates: then the characters are read one by one)."""
    buf = ctypes.create_string_buffer((n + 1) * 2)
    got = pdfium_c.FPDFText_GetText(raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    if got == n + 1:
        return buf.raw[: n * 2].decode("utf-16-le", errors="replace")
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(n))


def _text_object(raw, i: int, seen: dict) -> tuple[str, float, float, float | None]:
    """(font name, descent per point, font size, baseline or None) of glyph i's text object, read
    once per object; the baseline (y of every glyph's origin) only for upright text. The name is
    the PDF's BaseFont without a subset tag; the size is the one the page shows (the object's font
    size times its matrix: ``1 Tf`` with ``12 0 0 12 x y Tm`` is 12 pt, as pdfminer reads it); the
    descent is the font's (negative, below the baseline)."""
    key = _object_address(raw, i)
    found = seen.get(key)
    if found is None:
        obj = pdfium_c.FPDFText_GetTextObject(raw, i)
        font = pdfium_c.FPDFTextObj_GetFont(obj)
        length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buf = ctypes.create_string_buffer(max(length, 1))
        pdfium_c.FPDFFont_GetBaseFontName(font, buf, length)
        descent = ctypes.c_float(0.0)
        if not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(descent)):
            descent.value = 0.0
        size = ctypes.c_float(0.0)
        pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size))
        m = pdfium_c.FS_MATRIX()
        pdfium_c.FPDFPageObj_GetMatrix(obj, m)
        upright = m.b == 0 and m.c == 0 and m.a > 0 and m.d > 0
        found = seen[key] = (buf.value.decode("utf-8", "replace"), descent.value / 1000.0,
                             size.value * (m.d if upright else math.hypot(m.c, m.d)), m.f if upright else None)
    return found


def lost_text(page: "pdfium.PdfPage", textpage: "pdfium.PdfTextPage | None" = None) -> bool:
    """The page draws text PDFium cannot read: a text object it gives no characters for. Seen with
    a CID font that is neither embedded nor installed (HYSMyeongJo, UniKS-UCS2-H) when every glyph
    is a text object of its own (per-glyph producers): PDFium drops those glyphs from the text page,
    while pdfminer decodes them through the font's CMap. The text layer reads such a page with
    pdfplumber."""
    raw = page.raw
    own = None
    try:
        for obj, kind, _ in _walk(raw, pdfium_c.FPDFPage_CountObjects(raw), pdfium_c.FPDFPage_GetObject, None):
            if kind != _TEXT:
                continue
            if textpage is None:
                textpage = own = page.get_textpage()
            n = pdfium_c.FPDFTextObj_GetText(obj, textpage.raw, None, 0)  # (bytes of UTF-16, the NUL included)
            buf = ctypes.create_string_buffer(max(n, 2))
            pdfium_c.FPDFTextObj_GetText(obj, textpage.raw, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), n)
            if not buf.raw[: max(n - 2, 0)].decode("utf-16-le", "replace").strip("\x00"):
                return True
        return False
    finally:
        if own is not None:
            own.close()


def glyphs(page: "pdfium.PdfPage", textpage: "pdfium.PdfTextPage | None" = None) -> list[dict[str, Any]]:
    """The page's glyphs in drawing order as char dicts (text, x0, x1, top, bottom, size, fontname),
    in the page's own (unrotated) space, ``top`` measured down from the media box's top edge.

    Boxes follow pdfminer's convention: horizontally from the glyph's origin to its advance
    (PDFium's loose box), vertically from the font's descent below the baseline up one font size.
    Glyphs of rotated or mirrored text keep PDFium's loose box.
    """
    own = textpage is None  # (a text page the caller passes stays open: the caller closes it)
    if own:
        textpage = page.get_textpage()
    try:
        raw = textpage.raw
        n = pdfium_c.FPDFText_CountChars(raw)
        if n <= 0:
            return []
        text = _page_text(raw, n)
        page_top = page.get_mediabox()[3]
        rect = pdfium_c.FS_RECTF()
        loose = pdfium_c.FPDFText_GetLooseCharBox
        generated = pdfium_c.FPDFText_IsGenerated
        seen: dict = {}
        out = []
        for i, ch in enumerate(text):
            if ch in _GENERATED_CANDIDATES and generated(raw, i):
                continue
            loose(raw, i, rect)
            name, descent, size, baseline = _text_object(raw, i, seen)
            if baseline is not None:
                low = page_top - (baseline + descent * size)
                high = low - size
            else:
                low, high = page_top - rect.bottom, page_top - rect.top
            out.append({"text": ch, "x0": rect.left, "x1": rect.right, "top": high, "bottom": low,
                        "size": size, "fontname": name})
        return out
    finally:
        if own:
            textpage.close()


def _compose(m: tuple, n: tuple) -> tuple:
    """Matrix m applied after n: (a, b, c, d, e, f) as in PDF."""
    a, b, c, d, e, f = n
    A, B, C, D, E, F = m
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _matrix(obj) -> tuple:
    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, m)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _path_points(obj, m: tuple) -> list[list[tuple[float, float]]]:
    """The path's subpaths as lists of points on the page (a Bezier curve by its end point, as
    pdfminer reads curves; a closed subpath ends where it began)."""
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    bezier = 0
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # a control point
        else:
            bezier = 0
        pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        pt = (m[0] * x.value + m[2] * y.value + m[4], m[1] * x.value + m[3] * y.value + m[5])
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([pt])
        else:
            subpaths[-1].append(pt)
        if pdfium_c.FPDFPathSegment_GetClose(seg) and subpaths[-1][0] != pt:
            subpaths[-1].append(subpaths[-1][0])
    return subpaths


def _walk(objects, count: int, get, m: tuple | None):
    """(object, type, its matrix on the page) of every page object, inside form XObjects too."""
    for k in range(count):
        obj = get(objects, k)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        own = _matrix(obj) if kind in (_PATH, _FORM) else None
        if own is not None and m is not None:
            own = _compose(m, own)
        yield obj, kind, own
        if kind == _FORM:
            yield from _walk(obj, pdfium_c.FPDFFormObj_CountObjects(obj), pdfium_c.FPDFFormObj_GetObject, own)


def edges(page: "pdfium.PdfPage") -> list[dict[str, Any]]:
    """Straight segments of every path the page draws, as pdfplumber edge dicts (x0, x1, top,
    bottom, width, height, orientation 'h', 'v' or None), for pdfplumber's table finder."""
    page_top = page.get_mediabox()[3]
    raw = page.raw
    out = []
    for obj, kind, m in _walk(raw, pdfium_c.FPDFPage_CountObjects(raw), pdfium_c.FPDFPage_GetObject, None):
        if kind != _PATH:
            continue
        for pts in _path_points(obj, m):
            for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
                top, bottom = page_top - max(y0, y1), page_top - min(y0, y1)
                out.append({
                    "object_type": "path_edge", "x0": min(x0, x1), "x1": max(x0, x1), "top": top, "bottom": bottom,
                    "doctop": top, "width": abs(x1 - x0), "height": bottom - top,
                    "orientation": "v" if x0 == x1 else ("h" if y0 == y1 else None),
                })
    return out

