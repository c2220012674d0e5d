"""Forms met in the tenth read (a Swedish ICT science city in five pieces, a Berlin science park in
two, a Korean science industrial complex in five, a Korean medical-device cluster in five, an
Indian IT park in three, a Danish-Swedish life-science region in two, a Korean island's science
park in four, a Chinese optics valley in three, a Brazilian digital port), written here in other
words: European decimal commas and point-grouped thousands before a unit, a size class of firms,
a bracket giving last year's figure after a colon, a split year, attendees, parcels of land, a
noun written in Hanja, a date a clause starts from, degree words before a qualifier, a target
level, a bare count repeated from a headline, participles and bracketed words after a count, a
nationality before a name, a word translated inside a name, a bullet wrapped onto a second line,
a yardstick cluster, a share of a province's total."""
from tests.helpers import clusters_by_id, extract, extract_capture, stats_where


# ------------------------------------------------------------------ English numbers

def test_a_decimal_comma_before_a_scale_word_is_one_number():
    res = extract(["Norrvik Science Park facts", "The Norrvik Science Park region has approx. 2,4 million inhabitants."], "en")
    assert stats_where(res, value=2400000.0), res["statistics"]
    assert not stats_where(res, value=2.0) and not stats_where(res, value=4000000.0), res["statistics"]


def test_a_point_grouping_thousands_before_a_unit_of_area():
    res = extract(["Norrvik Science Park facts", "The region served by Norrvik Science Park covers 18.000 km2."], "en")
    assert stats_where(res, value=18000 * 1e6, unit="m2"), res["statistics"]


def test_a_size_class_of_firms_is_no_figure_but_counted_firms_with_their_staff_are():
    res = extract(["Norrvik Science Park facts",
                   "Norrvik Science Park hosts 640 companies with 12,000 employees. "
                   "The survey looked at the firms with more than 500 employees in the park."], "en")
    assert stats_where(res, value=640.0) and stats_where(res, value=12000.0, metric="employees"), res["statistics"]
    assert not stats_where(res, value=500.0), res["statistics"]


# ------------------------------------------------------------------ English periods

def test_a_bracket_giving_a_years_figure_after_a_colon_dates_it():
    res = extract(["Norrvik Science Park in 2024",
                   "At Norrvik Science Park, sales rose by 4.1% to 5.3 bn. euros (2023: 5.1 bn. euros). "
                   "At 4,200 (2023: 4,500), the number of students at Norrvik Science Park fell."], "en")
    last_year = stats_where(res, value=5.1e9)
    assert last_year and last_year[0]["period_start"] == "2023-01-01", res["statistics"]
    students = stats_where(res, value=4500.0)
    assert students and students[0]["period_end"] == "2023-12-31", res["statistics"]
    assert stats_where(res, value=4200.0)[0]["period_start"] is None


def test_a_split_year_is_two_years_not_a_month():
    res = extract(["Norrvik Science Park",
                   "During the downturn of 2008–2011, Norrvik Science Park saw slower growth in 2010-11, "
                   "when its exports were only 3.1% higher than the year before."], "en")
    growth = stats_where(res, value=3.1)
    assert growth and (growth[0]["period_start"], growth[0]["period_end"]) == ("2010-01-01", "2011-12-31"), res["statistics"]


def test_a_split_year_in_a_country_that_splits_its_financial_year_is_that_year():
    res = extract(["Kochi Infotech Park",
                   "Kochi Infotech Park in Kerala, India saw slower growth in 2012-13, "
                   "when its exports were only 4.2% higher than the year before."], "en")
    growth = stats_where(res, value=4.2)
    assert growth and (growth[0]["period_start"], growth[0]["period_end"]) == ("2012-04-01", "2013-03-31"), res["statistics"]


