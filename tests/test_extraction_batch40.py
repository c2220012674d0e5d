"""Forms met in the eighth read's second round (an Indian life-sciences valley in five pieces, an
Estonian business campus in four, a Korean port city's digital complex in five), written here in
other words: a famous name's likeness 'of' a region, a business park, a name with a place aside
before its predicate, a likeness dubbed, a place's own name after the kind it is, a place firms
left, a place's own name becoming a hub, visitors listed by where, a time of day, a section
title in a heading, a ranked description in capitals, employment for people; then four Korean
technopark survey releases: a date before a bracketed name, a clause ending between two
percentages, the measure a clause compares, the year of the level a figure rose from; and a
fourth round (a Hong Kong digital park, an Indian IT park, a Korean science complex): a name that
brands itself a hub and hosts firms, 'our first N years', fundraising, a one-word park with its city,
Latin acronyms among kind words; a fifth (a Colombian innovation centre, a Nigerian tech district):
a country's hub described, a quoted name before its kind, an anchor client; a sixth (a Korean
city's technopolis and R&D zone, a tidal-flat complex): 테크노폴리스 kept whole, patent registrations,
a ratio of three to one, an acronym in brackets; then where a complex was built, a rubric heading,
a city's technology park, people a day."""
from tests.helpers import extract, stats_where


# ------------------------------------------------------------------ English recognition

def test_a_likeness_of_a_region_is_no_cluster_name():
    res = extract(["Norvik", "The campus drew inspiration from Kista near Stockholm, called the Silicon Valley of the Nordic countries."], "en")
    assert not any(c["name"].endswith(" of") or c["name"] == "Silicon Valley" for c in res["clusters"]), res["clusters"]


