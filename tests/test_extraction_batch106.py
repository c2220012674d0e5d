"""Forms met reading a Korean story on a reactor-parts complex, a district AI survey, a KOTRA brief on a Thai
corridor and one on an Egyptian IT park, an entry on a new town, a story on a techno valley two cities share, and
English pieces on a biotech plateau, a Swiss campus park, a Gulf science park and a Japanese start-up city, all
written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_term_and_its_initials_before_the_head_are_the_kind_of_the_complex_not_a_cluster():
    # (Kiwi reads 소형모듈원자로 as three common nouns: a term translated, not a name like 마탐(MATAM))
    res = extract([("heading", "울진 SMR 국가산단 첫 분양"),
                   "울진군 죽변면 일원에 조성되는 소형모듈원자로(SMR) 국가산업단지가 첫 분양에 나섰다. 산단 면적은 160만㎡이다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]
    assert stats_where(res, metric="area")[0]["cluster_id"] == res["clusters"][0]["cluster_id"]


def test_a_korean_named_cluster_in_a_text_naming_no_foreign_place_is_domestic():
    res = extract([("heading", "'우면 AI 특구' 입주기업 실태조사 결과"),
                   "서울시는 서초구 우면동 일대 입주기업 300곳을 조사했다고 밝혔다. 응답 기업의 매출액은 1조 2천억원이다."], "ko")
    (c,) = res["clusters"]
    assert c["country"] == "KR" and c["region"] == "Seoul", c


def test_compass_and_economy_words_translate_a_corridors_name_and_an_approved_amount_is_investment():
    res = extract([("heading", "태국 남부경제회랑(SEC) 동향"),
                   "태국 정부는 남부경제회랑(SEC)을 특별경제구역으로 지정함.",
                   "2023년 남부경제회랑의 투자 승인액은 3,580억 바트로 집계됨."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Southern Economic Corridor"], res["clusters"]
    assert stats_where(res, unit="THB")[0]["metric"] == "investment", res["statistics"]


def test_being_near_the_buyers_is_an_anchor_claim():
    res = extract([("heading", "울진 원자력 부품 산단"),
                   "울진 원자력 부품 산단은 원전 세 곳이 가까이 있어 발주처와의 거리가 짧다는 평가를 받는다."], "ko")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]


def test_academics_spinning_out_firms_and_investors_putting_money_into_young_firms():
    res = extract([("heading", "Alder Mesa Park"),
                   "The Alder Institute, the Birch Institute and a medical school sit within a few minutes of one another at Alder Mesa Park, and their faculty spun out many of its first companies."], "en")
    assert "industry_academia" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Alder Mesa Park"),
                   "Angel investors put $90 million into Alder Mesa Park's young companies last year."], "en")
    assert "access_to_capital" in factor_codes(res), res["success_factors"]


def test_a_singular_verb_after_a_plural_ends_the_counted_noun():
    res = extract([("heading", "Alder Science Park"), "Alder Science Park is a research park in Lyon, France.",
                   "Proximity to 240 university laboratories makes joint projects easy."], "en")
    (s,) = stats_where(res, value=240.0)
    assert s["metric"] == "research_institutes", s


def test_two_korean_cities_written_as_one_word_are_joined_by_a_hyphen():
    res = extract([("heading", "광명시흥테크노밸리 착공"), "광명시흥테크노밸리의 전체 면적은 245만㎡에 이른다."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Gwangmyeong-Siheung Techno Valley"], res["clusters"]


def test_a_rate_falling_below_a_bound_is_the_level_reached_not_a_decline():
    res = extract([("heading", "구미국가산업단지 공실률"), "구미국가산업단지의 공장 공실률은 2022년 한때 5% 아래로 떨어졌다."], "ko")
    (s,) = stats_where(res, value=5.0)
    assert s["metric"] == "share" and s["qualifier"] == "at_most", s


def test_a_subject_ending_like_a_places_name_said_to_be_a_complex_is_a_cluster():
    res = extract([("heading", "이집트 IT 단지 현황"),
                   "카이로 인근에 위치한 미디어빌리지는 2001년 개발된 IT 전용 단지임.", "입주 기업은 약 200개사임."], "ko")
    assert [c["name"] for c in res["clusters"]] == ["Media Village"], res["clusters"]
    assert res["clusters"][0]["country"] == "EG"


def test_foreign_ownership_a_zone_allows_is_no_figure():
    res = extract([("heading", "Alder Science Park"), "Alder Science Park is a research park in Doha, Qatar.",
                   "Its free zone allows 100% foreign ownership, and its 45 member companies pay no corporate tax."], "en")
    assert not stats_where(res, unit="percent"), res["statistics"]
    res = extract([("heading", "알파 자유무역지대 현황"), "알파 자유무역지대는 외국인 지분 100%를 허용하며 입주 기업은 120개사이다."], "ko")
    assert not stats_where(res, unit="percent"), res["statistics"]


def test_funding_rounds_led_by_venture_firms_and_visas_for_foreign_founders():
    res = extract([("heading", "Alder Science Park"),
                   "Most later funding rounds at Alder Science Park are led by venture firms from the capital."], "en")
    assert "anchor_firms" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "Alder Science Park"),
                   "The government made Alder Science Park a special zone, letting foreign founders obtain a visa while they set up a company."], "en")
    codes = factor_codes(res)
    assert "talent" in codes and "investment_attraction" not in codes, res["success_factors"]
