"""Forms met reading a Korean news story on an export complex, a Korean feature on a battery cluster, an English
entry on a Canadian research park, an English news story on a Gulf industrial valley, a Korean release on a port
city's complex, an English feature on a university town's science parks and an English profile of a Baltic
business campus, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_count_before_a_partitive_counts_the_noun_before_it():
    res = extract([("heading", "하람국가산업단지"), "하람국가산업단지 수출이 늘었다.",
                   "입주 기업 2천150곳 가운데 종업원 50인 미만 소기업이 87%를 차지한다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=2150.0)] == ["companies"], res["statistics"]


def test_a_complex_called_by_a_nickname_keeps_its_own_name():
    res = extract([("heading", "하람 이차전지 벨트"), "충북 청주시 하람과학산업단지는 요즘 '배터리 밸리'로 불린다.",
                   "단지에는 기업 60곳이 있다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["하람과학산업단지"], res["clusters"]
    assert "배터리 밸리" in res["clusters"][0]["aliases"], res["clusters"]


def test_a_city_called_by_a_nickname_is_named_by_it():
    res = extract([("heading", "오스틴"), "오스틴은 '실리콘 힐스'로 불린다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["실리콘 힐스"], res["clusters"]


def test_words_joined_by_a_plus_make_one_name_and_its_abbreviation_no_other():
    res = extract([("heading", "About"),
                   "The Harlow Research + Technology Park (R+T Park) is a research park on the north campus of Harlow University.",
                   "The R+T Park covers 120 acres."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Harlow Research + Technology Park"], res["clusters"]


def test_customs_duties_waived_are_government_support():
    res = extract([("heading", "Harlow Industrial Valley"), "Harlow Industrial Valley has 160 tenants.",
                   "Firms that move to the valley pay no customs duties on imported equipment."], "en")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_a_place_verb_covering_an_area_is_no_support():
    res = extract([("heading", "Harlow Square"), "Harlow Square is an innovation district with 40 firms.",
                   "Today it covers eight city blocks."], "en")
    assert "government_support" not in factor_codes(res), res["success_factors"]


def test_being_close_to_a_port_said_with_an_irregular_adjective_is_location():
    res = extract([("heading", "하람 국가산업단지"), "하람 국가산업단지에 기업 5곳이 투자를 확정했다.",
                   "시는 하람신항과 가깝고 연구기관이 인근에 있다는 점이 기업들의 선택을 이끌었다고 분석했다."], "ko")
    assert {"location_connectivity", "industry_academia"} <= factor_codes(res), res["success_factors"]


def test_a_university_named_by_where_it_is_is_no_industry_academia():
    res = extract([("heading", "하람 디스플레이단지"), "하람 디스플레이단지에는 협력사 80곳이 있다.",
                   "인근 대학 졸업생이 협력사의 주된 채용 창구다."], "ko")
    assert "industry_academia" not in factor_codes(res), res["success_factors"]


def test_a_tram_to_the_city_centre_in_minutes_is_a_travel_time():
    res = extract([("heading", "Harlow City campus"), "Harlow City is a business campus with 500 companies.",
                   "A tram line links it to the city centre in 15 minutes."], "en")
    assert [s["metric"] for s in stats_where(res, unit="hour")] == ["travel_time"], res["statistics"]


def test_or_so_between_a_number_and_its_noun_is_read_past():
    res = extract([("heading", "Harlow Science Park"), "The Harlow Science Park is fully let, and its 100 or so companies have a waiting list."], "en")
    assert [s["metric"] for s in stats_where(res, value=100.0)] == ["companies"], res["statistics"]


def test_what_the_county_needs_is_not_the_clusters():
    res = extract([("heading", "Harlow's science parks"), "The shortage has pushed some firms to nearby Harlow Science Park.",
                   "Local officials say the county needs 2 million square feet of new lab space by 2030."], "en")
    assert [s["cluster_id"] for s in stats_where(res, unit="m2")] == [None], res["statistics"]


def test_what_the_state_has_put_into_a_centre_is_still_the_centres():
    res = extract([("heading", "Harlow Biotech Centre"), "The Harlow Biotech Centre is an incubator park with 60 firms.",
                   "Since its founding the state has put roughly 78 million euros into the centre."], "en")
    assert [s["cluster_id"] for s in stats_where(res, unit="EUR")] == [res["clusters"][0]["cluster_id"]], res["statistics"]


def test_an_agency_named_after_the_cluster_is_no_cluster():
    res = extract([("heading", "Whatever happened to Harlow Digital City?"),
                   "When the government launched Harlow Digital City in 2010, it had perhaps 200 companies.",
                   "Harlow Digital City UK, the agency set up to promote the cluster, was merged into another body in 2018."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Harlow Digital City"], res["clusters"]


def test_a_complex_named_by_its_province_and_by_its_cities_is_one():
    res = extract([("heading", "경남 항공국가산단 입주 수요 조사"),
                   "경남도는 진주·사천 항공국가산업단지 입주 수요를 파악하기 위해 기업 180곳을 대상으로 설문조사를 했다.",
                   "진주·사천 항공국가산단은 총면적 164만㎡ 규모로 조성 중이다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]


def test_a_provinces_cluster_and_a_citys_cluster_of_one_industry_stay_two():
    res = extract([("heading", "바이오 클러스터 비교"), "경기 바이오 클러스터에는 기업 300곳이 있다.",
                   "성남 바이오 클러스터에는 기업 120곳이 있다."], "ko")
    assert len(res["clusters"]) == 2, res["clusters"]