def test_a_business_park_is_a_kind_of_cluster():
    res = extract(["Norvik", "Norvik City is a business park in Tallinn. As of 2014, there are 300 businesses with 6,000 employees."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik City"], res["clusters"]
    assert stats_where(res, value=300)[0]["cluster_id"] == "norvik-city"


def test_a_place_aside_before_the_predicate_and_a_dubbed_likeness():
    res = extract(["A visit", "Norvik City, situated on the eastern edge of Tallinn near the lake, is a burgeoning business hub, "
                   "rightfully dubbed the \"Silicon Valley of the Baltics\". Nearly 500 companies work there."], "en")
    kinds = [c for c in res["clusters"] if c["name"] == "Norvik City"]
    assert kinds and kinds[0]["country"] == "EE", res["clusters"]


def test_a_section_title_in_a_heading_is_no_cluster():
    res = extract([("heading", "The Genesis - Valley of Innovation"), "In 2001 the state designated 1,283 acres of land as Norvik Science Park."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik Science Park"], res["clusters"]


def test_capitalised_kind_words_after_first_describe_no_cluster():
    res = extract(["Norvik Science Park", "Norvik Science Park is the country's systematically developed first R&D and Clean Manufacturing cluster."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik Science Park"], res["clusters"]


def test_employment_for_people_is_jobs():
    res = extract(["Norvik Science Park", "The five projects at Norvik Science Park will create employment for 3,000 people."], "en")
    assert stats_where(res, value=3000)[0]["metric"] == "jobs_change", res["statistics"]


# ------------------------------------------------------------------ Korean

def test_a_place_s_own_name_after_the_kind_it_is():
    res = extract(["기업 이전", "지식서비스 기업 35개 사 가운데 31개 사가 도시첨단산업단지인 가람노바시티에 둥지를 틀었다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["가람노바시티"], res["clusters"]


def test_a_place_firms_left_is_not_what_the_text_is_about():
    res = extract(["기업 이전", "게임 제작사 한빛소프트는 지난해 판교테크노밸리에서 부산 해운대로 본사를 이전해왔다. "
                   "지난해 부산으로 옮긴 기업은 모두 80개 사다."], "ko")
    assert res["topic"] != "pangyo-techno-valley", res["topic"]
    assert stats_where(res, value=80)[0]["cluster_id"] != "pangyo-techno-valley"


def test_a_place_s_own_name_becoming_a_hub_is_a_cluster():
    res = extract(["ICT 거점", "부산 해운대 가람노바시티가 정보통신기술(ICT) 중심지로 떠오르고 있다. 이곳에 입주한 900개사 가운데 300개사가 ICT 기업이다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["가람노바시티"], res["clusters"]


def test_visitors_listed_by_where_share_the_verb():
    res = extract(["행사", "가람노바시티 행사 가운데 전시회에는 9만2천명이, 포럼에는 1만500명이, 박람회에는 1만5500명이 다녀갔다."], "ko")
    assert {s["metric_label"] for s in res["statistics"]} == {"visitors"}, res["statistics"]


def test_a_time_of_day_is_no_duration():
    res = extract(["가람노바시티 개관", "입력 2012년 4월 30일 03시 00분", "가람노바시티에는 기업 31개사가 입주해 있다."], "ko")
    assert not any(s["unit"] == "hour" for s in res["statistics"]), res["statistics"]


# ------------------------------------------------------------------ third round: agency survey releases

def test_a_date_before_a_bracketed_name_is_no_part_of_it():
    res = extract(["설문 결과", "24일 청주테크노파크(CTP)에 따르면 46개 입주업체를 대상으로 한 설문에서 50%가 긍정적으로 답했다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["청주테크노파크"], res["clusters"]


def test_a_clause_ending_between_two_percentages_keeps_the_first_a_share():
    res = extract(["실태조사", "청주테크노파크 입주기업 임직원 중 연구인력은 30.5%, 신규인력은 18.0%인데 전년도 대비 연구인력이 5.7% 감소했다."], "ko")
    assert stats_where(res, value=18.0)[0]["metric"] == "share", res["statistics"]
    got = stats_where(res, value=5.7)[0]
    assert got["metric"] == "decline" and got["metric_label"].startswith("researchers"), got


def test_the_measure_a_clause_compares_labels_its_amounts():
    res = extract(["성과 분석", "청주테크노파크 지원 기업 70곳의 매출액을 비교한 결과 2011년 8156억원에서 지난해 9450억원으로 15.9% 증가했다."], "ko")
    assert {stats_where(res, value=v)[0]["metric"] for v in (8.156e11, 9.45e11)} == {"revenue"}, res["statistics"]


def test_the_year_of_the_level_a_figure_rose_from_does_not_date_it():
    res = extract(["성과 분석", "청주테크노파크 입주기업의 매출액은 2011년 3조5208억원에서 3조8696억원으로 증가했다."], "ko")
    assert stats_where(res, value=3.5208e12)[0]["period_start"] == "2011-01-01"
    assert stats_where(res, value=3.8696e12)[0]["period_start"] is None, res["statistics"]


# ------------------------------------------------------------------ fourth round: a Hong Kong digital park, an Indian IT park, a Korean science complex

def test_a_name_that_brands_itself_a_hub_and_hosts_firms_is_a_cluster():
    res = extract(["Interview", "Norvikport brands itself as the city's digital technology hub and today plays host to roughly 2,000 "
                   "start-ups and technology companies. In our first 15 years our community sat at around 1000 companies, "
                   "and fundraising reached over US$ 4.6 billion."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvikport"], res["clusters"]
    assert not any(s["unit"] == "year" for s in res["statistics"]), res["statistics"]
    assert stats_where(res, value=4.6e9)[0]["metric"] == "venture_capital"


def test_a_one_word_park_and_the_same_with_its_city_are_one_cluster():
    res = extract(["Technopark at 30", "Technopark Trivandrum, India's first Information Technology Park, turns 30. "
                   "Technopark is now home to 450 IT companies with direct employment of 62,000 professionals."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Technopark Trivandrum"], res["clusters"]


def test_kind_words_with_latin_acronyms_before_a_weak_head_name_no_complex():
    res = extract(["단지 소개", "청주 오창읍에 조성된 오창과학산업단지가 IT·BT 첨단산업 육성 단지로 각광을 받고 있다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["오창과학산업단지"], res["clusters"]


# ------------------------------------------------------------------ fifth round: a Colombian innovation centre, a Nigerian tech district

def test_a_country_s_hub_described_names_no_cluster():
    res = extract(["Norvik Valley", "Norvik Valley is a nickname for an area within Yaba. This area is already growing as "
                   "Nigeria's technology hub and cluster of hundreds of startup companies."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik Valley"], res["clusters"]


def test_a_quoted_name_before_the_kind_of_place_it_is():
    res = extract(["Medellinnovation", "To carry out the programme, the 'Norte Uno' complex was built, a network of 32,000sqm in three "
                   "buildings housing 141 companies. The building has three zones; the \"Chill\" zone has restaurants."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norte Uno"], res["clusters"]


def test_an_anchor_client_is_an_anchor_firm():
    res = extract(["Norvik Science Park", "When Norvik Science Park was planned, Bharat Biotech was the anchor client and the state sanctioned two parks."], "en")
    assert any(f["factor"] == "anchor_firms" for f in res["success_factors"]), res["success_factors"]


# ------------------------------------------------------------------ sixth round: a Korean city's technopolis and R&D zone, a tidal-flat complex

def test_a_technopolis_written_onto_its_city_is_a_cluster():
    res = extract(["지구 개발", "대구테크노폴리스는 726만8000m²의 터에 1조9000억 원이 투입돼 2012년 완공될 예정이다."], "ko")
    assert [(c["name_ko"], c["name_en"]) for c in res["clusters"]] == [("대구테크노폴리스", "Daegu Technopolis")], res["clusters"]
    assert {s["cluster_id"] for s in res["statistics"]} == {"daegu-technopolis"}


def test_patent_registrations_are_patents_and_a_rate_of_three_to_one_no_figure():
    res = extract(["특구", "청주특구의 특허 등록은 1만6천여 건으로 늘었다. 청주특구 산업용지는 경쟁률 3대 1을 기록했다."], "ko")
    assert stats_where(res, value=16000)[0]["metric"] == "patents", res["statistics"]
    assert not stats_where(res, value=3), res["statistics"]


def test_an_acronym_in_brackets_is_not_the_english_name():
    res = extract(["분양", "청주 멀티테크노밸리(CMTV)가 전체 산업용지 중 71%를 분양했다. 국가물산업클러스터는 별도다."], "ko")
    names = {c["name_ko"]: c["name_en"] for c in res["clusters"]}
    assert names.get("청주 멀티테크노밸리") == "Cheongju Multi Techno Valley", names
    assert names.get("국가물산업클러스터") == "National Water Industry Cluster", names


# ------------------------------------------------------------------ seventh round: claims in the words of a blog and a city's pages

def test_firms_setting_up_offices_is_investment_attraction():
    res = extract(["Norvik", "Overseas companies have been setting up offices at Norvik Science Park at a steady clip."], "en")
    assert [f["factor"] for f in res["success_factors"]] == ["investment_attraction"], res["success_factors"]


def test_those_n_years_is_no_duration():
    res = extract(["Norvik", "What happened at Norvik Science Park in those 60 years? It grew to 300 firms."], "en")
    assert [s["value"] for s in res["statistics"]] == [300], res["statistics"]


def test_where_a_complex_was_built_said_later_in_the_clause_places_it():
    res = extract(["산업단지 소개", "새솔산업단지는 지역 경제 활성화를 목적으로, 부산광역시 기장군에 지난 2004년부터 11년 사이 만들어졌다. "
                   "새솔산업단지의 총 면적은 131만㎡다."], "ko")
    kinds = [c for c in res["clusters"] if c["name_ko"] == "새솔산업단지"]
    assert kinds and kinds[0]["country"] == "KR" and kinds[0]["region"] == "Gijang", res["clusters"]
    assert kinds[0]["name_en"] == "Saesol Industrial Complex"


# ------------------------------------------------------------------ eighth round: a Swiss technopark, a Dutch science park

def test_a_rubric_heading_names_no_cluster():
    res = extract([("heading", "Interview: Anna Berg – Director, Norvik Science Park, the Netherlands"),
                   "Anna Berg explains the potential of Norvik Science Park for start-ups."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik Science Park"], res["clusters"]


def test_a_city_s_technology_park_is_the_one_park_placed_there():
    res = extract(["Technopark looks ahead", "The head of Zurich's technology park says start-ups matter. "
                   "The goal of the Technopark in Zurich is technology transfer. It currently offers a home to 190 companies."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Technopark"], res["clusters"]


def test_people_a_day_are_visitors():
    res = extract(["Norvik Science Park", "Norvik Science Park welcomes more than ten thousand people a day."], "en")
    assert stats_where(res, value=10000)[0]["metric"] != "employees", res["statistics"]


def test_kinds_counted_together_take_the_first_kind():
    res = extract(["단지 소개", "청주과학산업단지에는 첨단 업종의 기업 및 연구기관 128곳이 들어서 있다. 청주과학산업단지에는 연구기관 12곳도 있다."], "ko")
    assert stats_where(res, value=128)[0]["metric"] == "companies", res["statistics"]
    assert stats_where(res, value=12)[0]["metric"] == "research_institutes", res["statistics"]
