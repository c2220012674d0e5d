"""Phrasings met in development batches 13 to 15, written here in other words:
a zone's kind written as one word with a modifier (강소연구개발특구), a name written kind first and
then its own (Science Park X), a facility named by the noun after it (the X incubator), labelled
web-capture headers, a capital-letters dateline and a national currency as the last clues to place;
Korean changes said by comparison (전월보다 2.1%포인트 높은) or with their percent aside (14개사(0.1%)
줄었다), a national average, bulleted key figures, a place written onto a Korean name; one-word
names of a field prefix and a kind of place (Genopole), Chinese zones named by their city, suppliers
following a lead firm."""
from pipeline.textlayer.web import parse_web_text
from tests.helpers import clusters_by_id, extract


def test_a_modified_kind_after_a_place_keeps_the_place_as_the_name():
    res = extract(["구청은 성수 강소연구개발특구 2단계 계획을 내놓았다.", "성수 특구에는 스타트업 90곳이 있다."], "ko")
    cs = clusters_by_id(res)
    assert len(cs) == 1, cs
    (c,) = cs.values()
    assert c["name_ko"] == "성수 강소연구개발특구" and "성수 특구" in c["aliases"]
    assert c["name_en"].endswith("Innopolis") and c["country"] == "KR"
    # a complete name after a place still sheds the place: the place is its region
    res = extract(["경기도 수원시 영통구 광교테크노밸리에는 기업 150곳이 있다."], "ko")
    assert {c["name_ko"] for c in res["clusters"]} == {"광교테크노밸리"}


def test_a_name_written_after_its_kind_is_part_of_the_name():
    res = extract([("heading", "Vorland"),
                   "Vorland grew out of a naval dockyard.",
                   "Today the Harbour Science Park Vorland counts 120 firms and some 2,600 staff."], "en")
    (c,) = clusters_by_id(res).values()
    assert {"Harbour Science Park Vorland", "Vorland"} <= set(c["aliases"]) | {c["name"]}
    assert any(s["value"] == 120 and s["cluster_id"] == c["cluster_id"] for s in res["statistics"])
    # the word after the kind is no name when the document never writes it alone
    res = extract(["The Harbour Science Park Board approved the budget for 40 new laboratories."], "en")
    assert not any("Board" in n for c in res["clusters"] for n in [c["name"], *c["aliases"]])


def test_a_facility_named_by_the_noun_after_it_is_no_cluster():
    res = extract(["The park reopened in 2015. The LaunchHub incubator took 20 tenants and the Discovery Park "
                   "building opened a year later."], "en")
    assert not any(c["name"] in ("LaunchHub", "Discovery Park") for c in res["clusters"])


def test_labelled_headline_and_metadata_lines_of_a_capture():
    page, meta = parse_web_text("Title: A quiet estate becomes a science campus\nSource: Daily Courier\n"
                                "Date: 2022-03-01\n\nThe campus hosts 80 firms.\n")
    assert meta["title"] == "A quiet estate becomes a science campus"
    assert meta["published"] == "2022-03-01" and meta["publisher"] == "Daily Courier"
    assert "Title" not in page.text and "Source:" not in page.text and "The campus hosts 80 firms." in page.text
    page, meta = parse_web_text("제목: 오송 입주기업 늘어\n출처: 충북일보\n\n입주기업은 312곳이다.\n")
    assert meta["title"] == "오송 입주기업 늘어" and "제목" not in page.text


def test_dateline_city_and_a_national_currency_place_a_cluster():
    res = extract(["MACCLESFIELD — Sandbrook Science Park has won a £12 million grant for new laboratories.",
                   "The park now hosts 64 companies."], "en")
    (c,) = clusters_by_id(res).values()
    assert c["country"] == "GB" and c["region"] == "Macclesfield"
    # dollars and euros name no single country
    res = extract(["Sandbrook Science Park has won a $12 million grant for new laboratories."], "en")
    (c,) = clusters_by_id(res).values()
    assert c["country"] in (None, "")


def test_korean_changes_said_by_comparison_or_with_their_percent_aside():
    res = extract(["반석테크노밸리의 가동률은 71.5%로 전월보다 1.4%포인트, 전년보다 3.2%포인트 높았다.",
                   "입주업체는 8천120개사로 전월보다 12개사(0.2%) 줄었다. 생산액은 약 310억원(2.1%) 감소했고, "
                   "수출은 1천500만 달러(4.4%) 늘었다."], "ko")
    got = {(s["value"], s["metric"]) for s in res["statistics"]}
    assert {(1.4, "growth"), (3.2, "growth"), (71.5, "share")} <= got
    assert {(12.0, "decline"), (0.2, "decline"), (31000000000.0, "decline"), (2.1, "decline")} <= got
    assert {(15000000.0, "growth"), (4.4, "growth")} <= got
    # a level after 보다 with no comparative is no change
    res = extract(["반석테크노밸리 입주업체는 8천120개사로, 이는 전국보다 많은 수준이다."], "ko")
    assert {(s["value"], s["metric"]) for s in res["statistics"]} == {(8120.0, "companies")}


