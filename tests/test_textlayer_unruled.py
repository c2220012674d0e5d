"""Tables set out in aligned columns without ruling (pipeline.textlayer.aligned)."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract.document import extract_document
from pipeline.parse import parse_file
from pipeline.textlayer import pdf as layer
from tests.pdfgen import KO_FONT
from tests.pdfstyles import EN, KO, UNRULED, WRAPPED, WRAPPED_EN, unruled_table_pdf, wrapped_unruled_pdf


def test_an_unruled_table_is_read_as_rows_of_cells_and_left_out_of_the_prose(tmp_path):
    pages, _, _, _ = layer.parse_pdf_pages(str(unruled_table_pdf(tmp_path / "u.pdf")))
    assert [t.rows for t in pages[0].tables] == [UNRULED]
    prose = pages[0].text[:pages[0].prose_end]
    assert "4,820" not in prose and "한결강소특구" not in prose
    assert "오송생명과학단지 입주기업은 지난해 312개로 집계됐다." in prose and "Tampere's robotics ecosystem" in prose


def test_its_figures_take_the_units_of_the_note_above_it(tmp_path):
    path = unruled_table_pdf(tmp_path / "u.pdf")
    res = extract_document(parse_file(str(path), "u.pdf"))
    money = sorted(s["value"] for s in res["statistics"] if s["unit"] == "KRW")
    assert money == [340000000000.0, 788000000000.0, 921000000000.0], res["statistics"]


def test_prose_in_three_columns_is_no_table(tmp_path):
    path = tmp_path / "three.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    words = (KO + " " + KO).split()
    for col, x in enumerate((50, 220, 390)):
        y = A4[1] - 80
        line = []
        for w in words[col * 5:] + words[:col * 5]:
            if c.stringWidth(" ".join(line + [w]), KO_FONT, 9) > 150:
                c.setFont(KO_FONT, 9)
                c.drawString(x, y, " ".join(line))
                y -= 13
                line = []
            line.append(w)
    c.showPage()
    c.save()
    pages, _, _, _ = layer.parse_pdf_pages(str(path))
    assert pages[0].tables == []
    pages, _, _, _ = layer.parse_pdf_pages(str(_numbers_in_columns(tmp_path / "n.pdf")))
    assert pages[0].tables == []


def _numbers_in_columns(path):
    """Three columns of English prose whose lines often hold a figure: still prose."""
    c = canvas.Canvas(str(path), pagesize=A4)
    lines = ["The park opened in 1988 with 12", "firms; by 2000 it had 140 and", "4,200 staff. Growth slowed in",
             "2009 but 35 firms arrived in", "2015 and 60 more by 2020."]
    c.setFont("Helvetica", 9)
    for x in (50, 220, 390):
        for k, ln in enumerate(lines):
            c.drawString(x, A4[1] - 80 - 13 * k, ln)
    c.showPage()
    c.save()
    return path


def test_a_cell_wrapped_over_several_lines_is_read_whole_in_its_row(tmp_path):
    path = wrapped_unruled_pdf(tmp_path / "w.pdf")
    pages, _, _, _ = layer.parse_pdf_pages(str(path))
    rows = [t.rows for t in pages[0].tables]
    # (Korean cells filled to the column's edge run into the next cell: split where the header's columns start;
    # a cell broken inside a word is joined as the text layer joins lines)
    assert [[c.replace(" ", "") for c in r] for r in rows[0]] == [[c.replace(" ", "") for c in r] for r in WRAPPED], rows
    assert rows[1] == WRAPPED_EN, rows  # (cells set at the row's bottom: a wrapped cell's first lines come before)
    prose = pages[0].text[:pages[0].prose_end]
    assert "확장지구" not in prose and "Innovation Campus" not in prose and prose.count("Tampere's robotics ecosystem") == 2
    res = extract_document(parse_file(str(path), "w.pdf"))
    got = {(c["name_ko"] or c["name"], c["region"]) for c in res["clusters"] if c["country"] == "KR"}
    assert ("다온테크노밸리 첨단지구", "Daejeon") in got or ("다온테크노밸리첨단지구", "Daejeon") in got, res["clusters"]
