"""More unseen phrasings: names whose first word is a place, particles before bracketed names,
gazetteer names inside longer names, possessives and metaphors, spread-out policy claims."""
from tests.helpers import clusters_by_id, extract, factor_set, stat_set

KO = [
    "KOTRA는 14일 '북유럽 혁신클러스터 투자유치 동향' 보고서를 발간했다.",
    "스웨덴 스톡홀름 북부의 시스타 사이언스 시티(Kista Science City)는 에릭슨, IBM 등 1,400여개 ICT 기업이 입주한 "
    "북유럽 최대 ICT 클러스터다. 이곳의 입주기업 종사자는 2만 4천명에 달하며, 왕립공과대학(KTH) 캠퍼스와 연계한 인재 "
    "공급이 강점으로 꼽힌다.",
    "핀란드 에스포의 오타니에미(Otaniemi) 혁신단지는 알토대학교를 중심으로 스타트업 500여개가 모여 있으며, "
    "2019년 한 해에만 벤처캐피털 투자 3억 유로를 유치했다.",
    "네덜란드 아인트호벤의 하이테크 캠퍼스(High Tech Campus)에는 필립스, ASML 등 235개사, 1만 2천여명의 연구원과 "
    "엔지니어가 근무한다. 오픈 이노베이션을 표방하는 이 캠퍼스는 공동 실험실과 클린룸 등 연구 인프라를 공유한다.",
    "한편 독일 정부는 2025년까지 하이테크 전략에 총 150억 유로를 투입할 계획이다.",
]
EN = [
    "The Cambridge Cluster in the UK counts over 5,000 knowledge-intensive firms employing around 70,000 people. "
    "Spin-outs from the University of Cambridge raised £1.2 billion in venture capital in 2021.",
    "Zhongguancun Science Park in Beijing, often called China's Silicon Valley, hosts more than 20,000 high-tech enterprises.",
    "Singapore's one-north, a 200-hectare research and business park, is home to Biopolis and Fusionopolis.",
]


def test_korean_names_keep_place_words_and_drop_particles():
    cs = clusters_by_id(extract(KO, "ko"))
    assert set(cs) == {"kista-science-city", "otaniemi", "high-tech-campus"}
    assert cs["kista-science-city"]["name_ko"] == "시스타 사이언스 시티"
    assert cs["high-tech-campus"]["name_ko"] == "하이테크 캠퍼스"
    assert (cs["kista-science-city"]["country"], cs["otaniemi"]["country"], cs["high-tech-campus"]["country"]) == ("SE", "FI", "NL")
    assert cs["high-tech-campus"]["region"] == "Eindhoven"


def test_korean_statistics_and_factors():
    res = extract(KO, "ko")
    assert stat_set(res) == {
        ("kista-science-city", "count", 1400.0, "approx", None, None),
        ("kista-science-city", "count", 24000.0, "exact", None, None),
        ("otaniemi", "count", 500.0, "approx", None, None),
        ("otaniemi", "EUR", 300000000.0, "exact", "2019-01-01", "2019-12-31"),
        ("high-tech-campus", "count", 235.0, "exact", None, None),
        ("high-tech-campus", "count", 12000.0, "approx", None, None),
        (None, "EUR", 15000000000.0, "exact", None, None),
    }
    f = factor_set(res)
    assert {("kista-science-city", None, "anchor_firms"), ("kista-science-city", None, "talent"),
            ("otaniemi", None, "access_to_capital"), ("high-tech-campus", None, "anchor_firms"),
            ("high-tech-campus", None, "open_innovation"), ("high-tech-campus", None, "rd_infrastructure"),
            (None, "DE", "government_support")} <= f
    assert not any(c is None and country is None for c, country, _ in f)  # the report sentence claims nothing


def test_english_possessives_metaphors_and_longer_names():
    res = extract(EN, "en")
    cs = clusters_by_id(res)
    assert "silicon-valley" not in cs  # "China's Silicon Valley" is a comparison
    assert cs["cambridge"]["country"] == "GB" and cs["cambridge"]["region"] == "Cambridge"
    zgc = next(c for c in res["clusters"] if "Zhongguancun" in c["aliases"] or c["name"] == "Zhongguancun")
    assert zgc["country"] == "CN" and "Zhongguancun Science Park" in zgc["aliases"] + [zgc["name"]]
    assert cs["one-north"]["region"] == "Singapore"
    assert ("one-north", "m2", 2000000.0, "exact", None, None) in stat_set(res)
    assert ("cambridge", "GBP", 1200000000.0, "exact", "2021-01-01", "2021-12-31") in stat_set(res)
    assert {("cambridge", None, "industry_academia"), ("cambridge", None, "access_to_capital")} <= factor_set(res)


