"""Forms met in a sixth read of writing by others (industrial-complex monthly releases and old trade
press, new national complexes' planning news, a battery complex's investment news, a carbon-fibre
town, a city's innovation district, Indian and Israeli technology parks), written here in other
words: the older word for an industrial complex after a place, a list of places before one head,
the bare word for a complex written onto a place, a complex's place word alone as the label of a
figure, list items that share their subject's noun, 'X을 보면' naming the measure, a name's short
form with its place or its head, a common noun before a name in a headline, heads translated as
agencies write them, counts of complexes, nouns read in pieces after a counter, the world's market,
'N 규모의 X', a complex named as a destination, a span of months, techies."""
from tests.helpers import clusters_by_id, extract, extract_capture, factor_set, stats_where


def _by_ko(res):
    return {c["name_ko"]: c for c in res["clusters"] if c.get("name_ko")}


def test_the_older_word_for_a_complex_after_a_place_names_a_complex_and_a_corporation_none():
    res = extract(["녹산공단 동향", "녹산공단 입주기업은 1,520개로 집계됐다. 한국환경공단은 같은 기간 점검 결과 120건을 적발했다."], "ko")
    ko = _by_ko(res)
    assert "녹산공단" in ko and ko["녹산공단"]["country"] == "KR", ko
    assert not any("환경" in k for k in ko), ko
    assert stats_where(res, value=1520)[0]["cluster_id"] == ko["녹산공단"]["cluster_id"]
    assert ko["녹산공단"]["name_en"] == "Noksan Industrial Complex"


def test_places_listed_before_one_head_name_one_complex_each():
    res = extract(["공단 동향", "울산과 온산 국가공단 입주업체는 모두 700개사로 1년 전보다 40개 늘었다."], "ko")
    ko = _by_ko(res)
    assert {"울산 국가공단", "온산 국가공단"} <= set(ko), ko


def test_the_bare_word_for_a_complex_written_onto_a_known_place_names_it():
    res = extract(["산업단지 가동률", "반월단지의 가동률은 77.6%로 떨어졌고 시화단지(4천146개)는 70.1%에 머물렀다."], "ko")
    ko = _by_ko(res)
    assert {"반월단지", "시화단지"} <= set(ko), ko
    assert stats_where(res, value=70.1)[0]["cluster_id"] == ko["시화단지"]["cluster_id"]


def test_a_complexs_place_word_alone_labels_the_figure_after_it():
    res = extract(["산업단지 고용", "반월단지와 시화단지의 1월 동향이 나왔다. 고용은 반월 6만1천명, 시화 4만2천명으로 집계됐다. "
                   "생산실적을 보면 반월은 1조2천억원을 기록했다."], "ko")
    ko = _by_ko(res)
    assert stats_where(res, value=61000)[0]["cluster_id"] == ko["반월단지"]["cluster_id"]
    assert stats_where(res, value=42000)[0]["cluster_id"] == ko["시화단지"]["cluster_id"]
    rev = stats_where(res, value=1.2e12)[0]
    assert rev["cluster_id"] == ko["반월단지"]["cluster_id"] and rev["metric"] == "revenue", rev


def test_list_items_with_only_a_label_between_share_the_subjects_noun():
    res = extract(["산업단지 입주", "반월단지, 시화단지, 파주출판단지의 현황이다. 입주업체는 반월 2천개 시화 4천개 파주출판 140개 등이다."], "ko")
    assert stats_where(res, value=140)[0]["metric"] == "companies"
    assert stats_where(res, value=4000)[0]["metric"] == "companies"


def test_a_short_form_with_its_place_or_without_its_head_is_the_same_complex():
    res = extract(["포항해솔밸리산단 2단계 착공", "포항해솔밸리국가산업단지 2단계 공사가 시작됐다. 해솔밸리는 2009년부터 조성됐다."], "ko")
    kinds = [c for c in res["clusters"] if "해솔" in (c.get("name_ko") or "")]
    assert len(kinds) == 1, [c["name_ko"] for c in res["clusters"]]


def test_a_name_with_a_place_before_it_is_the_name_without():
    res = extract(["해솔밸리산단 특구 지정", "이날 포항 해솔밸리 국가산업단지 내 센터에서 회의가 열렸다. 해솔밸리산단에는 40여개 기업이 입주했다."], "ko")
    kinds = [c for c in res["clusters"] if "해솔" in (c.get("name_ko") or "")]
    assert len(kinds) == 1 and not kinds[0]["name_ko"].startswith("이날"), [c["name_ko"] for c in res["clusters"]]


