"""Charts drawn with their data labels, read as a table of one series (pipeline.textlayer.charts)."""
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from pipeline.extract.document import extract_document
from pipeline.parse import parse_file
from pipeline.textlayer import pdf as layer
from tests.pdfgen import KO_FONT


def _chart(title: str, points: list[tuple[str, str]], values_drawn: bool = True) -> Drawing:
    d = Drawing(400, 160)
    d.add(String(0, 145, title, fontName=KO_FONT, fontSize=9))
    top = max(float(v.replace(",", "")) for _, v in points)
    for k, (label, value) in enumerate(points):
        x, h = 20 + 70 * k, 100 * float(value.replace(",", "")) / top
        d.add(Rect(x, 20, 40, h, fillColor=colors.grey))
        if values_drawn:
            d.add(String(x, 24 + h, value, fontName=KO_FONT, fontSize=8))
        d.add(String(x, 5, label, fontName=KO_FONT, fontSize=8))
    return d


def _pdf(path, title, points, values_drawn=True):
    body = ParagraphStyle("b", fontName=KO_FONT, fontSize=10, leading=14)
    story = [Paragraph("Lindmoor Science Park: annual review", body), Spacer(1, 8),
             Paragraph("The park kept growing, with new laboratory buildings on its eastern plot.", body), Spacer(1, 8),
             _chart(title, points, values_drawn), Spacer(1, 8), Paragraph("Demand for laboratory space remains strong.", body)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def test_a_charts_data_labels_are_a_table_of_one_series_and_leave_the_prose(tmp_path):
    path = _pdf(tmp_path / "c.pdf", "Figure 2. Companies on the park, 2015-2023", [("2015", "95"), ("2019", "210"), ("2023", "340")])
    pages, _, _, _ = layer.parse_pdf_pages(str(path))
    assert [t.rows for t in pages[0].tables] == [[["", "Companies on the park, 2015-2023"], ["2015", "95"], ["2019", "210"], ["2023", "340"]]]
    assert "340" not in pages[0].text[:pages[0].prose_end]
    res = extract_document(parse_file(str(path), "c.pdf"))
    assert sorted((s["value"], s["metric"], s["period_start"]) for s in res["statistics"]) == [
        (95.0, "companies", "2015-01-01"), (210.0, "companies", "2019-01-01"), (340.0, "companies", "2023-01-01")], res["statistics"]


def test_an_axis_of_years_without_a_label_over_each_is_no_chart_table(tmp_path):
    path = _pdf(tmp_path / "t.pdf", "Figure 3. Milestones", [("2015", "95"), ("2019", "210"), ("2023", "340")], values_drawn=False)
    pages, _, _, _ = layer.parse_pdf_pages(str(path))
    assert pages[0].tables == []
