"""Forms met in the thirty-fifth read (Chinese pieces on a Beijing science park and the science cities around it;
Korean pieces on a national complex in Daegu and the districts of its free economic zone), written here in other
words: a list of three or more names opening a sentence owns its figure as a set; a technopolis written alone is a
cluster (the one technopolis the text names when there is one); a place or country written before a firm locates
the firm, not the cluster."""
from tests.helpers import extract, stats_where


def test_a_list_of_names_opening_a_sentence_owns_its_figure_as_a_set():
    res = extract(["Capital science cities", "Haidian Science City, Shunyi Science City, Tongzhou Science City as well as "
                                             "the Daxing Development Zone cover less than 8 percent of the city's area."], "en")
    assert {s["cluster_id"] for s in stats_where(res, unit="percent")} == {None}, res["statistics"]


def test_a_technopolis_written_alone_is_a_cluster():
    res = extract(["외국인 투자 기업 늘어",
                   "전기차 부품을 만드는 한 합작사는 테크노폴리스의 2만㎡ 터에 150억 원을 투자해 공장을 짓는다. "
                   "이 같은 투자 유치 결과 테크노폴리스에만 외국인 투자 기업이 8개째 들어오게 됐다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["테크노폴리스"], res["clusters"]
    assert {s["cluster_id"] for s in stats_where(res, unit="m2")} == {res["clusters"][0]["cluster_id"]}, res["statistics"]


def test_a_technopolis_written_alone_beside_the_one_named_is_that_one():
    res = extract(["오송테크노폴리스 분양 호조",
                   "오송테크노폴리스는 산업용지 분양률이 90%를 넘었다. 테크노폴리스에는 기업 40곳이 입주를 확정했다."], "ko")
    assert [c["name_ko"] for c in res["clusters"]] == ["오송테크노폴리스"], res["clusters"]


def test_a_place_written_before_a_firm_locates_the_firm_not_the_cluster():
    res = extract(["외국인 투자 기업 늘어",
                   "부품사와 미국 보스턴의 투자사가 설립한 합작사는 테크노폴리스의 2만㎡ 터에 150억 원을 투자한다."], "ko")
    (c,) = res["clusters"]
    assert c["country"] != "US" and c["region"] != "Boston", res["clusters"]


def test_a_time_to_reach_a_place_named_before_the_verb_is_a_travel_time():
    res = extract(["가람기업도시 분양 호조", "가람기업도시는 고속도로를 이용하면 2시간 안팎으로 부산까지 이동할 수 있다."], "ko")
    times = stats_where(res, unit="hour")
    assert times and times[0]["metric"] == "travel_time", res["statistics"]


def test_a_verb_after_and_ends_the_noun_a_count_counts():
    res = extract(["Song Hong Hi-Tech Park", "Song Hong Hi-Tech Park covers 900 hectares. Many projects are operational, "
                                             "providing jobs for about 9,000 skilled workers and generating revenues of about $2 billion."], "en")
    workers = stats_where(res, value=9000.0)
    assert workers and workers[0]["metric"] == "employees", res["statistics"]
