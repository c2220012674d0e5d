"""Forms met reading a Korean city's release on a tech district's tenants, a Swedish science-park entry and
English features naming a cluster by the place it stands in, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_the_level_a_change_started_from_dates_neither_the_level_now_nor_the_next_sentence():
    res = extract([("heading", "동대구 벤처밸리 입주기업 120곳 넘어"),
                   "대구시는 동대구 벤처밸리 입주기업이 지난해 말 기준 126곳으로 집계됐다고 밝혔다. 2019년 31곳에서 4년 만에 4배 넘게 늘었다.",
                   "업종별로는 정보통신기술(ICT) 기업이 97곳으로 전체의 77%를 차지했다."], "ko")
    (base,) = stats_where(res, value=31.0)
    assert base["period_start"] == "2019-01-01" and base["metric"] == "companies", base
    for v in (97.0, 77.0):
        (s,) = stats_where(res, value=v)
        assert s["period_start"] is None, s


def test_job_fairs_are_talent_and_matchmaking_between_researchers_and_industry_is_a_link():
    res = extract([("heading", "동대구 벤처밸리 현황"),
                   "동대구 벤처밸리는 대구의 ICT 산업 집적지다.",
                   "시는 지역 대학과 연계한 채용 설명회를 열고 있다."], "ko")
    assert "talent" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Lindholmen Science Park"),
                   "Lindholmen Science Park is a science park in Gothenburg.",
                   "It organises an annual matchmaking day between researchers and industry."], "en")
    assert {"collaboration_network", "industry_academia"} <= factor_codes(res), res["success_factors"]


def test_a_place_set_apart_as_anothers_hub_is_a_cluster():
    res = extract([("heading", "Drug discovery in China"),
                   "Caohejing, Shanghai's microelectronics hub, has 1,200 technology firms."], "en")
    (c,) = res["clusters"]
    assert c["name"] == "Caohejing", c
    (s,) = stats_where(res, value=1200.0)
    assert s["cluster_id"] == c["cluster_id"], s


def test_a_place_standing_for_the_one_park_named_after_it_is_that_park():
    res = extract([("heading", "Taiwan's chip park"),
                   "Hsinchu Science Park was founded in 1980.",
                   "Hsinchu, Taiwan's Silicon Valley, has 600 firms."], "en")
    assert [c["cluster_id"] for c in res["clusters"]] == ["hsinchu-science-park"], res["clusters"]


# ... and from a report's case study of a Basque manufacturing cluster and a Korean column on a tech valley.

def test_the_name_set_after_a_described_cluster_between_commas_is_its_name():
    res = extract([("heading", "3. Case study"),
                   "The Basque Country's aeronautics cluster, HEGAN Cluster, groups some 60 makers, component suppliers "
                   "and research centres around Bilbao."], "en")
    (c,) = res["clusters"]
    assert c["name"] == "HEGAN Cluster" and c["country"] == "ES", c
    (s,) = stats_where(res, value=60.0)
    assert s["metric"] == "companies", s


def test_technology_centres_are_rd_infrastructure():
    res = extract([("heading", "HEGAN Cluster"),
                   "HEGAN Cluster is an aeronautics cluster in Bilbao.",
                   "Members credit the technology centres of the region for their growth."], "en")
    assert "rd_infrastructure" in factor_codes(res), res["success_factors"]


def test_a_location_close_to_a_city_and_big_firms_like_named_ones_are_claims():
    res = extract([("heading", "[기고] 광교의 다음 10년"),
                   "광교테크노밸리가 문을 연 지 10년이 넘었다.",
                   "성공 비결은 서울과 가까운 입지, 삼성전자 같은 대기업의 존재다."], "ko")
    assert {"location_connectivity", "anchor_firms"} <= factor_codes(res), res["success_factors"]
