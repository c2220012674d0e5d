"""Normalizers: Korean and English numerals, units, qualifiers, periods. Pure functions."""
from __future__ import annotations

import calendar
import re

from pipeline.rules import load_rules, per_rules

_KO_DIGIT = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_KO_SMALL = {"십": 10, "백": 100, "천": 1000}
_KO_BIG = {"만": 10_000, "억": 100_000_000, "조": 1_000_000_000_000, "경": 10_000_000_000_000_000}
_KO_TOKEN = re.compile(r"\d+(?:\.\d+)?|[십백천만억조경]|[일이삼사오육칠팔구]")
# 22,000 / 14 300 / 3 000 000 (thousands grouped with a space, thin space or no-break space)
# (thousands grouped by a comma, a space or a thin space; a comma and a space as some web pages
# print them, '3, 843 acres', '25, 000 employees', but not in a list of numbers '1, 2, 345')
# (and the Indian grouping in lakhs: 1,18,000)
NUM_CORE = (r"(?:(?<![\d.])(?<!\d,\s)\d{1,3}(?:,\s\d{3})+(?![\d,.])|(?<![\d,])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+"
            r"|(?<!\d)\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?")
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+")
KO_NUMERAL_CHARS = set("십백천만억조경")


def parse_ko_number(text: str) -> float | None:
    """'22,000' -> 22000; '13만' -> 130000; '4만 1천' -> 41000; '5조 8천억' -> 5.8e12; '백' -> 100."""
    if _SPACED_THOUSANDS.fullmatch((text or "").strip()):
        return float(re.sub(r"\s", "", text))  # 14 300
    if re.search(r"[\d일이삼사오육칠팔구]\s+[\d십백천일이삼사오육칠팔구]|[십백천]\s+[십백천일이삼사오육칠팔구]", text or ""):
        return None  # spaces only follow 만/억/조 groups (4만 1천) or 천/백 before digits (7만 6천 900, 천 400); "12 34" is two numbers
    s = re.sub(r"[\s,]", "", text or "")
    if not s:
        return None
    toks = _KO_TOKEN.findall(s)
    if "".join(toks) != s:
        return None
    total = 0.0
    section = 0.0
    cur: float | None = None
    seen_any = False
    for t in toks:
        if t[0].isdigit() or t in _KO_DIGIT:
            if cur is not None:
                return None
            cur = float(t) if t[0].isdigit() else float(_KO_DIGIT[t])
            seen_any = True
        elif t in _KO_SMALL:
            section += (cur if cur is not None else 1.0) * _KO_SMALL[t]
            cur = None
            seen_any = True
        else:  # big unit
            section += cur or 0.0
            cur = None
            if section == 0:
                section = 1.0
            total += section * _KO_BIG[t]
            section = 0.0
            seen_any = True
    if not seen_any:
        return None
    return total + section + (cur or 0.0)


def parse_en_number(text: str) -> float | None:
    """'22,000' -> 22000; '1.2 million' -> 1.2e6; '2.5bn' -> 2.5e9; '3m' -> 3e6."""
    scales = load_rules("units")["english"]["scales"]
    m = re.fullmatch(rf"\s*({NUM_CORE})\s*-?\s*([A-Za-z]+)?\s*", text or "")
    if not m:
        return None
    v = float(re.sub(r"[,\s]", "", m.group(1)))
    if m.group(2):
        sc = scales.get(m.group(2).lower())
        if sc is None:
            return None
        v *= sc
    return v


@per_rules
def korean_units() -> list[tuple[str, str, float | str, str | None]]:
    """(surface, canonical unit, factor or currency code, implied metric noun), longest first."""
    u = load_rules("units")["korean"]
    out = []
    for surface, noun in u["count"].items():
        out.append((surface, "count", 1.0, noun))
    for cat in ("percent", "m2", "km", "hour", "day", "year"):
        for surface, f in u[cat].items():
            out.append((str(surface), cat, float(f), None))
    for surface, code in u["currency"].items():
        out.append((surface, "currency", code, None))
    return sorted(out, key=lambda x: -len(x[0]))


@per_rules
def english_units() -> list[tuple[str, str, float]]:
    u = load_rules("units")["english"]
    out = []
    for cat in ("percent", "m2", "km", "hour", "day", "year"):
        for surface, f in u[cat].items():
            out.append((str(surface), cat, float(f)))
    return sorted(out, key=lambda x: -len(x[0]))


@per_rules
def _not_counters() -> tuple[str, ...]:
    return tuple(load_rules("units")["korean"].get("not_counters") or ())


def match_korean_unit(after: str):
    """Longest unit at the start of ``after`` (one space allowed before a word counter)."""
    for surface, unit, f, noun in korean_units():
        if after.startswith(surface):
            nxt = after[len(surface):len(surface) + 1]
            if " " in surface and not re.match(r"(?:가|이|는|은|를|을|의|에|와|과|도|로|으로|에서|만|씩|다|였|이다|이며|이고)?(?![가-힣])",
                                               after[len(surface):]):
                continue  # 3개 사이언스파크: a spaced counter (개 사) only before a particle or a break, not inside a word
            if unit == "m2" and surface in ("m2", "ha") and nxt.isascii() and nxt.isalpha():  # not "hand"; "2,700ha이다" is one
                continue
            return surface, unit, f, noun
    if after.startswith(" "):
        rest = after[1:]
        for surface, unit, f, noun in korean_units():
            if unit in ("m2", "km") and rest.startswith(surface):
                nxt = rest[len(surface):len(surface) + 1]
                word = any("가" <= ch <= "힣" for ch in surface)
                # a unit word ending there (60만 평 규모, 126만 평)), a unit symbol standing alone (67.8 km2, 4.3 ㎢)
                if (word and not re.match(r"[가-힣]", nxt)) or (not word and not (nxt.isascii() and nxt.isalnum())):
                    return " " + surface, unit, f, noun
            if unit in ("count", "currency") and rest.startswith(surface) and len(surface) >= 1 and not surface.isascii() \
                    and surface not in ("불", "弗") and not rest.startswith(_not_counters()):
                return " " + surface, unit, f, noun
    return None


