"""Forms met reading an English profile of a French technology park at fifty, a Korean survey release on two
complexes' bio firms and a Korean news story on a city's finance complex, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_name_that_is_only_a_word_of_a_quoted_phrase_is_no_cluster():
    res = extract([("heading", "Harlow Park at 40"), "Harlow Park is a technology park with 900 companies.",
                   'Its founder wanted a "Latin Quarter in the fields", and the park now spreads over 1,200 hectares.'], "en")
    assert [c["name"] for c in res["clusters"]] == ["Harlow Park"], res["clusters"]


def test_costs_that_deter_engineers_claim_no_talent():
    res = extract([("heading", "Harlow Park"), "Harlow Park is a technology park with 900 companies.",
                   "Executives warn that housing costs deter young engineers."], "en")
    assert "talent" not in factor_codes(res), res["success_factors"]


def test_a_survey_of_the_firms_of_two_complexes_is_of_both():
    res = extract([("heading", "진천·음성 바이오 기업 실태조사"),
                   "충북도가 음성생명과학단지와 진천과학산업단지에 입주한 바이오 기업 200곳을 대상으로 실태조사를 벌인 결과, "
                   "응답 기업의 68.2%가 인력 채용에 어려움을 겪고 있었다."], "ko")
    assert [s["cluster_id"] for s in stats_where(res, value=68.2)] == [None], res["statistics"]


def test_a_city_designated_a_finance_hub_is_government_support():
    res = extract([("heading", "부산 하람금융단지"), "부산 하람금융단지에는 금융회사 40여 곳이 입주해 있다.",
                   "부산시는 2009년 서울 여의도와 함께 금융중심지로 지정된 이후 해양·파생금융 특화를 추진해 왔다."], "ko")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_a_rates_level_a_year_before_in_brackets_is_the_rate():
    res = extract([("heading", "하람국가산단 반등"), "하람국가산업단지의 수출이 늘었다.", "가동률도 83%로 1년 전(76%)보다 올랐다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=76.0)] == ["share"], res["statistics"]


def test_firms_investing_one_after_another_is_investment_attraction():
    res = extract([("heading", "하람국가산단 반등"), "하람국가산업단지의 수출이 늘었다.",
                   "이후 대한소재와 미래정밀이 잇따라 증설 투자를 결정했다."], "ko")
    assert "investment_attraction" in factor_codes(res), res["success_factors"]


def test_a_verb_after_the_plural_noun_counted_ends_its_phrase():
    res = extract([("heading", "Harlow Tech Campus"),
                   "Harlow Tech Campus, where two chipmakers and some 250 other companies share laboratories, is the region's model."], "en")
    assert [s["metric"] for s in stats_where(res, value=250.0)] == ["companies"], res["statistics"]


def test_named_firms_after_and_with_engineering_sites_are_anchors():
    res = extract([("heading", "Harlow TechPark"), "Harlow TechPark is home to 600 companies.",
                   "A search firm chose Harlow for its security centre in 2023, and Contoso, Fabrikam and Northwind have engineering sites in the park."],
                  "en")
    assert {"anchor_firms", "investment_attraction"} <= factor_codes(res), res["success_factors"]


def test_a_relative_clause_after_a_public_body_of_a_place_is_about_the_body():
    res = extract([("heading", "Harlow TechPark"), "Harlow TechPark is home to 600 companies.",
                   "The regional government of Wessex, which founded the park, offers soft loans to start-ups."], "en")
    assert "government_support" in factor_codes(res), res["success_factors"]
