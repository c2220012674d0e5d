"""Forms met in the twenty-third read (Korean pieces on a city's technopolis and a chipmaker's investment there),
written here in other words: an amount's size word and what follows it."""
from tests.helpers import extract, stats_where


def test_a_size_word_and_a_scale_word_leave_the_money_its_verb():
    res = extract(["청주테크노폴리스", "청주테크노폴리스에 반도체 기업이 15조원 규모의 대규모 투자 계획을 밝혔다."], "ko")
    assert stats_where(res, value=15000000000000.0)[0]["metric"] == "investment", res["statistics"]


def test_the_noun_after_a_size_word_says_what_the_money_is():
    res = extract(["청주테크노폴리스", "청주테크노폴리스 입주기업들은 지난해 4조원 규모의 매출을 올렸다."], "ko")
    assert stats_where(res, value=4000000000000.0)[0]["metric"] == "revenue", res["statistics"]


def test_money_for_a_building_or_project_is_investment():
    res = extract(["청주테크노폴리스", "청주테크노폴리스에 8천억 원 규모의 배터리 소재 생산시설 건립 프로젝트가 확정됐다."], "ko")
    assert stats_where(res, value=800000000000.0)[0]["metric"] == "investment", res["statistics"]


def test_an_areas_size_word_keeps_it_an_area():
    res = extract(["청주테크노폴리스", "청주테크노폴리스에 3만㎡ 규모의 연구 캠퍼스가 들어선다."], "ko")
    assert stats_where(res, value=30000.0)[0]["metric"] == "area", res["statistics"]
