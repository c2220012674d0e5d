"""Phrasings met in development batch 24 (a Korean column on a domestic aerospace cluster, an
English story on a city's AI ecosystem, a Korean municipal survey release), written here in other
words: a cluster named by the places of the area it lies in (X·Y 일대의 항공우주 클러스터), English
names of places joined by a middle dot, a survey's target firms and its respondents, money raised
in funding rounds, firms opening labs in a city, suppliers gathering round a large firm, people
trained by local colleges, proximity to the large firm and to a port."""
from pipeline.extract.clusters_ko import translate_korean_name
from tests.helpers import clusters_by_id, extract, factor_codes, stats_where


def test_a_cluster_named_by_the_area_it_lies_in():
    res = extract(["창원·김해 일대의 로봇 클러스터는 국내 로봇 기업이 가장 많이 모인 곳이다.",
                   "이 클러스터에는 로봇 기업 90여 곳이 있다."], "ko")
    (c,) = clusters_by_id(res).values()
    assert c["name_ko"] == "창원·김해 로봇 클러스터" and c["name_en"].startswith("Changwon-Gimhae")
    assert stats_where(res, value=90)[0]["cluster_id"] == c["cluster_id"]
    assert translate_korean_name("반월·시화 국가산업단지", domestic=True) == "Banwol-Sihwa National Industrial Complex"


def test_a_surveys_target_firms_and_respondents_are_its_scope():
    res = extract(["시는 녹산국가산업단지 입주기업 500곳을 대상으로 지난해 경영 실태조사를 벌였다.",
                   "조사에 응한 기업은 320곳이다."], "ko")
    assert {s["metric"] for s in res["statistics"]} == {"study_scope"}


def test_funding_rounds_and_labs_opened_in_a_city():
    res = extract(["Toronto's AI ecosystem keeps growing.",
                   "Local start-ups raised more than US$300 million in three funding rounds.",
                   "Several global firms open research labs in the city to hire graduates."], "en")
    assert stats_where(res, value=3e8)[0]["metric"] == "venture_capital"
    assert "investment_attraction" in factor_codes(res)


def test_suppliers_gathering_people_trained_and_proximity_in_korean():
    res = extract(["창원국가산업단지는 창원에 있다.",
                   "대형 체계기업 공장 주변으로 협력업체들이 모여들었다.",
                   "지역 대학이 정비 인력을 길러 낸다.",
                   "입주 기업들은 원청 대기업과의 거리와 부산항을 통한 물류 편의를 장점으로 꼽았다."], "ko")
    assert {"anchor_firms", "talent", "location_connectivity"} <= factor_codes(res)
