"""Forms met reading a Korean quarterly release on two industrial complexes run as one, a feature on
fifty years of Korean industrial complexes, an Estonian science-park feature, a release on an energy
cluster around a utility's head office and stories about company towns, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_place_owned_park_in_lower_case_is_the_park_named_in_capitals():
    res = extract([("heading", "How an old barracks became Narva's science park"),
                   "Narva Science Park rents offices to 80 young companies."], "en")
    assert [c["cluster_id"] for c in res["clusters"]] == ["narva-science-park"], res["clusters"]
    (s,) = stats_where(res, value=80.0)
    assert s["cluster_id"] == "narva-science-park", s


def test_two_numbered_complexes_run_as_one_are_one_named_cluster():
    res = extract([("heading", "청주 1·2산업단지 생산 늘어"),
                   "청주 1·2산업단지의 입주기업은 245곳이다."], "ko")
    (c,) = res["clusters"]
    assert c["name_ko"].replace(" ", "") == "청주1·2산업단지", c
    (s,) = stats_where(res, value=245.0)
    assert s["cluster_id"] == c["cluster_id"], s


def test_a_breakdown_opened_by_byeollo_measures_what_the_sentence_before_measured():
    res = extract([("heading", "오창과학산업단지 3분기 생산"),
                   "오창과학산업단지의 3분기 생산액은 2조1000억원으로 집계됐다.",
                   "단지별로는 1단지가 1조2000억원, 2단지가 9000억원이었다."], "ko")
    for v in (1.2e12, 9e11):
        (s,) = stats_where(res, value=v)
        assert s["metric"] == "revenue", s


def test_complexes_counted_nationwide_are_no_clusters_figure_and_are_counted_as_complexes():
    res = extract([("heading", "산업단지 60년, 9만 기업의 터전"),
                   "1962년 울산공업지구가 지정된 뒤 산업단지는 전국으로 퍼졌다.",
                   "지난해 말 전국에 지정된 산업단지는 1274곳이다.",
                   "작지만 제주에도 산업단지 6곳이 있다.",
                   "제주 산업단지 입주기업은 91개사, 고용 인원은 1300여명이다."], "ko")
    (s,) = stats_where(res, value=1274.0)
    assert s["cluster_id"] is None and s["metric_label"] == "industrial complexes", s
    (s,) = stats_where(res, value=6.0)
    assert s["cluster_id"] is None and s["metric_label"] == "industrial complexes", s
    for v in (91.0, 1300.0):
        (s,) = stats_where(res, value=v)
        assert s["cluster_id"] is None, s


def test_firms_located_in_a_complex_are_still_counted_as_firms():
    res = extract([("heading", "원주 기업 입주 현황"),
                   "원주 의료기기 클러스터 입주기업은 126개다.",
                   "이 가운데 문막 일반산업단지에 58개, 태장 농공단지에 21개, 기업도시에 47개 기업이 입주해 있다."], "ko")
    for v in (58.0, 21.0):
        (s,) = stats_where(res, value=v)
        assert s["metric"] == "companies", s


def test_complexes_the_brief_compares_are_its_scope():
    res = extract([("heading", "동남권 첨단 산업단지 비교"),
                   "이 브리프는 동남권의 첨단 업종 산업단지 4곳의 입주 현황을 비교한 것이다."], "ko")
    (s,) = stats_where(res, value=4.0)
    assert s["metric"] == "study_scope", s


def test_a_pledged_investment_amount_is_investment():
    res = extract([("heading", "나주 에너지밸리 투자 현황"),
                   "나주 에너지밸리의 투자 협약 기업은 530곳, 투자 약정액은 1조8천억원이다."], "ko")
    (s,) = stats_where(res, unit="KRW")
    assert s["metric"] == "investment", s


def test_a_head_office_the_area_is_described_by_is_an_anchor_of_the_cluster_after_the_landmark():
    res = extract([("heading", "에너지밸리 투자기업 500곳 돌파"),
                   "한국전력 본사가 있는 나주 혁신도시 일대 에너지밸리에 투자를 약속한 기업이 500곳을 넘었다."], "ko")
    rows = [f for f in res["success_factors"] if f["factor"] == "anchor_firms"]
    ids = {c["cluster_id"]: c["name_ko"] for c in res["clusters"]}
    assert rows and all("에너지밸리" in (ids.get(f["cluster_id"]) or "") for f in rows), (rows, ids)


def test_a_company_town_is_a_cluster():
    res = extract([("heading", "Life in Ingolstadt"),
                   "Ingolstadt, a company town shaped by the Audi works, has 140,000 inhabitants."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Ingolstadt"], res["clusters"]
    (s,) = stats_where(res, value=140000.0)
    assert s["cluster_id"] == res["clusters"][0]["cluster_id"], s


def test_a_country_and_prefecture_before_a_korean_company_town_are_no_part_of_its_name():
    res = extract([("heading", "가리야시 르포"),
                   "일본 아이치현 가리야시는 부품 기업들이 먹여 살리는 대표적인 기업도시다."], "ko")
    (c,) = res["clusters"]
    assert c["name_ko"] == "가리야시" and c["country"] == "JP", c


# ... and from a US research park's annual report, a Korean encyclopedia entry on a national complex and
# an English feature on a drone business park, written here in other words.

def test_tax_revenues_and_operating_expenses_are_no_revenue():
    res = extract([("heading", "Desert Tech Park annual report"),
                   "Desert Tech Park is a research park in Tucson.",
                   "The park generated $41.2 million in tax revenues.",
                   "Operating revenues were $9.4 million and operating expenses $6.1 million."], "en")
    (tax,) = stats_where(res, value=41.2e6)
    (cost,) = stats_where(res, value=6.1e6)
    (rev,) = stats_where(res, value=9.4e6)
    assert tax["metric"] != "revenue" and cost["metric"] != "revenue" and rev["metric"] == "revenue", (tax, cost, rev)


def test_a_figure_listed_after_one_compared_with_a_whole_is_the_wholes_too():
    res = extract([("heading", "Desert Tech Park annual report"),
                   "Desert Tech Park is a research park in Tucson.",
                   "Its vacancy rate was 3.1%, against 10.2% in the metro area and 15.5% nationally."], "en")
    (own,) = stats_where(res, value=3.1)
    (nation,) = stats_where(res, value=15.5)
    assert own["cluster_id"] == "desert-tech-park" and nation["cluster_id"] is None, (own, nation)


def test_moving_production_abroad_is_no_success_factor():
    res = extract([("heading", "구미국가산업단지"),
                   "구미국가산업단지는 경상북도 구미시의 국가산업단지다.",
                   "2010년대에는 대기업 생산라인의 해외 이전으로 가동률이 떨어졌다."], "ko")
    assert not res["success_factors"], res["success_factors"]


def test_a_us_state_in_a_dateline_places_the_cluster_in_the_us():
    for dateline in ("FARGO, N.D. —", "FARGO, North Dakota —"):
        res = extract([("heading", "Drone firms land on the prairie"),
                       f"{dateline} Prairie Sky is a business park for unmanned aircraft."], "en")
        (c,) = res["clusters"]
        assert c["country"] == "US", (dateline, c)
