"""Forms met in an eighth read of writing by others (a digital complex in a Korean city in five
papers, an energy valley around a relocated utility in four, a national industrial complex's
yearly figures in four, a semiconductor cluster under construction in three; in English a Nordic
ICT city in four pages, a Chinese optics zone in four, a Malaysian island's industrial parks in
three, a Canadian tech region in three, a Central Asian tech park in two), written here in other
words: a leading 만, a place firms moved into, a likeness's place, a firm before a name, a short
form ending a longer name, a place and a head for a named cluster, industry words before a weak
head, two lists of changes, a subject before a date, ratios of small numbers, a coordinated head,
parts joined by 과, a figure in brackets after what is compared, 평 after a space, headline
amounts without 원; a possessive yardstick, a name in brackets, visitors, specialists who work,
founded jobs, investment worth an amount, 'days later', lakh grouping, lowercase industrial parks."""
from tests.helpers import extract, stats_where


def _by_ko(res):
    return {c["name_ko"]: c for c in res["clusters"] if c.get("name_ko")}


def _values(res):
    return {s["value"]: s["metric"] for s in res["statistics"]}


# ------------------------------------------------------------------ Korean figures

def test_a_leading_man_is_ten_thousand_not_the_particle_only():
    res = extract(["클러스터 조성", "청주 소재 클러스터 조성으로 일자리 만2천 개가 새로 생길 것으로 보인다."], "ko")
    assert 12000 in _values(res), res["statistics"]
    assert 2000 not in _values(res)


def test_changes_listed_before_another_list_keep_their_own_verb():
    res = extract(["산단 동향", "청주산업단지의 업종별 생산은 전자가 5.0%, 화학 2.0%가 증가했으며 기계와 식품은 각각 1.5%, 0.5%가 감소했다."], "ko")
    got = _values(res)
    assert got[5.0] == "growth" and got[2.0] == "growth", got
    assert got[1.5] == "decline" and got[0.5] == "decline", got


def test_the_subject_reaches_past_dates_said_on_the_way():
    res = extract(["산단 동향", "청주산업단지 입주업체는 1985년 첫 입주 이후 40년 만에 처음으로 1500개를 넘어섰다."], "ko")
    assert stats_where(res, value=1500)[0]["metric"] == "companies", res["statistics"]


def test_one_in_three_firms_is_a_ratio_not_two_counts():
    res = extract(["산단 동향", "청주산업단지 입주업체 가운데 임차업체가 600개사다. 3개사 중 1개사가 임차업체인 셈이다."], "ko")
    assert set(_values(res)) == {600}, res["statistics"]


def test_a_count_before_a_coordinated_noun_phrase_counts_its_last_noun():
    res = extract(["클러스터 조성", "청주 소재 클러스터에는 100개 이상의 장비와 소재, 부품 업체가 입주한다."], "ko")
    assert stats_where(res, value=100)[0]["metric"] == "companies", res["statistics"]


def test_parts_joined_by_gwa_before_their_total_take_its_measure():
    res = extract(["클러스터 조성", "청주 소재 클러스터에는 기반시설 2천억 원과 생산설비 8조 원 등 모두 8조2천억 원의 사업비가 들어간다."], "ko")
    got = _values(res)
    assert got == {2e11: "investment", 8e12: "investment", 8.2e12: "investment"}, got


def test_a_figure_in_brackets_after_what_a_cluster_is_compared_with_is_not_its():
    res = extract(["클러스터 조성", "청주 소재 클러스터는 250만㎡ 규모로, 인근 신도시(약 300만 ㎡)와 비슷한 넓이다."], "ko")
    assert stats_where(res, value=2.5e6)[0]["cluster_id"] is not None
    assert stats_where(res, value=3e6)[0]["cluster_id"] is None, res["statistics"]


def test_the_same_in_english_the_size_of_somewhere_in_brackets():
    res = extract(["Norvik Science Park", "Norvik Science Park covers 40 hectares, about the size of Vaduz (17 km2) in all."], "en")
    assert stats_where(res, value=4e5)[0]["cluster_id"] == "norvik-science-park"
    assert stats_where(res, value=1.7e7)[0]["cluster_id"] is None, res["statistics"]


def test_pyeong_written_after_a_space_is_an_area():
    res = extract(["클러스터 조성", "청주 소재 클러스터의 생산 용지는 40만 평 규모다."], "ko")
    assert stats_where(res, unit="m2")[0]["value"] == round(400000 * 3.305785, 1), res["statistics"]


def test_a_headline_writes_an_amount_without_won_before_a_money_noun():
    res = extract(["수도권 3개 기업 청주산업단지에 50억 투자", "청주산업단지에 기업 투자가 이어지고 있다."], "ko")
    got = _values(res)
    assert got.get(5e9) == "investment", res["statistics"]
    assert stats_where(res, value=5e9)[0]["unit"] == "KRW"
    assert got.get(3) == "companies", got


# ------------------------------------------------------------------ Korean recognition

def test_a_place_firms_moved_into_is_a_cluster_without_a_head():
    res = extract(["대구 디지털 거점", "대구 동구의 새솔노바시티에는 소프트웨어 기업 85개가 입주해 있다. 근무 인원은 2100명이다."], "ko")
    kinds = [c for c in res["clusters"] if c.get("name_ko") == "새솔노바시티"]
    assert kinds and kinds[0]["region"] == "Daegu", res["clusters"]
    assert stats_where(res, value=85)[0]["cluster_id"] == kinds[0]["cluster_id"]


