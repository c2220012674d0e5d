"""Forms met reading a profile of a Midwest innovation district, in English and in Korean, written here in other words."""
from tests.helpers import extract


def test_named_firms_that_opened_offices_and_a_light_rail_station():
    # (a profile of a Midwest innovation district)
    from tests.helpers import factor_codes

    def claims(lang, sentence):
        head = "Cortex Innovation Community is an innovation district in St. Louis." if lang == "en" else "코텍스는 세인트루이스의 혁신지구다."
        return factor_codes(extract([("heading", "Cortex"), head, sentence], lang))
    assert "anchor_firms" in claims("en", "Square, Microsoft and Boeing have opened offices in the district.")
    assert "location_connectivity" in claims("en", "A MetroLink light-rail station opened at the district's edge in 2018.")
    assert "location_connectivity" in claims("ko", "2018년 지구 가장자리에 경전철 역이 문을 열었다.")


def test_korean_named_firms_opening_offices_are_anchor_firms_but_places_are_not():
    from tests.helpers import factor_codes
    head = "코텍스 혁신지구는 미국 세인트루이스의 혁신지구다."
    res = extract([("heading", "코텍스"), head, "스퀘어, 마이크로소프트, 보잉이 지구에 사무소를 열었다."], "ko")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "코텍스"), head, "대전, 세종이 사무소를 열었다."], "ko")
    assert "anchor_firms" not in factor_codes(res), res["success_factors"]
