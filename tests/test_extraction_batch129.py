"""Forms met reading a regional digital survey release that names a media district written as one word with a country's
letters, written here in other words."""
from tests.helpers import extract, stats_where


def test_a_city_glued_to_a_field_with_a_countrys_letters_is_a_name():
    res = extract([("heading", "News"), "MediaCityUK is home to the BBC and ITV, with 250 companies."], "en")
    assert [c["name"] for c in res["clusters"]] == ["MediaCityUK"], res["clusters"]
    (s,) = stats_where(res, value=250.0)
    assert s["cluster_id"] == "mediacityuk", s