def match_english_unit(after: str):
    """Longest English unit at the start of ``after`` (after optional space or hyphen)."""
    m = re.match(r"[ \-\u00a0]?", after)
    rest = after[m.end():]
    low = rest.lower()
    for surface, unit, f in english_units():
        s = surface.lower()
        if low.startswith(s):
            end = len(s)
            if end < len(rest) and (rest[end].isalnum()) and not surface in ("%",):
                continue
            return after[: m.end() + end], unit, f
    return None


def to_canonical(value: float, unit: str, factor: float | str) -> tuple[float, str]:
    if unit == "currency":
        return value, str(factor)
    return float(f"{value * float(factor):.12g}"), unit  # (7,000 acres is 28327994.9568 m2, not …956800003)


# ---------------------------------------------------------------- periods

def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def year_period(y: int) -> tuple[str, str]:
    return f"{y:04d}-01-01", f"{y:04d}-12-31"


def _half_period(y: int, which: str) -> tuple[str, str]:
    return (f"{y}-01-01", f"{y}-06-30") if which == "상" else (f"{y}-07-01", f"{y}-12-31")


_EN_PARTS = {"first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3), "second quarter": (4, 6),
             "third quarter": (7, 9), "fourth quarter": (10, 12), "h1": (1, 6), "h2": (7, 12), "q1": (1, 3),
             "q2": (4, 6), "q3": (7, 9), "q4": (10, 12)}
# 'the first half of', 'the third quarter of': a part of the year written after it
_EN_PART_OF = r"(?:the\s+)?(first\s+half|second\s+half|first\s+quarter|second\s+quarter|third\s+quarter|fourth\s+quarter)\s+of\s+(?:the\s+year\s+)?"


def _part_period(y: int, part: str) -> tuple[str, str]:
    m1, m2 = _EN_PARTS[re.sub(r"\s+", " ", part.lower())]
    return month_period(y, m1, y, m2)


def month_period(y: int, m: int, y2: int | None = None, m2: int | None = None) -> tuple[str, str]:
    y2 = y2 if y2 is not None else y
    m2 = m2 if m2 is not None else m
    return f"{y:04d}-{m:02d}-01", f"{y2:04d}-{m2:02d}-{_month_end(y2, m2):02d}"


_EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_EN_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_EN_MONTH_RX = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_YEAR = r"((?:19|20)\d{2})"
# the sign or code an amount may open on: €, S$, NT$, EUR ('(2023: EUR 3.9 billion)')
_MONEY_SIGN = r"[A-Z]{0,3}[$€£¥₩]?\s?"

KO_PERIOD_PATTERNS = [
    # 2017년 1월부터 2018년 12월까지 / 2019년 3월부터 5월까지 / 2017년 1월~2018년 12월
    (re.compile(_YEAR + r"\s*년\s*(\d{1,2})\s*월\s*(?:부터|~|-|–|에서)\s*(?:" + _YEAR + r"\s*년\s*)?(\d{1,2})\s*월\s*(?:까지)?"), "ymym"),
    # 2015년부터 2018년까지 / 2015~2018년
    (re.compile(_YEAR + r"\s*년?\s*(?:부터|~|-|–|에서)\s*" + _YEAR + r"\s*년\s*(?:까지)?"), "yy"),
    # 2019년 3월 기준 / 2019년 3월 현재 / 2019년 3월 한 달
    (re.compile(_YEAR + r"\s*년\s*(\d{1,2})\s*월\s*(?:기준|현재|말|한\s*달|동안|중)"), "ym"),
    (re.compile(_YEAR + r"\s*년\s*(?:상반기|하반기)"), "half"),
    # 2022년 1분기 / 2022년 4/4분기
    (re.compile(_YEAR + r"\s*년\s*(?:제\s*)?([1-4])\s*(?:/\s*4\s*)?분기"), "quarter"),
]


