"""Forms met in a fifth read of writing by others (a wire profile of a US research park, property and
trade news on a biotech neighbourhood, a Korean municipal complex's occupancy news, national
complex releases, an agency profile), written here in other words: a site named in the
possessive, square miles and square feet written short, a region named after a park, a past date a
'now' parts from the figure, 'over the years', a neighbourhood (동) or village (리) before a Korean
name, size bands and thresholds of firms' revenue, a ratio of ten, a breakdown by subjects of a
labelled amount, the nation's industry and the sentence that goes on about it, and a famous name
turned nickname by a compass word."""
from pipeline.metadata import find_date
from tests.helpers import clusters_by_id, extract, stats_where


def test_a_site_named_in_the_possessive_is_the_name_and_square_miles_written_short_are_area():
    res = extract(["Lab market report", "About 90 robotics firms have offices in Harbour Square's 1.2 sq miles, "
                   "according to the regional robotics council."], "en")
    ids = clusters_by_id(res)
    assert "harbour-square" in ids and not any(k.endswith("-s") for k in ids)
    area = stats_where(res, unit="m2")[0]
    assert abs(area["value"] - 1.2 * 2589988.110336) < 1 and area["cluster_id"] == "harbour-square"
    assert stats_where(res, value=90)[0]["cluster_id"] == "harbour-square"


def test_square_feet_written_as_one_word():
    res = extract(["Cedar Research Park", "Cedar Research Park covers 2,000 acres with 4500000 sqft of built space."], "en")
    s = stats_where(res, unit="m2")
    assert sorted(round(x["value"]) for x in s) == sorted([round(2000 * 4046.8564224), round(4500000 * 0.09290304)])


def test_a_region_named_after_a_park_is_no_cluster_and_a_place_owning_a_name_is_its_region():
    res = extract(["Cedar Research Park", "Cedar Research Park is the largest research park in the state. "
                   "North Carolina's Cedar Triangle region is named for the park."], "en")
    ids = clusters_by_id(res)
    assert "cedar-research-park" in ids
    assert not any("triangle" in k for k in ids), ids


def test_a_now_between_a_past_date_and_a_figure_leaves_the_figure_undated():
    res = extract(["Cedar Research Park", "Cedar Research Park was laid out by a state foundation in 1961 and now includes "
                   "over 240 companies and 31,000 employees."], "en")
    s = stats_where(res, value=240)[0]
    assert s["cluster_id"] == "cedar-research-park" and s["period_start"] is None
    # without the 'now' the founding year still dates nothing after a verb of its own
    res = extract(["Cedar Research Park", "In 2019 Cedar Research Park had 240 companies."], "en")
    assert stats_where(res, value=240)[0]["period_start"] == "2019-01-01"


def test_over_the_years_is_not_over_the_year():
    res = extract(["Cedar Research Park", "In 1972, a chemicals maker opened a laboratory in Cedar Research Park. "
                   "Over the years, firms in Cedar Research Park have been granted 2,140 patents."], "en")
    assert stats_where(res, value=2140)[0]["period_start"] is None


def test_a_neighbourhood_or_village_written_before_a_korean_name_is_no_part_of_it():
    res = extract(["테크노밸리 입주 현황", "경기도 수원 이의동 광교테크노밸리는 입주율이 96%에 이른다. "
                   "충북 청주시 오창읍 양청리 오창과학산업단지에는 320개 기업이 있다."], "ko")
    ids = clusters_by_id(res)
    assert "gwanggyo-techno-valley" in ids, ids
    assert not any("iuidong" in k or "yangcheong" in k for k in ids), ids
    assert stats_where(res, value=320)[0]["cluster_id"] == ids_with(ids, "ochang")


def ids_with(ids, part):
    return next(k for k in ids if part in k)


def test_the_bounds_of_size_bands_and_a_threshold_of_firms_revenue_are_no_figures():
    res = extract(["광교테크노밸리 입주기업 현황",
                   "광교테크노밸리 입주 기업의 38%(74개사)는 연간 10억원 이상의 매출을 올리고 있다. "
                   "매출액 규모별로는 ▲1000억원 이상 9개사 ▲500억원~1000억원 6개사 ▲100억원~500억원 15개사 등이다. "
                   "입주 기업의 지난해 매출은 2조 1000억원 이상이었다."], "ko", "2024-03-02")
    assert [s["value"] for s in stats_where(res, unit="KRW")] == [2.1e12]
    assert sorted(s["value"] for s in stats_where(res, metric="companies")) == [6, 9, 15, 74]


