"""Phrasings and layouts met in development batch 29 (a Korean report of two-column profile
tables, a university research park's release, an encyclopedia entry on an IT district, a Korean
story on a campus innovation park), written here in other words and layouts."""
from pipeline.extract.document import extract_document
from pipeline.model import ParsedDocument, Table, render_page
from tests.helpers import extract, factor_codes, stats_where


def test_a_profile_table_gives_its_figures_to_the_cluster_its_name_row_names():
    page = render_page(1, [("heading", "유럽 혁신단지 두 곳"),
                           ("para", "첫째는 독일의 하노버 메디컬파크(Hannover Medical Park)이고, 둘째는 스페인의 "
                                    "세비야 카르투하 테크파크(Cartuja TechPark)다.")],
                       [Table(rows=[["구분", "내용"], ["명칭", "카르투하 테크파크(Cartuja TechPark)"], ["입주기업", "480개"],
                                    ["고용", "1만 6천명"]], cell_offsets=[])])
    res = extract_document(ParsedDocument("t", "t.pdf", "pdf", [page], 1, {"language": "ko"}, "test"))
    cartuja = next(c["cluster_id"] for c in res["clusters"] if "Cartuja" in c["name"])
    assert {(s["value"], s["metric"], s["cluster_id"]) for s in res["statistics"]} == {
        (480, "companies", cartuja), (16000, "employees", cartuja)}


def test_over_after_a_verb_of_extent_is_no_qualifier():
    res = extract(["Cyber Gateway is a business district in Pune.", "It stretches over 150 acres and has over 90 firms."], "en")
    assert [s["qualifier"] for s in stats_where(res, unit="m2")] == ["exact"]
    assert [s["qualifier"] for s in stats_where(res, value=90)] == ["at_least"]


def test_multinationals_following_large_campuses_and_interns():
    res = extract(["Cyber Gateway is a business district in Pune.",
                   "A software firm opened its first office there in 2001, and other multinationals followed.",
                   "Three chipmakers now have large campuses in the district.",
                   "Its firms took on about 300 student interns last year."], "en")
    assert {"investment_attraction", "anchor_firms"} <= factor_codes(res)
    assert [s["metric"] for s in stats_where(res, value=300)] == ["students"]


def test_a_cluster_named_as_what_something_is_near_is_not_the_subject():
    res = extract(["새솔테크노밸리는 전주의 첨단 산업단지다.",
                   "전주시는 팔복 국가산업단지와 가까운 입지를 살려 제조 기업과의 협업을 늘린다."], "ko")
    valley = next(c["cluster_id"] for c in res["clusters"] if c["name_ko"] == "새솔테크노밸리")
    assert {f["cluster_id"] for f in res["success_factors"]} == {valley}


def test_an_owner_campus_and_a_generic_head_make_a_name_and_its_kind_words_an_alias():
    res = extract(["중앙대 다빈치 캠퍼스 혁신파크에 입주한 기업이 40곳을 넘었다.",
                   "경기 안성시에 조성된 '캠퍼스 혁신파크'는 대학 연구실과 공동연구를 한다."], "ko")
    [park] = res["clusters"]
    assert park["name_ko"] == "중앙대 다빈치 캠퍼스 혁신파크" and "캠퍼스 혁신파크" in park["aliases"]
    assert [f["cluster_id"] for f in res["success_factors"]] == [park["cluster_id"]]
    res = extract(["국내 대학 캠퍼스 혁신파크 조성 시 학생 창업 공간을 중심부에 두어야 한다."], "ko")
    assert res["clusters"] == []