@per_rules
def _ko_year_patterns() -> list:
    """Single-year periods from the rules: '2016년 한 해 동안', '2016년 기준' (periods.korean_single),
    and a year right before a flow noun, '2022년 매출액' (periods.korean_flow_nouns; the noun is
    not part of the match). A year before anything else ('2019년 설립') is an event, not a period."""
    p = load_rules("quantities")["periods"]
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s*") for c in sorted(p["korean_single"], key=len, reverse=True))
    flows = "|".join(re.escape(n) for n in sorted(p["korean_flow_nouns"], key=len, reverse=True))
    events = "|".join(re.escape(v) for v in p["korean_event_verbs"])
    # up to two bare nouns between the year and the flow noun ('2023년 반도체 관련 투자'), never a
    # word with a particle or verb ending ('2019년 설립된 단지의 매출' is an event year)
    # (four: 2023년 선전 하이테크개발구의 산업 총 생산액은)
    between = r"(?:(?!" + events + r")[가-힣A-Za-z]+(?<![된한은는을를이가에로며고서])\s+){0,4}"  # 2021년 입주 기업의 매출
    # (no year a clause starts from: '1998년 창업보육센터 개소 이후 최근 10년간 … 107개사' is since then)
    since = r"(?![^,.;\d]{0,24}?(?:이후|이래)(?![가-힣]))"
    # (an adverb of the year's record may come first: 2023년 (사상) 처음으로 생산액 60조원대를)
    first_time = r"(?:\s+(?:사상\s+)?(?:처음으로|최초로|다시|또다시))?"
    return [(re.compile(_YEAR + r"\s*년\s*(?:" + cues + ")"), "y"),
            (re.compile(_YEAR + r"\s*년" + since + r"(?:도)?(?:의)?" + first_time + r"\s*" + between + r"(?=(?:" + flows + "))"), "y"),
            # a year written right before its figure: 2021년 41억 유로로, 2005년 2만 8,560건에서 (not the
            # year of an event the clause goes on to: 지난 2003년 460만㎡ 규모로 오송에 들어서는 단지)
            (re.compile(_YEAR + r"\s*년(?:도)?(?:에|에는|의)?\s+(?=(?:약\s*)?\d(?![\d.]*\s*(?:월|일|분기|년|/|\.)))"
                        r"(?![^,.;]{0,48}?(?:" + events + r")(?:하|되|돼|된|한|는|될|할|하는|되는))"), "y"),
            # ... or a year in brackets right after a figure: 종사자 약 300만 명('22), 매출 3조원(2021)
            (re.compile(r"(?<=[\d가-힣%㎡㎢])\s?\(\s*" + _YEAR + r"\s*년?\s*\)"), "y"),
            # ... or in brackets after it: 2021년(120조8천억원)보다
            (re.compile(_YEAR + r"\s*년(?:도)?(?=\s*\(\s*(?:약\s*)?\d(?![\d.]*\s*(?:월|일|분기|년|/|\.)))"), "y"),
            # ... or a bare word or two (and 등) between: 1983년 에릭슨 등 5개 기업으로, 2020년 입주기업 500개
            (re.compile(_YEAR + r"\s*년" + since + r"\s+(?=(?:(?!" + events + r")[가-힣A-Za-z]+(?<![은는을를이가에로며고서된한의과와])\s+){1,2}(?:등\s+)?(?:약\s*)?\d(?![\d.]*\s*(?:월|일|분기|년|/|\.)))"), "y"),
            # ... or a year before the clause's subject, its figure right after it: 2021년 입주기업은 300개
            # (not a place as the subject: 2003년 단지가 460만㎡ 규모로 들어섰다, an event)
            (re.compile(_YEAR + r"\s*년" + since + r"\s+(?=(?!" + events + r")(?![가-힣A-Za-z]{0,6}(?:단지|산단|특구|클러스터|지구|밸리|파크|도시|캠퍼스)(?:은|는|이|가))"
                        r"[가-힣A-Za-z]{1,8}(?:은|는|이|가)\s+(?:약\s*)?\d(?![\d.]*\s*(?:월|일|분기|년|/|\.)))"), "y"),
            # a year as the clause's topic, its figure a few words on: 2022년에는 연구소기업이 500개를
            (re.compile(_YEAR + r"\s*년" + since + r"(?:에는|엔)\s+(?=(?:(?!" + events + r")[^\s\d.,]+\s+){0,3}(?:약\s*)?\d(?![\d.]*\s*(?:월|일|분기|년|/|\.))|(?:(?!" + events + r")[^\s\d.,]+\s+){0,3}\d[\d.]*\s*배)"), "y"),
            # ... the same with a month: 2010년 12월 454개에서 2022년 12월 1,878개로; 2019년 12월에는 2.5배 증가한 1403개로
            (re.compile(_YEAR + r"\s*년\s*(\d{1,2})\s*월(?:\s*말)?(?:에|에는|의)?\s+(?=(?:약\s*)?\d(?![\d.]*\s*(?:월|일|분기|년|/|\.)))"
                        r"(?![^,.;]{0,48}?(?:" + events + r")(?:하|되|돼|된|한|는|될|할|하는|되는))"), "ym"),
            (re.compile(_YEAR + r"\s*년\s*(\d{1,2})\s*월(?:\s*말)?" + since + r"(?:에는|엔)\s+(?=(?:(?!" + events + r")[^\s\d.,]+\s+){0,3}(?:약\s*)?\d)"), "ym")]
