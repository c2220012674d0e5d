"""Forms met in the nineteenth read (Korean pieces on a free economic zone's district in a smaller city),
written here in other words: a district named by a head and 지구, its short name given after it, the zone
it lies in written in brackets, a place written onto known words, and a time to reach it."""
from tests.helpers import extract, stats_where


def test_a_district_named_by_a_head_and_jigu_is_one_name_in_english_words():
    res = extract(["지구 조성 본격화", "김천하이테크파크지구는 김천시 일원 85만㎡에 조성된다."], "ko")
    found = [c for c in res["clusters"] if c["name_ko"] == "김천하이테크파크지구"]
    assert found and found[0]["name_en"] == "Gimcheon High-tech Park District", res["clusters"]
    assert found[0]["region"] == "Gimcheon", res["clusters"]
    assert stats_where(res, value=850000.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_the_short_name_given_after_a_district_is_another_name_of_it():
    res = extract(["착수식", "도는 김천하이테크파크지구(이하 '김천지구') 착수식을 열었다. 김천지구는 85만㎡ 규모다."], "ko")
    ids = {c["cluster_id"] for c in res["clusters"]}
    assert len(ids) == 1, res["clusters"]
    assert any("김천지구" in c["aliases"] for c in res["clusters"]), res["clusters"]


def test_the_zone_written_in_brackets_after_a_district_is_not_another_name_of_it():
    res = extract(["지구 조성", "김천하이테크파크지구(대구경북경제자유구역)는 85만㎡ 규모로 조성된다."], "ko")
    district = [c for c in res["clusters"] if c["name_ko"] == "김천하이테크파크지구"]
    assert district and "대구경북경제자유구역" not in district[0]["aliases"], res["clusters"]
    assert stats_where(res, value=850000.0)[0]["cluster_id"] == district[0]["cluster_id"], res["statistics"]


def test_a_time_to_reach_a_place_from_the_cities_around_is_a_travel_time():
    res = extract(["지구 조성", "김천하이테크파크지구는 대구와 구미에서 40분 안에 접근할 수 있다."], "ko")
    assert stats_where(res, unit="hour")[0]["metric"] == "travel_time", res["statistics"]


def test_a_compound_name_after_its_place_keeps_the_place_and_mauritius_is_a_country():
    res = extract(["Island tech hub", "Mauritius' Rosehill Cybercity covers 40 hectares and hosts 300 firms."], "en")
    found = [c for c in res["clusters"] if c["name_en"] == "Rosehill Cybercity"]
    assert found and found[0]["country"] == "MU", res["clusters"]
    assert stats_where(res, value=300.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_a_cyber_city_is_a_kind_of_cluster():
    res = extract(["Business parks", "The Port Louis Cyber City opened in 2004 and now counts 120 companies."], "en")
    assert any(c["name_en"] == "Port Louis Cyber City" for c in res["clusters"]), res["clusters"]


def test_a_sentence_about_a_country_described_as_one_is_the_countrys():
    res = extract(["Rosehill Cybercity",
                   "Rosehill Cybercity hosts 300 firms. Mauritius, an island of 2,040 sq km off Africa, has grown "
                   "its service exports since 1990."], "en")
    assert stats_where(res, value=300.0)[0]["cluster_id"] is not None, res["statistics"]
    assert stats_where(res, value=2040000000.0)[0]["cluster_id"] is None, res["statistics"]


def test_what_a_survey_lists_as_difficulties_is_no_success_factor():
    res = extract(["김천하이테크파크지구", "김천하이테크파크지구 입주기업들은 경영 애로사항으로 인력 확보와 교통 불편을 꼽았다."], "ko")
    assert not res["success_factors"], res["success_factors"]


def test_a_matter_is_no_port_and_nearly_half_is_no_nearness():
    res = extract(["김천하이테크파크지구", "김천하이테크파크지구의 건의 사항을 물은 결과 절반 가까이가 주차 공간을 원했다."], "ko")
    assert not any(f["factor"] == "location_connectivity" for f in res["success_factors"]), res["success_factors"]


def test_the_complexes_within_a_province_are_no_cluster():
    res = extract(["경북도내 산단 실태", "경북도내 산업단지 입주기업의 95%가 중소기업이다."], "ko")
    assert not res["clusters"], res["clusters"]


def test_a_name_beginning_with_a_year_is_no_date():
    res = extract(["Cortex Innovation Community",
                   "Cortex Innovation Community hosts 400 firms. Jane works for 2010works and its 80 employees."], "en")
    assert all(s["period_start"] is None for s in res["statistics"]), res["statistics"]


def test_a_neighbourhood_named_like_a_park_is_no_cluster():
    res = extract(["District", "Located in the Central West End and Forest Park Southeast neighborhoods, Cortex Innovation "
                   "Community houses 425 companies."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Cortex Innovation Community"], res["clusters"]


def test_money_poured_in_is_investment():
    res = extract(["Cortex Innovation Community", "Cortex Innovation Community has poured $550 million into new space."], "en")
    assert stats_where(res, value=550000000.0)[0]["metric"] == "investment", res["statistics"]
