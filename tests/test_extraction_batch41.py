"""Forms met in the ninth read (a Korean bio city's cluster in five pieces, a Korean coastal
science complex in three, a Korean bio town in four, a Taiwanese science park in four, a Russian
innovation city in three, a Kenyan technopolis in three, a Japanese science city in two, a
Malaysian cybercity in three), written here in other words: a table a capture writes with pipes
(its column years, a row of two measures), a ranking 'top N companies', a Korean agency bearing a
place's name, a place and a head beside the one complex of that kind placed there, kind words
translated (natural products, convergence, town), a headline's chain of nouns, the three parks as
a subject, a capitalised kind after 'a', a range's low end, a figure compared with a whole, a
name given its land area."""
from tests.helpers import extract, extract_capture, stats_where


# ------------------------------------------------------------------ tables written with pipes

_PIPE_CAPTURE = """한빛 바이오단지 확대 계획

한빛시는 한빛 바이오단지를 2035년까지 두 배로 넓힌다고 밝혔다.

| | 현재(2024) | 목표(2035) |
|---|---|---|
| 면적 | 500,000㎡ | 1,000,000㎡ |
| 유치기업 | 40여개 | 300여개 |
| 투자/매출 | 2조원(누적)/1조원(’23) | 6조원/4조원 |
"""


def test_a_pipe_table_in_a_capture_is_read_as_a_table(tmp_path):
    res = extract_capture(tmp_path / "hanbit.txt", _PIPE_CAPTURE)
    area = stats_where(res, value=500000.0)
    assert area and area[0]["metric"] == "area" and area[0]["cluster_id"] == res["topic"] is not None, res["statistics"]
    firms = stats_where(res, value=300.0)
    assert firms and firms[0]["metric"] == "companies" and firms[0]["qualifier"] == "approx", res["statistics"]


def test_a_pipe_tables_column_years_date_its_figures(tmp_path):
    res = extract_capture(tmp_path / "hanbit.txt", _PIPE_CAPTURE)
    assert stats_where(res, value=500000.0)[0]["period_start"] == "2024-01-01"
    assert stats_where(res, value=1000000.0)[0]["period_end"] == "2035-12-31"


def test_a_row_of_two_measures_splits_by_its_slash(tmp_path):
    res = extract_capture(tmp_path / "hanbit.txt", _PIPE_CAPTURE)
    assert stats_where(res, value=2e12)[0]["metric"] == "investment", res["statistics"]
    revenue = stats_where(res, value=1e12)
    assert revenue and revenue[0]["metric"] == "revenue" and revenue[0]["period_start"] == "2023-01-01", res["statistics"]
    assert stats_where(res, value=4e12)[0]["metric"] == "revenue"


def test_pipes_without_a_rule_row_stay_prose(tmp_path):
    res = extract_capture(tmp_path / "byline.txt", "한빛 바이오단지 소식\n\n김기자 | 산업부\n\n한빛 바이오단지에는 45개 기업이 입주해 있다.\n")
    assert stats_where(res, value=45.0), res["statistics"]


# ------------------------------------------------------------------ Korean figures

def test_top_n_companies_is_a_ranking_not_a_count():
    res = extract(["한빛 바이오단지에는 세계 300대 기업인 한 화학회사가 공장을 짓기로 했다."], "ko")
    assert not stats_where(res, value=300.0), res["statistics"]


def test_a_headlines_chain_of_nouns_counts_the_first_kind_named():
    res = extract([("heading", "한빛 바이오단지에 35개 기업 입주의향서 제출"), "한빛시는 이같이 밝혔다."], "ko")
    rows = stats_where(res, value=35.0)
    assert rows and rows[0]["metric"] == "companies", res["statistics"]


# ------------------------------------------------------------------ Korean names

