"""Forms met in the twenty-seventh read (Gulf pieces on an eco-city's free zone, a Korean piece on two complexes of
one province, a foreign investment zone's release, a survey of science parks), written here in other words: the
mention of a cluster nearest a figure decides its list, a cluster in the genitive owning the clause's subject owns
its figure, 'respectively' hands figures to clusters named in separate clauses, free zones and foreign
investment zones are kinds of cluster, a newspaper is no headline's subject, and firms a questionnaire went to are
what the study examined."""
from tests.helpers import extract, stats_where


def _id(res, ko=None, en=None):
    return next(c["cluster_id"] for c in res["clusters"] if (ko and (c["name_ko"] or "").replace(" ", "") == ko)
                or (en and c["name_en"] == en))


def test_a_cluster_named_again_after_a_list_owns_the_figure_alone():
    res = extract(["산단 실적", "도에 따르면 구미국가산업단지와 김천일반산업단지의 실적을 점검한 결과, 김천일반산업단지의 "
                                "상반기 생산액이 8,210억원을 기록했다."], "ko")
    money = stats_where(res, value=821000000000.0)
    assert money and money[0]["cluster_id"] == _id(res, ko="김천일반산업단지"), res["statistics"]


def test_a_cluster_in_the_genitive_owning_the_clauses_subject_owns_its_figures():
    res = extract(["산단 수출", "구미국가산업단지는 수출이 12% 늘었고 김천일반산업단지의 수출실적은 3억 달러로 21.5% 뛰었다."], "ko")
    gimcheon = _id(res, ko="김천일반산업단지")
    assert stats_where(res, value=300000000.0)[0]["cluster_id"] == gimcheon, res["statistics"]
    jumped = stats_where(res, value=21.5)
    assert jumped and jumped[0]["cluster_id"] == gimcheon and jumped[0]["metric"] == "growth", res["statistics"]


def test_respectively_hands_figures_to_clusters_named_in_separate_clauses():
    res = extract(["산단 고용", "구미국가산업단지가 8만 명을 고용하고 있고 김천일반산업단지가 9천 명을 고용하면서 "
                                "각각 2.1%와 6.4% 증가했다."], "ko")
    assert stats_where(res, value=2.1)[0]["cluster_id"] == _id(res, ko="구미국가산업단지"), res["statistics"]
    assert stats_where(res, value=6.4)[0]["cluster_id"] == _id(res, ko="김천일반산업단지"), res["statistics"]


def test_a_foreign_investment_zone_is_a_cluster_and_its_short_form_the_same():
    res = extract(["외투지역 현황", "진천외국인투자지역에는 9개의 첨단기업이 입주해 있다. 진천외투지역의 면적은 40만㎡다."], "ko")
    zones = [c for c in res["clusters"] if "외" in (c["name_ko"] or "")]
    assert len(zones) == 1 and zones[0]["name_en"] == "Jincheon Foreign Investment Zone", res["clusters"]
    assert stats_where(res, value=9.0)[0]["cluster_id"] == zones[0]["cluster_id"], res["statistics"]


def test_a_free_zone_is_a_kind_of_cluster():
    res = extract(["Gulf zones", "Some 1,900 companies are registered in Ajman Media Free Zone."], "en")
    assert stats_where(res, value=1900.0)[0]["cluster_id"] == _id(res, en="Ajman Media Free Zone"), res["statistics"]


def test_an_owners_free_zone_is_named_after_the_owner():
    res = extract(["Gulf zones", "Lusail City's Free Zone hosts 300 companies."], "en")
    assert any(c["name_en"] == "Lusail City Free Zone" for c in res["clusters"]), res["clusters"]


def test_a_newspaper_in_a_headline_is_not_its_subject():
    res = extract([("heading", "Financial Times names Lusail City top free zone"),
                   "Lusail City was named the top free zone by the Financial Times; Lusail City now counts 240 firms."], "en")
    assert res["topic"] == "lusail-city", res["clusters"]
    assert not any(c["name_en"] == "Financial Times" for c in res["clusters"]), res["clusters"]


def test_a_headline_owning_what_follows_names_its_subject():
    res = extract([("heading", "Lusail Marina's big year"),
                   "Developers said Lusail Marina added 40 tenants, and the marina district now employs 2,100 people."], "en")
    assert res["topic"] == "lusail-marina", res["clusters"]


def test_a_population_of_people_is_a_population():
    res = extract(["Lusail Tech Valley", "Lusail Tech Valley's population was about 2,400 people last year."], "en")
    people = stats_where(res, value=2400.0)
    assert people and people[0]["metric"] == "population", res["statistics"]


def test_firms_a_questionnaire_was_sent_to_are_what_the_study_examined():
    res = extract(["Parks and talent", "In the spring a questionnaire was sent to 850 tenant firms; 410 firms replied."], "en")
    assert {s["metric"] for s in res["statistics"] if s["value"] in (850.0, 410.0)} == {"study_scope"}, res["statistics"]


def test_of_two_english_names_of_one_cluster_the_fuller_names_it():
    res = extract([("heading", "Quang Trung Park sets sights on chip design"),
                   "The Quang Trung Hi-tech Park will house 25 projects, its managers said."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Quang Trung Hi-tech Park"], res["clusters"]
