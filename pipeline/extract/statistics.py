"""Numeric facts, the parts both languages share: the Quantity record, metric labels and their
codes, changes, partitives and comparisons over a sentence's figures, and the periods figures cover.
The numerals themselves are read by ``statistics_ko`` (Kiwi SN/NR morphemes, counters) and
``statistics_en`` (digits and number words, units and currencies)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract import numbers as nu
from pipeline.extract.modality import REPORTED
from pipeline.extract.normalise import metric_code
from pipeline.rules import load_rules, per_rules


@dataclass
class Quantity:
    start: int  # offset in the analysed text
    end: int
    text: str
    value: float
    unit: str
    qualifier: str
    metric: str
    period: tuple[str, str] | None = None
    compared: bool = False  # dated by a date it is compared with ('2011년 83개에 비해'): no period for what follows


@per_rules
def _q():
    return load_rules("quantities")


@per_rules
def _metric_rules():
    return load_rules("metrics")


def _metric_noun(word: str) -> str | None:
    nouns = _metric_rules()["nouns"]
    found = nouns.get(word) or nouns.get(word.lower())
    if found is None and len(word) > 2 and word.endswith("들") and "\uac00" <= word[-2] <= "\ud7a3":
        found = nouns.get(word[:-1])  # 창업가들, 기업들: the plural of a listed noun
    return found


def unit_label(unit: str) -> str:
    """The label of a figure nothing around names, by its unit (rules: by_unit)."""
    return _metric_rules()["by_unit"].get(unit if unit in _metric_rules()["by_unit"] else "currency", "value")


@per_rules
def _size_comparison_rx(lang: str) -> re.Pattern:
    """The things a size is compared with by their number (rules: quantities.size_comparisons): after an
    English number, before a Korean one."""
    words = (_q().get("size_comparisons") or {}).get(lang) or []
    alt = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s+(?:{alt})\b", re.I) if lang == "en" else re.compile(rf"(?:{alt})\s*(?:면적의\s*)?(?:약\s*)?$")


def _compose(label: str | None, spec: str | None, unit: str) -> str:
    if not label or (unit == "m2" and label in _COUNT_LABELS | {"institutions"}):
        return unit_label(unit)  # (a land area is no count of what stands on it: '70 lakh square feet' after 32,800 employees)
    if spec == "resident" and label in ("companies", "startups"):
        return f"resident {label}"
    if spec in ("filed", "registered", "licensed") and label == "patents":
        return f"patents {spec}"
    if spec == "trained" and label in ("employees", "workers", "people", "researchers", "engineers", "professionals", "staff",
                                       "technicians"):
        return "trainees"
    if spec == "lived" and label == "people":
        return "residents"
    return label


def _specialiser(words: list[str]) -> str | None:
    sp = _metric_rules()["specialisers"]
    for w in words:
        if w in sp or w.lower() in sp:
            return sp.get(w) or sp.get(w.lower())
    return None


@per_rules
def _change_words() -> dict[str, dict[str, tuple[str, ...]]]:
    cw = _metric_rules().get("change_words") or {}
    return {kind: {k: tuple(v) for k, v in words.items()} for kind, words in cw.items()}


def _change_label(kind: str, subject: str | None) -> str:
    return f"{subject} {kind}" if subject and subject not in ("growth rate", "decline rate") else kind


MONEY_CODES = ("investment", "rd_spending", "venture_capital", "revenue", "exports", "valuation")
_MONEY_OR_OTHER = (*MONEY_CODES, "other")
# ('국내외 기업 총 199개 중 LG, 롯데, 코오롱 등 146개': the part named by a list before its count)
_PARTITIVE_KO = re.compile(r"(?:그|이)?\s*중(?:에서|에)?\s*(?:[^\d.;]{1,40}?\s등\s*)?$")
_PARTITIVE_EN_BEFORE = re.compile(r"\b[Oo]f\s+(?:the|these|those|its|their|all)?\s*(?:(?:roughly|some|about|around|nearly|almost|over|more\s+than)\s+)?$")
# '800 companies, of which around 490 held MSC status'
_PARTITIVE_EN_WHICH = re.compile(r"\b(?:of\s+(?:which|whom|them|these)|among\s+(?:them|which|these))\s+(?:about|around|some|roughly|nearly|over|more\s+than)?\s*$", re.I)
_PARTITIVE_EN_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?of\s+(?:which|them|these|those)\b")


_COMPARED_BACK = re.compile(r"(?:\b(?:up|down|rising|falling|increased|decreased|grew|fell|rose)?\s*from\s+(?:the\s+)?"
                            r"(?:record\s+|roughly\s+|about\s+|around\s+|some\s+|a\s+record\s+|(?:fewer|less|more)\s+than\s+|over\s+|under\s+|nearly\s+|almost\s+|just\s+)?$|(?:전년|전년도|작년|지난해|전월|지난달|전분기|(?:\d+|한|두)\s*(?:년|해)\s*전)\s*(?:같은\s*기간|동기|동월|동분기)?(?:의)?\s*(?:말|말\s*기준)?\s*\(?\s*$|(?:19|20)\d\d\s*년(?:도)?\s*\(\s*$"
                            r"|compared\s+with\s+(?:the\s+)?$|against\s+$|(?:versus|vs\.)\s+$)", re.I)


_SET_AGAINST_EN = re.compile(r"(?:,\s*|\b)(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+|some\s+|just\s+|only\s+)?$", re.I)

# between the two amounts of one change: ')보다 6.5% 늘어난 ', ') 대비 16.7%나 증가한 ' (the percent is a
# figure of its own, so the text between is taken up to it and after it)
_CHANGED_TO_KO = re.compile(r"\s*[)）]?\s*(?:보다|대비|에\s*비해)\s*(?:[\d.,]+\s*%\s*(?:나|가|이|씩)?\s*)?"
                            r"(?:늘어난|증가한|늘어|증가해|줄어든|감소한|줄어|감소해|상승한|하락한|많은|적은)\s*")


@per_rules
def _tax_relief_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    r = _metric_rules().get("tax_relief") or {}
    alt = lambda key: "|".join(re.escape(w) for w in sorted(r.get(key) or ["\x00"], key=len, reverse=True))  # noqa: E731
    return (re.compile(rf"(?:{alt('ko_taxes')})"),
            re.compile(rf"[^.;!?]{{0,25}}?(?:{alt('ko_relief')})"),
            re.compile(rf"\s+(?:tax\s+)?(?:{alt('en_relief')})\b(?=[^.;!?]{{0,40}}?\btax)|\s+tax\s+(?:{alt('en_relief')})\b", re.I),
            re.compile(rf"\b(?:{alt('en_paid')})\s+(?:only\s+|just\s+)?$", re.I))


def tax_reliefs(qs: list[Quantity], text: str, lang: str) -> None:
    """A percent of a tax waived or paid is a tax rate (rules: metrics.yaml tax_relief): '법인세를 3년간 100%,
    이후 2년간 50% 감면받는다', 'a 60% exemption from the municipal service tax', 'pay only 40% of the usual
    municipal services tax'."""
    taxes_ko, relief_ko, relief_en, paid_en = _tax_relief_rx()
    for q in qs:
        if q.unit != "percent":
            continue
        if lang == "ko":
            hit = taxes_ko.search(text, max(0, q.start - 40), q.start) and relief_ko.match(text, q.end)
        else:
            hit = relief_en.match(text, q.end) or (paid_en.search(text[max(0, q.start - 14):q.start])
                                                  and re.match(r"\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,4}?tax(?:es)?\b", text[q.end:], re.I))
        if hit:
            q.metric = "tax relief"