def test_a_conversion_in_brackets_does_not_date_the_figure_after_it():
    res = extract(["Lakeside Optics Valley",
                   "Lakeside Optics Valley expects its output to reach 500 billion yuan ($70 billion) in 2026 "
                   "from 200 billion yuan in 2021."], "en")
    base = stats_where(res, value=2e11)
    assert base and base[0]["period_start"] == "2021-01-01", res["statistics"]


# ------------------------------------------------------------------ English labels

def test_a_participle_after_the_firms_ends_what_is_counted():
    res = extract(["Kochi Infotech Park",
                   "Kochi Infotech Park has about 210 companies providing employment to more than 30,000 professionals."], "en")
    firms = stats_where(res, value=210.0)
    assert firms and firms[0]["metric"] == "companies", res["statistics"]


def test_a_word_in_brackets_between_a_count_and_its_noun():
    res = extract(["Fjord Valley key facts", "Fjord Valley is home to approx. 60 (green) biotech companies."], "en")
    firms = stats_where(res, value=60.0)
    assert firms and firms[0]["metric"] == "companies", res["statistics"]


def test_patent_applications_are_patents():
    res = extract(["Lakeside Optics Valley", "Lakeside Optics Valley recorded 9,100 patent applications in the first half."], "en")
    assert stats_where(res, value=9100.0, metric="patents"), res["statistics"]


def test_firms_that_generate_jobs_hold_them():
    res = extract(["Recife Digital Port", "Recife Digital Port has 410 companies that generate more than 15 thousand jobs."], "en")
    jobs = stats_where(res, value=15000.0)
    assert jobs and jobs[0]["metric"] == "employees", res["statistics"]
    created = extract(["Recife Digital Port", "The expansion of Recife Digital Port will create 4,000 jobs."], "en")
    assert stats_where(created, value=4000.0, metric="jobs_change"), created["statistics"]


# ------------------------------------------------------------------ English names and attribution

def test_a_nationality_before_a_name_is_not_part_of_it():
    res = extract(["Fjord Valley in 2021", "The cross-border Norwegian-Swedish Fjord Valley counts 41 companies with a large workforce."], "en")
    names = [c["name"] for c in res["clusters"]]
    assert "Fjord Valley" in names and not any(n.startswith("Norwegian") for n in names), names


def test_a_share_of_a_provinces_total_stays_the_clusters():
    res = extract(["Lakeside Optics Valley",
                   "Lakeside Optics Valley in Wuhan grew quickly in the first half.",
                   "Its trade totalled 41 billion yuan, representing 30 percent of the province's total trade."], "en")
    share = stats_where(res, value=30.0)
    assert share and share[0]["cluster_id"] is not None, res["statistics"]
    sector = extract(["Lakeside Optics Valley", "Lakeside Optics Valley in Wuhan grew quickly.",
                      "Nationwide the sector accounts for 4 per cent of the country's GDP."], "en")
    assert stats_where(sector, value=4.0)[0]["cluster_id"] is None, sector["statistics"]


def test_a_yardstick_cluster_does_not_take_the_figure():
    res = extract(["Lakeside Optics Valley",
                   "Similar to Zhongguancun, the technology hub of Beijing, the optics cluster in Wuhan holds more than 7,200 patents."], "en")
    patents = stats_where(res, value=7200.0)
    assert patents and patents[0]["cluster_id"] != "zhongguancun", res["statistics"]
    ko = extract(["한빛 바이오단지는 실리콘밸리처럼 5,000개 기업이 모인 곳이 되겠다고 밝혔다."], "ko")
    firms = stats_where(ko, value=5000.0)
    assert firms and firms[0]["cluster_id"] is not None and firms[0]["cluster_id"] != "silicon-valley", ko["statistics"]


# ------------------------------------------------------------------ Korean figures

def test_people_who_attended_are_attendees_whoever_they_are():
    res = extract(["한빛 바이오단지가 착공 6년 만에 준공됐다. 이날 시장과 주민 등 800여명이 참석한 가운데 준공식이 열렸다."], "ko")
    people = stats_where(res, value=800.0)
    assert people and people[0]["metric"] not in ("population", "employees"), res["statistics"]


