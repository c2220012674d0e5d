"""Forms met in a seventh read of writing by others (a Korean island's science park in three
papers, a biotech cluster on reclaimed land, a battery complex on a sea wall, an AI complex in a
southern city, a Chinese science zone in translated wire copy; in English an encyclopedia entry and
two guides on a French technology park, a Swedish science city's profile pages, a Dutch campus in
regional news, a Chinese industrial park's own pages, a Japanese science city), written here in
other words: a series of figures over years, parts listed before their total, a length read as a
count, 과기 for 과학기술, a headline's quoted words after a head, figures counted the world over,
numbers followed by what people do, a country 'at large', 'the same time period', a demonstration
zone, R&D 비용, holdings of patents, a lowercase likeness, regional GDP and trade, the money word
since the amount before, a name with its town after it, a date after two listed amounts, scaled
amounts in whole units, AI written as 인공지능, a headline head after a word that says which."""
from tests.helpers import clusters_by_id, extract, extract_capture, stats_where


def _by_ko(res):
    return {c["name_ko"]: c for c in res["clusters"] if c.get("name_ko")}


# ------------------------------------------------------------------ Korean figures

def test_a_series_over_years_keeps_the_label_of_its_first_figure():
    res = extract(["연구단지 현황", "한빛연구단지의 입주기업은 2019년 88개, 2020년 97개, 2021년 105개로 해마다 늘었다."], "ko")
    assert [s["metric"] for s in sorted(res["statistics"], key=lambda s: s["value"])] == ["companies"] * 3, res["statistics"]
    res = extract(["연구단지 현황", "한빛연구단지 입주기업수는 △2020년 97개 △2021년 105개 △2022년 상반기 111개로 증가했다."], "ko")
    got = {s["value"]: s["metric"] for s in res["statistics"]}
    assert got == {97: "companies", 105: "companies", 111: "companies"}, got
    assert stats_where(res, value=111)[0]["period_end"] == "2022-06-30"


def test_a_series_over_years_does_not_lend_its_label_across_counters():
    res = extract(["연구단지 현황", "한빛연구단지의 입주기업은 2020년 97개, 2021년 1,200명의 인력을 새로 뽑았다."], "ko")
    assert stats_where(res, value=1200)[0]["metric"] != "companies"


def test_parts_listed_before_their_total_take_its_measure():
    res = extract(["단지 조성", "한빛과학단지 조성에는 국비 1천200억원, 민간자본 800억원 등 총 2천억원을 들였다."], "ko")
    got = {s["value"]: s["metric"] for s in res["statistics"]}
    assert got == {1.2e11: "investment", 8e10: "investment", 2e11: "investment"}, got


def test_a_length_is_never_a_count_of_the_noun_beside_it():
    res = extract(["단지 입지", "한빛과학단지는 반경 3㎞ 이내 한빛대학교와 한빛기술원이 자리해 있다."], "ko")
    assert stats_where(res, value=3.0)[0]["metric"] == "distance", res["statistics"]


def test_rd_spending_written_with_latin_letters_and_patent_holdings():
    res = extract(["시범구 동향", "지난해 한빛 시범구 기업의 R&D 비용은 120억 위안을 기록했다. 기업들의 특허 보유량은 약 3만 건이다."], "ko")
    assert stats_where(res, value=1.2e10)[0]["metric"] == "rd_spending", res["statistics"]
    assert stats_where(res, value=30000)[0]["metric"] == "patents", res["statistics"]


# ------------------------------------------------------------------ Korean recognition

def test_gwagi_is_the_short_form_of_gwahak_gisul_in_a_complex_name():
    res = extract(["과학기술단지 동향", "한라첨단과학기술단지 입주기업은 150개다. 한라첨단과기단지의 매출은 3조원이다."], "ko")
    kinds = [c for c in res["clusters"] if (c.get("name_ko") or "").startswith("한라")]
    assert len(kinds) == 1, res["clusters"]
    assert kinds[0]["name_en"] == "Halla High-tech Science and Technology Park"
    assert {s["cluster_id"] for s in res["statistics"]} == {kinds[0]["cluster_id"]}