def compared_back(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is written as the value something is compared with: 'up from
    880', '전년(6913건)', '5년 전(158곳)보다'."""
    return bool(_COMPARED_BACK.search(text[max(0, start - 40):start]))


def _compared(qs: list[Quantity], text: str) -> list[Quantity]:
    """A value a figure is compared with measures the same thing: 'counted 1,040 companies, up from
    880', 'fell to C$610 million, down 34% from the record C$925 million', '전년(167조 7천억원)보다',
    '2021년(120조8천억원)보다'."""
    defaults = set((_metric_rules().get("by_unit") or {}).values())
    for k, q in enumerate(qs):
        if not compared_back(text, q.start):
            continue
        p = next((p for p in reversed(qs[:k]) if p.unit == q.unit and p.unit != "percent"), None)
        if p is not None and q.unit != "percent" and q.metric in defaults:
            q.metric = p.metric  # (not a label of its own over a bare one: 고용인원은 전년(1만378명)보다, after 288곳)
        # a rate's level a year before, in brackets: '가동률도 81%로 1년 전(74%)보다 올랐다' (the rate, not a change)
        r = next((r for r in reversed(qs[:k]) if r.unit == "percent"), None) if q.unit == "percent" else None
        if r is not None and text[max(0, q.start - 2):q.start].rstrip().endswith("(") \
                and not (r.metric or "").endswith(("growth", "decline")) and (q.metric or "").endswith(("growth", "decline")):
            q.metric = r.metric
        # ... and a bare rate set against a change's rate: 'grew by 96 percent, against 18 percent for Sweden as a
        # whole', 'rose 12% in 2020, compared with 3% nationally' (the same change, somewhere else)
        if r is not None and q.metric in defaults and (r.metric or "").endswith(("growth", "decline")) \
                and _SET_AGAINST_EN.search(text, max(0, q.start - 20), q.start):
            q.metric = r.metric
    # '지난해 같은 기간(1조554억 원)보다 6.5% 늘어난 1조1240억 원', '전년 동기(4억 불) 대비 16.7% 증가한
    # 4억8천만 불': the two amounts of one change measure one thing; the labelled one names both
    amounts = [x for x in qs if x.unit != "percent"]
    for p, q in zip(amounts, amounts[1:]):
        if p.unit == q.unit and (p.metric in defaults) != (q.metric in defaults) \
                and _CHANGED_TO_KO.fullmatch(text[p.end:q.start]):
            p.metric = q.metric = q.metric if p.metric in defaults else p.metric
    # 'have gone from 3,437 in the year 2000 to 8,823 registered in 2015': the end of a change from
    # one figure to another measures what its start does
    gaps = [re.sub(r"\b(?:19|20)\d{2}\b", "", text[p.end:q.start]) for p, q in zip(amounts, amounts[1:])]  # (years left out)
    for (p, q), gap in zip(zip(amounts, amounts[1:]), gaps):
        if p.unit == q.unit and q.metric in defaults and p.metric not in defaults \
                and re.search(r"\bfrom\s+(?:about\s+|around\s+|some\s+|just\s+)?[$€£¥₩]?$", text[max(0, p.start - 12):p.start]) \
                and re.fullmatch(r"[^.;\d]{0,40}?\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?[$€£¥₩]?", gap):
            q.metric = p.metric
    # 'C$610 million in private investment last year, down from C$742 million the year before': the figure
    # a change started from measures what the figure after the change does
    for (p, q), gap in zip(zip(amounts, amounts[1:]), gaps):
        if p.unit == q.unit and p.metric not in defaults and q.metric != p.metric \
                and re.fullmatch(r"[^.;\d]{0,50}?\b(?:down|up)\s+(?:sharply\s+|slightly\s+)?from\s+(?:about\s+|around\s+|some\s+|just\s+|nearly\s+|almost\s+)?", gap):
            q.metric = p.metric
    # '수출액(1040억 달러) 중 푸드밸리의 기여도는 31%(325억 달러)': the amount of a share, in brackets
    # after it, measures what the whole before it does
    for k, q in enumerate(qs):
        if q.metric in defaults and is_money(q.unit) and k > 0 and qs[k - 1].unit == "percent" \
                and _ASIDE_OF_PERCENT.search(text, max(0, q.start - 4), q.start):
            whole = next((p for p in reversed(qs[:k - 1]) if p.unit == q.unit and p.metric not in defaults), None)
            if whole is not None:
                q.metric = whole.metric
    # 'Just under 4,000 of imec's 5,500 staff': a bare part of a counted whole
    for p, q in zip(qs, qs[1:]):
        if p.unit == q.unit == "count" and p.metric == "count" and q.metric != "count" \
                and re.fullmatch(r"\s+of\s+(?:(?:the|its|their|these)\s+)?(?:[\w\-]+['’]s\s+)?", text[p.end:q.start]):
            p.metric = q.metric
    # 'Of the 32 companies with more than 250 employees, 25 are ...': the first figure after the
    # comma that closes an 'Of the N ...' phrase is a part of N (', about 2,900 are …' too)
    for k, p in enumerate(qs):
        if p.unit != "count" or not _PARTITIVE_EN_BEFORE.search(text[max(0, p.start - 24):p.start]):
            continue
        comma = text.find(", ", p.end)
        if comma < 0 or re.search(r"[.;]\s", text[p.end:comma]) or comma - p.end > 80:
            continue
        q = next((x for x in qs[k + 1:] if x.start > comma), None)
        if q is not None and q.unit == "count" and q.metric == "count" and re.fullmatch(
                r"\s*(?:(?:about|around|roughly|some|nearly|almost|over|just|more\s+than|fewer\s+than|less\s+than)\s+)?", text[comma + 2:q.start]):
            q.metric = p.metric
    return qs


_PART_IN_RESEARCH_EN = re.compile(r"\s+(?:are\s+|were\s+)?(?:work(?:ing)?\s+)?in\s+(?:R&D|research(?:\s+and\s+development)?)\b(?!\s+(?:companies|firms))")


def _partitives(qs: list[Quantity], text: str) -> list[Quantity]:
    """A part counted out of a whole takes the whole's label: '28곳 혁신클러스터 중 18곳', '특허
    1천 건 ... 그 중 250건', 'Of the 28 clusters surveyed, 18 (64%)', '1,000 patents, 250 of which'."""
    for p, q in zip(qs, qs[1:]):
        if p.unit != q.unit or p.unit == "percent" or q.metric == "surveyed":
            continue  # (not the part that answered a survey: 'Of the 63 companies …, 58 answered the questionnaire')
        between = text[p.end:q.start]
        # ('612 companies have signed agreements with … since 2015, and 410 of them …': a longer way back to the whole)
        if len(between) > (160 if _PARTITIVE_EN_AFTER.match(text[q.end:]) else 60) or re.search(r"[.;]\s", between):
            continue
        if _PARTITIVE_KO.search(between) \
                or (_PARTITIVE_EN_BEFORE.search(text[max(0, p.start - 24):p.start]) and re.fullmatch(r"[^,]*,\s*", between)) \
                or _PARTITIVE_EN_AFTER.match(text[q.end:]) \
                or (q.metric == "count" and _PARTITIVE_EN_WHICH.search(between)):
            q.metric = p.metric
            if metric_code(p.metric, "count", True) == "employees" and _PART_IN_RESEARCH_EN.match(text, q.end):
                q.metric = "researchers"  # '12,000 jobs, of which 4,000 in research': the part that does research
            subject = None
            if re.match(r"\s*of\s+(?:them|these|those)\b", text[q.end:]):
                ws = re.findall(r"[A-Za-z][A-Za-z\-]*", text[:p.start])[:6]
                subject = next((lab for i in range(len(ws)) if (lab := _metric_noun(" ".join(ws[i:i + 2])) or _metric_noun(ws[i]))), None)
            if subject and subject != p.metric and metric_code(subject, q.unit, True) != metric_code(p.metric, q.unit, True):
                q.metric = subject  # 'Those industrial partners have created 6,300 jobs, and 24 of them have opened R&D
                # centres': 'them' are the subject's, not the jobs'
    return qs


# labels of things counted, never of an amount of money
_COUNT_LABELS = {"companies", "resident companies", "startups", "employees", "people", "researchers", "students",
                 "universities", "hospitals", "research institutes", "countries", "clusters", "industrial complexes", "members", "workers"}


def _compound_times(qs: list[Quantity], text: str) -> list[Quantity]:
    """'2시간 20분', '2 hours 20 minutes', '1 hour and 15 minutes': one time, not two."""
    out: list[Quantity] = []
    for q in qs:
        p = out[-1] if out else None
        if p is not None and p.unit == q.unit == "hour" and p.value >= 1 and q.value < 1 \
                and re.fullmatch(r"\s?(?:and\s+)?", text[p.end:q.start]) and re.search(r"(?:시간|hours?|hrs?|h)$", p.text):
            out[-1] = Quantity(p.start, q.end, text[p.start:q.end], p.value + q.value, "hour", p.qualifier,
                               q.metric if q.metric != "duration" else p.metric)
            continue
        out.append(q)
    return out


def share_bracketed_periods(qs: list[Quantity], text: str) -> None:
    """Money and its conversion in brackets right after it are one figure in two currencies: a period
    either was given (the one written last, nearer the period's words) is both's."""
    for p, q in zip(qs, qs[1:]):
        if is_money(p.unit) and is_money(q.unit) and p.unit != q.unit \
                and re.fullmatch(r"\s*[(（]\s*(?:약|about|approximately|around|some)?\s*", text[p.end:q.start], re.I):
            p.period = p.period or q.period
            q.period = q.period or p.period
        # ... and a change in brackets after a dated figure is its change over that period: 'Rs 6,310 crore
        # during 2020-21 (21.35% annual growth)'
        elif q.period is None and p.period is not None and (q.metric or "").endswith(("growth", "decline")) \
                and re.fullmatch(r"[^()（）.;]{0,40}[(（]\s*", text[p.end:q.start]):
            q.period = p.period


_MILESTONE_BETWEEN = re.compile(r"\s*(?:으로|로)\s*(?:처음으로|처음|사상\s*처음으로|사상\s*최초로|최초로|마침내|드디어)?\s*")
_MILESTONE_AFTER_KO = re.compile(r"\s*(?:을|를)?\s*(?:넘|돌파|넘어)")
_MILESTONE_BETWEEN_EN = re.compile(r",?\s*(?:passing|topping|surpassing|crossing|breaking|exceeding)\s+(?:the\s+)?", re.I)


def _round(v: float) -> bool:
    """A round mark: one significant digit (4천, 1,000, 100,000)."""
    if v < 10 or v != int(v):
        return False
    digits = str(int(v)).rstrip("0")
    return len(digits) == 1


def _merge_equivalents(qs: list[Quantity], text: str) -> list[Quantity]:
    """32에이커(약 13만㎡) / 32-acre (about 130,000 m²): the bracketed conversion is the same fact."""
    out: list[Quantity] = []
    for q in qs:
        if out:
            p = out[-1]
            between = text[p.end:q.start]
            if re.fullmatch(r"\s*\(\s*(?:약|about|approximately|approx\.|around|c\.|ca\.|some)?\s*", between, re.I) \
                    and p.unit == q.unit and p.value and abs(p.value - q.value) / abs(p.value) < 0.05:
                continue
            if p.unit == q.unit and 0 < q.value < p.value < 1.5 * q.value and _round(q.value) \
                    and (_MILESTONE_BETWEEN.fullmatch(between) and _MILESTONE_AFTER_KO.match(text, q.end)
                         or _MILESTONE_BETWEEN_EN.fullmatch(between)):
                continue  # '4120명으로 처음으로 4천명을 넘어섰다', 'rose to 4,120, passing 4,000': the level, and the mark it passed
            if is_money(p.unit) and is_money(q.unit) and p.unit != q.unit and q.metric == unit_label(q.unit) \
                    and re.fullmatch(r"\s*[(（][^()（）\d]{0,16}", between):
                q.metric = p.metric  # 4조 2,600억 대만달러(한화 약 60조 7000억원)의 매출: one amount in two currencies
        out.append(q)
    return out


def _listed_changes(qs: list[Quantity], text: str) -> list[Quantity]:
    """Percentages listed after a change share it: 'a year-on-year increase of 149 percent and 196
    percent respectively', '증가율은 각각 19%와 10%에 그쳤다'."""
    for k in range(1, len(qs)):
        p, q = qs[k - 1], qs[k]
        if p.unit == q.unit == "percent" and metric_code(p.metric, "percent", True) in ("growth", "decline") \
                and q.metric == unit_label("percent") \
                and re.fullmatch(r"(?:\s+[a-z]+ly)?\s*(?:,\s*)?(?:and|or|,|와|과|및)\s*", text[p.end:q.start]) \
                and not re.match(r"\s+(?:of\s+(?:the\s+)?(?:respondents|members|firms|companies)\s+)?(?:told|reported|reporting|said|saying|stated|cited|had|have|has|were|are|saw|seen|expect|expected)\b",
                                 text[q.end:], re.I):
            q.metric = p.metric  # (and 'up 47% federally, 40% provincially, and 16% municipally'; not a share
            # of respondents opening a clause of its own: '… an increase of over 25%, and 51% reported …')
    return qs


@per_rules
def _survey_rx() -> dict[str, re.Pattern]:
    c = _metric_rules().get("survey_cues") or {}
    alt = lambda ws: "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(ws or ["\x00"], key=len, reverse=True))  # noqa: E731
    return {"en_before": re.compile(rf"\b(?:{alt(c.get('en_before'))})\s+(?:(?:about|some|around|nearly|over|more\s+than)\s+)?$", re.I),
            "en_after": re.compile(rf"\s*(?:[A-Za-z\-]+\s+){{0,3}}?(?:{alt(c.get('en_after'))})\b", re.I),
            "ko_before": re.compile(rf"(?:{alt(c.get('ko_before'))})\s*(?:[가-힣]+\s+)?(?:약\s*)?$"),
            # (or the survey a few words on: 400곳을 대상으로 지난해 10~12월 경영 실태조사를)
            "ko_after": re.compile(rf"\s*(?:[가-힣]+\s+)?(?:{alt(c.get('ko_after'))})"
                                   rf"|\s*[을를]\s*대상으로\s+(?:\S+\s+){{0,4}}?\S*(?:조사|설문)")}


def _surveyed(text: str, s: int, e: int, lang: str) -> bool:
    """Whether a count is what a survey covered (rules: survey_cues)."""
    rx = _survey_rx()
    if lang == "ko" and re.match(r"(?:의\s*)?\S+\s+(?:참여|응답)(?:했|하였|한)", text[e:e + 30]) \
            and re.search(r"설문|조사", text[max(0, s - 30):s]):
        return True  # 설문조사에는 100명의 CEO들이 참여했다: who took part in the survey
    if lang == "ko" and re.match(r"\S{0,3}\s*(?:을|를)\s*(?:대상으로\s[^.;]{0,40}?|(?:전수|표본)\s?)(?:조사|설문)(?:한|했|하였|을|를|해)", text[e:e + 70]):
        return True  # 544명을 대상으로 사업 만족도, 기업 성과 등을 조사한 결과, 121개사를 전수조사한 결과: whom the survey asked
    if lang == "ko" and re.search(r"조사|설문", text) and re.match(r"\S{0,3}(?:\s+[가-힣]{1,4}?)?\s*(?:을|를)\s*대상으로\s[^.;]{0,40}?(?:진행|실시)(?:됐|되었|했|하였|한|된)", text[e:e + 70]):
        return True  # (이번 조사는) … 1만3000여개 업체를 대상으로 방문 면접 형식으로 진행됐다
    return bool(rx[f"{lang}_before"].search(text[max(0, s - 30):s]) or rx[f"{lang}_after"].match(text[e:e + 40]))


@per_rules
def _travel_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(English after, English before, Korean after, Korean before) cues that make a time a
    travel time."""
    t = _metric_rules().get("travel_time") or {}
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws or ["\x00"], key=len, reverse=True))  # noqa: E731
    return (re.compile(rf"['’]?\s*(?:[A-Za-z\-]+\s+){{0,2}}?(?:{alt(t.get('english_after'))})\b", re.I),  # (Fifteen minutes' drive)
            # (or a trip cut or brought to the time: 'cut the trip from Kyoto station to about 40 minutes')
            re.compile(rf"\b(?:{alt(t.get('english_before'))})\s+(?:\w+\s+){{0,3}}$"
                       rf"|\b(?:trip|journey|commute|drive|ride|travel\s+time)\b[^.;]{{0,40}}?\b(?:to|down\s+to)\s+(?:about\s+|around\s+|just\s+|under\s+|roughly\s+)?$"
                       rf"|\b(?:{alt(t.get('english_link_verbs'))})\b[^.;\d]{{0,60}}?\bin\s+(?:about\s+|around\s+|just\s+|under\s+|roughly\s+|less\s+than\s+)?$", re.I),
            # (a place reached between: '1시간 안팎으로 서울까지 이동할 수 있다')
            re.compile(rf"\s*(?:\S+\s+){{0,1}}?(?:{alt(t.get('korean_after'))})|\s*(?:\S+\s+)?\S+까지\s+(?:{alt(t.get('korean_after'))})"),
            # 까지 after a date ends a period (2018년 12월까지 총 4,400시간), not a way somewhere
            re.compile(rf"(?:{alt(t.get('korean_before')).replace('까지', r'(?<![0-9년월일])까지')})"
                       rf"\s*(?:[^\s\d]+\s+)?(?:약|대략|불과)?\s*$"
                       rf"|(?:{alt(t.get('korean_nodes'))})\s*[(（]\s*(?:약\s*)?$"))


def is_money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def segment_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: between separators ', ' ';' ':' (not inside 22,000)."""
    seps = _separators(text)
    k = bisect_left(seps, pos)
    return (seps[k - 1] + 1 if k else 0), (seps[k] if k < len(seps) else len(text))


# (and the next item of a list of labelled items: 'ㆍ(면적) 82만㎡ㆍ(개발기간) 2015~2023년')
_SEPARATOR = re.compile(r"[,;:]\s|\s[–—]\s|[ㆍ·](?=\s?[(（][가-힣]{1,8}[)）])")


@lru_cache(maxsize=4096)  # asked for every figure of a sentence
def _separators(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _SEPARATOR.finditer(text))


_YEAR_BEFORE = re.compile(r"(?:전년|전년도|작년|한\s*해\s*전|1\s*년\s*전|(?:지난해|작년|전년)\s*(?:같은\s*기간|동기|같은\s*달|동월))\s*[(（]\s*$")
# (the next item may name its measure before its figure: 'US$2.07 billion of new registered capital and
# paid-in capital worth US$1.28 billion in the first half of 2020')
# (not a plan's figure after the first: 'covers 11 hectares and plans to add 40,000 square feet … by 2026')
# (the first figure's own noun may stand before the conjunction: 'had 150 companies and 3,600 jobs in 2023')
_LISTED_WITH_EN = re.compile(r"(?:\s+of\s+[^,;.\d]{1,60}?|(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|plans?|in|by|from|to)\b)[a-z][\w\-]*){1,2})?"
                             r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                             r"(?:(?!(?:plans?|aims?|intends?|expects?|will|would|hopes?|from|than|to)\b)[a-z](?:(?!\b(?:to|will|would|from|than)\b)[^,;.\d]){0,50}?\s+)?")
# ... and in Korean, a comma between the figures of one line: '입주기업 2만여 개사, 종사자 약 300만 명('22)'
_LISTED_WITH_KO = re.compile(r"\s*,\s*(?:[가-힣]+\s+){0,3}(?:약\s*)?")
# (the date said right after a figure and its noun: '330 firms in 2015', '20,000 IT jobs by 2015', or its
# bracketed conversion: 'to 380 billion yuan ($60.3 billion) in 2015 from 114 billion yuan in 2010')
# a change said of the figure before it and its date: '… US$1.28 billion in the first half of 2020, a
# year-on-year increase of 149 percent', '… in 2017, up 10 percent year-on-year' (the change covers that date too)
_CHANGE_APPOSITIVE_EN = re.compile(r"\s*,\s*(?:(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall)\s+of\s|(?:up|down)\s+(?:by\s+)?\d)", re.I)
_DATE_OF_FIGURE_EN = re.compile(r"[)\]]?\s+(?:[A-Za-z][\w\-]*\s+){0,3}?(?:(?:in|during|as\s+of|by)\s+(?:the\s+year\s+)?)?", re.I)
# '56,000 workers more than in the year 2000', 'up 12% compared with 2019': the year compared with
_COMPARED_BASE_EN = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:in\s+|at\s+)?(?:the\s+(?:year\s+)?|the\s+end\s+of\s+)?$", re.I)
_ASIDE_OF_PERCENT = re.compile(r"[%％]\s*[(（]\s*$")  # 7.2%(5308명): the same change, counted
_COMPARED_BASE = re.compile(r"\s*(?:같은\s*기간|동기|동월|동분기)?\s*(?:\([^()]{0,30}\))?\s*(?:보다|대비|에\s*비해|와\s*비교|과\s*비교)"
                            # the year's figure named, then compared with: 2021년 매출(120조원)보다, 2021년 매출보다
                            r"|\s*[가-힣]{1,6}\s*(?:\([^()]{0,30}\)\s*(?:보다|대비|에\s*비해)|보다)"
                            # the year's figure, then compared with: 2011년 83개에 비해
                            # (or its measure first: 2021년 매출 120조 8천억 원에 비해)
                            r"|\s*(?:[가-힣]{1,6}\s+){0,2}[\d.,]+\s*(?:[만천억조]\s*[\d.,]*\s*)*[가-힣]{0,3}\s*(?:보다|대비|에\s*비해|와\s*비교|과\s*비교)")
