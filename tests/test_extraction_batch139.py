"""Forms met reading a note comparing two state-led technology parks, written here in other words."""
from tests.helpers import extract


def test_a_bare_number_listed_before_a_measured_one_takes_its_unit():
    res = extract([("heading", "Two parks compared"), "Hoa Lac Hi-Tech Park lies near Hanoi; Konza Technopolis lies near Nairobi.",
                   "Hoa Lac and Konza cover 1,586 and 2,000 hectares respectively."], "en")
    areas = {s["cluster_id"]: s["value"] for s in res["statistics"] if s["metric"] == "area"}
    assert areas == {"hoa-lac-hi-tech-park": 15860000.0, "konza-technopolis": 20000000.0}, res["statistics"]


def test_a_country_joined_on_by_and_is_no_part_of_a_name():
    res = extract([("heading", "Two parks compared"), "Hoa Lac Hi-Tech Park is in Vietnam and Konza Technopolis is in Kenya."], "en")
    assert sorted(c["cluster_id"] for c in res["clusters"]) == ["hoa-lac-hi-tech-park", "konza-technopolis"], res["clusters"]


def test_a_cue_named_as_a_concern_is_a_difficulty():
    def claims(sentence):
        from tests.helpers import factor_codes
        return factor_codes(extract([("heading", "Kendall"), "Kendall Square is a district in Cambridge, Massachusetts.", sentence], "en"))
    assert "rd_infrastructure" not in claims("Respondents named the cost of lab space as their top concern.")
    assert "rd_infrastructure" in claims("Firms cite shared labs as a key strength.")
