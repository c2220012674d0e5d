"""Phrasings and layouts met in development batch 28 (an English note comparing three science
parks in a transposed table, a Korean brief with a table of domestic complexes, an encyclopedia
entry on a research town with footnote markers, a Korean story on a free trade zone abroad),
written here in other words and layouts."""
from pipeline.extract.tables import is_transposed
from pipeline.model import Table
from tests.helpers import extract, extract_table, factor_codes, stats_where


def test_a_table_naming_its_clusters_across_the_header_row_is_read_turned():
    rows = [["", "Aldgate Research Park", "Brookmere Science Park"],
            ["Country", "Ireland", "Scotland"],
            ["Companies", "120", "64"],
            ["Employees", "2,100", "900"]]
    assert is_transposed(Table(rows=rows, cell_offsets=[]))
    res, text = extract_table(rows, "en", "Two parks compared")
    names = {c["cluster_id"]: c["name"] for c in res["clusters"]}
    assert sorted(names.values()) == ["Aldgate Research Park", "Brookmere Science Park"]
    got = {(names[s["cluster_id"]], s["metric"], s["value"]) for s in res["statistics"]}
    assert got == {("Aldgate Research Park", "companies", 120), ("Brookmere Science Park", "companies", 64),
                   ("Aldgate Research Park", "employees", 2100), ("Brookmere Science Park", "employees", 900)}
    for s in res["statistics"]:  # offsets still point at the figure's own cell
        assert text[s["char_start"]:s["char_end"]] == s["text"]
    # a table of one cluster per row is left as it is
    assert not is_transposed(Table(rows=[["Park", "Companies"], ["Aldgate Research Park", "120"],
                                         ["Brookmere Science Park", "64"]], cell_offsets=[]))


def test_a_korean_table_places_its_complexes_by_their_city():
    res, _ = extract_table([["구분", "소재지", "입주기업(개)"], ["새솔테크노밸리", "전주 덕진구", "52"],
                            ["한울 일반산업단지", "청주 흥덕구", "38"]], "ko", "단지별 입주 현황")
    # (the region written in English, as every other region is: Jeonju, not 전주)
    assert {c["name_ko"]: (c["country"], c["region"]) for c in res["clusters"]} == {
        "새솔테크노밸리": ("KR", "Jeonju"), "한울 일반산업단지": ("KR", "Cheongju")}


def test_an_encyclopedia_lead_with_a_bracketed_gloss_and_footnote_markers():
    res = extract(["Nauchgrad Sever (Russian: Наукоград Север, \"northern science town\") is a science town "
                   "40 km east of Tomsk.[1]",
                   "About 30,000 people lived there by 1990.[2] Young firms get mentoring from the town's business "
                   "incubator.[3]"], "en")
    assert [c["name"] for c in res["clusters"]] == ["Nauchgrad Sever"]
    assert stats_where(res, value=30000, metric="population")
    assert "startup_support" in factor_codes(res)
    assert not stats_where(res, value=3) and not stats_where(res, value=2)


def test_a_korean_zone_abroad_with_an_unknown_name_after_a_direction():
    res = extract(["말레이시아 조호르주 서쪽 타냥펠레파스 자유무역지대에는 물류 기업 120여곳이 들어서 있다.",
                   "이 지역의 제조업 종사자는 약 3만명이다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["타냥펠레파스 자유무역지대"]
    assert res["clusters"][0]["name"].endswith("Free Trade Zone")
    assert all(s["cluster_id"] == res["clusters"][0]["cluster_id"] for s in res["statistics"])
    res = extract(["'브라질판 실리콘밸리'로 불리는 포르투알레그리의 기술단지는 크다."], "ko")
    assert not any("실리콘밸리" in (c["name_ko"] or "") for c in res["clusters"])


def test_korean_attribution_topic_genitive_partition_and_source():
    res = extract(["새솔테크노밸리는 기존 한울 국가산업단지의 대기업 공장과 가까워 협력사 입주가 잇따른다."], "ko")
    ids = {c["name_ko"]: c["cluster_id"] for c in res["clusters"]}
    assert {(f["cluster_id"], f["factor"]) for f in res["success_factors"]} >= {(ids["새솔테크노밸리"], "anchor_firms")}
    assert not any(f["cluster_id"] == ids["한울 국가산업단지"] for f in res["success_factors"])
    res = extract(["새솔테크노밸리에는 모두 150개 기업이 입주해 있다.",
                   "이 가운데 덕진 일반산업단지에 90개, 팔복 농공단지에 60개 기업이 있다."], "ko")
    valley = next(c["cluster_id"] for c in res["clusters"] if c["name_ko"] == "새솔테크노밸리")
    assert {s["value"]: s["cluster_id"] for s in res["statistics"]} == {150: valley, 90: valley, 60: valley}
    res = extract(["새솔테크노밸리는 첨단 산업단지다.", "도 관계자에 따르면 입주기업의 투자가 크게 늘었다."], "ko")
    assert "government_support" not in factor_codes(res)


def test_money_with_a_bracketed_conversion_and_an_all_caps_short_name():
    res = extract(["새솔테크노밸리는 첨단 산업단지다.", "한 반도체 기업이 이곳에 50억링깃(약 1조5천억원)을 투자하기로 했다."], "ko")
    assert {s["unit"]: s["metric"] for s in res["statistics"]} == {"MYR": "investment", "KRW": "investment"}
    res = extract(["The KELP Science Park opened in 1990.",
                   "KELP is the smallest of the parks. Its owner rents space to start-ups and runs an incubation programme."],
                  "en")
    [park] = res["clusters"]
    assert "KELP" in park["aliases"]
    assert {(f["cluster_id"], f["factor"]) for f in res["success_factors"]} == {(park["cluster_id"], "startup_support")}