def test_parcels_of_land_are_not_firms():
    res = extract(["한빛 바이오단지에 입주할 80개 업체가 확보한 공장용지는 모두 40만평. 전체 용지의 90%가 분양됐고 미분양 용지는 4개 필지 5만평 뿐이다."], "ko")
    assert stats_where(res, value=4.0) and stats_where(res, value=4.0)[0]["metric"] != "companies", res["statistics"]


def test_a_noun_written_in_hanja_names_the_count():
    res = extract([("heading", "한빛 바이오단지에 바이오社 88개…수출 기지로"), "한빛 바이오단지에는 바이오 기업이 모여 있다."], "ko")
    firms = stats_where(res, value=88.0)
    assert firms and firms[0]["metric"] == "companies", res["statistics"]


def test_employed_people_are_employees():
    res = extract(["한빛 바이오단지는 기업 90개사, 고용인구 1,850명으로 성장했다."], "ko")
    assert stats_where(res, value=1850.0, metric="employees"), res["statistics"]


def test_a_year_the_clause_counts_from_does_not_date_todays_figures():
    res = extract(["1999년 창업보육센터 개소 이후 최근 10년간 한빛 바이오단지는 기업 120개사, 총 생산액 2,100억 원으로 성장했다."], "ko")
    firms = stats_where(res, value=120.0)
    assert firms and firms[0]["period_start"] is None, res["statistics"]


def test_degree_words_before_a_qualifier():
    res = extract(["한빛 바이오단지의 생산규모는 지난해 900억원에 조금 못미치고 수출은 3,000만불을 약간 상회한다."], "ko")
    assert stats_where(res, value=9e10)[0]["qualifier"] == "at_most", res["statistics"]
    assert stats_where(res, value=3e7)[0]["qualifier"] == "at_least", res["statistics"]


def test_a_workforce_to_reach_a_level_is_employees_not_jobs_created():
    res = extract(["한빛 바이오단지 추진단은 2030년까지 고용인원을 5,000명까지 늘린다는 목표를 세웠다."], "ko")
    assert stats_where(res, value=5000.0, metric="employees"), res["statistics"]


def test_a_bare_count_repeating_a_headlines_labelled_one_is_dropped():
    res = extract([("heading", "한빛 바이오단지 입주기업 120개 돌파"),
                   "한빛시는 한빛 바이오단지에 입주할 기업 유치에 나선 결과, 최근 120개를 넘어섰다고 밝혔다."], "ko")
    rows = stats_where(res, value=120.0)
    assert len(rows) == 1 and rows[0]["metric"] == "companies", res["statistics"]
    body = extract([("heading", "한빛 바이오단지, IT 41개·BT 20개사 활동"),
                    "한빛 바이오단지에는 IT 관련 기업 41개사와 BT 관련 기업 20개가 입주해 있다."], "ko")
    rows = stats_where(body, value=41.0)
    assert len(rows) == 1 and rows[0]["metric"] == "companies", body["statistics"]


def test_money_spent_on_land_is_investment_not_area():
    res = extract(["한빛시는 50만㎡ 부지에 총 3000억원(공공자금 1200억원·민자 1800억원)을 투입해 한빛 바이오단지를 조성했다."], "ko")
    assert stats_where(res, value=3e11, metric="investment"), res["statistics"]
    assert stats_where(res, value=1.2e11, metric="investment"), res["statistics"]


def test_this_months_date_parts_an_earlier_year_from_the_figures():
    res = extract(["한빛 바이오단지는 지난 2012년 말 산업용지 분양을 마쳤고 이달 현재 총 130개 기업이 입주해 있다."], "ko")
    firms = stats_where(res, value=130.0)
    assert firms and firms[0]["period_start"] is None, res["statistics"]


