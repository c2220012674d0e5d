"""Rules 226: an acronym the text defines names the campus it calls 'the campus'; counts past their own figure,
of part of a set, of firms employing people, of named institutes; the arrival of named firms; Korean amounts whose
subject is a named complex, a price per unit changed, a part named as its own subject, a complex's short form;
a degree word describes, it names nothing; a Korean city's dateline places a cluster in Korea."""
from tests.helpers import cluster_ids, clusters_by_id, extract, factor_set, stat_triples


def test_an_acronym_defined_with_its_expansion_names_the_campus_the_text_refers_to():
    res = extract([("heading", "A peninsula of science"),
                   "Planners call the site TECHNO, short for Toulouse Engineering and Computing Hub for New Objects.",
                   "Today the campus counts about 6,000 researchers."], "en")
    assert "techno" in cluster_ids(res), res["clusters"]
    assert ("techno", 6000.0, "researchers") in stat_triples(res)
    # an organisation defined so is no cluster, nor is an acronym whose initials the words do not spell
    res = extract(["The work is led by NIST, short for National Institute of Standards and Technology.",
                   "The campus counts about 6,000 researchers."], "en")
    assert "nist" not in cluster_ids(res)
    res = extract(["Planners call the site GIANT, short for Grenoble Advanced Research Park.",
                   "The campus counts about 6,000 researchers."], "en")
    assert "giant" not in cluster_ids(res)


def test_the_number_of_one_thing_does_not_name_a_figure_after_its_own():
    res = extract(["Kista Science Park is north of Stockholm.",
                   "The owners want the number of researchers to reach 9,000 and industrial jobs to grow from 4,000 to 7,000."], "en")
    triples = stat_triples(res)
    assert ("kista-science-park", 9000.0, "researchers") in triples
    assert ("kista-science-park", 4000.0, "employees") in triples and ("kista-science-park", 7000.0, "employees") in triples


def test_firms_counted_then_said_to_employ_people_are_no_size_class():
    res = extract(["Kista Science Park is north of Stockholm.",
                   "Around 900 of these firms are software companies employing more than 12,000 people."], "en")
    assert ("kista-science-park", 12000.0, "employees") in stat_triples(res)
    res = extract(["Kista Science Park is north of Stockholm.",
                   "Most firms employing more than 250 people are foreign-owned."], "en")
    assert 250.0 not in [v for _, v, _ in stat_triples(res)]


def test_part_of_a_set_counted_by_its_noun_and_named_institutes_in_words():
    res = extract(["Kista Science Park is north of Stockholm.",
                   "Software dominates: about 410 of the firms, or 38%, write code.",
                   "Six Fraunhofer institutes and two Max Planck institutes work nearby."], "en")
    triples = stat_triples(res)
    assert ("kista-science-park", 410.0, "companies") in triples
    assert ("kista-science-park", 6.0, "research_institutes") in triples and ("kista-science-park", 2.0, "research_institutes") in triples


def test_named_firms_arriving_are_anchor_firms():
    res = extract(["Kista Science Park is north of Stockholm.",
                   "In the 1990s the arrival of Ericsson (later a spin-off, too) and IBM made the park Sweden's largest ICT site."], "en")
    assert ("kista-science-park", None, "anchor_firms") in factor_set(res)
    res = extract(["Kista Science Park is north of Stockholm.",
                   "The arrival of Stockholm University and KTH Royal Institute of Technology brought students."], "en")
    assert ("kista-science-park", None, "anchor_firms") not in factor_set(res)


def test_output_is_revenue_and_a_degree_word_names_no_cluster():
    res = extract([("heading", "Fewer workers at Ulsan's largest industrial estate"),
                   "ULSAN — The Mipo National Industrial Complex keeps growing.",
                   "Output from its tenants rose from 80 trillion won in 2020 to 95 trillion won in 2023."], "en")
    assert cluster_ids(res) == {"mipo-national-industrial-complex"}, res["clusters"]
    assert clusters_by_id(res)["mipo-national-industrial-complex"]["country"] == "KR"
    assert ("mipo-national-industrial-complex", 95e12, "revenue") in stat_triples(res)


def test_a_korean_amount_whose_subject_is_a_named_complex_takes_the_topic_measure():
    res = extract(["단지별 생산액은 구미국가산단이 12조3000억원(61.2%)으로 가장 많았고, 칠곡산단 2조1000억원(10.4%)이 뒤를 이었다."], "ko")
    metrics = {(s["value"], s["metric"]) for s in res["statistics"]}
    assert (12.3e12, "revenue") in metrics and (2.1e12, "revenue") in metrics, res["statistics"]


def test_a_korean_price_per_unit_changed_is_no_figure():
    res = extract(["원주기업도시는 원주시 지정면 일원에 조성되는 기업도시다.",
                   "3.3㎡당 평균 87만원이던 분양가는 47만9천원으로 낮아졌다."], "ko")
    assert not [s for s in res["statistics"] if s["unit"] == "KRW"], res["statistics"]


def test_a_part_named_as_its_own_subject_keeps_its_figure_and_its_short_form_is_one_cluster():
    res = extract(["중국 선전시에 자리한 난산과학기술단지가 하이테크 집적지로 꼽힌다.",
                   "선전 국가하이테크개발구는 2019년 계획 면적을 11.52㎢에서 159.48㎢로 넓혔다. 이 가운데 난산단지는 20.04㎢ 규모다.",
                   "난산 단지에는 텐센트, DJI 등 대형 기술기업의 본사가 자리 잡고 있다."], "ko")
    ids = cluster_ids(res)
    nanshan = next(c for c in res["clusters"] if c["name_ko"] == "난산과학기술단지")["cluster_id"]
    assert len(ids) == 2, res["clusters"]
    assert (nanshan, 20.04e6, "area") in stat_triples(res)
    # (a part counted where it is, 에, stays the whole's: 이 가운데 A에 58개)
    res = extract(["원주시 산업단지에는 입주기업 120개가 있다.", "이 가운데 문막 일반산업단지에 58개가 있다."], "ko")
    assert all(c != "munmak-general-industrial-complex" for c, v, _ in stat_triples(res) if v == 58.0)
