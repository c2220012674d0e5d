"""Forms met in the twenty-fourth read (British pieces on Scotland's electronics region), written here in other
words: a quoted nickname placed by a nation's adjective, jobs shed after an aside, a span written 'during X and
Y', and a firm's global workforce."""
from tests.helpers import extract, stats_where


def test_a_nickname_placed_by_a_nations_adjective_is_a_cluster():
    res = extract(["Chips", '"Silicon Moor", spreading over the Welsh valleys, grew into a cluster of 90 factories.'], "en")
    found = [c for c in res["clusters"] if c["name_en"] == "Silicon Moor"]
    assert found and found[0]["country"] == "GB", res["clusters"]


def test_jobs_shed_after_an_aside_are_jobs_lost():
    res = extract(["Silicon Moor", "Silicon Moor had a hard year: some 4,000 jobs - a fifth of the total - were shed."], "en")
    assert stats_where(res, value=4000.0)[0]["metric"] == "jobs_change", res["statistics"]


def test_during_two_years_is_one_span():
    res = extract(["Silicon Moor", "During 2008 and 2009, more than 2,000 jobs were lost in Silicon Moor."], "en")
    row = stats_where(res, value=2000.0)[0]
    assert (row["period_start"], row["period_end"]) == ("2008-01-01", "2009-12-31"), row


def test_a_firms_global_workforce_is_no_clusters():
    res = extract(["Silicon Moor", "Silicon Moor hosts 90 factories. One maker plans to cut jobs from its 50,000-strong "
                   "global workforce."], "en")
    assert stats_where(res, value=50000.0)[0]["cluster_id"] is None, res["statistics"]
