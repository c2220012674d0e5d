"""Forms met in the eleventh read (a Korean aerospace city's agency page and two releases about its
complexes, an Emirati internet free zone in two pieces, a Swedish science park in two, a Korean
display cluster in two, an innovation city in two), written here in other words: a year
abbreviated to two digits, a number and a half before a scale word, a township and its village
before a complex's name, sector words translated inside a name, a complex's site named between
two complexes of a list, two amounts sharing one money verb, the land a firm takes, a place's
area before a kind, the name a complex was launched under, a relative year that parts a figure
from an earlier year."""
from tests.helpers import clusters_by_id, extract, stats_where


# ------------------------------------------------------------------ numbers and periods

def test_a_year_abbreviated_to_two_digits_dates_its_figures():
    res = extract(["한빛테크노밸리 현황",
                   "한빛테크노밸리에는 '24년 기준 입주기업 215개사가 있다. ’21년 매출은 1조 4,000억원이었다."], "ko")
    firms = stats_where(res, value=215.0)
    assert firms and firms[0]["period_start"] == "2024-01-01", res["statistics"]
    sales = stats_where(res, value=1.4e12)
    assert sales and sales[0]["period_end"] == "2021-12-31", res["statistics"]


def test_an_abbreviated_year_after_the_texts_date_by_decades_is_of_the_last_century():
    res = extract(["한빛테크노밸리 현황", "한빛테크노밸리는 '97년 말 기준 입주기업이 40개사였다."], "ko", published="2015-03-02")
    firms = stats_where(res, value=40.0)
    assert firms and firms[0]["period_start"] == "1997-01-01", res["statistics"]


def test_a_number_and_a_half_before_a_scale_word_is_one_number():
    res = extract(["Qadir Internet Park",
                   "Qadir Internet Park has over two and a half million square feet of office space, "
                   "and one and half thousand people work in its labs."], "en")
    area = stats_where(res, metric="area")
    assert area and round(area[0]["value"]) == round(2.5e6 * 0.09290304), res["statistics"]
    assert stats_where(res, value=1500.0), res["statistics"]


def test_a_relative_year_parts_a_figure_from_an_earlier_year_of_its_sentence():
    res = extract(["도내 디스플레이 기업 현황",
                   "한빛테크노밸리에 입주한 기업은 2019년말 88개였으나 지난해 한해 동안 17개 기업을 추가로 유치했다."], "ko")
    added = stats_where(res, value=17.0)
    assert added and added[0]["period_start"] is None, res["statistics"]
    assert stats_where(res, value=88.0)[0]["period_start"] == "2019-01-01", res["statistics"]


# ------------------------------------------------------------------ Korean names

