"""Forms met reading a feature on a US city's robotics cluster, a profile of an Indian finance district, a Korean
story on a technopolis, a Korean survey of innovation cities and an entry on a Balkan science park, written here in
other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_stretch_locals_call_by_a_name_is_a_cluster():
    res = extract([("heading", "How Dayton traded tyres for drones"),
                   "DAYTON — Along a mile of old factories, a stretch locals now call Drone Alley, start-ups sit side by side."], "en")
    assert "Drone Alley" in {c["name"] for c in res["clusters"]}, res["clusters"]


def test_the_regions_industry_cluster_under_a_city_dateline_is_named_after_the_city():
    res = extract([("heading", "How Pittsburgh traded steel for robots"),
                   "PITTSBURGH — Old mills along the river now house robot makers.",
                   "The region's robotics cluster supports about 7,000 jobs, an industry group said."], "en")
    (s,) = stats_where(res, value=7000.0)
    names = {c["cluster_id"]: c["name"] for c in res["clusters"]}
    assert names.get(s["cluster_id"]) == "Pittsburgh robotics cluster", (s, names)


def test_registered_entities_of_a_financial_district_count_as_companies():
    res = extract([("heading", "Harbour Finance City at a glance"),
                   "Harbour Finance City is a planned financial district in Chennai, India.",
                   "Registered entities: over 900"], "en")
    (s,) = stats_where(res, value=900.0)
    assert s["metric"] == "companies", s


def test_relaxed_rules_on_foreign_investment_attract_investment():
    res = extract([("heading", "Harbour Finance City"),
                   "Harbour Finance City is a planned financial district in Chennai, India.",
                   "Harbour Finance City eased rules on foreign investment in 2019."], "en")
    assert "investment_attraction" in factor_codes(res), res["success_factors"]


def test_a_joint_stock_company_next_to_an_academy_is_no_academia_link():
    res = extract([("heading", "Varna Tech Park"),
                   "Varna Tech Park is a science park in Varna, Bulgaria.",
                   "It stands on the site of a former naval academy and is run by a state-owned joint-stock company."], "en")
    assert "industry_academia" not in factor_codes(res), res["success_factors"]


def test_international_firms_moving_research_results_to_market_are_no_firms_moving_in():
    res = extract([("heading", "Varna Tech Park"),
                   "Varna Tech Park is a science park in Varna, Bulgaria.",
                   "The park works with large international companies to move research results into the market."], "en")
    assert "investment_attraction" not in factor_codes(res), res["success_factors"]


def test_an_amount_in_bulgarian_leva_is_money():
    res = extract([("heading", "Varna Tech Park"),
                   "Varna Tech Park is a science park in Varna, Bulgaria.",
                   "Its laboratory equipment cost about BGN 20 million."], "en")
    (s,) = stats_where(res, value=20000000.0)
    assert s["unit"] == "BGN" and s["metric"] == "investment", s


def test_a_balkan_capital_in_a_parks_name_places_it():
    res = extract([("heading", "Belgrade Science Park"),
                   "Belgrade Science Park is the largest science park in Serbia."], "en")
    (c,) = res["clusters"]
    assert (c["country"], c["region"]) == ("RS", "Belgrade"), c


def test_the_national_average_as_a_subject_is_no_clusters_figure():
    res = extract([("heading", "가람혁신도시 정주여건 조사"),
                   "가람혁신도시의 가족동반 이주율은 49.4%로 집계됐다. 전국 평균은 67.7%였다."], "ko")
    (s,) = stats_where(res, value=67.7)
    assert s["cluster_id"] is None, s


def test_the_count_a_rank_is_taken_among_is_no_figure():
    res = extract([("heading", "가람혁신도시 이주율, 10개 혁신도시 중 최하위"),
                   "가람혁신도시의 가족동반 이주율은 49.4%로 전국 10개 혁신도시 가운데 가장 낮았다."], "ko")
    assert not stats_where(res, value=10.0), res["statistics"]


def test_ground_a_campus_occupies_that_locals_call_by_a_name_is_no_second_cluster():
    res = extract([("heading", "Lyon's science campus"),
                   "LYON, France — The Gerland innovation campus occupies a strip of land that locals simply call the Peninsula.",
                   "The Gerland innovation campus has 8,000 researchers."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Gerland innovation campus"], res["clusters"]


def test_a_clusters_share_of_the_nations_total_stays_the_clusters():
    res = extract([("heading", "가람과학단지 현황"),
                   "가람과학단지는 중국 허베이성의 과학단지다.",
                   "○ 가람과학단지의 유니콘 기업은 102개로 중국 전체의 약 3분의 1을 차지"], "ko")
    (s,) = stats_where(res, value=102.0)
    assert s["cluster_id"] is not None, s


def test_a_city_whose_name_ends_like_a_port_is_no_port():
    res = extract([("heading", "포항 수소 특화단지"),
                   "포항 수소 특화단지는 포항시 남구의 특화단지다.",
                   "시는 포항공대와 포항산업과학연구원 등 연구기관이 가까이 있어 기술을 함께 개발할 수 있다는 점을 강점으로 꼽는다."], "ko")
    assert "industry_academia" in factor_codes(res), res["success_factors"]


def test_a_firm_building_a_plant_in_the_complex_is_investment():
    res = extract([("heading", "가람 이차전지 특화단지"),
                   "가람 이차전지 특화단지는 울산에 지정된 특화단지다.",
                   "한 양극재 업체도 가람 이차전지 특화단지에 공장을 짓고 있다."], "ko")
    assert "investment_attraction" in factor_codes(res), res["success_factors"]


def test_the_count_of_kinds_a_cluster_is_one_of_is_no_figure():
    res = extract([("heading", "[중국] 가람 미래과학기술성 현황"),
                   "ㅇ 가람 미래과학기술성(Garam Future Sci-Tech City)은 2011년 중앙정부가 지정한 전국 4개 미래과학기술성 중 하나임."], "ko")
    assert not stats_where(res, value=4.0), res["statistics"]
