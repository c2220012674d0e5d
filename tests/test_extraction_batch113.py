"""Forms met reading a Korean story on a national food complex, a KOTRA brief on a Malaysian planned tech city, a
Korean release on a nano complex, an English entry on a Brazilian tech district and a news story on a US tech
corridor, written here in other words."""
from tests.helpers import clusters_by_id, extract, factor_codes, stats_where


def test_a_bracketed_name_said_to_be_a_planned_city_is_a_cluster_and_owns_its_figures():
    res = extract([("heading", "[인도네시아] 누산테크, 데이터센터 유치 본격화"),
                   "ㅇ 누산테크(Nusantech)는 2005년 인도네시아 정부가 조성한 계획도시로, 자카르타 남쪽에 위치함.",
                   "ㅇ 현재 누산테크에는 320여 개 기업이 입주해 있음."], "ko")
    names = {c["name"] for c in res["clusters"]}
    assert "Nusantech" in names, res["clusters"]
    (s,) = stats_where(res, value=320.0)
    assert s["cluster_id"] == "nusantech" and s["metric"] == "companies", s


def test_a_korean_corridor_written_without_its_last_vowel_is_translated_as_a_corridor():
    res = extract([("heading", "[인도네시아] 동부 개발 현황"),
                   "ㅇ 누산테크(Nusantech)는 정부가 추진한 멀티미디어 슈퍼 코리도(MSC)의 핵심 거점임."], "ko")
    names = {c["name"] for c in res["clusters"]}
    assert "Multimedia Super Corridor" in names, res["clusters"]


def test_a_technopark_with_its_unit_named_after_it_is_the_agency_not_the_complex():
    res = extract([("heading", "영천 나노 국가산업단지 1단계 준공"),
                   "영천 나노 국가산업단지 1단계 사업이 오는 3월 준공된다.",
                   "연구단지에는 경북테크노파크 나노융합본부 등 20개 연구기관과 대학이 입주했다."], "ko")
    assert not any("테크노파크" in (c.get("name_ko") or "") for c in res["clusters"]), res["clusters"]
    (s,) = stats_where(res, value=20.0)
    assert s["metric"] == "research_institutes", s
    assert clusters_by_id(res)[s["cluster_id"]]["name_ko"].startswith("영천 나노"), s


def test_a_city_waiving_part_of_a_tax_is_government_support_and_the_percent_is_a_tax_relief():
    res = extract([("heading", "Ribeira Digital"),
                   "Ribeira Digital is a technology park in the old port district of Salvador, Brazil.",
                   "The city waives 40% of the municipal services tax for firms based in Ribeira Digital."], "en")
    assert "government_support" in factor_codes(res), res["success_factors"]
    (s,) = stats_where(res, value=40.0)
    assert s["metric"] == "tax_rate", s


def test_firms_that_draw_venture_investors_give_access_to_capital():
    res = extract([("heading", "Granite Ridge tech corridor"),
                   "Granite Ridge is a technology corridor in Idaho, United States.",
                   "Two home-grown software makers have helped draw venture investors to Granite Ridge."], "en")
    assert "access_to_capital" in factor_codes(res), res["success_factors"]


def test_stopping_a_drain_of_engineers_is_about_talent():
    res = extract([("heading", "Ribeira Digital"),
                   "Ribeira Digital is a technology park in Salvador, Brazil.",
                   "Its founders set out to stem the exodus of software engineers from Salvador."], "en")
    assert "talent" in factor_codes(res), res["success_factors"]


def test_a_firm_without_a_lab_of_its_own_and_support_facilities_built_are_no_academia_link_nor_attraction():
    res = extract([("heading", "가온 식품클러스터"),
                   "가온 식품클러스터는 식품 기업이 모인 국가 식품 전문 산업단지다.",
                   "단지 안에는 품질안전센터와 파일럿플랜트 등 기업지원시설이 들어서 있어 자체 연구소가 없는 중소기업도 제품 개발 지원을 받는다."], "ko")
    codes = factor_codes(res)
    assert "rd_infrastructure" in codes, res["success_factors"]
    assert "industry_academia" not in codes and "investment_attraction" not in codes, res["success_factors"]


def test_raw_materials_close_by_are_a_location_factor():
    res = extract([("heading", "가온 식품클러스터"),
                   "가온 식품클러스터는 식품 기업이 모인 국가 식품 전문 산업단지다.",
                   "기업들은 원료를 가까운 곳에서 조달할 수 있다는 점을 가장 큰 장점으로 꼽았다."], "ko")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_places_a_cluster_lies_between_do_not_locate_it():
    res = extract([("heading", "[말레이시아] 누산테크 현황"),
                   "ㅇ 누산테크(Nusantech)는 정부가 조성한 계획도시로, 푸트라자야와 쿠알라룸푸르 국제공항 사이에 위치함."], "ko")
    (c,) = [c for c in res["clusters"] if c["name"] == "Nusantech"]
    assert c["region"] != "Putrajaya", c
