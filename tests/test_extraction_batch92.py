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


def test_a_figure_as_early_as_a_date_stands_at_that_date():
    res = extract([("heading", "Southern Coast Science Park"),
                   "The Southern Coast Science Park employed more than 21,000 people as early as May 2004.",
                   "As recently as 2015 it had 90 tenants."], "en")
    assert stats_where(res, value=21000.0)[0]["period_start"] == "2004-05-01", res["statistics"]
    assert stats_where(res, value=90.0)[0]["period_start"] == "2015-01-01", res["statistics"]


def test_fte_staff_equity_investment_a_years_total_and_working_with_researchers():
    res = extract([("heading", "Lindmoor Science Park annual report"),
                   "Lindmoor Science Park's tenants now employ 1,250 full-time equivalent (FTE) staff.",
                   "Between them they raised £48m of equity investment last year, more than double the 2021 total of £21m.",
                   '"Companies come here because they can work with the university\'s researchers across the road," the director said.'],
                  "en", published="2023-02-12")
    assert [s["metric"] for s in stats_where(res, value=1250.0)] == ["employees"], res["statistics"]
    assert [(s["metric"], s["period_start"]) for s in stats_where(res, value=21000000.0)] == [("venture_capital", "2021-01-01")], res["statistics"]
    assert stats_where(res, value=48000000.0)[0]["metric"] == "venture_capital", res["statistics"]
    assert "industry_academia" in {f["factor"] for f in res["success_factors"]}, res["success_factors"]


def test_last_years_same_period_in_brackets_is_a_year_before_the_dated_figure():
    res = extract([("heading", "누리 바이오밸리 입주기업 150곳 돌파"),
                   "누리 바이오밸리 입주기업은 올해 4월 말 기준 156곳으로, 지난해 같은 기간(131곳)보다 19.1% 늘었다."],
                  "ko", published="2024-05-14")
    assert stats_where(res, value=156.0)[0]["period_start"] == "2024-04-01", res["statistics"]
    assert stats_where(res, value=131.0)[0]["period_start"] == "2023-04-01", res["statistics"]
