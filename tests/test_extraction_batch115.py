"""Forms met reading a Korean province's survey of its techno valley, an English association's survey of science
parks and a KOTRA brief on a German university's research campus, written here in other words."""
from tests.helpers import extract, stats_where


def test_the_parts_of_an_amount_given_after_of_these_measure_the_same():
    res = extract([("heading", "가람테크노밸리 실태조사"),
                   "가람테크노밸리 입주기업의 지난해 매출은 80조 원으로 전년보다 12% 늘었다. "
                   "이 가운데 제1가람테크노밸리가 70조 원으로 87.5%를 차지했고, 제2가람테크노밸리는 10조 원이었다."], "ko")
    for v in (70e12, 10e12):
        (s,) = stats_where(res, value=v)
        assert s["metric"] == "revenue", s


def test_the_size_a_share_of_firms_employs_fewer_than_is_no_figure():
    res = extract([("heading", "Kestrel Science Park tenant survey"),
                   "Kestrel Science Park is a science park in Leeds, United Kingdom.",
                   "Three quarters of the tenant companies at Kestrel Science Park employ fewer than 15 people."], "en")
    assert not stats_where(res, value=15.0), res["statistics"]


def test_a_universitys_campus_said_to_be_a_research_complex_is_a_cluster():
    res = extract([("heading", "[독일] 연구 캠퍼스 현황"),
                   "ㅇ 카를스공대 캠퍼스(Karls Tech Campus)는 독일 카를스루에 북부에 조성 중인 연구 단지로, 12개 연구 클러스터가 들어설 예정임."], "ko")
    assert "Karls Tech Campus" in {c["name"] for c in res["clusters"]}, res["clusters"]


def test_a_universitys_own_campus_is_still_no_cluster():
    res = extract([("heading", "[미국] 텍사스 반도체 인력"),
                   "ㅇ 텍사스대 오스틴캠퍼스(UT Austin)는 반도체 인력을 매년 1,000명 배출함."], "ko")
    assert "UT Austin" not in {c["name"] for c in res["clusters"]}, res["clusters"]


def test_a_single_fiscal_year_is_the_financial_year_ending_in_it():
    res = extract([("heading", "Kovalam Technopark"),
                   "Kovalam Technopark is an IT park in Thiruvananthapuram, India.",
                   "Software exports from Kovalam Technopark reached Rs 13,255 crore in FY2024."], "en")
    (s,) = stats_where(res, unit="INR")
    assert (s["period_start"], s["period_end"]) == ("2023-04-01", "2024-03-31"), s


def test_the_agent_after_by_is_not_what_grew():
    res = extract([("heading", "Kovalam Technopark"),
                   "Kovalam Technopark is an IT park in Thiruvananthapuram, India.",
                   "Software exports by companies in the park rose 56% in four years."], "en")
    (s,) = stats_where(res, value=56.0)
    assert s["metric"] == "growth" and s["metric_label"] == "exports growth", s


def test_a_name_after_a_dateline_set_before_the_kind_it_is_is_a_cluster():
    res = extract([("heading", "Tenancy climbs for third year"),
                   "BUSAN — The Marine Media City in Suyeong-gu, the media and IT complex built on a former dock, now houses 310 firms."], "en")
    (s,) = stats_where(res, value=310.0)
    names = {c["cluster_id"]: c["name"] for c in res["clusters"]}
    assert names.get(s["cluster_id"]) == "Marine Media City", (s, names)


def test_the_year_of_the_level_a_figure_rose_from_dates_only_that_level():
    res = extract([("heading", "Kestrel Science Park"),
                   "Kestrel Science Park is a science park in Leeds, United Kingdom.",
                   "The occupancy rate of Kestrel Science Park rose to 94.5 percent, from 80 percent in 2008."], "en")
    (s,) = stats_where(res, value=94.5)
    assert s["period_start"] is None, s
    (t,) = stats_where(res, value=80.0)
    assert t["period_start"] == "2008-01-01", t
