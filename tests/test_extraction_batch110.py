"""Forms met reading a ministry press release on an advanced manufacturing district, a feature on a university
research park and KOTRA's brief on a Singapore innovation district, all written here in other words."""
from tests.helpers import extract, factor_codes


def test_a_place_set_before_a_description_with_a_preposition_is_a_setting_not_a_cluster():
    res = extract([("heading", "In Fairmont Springs, a research park that keeps founders close to campus"),
                   "Ridge Research Park began in 1961 with a single building north of the university."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Ridge Research Park"], res["clusters"]


def test_a_university_s_own_hub_is_no_cluster():
    res = extract([("heading", "Ridge Research Park"), "Ridge Research Park is a research park in Lyon, France.",
                   "The Ridge Foundry, the university's entrepreneurship hub, helps founders file patents."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Ridge Research Park"], res["clusters"]


def test_industrial_partners_are_industry_academia_and_shared_test_equipment_stays_with_manufacturers_after_it():
    res = extract([("heading", "Ridge Manufacturing District"),
                   "The university's research centre in Ridge Manufacturing District works with more than 120 industrial partners."], "en")
    assert "industry_academia" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Ridge Manufacturing District"),
                   "The funding for Ridge Manufacturing District will pay for shared test equipment that smaller manufacturers could not afford."], "en")
    assert "rd_infrastructure" in factor_codes(res), res["success_factors"]


def test_a_firms_own_centre_in_brackets_is_no_cluster():
    res = extract([("heading", "싱가포르 주롱혁신지구 동향"),
                   "ㅇ 2024년 현재 지멘스, 한빛자동차그룹 혁신센터(HBGIC) 등 150여 개 기업·기관이 입주",
                   "ㅇ 주롱혁신지구(Jurong Innovation District)는 싱가포르 서부에 조성 중임."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Jurong Innovation District"], res["clusters"]
