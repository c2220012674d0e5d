"""Forms met reading a Korean story comparing two R&D districts, written here in other words."""
from tests.helpers import extract


def _factors_of(res, name_ko):
    cid = next(c["cluster_id"] for c in res["clusters"] if c["name_ko"] == name_ko)
    return {f["factor"] for f in res["success_factors"] if f["cluster_id"] == cid}


def test_a_cluster_called_by_its_place_alone_takes_the_claims_said_of_it():
    res = extract([("heading", "광교와 문정, 두 단지의 10년"),
                   "광교테크노밸리는 입주 기업이 300곳이다. 문정도시첨단산업단지는 입주 기업이 900곳이다.",
                   "전문가들은 광교의 성공 요인으로 대형 연구기관과 선도 기업의 존재를 꼽는다.",
                   "문정은 지하철역과 인접해 출퇴근이 편리하다는 평가를 받는다."], "ko")
    assert "anchor_firms" in _factors_of(res, "광교테크노밸리"), res["success_factors"]
    assert "location_connectivity" in _factors_of(res, "문정도시첨단산업단지"), res["success_factors"]

