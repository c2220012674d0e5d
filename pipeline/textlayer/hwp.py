"""HWP 5.x (an OLE compound file), read with olefile, zlib and cryptography, following Hancom's
published format specification (한글 문서 파일 형식 5.0).

- ``FileHeader``: signature, version, properties (bit 0 compressed, bit 1 password, bit 2
  distribution document).
- ``BodyText/SectionN``: records (a 32-bit header: tag 10 bits, level 10 bits, size 12 bits, a
  further 32-bit size when that is 0xFFF), raw-deflated when the file is compressed. Records at
  level n+1 after a record at level n are its children: a paragraph (PARA_HEADER) has its text
  (PARA_TEXT) and its controls (CTRL_HEADER, in the order their control characters appear in the
  text); a table control has a TABLE record, then per cell a LIST_HEADER (row, column, spans)
  followed by the cell's paragraphs.
- Distribution documents (배포용 문서, property bit 2): the body is in ``ViewText/SectionN``; its
  first record holds 256 bytes from which the AES-128 key is derived (an MSVC ``rand()`` stream
  seeded by the first four bytes XORs the rest; the key is 16 bytes at 4 + (seed & 0xF)); what
  follows is AES-128-ECB encrypted, then deflated like a normal section.
- Text: UTF-16LE; control characters 0-31 are one code (line break, paragraph end, hyphen, fixed
  spaces) or take 8 codes (inline and extended controls: tab, fields, tables, headers, notes).
- Headers, footers, footnotes and endnotes are kept apart from the body (notes after the section);
  text boxes are read in place; embedded OLE objects and pictures are skipped.
"""
from __future__ import annotations

import struct
import zlib

from pipeline.textlayer.office import Block, Cell, OfficeError

# record tags (HWPTAG_BEGIN = 0x10)
PARA_HEADER, PARA_TEXT, CTRL_HEADER, LIST_HEADER, TABLE = 0x42, 0x43, 0x47, 0x48, 0x4D
DISTRIBUTE_DOC_DATA = 0x1C

# control characters taking 8 WCHARs (16 bytes): extended (1-3, 11-18, 21-23) and inline (4-9, 19, 20)
_WIDE_CONTROLS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23}
_EXTENDED = {1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23}
_SIMPLE = {10: "\n", 24: "-", 30: " ", 31: " "}

# control ids, as the four characters of CTRL_HEADER's first DWORD read most significant first
_TABLE, _HEADER, _FOOTER, _FOOTNOTE, _ENDNOTE, _DRAWING = "tbl ", "head", "foot", "fn  ", "en  ", "gso "

MAX_SECTION_BYTES = 256 * 1024 * 1024


class Record:
    __slots__ = ("tag", "level", "data", "children")

    def __init__(self, tag: int, level: int, data: bytes):
        self.tag, self.level, self.data, self.children = tag, level, data, []


def read(path: str) -> tuple[list[list[Block]], dict]:
    """(blocks per section, metadata). Raises OfficeError for a file that cannot be read."""
    import olefile

    with open(path, "rb") as f:
        head = f.read(64)
    if head.startswith(b"HWP Document File V"):  # HWP 3.x / 97: not an OLE file at all
        raise OfficeError("unsupported", "this is an HWP 3.x/97 document, an old format this pipeline does not read; "
                                         "open it in Hangul and save it as HWPX or PDF.")
    if not olefile.isOleFile(path):
        raise OfficeError("corrupt", "the file is not a readable HWP document (no OLE structure); it may be "
                                     "truncated: copy it again, or save it as HWPX or PDF.")
    try:
        ole = olefile.OleFileIO(path)
    except Exception as e:  # noqa: BLE001 - olefile raises many types for a broken structure
        raise OfficeError("corrupt", f"the HWP file's OLE structure is broken ({type(e).__name__}); copy it again, "
                                     "or save it as HWPX or PDF.") from None
    try:
        return _read(ole)
    finally:
        ole.close()


def _read(ole) -> tuple[list[list[Block]], dict]:
    if not ole.exists("FileHeader"):
        raise OfficeError("corrupt", "the file has no HWP FileHeader stream; it is not an HWP 5 document, or it is "
                                     "damaged: save it again as HWPX or PDF.")
    fh = _stream(ole, "FileHeader")
    if not fh.startswith(b"HWP Document File") or len(fh) < 40:
        raise OfficeError("corrupt", "the HWP FileHeader is not valid; save the document again as HWPX or PDF.")
    version = struct.unpack("<I", fh[32:36])[0]
    props = struct.unpack("<I", fh[36:40])[0]
    if version >> 24 != 5:
        raise OfficeError("unsupported", f"HWP version {version >> 24}.{(version >> 16) & 0xFF} is not read here; "
                                         "save the document as HWPX or PDF.")
    compressed, password, distribution = bool(props & 1), bool(props & 2), bool(props & 4)
    if password:
        raise OfficeError("encrypted", "the HWP document is password-protected; open it in Hangul, remove the "
                                       "password (or save an unprotected copy as HWPX or PDF) and put that in raw/.")
    folder = "ViewText" if distribution else "BodyText"
    names = sorted((e[1] for e in ole.listdir() if len(e) == 2 and e[0] == folder and e[1].startswith("Section")),
                   key=lambda n: int(n[7:]) if n[7:].isdigit() else 0)
    if not names:
        raise OfficeError("corrupt", f"the HWP document has no {folder} sections; save it again as HWPX or PDF.")
    sections = []
    objects = False
    for name in names:
        data = _stream(ole, f"{folder}/{name}")
        if distribution:
            data = _decrypt_view_text(data)
        if compressed:
            data = _inflate(data, name)
        roots = _tree(_records(data))
        sections.append(_section_blocks(roots))
        objects = objects or _has_objects(roots)
    meta = _metadata(ole)
    meta["objects"] = objects
    return sections, meta


