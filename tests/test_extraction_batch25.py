"""Phrasings met in development batch 25 (an English working paper comparing two university
parks, a Korean news story on a London innovation quarter), written here in other words: a
journey's destination is no setting (파리까지 2시간 20분, 20 minutes to Paris), hours and minutes are
one time, tenants citing the university as their reason."""
from pipeline.extract.docmodel import elsewhere
from pipeline.extract.clusters import Cluster
from tests.helpers import extract, factor_codes, stats_where


def test_a_destination_is_no_setting_and_hours_and_minutes_are_one_time():
    res = extract(["런던의 날리지 쿼터(Knowledge Quarter)는 킹스크로스 역 주변의 혁신지구다.",
                   "킹스크로스 역에서 유로스타를 타면 브뤼셀까지 1시간 50분 만에 갈 수 있다."], "ko")
    (t,) = stats_where(res, unit="hour")
    assert abs(t["value"] - (1 + 50 / 60)) < 1e-9 and t["metric"] == "travel_time" and t["cluster_id"] is not None
    res = extract(["Knowledge Quarter lies around King's Cross in London.",
                   "Trains reach Brussels in 1 hour 50 minutes."], "en")
    assert [round(s["value"], 3) for s in res["statistics"] if s["unit"] == "hour"] == [round(1 + 50 / 60, 3)]
    gb = Cluster(names=["Knowledge Quarter"], countries=["GB"])
    assert not elsewhere("The Eurostar takes you to Paris in about two hours.", gb)
    assert elsewhere("In Paris, the Station F campus hosts 1,000 start-ups.", gb)


def test_tenants_citing_the_university_as_their_reason():
    res = extract(["Surrey Research Park lies in Guildford.",
                   "Most tenants cited the university's research groups as the main reason for locating there."], "en")
    assert "industry_academia" in factor_codes(res)
