"""Phrasings met in the eighth and ninth development batches, written here in other words: places
before a Korean name, one-word Korean names read as common nouns, names known only by their
resident firms, changes in number ('grew by 1,100'), partitives, a name quoted in its etymology,
periods spanning a change, romanization with sound changes."""
from pipeline.extract.names import romanize
from tests.helpers import clusters_by_id, extract, factor_set, stat_set


def _stats(res):
    return {(s["cluster_id"], s["metric"], s["value"], s["qualifier"], s["period_start"], s["period_end"]) for s in res["statistics"]}


def test_places_before_a_korean_name_are_its_region_not_its_name():
    res = extract(["충남 아산 탕정 일반산업단지에 협력사 투자가 잇따르고 있다. 탕정산단에는 현재 45개사가 입주해 있다."], "ko")
    cs = clusters_by_id(res)
    assert len(cs) == 1
    (c,) = cs.values()
    assert c["name_ko"].startswith("탕정") and "충남" not in " ".join(c["aliases"])
    assert c["country"] == "KR"
    assert (c["cluster_id"], "companies", 45.0, "exact", None, None) in _stats(res)


def test_one_word_place_compound_and_resident_firms_name_clusters():
    res = extract(["원주첨단산업단지에 의료기기 기업 12곳이 새로 들어섰다.",
                   "한편 춘천시 동면에 자리한 하이테크벤처타운의 입주기업 매출은 350억 원으로 집계됐다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert "원주첨단산업단지" in names and "하이테크벤처타운" in names
    ids = {c["name_ko"]: c["cluster_id"] for c in res["clusters"]}
    assert (ids["하이테크벤처타운"], "revenue", 35000000000.0, "exact", None, None) in _stats(res)
    # an organisation or a firm with residents is not a site
    res = extract(["강원테크노파크진흥원 종사자는 80명이다. 삼성전자 종사자도 늘었다."], "ko")
    assert not any(c["name_ko"] in ("강원테크노파크진흥원", "삼성전자") for c in res["clusters"])


def test_absolute_changes_partitives_and_levels_in_english():
    res = extract(["Weston Research Park had a strong year. Headcount grew by 900 to about 8,300 in 2023, and "
                   "revenues rose by 6% to more than €1.2 billion in 2023.",
                   "Of the 60 companies with more than 100 employees, 41 are foreign-owned.",
                   "Just under 2,000 of the park's 8,300 staff work in laboratories. "
                   "Student numbers fell slightly, to 2,100 from 2,250."], "en")
    s = _stats(res)
    pid = "weston-research-park"
    assert (pid, "jobs_change", 900.0, "exact", None, None) in s or (pid, "jobs_change", 900.0, "exact", "2023-01-01", "2023-12-31") in s
    assert any(x[:3] == (pid, "employees", 8300.0) for x in s)
    assert (pid, "growth", 6.0, "exact", "2023-01-01", "2023-12-31") in s  # the level's year covers the change
    assert any(x[:3] == (pid, "companies", 41.0) for x in s)  # a part of 'the 60 companies'
    assert (pid, "employees", 2000.0, "at_most", None, None) in s  # a part of the staff
    assert {(pid, "students", 2100.0), (pid, "students", 2250.0)} <= {x[:3] for x in s}


def test_a_change_between_two_dates_covers_both():
    res = extract(["판교밸리 종사자 수는 2018년 1,200명에서 2022년 말 3,000명으로 150% 증가했다."], "ko")
    s = _stats(res)
    assert any(x[1] == "growth" and x[2] == 150.0 and x[4:] == ("2018-01-01", "2022-12-31") for x in s)


def test_employment_rising_by_a_number_is_a_jobs_change_over_the_years_to_a_date():
    res = extract(["Medway Valley is a medtech cluster in Kent. Over the three years to 2022, employment in the "
                   "cluster rose by about 1,500."], "en")
    assert ("medway-valley", "jobs_change", 1500.0, "approx", "2020-01-01", "2022-12-31") in _stats(res)


def test_a_name_quoted_in_an_etymology_is_not_a_cluster():
    res = extract(["Fenland Valley is an agritech cluster around Ely. Its name, a play on \"Silicon Valley\", "
                   "was coined by a local newspaper."], "en")
    assert "silicon-valley" not in clusters_by_id(res)
    res = extract(["포도밸리는 '실리콘밸리'에서 따온 이름이다. 포도밸리에는 기업 30곳이 입주해 있다."], "ko")
    assert not any("실리콘" in c["name_ko"] for c in res["clusters"] if c["name_ko"])


def test_a_pronoun_after_another_subject_is_not_the_cluster():
    res = extract(["Northfield Science Park hosts 200 firms.",
                   "The university is good at licensing: it earned €40 million from licensing its patents in 2020."], "en")
    s = _stats(res)
    assert ("northfield-science-park", "revenue", 40e6, "exact", "2020-01-01", "2020-12-31") in s
    assert ("northfield-science-park", None, "industry_academia") in factor_set(res)


def test_romanization_follows_the_sound_changes_of_place_names():
    assert romanize("강릉") == "gangneung"
    assert romanize("종로") == "jongno"
    assert romanize("신라") == "silla"
    assert romanize("백마") == "baengma"
    assert romanize("새만금") == "saemangeum"
    assert romanize("판교") == "pangyo"


def test_a_dateline_places_a_cluster_whose_name_starts_with_another_countrys_city():
    res = extract(["SALVADOR, Brazil — Porto Criativo, a creative-industries district in the lower city, hosts 120 firms. "
                   "Firms there billed R$ 900 million last year, up from R$ 700 million in 2021, when the district "
                   "ended the year with just over 3,000 staff."], "en")
    (c,) = res["clusters"]
    assert c["country"] == "BR" and c["region"] != "Porto"
    s = _stats(res)
    assert any(x[1] == "revenue" and x[2] == 900e6 for x in s)
    assert (c["cluster_id"], "employees", 3000.0, "at_least", "2021-01-01", "2021-12-31") in s


def test_hectares_before_a_copula_and_rail_links_in_korean():
    res = extract(["하마마쓰 광산업단지는 약 1,200ha이다. 신칸센 열차를 타면 도쿄까지 90분이면 닿는다."], "ko")
    s = _stats(res)
    assert any(x[1] == "area" and x[2] == 12e6 for x in s)
    assert any(f == "location_connectivity" for _, _, f in factor_set(res))


def test_students_placed_in_firms_is_industry_academia():
    res = extract(["Harbour Tech Park hosts 90 companies. Two universities place about 600 students a year in resident firms."], "en")
    assert ("harbour-tech-park", None, "industry_academia") in factor_set(res)


def test_long_korean_names_with_a_prefix_and_compound_nouns_in_claims():
    res = extract(["충북 진천 친환경스마트복합산업단지에 부품 기업이 모이고 있다.",
                   "완성차 공장이 들어서자 중소 납품업체들이 인근으로 잇따라 옮겨 왔다.",
                   "정부는 국비를 들여 시험 인증 센터를 짓고 있다."], "ko")
    (c,) = res["clusters"]
    assert c["name_ko"].endswith("친환경스마트복합산업단지") and c["country"] == "KR"
    f = factor_set(res)
    assert (c["cluster_id"], None, "anchor_firms") in f  # 납+품+업체+들 read as one word
    assert (c["cluster_id"], None, "government_support") in f


def test_the_lead_subject_is_the_topic_and_a_campus_named_head_first_is_a_campus():
    res = extract(["Campus Delft, the cluster that links the university's Mekelweg site with the Schiehaven "
                   "Innovation Quarter, grew again. The number of companies rose to 180, the campus board said.",
                   "Most newcomers are spin-offs from the university, which a shared incubator helps through their first years.",
                   "The university has set aside another €90 million for new laboratories."], "en")
    s = _stats(res)
    assert ("campus-delft", "companies", 180.0, "exact", None, None) in s
    assert any(x[0] == "campus-delft" and x[1] == "investment" and x[2] == 90e6 for x in s)
    assert ("campus-delft", None, "startup_support") in factor_set(res)
    assert clusters_by_id(res)["campus-delft"]["country"] == "NL"