def test_the_noun_a_case_is_of_labels_the_figures():
    res = extract(["한빛 바이오단지 입주기업의 매출은 1조원이다. 수출액의 경우도 2019년 20억원, 2020년 45억원으로 늘었다."], "ko")
    assert stats_where(res, value=2e9, metric="exports"), res["statistics"]


# ------------------------------------------------------------------ Korean names

def test_a_word_is_translated_inside_a_place_joined_name():
    res = extract(["청주생명과학산업단지는 2002년 준공됐다."], "ko")
    names = {c["name_en"] for c in res["clusters"]}
    assert "Cheongju Life Science Industrial Complex" in names, names


def test_a_technopark_listed_with_universities_is_an_agency():
    res = extract(["한빛 바이오단지 반경 2㎞ 이내에는 한빛대학교, 한빛국제대학교와 한빛테크노파크(HTP)가 위치해 있다."], "ko")
    assert not any("테크노파크" in (c["name_ko"] or "") for c in res["clusters"]), res["clusters"]


# ------------------------------------------------------------------ captures

def test_a_bullet_wrapped_onto_an_indented_line_is_one_item(tmp_path):
    res = extract_capture(tmp_path / "norrvik.txt",
                          "Business in Norrvik Science Park\n\nNorrvik Science Park is growing.\n\n"
                          "  • In 2019 ICT companies in Norrvik Science Park\n    had a combined turnover of 12 billion SEK\n"
                          "  • Other firms had a turnover of 3 billion SEK.\n")
    turnover = stats_where(res, value=1.2e10)
    assert turnover and turnover[0]["period_start"] == "2019-01-01", res["statistics"]
    assert clusters_by_id(res), res["clusters"]


# ------------------------------------------------------------------ a second round (Rules 101)

def test_a_capitalised_place_and_head_is_a_name_of_its_own():
    res = extract(["Plans move on for Leeford Business Park",
                   "Plans are moving forward to expand Leeford Business Park, where 600 more jobs could be created.",
                   "Over the road from the Advanced Engineering Park (AEP), the former airfield is home to a dozen firms. "
                   "The park comprises over 150 acres and already accommodates over 1,800 jobs."], "en")
    ids = {c["cluster_id"] for c in res["clusters"]}
    assert {"leeford-business-park", "advanced-engineering-park"} <= ids, res["clusters"]
    jobs = stats_where(res, value=1800.0)
    assert jobs and jobs[0]["cluster_id"] == "leeford-business-park", res["statistics"]


def test_jobs_said_to_be_created_after_the_count():
    res = extract(["Dunmore Manufacturing Park", "At Dunmore Manufacturing Park over 1,400 jobs have already been created. "
                   "At the older site around 300 jobs were lost in 2009."], "en")
    assert stats_where(res, value=1400.0, metric="jobs_change"), res["statistics"]
    lost = stats_where(res, value=300.0)
    assert lost and lost[0]["metric_label"] == "jobs lost", res["statistics"]


def test_a_change_said_of_a_dated_figure_shares_its_date():
    res = extract(["Lakeside Industrial Park",
                   "Lakeside Industrial Park reported paid-in foreign capital worth US$1.4 billion in the first half of 2021, "
                   "a year-on-year increase of 88 percent."], "en")
    growth = stats_where(res, value=88.0)
    assert growth and (growth[0]["period_start"], growth[0]["period_end"]) == ("2021-01-01", "2021-06-30"), res["statistics"]


def test_the_same_period_of_last_year_is_a_base_not_the_figures_period():
    res = extract(["Lakeside Industrial Park",
                   "Lakeside Industrial Park attracted US$1.4 billion in the first half of 2021.",
                   "Between January and August, the park drew registered capital of US$2.1 billion, "
                   "an increase of 70 percent over the same period of last year."], "en")
    assert stats_where(res, value=2.1e9)[0]["period_start"] is None, res["statistics"]


