"""Unseen phrasings probed in the third session: hyphen-linked place names, coordinated counts,
years before flow nouns and quarters, IT vs 'it', sentences set in another country."""
from pipeline.extract import numbers as nu
from tests.helpers import clusters_by_id, extract, extract_table, factor_set

KO = [
    "KOTRA는 20일 '중동·유럽 혁신클러스터 현황' 보고서를 발표했다.",
    "프랑스 그르노블의 미나텍(MINATEC)은 마이크로·나노기술 연구단지로, 연구인력 4,000명과 학생 1,200명이 상주한다.",
    "캐나다 온타리오주의 토론토-워털루 기술 회랑은 1만 5천여개 기술기업과 20만명 이상의 기술 인력을 보유하고 있다.",
    "중국 광둥성 선전시 난산구에 위치한 선전 하이테크 산업단지는 2022년 매출액이 1조 위안을 넘어섰다.",
]
EN = [
    "The Research Triangle Park (RTP) in North Carolina spans 7,000 acres and hosts more than 300 companies.",
    "Tax incentives and a skilled workforce were cited as key success factors for Electronics City in Bangalore, "
    "India, where some 200 IT firms employ 100,000 people.",
]


def _stats(res):
    return {(s["cluster_id"], s["metric_label"], s["value"], s["qualifier"], s["period_start"]) for s in res["statistics"]}


def test_hyphen_linked_places_make_a_name_and_translate():
    cs = clusters_by_id(extract(KO, "ko"))
    assert cs["toronto-waterloo-tech-corridor"]["name_ko"] == "토론토-워털루 기술 회랑"
    assert cs["toronto-waterloo-tech-corridor"]["country"] == "CA"
    assert cs["shenzhen-high-tech-industrial-park"]["country"] == "CN"
    assert "minatec" in cs


def test_coordinated_counts_keep_their_own_nouns_and_flow_years_are_periods():
    st = _stats(extract(KO, "ko"))
    assert ("minatec", "researchers", 4000.0, "exact", None) in st
    assert ("minatec", "students", 1200.0, "exact", None) in st
    assert ("toronto-waterloo-tech-corridor", "companies", 15000.0, "approx", None) in st
    assert ("toronto-waterloo-tech-corridor", "employees", 200000.0, "at_least", None) in st
    assert ("shenzhen-high-tech-industrial-park", "revenue", 1e12, "at_least", "2022-01-01") in st


def test_a_sentence_set_in_another_country_is_not_the_carried_clusters():
    res = extract(EN, "en")
    st = _stats(res)
    assert ("research-triangle-park", "resident companies", 300.0, "at_least", None) in st
    bangalore = {(c, v) for c, _, v, _, _ in st if v in (200.0, 100000.0)}
    assert bangalore == {("electronic-city", 200.0), ("electronic-city", 100000.0)}  # (the gazetteer knows it)
    assert not any(c == "research-triangle-park" for c, _, _ in factor_set(res))
    # a place of another country that names no cluster: its figures are no one's
    res = extract([EN[0], EN[1].replace("Electronics City", "an IT estate")], "en")
    bangalore = {(s["cluster_id"], s["value"]) for s in res["statistics"] if s["value"] in (200.0, 100000.0)}
    assert bangalore == {(None, 200.0), (None, 100000.0)}
    assert not any(c == "research-triangle-park" for c, _, _ in factor_set(res))


def test_korean_period_cues():
    def period(t):
        return [(a, b) for _, _, a, b in nu.find_periods(t, "ko")]

    assert period("이 단지의 2022년도 수출은 1조 위안이다.") == [("2022-01-01", "2022-12-31")]
    assert period("2022년 3분기 투자는 10억 달러였다.") == [("2022-07-01", "2022-09-30")]
    assert period("2019년 설립된 단지에는 300개 기업이 있다.") == []  # an event year
    assert period("2016년 한 해 동안 100건을 기록했다.") == [("2016-01-01", "2016-12-31")]


