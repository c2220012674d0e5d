"""Forms met in the forty-first read (Korean news on a high-tech medical complex and its short name, a medical-device
industry grown into a cluster, an energy valley's investment agreements, a technovalley survey; English entries on
technology parks and a free zone), written here in other words."""
from tests.helpers import extract, stats_where


def test_the_short_name_of_a_high_tech_medical_complex_is_the_complex():
    # 첨복단지: the usual short form of 첨단의료복합단지 (as 과기단지 is of 과학기술단지)
    res = extract(["하람첨복단지 입주 승인", "보건복지부는 하람첨단의료복합단지 연구용지에 9개 업체의 입주를 승인했다. "
                                     "하람첨복단지에는 현재 50여개 의료기업이 입주해 있다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]
    firms = stats_where(res, value=50.0)
    assert firms and firms[0]["cluster_id"] == res["clusters"][0]["cluster_id"], res["statistics"]


def test_a_count_of_firms_before_their_workforce_counts_firms():
    res = extract(["다온밸리 입주기업 분석", "다온밸리 입주완료 기업 85개사의 고용인원은 2016년 640명에서 2020년 1,310명으로 늘었다."], "ko")
    firms = stats_where(res, value=85.0)
    assert firms and firms[0]["metric"] == "companies", res["statistics"]
    assert stats_where(res, value=1310.0)[0]["metric"] == "employees", res["statistics"]


def test_money_before_an_investment_agreement_named_with_other_words_is_investment():
    res = extract(["하람 에너지밸리 투자협약", "하람시는 17일 기업 9곳과 850억원 수준의 하람 에너지밸리 투자 협약을 맺었다. "
                                      "시는 또 2300억원 규모의 수소·연료전지 분야 투자협약도 체결했다."], "ko")
    for value in (85_000_000_000.0, 230_000_000_000.0):
        money = stats_where(res, value=value)
        assert money and money[0]["metric"] == "investment", res["statistics"]


def test_a_places_industry_grown_into_a_cluster_of_it_is_that_cluster():
    res = extract(["하람 식품 특화도시로", "지난 10년간 김제식품산업은 식품기업 214개사, 총 생산액 1조 2천억 원, 고용인원 3,400명으로 "
                                   "국내 최대 식품 클러스터로 성장하였다."], "ko")
    names = [c["name_ko"] for c in res["clusters"]]
    assert names == ["김제 식품 클러스터"], res["clusters"]
    assert stats_where(res, value=214.0)[0]["cluster_id"] == res["clusters"][0]["cluster_id"], res["statistics"]


def test_a_count_said_to_be_firms_of_a_kind_counts_firms():
    res = extract(["다온테크노밸리 실태조사", "다온테크노밸리 입주기업은 940개다. 이 가운데 전체의 81%인 761개가 중소기업이며, "
                                     "12%인 113개가 중견기업이었다."], "ko")
    for value in (761.0, 113.0):
        counts = stats_where(res, value=value)
        assert counts and counts[0]["metric"] == "companies", res["statistics"]


def test_a_places_type_before_a_zone_is_no_part_of_its_name():
    # 경남형: the Gyeongnam type of zone, a modifier (clusters.yaml korean.modifier_suffixes)
    res = extract(["기회발전특구 간담회", "경남형 하람 기회발전특구는 수소 부품 생산의 거점으로, 기업 7곳이 4조원을 투자할 계획이다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["하람 기회발전특구"], res["clusters"]
