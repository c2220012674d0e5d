"""Forms met in the thirteenth read (an Indian finance city in two pieces, Saudi techno valleys, a Saudi
technology zone), written here in other words: a place no list of places knows, written in a list
with known ones; initials in brackets that count a hyphenated word once; a technology zone and an
industrial estate as kinds; 'sq. meter'; a kind ranked with several adjectives before it."""
from tests.helpers import clusters_by_id, extract, stats_where


def test_a_word_listed_with_known_places_is_a_place_too():
    res = extract(["Three valleys", "Three companies will be set up in Jeddah, Riyadh and Qurayyat, according to the "
                   "supervisor of the Qurayyat Techno Valley."], "en")
    valley = clusters_by_id(res).get("qurayyat-techno-valley")
    assert valley and valley["region"] == "Qurayyat", res["clusters"]


def test_a_name_before_a_comma_after_a_place_is_not_listed_with_it():
    res = extract(["Norrvik Science Park", "Located in northern Uppsala, Norrvik Science Park has 120 companies."], "en")
    park = clusters_by_id(res).get("norrvik-science-park")
    assert park and park["region"] == "Uppsala", res["clusters"]


def test_initials_counting_a_hyphenated_word_once_are_another_name():
    res = extract(["Kavali International Finance Tec-City (KIFT)",
                   "Kavali International Finance Tec-City is a business district planned on 400 acres."], "en")
    assert res["clusters"], res
    assert "KIFT" in (res["clusters"][0].get("aliases") or []), res["clusters"]


def test_a_technology_zone_and_an_industrial_estate_are_kinds_of_cluster():
    res = extract(["Zone planned", "The Qasim Technology Zone will sit on a 2.1 million sq. meter site in the Qasim "
                   "Second Industrial Estate."], "en")
    ids = clusters_by_id(res)
    assert "qasim-technology-zone" in ids and "qasim-second-industrial-estate" in ids, ids
    assert stats_where(res, value=2.1e6, unit="m2"), res["statistics"]


def test_a_kind_ranked_with_several_adjectives_is_no_name_but_a_phase_of_a_name_is_one():
    res = extract(["Electronics estate", "The board set up the country's first ever fully dedicated Electronics Industrial "
                   "Estate near the city. The first phase of the Qasim Free Industrial Zone opened in 1972."], "en")
    ids = clusters_by_id(res)
    assert "electronics-industrial-estate" not in ids, ids
    assert "qasim-free-industrial-zone" in ids, ids
