"""Forms met reading a feature on a Lagos start-up neighbourhood, a feature on the Thames Valley corridor and a Korean
story on a Daegu ICT complex, all written here in other words."""
from tests.helpers import cluster_ids as _ids, extract, factor_codes


def test_a_hub_the_text_says_is_an_incubator_is_no_cluster():
    res = extract([("heading", "How a Lagos neighbourhood became Nigeria's start-up capital"),
                   "Today the mainland neighbourhood, nicknamed \"Yabacon Valley\", is where Nigeria's start-ups began.",
                   "The Co-Creation Hub opened on six floors of an office block in 2011 and became the country's first technology incubator."], "en")
    assert _ids(res) == {"yabacon-valley"}, res["clusters"]
    assert "startup_support" in factor_codes(res)


def test_an_institutions_park_is_not_named_after_its_town():
    res = extract([("heading", "Thames Valley tech corridor"),
                   "READING, England — Stretching west from London, the Thames Valley has long been a hub of technology employers.",
                   "The University of Reading's science park supplies graduates."], "en")
    assert not any("reading" in i for i in _ids(res)), res["clusters"]


def test_problems_brought_are_no_collaboration_and_firms_moving_out_attract_nothing():
    head = "Yaba is a technology hub in Lagos, nicknamed Yabacon Valley."

    def codes(sentence):
        return factor_codes(extract([("heading", "Yaba"), head, sentence], "en"))
    assert "collaboration_network" not in codes("Growth has brought problems.")
    assert "investment_attraction" not in codes("Two of its most successful companies moved out to larger offices elsewhere in the city.")
    assert "government_support" in codes("A fibre-optic ring laid by the state government brought fast internet to the area.")
    assert "collaboration_network" in codes("Companies bring a technical headache and others help crack it.")


def test_among_them_takes_the_date_of_figures_not_of_an_event_and_an_innovation_district_is_no_new_area():
    res = extract([("heading", "쑤저우공업원구, 바이오 산업으로 체질 전환"),
                   "쑤저우공업원구(SIP)는 1994년 중국과 싱가포르 정부가 공동으로 개발한 산업단지다. 총면적은 278㎢로, 이 가운데 협력구역이 80㎢를 차지한다.",
                   "시자오후 과학교육혁신구에는 30여 개 대학과 연구기관이 모여 있다."], "ko")
    periods = {s["value"]: s["period_start"] for s in res["statistics"]}
    assert periods.get(278000000.0) is None and periods.get(80000000.0) is None, res["statistics"]
    names = {c["name_en"] for c in res["clusters"]}
    assert any(n.endswith("Innovation District") for n in names) and not any("New Area" in n for n in names), names
    res = extract([("heading", "마곡"), "마곡산업단지의 2022년 입주기업은 146개다.", "이 가운데 대기업은 46곳이다."], "ko")
    assert {s["value"]: s["period_start"] for s in res["statistics"]}.get(46.0) == "2022-01-01", res["statistics"]


def test_a_year_ended_with_figures_dates_them_and_spun_out_start_ups_are_industry_academia():
    res = extract([("heading", "Sophia Antipolis posts record employment"),
                   "Sophia Antipolis, the technology park between Nice and Cannes, ended 2024 with 2,580 companies and 40,000 direct jobs.",
                   "The agency credited its start-ups spun out of Inria and the university."], "en")
    periods = {s["value"]: s["period_start"] for s in res["statistics"]}
    assert periods.get(2580.0) == "2024-01-01" and periods.get(40000.0) == "2024-01-01", res["statistics"]
    assert "industry_academia" in factor_codes(res), res["success_factors"]