def test_two_places_sharing_a_head_in_a_headline_are_two_clusters_when_named_apart():
    res = extract([("heading", "한빛·가람 테크노밸리, 바이오 거점으로"),
                   "한빛테크노밸리는 조성 10년 만에 입주기업 900개를 돌파했다.",
                   "첨단업종이 총 700개사로 전체의 약 78%를 차지한다.",
                   "가람테크노밸리는 입주기업 150개, 상주 임직원 2800명이다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert "한빛테크노밸리" in names and "가람테크노밸리" in names and not any("·" in (n or "") for n in names), names
    by_name = {c["name_ko"]: c["cluster_id"] for c in res["clusters"]}
    assert stats_where(res, value=700.0)[0]["cluster_id"] == by_name["한빛테크노밸리"], res["statistics"]
    assert stats_where(res, value=150.0)[0]["cluster_id"] == by_name["가람테크노밸리"], res["statistics"]


def test_a_pair_the_text_writes_in_its_body_stays_one_complex():
    res = extract([("heading", "한빛·가람 국가산업단지"),
                   "한빛·가람 국가산업단지는 한빛국가산업단지와 가람국가산업단지를 함께 이르는 말이다. 입주 업체는 약 9천 개다."], "ko")
    assert any("·" in (c["name_ko"] or "") for c in res["clusters"]), res["clusters"]


# ------------------------------------------------------------------ a third round (Rules 102)

def test_a_capitalised_word_in_a_list_of_adjectives_before_the_noun():
    res = extract(["Harbour Science Park", "Harbour Science Park has around 700 local, Mainland and overseas technology "
                   "enterprises operating in it."], "en")
    firms = stats_where(res, value=700.0)
    assert firms and firms[0]["metric"] == "companies", res["statistics"]


def test_unicorn_companies_are_startups():
    res = extract(["Harbour Science Park", "Harbour Science Park is home to 9 unicorn companies."], "en")
    assert stats_where(res, value=9.0, metric="startups"), res["statistics"]


def test_a_city_states_possessive_before_a_bare_head_is_the_name():
    res = extract(["Will more money change things?", "Since its founding, Hong Kong's Science Park has hosted 350 firms."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Hong Kong Science Park"], res["clusters"]


def test_a_kind_a_complex_is_designated_as_is_no_complex():
    res = extract(["한빛 국가산업단지 분양 완판", "한빛 국가산업단지는 지난 20일 이차전지 특화단지로 지정되면서 각종 세제혜택이 주어지게 됐다. "
                   "한빛 국가산업단지의 전체 규모는 600만㎡이다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["한빛 국가산업단지"], res["clusters"]


# ------------------------------------------------------------------ a fourth round (Rules 102)

def test_a_year_written_before_the_next_figure_is_that_ones():
    res = extract(["한빛 혁신도시는 2018년 첫 입주가 시작됐다. 그해 500명의 주민이 한빛 혁신도시에 터를 잡은 것을 시작으로 "
                   "2019년 900명, 2020년 1,400명으로 인구가 꾸준히 늘었다."], "ko")
    assert stats_where(res, value=500.0)[0]["period_start"] != "2019-01-01", res["statistics"]
    last = stats_where(res, value=1400.0)
    assert last and last[0]["metric"] == "population" and last[0]["period_start"] == "2020-01-01", res["statistics"]


def test_bodies_a_headline_counts_before_their_moving_in():
    res = extract([("heading", "한빛 혁신도시 인구 꾸준히 증가 11개 공공기관 입주도 올해 안 마무리"), "한빛 혁신도시의 인구가 늘고 있다."], "ko")
    bodies = stats_where(res, value=11.0)
    assert bodies and bodies[0]["metric"] != "companies", res["statistics"]


def test_bodies_alone_are_institutions_and_research_institutes_stay_so():
    res = extract(["한빛 혁신도시에 이전하는 11개 공공기관 가운데 한빛가스공사·한빛표준원(이상 한빛면) 등 7개 기관이 이전을 완료했다. "
                   "한빛 혁신도시에는 정부출연연구기관 26곳이 있다."], "ko")
    assert stats_where(res, value=7.0)[0]["metric_label"] == "institutions", res["statistics"]
    assert stats_where(res, value=26.0)[0]["metric"] == "research_institutes", res["statistics"]


def test_a_towns_population_is_not_the_clusters():
    res = extract(["한빛 혁신도시에 주민 입주가 본격화됐다.",
                   "한빛면 인구는 2013년 말 5100명에 불과했으나 지난해 6월 말 6200명, 지난 23일 8000명이 됐다. "
                   "이 가운데 한빛 혁신도시 거주 인구는 2900명으로 집계됐다."], "ko")
    assert stats_where(res, value=5100.0)[0]["cluster_id"] is None, res["statistics"]
    town_mid = stats_where(res, value=6200.0)
    assert town_mid and town_mid[0]["period_start"] is None, res["statistics"]
    city = stats_where(res, value=2900.0)
    assert city and city[0]["cluster_id"] is not None and city[0]["period_start"] is None, res["statistics"]


def test_a_rise_over_the_previous_year_is_not_dated_that_year():
    res = extract(["Norrvik Software Park", "Norrvik Software Park registered an increase of 37 per cent over the previous year."],
                  "en", published="2004-06-11")
    rise = stats_where(res, value=37.0)
    assert rise and rise[0]["period_start"] != "2003-01-01", res["statistics"]


def test_a_known_park_introduced_as_what_a_building_is_known_as():
    res = extract(["Rush at the towers", "The ten-storeyed Cyber Towers, better known as HITEC City, in Madhapur near Hyderabad, "
                   "houses 285 registered units."], "en")
    assert "hitec-city" in {c["cluster_id"] for c in res["clusters"]}, res["clusters"]


def test_whom_a_survey_asked_is_its_scope():
    res = extract(["한빛 산업단지공단은 한빛 국가산업단지의 기업, 산학연 전문가 등 544명을 대상으로 사업 만족도, 기업 성과 등을 조사한 결과를 "
                   "발표했다. 또 입주기업 121개사를 전수조사한 결과 33%가 만족한다고 답했다."], "ko")
    assert stats_where(res, value=544.0, metric="study_scope"), res["statistics"]
    assert stats_where(res, value=121.0, metric="study_scope"), res["statistics"]


def test_the_kind_alone_in_a_headline_is_no_cluster():
    res = extract([("heading", "한빛군, 농공단지 실태조사 실시"), "한빛군은 관내 농공단지 입주업체를 대상으로 실태조사를 실시한다. 관내 농공단지에는 31개 업체가 있다."], "ko")
    assert not res["clusters"], res["clusters"]


# ------------------------------------------------------------------ a fifth round (Rules 103)

def test_an_amount_of_an_order_in_won():
    res = extract([("heading", "한빛 국가산업단지, 8,000억대 투자유치"), "한빛 국가산업단지에 이차전지 기업들이 투자를 결정했다."], "ko")
    amount = stats_where(res, value=8e11)
    assert amount and amount[0]["unit"] == "KRW" and amount[0]["qualifier"] == "approx", res["statistics"]


def test_a_sentence_set_in_a_province_counts_the_provinces_firms():
    res = extract(["한빛 국가산업단지에는 이차전지 기업 10개사가 입주해 있다. 전북에는 이차전지 관련 소재부품기업 34개 등 58개에 달하는 "
                   "전후방 기업이 포진해 있다."], "ko")
    assert stats_where(res, value=10.0)[0]["cluster_id"] is not None, res["statistics"]
    assert stats_where(res, value=58.0)[0]["cluster_id"] is None, res["statistics"]


def test_a_name_set_before_the_kind_it_is_and_the_kind_alone_names_none():
    res = extract(["Governors tour the zone", "Mara Springs City, Kenya's first operational Special Economic Zone (SEZ), hosted the county "
                   "governors. Mara Springs City has 77 businesses that are operational or under development."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Mara Springs City"], res["clusters"]
    assert stats_where(res, value=77.0)[0]["cluster_id"] == "mara-springs-city", res["statistics"]
    res = extract(["Jobs data", "Nationally, the tech sector employs 1.2 million people."], "en")
    assert not res["clusters"], res["clusters"]


def test_a_site_firms_take_up_space_at():
    res = extract(["Two zones form a lobby", "Konza Technopolis and Mara Springs City signed an agreement. More than 60 companies have "
                   "already taken up space at Mara Springs City, with 13 of them operating as SEZ enterprises."], "en")
    firms = stats_where(res, value=60.0)
    assert firms and firms[0]["cluster_id"] == "mara-springs-city", res["statistics"]


def test_a_capitalised_kind_the_text_keeps_calling_the_is_its_site():
    res = extract(["CULTURE OF CHANGE: Marlow County is a hub for medicine",
                   "That downtown plot has since become the Innovation Quarter, 330-plus acres of mixed-use space filled with "
                   "90 companies. The Innovation Quarter's Phase Two is in the works."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Innovation Quarter"], res["clusters"]
    area = stats_where(res, unit="m2")
    assert area and area[0]["qualifier"] == "at_least" and round(area[0]["value"]) == round(330 * 4046.8564224), res["statistics"]


def test_a_renamed_site_is_one_cluster():
    res = extract(["A town within the city", "The area was originally called the Marlow Triad Research Park, but in March, the name was "
                   "changed to Marlow Innovation Quarter. About 2,800 people will work in Marlow Innovation Quarter."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Marlow Innovation Quarter"], res["clusters"]


# ------------------------------------------------------------------ a seventh round (Rules 104)

def test_a_change_is_of_its_subjects_head_not_the_noun_after_for():
    res = extract(["Norrvik Innovation Centre", "The turnover for Norrvik Innovation Centre residents in 2020 showed a 60% increase "
                   "that amounted to 160 billion rubles."], "en")
    rise = stats_where(res, value=60.0)
    assert rise and rise[0]["metric"] == "growth" and "revenue" in rise[0]["metric_label"], res["statistics"]


def test_a_bulleted_item_counts_nothing_of_the_next_item():
    res = extract(["한빛 강소특구의 지난해 성과는 △기술이전·출자 411건 △연구소기업 108개사 설립 △신규 창업 기업 182개사 등이다."], "ko")
    assert stats_where(res, value=411.0)[0]["metric"] != "companies", res["statistics"]
    assert stats_where(res, value=108.0)[0]["metric"] == "companies", res["statistics"]


def test_them_after_a_count_of_jobs_are_the_subjects():
    res = extract(["Norrvik Innovation Centre", "Norrvik Innovation Centre has 91 industrial partners. Those industrial partners have "
                   "created 6,300 jobs, and 24 of them have opened R&D centres on its territory."], "en")
    partners = stats_where(res, value=24.0)
    assert partners and partners[0]["metric"] == "companies", res["statistics"]


# ------------------------------------------------------------------ an eighth round (Rules 105)

def test_a_part_named_by_a_list_before_its_count():
    res = extract(["한빛산업단지에는 국내외 기업 총 199개 중 한빛전자, 가람화학, 누리제약 등 146개(73%)가 입주를 완료했다."], "ko")
    part = stats_where(res, value=146.0)
    assert part and part[0]["metric"] == "companies", res["statistics"]


def test_up_after_a_dash_is_a_rise():
    res = extract(["Norrvik Biomedical Campus", "Employment at Norrvik Biomedical Campus is growing fast, the report says – up "
                   "7.2 per cent between 2018 and 2021."], "en")
    assert stats_where(res, value=7.2, metric="growth"), res["statistics"]


def test_minutes_drive_with_an_apostrophe_is_a_travel_time():
    res = extract(["Norrvik Biomedical Campus", "Fifteen minutes' drive from the city centre, Norrvik Biomedical Campus spreads over 28ha."], "en")
    assert stats_where(res, unit="hour", metric="travel_time"), res["statistics"]


def test_a_base_of_the_year_before_in_a_partition_takes_the_year_before():
    res = extract(["한빛산업단지 입주기업의 국내외 특허 출원·등록은 2022년 기준 총 2만 4239건으로 집계됐다. "
                   "이 가운데 해외 출원이 8273건으로 전년(6913건) 대비 19.7% 늘어났다."], "ko")
    base = stats_where(res, value=6913.0)
    assert base and base[0]["period_start"] == "2021-01-01", res["statistics"]


def test_a_name_located_somewhere_that_has_been_one_of_the_first_campuses():
    res = extract(["NORVITEC", "NORVITEC located in Grenoble has been one of the first innovation campuses created in Europe. "
                   "NORVITEC serves over 3,000 researchers and 600 businesses."], "en")
    assert [c["name"] for c in res["clusters"]] == ["NORVITEC"], res["clusters"]
    assert stats_where(res, value=600.0)[0]["cluster_id"] == "norvitec", res["statistics"]


def test_a_korean_paragraph_about_a_foreign_economy_names_no_clusters_figures():
    res = extract(["2000년대 초까지 핀란드 경제의 기둥은 통신장비였다. 산업별 매출에서 전자산업이 차지하는 비중은 51%에 달했다.",
                   "핀란드 정부가 찾은 새로운 원동력은 바이오산업이었다. 한빛 바이오폴리스에는 바이오기업 38개가 입주해 있다."], "ko")
    assert stats_where(res, value=51.0)[0]["cluster_id"] is None, res["statistics"]
    assert stats_where(res, value=38.0)[0]["cluster_id"] is not None, res["statistics"]


# ------------------------------------------------------------------ a tenth round (Rules 107)

def test_hi_tech_zone_is_a_head():
    res = extract(["Lakeside Hi-tech Zone in the first half", "Lakeside Hi-tech Zone achieved a foreign trade volume of RMB24.3 billion."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Lakeside Hi-tech Zone"], res["clusters"]


def test_up_after_a_dated_figure_shares_its_date():
    res = extract(["Lakeside Hi-tech Zone", "Its GDP reached 166.5 billion yuan in 2017, up 10 percent year-on-year."], "en")
    rise = stats_where(res, value=10.0)
    assert rise and rise[0]["period_start"] == "2017-01-01", res["statistics"]


# ------------------------------------------------------------------ an eleventh round (Rules 108)

def test_a_count_with_its_particle_before_a_rise_is_the_rise():
    res = extract(["한빛 첨단의료복합단지 입주기업의 고용인원은 2015년 1천41명에서 2018년 1천987명으로 946명이 증가했다."], "ko")
    rise = stats_where(res, value=946.0)
    assert rise and rise[0]["metric"] == "growth", res["statistics"]


def test_the_nations_figures_a_cluster_beats_are_the_nations():
    res = extract(["한빛 첨단의료복합단지 입주기업의 매출액 증가율(13.5%)과 고용 증가율(10.5%)은 전국 의료기업 매출액(7.8%) 및 "
                   "고용 증가율(4.6%)을 훌쩍 뛰어넘었다."], "ko")
    assert stats_where(res, value=13.5)[0]["cluster_id"] is not None, res["statistics"]
    assert stats_where(res, value=7.8)[0]["cluster_id"] is None and stats_where(res, value=4.6)[0]["cluster_id"] is None, res["statistics"]


def test_an_opening_case_names_the_amounts_far_after_it():
    res = extract(["한빛 첨단의료복합단지의 매출액의 경우 단지 내로 본사를 이전해 입주한 63개 기업을 분석한 결과, "
                   "2014년 1천795억원에서 2019년 3천385억원으로 늘었다."], "ko")
    assert stats_where(res, value=3.385e11)[0]["metric"] == "revenue", res["statistics"]
