"""Rules 227: Korean ventures are start-ups, a name 빗대어 is a likeness, 수십만 is no figure, a value threshold
before any modifier bounds a group, counts in a country are the country's, a middle dot joins a Latin word; gross
value added, a split year written with a slash, scientific facilities, a road network (and no collaboration in it)."""
from tests.helpers import cluster_ids, extract, factor_set, stat_triples


def test_korean_ventures_are_startups_and_vague_numbers_are_no_figures():
    res = extract(["판교테크노밸리에는 벤처기업이 1300개 있고, 기술자 수십만 명이 드나든다."], "ko")
    assert stat_triples(res) == [("pangyo-techno-valley", 1300.0, "startups")], res["statistics"]


def test_a_famous_name_the_text_likens_another_to_is_no_cluster():
    res = extract(["실리콘 와디는 이스라엘의 첨단기술 집적지로, 미국의 실리콘밸리에 빗대어 붙은 이름이다.",
                   "실리콘 와디에는 다국적 기업 300여 곳이 있다."], "ko")
    assert "silicon-valley" not in cluster_ids(res), res["clusters"]
    assert "silicon-wadi" in cluster_ids(res)


def test_a_value_threshold_bounds_a_group_and_a_country_count_stays_the_countrys():
    res = extract(["실리콘 와디는 이스라엘의 첨단기술 집적지다.",
                   "이스라엘에는 초기 단계 벤처기업이 2500개 이상 있다.",
                   "2021년 기준 기업가치 10억 달러 이상 비상장 기업은 약 70개에 이른다."], "ko")
    triples = stat_triples(res)
    assert (None, 2500.0, "startups") in triples, triples
    assert not [t for t in triples if t[1] == 1e9], triples
    assert any(v == 70.0 for _, v, _ in triples)


def test_a_middle_dot_joins_a_latin_word_into_the_counted_noun():
    res = extract(["청두 하이테크존은 쓰촨성의 개발구다.", "청두 하이테크존에는 800여 개 소프트웨어·BPO 기업이 있다."], "ko")
    assert [m for _, v, m in stat_triples(res) if v == 800.0] == ["companies"], res["statistics"]


def test_gross_value_added_and_a_split_year_with_a_slash():
    res = extract(["CAMBRIDGE, UK — A study puts the contribution of the Babraham Research Campus at £285 million in gross value added.",
                   "On-site employment rose from around 900 people in 2011/12 to 1,700 in 2017/18."], "en")
    gva = [s for s in res["statistics"] if s["value"] == 285e6][0]
    assert gva["metric_label"] == "regional output", gva
    periods = {s["value"]: (s["period_start"], s["period_end"]) for s in res["statistics"]}
    assert periods[900.0] == ("2011-04-01", "2012-03-31") and periods[1700.0] == ("2017-04-01", "2018-03-31"), periods
    # (a year and a month stay a month: in 2019/06)
    res = extract(["Kista Science Park is north of Stockholm.", "In 2019/06 it had 40 firms."], "en")
    assert [(s["period_start"], s["period_end"]) for s in res["statistics"]] == [("2019-06-01", "2019-06-30")]


def test_scientific_facilities_and_a_road_network_are_claims_a_linking_road_is_no_collaboration():
    res = extract(["Tianfu Software Park is in Chengdu.",
                   "Many firms cited access to the scientific facilities on site.",
                   "The park's tax incentives and an expanding road network linking it with downtown Chengdu also matter."], "en")
    codes = {f for _, _, f in factor_set(res)}
    assert {"rd_infrastructure", "location_connectivity", "government_support"} <= codes, codes
    assert "collaboration_network" not in codes


def test_names_in_romance_word_order_are_clusters_places_and_bodies_are_not():
    res = extract(["LISBON — The Hub Criativo do Beato, a former army bakery, houses about 3,000 workers.",
                   "The Parque Científico y Tecnológico de Gipuzkoa has 80 firms."], "en")
    ids = cluster_ids(res)
    assert {"hub-criativo-do-beato", "parque-cientifico-y-tecnologico-de-gipuzkoa"} <= ids, ids
    assert ("hub-criativo-do-beato", 3000.0, "employees") in stat_triples(res)
    res = extract(["Ciudad de México has 600 firms in the Área Metropolitana de Lisboa and the Parque Nacional de Doñana.",
                   "The Distrito Federal has 900 firms."], "en")
    assert not cluster_ids(res), res["clusters"]


