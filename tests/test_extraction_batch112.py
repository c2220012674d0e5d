"""Forms met reading a Basque parks network's year-end news and a Korean province's survey of its techno valleys,
written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_links_with_technology_centres_are_industry_academia():
    res = extract([("heading", "Zamora Technology Park"), "Zamora Technology Park is a science park in Bilbao, Spain.",
                   "Park managers credit their links with the region's technology centres for the growth of Zamora Technology Park."], "en")
    assert "industry_academia" in factor_codes(res), res["success_factors"]


def test_a_ranked_count_of_places_takes_no_label_of_people_from_the_sentence_before():
    res = extract([("heading", "가람테크노밸리 기업 실태조사"),
                   "가람테크노밸리 입주기업의 종사자는 모두 8만 9천여 명이었다. "
                   "단지별로는 1단지가 697곳으로 가장 많고, 2단지(318곳), 3단지(241곳) 순이었다."], "ko")
    for v in (697.0, 318.0, 241.0):
        (s,) = stats_where(res, value=v)
        assert s["metric"] == "companies", s
