"""Forms met reading a wire story on a US state's tech hiring beside its named tech corridor, written here in other
words."""
from tests.helpers import extract

_TEXT = [("heading", "Utah's Silicon Slopes keeps hiring"),
         "SALT LAKE CITY — Utah's tech sector added 8,000 jobs last year, the state's Department of Workforce Services said.",
         "Across the state, average tech wages rose 4% to $98,000.",
         "Most of that growth happened along the Silicon Slopes corridor, where roughly 6,500 tech companies now operate."]


def test_a_states_sector_beside_a_cluster_of_its_own_there_is_the_states():
    res = extract(_TEXT, "en")
    assert [c["cluster_id"] for c in res["clusters"]] == ["silicon-slopes"], res["clusters"]
    owners = {s["value"]: s["cluster_id"] for s in res["statistics"]}
    assert owners[8000.0] is None and owners[6500.0] == "silicon-slopes", res["statistics"]


def test_a_sentence_opening_across_the_state_is_the_states():
    res = extract(_TEXT, "en")
    assert {s["value"]: s["cluster_id"] for s in res["statistics"]}[4.0] is None, res["statistics"]


def test_a_regions_sector_alone_is_still_the_cluster_the_text_is_about():
    res = extract([("heading", "Waterloo Region tech sector grows"), "The Waterloo Region tech sector added 2,000 jobs last year."], "en")
    assert len(res["clusters"]) == 1 and res["statistics"][0]["cluster_id"] == res["clusters"][0]["cluster_id"], res


def test_a_percentage_a_firm_adds_to_a_whole_is_its_share_not_a_change():
    res = extract([("heading", "Brainport"), "Brainport Eindhoven is a technology region in the Netherlands.",
                   "ASML alone adds 22 percent to the region's exports.", "Exports added 5 percent last year."], "en")
    assert {s["value"]: s["metric"] for s in res["statistics"]} == {22.0: "share", 5.0: "growth"}, res["statistics"]
