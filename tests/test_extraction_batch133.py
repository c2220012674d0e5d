"""Forms met reading a Korean story on a biologics cluster, a Korean report on a Gulf technology free zone and a feature
on a Massachusetts biotech district, written here in other words."""
from tests.helpers import extract, factor_codes


def _stat(res, value):
    return next((s for s in res["statistics"] if abs(s["value"] - value) < 1), None)


def test_a_million_written_with_a_is_a_number_before_its_scale():
    res = extract([("heading", "Kendall Square"), "Kendall Square is a district in Cambridge, Massachusetts.",
                   "The park has half a million square feet of labs, and MIT plans close to a million square feet more."], "en")
    assert _stat(res, 46451.52)["metric"] == "area" and _stat(res, 92903.04)["metric"] == "area", res["statistics"]
    # (not a word before a hyphenated scale: 'a billion-dollar company')
    res = extract([("heading", "Kendall Square"), "Kendall Square is a district in Cambridge, Massachusetts.",
                   "Moderna became a billion-dollar company there."], "en")
    assert res["statistics"] == [], res["statistics"]


def test_money_spent_on_buildings_is_investment():
    res = extract([("heading", "Kendall Square"), "Kendall Square is a district in Cambridge, Massachusetts.",
                   "MIT is now spending about $1.2 billion on six new commercial buildings."], "en")
    assert _stat(res, 1.2e9)["metric"] == "investment", res["statistics"]


def test_a_town_named_once_with_its_state_is_that_town_in_other_names():
    res = extract([("heading", "The most innovative square mile"),
                   "Kendall Square, in Cambridge, Massachusetts, is a biotech district.",
                   "In the 1990s an MIT graduate opened the Cambridge Innovation Center in a university-owned building."], "en")
    assert {c["cluster_id"]: c["country"] for c in res["clusters"]}.get("cambridge-innovation-center") == "US", res["clusters"]


def test_the_square_refers_back_to_the_square_named_before():
    res = extract([("heading", "The most innovative square mile"),
                   "Kendall Square, in Cambridge, Massachusetts, is a biotech district.",
                   "In the 1990s an MIT graduate opened the Cambridge Innovation Center in a university-owned building.",
                   "MIT is now spending about $1.2 billion on six new buildings in the heart of the square. Researchers who "
                   "have worked there say large and small biotech firms sit next to MIT laboratories."], "en")
    owners = {f["cluster_id"] for f in res["success_factors"] if f["factor"] == "industry_academia"}
    assert owners == {"kendall-square"}, res["success_factors"]


def test_a_korean_town_district_before_a_kind_is_the_town():
    res = extract([("heading", "송도 생산능력"), "인천경제자유구역청은 송도국제도시 바이오클러스터의 생산능력이 늘었다고 밝혔다."], "ko")
    assert [c["cluster_id"] for c in res["clusters"]] == ["songdo-bio"], res["clusters"]
