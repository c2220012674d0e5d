"""Forms met reading a Korean story comparing two industrial complexes, a Korean agency item on an Indian genome
valley, an English profile of a biotech cluster, a Korean survey release on a techno valley and an English story on
a robotics ecosystem, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_money_given_to_both_complexes_is_neither_ones():
    res = extract([("heading", "울산 두 산단 스마트공장 지원"),
                   "울산 온산국가산업단지와 울산미포국가산업단지는 울산의 대표 제조업 거점이다. "
                   "울산시는 두 산단에 2026년까지 800억원을 투입해 스마트공장 전환을 지원한다."], "ko")
    assert [s["cluster_id"] for s in stats_where(res, value=80_000_000_000.0)] == [None], res["statistics"]


def test_what_a_survey_says_needs_improving_is_no_success_factor():
    for sent in ("반면 개선이 필요한 사항으로는 '주차 공간 부족'(38.2%)과 '대중교통 접근성'(21.6%)이 지적됐다.",
                 "개선해야 할 점으로는 '대중교통 접근성'이 꼽혔다.",
                 "입주 기업들은 '대중교통 접근성'(21.6%)이 부족하다고 지적했다."):
        res = extract([("heading", "판교테크노밸리 실태조사"), "판교테크노밸리 입주 기업 200곳을 조사했다.", sent], "ko")
        assert "location_connectivity" not in factor_codes(res), (sent, res["success_factors"])
    res = extract([("heading", "판교테크노밸리 실태조사"), "판교테크노밸리 입주 기업 200곳을 조사했다.",
                   "입주 기업들은 '대중교통 접근성'(21.6%)이 좋다고 답했다."], "ko")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_a_foreign_name_read_as_a_pronoun_and_its_particle_still_names_the_park():
    res = extract([("heading", "대만의 바이오 단지"), "난강 바이오 파크는 대만 타이베이시에 있는 생명과학 단지이다. 입주 기업은 120곳이다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["난강 바이오 파크"], res["clusters"]


def test_an_industry_complex_is_a_head():
    res = extract([("heading", "Daegu medical cluster"),
                   "The Daegu-Gyeongbuk Advanced Medical Industry Complex covers 1.05 km2 in Sinseo."], "en")
    assert "Daegu-Gyeongbuk Advanced Medical Industry Complex" in [c["name"] for c in res["clusters"]], res["clusters"]


def test_a_places_regulation_free_special_zone():
    res = extract([("heading", "Pohang tests battery recycling"),
                   "Pohang's battery regulation-free special zone now hosts 18 companies."], "en")
    assert [s["cluster_id"] for s in stats_where(res, value=18.0)] == [res["clusters"][0]["cluster_id"]], (res["clusters"], res["statistics"])


def test_jobs_added_by_a_cluster_of_companies_are_jobs():
    res = extract([("heading", "Silicon Prairie"),
                   "The group of software companies known as Silicon Prairie added 12,000 tech jobs between 2018 and 2022."], "en")
    assert [s["metric"] for s in stats_where(res, value=12000.0)] == ["jobs_change"], res["statistics"]


def test_no_income_tax_and_firms_that_anchor_the_cluster():
    res = extract([("heading", "Silicon Prairie"), "The Silicon Prairie grew fast. Nebraska's neighbour has no state income tax."], "en")
    assert "government_support" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Silicon Prairie"),
                   "The Silicon Prairie grew fast. Two insurers' data centres and a chip plant anchor the cluster."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_a_hi_tech_park_written_as_one_word_in_korean():
    res = extract([("heading", "다낭 하이테크파크 투자 늘어"), "베트남 다낭시에 있는 다낭 하이테크파크에 기업 40곳이 입주했다."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Da Nang High-tech Park"], res["clusters"]


def test_a_word_ending_like_an_identifier_is_no_identifier():
    res = extract([("heading", "명지 도시첨단산업단지 착공"),
                   "명지 도시첨단산업단지의 사업 개요는 ▲면적 95만㎡ ▲고용 목표 8천명이다."], "ko")
    assert stats_where(res, value=8000.0), res["statistics"]
    res = extract([("heading", "명지 도시첨단산업단지"), "명지 도시첨단산업단지 현황은 표 3과 같다."], "ko")
    assert stats_where(res, value=3.0) == [], res["statistics"]


def test_a_company_named_after_a_park_in_a_citation_is_no_mention_and_a_numbered_line_heads_a_section():
    res = extract([("heading", "Why parks thrive"),
                   "4.1 Sophia Antipolis", "Sophia Antipolis hosted 2,500 companies in 2021.",
                   "4.2 Kista Science City",
                   "Kista, north of central Stockholm, counted about 1,000 ICT firms in 2019 (Kista Science City AB, 2020)."], "en")
    kista = next(c for c in res["clusters"] if c["name"] == "Kista Science City")
    assert [s["cluster_id"] for s in stats_where(res, value=1000.0)] == [kista["cluster_id"]], res["statistics"]


def test_manufacturers_are_companies_and_a_test_plant_is_no_research_infrastructure():
    res = extract([("heading", "Kulim Hi-Tech Park"),
                   "A chipmaker will build an assembly and test plant at Kulim Hi-Tech Park, which hosts 52 manufacturers."], "en")
    assert [s["metric"] for s in stats_where(res, value=52.0)] == ["companies"], res["statistics"]
    assert "rd_infrastructure" not in factor_codes(res), res["success_factors"]