KO_BULLETS = [
    ("heading", "□ 독일 드레스덴 '실리콘 작소니(Silicon Saxony)'"),
    "ㅇ 유럽 최대 반도체 클러스터로 인피니언, 글로벌파운드리 등 2,500여개 기업, 7만 6천명 고용",
    ("heading", "□ 일본 규슈 '실리콘 아일랜드'"),
    "ㅇ TSMC 공장 유치 이후 2023년 반도체 관련 투자 4조 엔 돌파",
    "ㅇ 아일랜드의 법인세율은 12.5%로 낮다.",
]
EN_SECTIONS = [
    ("heading", "3. Ireland: the Dublin Docklands"),
    "The area hosts the European headquarters of Google, Meta and some 150 other tech companies.",
    "Ireland's 12.5% corporate tax rate and an English-speaking talent pool are the main draws.",
    ("heading", "4. Estonia"),
    "Tallinn has grown to 500 companies since 2005.",
]


def test_square_bullet_sections_and_quoted_names_scope_their_items():
    res = extract(KO_BULLETS, "ko")
    cs = clusters_by_id(res)
    assert cs["silicon-saxony"]["name_ko"] == "실리콘 작소니" and cs["silicon-saxony"]["region"] == "Dresden"
    island = next(c for c in res["clusters"] if c["name_ko"] == "실리콘 아일랜드")
    assert island["country"] == "JP"
    st = _stats(res)
    assert ("silicon-saxony", "companies", 2500.0, "approx", None) in st
    assert (island["cluster_id"], "investment", 4e12, "at_least", "2023-01-01") in st  # 돌파; year before 반도체 관련 투자
    # 법인세+율; Ireland's tax rate is the country's figure, not the Japanese section's cluster's
    assert (None, "corporate tax rate", 12.5, "exact", None) in st


def test_english_numbered_sections_name_their_cluster_and_list_numbers_are_not_counts():
    res = extract(EN_SECTIONS, "en")
    cs = clusters_by_id(res)
    assert cs["dublin-docklands"]["country"] == "IE" and cs["dublin-docklands"]["region"] == "Dublin"
    st = _stats(res)
    assert not any(v in (3.0, 4.0) for _, _, v, _, _ in st)
    assert ("dublin-docklands", "companies", 150.0, "approx", None) in st
    # a national figure belongs to no cluster; the claim it supports goes to the section's cluster,
    # which is in that country
    assert (None, "corporate tax rate", 12.5, "exact", None) in st
    assert (None, "companies", 500.0, "exact", None) in st  # '4. Estonia' ended the Dublin section
    assert ("dublin-docklands", None, "government_support") in factor_set(res)


KO_MORE = [
    "독일 뮌헨 인근 마르틴스리트 바이오테크 클러스터에는 50여곳의 바이오 기업이 입주해 있으며, 2021년 한 해 동안 약 3억 5천만 "
    "유로의 투자를 유치했다.",
    "미국 매사추세츠주 정부는 10년간 10억 달러 규모의 생명과학 이니셔티브를 추진해 왔다.",
]
EN_MORE = [
    "In Lyon, the Lyonbiopôle competitiveness cluster gathers 250 members.",
    "BioValley Basel spans three countries and counts some 600 life science companies, with annual R&D spending of "
    "US$ 500 million.",
    "The new 45,000 m² lab building will open in 2026.",
]


def test_a_name_starts_after_a_locative_and_durations_are_not_facts():
    res = extract(KO_MORE, "ko")
    cs = {c["name_ko"]: c for c in res["clusters"]}
    assert set(cs) == {"마르틴스리트 바이오테크 클러스터"}
    assert cs["마르틴스리트 바이오테크 클러스터"]["region"] == "Munich"
    values = {s["value"] for s in res["statistics"]}
    assert 10.0 not in values and 1e9 in values  # '10년간' is how long, not a figure
    assert (None, "US", "government_support") in factor_set(res)  # 주정부는 ... 추진


def test_settings_are_not_names_camel_case_heads_are_and_currencies_are_not_countries():
    res = extract(EN_MORE, "en")
    cs = clusters_by_id(res)
    assert "in-lyon" not in cs and not any(c["name"].startswith("In ") for c in res["clusters"])
    assert cs["biovalley"]["country"] == "CH"  # not 'US' from US$
    st = _stats(res)
    assert ("lyonbiopole", "members", 250.0, "exact", None) in st  # (the name alone, not its kind: Rules 181)
    assert ("biovalley", "companies", 600.0, "approx", None) in st
    assert ("biovalley", "R&D spending", 5e8, "exact", None) in st
    assert (None, "area", 45000.0, "exact", None) in st  # 'will open in 2026' is an event, not a period


