"""A review mend: a Korean cluster said to have been built (…가 들어선 뒤) is still the claim's when no other cluster is about."""
from tests.helpers import extract


def test_the_texts_own_cluster_built_somewhere_keeps_its_claim():
    for paras in (["이곳에 판교테크노밸리가 들어선 뒤 입주 기업 간 협업이 활발해졌다."],
                  ["판교테크노밸리는 성남시의 IT 단지다.", "이곳에 판교테크노밸리가 들어선 뒤 입주 기업 간 협업이 활발해졌다."]):
        res = extract([("heading", "판교"), *paras], "ko")
        rows = [(f["cluster_id"], f["factor"]) for f in res["success_factors"]]
        assert ("pangyo-techno-valley", "collaboration_network") in rows, rows
