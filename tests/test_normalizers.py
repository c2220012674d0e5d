"""Number, unit, qualifier and period normalizers: many cases beyond the sample, and
property tests (no exceptions on arbitrary text, round trips)."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from pipeline.extract import numbers as nu
from pipeline.extract.statistics_en import english_quantities
from pipeline.extract.statistics_ko import korean_quantities
from pipeline.nlp import get_nlp


@pytest.mark.parametrize("text,value", [
    ("22,000", 22000), ("13만", 130000), ("4만 1천", 41000), ("5조 8천억", 5.8e12), ("38억", 3.8e9),
    ("백", 100), ("천", 1000), ("1천", 1000), ("천만", 1e7), ("3만 4천", 34000), ("1.5만", 15000),
    ("2억 5천만", 2.5e8), ("12", 12), ("0.5", 0.5), ("1조", 1e12), ("삼천", 3000), ("십", 10),
    ("7백", 700), ("2,400", 2400), ("10억", 1e9),
])
def test_parse_korean_numbers(text, value):
    assert nu.parse_ko_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "만만세", "1,2,3x", "12 34"])
def test_parse_korean_rejects_non_numbers(text):
    assert nu.parse_ko_number(text) is None


@pytest.mark.parametrize("text,value", [
    ("22,000", 22000), ("1.2 million", 1.2e6), ("2.5bn", 2.5e9), ("3 billion", 3e9), ("450 thousand", 450000),
    ("7", 7), ("1.25 trillion", 1.25e12),
])
def test_parse_english_numbers(text, value):
    assert nu.parse_en_number(text) == pytest.approx(value)


def ko(text):
    return [(q.text, q.value, q.unit, q.qualifier) for q in korean_quantities(get_nlp("ko")(text))]


def en(text):
    return [(q.text, q.value, q.unit, q.qualifier) for q in english_quantities(text)]


@pytest.mark.parametrize("text,expected", [
    ("연구인력은 4만 1천여명에 이른다", [("4만 1천여명", 41000, "count", "approx")]),
    ("총 5조 8천억원을 투자했다", [("5조 8천억원", 5.8e12, "KRW", "exact")]),
    ("38억 달러 규모의 펀드", [("38억 달러", 3.8e9, "USD", "exact")]),
    ("2억 유로를 지원", [("2억 유로", 2e8, "EUR", "exact")]),
    ("부지 면적은 120헥타르다", [("120헥타르", 1.2e6, "m2", "exact")]),
    ("면적 3.5㎢의 단지", [("3.5㎢", 3.5e6, "m2", "exact")]),
    ("공항에서 15km 떨어져", [("15km", 15, "km", "exact")]),
    ("차로 45분 거리", [("45분", 0.75, "hour", "exact")]),
    ("기업 300개사 이상이 입주", [("300개사", 300, "count", "at_least")]),
    ("학생 수는 2만명 미만이다", [("2만명", 20000, "count", "at_most")]),
    ("약 1,200명의 연구원", [("1,200명", 1200, "count", "approx")]),
    ("매출이 30% 넘게 늘었다", [("30%", 30, "percent", "at_least")]),
    ("50곳 가량의 연구소", [("50곳", 50, "count", "approx")]),
    ("10년간 운영", [("10년간", 10, "year", "exact")]),
])
def test_korean_quantities(text, expected):
    got = ko(text)
    assert [(t, u, q) for t, _, u, q in got] == [(t, u, q) for t, _, u, q in expected]
    assert all(math.isclose(g[1], e[1], rel_tol=1e-9) for g, e in zip(got, expected))


@pytest.mark.parametrize("text", [
    "2015년 설립", "4차산업혁명", "제3기 사업", "파리 13구", "<표 1> 현황", "Tier-1(1차 벤더)", "2019. 7. 8.", "3월 8일",
    "1위를 차지", "2단계 사업", "5G 통신",
])
def test_korean_non_statistics(text):
    assert ko(text) == []


@pytest.mark.parametrize("text,expected", [
    ("nearly 22,000 meetups", [(22000, "count", "approx")]),
    ("more than 1,000 patents", [(1000, "count", "at_least")]),
    ("up to 500 employees", [(500, "count", "at_most")]),
    ("SEK 2.5 billion was invested", [(2.5e9, "SEK", "exact")]),
    ("$3 billion in funding", [(3e9, "USD", "exact")]),
    ("€450 million", [(4.5e8, "EUR", "exact")]),
    ("120 million euros", [(1.2e8, "EUR", "exact")]),
    ("a 7,000-acre campus", [(7000 * 4046.8564224, "m2", "exact")]),
    ("7,000 acres", [(7000 * 4046.8564224, "m2", "exact")]),
    ("45 minutes from the airport", [(0.75, "hour", "exact")]),
    ("about 130,000 m²", [(130000, "m2", "approx")]),
    ("64% of firms", [(64, "percent", "exact")]),
    ("around 3.5 percent", [(3.5, "percent", "approx")]),
    ("1.2 million people", [(1.2e6, "count", "exact")]),
    ("12 km of roads", [(12, "km", "exact")]),
    ("at least 40 labs", [(40, "count", "at_least")]),
    ("fewer than 10 firms", [(10, "count", "at_most")]),
])
def test_english_quantities(text, expected):
    got = [(v, u, q) for _, v, u, q in en(text)]
    assert len(got) == len(expected), got
    for (v, u, q), (ev, eu, eq) in zip(got, expected):
        assert math.isclose(v, ev, rel_tol=1e-9) and u == eu and q == eq


@pytest.mark.parametrize("text", [
    "Founded in 2015", "Interstate 40", "line 11", "Tier-1 suppliers", "on 8 July 2019", "the 8th", "COVID-19",
    "5G networks", "Route 128", "Table 3 shows", "in March 2019", "at 10:30",
])
def test_english_non_statistics(text):
    assert en(text) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("2016년 한 해 동안", "ko", ("2016-01-01", "2016-12-31")),
    ("2017년 1월부터 2018년 12월까지", "ko", ("2017-01-01", "2018-12-31")),
    ("2019년 3월부터 5월까지", "ko", ("2019-03-01", "2019-05-31")),
    ("2015년부터 2020년까지", "ko", ("2015-01-01", "2020-12-31")),
    ("2020년 상반기", "ko", ("2020-01-01", "2020-06-30")),
    ("2021년 말 기준", "ko", ("2021-01-01", "2021-12-31")),
    ("2024년 2월 기준", "ko", ("2024-02-01", "2024-02-29")),
    ("in 2016 alone", "en", ("2016-01-01", "2016-12-31")),
    ("between January 2017 and December 2018", "en", ("2017-01-01", "2018-12-31")),
    ("from 2010 to 2015", "en", ("2010-01-01", "2015-12-31")),
    ("in 2018-19", "en", ("2018-01-01", "2019-12-31")),
    ("as of March 2020", "en", ("2020-03-01", "2020-03-31")),
])
def test_periods(text, lang, expected):
    ps = nu.find_periods(text, lang)
    assert ps and (ps[0][2], ps[0][3]) == expected


@pytest.mark.parametrize("text,lang", [("2015년 설립", "ko"), ("1969년 조성된", "ko"), ("Founded in 2015", "en"),
                                       ("established in 1990", "en"), ("2019년 7월 8일", "ko")])
def test_event_years_are_not_periods(text, lang):
    assert nu.find_periods(text, lang) == []


# ------------------------------------------------------------------ properties

@settings(max_examples=200, deadline=None)
@given(hs.text(max_size=80))
def test_normalizers_never_raise(text):
    nu.parse_ko_number(text)
    nu.parse_en_number(text)
    nu.find_periods(text, "ko")
    nu.find_periods(text, "en")
    nu.korean_qualifier(text, "", text)
    nu.english_qualifier(text, text)
    english_quantities(text)


@settings(max_examples=100, deadline=None)
@given(hs.text(alphabet=hs.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_korean_quantities_never_raise_and_offsets_point_into_text(text):
    doc = get_nlp("ko")(text)
    for q in korean_quantities(doc):
        assert text[q.start:q.end] == q.text


@settings(max_examples=300, deadline=None)
@given(hs.integers(min_value=1, max_value=10**15))
def test_korean_numeral_round_trip(n):
    """Writing a number the Korean way (조/억/만 groups with 천/백/십) parses back to it."""
    parts = []
    for unit, size in (("조", 10**12), ("억", 10**8), ("만", 10**4), ("", 1)):
        g, n_rest = divmod(n, size)
        n = n_rest
        if g:
            parts.append(f"{g}{unit}")
    assert nu.parse_ko_number(" ".join(parts)) == sum(
        int(p.rstrip("조억만")) * {"조": 10**12, "억": 10**8, "만": 10**4}.get(p[-1], 1) for p in parts)


@settings(max_examples=200, deadline=None)
@given(hs.integers(min_value=0, max_value=10**9))
def test_comma_grouped_round_trip(n):
    assert nu.parse_ko_number(f"{n:,}") == n
    assert nu.parse_en_number(f"{n:,}") == n


@settings(max_examples=100, deadline=None)
@given(hs.integers(min_value=1900, max_value=2099), hs.integers(min_value=1, max_value=12))
def test_month_periods_are_whole_months(y, m):
    ps = nu.find_periods(f"{y}년 {m}월 기준", "ko")
    assert ps and ps[0][2] == f"{y:04d}-{m:02d}-01" and ps[0][3] > ps[0][2]


def test_rule_files_read_the_same_with_libyaml_as_with_the_pure_python_parser():
    import yaml

    from pipeline.rules import PACKAGE_RULES, _load

    files = sorted(PACKAGE_RULES.glob("*.yaml"))
    assert len(files) >= 5
    for p in files:
        assert _load.__wrapped__(str(PACKAGE_RULES), p.stem) == yaml.safe_load(p.read_text(encoding="utf-8")), p.name
