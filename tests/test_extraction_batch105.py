"""Forms met reading a Korean ministry release on the nation's industrial complexes and a Korean feature on a battery
materials complex, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_an_area_the_text_spoke_of_designated_a_kind_is_no_new_cluster_and_the_province_is_no_cluster():
    res = extract([("heading", "부강산업단지에 소재 기업 몰려"),
                   "부강산업단지의 입주 기업은 180곳이다. 경남도는 2021년 이 일대를 수소 소재·부품 특화단지로 지정받았다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["부강산업단지"], res["clusters"]
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_a_plant_the_firms_gather_round_and_a_contract_department():
    res = extract([("heading", "부강산업단지"), "부강산업단지는 한 배터리 기업의 부강 에너지플랜트를 중심으로 협력사 60곳이 모여 있다."], "ko")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "부강산업단지"), "부강산업단지 인근 대학 두 곳은 배터리 계약학과를 만들어 매년 80명을 키운다."], "ko")
    assert "talent" in factor_codes(res), res["success_factors"]


def test_an_amount_in_brackets_after_a_complexs_name_measures_what_the_list_began_with():
    res = extract([("heading", "국가산단 생산 동향"),
                   "단지별로는 온산국가산업단지의 생산액이 61조원으로 가장 많았고, 광양국가산업단지(52조원), "
                   "창원국가산업단지(40조원)가 뒤를 이었다."], "ko")
    assert {s["metric"] for s in res["statistics"] if s["unit"] == "KRW"} == {"revenue"}, res["statistics"]
