"""Forms met reading report layouts rendered here as PDFs (a two-column Korean brief with a framed key-figure
box, an English district profile, a Korean table of national complexes running over a page break, an
English annual review, a municipal survey release), written here in other words."""
from pipeline.extract.document import extract_document
from pipeline.model import ParsedDocument, Table, render_page
from tests.helpers import extract, extract_table, factor_codes, stats_where


def _doc(pages, lang):
    rendered = [render_page(n, paras, [Table(rows=rows, cell_offsets=[], has_header=header)] if rows else [])
                for n, (paras, rows, header) in enumerate(pages, start=1)]
    return extract_document(ParsedDocument("t", "t.pdf", "pdf", rendered, len(rendered), {"language": lang}, "test"))


def test_a_triangle_in_a_korean_column_of_changes_is_a_minus():
    res, _ = extract_table([["클러스터", "2022년", "2023년", "증감률(%)"],
                            ["다온연구개발특구", "2,100", "2,050", "△2.4"],
                            ["새솔테크노밸리", "300", "330", "10.0"]], "ko", "클러스터별 입주기업 수 (단위: 개)")
    fell = stats_where(res, metric="decline")
    assert [(s["cluster_id"], s["value"]) for s in fell] == [(stats_where(res, value=2100.0)[0]["cluster_id"], 2.4)], res["statistics"]
    assert [s["value"] for s in stats_where(res, metric="growth")] == [10.0], res["statistics"]


def test_a_unit_note_naming_one_unit_per_column_gives_each_column_its_own():
    rows = [["연도", "입주기업", "고용인원", "매출액"], ["2020", "152", "4,100", "5,800"], ["2022", "297", "8,650", "13,200"]]
    res = _doc([([("heading", "새솔테크노밸리 현황"), ("para", "<표 1> 새솔테크노밸리 연도별 현황 (단위: 개, 명, 억원)")], rows, True)], "ko")
    money = stats_where(res, unit="KRW")
    assert sorted((s["value"], s["period_start"]) for s in money) == \
        [(580000000000.0, "2020-01-01"), (1320000000000.0, "2022-01-01")], res["statistics"]
    assert sorted(s["value"] for s in stats_where(res, metric="employees")) == [4100.0, 8650.0], res["statistics"]
    # (the note's own 억원 is a unit, not a figure of one hundred million)
    assert not stats_where(res, value=100000000.0), res["statistics"]


def test_a_table_the_page_break_cuts_keeps_its_header_units_and_date_on_the_next_page():
    header = ["단지명", "소재지", "입주업체", "고용", "생산"]
    first = ([("heading", "권역별 국가산업단지 운영 현황"),
              ("para", "2024년 2분기 말 기준 주요 국가산업단지의 입주업체, 고용, 생산 현황은 다음과 같다."),
              ("para", "<표 2> 국가산업단지별 운영 현황 (단위: 개, 명, 억원)")],
             [header, ["가람국가산업단지", "인천", "7,215", "98,410", "112,300"]], True)
    for continued in ([header, ["누리국가산업단지", "경기 파주", "19", "17,200", "290,400"]], True), \
                     ([["누리국가산업단지", "경기 파주", "19", "17,200", "290,400"]], False):
        res = _doc([first, ([("para", "자료: 산업단지 통계")], *continued)], "ko")
        later = [s for s in res["statistics"] if s["page"] == 2]
        assert sorted((s["metric"], s["value"], s["unit"]) for s in later) == [
            ("companies", 19.0, "count"), ("employees", 17200.0, "count"), ("revenue", 29040000000000.0, "KRW")], res["statistics"]
        # (the date the sentence introducing the table gives: the second quarter)
        assert {(s["period_start"], s["period_end"]) for s in res["statistics"]} == {("2024-04-01", "2024-06-30")}, res["statistics"]


def test_a_row_naming_a_year_and_month_dates_its_figures_to_that_month():
    res, _ = extract_table([["연도", "입주기업(개)", "고용인원(명)"], ["2022", "297", "8,650"], ["2024.6", "418", "12,300"]],
                           "ko", "새솔테크노밸리 연도별 현황")
    assert {(s["period_start"], s["period_end"]) for s in stats_where(res, value=418.0)} == {("2024-06-01", "2024-06-30")}, res["statistics"]
    assert stats_where(res, value=297.0)[0]["period_start"] == "2022-01-01", res["statistics"]


