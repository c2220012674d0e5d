"""Phrasings met in development batch 23 (an English release about a site named by one word, a
Korean encyclopedia entry on a complex of two places, an English story on a Korean techno
valley), written here in other words: two places joined by a middle dot before one head, a
sentence adverb before a name, 'the complex' as a reference, a source that is no sentence subject
('according to the province's survey'), money drawn in development, clinical studies, a line that
reaches a district in minutes, the headquarters a place is home to."""
from pipeline.extract.docmodel import wide_scope
from tests.helpers import clusters_by_id, extract, factor_codes, stats_where


def test_two_places_joined_by_a_middle_dot_name_one_complex():
    res = extract(["창원·마산 국가산업단지에는 기업 2,600여 곳이 입주해 있다."], "ko")
    names = {c["name_ko"] for c in res["clusters"]}
    assert "창원·마산 국가산업단지" in names, names
    assert stats_where(res, value=2600)[0]["cluster_id"] is not None


def test_a_sentence_adverb_is_no_part_of_a_name_and_the_complex_refers_back():
    res = extract(["Today Magok Techno Valley, in western Seoul, is home to the headquarters of LG and about 150 other firms.",
                   "The complex, built by the city from 2010, employs some 30,000 people, according to the city's latest survey."], "en")
    cs = clusters_by_id(res)
    assert set(cs) == {"magok-techno-valley"}, cs
    assert stats_where(res, value=30000)[0]["cluster_id"] == "magok-techno-valley"
    assert "anchor_firms" in factor_codes(res)


def test_a_source_is_no_wide_subject():
    assert wide_scope("Firms reported sales of $2 billion, according to the state's annual survey.", "en") is None
    assert wide_scope("Jobs grew 4%, faster than the state's overall job growth.", "en") is not None


def test_money_drawn_in_development_clinical_studies_and_minutes_to_a_district():
    res = extract(["Cortex Innovation Community lies in St. Louis.",
                   "Cortex has drawn $500 million in development since 2002.",
                   "Hospital partners run clinical studies with tenants, and the new line reaches downtown in about 10 minutes."], "en")
    assert stats_where(res, value=5e8)[0]["metric"] == "investment"
    assert stats_where(res, unit="hour")[0]["metric"] == "travel_time"
    assert "rd_infrastructure" in factor_codes(res)
