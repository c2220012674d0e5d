"""Forms met when real writing by others (news features, encyclopedia entries, survey releases,
agency pages; Korean and English) was run through the pipeline, written here in other words:
a copula whose predicate is a city's hub (X is St. Louis's innovation hub), the copula turned
round (the nation's largest research park is the Y), a university's research park, names joined
by '&', a gazetteer acronym that abbreviates a park of the document's own, a place owning another
cluster's name, number words before a scale, land between a number and its unit, abbreviations
that end no sentence (Rs., sq.), an event's date that is no publication date; Korean: dollars as
만불, a unit symbol after a space, a fraction (100분 1), what a relational head (규모) leaves to
the noun before it, a count followed by a money noun, a city as a copula's subject, a time word
before a name, a short form of a name with a generic modifier, a law named after a cluster, a
figure whose parts follow in brackets."""
from pipeline.metadata import find_date
from tests.helpers import clusters_by_id, extract, factor_codes, stats_where


def test_a_named_subject_owns_the_city_hub_it_is_called():
    res = extract(["The Gateway Yards is St. Louis's life-science hub and is funded by tax increment financing.",
                   "Since it opened, the Gateway Yards has built one million square feet of lab space."], "en")
    (c,) = clusters_by_id(res).values()
    assert c["name"] == "Gateway Yards"
    (area,) = stats_where(res, metric="area")
    assert round(area["value"]) == 92903 and area["cluster_id"] == c["cluster_id"]
    assert "government_support" in factor_codes(res)


def test_a_city_hub_without_a_named_subject_is_still_a_cluster():
    res = extract(["St. Louis's innovation hub counts 400 firms."], "en")
    assert [c["name"] for c in res["clusters"]] == ["St. Louis innovation hub"]


def test_the_copula_turned_round_names_a_second_park():
    res = extract(["The University of Utah Research Park employs 4,750 workers on 240 leasable acres.",
                   "The country's biggest research park is the Orchard Spectrum, run by another university.",
                   "It has 20 million square feet."], "en")
    ids = clusters_by_id(res)
    assert {"university-of-utah-research-park", "orchard-spectrum"} <= set(ids)
    (land,) = stats_where(res, cluster_id="university-of-utah-research-park", metric="area")
    assert round(land["value"]) == round(240 * 4046.8564224)


def test_an_acronym_of_the_documents_own_park_is_not_the_gazetteers():
    res = extract(["The Prairie State University Research & Technology Park generates $8 million a year.",
                   "The 17 businesses located at the RTP account for 700 jobs."], "en")
    ids = clusters_by_id(res)
    assert "research-triangle-park" not in ids
    (park,) = ids.values()
    assert "RTP" in park["aliases"]
    assert stats_where(res, value=17)[0]["cluster_id"] == park["cluster_id"]


def test_a_place_owning_another_parks_name_does_not_locate_this_one():
    res = extract(["Workers rush back to their desks at Lakeside Technopark.",
                   "Lakeside Technopark now ranks with Bangalore's Electronic Park and Chennai's Tidel Park."], "en")
    assert clusters_by_id(res)["lakeside-technopark"]["region"] is None


def test_abbreviations_end_no_sentence_and_event_dates_are_not_publication_dates():
    res = extract(["Riverside Technopark was set up by the state government.",
                   "In the 2019-20 financial year the park recorded IT exports of Rs. 4,000 crores.",
                   "It has 300,000 sq. ft. of offices."], "en")
    (money,) = stats_where(res, unit="INR")
    assert money["value"] == 4e10 and money["metric"] == "exports"
    assert stats_where(res, metric="area")
    assert find_date("Lakeside Technopark is a park. Established on 12 March 1991 by the state, it grew.") is None
    assert find_date("2015년 3월 2일 개소한 센터는 연구소다.") is None
    assert find_date("Published 8 July 2019. The park opened in March 2001.") == "2019-07-08"


def test_older_korean_dollars_unit_symbols_and_fractions():
    res = extract(["한빛 혁신클러스터 소식",
                   "수출규모는 6,000만불을 조금 넘는다.",
                   "단지 면적은 12.5 km2에 이른다.",
                   "규모는 반월 국가산업단지의 100분 1 수준이다."], "ko")
    (usd,) = stats_where(res, unit="USD")
    assert usd["value"] == 6e7 and usd["metric"] == "exports"
    assert stats_where(res, metric="area")[0]["value"] == 12.5e6
    assert not stats_where(res, unit="hour")