@per_rules
def _en_period_patterns() -> list[tuple[re.Pattern, str]]:
    """English period patterns; the words that set a single date before it come from the rules
    (quantities.yaml periods.english_single_prepositions: 'in May 2004', 'as early as May 2004')."""
    words = [*load_rules("quantities")["periods"]["english_single_prepositions"], "as of the end of"]
    preps = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return [
        # part of a year: 'in the first half of 2020', 'the third quarter of 2019', 'H1 2021', 'Q3 2019'
        (re.compile(r"\b" + _EN_PART_OF + _YEAR, re.I), "part"),
        (re.compile(r"\b(H[12]|Q[1-4])\s*" + _YEAR), "part"),
        (re.compile(r"\bbetween\s+(" + _EN_MONTH_RX + r")\.?\s+" + _YEAR + r"\s+and\s+(" + _EN_MONTH_RX + r")\.?\s+" + _YEAR, re.I), "MyMy"),
        (re.compile(r"\bfrom\s+(" + _EN_MONTH_RX + r")\.?\s+" + _YEAR + r"\s+(?:to|until|through)\s+(" + _EN_MONTH_RX + r")\.?\s+" + _YEAR, re.I), "MyMy"),
        # months of one year: 'From January to November 2020', 'in January-October 2017'
        (re.compile(r"\b(?:(?:between|from)\s+)?(" + _EN_MONTH_RX + r")\.?\s*(?:[-–]|to|and|until|through)\s*(" + _EN_MONTH_RX + r")\.?,?\s+" + _YEAR, re.I), "MMy"),
        (re.compile(r"\b(?:between|from)\s+" + _YEAR + r"\s+(?:and|to|until|through)\s+" + _YEAR, re.I), "yy"),
        # 'During 2000 and 2001, more than 6,000 jobs were lost': one span of the two years
        (re.compile(r"\bduring\s+" + _YEAR + r"\s+and\s+" + _YEAR + r"\b", re.I), "yy"),
        # an infobox's month written as a number: '584 companies (as of 2024-12)'
        (re.compile(r"\b(?:as of|in|by the end of|at the end of)\s+" + _YEAR + r"[-/.](\d{1,2})\b(?![-/.]\d)", re.I), "ym"),
        # (and with a slash: 'in 2011/12', a split year)
        (re.compile(r"\b" + _YEAR + r"\s*[–-]\s*(?:" + _YEAR + r"|(\d{2}))\b(?![.,]\d)|\b" + _YEAR + r"/(?:" + _YEAR + r"|(\d{2}))\b(?![/.,]\d)"), "yy_dash"),  # (not '2020 - 39.5 billion')
        # 'over the five years to 2020', 'in the three years through 2023'
        (re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past\s+|last\s+)?(\d{1,2}|[a-z]+)\s+years?\s+(?:to|until|through|up\s+to)\s+" + _YEAR, re.I), "n_years_to"),
        (re.compile(r"\b(?:" + preps + r")\s+(" + _EN_MONTH_RX + r")\.?\s+" + _YEAR, re.I), "My"),
        # (not a name that begins with digits: 'working for 1904labs')
        (re.compile(r"\b(?:" + preps + r")\s+(?:the\s+year\s+)?" + _YEAR
                    + r"(?![A-Za-z])(?!\s*[-–]\s*\d{2,4}\b(?![.,]\d))", re.I), "y"),
        # a year closed with its figures: 'ended 2024 with 2,580 companies', 'closed the year 2023 with …'
        (re.compile(r"\b(?:ended|closed|finished|ends|closes|finishes)\s+(?:the\s+year\s+)?" + _YEAR + r"\s+with\b", re.I), "y"),
        # a total named by its year: 'more than double the 2022 total of £29m'
        (re.compile(r"\b(?:the|its|their)\s+" + _YEAR + r"\s+(?:total|figure|level|tally|amount)\s+of\b", re.I), "y"),
        # a count's own year: 'registered in the last census of 2015', 'the survey for 2019'
        (re.compile(r"\b(?:census|survey|count|tally)\s+(?:of|for)\s+" + _YEAR + r"(?!\s*[-–]\s*\d)", re.I), "y"),
        # an infobox figure dated in brackets: 'Enterprises: more than 18,000 (2022)'
        # (or after the scale of an amount: 'Revenue | NT$1.6 trillion (2022)')
        (re.compile(r"(?:(?<=[\d%]\()|(?<=[\d%]\s\()|(?<=illion\s\()|(?<=\dbn\s\())" + _YEAR + r"(?=\))"), "y"),
        # a figure compared in brackets with its own year first: 'revenue - 113.3 billion (2020 - 75.8 billion)'
        # (or closing the brackets: 'At 6,300 (2023: 6,400), the number of students decreased')
        (re.compile(r"(?<=\()" + _YEAR + r"(?=\s*[-–:]\s*" + _MONEY_SIGN + r"\d[\d,]*(?:\.\d+)?(?:\s|\)))"), "y"),
        # a timeline's entry opening on its year: '- 2015: the park hosts 600 companies …'
        (re.compile(r"^\s*(?:[-–•*·]\s*)?" + _YEAR + r"(?=\s*:\s)"), "y"),
        # a field's values by year: 'Businesses: 2019: 310; 2023: 452'
        (re.compile(r"(?<=[:;]\s)" + _YEAR + r"(?=\s*:\s*" + _MONEY_SIGN + r"\d[\d,]*(?:\.\d+)?(?:[;\s]|$))"), "y"),
        # 'By 2003 it counted 79 companies', 'had 300 firms by 2003': the date the figure stood at
        # (not after a change verb: 'rose by 2,010')
        (re.compile(r"(?<!rose )(?<!grew )(?<!fell )(?<!increased )(?<!decreased )(?<!dropped )\b[Bb]y\s+" + _YEAR + r"(?![\d,.]*\d)(?!\s*[-–]\s*\d)(?!\s+(?:[a-z]+\s+)?(?:jobs|firms|companies|people|workers|employees|units|percent)\b)"), "y"),
]


_EN_FISCAL_YEAR = re.compile(r"\bFY\s?['’]?((?:19|20)\d{2}|\d{2})\b(?!\s*[-–/]\s*\d)")


def _fiscal_start(text: str, a: int, b: int, country: str | None) -> int | None:
    """The month a split year 'a'..'b' of ``text`` starts in when the text calls it a financial
    year (the 2016–17 financial year, FY2016-17), or writes it short in a country whose financial
    year is split ('in 2009-10' in India; rules: periods.fiscal_year), else None."""
    r = (load_rules("quantities")["periods"].get("fiscal_year") or {})
    cues = "|".join(re.escape(str(c)) for c in r.get("cues_en") or ()) or "(?!)"
    split = country in (r.get("split_year_countries") or ()) and re.fullmatch(r"\d{4}\s?[-–/]\s?\d{2}", text[a:b])
    if not (re.match(rf"\s*(?:{cues})\b", text[b:], re.I) or re.search(r"\bFY\s?$", text[:a]) or split):
        return None
    return _fiscal_start_month(country)


def _fiscal_start_month(country: str | None) -> int:
    """The month a financial year starts in, in ``country`` (rules: periods.fiscal_year.start_month; April unless said)."""
    months = (load_rules("quantities")["periods"].get("fiscal_year") or {}).get("start_month") or {}
    return int(months.get(country, months.get("default", 4)))


_EN_FIRST_MONTHS = re.compile(r"\b(?:the\s+)?first\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months\s+of\s+"
                              r"(?:((?:19|20)\d{2})\b|(the|this|last)\s+year\b)", re.I)
