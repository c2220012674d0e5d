"""Forms met in the forty-fifth read (a Korean piece on Grenoble's nanotechnology campus, a feature on Oulu after
Nokia, Adlershof's yearly figures, Changwon's national complex), written here in other words."""
from tests.helpers import extract, stats_where


def _factors(res):
    return {(f["cluster_id"], f["factor"]) for f in res["success_factors"]}


def test_a_name_glossed_in_latin_letters_that_the_next_sentence_calls_this_complex_is_a_cluster():
    res = extract(["알프스 산자락의 도시", "이 지역의 중심에는 2006년 문을 연 하람텍(HARAMTEC)이 있다. 연구소와 대학이 함께 세운 "
                                       "이 단지는 유럽 최대의 나노기술 연구 거점으로 꼽힌다. 하람텍은 20헥타르 부지에 연구원 3000명이 모여 있다."], "ko")
    assert [c["name_en"] for c in res["clusters"]] == ["HARAMTEC"], res["clusters"]
    assert stats_where(res, value=3000.0)[0]["cluster_id"] == "haramtec", res["statistics"]


def test_a_glossed_name_no_sentence_refers_back_to_is_no_cluster():
    res = extract(["알프스 산자락의 도시", "이 지역의 중심에는 2006년 문을 연 하람텍(HARAMTEC)이 있다. 연구원 3000명이 일한다."], "ko")
    assert res["clusters"] == [], res["clusters"]


def test_a_story_headline_opening_on_a_preposition_names_no_cluster_and_a_place_rebuilding_its_cluster_does():
    res = extract([("heading", "After Nokia: how Oulu rebuilt its tech cluster"),
                   "For two decades the city lived off one employer. Laid-off engineers set up about 400 startups."], "en")
    names = {c["name"] for c in res["clusters"]}
    assert "After Nokia" not in names and "Oulu tech cluster" in names, res["clusters"]


def test_two_nouns_joined_as_one_subject_measure_as_the_first():
    res = extract([("heading", "Kestrel Science Park"), "At Kestrel Science Park, revenues and budgets rose 13% to €3.63 billion."], "en")
    assert stats_where(res, value=3630000000.0)[0]["metric"] == "revenue", res["statistics"]


def test_years_passing_after_a_date_part_a_figure_from_it():
    res = extract([("heading", "하람국가산업단지 소식"), "입주업체 수는 1974년 24개사가 처음 입주한 이후 50년 만에 3000개사를 넘었다."], "ko")
    assert stats_where(res, value=24.0)[0]["period_start"] == "1974-01-01", res["statistics"]
    assert stats_where(res, value=3000.0)[0]["period_start"] is None, res["statistics"]


def test_a_year_with_a_first_time_adverb_dates_the_flow_after_it():
    res = extract([("heading", "하람국가산업단지 소식"), "산단은 2023년 처음으로 생산액 60조원대를 넘어선 뒤 상승세를 이어가고 있다."], "ko")
    assert stats_where(res, value=60000000000000.0)[0]["period_start"] == "2023-01-01", res["statistics"]


def test_the_closeness_of_institutes_is_an_industry_academia_link():
    res = extract([("heading", "Kestrel Science Park"), "Kestrel Science Park was founded in 1991.",
                   "The manager credits the closeness of scientific institutes for the park's growth."], "en")
    assert ("kestrel-science-park", "industry_academia") in _factors(res), res["success_factors"]


def test_a_place_glossed_in_hanja_names_the_compound_head_after_it_in_the_genitive():
    res = extract(["하람 소식", "허페이(合肥)의 하이테크산업개발구는 1991년 국가급 고신구로 지정됐다. "
                             "2022년 개발구의 영업수입은 약 1조2000억위안이었다."], "ko")
    assert [c["name_en"] for c in res["clusters"]] == ["Hefei High-tech Industrial Development Zone"], res["clusters"]
    row = stats_where(res, value=1200000000000.0)[0]
    assert (row["metric"], row["period_start"]) == ("revenue", "2022-01-01"), res["statistics"]
