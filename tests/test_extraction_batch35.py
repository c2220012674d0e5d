"""Forms met in Korean municipal survey releases and news on domestic complexes (read in a fourth
pass over writing by others), written here in other words: a change counted in brackets after its
percentage (5.1%(2308명) 늘었다), changes compared with two years and one verb, the year of a
compared figure that is no period of the change, '이 중' inside '기업이 중소기업', a count in brackets
after the share it makes, a breakdown by industry after a total, an amount in 억 or 조 whose 원 goes
unsaid, an arrow after a headline's percentage, and a headline's figure that rounds the body's."""
from pipeline.extract.geo import korean_region
from tests.helpers import clusters_by_id, extract, stats_where


def test_a_change_counted_in_brackets_after_its_percentage():
    res = extract(["오창과학산업단지 실태조사", "상근 종사자는 4만 1530명으로 전년 대비 5.1%(2308명) 늘었다. "
                   "입주기업의 매출은 2022년 매출(31조 2000억원)보다 14.2%(4조 4300억원) 증가했다."], "ko", "2024-03-02")
    assert stats_where(res, value=2308)[0]["metric"] in ("growth", "jobs_change")
    assert stats_where(res, value=4.43e12)[0]["metric"] == "growth"
    assert stats_where(res, value=5.1)[0]["metric"] == "growth"


def test_changes_compared_with_two_years_share_one_verb():
    res = extract(["오창과학산업단지 실태조사", "입주 기업은 842개로 2022년보다 1.5%(13개), 2021년보다는 3.2%(28개) 감소했다."],
                  "ko", "2024-03-02")
    for v in (1.5, 13, 3.2, 28):
        assert stats_where(res, value=v)[0]["metric"] == "decline", v


def test_the_year_of_a_compared_figure_is_not_the_period_of_the_change():
    res = extract(["광교테크노밸리 실태조사", "광교테크노밸리 입주기업의 2023년 매출은 8조 2000억원으로 2022년 매출(7조 1000억원)보다 "
                   "15.5% 늘었다."], "ko", "2024-05-10")
    assert stats_where(res, value=8.2e12)[0]["period_start"] == "2023-01-01"
    assert stats_where(res, value=7.1e12)[0]["period_start"] == "2022-01-01"
    growth = stats_where(res, value=15.5)[0]
    assert growth["metric"] == "growth" and growth["period_start"] != "2022-01-01"


def test_i_jung_inside_two_words_is_not_the_same_period():
    res = extract(["광교테크노밸리 실태조사", "지난해 입주기업 매출은 약 8조원에 달했다.",
                   "제2단지는 전체 215개 기업 가운데 198개 기업이 중소기업으로 나타났다."], "ko", "2024-05-10")
    assert stats_where(res, value=8e12)[0]["period_start"] == "2023-01-01"
    assert stats_where(res, value=198)[0]["period_start"] is None
    assert stats_where(res, value=215)[0]["period_start"] is None


def test_a_count_in_brackets_counts_what_its_percentage_is_a_share_of():
    res = extract(["광교테크노밸리 실태조사", "규모별로는 중소기업 88.1%(1천210개), 대기업 4.2%(58개)로 조사됐다."], "ko", "2024-05-10")
    assert stats_where(res, value=1210)[0]["metric"] == "companies"
    assert stats_where(res, value=88.1)[0]["metric"] == "share"


def test_a_breakdown_by_industry_after_a_total_measures_the_same():
    res = extract(["광교테크노밸리 실태조사", "입주기업의 총 매출액은 12조 4000억 원으로 집계됐다. 업종별로는 ▲소프트웨어 7조 2000억 원 "
                   "▲바이오 1조 1000억 원이었다.", "업종별로는 정보기술 820개(61.0%), 바이오 190개(14.1%) 순이었다."], "ko", "2024-05-10")
    assert stats_where(res, value=7.2e12)[0]["metric"] == "revenue"
    assert stats_where(res, value=1.1e12)[0]["metric"] == "revenue"
    assert stats_where(res, value=820)[0]["metric"] == "companies"