def test_two_names_joined_by_a_middle_dot_after_a_head_are_two():
    res = extract(["해솔밸리산단·영일만 이차전지특구 기회발전특구 지정", "두 곳에 7조원 투자가 예정돼 있다."], "ko")
    names = [c["name_ko"] for c in res["clusters"]]
    assert not any(n.startswith(("산단", "·")) for n in names), names
    zone = next(c for c in res["clusters"] if "이차전지" in c["name_ko"])
    assert zone["name_en"].endswith("Special Zone"), zone


def test_a_common_noun_before_a_name_in_a_headline_is_not_part_of_it():
    res = extract(["10일 협력 누리스마트그린 일반산업단지 기공식",
                   "누리스마트그린은 시와 민간이 함께 조성하는 일반 산업단지다. 산업단지 규모는 총 84만㎡이다."], "ko")
    ko = _by_ko(res)
    assert not any(k.startswith("협력") for k in ko), ko
    assert len([k for k in ko if "누리스마트그린" in k]) == 1, ko


def test_korean_heads_translate_as_agencies_write_them():
    res = extract(["영일만일반산단 현황", "영일만일반산단에는 30여개 기업이 입주해 있다. 대덕특구에는 연구기관 20곳이 있다."], "ko")
    en = {c["name_ko"]: c["name_en"] for c in res["clusters"]}
    assert en.get("영일만일반산단") == "Yeongilman General Industrial Complex", en
    assert en.get("대덕특구") == "Daedeok Innopolis", en


def test_a_count_of_national_complexes_is_no_count_of_countries():
    res = extract(["국가산단 고용", "9,000여개 기업이 입주한 전국 28개 국가산업단지의 고용이 줄었다."], "ko")
    s = stats_where(res, value=28)[0]
    assert s["metric"] != "countries" and "countr" not in (s["metric_label"] or ""), s


def test_a_noun_read_in_pieces_after_a_counter_still_names_what_is_counted():
    res = extract(["해솔밸리국가산업단지", "해솔밸리국가산업단지에는 30여개 이차전지 관련 기업이 입주해 있다. "
                   "시는 100여개의 탄소 복합재 관련 기업이 들어설 것으로 기대한다."], "ko")
    assert stats_where(res, value=30)[0]["metric"] == "companies"
    assert stats_where(res, value=100)[0]["metric"] == "companies"


def test_the_worlds_market_belongs_to_no_cluster():
    res = extract(["누리탄소밸리 조성", "시는 누리탄소밸리에 관련 기업 50곳을 유치할 계획이다. "
                   "한편 세계 탄소섬유 소비량은 연간 3만t(시가 5000억원)으로 이중 일본 기업이 60%를 공급한다."], "ko")
    assert stats_where(res, value=60)[0]["cluster_id"] is None
    assert stats_where(res, value=50)[0]["cluster_id"] is not None


def test_a_size_before_a_name_is_the_size_of_what_it_names():
    res = extract(["탄소산업 육성", "시는 팔복동 도시첨단산업단지 일대에 60만㎡ 규모의 누리탄소밸리를 조성할 예정이다."], "ko")
    ko = _by_ko(res)
    carbon = next(c for k, c in ko.items() if "탄소밸리" in k)
    assert stats_where(res, unit="m2")[0]["cluster_id"] == carbon["cluster_id"]


def test_a_complex_named_as_a_destination_does_not_take_over_the_paragraph():
    res = extract(["해솔밸리국가산업단지 분양 완료",
                   "해솔밸리국가산업단지는 동해안 산업의 핵심이다. 대구, 창원 국가산업단지로 한 시간 내에 이동도 가능하다. "
                   "항만과 고속도로에 인접해 있어 입체적 교통망도 형성하고 있다."], "ko")
    home = next(c for c in res["clusters"] if "해솔" in c["name_ko"])["cluster_id"]
    scoped = {f for c, _, f in factor_set(res) if c == home}
    assert "location_connectivity" in scoped, factor_set(res)
    assert not any(f == "location_connectivity" and c not in (home, None) for c, _, f in factor_set(res)), factor_set(res)


