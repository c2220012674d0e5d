"""Forms met in a third read of real writing by others (Chinese, Taiwanese and Japanese park
profiles in English, Korean news on overseas parks from wire services and encyclopedias), written
here in other words: a figure after a month and a colon, R&D personnel, clusters named together
(their sum belongs to none; 'respectively' hands the figures out in order; a percentage is said of
each), Korean money nouns (총매출, 총수익, 연구개발비, 이윤총액) and an amount in two currencies, yuan
spelt 위엔, the base of a comparison (지난해 동기대비) that is no period, months of one year in Korean
and English, halves and quarters, 'growing 4.7% on year', an adverb or a headline's opening word
that is no name, a Korean gazetteer name with a kind after it, Chinese-style heads (공업단지,
과학공업원구), English words written in Hangul before a name (서던, 센트럴), a yardstick said with
연상케 하는, a count with no counter (1만9500여 기업), an adjective before the counted noun, a city's
people, changes listed after 'an increase of', foreign capital, a count of parks as the subject,
and the qualifier a body gives a headline's figure; then (Singapore, Bangalore, Hong Kong, Songdo,
Tsukuba, Korean news on Silicon Valley) a clause about the whole country, Korean changes listed
after a rate, a sentence ending on a noun form, a heading whose descriptor is a name or whose name
is a code, the first end of a span of years, a research and academic city (연구학원도시), and a
Korean place in an English name, a world region's Silicon Valley, a count past a bracket and
people who live there (거주), a profile's 'Name, City' heading and a neighborhood 'called' by its
name, Chinese development zones and a list closed by 등, money put in since a year (이후), where
people come from (출신), special incentives (우대조치), a hyphenated word that is no cue and a
country's Silicon Valley, 'bln', grant financing and a long 'the number of', the kind in the
plural in a headline, currency codes on or after a number, incentives offered and investment
attracted, initials found alone first, an abbreviated month, a verb after a plural noun, a city in a name
that yields to the city the text keeps returning to."""
from tests.helpers import clusters_by_id, extract, stats_where


def test_a_figure_after_a_month_and_a_colon_is_read():
    res = extract(["Taiwan science parks",
                   "There were 61,200 employees in the two parks in March: 40,500 in Hsinchu Science Park "
                   "and 20,700 in Central Taiwan Science Park."], "en")
    (hsp,) = stats_where(res, value=40_500)
    assert hsp["cluster_id"] == "hsinchu-science-park" and hsp["metric"] == "employees"


def test_research_and_development_personnel_are_researchers():
    res = extract(["Zhongguancun Science Park employed about 310,000 research and development personnel "
                   "and 12,000 administrative personnel last year."], "en")
    assert stats_where(res, value=310_000)[0]["metric"] == "researchers"
    assert stats_where(res, value=12_000)[0]["metric"] == "employees"


def test_clusters_named_together_share_a_sum_and_split_what_respectively_hands_out():
    res = extract(["Taiwan's science parks",
                   "Hsinchu Science Park, Southern Taiwan Science Park and Central Taiwan Science Park together "
                   "posted sales of NT$2.1 trillion in 2016, up 2.9% on the year before.",
                   "Hsinchu Science Park and Central Taiwan Science Park housed 560 and 190 firms respectively."], "en")
    (total,) = stats_where(res, unit="TWD")
    assert total["cluster_id"] is None
    assert stats_where(res, value=2.9)[0]["cluster_id"] is None  # 'together': the set's change too
    assert stats_where(res, value=560)[0]["cluster_id"] == "hsinchu-science-park"
    assert stats_where(res, value=190)[0]["cluster_id"] == "central-taiwan-science-park"