_EN_MONTHS_TO = re.compile(r"\b(\d{1,2}|three|six|nine|twelve)\s+months\s+(?:to|ending|ended|through)\s+(" + _EN_MONTH_RX + r")\.?\s+"
                           + _YEAR, re.I)
_KO_TO_RELATIVE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*년(?:\s*(?P<m>\d{1,2})\s*월)?\s*(?:부터|이후|이래|에서)\s*"
                             r"(?P<rel>올해|금년|지난해|작년|현재|지금)\s*까지")


# a year written with two digits after an apostrophe, as Korean releases abbreviate them: '23년 기준, ’22년 매출
_ABBREVIATED_YEAR_KO = re.compile(r"(?<![\w\d])['‘’](\d{2})(?=\s*년|\s*\))")  # (or alone in brackets: 300만 명('22))


def find_periods(text: str, lang: str, published: str | None = None, country: str | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, period_start, period_end) for every period expression in ``text`` (``country``:
    the cluster's, for the month a financial year starts in). A Korean year abbreviated to two
    digits ('23년) is read as its full year (the century the text's date puts it in)."""
    if lang == "ko" and ("'" in text or "‘" in text or "’" in text) and _ABBREVIATED_YEAR_KO.search(text):
        expanded, back = _expand_abbreviated_years(text, published)
        return [(back[a], back[b], ps, pe) for a, b, ps, pe in _find_periods(expanded, lang, published, country)]
    return _find_periods(text, lang, published, country)


def _expand_abbreviated_years(text: str, published: str | None) -> tuple[str, list[int]]:
    """The text with each '23 written 2023, and for every offset in it the offset in ``text``
    (a span that starts or ends inside the written-out year covers the abbreviation). A year more
    than thirty years after the text's date (or after 2040 when it has none) is of the 1900s: '98년."""
    latest = (int(str(published)[:4]) if published and re.match(r"\d{4}", str(published)) else 2010) + 30
    parts: list[str] = []
    back: list[int] = []
    pos = 0
    for m in _ABBREVIATED_YEAR_KO.finditer(text):
        parts.append(text[pos:m.start()])
        back.extend(range(pos, m.start()))
        yy = int(m.group(1))
        full = 2000 + yy if 2000 + yy <= latest else 1900 + yy
        parts.append(str(full))
        back.extend([m.start(), m.start() + 1, m.start() + 2, m.start() + 2])  # 4 digits for 3 characters
        pos = m.end()
    parts.append(text[pos:])
    back.extend(range(pos, len(text) + 1))
    return "".join(parts), back


_EN_STANDING_DAY = re.compile(
    rf"\bas\s+(?:of|at)\s+(?:the\s+)?(?P<date>(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_EN_MONTH_RX})\.?,?\s+(?P<y>(?:19|20)\d{{2}})"
    rf"|(?P<mon2>{_EN_MONTH_RX})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}}))\b", re.I)
_KO_STANDING_DAY = re.compile(r"(?P<date>(?P<y>(?:19|20)\d{2})\s*(?:년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"
                              r"|\.\s*(?P<m2>\d{1,2})\s*\.\s*(?P<d2>\d{1,2})\s*\.?))\s*(?:말\s*)?(?:기준|현재)")


def _find_periods(text: str, lang: str, published: str | None = None, country: str | None = None) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:  # no period found so far overlaps [a, b)
        return not any(x < b and a < y for x, y in taken)
    # a day the figures stand at: 'as of 31 May 2024', 'as at June 30, 2023', '2024년 5월 31일 기준', '2024. 5. 31. 현재'
    # (a day alone is an event's date, no period: 'opened on 12 March 2019')
    for m in (_EN_STANDING_DAY if lang != "ko" else _KO_STANDING_DAY).finditer(text):
        g = {k.rstrip("2"): v for k, v in m.groupdict().items() if v}  # (either way of writing it)
        y, mo, d = int(g["y"]), _EN_MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else int(g["m"]), int(g["d"])
        if 1 <= mo <= 12 and 1 <= d <= _month_end(y, mo):
            out.append((m.start("date"), m.end("date"), f"{y:04d}-{mo:02d}-{d:02d}", f"{y:04d}-{mo:02d}-{d:02d}"))
            taken.append((m.start("date"), m.end("date")))
    if lang == "ko" and published and re.match(r"\d{4}", str(published)):
        # 2015년 3월 이후 올해까지, 2015년부터 지난해까지: from a year (and month) to a year the text's date fixes
        for m in _KO_TO_RELATIVE.finditer(text):
            py = int(str(published)[:4])
            y2 = py - 1 if m.group("rel") in ("지난해", "작년") else py
            y1, m1 = int(m.group("y")), int(m.group("m") or 1)
            if y1 <= y2 and 1 <= m1 <= 12:
                out.append((m.start(), m.end(), f"{y1:04d}-{m1:02d}-01", f"{y2:04d}-12-31"))
                taken.append((m.start(), m.end()))
    if lang != "ko":
        # 'in the first nine months of the year' (the year the sentence gave, else the text's), 'the
        # first six months of 2023': January to that month
        for m in _EN_FIRST_MONTHS.finditer(text):
            n = int(m.group(1)) if m.group(1).isdigit() else (load_rules("quantities").get("number_words_en") or {}).get(m.group(1).lower())
            earlier = re.findall(r"\b((?:19|20)\d{2})\b", text[:m.start()])
            py = int(str(published)[:4]) if published and re.match(r"\d{4}", str(published)) else None
            y = int(m.group(2)) if m.group(2) else (py - 1 if m.group(3).lower() == "last" and py else
                                                     py if m.group(3).lower() == "this" else int(earlier[-1]) if earlier else py)
            if isinstance(n, int) and 1 <= n <= 11 and y:
                out.append((m.start(), m.end(), *month_period(y, 1, y, n)))
                taken.append((m.start(), m.end()))
        # 'over the 12 months to April 2017': the months that end with that month
        for m in _EN_MONTHS_TO.finditer(text):
            n = int(m.group(1)) if m.group(1).isdigit() else (load_rules("quantities").get("number_words_en") or {}).get(m.group(1).lower())
            if isinstance(n, int) and 1 <= n <= 36 and free(m.start(), m.end()):
                y2, m2 = int(m.group(3)), _EN_MONTHS[m.group(2).lower().rstrip(".")]
                first = y2 * 12 + m2 - 1 - (n - 1)
                out.append((m.start(), m.end(), *month_period(first // 12, first % 12 + 1, y2, m2)))
                taken.append((m.start(), m.end()))
    for a, b, y, mo in _relative_months(text, lang, published):
        if free(a, b):  # 지난달 말 기준, last month: the month before the text's date
            out.append((a, b, *month_period(y, mo)))
            taken.append((a, b))
    for a, b, y in _relative_years(text, lang, published):
        if not free(a, b):
            continue
        part = re.search(_EN_PART_OF + r"$", text[:a], re.I) if lang != "ko" else None
        if part:  # 'In the first quarter of this year'
            out.append((part.start(), b, *_part_period(y, part.group(1))))
            taken.append((part.start(), b))
            continue
        mo = re.match(r"\s*(\d{1,2})\s*월", text[b:]) if lang == "ko" else None
        rng = re.match(r"\s*(\d{1,2})\s*월\s*(?:부터|~|-|–)\s*(\d{1,2})\s*월(?:\s*까지)?", text[b:]) if lang == "ko" else None
        if rng and 1 <= int(rng.group(1)) <= int(rng.group(2)) <= 12:  # 올해 1월부터 10월까지
            out.append((a, b + rng.end(), *month_period(y, int(rng.group(1)), y, int(rng.group(2)))))
            taken.append((a, b + rng.end()))
            continue
        if mo and 1 <= int(mo.group(1)) <= 12:  # 올해 6월 말 현재; 올해 10월까지: the year so far
            to_date = re.match(r"\s*(?:말\s*)?까지", text[b + mo.end():])
            end = b + mo.end() + (to_date.end() if to_date else 0)
            out.append((a, end, *month_period(y, 1 if to_date else int(mo.group(1)), y, int(mo.group(1)))))
            taken.append((a, end))
            continue
        half = re.match(r"\s*(상|하)반기", text[b:]) if lang == "ko" else None
        if half:  # 올해 상반기
            out.append((a, b + half.end(), *_half_period(y, half.group(1))))
            taken.append((a, b + half.end()))
            continue
        out.append((a, b, *year_period(y)))
        taken.append((a, b))
    if published and re.match(r"\d{4}", str(published)):
        # 'Since 2012, firms have raised $3.3 billion', '1994년 이후 총 600억 달러가': from that year to the text's date
        since = r"\b[Ss]ince\s+" + _YEAR + r"\b(?!\s*[-–]\s*\d)" if lang != "ko" else \
            _YEAR + r"\s*년\s*(?:이후|이래)(?!\s*\d)"
        for m in re.finditer(since, text):
            if int(m.group(1)) <= int(str(published)[:4]) and free(m.start(), m.end()):
                out.append((m.start(), m.end(), f"{m.group(1)}-01-01", f"{str(published)[:4]}-12-31"))
                taken.append((m.start(), m.end()))
    if lang != "ko":  # 'in FY2021', 'FY 2024', "FY'24": the financial year that ends in that year (by the country's start month)
        for m in _EN_FISCAL_YEAR.finditer(text):
            if free(m.start(), m.end()):
                y = int(m.group(1))
                y = 2000 + y if y < 100 else y
                start = _fiscal_start_month(country)
                out.append((m.start(), m.end(), *(month_period(y - 1, start, y, start - 1) if start > 1 else year_period(y))))
                taken.append((m.start(), m.end()))
    if lang == "ko" and published and re.match(r"\d{4}-\d{2}", str(published)):
        # a half or a month-end with no year, in a dated text, is the latest one by that date:
        # '상반기 생산액은' in a July release, '6월 말 현재 501개사'
        py, pm = int(str(published)[:4]), int(str(published)[5:7])
        for m in re.finditer(r"(?<![\d년])(?<![\d년]\s)(상|하)반기(?!\s*(?:중|에는?|까지)?\s*(?:계획|예정|목표|전망))", text):
            if free(m.start(), m.end()):
                y = py if m.group(1) == "상" or pm >= 7 else py - 1
                out.append((m.start(), m.end(), *_half_period(y, m.group(1))))
                taken.append((m.start(), m.end()))
        for m in re.finditer(r"(?<![\d년])(?<![\d년]\s)\b(\d{1,2})\s*월\s*(?:말\s*)?(?:현재|기준)", text):
            mo_ = int(m.group(1))
            if 1 <= mo_ <= 12 and free(m.start(), m.end()):
                out.append((m.start(), m.end(), *month_period(py if mo_ <= pm else py - 1, mo_)))
                taken.append((m.start(), m.end()))
    patterns = KO_PERIOD_PATTERNS + _ko_year_patterns() if lang == "ko" else _en_period_patterns()
    event_words = _event_word_patterns()
    event_before = _event_word_before()
    for rx, form in patterns:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            g = m.groups()
            try:
                if form == "ymym":
                    y1, m1 = int(g[0]), int(g[1])
                    y2 = int(g[2]) if g[2] else y1
                    m2 = int(g[3])
                    if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y2, m2) < (y1, m1):
                        continue
                    ps, pe = month_period(y1, m1, y2, m2)
                elif form == "yy":
                    y1, y2 = int(g[0]), int(g[1])
                    if y2 < y1:
                        continue
                    ps, pe = f"{y1:04d}-01-01", f"{y2:04d}-12-31"
                elif form == "yy_dash":
                    g = g if g[0] is not None else g[3:]  # (the slash's groups)
                    y1 = int(g[0])
                    y2 = int(g[1]) if g[1] else (y1 // 100) * 100 + int(g[2])
                    if y2 <= y1 or y2 - y1 > 30:
                        continue
                    ps, pe = f"{y1:04d}-01-01", f"{y2:04d}-12-31"
                    if y2 == y1 + 1 and lang != "ko" and (fiscal := _fiscal_start(text, m.start(), m.end(), country)):
                        ps, pe = month_period(y1, fiscal, y2, fiscal - 1) if fiscal > 1 else (ps, pe)
                elif form == "n_years_to":
                    n = int(g[0]) if g[0].isdigit() else (load_rules("quantities").get("number_words_en") or {}).get(g[0].lower())
                    if not isinstance(n, int) or not 1 <= n <= 30:
                        continue
                    y2 = int(g[1])
                    ps, pe = f"{y2 - n + 1:04d}-01-01", f"{y2:04d}-12-31"
                elif form == "ym":
                    y1, m1 = int(g[0]), int(g[1])
                    if not 1 <= m1 <= 12 or (m1 == (y1 + 1) % 100 and ("-" in m.group(0) or "/" in m.group(0))):
                        continue  # (in 2009-10: a year and the next, as prose writes a split year, no month)
                    ps, pe = month_period(y1, m1)
                elif form == "y":
                    y1 = int(g[0])
                    before = text[max(0, m.start() - 25):m.start()].lower()
                    if lang == "en" and event_before.search(before):
                        continue
                    if lang == "en" and _event_in_clause(text, m.start(), event_words):
                        continue  # "opened in Paris in 2017": when it happened, not a period
                    ps, pe = year_period(y1)
                elif form == "quarter":
                    y1, qn = int(g[0]), int(g[1])
                    ps, pe = month_period(y1, 3 * qn - 2, y1, 3 * qn)
                elif form == "half":
                    y1 = int(g[0])
                    ps, pe = _half_period(y1, "상" if "상" in m.group(0) else "하")
                elif form == "My":
                    mo, y1 = _EN_MONTHS[g[0].lower()], int(g[1])
                    before = text[max(0, m.start() - 25):m.start()].lower()
                    if event_before.search(before):
                        continue
                    ps, pe = month_period(y1, mo)
                elif form == "part":
                    ps, pe = _part_period(int(g[1]), g[0])
                elif form == "MMy":
                    m1, m2, y1 = _EN_MONTHS[g[0].lower()], _EN_MONTHS[g[1].lower()], int(g[2])
                    if m2 < m1:
                        continue
                    ps, pe = month_period(y1, m1, y1, m2)
                elif form == "MyMy":
                    m1, y1, m2, y2 = _EN_MONTHS[g[0].lower()], int(g[1]), _EN_MONTHS[g[2].lower()], int(g[3])
                    if (y2, m2) < (y1, m1):
                        continue
                    ps, pe = month_period(y1, m1, y2, m2)
                else:
                    continue
            except (ValueError, KeyError):
                continue
            out.append((m.start(), m.end(), ps, pe))
            taken.append((m.start(), m.end()))
    return sorted(out)


@per_rules
def _relative_rx(lang: str, key: str) -> list[tuple[re.Pattern, int]]:
    """The words of quantities.yaml periods.<key> (relative_years, relative_months) with their offsets."""
    r = (load_rules("quantities")["periods"].get(key) or {}).get("korean" if lang == "ko" else "english") or {}
    return [(re.compile((r"(?<![가-힣])" if lang == "ko" else r"\b") + re.escape(str(w)) + (r"" if lang == "ko" else r"\b"),
                        0 if lang == "ko" else re.I), int(off))
            for off, words in r.items() for w in words]


def _relative_years(text: str, lang: str, published: str | None) -> list[tuple[int, int, int]]:
    """(start, end, year) of years written relative to the document's date (지난해, 올해, last year)."""
    if not published or not re.match(r"\d{4}", str(published)):
        return []
    year = int(str(published)[:4])
    return [(m.start(), m.end(), year + off) for rx, off in _relative_rx(lang, "relative_years") for m in rx.finditer(text)]


def _relative_months(text: str, lang: str, published: str | None) -> list[tuple[int, int, int, int]]:
    """(start, end, year, month) of months written relative to the document's date (지난달, last month);
    none when the date gives no month."""
    m = re.match(r"(\d{4})-(\d{2})", str(published or ""))
    if not m:
        return []
    at = int(m.group(1)) * 12 + int(m.group(2)) - 1
    return [(x.start(), x.end(), (at + off) // 12, (at + off) % 12 + 1) for rx, off in _relative_rx(lang, "relative_months") for x in rx.finditer(text)]


@per_rules
def _event_word_patterns() -> list[re.Pattern]:
    """Each English event verb ('opened', 'founded') as a word, in the rules' order."""
    return [re.compile(r"\b" + re.escape(w) + r"\b") for w in load_rules("quantities")["periods"]["english_event_words"]]


@per_rules
def _event_word_before() -> re.Pattern:
    """An event verb right before a date: 'opened in May 2019'."""
    words = load_rules("quantities")["periods"]["english_event_words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s*$")


def _event_in_clause(text: str, pos: int, event_words: list[re.Pattern]) -> bool:
    """An event verb earlier in the same clause, with no number between it and ``pos``."""
    start = max([m.end() for m in re.finditer(r"[,;:]\s|\band\b", text[:pos])], default=0)
    clause = text[start:pos].lower()
    for rx in event_words:
        m = rx.search(clause)
        if m and not re.search(r"\d", clause[m.end():]):
            return True
    return False


# ---------------------------------------------------------------- qualifiers

@per_rules
def _qualifier_rules():
    """Per language, (qualifier, compiled cue) pairs in the order they are tried: cue words before
    the number, then after its unit (longest words first within a cue)."""
    q = load_rules("quantities")["qualifiers"]
    ko, en = q["korean"], q["english"]

    def alt(words, lower=False):
        return "|".join(re.escape(w.lower() if lower else w) for w in sorted(words, key=len, reverse=True))

    degree = alt(ko.get("degree_after") or ()) or "(?!)"
    ko_after = [(qual, re.compile(r"(?:[이가을를에은는의도만]\s*)?(?:(?:" + degree + r")\s*)?(?:" + alt(ko[key]) + ")"))
                for key, qual in (("at_least_after", "at_least"), ("at_most_after", "at_most"), ("approx_after", "approx"))
                if ko[key]]
    ko_before = [(qual, re.compile(r"(?:^|[\s(])(?:" + alt(ko[key]) + ")$"))
                 for key, qual in (("approx_before", "approx"), ("at_least_before", "at_least"), ("at_most_before", "at_most"))
                 if ko[key]]
    en_before = [(qual, re.compile(r"(?:^|[\s(,;:])(?:" + alt(en[key], lower=True) + ")$"))
                 for key, qual in (("at_least_before", "at_least"), ("at_most_before", "at_most"), ("approx_before", "approx"))
                 if en[key]]
    en_after = []
    for key, qual in (("at_least_after", "at_least"), ("at_most_after", "at_most"), ("approx_after", "approx")):
        words = [w for w in en[key] if w != "+"]
        en_after.append((qual, "+" in en[key], re.compile(r"[\s\-‐–]*(?:" + alt(words, lower=True) + r")\b") if words else None))
    return ko_after, ko_before, en_before, en_after


def korean_qualifier(before: str, numeral_suffix: str, after: str) -> str:
    """Qualifier from the text before the number, what follows the numeral (여), and after the unit."""
    ko_after, ko_before, _, _ = _qualifier_rules()
    if numeral_suffix.strip() == "여":
        return "approx"
    after = after.lstrip()
    # a particle may sit between the unit and the qualifier: 22,000건에 육박, 1천 건 이상을
    for qual, rx in ko_after:
        if rx.match(after):
            return qual
    b = before.rstrip()
    for qual, rx in ko_before:
        if rx.search(b):
            return qual
    return "exact"


@per_rules
def _spread_over_rx() -> re.Pattern:
    """A verb of extent and its 'over' right before a number (rules: qualifiers.english.spread_verbs)."""
    verbs = load_rules("quantities")["qualifiers"]["english"].get("spread_verbs") or []
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, verbs)) or '(?!)'})\s+(?:over|across)$")


