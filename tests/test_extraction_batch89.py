"""Forms met reading a Korean agency comparison of three Nordic ICT clusters (a table of the three, bullets
labelled with each cluster's place in brackets), written here in other words."""
from tests.helpers import extract, factor_set, stats_where
from pipeline.extract.document import extract_document
from pipeline.model import ParsedDocument, Table, render_page


def _compare(paras):
    rows = [["클러스터", "국가", "기업 수(개)", "종사자(명)"], ["가람 ICT 클러스터", "핀란드", "380", "11,200"],
            ["누리 사이언스시티", "스웨덴", "1,200", "21,000"], ["다온 핀테크 클러스터", "덴마크", "240", "2,900"]]
    page = render_page(1, [("heading", "북유럽 3대 ICT 클러스터 비교"), *[("para", p) for p in paras]],
                       [Table(rows=rows, cell_offsets=[], has_header=True)])
    return extract_document(ParsedDocument("t", "t.pdf", "pdf", [page], 1, {"language": "ko"}, "test"))


def _id(res, start):
    return next(c["cluster_id"] for c in res["clusters"] if any(n.startswith(start) for n in [c["name"], *c["aliases"]]))


def test_a_bullet_labelled_with_a_clusters_place_in_brackets_and_its_sub_bullets_are_about_it():
    res = _compare(["ㅇ (누리) 통신 대기업 본사를 중심으로 글로벌 기업이 모여 있고, 공과대학 캠퍼스가 단지 안에 있어 산학협력이 활발",
                    "ㅇ (가람) 휴대전화 제조사 구조조정 이후 퇴직 엔지니어들의 창업이 이어지며 스타트업 약 350개가 생겨남",
                    "- 제조사가 퇴직자 창업 지원 프로그램을 운영"])
    assert ("startup_support", _id(res, "가람")) in {(f["factor"], f["cluster_id"]) for f in res["success_factors"]}, res["success_factors"]
    assert ("industry_academia", _id(res, "누리")) in {(f["factor"], f["cluster_id"]) for f in res["success_factors"]}, res["success_factors"]
    assert stats_where(res, value=350.0)[0]["cluster_id"] == _id(res, "가람"), res["statistics"]


def test_a_claim_of_all_three_clusters_goes_to_each_of_the_three_the_table_compares():
    res = _compare(["ㅇ 세 클러스터 모두 대학과 기업 간 인력 교류가 활발하다는 공통점이 있음"])
    got = {f["cluster_id"] for f in res["success_factors"] if f["factor"] == "industry_academia"}
    assert got == {_id(res, "가람"), _id(res, "누리"), _id(res, "다온")}, res["success_factors"]


def test_a_count_of_top_clusters_and_the_industry_word_of_one_are_no_figure_and_no_name():
    res = _compare(["본 보고서는 핀란드 가람, 스웨덴 누리, 덴마크 다온의 ICT 클러스터를 대상으로 비교하였다."])
    assert not stats_where(res, value=3.0), res["statistics"]
    assert len(res["clusters"]) == 3, res["clusters"]  # (the place list's 'ICT 클러스터' is none of its own)
    assert res["topic"] is None


def test_a_quoted_name_inside_a_clause_ends_no_pair_and_a_regulatory_sandbox_is_support():
    head = [("heading", "다온 핀테크 클러스터"), "다온 핀테크 클러스터는 덴마크의 금융 혁신 거점이다."]
    assert "government_support" in {f for _, _, f in factor_set(extract(head + ["시 정부가 'Daon Fintech Lab'에 사무공간을 제공한다."], "ko"))}
    assert "government_support" in {f for _, _, f in factor_set(extract(head + ["금융감독청이 규제 샌드박스를 운영한다."], "ko"))}


def test_an_english_bullet_labelled_with_a_clusters_place_is_about_it():
    res = extract([("heading", "Three Nordic clusters compared"),
                   "This note compares Kista Science City, Oulu Technology Park and the Copenhagen Fintech Cluster.",
                   "• (Oulu) After the handset maker's cuts, former engineers founded about 350 start-ups.",
                   "• (Kista) A telecoms group's headquarters anchors the district, and a university runs joint research programmes there."], "en")
    assert stats_where(res, value=350.0)[0]["cluster_id"] == "oulu-technology-park", res["statistics"]
    assert ("kista-science-city", None, "industry_academia") in factor_set(res), res["success_factors"]


def test_a_set_of_regions_in_a_document_about_one_cluster_is_that_clusters_territory():
    res = extract([("heading", "Skyway Valley members report strong order books"),
                   "Members of Skyway Valley, the aeronautics cluster of two French regions, expect to keep hiring.",
                   "Member companies employ a combined 98,000 people across the two regions."], "en")
    assert stats_where(res, value=98000.0)[0]["cluster_id"] == res["topic"] is not None, res["statistics"]


def test_the_presence_of_a_large_firm_and_its_suppliers_and_access_to_schools_are_reasons_to_stay():
    head = [("heading", "Skyway Valley"), "Skyway Valley is the aeronautics cluster of two French regions."]
    res = extract(head + ["Members most often named the presence of a planemaker and its first-tier suppliers (58%)."], "en")
    assert "anchor_firms" in {f for _, _, f in factor_set(res)}, res["success_factors"]
    res = extract(head + ["Members also cited access to specialised engineering schools (44%)."], "en")
    assert "industry_academia" in {f for _, _, f in factor_set(res)}, res["success_factors"]


def test_struggling_to_attract_firms_is_a_difficulty_and_an_investment_agreement_is_attraction():
    ko = [("heading", "가람제1산업단지의 변신"), "가람제1산업단지는 전남의 대표 산단이다."]
    assert "investment_attraction" not in {f for _, _, f in factor_set(extract(ko + ["이 산단은 한동안 기업 유치에 애를 먹었다."], "ko"))}
    assert "investment_attraction" in {f for _, _, f in factor_set(extract(ko + ["2019년 투자협약을 맺은 소재 업체가 공장을 지었다."], "ko"))}
    assert "investment_attraction" in {f for _, _, f in factor_set(extract(ko + ["이 산단은 제철소 등 대기업을 유치하며 자리를 잡았다."], "ko"))}