def test_an_amount_in_eok_or_jo_with_won_unsaid():
    res = extract(["오송 바이오밸리 총매출 9조6천억…전년 대비 7.7%↑",
                   "오송생명과학단지 입주기업의 지난해 연구개발 투자비용은 2조 1200억원으로 전년(1조 8800억) 대비 12.8% 증가했다. "
                   "수입은 3%↓였다."], "ko", "2024-03-02")
    assert stats_where(res, value=9.6e12)[0]["unit"] == "KRW"
    assert stats_where(res, value=7.7)[0]["metric"] == "growth"
    prior = stats_where(res, value=1.88e12)[0]
    assert prior["unit"] == "KRW" and prior["period_start"] == "2022-01-01"
    assert stats_where(res, value=3)[0]["metric"] == "decline"
    assert not stats_where(res, value=1e8)  # '1억' nowhere: nothing else is read as won


def test_no_won_is_implied_without_money_around():
    res = extract(["오송생명과학단지 현황", "오송생명과학단지 주변 인구는 30만 명, 방문객은 연간 1억 명에 이른다."], "ko", "2024-03-02")
    assert {s["unit"] for s in res["statistics"]} == {"count"}


def test_a_headline_figure_rounding_the_body_is_the_body_figure():
    res = extract(["오송생명과학단지 생산 12조원 돌파", "오송생명과학단지의 지난해 생산액은 12조 2천억원으로 전년보다 9.1% 늘었다."], "ko", "2024-03-02")
    money = [s for s in res["statistics"] if s["unit"] == "KRW"]
    assert [(s["value"], s["qualifier"], s["period_start"]) for s in money] == [(1.22e13, "exact", "2023-01-01")]


def test_a_name_shortened_in_the_next_sentence_is_the_same_cluster():
    res = extract(["Northgate Science City", "Northgate Science City is a planned research city in Japan, "
                   "about 40 kilometers north of the capital.",
                   "The name is commonly shortened to Gakuen Science City. It houses 310 research institutes."], "en")
    assert list(clusters_by_id(res)) == ["northgate-science-city"]
    assert {s["cluster_id"] for s in res["statistics"]} == {"northgate-science-city"}


def test_an_infobox_field_with_its_date_in_brackets_labels_the_value():
    res = extract(["Northgate Science City", "Northgate Science City is a planned research city in Japan.",
                   "Population (July 1, 2021)[2] | 84,300"], "en")
    assert stats_where(res, value=84300)[0]["metric"] == "population"


def test_a_park_named_after_a_preposition_and_described_by_a_dash():
    res = extract(["A decade of growth", "Over 90 firms and 4,100 professionals now work at Lumina – the technology park "
                   "of the State University of the North.", "Companies also gather in Manchester, the science park "
                   "capital of the region."], "en")
    assert list(clusters_by_id(res)) == ["lumina"]
    assert stats_where(res, value=90)[0]["cluster_id"] == "lumina"


def test_a_named_compound_written_alone_is_the_cluster_it_ends():
    res = extract(["한빛 수소밸리 입주기업 120개 넘어", "원주 혁신도시의 한빛 수소밸리 입주기업이 120개를 넘어섰다.",
                   "수소밸리에는 지난 11개월 동안 35개 기업이 새로 들어왔다."], "ko", "2022-06-10")
    byid = clusters_by_id(res)
    assert "hanbit-hydrogen-valley" in byid and not any(k.endswith("baelli") or k == "hydrogen-valley" for k in byid)
    assert byid["hanbit-hydrogen-valley"]["region"] == "Wonju"
    assert stats_where(res, value=35)[0]["cluster_id"] == "hanbit-hydrogen-valley"
    assert not stats_where(res, value=11)  # 11개월: a span of months, no count


def test_one_word_name_and_its_ending_written_alone():
    res = extract(["한빛수소밸리 입주기업 120개", "한빛수소밸리 입주기업이 120개를 넘어섰다.",
                   "수소밸리에는 올해 35개 기업이 새로 들어왔다."], "ko", "2022-06-10")
    assert [c["name_en"] for c in res["clusters"]] == ["Hanbit Hydrogen Valley"]


def test_a_kind_of_city_after_a_place_is_no_city_of_its_own():
    assert korean_region("나주 혁신도시") == "Naju"  # not a city '혁신도' read by its suffix 시
    assert korean_region("경기도 수원시") == "Suwon"


