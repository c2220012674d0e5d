"""Phrasings met in development batch 26 (a Korean story on a media quarter in an English port,
a French competitiveness cluster's profile), written here in other words: a name after a place in
the genitive with a spaced head in its predicate (X의 Y는 … 미디어 산업 단지다), a nationality and
'competitiveness' naming no cluster, producers following broadcasters in, a tram ride."""
from pipeline.extract.names import is_generic
from tests.helpers import extract, factor_codes


def test_a_name_after_a_place_in_the_genitive_with_a_spaced_head():
    res = extract(["스페인 북부 빌바오의 소비에이는 옛 조선소 자리에 들어선 기술 산업 단지다.",
                   "이곳에는 기업 200여 곳이 있다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert names == {"소비에이"}, names
    assert all(s["cluster_id"] is not None for s in res["statistics"])


def test_a_nationality_and_competitiveness_name_no_cluster():
    assert is_generic("French") and is_generic("competitiveness")
    res = extract(["Competitiveness cluster | Bretagne, France",
                   "Images & Réseaux is the French competitiveness cluster for digital networks, with 250 members."], "en")
    assert not any("ompetitiveness" in c["name"] for c in res["clusters"])


def test_producers_following_broadcasters_and_a_tram_ride():
    res = extract(["샐퍼드의 미디어시티는 미디어 산업 단지다.",
                   "방송사가 자리를 잡자 중소 제작사들이 뒤따라 들어왔다.",
                   "도심까지는 트램으로 15분 거리다."], "ko")
    assert {"anchor_firms", "location_connectivity"} <= factor_codes(res)
