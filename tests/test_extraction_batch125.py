"""Forms met reading encyclopedia entries on a Taiwanese science park, in English with an infobox and in Korean with a
table, and a Korean note on a free economic zone, written here in other words."""
from pipeline.parse import parse_file
from tests.helpers import extract, factor_codes, stats_where


def _published(path, text):
    path.write_text(text, encoding="utf-8")
    return parse_file(path, path.name).metadata.get("published") or ""


def test_an_infoboxs_founding_date_is_not_the_documents_date(tmp_path):
    published = _published(tmp_path / "entry.txt", "Ostrava Science Park\n\nOstrava Science Park\nType | Science park\n"
                           "Established | 15 December 1980\nTenants | 600+ companies\n\n"
                           "Ostrava Science Park is a science park established by the city on 15 December 1980.\n")
    assert not published.startswith("1980"), published


def test_a_korean_tables_founding_date_is_not_the_documents_date(tmp_path):
    published = _published(tmp_path / "entry.txt", "신주과학공업원구\n\n신주과학공업원구는 대만의 과학단지이다.\n\n"
                           "| 설립 | 1980년 12월 15일 |\n| 입주기업 | 600여 개 |\n")
    assert not published.startswith("1980"), published


def test_a_korean_table_rows_label_names_its_value():
    res = extract([("heading", "신주과학공업원구"), "신주과학공업원구는 대만의 과학단지이다.",
                   "| 입주기업 | 600여 개 |", "| 매출 | 1조6천억 대만달러 (2022년) |"], "ko")
    (firms,) = stats_where(res, value=600.0)
    assert firms["metric"] == "companies", firms
    (sales,) = stats_where(res, value=1.6e12)
    assert sales["metric"] == "revenue", sales


def test_a_cluster_named_only_as_a_yardstick_is_not_listed():
    res = extract([("heading", "신주"), "신주과학공업원구는 대만의 과학단지이다.", "대만 정부가 미국 실리콘밸리를 본떠 조성했다."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Hsinchu Science Park"], res["clusters"]


def test_named_firms_and_many_more_are_anchor_firms():
    res = extract([("heading", "Hsinchu"), "Hsinchu Science Park is a science park in Taiwan.",
                   "It is home to Taiwan Semiconductor Manufacturing Company (TSMC), United Microelectronics Corporation "
                   "and many other semiconductor firms."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_the_sites_a_park_spans_are_its_parts():
    res = extract([("heading", "Hsinchu Science Park"), "Hsinchu Science Park is a science park in Taiwan.",
                   "The park spans six sites: Hsinchu, Jhunan, Tongluo, Longtan, Yilan and the Biomedical Park."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Hsinchu Science Park"], res["clusters"]


def test_an_amount_with_its_scale_is_dated_by_the_year_in_brackets_after_it():
    res = extract([("heading", "Hsinchu Science Park"), "Hsinchu Science Park", "Revenue | NT$1.6 trillion (2022)"], "en")
    (s,) = stats_where(res, value=1.6e12)
    assert s["period_start"] == "2022-01-01", s
