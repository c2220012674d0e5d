"""Forms met in the thirty-eighth read (Korean pieces on the research companies of a special R&D zone and a survey of
three zones), written here in other words."""
from tests.helpers import extract, stats_where


def test_a_head_with_inside_written_onto_it_names_no_other_cluster():
    # 가람특구내 입주기관: the firms 'inside' 가람특구, no cluster named 가람특구내
    res = extract(["특구내 기업 매출 증가", "재단은 가람특구내 입주기관을 직접 방문해 조사한 결과, 기업은 1,200개로 증가했다고 밝혔다."], "ko")
    assert "가람특구내" not in [c["name_ko"] for c in res["clusters"]], res["clusters"]


def test_a_kind_of_park_of_a_region_is_a_name():
    res = extract(["The park reaches its largest number of jobs", "The Science Park of Andalusia closed 2019 with 12,300 "
                                                                "workers, an increase of 4.2% over the previous year."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Science Park of Andalusia"], res["clusters"]
    assert {s["cluster_id"] for s in res["statistics"]} == {"science-park-of-andalusia"}, res["statistics"]


def test_a_billion_written_without_its_currency_is_no_count_of_firms():
    res = extract(["Key figures", "The Science Park of Andalusia has 640 companies. Invoicing of companies in the park in "
                                  "2017 is 1.8 billion."], "en")
    assert not [s for s in res["statistics"] if s["metric"] == "companies" and s["value"] > 1e6], res["statistics"]


def test_a_citys_ict_sector_is_a_cluster_and_jobs_of_a_kind_lost_are_jobs_lost():
    res = extract(["Tampere's ICT sector: a resurgence", "The early 2010s were tough times for Tampere's ICT sector as a "
                                                       "handset maker cut back. Altogether about 2300 ICT jobs were lost."], "en")
    assert [c["name_en"] for c in res["clusters"]] == ["Tampere ICT sector"], res["clusters"]
    jobs = stats_where(res, value=2300.0)
    assert jobs and jobs[0]["metric"] == "jobs_change" and jobs[0]["metric_label"] == "jobs lost", res["statistics"]
