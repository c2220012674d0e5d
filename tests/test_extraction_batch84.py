"""Forms met reading report pages rendered here as PDFs with a sidebar of key facts and a table whose year
cells span rows (an English science-park anniversary brief, a Korean industrial-complex brief), written here
in other words."""
from tests.helpers import extract, extract_table, stats_where


def test_a_year_cell_spanning_rows_and_a_column_of_measures_label_and_date_each_value():
    res, _ = extract_table([["Year", "Measure", "Value"], ["2013", "Tenants", "97"], ["", "Jobs", "3,900"],
                            ["2023", "Tenants", "142"], ["", "Jobs", "5,600"]], "en", "Aldermoor Science Park in numbers")
    got = sorted((s["value"], s["metric"], s["period_start"]) for s in res["statistics"])
    assert got == [(97.0, "companies", "2013-01-01"), (142.0, "companies", "2023-01-01"),
                   (3900.0, "employees", "2013-01-01"), (5600.0, "employees", "2023-01-01")], res["statistics"]
    res, _ = extract_table([["연도", "구분", "값"], ["2019", "입주기업", "88개"], ["", "생산액", "6,420억원"]], "ko", "누리첨단산업단지 현황")
    got = sorted((s["metric"], s["period_start"]) for s in res["statistics"])
    assert got == [("companies", "2019-01-01"), ("revenue", "2019-01-01")], res["statistics"]


def test_a_korean_cluster_completed_in_a_township_is_placed_in_its_city():
    res = extract([("heading", "누리첨단산업단지 10년"),
                   "누리첨단산업단지는 경상남도 밀양시 부북면 일원에 2014년 준공된 첨단 소재 산업단지다."], "ko")
    assert [(c["country"], c["region"]) for c in res["clusters"]] == [("KR", "Miryang")], res["clusters"]