def test_a_threshold_after_a_share_of_firms_with_its_particle_and_a_hanja_counter():
    res = extract(["210개社 중 80곳 年 매출 10억 넘어", "광교테크노밸리 기업의 38%는 연 매출이 10억원을 넘는 것으로 나타났다."],
                  "ko", "2024-03-02")
    assert not stats_where(res, unit="KRW")
    assert stats_where(res, value=210)[0]["metric"] == "companies"


def test_a_ratio_of_ten_is_no_pair_of_counts():
    res = extract(["G밸리 현황", "G밸리는 입주한 기업 10곳 중 6개 기업이 정보통신 분야다. 입주기업 1,622개 중 1,487개가 중소기업이다."], "ko")
    assert not stats_where(res, value=10) and not stats_where(res, value=6)
    assert {s["value"] for s in stats_where(res, metric="companies")} == {1622, 1487}
    res = extract(["Cedar Research Park", "At Cedar Research Park, six in 10 firms and 8 out of 10 employees work in software. "
                   "The park has 12 buildings in 3 sites."], "en")
    assert not stats_where(res, value=10)
    assert stats_where(res, value=12) and stats_where(res, value=3)


def test_a_breakdown_by_subjects_measures_what_the_amount_before_it_measured():
    res = extract(["G밸리 생산 동향", "G밸리의 11월 생산실적은 1조2,400억원이며, 전기전자가 6,100억원, 기계가 1,500억원을 기록했다. "
                   "G밸리의 매출은 1조원이며, 정부가 300억원을 지원했다."], "ko")
    for v in (1.24e12, 6.1e11, 1.5e11):
        assert stats_where(res, value=v)[0]["metric"] == "revenue", v
    assert stats_where(res, value=3e10)[0]["metric"] != "revenue"


def test_the_nations_industry_and_the_sentence_going_on_about_it_are_no_clusters():
    res = extract(["오송생명과학단지, 바이오 중심지로", "바이오산업의 시장 규모가 커지고 있다. "
                   "정부 자료에 따르면 2012년 기준 국내 바이오산업 생산 규모는 7조1292억원으로 전년보다 11.5% 늘었다. "
                   "연 평균 증가율도 12.1%로 제조업보다 높다.",
                   "청주시 오송읍 일대 462만㎡ 규모의 오송생명과학단지에는 60개 기업이 입주 계약을 맺었다."], "ko")
    for v in (7.1292e12, 11.5, 12.1):
        assert stats_where(res, value=v)[0]["cluster_id"] is None, v
    assert stats_where(res, value=60)[0]["cluster_id"] == "osong-life-science-complex"
    assert stats_where(res, value=4.62e6)[0]["cluster_id"] == "osong-life-science-complex"


def test_a_famous_name_with_a_compass_word_nicknames_another_place():
    res = extract(["Cedar Research Park", "Often referred to as \"Silicon Valley East,\" Cedar Research Park was planned by "
                   "state leaders. It now hosts 240 firms."], "en")
    ids = clusters_by_id(res)
    assert "silicon-valley" not in ids and "cedar-research-park" in ids
    assert stats_where(res, value=240)[0]["cluster_id"] == "cedar-research-park"
    # the name itself, with no compass word after it, is still the place
    res = extract(["Cedar Research Park", "Cedar Research Park lies far from Silicon Valley, which hosts 6,000 firms."], "en")
    assert "silicon-valley" in clusters_by_id(res)


def test_worth_of_investment_and_the_governments_programme():
    res = extract(["Cedar Research Park", "Cedar Research Park has drawn $420 million worth of private investment since 2015. "
                   "The government's enterprise zone programme has created 12,530 jobs."], "en")
    assert stats_where(res, value=4.2e8)[0]["metric"] == "investment"
    assert stats_where(res, value=12530)[0]["cluster_id"] is None


def test_changes_said_with_the_noun_before_growth_or_the_verb_before_the_noun():
    res = extract(["Cedar Research Park", "Cedar Research Park reported 30 per cent revenue growth in three years, with its "
                   "photonics firms collectively increasing revenues by 95 per cent and 8 per cent employment growth."], "en")
    for v in (30, 95):
        assert stats_where(res, value=v)[0]["metric"] == "growth", v
    assert stats_where(res, value=8)[0]["metric"] == "growth"


