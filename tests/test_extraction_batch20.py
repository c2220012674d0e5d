"""Phrasings met in development batch 20 (an encyclopedia entry on a renamed Chinese zone, a Korean
news story on a domestic complex with its phases, an English agency profile of a Korean complex),
written here in other words: a date opening the sentence covers all its figures, an infobox figure
dated in brackets, R&D institutions and regional headquarters counted, a count in brackets after
its clause ('the largest group (33)'), 'followed by ... (19)', a figure in brackets after 전년
dated a year earlier, minutes 'from' a city, an English name of a Korean complex (Industrial
Complex, marketed as), placed in Korea by its romanized city, claims of universities working with
firms on joint projects, a high-speed train, tax reductions."""
from tests.helpers import clusters_by_id, extract, factor_codes, stats_where


def test_a_date_opening_the_sentence_covers_its_figures():
    res = extract(["Caohejing Hi-Tech Park lies in the south-west of Shanghai.",
                   "By 2007 it housed 1,600 companies, 90 research and development institutions and about 92,000 workers."], "en")
    got = {(s["value"], s["metric"], s["period_start"]) for s in res["statistics"]}
    assert {(1600, "companies", "2007-01-01"), (90, "research_institutes", "2007-01-01"),
            (92000, "employees", "2007-01-01")} <= got, got


def test_an_infobox_figure_dated_in_brackets():
    res = extract(["Caohejing Hi-Tech Park", "Enterprises: more than 3,000 (2021)"], "en")
    (s,) = stats_where(res, value=3000)
    assert s["period_start"] == "2021-01-01" and s["qualifier"] == "at_least"


def test_regional_headquarters_count_firms_and_a_count_in_brackets():
    res = extract(["Caohejing Hi-Tech Park lies in Shanghai. It has 40 regional headquarters of multinational companies.",
                   "Chipmakers made up the largest group (120), followed by software houses (85)."], "en")
    assert stats_where(res, value=40)[0]["metric"] == "companies"
    assert stats_where(res, value=120)[0]["metric"] == "companies"
    assert stats_where(res, value=85)[0]["metric"] == "companies"


def test_a_figure_in_brackets_after_the_year_before():
    res = extract(["오창과학산업단지의 지난해 생산액은 9조원으로 전년(7조원)보다 28% 늘었다."], "ko", published="2015-02-10")
    (old,) = stats_where(res, value=7e12)
    assert old["period_start"] == "2013-01-01" and old["metric"] == "revenue"
    assert stats_where(res, value=9e12)[0]["period_start"] == "2014-01-01"


def test_an_english_profile_of_a_korean_complex():
    res = extract(["Gimhae Medical Industrial Complex, often marketed as Gimhae Bio Hub, lies in Gimhae, "
                   "about 20 minutes from Busan by train.",
                   "The city offers tax reductions to firms that invest there, and Inje University works with "
                   "resident firms on joint projects."], "en")
    cs = clusters_by_id(res)
    assert len(cs) == 1, cs
    (c,) = cs.values()
    assert c["country"] == "KR" and "Gimhae Bio Hub" in c["aliases"]
    (t,) = stats_where(res, unit="hour")
    assert t["metric"] == "travel_time"
    got = factor_codes(res)
    assert {"government_support", "industry_academia", "location_connectivity"} <= got, got
