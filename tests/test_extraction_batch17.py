"""Phrasings met in development batch 17 (an encyclopedia entry on an Indian IT park, a Korean
monthly industrial-complex release, an English news story, a Korean agency profile), written here
in other words: the Indian grouping of money (crore, lakh), figures dated 'by 2003', 'three years
ago', a bare 상반기 or '6월 말 현재' in a dated release, a year with a name between it and its
figure; a count with its change verb right after it; a count of people after a count of firms;
an amount compared with a year before, a ranking continued in the next sentence; a known cluster's
name with industry words and a generic head; the wider cluster the topic belongs to."""
from tests.helpers import clusters_by_id, extract, stats_where


def test_crore_and_lakh_scale_rupees():
    res = extract(["Infopark is an IT park in Kochi.",
                   "Its firms exported services worth ₹8,500 crore last year and paid Rs 40 lakh in fees."], "en")
    (rupees,) = stats_where(res, value=8.5e10)
    assert rupees["unit"] == "INR" and rupees["metric"] == "exports"
    assert stats_where(res, value=4e6, unit="INR")


def test_dates_a_figure_stands_at():
    res = extract(["Lakeside Science Park lies north of Tampere.", "By 2011 it counted 140 companies."], "en")
    (s,) = stats_where(res, value=140)
    assert (s["period_start"], s["period_end"]) == ("2011-01-01", "2011-12-31")
    # a change verb before 'by' makes the number a change, not a date
    res = extract(["Lakeside Science Park lies north of Tampere.", "Its staff rose by 2012 people."], "en")
    assert all(s["period_start"] is None for s in res["statistics"])
    res = extract([("heading", "Lakeside Science Park adds labs"), "Published 3 March 2021",
                   "Occupancy fell to 80% two years ago."], "en", published="2021-03-03")
    (s,) = stats_where(res, value=80)
    assert s["period_start"] == "2019-01-01"


def test_a_half_and_a_month_end_without_a_year_in_a_dated_release():
    paras = ["창원국가산업단지의 하반기 생산액은 30조원으로 집계됐다.", "가동업체는 11월 말 현재 2,100개사다."]
    res = extract(paras, "ko", published="2023-12-20")
    (prod,) = stats_where(res, value=30e12)
    assert (prod["period_start"], prod["period_end"]) == ("2023-07-01", "2023-12-31")
    (firms,) = stats_where(res, value=2100)
    assert (firms["period_start"], firms["period_end"]) == ("2023-11-01", "2023-11-30")
    # a month after the release's own month is last year's
    res = extract(["가동업체는 11월 말 현재 2,100개사다.", "창원국가산업단지 얘기다."], "ko", published="2024-02-01")
    assert stats_where(res, value=2100)[0]["period_start"] == "2023-11-01"


def test_a_year_with_a_name_between_it_and_its_figure():
    res = extract(["오울루 테크노폴리스는 1982년 노키아 등 8개 기업으로 문을 열었다."], "ko")
    (s,) = stats_where(res, value=8)
    assert s["period_start"] == "1982-01-01"


def test_a_count_with_its_change_verb_right_after_it():
    res = extract(["반월국가산업단지의 가동업체는 7천여 개로 한 해 동안 120개 늘었고, 근로자는 900명 줄었다.",
                   "졸업 기업 가운데 300여 개가 성장해 상장했다."], "ko")
    assert stats_where(res, value=120)[0]["metric"] == "growth"
    assert stats_where(res, value=900)[0]["metric"] in ("decline", "jobs_change")  # workers lost: jobs lost
    assert stats_where(res, value=7000)[0]["metric"] == "companies"
    assert stats_where(res, value=300)[0]["metric"] != "growth"  # the firms grew, not their count


def test_people_after_firms_are_not_firms():
    res = extract(["시스타 사이언스시티에는 기업 1,200개와 2만여 명이 모여 있다."], "ko")
    assert stats_where(res, value=20000)[0]["metric"] != "companies"


def test_an_amount_compared_with_a_year_before_and_a_ranking_continued():
    res = extract(["반월국가산업단지의 상반기 수출액은 52억달러로 1년 전(48억달러)보다 8% 늘었다.",
                   "업종별로는 기계 업종의 생산액이 9조원으로 가장 많았다.",
                   "화학(4조원)과 전자(3조원)가 뒤를 이었다."], "ko", published="2019-07-20")
    assert stats_where(res, value=4.8e9)[0]["metric"] == "exports"
    assert {s["metric"] for s in res["statistics"] if s["value"] in (4e12, 3e12)} == {"revenue"}


def test_an_extension_costing_money_is_investment_and_more_space_is_growth():
    res = extract(["Lakeside Science Park lies north of Tampere.",
                   "A €90 million extension will add 40,000 square metres, or 30% more floor space."], "en")
    assert stats_where(res, value=9e7)[0]["metric"] == "investment"
    assert stats_where(res, value=30)[0]["metric"] == "growth"


def test_a_known_name_with_industry_words_and_a_head_is_that_cluster():
    for paras, lang in ((["Lund's park is part of the Medicon Valley life-science cluster, which counts 350 firms."], "en"),
                        (["오레순 지역의 메디콘 밸리 바이오 클러스터에는 350개 기업이 있다."], "ko")):
        res = extract(paras, lang)
        ids = set(clusters_by_id(res))
        assert ids == {"medicon-valley"}, ids
        assert stats_where(res, value=350)[0]["cluster_id"] == "medicon-valley"


def test_a_reference_after_the_wider_cluster_goes_to_the_topic():
    res = extract([("heading", "룬드 이데온 사이언스파크"),
                   "이데온 사이언스파크는 룬드에 있는 과학단지로 메디콘 밸리의 일부로 꼽힌다.",
                   "지금까지 이곳을 거쳐 간 기업은 900여 개에 이른다."], "ko")
    (s,) = stats_where(res, value=900)
    assert s["cluster_id"] == "ideon-science-park"
