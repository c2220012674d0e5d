"""Forms met in the thirty-third read (an Israeli paper on a desert city's cyber park), written here in other words:
a park a sentence calls by its name is a cluster of that name, a count of a nation's firms is the nation's, and
subsidies are funding."""
from tests.helpers import extract, stats_where


def test_a_park_called_by_its_name_is_a_cluster_and_a_nations_count_is_not_its():
    res = extract(["Negev", "Several chip designers will open labs in the new park, called NegevTech. "
                            "The number of Israeli chip design firms has grown to some 180, a research firm said."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["NegevTech"], res["clusters"]
    assert {s["cluster_id"] for s in stats_where(res, value=180.0)} == {None}, res["statistics"]


def test_subsidies_are_funding():
    res = extract(["NegevTech", "NegevTech is a science park in Beersheba. The state will offer 40 million shekels in subsidies "
                                "to firms that open offices at NegevTech."], "en")
    money = stats_where(res, unit="ILS")
    assert money and money[0]["metric"] == "investment", res["statistics"]
