"""Stage 1: one input file -> ParsedDocument (text layer + metadata), with clear failure states.

Never raises for a bad input: a document that cannot be read comes back with a status word
and a human-readable error naming the file and what to do.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pipeline.metadata import build_metadata
from pipeline.model import ParsedDocument
from pipeline.textlayer import pdf as pdf_layer
from pipeline.textlayer import web as web_layer

SUPPORTED = {".pdf": "pdf", ".txt": "txt", ".html": "html", ".htm": "html", ".hwp": "hwp", ".hwpx": "hwpx"}
OFFICE_VERSION = "office-1"  # the HWP and HWPX readers (textlayer/hwp.py, hwpx.py, office.py)
PARSER_VERSION = f"{pdf_layer.PARSER_VERSION}/{web_layer.PARSER_VERSION}/{OFFICE_VERSION}"


def file_digest(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def _failed(doc_id: str, source: str, fmt: str, status: str, error: str, pages: int | None = None) -> ParsedDocument:
    return ParsedDocument(doc_id=doc_id, source=source, format=fmt, pages=[], page_count=pages,
                          metadata={}, parser_version=PARSER_VERSION, status=status, error=error)


def _sniff(head: bytes) -> str:
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") or head.startswith(b"HWP Document File"):
        return "hwp"  # an OLE compound file (HWP 5), or an HWP 3.x file
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"  # UTF-16 with a byte-order mark (Windows Notepad's "Unicode")
    h = head.lstrip()[:1024].lower()
    if h.startswith(b"%pdf-") or b"%pdf-" in head[:1024]:
        return "pdf"
    if h.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in h or b"<body" in h:
        return "html"
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "binary"


def parse_file(path: str | os.PathLike, source: str, doc_id: str | None = None, max_pages: int | None = None) -> ParsedDocument:
    path = Path(path)
    fmt = SUPPORTED.get(path.suffix.lower(), "unknown")
    doc_id = doc_id or file_digest(path)
    size = path.stat().st_size
    if size == 0:
        return _failed(doc_id, source, fmt, "empty", f"{source}: the file is empty (0 bytes); copy it again into raw/.")
    with open(path, "rb") as f:
        head = f.read(4096)
    kind = _sniff(head)
    if fmt == "pdf":
        if kind != "pdf":
            what = {"html": "an HTML page", "text": "plain text", "binary": "not a PDF (unrecognised bytes)"}[kind]
            return _failed(doc_id, source, fmt, "wrong_format",
                           f"{source}: named .pdf but the content is {what}; save the real PDF, or rename it "
                           f"to .{'html' if kind == 'html' else 'txt'} if it is a web capture.")
        return _parse_pdf(path, source, doc_id, max_pages)
    if fmt in ("hwp", "hwpx"):
        expected = "hwp" if fmt == "hwp" else "zip"
        if kind != expected:
            what = {"pdf": "a PDF", "html": "an HTML page", "text": "plain text", "zip": "a zip package (HWPX?)",
                    "hwp": "an HWP (OLE) file", "binary": "unrecognised bytes"}[kind]
            return _failed(doc_id, source, fmt, "wrong_format",
                           f"{source}: named .{fmt} but the content is {what}; save the document again as .{fmt}, "
                           "or give it the extension of what it is.")
        return _parse_office(path, source, doc_id, fmt)
    if fmt in ("txt", "html"):
        data = path.read_bytes()
        if kind in ("hwp", "zip"):
            return _failed(doc_id, source, fmt, "wrong_format", f"{source}: the content is {'an HWP document' if kind == 'hwp' else 'a zip package'}; "
                           f"give it its real extension ({'.hwp' if kind == 'hwp' else '.hwpx, if it is one'}).")
        if kind == "pdf":
            return _failed(doc_id, source, fmt, "wrong_format", f"{source}: the content is a PDF; rename it to .pdf.")
        if kind == "binary" and b"\x00" in data[:4096]:
            return _failed(doc_id, source, fmt, "wrong_format", f"{source}: binary content in a text file; save it as UTF-8 text or HTML.")
        text = web_layer.decode(data)
        if fmt == "html" or kind == "html":
            text = web_layer.html_to_text(text)
        page, stated = web_layer.parse_web_text(text)
        if not page.text.strip():
            return _failed(doc_id, source, fmt, "no_text", f"{source}: no body text found after removing page chrome.")
        meta = build_metadata([page], fmt, None, {}, stated)
        return ParsedDocument(doc_id=doc_id, source=source, format=fmt, pages=[page], page_count=None,
                              metadata=meta, parser_version=PARSER_VERSION)
    return _failed(doc_id, source, fmt, "unsupported",
                   f"{source}: unsupported file type '{path.suffix or '(none)'}'; supported: .pdf, .hwp, .hwpx, .txt, .html.")


def _parse_office(path: Path, source: str, doc_id: str, fmt: str) -> ParsedDocument:
    """An HWP or HWPX document: blocks per section -> pages (one per section), metadata."""
    from pipeline.textlayer import hwp as hwp_layer
    from pipeline.textlayer import hwpx as hwpx_layer
    from pipeline.textlayer.office import OfficeError, to_pages

    reader = hwp_layer if fmt == "hwp" else hwpx_layer
    try:
        sections, producer = reader.read(str(path))
    except OfficeError as e:
        return _failed(doc_id, source, fmt, e.status, f"{source}: {e}")
    except Exception as e:  # noqa: BLE001 - a malformed file the readers did not foresee
        if _raised_in_reader(e):
            return _failed(doc_id, source, fmt, "corrupt",
                           f"{source}: the {fmt.upper()} document is damaged ({type(e).__name__}: {str(e)[:200]}); "
                           "save it again from Hangul, or export it as PDF.")
        raise
    pages = to_pages(sections)
    if not any(p.text.strip() for p in pages) and not producer.get("objects"):
        return _failed(doc_id, source, fmt, "no_text",
                       f"{source}: the {fmt.upper()} document has no text (an empty document); nothing to extract.")
    meta = build_metadata(pages, fmt, None, producer)
    meta["producer"] = {k: producer[k] for k in sorted(producer) if k in ("Title", "Author", "CreationDate", "ModDate")}
    if producer.get("objects") and not any(p.text.strip() for p in pages):
        meta["note"] = "the document holds embedded objects or pictures and no text"
    return ParsedDocument(doc_id=doc_id, source=source, format=fmt, pages=pages, page_count=None,
                          metadata=meta, parser_version=PARSER_VERSION)


def _raised_in_reader(e: BaseException) -> bool:
    """True when ``e`` was raised inside a format reader or a library it uses (olefile, zipfile,
    struct, zlib, xml): the file's fault, not a bug elsewhere."""
    tb = e.__traceback__
    files = []
    while tb is not None:
        files.append(tb.tb_frame.f_code.co_filename)
        tb = tb.tb_next
    return any(k in f for f in files for k in ("textlayer/hwp", "textlayer/office", "olefile", "zipfile", "xml/etree"))


