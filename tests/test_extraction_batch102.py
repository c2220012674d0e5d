"""Forms met reading an English piece on a city's AI ecosystem, a Korean news story on a Chinese new area and an
English news story on a Malaysian free industrial zone, written here in other words."""
from tests.helpers import extract, stats_where


def test_a_citys_industry_written_in_capitals_names_its_ecosystem():
    res = extract([("heading", "Montreal's AI ecosystem by the numbers"),
                   "The ecosystem now counts about 150 AI start-ups, which raised C$620 million last year."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Montreal AI ecosystem"], res["clusters"]
    assert [s["cluster_id"] for s in stats_where(res, value=150.0)] == [res["clusters"][0]["cluster_id"]], res["statistics"]


def test_a_chinese_new_area_is_a_cluster():
    res = extract([("heading", "하람신구 바이오 기업 1천 곳 돌파"),
                   "중국 톈진시 하람신구(夏嵐新區)에 입주한 바이오의약 기업이 1천 곳을 넘어섰다."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Haram New Area"], res["clusters"]


def test_a_cluster_placed_nowhere_takes_the_datelines_country():
    res = extract([("heading", "Chip corridor draws record investment"),
                   "GEORGE TOWN — The Harlow Lepas Free Industrial Zone, opened in 1972, is the heart of the industry."], "en")
    assert [(c["country"], c["region"]) for c in res["clusters"]] == [("MY", "George Town")], res["clusters"]
