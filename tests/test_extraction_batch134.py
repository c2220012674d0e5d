"""Forms met reading a wire story and a Korean story setting a Rwandan technology city against a Kenyan one, written here
in other words."""
from tests.helpers import extract, factor_codes

_LEAD = "KIGALI, Sept. 11, 2024 — Rwanda has started building Kigali Innovation City (KIC), a 61-hectare technology district."
_KONZA = "Konza Technopolis, announced in 2008 on 2,000 hectares some 60 kilometres south-east of Nairobi, has absorbed " \
         "about $800 million in public money."


def _stat(res, value):
    return next((s for s in res["statistics"] if abs(s["value"] - value) < 1), None)


def test_a_capitalised_word_before_a_common_noun_after_in_is_no_place_of_its_own():
    res = extract([("heading", "Rwanda breaks ground on its tech city"), _LEAD,
                   "Officials expect KIC to generate $150 million a year in ICT exports.", _KONZA], "en")
    assert _stat(res, 1.5e8)["cluster_id"] == "kigali-innovation-city", res["statistics"]


def test_a_headline_cluster_named_only_in_its_foil_clause_is_not_the_topic():
    res = extract([("heading", "Rwanda breaks ground on its tech city as Kenya's Konza waits"), _LEAD,
                   "Four universities are to give the district a steady supply of technical graduates.", _KONZA], "en")
    assert {f["cluster_id"] for f in res["success_factors"] if f["factor"] == "talent"} == {"kigali-innovation-city"}, \
        res["success_factors"]
    # (and the country owning the name is its own, not the country the headline names first)
    assert {c["cluster_id"]: c["country"] for c in res["clusters"]}["konza-technopolis"] == "KE", res["clusters"]


def test_an_announcement_year_does_not_date_the_site_and_public_money_is_investment():
    res = extract([("heading", "Kenya's tech city waits"), _KONZA, "The first phase is budgeted at about $300 million."], "en")
    area = _stat(res, 2e7)
    assert area is not None and area["period_start"] is None, res["statistics"]
    assert _stat(res, 8e8)["metric"] == "investment" and _stat(res, 3e8)["metric"] == "investment", res["statistics"]


def test_a_government_providing_land_and_paying_for_roads_is_government_support():
    res = extract([("heading", "Rwanda breaks ground"), _LEAD,
                   "The government is providing the land and paying for roads, power and water connections."], "en")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_a_region_of_the_worlds_likeness_of_a_famous_cluster_is_no_cluster():
    res = extract([("heading", "르완다, '아프리카 실리콘밸리' 키갈리 이노베이션시티 착공"),
                   "르완다 정부가 수도 키갈리의 경제특구 안에 61헥타르 규모의 기술 단지인 '키갈리 이노베이션시티(KIC)' 건설에 들어갔다."], "ko")
    assert [c["cluster_id"] for c in res["clusters"]] == ["kigali-innovation-city"], res["clusters"]
    res = extract([("heading", "Kigali's bet"), "Kigali Innovation City, billed as Africa's Silicon Valley, covers 61 hectares."], "en")
    assert [(c["cluster_id"], c["country"]) for c in res["clusters"]] == [("kigali-innovation-city", "RW")], res["clusters"]


def test_korean_jobs_made_past_a_threshold_word_are_jobs_created_and_public_funds_are_investment():
    res = extract([("heading", "키갈리 이노베이션시티"), "키갈리 이노베이션시티(KIC)는 르완다의 기술 단지다.",
                   "르완다 정부는 KIC가 5만 개 이상의 일자리를 만들 것으로 기대한다.",
                   "케냐의 콘자 테크노폴리스에는 8억 달러가량의 공공 자금이 투입됐다."], "ko")
    assert _stat(res, 50000)["metric"] == "jobs_change", res["statistics"]
    assert _stat(res, 8e8)["metric"] == "investment", res["statistics"]


def test_a_field_label_listing_several_nouns_takes_the_first_it_knows():
    # (an agency's key-facts list on a Dutch research campus)
    res = extract([("heading", "High Tech Campus Eindhoven"), "High Tech Campus Eindhoven is a campus in Eindhoven.",
                   "• Researchers, developers and entrepreneurs: over 12,000, of 85 nationalities"], "en")
    assert _stat(res, 12000)["metric"] == "researchers", res["statistics"]
