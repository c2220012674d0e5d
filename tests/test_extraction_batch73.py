"""Forms met in the forty-second read (an American survey of research parks, Skolkovo's yearly figures, Korean releases on
the innovation cities' resident firms), written here in other words."""
from tests.helpers import extract, stats_where


def test_a_headline_about_parks_in_the_plural_makes_no_park_named_later_the_topic():
    res = extract([("heading", "Biotech Will Claim More Room In Canadian Research Parks: Survey"),
                   "According to the survey, 12 percent, or 4,100 jobs at Canadian research parks were in software. "
                   "By comparison, 9.5 percent, or 3,200 jobs, were in biotechnology.",
                   "\"Whether it is the Halden Research Park or a new campus in the north, parks are growing,\" an author said."],
                  "en")
    jobs = stats_where(res, value=3200.0)
    assert jobs and jobs[0]["cluster_id"] is None, res["statistics"]


def test_a_year_and_month_right_before_a_count_date_it():
    res = extract(["하람특구 성과", "하람특구 입주기업은 2012년 6월 320개에서 2023년 6월 1,140개로 늘었다."], "ko")
    assert (stats_where(res, value=320.0)[0]["period_start"], stats_where(res, value=320.0)[0]["period_end"]) \
        == ("2012-06-01", "2012-06-30"), res["statistics"]
    assert stats_where(res, value=1140.0)[0]["period_start"] == "2023-06-01", res["statistics"]


def test_a_date_the_next_clause_opens_on_dates_the_level_reached_there_only():
    res = extract(["하람특구 성과", "하람특구는 지정 당시 입주기업이 410개였으나 2021년 12월에는 2.8배 증가한 1150개로 늘었다."], "ko")
    before, after = stats_where(res, value=410.0)[0], stats_where(res, value=1150.0)[0]
    assert before["period_start"] is None, res["statistics"]
    assert after["period_start"] == "2021-12-01" and after["metric"] == "companies", res["statistics"]


def test_a_label_before_a_colon_names_an_amount_written_after_a_date():
    res = extract(["하람특구 통계", "매출현황: 2012년 12월 3,120,500백만원에서 2022년 12월 7,800,200백만원으로 2.5배"], "ko")
    amounts = stats_where(res, unit="KRW")
    assert len(amounts) == 2 and {a["metric"] for a in amounts} == {"revenue"}, res["statistics"]


def test_what_there_is_in_a_places_region_is_not_the_parks():
    res = extract(["Oulu builds on its momentum",
                   "There are already more than 12,000 businesses and 90,000 jobs in the Oulu region, and the city grows "
                   "by 1,200 residents a year.",
                   "The core of the community is Linnanmaa Science Park, home to over 300 companies employing 9,000 people."], "en")
    assert stats_where(res, value=12000.0)[0]["cluster_id"] is None, res["statistics"]
    assert stats_where(res, value=300.0)[0]["cluster_id"] is not None, res["statistics"]


def test_a_kind_praised_in_a_headline_is_no_name():
    # 'dominant' ranks like 'leading' (clusters.yaml english.degree_words): never the start of a name
    res = extract([("heading", "Harbour Biotech: 'Dominant Medtech Cluster'"),
                   "The city's medtech industry counts more than 300 companies and 21,000 employees."], "en")
    assert not any("Dominant" in c["name"] for c in res["clusters"]), res["clusters"]
