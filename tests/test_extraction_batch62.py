"""Forms met in the thirtieth read (a Chinese development area's biopharma town, a Korean feature on a port city's
two national complexes), written here in other words: a name set before the kind it is after an opening clause is a
cluster, and a city's population ('인구 N명의 광역시') is no cluster's figure."""
from tests.helpers import extract, stats_where


def test_a_name_set_before_its_kind_after_an_opening_clause_is_a_cluster():
    res = extract(["Ningbo", "To draw drug makers, Ningbo Pharma Town, an industrial cluster for biomedicine, now houses 120 firms."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Ningbo Pharma Town"], res["clusters"]
    assert stats_where(res, value=120.0)[0]["cluster_id"] == "ningbo-pharma-town", res["statistics"]


def test_a_citys_population_is_no_clusters_figure():
    res = extract(["여수국가산업단지", "작은 어촌이던 여수가 인구 28만명의 도시로 자란 것은 여수국가산업단지 덕분이다. "
                                    "여수국가산업단지에는 300개사가 입주해 있다."], "ko")
    people = stats_where(res, value=280000.0)
    assert people and people[0]["cluster_id"] is None, res["statistics"]
    assert stats_where(res, value=300.0)[0]["cluster_id"] is not None, res["statistics"]