def test_korean_clusters_named_together_sum_counts_but_each_keeps_a_share():
    res = extract(["대구연구개발특구와 광주연구개발특구에는 모두 2,100개 기업이 입주해 있다.",
                   "광주연구개발특구와 대구연구개발특구는 입주기업의 65% 이상이 중소기업이다.",
                   "판교테크노밸리의 매출은 90조원이었고, 광교테크노밸리와 오송생명과학단지는 각각 12조원과 3조원을 기록했다."], "ko")
    ids = {c["name_ko"]: c["cluster_id"] for c in res["clusters"]}
    assert stats_where(res, value=2_100)[0]["cluster_id"] is None
    assert stats_where(res, value=65)[0]["cluster_id"] == ids["대구연구개발특구"]
    assert stats_where(res, value=12e12)[0]["cluster_id"] == ids["광교테크노밸리"]
    assert stats_where(res, value=3e12)[0]["cluster_id"] == ids["오송생명과학단지"]


def test_korean_money_nouns_and_an_amount_in_two_currencies():
    res = extract(["중관춘 시범구 상반기 실적",
                   "중관춘 시범구의 규모 이상 기업 5천여 곳은 상반기에 2조9천억 위안(약 530조원)의 총매출을 올렸다.",
                   "같은 기간 연구개발비는 1천500억 위안, 이윤총액은 1천800억 위안이었다.",
                   "올해 총수익은 6조 위안을 넘어설 것으로 보인다."], "ko")
    assert {s["metric"] for s in stats_where(res, value=2.9e12)} == {"revenue"}
    assert {s["metric"] for s in stats_where(res, value=530e12)} == {"revenue"}  # the same amount in won
    assert stats_where(res, value=150e9)[0]["metric"] == "rd_spending"
    profit = stats_where(res, value=180e9)[0]
    assert profit["metric"] == "other" and profit["metric_label"] == "profit"
    assert stats_where(res, value=6e12)[0]["metric"] == "revenue"


def test_yuan_spelt_wien_is_money():
    res = extract(["中關村에는 연간 매출액 420억위엔에 달하는 첨단기업 5,000여개가 있다."], "ko")
    (cny,) = stats_where(res, unit="CNY")
    assert cny["value"] == 42e9 and cny["metric"] == "revenue"


def test_the_base_of_a_comparison_is_no_period_and_months_of_a_year_are_one():
    res = extract(["중관춘 시범구 실적",
                   "올해 1월부터 9월까지 중관춘 시범구 기업의 총수익은 2조5천억위안으로 지난해 동기대비 9.7% 성장했다.",
                   "올해 9월까지 수출총액은 180억달러로 지난해 동기대비 4.1% 하락했다."], "ko", published="2016-11-20")
    income = stats_where(res, value=2.5e12)[0]
    assert (income["period_start"], income["period_end"]) == ("2016-01-01", "2016-09-30")
    assert stats_where(res, value=9.7)[0]["period_start"] == "2016-01-01"  # not last year's
    exports = stats_where(res, value=18e9)[0]
    assert (exports["period_start"], exports["period_end"]) == ("2016-01-01", "2016-09-30")  # the year so far


def test_english_months_halves_and_quarters_of_a_year():
    res = extract(["Suzhou Industrial Park results",
                   "From January to September 2021, firms in Suzhou Industrial Park spent 31.5 billion yuan on R&D.",
                   "Suzhou Industrial Park attracted US$1.9 billion of foreign capital in the first half of 2021.",
                   "In the third quarter of this year, its exports reached US$22 billion."], "en", published="2021-11-02")
    rd = stats_where(res, unit="CNY")[0]
    assert (rd["period_start"], rd["period_end"]) == ("2021-01-01", "2021-09-30")
    fdi = stats_where(res, value=1.9e9)[0]
    assert (fdi["period_start"], fdi["period_end"]) == ("2021-01-01", "2021-06-30") and fdi["metric"] == "investment"
    exports = stats_where(res, value=22e9)[0]
    assert (exports["period_start"], exports["period_end"]) == ("2021-07-01", "2021-09-30")


def test_growing_on_the_year_is_growth():
    res = extract(["Hsinchu Science Park posted revenues of NT$1.2 trillion in 2022, growing 6.3% on year."], "en")
    assert stats_where(res, value=6.3)[0]["metric"] == "growth"


