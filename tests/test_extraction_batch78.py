"""Forms met in an encyclopedia-style entry on Brainport Eindhoven, written here in other words."""
from tests.helpers import extract, extract_table, stats_where


def test_a_relative_clause_ends_the_clause_a_paraphrase_pair_is_read_in():
    # 'The region grew around X, which was founded in Y': the founding is the firm's, no government support
    res = extract([("heading", "Kestrel Brainport"), "Kestrel Brainport is a technology region in the south of Alder.",
                   "The region grew around Harlow Electric, which was founded in Alder in 1891."], "en")
    assert "government_support" not in {f["factor"] for f in res["success_factors"]}, res["success_factors"]


def test_spending_on_research_is_rd_spending():
    res = extract([("heading", "Kestrel Brainport"), "Kestrel Brainport is a technology region in the south of Alder.",
                   "Private spending on research and development there reached €4.3 billion."], "en")
    assert stats_where(res, value=4300000000.0)[0]["metric"] == "rd_spending", res["statistics"]


def test_superscript_footnote_marks_neither_split_a_sentence_nor_glue_onto_a_figure(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from pipeline.extract.document import extract_document
    from pipeline.parse import parse_file

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=15)
    path = tmp_path / "notes.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Kestrel Research Park: an assessment", ParagraphStyle("h", fontName="Helvetica", fontSize=15, leading=20)),
        Paragraph("Kestrel Research Park was opened in 1987 on the northern edge of Alder.<super>1</super> By 2022 it "
                  "was home to 1,200<super>2</super> firms employing 35,000<super>3</super> people.", body)])
    parsed = parse_file(path, path.name)
    assert "By 2022 it was home to 1,200 firms employing 35,000 people." in parsed.pages[0].text, parsed.pages[0].text
    res = extract_document(parsed)
    assert {(s["value"], s["period_start"]) for s in res["statistics"]} == {(1200.0, "2022-01-01"), (35000.0, "2022-01-01")}, \
        res["statistics"]


def test_a_region_a_park_is_compared_with_in_a_table_is_no_cluster():
    res, _ = extract_table([["Indicator", "Kestrel Research Park", "Alder region"],
                            ["Firms", "1,200", "14,500"], ["Employees", "35,000", "410,000"],
                            ["R&D spending (€ m)", "640", "1,900"]], "en", "Kestrel Research Park: an assessment")
    assert [c["name"] for c in res["clusters"]] == ["Kestrel Research Park"], res["clusters"]
    assert stats_where(res, value=14500.0)[0]["cluster_id"] is None, res["statistics"]
    assert stats_where(res, value=1200.0)[0]["cluster_id"] == "kestrel-research-park", res["statistics"]
