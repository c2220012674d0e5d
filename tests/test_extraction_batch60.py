"""Forms met in the twenty-eighth read (Chinese pieces on a future sci-tech city and a development area, Korean survey
releases on the workforce of industrial complexes), written here in other words: a Sci-Tech City and an Economic and
Technological Development Area are kinds of cluster (not London's Tech City inside a hyphenated word), and the firms a
survey was carried out on are what it examined."""
from tests.helpers import extract, stats_where


def test_a_sci_tech_city_is_a_cluster_and_not_londons_tech_city():
    res = extract(["Western China", "Mianyang Sci-Tech City counts 480 high-tech firms."], "en")
    names = [c["name_en"] for c in res["clusters"]]
    assert names == ["Mianyang Sci-Tech City"], res["clusters"]
    assert stats_where(res, value=480.0)[0]["cluster_id"] == "mianyang-sci-tech-city", res["statistics"]


def test_an_economic_and_technological_development_area_keeps_its_whole_name():
    res = extract(["Ningbo", "The Ningbo Economic and Technological Development Area now hosts 300 foreign-funded firms."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Ningbo Economic and Technological Development Area"], res["clusters"]


def test_firms_a_survey_was_carried_out_on_are_what_it_examined():
    res = extract(["실태조사 결과", "이번 조사는 도가 5월부터 8월까지 도내 산업단지 2,400여개 업체를 대상으로 전화 면접 형식으로 진행됐다. "
                                  "대상 업체 2,410개 중 가동 중인 업체는 1,980개였다."], "ko")
    assert {s["metric"] for s in res["statistics"] if s["value"] in (2400.0, 2410.0)} == {"study_scope"}, res["statistics"]
