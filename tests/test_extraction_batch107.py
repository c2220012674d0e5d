"""Forms met reading an English story on a chip corridor, a profile of an innovation district on a former car
plant, a venture hub's impact report, a KOTRA brief on a Turkish university technology zone, and Korean pieces on
an industrial complex's sales and an R&D district by a fast-rail station, all written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_place_and_an_industry_before_corridor_name_a_cluster():
    res = extract([("heading", "Chips in the desert"),
                   "TUCSON — Officials talk about a Sonora semiconductor corridor stretching from Nogales to the city.",
                   "More than 30 suppliers have opened sites in the corridor since 2021."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Sonora semiconductor corridor"], res["clusters"]
    res = extract([("heading", "Roads"), "ALBANY — The transport corridor along the river was widened in 2020."], "en")
    assert res["clusters"] == [], res["clusters"]


def test_grants_worth_an_amount_are_funding_not_a_valuation():
    res = extract([("heading", "Alder Science Park"), "Alder Science Park is a research park in Austin, Texas.",
                   "Federal grants under the regional technology hubs programme, worth $40 million to Alder Science Park alone, helped seal the deal."], "en")
    (s,) = stats_where(res, unit="USD")
    assert s["metric"] == "investment", s


def test_a_government_buying_the_site_and_equipment_firms_opening_facilities():
    res = extract([("heading", "Alder Innovation District"),
                   "The state government bought the 40-hectare site of Alder Innovation District in 2011 and has since invested A$90 million in it."], "en")
    assert "government_support" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Alder Innovation District"),
                   "More than 20 suppliers, from chemical makers to equipment firms, have announced facilities in Alder Innovation District."], "en")
    assert "rd_infrastructure" not in factor_codes(res), res["success_factors"]


def test_the_ventures_a_report_covers_are_its_scope():
    res = extract([("heading", "Alder Discovery District: 2024 impact report"),
                   "The report covers 900 science ventures that used Alder Discovery District programmes during the year."], "en")
    (s,) = stats_where(res, value=900.0)
    assert s["metric"] == "study_scope" and s["cluster_id"] is None, s


def test_a_turkish_technology_zone_written_in_korean_keeps_its_latin_letters():
    res = extract([("heading", "튀르키예 앙카라 ODTÜ 테크노켄트 현황"),
                   "ODTÜ 테크노켄트는 대학 캠퍼스 안에 1991년 문을 연 튀르키예 최초의 기술개발구역임.", "입주 기업은 430여 개임."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["ODTÜ Teknokent"], res["clusters"]
    assert res["clusters"][0]["country"] == "TR"


def test_room_for_our_firms_to_enter_is_no_claim():
    res = extract([("heading", "튀르키예 앙카라 ODTÜ 테크노켄트 현황"), "□ 시사점",
                   "ㅇ 현지 대학과의 협업 수요가 커 우리 기업의 진출 여지가 큼"], "ko")
    assert "investment_attraction" not in factor_codes(res), res["success_factors"]