_CHANGE_TO_LEVEL = re.compile(r"\s*to\s+(?:more\s+than\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?[$€£¥₩]?\s*", re.I)


# a word for the present between a date and a figure: the figure is today's, not the date's
UNRESOLVED_RELATIVE = re.compile(r"(?:지난해|작년|올해|금년|\blast\s+year|\bthis\s+year)\s*(?:\d{1,2}\s*월\s*)?(?:말|초|중순|연말)?\s*(?:의|에는|에|엔)?\s*$"
                                  r"|(?:지난|이달)\s*\d{1,2}\s*일\s*(?:현재|기준)?\s*(?:에는|에|엔)?\s*$", re.I)
_NOW = re.compile(r"\b(?:now|today|currently|presently|nowadays|at present)\b|(?<![가-힣])(?:지금은|오늘날|현재는|(?:이달|이번\s?달|오늘)\s?현재)", re.I)


_RELATIVE_YEAR = re.compile(r"(?<![가-힣])(?:지난해|작년|올해|금년)|\b(?:last|this)\s+year\b", re.I)


def _relative_between(text: str, a: int, b: int, periods: list) -> bool:
    """A relative year (지난해, last year) in text[a:b] that no period found covers (the text's date unknown)."""
    return any(not any(p[0] <= m.start() < p[1] for p in periods) for m in _RELATIVE_YEAR.finditer(text, a, b))


