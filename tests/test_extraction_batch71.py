"""Forms met in the thirty-ninth read (American pieces on a nanotechnology complex and a technology campus near Albany;
Korean pieces on a new bio national complex in Andong and its two general complexes), written here in other words."""
from tests.helpers import extract, extract_table, stats_where


def test_a_count_of_places_after_a_list_is_the_lists():
    res = extract(["신규 국가산단 선정", "국토교통부는 '하람 바이오 국가산업단지' 등 12곳을 신규 국가산업단지로 최종 선정했다. "
                                  "하람 바이오 국가산업단지는 110만㎡ 부지에 조성된다."], "ko")
    assert {s["cluster_id"] for s in stats_where(res, value=12.0)} == {None}, res["statistics"]


def test_money_before_a_sized_building_is_investment_and_a_town_named_like_a_country_places_nothing():
    res = extract(["Chip plant planned", "A chipmaker announced plans to build a $2.5 billion, 900,000-square-foot "
                                         "semiconductor plant in the Kestrel Technology Campus in Malta just north of Albany."], "en")
    money = stats_where(res, unit="USD")
    assert money and money[0]["metric"] == "investment", res["statistics"]
    assert all(c["country"] != "MT" for c in res["clusters"]), res["clusters"]


def test_a_spaced_counter_before_a_longer_word_counts_no_firms():
    # 37개 사업: 37 projects; the spaced counter '개 사' (firms) only before a particle or a break
    res = extract(["남동산단 고도화", "산단공은 2009년부터 1조8032억 원을 들여 다온국가산업단지에서 업종 고도화 등 37개 사업을 진행했다."], "ko")
    counts = stats_where(res, value=37.0)
    assert counts and counts[0]["metric"] != "companies", res["statistics"]


def test_a_table_cell_holding_a_subject_with_its_particle_names_no_cluster():
    res, _ = extract_table([["국가", "클러스터", "입주기업"], ["미국", "정부는", "93개사"], ["독일", "하람 바이오밸리", "120개사"]],
                           "ko", "해외 클러스터 현황")
    assert "정부는" not in [c["name_ko"] for c in res["clusters"]], res["clusters"]


def test_a_sentence_going_on_with_more_counts_of_the_same_kind_takes_their_label():
    res = extract(["다온산단 입주기업 증가", "다온국가산업단지의 입주기업은 지난해 9월 기준 5120곳으로 늘었다. "
                                   "또 2020년 4410곳, 2021년 4650곳 등 최근 꾸준히 증가하는 추세다."], "ko")
    counts = stats_where(res, value=4650.0)
    assert counts and counts[0]["metric"] == "companies", res["statistics"]


def test_a_buildings_height_and_floors_are_no_figures_of_the_park():
    res = extract(["Inside the tower", "Zarin Software Technology Park, a 15-storey building that measures 96 metres in "
                                       "height, opened in 2013. Its first tower, an intelligent building of 12 floors, hosts 80 firms."], "en")
    assert not stats_where(res, value=96.0) and not stats_where(res, value=12.0), res["statistics"]
    assert stats_where(res, value=80.0), res["statistics"]
