"""Forms met in the twenty-second read (an association's survey releases on science parks), written here in
other words: shares of respondents beside the changes they report, and two bounds of one value."""
from tests.helpers import extract


def _rows(res):
    return [(s["value"], s["metric"], s["qualifier"]) for s in res["statistics"]]


def test_a_share_of_respondents_after_a_change_is_no_change():
    res = extract(["Members' survey", "12% of parks said their tenants grew by over 30%, and 48% reported growth of "
                   "less than 30%."], "en")
    rows = _rows(res)
    assert (48.0, "share", "exact") in rows, rows
    assert (30.0, "growth", "at_least") in rows and (30.0, "growth", "at_most") in rows, rows


def test_a_change_of_less_than_a_value_is_a_change():
    res = extract(["Members' survey", "A fifth of the parks saw a decline of less than 5% in their tenants."], "en")
    assert (5.0, "decline", "at_most") in _rows(res), _rows(res)


def test_changes_listed_with_respectively_still_share_their_kind():
    res = extract(["Parks", "Exports from the park rose 40 percent and 25 percent respectively in the two years."], "en")
    assert [m for v, m, _ in _rows(res)] == ["growth", "growth"], _rows(res)