def test_a_national_average_belongs_to_no_cluster():
    res = extract(["안산테크노밸리의 가동률은 71.5%다.", "다만 전국 산업단지 평균 가동률(78.0%)에는 못 미친다."], "ko")
    by_value = {s["value"]: s["cluster_id"] for s in res["statistics"]}
    assert by_value[78.0] is None and by_value[71.5] is not None


def test_bulleted_key_figures_are_read_by_their_labels():
    res = extract(["Harbourside Science Park is a research district in Aarhus.", "Key figures",
                   "- Companies on site: around 410", "- People working in the district: roughly 12,500",
                   "- Students, researchers and teachers on campus: some 6,000"], "en")
    got = {(s["value"], s["metric"], s["qualifier"]) for s in res["statistics"]}
    assert {(410.0, "companies", "approx"), (12500.0, "employees", "approx")} <= got
    assert any(v == 6000.0 and m in ("students", "researchers") for v, m, _ in got)


def test_a_korean_place_written_onto_a_name_is_romanized_and_the_rest_translated():
    from pipeline.extract.clusters_ko import translate_korean_name

    assert translate_korean_name("시흥스마트허브", domestic=True).lower() == "siheung smart hub"
    assert translate_korean_name("판교테크노밸리", domestic=True) == "Pangyo Techno Valley"


def test_a_difficulty_said_with_an_irregular_adjective_is_no_factor():
    res = extract(["반석테크노밸리 입주기업은 1만개다.", "기업들은 숙련 인력을 구하기 어려워 애를 먹고 있다."], "ko")
    assert not [f for f in res["success_factors"] if f["factor"] == "talent"]


def test_one_word_of_a_field_prefix_and_a_kind_of_place_is_a_name():
    res = extract(["Genopole, south of Paris, hosts about 90 biotech companies.",
                   "Minneapolis and Indianapolis have medical device firms too."], "en")
    names = {c["name"] for c in res["clusters"]}
    assert "Genopole" in names and not names & {"Minneapolis", "Indianapolis"}
    assert any(s["value"] == 90 and s["metric"] == "companies" for s in res["statistics"])


def test_a_chinese_zone_named_by_its_city_is_a_cluster():
    res = extract(["중국 산시성의 시안 경제기술개발구에는 기업 500여 곳이 입주해 있다."], "ko")
    (c,) = clusters_by_id(res).values()
    assert c["name_ko"] == "시안 경제기술개발구" and c["country"] == "CN"
    assert any(s["value"] == 500 and s["cluster_id"] == c["cluster_id"] for s in res["statistics"])


def test_suppliers_following_a_lead_firm_and_a_canton_owning_the_park():
    res = extract(["반석테크노밸리는 대형 배터리 공장이 들어선 뒤 성장했다. 이를 따라 협력업체 80곳이 단지에 들어왔다."], "ko")
    assert {f["factor"] for f in res["success_factors"]} >= {"anchor_firms"}
    res = extract(["The Riverbank Science Park opened in 2009. The canton owns most of the park's operating company, "
                   "and start-ups there hire postdocs from the university's labs."], "en")
    assert {f["factor"] for f in res["success_factors"]} >= {"government_support", "talent"}


def test_a_states_industry_and_an_area_opening_a_sentence_are_no_clusters_figures():
    res = extract(["BOISE (May 2, 2023) — Idaho's technology industry accounted for 9% of the state's jobs in 2022.",
                   "Much of it sits along the Treasure Valley Corridor, where most tech firms are based.",
                   "Software jobs grew 4.2% in 2022, faster than the state's overall job growth of 2.8%.",
                   "In Ada County, employment rose 5.1% over the year."], "en")
    by_value = {s["value"]: s["cluster_id"] for s in res["statistics"]}
    assert {by_value.get(9.0), by_value.get(4.2), by_value.get(2.8), by_value.get(5.1)} == {None}
    # the region's own figures stay the cluster's when the region is the cluster
    res = extract(["Greater Leeds' digital sector now numbers 4,000 businesses.",
                   "The sector's turnover reached £2.1 billion in 2023."], "en")
    assert any(s["value"] == 2.1e9 and s["cluster_id"] for s in res["statistics"])


def test_a_reports_noun_ending_confirms_a_name_and_korean_approximations_after_the_figure():
    res = extract(["○ 라흐티에미는 핀란드 남부의 대표 기술 혁신지구임", "○ 지구 내 상주 인구는 2천100명 수준이고, 연구 인력의 40% 가까이가 외국인임"], "ko")
    (c,) = clusters_by_id(res).values()
    assert c["name_ko"] == "라흐티에미"
    got = {(s["value"], s["qualifier"]) for s in res["statistics"]}
    assert {(2100.0, "approx"), (40.0, "approx")} <= got