def test_an_adverb_or_a_headlines_opening_word_is_no_name():
    for paras in (["Report", "Furthermore, the model is now copied at the Central Taiwan Science Park."],
                  ["About Kansai Science City", "Kansai Science City spans three prefectures."],
                  ["Unique ecosystem draws returnees", "Zhongguancun Science Park hosts 40 universities."],
                  ["Building world-leading technology park", "Zhongguancun Science Park hosts 40 universities."]):
        res = extract(paras, "en")
        names = {c["name"] for c in res["clusters"]}
        assert not names & {"Furthermore", "About Kansai Science City", "Unique ecosystem",
                            "Building world-leading technology park"}, paras
        assert len(res["clusters"]) == 1, paras


def test_a_korean_gazetteer_name_with_a_kind_after_it_is_the_same_cluster():
    res = extract(["중관춘 입주기업 현황",
                   "중관춘 산업단지 안에서 국내외 증시에 상장한 기업은 모두 215곳이다."], "ko")
    assert set(clusters_by_id(res)) == {"zhongguancun"}
    assert stats_where(res, value=215)[0]["cluster_id"] == "zhongguancun"


def test_chinese_style_heads_and_english_words_written_in_hangul():
    res = extract(["대만 과학단지 매출",
                   "신주(新竹) 공업단지 입주기업 300여곳의 매출이 늘었다.",
                   "센트럴 타이완사이언스 파크와 서던 타이완사이언스 파크도 매출이 늘었다."], "ko")
    names = {c["name_ko"]: c for c in res["clusters"]}
    hsinchu = next(c for c in res["clusters"] if "신주(新竹) 공업단지" in c["aliases"])
    assert hsinchu["name"] == "Hsinchu Industrial Park" and hsinchu["country"] == "TW"
    assert stats_where(res, value=300)[0]["cluster_id"] == hsinchu["cluster_id"]
    assert stats_where(res, value=300)[0]["metric"] == "companies"  # the firms are counted, not their sales
    assert names["센트럴 타이완사이언스 파크"]["cluster_id"] == "central-taiwan-science-park"
    assert names["서던 타이완사이언스 파크"]["cluster_id"] == "southern-taiwan-science-park"
    res = extract(["대만 하이테크단지의 대명사인 신죽과학공업원구는 1980년부터 조성됐다."], "ko")
    assert {c["cluster_id"] for c in res["clusters"]} == {"hsinchu-science-park"}  # 신죽: the older reading of 新竹


def test_a_park_that_recalls_another_is_not_that_one():
    res = extract(["신죽과학공업원구",
                   "타이베이에서 기차로 한 시간 남짓 가면 우리 대덕연구단지를 연상케 하는 단지가 나온다. 이곳에는 230개 기업이 있다."], "ko")
    (firms,) = stats_where(res, value=230)
    assert firms["cluster_id"] == "hsinchu-science-park"
    assert not stats_where(res, unit="hour") or stats_where(res, unit="hour")[0]["cluster_id"] != "daedeok-innopolis"


def test_a_korean_count_with_no_counter_and_an_adjective_before_the_counted_noun():
    res = extract(["소피아 앙티폴리스에는 현재 130개 글로벌 기업을 비롯해 1300여 기업과 연구소가 있다.",
                   "소피아 앙티폴리스 대학교는 150여 개의 다양한 강좌를 연다."], "ko")
    (firms,) = stats_where(res, value=1_300)
    assert firms["metric"] == "companies" and firms["qualifier"] == "approx" and firms["cluster_id"] == "sophia-antipolis"
    assert all(s["metric"] != "universities" for s in stats_where(res, value=150))  # courses, not universities
    res = extract(["중관춘 2만여 기업의 터전"], "ko")
    assert stats_where(res, value=20_000)[0]["metric"] == "companies"


def test_a_citys_people_are_its_population():
    res = extract(["Kansai Science City is a city of about 400,000 people spread over three prefectures."], "en")
    assert stats_where(res, value=400_000)[0]["metric"] == "population"


