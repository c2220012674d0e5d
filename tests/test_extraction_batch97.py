"""Forms met reading a Korean survey release on an island's high-tech complex, a Korean release on an old export
complex in Seoul, a Korean entry on Beijing's science zone, a Korean report on a cross-border life-science cluster,
English features on Bengaluru and Leuven, an academic excerpt on Toulouse, a survey of Barcelona's tech district,
a Korean profile of a Seoul industrial complex and an English key-figures sheet, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_share_after_a_clause_ending_on_an_identifier_word_is_a_figure():
    res = extract([("heading", "Harlow district survey"), "Harlow Innovation District counts 900 companies.",
                   "Asked why they chose the district, 61% of respondents cited its rents.",
                   "In March, 41% of the firms said they would hire."], "en")
    assert stats_where(res, value=61.0) and stats_where(res, value=41.0), res["statistics"]


def test_an_identifier_word_right_before_its_number_still_names_no_figure():
    res = extract([("heading", "Harlow Innovation District"), "Harlow Innovation District counts 900 companies.",
                   "Most of them sit in district 4 and zone 12."], "en")
    assert not stats_where(res, value=4.0) and not stats_where(res, value=12.0), res["statistics"]


def test_a_name_the_complex_spoken_of_is_called_by_is_another_name_of_it():
    res = extract([("heading", "H밸리, 가동률 회복"),
                   "한국산업단지공단이 발표한 '하람디지털산업단지 동향'에 따르면 입주기업은 9천125개사로 집계됐다.",
                   "H밸리로 불리는 이 단지는 1960년대 수출공단으로 출발했다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]


def test_a_subway_line_passing_is_location():
    res = extract([("heading", "하람디지털산업단지"), "하람디지털산업단지에는 기업 900곳이 입주해 있다.",
                   "산단공은 단지가 살아난 배경으로 지하철 2호선이 지나는 교통 여건을 들었다."], "ko")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_a_described_region_in_a_bulleted_heading_is_no_cluster():
    res = extract([("heading", "2. 하람밸리 개요"), ("heading", "□ 덴마크 오르후스와 스웨덴 말뫼 지역에 걸친 생명과학 클러스터"),
                   " ○ 생명과학 기업 약 350개사가 활동"], "ko")
    assert all("걸친" not in (c.get("name_ko") or "") and "Geolchin" not in c["name"] for c in res["clusters"]), res["clusters"]


def test_the_bare_kind_before_its_residents_refers_to_the_zone():
    res = extract([("heading", "하람촌"), "하람촌(夏嵐村)은 중국 베이징에 있는 하람과학기술원구로, 기업 2만 곳이 입주해 있다.",
                   "중국 정부는 원구 입주 기업에 법인세율을 15%로 낮춰 준다."], "ko")
    assert all(s["cluster_id"] is not None for s in stats_where(res, value=15.0)) and stats_where(res, value=15.0), res["statistics"]


def test_the_residents_of_a_set_of_complexes_are_of_none():
    res = extract([("heading", "충북 바이오 기업 실태조사"),
                   "충북도가 하람생명과학단지와 미래과학산업단지 입주 기업을 조사했다.",
                   "두 단지 입주 기업의 지난해 매출 합계는 4조3천억원으로 집계됐다."], "ko")
    assert [s["cluster_id"] for s in stats_where(res, unit="KRW")] == [None], res["statistics"]


def test_a_name_with_its_head_then_the_kind_it_is_names_one_cluster():
    res = extract([("heading", "The Harlow aerospace cluster"),
                   "The Wessex Valley competitiveness cluster, created in 2005, brings together some 850 members."], "en")
    names = sorted(c["name"] for c in res["clusters"])
    assert "Wessex Valley" in names and not any("competitiveness" in n for n in names), names


def test_the_state_as_funder_and_land_handed_out_are_government_support():
    for sentence in ["Third, the state's role as customer and funder of space programmes reduced the risk of private R&D.",
                     "Executives credit the state's early bet: cheap land handed out on long leases."]:
        res = extract([("heading", "Harlow Tech Park"), "Harlow Tech Park is home to 600 companies.", sentence], "en")
        assert "government_support" in factor_codes(res), (sentence, res["success_factors"])


def test_sharing_a_research_centres_equipment_is_rd_infrastructure():
    res = extract([("heading", "하람 바이오허브"), "하람 바이오허브에는 스타트업 97곳이 입주해 있다.",
                   "한 스타트업 대표는 \"연구원 연구자들과 장비를 함께 쓸 수 있어 초기 비용을 줄였다\"고 말했다."], "ko")
    assert "rd_infrastructure" in factor_codes(res), res["success_factors"]


def test_a_firms_campus_listed_among_firms_is_no_cluster():
    res = extract([("heading", "하람산업단지"), "하람산업단지는 서울 강서구에 조성된 도시형 첨단산업단지다.",
                   "HL사이언스파크, 코오롱, 롯데 등 대기업과 중소기업 등 200여 곳이 입주했다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["하람산업단지"], res["clusters"]
    assert [s["cluster_id"] for s in stats_where(res, value=200.0)] == [res["clusters"][0]["cluster_id"]], res["statistics"]


def test_universities_nearby_that_hubs_owe_their_strength_to_is_industry_academia():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park is home to 300 companies.",
                   "The park owes its strength to research universities nearby."], "en")
    assert "industry_academia" in factor_codes(res), res["success_factors"]


def test_an_agency_paying_research_costs_is_government_support():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park is home to 300 companies.",
                   "The regional innovation agency pays up to half of the research costs of small firms."], "en")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_a_port_to_bring_materials_in_is_location():
    res = extract([("heading", "하람국가산업단지"), "하람국가산업단지에 기업 18곳이 투자를 약속했다.",
                   "기업들이 이곳을 택한 것은 하람신항을 통해 원료를 들여오기 쉽기 때문이다."], "ko")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_key_figure_lines_take_the_year_after_their_titles_comma():
    res = extract([("heading", "Harlow Science Park: key figures, 2023"), "Companies in the park: 606", "Employees: 18,000"], "en")
    rows = stats_where(res, value=606.0) + stats_where(res, value=18000.0)
    assert len(rows) == 2 and all(r["period_start"] == "2023-01-01" for r in rows), res["statistics"]
