"""Forms met in an English news piece on Pangyo and a Korean piece on Austin's 'Silicon Hills', written here in other
words."""
from tests.helpers import extract, stats_where


def test_a_korean_nickname_built_on_another_places_is_translated_not_romanised():
    res = extract(["텍사스의 새 거점", "미국 텍사스주 오스틴은 '실리콘 힐스'로 불리며 기술 기업들의 새 거점이 되고 있다. "
                                 "오스틴의 기술 분야 일자리는 2022년 기준 18만 개를 넘어섰다."], "ko")
    assert any(c["name_en"] == "Silicon Hills" for c in res["clusters"]), res["clusters"]


def test_a_count_a_verb_of_gain_or_loss_takes_is_a_change():
    res = extract([("heading", "Kestrel Techno Valley"),
                   "Kestrel Techno Valley added 200 companies last year, while the old port district lost about 4,500 ICT jobs."], "en")
    assert stats_where(res, value=200.0)[0]["metric"] == "growth", res["statistics"]
    assert stats_where(res, value=4500.0)[0]["metric"] == "jobs_change", res["statistics"]


def test_a_year_before_the_clauses_subject_dates_the_figure_right_after_it():
    res = extract([("heading", "하람국가산업단지 현황"), "2021년 입주기업은 300개, 같은 해 고용은 2만명이다. 2003년 단지가 460만㎡ 규모로 들어섰다."], "ko")
    dated = {s["value"]: s["period_start"] for s in res["statistics"]}
    assert dated == {300.0: "2021-01-01", 20000.0: "2021-01-01", 4600000.0: None}, res["statistics"]
