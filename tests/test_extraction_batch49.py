"""Forms met in the seventeenth read (English pieces on a Korean city's artificial intelligence complex), written
here in other words: an industry's complex said to be in a city, and a lower-case industrial complex after a
city's possessive."""
from tests.helpers import extract, stats_where


def test_an_industrys_complex_in_a_city_names_it():
    res = extract(["S. Korea breaks ground for robotics complex in Daegu",
                   "South Korea broke ground Monday for a robotics complex in the southeastern city of Daegu. "
                   "The complex will also include offices for 64 companies."], "en")
    found = [c for c in res["clusters"] if c["name_en"].lower() == "daegu robotics complex"]
    assert found and found[0]["region"] == "Daegu", res["clusters"]
    assert stats_where(res, value=64.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_a_kind_after_another_name_placed_in_a_city_makes_no_second_cluster():
    res = extract(["Parks", "The Hanbit IT cluster in Daegu is home to about 500 companies."], "en")
    assert not any(c["name_en"].lower() == "daegu it cluster" for c in res["clusters"]), res["clusters"]


def test_a_citys_industrial_complex_written_in_lower_case_is_named():
    res = extract(["Daegu's robot industrial complex", "Daegu's robot industrial complex has a land area of 52,000 ㎡."], "en")
    assert any("industrial complex" in (c["name_en"] or "").lower() for c in res["clusters"]), res["clusters"]
