"""Forms met in the fourteenth read (two Korean features on an American biotech city, an American business
paper on another, a Swiss agency profile, Korean pieces on a Swiss city's hub and Dublin's internet firms),
written here in other words: a cluster named as a landmark measured from, a compass word written before a
place in a name, a count of football pitches, a place said to have an industry's cluster, a heading that
names a country's largest cluster, an industry and a weak head as a kind."""
from tests.helpers import clusters_by_id, extract, stats_where


def test_a_cluster_something_is_measured_from_is_a_landmark_not_the_topic():
    res = extract(["바이오 메카를 가다",
                   "연구소가 있는 곳은 실리콘밸리에서 남쪽으로 차로 40분 거리에 있는 거대한 '캠퍼스'다. "
                   "현재 이곳에서 일하는 사람은 약 1만2천명이다."], "ko")
    staff = stats_where(res, value=12000.0)
    assert staff and staff[0]["cluster_id"] != "silicon-valley", res["statistics"]
    assert res["topic"] != "silicon-valley", res["topic"]


def test_a_compass_loanword_before_a_place_is_part_of_the_name():
    res = extract(["바이오 메카", "미국 '사우스 포틀랜드 바이오테크 클러스터'에는 150개 기업이 모여 있다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert any((n or "").startswith("사우스 포틀랜드") for n in names), res["clusters"]


def test_a_count_of_football_pitches_compares_a_size():
    res = extract(["바이오 메카", "한빛 바이오 클러스터는 축구장 150개가 들어갈 수 있는 땅에 90개 기업이 모여 있다."], "ko")
    assert not stats_where(res, value=150.0), res["statistics"]
    assert stats_where(res, value=90.0), res["statistics"]
    res = extract(["Hanbit Science Park", "Hanbit Science Park was built on an area equal to 30 soccer fields and houses 40 firms."], "en")
    assert not stats_where(res, value=30.0) and stats_where(res, value=40.0), res["statistics"]


def test_a_place_said_to_have_an_industrys_cluster_names_it():
    res = extract(["City remains strong", "Portland lays claim to the country's fifth largest biotech cluster. "
                   "The region is home to more than 900 biotech companies."], "en")
    found = [c for c in res["clusters"] if c["name_en"].lower() == "portland biotech cluster"]
    assert found, res["clusters"]
    assert stats_where(res, value=900.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_a_korean_place_said_to_have_a_cluster_names_it_and_its_sentences_go_on_about_it():
    res = extract(["(르포)바이오 성지 남포틀랜드", "미국 최대 규모 클러스터…자금·인프라 3박자",
                   "남포틀랜드는 미국 최대의 바이오클러스터를 자랑한다. 부지만 300에이커에 달한다. 150여개사가 1만여명을 고용하고 있다."], "ko")
    found = [c for c in res["clusters"] if (c["name_ko"] or "").startswith("남포틀랜드")]
    assert found and found[0]["name_en"].startswith("South Portland"), res["clusters"]
    assert stats_where(res, value=10000.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_an_industry_and_a_weak_head_are_a_kind_not_a_name():
    res = extract(["Pharmaceutical Hub Switzerland: Lugano Region",
                   "Lugano is a Swiss pharmaceutical cluster. With 9,500 employees, many Swiss pharmaceutical staff work "
                   "in the Lugano Region cluster."], "en")
    assert "pharmaceutical-hub" not in clusters_by_id(res), res["clusters"]
