"""Forms met reading an English encyclopedia entry on a Korean industrial complex (a 'See also' list) and a
Korean agency report on a US chip cluster (a table of its major firms, a university campus glossed in English),
written here in other words."""
from tests.helpers import extract, extract_table, stats_where


def test_an_entrys_see_also_list_gives_no_figures():
    res = extract([("heading", "Kelbridge National Industrial Complex"),
                   "The Kelbridge National Industrial Complex houses some 900 companies.",
                   ("heading", "See also"), "- Northgate Science Park, home to 210 companies"], "en")
    assert not stats_where(res, value=210.0), res["statistics"]
    assert stats_where(res, value=900.0), res["statistics"]


def test_employees_in_a_korean_table_header_are_employees():
    res, _ = extract_table([["기업명", "본사", "현지 종업원(명)"], ["가람반도체", "한국", "3,100"], ["누리소재", "일본", "1,200"]],
                           "ko", "<표 1> 다온 반도체 클러스터 주요 기업 (2023년 기준)")
    assert {s["metric"] for s in res["statistics"]} == {"employees"}, res["statistics"]


def test_a_universitys_campus_glossed_in_english_is_no_cluster():
    res = extract([("heading", "다온 반도체 클러스터의 부상"), "다온 반도체 클러스터는 텍사스주의 반도체 집적지다.",
                   "ㅇ 텍사스대 누리캠퍼스(UT Nuri)에서 매년 공학 전공자 900여 명이 배출된다."], "ko")
    assert [c["cluster_id"] for c in res["clusters"]] == [res["topic"]], res["clusters"]