def test_names_with_and_without_their_region_link_across_documents():
    from pipeline.tables import link_clusters

    def rec(cid, name, region):
        return {"cluster_id": cid, "name": name, "name_en": name, "name_ko": None, "aliases": [name],
                "country": None, "region": region, "sector": None, "signals": []}

    rows, mapping = link_clusters({
        "a": [rec("high-tech-campus-eindhoven", "High Tech Campus Eindhoven", "Eindhoven")],
        "b": [rec("high-tech-campus", "High Tech Campus", "Eindhoven")],
        "c": [rec("cambridge", "Cambridge cluster", "Cambridge"), rec("cambridge-science-park", "Cambridge Science Park", "Cambridge")],
        "d": [rec("research-park-munich", "Research Park Munich", "Munich")],
        "e": [rec("research-park-berlin", "Research Park Berlin", "Berlin")],
    })
    assert mapping[("a", "high-tech-campus-eindhoven")] == mapping[("b", "high-tech-campus")]
    assert mapping[("c", "cambridge")] != mapping[("c", "cambridge-science-park")]
    assert mapping[("d", "research-park-munich")] != mapping[("e", "research-park-berlin")]
    assert len(rows) == 5


def test_table_location_cells_give_country_and_region_and_header_units_bare_numbers():
    res, _ = extract_table([["Park", "Location", "Firms", "Jobs", "Founded"],
                         ["Technopark Zurich", "Zurich, Switzerland", "300", "2,000", "1993"]], "en", "Table 2. Parks")
    c = clusters_by_id(res)["technopark-zurich"]
    assert (c["country"], c["region"]) == ("CH", "Zurich")
    res, body = extract_table([["클러스터명", "소재지", "입주기업 수", "고용(명)", "조성연도"],
                            ["빌바오 과학기술단지", "스페인 빌바오", "약 210", "8,000", "1985"]], "ko", "<표 3> 스페인")
    c = res["clusters"][0]
    assert (c["name_ko"], c["country"], c["region"]) == ("빌바오 과학기술단지", "ES", "Bilbao")
    got = {(s["metric_label"], s["value"], s["qualifier"]) for s in res["statistics"]}
    assert got == {("resident companies", 210.0, "approx"), ("jobs", 8000.0, "exact")}  # 1985 is a year, not a count
    assert all(body[s["char_start"]:s["char_end"]] == s["text"] for s in res["statistics"])


def test_factor_cues_spread_over_english_lists_and_more_talent_phrases():
    en = extract([
        "Founded in 1969, Sophia Antipolis owes its success to a close partnership between local government, "
        "universities and industry.",
        "Key drivers of the Cambridge Cluster include access to venture capital, a deep pool of highly skilled "
        "researchers and world-class laboratories.",
    ], "en")
    f = factor_set(en)
    assert ("sophia-antipolis", None, "industry_academia") in f
    assert {("cambridge", None, "talent"), ("cambridge", None, "access_to_capital")} <= f
    ko = extract(["메디콘 밸리의 성공 비결로는 덴마크·스웨덴 양국 정부의 긴밀한 협력과 풍부한 연구 인력이 꼽힌다."], "ko")
    assert ("medicon-valley", None, "government_support") in factor_set(ko)


def test_a_bracketed_name_before_a_compound_head_and_after_a_quoting_descriptor():
    ko = ["이스라엘 하이파의 마탐(MATAM) 첨단산업단지에는 약 70개 기업이 입주해 있다.",
          "프랑스 그르노블 나노기술 클러스터 '미나텍(MINATEC)'에는 연구원 4,000명이 있다."]
    res = extract(ko, "ko")
    cs = clusters_by_id(res)
    assert set(cs) == {"matam", "minatec"}  # the descriptor '그르노블 나노기술 클러스터' is not a second cluster
    assert cs["matam"]["country"] == "IL" and cs["minatec"]["country"] == "FR"
    st = _stats(res)
    assert ("matam", "resident companies", 70.0, "approx", None) in st
    assert ("minatec", "researchers", 4000.0, "exact", None) in st