def _has_objects(roots: list[Record]) -> bool:
    """Whether a section holds drawing objects, pictures or embedded OLE objects (content with no text)."""
    stack = list(roots)
    while stack:
        r = stack.pop()
        if r.tag == CTRL_HEADER and _ctrl_id(r) == _DRAWING:
            return True
        stack.extend(r.children)
    return False


def _stream(ole, name: str) -> bytes:
    try:
        return ole.openstream(name).read()
    except Exception as e:  # noqa: BLE001
        raise OfficeError("corrupt", f"the HWP stream {name} cannot be read ({type(e).__name__}); the file may be "
                                     "truncated: copy it again, or save it as HWPX or PDF.") from None


def _inflate(data: bytes, name: str) -> bytes:
    d = zlib.decompressobj(-15)
    try:
        out = d.decompress(data, MAX_SECTION_BYTES)
    except zlib.error as e:
        raise OfficeError("corrupt", f"the HWP section {name} cannot be decompressed ({e}); the file may be damaged: "
                                     "save it again as HWPX or PDF.") from None
    if d.unconsumed_tail:
        raise OfficeError("too_large", f"the HWP section {name} unpacks to more than {MAX_SECTION_BYTES >> 20} MB; "
                                       "it is refused as a possible decompression bomb.")
    return out


def _decrypt_view_text(data: bytes) -> bytes:
    """A distribution document's section: derive the key from its first record, decrypt the rest."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if len(data) < 260:
        raise OfficeError("corrupt", "the distribution document's encrypted section is too short; save it again.")
    header = struct.unpack("<I", data[:4])[0]
    if header & 0x3FF != DISTRIBUTE_DOC_DATA:
        raise OfficeError("corrupt", "the distribution document lacks its key record; save it again as HWPX or PDF.")
    block = bytearray(data[4:260])
    seed = struct.unpack("<I", bytes(block[:4]))[0]
    state = seed
    xor = n = 0

    def rand() -> int:  # the C runtime's rand() of Visual C++, as the format specification gives it
        nonlocal state
        state = (state * 214013 + 2531011) & 0xFFFFFFFF
        return (state >> 16) & 0x7FFF

    for i in range(256):
        if n == 0:
            xor = rand() & 0xFF
            n = (rand() & 0xF) + 1
        if i >= 4:
            block[i] ^= xor
        n -= 1
    offset = 4 + (block[0] & 0xF)
    key = bytes(block[offset:offset + 16])
    body = data[260:]
    body = body[:len(body) - len(body) % 16]
    decryptor = Cipher(algorithms.AES(key), modes.ECB()).decryptor()  # noqa: S305 - the format's own scheme
    return decryptor.update(body) + decryptor.finalize()


def _records(data: bytes) -> list[Record]:
    out, pos, n = [], 0, len(data)
    while pos + 4 <= n:
        h = struct.unpack_from("<I", data, pos)[0]
        tag, level, size = h & 0x3FF, (h >> 10) & 0x3FF, (h >> 20) & 0xFFF
        pos += 4
        if size == 0xFFF:
            if pos + 4 > n:
                break
            size = struct.unpack_from("<I", data, pos)[0]
            pos += 4
        if pos + size > n:  # a record running past the end: the section is cut short
            raise OfficeError("corrupt", "an HWP section ends inside a record (the file is truncated or damaged); "
                                         "copy it again, or save it as HWPX or PDF.")
        out.append(Record(tag, level, data[pos:pos + size]))
        pos += size
    return out


def _tree(records: list[Record]) -> list[Record]:
    """Records as a tree by level: the records at level n+1 after one at level n are its children."""
    roots: list[Record] = []
    stack: list[Record] = []
    for r in records:
        while stack and stack[-1].level >= r.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(r)
        stack.append(r)
    return roots


def _section_blocks(roots: list[Record]) -> list[Block]:
    blocks: list[Block] = []
    notes: list[Block] = []
    for r in roots:
        if r.tag == PARA_HEADER:
            _paragraph(r, blocks, notes)
    return blocks + notes


def _paragraph(p: Record, blocks: list[Block], notes: list[Block]) -> None:
    """A paragraph's text, with the tables, text boxes and notes anchored in it, in order."""
    text_rec = next((c for c in p.children if c.tag == PARA_TEXT), None)
    controls = iter([c for c in p.children if c.tag == CTRL_HEADER])
    buf: list[str] = []

    def flush():
        if "".join(buf).strip():
            blocks.append(Block("para", "".join(buf)))
        buf.clear()

    data = text_rec.data if text_rec is not None else b""
    i = 0
    while i + 2 <= len(data):
        code = struct.unpack_from("<H", data, i)[0]
        if code > 31:
            buf.append(chr(code))
            i += 2
            continue
        if code in _WIDE_CONTROLS:
            if code == 9:
                buf.append("\t")
            elif code in _EXTENDED:
                ctrl = next(controls, None)
                if ctrl is not None:
                    kind = _ctrl_id(ctrl)
                    if kind == _TABLE:
                        flush()
                        blocks.append(_table(ctrl))
                    elif kind in (_HEADER, _FOOTER, _FOOTNOTE, _ENDNOTE):
                        text = " ".join(b.text for b in _lists(ctrl) if b.text.strip())
                        if text.strip():
                            notes.append(Block("note", text))
                    elif kind == _DRAWING:  # a text box: its paragraphs in place
                        flush()
                        blocks.extend(b for b in _lists(ctrl) if b.text.strip())
            i += 16
            continue
        if code == 13:  # end of the paragraph
            break
        buf.append(_SIMPLE.get(code, ""))
        i += 2
    flush()