def test_a_relational_head_leaves_the_label_to_the_noun_before_it():
    res = extract(["한빛 혁신클러스터 소식",
                   "생산규모는 지난해 기준으로 900억원에 조금 못 미친다.",
                   "지난해 212개사 매출이 8% 늘었다."], "ko")
    assert stats_where(res, value=9e10)[0]["metric"] == "revenue"
    assert stats_where(res, value=212)[0]["metric"] == "companies"


def test_a_city_is_no_copula_cluster_and_time_words_are_no_name():
    res = extract(["충청북도 제천시는 바이오 기업 60개가 입주한 한방바이오 거점 단지로 변모했다.",
                   "올해 제천 바이오클러스터 예상 생산액은 800억원이다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert "충청북도 제천시" not in names and not any(n.startswith("올해") for n in names)


def test_a_short_form_without_the_generic_modifier_is_the_same_cluster():
    res = extract(["한빛 혁신클러스터는 의료기기 산업의 거점이다.",
                   "올해 한빛클러스터 공동관에서 수출 상담 300억원을 거뒀다."], "ko")
    assert len(res["clusters"]) == 1


def test_a_law_named_after_a_park_is_no_mention_and_bracketed_parts_own_no_whole():
    res = extract([("heading", "새빛연구개발특구"),
                   "새빛연구개발특구는 관련 특별법에 따라 지정된 지역이다.",
                   "1999년 한울연구단지관리법 개정으로 벤처기업 입주를 지원하기 시작하였다.",
                   "특구는 모두 40.2 km2(한울연구단지 20.1 km2, 가온테크노밸리 5.2 km2) 면적으로 출범하였다."], "ko")
    ids = {c["name_ko"]: c["cluster_id"] for c in res["clusters"]}
    assert stats_where(res, value=40.2e6)[0]["cluster_id"] == ids["새빛연구개발특구"]
    assert stats_where(res, value=20.1e6)[0]["cluster_id"] == ids["한울연구단지"]
    assert stats_where(res, value=5.2e6)[0]["cluster_id"] == ids["가온테크노밸리"]
    (claim,) = [f for f in res["success_factors"] if f["factor"] == "startup_support"]
    assert claim["cluster_id"] == ids["새빛연구개발특구"]


def test_organisations_listed_keep_their_own_kind():
    res = extract(["새빛특구 입주기관은 정부출연 연구기관 20개, 공공기관 9개, 대학 4개, 기업 900개다.",
                   "특구 내 박사 인력은 8,000명이다."], "ko")
    assert stats_where(res, value=9)[0]["metric"] == "other"
    assert stats_where(res, value=20)[0]["metric"] == "research_institutes"
    assert stats_where(res, value=8000)[0]["metric"] == "researchers"


def test_sharing_know_how_and_collaboration_as_the_cornerstone():
    res = extract(["Fjordside Science Park gathers 300 tech firms.",
                   "Collaboration is the cornerstone of its success, and firms grow by sharing know-how.",
                   "The park is also expanding its footprint alongside its workforce."], "en")
    assert factor_codes(res) == {"collaboration_network"}


def test_a_headline_figure_repeated_with_its_year_takes_the_year_and_small_firms_are_companies():
    res = extract(["가람테크노밸리 입주기업 매출 52조3천억원…12% 늘어",
                   "입주기업의 2023년 매출은 52조3천억원으로 집계됐다.",
                   "이 가운데 중소기업이 1천204개로 81%를 차지했다."], "ko")
    (rev,) = stats_where(res, value=52.3e12)
    assert (rev["period_start"], rev["period_end"]) == ("2023-01-01", "2023-12-31")
    assert stats_where(res, value=1204)[0]["metric"] == "companies"


def test_a_gazetteer_name_owned_by_its_own_city_and_a_site_described_in_a_relative_clause():
    res = extract(["Cambridge's Kendall Square is home to more than 2,000 companies.",
                   "Many of them grew out of Ottawa's Rideau Discovery Quarter, which houses 120 start-ups."], "en")
    ids = clusters_by_id(res)
    assert stats_where(res, value=2000)[0]["cluster_id"] == "kendall-square"
    assert stats_where(res, value=120)[0]["cluster_id"] in ids and stats_where(res, value=120)[0]["cluster_id"] != "kendall-square"


def test_an_official_name_is_the_same_cluster_and_latin_letters_stay_in_the_english_name():
    res = extract(["K밸리, 작년 생산액 9조원",
                   "K밸리는 두 개 구에 걸쳐 조성된 국가산업단지로 정식 명칭은 한강디지털국가산업단지다.",
                   "K밸리는 9천개 기업이 입주해 11만명이 근무하는 단지다."], "ko")
    (c,) = res["clusters"]
    assert c["name_en"] == "K Valley" and "한강디지털국가산업단지" in c["aliases"]
    assert stats_where(res, value=110000)[0]["metric"] == "employees"


def test_spinoffs_without_a_hyphen_are_research_turned_into_firms():
    res = extract(["Lotus Science Park houses 300 tenant companies.",
                   "More than 40 of them emerged as spinoffs from the nearby university."], "en")
    assert "industry_academia" in factor_codes(res)


def test_survey_participants_a_drive_and_a_universitys_campus_named_after_its_subject():
    res = extract(["강릉혁신클러스터 소식",
                   "이번 설문조사에는 120명의 CEO들이 참여했다.",
                   "서울에서 고속도로를 타고 1시간 남짓 달리면 강릉혁신클러스터에 닿는다.",
                   "한빛대는 강릉캠퍼스 내에 창업보육센터를 마련했다."], "ko")
    assert stats_where(res, value=120)[0]["metric"] == "study_scope"
    assert stats_where(res, value=1.0)[0]["metric"] == "travel_time"
    assert [c["name_ko"] for c in res["clusters"]] == ["강릉혁신클러스터"]


def test_a_denied_cue_is_no_claim_and_a_name_introduced_by_called_is_a_cluster():
    res = extract(["Fjord Park has 300 firms.",
                   "Most firms came without receiving any incentive payments or special tax breaks at all.",
                   "There is no shortage of skilled engineers, and around forty thousand individuals work there.",
                   "A second site near Bergen is called the Vestland Research Campus."], "en")
    assert factor_codes(res) == {"talent"}
    assert "vestland-research-campus" in clusters_by_id(res)
    assert stats_where(res, value=40000)[0]["metric"] == "employees"


def test_a_subject_with_an_appositive_and_a_city_that_evolved_into_a_hub():
    res = extract(["Mendaville, a blend of two older town names, is a planned city conceived as a hub for technology.",
                   "Spanning about 20 square kilometers, Mendaville has evolved into a thriving tech hub with over 700 businesses."], "en")
    assert "mendaville" in clusters_by_id(res)
    assert stats_where(res, value=700)[0]["cluster_id"] == "mendaville"


def test_a_list_after_a_colon_shares_its_noun_and_each_figure_goes_to_the_park_it_is_in():
    res = extract(["The Digital Corridor (DC) is a national initiative.",
                   "By year-end 150 companies will operate within the DC: 50 in Harbour City, 61 in Technology Park Malaysia "
                   "and 39 in Lakeside Tower.",
                   "About 300 firms now hold DC status."], "en")
    ids = clusters_by_id(res)
    assert "technology-park-malaysia" in ids and "DC" in ids["digital-corridor"]["aliases"]
    assert stats_where(res, value=61)[0]["cluster_id"] == "technology-park-malaysia"
    assert {s["cluster_id"] for s in stats_where(res, value=39)} == {"digital-corridor"}
    assert all(s["metric"] == "companies" for s in res["statistics"])


def test_a_figure_said_to_pass_a_level_is_at_least_it():
    res = extract(["Fjord Park revenue passed 4 million euros last year."], "en")
    assert res["statistics"][0]["qualifier"] == "at_least"


def test_a_nickname_fronted_before_the_subject_is_an_alias():
    res = extract(["The Norwich Cluster is a dynamic environment for new firms.",
                   "Sometimes known as 'Silicon Broads', Norwich is a key area for start-ups in biotechnology."], "en")
    (c,) = res["clusters"]
    assert "Silicon Broads" in c["aliases"]


def test_a_provinces_complexes_taken_together_are_no_cluster():
    res = extract(["지역별로는 경기도 산업단지 입주기업이 2만4000여개로 가장 많다.",
                   "제주 산업단지의 입주기업은 86개사다.",
                   "구미 산업단지에는 기업 2000개가 있다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["구미 산업단지"]


def test_giants_listed_in_brackets_headquarters_of_major_players_and_ages_are_no_counts():
    res = extract(["Tech start-ups in Porto concentrate around the so-called Harbour Quarter, a district of 5,000 tech workers.",
                   "The city has attracted giants in e-commerce (Shopwise, Cartly and Paybridge) to base their operations there.",
                   "Over 40% of the population are under 30."], "en")
    assert "anchor_firms" in factor_codes(res)
    assert not stats_where(res, value=30)
    res = extract(["Harbour Quarter counts many major tech players with their European headquarters in the district."], "en")
    assert "anchor_firms" in factor_codes(res)


def test_a_kind_of_zone_and_a_universitys_campus_in_brackets_are_no_clusters():
    res = extract(["정부는 경기 안산 등 6곳을 새로운 연구개발특구 모델인 강소특구로 지정했다.",
                   "안산 강소특구는 한양대(에리카 캠퍼스)를 중심으로 부품 소재 개발에 집중한다.",
                   "강소특구는 2017년 발표된 새 R&D 특구 모델이다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["안산 강소특구"]


def test_statements_about_the_kind_as_a_whole_belong_to_no_cluster():
    res = extract(["Innovation districts are compact areas where anchor firms cluster, connecting with incubators.",
                   "A technology park is a designated area, often near universities, built to foster innovation.",
                   "클러스터는 관련 기업과 기관이 한 지역에 모여 협업 네트워크를 이루는 곳을 의미한다.",
                   "The Gateway Yards is a technology district in St. Louis with 300 firms and an incubator."], "en")
    assert all(f["cluster_id"] is None for f in res["success_factors"] if "Gateway" not in f["evidence"])
    assert any(f["cluster_id"] == "gateway-yards" for f in res["success_factors"])


def test_an_activity_and_its_abbreviation_is_no_cluster_and_paired_nouns_and_rate_words_label_counts():
    res = extract(["시는 가람산업단지를 첨단 연구개발(R&D) 산업단지로 조성했다고 밝혔다.",
                   "가람산업단지 입주기업의 특허 출원·등록은 총 1만 2000건으로 집계됐다.",
                   "상시 근로 임직원 중 전문 연구 인력 비율은 9,400명(51.2%)으로 과반을 차지했다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["가람산업단지"]
    assert stats_where(res, value=12000)[0]["metric"] == "patents"
    assert stats_where(res, value=9400)[0]["metric"] == "researchers"


def test_an_infobox_month_written_as_numbers_dates_the_figure():
    res = extract(["Lotus Science Park", "No. of tenants | 512 companies (as of 2023-11) [1] |"], "en")
    (s,) = res["statistics"]
    assert (s["period_start"], s["period_end"]) == ("2023-11-01", "2023-11-30")


def test_a_firm_located_there_is_no_location_claim_and_an_association_is_no_park():
    res = extract(["소피아앙티폴리스는 프랑스 남부의 과학기술단지다.",
                   "IBM 등 다국적기업이 입지해 국제 네트워크가 잘 구축됐다.",
                   "이 단지는 전 세계 60개 나라의 인재가 근무하며 전 세계 사이언스 파크 연합회에 소속돼 있다."], "ko")
    assert "location_connectivity" not in factor_codes(res)
    assert len(res["clusters"]) == 1
    assert stats_where(res, value=60)[0]["metric"] == "other"  # countries the staff come from: no study scope
    res = extract(["춘천 바이오 클러스터는 수도권과 1시간 거리인 입지를 내세워 연구소를 유치하겠다고 밝혔다."], "ko")
    assert "location_connectivity" in factor_codes(res)


def test_a_cluster_named_once_among_cities_is_no_topic_and_firms_arriving_are_attracted():
    res = extract(["Silicon Valley, Seattle, Austin and New York often come to mind as tech capitals, "
                   "but the Greater Boston area has built a biotech hub that rivals them.",
                   "In 2018, Massachusetts biopharma companies drew $4.8 billion in venture capital investment."], "en")
    assert stats_where(res, value=4.8e9)[0]["cluster_id"] is None
    res = extract(["Kendall Square is packed with academic laboratories.",
                   "Novartis decided to move its global R&D operations to Cambridge, and more and more drug companies have arrived."], "en")
    assert "investment_attraction" in factor_codes(res)


def test_the_next_silicon_valley_is_a_comparison_and_listed_numbers_share_their_noun():
    res = extract([("heading", "Is Hanbit Techno Valley Korea's answer to Silicon Valley?"),
                   "Could the next Silicon Valley be in Korea? Hanbit Techno Valley is emerging as a global R&D cluster.",
                   "As of now, there are 210 IT, 45 BT, and 38 CT companies in Hanbit Techno Valley."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Hanbit Techno Valley"]
    assert {s["value"]: s["metric"] for s in res["statistics"]} == {210: "companies", 45: "companies", 38: "companies"}


def test_money_and_its_bracketed_conversion_share_one_period():
    res = extract(["Lotus Science Park recorded revenue of NT$1.2 trillion (US$39 billion) last year."], "en",
                  published="2023-03-12")
    assert {(s["unit"], s["period_start"]) for s in res["statistics"]} == {("TWD", "2022-01-01"), ("USD", "2022-01-01")}


def test_a_figure_compared_with_last_years_end_measures_the_same_thing():
    res = extract(["가람혁신도시 소식", "상반기 말 기준 입주 기업은 모두 1천17개사로, 작년말(693개)과 비교해 46.8% 늘었다."], "ko")
    assert stats_where(res, value=693)[0]["metric"] == "companies"
