"""Forms met reading English and Korean stories on a Korean research town, a US innovation district's
profile and a Korean report's case study of a Nordic city, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_date_a_count_has_run_since_dates_no_figure():
    res = extract([("heading", "광주특구의 고민"),
                   "광주연구개발특구는 광주의 연구단지다.",
                   "특구 내 연구소기업은 2011년 1호 설립 이후 지난해까지 310곳을 넘어섰지만, 이 가운데 매출 10억원 이상을 올리는 기업은 12%에 그친다."], "ko")
    for v in (310.0, 12.0):
        (s,) = stats_where(res, value=v)
        assert s["period_start"] is None, s


def test_the_sales_bound_that_makes_a_group_of_firms_is_no_figure():
    res = extract([("heading", "광주특구 현황"),
                   "광주연구개발특구는 광주의 연구단지다.",
                   "연구소기업 가운데 매출 10억원 이상을 올리는 기업은 12%에 그친다."], "ko")
    assert not stats_where(res, unit="KRW"), res["statistics"]
    assert stats_where(res, value=12.0), res["statistics"]


def test_a_report_case_heading_naming_a_place_names_the_cluster_it_studies():
    res = extract([("heading", "4. 해외 사례: 스웨덴 룬드"),
                   "룬드는 인구 12만 명의 스웨덴 남부 대학 도시로, 생명과학 기업이 모여 있다.",
                   "현재 룬드의 생명과학 기업은 약 400개로 추정된다."], "ko")
    (c,) = res["clusters"]
    assert c["country"] == "SE", c
    (s,) = stats_where(res, value=400.0)
    assert s["cluster_id"] == c["cluster_id"], s


def test_people_who_lost_their_jobs_are_jobs_lost():
    res = extract([("heading", "오울루"),
                   "오울루는 핀란드 북부의 ICT 클러스터다.",
                   "2012년 노키아의 사업 부진으로 약 4,000명이 일자리를 잃었다."], "ko")
    (s,) = stats_where(res, value=4000.0)
    assert s["metric"] == "jobs_change" and s["metric_label"] == "jobs lost", s


def test_regional_offices_of_named_firms_are_anchors_and_build_out_money_is_investment():
    res = extract([("heading", "About Midtown Innovation District"),
                   "Midtown Innovation District is an innovation district in Atlanta.",
                   "It is home to regional offices of Microsoft, Siemens and NCR.",
                   "Another $1.5 billion is planned at full build-out."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
    (s,) = stats_where(res, value=1.5e9)
    assert s["metric"] == "investment", s
