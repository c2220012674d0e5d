"""Forms met reading a Korean report chapter comparing three Nordic ICT clusters in a table (rendered as a PDF), written
here in other words."""
from tests.helpers import extract, factor_codes

_INTRO = "본 장에서는 북유럽 3개국의 대표 ICT 클러스터인 시스타 사이언스시티(스웨덴), 오타니에미 클러스터(핀란드), 코펜하겐 테크허브(덴마크)를 비교하였다."


def test_a_count_in_a_sentence_on_the_chapters_own_comparison_is_the_studys():
    res = extract([("heading", "북유럽 ICT 클러스터 비교"), _INTRO], "ko")
    three = next(s for s in res["statistics"] if s["value"] == 3)
    assert three["cluster_id"] is None and three["metric"] == "study_scope", res["statistics"]


def test_a_korean_clusters_place_written_alone_as_a_clauses_subject_names_it():
    res = extract([("heading", "북유럽 ICT 클러스터 비교"), _INTRO,
                   "특히 시스타는 에릭슨 본사를 중심으로 대기업 연구소가 집적해 있으며, 오타니에미는 학생 창업이 활발하다."], "ko")
    owners = {f["cluster_id"] for f in res["success_factors"] if f["factor"] == "anchor_firms"}
    assert owners == {"kista-science-city"}, res["success_factors"]
    assert "industry_academia" in factor_codes(res), res["success_factors"]


def test_a_region_is_no_place_of_another_country_than_the_clusters():
    res = extract([("heading", "북유럽 ICT 클러스터 비교"), _INTRO], "ko")
    regions = {c["cluster_id"]: c["region"] for c in res["clusters"]}
    assert regions.get("otaniemi") != "Kista", res["clusters"]


def test_claims_of_an_english_cluster_profile():
    # (a profile of a Russian innovation district, rendered as a PDF)
    def claims(sentence: str) -> set:
        return factor_codes(extract([("heading", "Skolkovo"), "Skolkovo is a science district near Moscow.", sentence], "en"))
    assert "government_support" in claims("Residents pay no profit or property tax for ten years.")
    assert "access_to_capital" in claims("The district's venture fund has backed 120 start-ups.")
    assert "rd_infrastructure" in claims("A technopark of 60,000 square metres offers shared labs for microelectronics.")


def test_claims_of_a_korean_cluster_profile():
    def claims(sentence: str) -> set:
        return factor_codes(extract([("heading", "스콜코보"), "스콜코보 혁신센터는 모스크바 인근의 과학단지다.", sentence], "ko"))
    assert "government_support" in claims("입주 기업은 10년간 법인세와 재산세를 내지 않는다.")
    assert "access_to_capital" in claims("자체 벤처펀드가 스타트업 120곳에 2억 달러를 투자했다.")
