"""Optional OCR for PDFs without a text layer (scans): pages rendered with pypdfium2 (already a
pdfplumber dependency), read by Tesseract through pytesseract with Korean and English data."""
from __future__ import annotations

import re
import shutil

from pipeline.model import Page, Paragraph
from pipeline.textlayer.join import join_lines

LANGS = ("kor", "eng")
OCR_VERSION = "ocr-1"
INSTALL_HINT = ("install Tesseract with Korean and English data (apt-get install tesseract-ocr tesseract-ocr-kor) "
                "and the 'ocr' extra (pip install 'cluster-pipeline[ocr]')")


def ocr_status() -> tuple[bool, str]:
    """(available, what is missing)."""
    if not shutil.which("tesseract"):
        return False, "Tesseract is not installed"
    try:
        import pypdfium2  # noqa: F401
        import pytesseract
    except ImportError:
        return False, "the Python package pytesseract is not installed"
    try:
        have = set(pytesseract.get_languages(config=""))
    except Exception as e:  # noqa: BLE001 — a broken install
        return False, f"Tesseract does not answer ({e})"
    missing = [lang for lang in LANGS if lang not in have]
    if missing:
        return False, f"Tesseract has no language data for {', '.join(missing)}"
    return True, ""


def ocr_pages(path: str, max_pages: int | None = None, dpi: int = 300) -> list[Page]:
    import pypdfium2 as pdfium
    import pytesseract

    pages: list[Page] = []
    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(len(pdf)):
            if max_pages is not None and i >= max_pages:
                break
            page = pdf[i]
            image = page.render(scale=dpi / 72).to_pil()
            page.close()
            raw = pytesseract.image_to_string(image, lang="+".join(LANGS))
            pages.append(_page(i + 1, raw))
    finally:
        pdf.close()
    return pages


def _page(number: int, raw: str) -> Page:
    text, paragraphs = "", []
    for block in re.split(r"\n\s*\n", raw):
        lines = [(ln.strip(), False) for ln in block.splitlines() if ln.strip()]
        if not lines:
            continue
        ptext = join_lines(lines)
        if text:
            text += "\n\n"
        paragraphs.append(Paragraph(len(text), len(text) + len(ptext)))
        text += ptext
    return Page(number=number, text=text, prose_end=len(text), paragraphs=paragraphs, tables=[])
