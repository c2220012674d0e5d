"""Forms met reading Korean stories and releases on domestic complexes (a natural-products complex, a display
suppliers' survey, a vaccine complex, an ICT district, a petrochemical complex, a medical-devices complex) and
English pieces on a food cluster, a chip campus, a biomedical island, a games cluster survey, written here in
other words."""
from tests.helpers import extract, extract_with_table, factor_codes, stats_where


def test_a_technopark_cited_as_the_source_is_no_cluster():
    res = extract([("heading", "백암과학산업단지 입주 기업 늘어"),
                   "충북 제천시 백암과학산업단지의 입주 기업이 늘었다. 충북테크노파크에 따르면 이 산업단지에 입주한 기업은 88곳이다."], "ko")
    assert len(res["clusters"]) == 1 and "Technopark" not in res["clusters"][0]["name"], res["clusters"]
    assert [s["cluster_id"] for s in stats_where(res, value=88.0)] == [res["clusters"][0]["cluster_id"]], res["statistics"]


def test_the_bound_that_makes_a_group_of_firms_is_no_figure():
    res = extract([("heading", "오산 반도체 클러스터 협력업체 조사"),
                   "연 매출 50억원 이상인 곳은 22.5%였고, 종업원 100명 이상 기업은 9곳이었다."], "ko")
    assert stats_where(res, value=5_000_000_000.0) == [] and stats_where(res, value=100.0) == [], res["statistics"]
    assert stats_where(res, value=22.5) and stats_where(res, value=9.0), res["statistics"]


def test_a_grant_per_head_is_no_figure():
    res = extract([("heading", "오산 반도체 클러스터 입주 지원"),
                   "시는 입주 기업에 신규 고용 1인당 월 80만원의 인건비를 지원한다."], "ko")
    assert stats_where(res, value=800_000.0) == [], res["statistics"]
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_a_supplier_is_no_cooperation_of_the_province():
    res = extract([("heading", "오산 반도체 클러스터 협력업체 실태조사"),
                   "경상북도는 오산 반도체 클러스터의 협력업체 실태조사 결과를 발표했다."], "ko")
    assert "government_support" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "오산 반도체 클러스터 인재 양성"),
                   "강원도는 오산 반도체 클러스터 인근 대학과 협력해 연구 인력을 키운다."], "ko")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_a_sector_word_glued_after_the_place_is_not_read_as_a_genitive():
    res = extract([("heading", "의료기기 시제품, 양산에서 한 달이면 나온다"),
                   "2019년 준공된 양산의생명산업단지는 면적이 약 20만㎡다."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Yangsan Biomedical Industrial Complex"], res["clusters"]


def test_a_place_the_firms_after_it_moved_into():
    res = extract([("heading", "부산 신도시 기업 유치 순항"),
                   "부산시와 부산진해경제자유구역청은 강서구 명지동 일대 에코델타시티에 입주했거나 입주를 확정한 기업이 "
                   "45개사라고 밝혔다."], "ko")
    (eco,) = [c for c in res["clusters"] if c["name"] == "Eco Delta City"]
    assert [s["cluster_id"] for s in stats_where(res, value=45.0)] == [eco["cluster_id"]], res["statistics"]


def test_designated_as_a_zone_whose_name_ends_in_guyeok():
    for sent in ("이 단지는 1977년 산업기지개발구역으로 지정됐다.", "이 단지는 2003년 경제자유구역으로 지정됐다."):
        res = extract([("heading", "온양국가산업단지"), "온양국가산업단지는 충남 아산시에 있다. " + sent], "ko")
        assert "government_support" in factor_codes(res), (sent, res["success_factors"])


def test_a_port_beside_the_complex_is_a_location_factor():
    res = extract([("heading", "온산국가산업단지"), "온산국가산업단지는 온산항을 끼고 있어 수출에 유리하다."], "ko")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "온산국가산업단지"), "온산국가산업단지의 환경 문제가 주민 건강에 영향을 끼친다."], "ko")
    assert "location_connectivity" not in factor_codes(res), res["success_factors"]


def test_money_a_government_backed_a_region_with_is_funding():
    res = extract([("heading", "Brabant Agrifood Valley"),
                   "The provincial government backed Brabant Agrifood Valley with EUR 12 million for shared test kitchens."], "en")
    assert [s["metric"] for s in stats_where(res, value=12_000_000.0)] == ["investment"], res["statistics"]


def test_a_supercomputer_and_a_lab_spinning_off_firms():
    res = extract([("heading", "Tsurumi Life Science Hub"),
                   "A national supercomputer centre sits inside the Tsurumi Life Science Hub."], "en")
    assert "rd_infrastructure" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Tsurumi Life Science Hub"),
                   "The Tsurumi Life Science Hub grew around a photonics laboratory that has spun off 40 firms."], "en")
    assert "industry_academia" in factor_codes(res), res["success_factors"]


def test_a_survey_of_a_cluster_in_the_headline_is_about_it():
    res = extract([("heading", "Leeds fintech cluster survey 2025: main results"),
                   "This note gives the main results of the 2025 survey of financial technology firms in Leeds.",
                   "- Member studios and firms employ 2,300 people.",
                   "- 37% of firms have fewer than ten staff."], "en")
    assert [(c["name"], c["region"]) for c in res["clusters"]] == [("Leeds fintech cluster", "Leeds")], res["clusters"]
    assert {s["cluster_id"] for s in stats_where(res, value=37.0)} == {res["clusters"][0]["cluster_id"]}, res["statistics"]


