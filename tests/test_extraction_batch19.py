"""Phrasings met in development batch 19 (a Korean provincial survey release on a techno valley,
an English news story on a city's robotics cluster, a Korean trade-office profile of a Japanese
biomedical cluster), written here in other words: a quoted name after a descriptor and a comma,
a headline's figures joined by an ellipsis, a year compared with in brackets ('2021년(…)보다'),
the figures of '이 가운데' dated as those before, a ranked list that is no continuation of the
previous sentence, a workforce share that is no talent claim, 'since 2012' in a dated story,
'perhaps 40', money a city bears (부담)."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_quoted_name_after_a_descriptor_and_a_comma():
    res = extract([("heading", "독일 최대의 바이오 클러스터, '마르틴스리트 생명과학캠퍼스'"),
                   "이곳에는 바이오 기업 120여 곳이 모여 있다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert "마르틴스리트 생명과학캠퍼스" in names, names
    assert stats_where(res, value=120)[0]["cluster_id"] is not None


def test_a_headline_ellipsis_ends_a_figure_phrase():
    res = extract([("heading", "광교테크노밸리 입주기업 410개…올해 매출 12조원 넘어"),
                   "광교테크노밸리는 수원에 있다."], "ko", published="2022-11-01")
    assert stats_where(res, value=410)[0]["metric"] == "companies"


def test_a_year_compared_with_in_brackets():
    res = extract(["광교테크노밸리 입주기업의 2022년 매출은 12조원으로 2021년(10조원)보다 20% 늘었다.",
                   "이 가운데 바이오 기업의 매출이 3조원을 차지했다."], "ko")
    (old,) = stats_where(res, value=1e13)
    assert old["metric"] == "revenue" and old["period_start"] == "2021-01-01"
    assert stats_where(res, value=1.2e13)[0]["period_start"] == "2022-01-01"
    assert stats_where(res, value=3e12)[0]["period_start"] == "2022-01-01"  # 이 가운데: of the figures before


def test_a_ranked_list_is_not_a_continuation_and_keeps_its_shares():
    res = extract(["광교테크노밸리의 임직원은 1만명으로 전년보다 800명(8.7%) 늘었다.",
                   "연령대는 30대가 40%로 가장 많았고 40대 30%, 20대 20% 순이었다."], "ko")
    assert {s["metric"] for s in res["statistics"] if s["value"] in (40, 30, 20)} == {"share"}


def test_a_workforce_share_is_no_talent_claim():
    res = extract(["광교테크노밸리 전체 임직원 가운데 연구인력은 31%, 여성인력은 28%를 차지했다."], "ko")
    assert "talent" not in factor_codes(res)


def test_since_a_year_in_a_dated_story_and_perhaps():
    res = extract(["Pittsburgh's robotics cluster grew out of the steel mills.",
                   "Since 2014, robotics firms there have raised $2 billion in venture capital.",
                   "Back then there were perhaps 30 robotics companies in the city."], "en", published="2020-03-01")
    (vc,) = stats_where(res, value=2e9)
    assert (vc["period_start"], vc["period_end"]) == ("2014-01-01", "2020-12-31")
    assert stats_where(res, value=30)[0]["qualifier"] == "approx"


def test_money_a_city_bears_is_investment():
    res = extract(["고베 의료산업도시의 사업비는 약 4,000억 엔이며, 이 중 고베시가 600억 엔을 부담했다."], "ko")
    assert stats_where(res, value=6e10)[0]["metric"] == "investment"
