"""Headings of documents that set everything in one font (PDFs from simple producers, text
captures): read by their shape, and a lead sentence is never taken for the headline."""
from pipeline.parse import parse_file
from pipeline.textlayer.web import parse_web_text
from tests.pdfgen import simple_pdf


def kinds(parsed):
    return [(p.kind, parsed.pages[0].text[p.start:p.end]) for p in parsed.pages[0].paragraphs]


def test_a_one_font_pdf_reads_short_lines_as_headings_and_its_first_as_the_title(tmp_path):
    pdf = simple_pdf(tmp_path / "one.pdf", ["Harbour Works grows again",
                                            "Harbour Works is a 28,000 m2 campus by the river. It hosts 120 firms and two labs.",
                                            "The genesis",
                                            "In 1996 the city and a builder signed a deal to turn the old docks into offices."])
    parsed = parse_file(pdf, "one.pdf")
    got = kinds(parsed)
    assert [k for k, _ in got] == ["heading", "para", "heading", "para"], got
    assert parsed.metadata["title"] == "Harbour Works grows again"


def test_a_pdf_with_a_larger_title_keeps_short_body_lines_as_text(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.pdfgen import KO_FONT, wrap

    path = tmp_path / "titled.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.setFont(KO_FONT, 16)
    c.drawString(50, h - 70, "Harbour Works in figures")
    y = h - 110
    for para in ["Regional policy series 2023-07",
                 "The park hosts 120 firms and two labs on a site by the river, the city says in its annual review."]:
        c.setFont(KO_FONT, 10)
        for line in wrap(c, para, w - 100, KO_FONT, 10):
            c.drawString(50, y, line)
            y -= 14
        y -= 10
    c.showPage()
    c.save()
    parsed = parse_file(path, "titled.pdf")
    got = kinds(parsed)
    assert ("para", "Regional policy series 2023-07") in got, got
    assert parsed.metadata["title"] == "Harbour Works in figures"


def test_a_capture_opening_on_its_lead_sentence_has_no_headline_moved_up():
    page, meta = parse_web_text("서울 유일의 국가산업단지 G밸리가 변화하고 있다.\n\n"
                                "최근 대형 게임사가 G밸리 신사옥에 입주하면서 기업들이 몰려들고 있다.\n\n"
                                "-총 12,067개사 입주, 약 14만명 근무\n\n"
                                "G밸리에는 2020년 12월 기준 총 12,067개사가 입주해있다.")
    first = page.paragraphs[0]
    assert first.kind == "para" and page.text[first.start:first.end].startswith("서울 유일의")
    assert not any(p.kind == "heading" and page.text[p.start:p.end].startswith("-총") and p is first for p in page.paragraphs)
    assert meta["title"].startswith("서울 유일의")