def test_changes_listed_with_an_adverb_each_share_the_first_change():
    res = extract(["Cedar Research Park", "Tax receipts from Cedar Research Park rose 44% federally, 38% provincially, "
                   "and 12% municipally."], "en")
    assert [s["metric"] for s in sorted(stats_where(res, unit="percent"), key=lambda s: -s["value"])] == ["growth"] * 3


def test_a_report_in_the_headline_is_no_cluster_and_a_name_stands_as_an_ecosystem():
    res = extract(["2024 Economic Impact Analysis confirms expansion of jobs",
                   "The business association released its 2024 Economic Impact Analysis. The new report confirms "
                   "Maple Ridge North's position as a growing and global innovation ecosystem. Firms in Maple Ridge "
                   "North employ 21,000 people."], "en", "2024-12-02")
    ids = clusters_by_id(res)
    assert "economic-impact-analysis" not in ids
    assert "maple-ridge-north" in ids
    assert stats_where(res, value=21000)[0]["cluster_id"] == "maple-ridge-north"


def test_numbers_written_with_spaces_between_their_groups():
    res = extract(["구미국가산업단지 동향", "구미국가산업단지의 지난 2월 총생산액은 5조 9천 800여 억원을 기록했습니다. "
                   "고용인원은 한 달 전보다 천 400여 명 늘어난 7만 6천 900여 명입니다. 입주 업체 수 역시 천 421개 사로 늘었습니다. "
                   "생산은 28조 2천 290억 원으로 목표액의 56.4%에 그쳤다."], "ko", "2024-03-02")
    got = {s["text"]: s["value"] for s in res["statistics"]}
    assert got["5조 9천 800여 억원"] == 5.98e12
    assert got["천 400여 명"] == 1400 and got["7만 6천 900여 명"] == 76900
    assert got["천 421개 사"] == 1421 and stats_where(res, value=1421)[0]["metric"] == "companies"
    assert got["28조 2천 290억 원"] == 2.8229e13


def test_a_place_and_danji_is_the_complex_named_fully_elsewhere():
    res = extract(["구미 국가산업단지 입주기업 1천개 넘어", "한국산업단지공단은 구미단지 산업 동향을 통해 입주업체가 총 1천2개사로 집계됐다고 밝혔다."],
                  "ko", "2007-09-26")
    ids = clusters_by_id(res)
    assert list(ids) == ["gumi-national-industrial-complex"], ids
    assert stats_where(res, value=1002)[0]["cluster_id"] == "gumi-national-industrial-complex"


def test_clusters_a_study_counts_in_tens_stay_counted():
    res = extract(["혁신클러스터 보고서", "해외 혁신클러스터 10곳 중 6곳이 성공요인으로 협업 네트워크를 꼽았다."], "ko")
    assert {s["value"] for s in stats_where(res, metric="study_scope")} == {10, 6}


def test_transport_praised_state_bodies_moving_in_ties_to_universities_and_large_tenants_are_claims():
    res = extract(["오송생명과학단지", "오송생명과학단지에는 바이오 기업이 모여 있다. 교통 환경도 뛰어나다. 6개 국책기관이 단지로 이전했다."], "ko")
    codes = {f["factor"] for f in res["success_factors"]}
    assert {"location_connectivity", "government_support"} <= codes, codes
    res = extract(["Cedar Research Park", "Cedar Research Park was named for its affiliation with three research universities. "
                   "A chip maker has long been among the largest corporate tenants at Cedar Research Park."], "en")
    codes = {f["factor"] for f in res["success_factors"]}
    assert {"industry_academia", "anchor_firms"} <= codes, codes


def test_a_headline_naming_a_complex_before_its_firms_names_the_document_topic():
    # the name, then the noun for its firms (no particle between), in a headline the body never repeats
    for firms in ("입주기업", "기업", "입주 업체"):
        res = extract([("heading", f"세종첨단산업단지 {firms} 9% 늘어"), "입주 기업은 214개로 집계됐다."], "ko", "2024-01-01")
        ids = clusters_by_id(res)
        assert [c["name_ko"] for c in ids.values()] == ["세종첨단산업단지"], firms
        assert stats_where(res, value=214)[0]["cluster_id"] == next(iter(ids)), firms
    # an organisation named after a complex is still no complex
    res = extract([("heading", "세종첨단산업단지 추진단 출범"), "추진단은 직원 12명으로 꾸려졌다."], "ko")
    assert not clusters_by_id(res)


