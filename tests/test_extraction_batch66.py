"""Forms met in the thirty-fourth read (Chinese, Kenyan, Rwandan, Dutch, Indian, Malaysian and Pakistani pieces on
technology cities and parks; Korean news on a bio cluster in a free economic zone, a reclaimed-land complex's battery
investments, an aerospace complex renamed, a free economic zone's districts), written here in other words."""
from tests.helpers import extract, stats_where


def test_a_name_opening_on_a_place_of_the_country_it_is_of_is_its_own():
    # 'the Silicon Valley of India' is a yardstick; a valley named after a Chinese city 'of China' is the valley itself
    res = extract(["Outline", "Hubei Laser Valley of China covers 30 km2 and gathers 12 universities."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Hubei Laser Valley"], res["clusters"]
    assert {s["cluster_id"] for s in res["statistics"]} == {"hubei-laser-valley"}, res["statistics"]


def test_an_industry_cluster_inside_a_zone_is_not_the_zone_and_a_size_before_its_kind_is_the_clusters():
    # 가나경제자유구역 바이오 클러스터 is a cluster inside the zone, not the zone; '50만㎡인 바이오 클러스터를' in a
    # sentence on the zone's authority is the size of the bio cluster the headline names
    res = extract(["해솔 바이오클러스터 넓힌다",
                   "가나경제자유구역청은 현재 50만㎡인 바이오 클러스터를 2030년까지 넓힌다고 밝혔다. "
                   "가나경제자유구역 바이오 클러스터에는 제약사 세 곳이 입주를 마쳤다."], "ko")
    by_name = {c["name_ko"]: c["cluster_id"] for c in res["clusters"]}
    assert by_name.get("가나경제자유구역") != by_name.get("가나경제자유구역 바이오 클러스터"), res["clusters"]
    assert {s["cluster_id"] for s in stats_where(res, value=500000.0)} == {by_name["해솔 바이오클러스터"]}, res["statistics"]


def test_firms_an_agreement_is_signed_with_are_counted_as_companies():
    res = extract(["라마산단, 배터리 투자협약 15곳",
                   "라마국가산업단지는 지난 2021년부터 현재까지 15곳과 투자협약을 체결한 것으로 나타났다."], "ko")
    counts = stats_where(res, value=15.0)
    assert counts and {s["metric"] for s in counts} == {"companies"}, res["statistics"]


def test_an_amount_said_to_be_the_investment_record_is_investment():
    res = extract(["바사산단 투자",
                   "올해 투자금액은 9000억원으로, 지난해 한 해 투자유치 실적인 7350억원(17개사)을 넘어선 금액이다."], "ko")
    money = stats_where(res, value=735000000000.0)
    assert money and money[0]["metric"] == "investment", res["statistics"]


def test_money_before_a_technopolis_or_a_project_is_investment():
    res = extract(["Savanna Tech City", "Tanzia has moved to start a $4 billion technopolis near its capital. "
                                       "This $1 billion project aims to build Savanna Tech City by 2035."], "en")
    assert {s["metric"] for s in stats_where(res, unit="USD")} == {"investment"}, res["statistics"]


def test_an_increase_of_jobs_is_jobs_created_and_an_injection_is_investment():
    res = extract(["Lowland Brainport", "The Lowland Brainport region grew, with an increase of 2,300 jobs. "
                                        "Over the next five years a 4.5 billion euro injection is needed."], "en")
    jobs = stats_where(res, value=2300.0)
    assert jobs and jobs[0]["metric"] == "jobs_change", res["statistics"]
    money = stats_where(res, unit="EUR")
    assert money and money[0]["metric"] == "investment", res["statistics"]


def test_the_field_a_rank_is_out_of_is_no_figure():
    res = extract(["Umuco Innovation City", "Umuco Innovation City covers 45 hectares. Despite ranking 98th out of 130 "
                                            "economies in a global index, the country keeps investing."], "en")
    assert not stats_where(res, value=130.0), res["statistics"]


def test_a_complex_renamed_in_korean_is_one_cluster_with_its_new_name():
    res = extract(["'다솔 우주항공국가산업단지'로 명칭 변경",
                   "국토교통부는 다솔 항공국가산업단지 명칭을 다솔 우주항공국가산업단지로 바꾸고 개발기간을 늦췄다. "
                   "다솔 우주항공국가산업단지의 면적은 160만㎡다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["다솔 우주항공국가산업단지"], res["clusters"]


def test_a_medical_district_of_a_free_economic_zone_is_a_cluster():
    res = extract(["대구 의료 지구들", "대구 수성구의 수성의료지구는 122만㎡ 용지에 조성되고 있다."], "ko")
    assert "수성의료지구" in [c["name_ko"] for c in res["clusters"]], res["clusters"]


def test_a_neighbourhood_and_the_head_of_the_one_district_named_is_that_district():
    res = extract(["영천시, 단지조성 협약",
                   "영천하이테크지구 개발사업이 가시화하고 있다. 영천시와 LH는 19일 녹전동 하이테크지구 기술센터에서 협약을 체결했다. "
                   "하이테크지구는 면적 약 124만㎡ 규모다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["영천하이테크지구"], res["clusters"]
    assert {s["cluster_id"] for s in stats_where(res, unit="m2")} == {res["clusters"][0]["cluster_id"]}, res["statistics"]


def test_one_word_opening_a_sentence_and_home_to_firms_is_a_cluster():
    res = extract(["Reviving the corridor", "The minister will revive the city and the corridor. "
                                            "Kotajaya is already home to about 60 global tech companies and 300 startups."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Kotajaya"], res["clusters"]
    assert {s["cluster_id"] for s in res["statistics"]} == {"kotajaya"}, res["statistics"]


def test_the_last_word_of_a_longer_name_read_across_a_column_break_is_none():
    # two columns read across: 'Work there, York is home to': a place's last word, not a cluster
    res = extract(["Ten districts", "More than 900 researchers work there, York is home to about 1,200 companies."], "en")
    assert not res["clusters"], res["clusters"]


def test_a_participle_opening_a_sentence_is_not_part_of_the_name():
    res = extract(["Inside the tower", "Named Zarin Software Technology Park, this 15-storey building opened in 2013."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Zarin Software Technology Park"], res["clusters"]
