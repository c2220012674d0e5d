"""Phrasings met in development batches 21 and 22 (claim-rich features and profiles; English
releases about sites whose names have no head noun), written here in other words: a university
turning out a stream of developers, investors taking stakes, a large firm as a venture's first
investor, people trained (길러 내는), and names known only by what happens there: headquarters moved
to it, firms supported by it, square feet it occupies, start-ups it houses; a place's possessive
before such a name; an abbreviated and a full name of one site; programmes for founders,
co-op students, a few minutes' walk from universities, 'at the end of the year'."""
from tests.helpers import clusters_by_id, extract, factor_codes, stats_where


def test_claims_about_people_and_money_in_new_words():
    res = extract(["Kennispark Twente lies on the edge of Enschede.",
                   "The university turns out a steady stream of developers for the park's firms.",
                   "A provincial fund takes early stakes in spin-offs from the campus."], "en")
    assert {"talent", "access_to_capital"} <= factor_codes(res)
    res = extract(["바이오밸리는 바젤을 중심으로 한 생명과학 클러스터다.",
                   "대형 제약사가 바이오 벤처의 첫 고객이자 투자자 역할을 한다."], "ko")
    assert "access_to_capital" in factor_codes(res)


def test_people_trained_each_year_are_trainees():
    res = extract(["탕정 디스플레이 단지는 아산에 있다.", "도는 공정 인력을 해마다 300명씩 길러 내고 있다."], "ko")
    assert stats_where(res, value=300)[0]["metric"] == "students"


def test_a_site_without_a_head_noun_is_found_by_what_happens_there():
    res = extract([("heading", "Insurer opens headquarters in Midtown's Innovation Row"),
                   "BOSTON, March 3, 2022 — The insurer opened its new headquarters in Innovation Row, the mixed-use "
                   "district beside the university. Innovation Row now houses some 60 start-ups.",
                   "Companies supported by Harbour Labs District raised $400 million in 2021."], "en")
    ids = set(clusters_by_id(res))
    assert "innovation-row" in ids and "harbour-labs-district" in ids, ids
    assert stats_where(res, value=60)[0]["cluster_id"] == "innovation-row"
    # a firm that employs people is no site
    res = extract(["Acme Robotics Corporation employs 300 engineers in Boston."], "en")
    assert not res["clusters"]


def test_an_abbreviated_and_a_full_name_are_one_site():
    res = extract(["Firms moved their headquarters to Technology Plaza in 2015.",
                   "Tech Plaza now houses some 40 start-ups."], "en")
    cs = clusters_by_id(res)
    assert len(cs) == 1, cs
    (c,) = cs.values()
    assert c["name"] == "Technology Plaza" and "Tech Plaza" in c["aliases"]


def test_founders_programmes_students_and_a_walk_to_universities():
    res = extract(["Companies supported by Harbour Labs District raised $400 million in 2021.",
                   "Harbour Labs District runs advisory programmes for founders.",
                   "Its ventures sit a few minutes' walk from two universities, and firms hire co-op students there."], "en")
    assert {"startup_support", "industry_academia", "talent"} <= factor_codes(res)


def test_at_the_end_of_the_year_takes_the_year_before():
    res = extract(["Companies supported by Harbour Labs District raised $400 million in 2021.",
                   "They employed about 5,000 people at the end of the year."], "en")
    assert stats_where(res, value=5000)[0]["period_start"] == "2021-01-01"


def test_the_headline_subject_when_no_rule_finds_a_cluster():
    res = extract([("heading", "Harbour Labs reports a record year"),
                   "Harbour Labs counted 140 resident firms in 2022.", "Firms at Harbour Labs raised $90 million."], "en")
    (c,) = res["clusters"]
    assert c["name"] == "Harbour Labs"
    assert {s["cluster_id"] for s in res["statistics"]} == {c["cluster_id"]}
    # not a firm, a person quoted, nor a place
    for paras in ([("heading", "Acme Robotics Inc. posts record sales"), "Acme Robotics Inc. sold 300 robots.",
                   "Acme Robotics Inc. hired 50 engineers."],
                  [("heading", "Jane Moreau on the new plant"), "Jane Moreau said 200 jobs would follow.",
                   "Jane Moreau said the plant opens in May."],
                  [("heading", "New Mexico grows its tech jobs"), "New Mexico added 2,000 tech jobs.",
                   "New Mexico now counts 300 tech firms."]):
        assert not extract(paras, "en")["clusters"], paras
