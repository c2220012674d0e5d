"""Forms met reading an English occupier survey of three science parks, a Korean story on a small R&D
special zone, a KOTRA brief on a German technology cluster and an encyclopedia entry on a Chinese
industrial park, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_survey_across_a_list_of_parks_and_the_sentence_after_it_belong_to_none_of_them():
    res = extract([("heading", "Survey: Cambridgeshire science parks report record demand"),
                   "The survey of 180 occupiers across Granta Park, Babraham Research Campus and Cambridge Science Park found "
                   "that 58% plan to take more laboratory space.",
                   "Two-thirds said proximity to the University of Cambridge was important to their choice of location."], "en")
    (s,) = stats_where(res, value=58.0)
    assert s["cluster_id"] is None, s
    assert all(f["cluster_id"] is None for f in res["success_factors"]), res["success_factors"]


def test_a_barrier_to_attracting_staff_and_hiring_that_has_become_harder_are_no_talent_factor():
    res = extract([("heading", "Granta Park occupier survey"),
                   "Granta Park is a science park near Cambridge.",
                   "Recruitment remains the main worry: 66% said hiring technicians had become harder, "
                   "and 41% cited housing costs as a barrier to attracting staff."], "en")
    assert "talent" not in factor_codes(res), res["success_factors"]


def test_a_small_special_zone_named_by_its_industry_is_the_zone_named_by_its_kind():
    res = extract([("heading", "[현장] 진주 항공우주 특구 매출 두 배로"),
                   "경남 진주의 강소연구개발특구가 지정 5년 만에 입주기업 매출을 두 배로 끌어올렸다.",
                   "진주 강소특구의 면적은 1.1㎢다."], "ko")
    assert len(res["clusters"]) == 1, [c["name_ko"] for c in res["clusters"]]


def test_test_and_certification_equipment_is_rd_infrastructure():
    res = extract([("heading", "진주 강소특구 현황"),
                   "진주 강소특구는 경남 진주의 강소연구개발특구다.",
                   "입주 기업들은 연구원의 시험 인증 장비를 가까이에서 쓸 수 있는 점을 가장 큰 장점으로 꼽았다."], "ko")
    assert "rd_infrastructure" in factor_codes(res), res["success_factors"]


def test_a_place_and_technology_before_cluster_name_a_cluster():
    res = extract([("heading", "[독일] 뮌헨 기술 클러스터 현황"),
                   "ㅇ 대학과 기업이 같은 건물에서 공동 연구를 수행함."], "ko")
    (c,) = res["clusters"]
    assert c["country"] == "DE" and c["name_en"] == "Munich Tech Cluster", c
    assert all(f["cluster_id"] == c["cluster_id"] for f in res["success_factors"]), res["success_factors"]


def test_a_cluster_named_only_under_see_also_is_no_cluster_of_the_entry():
    res = extract([("heading", "Wuxi National Hi-tech District"),
                   "Wuxi National Hi-tech District is a development zone in Wuxi, Jiangsu, established in 1992.",
                   "It covers an area of 220 square kilometres.",
                   ("heading", "See also"),
                   "Suzhou Industrial Park"], "en")
    assert [c["cluster_id"] for c in res["clusters"]] == ["wuxi-national-hi-tech-district"], res["clusters"]


# ... and from an English wire story on a Korean energy cluster and a Korean release on an innovation city.

def test_a_name_the_cluster_is_known_by_joins_the_cluster_named_before_it():
    res = extract([("heading", "Energy cluster draws record pledges"),
                   "NAJU, South Korea — Investment pledges in the energy cluster around the headquarters of Korea Electric "
                   "Power Corp. (KEPCO) climbed to 2.1 trillion won last year.",
                   "Some 590 companies have signed investment agreements with KEPCO and the local governments since 2015, and "
                   "400 of them operate in the Hanbit Energy Valley, as the cluster is known."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Hanbit Energy Valley"], res["clusters"]
    (part,) = stats_where(res, value=400.0)
    assert part["metric"] == "companies" and part["cluster_id"] == res["clusters"][0]["cluster_id"], part


def test_a_kind_said_of_a_named_cluster_names_no_second_cluster():
    res = extract([("heading", "Hanbit Energy Valley"),
                   "Hanbit Energy Valley is an energy cluster in Naju."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Hanbit Energy Valley"], res["clusters"]


def test_the_name_a_korean_cluster_is_called_by_before_it_is_another_name_of_it():
    res = extract([("heading", "진천·음성 혁신도시 인구 3만명 돌파"),
                   "충북혁신도시로 불리는 진천·음성 혁신도시의 인구가 조성 10년 만에 3만명을 넘었다."], "ko")
    (c,) = res["clusters"]
    assert "충북혁신도시" in c["aliases"], c


def test_the_bare_kind_of_the_one_cluster_the_text_is_about_is_that_cluster():
    res = extract([("heading", "진천·음성 혁신도시 인구 3만명 돌파"),
                   "진천·음성 혁신도시의 인구가 조성 10년 만에 3만명을 넘었다.",
                   "충북도에 따르면 지난달 말 기준 혁신도시 인구는 3만1,204명으로, 1년 전보다 4.2% 늘었다.",
                   "이전 공공기관 직원의 가족 동반 이주율은 41.5%로 전국 평균(53.7%)에 못 미쳤다."], "ko")
    cid = res["clusters"][0]["cluster_id"]
    for v in (31204.0, 4.2, 41.5):
        (s,) = stats_where(res, value=v)
        assert s["cluster_id"] == cid, s
    (nation,) = stats_where(res, value=53.7)
    assert nation["cluster_id"] is None, nation


def test_a_port_firms_chose_a_complex_for_is_its_location():
    res = extract([("heading", "새만금 국가산업단지 투자 10조원 돌파"),
                   "새만금 국가산업단지는 전북 군산의 국가산업단지다.",
                   "기업들은 새만금을 택한 이유로 넓은 부지와 항만을 꼽았다."], "ko")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]
