"""Forms met reading an English encyclopedia entry on a planned technology city, an English feature on a city
district's start-up scene, an English agency profile of a car-making region, a Korean news story on a foreign city's
chip-design cluster and a Korean report on a private research park, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_field_label_ending_in_an_identifier_word_still_labels_its_figure():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park is a research park in England.",
                   "- Jobs in the software industry: 14,500"], "en")
    assert [s["metric"] for s in stats_where(res, value=14500.0)] == ["employees"], res["statistics"]


def test_a_district_that_calls_itself_by_a_nickname_is_one_cluster():
    res = extract([("heading", "Inside Marlow, the district that calls itself Marlow Tech Valley"),
                   "Marlow Tech Valley is home to at least 200 tech companies."], "en")
    assert len(res["clusters"]) == 1, res["clusters"]
    assert "Marlow" in res["clusters"][0]["aliases"], res["clusters"]


def test_a_fronted_marketing_name_is_another_name_of_the_cluster_before_it():
    res = extract([("heading", "Kerra Technopolis"), "Kerra Technopolis is a planned technology city in Kenya.",
                   'Marketed as "Africa\'s Green Savannah", it is a flagship project of the national plan.',
                   "The Green Savannah covers 2,000 acres."], "en")
    assert len(res["clusters"]) == 1, res["clusters"]
    assert "Green Savannah" in res["clusters"][0]["aliases"], res["clusters"]


def test_a_likeness_of_a_famous_cluster_is_no_name_of_it():
    res = extract([("heading", "Harlow Techno Valley"),
                   "Harlow Techno Valley, often dubbed Korea's Silicon Valley, added 200 companies last year."], "en")
    assert not any("Silicon Valley" in c["aliases"] or c["country"] == "US" for c in res["clusters"]), res["clusters"]


def test_a_name_whose_apposition_calls_it_an_incubator_is_no_cluster():
    res = extract([("heading", "Inside Marlow"),
                   "Marlow Tech Valley is home to at least 200 tech companies and the Idea Forge Hub, one of the country's oldest incubators."],
                  "en")
    assert [c["name"] for c in res["clusters"]] == ["Marlow Tech Valley"], res["clusters"]


def test_a_section_on_delays_claims_nothing():
    res = extract([("heading", "Kerra Technopolis"), "Kerra Technopolis is a planned technology city in Kenya.",
                   ("heading", "Delays"), "Most technology firms stayed in the capital, where talent is concentrated."], "en")
    assert "talent" not in factor_codes(res), res["success_factors"]


def test_institutes_working_with_industry_and_founders_meeting_each_other():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   "The university's engineering institutes work closely with industry on batteries.",
                   "Founders value the chance to meet other founders at monthly events."], "en")
    assert {"industry_academia", "collaboration_network"} <= factor_codes(res), res["success_factors"]


def test_a_korean_count_past_a_threshold_counts_the_noun_after_it():
    res = extract([("heading", "하람밸리"), "하람밸리에는 반도체 설계 기업이 모여 있다.",
                   "지역 대학들이 매년 5천 명이 넘는 공학 전공 졸업생을 배출한다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=5000.0)] == ["students"], res["statistics"]


def test_korean_named_firms_that_also_run_development_sites_are_anchors():
    res = extract([("heading", "하람밸리"), "하람밸리에는 반도체 설계 기업이 모여 있다.",
                   "아르곤과 노바텍, 케플러도 이곳에 대규모 개발 조직을 두고 있다."], "ko")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_the_first_private_research_park_is_a_description_not_a_name():
    res = extract([("heading", "하람 리서치파크"),
                   "하람 리서치파크(Haram Research Park)는 1989년 한 가스회사가 옛 공장 부지에 조성한 일본 최초의 민간 연구단지다."], "ko")
    assert [c["name_en"] for c in res["clusters"]] == ["Haram Research Park"], res["clusters"]


def test_universities_anchoring_research_are_no_anchor_firms():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   "Two universities and two university hospitals anchor the region's research base."], "en")
    assert "anchor_firms" not in factor_codes(res), res["success_factors"]


def test_a_public_body_and_its_relative_clause_claim_together():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   "Land is cheap here, said an official at the county government, which offers rent-free plots to battery investors."],
                  "en")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_an_hours_drive_and_a_short_truck_ride_are_nearness():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park, an hour's drive south of the capital, has 120 tenants."], "en")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_a_one_word_name_in_brackets_after_a_cluster_is_another_name_of_it():
    res = extract([("heading", "Harlow Science Park"),
                   "Harlow Science Park (HarPark) is a university science park in England.",
                   "HarPark is run by a company the university controls. By 2020 HarPark ran 40 incubators."], "en")
    assert len(res["clusters"]) == 1, res["clusters"]


def test_a_korean_count_in_brackets_after_a_share_counts_what_the_share_is_of():
    res = extract([("heading", "하람 산업단지 입주수요 조사"), "하람 산업단지 입주수요를 조사했다.",
                   "응답 기업의 21.5%(210곳)가 입주 의향을 밝혔다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=210.0)] == ["companies"], res["statistics"]


def test_a_korean_price_per_unit_is_no_figure():
    res = extract([("heading", "하람 산업단지 입주수요 조사"), "하람 산업단지는 191만㎡ 규모로 조성된다.",
                   "희망 분양가는 3.3㎡당 평균 420만원이었다."], "ko")
    assert not stats_where(res, value=4200000.0), res["statistics"]


def test_a_release_announcing_its_survey_makes_no_claim():
    res = extract([("heading", "하람 산업단지 입주수요 조사"),
                   "부산시는 하람 산업단지 조성에 앞서 기업 900곳을 대상으로 입주수요를 조사한 결과를 27일 발표했다."], "ko")
    assert not res["success_factors"], res["success_factors"]


def test_a_korean_place_with_an_english_spelling_of_its_own_keeps_it():
    from pipeline.extract.clusters_ko import translate_korean_name

    assert translate_korean_name("센텀시티", domestic=True) == "Centum City"
    assert translate_korean_name("부산 센텀시티", domestic=True) == "Busan Centum City"


def test_a_percent_of_a_tax_waived_or_paid_is_a_tax_rate():
    res = extract([("heading", "하람특구"), "하람특구는 연구단지다.", "입주 연구소기업은 법인세를 3년간 100%, 이후 2년간 50% 감면받는다."], "ko")
    assert {s["metric"] for s in res["statistics"] if s["unit"] == "percent"} == {"tax_rate"}, res["statistics"]
    res = extract([("heading", "Harlow Digital"), "Harlow Digital is a technology park.",
                   "Firms that move in pay only 30% of the usual municipal services tax.",
                   "They also get a 70% exemption from the property tax.", "Vacancy fell to 12%."], "en")
    assert [s["metric"] for s in res["statistics"] if s["unit"] == "percent"] == ["tax_rate", "tax_rate", "share"], res["statistics"]


def test_named_firms_among_the_first_tenants_are_anchors():
    res = extract([("heading", "Harlow Internet City"), "Harlow Internet City is a technology park.",
                   "Northwind, Contoso, Fabrikam and Tailspin were among the first tenants."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_the_city_before_a_korean_name_said_to_be_a_cluster_is_no_part_of_it():
    res = extract([("heading", "핀란드 혁신단지"),
                   "헬싱키 도심에서 지하철로 20분이면 닿는 에스포시 하르마니에미는 북유럽 최대 규모의 기술 혁신 단지다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["하르마니에미"], res["clusters"]


def test_a_hyphened_word_of_a_pair_is_matched_though_the_tokenizer_cuts_it():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   "Two software firms' offices anchor a dense network of start-ups."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_ready_space_to_attract_companies_is_investment_attraction():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park has 120 tenants.",
                   "The agency offers ready-built laboratory space to attract companies that would otherwise build their own."], "en")
    assert "investment_attraction" in factor_codes(res), res["success_factors"]


def test_a_headlines_described_corridor_is_the_named_corridor_of_that_place():
    res = extract([("heading", "Dallas-Houston tech corridor closes in"),
                   "The Dallas-Houston Innovation Corridor, a stretch of eastern Texas, is now home to 9,000 technology companies."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Dallas-Houston Innovation Corridor"], res["clusters"]


def test_jobs_newly_made_two_words_before_the_noun_are_jobs_created_but_not_across_a_clause():
    res = extract([("heading", "하람특구"), "하람특구는 연구단지다.", "하람특구에서 새로 만들어진 일자리는 4,800개로 집계됐다.",
                   "시는 입주 기업을 150개로 늘리고 전문 인력 500명을 양성할 계획이다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=4800.0)] == ["jobs_change"], res["statistics"]
    assert [s["metric"] for s in stats_where(res, value=500.0)] == ["students"], res["statistics"]


def test_a_known_place_before_an_industry_head_written_as_one_word_is_a_cluster():
    res = extract([("heading", "독일 하람 보고서"), "○ 뮌헨 바이오클러스터는 바이오 기업 약 300개 규모의 생명과학 클러스터임"], "ko")
    assert [c["name_en"] for c in res["clusters"]] == ["Munich Bio Cluster"], res["clusters"]


def test_venture_investment_drawn_is_venture_capital_past_the_relational_word():
    res = extract([("heading", "뮌헨 바이오클러스터"), "뮌헨 바이오클러스터는 바이오 기업 약 300개 규모다.",
                   "클러스터 내 기업의 벤처투자 유치액은 7억 유로다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=700000000.0)] == ["venture_capital"], res["statistics"]


def test_a_hyphened_number_in_words_before_percent():
    res = extract([("heading", "Harlow Science Park survey"), "A survey of firms at Harlow Science Park was published.",
                   "Thirty-seven percent of respondents named housing as the main obstacle."], "en")
    assert stats_where(res, value=37.0, unit="percent"), res["statistics"]


def test_people_newly_hired_are_jobs_created():
    res = extract([("heading", "하람밸리"), "하람밸리에 투자협약을 맺은 기업은 모두 300곳이다.", "이들 기업이 새로 고용한 인원은 4,200명이다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=4200.0)] == ["jobs_change"], res["statistics"]
