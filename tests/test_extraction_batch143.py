"""Forms met reading a feature on a Chinese optics zone, an encyclopedia entry on a cross-border life-science
cluster, a Hong Kong science park's fact sheet, a cluster member survey, and Korean pieces on a Seoul R&D complex,
a provincial science-industrial complex and a Malaysian planned city, all written here in other words."""
from tests.helpers import cluster_ids as _ids, extract, factor_codes, stat_triples as _stats


def test_a_name_the_cluster_is_better_known_by_is_an_alias_and_a_possessive_head_names_nothing():
    res = extract([("heading", "How Wuhan built China's optics capital"),
                   "Today the East Lake High-tech Development Zone, better known by its brand name Optics Valley of China, "
                   "is where most of the country's optical fibre is drawn.",
                   "Fibre is the valley's calling card. Local producers hold about 12% of the world market."], "en")
    assert _ids(res) == {"east-lake-high-tech-development-zone"}, res["clusters"]
    assert ("east-lake-high-tech-development-zone", 12.0, "share") in _stats(res)


def test_a_name_only_played_on_is_no_cluster():
    res = extract([("heading", "Medicon Valley"),
                   "Medicon Valley is a cross-border life-science cluster in Denmark and Sweden. "
                   "The name, coined in the 1990s, plays on Silicon Valley."], "en")
    assert _ids(res) == {"medicon-valley"}, res["clusters"]


def test_institutions_counted_in_words():
    head = "Medicon Valley is a cross-border life-science cluster in Denmark and Sweden."
    res = extract([("heading", "Medicon Valley"), head,
                   "Eleven universities, among them Lund University, supply graduates.",
                   "The cluster has three research hospitals and two national labs."], "en")
    stats = _stats(res)
    assert ("medicon-valley", 11.0, "universities") in stats, stats
    assert ("medicon-valley", 3.0, "hospitals") in stats, stats
    assert ("medicon-valley", 2.0, "research_institutes") in stats, stats
    # (not those it was founded by, lies near or was given money for, nor one of them)
    res = extract([("heading", "Medicon Valley"), head,
                   "The alliance was founded by the region and four universities. It sits a short walk from three universities. "
                   "One of the two universities is old."], "en")
    assert not [s for s in res["statistics"] if s["unit"] == "count"], res["statistics"]


def test_the_kind_capitalised_refers_back_and_a_countrys_count_is_its_own():
    res = extract([("heading", "Hong Kong Science Park — at a glance"), "Operator: HKSTP, a statutory body",
                   "The Science Park is the largest research and incubation hub in Hong Kong. It serves more than 2,500 technology companies.",
                   "Twelve of Hong Kong's 18 unicorns are based in the park."], "en")
    assert _ids(res) == {"hong-kong-science-park"}, res["clusters"]
    stats = _stats(res)
    assert ("hong-kong-science-park", 2500.0, "companies") in stats, stats
    assert (None, 18.0, "startups") in stats, stats


def test_the_figure_a_change_came_down_from_measures_the_same_thing():
    res = extract([("heading", "Waterloo Region tech survey"), "Communitech is an innovation hub in Kitchener.",
                   "Respondents raised C$610 million in private investment last year, down from C$742 million the year before."], "en")
    metrics = {s["value"]: s["metric"] for s in res["statistics"]}
    assert metrics.get(742000000.0) == metrics.get(610000000.0) == "investment", res["statistics"]


def test_korean_government_wide_budget_in_brackets_is_no_clusters():
    res = extract([("heading", "마곡산업단지, R&D 거점으로"), "서울시는 마곡산업단지가 연구개발 중심의 산업 클러스터로 자리를 잡았다고 밝혔다.",
                   "입주기업들이 지난해 연구개발에 쓴 돈은 4조4433억원으로, 정부 전체 R&D 예산(29조8000억원)의 15% 수준이다."], "ko")
    stats = _stats(res)
    assert (None, 29800000000000.0, "investment") in stats, stats
    assert ("magok-industrial-complex", 4443300000000.0, "rd_spending") in stats, stats


def test_korean_partners_linked_with_are_not_who_has_the_strength():
    head = "오창과학산업단지는 충청북도 청주시에 조성된 첨단 산업단지다."
    for sentence in ("인근의 오송생명과학단지와 대덕연구개발특구와 연계된 산업 네트워크도 강점으로 꼽힌다.",
                     "오송생명과학단지와 대덕연구개발특구와의 협업도 활발하다."):
        res = extract([("heading", "오창과학산업단지"), head, sentence], "ko")
        rows = [(f["cluster_id"], f["factor"]) for f in res["success_factors"]]
        assert ("ochang-science-industrial-complex", "collaboration_network") in rows, rows


def test_korean_name_of_a_malaysian_planned_city():
    res = extract([("heading", "말레이시아 '사이버자야', 계획도시에서 디지털 허브로"),
                   "사이버자야는 1997년 멀티미디어 슈퍼 코리더 계획의 핵심 거점으로 출발한 계획도시다. 현재 900여 개 기업이 들어와 있다."], "ko")
    assert _ids(res) == {"cyberjaya"}, res["clusters"]
    assert {c["country"] for c in res["clusters"]} == {"MY"}
    assert ("cyberjaya", 900.0, "companies") in _stats(res)
