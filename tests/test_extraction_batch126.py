"""Forms met reading a feature comparing three European science parks and a wire story on a Korean chip complex,
written here in other words."""
from pipeline.parse import parse_file
from tests.helpers import extract, factor_codes


def test_a_difficulty_named_before_a_colon_makes_what_follows_no_factor():
    res = extract([("heading", "Three science cities"), "Sophia Antipolis hosts about 2,500 companies.",
                   "All three face the same problem: housing near the parks has become expensive, and younger staff "
                   "increasingly commute from far away."], "en")
    assert "location_connectivity" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Three science cities"), "Sophia Antipolis hosts about 2,500 companies.",
                   "Staff can commute from Nice by a direct rail link."], "en")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_a_month_and_year_inside_an_english_sentence_is_not_the_documents_date(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Seoul fast-tracks Yongin chip complex\n\nSEOUL, Dec. 26 (Yonhap) -- The government designated the "
                    "cluster as a national industrial complex.\n\nConstruction is now due to begin in December 2026, rather "
                    "than June 2030 as first planned.\n", encoding="utf-8")
    assert parse_file(path, path.name).metadata.get("published") is None
    path.write_text("Yongin chip complex\n\nPublished June 2023\n\nThe government designated the cluster.\n", encoding="utf-8")
    assert parse_file(path, path.name).metadata.get("published") == "2023-06"


def test_money_a_building_is_done_for_is_investment():
    from tests.helpers import stats_where
    res = extract([("heading", "Yongin"), "The Yongin semiconductor cluster is in Korea.",
                   "SK hynix is building up to four fabs there for 120 trillion won."], "en")
    (s,) = stats_where(res, value=120e12)
    assert s["metric"] == "investment", s
