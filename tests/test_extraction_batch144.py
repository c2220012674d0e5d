"""Forms met reading a wire story on a French aerospace cluster, encyclopedia entries on a Japanese science city
(English and Korean), stories on a Dutch food cluster (English and Korean), a Korean survey release on a city's
bio firms, and features on a Dutch high-tech campus and a Korean IT valley, all written here in other words."""
from tests.helpers import cluster_ids as _ids, extract, factor_codes, stat_triples as _stats


def test_a_headlines_place_and_industry_is_the_named_cluster_of_that_industry():
    res = extract([("heading", "Toulouse's aerospace cluster bets on hydrogen"),
                   "The Aerospace Valley competitiveness cluster, which spans two regions of south-west France, counts about 780 members."], "en")
    assert _ids(res) == {"aerospace-valley"}, res["clusters"]
    assert ("aerospace-valley", 780.0, "companies") in _stats(res)


def test_an_accelerator_in_an_institutes_name_is_no_startup_support_and_a_link_gives_a_travel_time():
    res = extract([("heading", "Tsukuba Science City"), "Tsukuba Science City is a planned research district in Japan.",
                   "It is home to the High Energy Accelerator Research Organization (KEK).",
                   "The Tsukuba Express railway links the city with Akihabara in 45 minutes."], "en")
    assert "startup_support" not in factor_codes(res), res["success_factors"]
    assert ("tsukuba-science-city", 0.75, "travel_time") in _stats(res), res["statistics"]


def test_korean_institutions_joined_by_a_middle_dot_share_their_head():
    res = extract([("heading", "쓰쿠바 연구학원도시"), "쓰쿠바 연구학원도시는 일본의 연구 도시다.",
                   "1980년까지 43개 국가 연구·교육기관이 이전을 마쳤다.", "단지에는 12개 대학·연구기관이 있다."], "ko")
    stats = _stats(res)
    assert ("tsukuba-science-city", 43.0, "research_institutes") in stats, stats
    assert ("tsukuba-science-city", 12.0, "universities") in stats, stats


def test_people_in_research_are_researchers():
    res = extract([("heading", "Food Valley"), "Food Valley is an agri-food cluster around Wageningen in the Netherlands.",
                   "About 1,400 companies employ an estimated 15,000 people in research and development."], "en")
    assert ("food-valley", 15000.0, "researchers") in _stats(res), res["statistics"]


def test_korean_food_valley_is_food_valley_and_a_quoted_likeness_of_a_field_is_no_cluster():
    res = extract([("heading", "네덜란드 푸드밸리, 농식품 R&D의 '실리콘밸리'로"),
                   "네덜란드 바헤닝언 일대에 자리한 푸드밸리는 유럽 최대의 농식품 연구 클러스터다. 기업 약 1,400곳이 있다."], "ko")
    assert _ids(res) == {"food-valley"}, res["clusters"]


def test_korean_technopark_listed_beside_universities_is_an_agency_and_a_bio_town_is_a_cluster():
    res = extract([("heading", "춘천 바이오기업 매출 돌파"),
                   "지난해 춘천 지역 바이오기업의 매출은 1조6112억원이었다.",
                   "춘천 바이오타운은 약 6만6000㎡ 부지에 연구 시설을 갖췄다.",
                   "강원대와 한림대 의과대학, 강원테크노파크가 진흥원과 함께 연구 인력을 공급하고 있다."], "ko")
    assert _ids(res) == {"chuncheon-bio-town"}, res["clusters"]
    assert ("chuncheon-bio-town", 1611200000000.0, "revenue") in _stats(res)


def test_paraphrased_collaboration_open_innovation_and_suppliers_of_a_large_firm():
    head = "The High Tech Campus is a technology park in Eindhoven."

    def codes(sentence, lang="en", h=head):
        return factor_codes(extract([("heading", "Eindhoven"), h, sentence], lang))
    assert "collaboration_network" in codes("Ask anyone why the campus works and the answer is the same: people talk to each other.")
    assert "collaboration_network" in codes("Companies bring a technical headache and others help crack it.")
    assert "open_innovation" in codes("Philips opened up its research lab to outside firms in the early 2000s.")
    assert "anchor_firms" in codes("ASML buys parts from hundreds of local suppliers.")
    assert "collaboration_network" in codes("입주사 간 기술 교류회를 매달 연다.", "ko", "판교 테크노밸리는 성남시의 IT 단지다.")
    # (a shortage shared is no collaboration)
    assert "collaboration_network" not in codes("Firms share a housing headache.")


def test_a_sites_area_in_another_cluster_is_the_sites_and_shared_lines_are_no_collaboration():
    res = extract([("heading", "DGMIF: investor fact sheet"),
                   "The Daegu-Gyeongbuk Medical Innovation Cluster (DGMIF) in Dong-gu, Daegu, is a high-tech medical complex.",
                   "• Site: 1.05 million square metres in Daegu Innovation City",
                   "Companies can use shared GMP manufacturing lines instead of building their own."], "en")
    stats = _stats(res)
    assert ("daegu-gyeongbuk-medical-innovation", 1050000.0, "area") in stats, stats
    assert "collaboration_network" not in factor_codes(res), res["success_factors"]


def test_korean_cluster_built_in_the_topic_gives_the_claim_to_the_topic():
    res = extract([("heading", "바르셀로나 22@의 25년"), "바르셀로나시는 2000년 이 일대를 혁신지구로 바꾸는 22@바르셀로나 계획을 시작했다.",
                   "폼페우파브라대학교 캠퍼스와 바르셀로나 미디어파크가 들어서 대학과 기업이 한데 어우러지는 환경이 만들어졌다."], "ko")
    rows = [(f["cluster_id"], f["factor"]) for f in res["success_factors"]]
    assert ("22-barcelona", "industry_academia") in rows, rows