def _raised_in_parser(e: BaseException) -> bool:
    """True when the innermost frame of ``e`` is in pdfminer/pdfplumber (a malformed file),
    False when it is in our own code (a bug that must not be disguised as a damaged PDF)."""
    tb = e.__traceback__
    last = None
    while tb is not None:
        last = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    return bool(last) and any(k in last for k in ("pdfminer", "pdfplumber", "pypdfium2", "PIL"))


def _parse_pdf(path: Path, source: str, doc_id: str, max_pages: int | None) -> ParsedDocument:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import PdfminerException
    from pypdfium2 import PdfiumError
    from pypdfium2 import raw as pdfium_c

    try:
        pages, count, producer, titles = pdf_layer.parse_pdf_pages(str(path), max_pages=max_pages)
    except PdfiumError as e:  # the PDFium engine could not open the file
        if getattr(e, "err_code", None) in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            return _failed(doc_id, source, "pdf", "encrypted",
                           f"{source}: the PDF is password-protected; save an unprotected copy into raw/.")
        return _failed(doc_id, source, "pdf", "corrupt",
                       f"{source}: the PDF cannot be read ({str(e)[:200]}); it may be truncated — download it again.")
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        return _failed(doc_id, source, "pdf", "encrypted",
                       f"{source}: the PDF is password-protected ({type(e).__name__}); save an unprotected copy into raw/.")
    except PdfminerException as e:
        inner = e.args[0] if e.args else e
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            return _failed(doc_id, source, "pdf", "encrypted",
                           f"{source}: the PDF is password-protected; save an unprotected copy into raw/.")
        return _failed(doc_id, source, "pdf", "corrupt",
                       f"{source}: the PDF cannot be read ({type(inner).__name__}: {inner}); it may be truncated — download it again.")
    except (PDFSyntaxError, PSException) as e:
        return _failed(doc_id, source, "pdf", "corrupt",
                       f"{source}: the PDF is damaged ({type(e).__name__}: {str(e)[:200]}); it may be truncated — download it again.")
    except Exception as e:  # noqa: BLE001 — decide by where it was raised
        if _raised_in_parser(e):
            return _failed(doc_id, source, "pdf", "corrupt",
                           f"{source}: the PDF is damaged ({type(e).__name__}: {str(e)[:200]}); it may be truncated — "
                           "download or export it again.")
        raise  # a bug of ours: not the file's fault, reported as 'failed' by the caller
    ocr = False
    if not any(p.text.strip() for p in pages):
        from pipeline.textlayer import ocr as ocr_layer

        available, missing = ocr_layer.ocr_status()
        if not available:
            return _failed(doc_id, source, "pdf", "no_text",
                           f"{source}: the PDF has {count} page(s) but no text layer (a scan?), and OCR is not "
                           f"possible here: {missing}. To read it, {ocr_layer.INSTALL_HINT}, then run ingest again.",
                           pages=count)
        pages = ocr_layer.ocr_pages(str(path), max_pages=max_pages)
        ocr = True
        if not any(p.text.strip() for p in pages):
            return _failed(doc_id, source, "pdf", "no_text",
                           f"{source}: the PDF has {count} page(s) without a text layer and OCR found no text in them.",
                           pages=count)
    meta = build_metadata(pages, "pdf", count, producer, None, titles if not ocr else None)
    meta["ocr"] = ocr
    meta["producer"] = {k: producer[k] for k in sorted(producer) if k in ("Title", "Author", "Creator", "Producer", "CreationDate")}
    return ParsedDocument(doc_id=doc_id, source=source, format="pdf", pages=pages, page_count=count,
                          metadata=meta, parser_version=PARSER_VERSION)