KO_SECTIONS = [
    "Ⅱ. 국가별 혁신클러스터 사례",
    ("heading", "1. 이스라엘 텔아비브"),
    "텔아비브는 '실리콘 와디'로 불리는 이스라엘 창업 생태계의 중심지로, 약 2,700개의 스타트업과 350여개의 글로벌 "
    "R&D센터가 밀집해 있다. 2022년 기준 벤처캐피털 투자 규모는 약 75억 달러로 집계됐다.",
    ("heading", "2. 중국 선전 난산 과학기술단지"),
    "선전의 난산(南山) 과학기술단지는 화웨이, 텐센트 등 대기업 본사가 위치한 첨단산업단지로 면적은 약 11.5㎢에 "
    "이른다. 시 정부는 입주기업에 법인세 15% 우대세율을 적용한다.",
]
EN_EVENTS = [
    "Station F, the world's largest startup campus, opened in Paris in 2017 and hosts about 1,000 startups.",
    "Founded in 1959, Research Triangle Park in North Carolina covers 7,000 acres and is home to over 300 companies "
    "employing 65,000 people.",
    "According to the report, 45% of surveyed clusters cited access to venture capital as a key factor.",
]


def test_numbered_section_headings_scope_what_follows():
    res = extract(KO_SECTIONS, "ko")
    cs = clusters_by_id(res)
    shenzhen = next(c for c in res["clusters"] if c["name_ko"] == "선전 난산 과학기술단지")
    assert shenzhen["country"] == "CN"
    assert "silicon-wadi" in cs and cs["silicon-wadi"]["country"] == "IL"
    got = stat_set(res)
    assert (shenzhen["cluster_id"], "m2", 11500000.0, "approx", None, None) in got
    assert (shenzhen["cluster_id"], "percent", 15.0, "exact", None, None) in got
    assert ("silicon-wadi", "USD", 7500000000.0, "approx", "2022-01-01", "2022-12-31") in got
    f = factor_set(res)
    assert {(shenzhen["cluster_id"], None, "anchor_firms"), (shenzhen["cluster_id"], None, "government_support"),
            ("silicon-wadi", None, "access_to_capital")} <= f


def test_event_years_are_not_periods_and_capitalised_name_words_stay():
    res = extract(EN_EVENTS, "en")
    cs = clusters_by_id(res)
    assert set(cs) == {"station-f", "research-triangle-park"}
    got = stat_set(res)
    assert ("station-f", "count", 1000.0, "approx", None, None) in got  # "opened ... in 2017" is no period
    assert ("research-triangle-park", "m2", round(7000 * 4046.8564224, 3), "exact", None, None) in got
    assert ("research-triangle-park", "count", 300.0, "at_least", None, None) in got
    assert (None, None, "access_to_capital") in factor_set(res)


def test_a_place_in_the_genitive_names_its_cluster():
    """'피츠버그의 로봇 클러스터': the place's cluster, named without the 의, and every mention of it
    (with or without the 의) carries its figures. An unknown place counts after a country; a
    country or an unknown name without one does not name a cluster."""
    res = extract(["미국 피츠버그의 로봇 클러스터에는 300여 개 기업이 모여 있다.",
                   "피츠버그 로봇 클러스터의 고용 인원은 8,000명이다.",
                   "스웨덴 시스타의 ICT 클러스터는 1,000개 기업을 보유하고 있다.",
                   "한국의 바이오 클러스터와 삼성의 반도체 클러스터는 크다."], "ko")
    cs = clusters_by_id(res)
    assert set(cs) == {"pittsburgh-robotics", "kista-ict"}, cs
    assert cs["pittsburgh-robotics"]["name_ko"] == "피츠버그 로봇 클러스터"
    assert (cs["pittsburgh-robotics"]["country"], cs["pittsburgh-robotics"]["region"]) == ("US", "Pittsburgh")
    assert cs["kista-ict"]["name_ko"] == "시스타 ICT 클러스터" and cs["kista-ict"]["country"] == "SE"
    stats = {(c, v) for c, _, v, *_ in stat_set(res)}
    assert {("pittsburgh-robotics", 300.0), ("pittsburgh-robotics", 8000.0), ("kista-ict", 1000.0)} <= stats


def test_a_percentage_that_changes_is_labelled_growth_or_decline_not_share():
    def metrics(paras, lang):
        return {(s["text"], s["metric_label"]) for s in extract(paras, lang)["statistics"] if s["unit"] == "percent"}

    assert metrics(["메디콘 밸리(Medicon Valley)의 기업 수는 전년 대비 12% 증가했다. 메디콘 밸리의 수출은 3% 감소했고, "
                    "매출은 8%나 늘었다. 외국인 투자 비중이 20%로 증가했으며 기업의 64%가 중소기업이다."], "ko") == {
        ("12%", "companies growth"), ("3%", "exports decline"), ("8%", "revenue growth"),
        ("20%", "share"),  # the level reached
        ("64%", "companies")}
    assert metrics(["Employment in the Cambridge Cluster grew 7% in 2021, and venture investment was up 12%. "
                    "Exports were down 4%, and the cluster saw a 9% increase in patents. Startups make up 40% of firms; "
                    "tax credits cover up to 30% of costs, and its share of UK venture capital rose to 25%."], "en") == {
        ("7%", "employment growth"), ("12%", "investment growth"), ("4%", "exports decline"),
        ("9%", "patents growth"), ("40%", "companies"), ("30%", "share"), ("25%", "share")}