def test_changes_listed_after_an_increase_of_and_foreign_capital():
    res = extract(["Suzhou Industrial Park received US$1.6 billion of registered foreign capital and paid-in foreign "
                   "capital worth US$0.9 billion, a year-on-year increase of 120 percent and 85 percent respectively."], "en")
    assert {s["metric"] for s in stats_where(res, unit="percent")} == {"growth"}
    assert {s["metric"] for s in stats_where(res, unit="USD")} == {"investment"}


def test_a_count_of_parks_as_the_subject_is_about_none():
    res = extract(["신주과학단지 매출",
                   "대표적인 3개 사이언스파크가 지난해 4조 대만달러의 매출을 올렸다."], "ko")
    (twd,) = stats_where(res, unit="TWD")
    assert twd["cluster_id"] is None and twd["metric"] == "revenue"


def test_the_body_gives_a_headlines_figure_its_qualifier():
    res = extract(["판교테크노밸리, 1,600 기업의 터전", "판교테크노밸리는 성남시에 있다."], "ko")
    (firms,) = stats_where(res, value=1_600)
    assert firms["qualifier"] == "exact" and firms["metric"] == "companies"  # the headline's, no counter
    res = extract(["판교테크노밸리, 1,600 기업의 터전",
                   "판교테크노밸리에는 1,600여개 기업이 입주해 있다."], "ko")
    (firms,) = stats_where(res, value=1_600)
    assert firms["qualifier"] == "approx"


def test_a_clause_about_the_whole_country_is_no_clusters():
    res = extract(["실리콘밸리 벤처투자",
                   "2023년 기준 미국 전체 벤처캐피털 투자액은 900억 달러인데, 그중 80%인 720억 달러가 실리콘밸리 지역에 투자됐다."], "ko")
    assert stats_where(res, value=90e9)[0]["cluster_id"] is None
    assert stats_where(res, value=72e9)[0]["cluster_id"] == "silicon-valley"


def test_korean_changes_listed_after_a_rate_share_it():
    res = extract(["판교테크노밸리의 매출과 고용은 전년 대비 증가율이 각각 12%와 7%에 그쳤다."], "ko")
    assert {s["metric"] for s in stats_where(res, unit="percent")} == {"growth"}


def test_a_korean_sentence_ending_on_a_noun_form_ends_there():
    res = extract(["실리콘밸리 생태계",
                   "첫째, 실리콘밸리는 벤처캐피털 자금줄이 풍부하다는 것. 2022년 기준 미국 전체 벤처 투자액은 2천억 달러다."], "ko")
    (usd,) = stats_where(res, unit="USD")
    assert usd["cluster_id"] is None  # the second sentence is the country's
    assert any(f["cluster_id"] == "silicon-valley" for f in res["success_factors"])  # the first is the valley's


def test_a_heading_whose_descriptor_is_a_name_or_whose_name_is_a_code():
    for heading in ("LCQ16: Hong Kong Science Park", "LC Q3: Tenancy position of Science Park"):
        res = extract([(("heading", heading)), "As at September 2012, there were about 390 companies in the Hong Kong Science Park, "
                                                "and the occupancy was 89 per cent."], "en")
        assert {c["cluster_id"] for c in res["clusters"]} == {"hong-kong-science-park"}, heading
        assert stats_where(res, value=89)[0]["metric_label"] == "occupancy rate"


def test_the_first_end_of_a_span_of_years_counts_nothing():
    res = extract(["Science park activity across the EU has roughly doubled over the last 11-12 years."], "en")
    assert not res["statistics"]


def test_a_research_and_academic_city_and_a_korean_place_in_an_english_name():
    res = extract(["츠쿠바 연구학원도시에는 300여 개의 연구기관이 있다."], "ko")
    assert {c["cluster_id"] for c in res["clusters"]} == {"tsukuba-science-city"}
    res = extract(["Songdo International Business District draws families",
                   "The Songdo International Business District, a joint development with a New York developer, "
                   "has about 36,000 people residing in it."], "en")
    (songdo,) = res["clusters"]
    assert (songdo["country"], songdo["region"]) == ("KR", "Incheon")
    assert stats_where(res, value=36_000)[0]["metric"] == "population"


