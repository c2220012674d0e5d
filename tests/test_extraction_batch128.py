"""Forms met reading a Korean report comparing three Nordic clusters in a table written with pipes but no rule row,
written here in other words."""
from tests.helpers import extract_capture, stats_where


def test_rows_framed_by_pipes_without_a_rule_row_are_a_table(tmp_path):
    res = extract_capture(tmp_path / "report.txt", "북유럽 주요 혁신 클러스터 비교\n\n□ 주요 지표\n"
                          "| 클러스터 | 국가 | 입주기업 | 종사자 |\n"
                          "| 시스타 사이언스시티 | 스웨덴 | 1,000개 | 25,000명 |\n"
                          "| 오타니에미 | 핀란드 | 500개 | 16,000명 |\n"
                          "| 메디콘밸리 | 덴마크·스웨덴 | 350개 | 41,000명 |\n")
    (firms,) = stats_where(res, value=500.0)
    assert firms["metric"] == "companies" and firms["cluster_id"] is not None, firms
    assert len({c["cluster_id"] for c in res["clusters"]}) == 3, res["clusters"]


def test_field_and_value_rows_framed_by_pipes_stay_prose(tmp_path):
    res = extract_capture(tmp_path / "entry.txt", "신주과학공업원구\n\n신주과학공업원구는 대만의 과학단지이다.\n\n"
                          "| 설립 | 1980년 12월 15일 |\n| 입주기업 | 600여 개 |\n| 종사자 | 16만 명 (2022년) |\n")
    (firms,) = stats_where(res, value=600.0)
    assert firms["metric"] == "companies" and firms["period_start"] is None, firms
