"""Forms met reading an encyclopedia entry on an Italian science park, a story on an African start-up city, a
profile of an American medtech association, a Korean feature on a new town designated an innovation city and a
KOTRA brief on a Polish technology park, all written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_citys_tech_scene_is_a_cluster_that_takes_the_figures():
    res = extract([("heading", "Johannesburg's tech scene keeps growing"),
                   "JOHANNESBURG — A survey found 320 tech companies based in the city last year, employing around 9,000 people."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Johannesburg tech scene"], res["clusters"]
    assert stats_where(res, value=320.0)[0]["cluster_id"] == res["clusters"][0]["cluster_id"]


def test_a_region_attracting_venture_funding_is_no_government_support_and_foreign_staff_moving_no_investment():
    res = extract([("heading", "Johannesburg's tech scene keeps growing"),
                   "Nearly half of the country's start-ups are in the province, and the region attracted 40% of its venture funding."], "en")
    assert "government_support" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Johannesburg's tech scene keeps growing"),
                   "The city's beaches make it easier to persuade foreign staff to move there."], "en")
    assert "investment_attraction" not in factor_codes(res), res["success_factors"]


def test_large_anchors_named_are_anchor_firms():
    res = extract([("heading", "Prairie Medtech Alley"), "Prairie Medtech Alley is a cluster in Omaha, Nebraska.",
                   "Large anchors such as two device makers and a health insurer sit alongside hundreds of smaller suppliers."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_a_name_in_latin_letters_with_accents_in_brackets_is_the_clusters_name():
    res = extract([("heading", "폴란드 투자 동향"), "□ 브로츠와프 기술단지(Wrocławski Park Technologiczny) 개요",
                   "ㅇ 1998년 설립된 기술단지로, 입주 기업은 230여 개사임."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Wrocławski Park Technologiczny"], res["clusters"]
    assert res["clusters"][0]["country"] == "PL"


def test_the_subject_of_a_designation_as_a_kind_of_cluster_is_one():
    res = extract([("heading", "혁신도시 지정 4년"),
                   "충남 홍성에 걸친 가온신도시가 2020년 혁신도시로 지정된 지 4년이 지났다. 가온신도시 인구는 3만 4,500명이다."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Gaon New Town"], res["clusters"]
    assert res["clusters"][0]["country"] == "KR"
    res = extract([("heading", "특구 지정"), "경기도가 이 일대를 연구개발특구로 지정했다."], "ko")
    assert res["clusters"] == [], res["clusters"]
