"""Forms met in the thirty-second read (a city's page on its two national complexes, with a table), written here in
other words: under a title naming a kind of complex, a table's bare Korean row names (under a corner cell, 구 분
spaced as tables write it) are complexes of that kind; its total row is none of them; a header's bracket may name a
part, not a unit; a profile's attribute rows are no names."""
from tests.helpers import extract_capture, stats_where

TABLE = """경남 국가산업단지 현황

경남에는 두 곳의 국가산업단지가 있다.

구 분 | 위 치 | 지정면적(천㎡) | 입주업체수(기계업체) | 고용현황(명) |
---|---|---|---|---|
계 | 2개소 | 40,210 | 3,020 (1,100) | 130,400 |
창원 | 창원시 일원 | 25,100 | 2,700 (1,000) | 120,300 |
진해 | 창원시 진해구 | 15,110 | 320 (100) | 10,100 |
"""


def test_bare_row_names_under_a_kind_title_are_complexes_of_that_kind(tmp_path):
    res = extract_capture(tmp_path / "gyeongnam.txt", TABLE)
    names = {c["name_ko"] for c in res["clusters"]}
    assert {"창원 국가산업단지", "진해 국가산업단지"} <= names, res["clusters"]
    jinhae = next(c["cluster_id"] for c in res["clusters"] if c["name_ko"] == "진해 국가산업단지")
    assert {s["cluster_id"] for s in stats_where(res, value=10100.0)} == {jinhae}, res["statistics"]
    assert stats_where(res, value=320.0) and stats_where(res, value=320.0)[0]["metric"] == "companies", res["statistics"]
    assert {s["cluster_id"] for s in stats_where(res, value=130400.0)} == {None}, res["statistics"]  # the total row


def test_a_profiles_attribute_rows_are_no_complexes(tmp_path):
    res = extract_capture(tmp_path / "profile.txt", """해외 산업단지 사례

구 분 | 말라가 테크파크 |
---|---|
명칭 | 말라가 테크파크 |
면적 | 180만㎡ |
고용 | 2만2천명 |
""")
    assert not any(c["name_ko"] in ("명칭 산업단지", "면적 산업단지", "고용 산업단지") for c in res["clusters"]), res["clusters"]
