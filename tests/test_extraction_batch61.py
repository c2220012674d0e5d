"""Forms met in the twenty-ninth read (English pieces on Seoul's digital complex, a Title Case headline among them),
written here in other words: a Title Case headline's capitals mark no name unless the text repeats it or a place or
nickname is in it, a clause opening on a conjunction names no cluster with it, a complex given a new name is one
cluster, and a hyphenated name in brackets after a cluster is another name of it."""
from tests.helpers import extract, stats_where


def test_a_title_case_headlines_chunk_is_no_name():
    res = extract([("heading", "City to Reshape Q Valley into Smart Marine Hub"),
                   "Q Valley covers 1.2 million square meters and hosts 900 firms, the city said."], "en")
    names = {c["name_en"] for c in res["clusters"]}
    assert "Q Valley" in names and not names & {"Reshape Q Valley", "Smart Marine Hub"}, res["clusters"]


def test_a_placed_name_in_a_title_case_headline_stands():
    res = extract([("heading", "Tech Jobs Surge in Leeds Innovation District"),
                   "The district now counts 40 firms, up from 25 a year ago."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Leeds Innovation District"], res["clusters"]


def test_a_conjunction_opening_a_clause_is_no_part_of_a_name():
    res = extract(["Two parks", "While Tonsley is an innovation district in Adelaide, Lot Fourteen is a former hospital."], "en")
    assert not any((c["name_en"] or "").startswith("While") for c in res["clusters"]), res["clusters"]


def test_a_complex_given_a_new_name_is_one_cluster_and_its_bracketed_nickname_too():
    res = extract(["Kowloon", "In May 2005, Kowloon Industrial Estate had a new name, Kowloon Science Park (K-Park). "
                              "K-Park covers 40 hectares."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Kowloon Science Park"], res["clusters"]
    assert stats_where(res, unit="m2")[0]["cluster_id"] == "kowloon-science-park", res["statistics"]