def test_quoted_words_right_after_a_head_in_a_headline_are_no_name():
    res = extract(["한빛시, 세계적 바이오 허브 '성큼'", "한빛시 바이오클러스터에 입주한 기관은 40곳을 넘었다."], "ko")
    assert not any("성큼" in (c.get("name_ko") or "") for c in res["clusters"]), res["clusters"]


def test_a_demonstration_zone_is_a_head_and_its_bare_head_no_cluster():
    res = extract(["시범구 동향", "지난해 한빛 시범구에 신설된 기업은 2,000개에 달했다. 시범구 기업의 매출은 1조 위안이었다."], "ko")
    names = [c.get("name_ko") for c in res["clusters"]]
    assert "한빛 시범구" in names and "시범구" not in names, names


def test_ai_and_its_korean_word_name_one_complex():
    res = extract(["전주 인공지능 집적단지 착공", "전주시의 인공지능 중심 산업융합 집적단지(AI 집적단지) 조성 사업이 시작됐다. "
                   "AI 집적단지에는 120개 기업이 입주한다."], "ko")
    assert len(res["clusters"]) == 1, [c["name_ko"] for c in res["clusters"]]


def test_a_headline_head_after_a_word_that_says_which_is_no_kind_alone():
    res = extract([("heading", "한빛 인공지능(AI)산업융합 집적단지 조성사업 첫 삽"), "한빛 AI집적단지 조성에는 2천억원이 들어간다. "
                   "데이터센터 등 3개동으로 구성된다."], "ko")
    assert res["topic"] is not None
    assert stats_where(res, value=3)[0]["cluster_id"] == res["topic"]


# ------------------------------------------------------------------ English figures

def test_a_figure_counted_the_world_over_is_no_clusters():
    res = extract(["Harbour Park", "Harbour Park hosts 400 companies. Its largest tenant employs 9,000 people worldwide, "
                   "including 2,000 at Harbour Park."], "en")
    park = next(c["cluster_id"] for c in res["clusters"] if c["name"] == "Harbour Park")
    assert stats_where(res, value=9000)[0]["cluster_id"] is None
    assert stats_where(res, value=400)[0]["cluster_id"] == park


def test_a_number_followed_by_what_people_do_counts_them():
    res = extract(["Harbour Science City", "About 90,000 people live in Harbour Science City, 41,000 work here and 6,500 study at "
                   "its two universities."], "en")
    got = {s["value"]: s["metric"] for s in res["statistics"]}
    assert got.get(41000) == "employees" and got.get(6500) == "students" and got.get(90000) == "population", got


def test_a_country_at_large_is_no_clusters_and_the_same_time_period_dates_it():
    res = extract(["Harbour Science City", "In Harbour Science City the number of jobs rose by 40 percent between 2010 and 2016. "
                   "During the same time period the number of jobs in Norway at large increased by 9 percent."], "en")
    row = stats_where(res, value=9)[0]
    assert row["cluster_id"] is None and (row["period_start"], row["period_end"]) == ("2010-01-01", "2016-12-31"), row


def test_regional_gdp_taxes_and_trade_are_not_revenue():
    res = extract(["Harbour Industrial Park", "In 2015, Harbour Industrial Park recorded a regional GDP of 90.5 billion yuan, with "
                   "budgetary revenue of 9.1 billion yuan and total import and export volume of 40.2 billion US dollars."], "en")
    got = {s["value"]: s["metric"] for s in res["statistics"]}
    assert got == {90.5e9: "other", 9.1e9: "other", 40.2e9: "other"}, got
    assert {s["metric_label"] for s in res["statistics"]} == {"regional output", "taxes", "trade"}


def test_a_date_after_two_listed_amounts_dates_both_and_amounts_are_whole():
    res = extract(["Harbour Industrial Park", "Harbour Industrial Park reported US$2.07 billion of new registered capital and "
                   "paid-in foreign capital worth US$1.13 billion in the first half of 2021."], "en")
    first = stats_where(res, unit="USD", value=2070000000.0)
    assert first and (first[0]["period_start"], first[0]["period_end"]) == ("2021-01-01", "2021-06-30"), res["statistics"]


