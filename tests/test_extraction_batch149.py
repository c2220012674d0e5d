"""Rules 228: a Biodistrict is a head; the part of a workforce in research counts researchers; a round mark a level
is said to have passed is no second figure."""
from tests.helpers import cluster_ids, extract, factor_set, stat_triples


def test_a_biodistrict_heading_names_the_cluster_and_jobs_in_research_are_researchers():
    res = extract([("heading", "Lyon Gerland Biodistrict"),
                   "Gerland, in the 7th arrondissement of Lyon, is the heart of the city's health industry.",
                   "• 12,000 jobs, of which 4,000 in research"], "en")
    assert "lyon-gerland-biodistrict" in cluster_ids(res), res["clusters"]
    triples = stat_triples(res)
    assert ("lyon-gerland-biodistrict", 12000.0, "employees") in triples
    assert ("lyon-gerland-biodistrict", 4000.0, "researchers") in triples, triples


def test_a_round_mark_passed_is_no_second_figure():
    res = extract(["충북혁신도시는 진천군과 음성군에 걸쳐 있다.", "기업들이 고용한 인원은 4120명으로 처음으로 4천명을 넘어섰다."], "ko")
    assert [v for _, v, _ in stat_triples(res)] == [4120.0], res["statistics"]
    res = extract(["Kista Science Park is north of Stockholm.", "Employment at the park rose to 4,120, passing 4,000 for the first time."], "en")
    assert [v for _, v, _ in stat_triples(res)] == [4120.0], res["statistics"]
    # (a level and a different, lower mark said of something else stay two figures)
    res = extract(["Kista Science Park is north of Stockholm.", "The park has 4,120 workers and 4,000 students."], "en")
    assert sorted(v for _, v, _ in stat_triples(res)) == [4000.0, 4120.0]


def test_a_planned_town_a_korean_story_is_about_is_its_cluster_when_nothing_else_is_named():
    res = extract([("heading", "'바이오 허브' 꿈꾸는 송도…바이오 기업 70여곳 집결"),
                   "인천 송도국제도시는 '한국의 바이오 수도'로 불린다.",
                   "인천공항까지 차로 20분 거리라는 점도 해외 기업 유치에 유리하다."], "ko")
    assert cluster_ids(res) == {"songdo-international-city"}, res["clusters"]
    assert ("songdo-international-city", 70.0, "companies") in stat_triples(res)
    # (a headline about something else leaves the town a place)
    res = extract([("heading", "바이오 기업 70여곳 집결"), "인천 송도국제도시의 한 병원이 문을 열었다."], "ko")
    assert not cluster_ids(res)


def test_millions_of_square_feet_a_schemes_cost_and_the_next_years_are_no_neighbour():
    res = extract(["Begbroke Science Park is near Oxford.",
                   "The £600m scheme will add 1.2m sq ft of laboratories and offices over the next 15 years."], "en")
    by_value = {round(s["value"]): s["metric"] for s in res["statistics"]}
    assert by_value.get(600000000) == "investment" and by_value.get(111484) == "area", res["statistics"]
    codes = {f for _, _, f in factor_set(res)}
    assert "industry_academia" not in codes and "rd_infrastructure" in codes, codes


def test_a_korean_loanword_in_a_name_is_translated():
    res = extract(["경기 평택시는 도일동 일원에 조성 중인 브레인시티 산업단지에 기업 유치를 본격화한다."], "ko")
    assert "brain-city-industrial-complex" in cluster_ids(res), res["clusters"]


def test_a_korean_table_headed_by_a_kind_of_zone_names_its_clusters():
    from tests.helpers import extract_table
    res, _ = extract_table([["특구", "입주기업(개)", "종사자(명)"], ["광주연구개발특구", "1,389", "41,203"],
                            ["부산연구개발특구", "1,027", "35,904"]], "ko", "국내 연구개발특구 현황")
    assert {"gwangju-innopolis", "busan-innopolis"} <= cluster_ids(res), res["clusters"]
    assert ("busan-innopolis", 35904.0, "employees") in stat_triples(res), stat_triples(res)


def test_a_site_short_of_lab_space_claims_no_infrastructure():
    res = extract(["Milton Park is near Didcot.", "The park is short of laboratory space."], "en")
    assert "rd_infrastructure" not in {f for _, _, f in factor_set(res)}
    res = extract(["Milton Park is near Didcot.", "The park offers laboratory space to start-ups."], "en")
    assert "rd_infrastructure" in {f for _, _, f in factor_set(res)}
