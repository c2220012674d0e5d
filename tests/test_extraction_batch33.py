"""Forms met in a second read of real writing by others (Korean survey and quarterly releases of
industrial complexes and free economic zones, an English trade-press report on a national park
association, agency and encyclopedia pages), written here in other words: a quarter (2분기) is no
time in minutes, a zone's name with a suffix glued to its place (X만권경제자유구역) and its
authority (…청) naming it, results (실적) as a relational head, the two amounts of one change, a
list of changes sharing one verb, a breakdown by business type, a count of an unknown noun, a
survey's scope sentence that claims nothing, a city as a place and not an actor, an English
subject before an aside, a rise 'by more than N', sterling written 'Pounds 753 million', and
statements about parks at large; then a head alone ('the largest Science City'), research
facilities, a headline about many clusters whose body names one, sales that occurred (매출 발생),
section lines of a web capture, a city's capitalised district and a headline's words before 'of',
two places sharing one park, square feet written 'sf', the kind alone as an alias, 'N대 핵심'
(N major), a phase written into a name (성서3차 지방산업단지); then a Korean city written in English
as a place, four initials naming a zone, FDI as investment, a month in running text that is no
publication date, a capture's headline above its date label, bullet items and joined clauses that
are no headings, a gazetteer name followed by kind words, 'the number of' naming what is counted,
a fronted figure ('At 6,300 (2023: 6,400), the number of students …'), 'bn. euros'; then whether a
figure is reported or expected, a person named Park, a famous name used as a type ('of a Silicon
Valley'), Ph.D.s and R&D centers, a headline's foreign yardstick, a place in a park's own name,
a cluster of firms that is no name, a quoted name before its bracket; then Korean places in
English spellings (North Chungcheong, Osong), won as money and not as 'won a grant', totals (매출
총액은) and a topic before a named subject (매출실적은 기계센터가 …), changes said 'respectively'
(각각), a title in capitals, an index number (Fortune 500); then a biz park as a kind, a target named
before its figure (목표치(24%)), a city the text calls a city, a '-led' description."""
from pipeline.extract.document import extract_document
from pipeline.metadata import find_date
from pipeline.model import ParsedDocument
from pipeline.textlayer.web import parse_web_text
from tests.helpers import clusters_by_id, extract, factor_codes, stats_where


def test_a_quarter_is_no_duration_and_results_take_the_noun_before_them():
    res = extract(["영천산업단지 3분기 수출 12% 늘어",
                   "영천산업단지의 3분기 수출실적은 2억4천만불로 집계됐다."], "ko")
    assert not stats_where(res, unit="hour")
    (usd,) = stats_where(res, unit="USD")
    (complex_,) = res["clusters"]
    assert usd["metric"] == "exports" and usd["cluster_id"] == complex_["cluster_id"]


def test_the_two_amounts_of_one_change_measure_one_thing():
    res = extract(["영천산업단지의 총생산실적은 작년 같은 기간(8천억 원)보다 5.1% 늘어난 8천408억 원으로 나타났다.",
                   "1단지는 3천억 원으로 지난해 같은 기간 2천900억 원보다 3.4% 늘었다."], "ko")
    assert {s["metric"] for s in stats_where(res, value=800_000_000_000)} == {"revenue"}
    assert {s["metric"] for s in stats_where(res, value=840_800_000_000)} == {"revenue"}
    # the base written before 보다 after its own number is read, not dropped
    assert stats_where(res, value=290_000_000_000)


def test_a_suffix_glued_to_a_place_stays_in_the_zone_name_and_its_authority_names_it():
    res = extract(["동해안권경제자유구역청은 입주사업체 410개를 대상으로 실태조사를 한다고 밝혔다.",
                   "조사 대상은 상시 근로자 5인 이상 사업체와 외국인투자기업이다.",
                   "지난해 입주사업체 수는 398개로 1년 전보다 6.2% 늘었다."], "ko")
    (zone,) = res["clusters"]
    assert zone["name_ko"] == "동해안권경제자유구역"
    (firms,) = stats_where(res, value=398)
    assert firms["cluster_id"] == zone["cluster_id"] and firms["metric"] == "companies"
    assert "investment_attraction" not in factor_codes(res)  # who was surveyed is no claim


