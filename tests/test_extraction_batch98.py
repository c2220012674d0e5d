"""Forms met reading a Korean news story on a hydrogen complex, a Korean survey release on a techno valley, an
English entry on a Swedish science park, an English feature on an African innovation city and an English survey
of a city's start-up founders, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_named_firms_plant_first_among_the_firms_there_is_an_anchor():
    res = extract([("heading", "하람산단, 수소 기업 집적지로"), "하람시는 하람국가산업단지를 수소 산업 거점으로 키운다.",
                   "현재 하람산단에는 HL자동차 수소연료전지 공장을 비롯해 수소 관련 기업 31곳이 입주해 있다."], "ko")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_what_critics_say_claims_nothing():
    res = extract([("heading", "Harlow Innovation City"), "Harlow Innovation City is a 61-hectare technology hub.",
                   "Critics say the market is small, and most tech start-ups there still rely on foreign grants."], "en")
    assert "government_support" not in factor_codes(res), res["success_factors"]


def test_a_countrys_people_counted_after_a_colon_are_not_the_clusters():
    res = extract([("heading", "Harlow Innovation City"), "Harlow Innovation City, a technology hub in Rwanda, will house 150 firms.",
                   "Critics say the market is small: Rwanda has just 14 million people, and start-ups there rely on grants."], "en")
    assert [s["cluster_id"] for s in stats_where(res, value=14000000.0)] == [None], res["statistics"]


def test_a_technopark_announcing_beside_its_province_is_an_agency():
    res = extract([("heading", "하람테크노밸리 입주기업 실태조사"),
                   "경기도와 하람테크노파크는 하람테크노밸리 입주기업 142곳을 대상으로 실시한 실태조사 결과를 발표했다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["하람테크노밸리"], res["clusters"]


def test_the_presence_of_large_firms_and_access_to_investors_are_factors():
    res = extract([("heading", "Harlow start-up survey"), "Harlow Tech Park is home to 900 start-ups.",
                   "Access to investors came second (54%), followed by the presence of large technology firms (41%)."], "en")
    assert {"anchor_firms", "access_to_capital"} <= factor_codes(res), res["success_factors"]


def test_an_unknown_name_kiwi_cut_into_odd_pieces_before_a_two_piece_head_is_kept():
    res = extract([("heading", "춘천 바이오"), "춘천시 거두농공단지에는 기업 40곳이 입주해 있다."], "ko")
    assert any("거두" in (c.get("name_ko") or "") for c in res["clusters"]), res["clusters"]


def test_the_kind_of_a_cluster_as_a_generic_word_names_nothing():
    res = extract([("heading", "3. 하람사이언스밸리 사례"),
                   "○ 하람시 일대 하람대 캠퍼스를 중심으로 조성된 산학연 클러스터(HSV)", "○ 입주 기관은 기업 330개"], "ko")
    assert not any("산학연" in (c.get("name_ko") or "") or "Sanhag" in c["name"] for c in res["clusters"]), res["clusters"]


def test_a_building_named_after_a_hub_is_a_facility():
    res = extract([("heading", "하람대 캠퍼스 혁신파크"), "하람대 캠퍼스 안에 조성된 '캠퍼스 혁신파크'에 기업이 몰린다.",
                   "캠퍼스 혁신파크 산학연 혁신허브 건물에는 현재 104개 기업이 입주해 있다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]


def test_jobs_induced_are_jobs_created():
    res = extract([("heading", "하람 스마트 국가산업단지"), "하람 스마트 국가산업단지에는 1조원이 투입된다.",
                   "국토부는 산단이 완성되면 약 1만5천명의 고용 유발 효과가 있을 것으로 내다봤다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=15000.0)] == ["jobs_change"], res["statistics"]


def test_firms_approved_to_set_up_are_no_designation_and_the_biggest_tenant_is_an_anchor():
    res = extract([("heading", "Harlow Science Park draws chip packagers"),
                   "The park administration said that 12 companies had been approved to set up in the Harlow Science Park.",
                   "The park's fortunes are tied to those of its biggest tenants."], "en")
    codes = factor_codes(res)
    assert "government_support" not in codes and "anchor_firms" in codes, res["success_factors"]


def test_a_datelines_city_does_not_place_a_name_holding_a_place_of_its_own():
    res = extract([("heading", "Chip packagers expand"),
                   "TAIPEI — The Kaohsiung Science Park is seeing a surge of investment, with 12 new companies."], "en")
    assert [(c["name"], c["region"]) for c in res["clusters"]] == [("Kaohsiung Science Park", "Kaohsiung")], res["clusters"]


def test_a_name_a_site_has_become_with_its_description_is_a_cluster():
    res = extract([("heading", "From dye works to chemical park"),
                   "A century later the factory has become HARLOCHEM Leverkusen, a chemical park where about 70 companies share pipelines."], "en")
    assert [(c["name"], c["country"]) for c in res["clusters"]] == [("HARLOCHEM Leverkusen", "DE")], res["clusters"]
