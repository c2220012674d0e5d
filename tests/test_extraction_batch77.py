"""Forms met reading report tables (a comparison of Asia-Pacific science parks, a Korean comparison of domestic
clusters, both rendered as PDFs here), written here in other words."""
from pipeline.extract.document import extract_document
from pipeline.model import ParsedDocument, Table, render_page
from tests.helpers import extract, extract_table, stats_where


def _with_notes(paragraphs, rows, lang):
    page = render_page(1, paragraphs, [Table(rows=rows, cell_offsets=[], has_header=True)])
    return extract_document(ParsedDocument("t", "t.pdf", "pdf", [page], 1, {"language": lang}, "test"))


def test_a_bare_number_under_an_english_header_with_a_unit_takes_the_unit():
    res, _ = extract_table([["Park", "Country", "Area (ha)", "Revenue (US$ m)", "Tenant firms"],
                            ["Kestrel Science Park", "Malaysia", "1,043", "1,200", "182"]], "en", "Parks compared")
    area = stats_where(res, metric="area")
    assert [(s["value"], s["unit"]) for s in area] == [(10430000.0, "m2")], res["statistics"]
    money = [s for s in res["statistics"] if s["unit"] == "USD"]
    assert [s["value"] for s in money] == [1200000000.0], res["statistics"]


def test_a_column_of_changes_gives_growth_and_a_minus_a_decline_over_the_years_beside_it():
    res, _ = extract_table([["Park", "Employees 2018", "Employees 2023", "Change (%)"],
                            ["Kestrel Science Park", "40,300", "50,000", "24"],
                            ["Alder Research Park", "20,100", "20,000", "-0.5"]], "en", "Employment growth")
    grew, fell = stats_where(res, metric="growth"), stats_where(res, metric="decline")
    assert [(s["cluster_id"], s["value"], s["period_start"], s["period_end"]) for s in grew] == \
        [("kestrel-science-park", 24.0, "2018-01-01", "2023-12-31")], res["statistics"]
    assert [(s["cluster_id"], s["value"]) for s in fell] == [("alder-research-park", 0.5)], res["statistics"]


def test_a_number_written_with_a_plus_is_growth():
    res = extract([("heading", "Kestrel Science Park"),
                   "Between 2018 and 2023, employment at Kestrel Science Park grew fastest (+24%)."], "en")
    assert stats_where(res, value=24.0)[0]["metric"] == "growth", res["statistics"]


def test_a_note_under_a_pages_one_table_dates_its_figures():
    rows = [["구분", "소재지", "입주기업(개)", "고용(명)"], ["하람테크노밸리", "경기 성남", "1,697", "71,967"]]
    res = _with_notes([("heading", "국내 혁신클러스터 현황"), ("para", "※ 2023년 말 기준, 각 기관 발표 자료")], rows, "ko")
    assert {s["period_start"] for s in res["statistics"]} == {"2023-01-01"}, res["statistics"]
    res = _with_notes([("heading", "국내 혁신클러스터 현황"), ("para", "각 기관 발표 자료를 모았다.")], rows, "ko")
    assert {s["period_start"] for s in res["statistics"]} == {None}, res["statistics"]


def test_the_texts_own_convention_dates_its_tables():
    rows = [["Park", "Tenant firms", "Employees"], ["Kestrel Science Park", "182", "78,000"]]
    res = _with_notes([("heading", "Parks compared"), ("para", "Figures are for 2023 unless stated.")], rows, "en")
    assert {s["period_start"] for s in res["statistics"]} == {"2023-01-01"}, res["statistics"]


def test_a_count_set_after_its_noun_and_hung_on_another_by_the_genitive_counts_the_first():
    res = extract(["국내 클러스터 비교", "본 보고서는 국내 주요 혁신클러스터 4곳의 입주기업 현황을 비교하였다. "
                                    "하람테크노밸리의 입주기업 500개의 매출은 3조원이다."], "ko")
    assert stats_where(res, value=4.0)[0]["metric"] == "study_scope", res["statistics"]
    assert stats_where(res, value=500.0)[0]["metric"] == "companies", res["statistics"]


def _line(text, top, size=10.0):
    return {"text": text, "col": "a", "x0": 50.0, "x1": 50.0 + 5.5 * len(text), "top": top, "bottom": top + size,
            "size": size, "bold": False, "trailing": ""}


def test_a_bulleted_line_of_a_korean_report_is_content_not_a_heading():
    from pipeline.textlayer.pdf import _paragraphs

    lines = [_line("□ 하람 공업원구(장쑤성)", 100), _line("○ 입주기업 2만여 개사, 종사자 약 300만 명('22)", 118),
             _line("○ 세제 혜택과 원스톱 행정 서비스가 외국인 투자 유치의 핵심", 136),
             _line("하람 공업원구는 1994년 중국과 싱가포르 정부의 협력사업으로 출범했으며, 외자기업 5,000여 개사를 유치했다." * 2, 154)]
    kinds = [k for k, _ in _paragraphs(lines, 10.0)]
    assert kinds[:3] == ["heading", "para", "para"], kinds


def test_a_chinese_science_city_is_a_cluster_named_in_english_as_one():
    res = extract(["중국 거점", "광저우 과학성은 면적이 94㎢이며 연구인력은 약 7만 명이다."], "ko")
    assert [c["name_en"] for c in res["clusters"]] == ["Guangzhou Science City"], res["clusters"]


def test_a_year_in_brackets_after_a_line_of_figures_dates_them_all():
    res = extract([("heading", "하람국가산업단지 현황"), "○ 입주기업 2만 2천여 개사, 종사자 약 300만 명('22)"], "ko")
    assert {s["period_start"] for s in res["statistics"]} == {"2022-01-01"}, res["statistics"]


def test_a_determiner_written_onto_a_noun_makes_the_word_that_names_the_figure():
    res = extract([("heading", "하람국가산업단지 현황"), "○ 총수입 8조 7천억 위안 규모로, 전년 대비 6.5% 증가"], "ko")
    assert stats_where(res, value=8700000000000.0)[0]["metric"] == "revenue", res["statistics"]


def test_a_unit_note_or_a_caption_gives_a_tables_bare_numbers_their_unit_and_measure():
    rows = [["구분", "매출"], ["하람테크노밸리", "1,200"], ["노을테크노밸리", "800"]]
    res = _with_notes([("heading", "지역별 클러스터 현황"), ("para", "<표 3> 클러스터별 매출 (단위: 억원)")], rows, "ko")
    assert {(s["value"], s["unit"], s["metric"]) for s in res["statistics"]} == \
        {(120000000000.0, "KRW", "revenue"), (80000000000.0, "KRW", "revenue")}, res["statistics"]
    rows = [["Park", "2021", "2022"], ["Kestrel Science Park", "1,200", "1,500"], ["Alder Research Park", "800", "950"]]
    res = _with_notes([("heading", "Parks compared"), ("para", "Table 2. Revenue by park (EUR million)")], rows, "en")
    row = stats_where(res, value=1500000000.0)[0]
    assert (row["unit"], row["metric"], row["period_start"]) == ("EUR", "revenue", "2022-01-01"), res["statistics"]
