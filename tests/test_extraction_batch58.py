"""Forms met in the twenty-sixth read (regional broadcast scripts on shipbuilding and petrochemical complexes,
a free economic zone's district, Australian and Scottish pieces on innovation districts), written here in other
words: a decimal point read out as 점, changes with a qualifier before the verb, percentage points, names Kiwi
cuts into syllables, a district of a free economic zone, sets of complexes, the local dollar, places a cluster
is ranked against, the kind spread over a region, jobs lost."""
from tests.helpers import extract, stats_where


def test_a_decimal_point_read_out_as_jeom_is_a_decimal():
    res = extract(["산단 가동률 회복", "목포 삼호산단의 가동률은 71점4%로 일 년 전보다 2점6% 포인트 올랐습니다."], "ko")
    assert stats_where(res, value=71.4) and stats_where(res, value=2.6), res["statistics"]
    assert not stats_where(res, value=4.0) and not stats_where(res, value=6.0), res["statistics"]
    assert stats_where(res, value=2.6)[0]["metric"] == "growth", res["statistics"]


def test_a_score_written_with_jeom_stays_no_decimal():
    res = extract(["만족도 조사", "입주기업 만족도는 5점 만점에 4점으로 조사됐다고 밝혔습니다."], "ko")
    assert not stats_where(res, value=4.5) and not stats_where(res, value=5.4), res["statistics"]


def test_a_count_with_a_qualifier_before_its_change_verb_is_a_change():
    res = extract(["산단 고용", "진해 남문지구 고용 인원은 3천2백 명으로 4백 명 정도 늘었습니다."], "ko")
    grew = stats_where(res, value=400.0)
    assert grew and grew[0]["metric"] in ("growth", "jobs_change"), res["statistics"]


def test_percentage_points_written_apart_fall_with_the_verb_after_them():
    res = extract(["가동률 하락", "여수 국가산업단지의 가동률은 1년 전에 비해 각각 4.1% 포인트씩 떨어졌습니다."], "ko")
    fell = stats_where(res, value=4.1)
    assert fell and fell[0]["metric"] == "decline", res["statistics"]


def test_a_name_kiwi_cuts_into_syllables_before_the_head_is_a_cluster():
    res = extract(["가동률 발표", "지난달 가동률은 온산산단 81.2%, 미포산단 79.5%였습니다."], "ko")
    names = {(c["name_ko"] or "").replace(" ", "") for c in res["clusters"]}
    assert {"온산산단", "미포산단"} <= names, res["clusters"]
    mipo = next(c for c in res["clusters"] if (c["name_ko"] or "") == "미포산단")
    assert stats_where(res, value=79.5)[0]["cluster_id"] == mipo["cluster_id"], res["statistics"]


def test_a_free_economic_zones_industrial_district_is_a_cluster():
    for name in ("포항융합기술산업지구", "경산지식산업지구"):
        res = extract(["지구 분양", f"{name}는 38개 기업이 입주해 있다."], "ko")
        found = [c for c in res["clusters"] if (c["name_ko"] or "").replace(" ", "") == name]
        assert found and (found[0]["name_en"] or "").endswith("Industrial District"), res["clusters"]
        assert stats_where(res, value=38.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_new_complexes_of_a_city_are_a_set_not_a_name():
    res = extract(["창원 신규 산업단지 분양률 60% 그쳐", "창원 지역 신규 산업단지 4곳의 분양률이 60%에 그쳤다."], "ko")
    assert not any("신규" in (c["name_ko"] or "") for c in res["clusters"]), res["clusters"]


def test_places_listed_before_deung_and_a_complex_are_no_anchor_firms():
    res = extract(["가동률", "창원 성산, 진해 등 국가산업단지 입주 기업들의 가동률이 떨어졌다."], "ko")
    assert not any(f["factor"] == "anchor_firms" for f in res["success_factors"]), res["success_factors"]


def test_a_time_in_brackets_after_an_interchange_is_a_travel_time():
    res = extract(["지구 개요", "영천하이테크파크지구는 북영천IC(10분), 대구공항(30분) 등 교통이 편리하다."], "ko")
    assert {s["metric"] for s in stats_where(res, unit="hour")} == {"travel_time"}, res["statistics"]


def test_a_bare_dollar_in_a_piece_about_an_australian_district_is_australian_dollars():
    res = extract(["Lot Fourteen grows",
                   "Lot Fourteen is an innovation district in Adelaide, Australia. The state has put $550 million into "
                   "Lot Fourteen, which houses 60 start-ups."], "en")
    money = stats_where(res, value=550000000.0)
    assert money and money[0]["unit"] == "AUD", res["statistics"]


def test_a_bare_yen_sign_in_a_piece_about_a_chinese_park_is_yuan():
    res = extract(["Suzhou Industrial Park",
                   "Suzhou Industrial Park is a township in Suzhou, China. Its firms reported revenue of ¥620 billion last year."],
                  "en")
    money = stats_where(res, value=620000000000.0)
    assert money and money[0]["unit"] == "CNY", res["statistics"]


def test_us_dollars_written_so_stay_us_dollars():
    res = extract(["Lot Fourteen grows",
                   "Lot Fourteen is an innovation district in Adelaide, Australia. A fund there raised US$40 million."], "en")
    money = stats_where(res, value=40000000.0)
    assert money and money[0]["unit"] == "USD", res["statistics"]


def test_places_a_cluster_is_ranked_against_do_not_locate_it():
    res = extract(["A suburb that files patents",
                   "Ranked above Parramatta, Perth and Darwin for patent filings, the Norwest Innovation District is "
                   "home to 90 firms."], "en")
    found = [c for c in res["clusters"] if c["name_en"] == "Norwest Innovation District"]
    assert found and found[0]["region"] not in ("Darwin", "Perth"), res["clusters"]


def test_the_kind_spread_over_a_region_is_no_clusters_figure():
    res = extract(["Pentland Science Park",
                   "Pentland Science Park is a science park in Midlothian, Scotland.",
                   "A review in 2010 found that science parks across Scotland had generated 12,000 jobs."], "en")
    jobs = stats_where(res, value=12000.0)
    assert jobs and jobs[0]["cluster_id"] is None, res["statistics"]


def test_the_bare_head_after_a_clusters_possessive_is_no_cluster():
    res = extract(["Tonsley grows", "Eleven firms are based at Tonsley's Innovation Centre."], "en")
    assert not any(c["name_en"] == "Innovation Centre" for c in res["clusters"]), res["clusters"]


def test_people_who_lost_their_jobs_are_jobs_lost():
    res = extract(["Lot Fourteen grows",
                   "Lot Fourteen sits on the old hospital site, where 1,300 people lost their jobs when it closed."], "en")
    lost = stats_where(res, value=1300.0)
    assert lost and lost[0]["metric"] == "jobs_change", res["statistics"]


def test_an_old_korean_name_of_daedeok_is_the_same_cluster():
    res = extract(["대덕연구개발특구", "1973년 '대덕연구학원도시' 건설 계획이 발표되었고, 대덕연구개발특구에는 현재 2,000여 개 기업이 있다."], "ko")
    assert len([c for c in res["clusters"] if "대덕" in (c["name_ko"] or "") or "Daedeok" in (c["name_en"] or "")]) == 1, res["clusters"]
