"""Forms met reading an occupier survey and an encyclopedia entry on two science parks (Berlin, Singapore) and Korean
pieces on the same two, written here in other words."""
from tests.helpers import extract, factor_codes


def _stat(res, value):
    return next((s for s in res["statistics"] if s["value"] == value), None)


def test_a_last_years_amount_in_brackets_with_its_currency_code_is_dated():
    res = extract([("heading", "Adlershof"), "Companies at Adlershof took in more than EUR 4.0 billion in revenue in 2024, "
                   "up 3.5 percent on the year before (2023: EUR 3.9 billion)."], "en")
    last = _stat(res, 3.9e9)
    assert last is not None and last["period_start"] == "2023-01-01", res["statistics"]
    res = extract([("heading", "Biopolis"), "Biopolis cost S$500 million (2004: S$ 400 million)."], "en")
    assert _stat(res, 4e8)["period_start"] == "2004-01-01", res["statistics"]


def test_a_change_verb_ending_the_clause_before_a_share_is_not_its_change():
    res = extract([("heading", "Adlershof"), "About 46 percent of the firms surveyed at Adlershof expect revenue to grow, "
                   "43 percent expect it to hold steady and only 11 percent foresee a decline."], "en")
    assert {s["value"]: s["metric"] for s in res["statistics"]} == {46.0: "share", 43.0: "share", 11.0: "share"}, res["statistics"]
    res = extract([("heading", "Adlershof"), "Revenue at Adlershof grew 43 percent."], "en")
    assert _stat(res, 43.0)["metric"] == "growth", res["statistics"]


def test_the_skills_of_the_staff_are_talent():
    res = extract([("heading", "Adlershof"), "Adlershof is a science park in Berlin.",
                   "Most respondents pointed first to the skills of their own staff."], "en")
    assert "talent" in factor_codes(res), res["success_factors"]


def test_a_park_the_topic_sits_within_is_no_owner_of_the_sentence():
    res = extract([("heading", "Biopolis"), "Biopolis is a research campus in Singapore.",
                   "It sits within the one-north business park, next to the National University of Singapore."], "en")
    owners = {f["cluster_id"] for f in res["success_factors"] if f["factor"] == "industry_academia"}
    assert owners == {"biopolis"}, res["success_factors"]
    res = extract([("heading", "Biopolis"), "Biopolis is a research campus in Singapore.",
                   "Biopolis sits within the one-north business park, next to the National University of Singapore."], "en")
    assert {f["cluster_id"] for f in res["success_factors"]} == {"biopolis"}, res["success_factors"]


def test_science_bodies_counted_in_korean_are_research_institutes():
    res = extract([("heading", "아들러스호프"), "아들러스호프 과학기술단지에는 대학 밖 연구기관 등 과학기관 18곳이 모여 있다."], "ko")
    assert _stat(res, 18.0)["metric"] == "research_institutes", res["statistics"]


def test_a_korean_building_cost_is_investment():
    res = extract([("heading", "싱가포르 바이오폴리스"), "바이오폴리스는 싱가포르의 연구단지다.",
                   "연면적은 18만5천㎡이며 건설비는 약 5억 싱가포르달러가 들었다."], "ko")
    assert _stat(res, 5e8)["metric"] == "investment", res["statistics"]


def test_research_and_industry_inside_one_fence_is_industry_academia():
    res = extract([("heading", "아들러스호프"), "아들러스호프는 베를린의 과학기술단지다.",
                   "성장의 비결로는 연구와 산업이 한 울타리 안에 있다는 점이 첫손에 꼽힌다."], "ko")
    assert "industry_academia" in factor_codes(res), res["success_factors"]