def test_an_area_glued_to_its_number_millions_glued_before_what_they_count_and_n_plus():
    res = extract(["Harbour Works", "Harbour Works is a 28,000m2 startup campus. The 41000m² hall hosts 900-plus start-ups. "
                   "The site lies 12km from the centre. The region has 4m people and drew 3m euros of funding."], "en")
    areas = sorted(s["value"] for s in stats_where(res, unit="m2"))
    assert areas == [28000, 41000]
    assert stats_where(res, value=900)[0]["qualifier"] == "at_least"
    assert stats_where(res, value=4e6) and stats_where(res, value=3e6)[0]["unit"] == "EUR"
    assert not stats_where(res, value=4) and not stats_where(res, value=3)


def test_a_document_about_the_kind_gives_its_figures_to_no_single_zone():
    res = extract([("heading", "도입 12년 강소특구, 지역 혁신거점으로 성장"),
                   "강소특구가 지역 혁신거점으로 거듭나고 있다. 강소특구에 있는 기업 중 신산업 비중이 31%에 이른다.",
                   "정부는 지난 2011년 세종 강소특구 최초 지정 후 입주기업 수가 7.2배 늘었다고 밝혔다.",
                   "강소특구는 2023년 기준 연구기관(31개), 기업(2140개) 등이 입주해 있다."], "ko", "2024-04-28")
    assert stats_where(res, value=31, unit="percent")[0]["cluster_id"] is None
    assert stats_where(res, value=2140)[0]["cluster_id"] is None
    # a headline about one district, its kind named by its industry in quotation marks, keeps its topic
    res = extract([("heading", "싱가포르, 서부에 '제조업 혁신지구' 키운다"),
                   "싱가포르 정부가 서부에 혁신지구를 조성하고 있다. 주롱 혁신지구(JID)에는 2030년까지 일자리 9만개가 생긴다."], "ko", "2024-04-28")
    assert stats_where(res, value=90000)[0]["cluster_id"] is not None


def test_two_names_set_off_as_the_clusters_of_a_place():
    res = extract(["East Hyderabad to get IT parks", "This will be the first expansion of the sector out of Madhapur Tech "
                   "Quarter and Kondapur, the key clusters in Western Hyderabad."], "en")
    ids = clusters_by_id(res)
    assert any("madhapur" in k for k in ids) and "kondapur" in ids, ids
    assert not any(k.startswith("of-") for k in ids)


def test_the_connection_between_science_and_business_is_an_industry_academia_claim():
    res = extract(["Havel Science Park", "The close connection between science and business has grown historically "
                   "in Havel Science Park."], "en")
    assert "industry_academia" in {f["factor"] for f in res["success_factors"]}


def test_a_short_name_given_after_iha_is_the_same_complex_named_in_full():
    res = extract([("heading", "광주한의대 첨단캠퍼스 광주전남첨복단지로 옮긴다"),
                   "광주한의대는 광주 북구 용봉동에 있는 첨단캠퍼스를 남구 광주전남첨단의료복합단지(이하 첨복단지)로 이전한다고 밝혔다.",
                   "600여명이 재학 중인 한의과대학을 첨복단지로 옮긴다. 첨복단지는 87만㎡ 규모다."], "ko", "2024-09-23")
    ids = clusters_by_id(res)
    assert list(ids) == ["gwangju-jeonnam-high-tech-medical-complex"], ids
    assert ids["gwangju-jeonnam-high-tech-medical-complex"]["name_ko"] == "광주전남첨단의료복합단지"
    assert stats_where(res, value=870000)[0]["cluster_id"] == "gwangju-jeonnam-high-tech-medical-complex"
    assert stats_where(res, value=600)[0]["metric"] == "students"


def test_a_year_and_month_inside_a_korean_sentence_is_no_publication_date():
    assert find_date("광주 남구 도시첨단산업단지는 2014년 3월 투자활성화대책에서 1차지구로 선정됐다.") is None
    assert find_date("단지 기반조성공사를 완료하고(2008년 10월) 전체면적의 88%를 분양했다.") is None
    assert find_date("2024년 3월\n세종첨단산업단지 입주 현황") == "2024-03"
    assert find_date("입력 2023년 5월 광주 남구 소식") == "2023-05"