# ------------------------------------------------------------------ English recognition

def test_a_name_and_the_same_name_with_its_town_after_it_are_one_cluster():
    res = extract(["There are 150 firms on the Smart Tech Campus in Utrecht", "Smart Tech Campus Utrecht opened to outside "
                   "firms in 2006. The Smart Tech Campus now houses 180 companies."], "en")
    campus = [c for c in res["clusters"] if "Smart Tech Campus" in c["name"]]
    assert len(campus) == 1 and campus[0]["name"] == "Smart Tech Campus Utrecht", res["clusters"]


def test_a_lowercase_likeness_of_a_famous_cluster_is_not_it():
    res = extract(["Norrby grows", "Norrby, also known as Norway's silicon valley, is a new town with 800 ICT companies."], "en")
    assert "silicon-valley" not in clusters_by_id(res)


def test_a_headline_likeness_is_not_the_documents_subject(tmp_path):
    res = extract_capture(tmp_path / "likeness.txt", "Pune is known as the Silicon Valley of Maharashtra and has 900 ICT companies.\n")
    assert "silicon-valley" not in clusters_by_id(res), res["clusters"]


# ------------------------------------------------------------------ the read's second half (Rules 75)

def test_a_name_no_head_marks_is_a_cluster_when_it_opens_a_sentence_as_home_to_firms():
    res = extract(["Tech legacies", "In 1998 the city of Technova was founded south of the capital. Technova is home to a number "
                   "of multinational corporations. Back then there were just 30 companies based in Technova, today the "
                   "number has ballooned to 700, of which 50 are multinationals."], "en")
    assert "technova" in clusters_by_id(res), res["clusters"]
    got = {s["value"]: (s["cluster_id"], s["metric"]) for s in res["statistics"]}
    assert got[700] == ("technova", "companies") and got[50] == ("technova", "companies"), got


def test_a_converted_area_is_a_whole_number_of_square_metres():
    res = extract(["Technova", "Technova Science Park covers 7,000 acres."], "en")
    assert stats_where(res, unit="m2")[0]["value"] == 28327994.9568


def test_a_list_between_subject_and_count_keeps_the_subjects_label():
    res = extract(["산단 투자", "한빛과학산업단지로 옮기는 기업은 ㈜알파, ㈜베타, ㈜감마, ㈜델타 등 4곳이다."], "ko")
    assert stats_where(res, value=4)[0]["metric"] == "companies", res["statistics"]


def test_a_spelling_of_science_park_with_a_tense_consonant_is_a_head():
    res = extract(["특구 지정", "지난 2005년 강릉 싸이언스파크 특구 지정과 함께 100개 이상의 기업이 모였다."], "ko")
    assert [c["name_en"] for c in res["clusters"]] == ["Gangneung Science Park Special Zone"], res["clusters"]


def test_equal_percentages_that_say_different_things_are_two_figures():
    res = extract(["창업보육 조사", "응답한 입주기업은 제조업이 70.2%로 가장 많았고, 서비스업 10.6% 순이었다.",
                   "창업자 연령은 40대가 37.7%로 많았고, 60대 이상 10.6%였다."], "ko")
    assert len(stats_where(res, value=10.6)) == 2, res["statistics"]


