"""Forms met reading a Korean survey release on Korean firms at a Vietnamese high-tech park, written here in other
words."""
from tests.helpers import extract


def _stat(res, value):
    return next((s for s in res["statistics"] if abs(s["value"] - value) < 1), None)


def test_a_place_and_its_and_read_as_one_noun_before_a_kind_is_no_name():
    res = extract([("heading", "개요"), "호아락 하이테크파크는 베트남의 첨단 단지다.",
                   "무역관 관계자는 \"하노이와 단지를 잇는 도시철도가 건설되면 부담이 줄어들 것\"이라고 말했다."], "ko")
    assert not [c for c in res["clusters"] if "하노이" in (c["name_ko"] or "")], res["clusters"]


def test_dong_after_a_scale_is_vietnamese_money_and_registered_capital_is_investment():
    res = extract([("heading", "호아락"), "호아락 하이테크파크는 약 100건의 투자 프로젝트(등록 자본금 94조8천억 동, 약 40억 달러)를 유치했다.",
                   "한 기업은 3억동을 투자했다.", "건물 7개 동이 있다."], "ko")
    dong = _stat(res, 9.48e13)
    assert dong is not None and dong["unit"] == "VND" and dong["metric"] == "investment", res["statistics"]
    assert _stat(res, 3e8)["unit"] == "VND", res["statistics"]
    assert _stat(res, 7)["unit"] == "count", res["statistics"]


def test_a_second_head_that_only_widens_the_first_leaves_the_first_counted():
    # (an interview with the head of a Colombian innovation agency)
    res = extract([("heading", "Ruta N"), "Ruta N is an innovation complex in Medellín.",
                   "The city has 47 universities and higher education institutions."], "en")
    assert _stat(res, 47)["metric"] == "universities", res["statistics"]


# (a Korean encyclopedia entry on a Japanese biomedical cluster)
_KOBE = "고베 의료산업도시는 일본 고베시의 인공섬 포트아일랜드에 조성된 바이오메디컬 클러스터이다."


def test_a_medical_industry_city_is_a_kind_of_cluster():
    res = extract([("heading", "고베 의료산업도시"), _KOBE], "ko")
    assert [c["country"] for c in res["clusters"]] == ["JP"], res["clusters"]


def test_a_korean_row_label_of_two_kinds_and_a_span_before_the_amount():
    res = extract([("heading", "고베 의료산업도시"), _KOBE, "| 진출 기업·단체 | 368개(2020년 1월 말) |",
                   "| 사업비 | 20년간 4,400억 엔 |"], "ko")
    assert _stat(res, 368)["metric"] == "companies", res["statistics"]
    assert _stat(res, 4.4e11)["metric"] == "investment", res["statistics"]


def test_industry_academia_government_written_san_hak_gwan_is_industry_academia():
    res = extract([("heading", "고베 의료산업도시"), _KOBE, "신약과 의료기기 개발에서 산학관 협력이 활발하다."], "ko")
    assert "industry_academia" in {f["factor"] for f in res["success_factors"]}, res["success_factors"]
