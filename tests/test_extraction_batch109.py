"""Forms met reading a profile of a Lisbon creative hub, a story on Santiago's start-up hub, an entry on a Sydney
technology precinct, KOTRA's brief on a Vietnamese high-tech park and Korean stories on a chip cluster and a bio
valley, all written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_headline_name_with_a_romance_link_word_is_kept_whole():
    res = extract([("heading", "Polo Tecnológico do Lumiar"),
                   "Polo Tecnológico do Lumiar is a technology hub in the north of Lisbon, Portugal.",
                   "Polo Tecnológico do Lumiar covers 30,000 square metres."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Polo Tecnológico do Lumiar"], res["clusters"]


def test_pesos_are_the_currency_of_the_clusters_country():
    res = extract([("heading", "Andes Valley: Santiago's start-up hub comes of age"),
                   "SANTIAGO, Chile — Andes Valley has handed each start-up grants of up to 60 million pesos."], "en")
    (s,) = stats_where(res, metric="investment")
    assert s["unit"] == "CLP", s


def test_a_firm_building_its_headquarters_there_is_investment_attraction():
    res = extract([("heading", "Harbour Tech Precinct"), "Harbour Tech Precinct is a technology precinct in Sydney, Australia.",
                   "A software company is building its new headquarters in Harbour Tech Precinct."], "en")
    assert "investment_attraction" in factor_codes(res), res["success_factors"]


def test_suppliers_investing_after_a_large_plant_and_a_firms_fabs_are_anchor_claims():
    res = extract([("heading", "다낭 하이테크파크 투자 동향"),
                   "ㅇ 한 반도체 기업이 다낭 하이테크파크에 공장 건설을 확정하면서 협력사 투자가 이어지고 있음"], "ko")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "원삼 반도체 산업단지"), "원삼 반도체 산업단지에는 한 메모리 기업이 120조원을 들여 팹 4기를 짓는다."], "ko")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_a_theme_park_is_no_cluster():
    res = extract([("heading", "송산그린시티 국제테마파크 인근 바이오밸리 입주율 98%"),
                   "화성 바이오밸리의 입주율이 98%에 이르렀다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["화성 바이오밸리"], res["clusters"]
