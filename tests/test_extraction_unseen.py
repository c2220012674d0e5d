"""Extraction on made-up documents of the same kind as the sample but with other clusters,
countries, phrasings and units: the rules must generalize, not remember the sample."""
from tests.helpers import clusters_by_id, extract, extract_table, factor_set, stat_set

KO_DOC = [
    "핀란드 오울루에 위치한 테크노폴리스(Technopolis) 사이언스파크는 1982년 조성된 북유럽 최초의 과학단지로, "
    "현재 약 400개 기업과 1만 2천여명의 연구인력이 입주해 있다.",
    "이곳은 오울루 대학 및 연구소와의 산학협력을 바탕으로 2018년 한 해 동안 스타트업 150곳을 배출했다.",
    "독일 드레스덴의 실리콘 작소니(Silicon Saxony) 클러스터는 유럽 최대 반도체 클러스터로, 2,500여개 회원사와 "
    "7만 6천명의 고용 인력을 보유하고 있다. 인피니언, 글로벌파운드리스 등 글로벌 반도체 기업이 밀집해 있으며, "
    "작센주 정부는 2015년부터 2020년까지 총 5억 유로를 지원했다.",
    "싱가포르 정부는 해외 기술인력 유치를 위해 테크패스(Tech Pass) 비자를 도입했다.",
    "제3기 사업은 4차산업혁명 대응을 위해 13구 일대에서 추진되며, <표 3>에 정리했다.",
]

EN_DOC = [
    "Kista Science City in Stockholm, Sweden, is home to more than 1,000 ICT companies, including Ericsson and IBM, "
    "and some 24,000 employees. Founded in 1984, the park covers 200 hectares and hosted 45 networking events in 2021.",
    "The Oulu Health cluster in Finland raised EUR 120 million in venture capital between 2017 and 2019.",
    "In 2020 Israel introduced an innovation visa for foreign founders.",
    "Traffic on Interstate 40 and line 11 of the metro grew; Tier-1 suppliers met on 8 July 2019.",
]


def test_korean_clusters_found_from_patterns_not_lists():
    res = extract(KO_DOC, "ko")
    cs = clusters_by_id(res)
    assert "technopolis" in cs and "silicon-saxony" in cs
    assert cs["technopolis"]["country"] == "FI" and cs["technopolis"]["region"] == "Oulu"
    assert cs["silicon-saxony"]["country"] == "DE" and cs["silicon-saxony"]["region"] == "Dresden"
    assert "테크노폴리스" in cs["technopolis"]["aliases"]
    # visa names, ordinals and generic 'clusters' are not clusters
    assert not any("테크패스" in a or "Tech Pass" in a for c in res["clusters"] for a in c["aliases"])
    assert len(cs) == 2


def test_korean_statistics_units_qualifiers_periods_attribution():
    res = extract(KO_DOC, "ko")
    got = stat_set(res)
    expected = {
        ("technopolis", "count", 400.0, "approx", None, None),
        ("technopolis", "count", 12000.0, "approx", None, None),
        ("technopolis", "count", 150.0, "exact", "2018-01-01", "2018-12-31"),  # 이곳 -> previous paragraph
        ("silicon-saxony", "count", 2500.0, "approx", None, None),
        ("silicon-saxony", "count", 76000.0, "exact", None, None),
        ("silicon-saxony", "EUR", 500000000.0, "exact", "2015-01-01", "2020-12-31"),
    }
    assert got == expected, got ^ expected


def test_korean_factors_scoped_to_cluster_or_country():
    res = extract(KO_DOC, "ko")
    got = factor_set(res)
    assert ("technopolis", None, "industry_academia") in got
    assert ("silicon-saxony", None, "anchor_firms") in got
    assert ("silicon-saxony", None, "government_support") in got
    assert (None, "SG", "talent") in got
    assert not any(f == "anchor_firms" and c != "silicon-saxony" for c, _, f in got)


def test_english_clusters_and_statistics():
    res = extract(EN_DOC, "en")
    cs = clusters_by_id(res)
    assert set(cs) == {"kista-science-city", "oulu-health"}
    assert cs["kista-science-city"]["country"] == "SE"
    assert cs["oulu-health"]["country"] == "FI"
    got = stat_set(res)
    expected = {
        ("kista-science-city", "count", 1000.0, "at_least", None, None),
        ("kista-science-city", "count", 24000.0, "approx", None, None),
        ("kista-science-city", "m2", 2000000.0, "exact", None, None),
        ("kista-science-city", "count", 45.0, "exact", "2021-01-01", "2021-12-31"),
        ("oulu-health", "EUR", 120000000.0, "exact", "2017-01-01", "2019-12-31"),
    }
    assert got == expected, got ^ expected


def test_english_factors():
    got = factor_set(extract(EN_DOC, "en"))
    assert ("kista-science-city", None, "anchor_firms") in got
    assert ("kista-science-city", None, "collaboration_network") in got
    assert ("oulu-health", None, "access_to_capital") in got
    assert (None, "IL", "talent") in got


def test_document_wide_figures_have_no_cluster():
    res = extract(["해외 15개국 40곳의 클러스터를 조사한 결과 31곳(78%)이 정부 지원을 성공요인으로 꼽았다."], "ko")
    assert {(s["cluster_id"], s["value"], s["unit"]) for s in res["statistics"]} == {
        (None, 15.0, "count"), (None, 40.0, "count"), (None, 31.0, "count"), (None, 78.0, "percent")}
    assert (None, None, "government_support") in factor_set(res)


def test_table_rows_give_statistics_with_header_metrics_and_factors():
    rows = [["Success factor", "Clusters", "Share"], ["Talent", "12", "43%"], ["Government support", "10", "36%"]]
    res, body = extract_table(rows, "en", "Survey results")
    got = {(s["value"], s["unit"], s["metric_label"]) for s in res["statistics"]}
    assert got == {(12.0, "count", "clusters: talent"), (43.0, "percent", "share: talent"),
                   (10.0, "count", "clusters: government_support"), (36.0, "percent", "share: government_support")}
    assert {(f["cluster_id"], f["factor"]) for f in res["success_factors"]} == {(None, "talent"), (None, "government_support")}
    assert all(body[s["char_start"]:s["char_end"]] == s["text"] for s in res["statistics"])
