"""Forms met reading a Korean agency report on an overseas biomedical cluster (bulleted ㅇ/- sections, a
table of years across) and an English investment agency's sector profile (rendered here as PDFs),
written here in other words."""
from types import SimpleNamespace

from pipeline.textlayer.aligned import years_across
from pipeline.textlayer.pdf import _table_from
from tests.helpers import extract, extract_with_table, factor_codes, stats_where


def _table_doc(caption: str, rows: list[list[str]], header: bool):
    return extract_with_table([("heading", "다온바이오밸리 현황"), ("para", "다온바이오밸리는 의료 연구기관이 모인 단지다."),
                               ("para", caption)], rows, "ko", header)


def test_a_first_row_of_years_after_a_corner_label_is_the_header_of_a_ruled_table():
    rows = [["구분", "2011", "2015", "2019"], ["입주 기업ㆍ기관", "140", "215", "302"], ["종사자", "2,900", "5,100", "8,300"]]
    assert _table_from(SimpleNamespace(bbox=(0, 0, 100, 100)), rows).has_header
    assert years_across(["", "2022년", "2023년"]) and years_across(["Indicator", "2019", "2021", "2023"])
    # (a row of figures, or years out of order, is a row of the body: a table the page break cut)
    assert not years_across(["가람단지", "2,015", "2,101"]) and not years_across(["가람단지", "2019", "2011", "2015"])
    assert not _table_from(SimpleNamespace(bbox=(0, 0, 100, 100)), [["가람단지", "140", "215"], ["누리단지", "90", "70"]]).has_header


def test_a_unit_note_naming_one_unit_per_row_of_a_table_of_years_across_gives_each_row_its_own():
    rows = [["구분", "2011", "2015", "2019"], ["입주 기업ㆍ기관", "140", "215", "302"], ["종사자", "2,900", "5,100", "8,300"]]
    res = _table_doc("<표 1> 다온바이오밸리 입주 현황 추이 (단위: 개, 명)", rows, True)
    got = sorted((s["metric"], s["value"], s["period_start"]) for s in res["statistics"] if s["value"] != 1.0)
    assert got == [("companies", 140.0, "2011-01-01"), ("companies", 215.0, "2015-01-01"), ("companies", 302.0, "2019-01-01"),
                   ("employees", 2900.0, "2011-01-01"), ("employees", 5100.0, "2015-01-01"), ("employees", 8300.0, "2019-01-01")], \
        res["statistics"]


def test_a_key_figure_block_closed_by_figures_for_a_year_takes_that_year():
    res = extract([("heading", "Semiconductors in the Elbe valley: the Marrow Chip Cluster"), ("heading", "At a glance"),
                   "Marrow Chip Cluster in numbers", "About 1,900 companies", "52,000 employees", "Figures for 2021",
                   "The Marrow Chip Cluster is centred on the city of Riesa."], "en")
    assert {(s["value"], s["period_start"]) for s in res["statistics"]} >= {(1900.0, "2021-01-01"), (52000.0, "2021-01-01")}, \
        res["statistics"]


def test_a_cue_called_the_clusters_own_constraint_or_an_outflow_claims_nothing():
    head = [("heading", "Marrow Chip Cluster"), "The Marrow Chip Cluster is centred on the city of Riesa."]
    assert "talent" not in factor_codes(extract(head + ["Hiring enough skilled engineers is the cluster's biggest constraint."], "en"))
    ko = [("heading", "다온바이오밸리 현황"), "다온바이오밸리는 의료 연구기관이 모인 단지다."]
    assert "talent" not in factor_codes(extract(ko + ["ㅇ 전문 인력의 수도권 유출로 채용이 늦어진다는 지적"], "ko"))


def test_a_name_the_cluster_borrows_is_no_antecedent_of_its_pronoun():
    res = extract([("heading", "Chips in Riesa: the Marrow Chip Cluster"),
                   "Marrow Chip Cluster is the name that stuck to the chip makers around Riesa. The label borrows from "
                   "Silicon Valley; it covers the region and an industry association.",
                   "The association has grown to more than 480 members. Its network spans roughly 1,300 manufacturers and suppliers."],
                  "en")
    topic = stats_where(res, value=480.0)[0]["cluster_id"]
    assert topic and stats_where(res, value=1300.0)[0]["cluster_id"] == topic, res["statistics"]


def test_research_centres_set_up_clinical_links_and_walking_distance_are_korean_factors():
    ko = [("heading", "다온바이오밸리 현황"), "다온바이오밸리는 의료 연구기관이 모인 단지다."]
    assert "rd_infrastructure" in factor_codes(extract(ko + ["ㅇ 2004년 국립보건연구원이 재생의학연구센터를 단지 안에 설치"], "ko"))
    assert "rd_infrastructure" in factor_codes(extract(ko + ["ㅇ 국가 슈퍼컴퓨터 유치로 단백질 구조 분석 등 계산과학 인프라를 갖춤"], "ko"))
    assert "rd_infrastructure" in factor_codes(extract(ko + ["ㅇ 대학병원이 가까워 실험실의 기초연구 성과를 임상으로 옮기기 쉬움"], "ko"))
    assert "location_connectivity" in factor_codes(extract(ko + ["ㅇ 연구동과 병원이 도보 거리에 있어 오가기 편함"], "ko"))
    # (a research centre merely named is no claim)
    assert "rd_infrastructure" not in factor_codes(extract(ko + ["ㅇ 재생의학연구센터의 직원은 120명이다."], "ko"))


def test_big_plants_of_named_firms_universities_drawn_on_and_a_short_drive_are_english_factors():
    head = [("heading", "Marrow Chip Cluster"), "The Marrow Chip Cluster is centred on the city of Riesa."]
    assert "anchor_firms" in factor_codes(extract(head + ["Voltra and Sennic run two of the largest wafer plants in Europe there."], "en"))
    assert "industry_academia" in factor_codes(extract(head + ["Local firms draw on three universities and a dozen institutes."], "en"))
    assert "location_connectivity" in factor_codes(extract(head + ["Equipment suppliers sit within a short drive of the fabs."], "en"))
    # (a plant's size alone, no firm leading: still no university tie)
    assert "industry_academia" not in factor_codes(extract(head + ["The universities draw students from abroad."], "en"))
