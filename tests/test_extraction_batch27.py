"""Phrasings met in development batch 27 (a Korean story on a semiconductor cluster being built,
a Canadian technology park's census, a Korean survey release on a national food cluster, an
Estonian business campus's profile), written here in other words: names that begin with a
capital outside ASCII, a country's possessive as the determiner of a copula ('X is Denmark's
largest …'), an appositive that reports what someone calls the place, a Korean headline's
cluster when no other rule finds one, and the claims and metrics those documents put in new
words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_name_with_a_capital_outside_ascii_and_a_possessive_determiner():
    res = extract(["Øresund Works is Denmark's biggest engineering campus.", "It hosts about 120 firms."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Øresund Works"]
    assert all(s["cluster_id"] == res["clusters"][0]["cluster_id"] for s in res["statistics"])


def test_an_appositive_reporting_what_someone_calls_the_place():
    res = extract(["Brightfield Commons, which the regional agency describes as the state's leading science park, "
                   "counts 75 tenants."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Brightfield Commons"]
    res = extract(["Brightfield Commons, which opened in 2001, is next to a park."], "en")
    assert res["clusters"] == []


def test_a_korean_headline_names_the_cluster_when_nothing_else_does():
    res = extract([("heading", "국가해양바이오클러스터 입주업체 현황 공개"),
                   "올해 국가해양바이오클러스터 입주업체는 45개로 늘었다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["국가해양바이오클러스터"]
    assert res["clusters"][0]["name"].startswith("National")
    assert [s["cluster_id"] for s in res["statistics"]] == [res["clusters"][0]["cluster_id"]]
    # generic words before the head name no cluster: a policy's name
    res = extract([("heading", "지역혁신클러스터 예산 확대"), "지역혁신클러스터 예산은 300억원이다."], "ko")
    assert res["clusters"] == []


def test_claims_in_the_words_of_batch_27():
    res = extract(["Norfield Park is a technology park in Leeds.",
                   "Two carmakers keep plants there, and that drew suppliers to the estate.",
                   "The park's growth owes a great deal to the engineers trained at the local college.",
                   "A light-rail line brings staff from the station in 12 minutes.",
                   "Every month tenants meet to swap ideas."], "en")
    assert {"anchor_firms", "talent", "location_connectivity", "collaboration_network"} <= factor_codes(res)
    for claim, code in (("기업들은 기존 생산거점과 가까운 점을 장점으로 꼽는다.", "location_connectivity"),
                        ("정부는 이곳을 규제자유특구로 지정했다.", "government_support"),
                        ("입주 이유로는 세제 감면이 가장 많았다.", "government_support")):
        res = extract(["청주 오창과학산업단지는 첨단 산업단지다.", claim], "ko")
        assert factor_codes(res) == {code}, claim
        assert [c["name_ko"] for c in res["clusters"]] == ["오창과학산업단지"]  # a kind of zone is no cluster


def test_metrics_in_the_words_of_batch_27():
    res = extract(["Norfield Park is a technology park in Leeds.",
                   "The station is 12 minutes by bus.",
                   "Its tenants spend £300 million a year on research and development."], "en")
    assert stats_where(res, value=0.2, metric="travel_time")
    assert stats_where(res, unit="GBP", metric="rd_spending")
    res = extract(["청주 오창과학산업단지는 첨단 산업단지다.",
                   "투자 규모는 3조원이다.",
                   "단지에는 5개 기업지원시설이 있다."], "ko")
    assert stats_where(res, unit="KRW", metric="investment")
    assert stats_where(res, value=5, metric="other")