def test_jobs_created_and_hires_are_job_changes():
    res = extract(["한빛 수소밸리 투자협약", "한빛 수소밸리 투자협약 기업의 고용 창출 인원은 840명이다. 이들 기업은 인력 450명을 채용한다. "
                   "협약식에는 300명이 참석했다."], "ko", "2022-06-10")
    assert stats_where(res, value=840)[0]["metric"] == "jobs_change"
    assert stats_where(res, value=450)[0]["metric"] == "jobs_change"
    assert stats_where(res, value=300)[0]["metric"] != "jobs_change"


def test_kinds_listed_after_the_noun_they_count():
    res = extract(["한빛 수소밸리 투자협약", "투자협약 기업은 연료전지 분야 20곳, 저장 분야 8곳, 총 28곳이다."], "ko", "2022-06-10")
    assert [stats_where(res, value=v)[0]["metric"] for v in (20, 8, 28)] == ["companies"] * 3


def test_from_a_month_to_this_year():
    res = extract(["한빛 수소밸리 투자협약", "2018년 5월 이후 올해까지 한빛 수소밸리에 총 310개 기업이 투자를 약속했다.",
                   "2019년부터 지난해까지 유치한 연구소는 12곳이다."], "ko", "2022-06-10")
    s = stats_where(res, value=310)[0]
    assert (s["period_start"], s["period_end"]) == ("2018-05-01", "2022-12-31")
    s = stats_where(res, value=12)[0]
    assert (s["period_start"], s["period_end"]) == ("2019-01-01", "2021-12-31")


def test_the_end_of_a_change_from_one_figure_to_another():
    res = extract(["Harbourside Innovation District", "In Harbourside Innovation District, member firms went from 1,210 in "
                   "the year 2012 to 2,480 registered in the last survey of 2020."], "en")
    first, last = stats_where(res, value=1210)[0], stats_where(res, value=2480)[0]
    assert first["metric"] == last["metric"] == "companies"
    assert first["period_start"] == "2012-01-01" and last["period_start"] == "2020-01-01"


def test_a_year_compared_with_or_settled_in_is_no_period():
    res = extract(["Harbourside Innovation District", "Harbourside Innovation District, which settled in the old docks in the "
                   "year 1999, now counts more than 600 companies.",
                   "It employs 41,000 workers more than in the year 2005."], "en")
    assert stats_where(res, value=600)[0]["period_start"] is None
    assert stats_where(res, value=41000)[0]["period_start"] is None


def test_amounts_changed_with_a_particle_and_one_verb_for_two():
    res = extract(["남해안 산단 매출", "단지별로는 해룡산단이 1,200억원 신대산단이 800억원이 늘었지만 철강 불황으로 "
                   "대송산단은 3,000억원이 감소했다."], "ko", "2020-02-01")
    assert [stats_where(res, value=v)[0]["metric"] for v in (1.2e11, 8e10, 3e11)] == ["growth", "growth", "decline"]


def test_a_listed_member_that_is_no_cluster_keeps_the_list_together():
    res = extract(["산단 매출 조사", "해룡산단과 포스코 제철소, 율촌산단등 9개 단지의 매출은 모두 50조원이다."], "ko", "2020-02-01")
    assert set(clusters_by_id(res)) == {"haeryong-industrial-complex", "yulchon-industrial-complex"}
    assert all(c["country"] == "KR" for c in res["clusters"])  # 산단: a kind only Korea has
    assert stats_where(res, value=5e13)[0]["cluster_id"] is None  # the set's, no one member's


def test_an_expansion_site_is_part_of_its_complex_and_a_table_unit_no_figure():
    res = extract(["여수국가산업단지 개요", "여수국가산업단지의 확장단지는 7,306천㎡ 규모로 2015년 준공됐다.", "단지규모 (단위 : 천㎡)"],
                  "ko", "2020-02-01")
    assert list(clusters_by_id(res)) == ["yeosu-national-industrial-complex"]
    assert [s["value"] for s in res["statistics"]] == [7306000.0]


def test_thousands_printed_with_a_comma_and_a_space():
    res = extract(["Riverside Research Park", "Riverside Research Park has 2, 460 acres of land, and its 210 companies "
                   "have more than 18, 000 employees."], "en")
    assert stats_where(res, value=18000)[0]["metric"] == "employees"
    assert stats_where(res, unit="m2")[0]["text"] == "2, 460 acres"
    assert not stats_where(res, value=0)


