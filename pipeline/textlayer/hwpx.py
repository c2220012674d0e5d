"""HWPX (OWPML, KS X 6101): a zip of XML, read with the standard library.

Sections come from ``Contents/content.hpf`` (its spine), or, in a package without it or without
``META-INF/manifest.xml``, from the ``Contents/section*.xml`` files in number order. In a section:
paragraphs (``hp:p``) in order, with their runs' text (``hp:t``; tabs, line breaks and fixed spaces
inside it); tables (``hp:tbl``: rows of ``hp:tc`` cells, each with its address and span, merged
cells spread by ``office.Block.table_rows``) where they are anchored; text boxes (``hp:drawText``)
in place; headers and footers (``hp:header``, ``hp:footer``), footnotes and endnotes kept apart
from the body, as notes after the section's text. Title, author and dates from the package
metadata.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import PurePosixPath
from xml.etree import ElementTree as ET

from pipeline.textlayer.office import Block, Cell, OfficeError

# A package is read whole into memory: refuse what no real document needs (zip bombs)
MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 200

_SKIP = {"masterPage", "memo", "fieldBegin", "fieldEnd", "secPr", "colPr", "linesegarray",
         "pageNum", "pageHiding", "pageNumCtrl", "autoNum", "newNum", "bookmark", "indexmark", "hiddenComment"}
_NOTES = {"footNote", "endNote", "header", "footer"}  # kept apart from the body, after it


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read(path: str) -> tuple[list[list[Block]], dict]:
    """(blocks per section, metadata). Raises OfficeError for a file that cannot be read."""
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        raise OfficeError("corrupt", f"the HWPX package is not a readable zip ({e}); save it again from Hangul or "
                                     "export it as PDF.") from None
    with z:
        infos = z.infolist()
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO and total > 10 * 1024 * 1024:
            raise OfficeError("too_large", f"the HWPX package unpacks to {total // (1024 * 1024)} MB, more than a "
                                           "document needs; it is refused as a possible zip bomb.")
        names = {i.filename for i in infos}
        mimetype = _read(z, "mimetype", names)
        if mimetype is not None and b"hwp" not in mimetype.lower():
            raise OfficeError("wrong_format", f"the package is {mimetype.decode('ascii', 'replace')!r}, not HWPX; "
                                              "save the document as HWPX, HWP or PDF.")
        sections, meta = _spine(z, names)
        if not sections:
            raise OfficeError("corrupt", "the HWPX package has no section (Contents/section*.xml); save it again "
                                         "from Hangul or export it as PDF.")
        out = []
        for name in sections:
            root = _parse_xml(_read(z, name, names), name)
            blocks: list[Block] = []
            notes: list[Block] = []
            for p in root:
                if _local(p.tag) == "p":
                    _paragraph(p, blocks, notes)
            out.append(blocks + notes)
            meta["objects"] = meta.get("objects") or any(_local(e.tag) in ("pic", "ole", "rect", "container")
                                                         for e in root.iter())
    return out, meta


def _read(z: zipfile.ZipFile, name: str, names: set[str]) -> bytes | None:
    if name not in names:
        return None
    try:
        return z.read(name)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:  # noqa: PERF203
        raise OfficeError("corrupt", f"the HWPX part {name} is damaged ({type(e).__name__}); save the document "
                                     "again from Hangul or export it as PDF.") from None


def _parse_xml(data: bytes | None, name: str) -> ET.Element:
    if data is None:
        raise OfficeError("corrupt", f"the HWPX part {name} is missing; save the document again from Hangul.")
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:65536]:
        raise OfficeError("corrupt", f"the HWPX part {name} declares entities, which no Hangul document does; "
                                     "it is refused.")
    try:
        return ET.fromstring(data)
    except ET.ParseError as e:
        raise OfficeError("corrupt", f"the HWPX part {name} is not well-formed XML ({e}); save the document "
                                     "again from Hangul or export it as PDF.") from None


def _spine(z: zipfile.ZipFile, names: set[str]) -> tuple[list[str], dict]:
    """Section files in reading order and the package's metadata."""
    meta: dict = {}
    hpf = next((n for n in ("Contents/content.hpf",) if n in names), None)
    sections: list[str] = []
    if hpf:
        try:
            root = _parse_xml(z.read(hpf), hpf)
        except OfficeError:
            root = None
        if root is not None:
            items = {}
            for el in root.iter():
                tag = _local(el.tag)
                if tag == "item" and el.get("id") and el.get("href"):
                    items[el.get("id")] = el.get("href")
                elif tag == "itemref" and el.get("idref") in items:
                    href = items[el.get("idref")]
                    if re.search(r"section\d+\.xml$", href):
                        sections.append(href if href in names else str(PurePosixPath("Contents") / PurePosixPath(href).name))
                elif tag == "title" and (el.text or "").strip():
                    meta["Title"] = el.text.strip()
                elif tag == "meta" and (el.text or "").strip():
                    key = {"creator": "Author", "CreatedDate": "CreationDate", "ModifiedDate": "ModDate",
                           "subject": "Subject"}.get(el.get("name") or "")
                    if key:
                        meta[key] = el.text.strip()
    sections = [s for s in sections if s in names]
    if not sections:  # no content.hpf, or none listed: the section files themselves
        sections = sorted((n for n in names if re.fullmatch(r"Contents/section\d+\.xml", n)),
                          key=lambda n: int(re.search(r"(\d+)\.xml$", n).group(1)))
    return sections, meta


