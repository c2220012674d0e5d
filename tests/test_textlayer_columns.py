"""Columns the text layer must keep apart: a sidebar whose lines fall between the main column's, and
two columns on shared baselines set closer than a column gap."""
from pipeline.textlayer import pdf as layer
from tests.pdfstyles import EN, KO, KO_OTHER, SIDE, UNRULED, columns_around_a_table_pdf, narrow_gutter_pdf, sidebar_pdf


def test_a_sidebar_in_a_smaller_size_is_read_after_the_column_beside_it(tmp_path):
    pages, _, _, _ = layer.parse_pdf_pages(str(sidebar_pdf(tmp_path / "s.pdf")))
    paras = [text for _, text in pages[0].paragraph_texts()]
    # the main column's paragraphs whole, not cut at every sidebar line
    assert KO in paras and EN in paras, paras
    assert all(line in paras for line in SIDE), paras
    assert paras.index(SIDE[0]) > paras.index(EN)


def test_two_columns_closer_than_a_column_gap_on_one_baseline_are_split_at_the_gutter(tmp_path):
    pages, _, _, _ = layer.parse_pdf_pages(str(narrow_gutter_pdf(tmp_path / "n.pdf")))
    text = pages[0].text
    assert KO + " " + KO in text and KO_OTHER in text, text


def test_columns_under_a_table_across_the_page_are_read_after_both_columns_above_it(tmp_path):
    pages, _, _, _ = layer.parse_pdf_pages(str(columns_around_a_table_pdf(tmp_path / "t.pdf")))
    prose = pages[0].text[:pages[0].prose_end]
    order = [prose.index(KO), prose.index(KO_OTHER), prose.index(KO_OTHER[:60] + "다."), prose.index(KO[:60] + "다.")]
    assert order == sorted(order), prose
    assert [t.rows for t in pages[0].tables] == [UNRULED]
