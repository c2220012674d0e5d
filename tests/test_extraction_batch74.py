"""Forms met in the forty-third read (Korean releases on the regulation-free special zones, English entries on
Research Triangle Park and Cambridge Science Park, pieces on Silicon Wadi and Recife's Porto Digital), written here in
other words."""
from tests.helpers import extract, stats_where


def test_a_headline_about_a_programmes_zones_makes_none_of_them_the_topic():
    # 규제자유특구: generic words (규제자유) before the head (특구), written alone: the kind
    res = extract([("heading", "규제자유특구 출범 3년…고용인원 2천명 증가"),
                   "중기부는 규제자유특구가 현재 27개 지정돼 있고 특구 사업자들의 고용 인원이 지정 전보다 2천104명 늘었다고 밝혔다.",
                   "특구별로는 하람 바이오메디컬 특구가 240명 늘어 증가 폭이 가장 컸다."], "ko")
    assert res["topic"] is None, res["topic"]
    assert stats_where(res, value=2104.0)[0]["cluster_id"] is None, res["statistics"]
    assert any(c["name_en"] == "Haram Biomedical Special Zone" for c in res["clusters"]), res["clusters"]


def test_how_wide_and_long_a_park_is_is_no_distance():
    res = extract(["Kestrel Research Park", "Kestrel Research Park is three miles wide and nine miles long, "
                                            "and lies four miles from downtown Alder."], "en")
    assert [s["value"] for s in stats_where(res, metric="distance")] == [6.437376], res["statistics"]


def test_a_radius_is_no_distance():
    res = extract(["Harbour tech", "There are about 900 start-ups in the region, about 600 of them within a 12-mile radius "
                                   "of the Alder Innovation District, which lies three miles from the port."], "en")
    assert [s["value"] for s in stats_where(res, metric="distance")] == [4.828032], res["statistics"]


def test_an_exemption_from_a_tax_is_government_support():
    res = extract([("heading", "Alder Digital"), "Alder Digital is a technology park in the old port of Alder.",
                   "Firms in the park receive a 50% exemption from the municipal service tax."], "en")
    assert ("alder-digital", None, "government_support") in {(f["cluster_id"], f["country"], f["factor"])
                                                           for f in res["success_factors"]}, res["success_factors"]


def test_a_place_and_a_phase_number_written_onto_the_head_name_a_complex():
    # 구미 5산단, 포항 영일만 4산단: the number without 제, the head right after it (not a bare 단지: flats)
    res = extract(["산단 소식", "소재 기업이 1조2000억원을 투자해 하람 4산단에 공장을 짓는다. 구미 5산단에는 기업 120곳이 입주했다. "
                               "래미안 3단지에는 1200가구가 산다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert "구미 5산단" in names and not any("3단지" in n for n in names), res["clusters"]
    assert stats_where(res, value=120.0)[0]["cluster_id"] == "gumi-5-industrial-complex", res["statistics"]
