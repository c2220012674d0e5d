"""Forms met reading a story on a Japanese science city, a Korean complex's yearly release, a KOTRA note on a
Texas tech hub and a report on a Dutch high-tech region's reliance on one firm, written here in other words."""
from tests.helpers import extract, factor_codes, stats_where


def test_a_city_home_to_people_counts_its_residents():
    res = extract([("heading", "K"), "Kansai Science City is a science city in Japan.",
                   "Today the city spreads over 154 square kilometres and is home to about 250,000 people."], "en")
    (s,) = stats_where(res, value=250000.0)
    assert s["metric"] == "population", s
    res = extract([("heading", "K"), "Kansai Science City is a science city in Japan.",
                   "The park is home to 5,000 people working in 120 firms."], "en")
    (s,) = stats_where(res, value=5000.0)
    assert s["metric"] == "employees", s


def test_a_trip_cut_to_a_time_is_a_travel_time():
    res = extract([("heading", "K"), "Kansai Science City is a science city in Japan.",
                   "New bus routes and road repairs have cut the trip from Kyoto station to about 40 minutes."], "en")
    (s,) = stats_where(res, unit="hour")
    assert s["metric"] == "travel_time", s


def test_korean_items_named_as_the_difficulties_after_them_are_no_factors():
    res = extract([("heading", "오창"), "오창과학산업단지는 청주의 산업단지다.",
                   "다만 입주기업들은 전문 인력 확보와 주거·교통 여건 개선을 과제로 꼽았다."], "ko")
    assert "talent" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "오창"), "오창과학산업단지는 청주의 산업단지다.",
                   "주거비 상승과 교통 혼잡이 심해지고 있어 인력 유치에 부담이 될 수 있음."], "ko")
    assert "talent" not in factor_codes(res), res["success_factors"]
    res = extract([("heading", "오창"), "오창과학산업단지는 청주의 산업단지다.", "단지는 전문 인력 확보에 성공했다."], "ko")
    assert "talent" in factor_codes(res), res["success_factors"]


def test_no_income_tax_is_a_tax_break():
    res = extract([("heading", "오창"), "오창과학산업단지는 청주의 산업단지다.",
                   "충북도는 입주기업에 법인세가 없다고 설명했다."], "ko")
    assert "government_support" in factor_codes(res), res["success_factors"]


def test_money_for_a_campus_being_built_is_investment():
    res = extract([("heading", "오창"), "오창과학산업단지는 청주의 산업단지다.",
                   "애플은 단지 북쪽에 10억 달러 규모의 신규 캠퍼스를 짓고 있다."], "ko")
    (s,) = stats_where(res, value=1e9)
    assert s["metric"] == "investment", s


def test_firms_set_off_by_dashes_are_anchor_firms_and_rail_links_stay_beside_a_university():
    res = extract([("heading", "B"), "Brainport Eindhoven is a cluster in the Netherlands.",
                   "The other large firms — DAF, NXP, Philips and VDL — together contribute 17 percent."], "en")
    assert "anchor_firms" in factor_codes(res), res["success_factors"]
    res = extract([("heading", "B"), "Brainport Eindhoven is a cluster in the Netherlands.",
                   "The money goes to talent programmes at Eindhoven University of Technology, to road and rail links "
                   "and to nearly 20,000 new homes."], "en")
    assert "location_connectivity" in factor_codes(res), res["success_factors"]


def test_korean_investment_and_firms_brought_in_are_investment_and_companies():
    res = extract([("heading", "광양만권경제자유구역 소개"), "광양만권경제자유구역은 전남 광양만 일대의 경제자유구역이다.",
                   "○ 개청 이후 투자 유치 25조8,330억원, 기업 유치 473곳, 일자리 5만1,000개를 창출함"], "ko")
    (money,) = stats_where(res, value=25833e9)
    assert money["metric"] == "investment", money
    (firms,) = stats_where(res, value=473.0)
    assert firms["metric"] == "companies", firms
