"""Forms met reading an encyclopedia entry with a dated timeline on a Finnish technology park, written here in other
words."""
from tests.helpers import extract, stats_where


def test_a_timelines_year_dates_the_figures_of_its_entry():
    res = extract([("heading", "Technopolis Oulu"), "Technopolis Oulu is a technology centre in Oulu, Finland.",
                   "- 2015: the park hosts 600 companies with about 13,000 employees."], "en")
    for v in (600.0, 13000.0):
        (s,) = stats_where(res, value=v)
        assert s["period_start"] == "2015-01-01", s


def test_people_losing_their_jobs_are_jobs_lost():
    res = extract([("heading", "Technopolis Oulu"), "Technopolis Oulu is a technology centre in Oulu, Finland.",
                   "In 2012 Nokia closed much of its Oulu research, and some 2,000 engineers lost their jobs."], "en")
    (s,) = stats_where(res, value=2000.0)
    assert s["metric"] == "jobs_change" and s["metric_label"] == "jobs lost", s


def test_a_place_glued_before_a_field_and_a_kind_is_a_name_and_a_biodistrict_a_kind():
    res = extract([("heading", "Invest in Lyon"),
                   "Gerland sits at the heart of Lyonbiopôle, a health cluster which brings together more than 250 members."], "en")
    assert "Lyonbiopôle" in [c["name"] for c in res["clusters"]], res["clusters"]
    res = extract([("heading", "Invest in Lyon: the Gerland biodistrict"), "The Gerland biodistrict has 200 companies."], "en")
    (s,) = stats_where(res, value=200.0)
    assert s["cluster_id"] == "gerland-biodistrict", s
    # (a word that only ends like a kind is none: 'Velocity', 'Metropolis')
    res = extract([("heading", "News"), "Velocity matters. Metropolis is a film."], "en")
    assert res["clusters"] == [], res["clusters"]
