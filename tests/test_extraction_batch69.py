"""Forms met in the thirty-seventh read (Turkish pieces on the technoparks of Istanbul and Izmir and on the country's
technoparks as a whole; a Korean piece on an innovation city's relocated public bodies), written here in other words:
a nation's adjective before a kind names no cluster; a place and a one-word name, in either order and either spelling,
name one park."""
from tests.helpers import extract, stats_where


def test_a_nations_adjective_before_a_kind_names_no_cluster_and_turkish_cities_are_places():
    res = extract(["Ankara park exports grow", "The park in Ankara provided $40 million of export support during the five "
                                               "years it served the Turkish innovation ecosystem. Technopark Ankara hosts 200 firms."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Technopark Ankara"], res["clusters"]
    assert res["clusters"][0]["country"] == "TR" and res["clusters"][0]["region"] == "Ankara", res["clusters"]


def test_a_place_and_a_one_word_name_in_either_order_and_spelling_name_one_park():
    res = extract(["Izmir Technopark grows", "Izmir Technopark houses over 150 firms. Teknopark Izmir is home to more than "
                                             "150 companies in software and energy."], "en")
    assert len(res["clusters"]) == 1, res["clusters"]


def test_an_adverb_opening_a_sentence_is_no_name():
    res = extract(["Where business grows", "Accordingly, the government has established six free economic zones across "
                                           "the country. These include tax incentives and cash grants."], "en")
    assert not res["clusters"], res["clusters"]


def test_a_name_with_a_word_inside_is_the_same_zone_and_money_attracted_is_investment():
    res = extract(["Interview: Commissioner of the Suncheon Bay Area Free Economic Zone Authority",
                   "The Suncheon Bay Free Economic Zone has attracted a total of 4.2 trillion won worth of investments from "
                   "about 60 companies. It has attracted total 1.9 trillion won from 25 foreign investors."], "en")
    assert len(res["clusters"]) == 1 and res["clusters"][0]["name_en"] == "Suncheon Bay Area Free Economic Zone", res["clusters"]
    assert {s["metric"] for s in stats_where(res, unit="KRW")} == {"investment"}, res["statistics"]


def test_tenge_are_kazakh_money():
    res = extract(["Steppe Hub", "Through its programmes 40 start-ups were supported and more than 150 million tenge was "
                                 "attracted to Steppe Hub."], "en")
    assert stats_where(res, unit="KZT"), res["statistics"]