def test_a_source_named_with_e_ttareumyeon_is_no_place_firms_moved_into():
    res = extract(["산단 동향", "가람시와 새솔대에 따르면 혁신허브 건물에는 현재 40개 기업이 입주해 있다."], "ko")
    assert not any("새솔대" in (c.get("name_ko") or "") for c in res["clusters"]), res["clusters"]


def test_a_likeness_does_not_lend_its_place_as_region():
    res = extract(["'제2 판교' 꿈꾸는 새솔노바시티", "새솔노바시티는 광주 북구에 있는 디지털 집적단지로, 기업 120곳이 입주해 있다."], "ko")
    kinds = [c for c in res["clusters"] if c.get("name_ko") == "새솔노바시티"]
    assert kinds and kinds[0]["region"] == "Gwangju", res["clusters"]


def test_a_firm_written_before_a_cluster_name_is_not_part_of_it():
    res = extract(["클러스터 조성", "청주 반도체 클러스터 공사 현장을 찾았다. 오창읍 두 개 마을에 걸쳐 조성되는 "
                   "JK케미칼 청주 반도체 클러스터는 415만㎡ 규모다."], "ko")
    names = [c["name_ko"] for c in res["clusters"]]
    assert names == ["청주 반도체 클러스터"], res["clusters"]


def test_a_short_form_ending_a_longer_name_is_that_cluster():
    res = extract(["에너지 거점", "여수 해오름 에너지밸리에 기업 유치가 이어진다. 에너지밸리는 올해 기업 300개를 유치했다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["여수 해오름 에너지밸리"], res["clusters"]
    assert stats_where(res, value=300)[0]["cluster_id"] == res["clusters"][0]["cluster_id"]


def test_a_place_and_a_head_name_the_one_cluster_of_that_place():
    res = extract(["클러스터 조성", "HK하이텍이 청주 반도체 클러스터의 첫 번째 공장에 9조 원을 투자한다. "
                   "청주 오창읍 일대 415만㎡ 규모의 부지에 조성되는 청주 클러스터는 현재 공사 중이다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["청주 반도체 클러스터"], res["clusters"]
    assert {s["cluster_id"] for s in res["statistics"]} == {res["clusters"][0]["cluster_id"]}


def test_industry_words_before_a_weak_head_name_no_cluster():
    res = extract(["대구, AX 허브로 도약", "대구는 에너지산업융복합단지와 규제자유특구를 함께 추진한다. 청주 소재 클러스터는 별도다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert names == {"청주 소재 클러스터"}, names


def test_a_longer_head_cut_by_the_analyzer_still_names_a_complex():
    res = extract(["특화단지 지정", "포항시는 지난해 지정된 이차전지 특화단지와 함께 성장을 기대한다."], "ko")
    assert any((c.get("name_ko") or "").endswith("특화단지") for c in res["clusters"]), res["clusters"]


# ------------------------------------------------------------------ English

def test_a_yardstick_with_its_owner_in_the_possessive_is_not_the_topic():
    res = extract(["Startup density", "The region's startup density is second in the world only to California's Silicon Valley. "
                   "The region added 370 new startups last year."], "en")
    assert all(s["cluster_id"] is None for s in res["statistics"]), res["statistics"]


def test_a_cluster_name_in_brackets_after_another_is_one_cluster():
    res = extract(["Zone results", "Norvik High-tech Development Zone (Lake Valley) in Wuhan grew fast. "
                   "Lake Valley counted 9,000 new businesses, up 16 percent."], "en")
    assert len(res["clusters"]) == 1, res["clusters"]
    assert {s["cluster_id"] for s in res["statistics"]} == {res["clusters"][0]["cluster_id"]}


def test_people_who_toured_are_visitors_and_specialists_who_work_are_employees():
    res = extract(["Norvik Hub", "Norvik Hub was toured by many: 9,000 people who toured the Norvik Hub last year came from abroad. "
                   "Norvik Hub counts 800 companies, where more than 12 thousand specialists work."], "en")
    assert stats_where(res, value=9000)[0]["metric"] != "employees", res["statistics"]
    assert stats_where(res, value=12000)[0]["metric"] == "employees", res["statistics"]


def test_jobs_founded_are_jobs_created():
    res = extract(["Norvik Science Park", "Ten firms opened offices at Norvik Science Park, founding a total of 300 jobs."], "en")
    assert stats_where(res, value=300)[0]["metric"] == "jobs_change", res["statistics"]


def test_an_amount_after_investment_worth_is_investment_with_its_conversion():
    res = extract(["Norvik Science Park", "Norvik Science Park drew foreign investment, worth 2.1 billion ringgit ($500 million) in 2010 alone. "
                   "It signed 6 projects worth 3 billion yuan."], "en")
    got = _values(res)
    assert got[2.1e9] == "investment" and got[5e8] == "investment" and got[3e9] == "investment", got


def test_days_later_is_when_not_how_long():
    res = extract(["Norvik Science Park", "Norvik Science Park opened in 1972. Three days later the first 20 firms moved in."], "en")
    assert not any(s["unit"] == "day" for s in res["statistics"]), res["statistics"]


def test_lakh_grouping_is_one_number():
    res = extract(["Norvik Science Park", "Norvik Science Park employed 2,45,000 people in 2019."], "en")
    assert stats_where(res, value=245000), res["statistics"]


def test_a_capitalised_place_before_a_lowercase_industrial_park_names_it():
    res = extract(["Norvik", "The older Kulim Batu industrial park has been a base for chipmakers since 1980 and houses 200 firms."], "en")
    assert any(c["name"].lower() == "kulim batu industrial park" for c in res["clusters"]), res["clusters"]
    assert stats_where(res, value=200)[0]["cluster_id"] is not None
