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


def test_a_technopark_and_the_complex_it_sits_in_are_two_clusters_when_their_stem_reads_as_a_place():
    res = extract([("heading", "다온테크노파크 소개"), "• 위치: 다온시 첨단로 123 (다온첨단산업단지 내)", "• 입주기업: 146개사"], "ko")
    assert sorted(c["name_ko"] for c in res["clusters"]) == ["다온첨단산업단지", "다온테크노파크"], res["clusters"]
    # (a distinctive stem before a head still names one cluster: its short form)
    res = extract([("heading", "블루밸리국가산업단지"), "블루밸리국가산업단지는 포항에 있다. 블루밸리산단 입주기업은 30개다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]
