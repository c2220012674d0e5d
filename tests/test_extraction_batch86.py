"""Forms met reading an English review of two innovation districts (rendered here as a PDF with a contents
page and an executive summary of bullets), written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_bulleted_sentence_about_the_set_of_districts_is_about_none_of_them():
    res = extract([("heading", "Kelbridge Science Park: a review"), "Kelbridge Science Park had 260 companies.",
                   "■ The two districts reviewed host 410 companies between them and about 11,000 jobs.",
                   "Northgate Technology Quarter had 150 companies."], "en")
    assert {s["cluster_id"] for s in res["statistics"] if s["value"] in (410.0, 11000.0)} == {None}, res["statistics"]


def test_a_cue_its_clause_calls_a_constraint_claims_nothing():
    head = [("heading", "Kelbridge Science Park"), "Kelbridge Science Park opened in 1987."]
    assert "talent" not in factor_codes(extract(head + ["Recruitment of software engineers is the most common constraint."], "en"))
    assert "talent" not in factor_codes(extract(head + ["Skilled engineers remain the biggest headache for tenants."], "en"))
    assert "talent" in factor_codes(extract(head + ["Access to talent is the park's main draw."], "en"))


def test_two_figures_joined_by_and_before_a_year_share_it():
    res = extract([("heading", "Northgate Technology Quarter"), "Northgate Technology Quarter opened in 2012.",
                   "Northgate Technology Quarter had 150 companies and 3,600 jobs in 2023."], "en")
    assert {s["period_start"] for s in res["statistics"]} == {"2023-01-01"}, res["statistics"]
    # (not a figure and the level it rose from: 'employ about 6,000 people, up from 3,800 in 2015')
    res = extract([("heading", "Northgate Technology Quarter"),
                   "Firms in Northgate Technology Quarter employ about 6,000 people, up from 3,800 in 2015."], "en")
    assert stats_where(res, value=6000.0)[0]["period_start"] is None, res["statistics"]


def test_a_claim_whose_subject_is_each_of_the_named_clusters_is_each_ones():
    res = extract([("heading", "Innovation Districts Review"), "Kelbridge Science Park had 260 companies.",
                   "Northgate Technology Quarter had 150 companies.",
                   "■ Both districts cite access to university laboratories as their main draw."], "en")
    scoped = {(f["cluster_id"], f["factor"]) for f in res["success_factors"]}
    assert {("kelbridge-science-park", "industry_academia"), ("northgate-technology-quarter", "industry_academia")} <= scoped, scoped
    res = extract([("heading", "두 클러스터 비교"), "하람테크노밸리에는 300개 기업이 있다.", "다온바이오밸리에는 120개 기업이 있다.",
                   "두 단지 모두 인근 대학과의 산학협력을 성공 요인으로 꼽았다."], "ko")
    assert {f["cluster_id"] for f in res["success_factors"] if f["factor"] == "industry_academia"} == \
        {c["cluster_id"] for c in res["clusters"]}, res["success_factors"]