def test_a_service_contract_is_no_station_and_an_urban_high_tech_complex_keeps_its_kind():
    res = extract(["전주첨단과학산업연구단지", "정부는 두 차례에 걸쳐 국토계획학회의 연구용역을 통해 전주첨단과학산업연구단지 조성을 검토했다."], "ko")
    assert "location_connectivity" not in {f["factor"] for f in res["success_factors"]}
    res = extract(["광주 남구 도시첨단산업단지 착공", "광주 남구 도시첨단산업단지는 48만5000㎡ 부지에 1428억원을 들여 조성한다."], "ko")
    assert [c["name_en"] for c in res["clusters"]] == ["Gwangju Namgu Urban High-Tech Industrial Complex"]  # (the city kept before its district: Rules 93)


def test_grown_to_attract_institutions_is_no_academic_tie_and_the_cluster_as_subject_counts_nothing():
    res = extract(["Harbour Biomedical Cluster", "The Harbour Biomedical Cluster has grown to attract 280 institutions and "
                   "companies, ranging from startups to multinational drug makers."], "en")
    assert "industry_academia" not in {f["factor"] for f in res["success_factors"]}
    res = extract(["Harbour Biomedical Cluster", "The Harbour Biomedical Cluster grew up around two research universities."], "en")
    assert "industry_academia" in {f["factor"] for f in res["success_factors"]}
    res = extract(["Harbour Biomedical Cluster", "Having only held 21 companies in 2003, the Cluster now boasts 290; a tenth of "
                   "them are foreign."], "en")
    assert stats_where(res, value=290)[0]["metric"] == "companies"


def test_a_countrys_likeness_of_a_famous_name_and_a_head_alone_are_no_clusters():
    res = extract([("heading", "Welcome to Gwanggyo, the Korean Silicon Valley"),
                   "With the arrival in 2012 of the so-called Techno Valley, its objective is to become a Silicon Valley "
                   "capable of leading startups in Asia. More than 900 small businesses are already installed."], "en", "2020-10-23")
    ids = clusters_by_id(res)
    assert "silicon-valley" not in ids and "korean-silicon-valley" not in ids and "techno-valley" not in ids, ids


def test_the_cost_of_an_rd_centre_is_investment_and_a_talent_drain_is_no_strength():
    res = extract(["Gwanggyo Techno Valley", "A global R&D center in Gwanggyo Techno Valley was completed at an expense of "
                   "KRW 98.4 billion."], "en")
    assert stats_where(res, value=9.84e10)[0]["metric"] == "investment"
    res = extract(["Gwanggyo Techno Valley", "Talent Drain: The Move Toward Gangnam",
                   "A significant challenge faced by Gwanggyo Techno Valley is the migration of talent back to Seoul."], "en")
    assert "talent" not in {f["factor"] for f in res["success_factors"]}


def test_a_year_before_a_figure_dates_nothing_when_the_clause_goes_on_to_an_event():
    res = extract(["세종첨단산업단지", "지난 2011년 120만㎡(36만평) 규모로 세종에 들어서는 세종첨단산업단지는 총 4200억원의 사업비를 "
                   "투입해 조성됐다. 세종첨단산업단지의 2023년 매출은 2023년 3조원으로 늘었다."], "ko")
    assert stats_where(res, value=1.2e6)[0]["period_start"] is None
    assert stats_where(res, value=4.2e11)[0]["period_start"] is None
    assert stats_where(res, value=3e12)[0]["period_start"] == "2023-01-01"


def test_bare_amounts_compared_in_brackets_take_the_currency_and_their_own_year():
    res = extract(["Kama Valley Special Economic Zone", "At the end of 2021, investment in the Kama Valley Special Economic "
                   "Zone amounted to 41.2 billion roubles (in 2020 - 30.5 billion), revenue - 88.1 billion rubles (2020 - 61.4 "
                   "billion), and the collected taxes were 9.3 billion roubles compared to 7 billion in 2020."], "en", "2022-07-04")
    got = {s["value"]: (s["unit"], s["period_start"]) for s in res["statistics"]}
    assert got[4.12e10] == ("RUB", "2021-01-01") and got[3.05e10] == ("RUB", "2020-01-01")
    assert got[8.81e10] == ("RUB", "2021-01-01") and got[6.14e10] == ("RUB", "2020-01-01")
    assert got[9.3e9][0] == "RUB" and got[7e9] == ("RUB", "2020-01-01")
    assert stats_where(res, value=9.3e9)[0]["metric"] != "revenue"


