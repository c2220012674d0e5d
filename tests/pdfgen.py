"""Small PDFs made on the fly with reportlab (CID Korean font: no font files needed)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

KO_FONT = "HYSMyeongJo-Medium"
pdfmetrics.registerFont(UnicodeCIDFont(KO_FONT))


def wrap(c, text: str, width: float, font: str, size: float) -> list[str]:
    """Break text into lines that fit, anywhere (like a Korean word processor)."""
    lines, cur = [], ""
    for ch in text:
        if c.stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch.lstrip() if not cur.endswith(" ") else ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def two_column_pdf(path: Path, left: list[str], right: list[str], title: str, header: str | None = None,
                   pages: int = 1) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    for pg in range(1, pages + 1):
        if header:
            c.setFont(KO_FONT, 8)
            c.drawString(50, h - 30, header)
        if pg == 1:
            c.setFont(KO_FONT, 16)
            c.drawString(50, h - 70, title)
        for col, paras in ((0, left), (1, right)):
            x = 50 + col * ((w - 100) / 2 + 10)
            y = h - 110
            for para in paras:
                c.setFont(KO_FONT, 10)
                for line in wrap(c, para, (w - 100) / 2 - 10, KO_FONT, 10):
                    c.drawString(x, y, line)
                    y -= 14
                y -= 10
        c.setFont(KO_FONT, 9)
        c.drawCentredString(w / 2, 30, f"- {pg} -")
        c.showPage()
    c.save()
    return path


KOREAN_TTFS = [Path("/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf"),
               Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
               Path("/usr/share/fonts/truetype/noto/NotoSansKR-Regular.ttf")]


def korean_ttf() -> str | None:
    """A Korean TrueType font on this machine, registered for embedding (None when there is none).
    Rasterising a page needs real glyphs: the CID font above is not embedded, so a renderer
    without a Korean system font draws nothing for it."""
    from reportlab.pdfbase.ttfonts import TTFont

    for p in KOREAN_TTFS:
        if p.exists():
            if "KoreanTTF" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("KoreanTTF", str(p)))
            return "KoreanTTF"
    return None


def simple_pdf(path: Path, paragraphs: list[str], pages: int = 1, encrypt: str | None = None,
               header: str | None = None, font: str = KO_FONT) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    w, h = A4
    for pg in range(1, pages + 1):
        if header:
            c.setFont(font, 8)
            c.drawString(50, h - 30, header)
        y = h - 80
        for para in paragraphs:
            c.setFont(font, 10)
            for line in wrap(c, para, w - 100, font, 10):
                c.drawString(50, y, line)
                y -= 14
            y -= 10
        c.setFont(font, 9)
        c.drawCentredString(w / 2, 30, str(pg))
        c.showPage()
    c.save()
    return path


def image_only_pdf(path: Path) -> Path:
    """A 'scan': shapes and no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for i in range(20):
        c.rect(50 + i * 10, 400 + i * 5, 40, 8, fill=1)
    c.showPage()
    c.save()
    return path


def dense_pdf(path: Path, chars_per_page: int = 120_000, pages: int = 1) -> Path:
    """Pages packed with tiny glyphs: cheap to write, costly to lay out (a memory-hungry PDF)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    line = "0123456789" * 30
    for _ in range(pages):
        c.setFont("Helvetica", 1)
        n = 0
        y = 830.0
        while n < chars_per_page:
            c.drawString(5, y, line)
            n += len(line)
            y -= 1.1
            if y < 5:
                y = 830.0
        c.showPage()
    c.save()
    return path


def scanned_pdf(path: Path, paragraphs: list[str], dpi: int = 300) -> Path:
    """A 'scan' of real text: a text PDF rasterised, then placed as an image in a new PDF."""
    import io

    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    src = path.with_suffix(".src.pdf")
    simple_pdf(src, paragraphs, font=korean_ttf() or KO_FONT)
    doc = pdfium.PdfDocument(str(src))
    image = doc[0].render(scale=dpi / 72).to_pil()
    doc.close()
    src.unlink()
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
    c.showPage()
    c.save()
    return path