def test_lower_case_heads_after_a_name_and_possessive_places_are_not_part_of_it():
    res = extract(["In Finland, the Otaniemi innovation hub in Espoo brings together about 800 startups.",
                   "Germany's Heidelberg biotech cluster employs 20,000 people."], "en")
    cs = clusters_by_id(res)
    assert cs["otaniemi-innovation-hub"]["country"] == "FI"
    assert cs["otaniemi-innovation-hub"]["name"] == "Otaniemi innovation hub"
    assert "heidelberg-biotech" in cs and cs["heidelberg-biotech"]["country"] == "DE"
    assert not any(k.startswith("germany") for k in cs)
    st = {(s["cluster_id"], s["value"]) for s in res["statistics"]}
    assert ("otaniemi-innovation-hub", 800.0) in st and ("heidelberg-biotech", 20000.0) in st


def test_a_quoted_name_after_a_descriptor_is_the_cluster_and_report_titles_are_not():
    res = extract(["독일 바이에른주 뮌헨의 바이오테크 클러스터인 'm4'는 350여 개 바이오 기업이 참여한다.",
                   "전문가들은 m4의 성공 비결로 우수한 인재 풀과 주정부의 세제 혜택을 꼽는다."], "ko")
    cs = clusters_by_id(res)
    assert set(cs) == {"m4"} and cs["m4"]["country"] == "DE"  # not a 'biotech cluster' besides
    assert ("m4", None, "talent") in factor_set(res) and ("m4", None, "government_support") in factor_set(res)
    for title in ("KOTRA는 혁신클러스터 '성공 요인' 보고서를 냈다.", "해외 클러스터 '현황과 과제' 세미나가 열렸다."):
        assert extract([title], "ko")["clusters"] == []


def test_the_word_anchor_company_is_an_anchor_firms_claim():
    res = extract(["Kista Science City in Stockholm is home to over 1,000 ICT companies.",
                   "Officials attribute its growth to the presence of Ericsson as an anchor company."], "en")
    assert ("kista-science-city", None, "anchor_firms") in factor_set(res)
    res = extract(["스웨덴 시스타 사이언스시티(Kista Science City)는 에릭슨이 앵커 기업 역할을 한다."], "ko")
    assert ("kista-science-city", None, "anchor_firms") in factor_set(res)


def test_no_second_name_built_over_a_bracketed_one():
    res = extract(["네덜란드 에인트호번의 하이테크 캠퍼스 에인트호번(High Tech Campus Eindhoven)은 연구단지다.",
                   "이곳에는 현재 235개 기업이 입주해 있다."], "ko")
    cs = clusters_by_id(res)
    assert set(cs) == {"high-tech-campus-eindhoven"} and cs["high-tech-campus-eindhoven"]["country"] == "NL"
    assert ("high-tech-campus-eindhoven", "resident companies", 235.0, "exact", None) in _stats(res)


def test_appositive_subjects_are_capitalised_words_and_a_genitive_ends_a_korean_name():
    res = extract(["Station F in Paris, the world's largest startup campus, houses over 1,000 startups."], "en")
    assert not any(k.startswith("station-f-in") for k in clusters_by_id(res))  # 'in Paris' is not part of a name
    cs = clusters_by_id(extract(["벨기에 루벤의 imec 연구단지에는 약 5,500명이 근무한다."], "ko"))
    assert [c["name_ko"] for c in cs.values()] == ["imec 연구단지"] and list(cs.values())[0]["country"] == "BE"


def test_silicon_nicknames_are_names_when_placed_or_introduced_not_materials():
    def ids(t):
        return {c["cluster_id"]: (c["country"], c["region"]) for c in extract([t], "en")["clusters"]}

    assert ids("Cambridge's Silicon Fen is home to around 5,000 firms.") == {"silicon-fen": ("GB", "Cambridge")}
    assert ids("Dresden, known as Silicon Saxony, hosts 2,500 firms.") == {"silicon-saxony": ("DE", "Dresden")}
    assert ids("Silicon Wafer prices fell.") == {}
    assert ids("Intel's Silicon Photonics unit grew.") == {}
    assert "silicon-valley" not in ids("Bangalore, dubbed India's Silicon Valley, hosts 2,000 firms.")


