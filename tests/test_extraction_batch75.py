"""Forms met in the forty-fourth read (pieces on Genome Valley, Zhangjiang, Cyberjaya, Kansai Science City, Ideon,
Martinsried's start-up centre and Louvain-la-Neuve; Korean releases on the Jinju aerospace complex, the Iksan food
cluster, Gangneung's science complex, the national complexes' half-year figures and Osong's third complex), written here
in other words."""
from tests.helpers import extract, stats_where


def _factors(res):
    return {(f["cluster_id"], f["factor"]) for f in res["success_factors"]}


def test_a_sentence_whose_subject_is_it_is_about_what_it_refers_to_not_what_it_names():
    # 'It forms the core of the X Corridor': about the city the sentence before opened on, so a later
    # 'In its early days …' is the city's too
    res = extract([("heading", "Vellora"),
                   "Vellora is a planned technology city in the south of Tamsar. It forms the core of the Brightwater "
                   "Corridor, launched by the state in 1998.",
                   "In its early days only 25 companies were based in the city; by 2016 the number had grown to 800."], "en")
    assert {s["cluster_id"] for s in stats_where(res, metric="companies")} == {"vellora"}, res["statistics"]


def test_it_as_a_dummy_subject_leaves_the_named_cluster_the_topic():
    res = extract([("heading", "Vellora"), "Vellora is a planned technology city in the south of Tamsar. "
                   "It is estimated that the Brightwater Corridor holds 300 companies."], "en")
    assert stats_where(res, value=300.0)[0]["cluster_id"] == "brightwater-corridor", res["statistics"]


def test_a_part_of_a_dated_figure_shares_its_date():
    res = extract([("heading", "Vellora"), "Vellora is a technology city. In its early days only 25 companies were based "
                                           "there; by 2016 the number had grown to 800, of which 40 were multinationals."], "en")
    assert stats_where(res, value=40.0)[0]["period_start"] == "2016-01-01", res["statistics"]


def test_laboratories_that_closed_are_no_research_infrastructure():
    res = extract([("heading", "Kestrel Science City"), "Kestrel Science City was opened in 1994.",
                   "Several large companies have closed laboratories there since the 2000s."], "en")
    assert ("kestrel-science-city", "rd_infrastructure") not in _factors(res), res["success_factors"]


def test_networks_between_tenants_are_a_collaboration_network():
    res = extract([("heading", "Kestrel Science Park"), "Kestrel Science Park was founded in 1983.",
                   "Managers credit the informal networks between tenants for its growth."], "en")
    assert ("kestrel-science-park", "collaboration_network") in _factors(res), res["success_factors"]


def test_a_places_wider_region_as_the_subject_is_not_the_clusters():
    res = extract([("heading", "Kestrel Start-up Centre"),
                   "The Kestrel Start-up Centre houses around 50 firms with 700 staff.",
                   "The wider Alder region counts 220 biotech companies and about 19,000 biotech employees."], "en")
    assert stats_where(res, value=50.0)[0]["cluster_id"] == "kestrel-start-up-centre", res["statistics"]
    assert stats_where(res, value=220.0)[0]["cluster_id"] is None, res["statistics"]


def test_money_put_into_a_park_is_investment():
    res = extract([("heading", "Kestrel Start-up Centre"),
                   "Since its founding the state has put roughly 78 million euros into the Kestrel Start-up Centre."], "en")
    assert stats_where(res, value=78000000.0)[0]["metric"] == "investment", res["statistics"]


def test_prototype_production_is_research_infrastructure_and_private_capital_is_investment():
    res = extract([("heading", "하람 식품클러스터 입주기업 100곳 넘어"),
                   "기업들은 이곳을 택한 이유로 기업지원시설의 연구개발 및 시제품 생산 지원을 꼽았다.",
                   "정부는 민자 3542억원을 포함해 총 5535억원의 사업비를 투입했다."], "ko")
    assert any(f == "rd_infrastructure" for _, f in _factors(res)), res["success_factors"]
    assert stats_where(res, value=354200000000.0)[0]["metric"] == "investment", res["statistics"]


def test_two_places_joined_by_a_dot_before_a_bare_head_are_one_complex():
    # 여수·온산단지 (as 반월·시화 국가산업단지): one complex of two, not also each place's own
    res = extract(["지역별로는 석유화학이 주력인 여수·온산단지의 증가 폭이 컸다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["여수·온산단지"], res["clusters"]


def test_a_place_an_ordinal_and_a_sector_word_before_the_head_name_a_complex():
    # 오송 제3생명과학 국가산업단지: the ordinal, a word, then the head written apart (or 제 left out)
    for text, name in [("오송 제3생명과학 국가산업단지는 412만㎡ 규모로 조성된다.", "오송 제3생명과학 국가산업단지"),
                       ("오송 3생명과학 국가산업단지는 412만㎡ 규모로 조성된다.", "오송 3생명과학 국가산업단지"),
                       ("오송 제2생명과학단지에는 기업 50곳이 있다.", "오송 제2생명과학단지")]:
        res = extract([text], "ko")
        assert [c["name_ko"] for c in res["clusters"]] == [name], (text, res["clusters"])
        assert all(s["cluster_id"] is not None for s in res["statistics"]), (text, res["statistics"])


def test_what_a_project_is_modelled_on_is_no_topic_of_its_figures():
    res = extract(["하람 바이오 거점 조성", "하람 바이오스퀘어는 켄달스퀘어를 본뜬 국가 정책사업으로, 사업비만 2조7000억원에 달한다."], "ko")
    assert stats_where(res, value=2700000000000.0)[0]["cluster_id"] != "kendall-square", res["statistics"]
    res = extract([("heading", "Alder Bio Square"), "Alder Bio Square is a district modelled on Kendall Square. "
                                                   "It will cost 2 billion dollars."], "en")
    assert stats_where(res, value=2000000000.0)[0]["cluster_id"] != "kendall-square", res["statistics"]


def test_an_institutes_short_name_is_translated_not_romanised():
    res = extract(["카이스트 하람캠퍼스에는 국비 2878억원이 투입된다."], "ko")
    assert [c["name_en"] for c in res["clusters"]] == ["KAIST Haram Campus"], res["clusters"]