def test_an_innovation_city_written_with_a_particle_is_named():
    res = extract(["혁신도시 통계", "원주혁신도시의 종사자는 7,000명이다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["원주혁신도시"], res["clusters"]
    res = extract(["혁신도시 통계", "광주전남공동혁신도시의 종사자는 7,800명이다."], "ko")
    assert res["clusters"][0]["name_en"] == "Gwangju-Jeonnam Joint Innovation City", res["clusters"]  # (two places in one word: Rules 189)


def test_a_breakdown_by_province_and_the_sets_total_are_not_the_clusters():
    res = extract(["원주 혁신도시 이전기관 종사자 가장 많아", "국토교통부에 따르면 원주혁신도시 이전기관 종사자는 7,200명으로 전국 10개 혁신도시 종사인원 "
                   "4만331명의 17.9%로 가장 많았다. 이어 전북(5867명), 경남(4521명) 순이었다. 종사자가 가장 많이 늘어난 곳은 "
                   "충북으로 2,092명이 증가했다.", "한편 지난해 6월 기준 혁신도시 인구는 22만9401명이다."], "ko")
    wonju = next(c["cluster_id"] for c in res["clusters"] if c["name_ko"].replace(" ", "") == "원주혁신도시")
    got = {s["value"]: s["cluster_id"] for s in res["statistics"]}
    assert got[7200] == wonju and got[17.9] == wonju, got
    assert all(got[v] is None for v in (40331, 5867, 4521, 2092, 229401)), got
    assert got.get(10) is None, got


def test_a_cluster_another_is_built_inside_is_no_rival_for_the_topic():
    res = extract([("heading", "한빛재단 보도자료"), "대구 첨단의료복합단지 입주기업 매출 1조원 시대 열었다",
                   "대구 신서혁신도시 안에 조성된 첨단의료복합단지(면적 105만㎡)에는 136개 의료기업이 입주해 있다.",
                   "입주기업 고용 인원은 3,215명으로 늘었다."], "ko")
    medical = next(c["cluster_id"] for c in res["clusters"] if c["name_ko"] == "대구 첨단의료복합단지")
    assert res["topic"] == medical
    assert {s["cluster_id"] for s in res["statistics"]} == {medical}, res["statistics"]


def test_a_gazetteer_name_written_in_lower_case_there_is_still_found_when_the_text_capitalises_it():
    res = extract(["Singapore R&D", "Two research complexes opened there. Both are part of a larger development called One-North "
                   "that promotes research in the city-state."], "en")
    assert "one-north" in clusters_by_id(res), res["clusters"]


def test_a_countrys_industry_owns_its_figures_and_a_regional_hub_is_a_description():
    res = extract(["제3절 핀란드 바이오 클러스터", "핀란드는 정부 주도로 바이오산업을 키워 북유럽 바이오메디컬 허브로서 부상하고 있다.",
                   "2019년 기준으로 핀란드 바이오산업의 생산규모는 52억 유로로 전년 대비 12% 성장했으며, 총 고용인원은 6,100명이다.",
                   "태국은 동남아시아 바이오메디컬 허브로서 성장하고 있다."], "ko")
    assert not res["clusters"], res["clusters"]
    assert {s["cluster_id"] for s in res["statistics"]} == {None}, res["statistics"]


def test_a_sector_cluster_in_a_known_place_is_that_places_cluster():
    res = extract(["Biotech cluster in Songdo to be doubled", "The city said its biotech cluster in Songdo houses 60 companies "
                   "working on vaccines and biosimilars."], "en")
    names = [c["name"] for c in res["clusters"]]
    assert names == ["Songdo biotech cluster"], names
    assert stats_where(res, value=60)[0]["cluster_id"] == res["clusters"][0]["cluster_id"]


def test_each_figure_keeps_the_date_said_right_after_it_and_its_noun():
    res = extract(["Harbour Park", "Harbour Park had 330 firms in 2015 and 560 firms in 2020."], "en")
    assert stats_where(res, value=560)[0]["period_start"] == "2020-01-01", res["statistics"]


def test_an_amount_compared_with_right_after_one_in_won_is_in_won_and_measures_the_same():
    res = extract(["마곡 R&D", "지난해 한빛산업단지 입주기업의 연구개발 투자비용은 총 4조4433억원으로, 2021년 3조4947억 대비 27% 증가했다. "
                   "LG전자 등 6개 계열사가 입주했다."], "ko")
    base = stats_where(res, value=3494700000000.0)
    assert base and base[0]["unit"] == "KRW" and base[0]["metric"] == stats_where(res, value=4443300000000.0)[0]["metric"], res["statistics"]
    assert stats_where(res, value=6)[0]["metric"] == "companies"


def test_a_headlines_capitalised_scale_is_read_and_is_no_part_of_the_name_after_it():
    res = extract(["Kenya Launches $15 Billion Konza Technology City", "Konza Technology City will host 500 firms."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Konza Technology City"], res["clusters"]
    assert stats_where(res, unit="USD")[0]["value"] == 15e9, res["statistics"]


def test_a_place_written_onto_a_name_places_it_before_a_demonym_later_in_the_sentence():
    res = extract(["Free zone", "Among the companies based in Dubai Silicon Oasis, 37 per cent are from Asia and 7 per cent are American."], "en")
    assert [c["country"] for c in res["clusters"]] == ["AE"], res["clusters"]


def test_a_nickname_with_an_owner_is_named_without_it_and_dates_follow_two_word_nouns():
    res = extract(["Tech city launched", "The government launched a new city intended to be an IT business hub and dubbed "
                   "\"Africa's Silicon Savannah\". The project is expected to create more than 20,000 IT jobs by 2015 and "
                   "more than 200,000 jobs by 2030."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Silicon Savannah"], res["clusters"]
    assert stats_where(res, value=200000)[0]["period_start"] == "2030-01-01", res["statistics"]


def test_a_count_of_science_parks_counts_no_companies_and_each_amount_takes_the_sentences_measure():
    res = extract(["3대 과학단지 매출", "한빛을 대표하는 3개 사이언스파크가 지난해 4조 2,600억 달러의 매출을 기록했다. 포커스뉴스에 따르면 "
                   "알파 사이언스 파크의 매출은 지난해 1조 6100억 달러에 달했으며, 베타 사이언스 파크와 감마 사이언스 파크는 각각 "
                   "1조 1700억 달러와 1조 4800억 달러를 기록했다."], "ko")
    assert stats_where(res, value=3)[0]["metric"] != "companies", res["statistics"]
    assert {s["metric"] for s in res["statistics"] if s["unit"] == "USD"} == {"revenue"}, res["statistics"]


def test_a_cluster_named_once_in_a_text_about_a_countrys_industry_is_not_its_subject():
    res = extract([("heading", "대만 반도체 산업 10년간 매출 66% 성장"), "대만 경제부가 발표한 통계에 따르면 2015년까지 10년간 대만 "
                   "반도체 산업의 전체 매출은 66.33% 성장했다. 반도체 회사 직원 수는 17.3만명에서 24.7만명으로 늘었다. 이중 절반 "
                   "가까이는 신주과학공업단지에 집중돼 있다."], "ko")
    assert res["topic"] is None
    assert stats_where(res, value=247000)[0]["cluster_id"] is None, res["statistics"]


def test_a_percentage_written_in_words_is_read_and_a_change_verb_makes_it_growth():
    res = extract(["Harbour Park", "Harbour Park grew by ten percent last year; twenty per cent of its 300 firms are foreign."], "en")
    got = {s["value"]: s["metric"] for s in res["statistics"] if s["unit"] == "percent"}
    assert got == {10.0: "growth", 20.0: "share"}, got


def test_a_number_word_inside_a_compound_number_is_not_read_alone():
    res = extract(["Harbour Park", "Sixty-one per cent of the businesses at Harbour Park employ fewer than ten people."], "en")
    assert not stats_where(res, value=1.0), res["statistics"]


def test_the_measure_a_figure_reached_is_named_after_the_verb_of_reaching():
    res = extract(["공단 실적", "한빛공단의 2005년 말 300억 달러를 기록했던 수출 역시 줄었다. 지난해 1조원을 돌파한 생산액은 올해도 늘었다."], "ko")
    got = {s["value"]: s["metric"] for s in res["statistics"]}
    assert got.get(3e10) == "exports" and got.get(1e12) == "revenue", got


def test_a_numbered_part_opening_a_sentence_measures_what_the_sentence_before_measured():
    res = extract(["산단 실적", "한빛산업단지의 2분기 총생산실적은 지난해 같은 기간보다 6.5% 늘어난 1조1240억원으로 조사됐다. "
                   "3단지가 3628억원으로 지난해 같은 기간 3108억원보다 16.7% 증가했고, 4단지는 7612억원으로, 전년 동기 대비(7445억원) "
                   "2.2% 상승했다."], "ko")
    got = {s["value"]: s["metric"] for s in res["statistics"] if s["unit"] == "KRW"}
    assert set(got.values()) == {"revenue"}, got
