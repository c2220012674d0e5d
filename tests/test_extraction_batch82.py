"""Forms met reading an encyclopedia entry and a Korean feature on Penang's free industrial zone and an agency
profile of a science park with a key-figures list, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_multinationals_counted_after_a_threshold_are_companies():
    res = extract([("heading", "Lindenau Free Industrial Zone"), "The Lindenau Free Industrial Zone opened in 1972.",
                   "More than 100 multinational corporations operate in it, employing over 9,000 workers."], "en")
    firms = stats_where(res, value=100.0)
    assert [(s["metric"], s["qualifier"]) for s in firms] == [("companies", "at_least")], res["statistics"]
    res = extract([("heading", "린데나우 자유무역지대"), "린데나우 자유무역지대는 1972년 문을 열었다.",
                   "이 지대에는 100개가 넘는 다국적기업이 입주해 있으며, 근로자는 9만명을 웃돈다.", "200곳을 웃도는 연구소가 모였다."], "ko")
    assert [(s["metric"], s["qualifier"]) for s in stats_where(res, value=100.0)] == [("companies", "at_least")], res["statistics"]
    assert [(s["metric"], s["qualifier"]) for s in stats_where(res, value=90000.0)] == [("employees", "at_least")], res["statistics"]
    assert [(s["metric"], s["qualifier"]) for s in stats_where(res, value=200.0)] == [("research_institutes", "at_least")], res["statistics"]


def test_rd_practitioners_are_researchers():
    res = extract([("heading", "Harbourside Science Park"), "Harbourside Science Park opened in 2002.",
                   "It counts 14,000 R&D practitioners."], "en")
    assert stats_where(res, value=14000.0)[0]["metric"] == "researchers", res["statistics"]


def test_an_unemployment_rate_is_the_places_not_the_clusters():
    res = extract([("heading", "Lindenau Free Industrial Zone"),
                   "The Lindenau Free Industrial Zone was set up after unemployment in the state climbed to 16.4% in 1969.",
                   "The Lindenau Free Industrial Zone employs 9,000 workers."], "en")
    assert stats_where(res, value=16.4)[0]["cluster_id"] is None, res["statistics"]
    assert stats_where(res, value=9000.0)[0]["cluster_id"] == "lindenau-free-industrial-zone", res["statistics"]
    res = extract([("heading", "린데나우 자유산업지대"), "린데나우 자유산업지대는 1972년 문을 열었다.",
                   "당시 실업률이 16%까지 치솟았다."], "ko")
    assert stats_where(res, value=16.0)[0]["cluster_id"] is None, res["statistics"]
    # (a free industrial zone is a head: the name is translated as agencies write it)
    assert [c["name_en"].endswith(" Free Industrial Zone") for c in res["clusters"]] == [True], res["clusters"]


def test_shared_laboratories_are_infrastructure_not_ties_to_a_university_or_among_firms():
    res = extract([("heading", "Harbourside Science Park"), "Harbourside Science Park opened in 2002.",
                   "Companies cite the incubation programmes and the shared laboratories as reasons to locate there."], "en")
    assert factor_codes(res) == {"startup_support", "rd_infrastructure"}, res["success_factors"]
    res = extract([("heading", "Harbourside Science Park"), "Harbourside Science Park opened in 2002.",
                   "Firms cite proximity to the university's laboratories."], "en")
    assert "industry_academia" in factor_codes(res), res["success_factors"]


def test_a_day_the_figures_stand_at_dates_them_and_a_days_event_does_not():
    res = extract([("heading", "Harbourside Science Park"),
                   "As of 31 May 2024, Harbourside Science Park housed 1,800 companies."], "en")
    assert (stats_where(res, value=1800.0)[0]["period_start"], stats_where(res, value=1800.0)[0]["period_end"]) == \
        ("2024-05-31", "2024-05-31"), res["statistics"]
    res = extract([("heading", "한결테크노밸리"), "2024년 5월 31일 기준 한결테크노밸리 입주기업은 312개다."], "ko")
    assert stats_where(res, value=312.0)[0]["period_start"] == "2024-05-31", res["statistics"]
    res = extract([("heading", "한결테크노밸리"), "한결테크노밸리는 2019년 3월 12일 입주기업 40개로 문을 열었다."], "ko")
    assert stats_where(res, value=40.0)[0]["period_start"] in (None, "2019-03-01"), res["statistics"]


def test_a_list_of_key_figures_under_a_title_with_its_date_is_dated():
    res = extract([("heading", "Harbourside Science Park"), "Harbourside Science Park opened its first phase in 2002.",
                   "Park at a glance, as of 31 May 2024:", "• 1,800+ innovation and technology companies",
                   "• 22,000+ people working in the park community", "Companies cite the shared laboratories."], "en")
    assert {s["period_start"] for s in res["statistics"] if s["value"] in (1800.0, 22000.0)} == {"2024-05-31"}, res["statistics"]
