"""Forms met in the twentieth read (Korean pieces on a county's space launch complex), written here in other
words: an industry's complex the clause after it places in a county is named after the county."""
from tests.helpers import extract, stats_where


def test_an_industrys_complex_placed_by_the_clause_after_it_is_named_after_the_county():
    res = extract(["발사체 산단 조성", "우주발사체 국가산업단지는 고흥 봉래면 일원에 150만㎡ 규모로 조성된다."], "ko")
    found = [c for c in res["clusters"] if c["name_ko"] == "고흥 우주발사체 국가산업단지"]
    assert found and found[0]["region"] == "Goheung", res["clusters"]
    assert found[0]["name_en"] == "Goheung Space Launch Vehicle National Industrial Complex", res["clusters"]
    assert stats_where(res, value=1500000.0)[0]["cluster_id"] == found[0]["cluster_id"], res["statistics"]


def test_a_province_alone_after_it_names_no_complex():
    res = extract(["산단 조성", "수소 국가산업단지는 전남 일원에 150만㎡ 규모로 조성된다."], "ko")
    assert not any((c["name_ko"] or "").startswith("전남") for c in res["clusters"]), res["clusters"]


def test_a_province_written_short_before_it_names_no_complex():
    res = extract(["산단 조성", "정부는 전남에 '수소 국가산업단지'를 조성한다."], "ko")
    assert not any((c["name_ko"] or "").startswith("전남") for c in res["clusters"]), res["clusters"]
