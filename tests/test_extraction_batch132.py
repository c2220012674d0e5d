"""Forms met reading an encyclopedia entry and a Korean feature on a North Carolina research park, and a Korean story on
an Indian IT city, written here in other words."""
from tests.helpers import extract, factor_codes


def test_a_korean_headline_nickname_made_on_a_famous_cluster_is_no_cluster():
    res = extract([("heading", "인도의 실리콘밸리, 벵갈루루는 어떻게 컸나"),
                   "인도 남부 카르나타카주의 주도 벵갈루루는 '인도의 실리콘밸리'로 불린다.",
                   "2천여 곳이 넘는 IT 기업이 이곳을 거점으로 삼고 있다."], "ko")
    assert "silicon-valley" not in {c["cluster_id"] for c in res["clusters"]}, res["clusters"]
    # (the famous cluster itself, in its own country, stays one)
    res = extract([("heading", "미국의 실리콘밸리, 어떻게 컸나"), "실리콘밸리에는 2천여 곳의 IT 기업이 있다."], "ko")
    assert "silicon-valley" in {c["cluster_id"] for c in res["clusters"]}, res["clusters"]


def test_a_korean_name_with_its_acronym_in_brackets_keeps_the_known_english_name():
    res = extract([("heading", "담배밭이 연구단지로"), "미국 노스캐롤라이나주의 리서치트라이앵글파크(RTP)는 1959년 조성됐다.",
                   "현재 300여 개 기업이 입주해 있다."], "ko")
    assert [c["cluster_id"] for c in res["clusters"]] == ["research-triangle-park"], res["clusters"]


def test_universities_around_the_park_in_korean_are_industry_academia():
    res = extract([("heading", "리서치트라이앵글파크"), "리서치트라이앵글파크는 미국의 연구단지다.",
                   "성공의 배경으로는 3개 연구중심 대학이 삼각형을 이루며 단지를 둘러싸고 있다는 점이 꼽힌다."], "ko")
    assert "industry_academia" in factor_codes(res), res["success_factors"]


def test_a_korean_field_and_place_ending_keeps_the_place_before_it():
    res = extract([("heading", "해외 사례"), "○ 두바이 인터넷시티(DIC)는 1999년 10월 두바이 정부가 ICT 산업 육성을 위해 지정한 "
                   "경제자유구역으로, 테콤(TECOM)이 운영", "○ 입주기업은 4,000개사를 넘어섰다."], "ko")
    assert [c["cluster_id"] for c in res["clusters"]] == ["dubai-internet-city"], res["clusters"]
    res = extract([("heading", "해외 사례"), "두바이 미디어시티는 1999년 지정된 경제자유구역이다."], "ko")
    assert [c["cluster_id"] for c in res["clusters"]] == ["dubai-media-city"], res["clusters"]
    # (a place's own name after its city still drops the city: 부산 센텀시티 is Centum City)
    res = extract([("heading", "개요"), "부산 센텀시티는 도시첨단산업단지다."], "ko")
    assert [c["cluster_id"] for c in res["clusters"]] == ["centum-city"], res["clusters"]


def test_a_korean_loanword_for_knowledge_is_translated():
    res = extract([("heading", "개요"), "두바이 인터넷시티는 경제자유구역이다.",
                   "인근 두바이미디어시티, 두바이날리지파크와 연계해 미디어·교육 기능을 보완"], "ko")
    assert "dubai-knowledge-park" in {c["cluster_id"] for c in res["clusters"]}, res["clusters"]