_A_YEAR_EARLIER_EN = re.compile(r"\s+(?:a|one)\s+year\s+(?:earlier|before)\b|\s+(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year\b", re.I)


def year_earlier(period: tuple[str, str]) -> tuple[str, str]:
    """The same span a year earlier (a base written 전년(…) after a dated figure)."""
    return tuple(f"{int(d[:4]) - 1:04d}{d[4:]}".replace("-02-29", "-02-28") for d in period)


def year_before_base(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is written as the year before's: 전년(6913건), 작년(…)."""
    return _YEAR_BEFORE.search(text[max(0, start - 12):start]) is not None


# a deadline a plan is dated by (2011년 9월까지, 2030년까지), not a period of what was measured
_DEADLINE_KO = re.compile(r"(?<![\d~\-–])(?:19|20)\d{2}\s*년\s*(?:\d{1,2}\s*월\s*)?(?:말\s*)?까지")


# a span of time that passed after the date: '1974년 … 입주한 이후 50년 만에 3000개사', 'five years later'
_LATER = re.compile(r"(?<![가-힣])(?:\d{1,3}|[가-힣]{1,2})\s*년\s*(?:만에|뒤에?|후에?)|\b(?:\d{1,3}|[a-z]+)\s+(?:years|decades)\s+later\b"
                    r"|\bwithin\s+(?:\d{1,3}|[a-z]+)\s+years\b", re.I)


# a date a count has run since: '2006년 1호 설립 이후 지난해까지 1,600곳' (a total since then, not that year's)
_SINCE_KO = re.compile(r"\s*(?:[^\s,.]+\s+){0,3}?[^\s,.]*?(?:이후|이래)(?:\s|로|에|,|$)")


def _parted(text: str, a: int, b: int, lang: str) -> bool:
    """Whether what is written in [a, b), between a date and a figure, parts the figure from the date: a
    'now' ('developed in 1959 and now includes …'), a span of time after it ('50년 만에', 'five years later')
    or, in Korean, a deadline of the figure's own or 'since' (이후, 이래)."""
    return _NOW.search(text, a, b) is not None or _LATER.search(text, a, b) is not None \
        or (lang == "ko" and (_DEADLINE_KO.search(text, a, b) is not None or _SINCE_KO.search(text, a, b) is not None))


_PART_OF_BEFORE = re.compile(r"\s*,?\s*(?:(?:of|among)\s+(?:which|whom|them|these)|(?:이\s*)?(?:중|가운데))\s*,?\s*"
                             r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|약)\s*)?", re.I)