def _ctrl_id(ctrl: Record) -> str:
    if len(ctrl.data) < 4:
        return ""
    return struct.unpack("<I", ctrl.data[:4])[0].to_bytes(4, "big").decode("latin-1")


def _lists(ctrl: Record) -> list[Block]:
    """The paragraphs of every paragraph list under a control (header, note, text box), in order."""
    out: list[Block] = []
    notes: list[Block] = []

    def walk(rec: Record) -> None:
        for c in rec.children:
            if c.tag == PARA_HEADER:
                _paragraph(c, out, notes)
            else:
                walk(c)

    walk(ctrl)
    return [b for b in out + notes if b.kind != "table"] + [b for b in out if b.kind == "table"]


def _table(ctrl: Record) -> Block:
    """Cells from the LIST_HEADER records under a table control, each with the paragraphs after it."""
    b = Block("table")
    tbl = next((c for c in ctrl.children if c.tag == TABLE), None)
    if tbl is not None and len(tbl.data) >= 8:
        b.rows, b.cols = struct.unpack_from("<HH", tbl.data, 4)
    cell: Cell | None = None
    texts: list[str] = []

    def close():
        if cell is not None:
            cell.text = " ".join(t.strip() for t in texts if t.strip())
            b.cells.append(cell)

    for c in ctrl.children:
        if c.tag == LIST_HEADER:
            close()
            texts = []
            if len(c.data) >= 16:
                col, row, col_span, row_span = struct.unpack_from("<HHHH", c.data, 8)
            else:
                col, row, col_span, row_span = len(b.cells), 0, 1, 1
            cell = Cell(row, col, "", row_span or 1, col_span or 1)
        elif c.tag == PARA_HEADER and cell is not None:
            inner: list[Block] = []
            _paragraph(c, inner, [])
            texts.extend(x.text if x.kind != "table" else " ".join(cc.text for cc in x.cells) for x in inner)
    close()
    return b


def _metadata(ole) -> dict:
    """Title, author and dates from HwpSummaryInformation (an OLE property set), when present."""
    out: dict = {}
    name = "\x05HwpSummaryInformation"
    if not ole.exists(name):
        return out
    try:
        props = ole.getproperties(name, convert_time=True, no_conversion=[10])
    except Exception:  # noqa: BLE001 - a damaged summary costs the metadata, not the document
        return out
    for pid, key in ((2, "Title"), (3, "Subject"), (4, "Author"), (12, "CreationDate"), (13, "ModDate")):
        v = props.get(pid)
        if v is None:
            continue
        if isinstance(v, bytes):
            v = v.decode("utf-16-le", "replace") if b"\x00" in v else v.decode("cp949", "replace")
        v = str(v).split("\x00", 1)[0].strip()  # the property set's strings run on into their neighbours
        if v:
            out[key] = v
    return out


def preview_text(path: str) -> str | None:
    """Hancom's own rendering of the document's first part (the ``PrvText`` stream), if any."""
    import olefile

    try:
        with olefile.OleFileIO(path) as ole:
            if ole.exists("PrvText"):
                return ole.openstream("PrvText").read().decode("utf-16-le", "replace")
    except Exception:  # noqa: BLE001
        return None
    return None