def test_a_township_and_its_village_before_a_complex_are_where_it_is():
    res = extract(["한빛시 투자협약",
                   "신규 공장은 2025년 3월 이후 가람면 솔미리 한빛일반산단에 들어선다. 한빛일반산단의 부지는 8만 2,000㎡이다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert "한빛일반산단" in names, res["clusters"]
    assert not any("가람면" in (n or "") or "솔미리" in (n or "") for n in names), res["clusters"]


def test_sector_words_inside_a_korean_name_are_translated():
    res = extract(["동해항공국가산단 조성",
                   "동해항공국가산단과 서해석유화학산업단지, 남해디스플레이산업단지가 함께 조성된다."], "ko")
    english = {c["name_en"] for c in res["clusters"]}
    assert "Donghae Aviation National Industrial Complex" in english, english
    assert any("Petrochemical" in e for e in english) and any("Display" in e for e in english), english


def test_a_site_named_after_the_first_complex_of_a_list_keeps_the_list():
    res = extract(["투자협약 체결",
                   "이들 기업은 한빛항공국가산단 가람지구와 새터일반산단 등에 1,450억 원을 투자한다."], "ko")
    money = stats_where(res, value=1.45e11)
    assert money and money[0]["cluster_id"] is None, res["statistics"]


def test_two_amounts_of_a_list_share_the_money_verb_after_the_second():
    res = extract(["한빛시 투자협약",
                   "2개 업체가 한빛일반산단 3만㎡에 210억원, 1개 업체가 솔미일반산단 9,000㎡에 45억원을 투자하기로 했다."], "ko")
    first = stats_where(res, value=2.1e10)
    assert first and first[0]["metric"] == "investment", res["statistics"]
    assert stats_where(res, value=4.5e9)[0]["metric"] == "investment", res["statistics"]


def test_the_land_a_firm_takes_is_no_count_of_firms():
    res = extract(["한빛시 투자협약", "1개 업체가 솔미일반산단 9,000㎡에 공장을 짓는다."], "ko")
    land = stats_where(res, value=9000.0, unit="m2")
    assert land and land[0]["metric_label"] not in ("companies", "resident companies"), res["statistics"]


def test_a_places_area_before_a_kind_names_no_complex():
    res = extract(["디스플레이 메카",
                   "한빛테크노밸리가 조성되면서 충주, 제천지역 산업단지는 모두 300만평에 이른다."], "ko")
    assert not any("지역" in (c["name_ko"] or "") for c in res["clusters"]), res["clusters"]


def test_the_name_a_complex_was_launched_under_is_another_name_of_it():
    res = extract(["한빛혁신도시의 오늘",
                   "2017년 한빛드림밸리로 출범한 한빛혁신도시는 현재 9개 이전공공기관, 4,120명이 이전을 마쳤다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]
    c = res["clusters"][0]
    assert c["name_ko"] == "한빛혁신도시", c
    assert stats_where(res, value=4120.0)[0]["cluster_id"] == c["cluster_id"], res["statistics"]


def test_a_period_of_one_labelled_item_dates_no_other_item_of_the_list():
    res = extract(["한빛테크밸리 개요",
                   "ㆍ(명칭) 한빛테크밸리ㆍ(면적) 512,300㎡ㆍ(개발기간) 2016년 ~ 2022년ㆍ(사업비) 1,870억원"], "ko")
    area, cost = stats_where(res, value=512300.0), stats_where(res, value=1.87e11)
    assert area and area[0]["period_start"] is None, res["statistics"]
    assert cost and cost[0]["period_start"] is None, res["statistics"]


# ------------------------------------------------------------------ a second round (Rules 109 too)

def test_an_old_complex_named_by_a_district_after_its_city_is_found():
    res = extract(["가람공단 가동률 하락", "인천 남동공단의 지난 3월 가동률은 70.2%로 전월에 비해 1.1% 하락했다."], "ko")
    found = [c for c in res["clusters"] if c["name_ko"] == "남동공단"]
    assert found and found[0]["region"] == "Incheon", res["clusters"]
    assert stats_where(res, value=70.2)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_a_silicon_nickname_a_headline_places_something_in_is_a_cluster():
    res = extract(["Jobs on the Rise in Silicon Marsh", "The software industry is booming in the state."], "en")
    assert "silicon-marsh" in clusters_by_id(res), res["clusters"]


def test_a_land_area_is_never_labelled_by_what_stands_on_it():
    res = extract(["Kavali Infopark", "In 2017 Kavali Infopark housed 310 companies and 30,100 employees in a built-up "
                   "space of 60 lakh square feet."], "en")
    area = stats_where(res, unit="m2")
    assert area and area[0]["metric_label"] == "area", res["statistics"]


def test_job_opportunities_created_are_jobs_created():
    res = extract(["Kavali Infopark", "Kavali Infopark created over 1,800 job opportunities last year."], "en")
    jobs = stats_where(res, value=1800.0)
    assert jobs and jobs[0]["metric"] == "jobs_change", res["statistics"]


def test_an_increase_in_a_measure_by_a_rate_is_its_growth():
    res = extract(["Kavali Infopark", "Kavali Infopark reported an increase in software exports by an impressive 17 per cent."], "en")
    rate = stats_where(res, value=17.0)
    assert rate and rate[0]["metric"] == "growth", res["statistics"]


def test_a_series_after_a_colon_says_one_measure_in_each_item():
    res = extract(["Kavali Infopark",
                   "The IT exports of Kavali Infopark in Kerala, India kept rising: Rs 5,210 crore during 2019-20 (18.5% annual growth), "
                   "Rs 6,040 crore during 2020-21 (15.9% growth) and Rs 6,600 crore during 2021-22 (9.3%)."], "en")
    for value in (5.21e10, 6.04e10, 6.6e10):
        assert stats_where(res, value=value)[0]["metric"] == "exports", res["statistics"]
    last = stats_where(res, value=9.3)
    assert last and last[0]["metric"] == "growth", res["statistics"]
    assert last[0]["period_start"] == "2021-04-01", res["statistics"]


def test_a_surge_of_an_amount_is_a_change_of_it():
    res = extract(["Kavali Infopark", "Exports from Kavali Infopark rose to Rs 6,040 crore, a surge of Rs 830 crore."], "en")
    surge = stats_where(res, value=8.3e9)
    assert surge and surge[0]["metric"] == "growth", res["statistics"]


def test_an_employee_base_counts_employees():
    res = extract(["Kavali Infopark", "Kavali Infopark is home to many firms, boasting an employee base of more than 41,000."], "en")
    staff = stats_where(res, value=41000.0)
    assert staff and staff[0]["metric"] == "employees", res["statistics"]


def test_a_quoted_class_of_a_survey_is_no_figure_but_its_share_is():
    res = extract(["한빛테크노밸리 입주기업 설문",
                   "응답한 입주기업의 고용인력은 '3명 이상 9명 이하'가 48.1%로 가장 많고, '10인 이상 49명 이하'가 12.4%였다."], "ko")
    assert stats_where(res, value=48.1) and stats_where(res, value=12.4), res["statistics"]
    assert not [r for r in res["statistics"] if r["unit"] == "count"], res["statistics"]