def test_a_missing_road_network_is_no_claim_and_plants_moved_in_attract_investment():
    res = extract(["The Manaus Free Trade Zone is in Brazil.",
                   "Business groups complain that the region lacks a wider road network.",
                   "Makers of televisions and motorcycles moved plants to the zone for its tax exemptions."], "en")
    codes = {f for _, _, f in factor_set(res)}
    assert "location_connectivity" not in codes and "investment_attraction" in codes, codes
    res = extract(["The Manaus Free Trade Zone is in Brazil.", "The city opened two water treatment plants."], "en")
    assert "investment_attraction" not in {f for _, _, f in factor_set(res)}


def test_venture_factories_are_no_ventures():
    res = extract(["강릉과학산업단지에는 벤처공장 36개가 있다."], "ko")
    assert [m for _, v, m in stat_triples(res) if v == 36.0] == ["other"], res["statistics"]


def test_a_section_headed_by_a_clusters_own_word_is_about_it_and_kinds_counted_in_a_title_are_the_study():
    res = extract([("heading", "해외 과학단지 3곳의 입주 여건 비교"), ("heading", "1. 독일 아들러스호프"),
                   "베를린 남동부의 아들러스호프 과학기술단지에는 1200여 개 기업이 모여 있다.",
                   ("heading", "2. 스웨덴 시스타"),
                   "스톡홀름 북쪽의 시스타 사이언스 시티에는 ICT 기업 1만1000여 곳이 입주해 있다. 단지 종사자는 2만4000명 수준이다."], "ko")
    triples = stat_triples(res)
    assert ("kista-science-city", 24000.0, "employees") in triples, triples
    assert (None, 3.0, "study_scope") in triples


def test_a_gazetteer_alias_with_an_owner_stays_its_entrys_name():
    res = extract(["BOSTON — Route 128 was once the only serious rival to Silicon Valley, and the press called it America's Technology Highway.",
                   "Of the roughly 200 firms that once made computers along the road, only a handful survive."], "en")
    assert cluster_ids(res) == {"route-128"}, res["clusters"]


def test_a_heading_naming_a_kind_first_name_is_that_name_not_the_bare_kind():
    res = extract([("heading", "Technopolis Ruska"), "Technopolis Ruska is a business park in Oulu, Finland.",
                   "It has about 140 companies."], "en")
    assert cluster_ids(res) == {"technopolis-ruska"}, res["clusters"]


def test_claims_in_other_words_korean():
    res = extract(["판교테크노밸리는 성남시의 IT 단지다.",
                   "서울 강남에서 신분당선으로 15분이면 닿아 개발자를 뽑기 쉽다는 것이다.",
                   "대형 IT 기업이 자리 잡자 협력사와 스타트업이 뒤따라 들어왔다.",
                   "캠퍼스는 초기 창업팀에 투자자와의 만남을 주선한다."], "ko")
    codes = {f for _, _, f in factor_set(res)}
    assert {"talent", "location_connectivity", "investment_attraction", "access_to_capital"} <= codes, codes
    assert "collaboration_network" not in codes  # (협력사: suppliers, no collaboration)


def test_claims_in_other_words_english():
    res = extract(["The High Tech Campus is in Eindhoven.",
                   "Engineers from rival companies eat in the same canteen and swap notes on problems."], "en")
    assert ("high-tech-campus", None, "collaboration_network") in factor_set(res)
    res = extract(["The High Tech Campus is in Eindhoven.",
                   "The campus runs more than 100 events a year where tenants pitch ideas to one another."], "en")
    assert ("high-tech-campus", None, "collaboration_network") in factor_set(res)
    res = extract(["The High Tech Campus is in Eindhoven.",
                   "Philips, which founded the site in the 1990s, opened its labs to outside firms."], "en")
    assert "industry_academia" not in {f for _, _, f in factor_set(res)}