def test_a_span_of_months_is_no_figure_and_techies_are_employees():
    res = extract(["Cedar Infotech Park loses tenants", "As many as 37 companies have left Cedar Infotech Park in 6 months. "
                   "About 200,000 techies still come to the park each day."], "en")
    assert not stats_where(res, value=6)
    assert stats_where(res, value=200000)[0]["metric"] == "employees"


def test_the_name_a_complex_began_under_is_another_name_of_it():
    res = extract(["누리밸리 기업 실태조사", "누리밸리에는 1만2천개 기업이 입주해 있다. "
                   "시 관계자는 \"누리밸리는 1970년 녹산공단으로 출발해 도심형 산업단지로 성장했다\"고 말했다."], "ko")
    kinds = [c for c in res["clusters"] if "누리" in (c.get("name_ko") or "") or "녹산" in (c.get("name_ko") or "")]
    assert len(kinds) == 1 and kinds[0]["name_ko"] == "누리밸리", [c["name_ko"] for c in res["clusters"]]


def test_the_nations_industry_a_cluster_serves_leaves_its_figures_the_clusters():
    res = extract(["원주의료기기 클러스터의 형성과정", "원주의료기기 클러스터는 원주에 있다.",
                   "2007년 말 기준 기업 수 79개로 전국대비 4.6%가 입주하고 있으며, 지난 3년간 평균성장률 66.7%로 "
                   "국내 의료기기산업 활성화에 기여하고 있다."], "ko")
    assert stats_where(res, value=79)[0]["cluster_id"] is not None
    res = extract(["원주의료기기 클러스터", "원주의료기기 클러스터에는 80개 기업이 있다.",
                   "국내 의료기기산업 생산 규모는 10조원에 이른다."], "ko")
    assert stats_where(res, value=1e13)[0]["cluster_id"] is None


def test_an_entry_on_the_kind_itself_has_no_topic_though_it_names_one_park():
    res = extract([("heading", "Technology park"),
                   "A technology park is a planned site next to a university where young firms share laboratories "
                   "and the know-how of the researchers nearby.",
                   "Some 600 businesses have been based at the Cedar Technology Park since it opened."], "en")
    assert res["topic"] is None
    assert not any(f["cluster_id"] for f in res["success_factors"]), res["success_factors"]
    assert stats_where(res, value=600)[0]["cluster_id"] == "cedar-technology-park"


def test_a_year_with_the_figure_compared_with_dates_that_figure_only():
    res = extract(["해솔테크노밸리 입주기업 현황", "해솔테크노밸리 입주기업은 1,002개로 2011년 83개에 비해 12배 이상 늘었다. "
                   "분야별로는 IT 기업이 643개사(64%)로 가장 많았다."], "ko")
    assert stats_where(res, value=83)[0]["period_start"] == "2011-01-01"
    assert stats_where(res, value=1002)[0]["period_start"] is None
    assert stats_where(res, value=643)[0]["period_start"] is None


def test_a_name_set_after_the_kind_it_is_names_a_cluster():
    res = extract(["A port of code", "The old quarter is home to one of the region's main technology hubs, Cais Digital. "
                   "There are 475 companies there."], "en")
    assert "cais-digital" in clusters_by_id(res)
    assert stats_where(res, value=475)[0]["cluster_id"] == "cais-digital"


def test_export_revenues_capital_and_imports_say_what_the_money_is():
    res = extract(["Cedar Hi-Tech Park", "Since it opened, Cedar Hi-Tech Park's export revenues have amounted to 6.4 billion USD. "
                   "Six new projects came with total capital of 125.9 million USD, and the park imported goods worth "
                   "5.7 billion USD in imports."], "en")
    assert stats_where(res, value=6.4e9)[0]["metric"] == "exports"
    assert stats_where(res, value=125.9e6)[0]["metric"] == "investment"
    assert stats_where(res, value=5.7e9)[0]["metric"] != "exports"


def test_firms_and_research_centres_counted_together_are_firms_and_a_span_of_days_no_figure():
    res = extract(["Cedar Hi-Tech Park", "Currently 57 businesses and research centers operate in Cedar Hi-Tech Park. "
                   "Licences are granted within three to seven days."], "en")
    assert stats_where(res, value=57)[0]["metric"] == "companies"
    assert not stats_where(res, value=7)


