"""Forms met reading a story on a Finnish city's ICT cluster after its phone maker's decline, written here in other
words."""
from tests.helpers import extract


def _stat(res, value):
    return next((s for s in res["statistics"] if abs(s["value"] - value) < 1), None)


def test_a_count_a_verb_of_employing_takes_with_no_noun_counts_employees():
    res = extract([("heading", "Life after Nokia"), "The Tampere ICT cluster is in Finland.",
                   "A decade later the phone maker employed about 2,000 there, and unemployment in the city climbed to 17%."], "en")
    assert _stat(res, 2000)["metric"] == "employees", res["statistics"]
    res = extract([("heading", "Life after Nokia"), "The Tampere ICT cluster is in Finland.", "The firm employs 2,000 in the city."], "en")
    assert _stat(res, 2000)["metric"] == "employees", res["statistics"]