def test_a_korean_kind_in_lower_case_in_a_place_names_a_cluster_and_its_pledges_and_draws():
    res = extract([("heading", "Battery makers crowd into Saemangeum"),
                   "The national industrial complex in the northern part of Saemangeum has allotted 90 percent of its lots to 49 companies.",
                   "Since May 2022 the complex has drawn investment pledges worth 10.1 trillion won.",
                   "In 2023 alone, makers of battery materials promised 6.6 trillion won.",
                   "Officials say the draw is a designation as a specialized battery complex that speeds up permits, and a new port."], "en")
    assert _ids(res) == {"saemangeum-national-industrial-complex"}, res["clusters"]
    stats = _stats(res)
    assert ("saemangeum-national-industrial-complex", 49.0, "companies") in stats, stats
    assert ("saemangeum-national-industrial-complex", 6600000000000.0, "investment") in stats, stats
    codes = factor_codes(res)
    assert {"investment_attraction", "government_support", "location_connectivity"} <= codes, res["success_factors"]
    assert "access_to_capital" not in codes, res["success_factors"]


def test_a_survey_period_is_no_publication_date():
    from pipeline.metadata import find_date
    assert find_date("성서산업단지 입주기업 실태조사 결과\n○ 조사 기간: 2024. 6. 10. ~ 7. 19.\n○ 업체 3,214개") is None
    assert find_date("Fieldwork: 3 March 2024\nPublished 8 July 2024") == "2024-07-08"
    assert find_date("배포 2024. 8. 1.\n○ 조사 기간: 2024. 6. 10. ~ 7. 19.") == "2024-08-01"
    assert find_date("보도일시 2023. 9. 5.(화) 배포 즉시") == "2023-09-05"  # (the release's own date)


def test_korean_count_of_an_unknown_object_is_not_the_subjects_workers():
    res = extract([("heading", "성서산업단지"), "성서산업단지는 대구의 산업단지다.",
                   "대구시는 입주기업 근로자를 위한 통근버스 노선을 3개 늘릴 계획이다.", "입주 기업 수가 12% 늘었다."], "ko")
    metrics = {s["value"]: s["metric"] for s in res["statistics"]}
    assert metrics.get(3.0) not in ("jobs_change", "employees"), res["statistics"]
    assert metrics.get(12.0) == "growth", res["statistics"]
    assert any(s["metric_label"] == "companies growth" for s in res["statistics"]), res["statistics"]


def test_a_working_population_is_employees_and_exchange_meetings_are_collaboration():
    res = extract([("heading", "Kyoto Research Park"), "Kyoto Research Park is a privately run science park in Kyoto.",
                   "Working population: about 4,000",
                   "The park holds regular exchange meetings where companies and researchers meet."], "en")
    assert ("kyoto-research-park", 4000.0, "employees") in _stats(res), res["statistics"]
    assert "collaboration_network" in factor_codes(res), res["success_factors"]


def test_a_claim_inside_a_clause_long_pair_of_another_factor_still_counts():
    res = extract([("heading", "광교테크노밸리"), "광교테크노밸리는 경기도 수원시에 조성된 첨단 연구개발 단지이다.",
                   "경기도는 입주 기업에 연구 장비 공동 활용과 기술 사업화 자금을 지원한다."], "ko")
    assert {"rd_infrastructure", "government_support"} <= factor_codes(res), res["success_factors"]


def test_korean_country_figure_after_a_source_clause_and_the_clusters_city_after_it():
    res = extract([("heading", "이스라엘 '실리콘와디', 투자 유치 이어가"),
                   "텔아비브를 중심으로 한 이스라엘의 기술 창업 클러스터 '실리콘와디'가 투자를 끌어들이고 있다.",
                   "이스라엘혁신청에 따르면 지난해 이스라엘 스타트업이 유치한 투자금은 약 120억 달러로 전년보다 30% 가까이 늘었다. "
                   "텔아비브 일대에만 스타트업 약 2,500곳이 몰려 있다."], "ko")
    stats = _stats(res)
    assert (None, 12000000000.0, "investment") in stats, stats
    assert ("silicon-wadi", 2500.0, "startups") in stats, stats


def test_projects_money_preferential_terms_and_supplying_engineers():
    res = extract([("heading", "Saigon Hi-Tech Park marks two decades"),
                   "The Saigon Hi-Tech Park now hosts 160 approved investment projects worth a combined $12.3 billion.",
                   "Investors receive preferential land leases and corporate income tax rates.",
                   "Vietnam National University's campus lies across the highway, supplying engineers."], "en")
    assert ("saigon-hi-tech-park", 12300000000.0, "investment") in _stats(res), res["statistics"]
    assert {"government_support", "talent"} <= factor_codes(res), res["success_factors"]


def test_a_corridor_named_by_its_region_and_people_before_a_second_verb():
    res = extract([("heading", "Thames Valley tech corridor draws data-centre money"),
                   "Stretching west from London along the M4 motorway, the Thames Valley has long been a concentration of technology employers.",
                   "The area's digital sector employs about 60,000 people and generates annual output of £9 billion."], "en")
    assert _ids(res) == {"thames-valley"}, res["clusters"]
    assert ("thames-valley", 60000.0, "employees") in _stats(res), res["statistics"]