def test_a_reference_back_before_a_newly_named_cluster_keeps_the_carried_one():
    res = extract(["Cambridge's Silicon Fen is home to around 5,000 firms employing 70,000 people. Its companies raised "
                   "€450 million in 2023, while the Cambridge Science Park alone covers 152 acres. There are 300 firms "
                   "in the Cambridge Science Park."], "en")
    by_text = {s["text"]: s["cluster_id"] for s in res["statistics"]}
    assert by_text["€450 million"] == "silicon-fen"  # 'Its' came first
    assert by_text["152 acres"] == "cambridge-science-park"
    assert by_text["300"] == "cambridge-science-park"  # 'there are' refers to nothing


def test_a_korean_header_naming_people_or_firms_gives_bare_numbers_their_counter():
    rows = [["클러스터", "소재지", "입주 기업", "고용 인원", "조성 연도"],
            ["원노스(one-north)", "싱가포르", "400여", "50,000", "2001"],
            ["마탐(MATAM)", "이스라엘 하이파", "70", "12,000", "1970"]]
    res, _ = extract_table(rows, "ko", "주요 해외 클러스터 현황")
    st = {(s["cluster_id"], s["value"], s["unit"], s["qualifier"]) for s in res["statistics"]}
    assert {("one-north", 400.0, "count", "approx"), ("one-north", 50000.0, "count", "exact"),
            ("matam", 70.0, "count", "exact"), ("matam", 12000.0, "count", "exact")} <= st
    assert not any(s["value"] in (2001.0, 1970.0) for s in res["statistics"])  # founding years


def test_a_bracketed_nickname_is_a_name_and_a_counter_noun_keeps_its_metric():
    res = extract(["보고서는 미국, 독일, 일본 등 12개국 30개 클러스터를 분석했다.",
                   "미국 오스틴의 '실리콘 힐스(Silicon Hills)'는 최근 5년간 일자리가 40% 늘었다."], "ko")
    cs = clusters_by_id(res)
    assert set(cs) == {"silicon-hills"} and cs["silicon-hills"]["country"] == "US"
    labels = {s["text"]: (s["metric_label"], s["metric"]) for s in res["statistics"]}
    assert labels["12개국"] == ("countries", "study_scope") and labels["30개"] == ("clusters", "study_scope")


def test_a_one_country_document_places_its_unplaced_clusters_and_hyphenated_sizes_are_not_counts():
    res = extract(["KOTRA today published a report analysing 15 semiconductor clusters in Japan.",
                   "The report highlights Kyushu, nicknamed Silicon Island, where one plant employs about 1,700 people.",
                   "Another project aims to mass-produce 2-nanometre chips within a 10-minute drive of the airport."], "en")
    assert clusters_by_id(res)["silicon-island"]["country"] == "JP"
    values = {s["value"] for s in res["statistics"]}
    assert 1700.0 in values and 2.0 not in values and 10.0 not in values
    two = extract(["Clusters in Japan and Germany were compared.",
                   "The report highlights Nordhaven, nicknamed Silicon Island, home to 1,700 engineers."], "en")
    assert clusters_by_id(two)["silicon-island"]["country"] is None  # two countries: no guess


def test_a_city_and_an_industry_word_before_a_head_make_a_korean_name():
    def found(t):
        return {c["cluster_id"]: c["country"] for c in extract([t], "ko")["clusters"]}

    assert found("독일 드레스덴 반도체 클러스터에는 약 2,500개 기업이 있다.") == {"dresden-semiconductor": "DE"}
    assert found("핀란드 오울루를 중심으로 형성된 오울루 ICT 클러스터는 노키아의 거점이다.") == {"oulu-ict": "FI"}
    assert found("반도체 클러스터에는 500개 기업이 있다.") == {}  # a kind of cluster, not one
    assert found("유럽 혁신 클러스터에는 약 500개 기업이 있다.") == {}
