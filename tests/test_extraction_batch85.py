"""Forms met reading a two-column Korean report page with a table of key figures across it (rendered here as a
PDF), written here in other words."""
from tests.helpers import extract, extract_table, factor_codes, stats_where


def test_a_row_of_changes_in_a_table_of_years_is_the_change_of_each_columns_measure():
    res, _ = extract_table([["구분", "2018년", "2023년", "증감"], ["입주기업(개)", "146", "214", "68"],
                            ["고용(명)", "9,800", "13,100", "3,300"], ["매출(억원)", "21,400", "38,900", "17,500"]],
                           "ko", "하람바이오클러스터 주요 지표")
    changes = sorted((s["metric"], s["value"], s["period_start"], s["period_end"]) for s in res["statistics"]
                     if s["value"] in (68.0, 3300.0, 1750000000000.0))
    assert changes == [("growth", 68.0, "2018-01-01", "2023-12-31"), ("growth", 1750000000000.0, "2018-01-01", "2023-12-31"),
                       ("jobs_change", 3300.0, "2018-01-01", "2023-12-31")], res["statistics"]


def test_a_shared_test_centre_the_firms_use_is_infrastructure_not_collaboration():
    res = extract([("heading", "하람바이오클러스터"), "하람바이오클러스터는 청주에 있다.",
                   "입주기업들은 공동 임상시험센터와 동물실험센터를 활용해 개발 기간을 줄이고 있다."], "ko")
    assert factor_codes(res) == {"rd_infrastructure"}, res["success_factors"]
    res = extract([("heading", "하람바이오클러스터"), "하람바이오클러스터는 청주에 있다.",
                   "입주기업들은 공동 연구로 신약을 개발하고 있다."], "ko")
    assert "collaboration_network" in factor_codes(res) or "industry_academia" in factor_codes(res), res["success_factors"]


def test_clusters_counted_after_their_kind_are_what_the_document_examined():
    res = extract([("heading", "강소특구 성과 비교"), "전국 강소연구개발특구 14곳의 지난해 매출은 모두 4조 2천억원으로 집계됐다."], "ko")
    assert [(s["metric"], s["cluster_id"]) for s in stats_where(res, value=14.0)] == [("study_scope", None)], res["statistics"]


def test_a_bare_amount_ranked_after_amounts_of_one_measure_measures_the_same():
    res = extract([("heading", "강소특구 성과 비교"), "특구별 매출은 안산강소특구가 9,210억원으로 가장 많았다.",
                   "김해강소특구는 3,400억원에 그쳤다."], "ko")
    assert stats_where(res, value=340000000000.0)[0]["metric"] == "revenue", res["statistics"]