def test_national_counts_of_complexes_belong_to_no_complex():
    res = extract(["산단 50년", "50년 전 구미국가산업단지가 조성된 이후 산업단지는 전국으로 퍼져나갔다. 지난해 말 기준으로 전국에 지정된 "
                   "산업단지는 1033개로 늘어났다. 전체 지정면적은 총 1386㎢로 늘었다. 일반산업단지는 528개다."], "ko")
    for v in (1033, 528):
        assert stats_where(res, value=v)[0]["cluster_id"] is None, v
    assert stats_where(res, unit="m2")[0]["cluster_id"] is None


def test_a_nation_word_and_a_head_in_a_report_title_name_no_cluster(tmp_path):
    # a text capture whose first line is the release's first sentence
    res = extract_capture(tmp_path / "release.txt", "한국산업단지공단 연구소가 ‘2022년 인포그래픽으로 보는 전국산업단지’를 "
                          "발간했다고 10일 밝혔다.\n\n구체적으로 살펴보면 전국 산업단지는 2022년 기준 1274개, 지정면적 1425㎢이다.\n")
    assert not res["clusters"], [c["name_ko"] for c in res["clusters"]]


def test_the_word_after_a_comma_labels_the_next_item_and_a_bracket_of_levels_shares_the_label():
    res = extract(["산업단지 통계", "최근 5년간 산업단지는 생산 205조원(1066조원→1271조원), 수출 237억 달러로 증가했다."], "ko")
    for v in (1066e12, 1271e12):
        assert stats_where(res, value=v)[0]["metric"] == "revenue", v
    # (the figure before the bracket, the difference of its two levels, is the rise: Rules 110)
    assert stats_where(res, value=205e12)[0]["metric"] == "growth"
    assert stats_where(res, value=23.7e9)[0]["metric"] == "exports"


def test_a_title_word_before_a_head_is_an_adjective_and_a_name_without_its_place_is_the_same():
    res = extract(["Province designates two zones", "The two zones are Hamyang General Industrial Complex and Geochang Elevator "
                   "Agro-industrial Complex. Located in Daesan-ri, Namsang-myeon, Geochang County, the Elevator Agro-industrial "
                   "Complex covers 134,317 square meters of land."], "en")
    ids = clusters_by_id(res)
    assert {"hamyang-general-industrial-complex", "geochang-elevator-agro-industrial-complex"} <= set(ids), ids
    assert len(ids) == 2, ids
    assert not any((c.get("region") or "").startswith("Located") for c in res["clusters"])
    assert stats_where(res, unit="m2")[0]["cluster_id"] == "geochang-elevator-agro-industrial-complex"


def test_a_workforce_said_to_be_plentiful_or_easy_to_hire_is_a_talent_claim():
    res = extract(["Cedar Park", "The firm chose Cedar Park for the country's stable politics, an ample workforce and low costs."], "en")
    assert "talent" in {f["factor"] for f in res["success_factors"]}
    res = extract(["해솔산업단지", "해솔산업단지 입주기업 관계자는 숙련 인력을 구하기 쉽다는 점을 입지 이유로 꼽았다."], "ko")
    assert "talent" in {f["factor"] for f in res["success_factors"]}


def test_a_firm_described_by_its_own_figures_keeps_them():
    res = extract(["Cedar National Industrial Complex", "A steel maker is bringing 750 jobs to Cedar National Industrial Complex. "
                   "As of 2023, it is a solid company with sales of 610 billion KRW and about 360 employees."], "en")
    assert stats_where(res, value=750)[0]["cluster_id"] == "cedar-national-industrial-complex"
    assert stats_where(res, value=610e9)[0]["cluster_id"] is None
    assert stats_where(res, value=360)[0]["cluster_id"] is None


def test_list_items_labelled_before_their_figures_keep_the_subjects_noun():
    res = extract(["해솔테크노밸리 수요조사", "해솔테크노밸리 입주 희망을 밝힌 업체는 지식기반 137개, 첨단제조 108개, 연구시설 18개 등이다."], "ko")
    assert stats_where(res, value=108)[0]["metric"] == "companies"


