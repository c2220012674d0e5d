"""Forms met in the twelfth read (three Korean releases on an enterprise city and a high-tech complex
beside it, an English profile of a college's science park and its extension, an encyclopedia entry
on a science park of two sites), written here in other words: an enterprise city as a kind of
cluster, two parks of one kind named by words of their own, and two names joined by 'and'."""
from tests.helpers import clusters_by_id, extract, stats_where


def test_an_enterprise_city_is_a_cluster_named_in_english_as_one():
    res = extract(["가람기업도시 분양 개시",
                   "가람기업도시는 2030년까지 인구 1만8천명 규모로 조성되며, 산업용지 분양률은 64%다."], "ko")
    found = [c for c in res["clusters"] if c["name_ko"] == "가람기업도시"]
    assert found and found[0]["name_en"] == "Garam Enterprise City", res["clusters"]
    assert stats_where(res, value=64.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_a_park_named_by_a_place_is_not_another_park_of_that_kind_placed_there():
    res = extract(["Business Innovation",
                   "The Ashdown Science Park will extend the existing Science Park in Oxford. "
                   "The existing Oxford Science Park is run by a college. Set within 60 acres of grounds, "
                   "Oxford Science Park houses 80 companies."], "en")
    ids = clusters_by_id(res)
    assert "oxford-science-park" in ids and "ashdown-science-park" in ids, res["clusters"]
    assert stats_where(res, value=80.0)[0]["cluster_id"] == "oxford-science-park", res["statistics"]


def test_two_parks_of_one_kind_joined_by_and_are_both_named():
    res = extract(["Southern Science Park",
                   "The Southern Science Park consists of Tainan Science Park and Kaohsiung Science Park, "
                   "covering 2,100 acres and 900 acres, respectively."], "en")
    ids = clusters_by_id(res)
    assert "tainan-science-park" in ids and "kaohsiung-science-park" in ids, res["clusters"]
    areas = sorted(stats_where(res, metric="area"), key=lambda r: -r["value"])
    assert [r["cluster_id"] for r in areas] == ["tainan-science-park", "kaohsiung-science-park"], res["statistics"]


def test_a_joint_ventures_money_is_no_venture_capital():
    res = extract(["Hanbit battery complex", "A chemical maker plans a 0.9 trillion won joint venture investment "
                   "in the Hanbit Industrial Complex."], "en")
    money = stats_where(res, value=9e11)
    assert money and money[0]["metric"] == "investment", res["statistics"]


def test_a_figure_before_a_bracket_of_two_levels_is_the_change_between_them():
    res = extract(["전국 산업단지 통계",
                   "최근 5년간 업체수 1만 2000여개(8만 1000개사→9만 3050개사), 생산 140조원(900조원→1040조원)으로 증가했다."], "ko")
    firms = stats_where(res, value=12000.0)
    assert firms and firms[0]["metric"] == "growth", res["statistics"]
    output = stats_where(res, value=1.4e14)
    assert output and output[0]["metric"] == "growth", res["statistics"]
    assert stats_where(res, value=93050.0)[0]["metric"] == "companies", res["statistics"]