def test_a_section_of_barriers_claims_no_factor():
    res = extract([("heading", "Leeds fintech cluster survey 2025"),
                   "The Leeds fintech cluster counts 210 firms.",
                   ("heading", "Barriers"),
                   "- Rail links to London (29%)"], "en")
    assert "location_connectivity" not in factor_codes(res), res["success_factors"]


def test_studios_are_companies():
    res = extract([("heading", "Dundee games cluster"), "The Dundee games cluster has 85 studios."], "en")
    assert [s["metric"] for s in stats_where(res, value=85.0)] == ["companies"], res["statistics"]


def test_an_ordinal_written_onto_a_name_makes_another_cluster():
    res = extract([("heading", "제2용인테크노밸리 분양 마무리"),
                   "경기 용인시 처인구 일원 제2용인테크노밸리에 입주한 기업은 120개사다."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["2nd Yongin Techno Valley"], res["clusters"]


def test_a_neighbourhood_named_like_a_city_is_in_the_city_before_it():
    res = extract([("heading", "독산패션밸리 입주 기업 늘어"),
                   "서울 금천구 시흥동 일대에 있는 독산패션밸리는 의류 기업 210곳이 모인 집적지다."], "ko")
    assert [c["region"] for c in res["clusters"]] == ["Seoul"], res["clusters"]


def test_a_series_label_before_the_headline_is_no_subject():
    res = extract([("heading", "[세계 클러스터 탐방] 바다 위 과학도시, 스웨덴 룬드"),
                   "스웨덴 남부 룬드에는 '메디콘 사이언스타운(Medicon Science Town)'이라 불리는 바이오 클러스터가 있다.",
                   "현재 단지 안에는 기업 90여 곳이 자리 잡고 있다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]
    assert [s["cluster_id"] for s in stats_where(res, value=90.0)] == [res["clusters"][0]["cluster_id"]], res["statistics"]


def test_a_lab_founded_is_no_industry_academia_link():
    res = extract([("heading", "Tsurumi Life Science Hub"),
                   "The Tsurumi Life Science Hub began when a drug maker founded its first laboratory there in 1950."], "en")
    assert "industry_academia" not in factor_codes(res), res["success_factors"]


def test_a_nickname_given_as_a_nod_to_a_famous_place_is_no_mention_of_it():
    res = extract([("heading", "Akademgorodok"),
                   "The research town south of Novosibirsk hosts 35 institutes and a technopark.",
                   "It was often called \"Silicon Taiga\", a nod to Silicon Valley."], "en")
    assert "Silicon Valley" not in [c["name"] for c in res["clusters"]], res["clusters"]


def test_a_comma_inside_a_list_of_tax_holidays_ends_no_clause():
    res = extract([("heading", "원주기업도시"),
                   "정부는 원주기업도시에 입주하는 기업에 법인세와 소득세를 3년간 전액, 이후 2년간 50% 감면한다."], "ko")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_two_motorways_meeting_is_a_location_factor():
    res = extract([("heading", "원주기업도시"),
                   "원주기업도시는 중앙고속도로와 광주원주고속도로가 만나는 곳에 있어 수도권 접근이 쉽다."], "ko")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_a_sentence_saying_what_the_table_compares_dates_it_by_the_year_it_ends_on():
    rows = [["Park", "Country", "Employment ('000)"], ["Hsinchu Science Park", "Taiwan", "176"], ["Tsukuba Science City", "Japan", "21"]]
    res = extract_with_table([("heading", "Two Asian science parks"),
                      ("para", "The table compares two science parks by employment in 2021.")], rows, "en")
    assert {(s["value"], s["period_start"]) for s in res["statistics"]} == {(176000.0, "2021-01-01"), (21000.0, "2021-01-01")}, res["statistics"]


def test_a_source_note_with_a_bracketed_year_dates_the_table():
    rows = [["클러스터", "국가", "입주기업(개사)"], ["시스타 사이언스시티", "스웨덴", "1,100"], ["메디콘밸리", "덴마크", "1,500"]]
    res = extract_with_table([("heading", "북유럽 혁신클러스터 비교"), ("para", "자료: 각 클러스터 운영기관(2021년)")], rows, "ko")
    assert {(s["value"], s["period_start"]) for s in res["statistics"]} == {(1100.0, "2021-01-01"), (1500.0, "2021-01-01")}, res["statistics"]


def test_last_month_dates_a_figure_by_the_texts_date():
    res = extract([("heading", "익산 식품클러스터 입주 계약 늘어"),
                   "전북 익산시 익산 식품클러스터의 입주 계약 기업은 지난달 말 기준 52곳이다."], "ko", published="2024-07-15")
    assert [(s["period_start"], s["period_end"]) for s in stats_where(res, value=52.0)] == [("2024-06-01", "2024-06-30")], res["statistics"]


def test_a_places_possessive_before_a_headline_name_is_its_region():
    res = extract([("heading", "Lisbon's Hub Criativo: the factory that became a campus"),
                   "The Hub Criativo now hosts 60 start-ups."], "en")
    assert [(c["name"], c["region"]) for c in res["clusters"]] == [("Hub Criativo", "Lisbon")], res["clusters"]


def test_kenyan_shillings_written_ksh():
    res = extract([("heading", "Tatu Technopolis"), "The Tatu Technopolis has drawn commitments worth KSh 12 billion."], "en")
    assert [s["unit"] for s in stats_where(res, value=12_000_000_000.0)] == ["KES"], res["statistics"]


def test_a_name_before_company_names_the_company():
    res = extract([("heading", "Technopark Rabat"),
                   "Technopark Rabat is run by the Moroccan Digital Technopark Company, which has hosted 120 firms."], "en")
    assert [(c["name"], c["region"]) for c in res["clusters"]] == [("Technopark Rabat", "Rabat")], res["clusters"]
