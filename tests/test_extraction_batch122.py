"""Forms met reading an encyclopedia entry on a Swiss technology park (its references) and a Korean story on
a national complex ending on the city's manufacturing, written here in other words."""
from tests.helpers import extract, extract_capture, stats_where


def test_the_day_a_reference_was_read_is_not_the_documents_date(tmp_path):
    res = extract_capture(tmp_path / "entry.txt", "Technopark Winterthur\n\n"
                          "Technopark Winterthur is a technology park in Winterthur, Switzerland.\n\n"
                          "Since 2004 more than 120 start-ups have passed through its programme.\n\n"
                          "References\n\n1. \"History\". Technopark Winterthur. Retrieved 3 June 2022.\n")
    (s,) = stats_where(res, value=120.0)
    assert s["period_end"] is None or not s["period_end"].startswith("2022"), s


def test_a_korean_citys_manufacturing_is_no_clusters_figure():
    res = extract([("heading", "울산 미포산단 스마트 산단 전환"),
                   "울산시는 미포국가산업단지 입주기업 1,108곳 가운데 312곳이 스마트공장 구축을 마쳤다고 밝혔다.",
                   "한편 울산의 제조업 생산액은 지난해 215조원으로 전국의 11%를 차지했다."], "ko")
    for v in (215e12, 11.0):
        (s,) = stats_where(res, value=v)
        assert s["cluster_id"] is None, s
    (own,) = stats_where(res, value=312.0)
    assert own["cluster_id"] is not None, own
