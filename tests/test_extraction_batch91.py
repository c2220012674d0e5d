"""Footnotes at a page's foot that date the figures their marks follow (a Korean regional brief and an English
profile, rendered here as PDFs), and an English table of parks whose headers give counts in thousands and shares
of a measure, written here in other words."""
from tests.helpers import extract, extract_table, stats_where


def test_a_footnote_saying_only_a_date_dates_the_figure_its_mark_follows():
    res = extract([("heading", "누리바이오밸리 입주기업 현황"),
                   "누리바이오밸리의 입주기업은 188개로¹⁾ 2년 전보다 27개 늘었다. 입주기업의 연간 매출은 9,340억원으로 집계됐다.²⁾",
                   "종사자는 4,120명이다.", "1) 2024년 6월 말 기준", "2) 2023년 회계연도 기준, 입주기업 자체 보고 자료"], "ko")
    assert stats_where(res, value=188.0)[0]["period_start"] == "2024-06-01", res["statistics"]
    # (a mark closing a sentence dates every figure in it; the figures of other sentences stay undated)
    assert stats_where(res, value=934000000000.0)[0]["period_start"] == "2023-01-01", res["statistics"]
    assert stats_where(res, value=4120.0)[0]["period_start"] is None, res["statistics"]
    assert stats_where(res, value=27.0)[0]["period_start"] is None, res["statistics"]


def test_an_english_superscript_mark_and_its_note():
    res = extract([("heading", "Kelbridge Science Park"), "Kelbridge Science Park houses 1,200 firms.³ Its tenants employ 14,000 people.",
                   "³ As of June 2024."], "en")
    assert stats_where(res, value=1200.0)[0]["period_start"] == "2024-06-01", res["statistics"]
    assert stats_where(res, value=14000.0)[0]["period_start"] is None, res["statistics"]
    # (a note that says more than a date dates nothing)
    res = extract([("heading", "Kelbridge Science Park"), "Kelbridge Science Park houses 1,200 firms.³", "³ Survey of tenants, 2024 edition."], "en")
    assert stats_where(res, value=1200.0)[0]["period_start"] is None, res["statistics"]


def test_a_header_in_thousands_scales_its_counts_and_a_percent_of_a_measure_is_its_share():
    res, _ = extract_table([["Cluster", "Employees ('000)", "R&D spend (% of revenue)", "Occupancy (%)"],
                            ["Lindmoor Science Park", "12.4", "7.2", "91"], ["Kelbridge Technology Park", "8.1", "5.5", "88"]],
                           "en", "Table 3. Parks compared (2022)")
    assert sorted(s["value"] for s in stats_where(res, metric="employees")) == [8100.0, 12400.0], res["statistics"]
    assert {s["metric_label"] for s in stats_where(res, unit="percent")} == {"R&D spending (share)", "occupancy rate"}, res["statistics"]
