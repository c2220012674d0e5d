"""Phrasings met in development batch 18 (a Korean encyclopedia entry on a domestic bio complex,
an English feature on a docklands tech quarter, a tenant-survey release, a Korean news story on an
innovation district), written here in other words: several quoted names something is called by, a
date written in words after a 'Date:' label, a count compared back with a qualifier ('up from fewer
than 500'), a survey's respondents ('completed by 60 of ...'), a Korean list ranked by its figures,
and claims said as an agency courting firms, firms choosing a place for their bases, European
headquarters, a short walk, shared test equipment, a national designation."""
from pipeline.textlayer.web import parse_web_text
from tests.helpers import clusters_by_id, extract, factor_codes, stats_where


def test_every_quoted_name_of_a_list_is_another_name_of_the_subject():
    res = extract(["광주첨단과학산업단지는 광주 북구에 조성된 국가산업단지다. 흔히 '첨단산단' 또는 '광주 광산업 클러스터'로 불린다.",
                   "첨단산단에는 기업 600여 곳이 입주해 있다."], "ko")
    cs = clusters_by_id(res)
    assert len(cs) == 1, cs
    (c,) = cs.values()
    assert {"첨단산단", "광주 광산업 클러스터"} <= set(c["aliases"])
    assert stats_where(res, value=600)[0]["cluster_id"] == c["cluster_id"]


def test_a_labelled_date_written_in_words():
    page, meta = parse_web_text("Annual park survey\nDate: 3 March 2021\nSource: the park office\n"
                                "The survey covered 80 firms.")
    assert meta["published"] == "2021-03-03"
    assert "3 March 2021" not in page.text


def test_a_count_compared_back_with_a_qualifier_keeps_its_label():
    res = extract(["Harbour Quarter is a tech district in Cork.",
                   "Some 3,000 people now work for software firms there, up from fewer than 500 in 2010."], "en")
    (old,) = stats_where(res, value=500)
    assert old["metric"] == "employees" and old["qualifier"] == "at_most" and old["period_start"] == "2010-01-01"


def test_respondents_who_completed_a_survey_are_its_scope():
    res = extract(["The yearly survey of Harbour Quarter was completed by 48 of its 90 member firms."], "en")
    assert stats_where(res, value=48)[0]["metric"] == "study_scope"
    assert stats_where(res, value=90)[0]["metric"] == "companies"


def test_a_ranked_korean_list_counts_what_its_first_item_counts():
    res = extract(["광주첨단과학산업단지는 광주 북구에 있다.",
                   "업종별로는 광산업 기업이 120곳으로 가장 많고 자동차부품 80곳, 금형 35곳 순이었다."], "ko")
    assert {s["metric"] for s in res["statistics"]} == {"companies"}


def test_claims_in_new_words():
    res = extract(["Harbour Quarter is a tech district in Cork.",
                   "The regional development agency courted a dozen American software companies after 2005.",
                   "Harbour Quarter now holds the European headquarters of three cloud providers.",
                   "The quarter is a short walk from the main station."], "en")
    got = factor_codes(res)
    assert {"investment_attraction", "anchor_firms", "location_connectivity"} <= got
    res = extract(["광주첨단과학산업단지는 1990년 국가산업단지로 지정됐다.",
                   "단지 안에는 기업들이 함께 쓰는 시험설비가 마련돼 있다."], "ko")
    got = factor_codes(res)
    assert {"government_support", "rd_infrastructure"} <= got
    # a place merely designated by a city is no claim of government support
    res = extract(["광주시는 첨단산단 일대에 지정된 특화단지에 기업 10곳이 입주를 확정했다고 밝혔다."], "ko")
    assert "government_support" not in factor_codes(res)
