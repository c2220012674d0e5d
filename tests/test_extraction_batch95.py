"""Forms met reading an English feature on an Indian IT district, a Korean release on a free economic zone's foreign
investment, a Korean news story on a city's technopolis and an English statistical bulletin on an innovation district,
written here in other words."""
from tests.helpers import extract, extract_capture, factor_codes, stats_where


def test_a_kind_that_is_a_name_alone_is_named_with_its_place_when_the_text_writes_it():
    res = extract([("heading", "대구 테크노폴리스, 연구 거점으로"), "대구테크노폴리스에 기업 200곳이 입주해 있다.",
                   "테크노폴리스에는 연구기관 9곳도 있다."], "ko")
    assert [c["name_en"] for c in res["clusters"]] == ["Daegu Technopolis"], res["clusters"]


def test_a_fields_values_by_year_are_labelled_and_dated(tmp_path):
    res = extract_capture(tmp_path / "b.txt", "Harbour Quarter statistical bulletin\n\nKey figures\n\n"
                          "Businesses: 2018: 280; 2022: 401\n\nShare of businesses less than five years old: 35%\n\n"
                          "The Harbour Quarter is an innovation district designated by the city council in 2015.\n")
    assert [(s["metric"], s["period_start"]) for s in stats_where(res, value=280.0)] == [("companies", "2018-01-01")], res["statistics"]
    assert [(s["metric"], s["period_start"]) for s in stats_where(res, value=401.0)] == [("companies", "2022-01-01")], res["statistics"]
    assert stats_where(res, value=35.0, unit="percent"), res["statistics"]  # (a line opening on 'Share' is no share button)
    assert "government_support" in factor_codes(res), res["success_factors"]  # (districts designated by the council)


def test_a_single_window_clearance_is_government_support():
    res = extract([("heading", "Harlow Tech City"), "Harlow Tech City houses 900 IT companies.",
                   "Officials credit a single-window clearance system for the growth."], "en")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_reported_and_arrived_foreign_investment_are_investment():
    res = extract([("heading", "하람경제자유구역 투자 유치"),
                   "하람경제자유구역청은 올해 외국인직접투자(FDI) 신고액이 5억2천만 달러라고 밝혔다. 실제 투자가 이뤄진 도착액은 3억1천만 달러였다."],
                  "ko")
    assert [s["metric"] for s in stats_where(res, value=520000000.0)] == ["investment"], res["statistics"]
    assert [s["metric"] for s in stats_where(res, value=310000000.0)] == ["investment"], res["statistics"]


def test_a_proving_road_is_research_infrastructure():
    res = extract([("heading", "대구 테크노폴리스"), "대구 테크노폴리스는 연구단지다.", "시는 자율주행 실증 도로를 운영한다."], "ko")
    assert "rd_infrastructure" in factor_codes(res), res["success_factors"]


def test_a_rate_that_fell_below_a_level_is_the_level_not_a_decline():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   "Vacancy rates fell below 4% in 2021 before new buildings opened."], "en")
    assert [(s["metric"], s["qualifier"]) for s in stats_where(res, value=4.0)] == [("share", "at_most")], res["statistics"]


def test_a_kind_named_by_the_university_it_stands_at():
    res = extract([("heading", "Research Park at the University of Harlow reaches 90 companies"),
                   "The Research Park at the University of Harlow now hosts more than 90 companies."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Research Park at the University of Harlow"], res["clusters"]


def test_enterprises_among_them_the_centres_of_named_firms_are_anchors():
    res = extract([("heading", "Harlow Hi-Tech Park"),
                   "By 2020 Harlow Hi-Tech Park housed 9,000 enterprises, among them the Asian research centres of Contoso, Fabrikam and Northwind."],
                  "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_suppliers_gathered_round_a_large_firms_plants_are_anchors():
    res = extract([("heading", "하람 바이오클러스터"), "하람 바이오클러스터에 입주한 기업은 60곳이다.",
                   "비결로는 대기업 생산시설을 중심으로 한 협력사 집적이 꼽힌다."], "ko")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
