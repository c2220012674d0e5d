"""Forms met in the ninth read (a Korean bio city's cluster in five pieces, a Korean coastal
science complex in three, a Korean bio town in four, a Taiwanese science park in four, a Russian
innovation city in three, a Kenyan technopolis in three, a Japanese science city in two, a
Malaysian cybercity in three), written here in other words: a table a capture writes with pipes
(its column years, a row of two measures), a ranking 'top N companies', a Korean agency bearing a
place's name, a place and a head beside the one complex of that kind placed there, kind words
translated (natural products, convergence, town), a headline's chain of nouns, the three parks as
a subject, a capitalised kind after 'a', a range's low end, a figure compared with a whole, a
name given its land area."""
from tests.helpers import extract, extract_capture, stats_where


# ------------------------------------------------------------------ tables written with pipes

_PIPE_CAPTURE = """한빛 바이오단지 확대 계획

한빛시는 한빛 바이오단지를 2035년까지 두 배로 넓힌다고 밝혔다.

| | 현재(2024) | 목표(2035) |
|---|---|---|
| 면적 | 500,000㎡ | 1,000,000㎡ |
| 유치기업 | 40여개 | 300여개 |
| 투자/매출 | 2조원(누적)/1조원(’23) | 6조원/4조원 |
"""


def test_a_pipe_table_in_a_capture_is_read_as_a_table(tmp_path):
    res = extract_capture(tmp_path / "hanbit.txt", _PIPE_CAPTURE)
    area = stats_where(res, value=500000.0)
    assert area and area[0]["metric"] == "area" and area[0]["cluster_id"] == res["topic"] is not None, res["statistics"]
    firms = stats_where(res, value=300.0)
    assert firms and firms[0]["metric"] == "companies" and firms[0]["qualifier"] == "approx", res["statistics"]


def test_a_pipe_tables_column_years_date_its_figures(tmp_path):
    res = extract_capture(tmp_path / "hanbit.txt", _PIPE_CAPTURE)
    assert stats_where(res, value=500000.0)[0]["period_start"] == "2024-01-01"
    assert stats_where(res, value=1000000.0)[0]["period_end"] == "2035-12-31"


def test_a_row_of_two_measures_splits_by_its_slash(tmp_path):
    res = extract_capture(tmp_path / "hanbit.txt", _PIPE_CAPTURE)
    assert stats_where(res, value=2e12)[0]["metric"] == "investment", res["statistics"]
    revenue = stats_where(res, value=1e12)
    assert revenue and revenue[0]["metric"] == "revenue" and revenue[0]["period_start"] == "2023-01-01", res["statistics"]
    assert stats_where(res, value=4e12)[0]["metric"] == "revenue"


def test_pipes_without_a_rule_row_stay_prose(tmp_path):
    res = extract_capture(tmp_path / "byline.txt", "한빛 바이오단지 소식\n\n김기자 | 산업부\n\n한빛 바이오단지에는 45개 기업이 입주해 있다.\n")
    assert stats_where(res, value=45.0), res["statistics"]


# ------------------------------------------------------------------ Korean figures

def test_top_n_companies_is_a_ranking_not_a_count():
    res = extract(["한빛 바이오단지에는 세계 300대 기업인 한 화학회사가 공장을 짓기로 했다."], "ko")
    assert not stats_where(res, value=300.0), res["statistics"]


def test_a_headlines_chain_of_nouns_counts_the_first_kind_named():
    res = extract([("heading", "한빛 바이오단지에 35개 기업 입주의향서 제출"), "한빛시는 이같이 밝혔다."], "ko")
    rows = stats_where(res, value=35.0)
    assert rows and rows[0]["metric"] == "companies", res["statistics"]


# ------------------------------------------------------------------ Korean names

