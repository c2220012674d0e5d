"""Forms met in the fifteenth read (a Swiss city's life-science hub in Korean and English, an American
highway's technology corridor in two pieces), written here in other words: a place said to be an
industry's hub or cluster, a road's number inside a name, a long noun phrase after a count, and a
figure said statewide."""
from tests.helpers import extract, stats_where


def test_a_korean_place_said_to_be_an_industrys_hub_names_it():
    res = extract(["한빛시, 국내 기업 유치 나서", "리옹시는 전세계 600개 이상의 생명과학기업이 활동하는 세계적인 생명과학 허브다."], "ko")
    found = [c for c in res["clusters"] if (c["name_ko"] or "").startswith("리옹")]
    assert found and found[0]["name_ko"] == "리옹 생명과학 허브", res["clusters"]
    assert stats_where(res, value=600.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_an_english_place_said_to_be_an_industrys_cluster_names_it():
    res = extract(["Pharma in the region", "Lyon is the French pharmaceutical cluster par excellence, with 12,400 employees."], "en")
    found = [c for c in res["clusters"] if c["name_en"].lower() == "lyon pharmaceutical cluster"]
    assert found, res["clusters"]
    assert stats_where(res, value=12400.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_a_roads_number_is_part_of_a_name():
    res = extract(["Highway 9 Technology Corridor", "In 1962, 85 technology companies employed 12,000 people along the "
                   "Highway 9 Technology Corridor."], "en")
    assert any(c["name_en"] == "Highway 9 Technology Corridor" for c in res["clusters"]), res["clusters"]


def test_a_long_noun_phrase_after_a_count_still_names_what_it_counts():
    res = extract(["Hanbit Tech Park", "Hanbit Tech Park is home to about 2,900 other upcoming and stalwart software and "
                   "electronics companies."], "en")
    firms = stats_where(res, value=2900.0)
    assert firms and firms[0]["metric"] == "companies", res["statistics"]


def test_a_figure_said_statewide_is_the_states():
    res = extract(["Hanbit Tech Park", "Hanbit Tech Park is home to 1,300 software firms. Statewide, about 210,000 people work "
                   "in high-tech related fields."], "en")
    staff = stats_where(res, value=210000.0)
    assert staff and staff[0]["cluster_id"] is None, res["statistics"]