def test_a_block_of_key_figures_takes_the_date_its_title_or_closing_line_gives():
    res = extract([("heading", "Riverbend Innovation District"), "Key figures (2023)", "340 companies", "12,800 jobs",
                   "£1.2bn gross value added", "The Riverbend Innovation District occupies a former dockyard."], "en")
    assert {s["period_start"] for s in res["statistics"]} == {"2023-01-01"}, res["statistics"]
    res = extract([("heading", "새솔테크노밸리 조성 5년"), "새솔테크노밸리 주요 지표", "입주기업 418개", "고용인원 12,300명",
                   "2024년 6월 말 기준", "새솔테크노밸리는 아산에 조성된 첨단산업 클러스터다. 입주기업 수는 2020년 152개였다."], "ko")
    assert {s["period_start"] for s in res["statistics"] if s["value"] in (418.0, 12300.0)} == {"2024-06-01"}, res["statistics"]
    assert stats_where(res, value=152.0)[0]["period_start"] == "2020-01-01", res["statistics"]
    # (a line of figures with no such title or closing line stays undated)
    res = extract([("heading", "Riverbend Innovation District"), "Key figures", "340 companies", "12,800 jobs"], "en")
    assert {s["period_start"] for s in res["statistics"]} == {None}, res["statistics"]


def test_the_neighbouring_park_as_a_subject_is_the_one_its_figures_belong_to():
    res = extract([("heading", "Riverbend Innovation District: a profile"),
                   "The Riverbend Innovation District hosts 340 companies.",
                   "The neighbouring Northgate Science Park, opened in 1994, is smaller: 85 companies and about 2,400 jobs."], "en")
    assert {s["cluster_id"] for s in res["statistics"] if s["value"] in (85.0, 2400.0)} == {"northgate-science-park"}, res["statistics"]
    res = extract([("heading", "Riverbend Innovation District: a profile"),
                   "The Riverbend Innovation District hosts 340 companies.",
                   "A site neighbouring Northgate Science Park now holds 85 companies."], "en")
    assert stats_where(res, value=85.0)[0]["cluster_id"] == "riverbend-innovation-district", res["statistics"]


def test_a_struggle_to_recruit_and_a_listed_difficulty_claim_no_talent():
    res = extract([("heading", "Riverbend Innovation District"), "The Riverbend Innovation District hosts 340 companies.",
                   "A survey of tenants found that 38% struggled to recruit software engineers."], "en")
    assert "talent" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Riverbend Innovation District"), "The Riverbend Innovation District hosts 340 companies.",
                   "Firms come to the district to hire engineers from the university."], "en")
    assert "talent" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "한빛첨단산업단지 실태조사"), "한빛첨단산업단지 입주기업은 286개사다.",
                   "애로사항으로는 '전문인력 확보'(62.2%)와 '정주 여건 부족'(41.5%)이 많았다."], "ko")
    assert "talent" not in factor_codes(res), res["success_factors"]


def test_a_figure_a_year_earlier_than_a_dated_one_takes_the_date_a_year_back():
    res = extract([("heading", "Lakeshore Technology Park"),
                   "Occupancy at Lakeshore Technology Park reached 94% in March 2024, up from 88% a year earlier."], "en")
    assert (stats_where(res, value=88.0)[0]["period_start"], stats_where(res, value=88.0)[0]["period_end"]) == \
        ("2023-03-01", "2023-03-31"), res["statistics"]


def test_a_measure_down_the_first_column_gives_its_unit_to_the_row():
    res, _ = extract_table([["Indicator", "2022", "2023"], ["Resident businesses", "196", "212"],
                            ["Lettable floor space (sq ft)", "610,000", "655,000"]], "en", "Lakeshore Technology Park in numbers")
    area = stats_where(res, metric="area")
    assert sorted((round(s["value"]), s["unit"]) for s in area) == [(56671, "m2"), (60851, "m2")], res["statistics"]


def test_a_header_of_two_rows_years_over_measures_is_read_as_one():
    res, _ = extract_table([["구분", "2022년", "", "2023년", ""], ["", "기업수", "고용", "기업수", "고용"],
                            ["새솔테크노밸리", "297", "8,650", "418", "12,300"],
                            ["다온첨단산업단지", "120", "3,000", "150", "3,400"]], "ko", "단지별 현황")
    got = sorted((s["value"], s["metric"], s["period_start"]) for s in res["statistics"] if s["value"] in (297.0, 12300.0, 150.0))
    assert got == [(150.0, "companies", "2023-01-01"), (297.0, "companies", "2022-01-01"),
                   (12300.0, "employees", "2023-01-01")], res["statistics"]


def test_a_footnote_mark_after_a_cell_figure_is_no_part_of_it_and_a_titled_year_dates_the_table():
    res, _ = extract_table([["Park", "Firms", "Jobs"], ["Kestrel Science Park", "182", "7,800"],
                            ["Alder Research Park", "95a", "2,100"]], "en", "Parks compared (2023)")
    alder = [s for s in res["statistics"] if s["cluster_id"] == "alder-research-park"]
    assert sorted((s["metric"], s["value"]) for s in alder) == [("companies", 95.0), ("employees", 2100.0)], res["statistics"]
    assert {s["period_start"] for s in res["statistics"]} == {"2023-01-01"}, res["statistics"]
    res, _ = extract_table([["Park", "Firms"], ["Kestrel Science Park", "182"]], "en", "Parks compared")
    assert {s["period_start"] for s in res["statistics"]} == {None}, res["statistics"]