def test_an_agency_bearing_a_places_name_is_no_cluster():
    res = extract(["동해시는 동해 바이오융합 산업기술단지(이하 단지) 지정을 받았다.",
                   "단지는 시 출연기관인 한빛테크노파크가 20만㎡에 조성하며 중소기업 150개를 유치한다."], "ko")
    assert "한빛테크노파크" not in [c["name_ko"] for c in res["clusters"]], res["clusters"]
    row = stats_where(res, value=150.0)
    assert row and row[0]["cluster_id"] == res["topic"] and row[0]["cluster_id"] is not None, (res["topic"], res["statistics"])


def test_kind_words_are_translated_not_romanized():
    res = extract(["동해시는 동해 바이오융합 산업기술단지(이하 단지) 지정을 받았다.",
                   "춘양바이오타운에는 현재 40개 기업이 입주해 있다.",
                   "강원도는 춘양 천연물 바이오 국가산단에 30개 기업을 유치했다."], "ko")
    names = " ".join(c["name_en"] or "" for c in res["clusters"])
    assert "Convergence" in names and "Bio Town" in names and "Natural Products" in names, names
    assert "yunghap" not in names.lower() and "water" not in names.lower(), names


def test_a_place_and_a_head_beside_the_one_complex_of_that_kind_there():
    res = extract(["강원 강릉시는 천연물 바이오 국가산단 후보지에 40개 기업의 입주의향서를 받았다.",
                   "시는 강릉 국가산단의 투자환경을 알렸다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]


# ------------------------------------------------------------------ English

def test_the_three_parks_as_a_subject_add_up_the_set():
    res = extract(["Norvik Science Park, Osterby Science Park and Lunde Science Park posted revenues of $3 billion.",
                   "Norvik Science Park recorded revenues of $1.2 billion.",
                   "The three science parks posted a combined export value of $2.1 billion."], "en")
    row = stats_where(res, value=2.1e9)
    assert row and row[0]["cluster_id"] is None, res["statistics"]
    assert stats_where(res, value=1.2e9)[0]["cluster_id"] == "norvik-science-park"


def test_a_capitalised_kind_after_an_article_is_no_name():
    res = extract(["Norvik Technopolis is a large technology hub south of the capital. It is a gazetted Special Economic Zone."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik Technopolis"], res["clusters"]


def test_a_range_gives_its_low_end_in_the_high_ends_unit():
    res = extract(["Norvik Technopolis allocated 250-300 acres to its first phase and raised between $2 and $3 billion."], "en")
    area = [s for s in res["statistics"] if s["unit"] == "m2"]
    assert len(area) == 1 and round(area[0]["value"]) == round(250 * 4046.8564224) and area[0]["qualifier"] == "at_least", res["statistics"]
    money = [s for s in res["statistics"] if s["unit"] == "USD"]
    assert [(m["value"], m["qualifier"]) for m in money] == [(2e9, "at_least")], res["statistics"]


def test_a_span_of_years_is_still_no_range_of_a_measure():
    res = extract(["Norvik Science Park grew fast over the last 11-12 years and now has 300 firms."], "en")
    assert [s["value"] for s in res["statistics"]] == [300.0], res["statistics"]


def test_a_figure_compared_with_a_whole_is_not_the_clusters():
    res = extract(["About 70% of Norvik Science Park employees hold degrees, which compares with 20% registered by Finland's overall "
                   "manufacturing sector."], "en")
    assert stats_where(res, value=70.0)[0]["cluster_id"] == "norvik-science-park"
    assert stats_where(res, value=20.0)[0]["cluster_id"] is None, res["statistics"]


def test_a_name_given_its_land_area_is_a_site():
    res = extract(["It is hard to picture how the 5,000-acre Norbury would have looked twenty years ago.",
                   "Today more than 400 business entities with 20,000 knowledge workers are based here."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norbury"], res["clusters"]
    row = stats_where(res, value=400.0)
    assert row and row[0]["metric"] == "companies" and row[0]["cluster_id"] == "norbury", res["statistics"]


# ------------------------------------------------------------------ second round (a Korean valley's yearly survey, a
# Chinese science park in four news pieces, a Singaporean research city in four)

def test_a_year_compared_with_after_its_measure_dates_only_that_figure():
    res = extract(["한빛테크노밸리의 2023년 총 매출액은 약 80조 원으로 2022년 매출 60조 원에 비해 33.3% 상승했다."], "ko")
    growth = stats_where(res, value=33.3)
    assert growth and growth[0]["period_start"] != "2022-01-01", res["statistics"]
    assert stats_where(res, value=6e13)[0]["period_start"] == "2022-01-01"


def test_the_number_of_a_bracketed_kind_counts_it():
    res = extract(["The number of research and development (R&D) staff in Norvik Science Park reached 95,000 during the same period."], "en")
    row = stats_where(res, value=95000.0)
    assert row and row[0]["metric"] == "employees", res["statistics"]


def test_unicorns_are_start_ups_counted_where_they_are():
    res = extract(["The number of unicorns totaled 12 in Norvik Science Park, second only to Silicon Valley."], "en")
    row = stats_where(res, value=12.0)
    assert row and row[0]["metric"] == "startups" and row[0]["cluster_id"] == "norvik-science-park", res["statistics"]


def test_a_countrys_quoted_likeness_is_no_cluster():
    res = extract([("heading", "Finland's \"Silicon Valley\" Norvik Science Park posts 12 percent growth in revenue"),
                   "Firms in Norvik Science Park recorded a 12 percent year-on-year growth in total revenue."], "en")
    assert "silicon-valley" not in [c["cluster_id"] for c in res["clusters"]], res["clusters"]
    row = stats_where(res, value=12.0)
    assert row and row[0]["metric"] == "growth" and row[0]["cluster_id"] == "norvik-science-park", res["statistics"]


def test_a_date_the_text_reports_is_no_publication_date(tmp_path):
    from pipeline.parse import parse_file
    path = tmp_path / "profile.txt"
    path.write_text("About Norvik Science Park\n\nThe ministry set up Norvik Science Park on December 15, 1980. It has 300 firms.\n", encoding="utf-8")
    assert parse_file(path, path.name).metadata.get("published") is None
    path.write_text("Norvik Science Park grows\n\nPosted on 3 May 2021\n\nNorvik Science Park has 300 firms.\n", encoding="utf-8")
    assert parse_file(path, path.name).metadata.get("published") == "2021-05-03"


def test_months_are_a_duration_in_years():
    res = extract(["Construction of Norvik Science Park took 30 months."], "en")
    row = stats_where(res, unit="year")
    assert row and row[0]["value"] == 2.5 and row[0]["metric"] == "duration", res["statistics"]


# ------------------------------------------------------------------ third round (a Korean city's high-tech complex in
# four papers, a Korean city's biomedical centre in two, a Dutch campus in three, a Gulf free zone in three)

def test_the_noun_before_an_aside_in_brackets_names_the_amount():
    res = extract(["한빛첨단산단 입주업체의 올해 생산액(9월 말 기준)은 3조2141억 원으로 늘었다.",
                   "한빛테크노밸리 조성 개요: (면적) 80만㎡ㆍ(사업비) 2,193억원"], "ko")
    assert stats_where(res, value=3214100000000.0)[0]["metric"] == "revenue", res["statistics"]
    assert stats_where(res, value=219300000000.0)[0]["metric"] == "investment", res["statistics"]


def test_last_years_same_period_is_the_base_of_a_change():
    res = extract(["한빛첨단산단의 올해 생산액은 3조2141억 원으로 지난해 같은 기간의 2조2694억 원에 비해 41.6% 늘었다."],
                  "ko", published="2007-12-13")
    base = stats_where(res, value=2269400000000.0)
    assert base and base[0]["metric"] == "revenue" and base[0]["period_start"].startswith("2006"), res["statistics"]
    assert not stats_where(res, value=41.6)[0]["period_start"].startswith("2006"), res["statistics"]


def test_people_who_attend_are_no_employees():
    res = extract(["한빛테크노밸리 기공식에는 지역 상공인 등 1000여 명이 참석했다."], "ko")
    rows = stats_where(res, value=1000.0)
    assert rows and rows[0]["metric"] != "employees", res["statistics"]


def test_a_citys_district_before_kind_words_keeps_the_city_name_as_another():
    res = extract(["광주 북구 첨단과학산업단지 입주업체의 생산액이 늘었다. 입주업체는 350개다."], "ko")
    c = res["clusters"][0]
    assert c["name_ko"] == "광주 북구 첨단과학산업단지" and "광주 첨단과학산업단지" in c["aliases"], res["clusters"]
    assert stats_where(res, value=350.0)[0]["cluster_id"] == c["cluster_id"]


def test_a_technopark_listed_among_agencies_is_one():
    res = extract(["한빛지역은 한빛 의생명센터를 비롯해 지원기관인 한빛비즈니스센터, 경남테크노파크, 한국기계연구원 등이 소재해 "
                   "우수한 여건을 갖췄다."], "ko")
    assert "경남테크노파크" not in [c["name_ko"] for c in res["clusters"]], res["clusters"]


def test_biomedical_is_translated():
    res = extract(["김해시 의생명특화단지에 기업 3곳이 이전한다."], "ko")
    assert any("Biomedical" in (c["name_en"] or "") for c in res["clusters"]), res["clusters"]


def test_a_firm_that_is_a_campus_resident_is_no_cluster():
    res = extract(["Norvik Tech Campus has grown again. None of the 250,000 m2 available for rent on the Campus is empty.",
                   "Harbour Brakes International (5,500 employees worldwide) is the 150th campus resident."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik Tech Campus"], res["clusters"]
    assert stats_where(res, value=250000.0)[0]["cluster_id"] == "norvik-tech-campus"


def test_a_place_inside_a_listed_name_places_it():
    res = extract(["The authority licenses 10 free zones including Dubai Internet City, Dubai Outsource Zone and Dubai Media City, "
                   "and competes with London and New York."], "en")
    assert {c["country"] for c in res["clusters"]} == {"AE"}, res["clusters"]


def test_a_bare_amount_takes_the_currency_the_text_uses():
    res = extract([("heading", "Norvik Tech Campus invests 55 million"),
                   "The campus owner invested some 20 million euros last year. There are plans to invest a further 35 million next year."], "en")
    assert {s["unit"] for s in res["statistics"] if s["value"] in (55e6, 20e6, 35e6)} == {"EUR"}, res["statistics"]


# ------------------------------------------------------------------ fourth round (an old Korean paper designating
# local industrial complexes, an encyclopedia page on the kind)

def test_a_number_inside_a_name_before_a_head_of_several_pieces():
    res = extract(["대전시 대덕구 일원에 지정된 대전4지방공업단지는 93년까지 부지를 조성, 90개 업체를 유치한다."], "ko")
    names = [c["name_ko"] for c in res["clusters"]]
    assert names == ["대전4지방공업단지"], res["clusters"]
    assert res["clusters"][0]["name_en"].endswith("Local Industrial Complex")
    assert stats_where(res, value=90.0)[0]["cluster_id"] == res["clusters"][0]["cluster_id"]


def test_a_scientific_park_is_the_kind_not_a_name():
    res = extract([("heading", "Scientific Park"), "A science park is a property-based development that accommodates tenant firms.",
                   "Norvik Research Park is a technology park established in 1951. It has more than 150 companies."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik Research Park"], res["clusters"]


# ------------------------------------------------------------------ fifth round (a think tank's roundup of
# innovation districts, three Korean technopark reports)

def test_a_series_title_over_a_headline_naming_its_own_district():
    res = extract([("heading", "Harbour Data Now: 8,000 Jobs Being Created in St. Louis Innovation District"),
                   "The project has already created 1,850 direct jobs in the district."], "en")
    names = [c["name"] for c in res["clusters"]]
    assert "St. Louis Innovation District" in names and "Harbour Data Now" not in names, res["clusters"]


def test_the_kind_in_a_city_is_that_citys_and_a_list_does_not_cut_the_clause():
    res = extract(["Cortex in St. Louis has 400 firms.",
                   "More than 200 technology, life science, and other companies have now moved into the Innovation District in "
                   "South Boston, adding over 6,000 jobs to date."], "en")
    ids = {c["name"]: c["cluster_id"] for c in res["clusters"]}
    assert "South Boston Innovation District" in ids, res["clusters"]
    firms = stats_where(res, value=200.0)
    assert firms and firms[0]["metric"] == "companies" and firms[0]["cluster_id"] == ids["South Boston Innovation District"], res["statistics"]


def test_the_kind_and_its_abbreviation_name_no_cluster():
    res = extract(["전국 테크노파크(TP)가 지역 성장의 핵으로 급부상하고 있다.", "전국 16개 TP의 입주기업 수가 이미 500개를 넘어섰다."], "ko")
    assert res["clusters"] == [], res["clusters"]


def test_a_technopark_written_short_is_the_same_one_and_the_listed_set_is_counted_apart():
    res = extract(["입주 기업 104곳에서 연간 총매출 약 1조원을 올리는 경북 경산시 경북테크노파크 전경.",
                   "경북TP에는 104개 기업이 입주해 입주 기업 총매출 1조원을 돌파했다.",
                   "1998년 경기·인천·충남·대구·경북TP 등 6개 TP로 출발한 한국의 테크노파크가 20주년을 맞았다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]
    assert stats_where(res, value=6.0)[0]["cluster_id"] is None, res["statistics"]


# ------------------------------------------------------------------ sixth round (a French aerospace cluster in four
# pages, a British enterprise zone)

def test_an_enterprise_zone_is_a_kind_of_cluster():
    res = extract(["The minister visited Norvik Park in Harbour Vale Enterprise Zone.",
                   "Harbour Vale Enterprise Zone has created more than 760 jobs and is home to more than 360 businesses."], "en")
    ids = {c["name"]: c["cluster_id"] for c in res["clusters"]}
    assert "Harbour Vale Enterprise Zone" in ids, res["clusters"]
    assert stats_where(res, value=360.0)[0]["cluster_id"] == ids["Harbour Vale Enterprise Zone"]


def test_smes_are_companies():
    res = extract(["Norvik Aero Valley gathers 780 members including 450 SMEs."], "en")
    row = stats_where(res, value=450.0)
    assert row and row[0]["metric"] == "companies", res["statistics"]


def test_a_days_possessive_is_no_region():
    res = extract(["Today's Norvik aerospace cluster employs over 90,000 people directly in Toulouse."], "en")
    assert res["clusters"] and res["clusters"][0]["region"] != "Today", res["clusters"]


# ------------------------------------------------------------------ seventh round (a Belarusian tech park in three
# pieces, an Egyptian smart village in two, Turkish technoparks in two)

def test_a_country_named_in_a_name_places_it():
    res = extract(["Harbour High Technologies Park opened in Minsk, Belarus, ten years ago.",
                   "Belarus Norvik Technologies Park is 10 years old. There are 152 companies and 25 thousand specialists in the park now."], "en")
    c = next(c for c in res["clusters"] if c["name"].startswith("Belarus"))
    assert c["country"] == "BY", res["clusters"]
    assert stats_where(res, value=25000.0)[0]["metric"] == "employees"


def test_a_multiplier_is_no_count():
    res = extract(["Norvik Science Park's software exports have increased 46 times over ten years and are ten times larger than its imports."], "en")
    assert not stats_where(res, value=46.0) and not stats_where(res, value=10.0), res["statistics"]


def test_a_change_in_a_thing_named_after_it_is_not_the_subjects():
    res = extract(["Norvik Hi-Tech Park offers many benefits. Their employees have a 30% reduction in personal income tax."], "en")
    row = stats_where(res, value=30.0)
    assert row and "employees" not in row[0]["metric_label"], res["statistics"]


def test_the_kind_in_the_plural_as_a_headline_subject_is_no_cluster():
    res = extract([("heading", "Techno Parks in Turkey responsible for dynamic projects"),
                   "Techno Parks are currently hosting a total 2,508 companies."], "en")
    assert res["clusters"] == [], res["clusters"]


def test_a_quoted_kind_ranked_first_and_a_turkish_head():
    res = extract([("heading", "Turkey's first 'Technopark' eyes U.S. expansion"),
                   "Established in the late 1980s, Norvik Teknokent was the first technology park in Turkey. The teknokent now hosts 300 firms."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik Teknokent"], res["clusters"]


# ------------------------------------------------------------------ eighth round (a city's page on its national
# complex, two encyclopedia entries)

_TWO_PIPE_TABLES = """한빛국가산업단지 소개

관리면적
| 총면적 | 산업시설구역 | 지원시설구역 | 공공시설구역 | 녹지구역 |
|---|---|---|---|---|
| 22,628천㎡ | 16,520천㎡ | 1,163천㎡ | 3,684천㎡ | 1,261천㎡ |

입주업체현황[2023.12월 기준]
| 입주업체수 | 가동업체수 | 고용인원 | 생산액(2023년 누계) | 수출액(2023년 누계) |
|---|---|---|---|---|
| 2,474개사 | 2,151개사 | 80,968명 | 46조1,778억원 | 249.6억달러 |
"""


def test_two_pipe_tables_of_one_width_keep_their_rule_rows(tmp_path):
    res = extract_capture(tmp_path / "hanbit.txt", _TWO_PIPE_TABLES)
    assert stats_where(res, value=24960000000.0)[0]["metric"] == "exports", res["statistics"]
    assert stats_where(res, value=46177800000000.0)[0]["period_start"] == "2023-01-01"


def test_a_korean_header_that_only_begins_with_a_role_word_is_no_role(tmp_path):
    from pipeline.extract.clusters import header_role
    assert header_role("산업시설구역") is None and header_role("조성면적") is None  # not 산업 (sector), 조성 (founded)
    assert header_role("주력 산업") == "sector" and header_role("설립연도 (년)") == "founded"
    res = extract_capture(tmp_path / "hanbit.txt", _TWO_PIPE_TABLES)
    assert stats_where(res, value=16520000.0), res["statistics"]


def test_top_n_large_companies_is_a_ranking():
    res = extract(["한빛국가산업단지는 대한민국 300대 대기업 중 10여개의 본사를 유치하고 있다."], "ko")
    assert not stats_where(res, value=300.0), res["statistics"]


def test_an_innovation_city_is_a_kind_of_cluster():
    res = extract(["Construction of Harbour Innovation City kicked off on Tuesday. It sits on 61 hectares in the heart of the capital."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Harbour Innovation City"], res["clusters"]
    assert stats_where(res, unit="m2")[0]["cluster_id"] == "harbour-innovation-city"


# ------------------------------------------------------------------ ninth round (two explainers on Spanish
# technology parks)

def test_a_point_grouping_thousands_before_a_counted_noun():
    res = extract(["In 2010, 25.443 people worked in Norvik Technology Park, and 5.539 companies were registered there.",
                   "Norvik Technology Park invested 1.226 billion euros."], "en")
    assert stats_where(res, value=25443.0) and stats_where(res, value=5539.0), res["statistics"]
    assert stats_where(res, value=1226000000.0), res["statistics"]


def test_a_firms_nationality_does_not_place_the_park():
    res = extract(["The Norvik Technology Park is an example of this type of park.",
                   "Inaugurated in 1992, this park located in the Spanish city of Malaga houses almost 15,000 workers.",
                   "In 1985 the regional government asked Technova, a Japanese consultancy, to study the park."], "en")
    assert res["clusters"][0]["country"] == "ES", res["clusters"]
