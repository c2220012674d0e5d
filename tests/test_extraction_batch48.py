"""Forms met in the sixteenth read (Korean pieces on Chinese development zones courting Korean firms),
written here in other words: a one-character Hanja country in a headline, a city written with its 시
before a zone's name, and a Chinese economic development zone's English name."""
from tests.helpers import extract


def test_a_one_character_hanja_country_places_a_headlines_cluster():
    res = extract(["한국 기업이 찾는 中 창저우 고신구", "창저우 고신구는 지난달 서울에서 투자설명회를 열었다."], "ko")
    zone = [c for c in res["clusters"] if c["name_ko"] == "창저우 고신구"]
    assert zone and zone[0]["country"] == "CN", res["clusters"]


def test_a_city_written_with_its_si_before_a_zones_name_is_the_same_zone():
    res = extract(["中 창저우 고신구, 한국 기업 유치", "창저우시 고신구는 22일 서울에서 간담회를 열었다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]


def test_an_economic_development_zone_is_translated():
    res = extract(["상하이 진산경제개발구", "진산경제개발구는 한국 기업을 위한 창업혁신파크를 연다."], "ko")
    assert any((c["name_en"] or "").endswith("Economic Development Zone") for c in res["clusters"]), res["clusters"]