def test_sections_listed_after_a_dash_are_parts_of_the_topic():
    res = extract([("heading", "Cedar Core Park"), "The park was built in 1992 on 79.7 square kilometers of land in four sections – the core "
                   "area, Lotus Industrial Zone, Medical Zone and Heron Industrial Zone -- for innovation. "
                   "It holds 685 companies and did 545-billion yuan worth of business in 2014, 159-times the 1999 amount."], "en")
    ids = clusters_by_id(res)
    assert set(ids) == {"cedar-core-park"}, ids
    assert stats_where(res, value=685)[0]["cluster_id"] == "cedar-core-park"
    assert stats_where(res, value=545e9)[0]["unit"] == "CNY"
    assert not stats_where(res, value=159)


def test_a_demonstration_zone_and_what_its_parts_are_after_a_copula():
    res = extract(["Biopharma drives growth", "Shanghai's Lotus National Innovation Demonstration Zone is home to more than 70,000 "
                   "enterprises. Over 2,670 of these are high-tech enterprises and more than 1,400 are research institutions."], "en")
    assert "lotus-national-innovation-demonstration-zone" in clusters_by_id(res)
    assert stats_where(res, value=2670)[0]["metric"] == "companies"
    assert stats_where(res, value=1400)[0]["metric"] == "research_institutes"


def test_that_number_counts_what_was_counted_before():
    res = extract(["Cedar Park", "Cedar Park was home to just around 15 technology firms in 2008. "
                   "Today that number has grown to an astonishing 1,472, according to a map."], "en")
    s = stats_where(res, value=1472)
    assert s and s[0]["metric"] == "companies"


def test_an_industrys_famous_name_is_a_likeness_and_joined_nouns_say_what_is_counted():
    res = extract(["해솔 바이오 클러스터 가보니", "해솔 바이오 클러스터는 ‘바이오 테크의 실리콘밸리’라 불릴 정도다. "
                   "해솔 바이오 클러스터에 7개의 제약·바이오기업 및 기관이 입주를 마쳤다."], "ko")
    assert not any("silicon" in c["cluster_id"] for c in res["clusters"]), [c["cluster_id"] for c in res["clusters"]]
    assert stats_where(res, value=7)[0]["metric"] == "companies"


def test_a_verbs_noun_before_an_amount_and_its_later_level_say_what_the_money_is():
    res = extract(["해솔 바이오 클러스터", "해솔 바이오 클러스터 기업에 투자된 금액은 2012년 13억6000만 달러에서 2021년 10배 이상인 "
                   "136억6000만 달러로 늘었다. 해솔 바이오 클러스터에는 글로벌 제약사 상위 20개 중 19개의 지사가 있다."], "ko")
    assert stats_where(res, value=1.36e9)[0]["metric"] == "investment"
    assert stats_where(res, value=13.66e9)[0]["metric"] == "investment"
    assert stats_where(res, value=19)[0]["metric"] == "companies"


def test_it_opening_a_sentence_is_the_subject_of_the_sentence_before():
    res = extract([("heading", "Cedar Core Park"), "Cedar Core Park opened in 1992. The park sits beside Heron Industrial Zone "
                   "and the river port. It holds 685 companies."], "en")
    assert stats_where(res, value=685)[0]["cluster_id"] == "cedar-core-park"


def test_a_participle_before_a_name_and_names_with_initials_listed_together():
    res = extract(["Parks post record revenue", "Government-developed Cedar Science Park (CSP), Lotus Science Park (LSP) and "
                   "Heron Science Park (HRSP) generated combined revenues of NT$3,502.6 billion in 2022. "
                   "CSP recorded revenues of NT$1,366.5 billion."], "en")
    ids = clusters_by_id(res)
    assert "cedar-science-park" in ids and not any(k.startswith("government") for k in ids), ids
    assert stats_where(res, value=3502.6e9)[0]["cluster_id"] is None
    assert stats_where(res, value=1366.5e9)[0]["cluster_id"] == "cedar-science-park"


def test_a_chinese_high_tech_development_zone_after_its_city_and_a_count_of_recipients():
    res = extract(["선전 국가하이테크개발구", "선전 국가하이테크개발구는 1996년 12월에 설립되었다. 선전 하이테크개발구에는 6,974개의 "
                   "첨단 기술 기업이 있다. 한 입주 기업은 지금까지 누적 약 5천 개 클라이언트에게 서비스를 제공했다."], "ko")
    zones = [c for c in res["clusters"] if "하이테크개발구" in (c.get("name_ko") or "")]
    assert len(zones) == 1 and zones[0]["name_en"] == "Shenzhen National High-tech Development Zone", res["clusters"]
    assert stats_where(res, value=6974)[0]["cluster_id"] == zones[0]["cluster_id"]
    assert stats_where(res, value=5000)[0]["metric"] != "researchers"


