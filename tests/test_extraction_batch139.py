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


def test_a_set_of_the_documents_clusters_hands_its_figures_out_respectively():
    res = extract([("heading", "Two parks"), "Hoa Lac Hi-Tech Park lies near Hanoi; Konza Technopolis lies near Nairobi.",
                   "The two parks employ 13,000 and 1,200 people respectively."], "en")
    assert {s["value"]: s["cluster_id"] for s in res["statistics"]} == {13000.0: "hoa-lac-hi-tech-park", 1200.0: "konza-technopolis"}
    res = extract([("heading", "보스턴과 샌디에이고"), "보스턴 바이오클러스터와 샌디에이고 바이오클러스터는 미국의 대표적인 바이오 클러스터다.",
                   "두 클러스터의 바이오 기업 수는 각각 1,000개와 1,200개다."], "ko")
    owners = {s["value"]: s["cluster_id"] for s in res["statistics"]}
    assert owners[1000.0] != owners[1200.0] and None not in owners.values(), res["statistics"]
