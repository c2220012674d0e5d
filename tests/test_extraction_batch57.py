"""Forms met in the twenty-fifth read (Korean pieces on a port city's logistics city and a special zone), written
here in other words: a logistics complex is a kind of cluster, and the zone's kind is translated."""
from tests.helpers import extract, stats_where


def test_a_logistics_complex_is_a_cluster_translated_the_korean_way():
    res = extract(["물류단지 준공", "광양 국제물류단지에는 현재 120개 기업이 입주해 있다."], "ko")
    found = [c for c in res["clusters"] if (c["name_ko"] or "").replace(" ", "") == "광양국제물류단지"]
    assert found and found[0]["name_en"] == "Gwangyang International Logistics Complex", res["clusters"]
    assert stats_where(res, value=120.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_an_opportunity_development_zone_is_translated():
    res = extract(["특구 지정", "울산 미포 기회발전특구에 기업 9곳이 2조 원을 투자한다."], "ko")
    assert any((c["name_en"] or "").endswith("Opportunity Development Special Zone") for c in res["clusters"]), res["clusters"]
