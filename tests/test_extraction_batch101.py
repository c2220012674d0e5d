"""Forms met reading an English agency profile of a US research park, a Korean survey of a national complex, an
English news story on a university city's cluster and a Korean story on a bio district, written here in other
words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_word_opening_the_sentence_is_no_part_of_the_name_after_it():
    res = extract([("heading", "About Harlow Research Park"), "Harlow Research Park (HRP) is one of the largest research parks.",
                   "Today HRP is home to more than 375 companies, including Contoso, Fabrikam and Northwind."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Harlow Research Park"], res["clusters"]
    assert [s["cluster_id"] for s in stats_where(res, value=375.0)] == [res["clusters"][0]["cluster_id"]], res["statistics"]


def test_a_ratio_said_with_times_after_a_copula_is_no_count():
    res = extract([("heading", "Harlow cluster"), "The Harlow technology cluster numbers 5,700 companies.",
                   "The average house price in Harlow is more than 12 times average earnings."], "en")
    assert not stats_where(res, value=12.0), res["statistics"]


def test_congested_links_are_a_difficulty():
    res = extract([("heading", "Harlow cluster"), "The Harlow technology cluster numbers 5,700 companies.",
                   "Business leaders say the region's roads and rail links are congested."], "en")
    assert "location_connectivity" not in factor_codes(res), res["success_factors"]


def test_coordinated_kinds_name_the_count_only_when_the_first_has_none_of_its_own():
    res = extract([("heading", "하람 산단"), "하람 산단에는 이미 6개 국책기관과 바이오 기업 300여 곳이 자리 잡고 있다.",
                   "하람 산단에는 기업 및 연구기관 128곳이 있다."], "ko")
    assert [s["metric"] for s in stats_where(res, value=300.0)] == ["companies"], res["statistics"]
    assert [s["metric"] for s in stats_where(res, value=128.0)] == ["companies"], res["statistics"]


def test_a_one_word_name_holding_its_head_before_its_kind_is_the_name():
    res = extract([("heading", "Vaccines in Harlow"), "Today the Harlobiopôle competitiveness cluster counts some 270 members."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Harlobiopôle"], res["clusters"]


def test_projects_worth_a_total_are_investment():
    res = extract([("heading", "Harlow Science Park"), "Harlow Science Park hosts 300 companies.",
                   "Regional authorities have co-financed more than 500 research projects since 2005, worth a total of €1.3 billion."], "en")
    assert [s["metric"] for s in stats_where(res, unit="EUR")] == ["investment"], res["statistics"]


def test_ringgit_written_rm_is_money():
    res = extract([("heading", "Harlow chip corridor"), "The Harlow Free Industrial Zone is the heart of the industry.",
                   "The state approved RM16.5 billion of manufacturing investment in the zone this year."], "en")
    assert [s["unit"] for s in stats_where(res, value=16500000000.0)] == ["MYR"], res["statistics"]