def test_the_name_a_park_was_founded_as_is_another_name_of_it():
    res = extract(["Riverside Research Park", "Riverside Research Park, in Huntsville, is one of the largest research parks, "
                   "behind only Research Triangle Park in North Carolina.",
                   "Riverside was founded in 1965 as Madison County Research Park and celebrated 50 years of operation in 2015."], "en")
    byid = clusters_by_id(res)
    assert set(byid) == {"riverside-research-park", "research-triangle-park"}
    assert byid["riverside-research-park"]["region"] == "Huntsville"  # not the other park's state
    assert not stats_where(res, unit="year")  # an age, no duration


def test_a_price_and_capital_improvements():
    res = extract(["Riverside Research Park", "Riverside Research Park saw a number of gains. One firm made $2 million in "
                   "capital improvements. At a price of less than $90,000 an acre, land in the park stays cheap."], "en")
    assert stats_where(res, value=2e6)[0]["metric"] == "investment"
    assert stats_where(res, value=9e4)[0]["metric"] == "other"


def test_the_first_months_of_a_year_and_a_hike():
    res = extract(["Gulf Internet Park", "Gulf Internet Park grew in 2023, with tenant numbers rising by 12.5% in the "
                   "first eight months of the year.", "In May 2022, the park announced a rent hike of 15% for new leases."],
                  "en", "2023-10-01")
    s = stats_where(res, value=12.5)[0]
    assert (s["metric"], s["period_start"], s["period_end"]) == ("growth", "2023-01-01", "2023-08-31")
    assert stats_where(res, value=15)[0]["metric"] == "growth"


def test_members_named_after_their_kind_in_the_plural():
    res = extract(["Gulf Internet Park", "Gulf Internet Park is an information technology park in Qatar. It lies next to "
                   "other industry clusters such as Doha Media Park and Lusail Design District."], "en")
    assert {"gulf-internet-park", "doha-media-park", "lusail-design-district"} <= set(clusters_by_id(res))


def test_a_countrys_silicon_valley_in_apposition_is_no_cluster():
    res = extract(["Why Korea innovates", "The Gwanggyo Techno Valley, South Korea's Silicon Valley, reflects the pace of "
                   "innovation in the country."], "en")
    assert list(clusters_by_id(res)) == ["gwanggyo-techno-valley"]
    assert res["clusters"][0]["region"] == "Suwon"  # Gwanggyo: a Korean place spelt in English


def test_a_headline_next_and_a_so_called_second_name_no_clusters():
    res = extract(['The "Next Pangyo Techno Valley" Gateway for Global Companies',
                   "We will now focus on the development of Gwanggyo BT Valley, the so-called second Pangyo Valley.",
                   "Pangyo Techno Valley houses nearly 70,000 workers of 1,000 businesses."], "en")
    assert set(clusters_by_id(res)) == {"pangyo-techno-valley", "gwanggyo-bt-valley"}


def test_a_complex_that_only_locates_a_designated_zone_is_no_claim():
    res = extract(["광주시는 첨단산단 일대에 지정된 특화단지에 기업 10곳이 입주를 확정했다고 밝혔다."], "ko")
    assert not res["success_factors"]
    res = extract(["빛가람 에너지밸리가 들어선 나주는 2005년 혁신도시로 지정됐다."], "ko")
    assert {f["factor"] for f in res["success_factors"]} == {"government_support"}


def test_the_quoted_title_of_a_report_claims_nothing():
    res = extract(["해외 클러스터 성공요인", "3일 공사가 발표한 ‘해외 바이오클러스터 현황과 투자유치 전략 보고서’에 따르면 해외 "
                   "클러스터 15곳 중 9곳이 성공요인으로 협업 네트워크를 꼽았다."], "ko", "2021-05-03")
    assert "investment_attraction" not in {f["factor"] for f in res["success_factors"]}
    assert "collaboration_network" in {f["factor"] for f in res["success_factors"]}
    res = extract(["입주기업 설문", "입주기업 설문조사에서는 '인근 병원·대학과의 공동연구'(21.4%)가 입주 이유로 꼽혔다."], "ko")
    assert "industry_academia" in {f["factor"] for f in res["success_factors"]}  # a quoted answer, no title


