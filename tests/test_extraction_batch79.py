"""Forms met in a Korean survey release on a city's tech district and a piece on Harwell, written here in other words."""
from tests.helpers import extract, stats_where


def test_the_same_span_dates_neither_a_figure_a_relative_year_dates_nor_either_end_of_a_change():
    res = extract([("heading", "하람알파시티 입주기업 실태조사"),
                   "입주기업 수는 2019년 41개에서 지난해 말 128개로 3배 이상 늘었으며, 같은 기간 종사자는 1,020명에서 3,450명으로 증가했다."], "ko")
    dated = {s["value"]: s["period_start"] for s in res["statistics"]}
    assert dated == {41.0: "2019-01-01", 128.0: None, 1020.0: None, 3450.0: None}, res["statistics"]


def test_the_same_year_still_dates_what_follows_it():
    res = extract([("heading", "하람국가산업단지"), "2020년 하람국가산업단지의 매출은 3조원이었다. 같은 해 수출은 1조원이었다."], "ko")
    assert stats_where(res, value=1000000000000.0)[0]["period_start"] == "2020-01-01", res["statistics"]


def test_a_loanword_in_a_korean_name_is_translated():
    res = extract([("heading", "하람알파시티 입주기업 실태조사"), "대구시는 하람알파시티 입주기업 128개사를 대상으로 조사를 실시했다."], "ko")
    assert any(c["name_en"] == "Haram Alpha City" for c in res["clusters"]), res["clusters"]