def english_qualifier(before: str, after: str) -> str:
    _, _, en_before, en_after = _qualifier_rules()
    b = before.rstrip().lower()
    if _spread_over_rx().search(b):
        b = re.sub(r"\s+(?:over|across)$", "", b)  # 'spreads over 200 acres': over is the verb's, not 'more than'
    for qual, rx in en_before:
        if rx.search(b):
            return qual
    a = after.lower()
    for qual, plus, rx in en_after:
        if (plus and a.startswith("+")) or (rx is not None and rx.match(a)):
            return qual
    return "exact"


# what a line that only dates a block says besides its date: '2024년 6월 말 기준', '(as of 2023)', 'Figures for 2023'
_DATE_WORDS = re.compile(r"기준|현재|\bas\s+(?:of|at)\b|\bat\s+(?:the\s+)?end\s+of\b|\b(?:figures|data)(?:\s+(?:are\s+)?for)?\b|[()\[\],.:\s]", re.I)


_STANDING_DATE = re.compile(r"\bas\s+(?:of|at)\b|기준|현재", re.I)


_NUMBERED_CAPTION = re.compile(r"\s*(?:(?:Table|Exhibit|Figure|Chart|Box)\s*\d+[.:]?|[<〈\[]\s*(?:표|그림)\s*\d+\s*[>〉\]]|(?:표|그림)\s*\d+[.:]?)\s", re.I)


