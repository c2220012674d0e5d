"""Forms met reading a Korean opinion piece on the Cambridge cluster's start-ups, an English feature on Lyon's
life sciences and an English feature on a medical-device quarter, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_population_before_its_count_is_kept_when_an_institution_follows():
    res = extract([("heading", "케임브리지 클러스터"), "영국 케임브리지는 인구 15만명 남짓한 대학도시다."], "ko")
    assert stats_where(res, value=150000.0)[0]["metric"] == "population", res["statistics"]


def test_research_made_into_companies_and_ties_among_founders_are_claims():
    head = [("heading", "한결 클러스터"), "한결 클러스터는 대학도시에 있다."]
    assert "industry_academia" in factor_codes(extract(head + ["연구자와 학생이 실험실의 결과를 곧바로 회사로 만든다."], "ko"))
    assert "collaboration_network" in factor_codes(extract(head + ["셋째로는 창업자들 사이의 끈끈한 인맥을 들 수 있다."], "ko"))
    assert "collaboration_network" in factor_codes(extract(head + ["입주기업끼리 정보를 나누면서 위험 부담이 줄었다."], "ko"))
    assert "startup_support" in factor_codes(extract(head + ["둘째, 기업가정신을 북돋우는 기관과 단체가 촘촘하다."], "ko"))
    # (a laboratory alone is no spin-off)
    assert "industry_academia" not in factor_codes(extract(head + ["입주기업은 공용 실험실을 쓴다."], "ko"))


def test_hospitals_running_trials_and_testing_prototypes_are_research_infrastructure():
    head = [("heading", "Westhaven MedTech Quarter"), "The Westhaven MedTech Quarter opened in 2015."]
    res = extract(head + ["Second, the hospitals: the university hospital group runs trials with local start-ups."], "en")
    assert "rd_infrastructure" in factor_codes(res), res["success_factors"]
    res = extract(head + ["Clinicians at Westhaven General test prototypes within days rather than months."], "en")
    assert "rd_infrastructure" in factor_codes(res), res["success_factors"]
    res = extract(head + ["The hospital's innovation office has signed collaboration agreements with the quarter's firms."], "en")
    assert "industry_academia" in factor_codes(res), res["success_factors"]


def test_a_council_saying_the_cluster_supports_jobs_claims_no_government_support():
    head = [("heading", "Westhaven MedTech Quarter")]
    res = extract(head + ["Today the Westhaven MedTech Quarter is home to 74 companies, and the council says the quarter "
                          "supports roughly 2,300 jobs."], "en")
    assert "government_support" not in factor_codes(res), res["success_factors"]
    # (a sentence before that counts jobs does not undo the next one's support)
    res = extract(head + ["The Westhaven MedTech Quarter counts 2,300 jobs. The council has committed £4 million to a "
                          "new lab building there."], "en")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_a_plans_figure_and_its_target_year_leave_the_figure_before_undated():
    res = extract([("heading", "Westhaven MedTech Quarter"), "The Westhaven MedTech Quarter opened in 2015.",
                   "The quarter covers 11 hectares and plans to add 40,000 square feet of lab space by 2026."], "en")
    assert stats_where(res, value=110000.0)[0]["period_start"] is None, res["statistics"]
    assert stats_where(res, text="40,000 square feet")[0]["period_start"] == "2026-01-01", res["statistics"]


def test_a_korean_cluster_built_in_a_township_of_a_city_is_placed_there():
    res = extract([("heading", "한울바이오밸리"),
                   "한울바이오밸리(영어: Hanul Bio Valley)는 전라북도 정읍시 입암면 일대에 조성된 바이오 산업 클러스터이다."], "ko")
    assert [(c["country"], c["region"]) for c in res["clusters"]] == [("KR", "Jeongeup")], res["clusters"]


def test_difficulty_recruiting_claims_no_talent():
    res = extract([("heading", "Northbridge Innovation Park"), "Northbridge Innovation Park opened in 2008.",
                   "Two in five firms (40%) reported difficulty recruiting data scientists."], "en")
    assert "talent" not in factor_codes(res), res["success_factors"]


def test_a_count_set_against_an_earlier_time_after_a_level_is_its_change():
    res = extract([("heading", "Northbridge Innovation Park"), "Northbridge Innovation Park opened in 2008.",
                   "Tenants employ 6,820 people, 540 more than a year ago.", "The park had 164 tenants, up 12 on 2022.",
                   "Its labs hosted 90 teams, 15 fewer than in 2021."], "en")
    assert stats_where(res, value=540.0)[0]["metric"] == "jobs_change", res["statistics"]
    assert stats_where(res, value=12.0)[0]["metric"] == "growth", res["statistics"]
    assert stats_where(res, value=15.0)[0]["metric"] == "decline", res["statistics"]
