"""Forms met reading an English regional review of a Chinese high-tech zone (two columns, a table captioned
with its year) and a Korean news story on a Seoul R&D complex, written here in other words."""
from tests.helpers import extract, extract_table, factor_codes, stats_where


def test_a_zone_known_as_the_valley_of_its_country_and_its_short_form_are_one_cluster():
    res = extract([("heading", "Photonics Valley of China: Wuhan's Moon Lake High-tech Zone"),
                   "Wuhan Moon Lake High-tech Development Zone, better known as Photonics Valley of China, makes lasers.",
                   "Photonics Valley now counts more than 9,000 private enterprises."], "en")
    assert len(res["clusters"]) == 1, res["clusters"]
    assert stats_where(res, value=9000.0)[0]["cluster_id"] == res["clusters"][0]["cluster_id"]


def test_a_table_caption_ending_in_a_year_dates_its_figures_and_the_year_is_no_unit():
    res, _ = extract_table([["Indicator", "Value"], ["Registered enterprises", "11,500"], ["Listed companies", "21"]], "en",
                           "Table 2. Moon Lake High-tech Zone: selected indicators (2018)")
    assert {(s["value"], s["unit"], s["period_start"]) for s in res["statistics"]} == \
        {(11500.0, "count", "2018-01-01"), (21.0, "count", "2018-01-01")}, res["statistics"]


def test_a_zone_designated_or_approved_and_projects_signed_are_english_factors():
    head = [("heading", "Moon Lake High-tech Zone"), "Moon Lake High-tech Zone lies east of the city centre."]
    assert "government_support" in factor_codes(extract(head + ["In 2006 the ministry designated it a national photonics base."], "en"))
    assert "government_support" in factor_codes(extract(head + ["It was approved as a state-level zone in 1992."], "en"))
    assert "investment_attraction" in factor_codes(extract(head + ["At last spring's fair, eleven projects worth 8 billion yuan were signed."], "en"))
    # (venture capital said to be thinner there is a weakness, no success factor)
    assert "access_to_capital" not in factor_codes(extract(head + ["The zone has thinner venture capital than Shenzhen."], "en"))


def test_researchers_counted_with_man_are_a_headcount_not_a_talent_claim():
    ko = [("heading", "가람연구단지"), "가람연구단지는 서울 서부의 연구개발 거점이다."]
    assert "talent" not in factor_codes(extract(ko + ["이곳에서 일하는 연구 인력만 1만2000명에 이른다."], "ko"))


def test_money_spent_on_research_is_rd_spending_and_money_put_into_roads_investment():
    ko = [("heading", "가람연구단지"), "가람연구단지는 서울 서부의 연구개발 거점이다."]
    res = extract(ko + ["입주기업들이 지난해 연구개발에 쓴 돈은 2조1500억원으로 집계됐다.", "시가 진입도로에 들인 돈은 450억원이다."], "ko")
    assert stats_where(res, value=2150000000000.0)[0]["metric"] == "rd_spending", res["statistics"]
    assert stats_where(res, value=45000000000.0)[0]["metric"] == "investment", res["statistics"]


def test_a_site_the_topic_is_made_of_is_no_antecedent_of_the_park_after_a_heading():
    res = extract([("heading", "Southern Coast Science Park"),
                   "The Southern Coast Science Park is a government-built park. It is made up of two sites, the Anping "
                   "Science Park and the Luzhu Science Park.",
                   ("heading", "History"), "A second site was added in 2000; it was renamed Luzhu Science Park in 2004.",
                   ("heading", "Economy"), "In 2012 there were 140 companies based in the park."], "en")
    topic = next(c["cluster_id"] for c in res["clusters"] if c["name"].startswith("Southern Coast"))
    assert stats_where(res, value=140.0)[0]["cluster_id"] == topic, res["statistics"]


def test_a_location_in_the_capital_region_given_as_a_reason_is_a_location_claim():
    ko = [("heading", "가람테크노밸리 입주기업 실태조사"), "가람테크노밸리 입주기업 120개사가 조사에 응답했다."]
    assert "location_connectivity" in factor_codes(extract(ko + ["입주 이유로는 '산학 협력'(30.1%), '수도권 입지'(22.5%) 순이었다."], "ko"))


def test_a_citys_ecosystem_after_a_sentence_opening_word_is_a_cluster():
    res = extract([("heading", "How a northern city came back"),
                   "Today Tampere's robotics ecosystem is growing again: more than 300 robotics companies operate in the region."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Tampere robotics ecosystem"], res["clusters"]
    assert stats_where(res, value=300.0)[0]["cluster_id"] is not None, res["statistics"]


def test_jobs_that_disappeared_are_jobs_lost_and_help_to_start_companies_is_startup_support():
    head = [("heading", "Kemira Technology Park"), "Kemira Technology Park lies north of the city."]
    res = extract(head + ["In all, some 3,200 ICT jobs disappeared when the handset maker left."], "en")
    assert [(s["metric"], s["metric_label"]) for s in stats_where(res, value=3200.0)] == [("jobs_change", "jobs lost")], res["statistics"]
    assert "startup_support" in factor_codes(extract(head + ["The former owner funded programmes that helped laid-off staff start companies."], "en"))
    assert "investment_attraction" in factor_codes(extract(head + ["Engineers used their contacts to persuade foreign companies to open offices."], "en"))


def test_what_a_park_brought_in_from_a_country_keeps_the_paragraph_about_the_park():
    res = extract([("heading", "가람공업원구"), "가람공업원구는 장쑤성 쑤저우시 동부의 산업단지다.",
                   "싱가포르의 행정 경험을 들여와 규정 120여 개를 만든 것이 성장의 바탕이 됐다. "
                   "싱가포르국립대 가람연구원은 2012년 문을 연 뒤 첨단기업 40곳을 보육했다."], "ko")
    topic = res["clusters"][0]["cluster_id"]
    assert {(f["cluster_id"], f["country"]) for f in res["success_factors"] if f["factor"] == "startup_support"} == {(topic, None)}, \
        res["success_factors"]


def test_korean_imports_and_exports_together_are_trade():
    res = extract([("heading", "가람공업원구"), "가람공업원구는 장쑤성 쑤저우시 동부의 산업단지다.", "같은 해 수출입 총액은 512억 달러였다."], "ko")
    assert [s["metric_label"] for s in stats_where(res, value=51200000000.0)] == ["trade"], res["statistics"]
