"""Forms met reading a Korean agency report on a Chinese high-tech zone, a Korean news story on a medical-device
cluster, a Korean survey release on a province's carbon industry, and English features and profiles (a French
research plateau, a Swiss life-sciences region, a Korean bio district), written here in other words."""
from tests.helpers import extract, extract_capture, factor_codes, stats_where


def test_a_section_headed_by_difficulties_claims_no_success_factor():
    res = extract([("heading", "하람 하이테크단지의 성장 요인과 과제"), "1. 개요",
                   "□ 하람 하이테크단지는 2001년 조성된 첨단 산업단지로, 입주기업은 약 900개다.",
                   "2. 과제",
                   "□ 임대료가 오르면서 중소 제조기업의 외곽 이전이 이어지고 있음",
                   "□ 해외 기업 유치 실적도 3년째 제자리"], "ko")
    assert not res["success_factors"], res["success_factors"]
    assert stats_where(res, value=900.0), res["statistics"]  # (its figures still count)


def test_a_section_weighing_strengths_and_difficulties_still_claims():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   ("heading", "Successes and challenges"),
                   "The park has attracted foreign investment from Japan and Germany."], "en")
    assert "investment_attraction" in factor_codes(res), res["success_factors"]


def test_an_english_criticism_section_ends_at_the_next_heading():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   ("heading", "Criticism"), "Critics say the park has attracted foreign investment only by cutting rents.",
                   ("heading", "Research"), "Tenants use shared laboratories on the campus."], "en")
    assert factor_codes(res) == {"rd_infrastructure"}, res["success_factors"]


def test_a_bulleted_line_read_as_a_heading_is_an_item_that_claims():
    res = extract([("heading", "하람 하이테크단지 보고서"), "하람 하이테크단지는 2001년 조성된 첨단 산업단지다.",
                   ("heading", "□ 과감한 인재 유치 정책"), "○ 시 정부는 해외 연구자에게 정착금을 지급"], "ko")
    assert "talent" in factor_codes(res), res["success_factors"]


def test_a_heading_naming_a_country_as_what_the_zone_is_near_keeps_the_zone():
    res = extract([("heading", "하람 하이테크단지 보고서"), "하람 하이테크단지는 중국 광둥성에 조성된 첨단 산업단지다.",
                   ("heading", "□ 홍콩과의 근접성"), "○ 홍콩과 차로 40분 거리에 있어 금융 서비스를 쉽게 이용할 수 있음"], "ko")
    zone = res["clusters"][0]["cluster_id"]
    assert [s["cluster_id"] for s in stats_where(res, metric="travel_time")] == [zone], res["statistics"]
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_english_difficulties_said_after_the_cue():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   "Late-stage venture capital is hard to find.", "Skilled process engineers are in short supply.",
                   "The rail link to the airport, promised for 2024, has slipped to 2027.",
                   "Firms complain that hiring is harder when staff face a long commute."], "en")
    assert not res["success_factors"], res["success_factors"]


def test_a_difficulty_in_another_clause_leaves_the_claim():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   "Two universities supply talent, while office space is tight."], "en")
    assert "talent" in factor_codes(res), res["success_factors"]


def test_homework_is_a_korean_difficulty():
    res = extract([("heading", "하람밸리 기업 늘어"), "하람밸리 입주기업이 300곳으로 늘었다.", "다만 숙련 인력 확보는 여전히 숙제다."], "ko")
    assert "talent" not in factor_codes(res), res["success_factors"]


def test_a_count_that_went_past_a_figure_in_a_headline_is_at_least_it():
    res = extract([("heading", "하람밸리 입주기업 300곳 넘었다"), "하람밸리는 의료기기 기업이 모인 산업단지다."], "ko")
    assert [s["qualifier"] for s in stats_where(res, value=300.0)] == ["at_least"], res["statistics"]


def test_a_base_compared_with_the_figure_of_the_sentence_before_measures_the_same():
    res = extract([("heading", "하람밸리 기업 늘어"),
                   "하람밸리의 의료기기 기업이 지난달 말 기준 231곳으로 집계됐다. 5년 전(170곳)보다 36% 늘어난 수치다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=170.0)] == ["companies"], res["statistics"]
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park had 1,040 tenant companies in 2023. That is up from 880."], "en")
    assert [s["metric"] for s in stats_where(res, value=880.0)] == ["companies"], res["statistics"]


def test_a_change_from_one_figure_to_another_takes_nothing_from_the_sentence_before():
    res = extract([("heading", "Harlow Science Park"), "- Researchers on the campus: some 9,000",
                   "- Growth in one year: from 310 to 340 companies"], "en")
    assert not stats_where(res, value=310.0, metric="researchers"), res["statistics"]


def test_a_ranking_after_an_undated_sentence_takes_no_date_from_further_back():
    res = extract([("heading", "하람 탄소산업 실태조사"), "응답 기업의 지난해 매출액은 1조500억원이었다.",
                   "기업의 61%가 하람 국가산업단지에 자리 잡고 있었다.",
                   "입지 선택 이유로는 '지원기관과의 근접성'(45.1%)이 가장 많았고, '보조금'(30.2%)이 뒤를 이었다."],
                  "ko", published="2024-09-12")
    assert stats_where(res, value=1050000000000.0)[0]["period_start"] == "2023-01-01", res["statistics"]
    assert [s["period_start"] for s in stats_where(res, value=45.1)] == [None], res["statistics"]


def test_a_ranking_goes_on_from_a_dated_figure():
    res = extract([("heading", "Harlow Science Park"),
                   "As of March 2019, 71 companies had moved into Harlow Science Park. "
                   "Software firms made up the largest group (30), followed by device makers (21)."], "en")
    assert stats_where(res, value=21.0)[0]["period_start"] == "2019-03-01", res["statistics"]


def test_korean_nearness_a_university_or_hospital_close_by_and_minutes_away():
    res = extract([("heading", "하람밸리 기업 늘어"), "하람밸리 입주기업이 300곳으로 늘었다.",
                   "업계는 하람밸리의 배경으로 하람대학교와 하람기독병원이 가까이 있다는 점을 꼽는다."], "ko")
    assert "industry_academia" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "하람밸리 기업 늘어"), "하람밸리 입주기업이 300곳으로 늘었다.",
                   "기업들은 하람밸리의 장점으로 방송사와의 근접성을 꼽았다. 도심에서 20분 거리라는 점도 장점이다."], "ko")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_a_plant_close_to_a_university_is_no_academic_link():
    res = extract([("heading", "하람밸리 기업 늘어"), "하람밸리 입주기업이 300곳으로 늘었다.",
                   "하람대학교와 가까운 공장 부지가 매각됐다."], "ko")
    assert "industry_academia" not in factor_codes(res), res["success_factors"]


def test_a_korean_complex_made_of_known_words_is_translated(tmp_path):
    res = extract_capture(tmp_path / "x.txt", "전주 친환경첨단복합단지 입주 현황\n\n전주 친환경첨단복합단지에는 기업 40곳이 입주해 있다.\n")
    assert [c["name_en"] for c in res["clusters"]] == ["Jeonju Eco-friendly High-tech Complex"], res["clusters"]