def test_a_headline_description_and_a_countrys_people_are_no_clusters_figures():
    res = extract(["The Power of Europe's Largest Bio Cluster with a Long History",
                   "Norway is a small country with a population of about 5.5 million.",
                   "At the core of its growth is the Fjord Valley, one of the top biotech clusters worldwide, with over "
                   "800 life sciences companies."], "en")
    assert list(clusters_by_id(res)) == ["fjord-valley"]
    assert stats_where(res, value=5.5e6)[0]["cluster_id"] is None
    assert stats_where(res, value=800)[0]["cluster_id"] == "fjord-valley"


def test_a_verb_after_a_figure_and_changes_said_with_a_bare_verb():
    res = extract(["Fjord Valley", "Fjord Valley's population of 2 million amounts to a third of the country's. "
                   "The 2010–18 period saw employment in the valley drop by 21% in the north, but jump by 9% in the south. "
                   "One drug maker shut its plant, with the loss of 450 jobs."], "en")
    assert stats_where(res, value=2e6)[0]["metric"] == "population"
    assert [stats_where(res, value=v)[0]["metric"] for v in (21, 9)] == ["decline", "growth"]
    assert stats_where(res, value=450)[0]["metric"] == "jobs_change"


def test_a_region_is_no_station():
    res = extract(["메디콘밸리", "레오 파마가 코펜하겐에 자리잡은 뒤 유명 제약사가 잇따라 이 지역에 들어섰다."], "ko")
    assert "location_connectivity" not in {f["factor"] for f in res["success_factors"]}


def test_a_countrys_figure_in_brackets_and_a_shares_amount():
    res = extract(["식품 클러스터", "가장 대표적인 성공사례는 덴마크의 ‘유틀란트 밸리’(Jutland Valley)다. 덴마크 연간 농식품 수출액(800억 달러) "
                   "중 유틀란트 밸리의 기여도는 25%(200억 달러)다. 한국의 지난해 농식품 수출액(78억 달러)보다 많다."], "ko", "2014-08-28")
    assert stats_where(res, value=8e10)[0]["cluster_id"] is None
    assert stats_where(res, value=7.8e9)[0]["cluster_id"] is None
    part = stats_where(res, value=2e10)[0]
    assert part["cluster_id"] == "jutland-valley" and part["metric"] == "exports"


def test_money_worth_of_goods_exported():
    res = extract(["식품 클러스터", "미국 캘리포니아의 ‘나파밸리’(Napa Valley)는 52억 달러 어치의 식품을 매년 수출한다."], "ko")
    assert stats_where(res, value=5.2e9)[0]["metric"] == "exports"


def test_an_association_of_parks_is_no_park_and_two_counts_share_a_noun():
    res = extract(["A new dawn for science parks", "A milestone comes in 2024, when the Nordic Science Park Association (NSPA) "
                   "marks its 20th year.", "The region hosts about 90 parks and around €21 million of investment supporting 1,200 "
                   "and 1,450 start-ups each year."], "en")
    assert not res["clusters"]
    assert stats_where(res, value=1200)[0]["metric"] == "startups"


def test_about_inside_a_number_an_organisation_and_an_ordinal_complex():
    res = extract(["오창과학산업단지", "오창과학산업단지 조성에는 6700여억 원의 사업비가 투입됐다. 오창에서 수도권까지 1시간대에 갈 수 있다.",
                   "2008년 오창혁신클러스터 추진단으로 출범한 충북 클러스터 사업은 주변 대학과 협력하고 있다.",
                   "오창 제2산업단지(139만㎡) 조성 작업도 추진되고 있다."], "ko", "2014-09-12")
    s = stats_where(res, value=6.7e11)[0]
    assert (s["unit"], s["qualifier"]) == ("KRW", "approx")
    assert stats_where(res, unit="hour")[0]["metric"] == "travel_time"
    assert set(clusters_by_id(res)) == {"ochang-science-industrial-complex", "ochang-2nd-industrial-complex"}
    assert stats_where(res, value=1.39e6)[0]["cluster_id"] == "ochang-2nd-industrial-complex"


