"""Forms met reading a German technology park's profile, an occupier survey at a biotech start-up centre, encyclopedia
entries on a Stockholm ICT district and a French nano campus, and Korean stories on a Russian innovation centre and a
Korean medical-device cluster, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def _cluster_names(res):
    return sorted(c["name"] for c in res["clusters"])


def test_a_kind_written_as_one_word_keeps_the_town_after_it():
    res = extract([("heading", "Profile"),
                   "TechnologiePark Dortmund has grown since 1985 into a leading location with about 300 companies.",
                   "The TechnologiePark lies next to the university."], "en")
    assert _cluster_names(res) == ["TechnologiePark Dortmund"], res["clusters"]
    res = extract([("heading", "Profile"), "Technologiepark Dortmund has about 300 companies."], "en")
    assert _cluster_names(res) == ["Technologiepark Dortmund"], res["clusters"]


def test_a_whole_kind_with_its_town_after_it_is_a_name():
    res = extract([("heading", "Profile"), "Science Park Graz has 40 start-ups on site."], "en")
    assert _cluster_names(res) == ["Science Park Graz"], res["clusters"]
    (s,) = stats_where(res, value=40.0)
    assert s["cluster_id"] is not None, s


def test_a_kind_named_for_its_field_with_an_acronym_is_a_cluster():
    res = extract([("heading", "News"),
                   "Almost all young companies at the Innovation and Start-up Center for Biotechnology (IZB) cooperate.",
                   "The IZB has 63 companies."], "en")
    assert _cluster_names(res) == ["Innovation and Start-up Center for Biotechnology"], res["clusters"]
    (s,) = stats_where(res, value=63.0)
    assert s["cluster_id"] is not None, s
    # (a body named for its field is no cluster)
    res = extract([("heading", "News"), "The Centre for Process Innovation (CPI) has 63 staff."], "en")
    assert res["clusters"] == [], res["clusters"]


def test_the_part_that_answered_a_survey_is_the_study_scope():
    res = extract([("heading", "News"), "Almost all young companies at the Ostrava Science Park cooperate.",
                   "Of the 63 companies based at the park, 58 answered the questionnaire."], "en")
    (s,) = stats_where(res, value=58.0)
    assert s["metric"] == "study_scope", s


def test_institutes_listed_are_no_anchor_firms():
    res = extract([("heading", "News"), "Almost all young companies at the Ostrava Science Park cooperate.",
                   "91 percent said they cooperate with other firms or with campus institutes such as the Max Planck "
                   "Institutes of Biochemistry and Neurobiology and the university hospital."], "en")
    assert "anchor_firms" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "News"), "Ostrava Science Park hosts companies such as Siemens, Bosch and ABB."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_a_rate_set_against_a_change_measures_the_same_change():
    res = extract([("heading", "Kista"), "Kista Science City is the largest ICT cluster in Europe.",
                   "Between 2007 and 2013 the number of workplaces in the district grew by 96 percent, "
                   "against 18 percent for Sweden as a whole.",
                   "Revenue grew 20%, versus 5% for the region."], "en")
    for v in (18.0, 5.0):
        (s,) = stats_where(res, value=v)
        assert s["metric"] == "growth", s


def test_research_and_development_spending_is_rd_spending():
    res = extract([("heading", "Z"), "Zhongguancun Science Park is in Beijing.",
                   "Their research and development spending reached 239.3 billion yuan."], "en")
    (s,) = stats_where(res, value=239.3e9)
    assert s["metric"] == "rd_spending", s


def test_a_korean_rate_compared_with_the_nations_in_brackets_stays_the_clusters():
    res = extract([("heading", "시스타 사이언스시티 현황"), "ㅇ 시스타 사이언스시티는 스톡홀름 북쪽의 ICT 클러스터임.",
                   "ㅇ 2007~2013년 사이 일자리 수는 96% 늘어 같은 기간 스웨덴 전체 증가율(18%)의 5배를 웃돎."], "ko")
    (own,) = stats_where(res, value=96.0)
    assert own["cluster_id"] is not None, own
    (whole,) = stats_where(res, value=18.0)
    assert whole["cluster_id"] is None, whole


def test_a_korean_share_of_the_nations_whole_is_the_clusters():
    res = extract([("heading", "스콜코보"), "스콜코보 혁신센터는 러시아의 기술 단지다.",
                   "같은 해 스콜코보 인프라와 기술 스타트업에 투자된 금액은 332억루블로, 러시아 전체 벤처투자액의 40%에 이른다."], "ko")
    (s,) = stats_where(res, value=40.0)
    assert s["cluster_id"] is not None and s["metric"] == "share", s
    res = extract([("heading", "스콜코보"), "스콜코보 혁신센터는 러시아의 기술 단지다.", "국내 전체 바이오 기업은 1,200곳이다."], "ko")
    (s,) = stats_where(res, value=1200.0)
    assert s["cluster_id"] is None, s


def test_fields_counted_are_not_the_firms_after_them():
    res = extract([("heading", "스콜코보"), "스콜코보 혁신센터는 러시아의 기술 단지다.", "정보기술, 에너지 등 5개 분야 기업을 받는다."], "ko")
    (s,) = stats_where(res, value=5.0)
    assert s["metric"] != "companies", s
    res = extract([("heading", "스콜코보"), "스콜코보 혁신센터는 러시아의 기술 단지다.", "이곳에는 바이오 분야 기업 120곳이 입주해 있다."], "ko")
    (s,) = stats_where(res, value=120.0)
    assert s["metric"] == "companies", s


def test_a_korean_drive_there_is_a_travel_time():
    res = extract([("heading", "스콜코보"), "모스크바 서쪽 외곽순환도로를 벗어나 20분쯤 달리자 유리로 된 건물이 나타났다.",
                   "스콜코보 혁신센터는 러시아의 기술 단지다."], "ko")
    (s,) = stats_where(res, unit="hour")
    assert s["metric"] == "travel_time", s


def test_korean_papers_counted_are_publications():
    res = extract([("heading", "미나텍"), "미나텍은 그르노블의 나노기술 캠퍼스다.", "매년 1,600여 편의 논문을 낸다."], "ko")
    (s,) = stats_where(res, value=1600.0)
    assert s["metric_label"] == "publications", s


def test_the_documents_one_techno_valley_written_bare_is_that_one():
    res = extract([("heading", "원주"), "원주의료기기테크노밸리에 따르면 원주 지역 의료기기 업체는 107개사다.",
                   "성장의 배경으로는 인프라가 꼽힌다. 성장한 기업은 문막읍 동화첨단의료기기산업단지로 옮겨 생산을 늘리는 구조다. "
                   "KTX 만종역에서 테크노밸리까지는 차로 10분 거리다."], "ko")
    (s,) = stats_where(res, unit="hour")
    valley = next(c for c in res["clusters"] if "Techno Valley" in c["name"])
    assert s["cluster_id"] == valley["cluster_id"], s


def test_a_korean_cause_of_a_difficulty_is_no_success_factor():
    res = extract([("heading", "원주"), "원주의료기기테크노밸리는 원주의 의료기기 클러스터다.",
                   "테크노밸리 관계자는 \"오송과 대구도 의료기기 기업 유치에 적극 나서 인력 확보가 갈수록 어려워지고 있다\"고 말했다."], "ko")
    assert "investment_attraction" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "원주"), "원주의료기기테크노밸리는 원주의 의료기기 클러스터다.",
                   "원주시는 의료기기 기업 유치에 적극 나서 지난해 12곳을 새로 유치했다."], "ko")
    assert "investment_attraction" in factor_codes(res), res["success_factors"]


def test_a_part_after_an_approximate_whole_is_counted_like_it_and_the_countrys_whole_is_no_clusters():
    res = extract([("heading", "Silicon Wadi"), "Silicon Wadi is a nickname for the strip of high-tech firms along Israel's coast.",
                   "Of the roughly 4,300 start-ups operating in Israel, about 2,900 are located within a 10-mile radius of Tel Aviv."], "en")
    (part,) = stats_where(res, value=2900.0)
    assert part["metric"] == "startups" and part["cluster_id"] is not None, part
    (whole,) = stats_where(res, value=4300.0)
    assert whole["cluster_id"] is None, whole


def test_korean_foreign_students_are_students():
    res = extract([("heading", "광주"), "광주첨단과학산업단지는 광산업 집적지다.",
                   "산단공은 이달 말 지역 대학 유학생 40여 명을 대상으로 기업 투어를 열 계획이다."], "ko")
    (s,) = stats_where(res, value=40.0)
    assert s["metric"] == "students", s


def test_named_firms_investing_in_the_area_are_anchor_firms_and_places_are_not():
    res = extract([("heading", "테크시티"), "이스트런던 테크시티는 런던 동부의 기술 기업 집적지이다.",
                   "시스코, 페이스북, 구글, 인텔 등이 이 지역에 투자했다."], "ko")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "테크시티"), "이스트런던 테크시티는 런던 동부의 기술 기업 집적지이다.",
                   "대전, 세종 등이 기업 투자 유치에 나섰다."], "ko")
    assert "anchor_firms" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Tech City"), "East London Tech City is a technology cluster in East London.",
                   "Cisco, Facebook, Google and Intel are among the companies that have invested in the area."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