def _paragraph(p: ET.Element, blocks: list[Block], notes: list[Block]) -> None:
    """One paragraph: its text, and the tables, text boxes and notes anchored in it, in order."""
    text: list[str] = []

    def flush():
        if "".join(text).strip():
            blocks.append(Block("para", "".join(text)))
        text.clear()

    def walk(el: ET.Element) -> None:
        for child in el:
            tag = _local(child.tag)
            if tag in _SKIP:
                continue
            if tag == "t":
                _text(child, text)
            elif tag == "tbl":
                flush()
                blocks.append(_table(child))
            elif tag in _NOTES:
                inner: list[Block] = []
                for q in child.iter():
                    if _local(q.tag) == "p":
                        inner.append(Block("para", _plain(q)))
                notes.append(Block("note", " ".join(b.text for b in inner if b.text.strip())))
            elif tag == "drawText":  # a text box: its paragraphs in place
                flush()
                for sub in child:
                    for q in sub:
                        if _local(q.tag) == "p":
                            _paragraph(q, blocks, notes)
            elif tag in ("run", "ctrl", "rect", "ellipse", "polygon", "curve", "container", "pic", "ole", "equation",
                         "textart", "arc", "connectLine", "line"):
                walk(child)

    walk(p)
    flush()


def _text(t: ET.Element, out: list[str]) -> None:
    if t.text:
        out.append(t.text)
    for child in t:
        tag = _local(child.tag)
        out.append({"tab": "\t", "lineBreak": "\n", "fwSpace": " ", "nbSpace": " ", "hyphen": "-"}.get(tag, ""))
        if child.tail:
            out.append(child.tail)


def _plain(p: ET.Element) -> str:
    out: list[str] = []
    for el in p.iter():
        if _local(el.tag) == "t":
            _text(el, out)
    return "".join(out)


def _table(tbl: ET.Element) -> Block:
    b = Block("table", rows=int(tbl.get("rowCnt") or 0), cols=int(tbl.get("colCnt") or 0))
    r_index = -1
    for tr in tbl:
        if _local(tr.tag) != "tr":
            continue
        r_index += 1
        c_index = 0
        for tc in tr:
            if _local(tc.tag) != "tc":
                continue
            addr = next((x for x in tc if _local(x.tag) == "cellAddr"), None)
            span = next((x for x in tc if _local(x.tag) == "cellSpan"), None)
            row = int(addr.get("rowAddr")) if addr is not None and addr.get("rowAddr", "").isdigit() else r_index
            col = int(addr.get("colAddr")) if addr is not None and addr.get("colAddr", "").isdigit() else c_index
            paras = [_plain(q) for sub in tc if _local(sub.tag) == "subList" for q in sub if _local(q.tag) == "p"]
            b.cells.append(Cell(row, col, " ".join(x.strip() for x in paras if x.strip()),
                                int(span.get("rowSpan") or 1) if span is not None else 1,
                                int(span.get("colSpan") or 1) if span is not None else 1))
            c_index = col + 1
    return b


def preview_text(path: str) -> str | None:
    """Hancom's own rendering of the document's first part (``Preview/PrvText.txt``), if any."""
    try:
        with zipfile.ZipFile(path) as z:
            return z.read("Preview/PrvText.txt").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