def test_the_area_and_the_region_refer_back_and_a_leading_the_is_not_a_name_word():
    res = extract(["The Cambridge Cluster is a leading life science hub. The area is home to 5,000 firms. "
                   "Around 70,000 people work in the region."], "en")
    assert [c["cluster_id"] for c in res["clusters"]] == ["cambridge"]
    assert {(s["text"], s["cluster_id"]) for s in res["statistics"]} == {("5,000", "cambridge"), ("70,000", "cambridge")}
    res = extract(["메디콘 밸리(Medicon Valley)는 덴마크와 스웨덴에 걸친 바이오 클러스터다.",
                   "해당 지역에는 350여개 기업이 있다."], "ko")
    assert {(s["text"], s["cluster_id"]) for s in res["statistics"]} == {("350여개", "medicon-valley")}


def test_an_owners_district_is_the_owner_and_venture_capital_is_named():
    res = extract(["In 2022, Kendall Square's innovation district counted 150 biotech firms. "
                   "New York's Brooklyn Navy Yard innovation hub hosts 400 firms. "
                   "Tech City UK attracted £1.2bn of venture capital investment in 2015."], "en")
    cs = clusters_by_id(res)
    assert not any("square-s" in k for k in cs), cs
    assert cs["brooklyn-navy-yard-innovation-hub"]["region"] == "New York"
    by_text = {s["text"]: (s["cluster_id"], s["metric_label"]) for s in res["statistics"]}
    assert by_text["150"][0] == "kendall-square"
    assert by_text["£1.2bn"] == ("tech-city", "venture capital investment")


def test_more_currencies_korean_and_english():
    ko = extract(["대만 신주과학단지의 2021년 매출액은 1조 6천억 대만달러에 달했고, 캐나다 기업은 30억 캐나다 달러를 투자했다."], "ko")
    assert {(s["text"], s["unit"], s["value"]) for s in ko["statistics"]} == {
        ("1조 6천억 대만달러", "TWD", 1.6e12), ("30억 캐나다 달러", "CAD", 3e9)}
    assert {s["metric_label"] for s in ko["statistics"] if s["unit"] == "TWD"} == {"revenue"}
    en = extract(["Hsinchu Science Park revenue reached NT$1.6 trillion in 2021. The MaRS cluster raised C$2 billion, "
                  "and Zhongguancun Science Park received RMB 5 billion."], "en")
    got = {(s["text"], s["unit"], s["value"], s["metric_label"]) for s in en["statistics"]}
    assert ("NT$1.6 trillion", "TWD", 1.6e12, "revenue") in got
    assert {(t, u) for t, u, *_ in got} >= {("C$2 billion", "CAD"), ("RMB 5 billion", "CNY")}  # RMB is not ISO 4217


def test_korean_place_clusters_bracketed_heads_and_quoted_nicknames():
    res = extract(["영국 케임브리지 클러스터는 약 5,000개의 기술 기업이 집적되어 있다.",
                   "독일 베를린의 아틀러스호프 과학기술단지(Adlershof)에는 1,200여 개 기업이 있다.",
                   "미국 오스틴은 '실리콘 힐스'로 불리며 대기업 본사 300여 곳이 위치해 있다.",
                   "런던지역 혁신클러스터와 독일 클러스터는 크다. 이 보고서는 '혁신의 조건'이라고 불린다."], "ko")
    by_ko = {c["name_ko"]: c for c in res["clusters"]}
    assert set(by_ko) == {"케임브리지 클러스터", "아틀러스호프 과학기술단지", "실리콘 힐스"}, by_ko
    assert (by_ko["케임브리지 클러스터"]["country"], by_ko["케임브리지 클러스터"]["region"]) == ("GB", "Cambridge")
    assert by_ko["아틀러스호프 과학기술단지"]["name_en"] == "Adlershof"
    assert (by_ko["실리콘 힐스"]["country"], by_ko["실리콘 힐스"]["region"]) == ("US", "Austin")
    ids = {c["name_ko"]: c["cluster_id"] for c in res["clusters"]}
    assert {(s["text"], s["cluster_id"]) for s in res["statistics"]} == {
        ("5,000개", ids["케임브리지 클러스터"]), ("1,200여 개", ids["아틀러스호프 과학기술단지"]), ("300여 곳", ids["실리콘 힐스"])}


def test_low_taxes_and_tax_credits_are_government_support():
    en = extract(["Affordable office space and low corporate taxes attract firms to Dublin's Silicon Docks."], "en")
    # (attracting firms is investment attraction as well, in English as in Korean)
    assert factor_set(en) - {("silicon-docks", None, "investment_attraction")} == {("silicon-docks", None, "government_support")}
    ko = extract(["저렴한 임대료와 낮은 법인세가 더블린 실리콘 독스(Silicon Docks)에 기업을 끌어들이고 있다.",
                  "메디콘 밸리(Medicon Valley)는 연구개발 세액공제 혜택을 제공한다."], "ko")
    # (attracting firms is investment attraction as well: "기업을 끌어들이고 있다")
    assert factor_set(ko) - {("silicon-docks", None, "investment_attraction")} == {
        ("silicon-docks", None, "government_support"), ("medicon-valley", None, "government_support")}