def test_a_sentence_going_on_from_the_figures_before_keeps_their_period():
    res = extract(["창원산단 상반기 동향", "창원국가산업단지의 상반기 생산액은 28조원으로 1년 전보다 6.1% 증가했다.",
                   "업종별로는 기계 업종의 생산액이 12조원으로 전체의 42.9%를 차지했다.",
                   "수출도 95억달러로 한 해 전보다 7.3% 늘었다."], "ko", "2023-07-25")
    for v in (2.8e13, 1.2e13, 9.5e9):
        assert stats_where(res, value=v)[0]["period_start"] == "2023-01-01", v
        assert stats_where(res, value=v)[0]["period_end"] == "2023-06-30", v


def test_a_financial_year_and_a_standing_date_in_a_later_clause():
    res = extract(["Infopark Kochi", "Infopark Kochi is an IT park in Kerala, India. In the 2019–20 financial year the firms "
                   "on the campus exported software worth ₹6,310 crore."], "en")
    s = stats_where(res, unit="INR")[0]
    assert (s["period_start"], s["period_end"]) == ("2019-04-01", "2020-03-31")
    res = extract(["중부과학단지", "중부과학단지의 전체 면적은 약 1,700헥타르이며, 2022년 기준 입주 기업은 약 200개, 종사자는 약 5만 명이다."], "ko")
    assert stats_where(res, value=50000)[0]["period_start"] == "2022-01-01"


def test_a_headline_count_the_body_says_is_a_change_and_startups_counted_as_firms():
    res = extract(["말레이, 남부에 '반도체 혁신지구' 키운다…2035년까지 일자리 4만2천개",
                   "쿨림 하이테크파크는 약 400헥타르 부지에 들어서며, 완공 무렵에는 일자리 4만2천개가 새로 생길 것으로 예상된다.",
                   "1단계 사업에는 국비와 주정부 예산을 합쳐 1200억원이 들어갔다. 이 기간 발굴된 스타트업은 132개사로 늘었다."], "ko", "2024-02-01")
    jobs = stats_where(res, value=42000)
    assert [(s["metric"], s["period_start"]) for s in jobs] == [("jobs_change", "2035-01-01")]
    assert stats_where(res, value=1.2e11)[0]["metric"] == "investment"
    assert stats_where(res, value=132)[0]["metric"] == "startups"


def test_the_parts_a_complex_is_made_of_leave_later_figures_to_it():
    res = extract([("heading", "동해미포국가산업단지"), "동해미포국가산업단지는 1970년대 조성되기 시작했다.",
                   "이 단지에는 북평공업단지와 송정석유화학공업단지가 있으며, 현대제철 등 412개의 업체가 입주해 있다. 총면적 1,805만 m²이다."],
                  "ko")
    assert stats_where(res, value=412)[0]["cluster_id"] == "donghaemipo-national-industrial-complex"
    res = extract([("heading", "동해미포국가산업단지"), "동해미포국가산업단지는 1970년대 조성되기 시작했다.",
                   "이 단지는 북평공업단지, 송정석유화학공업단지 등 4개 지구로 구분된다. 단지의 총 규모는 1805만㎡이다."], "ko")
    assert {s["cluster_id"] for s in res["statistics"]} == {"donghaemipo-national-industrial-complex"}


def test_a_relational_head_word_leaves_the_noun_before_it_to_say_what_is_measured():
    res = extract(["동해 산단 동향", "동해지역 국가산단의 올해 1분기 수출 실적은 92억 달러로 지난해 같은 기간보다 13.2% 늘었다."], "ko", "2022-05-01")
    assert stats_where(res, value=9.2e9)[0]["metric"] == "exports"


def test_a_common_noun_glossed_in_english_is_no_name():
    res = extract([("heading", "산업클러스터 (clusters of industry)"), "각국 정부가 산업클러스터를 만들기 위한 다양한 방법을 모색하고 있다. "
                   "프랑스는 그르노블을 필두로 12개 도시에 산업클러스터 건설을 추진 중이다."], "ko")
    assert not res["clusters"]


def test_spans_of_months_date_figures_and_change_words_in_a_growth_report():
    res = extract(["Riverside Cluster", "Riverside Cluster firms grew sales by 8.1% over the 12 months to March 2019. "
                   "Over the last 12 months, global turnover kept expanding 14.4%, and rents have grown close to 10%.",
                   "Last year, firms in Riverside Cluster saw a 17% increase in their collective turnover."], "en", "2019-06-01")
    assert not stats_where(res, value=12)  # a span of months, no count
    s = stats_where(res, value=8.1)[0]
    assert (s["period_start"], s["period_end"]) == ("2018-04-01", "2019-03-31")
    assert [stats_where(res, value=v)[0]["metric"] for v in (14.4, 10, 17)] == ["growth", "growth", "growth"]
    assert stats_where(res, value=17)[0]["metric_label"] == "revenue growth"