def test_the_sites_a_complex_is_made_of_are_no_clusters_of_their_own():
    res = extract([("heading", "마산국가산업단지"), "마산 국가 산업 단지는 제1단지·제2단지·봉암단지·양덕단지 등 4개 단지로 구성되어 있으며, 총면적은 1.2㎢다.",
                   "마산국가산업단지에는 420개 업체가 입주해 있다."], "ko")
    ids = clusters_by_id(res)
    assert len(ids) == 1 and stats_where(res, value=420)[0]["cluster_id"] in ids, ids
    # the parts named as the subject's sites with the subject left unsaid
    res = extract([("heading", "H밸리 현황"), "H밸리는 서구와 동구에 조성된 국가산업단지다. 서구디지털단지와 동구디지털단지로 구성돼 있다.",
                   "H밸리에는 9000개 기업이 입주해 있다."], "ko")
    ids = clusters_by_id(res)
    assert len(ids) == 1, ids
    # a site given a figure of its own stays a cluster
    res = extract([("heading", "마산국가산업단지"), "마산 국가 산업 단지는 봉암일반산업단지와 양덕일반산업단지로 구성되어 있다. 봉암일반산업단지에는 80개 업체가 있다."], "ko")
    assert len(clusters_by_id(res)) >= 2


def test_an_ordinal_inside_a_name_a_countrys_possessive_and_money_said_by_investing_or_production_value():
    res = extract(["Sejong to host a second complex", "The government approved the Sejong 2nd Smart Science Complex, a "
                   "national industrial complex. The Bank of Korea estimates it will generate 2.1 trillion won in terms of "
                   "production value."], "en")
    assert "sejong-2nd-smart-science-complex" in clusters_by_id(res)
    assert stats_where(res, value=2.1e12)[0]["metric"] == "revenue"
    res = extract(["Korea's Wonju Medical Cluster Continues to Bring in Firms", "A device maker will expand its "
                   "facilities in Wonju Medical Cluster by investing 12 billion won (US$10 million)."], "en")
    c = next(c for c in res["clusters"] if c["name"] == "Wonju Medical Cluster")
    assert c["region"] != "Korea"
    assert stats_where(res, value=1.2e10)[0]["metric"] == "investment"


def test_a_country_naming_a_firm_places_nothing_and_money_before_a_building_is_its_cost():
    res = extract(["News: Boeing plans a factory", "Enquiries for the Don Valley Advanced Engineering Park have increased, "
                   "agents say. Over the Parkway, US aerospace giant Boeing has secured permission for a 66,000 sq ft unit. "
                   "The £20m production facility will make actuation parts."], "en")
    c = next(c for c in res["clusters"] if c["name"] == "Don Valley Advanced Engineering Park")
    assert c["country"] != "US", c
    assert stats_where(res, value=2e7)[0]["metric"] == "investment"


def test_a_ranked_list_after_a_measured_figure_measures_the_same_and_trainees_are_no_employees():
    res = extract([("heading", "전북TP, 입주기업 작년 매출 18% 늘었다"),
                   "전북테크노파크 특화센터별 입주기업 매출실적은 기계센터가 2911억원으로 가장 많았다. "
                   "이어 기업지원단 1820억원, 바이오센터 310억원 순이다. 교육인원은 1420명이었다."], "ko", "2024-04-19")
    for v in (2.911e11, 1.82e11, 3.1e10):
        assert stats_where(res, value=v)[0]["metric"] == "revenue", v
    assert stats_where(res, value=1420)[0]["metric"] != "employees"


def test_jobs_at_a_continents_research_parks_are_no_parks_and_a_city_in_the_possessive_is_whole():
    res = extract(["Survey of research parks", "According to the survey, 14.2 percent, or 31,200 jobs at North American "
                   "research parks were in software.",
                   "\"Whether it's Salt Lake City's University of Utah Research Park or another, we see many in development.\""], "en")
    assert stats_where(res, value=31200)[0]["cluster_id"] is None
    c = next(c for c in res["clusters"] if c["name"] == "University of Utah Research Park")
    assert c["region"] == "Salt Lake City"
