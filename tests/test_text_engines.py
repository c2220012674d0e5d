"""The PDFium text engine against pdfplumber (the reference) on every producer style we write.

Both engines feed the same line, column and paragraph logic; these tests hold them to the same
paragraphs and tables, and pin the places where they differ on purpose (README: "Text engines").
"""
import pytest

from pipeline.textlayer import pdf as layer
from tests.conftest import RAW
from tests.pdfstyles import STYLES, rotated_pdf


def _read(path, engine, monkeypatch):
    monkeypatch.setenv(layer.ENGINE_ENV, engine)
    pages, count, meta, titles = layer.parse_pdf_pages(str(path))
    return [(p.text, [t.rows for t in p.tables]) for p in pages], count, titles


@pytest.mark.parametrize("style", sorted(STYLES))
def test_engines_agree_on_producer_styles(style, tmp_path, monkeypatch):
    path = STYLES[style](tmp_path / f"{style}.pdf")
    fast, count, titles = _read(path, "pdfium", monkeypatch)
    reference, ref_count, ref_titles = _read(path, "pdfplumber", monkeypatch)
    assert count == ref_count
    assert fast == reference
    assert titles == ref_titles
    assert any(text.strip() for text, _ in fast)


def test_engines_agree_on_the_sample_pdfs(monkeypatch):
    for path in sorted(RAW.glob("*.pdf")):
        assert _read(path, "pdfium", monkeypatch) == _read(path, "pdfplumber", monkeypatch), path.name


def test_tables_and_spaces_are_read_not_just_equal(tmp_path, monkeypatch):
    """What the agreement above is worth: the tables have their cells, per-glyph text its spaces."""
    pages, _, _ = _read(STYLES["ruled_tables"](tmp_path / "t.pdf"), "pdfium", monkeypatch)
    rows = [r for _, tables in pages for t in tables for r in t]
    assert ["오송생명과학단지", "312개", "1만2천명"] in rows and ["Kista Science City", "1,000", "24,000"] in rows
    text = pages[0][0]
    assert text.count("Kista Science City") == 1  # the table's rows, not its cells again as prose
    pages, _, _ = _read(STYLES["per_glyph"](tmp_path / "g.pdf"), "pdfium", monkeypatch)
    assert "오송생명과학단지 입주기업은 지난해 312개로 집계됐다." in pages[0][0]
    assert "Tampere's robotics ecosystem counts about 140 companies" in pages[0][0]


def test_rotated_page_is_read_in_its_own_upright_space(tmp_path, monkeypatch):
    """A /Rotate 90 page whose text is set upright in page space: PDFium reads its lines as
    written; pdfplumber turns the page first and reads every glyph as a line of its own."""
    path = rotated_pdf(tmp_path / "r.pdf")
    fast, _, _ = _read(path, "pdfium", monkeypatch)
    reference, _, _ = _read(path, "pdfplumber", monkeypatch)
    assert "Tampere's robotics ecosystem counts about 140 companies" in fast[0][0]
    assert "Tampere's robotics" not in reference[0][0]


def test_unknown_engine_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv(layer.ENGINE_ENV, "poppler")
    with pytest.raises(ValueError, match="CLUSTER_PIPELINE_TEXT_ENGINE"):
        layer.parse_pdf_pages(str(STYLES["cropped"](tmp_path / "c.pdf")))


def test_a_page_pdfium_cannot_read_comes_from_the_reference_engine(tmp_path, monkeypatch):
    """A page drawing text PDFium gives no characters for (pdfium.lost_text) is read by pdfplumber:
    on the rotated page, where the engines differ, the PDFium engine then gives pdfplumber's text."""
    from pipeline.textlayer import pdfium as engine

    path = rotated_pdf(tmp_path / "r.pdf")
    reference, _, _ = _read(path, "pdfplumber", monkeypatch)
    monkeypatch.setattr(engine, "lost_text", lambda page, textpage=None: True)
    fast, _, _ = _read(path, "pdfium", monkeypatch)
    assert fast == reference


def test_readable_pages_are_not_taken_for_lost_text(tmp_path):
    import pypdfium2 as pdfium

    from pipeline.textlayer import pdfium as engine

    for style in ("letter_spaced", "two_columns", "ruled_tables"):
        doc = pdfium.PdfDocument(str(STYLES[style](tmp_path / f"{style}.pdf")))
        try:
            assert not any(engine.lost_text(doc[i]) for i in range(len(doc))), style
        finally:
            doc.close()
