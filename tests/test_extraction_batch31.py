"""Phrasings met in development batch 31 (a feature on a city's tech association in a port
building, a Korean survey release on a media city, a report section on a Chinese university
science park, a Korean encyclopedia entry on a biomedical research hub), written here in other
words: a gazetteer name written after another city, start-up support and shared equipment put in
new words."""
from tests.helpers import extract, factor_codes


def test_a_gazetteer_name_after_another_city_is_that_citys_cluster():
    res = extract(["Lisbon Tech City gathers 400 digital firms."], "en")
    [c] = res["clusters"]
    assert c["name"] == "Lisbon Tech City" and c["country"] == "PT"


def test_start_up_support_and_shared_equipment_in_new_words():
    base = "Harbourside Works is an innovation campus in Cork."
    for text, code in (("A four-month programme takes early-stage teams to their first customers.", "startup_support"),
                       ("Young companies get desks at a nominal rent.", "startup_support"),
                       ("Hardware teams can use the 3D printers in the basement.", "rd_infrastructure")):
        res = extract([base, text], "en")
        assert factor_codes(res) == {code}, text
    # workshops are also events: 'workshops open to all tenants' claims no equipment
    res = extract([base, "The campus runs workshops open to all tenants."], "en")
    assert "rd_infrastructure" not in factor_codes(res)