def test_a_count_of_an_unknown_noun_takes_no_label_from_further_back():
    res = extract(["영천테크노밸리 조사는 매출과 생산 현황 등 54개 항목을 묻는다.",
                   "영천테크노밸리 매출은 2조원 규모다."], "ko")
    (items,) = stats_where(res, value=54)
    assert items["metric"] != "revenue"
    (sales,) = stats_where(res, value=2_000_000_000_000)
    assert sales["metric"] == "revenue"


def test_a_list_of_changes_shares_its_verb_and_a_breakdown_by_business_type_counts_firms():
    res = extract(["영천테크노밸리 입주기업은 모두 900개다.",
                   "업종별로 ▲정보기술 510개 ▲바이오 120개 ▲콘텐츠 98개 등이다.",
                   "작년보다 중소기업은 2.3%, 대기업은 0.6% 줄었다.",
                   "전체 임직원 가운데 연구 인력은 28.1%(1만 1200명), 여성 인력은 31.0%(1만 2350명), 신규 인력은 15.2%(6070명)였다."], "ko")
    assert {s["metric"] for v in (510, 120, 98) for s in stats_where(res, value=v)} == {"companies"}
    assert {s["metric"] for v in (2.3, 0.6) for s in stats_where(res, value=v)} == {"decline"}
    assert [s["metric"] for s in stats_where(res, value=11200)] == ["researchers"]
    # the next item's 신규 (new) does not make women staff jobs created
    assert [s["metric"] for s in stats_where(res, value=12350)] == ["employees"]


def test_the_city_as_a_place_is_no_actor_of_government_support():
    res = extract(["The Fenwick Science Park was set up on the southern edge of the city of Fenwick on land owned by a college."], "en")
    assert "government_support" not in factor_codes(res)
    res = extract(["The Fenwick Science Park was set up with funding from the city of Fenwick."], "en")
    assert "government_support" in factor_codes(res)


def test_an_english_subject_before_an_aside_labels_the_figure_and_sterling_in_words():
    res = extract(["The Fenwick Science Park keeps growing.",
                   "The number of tenant firms, most of them small spinouts, had risen by more than 40 to 612.",
                   "Investment there reached Pounds 81 million, an increase of Pounds 9 million on the year before."], "en")
    (firms,) = stats_where(res, value=612)
    assert firms["metric"] == "companies"
    assert stats_where(res, value=40)[0]["metric"] == "growth"
    (inv,) = stats_where(res, value=81_000_000)
    assert inv["unit"] == "GBP" and inv["metric"] == "investment"
    (rise,) = stats_where(res, value=9_000_000)
    assert rise["unit"] == "GBP" and rise["metric"] == "growth"


def test_figures_about_parks_at_large_belong_to_none():
    res = extract(["The head of the Fenwick Science Park spoke at the meeting.",
                   "He said the number of employees in science parks totalled 31,400."], "en")
    assert "fenwick-science-park" in clusters_by_id(res)
    (staff,) = stats_where(res, value=31400)
    assert staff["cluster_id"] is None