def test_a_list_dated_after_its_last_item_shares_the_date():
    res = extract(["Distribution of Industrial Complexes", "They accounted for 58% of national manufacturing production, 71% of "
                   "exports, and 39% of employment in 2012."], "en")
    assert {s["period_start"] for s in res["statistics"]} == {"2012-01-01"}
    assert len(res["statistics"]) == 3


def test_firms_moving_their_base_a_network_built_a_need_and_a_numbered_phase():
    res = extract(["Gulf Internet Park", "Gulf Internet Park is an information technology park in Qatar. This freedom has led many "
                   "global technology firms to move their regional base to premises in the park."], "en")
    assert "investment_attraction" in {f["factor"] for f in res["success_factors"]}
    res = extract([("heading", "한빛테크노밸리 실태조사"), "한빛테크노밸리 입주기업은 1천241개다.",
                   "클러스터 사업은 반도체 관련 기업과 주변 대학(한빛대 등), 유관기관과 네트워크를 구축해 협력하고 있다.",
                   "한빛제2테크노밸리 활성화를 위해 필요한 정책으로는 ‘대중교통 접근성 강화’에 대한 요구가 가장 높았다."], "ko")
    assert list(clusters_by_id(res)) == ["hanbit-techno-valley"]  # 제2: a phase of it
    factors = {f["factor"] for f in res["success_factors"]}
    assert "collaboration_network" in factors and "location_connectivity" not in factors  # a need, no strength


def test_corporate_research_centres_count_firms_and_a_place_measured_from_is_no_location():
    res = extract([("heading", "Yuseong Innopolis: from science town to innovation cluster"),
                   "In 1975 the Korean government began the construction of Yuseong Innopolis. The cost of the development was "
                   "two trillion Korean won. It lies approximately 160 km from Seoul, about one hour from Seoul by train. "
                   "In total, there are 25 government-funded institutes and over 300 corporate R&D centers on the site."], "en")
    assert stats_where(res, value=300)[0]["metric"] == "companies"
    assert stats_where(res, value=2e12)[0]["unit"] == "KRW"
    assert res["clusters"][0]["region"] == "Daejeon"  # Yuseong, not Seoul (measured from)


def test_a_list_of_words_before_the_noun_a_number_counts():
    res = extract(["Northern Research Park", "Currently, Northern Research Park has 41 public, academic and private sector R&D "
                   "centres in an area of 120 hectares."], "en")
    assert stats_where(res, value=41)[0]["metric"] == "research_institutes"


def test_two_word_pair_words_match():
    res = extract(["Northern Research Park", "Northern Research Park is a science park in Norway.",
                   "Several large pharmaceutical companies have set up research centres on the campus."], "en")
    assert "investment_attraction" in {f["factor"] for f in res["success_factors"]}


def test_a_section_headed_by_a_country_is_the_countrys_and_a_report_style_copula_after_a_unit():
    res = extract([("heading", "덴마크 식품산업, 그 답은 유틀란트 밸리에 있다"),
                   ("heading", "□ 첨단기술과 혁신이 덴마크 농업의 성공비결"),
                   "ㅇ 덴마크는 세계 5위 농업 수출국가로, 2015년 기준 덴마크의 농산품 수출액은 약 240억 유로임.",
                   "- 현재 약 3만2000개 기업, 17만명이 덴마크의 농업에 종사하고 있음.",
                   ("heading", "□ 유틀란트 밸리(Jutland Valley) 현황"),
                   "ㅇ 유틀란트 밸리는 식품 클러스터로, 식품 관련 기업 640여 개가 입주해 있음."], "ko", "2016-09-20")
    s = stats_where(res, value=2.4e10)[0]
    assert (s["unit"], s["cluster_id"]) == ("EUR", None)
    assert stats_where(res, value=32000)[0]["cluster_id"] is None
    assert stats_where(res, value=640)[0]["cluster_id"] == "jutland-valley"
