"""Forms met reading an English feature on an Indonesian digital park and a KOTRA brief on a Canadian tech corridor,
written here in other words."""
from tests.helpers import clusters_by_id, extract, factor_codes, stats_where


def test_a_country_measured_from_does_not_place_the_cluster():
    res = extract([("heading", "Island park bets on data centres"),
                   "RIAU, Indonesia — An hour by ferry from Singapore, Kelong Digital Park has become the island's digital hub."], "en")
    (c,) = res["clusters"]
    assert c["country"] == "ID", c


def test_data_centres_are_counted_as_data_centres_not_research_institutes():
    res = extract([("heading", "Kelong Digital Park"),
                   "Kelong Digital Park is a technology park in Batam, Indonesia.",
                   "Kelong Digital Park now counts 13 data centres in operation."], "en")
    (s,) = stats_where(res, value=13.0)
    assert s["metric"] == "other" and s["metric_label"] == "data centres", s


def test_korean_data_centres_are_counted_as_data_centres():
    res = extract([("heading", "[인도네시아] 켈롱디지털파크 현황"),
                   "ㅇ 켈롱디지털파크(Kelong Digital Park)는 바탐섬의 디지털 산업 단지임.",
                   "ㅇ 현재 데이터센터 13곳이 가동 중임."], "ko")
    (s,) = stats_where(res, value=13.0)
    assert s["metric_label"] == "data centres", s


def test_venture_investment_firms_drew_is_access_to_capital_not_investment_attraction():
    res = extract([("heading", "[캐나다] 가람 회랑 현황"),
                   "ㅇ 가람 회랑(Garam Corridor)은 캐나다 온타리오주의 기술 산업 벨트임.",
                   "ㅇ 2017~2021년 회랑 내 기업이 유치한 벤처투자는 120억 달러에 달함."], "ko")
    codes = factor_codes(res)
    assert "access_to_capital" in codes and "investment_attraction" not in codes, res["success_factors"]


def test_the_name_an_area_is_called_by_in_korean_is_a_cluster():
    res = extract([("heading", "데이턴 드론 산업 성장"),
                   "옛 공장 지대인 웨스트 데이턴 일대는 '드론 앨리(Drone Alley)'로 불린다."], "ko")
    assert "Drone Alley" in {c["name"] for c in res["clusters"]}, res["clusters"]


def test_what_venture_funds_invested_is_venture_capital():
    res = extract([("heading", "데이턴 드론 클러스터 현황"),
                   "데이턴 드론 클러스터는 미국 오하이오주의 드론 산업 클러스터다.",
                   "2012년 이후 벤처캐피털과 사모펀드가 데이턴 드론 클러스터 기업에 투자한 금액은 33억 달러에 이른다."], "ko")
    (s,) = stats_where(res, unit="USD")
    assert s["metric"] == "venture_capital", s