def test_a_world_regions_silicon_valley_is_a_comparison():
    res = extract(["북유럽의 실리콘밸리, 시스타",
                   "시스타 사이언스 시티에는 1978년 이후 세계적 ICT 기업이 이주하며 북유럽의 실리콘밸리로 자리를 굳혔다."], "ko")
    assert {c["cluster_id"] for c in res["clusters"]} == {"kista-science-city"}


def test_a_korean_count_past_a_bracket_and_people_who_live_there():
    res = extract(["시스타 사이언스 시티에는 300여 개의 정보통신기술(ICT) 기업이 입주해 있다.",
                   "시스타 사이언스 시티에는 12만명이 거주하는데, 이곳 기업에서 일하는 인력이 2만4000명이다."], "ko")
    assert stats_where(res, value=300)[0]["metric"] == "companies"
    assert stats_where(res, value=120_000)[0]["metric"] == "population"
    assert stats_where(res, value=24_000)[0]["metric"] == "employees"


def test_a_profile_heading_name_comma_city_names_a_cluster():
    res = extract(["Innovation districts across the country",
                   ("heading", "Cortex Innovation Community, St. Louis"),
                   "Size: 200 acres of residential neighborhoods and medical centers.",
                   ("heading", "Harbor Point Labs, Seattle"),
                   "Size: 170 acres of lakefront parks and research buildings."], "en")
    harbor = next(c for c in res["clusters"] if c["name"] == "Harbor Point Labs")
    assert (harbor["region"], harbor["country"]) == ("Seattle", "US")
    (acres,) = [s for s in res["statistics"] if round(s["value"]) == round(170 * 4046.8564224)]
    assert acres["cluster_id"] == harbor["cluster_id"]


def test_a_neighborhood_called_by_a_name_is_a_cluster():
    res = extract(["West side renewal",
                   "Much new office space in Philadelphia sits in a growing neighborhood on the west side of the city, "
                   "called University City. The district holds 73,000 jobs, and its occupancy rate is 96%."], "en")
    (uc,) = res["clusters"]
    assert uc["name"] == "University City" and uc["region"] == "Philadelphia"
    assert stats_where(res, value=73_000)[0]["cluster_id"] == uc["cluster_id"]


def test_chinese_development_zones_and_a_list_closed_by_deung():
    res = extract(["쑤저우시에는 쑤저우공업원구, 쑤저우고신기술개발구, 쿤산경제기술개발구 등 5개 국가급 개발구가 있다."], "ko")
    names = {c["name"] for c in res["clusters"]}
    assert {"Suzhou High-tech Development Zone", "Kunshan Economic and Technological Development Zone"} <= names
    assert stats_where(res, value=5)[0]["cluster_id"] is None  # the five together


def test_money_that_went_into_the_park_since_a_year():
    res = extract(["'외국 자본의 블랙홀'로 불리는 쑤저우 공업원구.",
                   "1994년 이후 총 500억 달러(약 50조 원)가 이 단지에 투자됐다."], "ko", published="2006-07-11")
    (usd,) = stats_where(res, unit="USD")
    assert usd["cluster_id"] == "suzhou-industrial-park" and usd["metric"] == "investment"
    assert (usd["period_start"], usd["period_end"]) == ("1994-01-01", "2006-12-31")


def test_where_people_come_from_is_no_subject_and_special_incentives_are_support():
    res = extract(["신주과학단지", "신주과학단지에는 기업 300개가 있다.",
                   "특히 정부의 특별우대조치로 실리콘밸리 출신의 대만 인재들이 대거 유입해 활동 중이다."], "ko")
    claims = {(f["cluster_id"], f["factor"]) for f in res["success_factors"]}
    assert ("hsinchu-science-park", "talent") in claims and ("hsinchu-science-park", "government_support") in claims
    assert not any(c == "silicon-valley" for c, _ in claims)


