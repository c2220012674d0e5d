"""Phrasings met in development batch 30 (a Dutch life-science park's news story, a Korean story on
a complex grown around a chip maker's campus, a Danish industrial symbiosis's profile, a Korean
encyclopedia entry on a Taiwanese science park), written here in other words: anchor firms named
in ways the cue lists did not hold, a city's park written in the possessive, a firm's campus."""
from tests.helpers import extract, factor_codes


def test_anchor_firms_named_in_new_ways():
    for text in ("The district's heavyweights, Siemens and Bosch, each employ 2,000 people there.",
                 "Orsted and Equinor are the two largest partners of the scheme."):
        res = extract(["Westhaven Energy Park is an industrial park in Esbjerg.", text], "en")
        assert factor_codes(res) == {"anchor_firms"}, text
    for text in ("단지에는 한화에어로스페이스 사천공장을 비롯해 부품 기업 40여곳이 입주해 있다.",
                 "보잉과 에어버스가 이곳에 대규모 연구센터를 두고 있다."):
        res = extract(["서진 항공산업단지는 항공 부품 산업단지다.", text], "ko")
        assert factor_codes(res) == {"anchor_firms"}, text
    # a large tenant alone says nothing of anchors; nor two firms that merely signed something
    res = extract(["Westhaven Energy Park is an industrial park in Esbjerg.", "Its largest tenant moved in last year."], "en")
    assert "anchor_firms" not in factor_codes(res)
    res = extract(["서진 항공산업단지는 항공 부품 산업단지다.", "보잉과 에어버스가 협약을 맺었다."], "ko")
    assert "anchor_firms" not in factor_codes(res)


def test_a_citys_park_in_the_possessive_is_the_park_the_document_names():
    res = extract([("heading", "Esbjerg's energy park grows again"),
                   "Westhaven Energy Park in Esbjerg now counts 60 companies."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Westhaven Energy Park"]


def test_a_firms_campus_is_no_cluster():
    res = extract(["진주 항공산업단지에는 한국항공전자 진주캠퍼스 외에 부품 기업 40여곳이 있다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["진주 항공산업단지"]
