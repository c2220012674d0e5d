"""Forms met reading an English news story comparing three northern science parks and an agency's profile page,
written here in other words."""
from tests.helpers import extract, stats_where


def test_a_rate_named_next_to_a_percent_labels_it_not_the_count_before():
    res = extract([("heading", "Lindmoor Science Park"), "Lindmoor Science Park has 130 tenants and occupancy of 92%."], "en")
    assert [s["metric_label"] for s in stats_where(res, value=92.0)] == ["occupancy rate"], res["statistics"]


def test_a_price_per_unit_is_no_statistic_but_a_sum_a_year_is():
    res = extract([("heading", "Lindmoor Science Park"), "Lindmoor Science Park counts 240 companies.",
                   "Lab space there costs about £38 per sq ft. Desks cost €420 a month per desk.",
                   "The owners invest £6 million a year in new buildings."], "en")
    assert not stats_where(res, value=38.0) and not stats_where(res, value=420.0), res["statistics"]
    assert stats_where(res, value=6000000.0), res["statistics"]


def test_a_name_that_opens_with_its_kind_is_named_by_its_last_word_alone():
    res = extract([("heading", "Three northern parks race to fill lab space"),
                   "Sci-Tech Harwood houses 150 high-tech firms, while Lindmoor Science Park has 120 tenants.",
                   "At Harwood, a £16 million building for engineering firms opened in 2023."], "en")
    harwood = next(c["cluster_id"] for c in res["clusters"] if c["name"] == "Sci-Tech Harwood")
    assert stats_where(res, value=16000000.0)[0]["cluster_id"] == harwood, res["statistics"]


def test_the_year_befores_figure_in_brackets_takes_the_year_before_the_dated_one():
    res = extract([("heading", "가람산업단지 연구개발 투자"), "가람산업단지는 서울 서부의 연구개발 거점이다.",
                   "입주기업들이 지난해 연구개발에 쓴 돈은 2조1500억원으로, 전년(1조8000억원)보다 19% 늘었다."], "ko", published="2024-03-26")
    assert stats_where(res, value=2150000000000.0)[0]["period_start"] == "2023-01-01", res["statistics"]
    assert stats_where(res, value=1800000000000.0)[0]["period_start"] == "2022-01-01", res["statistics"]


def test_a_ranking_lists_number_is_no_figure_and_its_members_are_counted():
    res = extract([("heading", "Harwood Economic Development Area"),
                   "The Harwood Economic Development Area has attracted investment from more than 80 of the Fortune Global 500 companies."], "en")
    assert not stats_where(res, value=500.0), res["statistics"]
    assert [(s["metric"], s["qualifier"]) for s in stats_where(res, value=80.0)] == [("companies", "at_least")], res["statistics"]