def test_a_place_left_behind_in_a_title_is_no_topic(tmp_path):
    res = extract_capture(tmp_path / "news.txt", "Companies are leaving Silicon Valley for Texas\n\nThe Austin tech hub, "
                          "nicknamed “Cedar Hills,” is home to many chip firms. A new plant just outside Austin is expected "
                          "to create 5,000 jobs in Cedar Hills.\n")
    assert res["topic"] != "silicon-valley"
    assert stats_where(res, value=5000)[0]["cluster_id"] != "silicon-valley"


def test_a_phase_number_inside_a_korean_name_and_a_survey_of_n_complexes():
    res = extract(["광양만권 산단 실태조사", "경제청은 여수국가산단, 율촌1산단 등 13개단지를 대상으로 조사한 결과 2010년 매출액이 "
                   "92조 8,651억원으로 증가했다. 율촌1산단은 3조 1,670억원이다."], "ko")
    names = {c["name_ko"]: c for c in res["clusters"]}
    assert "율촌1산단" in names and names["율촌1산단"]["name_en"] == "Yulchon 1st Industrial Complex", names
    assert stats_where(res, value=92.8651e12)[0]["cluster_id"] is None
    assert stats_where(res, value=3.167e12)[0]["cluster_id"] == names["율촌1산단"]["cluster_id"]


def test_a_sentences_opening_money_measure_labels_its_later_amounts():
    res = extract(["해솔국가산단 생산액", "해솔 산단 생산액은 2008년 61조원에서 2009년 52조원으로 줄었지만, 석유화학이 살아나면서 "
                   "2010년 70조원, 2011년 89조원으로 늘었다."], "ko")
    for v in (61e12, 52e12, 70e12, 89e12):
        assert stats_where(res, value=v)[0]["metric"] == "revenue", v


def test_last_year_unresolved_dates_nothing_and_respectively_before_the_figures():
    res = extract(["해솔테크노파크 성과", "해솔테크노파크 입주기업 고용인원은 2011년 6,759명에서 지난해 6,961명으로 늘었다. "
                   "해솔테크노파크는 15개 입주기업을 지원해 매출과 고용이 각각 11.7%와 15.3% 증가했다."], "ko")
    assert stats_where(res, value=6759)[0]["period_start"] == "2011-01-01"
    assert stats_where(res, value=6961)[0]["period_start"] is None
    assert stats_where(res, value=11.7)[0]["metric"] == "growth"


def test_the_name_now_names_a_cluster_formerly_known_otherwise_and_its_currency_left_unsaid():
    res = extract([("heading", "Haesol Science Town"), "Haesol Innopolis, formerly known as Haesol Science Town, is the research "
                   "district in Daejeon, South Korea. Over 20 major research institutes make up this science cluster."], "en")
    assert [c["cluster_id"] for c in res["clusters"]] == ["haesol-innopolis"], res["clusters"]
    res = extract(["Cedar Techno Valley", "Cedar Techno Valley, an industrial complex in Seongnam city, South Korea, is "
                   "emerging as an R&D cluster. By 2015 it will bring over 13 trillion in sales and 80,000 employees."], "en")
    s = stats_where(res, value=13e12)[0]
    assert s["unit"] == "KRW" and s["metric"] == "revenue", s


def test_an_industry_cluster_after_a_superlative_is_a_description():
    res = extract(["작센 반도체", "작센주가 유럽 최대 마이크로일렉트로닉스 클러스터인 해솔작센을 소개했다. 해솔작센은 반도체 기업이 "
                   "밀집한 지역이다."], "ko")
    assert not any("마이크로" in (c.get("name_ko") or "") for c in res["clusters"]), [c["name_ko"] for c in res["clusters"]]


def test_a_year_dates_a_flow_noun_four_bare_words_on():
    res = extract(["해솔 하이테크개발구", "통계에 따르면 2023년 선전 하이테크개발구의 산업 총 생산액은 1조 7,900억 위안으로 전년 대비 8.5% 증가했다."], "ko")
    assert stats_where(res, value=1.79e12)[0]["period_start"] == "2023-01-01"