def test_a_hyphenated_word_is_no_cue_and_a_valley_of_a_country_is_a_comparison():
    res = extract(["Biopolis phase one",
                   "The phase one complex of Biopolis has a cluster of seven sky-bridge connected buildings."], "en")
    assert "location_connectivity" not in {f["factor"] for f in res["success_factors"]}
    res = extract(["Electronic City is home to over 100,000 employees.",
                   "This has earned the city the nickname 'Silicon Valley of India', owing to its excellent transport links."], "en")
    assert {f["cluster_id"] for f in res["success_factors"]} == {"electronic-city"}


def test_bln_and_grant_financing_and_a_long_number_of():
    res = extract(["Now Skolkovo has almost 2,800 participants with a combined revenue of more than 100 billion rubles "
                   "($1.4 bln) last year alone.",
                   "By the end of 2011, the number of innovative companies that received the status of Skolkovo Project "
                   "participants exceeded 330.",
                   "The total value of grant financing that Skolkovo plans to distribute in 2012 will amount to 6 billion rubles."], "en")
    assert stats_where(res, unit="USD")[0]["value"] == 1.4e9
    assert stats_where(res, value=330)[0]["metric"] == "companies"
    assert stats_where(res, value=6e9)[0]["metric"] == "investment"  # funding


def test_the_kind_in_the_plural_in_a_headline_is_no_cluster():
    res = extract([("heading", "Science Parks, talent attraction and stakeholder involvement: an international study"),
                   "A questionnaire was sent to 120 Science Parks, of which 59 (49%) replied."], "en")
    assert not res["clusters"]
    assert all(s["cluster_id"] is None for s in res["statistics"])


def test_currency_codes_written_onto_or_after_a_number_and_a_corporate_income_tax():
    res = extract(["Hoa Lac Hi-Tech Park has 70 licensed projects with total investment of VND60 trillion ($2.96 billion).",
                   "Projects in Hoa Lac Hi-Tech Park with capital over 132 million USD enjoy 10% corporate income tax for 30 years."], "en")
    assert stats_where(res, unit="VND")[0]["value"] == 60e12
    assert stats_where(res, value=132e6)[0]["unit"] == "USD"
    assert stats_where(res, value=10)[0]["metric"] == "tax_rate"


def test_incentives_offered_and_investment_attracted_are_claims():
    res = extract(["The Hoa Lac Hi-Tech Park in Hanoi will offer the best possible incentives to investors in order to "
                   "attract and encourage investment."], "en")
    assert {f["factor"] for f in res["success_factors"]} == {"government_support", "investment_attraction"}


def test_initials_found_alone_first_are_the_same_cluster_and_an_abbreviated_month_dates():
    res = extract(["Kobe showcases its cluster",
                   "Kobe City showed its high-tech Kobe Biomedical Innovation Cluster (KBIC) to journalists on Oct. 29.",
                   "The KBIC is one of the largest biomedical clusters in Japan, with 310 companies."], "en")
    assert len(res["clusters"]) == 1 and "KBIC" in res["clusters"][0]["aliases"]
    assert not stats_where(res, value=29)


def test_a_verb_after_a_plural_noun_ends_what_is_counted():
    res = extract(["A total of 17 participants from 15 media outlets visited institutes in the Kobe Biomedical "
                   "Innovation Cluster."], "en")
    assert all(s["metric"] != "research_institutes" for s in res["statistics"])


def test_a_city_in_a_clusters_name_yields_to_the_city_the_text_keeps_returning_to():
    res = extract([("heading", "Porto Digital turns 25 in Recife"),
                   "The old port district of Recife houses Porto Digital, where 480 firms employ 21,000 people.",
                   "Many of the firms sit in restored mansions in the centre of Recife."], "en")
    (pd,) = res["clusters"]
    assert (pd["region"], pd["country"]) == ("Recife", "BR")
