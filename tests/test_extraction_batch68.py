"""Forms met in the thirty-sixth read (Turkish pieces on a university technopark, Korean pieces on an automotive
national complex), written here in other words: a Korean range is read from its lower bound, as English ranges are."""
from tests.helpers import extract, extract_capture, stats_where


def test_a_korean_range_is_its_lower_bound_at_least():
    res = extract(["다온 국가산단 일자리",
                   "다온 국가산단은 직·간접적 일자리 8천~9천500개를 창출하는 게 목표다. 입주기업은 150~200개로 예상된다. "
                   "고용 인원은 2~3만 명 규모가 될 전망이다."], "ko")
    jobs = stats_where(res, value=8000.0)
    assert jobs and jobs[0]["metric"] == "jobs_change" and jobs[0]["qualifier"] == "at_least", res["statistics"]
    firms = stats_where(res, value=150.0)
    assert firms and firms[0]["metric"] == "companies" and firms[0]["qualifier"] == "at_least", res["statistics"]
    people = stats_where(res, value=20000.0)
    assert people and people[0]["qualifier"] == "at_least", res["statistics"]
    assert not stats_where(res, value=9500.0) and not stats_where(res, value=200.0), res["statistics"]


def test_an_amount_range_in_won_is_its_lower_bound():
    res = extract(["다온 국가산단 투자", "한 전자회사는 다온 국가산단 생산라인에 3조~4조원을 투자하기로 했다."], "ko")
    money = stats_where(res, unit="KRW")
    assert [m["value"] for m in money] == [3e12] and money[0]["qualifier"] == "at_least", res["statistics"]


def test_business_incubators_are_counted_as_programmes_and_hiring_is_jobs_created():
    res = extract(["다온과학산업단지 투자협약",
                   "다온과학산업단지는 벤처공장 20개, 창업보육센터 25개, 연구소 5개를 갖추게 됐다. "
                   "이들 기업들은 총 150억원을 투입해 공장을 신축하고 42명을 신규 채용할 예정이다."], "ko")
    incubators = stats_where(res, value=25.0)
    assert incubators and incubators[0]["metric"] == "programmes", res["statistics"]
    hires = stats_where(res, value=42.0)
    assert hires and hires[0]["metric"] == "jobs_change", res["statistics"]


def test_zlotys_are_polish_money_and_a_polish_letter_is_spelled_in_the_id():
    res = extract(["Łódź Technology Park grows", "The investment in Łódź Technology Park, worth 95 million zlotys, "
                                                "adds four laboratory buildings to the park."], "en")
    money = stats_where(res, unit="PLN")
    assert money and money[0]["value"] == 95e6, res["statistics"]
    assert res["clusters"][0]["cluster_id"] == "lodz-technology-park", res["clusters"]


def test_the_park_after_the_parts_an_entry_says_its_topic_is_made_of_is_the_topic(tmp_path):
    res = extract_capture(tmp_path / "entry.txt", "Northern Coast Science Park\n"
                          "The Northern Coast Science Park is an industrial park set up by the state. It consists of Keelung Science "
                          "Park and Yilan Science Park, covering 900 acres and 600 acres, respectively.[1] In 2015 the Yilan site "
                          "was enlarged. It was renamed to Yilan Science Park.[2] In 2019, there were a total of 95 companies based "
                          "in the park.[3] Prominent companies based in the park include two chipmakers.[4]\n")
    firms = stats_where(res, value=95.0)
    assert firms and firms[0]["cluster_id"] == "northern-coast-science-park", res["statistics"]
    # (a footnote marker read as one token ends the sentence before it, not the next)
    assert not any(f["evidence"].startswith("[") for f in res["success_factors"]), res["success_factors"]


def test_an_entry_titled_with_a_fuller_name_of_its_cluster_is_named_so():
    res = extract(["Vireo Innovation Quarter", "Vireo Innovation Quarter, Vireo District, or Vireo is an innovation district "
                                               "in Leeds.[1] Vireo is a 150-acre hub of technology research.[2]"], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Vireo Innovation Quarter"], res["clusters"]