def test_an_agency_bearing_a_places_name_is_no_cluster():
    res = extract(["동해시는 동해 바이오융합 산업기술단지(이하 단지) 지정을 받았다.",
                   "단지는 시 출연기관인 한빛테크노파크가 20만㎡에 조성하며 중소기업 150개를 유치한다."], "ko")
    assert "한빛테크노파크" not in [c["name_ko"] for c in res["clusters"]], res["clusters"]
    row = stats_where(res, value=150.0)
    assert row and row[0]["cluster_id"] == res["topic"] and row[0]["cluster_id"] is not None, (res["topic"], res["statistics"])


def test_kind_words_are_translated_not_romanized():
    res = extract(["동해시는 동해 바이오융합 산업기술단지(이하 단지) 지정을 받았다.",
                   "춘양바이오타운에는 현재 40개 기업이 입주해 있다.",
                   "강원도는 춘양 천연물 바이오 국가산단에 30개 기업을 유치했다."], "ko")
    names = " ".join(c["name_en"] or "" for c in res["clusters"])
    assert "Convergence" in names and "Bio Town" in names and "Natural Products" in names, names
    assert "yunghap" not in names.lower() and "water" not in names.lower(), names


def test_a_place_and_a_head_beside_the_one_complex_of_that_kind_there():
    res = extract(["강원 강릉시는 천연물 바이오 국가산단 후보지에 40개 기업의 입주의향서를 받았다.",
                   "시는 강릉 국가산단의 투자환경을 알렸다."], "ko")
    assert len(res["clusters"]) == 1, res["clusters"]


# ------------------------------------------------------------------ English

def test_the_three_parks_as_a_subject_add_up_the_set():
    res = extract(["Norvik Science Park, Osterby Science Park and Lunde Science Park posted revenues of $3 billion.",
                   "Norvik Science Park recorded revenues of $1.2 billion.",
                   "The three science parks posted a combined export value of $2.1 billion."], "en")
    row = stats_where(res, value=2.1e9)
    assert row and row[0]["cluster_id"] is None, res["statistics"]
    assert stats_where(res, value=1.2e9)[0]["cluster_id"] == "norvik-science-park"


def test_a_capitalised_kind_after_an_article_is_no_name():
    res = extract(["Norvik Technopolis is a large technology hub south of the capital. It is a gazetted Special Economic Zone."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norvik Technopolis"], res["clusters"]


def test_a_range_gives_its_low_end_in_the_high_ends_unit():
    res = extract(["Norvik Technopolis allocated 250-300 acres to its first phase and raised between $2 and $3 billion."], "en")
    area = [s for s in res["statistics"] if s["unit"] == "m2"]
    assert len(area) == 1 and round(area[0]["value"]) == round(250 * 4046.8564224) and area[0]["qualifier"] == "at_least", res["statistics"]
    money = [s for s in res["statistics"] if s["unit"] == "USD"]
    assert [(m["value"], m["qualifier"]) for m in money] == [(2e9, "at_least")], res["statistics"]


def test_a_span_of_years_is_still_no_range_of_a_measure():
    res = extract(["Norvik Science Park grew fast over the last 11-12 years and now has 300 firms."], "en")
    assert [s["value"] for s in res["statistics"]] == [300.0], res["statistics"]


def test_a_figure_compared_with_a_whole_is_not_the_clusters():
    res = extract(["About 70% of Norvik Science Park employees hold degrees, which compares with 20% registered by Finland's overall "
                   "manufacturing sector."], "en")
    assert stats_where(res, value=70.0)[0]["cluster_id"] == "norvik-science-park"
    assert stats_where(res, value=20.0)[0]["cluster_id"] is None, res["statistics"]


def test_a_name_given_its_land_area_is_a_site():
    res = extract(["It is hard to picture how the 5,000-acre Norbury would have looked twenty years ago.",
                   "Today more than 400 business entities with 20,000 knowledge workers are based here."], "en")
    assert [c["name"] for c in res["clusters"]] == ["Norbury"], res["clusters"]
    row = stats_where(res, value=400.0)
    assert row and row[0]["metric"] == "companies" and row[0]["cluster_id"] == "norbury", res["statistics"]
