"""Forms met reading an English entry on Beijing's science park, a Korean release on a synchrotron site, an English
feature on a Paris start-up campus, a Korean survey of a capital's start-ups, an English entry on an Indian tech
park, a Korean story on a port city's smart city and an English story on a waterfront district, written here in
other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_firms_of_a_money_business_counted_by_places_are_companies():
    res = extract([("heading", "하람 스타트업 조사"), "하람밸리에는 스타트업 900곳이 있다.",
                   "특히 하람로 일대에는 벤처캐피털 200여 곳이 모여 있다.", "벤처캐피털 투자는 30건이었다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=200.0)] == ["companies"], res["statistics"]
    assert [s["metric"] for s in stats_where(res, value=30.0)] != ["companies"], res["statistics"]


def test_universities_supplying_a_share_of_the_parks_engineers_is_talent():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park is a high-tech zone with 900 firms.",
                   "Two universities supply a large share of the park's engineers."], "en")
    assert "talent" in factor_codes(res), res["success_factors"]


def test_firms_signing_to_move_in_inside_a_named_city_name_it():
    res = extract([("heading", "하람델타시티 기업 유치 속도"),
                   "부산 강서구 하람델타시티 내 시범도시 부지에 올해 기업 23곳이 입주 계약을 맺었다."], "ko")
    assert any("하람델타시티" in (c.get("name_ko") or "") for c in res["clusters"]), res["clusters"]


def test_a_kind_given_as_a_name_is_a_cluster_of_the_place_before_it():
    res = extract([("heading", "A waterfront becomes a lab address"),
                   "The South Boston waterfront, rebranded by the city as the Innovation District in 2010, holds more than 200 companies.",
                   "Rents are lower than in Kendall Square."], "en")
    rows = stats_where(res, value=200.0)
    names = {c["cluster_id"]: c["name"] for c in res["clusters"]}
    assert [names.get(r["cluster_id"]) for r in rows] == ["Boston Innovation District"], (res["clusters"], rows)


def test_a_kind_after_a_ranking_is_still_no_name():
    res = extract([("heading", "Harlow"), "Harlow is the largest Science City in the region, with 40 institutes."], "en")
    assert not any("Science City" == c["name"] for c in res["clusters"]), res["clusters"]


def test_a_firms_headquarters_the_cluster_formed_around_is_an_anchor_and_a_campus_brought_in_is_industry_academia():
    res = extract([("heading", "□ 스웨덴 하람 사이언스시티"),
                   " ○ 스톡홀름 북쪽 15㎞에 위치한 ICT 클러스터로 미래전자 본사를 중심으로 형성",
                   " ○ 성공 요인: 왕립공과대학(KTH) 캠퍼스 유치, 지하철 노선 연결"], "ko")
    assert {"anchor_firms", "industry_academia"} <= factor_codes(res), res["success_factors"]


def test_a_known_place_ending_in_a_suffix_opens_the_name_but_a_regions_complexes_are_none():
    res = extract(["광양만권 이차전지 소재 클러스터", "광양만권 이차전지 소재 클러스터에는 기업 14곳이 있다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["광양만권 이차전지 소재 클러스터"], res["clusters"]
    res = extract(["충청권 산업단지 동향", "충청권 산업단지에는 기업 1만 곳이 있다."], "ko")
    assert not res["clusters"], res["clusters"]


def test_offices_of_named_firms_a_place_is_home_to_are_anchors():
    res = extract([("heading", "Harlow City"), "Harlow City is a technology township with 400 firms.",
                   "The area is home to the offices of Contoso, Fabrikam, Northwind and Litware, among others."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_a_high_tech_medical_industrial_complex_is_translated():
    res = extract([("heading", "하람시 의료기기"), "하람시는 하람첨단의료복합산업단지 2단지를 조성할 계획이다."], "ko")
    assert any("High-tech Medical Industrial Complex" in c["name"] for c in res["clusters"]), res["clusters"]
