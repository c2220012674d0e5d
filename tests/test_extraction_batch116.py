"""Forms met reading a KOTRA brief on an Indonesian digital park, a Korean entry on a Spanish innovation district and a
wire story on a Korean city's AI complex, written here in other words."""
from tests.helpers import extract, stats_where


def test_initials_after_the_english_name_in_the_bracket_are_another_name():
    res = extract([("heading", "[인도네시아] 가람디지털파크 현황"),
                   "ㅇ 가람디지털파크(Garam Digital Park, GDP)는 인도네시아 바탐섬 북동부의 디지털 산업 특화 단지임.",
                   "ㅇ GDP에는 17개 기업이 입주해 있음."], "ko")
    (c,) = [c for c in res["clusters"] if c["name"] == "Garam Digital Park"]
    assert "GDP" in c["aliases"], c


def test_a_kind_a_park_was_designated_after_a_date_is_no_cluster():
    res = extract([("heading", "[인도네시아] 가람디지털파크 현황"),
                   "ㅇ 가람디지털파크(Garam Digital Park)는 바탐섬의 디지털 단지로, 2018년 개장 후 2021년 경제특구(KEK)로 지정됨."], "ko")
    assert not any("경제특구" in (c.get("name_ko") or "") or "년" in c["name"] for c in res["clusters"]), res["clusters"]


def test_a_reports_bullet_is_no_part_of_a_bracketed_name():
    res = extract([("heading", "[인도네시아] 가람 디지털 단지 현황"),
                   "ㅇ 가람디지털파크(Garam Digital Park)는 바탐섬 북동부의 디지털 산업 특화 단지임."], "ko")
    (c,) = [c for c in res["clusters"] if c["name"] == "Garam Digital Park"]
    assert c["name_ko"] == "가람디지털파크", c


def test_the_n_biggest_of_a_kind_name_no_cluster_and_the_placed_name_stays():
    res = extract([("heading", "베트남 가람 하이테크파크, 투자 잇따라"),
                   "ㅇ 가람 하이테크파크(Garam Hi-Tech Park)는 2010년 설립된 베트남의 3대 하이테크파크 중 하나임."], "ko")
    names = [c["name"] for c in res["clusters"]]
    assert names == ["Garam Hi-Tech Park"], res["clusters"]


def test_an_industrys_complex_under_a_wire_dateline_is_named_after_the_city_when_nothing_else_is_named():
    res = extract([("heading", "City bets on second AI push"),
                   "DAEJEON, South Korea, Aug. 27 (AJP) -- The city plans to build on an artificial intelligence complex "
                   "the government has funded since 2020.",
                   "Some 299 AI companies have registered in the city."], "en")
    (s,) = stats_where(res, value=299.0)
    names = {c["cluster_id"]: c for c in res["clusters"]}
    c = names.get(s["cluster_id"])
    assert c and c["name"] == "Daejeon artificial intelligence complex" and c["country"] == "KR", (s, res["clusters"])


def test_an_amount_with_its_conversion_in_brackets_before_project_is_investment():
    res = extract([("heading", "Kestrel Science Park"),
                   "Kestrel Science Park is a science park in Leeds, United Kingdom.",
                   "The first phase, a 393.9 billion won ($332 million) project, built a data center at Kestrel Science Park."], "en")
    (s,) = stats_where(res, unit="KRW")
    assert s["metric"] == "investment", s