def dating_line(text: str, lang: str, published: str | None) -> tuple[str | None, tuple | None]:
    """('only', period) for a line that says only a date ('2024년 6월 말 기준', 'As of June 2024');
    ('titled', period) for a short title ending in a bracketed year ('Key figures (2023)', '주요 지표(2023년
    기준)') or a year after a comma or dash ('Hsinchu Science Park: key figures, 2023'); (None, None) for any
    other line."""
    if len(text) > 80:
        return None, None
    m = re.search(r"[(\[]\s*((?:19|20)\d{2})([^)\]]{0,14})[)\]]\s*$", text) \
        or re.search(r"(?<=\S)\s*[,–—]\s*((?:19|20)\d{2})(년?)\s*$", text)  # (or after a comma: 'Key figures, 2023')
    numbered = _NUMBERED_CAPTION.match(text)  # (a caption's own number: 'Table 1. Selected indicators (2016)')
    if m and not re.search(r"\d", text[numbered.end() if numbered else 0:m.start()]):
        found = find_periods(m.group(1) + m.group(2), lang, published)
        return "titled", (found[0][2], found[0][3]) if found else year_period(int(m.group(1)))
    periods = find_periods(text, lang, published)
    if len(periods) != 1:
        return None, None
    a, b = periods[0][:2]
    if _DATE_WORDS.sub("", text[:a] + text[b:]).strip() == "":
        return "only", periods[0][2:]
    if re.search(r"[:：]\s*$", text) and _STANDING_DATE.search(text) and not re.search(r"\d", text[:a] + text[b:]):
        return "titled", periods[0][2:]  # 'Park at a glance, as of 31 May 2024:', '주요 현황(2024년 6월 현재):'
    return None, None