def test_a_head_alone_is_no_name_and_research_facilities_are_institutes():
    res = extract(["Harlow Science City hosts 140 research facilities.",
                   "It has become the biggest Science City in the region."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Harlow Science City"]
    (labs,) = stats_where(res, value=140)
    assert labs["metric"] == "research_institutes"


def test_a_headline_about_many_clusters_makes_no_topic_of_the_one_its_body_names():
    res = extract([("heading", "12개국 19곳 해외 바이오클러스터 현황 조사"),
                   "조사된 19곳 클러스터 중 11곳이 성공요인으로 산학협력을 꼽았다.",
                   "메디콘밸리(Medicon Valley)의 경우 밋업이 1,200건에 이른다."], "ko")
    assert stats_where(res, value=19)[0]["cluster_id"] is None
    assert stats_where(res, value=12)[0]["metric"] == "study_scope"
    (meetups,) = stats_where(res, value=1200)
    assert meetups["cluster_id"] is not None


def test_commercialisation_sales_that_occurred_are_revenue():
    res = extract(["영천테크노밸리 1단계 사업에서는 512억원의 사업화 매출 발생 성과를 거뒀다."], "ko")
    (sales,) = stats_where(res, unit="KRW")
    assert sales["metric"] == "revenue"


def test_a_capture_with_section_lines_gives_each_profile_its_figures():
    page, meta = parse_web_text("Districts worth a visit\n\nHere are two examples.\n\n"
                                "University Heights Science Center, Newark\n\nFounded: 1971\n\n"
                                "Size: 40 acres of labs and offices\n\n"
                                "Harbor Point Innovation Community, Norfolk\n\nFounded: 2004\n\n"
                                "Size: 90 acres of mixed-use space\n")
    kinds = {page.text[p.start:p.end]: p.kind for p in page.paragraphs}
    assert kinds["Harbor Point Innovation Community, Norfolk"] == "heading"
    assert kinds["Founded: 2004"] == "para" and kinds["Here are two examples."] == "para"
    res = extract_document(ParsedDocument("w", "w.txt", "txt", [page], 1, {**meta, "language": "en"}, "test"))
    ids = {c["name"]: c["cluster_id"] for c in res["clusters"]}
    # a negative word modifying a capitalised word is part of a place's name
    assert {"University Heights Science Center", "Harbor Point Innovation Community"} <= set(ids)
    acres = {round(s["value"] / 4046.8564224): s["cluster_id"] for s in stats_where(res, unit="m2")}
    assert acres == {40: ids["University Heights Science Center"], 90: ids["Harbor Point Innovation Community"]}


def test_a_citys_capitalised_district_and_headline_words_before_of():
    res = extract([("heading", "Mayor and Accelerator Announce Expansion of Innovation District"),
                   "The expansion of Denver's Innovation District was announced today.",
                   "The accelerator was a key anchor for the Innovation District.",
                   "The Innovation District has added more than 3,000 new jobs over four years."], "en")
    (c,) = res["clusters"]
    assert c["name"] == "Denver Innovation District" and c["country"] == "US"
    (jobs,) = stats_where(res, value=3000)
    assert jobs["cluster_id"] == c["cluster_id"]


def test_two_places_sharing_one_park_and_square_feet_written_sf():
    res = extract(["Bristol and Bath Science Park has attracted 2 million sf of projects."], "en")
    (c,) = res["clusters"]
    assert c["name"] == "Bristol and Bath Science Park"
    (area,) = stats_where(res, unit="m2")
    assert round(area["value"]) == round(2_000_000 * 0.09290304)


def test_the_kind_alone_is_never_an_alias_of_a_name():
    res = extract(["센텀사이언스파크 착공",
                   "센텀사이언스파크는 5일 '센텀 사이언스 파크' 건물을 착공했다.",
                   "다른 도시의 사이언스 파크 20곳도 비슷하다."], "ko")
    (c,) = res["clusters"]
    assert not any(n.replace(" ", "") == "사이언스파크" for n in c["aliases"])


def test_n_major_things_are_no_count_and_a_phase_is_part_of_a_name():
    res = extract(["영천테크노밸리는 도의 5대 핵심사업 가운데 하나다.",
                   "정부는 대구 달서구 월배2차 지방산업단지(총 850평)를 연구단지로 지정했다."], "ko")
    assert not stats_where(res, value=5)
    ids = {c["name_ko"]: c for c in res["clusters"]}
    phase = ids["월배2차 지방산업단지"]
    assert phase["name"] == "Wolbae 2nd Local Industrial Complex" and phase["region"] == "Daegu"
    (area,) = stats_where(res, unit="m2")
    assert area["cluster_id"] == phase["cluster_id"]


def test_a_korean_city_in_english_is_a_place_and_four_initials_name_the_zone():
    res = extract([("heading", "Free Economic Zone picks up speed"),
                   "The Ulsan Free Economic Zone was designated as a free economic zone in August 2013.",
                   "Many firms in the Ulsan area have moved into it.",
                   "Foreign direct investment in the UFEZ reached $1.2 billion, and $3.4 billion in accumulated FDI."], "en")
    (c,) = res["clusters"]
    assert c["name"] == "Ulsan Free Economic Zone"
    assert "Ulsan" not in c["aliases"] and "UFEZ" in c["aliases"]
    assert {s["metric"] for s in stats_where(res, unit="USD")} == {"investment"}
    assert {s["cluster_id"] for s in stats_where(res, unit="USD")} == {c["cluster_id"]}


def test_a_month_in_running_text_is_no_publication_date():
    assert find_date("The zone was designated as the first of its kind in August 2003.") is None
    assert find_date("Published: August 2003") == "2003-08"


def test_a_captures_headline_sits_above_its_date_label_and_the_menus_above_it_are_chrome():
    page, meta = parse_web_text("Invest Portal\n\n검색\n\n• Home\n• 뉴스룸\n"
                                "혁신클러스터, 협업에 답 있다\n작성일\n2020.03.05\n\n"
                                "KOTRA, 15개국 21곳 해외 혁신클러스터 현황 조사\n\n"
                                "조사된 21곳 클러스터 중 12곳이 협업 네트워크를 꼽았다.\n\n"
                                "오울루(Oulu) 클러스터는 밋업을 1,300건 열었다.\n")
    assert meta["title"] == "혁신클러스터, 협업에 답 있다" and meta["published"] == "2020-03-05"
    assert "Invest Portal" not in page.text and "Home" not in page.text
    kinds = {page.text[p.start:p.end]: p.kind for p in page.paragraphs}
    assert kinds["KOTRA, 15개국 21곳 해외 혁신클러스터 현황 조사"] == "heading"
    res = extract_document(ParsedDocument("w", "w.txt", "txt", [page], 1, {**meta, "language": "ko"}, "test"))
    # a subheading about 21 clusters: the one the body names is no topic of the whole
    assert stats_where(res, value=21)[0]["cluster_id"] is None
    assert stats_where(res, value=15)[0]["metric"] == "study_scope"


def test_bullet_items_and_joined_clauses_are_no_headings():
    page, _ = parse_web_text("고베 의료도시 개요\n\n□ 성공 요인\n\n"
                             "○ (입지) 공항이 가깝고, 전철로 도심까지 10분 걸림\n\n"
                             "항만과 연결돼 물류 접근성이 뛰어나며, 공항까지 20분이면 닿는다\n\n"
                             "공항까지 자동차로 약 30분 걸린다.[1]\n\n끝.\n")
    kinds = {page.text[p.start:p.end]: p.kind for p in page.paragraphs}
    assert kinds["□ 성공 요인"] == "heading"
    assert kinds["○ (입지) 공항이 가깝고, 전철로 도심까지 10분 걸림"] == "para"
    assert kinds["항만과 연결돼 물류 접근성이 뛰어나며, 공항까지 20분이면 닿는다"] == "para"
    assert kinds["공항까지 자동차로 약 30분 걸린다.[1]"] == "para"


def test_a_gazetteer_name_with_kind_words_after_it_is_that_cluster_under_the_gazetteers_name():
    res = extract(["The Zhongguancun Science and Technology Park is the largest of Beijing's parks.",
                   "Around 9,000 companies are now based in the Zhongguancun Science and Technology Park."], "en")
    (c,) = res["clusters"]
    assert c["cluster_id"] == "zhongguancun"
    assert "Zhongguancun Science and Technology Park" in c["aliases"]


def test_the_number_of_names_what_is_counted_and_a_fronted_figure():
    res = extract(["The Velden Science Park grew again in 2024.",
                   "Revenues rose by 4.1% to over 2.2 bn. euros (2023: 2.1 bn. euros).",
                   "The number of employees grew by 900 to around 18,400 persons.",
                   "At 5,100 (2023: 5,300), the number of students decreased slightly.",
                   "The number of employees working at research institutions totalled 3,200."], "en")
    assert {s["unit"] for v in (2_200_000_000, 2_100_000_000) for s in stats_where(res, value=v)} == {"EUR"}
    assert stats_where(res, value=18400)[0]["metric"] == "employees"
    assert stats_where(res, value=5100)[0]["metric"] == "students"
    assert stats_where(res, value=3200)[0]["metric"] == "employees"


def test_a_figure_says_whether_it_is_reported_or_expected():
    res = extract(["영천테크노밸리 입주기업은 지난해 320개로 늘었으며, 내년까지 450개로 늘릴 계획이다.",
                   "설문에서 61%(61명)의 대표가 '이전 계획이 없다'고 답했다.",
                   "분양 면적은 88만㎡로, 계획(120만㎡) 대비 73% 수준이다."], "ko")
    mod = {s["value"]: s["modality"] for s in res["statistics"]}
    assert mod[320] == "reported" and mod[450] == "expected"
    assert mod[61] == "reported" and mod[880000] == "reported"
    res = extract(["The Velden Science Park employs 4,000 people and will create 2,500 jobs by 2030.",
                   "The park, which has 300 firms, is aiming to attract 150 more companies."], "en", published="2024-05-01")
    mod = {s["value"]: s["modality"] for s in res["statistics"]}
    assert mod[4000] == "reported" and mod[2500] == "expected"
    assert mod[300] == "reported" and mod[150] == "expected"


def test_a_person_named_park_a_famous_name_as_a_type_and_doctorates():
    res = extract(["Yuseong Valley has not drawn the attention of a Silicon Valley.",
                   "When President Park Jung-hee began building the science park in 1974, research moved there.",
                   "Today close to 6,500 Ph.D.s work in Yuseong Valley, with 120 corporate R&D centers."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Yuseong Valley"]
    assert stats_where(res, value=6500)[0]["metric"] == "researchers"
    assert stats_where(res, value=120)[0]["metric"] == "companies"  # firms' R&D centres (CONTRACT.md: companies)
    # a famous name before a noun is the place itself (a Silicon Valley startup)
    res = extract(["A Silicon Valley startup opened an office in Yuseong Valley."], "en")
    assert "silicon-valley" in clusters_by_id(res)


def test_the_headlines_foreign_yardstick_is_not_the_topic_nor_the_owner_of_figures():
    res = extract([("heading", "Norway's startups are giving Silicon Valley a run for its money"),
                   "Norway's answer to Silicon Valley is Fjord Valley, an area around Bergen in Norway.",
                   "There are about 1,300 startups operating in Norway, a density second only to Silicon Valley itself.",
                   "Most founders stay in Norway."], "en")
    ids = clusters_by_id(res)
    (startups,) = stats_where(res, value=1300)
    # (not the yardstick's; and, counted over the whole of Norway, not Fjord Valley's either: Rules 206)
    assert startups["cluster_id"] is None and ids["fjord-valley"]["country"] == "NO"


def test_a_place_in_a_parks_name_places_it_and_a_cluster_of_firms_is_no_name():
    res = extract(["The Haifa Technology Park would fit right into California's Silicon Valley and other centers around the U.S.",
                   "It rivals the Bay Area's cluster of innovative firms."], "en")
    ids = clusters_by_id(res)
    assert ids["haifa-technology-park"]["country"] == "IL"
    assert not any("Bay Area" in c["name"] for c in res["clusters"])


def test_a_quoted_name_before_its_bracket_starts_at_the_quote():
    res = extract(["시와 기업과 대학이 힘을 합쳐 '스마트혁신캠퍼스(SIC)'를 세웠다.", "스마트혁신캠퍼스에는 120개 기업이 있다."], "ko")
    (c,) = res["clusters"]
    assert c["name_ko"] == "스마트혁신캠퍼스"


def test_korean_places_in_english_spellings_and_won_as_money():
    res = extract(["Ochang, North Chungcheong Province, is growing into a battery base five times the size of Pangyo Techno Valley, Gyeonggi Province.",
                   "Ochang Battery Valley's production, which stood at a mere 900 million won in 2012, surged to 2.1 trillion won last year.",
                   "Production in the first quarter reached 610.5 billion won."], "en")
    ids = clusters_by_id(res)
    valley = ids["ochang-battery-valley"]
    assert valley["country"] == "KR" and valley["region"] == "Cheongju"
    assert ids["pangyo-techno-valley"]["region"] == "Seongnam"
    assert {s["metric"] for s in stats_where(res, unit="KRW")} == {"revenue"}
    assert {s["cluster_id"] for s in stats_where(res, unit="KRW")} == {"ochang-battery-valley"}


def test_totals_topics_before_named_subjects_and_respective_changes():
    res = extract(["영천테크노파크에 입주한 96개 기업의 매출 총액은 4210억원으로, 전년 3800억원보다 11% 늘었다.",
                   "센터별 매출실적은 기계센터(센터장 홍길동)가 1900억원으로 가장 많았다.",
                   "고용인원은 기업지원단 산하 기업이 410명이다.",
                   "특허 건수는 10건에서 30건으로 200%, 기술이전 건수는 2건에서 7건으로 250%가 각각 늘었다."], "ko")
    assert {s["metric"] for v in (421_000_000_000, 380_000_000_000, 190_000_000_000) for s in stats_where(res, value=v)} == {"revenue"}
    assert stats_where(res, value=410)[0]["metric"] == "employees"
    assert {s["metric"] for v in (200, 250) for s in stats_where(res, value=v, unit="percent")} == {"growth"}


def test_a_title_in_capitals_names_its_park_and_an_index_number_counts_nothing():
    res = extract([("heading", "MESA TECH PARK ANNUAL REPORT 2022"),
                   "• 62 high tech tenants", "• Home to several Fortune 500 companies", "• 5,400 employees"], "en")
    (c,) = res["clusters"]
    assert c["name"] == "Mesa Tech Park"
    assert {s["value"] for s in res["statistics"]} == {62, 5400}
    assert {s["cluster_id"] for s in res["statistics"]} == {c["cluster_id"]}


def test_a_biz_park_is_a_kind_and_a_target_named_before_its_figure_is_expected():
    res = extract(["작년 혁신도시 인구 23만명 돌파…올해는 비즈파크 조성",
                   "지역인재 채용 비율은 29.1%를 기록해 목표치(25%)를 넘었다."], "ko")
    assert not res["clusters"]
    mod = {s["value"]: s["modality"] for s in res["statistics"]}
    assert mod[29.1] == "reported" and mod[25] == "expected"


def test_a_city_called_a_city_is_no_alias_and_a_led_description_is_no_name():
    res = extract(["Kajaani is a city located 500 km north of Helsinki, well known for Kajaani Technopolis.",
                   "Government-led IT Cluster",
                   "Kajaani Technopolis grew fast in the 1990s."], "en")
    (c,) = res["clusters"]
    assert c["name"] == "Kajaani Technopolis" and "Kajaani" not in c["aliases"]
