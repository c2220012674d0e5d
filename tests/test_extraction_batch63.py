"""Forms met in the thirty-first read (Indian news on a state's IT parks), written here in other words: an amount of
money set before a park, a complex, a project or a development is what it costs."""
from tests.helpers import extract, stats_where


def test_money_before_a_park_or_a_project_is_investment():
    res = extract(["Vellore", "The Rs 120 crore Vellore Tech Park will open in March, and a $40 million project will follow it."], "en")
    assert {s["metric"] for s in stats_where(res, unit="INR")} == {"investment"}, res["statistics"]
    assert {s["metric"] for s in stats_where(res, unit="USD")} == {"investment"}, res["statistics"]