def attach_periods(qs: list[Quantity], text: str, lang: str, published: str | None = None,
                   country: str | None = None) -> list[tuple[int, int, str, str]]:
    """A period applies to the quantities of its clause that follow it, and to the one right
    before it ('45 events in 2021'), not to every number of the clause. Relative years (지난해,
    last year) are read against ``published`` (the document's date), when known."""
    periods = nu.find_periods(text, lang, published, country)
    # a period opening the sentence in a clause of its own governs the whole sentence: "Between
    # 2018 and 2023, the number of tech jobs rose 28%"; "When air traffic collapsed in 2020, ..."
    # a date compared with ('2021년(120조8천억원)보다', '2021년보다', '전년 대비') dates only the figure in
    # its brackets, not the figures after it
    bases = [p for p in periods if _COMPARED_BASE.match(text, p[1]) or _COMPARED_BASE_EN.search(text, max(0, p[0] - 30), p[0])
             # 'an increase of 37 per cent over the previous year', 'up 12% over 2019' (not 'over the last year': during it)
             or (re.search(r"\bover\s+(?:the\s+)?$", text[max(0, p[0] - 12):p[0]], re.I)
                 and re.match(r"(?:the\s+)?(?:previous|prior|preceding)\b|(?:19|20)\d{2}\b", text[p[0]:], re.I))]
    first_end = segment_bounds(text, 0)[1]
    opening = [p for p in periods if p[1] <= first_end and not any(q.start < first_end for q in qs)]
    # a date the sentence's figures stand at, in its first clause, covers the rest of it too:
    # "2023년 기준 입주 기업은 190여 개, 상시 근로자는 약 4,700명이다"; "As of 2022 it housed ..."
    # (or in a later clause, for the figures after it: '전체 면적은 …이며, 2022년 기준 입주 기업은 약 200개,
    # 종사자는 약 5만 명이다')
    standing = [p for p in periods if re.search(r"기준|현재|\bas of\b", text[max(0, p[0] - 6):p[1] + 4], re.I)
                and p not in bases]
    # ... and a date opening the sentence covers all of it: "In 2022 its chip industry had sales of
    # 201.1 billion yuan, 18.1% more than a year earlier"
    leading = periods[:1] if periods and periods[0][0] <= 3 and all(p in bases for p in periods[1:]) else []
    for q in qs:
        a, b = segment_bounds(text, q.start)
        own_base = next((p for p in bases if q.start >= p[1] and (re.fullmatch(r"\s*(?:[가-힣]{1,6}\s*)?\(\s*|\s*(?:(?![가-힣]*(?:대비|보다|비해)\s)[가-힣]{1,6}\s+){1,2}", text[p[1]:q.start])
                                                                   or re.fullmatch(r"\s*", text[p[1]:q.start]))), None)
        if own_base is not None:
            q.period, q.compared = (own_base[2], own_base[3]), True
            continue
        fielded = next((p for p in periods if re.search(r"[:;]\s$", text[max(0, p[0] - 2):p[0]])
                        and re.fullmatch(r"\s*:\s*[$€£¥₩]?", text[p[1]:q.start])), None)
        if fielded is not None:  # 'Businesses: 2019: 310; 2023: 452': a field's value by year
            q.period = (fielded[2], fielded[3])
            continue
        labelled = next((p for p in periods if text[p[0] - 1:p[0]] == "(" and re.fullmatch(r"\s*[:–-]\s*[$€£¥₩]?", text[p[1]:q.start])), None)
        if labelled is not None:  # '… to over €4.0 bn (2023: 3.9 bn)': the figure its bracket dates, an earlier one
            q.period, q.compared = (labelled[2], labelled[3]), True
            continue
        inside = [p for p in periods if p[0] >= a and p[1] <= b and p not in bases]
        # (not the date of an earlier figure, said right after it: 'from 3,437 in 2000 to 8,823')
        # (nor a past date a 'now' parts from the figure: 'developed in 1959 and now includes over 170 companies')
        before = [p for p in inside if p[1] <= q.start and not (lang != "ko" and any(
            o is not q and o.end <= p[0] and _DATE_OF_FIGURE_EN.fullmatch(text, o.end, p[0]) for o in qs))
            # (nor a date a deadline of the figure's own parts from it: '2008년 하반기 첫 삽을 뜰 … 단지는 2011년
            # 9월까지 1단계 단지(90만㎡)를 조성하고': the area is a plan's for 2011, not of 2008)
            and not _parted(text, p[1], q.start, lang)
            # (nor a year a relative date the text's date could not fix parts from the figure: '2006년말 …
            # 101개였으나 지난해 한해 동안 25개 기업을' is not of 2006; a span of years still frames it:
            # '2006년부터 2009년까지 … 지난해 말 4422억원으로 602% 증가')
            and not (p[2][:4] == p[3][:4] and _relative_between(text, p[1], q.start, periods))
            # (nor, in Korean, the date of the level a figure rose from: '2011년 전체 매출액 3조5208억원에서 3조8696억원으로')
            and not (lang == "ko" and not (q.metric or "").endswith(("growth", "decline")) and any(
                o is not q and p[1] <= o.start and o.end <= q.start and re.match(r"\s*에서\s", text[o.end:o.end + 4])
                for o in qs))]
        # ... and not past another figure, unless that one is the level this change reached:
        # 'rose by 3.5% to more than €4.0 billion in 2024'
        after = [p for p in inside if p[0] >= q.end and not any(
            q.end <= o.start and o.end <= p[0] and not _CHANGE_TO_LEVEL.fullmatch(text[q.end:o.start]) for o in qs if o is not q)
            # (not a year written right before a figure of its own: '2638명의 주민이 … 시작으로 2015년 8200명')
            and not any(o is not q and o.start >= p[1] and re.fullmatch(r"\s*(?:에는|에|의|엔)?\s*(?:약\s*)?", text[p[1]:o.start]) for o in qs)
            # (nor, in Korean, a date the clause after the figure takes as its topic: '557개였으나 2019년 12월에는 … 1403개로')
            and not (lang == "ko" and re.search(r"(?:에는|엔)\s*$", text[p[0]:p[1]]))
            and not (re.search(r"\([^)]*$", text[q.end:p[0]]) and any(o.start >= p[1] and re.match(r"[^)]*$", text[p[1]:o.start]) for o in qs))]
        # (not a date in brackets after it that dates the figure beside it there: '58.9 billion roubles (in 2020 - 39.5 billion)')
        spans = [p for p in before if p[3] > before[0][3]] if len(before) >= 2 else []
        if spans and (q.metric or "").endswith(("growth", "decline")) and before[0][2] < spans[-1][2]:
            # '2019년 354명에서 2023년 말 4,525명으로 1,180% 증가': a change from one date to another covers both
            q.period = (before[0][2], spans[-1][3])
        elif before:
            q.period = (before[-1][2], before[-1][3])
        elif after:
            q.period = (after[0][2], after[0][3])
        elif opening and not _parted(text, opening[-1][1], q.start, lang):  # (or a later date between it and the figure, with no other figure between:
            # 'During the crisis of 2007–2010, the park saw reduced growth in 2009-10, when exports were only 2.8% more')
            nearer = [p for p in periods if p not in bases and p[0] >= opening[-1][1] and p[1] <= q.start
                      and not any(p[1] <= o.start < q.start for o in qs if o is not q)]
            p = (nearer or opening)[-1]
            q.period = (p[2], p[3])
        elif (stood := [p for p in standing if p[1] <= q.start]):
            q.period = (stood[-1][2], stood[-1][3])
        elif leading and q.start >= leading[0][1] and not _parted(text, leading[0][1], q.start, lang):
            q.period = (leading[0][2], leading[0][3])
        elif lang != "ko" and (q.metric or "").endswith(("growth", "decline")) and (appositive := [
                p for p in periods if p[1] <= a and p not in bases and _CHANGE_APPOSITIVE_EN.match(text, p[1])
                and not re.search(r"[;.]\s", text[p[1]:q.start])]):
            q.period = (appositive[-1][2], appositive[-1][3])  # '… in the first half of 2020, a year-on-year increase of 149 percent'
        else:  # 'up from R$ 4.75 billion in 2022, when the park ended the year with 17,000 staff'
            when = [p for p in periods if p[1] <= q.start and re.match(r"\s*,\s*when\b", text[p[1]:p[1] + 8], re.I)
                    and not re.search(r"[;.]\s", text[p[1]:q.start])]
            if when:
                q.period = (when[-1][2], when[-1][3])
    # a list of figures the last of which is dated right after it shares the date: 'accounted for 62% of
    # production, 79% of exports, and 42% of employment in 2010'
    for k in range(len(qs) - 2, -1, -1):
        p, q = qs[k], qs[k + 1]
        if p.period is None and q.period is not None and p.unit == q.unit \
                and _LISTED_WITH_EN.fullmatch(text, p.end, q.start) and any(x[0] >= q.end for x in periods if (x[2], x[3]) == q.period):
            p.period = q.period
        # ... and in Korean a line of figures whose last is dated in brackets: '입주기업 2만여 개사, 종사자 약 300만 명('22)'
        elif lang == "ko" and p.period is None and q.period is not None and _LISTED_WITH_KO.fullmatch(text, p.end, q.start) \
                and any(x[0] >= q.end and re.match(r"\s?\(", text[x[0]:]) for x in periods if (x[2], x[3]) == q.period):
            p.period = q.period
    for p, q in zip(qs, qs[1:]):  # a part of the figure before shares its date: 'by 2016 the number had grown
        # to 800, of which 40 were multinationals'; '2만명 가운데 3천명이'
        if q.period is None and p.period is not None and _PART_OF_BEFORE.fullmatch(text, p.end, q.start):
            q.period = p.period
    for q in qs:  # '2011년 6,759명에서 지난해 6,961명으로': a relative year the text's date cannot fix dates it, not the year before
        if q.period and not q.compared and UNRESOLVED_RELATIVE.search(text, max(0, q.start - 12), q.start) \
                and not any(p[1] <= q.start and p[0] >= q.start - 12 for p in periods):
            q.period = None
    for k, q in enumerate(qs):  # 'reached 94% in March 2024, up from 88% a year earlier': the date of the figure before, a year back
        if q.period is None and lang != "ko" and _A_YEAR_EARLIER_EN.match(text, q.end):
            dated = next((o for o in reversed(qs[:k]) if o.period and not o.compared), None)
            if dated is not None:
                q.period, q.compared = year_earlier(dated.period), True
    for k, q in enumerate(qs):  # 전년(2조5200억원)보다, 1년 전(14조원)보다: the same span a year earlier
        if _YEAR_BEFORE.search(text[max(0, q.start - 12):q.start]) and not any(p[0] < q.start <= p[1] + 2 for p in periods):
            if q.period:
                q.period = year_earlier(q.period)
            elif (dated := next((o for o in reversed(qs[:k]) if o.period and not o.compared), None)) is not None:
                q.period, q.compared = year_earlier(dated.period), True  # (지난해 … 4조원으로, 전년(3조원)보다: the year before that)
    # the sentence's periods, for the caller's 'the same year' (not a date only compared with, nor one a count has
    # run since: '2006년 1호 설립 이후 …', the start of a total, no figure's own date)
    return [p for p in periods if p not in bases and not (lang == "ko" and _SINCE_KO.match(text, p[1], p[1] + 20))]


def stat_row(doc_id, cluster, q, page, a, b, evidence, metric=None, modality=REPORTED):
    """A statistic row of the contract's table from a quantity (cluster_id: ``id()`` of the Cluster record, or None)."""
    label = metric or q.metric
    code = metric_code(label, q.unit, cluster is not None)
    if code == "study_scope" or label in _place_only_labels():
        cluster = None  # what the document itself examined belongs to no cluster; nor a place's unemployment rate
    return {"doc_id": doc_id, "cluster_id": id(cluster) if cluster is not None else None, "metric": code,
            "metric_label": label, "value": float(q.value), "unit": q.unit, "qualifier": q.qualifier,
            "period_start": q.period[0] if q.period else None, "period_end": q.period[1] if q.period else None,
            "text": q.text, "page": page, "char_start": a, "char_end": b, "evidence": evidence, "modality": modality}


@per_rules
def _place_only_labels() -> frozenset[str]:
    return frozenset(str(w) for w in (load_rules("metrics").get("place_only_labels") or ()))
