"""Forms met in the twenty-first read (an agency's pages and an encyclopedia entry on a Taiwanese science park),
written here in other words: a date 'as of the end of' a year, and a count of firms coordinated with a count of
another kind."""
from tests.helpers import extract, stats_where


def test_as_of_the_end_of_a_year_dates_the_figures_after_it():
    res = extract(["Tainan park", "As of the end of 2015, 140 firms had applied to set up in the Tainan Science Park."], "en")
    row = stats_where(res, value=140.0)[0]
    assert (row["period_start"], row["period_end"]) == ("2015-01-01", "2015-12-31"), row


def test_firms_counted_beside_another_kind_stay_firms():
    res = extract(["Tainan Science Park", "In the Tainan Science Park, 75 firms and another nine research institutes "
                   "and incubators were running."], "en")
    assert stats_where(res, value=75.0)[0]["metric"] == "companies", res["statistics"]


def test_initials_written_after_an_english_name_in_brackets_are_another_name():
    res = extract(["항만과학단지", "부산의 항만과학단지(Harbor Science Park HSP)는 해양 연구의 중심이다. HSP에는 기업 80곳이 있다."], "ko")
    found = [c for c in res["clusters"] if c["name_en"] == "Harbor Science Park"]
    assert found and "HSP" in found[0]["aliases"], res["clusters"]
    assert stats_where(res, value=80.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_a_cluster_a_sentence_likens_another_to_is_not_what_follows_is_about():
    res = extract(["항만과학단지",
                   "실리콘밸리가 벤처의 요람으로 이름 높듯 해양 연구에서 손꼽히는 곳이 부산의 항만과학단지(Harbor Science Park)다. "
                   "현재 80개에 이르는 기업이 몰려 있다."], "ko")
    harbor = [c["cluster_id"] for c in res["clusters"] if c["name_en"] == "Harbor Science Park"]
    assert harbor and stats_where(res, value=80.0)[0]["cluster_id"] == harbor[0], res["statistics"]
