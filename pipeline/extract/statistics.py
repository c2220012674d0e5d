"""Numeric facts: numerals (Kiwi SN/NR morphemes in Korean, number words in English) with a
unit or counter, normalized to the contract's canonical units, with qualifier, period and a
short metric label."""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract import numbers as nu
from pipeline.extract.normalise import metric_code
from pipeline.nlp import doc_text
from pipeline.rules import load_rules, per_rules

_KO_NUMERAL_WORD = re.compile(r"[일이삼사오육칠팔구]?[십백천만억조경]+")


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


def _rate_noun(toks: list, k: int) -> str | None:
    """법인세+율, 입주+율: a noun with the rate suffix right after it names a rate."""
    if k + 1 < len(toks) and toks[k + 1].text in ("율", "률") and toks[k + 1].tag_.startswith("XSN") \
            and not toks[k].whitespace_:
        return _metric_noun(toks[k].text + toks[k + 1].text)
    return None


@per_rules
def _qualifier_words() -> frozenset[str]:
    """Single-word Korean qualifiers (이상, 가량, ...) that may stand between a count and its noun."""
    q = load_rules("quantities")["qualifiers"]["korean"]
    return frozenset(w for k, ws in q.items() if k.endswith("_after") for w in ws if " " not in w)


def _metric_noun(word: str) -> str | None:
    nouns = _metric_rules()["nouns"]
    found = nouns.get(word) or nouns.get(word.lower())
    if found is None and len(word) > 2 and word.endswith("들") and "\uac00" <= word[-2] <= "\ud7a3":
        found = nouns.get(word[:-1])  # 창업가들, 기업들: the plural of a listed noun
    return found


def unit_label(unit: str) -> str:
    """The label of a figure nothing around names, by its unit (rules: by_unit)."""
    return _metric_rules()["by_unit"].get(unit if unit in _metric_rules()["by_unit"] else "currency", "value")


def _compose(label: str | None, spec: str | None, unit: str) -> str:
    if not label:
        return unit_label(unit)
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


@per_rules
def _be_forms() -> frozenset[str]:
    return frozenset(_metric_rules().get("be_forms") or ())


def _change_kind(metric: str) -> str | None:
    """'growth' or 'decline' when a label is a change ('companies decline', 'growth'), else None."""
    kind = metric.rsplit(" ", 1)[-1]
    return kind if kind in ("growth", "decline") else None


def _change_label(kind: str, subject: str | None) -> str:
    return f"{subject} {kind}" if subject and subject not in ("growth rate", "decline rate") else kind


def _first_token(toks: list, j: int, s: int) -> int:
    """Index of the first token of the number that ends at token ``j`` and starts at offset ``s``."""
    return next((k for k in range(j, -1, -1) if toks[k].idx <= s and (k == 0 or toks[k - 1].idx < s)), j)


def _korean_change(toks: list, j: int, s: int, e: int, adjacent: bool = False, money: bool = False) -> str | None:
    """'기업 수는 전년 대비 12% 증가했다' -> companies growth: a change word among the first
    morphemes after the percentage (particles skipped: 12%나 늘었다; not after 로, 에서, 까지:
    12%로 증가 is a level), labelled by the nearest
    metric noun before it in the sentence (up to eight morphemes back; 대비, 연평균 are skipped).
    ``adjacent``: only a count-change word right after the figure, no particle between, counts
    (34개사 늘었지만, 1282명 줄었다)."""
    nxt = [t for t in toks[j + 1:j + 14] if t.idx >= e]
    if nxt and nxt[0].text in ("(", "（"):  # 14개사(0.1%) 줄었다: the aside is the same change in percent
        close = next((k for k, t in enumerate(nxt) if t.text in (")", "）")), None)
        nxt = nxt[close + 1:] if close is not None else nxt
    nxt = nxt[:7]
    if nxt and nxt[0].text in ("로", "으로", "에서", "까지"):
        return None  # 비중이 12%로 증가: the level reached (or left), not the change
    if adjacent:
        # (an amount of money may take its particle first: 1조 3,900억원이 줄어든; money does not grow
        # by itself, a count may: 600여 개가 성장해 is the firms growing)
        skip = 1 if money and len(nxt) > 1 and nxt[0].text in ("이", "가") and nxt[0].tag_.startswith("J") else 0
        kind = next((k for k, w in _change_words().items() for t in nxt[skip:skip + 1] if t.text.startswith(w.get("korean_count", ()))), None)
    else:
        # (particles, brackets and adverbs skipped: 367%가 각각 늘었다, where Kiwi may read 가 as a verb)
        after = [t for k, t in enumerate(nxt) if not t.tag_.startswith(("J", "SS", "MAG"))
                 and not (k == 0 and t.text in ("가", "이"))][:2]
        kind = next((k for k, w in _change_words().items() for t in after if t.text.startswith(w.get("korean", ()))), None)
    first = _first_token(toks, j, s)
    if kind is None and first > 0 and toks[first - 1].text == "보다":
        kind = _comparative(toks[j + 1:j + 26])  # 전월보다 2.1%포인트(, 전년보다 6.9%포인트) 높은; 1.2%(20개), 2020년보다는 4.4%(75개) 감소
    if kind is None:
        return None
    subject = None
    for k in range(first - 1, max(-1, first - 9), -1):
        t = toks[k]
        if t.tag_.startswith("SF") or t.text in (",", ";"):
            break
        if t.tag_.split("+")[0] in ("NNG", "NNP", "SL") and (subject := _rate_noun(toks, k) or _metric_noun(t.text)):
            break
    return _change_label(kind, subject)


def _comparative(toks: list) -> str | None:
    """growth or decline: the first comparative predicate in the clause after a figure that
    follows 'A보다' (rules: comparatives)."""
    words = (_metric_rules().get("comparatives") or {})
    for t in toks:
        if t.tag_.startswith("SF") or t.text in (";",):
            return None
        if t.tag_.startswith(("VA", "VV", "NNG", "XR")):
            for kind, w in words.items():
                if t.text.startswith(tuple(w.get("korean") or ())):
                    return kind
    return None


def _english_change(text: str, s: int, e: int) -> str | None:
    """'grew 7%', 'was up 12%', 'a 12% increase in patents', 'a rise of 7%' -> growth or decline, labelled by the
    nearest metric word before the number in its clause (Employment ... grew 7% -> employment
    growth) or after 'increase in' (patents growth)."""
    before = re.findall(r"[A-Za-z][A-Za-z\-]*", text[max(0, s - 80):s])
    after = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]*", text[e:e + 60])[:6]]
    be = _be_forms()
    kind = None
    appositive = re.search(r",\s*(?:up|down)\s+(?:by\s+)?$", text[max(0, s - 12):s]) is not None  # ", up 10% on 2022"
    near = [w.lower() for w in before[-5:]]  # ('increased by 9%': by is dropped below)
    while near and (near[-1] in ("only", "just", "nearly", "almost", "about", "around", "roughly", "some", "by", "than", "more", "over")
                    or near[-2:] == ["close", "to"]):
        near = near[:-2] if near[-2:] == ["close", "to"] else near[:-1]  # 'employment up only 2 percent', 'had risen by
        # more than 100', 'rents have grown close to 10%'
    noun_by = re.search(r"\b([a-z]+)\s+(?:its\s+|their\s+|the\s+)?([a-z\-]+)\s+by\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+)?$",
                        text[max(0, s - 60):s], re.I)
    for k, w in _change_words().items():
        if len(near) >= 2 and near[-1] == "of" and near[-2] in w.get("english_after", ()):
            kind = k  # 'a rise of 7.2 percent', 'an increase of 12%'
            break
        if noun_by and noun_by.group(1).lower() in w.get("english_before", ()) and _metric_noun(noun_by.group(2)):
            kind = k  # 'increasing revenues by 95 per cent': the verb, what changed, by how much
            break
        if len(after) >= 2 and after[1] in w.get("english_after", ()) and _metric_noun(after[0]) and after[1] not in ("more", "less", "fewer"):
            kind = k  # '30 per cent revenue growth', 'an 8% employment rise': what grew, between
            break
        if len(near) >= 2 and near[-1] in w.get("english_after_be", ()) and _metric_noun(near[-2]):
            kind = k  # 'with employment up 2 percent': a noun, then up/down
            break
        if near and (near[-1] in w.get("english_before", ())
                     or (near[-1] in w.get("english_after_be", ()) and (len(near) > 1 and near[-2] in be or appositive)
                         and after[:1] != ["to"])) or (after and after[0] in w.get("english_after", ())):
            kind = k
            break
    if kind is None:
        return None
    subject = None
    if noun_by and noun_by.group(1).lower() in _change_words()[kind].get("english_before", ()):
        subject = _metric_noun(noun_by.group(2))
    elif len(after) >= 2 and after[1] in _change_words()[kind].get("english_after", ()) and _metric_noun(after[0]):
        subject = _metric_noun(after[0])
    if subject is None and after and after[0] in _change_words()[kind].get("english_after", ()) and after[1:2] == ["in"]:
        subject = next((lab for w in after[2:6] if (lab := _metric_noun(w))), None)  # (their collective turnover)
    if subject is None:
        a, _ = segment_bounds(text, s)
        for w in reversed(re.findall(r"[A-Za-z][A-Za-z&\-]*", text[a:s])[-10:]):
            if (subject := _metric_noun(w)):
                break
    return _change_label(kind, subject)


def _is_numeral_token(t) -> bool:
    tag = t.tag_.split("+")[0]
    if tag == "SN":
        return bool(re.fullmatch(r"[\d,]+(?:\.\d+)?", t.text))
    if tag == "NR":
        return bool(_KO_NUMERAL_WORD.fullmatch(t.text))
    return False


def korean_quantities(doc, span_start: int = 0, span_end: int | None = None, text: str | None = None) -> list[Quantity]:
    """Quantities in a Kiwi-tokenized Doc (offsets relative to doc.text; pass ``text`` = doc.text
    when known, spaCy rebuilds it on every access)."""
    text = doc_text(doc) if text is None else text
    toks = [t for t in doc.char_span(span_start, span_end if span_end is not None else len(text),
                                     alignment_mode="expand") or doc] if span_start or span_end is not None else list(doc)
    out: list[Quantity] = []
    id_before = tuple(_q()["identifier_before_ko"])
    i = 0
    while i < len(toks):
        t = toks[i]
        if not _is_numeral_token(t):
            i += 1
            continue
        j = i
        about = False  # 6700여억 원: '여' (about) inside the number, before its 억
        while j + 1 < len(toks) and _is_numeral_token(toks[j + 1]):
            gap = text[toks[j].idx + len(toks[j].text):toks[j + 1].idx]
            if gap == "" or (gap == " " and toks[j].text[-1] in "만억조경"):
                j += 1
            elif gap == " " and toks[j].text in ("천", "백") and re.fullmatch(r"\d{1,3}", toks[j + 1].text) \
                    and not (j + 2 < len(toks) and toks[j + 2].text in ("천", "백", "십")
                             and toks[j + 1].idx + len(toks[j + 1].text) == toks[j + 2].idx):
                j += 1  # 7만 6천 900여 명, 천 400여 명, 5조 9천 800여 억원: a broadcast script's spaced groups
            elif gap in (" ", "\u2009", "\u202f", "\u00a0") and re.fullmatch(r"\d{3}", toks[j + 1].text) \
                    and re.fullmatch(r"\d{1,3}", toks[j].text) and (j == i or re.fullmatch(r"\d{3}", toks[j].text)):
                j += 1  # 14 300명: thousands grouped with a space
            else:
                break
        if j + 2 < len(toks) and toks[j + 1].text == "여" and toks[j + 2].text in ("만", "억", "조") \
                and toks[j].idx + len(toks[j].text) == toks[j + 1].idx and toks[j + 2].idx - toks[j + 1].idx in (1, 2):
            j += 2
            about = True
        s, e = t.idx, toks[j].idx + len(toks[j].text)
        i = j + 1
        before = text[max(0, s - 8):s]
        if re.search(r"[A-Za-z\-]$", before) or before.rstrip().endswith(id_before):
            continue
        if re.match(r"[A-Za-z]", text[e:e + 1]) and not nu.match_korean_unit(text[e:]):
            continue  # 5G, 3D: a name, not a number
        if re.match(r"\s?[./]\s?\d", text[e:e + 4]):  # dates 2019. 7. 8. and fractions
            continue
        value = nu.parse_ko_number(text[s:e].replace("여", "") if about else text[s:e])
        if value is None:
            continue
        rest = text[e:]
        suffix = ""
        m = re.match(r"\s?여(?=\s?\S)", rest)
        if m and nu.match_korean_unit(rest[m.end():]):
            suffix, rest = m.group(0), rest[m.end():]
        unit = nu.match_korean_unit(rest)
        bare = _bare_counted_noun(text, e, value) if unit is None else None
        if bare is not None:
            suffix, unit = bare[0], ("", "count", 1.0, None)  # 1만9500여 기업들이: no counter, the noun counted
        elif unit is None and text[e - 1:e] in ("억", "조") and _won_implied(text, s):
            unit = ("", "currency", "KRW", None)  # 총매출 167조7천억, 4조원으로 전년(3조 4947억) 대비: won unsaid
        if unit is None:
            continue
        surface, cat, factor, implied = unit
        if not suffix and any(text.startswith(w, e) and len(w) > len(surface) for w in _q()["ordinal_after_ko"]):
            continue  # 2분기, 3차년도: an ordinal word longer than the counter it starts with (분 is minutes)
        end = e + len(suffix) + len(surface)
        if _not_a_figure_ko(text, s, e, end, value, surface):
            continue
        if cat == "currency" and (_BAND_BOUND_KO.match(text, end) or (
                _THRESHOLD_KO.match(text, end) and _FIRMS_AS_SUBJECT_KO.search(text, max(0, s - 40), s))):
            continue  # ▲1000억원 이상 11개사 ▲500억원~1000억원 8개사: the bounds of a size band, the count is the figure
            # (40%(78개사)는 연간 10억원 이상의 매출을 올리고; 78곳 年 매출 10억 넘어: the firms' threshold)
        if surface.startswith(" ") and re.search(r"[가-힣]", surface) and re.match(r"[가-힣]", text[end:end + 1]) \
                and not re.match(r"(?:이|가|은|는|을|를|의|에|로|으로|와|과|도|만|씩|이다|였|이며|인|까지|부터|에서|이나|이상|이하|가량|정도|쯤|보다|대비|어치|상당|다(?![가-힣])|였다|며|임(?![가-힣])|입니)",
                                 text[end:end + 2]):
            continue  # '2022 대구 ...': the counter is the start of a word
        if cat in ("day", "year") and re.match(r"[가-힣]", text[end:end + 1] or " ") and not surface.endswith("간"):
            continue
        val, canon = nu.to_canonical(value, cat, factor)
        qual = nu.korean_qualifier(text[max(0, s - 6):s], suffix or ("여" if about else ""), text[end:end + 10])
        metric = _korean_metric(toks, j, s, end, implied, canon)
        if bare is not None and metric == unit_label(canon):
            metric = _metric_noun(bare[1]) or metric  # 8만 기업 보금자리로: the noun written after it
        if canon == "count" and _surveyed(text, s, end, "ko"):
            metric = "surveyed"
        if canon == "hour" and _travel_cue_ko(text, s, end):
            metric = "travel time"
        if (canon == "percent" or (canon == "count" and re.search(r"(?:보다|대비|에\s*비해)\s*$", text[max(0, s - 12):s]))
                or (canon not in ("m2", "km", "hour", "day", "year")
                    and (_PERCENT_ASIDE.match(text, end) or _ASIDE_OF_PERCENT.search(text, max(0, s - 4), s)
                         and re.match(r"\s*[)）]", text[end:end + 2])))) \
                and (change := _korean_change(toks, j, s, end)):
            metric = change  # 12% 증가; 전년보다 9개 늘었다; 482억원(1.8%) 감소했다; 7.2%(5308명) 증가했다
        elif canon not in ("m2", "km", "hour", "day", "year") and (change := _korean_change(toks, j, s, end, adjacent=True,
                                                                                             money=is_money(canon))):
            metric = change  # 1년 새 34개사 늘었지만; 고용은 1282명 줄었다: a count with its change verb right after
        if out and out[-1].unit == "percent" and _change_kind(out[-1].metric or "") and not _change_kind(metric or "") \
                and _ASIDE_OF_PERCENT.fullmatch(text, out[-1].end - 1, s) and re.match(r"\s*[)）]", text[end:end + 2]):
            metric = out[-1].metric  # 1.2%(20개), 2020년보다는 4.4%(75개) 감소: the bracket counts the same change
        elif out and out[-1].unit == "percent" and canon == "count" and metric == unit_label(canon) \
                and _metric_noun(out[-1].metric or "") and not _change_kind(out[-1].metric or "") \
                and _ASIDE_OF_PERCENT.fullmatch(text, out[-1].end - 1, s) and re.match(r"\s*[)）]", text[end:end + 2]):
            metric = out[-1].metric  # 중소기업 85.5%(1천112개): the bracket counts what the percentage is a share of
        out.append(Quantity(s, end, text[s:end], val, canon, qual, metric))
    return _compared(_partitives(_listed_changes(_shared_nouns(_merge_equivalents(_compound_times(out, text), text), text), text), text), text)


@per_rules
def _money_nouns_ko() -> re.Pattern:
    """A Korean noun of money measured (매출, 투자비, 예산 …: metric nouns whose code is money's), at
    the end of the text before a figure, a particle or a space between."""
    codes = ("revenue", "investment", "rd_spending", "exports", "venture_capital", "valuation")
    words = sorted((w for w, lab in _metric_rules()["nouns"].items()
                    if re.fullmatch(r"[가-힣]+", str(w)) and metric_code(str(lab), "KRW", True) in codes), key=len, reverse=True)
    return re.compile(r"(?:" + ("|".join(map(re.escape, words)) or "(?!)") + r")(?:은|는|이|가|도|만)?\s*$")


def _won_implied(text: str, s: int) -> bool:
    """An amount in 억 or 조 with no 원 after it is money in won after a money noun (총매출 167조7천억)
    or in brackets after an amount in won (4조원으로 전년(3조 4947억) 대비)."""
    before = text[max(0, s - 40):s]
    return _money_nouns_ko().search(before[-12:]) is not None \
        or re.search(r"\d\s?(?:억|조|만)?\s?원[^\d()]{0,20}[(（]\s*$", before) is not None


@per_rules
def _institution_nouns_ko() -> tuple[str, ...]:
    """Korean nouns of things counted without a counter (기업, 연구소, 대학 …): the metric nouns
    whose code is an institution's, longest first."""
    codes = ("companies", "startups", "research_institutes", "universities", "hospitals")
    words = [w for w, lab in _metric_rules()["nouns"].items()
             if re.fullmatch(r"[가-힣]+", str(w)) and metric_code(str(lab), "count", True) in codes]
    return tuple(sorted(words, key=len, reverse=True))


def _bare_counted_noun(text: str, e: int, value: float) -> tuple[str, str] | None:
    """A number written straight before the noun it counts, no counter (1만9500여 기업들이, 1400여
    기업과 연구소가): (the '여' between or '', the noun), else None. Not a year (2023 기업) nor a
    small bare digit, which name things more often than they count them."""
    m = re.match(r"(\s?여)?\s?([가-힣]+)", text[e:])
    if m is None or not (m.group(1) or value >= 10) or (not m.group(1) and re.fullmatch(r"(?:19|20)\d\d", text[max(0, e - 4):e])):
        return None
    word = m.group(2)
    noun = next((n for n in _institution_nouns_ko() if word.startswith(n)), None)
    if noun is None or not re.fullmatch(r"(?:들)?(?:이|가|은|는|을|를|과|와|의|에|도|이다|만)?", word[len(noun):]):
        return None
    return m.group(1) or "", noun


# after an amount: (이상 …) a count of firms: the amount bounds a size band ('▲1000억원 이상 11개사',
# '500억원~1000억원 8개사')
_BAND_BOUND_KO = re.compile(r"\s*(?:이상|이하|미만|초과)?\s*(?:[~∼〜\-]\s*[\d,.]+\s*(?:[조억만천]\s*)*원?\s*(?:이상|이하|미만|초과)?\s*)?"
                            r"\d[\d,]*\s*(?:여\s*)?(?:개사|개\s?(?:기업|업체)|곳|社|개(?![가-힣]))")

# ... or a threshold the firms counted before it pass: '입주 기업 40%(78개사)는 연간 10억원 이상의 매출을'
_THRESHOLD_KO = re.compile(r"\s*(?:을|를)?\s*(?:이상|넘|초과)")
_FIRMS_AS_SUBJECT_KO = re.compile(r"(?:\d\s*(?:개사|곳|개\s?(?:기업|업체)|社)|%)\s*(?:\([^()]{0,12}\))?\s*(?:는|은|이|가|중)?\s+"
                                  r"(?:연간?\s*|年\s*|한\s*해\s*)?(?:매출(?:액)?(?:이|은|가|을)?\s*)?$")

# the kinds a study examines, right before its count: 해외 혁신클러스터 10곳
_STUDIED_KINDS_KO = re.compile(r"(?:클러스터|단지|특구|파크|밸리|도시|지구|국가)\s*$")

# an amount followed by the same change in percent: 482억원(1.8%) 감소, 14개사(0.1%) 줄었다
_PERCENT_ASIDE = re.compile(r"\s*[(（][^)）]{0,12}%\s*[)）]")


def _not_a_figure_ko(text: str, s: int, e: int, end: int, value: float, counter: str) -> bool:
    """Age bands (30대가 40.8%, 50대 이상, 20~30대), denominators (인구 10만 명당, 1천명당) and the
    unit of a table are not figures."""
    if counter.strip() == "대" and value in (10, 20, 30, 40, 50, 60, 70, 80, 90):
        return True
    if counter.strip() == "대" and value <= 20 and re.match(r" [가-힣]{2}", text[end:end + 3]):
        return True  # 6대 핵심프로젝트, 3대 과제: the N major things, not N machines
    if counter.strip() == "분" and re.match(r"\s?(?:의\s*)?\d", text[end:end + 5]):
        return True  # 3분의 1, 100분 1: a fraction, not minutes
    if re.match(r"\s?당(?![가-힣]{2})", text[end:end + 2]) or text[e:e + 2] == "당 ":
        return True
    if re.search(r"단위\s*[:：]?\s*$", text[max(0, s - 8):s]):
        return True  # (단위 : 천㎡): the unit a table is given in, no figure
    if ((value in (10, 100) and re.match(r"\s*(?:가운데|중)\s*\d", text[end:end + 8]))
            or re.search(r"(?<![\d,.])(?:10|100)\s*(?:곳|개사|개|명|社)\s*(?:가운데|중)\s*$", text[max(0, s - 12):s])) \
            and not _STUDIED_KINDS_KO.search(re.sub(r"(?:10|100)\s*\S{1,2}\s*(?:가운데|중)\s*$", "", text[max(0, s - 40):s])):
        return True  # 기업 10곳 중 6개, 응답자 10명 중 8명: a ratio (six in ten), not two counts
        # (혁신클러스터 10곳 중 6곳: the clusters a study examined, counted)
    return False


def _generic_word(w: str) -> bool:
    from pipeline.extract.names import is_generic

    return is_generic(w)


def _startups_before(before: list) -> str | None:
    """The start-ups label of the noun right before a count of firms (particles skipped), if it is one."""
    k = len(before) - 1
    while k >= 0 and before[k].tag_.split("+")[0].startswith(("J", "MAG", "MM")):
        k -= 1
    if k < 0 or not before[k].tag_.split("+")[0].startswith(("NNG", "NNP", "SL")):
        return None
    label = _metric_noun(before[k].text)
    return label if label and metric_code(label, "count", True) == "startups" else None


def _korean_metric(toks: list, j: int, s: int, e: int, implied: str | None, unit: str) -> str:
    """Label from the nearest noun: the noun phrase right after the counter, read from its head
    (52개사가 입주 -> resident companies; 28곳 해외 혁신클러스터 -> clusters; 30여개의 창업 지원
    프로그램 -> programmes), else the implied noun of the counter (개국 -> countries), else the noun
    right before the number (특허 1천 건 -> patents). The nearest content noun decides: an unknown
    one means no label rather than a far-away guess.
    ``toks``: the sentence's tokens; ``j``: index of the numeral's last token."""
    # the words after the counter, past short asides in brackets: 3조8천억 위안(687조8천억원)의 총매출,
    # 300여 개의 정보통신기술(ICT) 기업
    after, rest, k = [], [t for t in toks[j + 1:j + 26] if t.idx >= e], 0
    while k < len(rest) and len(after) < 6:
        close = next((c for c in range(k + 1, min(len(rest), k + 17)) if rest[c].text in (")", "）")), None) \
            if rest[k].text in ("(", "（") else None
        if close is not None:
            k = close + 1
            continue
        after.append(rest[k])
        k += 1
    first = _first_token(toks, j, s)
    before = [t for t in toks[max(0, first - 6):first] if t.idx + len(t.text) <= s]
    label = None
    qual = _qualifier_words()
    phrase: list[int] = []  # the noun phrase right after the counter: its head (last noun) names it
    for k, t in enumerate(after[:6]):
        tag = t.tag_.split("+")[0]
        if k == 0 and (tag == "JC" or t.text in ("및", "또는")):
            break  # "연구인력 4,000명과 학생 1,200명": the noun after 과 is the next item's
        glued = k > 0 and not after[k - 1].whitespace_ and (k - 1) in phrase
        if t.text in ("·", "ㆍ") and glued and not t.whitespace_ and k + 1 < len(after) and after[k + 1].tag_.startswith(("NNG", "NNP")):
            phrase.append(k)  # 7개의 제약·바이오기업: one noun of two joined by a middle dot
            continue
        if tag == "NR" and not t.whitespace_ and k + 1 < len(after) and after[k + 1].tag_ == "NNB" \
                and not after[k + 1].whitespace_ and not (k > 0 and after[k - 1].tag_.startswith(("NNB", "SN"))):
            phrase.append(k)  # 30여개 이|차|전지 관련 기업: a numeral read inside a noun
            continue
        if phrase and glued and tag in ("NNB", "XPN"):
            phrase.append(k)  # (이차|전지, 복합|재: a piece of the word read on its own)
            continue
        if tag in ("SN", "NR") or (tag == "SE" and not phrase):
            break  # "12개국 30개 클러스터": the noun after the next number is that number's; "1,622개…지난해 매출": a new phrase
        if (t.text in qual or tag == "JKG") and not phrase:
            continue  # 20만명 이상의 기술 인력
        if tag == "NNG" and not phrase and k + 1 < len(after) and after[k + 1].tag_.startswith("XSA"):
            continue  # 200여 개의 다양한 과목: an adjective (다양+한) before the noun
        if tag in ("NNG", "NNP", "SL", "XSN"):
            phrase.append(k)
            continue
        if phrase:
            break
        if tag.startswith("VA") and k + 1 < len(after) and after[k + 1].tag_.startswith("ETM"):
            continue  # 12.5%의 낮은 법인세율: an adjective before the noun
        if tag.startswith("ETM"):
            continue
        if tag.startswith(("VV", "VA", "SF", "SP", "SS", "J", "E")):
            break
    counted_unknown = False  # 69개 항목에 대해: the noun after the counter is what is counted, and no metric
    if phrase and all(after[k].text in _relational_heads() for k in phrase):
        phrase = []  # 매출은 1조원 규모다: the relational head leaves the noun before the number to say what it is
    if phrase:  # 30여개의 창업 지원 프로그램 -> 프로그램; 56개 국가급 연구기관 -> 연구기관
        label = next((lab for k in reversed(phrase) if (lab := _rate_noun(after, k))), None) \
            or _eojeol_label([after[k] for k in phrase])
        # (not after a noun of its own, 기업 17곳 혁신도시로; not a place the count goes to, 혁신도시로)
        nxt = after[phrase[-1] + 1] if phrase[-1] + 1 < len(after) else None
        counted_unknown = label is None and unit == "count" and after[phrase[-1]].tag_.startswith("NNG") \
            and nxt is not None and nxt.tag_.startswith("J") and nxt.text not in ("로", "으로", "에서", "에게", "까지", "부터") \
            and after[phrase[-1]].text not in _relational_heads() \
            and not (before and before[-1].tag_.startswith(("NNG", "NNP", "SL")))
        if label and unit == "count" and metric_code(label, "KRW", True) in (_MONEY_OR_OTHER if implied else _MONEY_CODES):
            label = None  # 531개사 매출이 10% 증가, 입주기업 300여곳의 매출: the firms are counted, not their sales
    if label is None and unit not in ("percent", "count", "m2", "km", "hour", "day", "year"):
        label = _money_verb([t for t in toks[j + 1:j + 16] if t.idx >= e])  # 1,200억원을 들여, 3조원을 투입해
    if label is None and implied and implied not in ("people",):
        label = _metric_noun(implied) or implied
        if metric_code(label, unit, True) == "companies" and (kind := _startups_before(before)):
            label = kind  # 발굴된 스타트업은 251개사로: the firms the counter counts are start-ups
    if label is None and not counted_unknown:
        # the noun phrase right before the number (particles, adverbs and 약 skipped): 연구개발 인력은
        # 712명, 벤처캐피털 투자는 약 80억 달러, 재학생은 80만 명, 특허 1천 건, 투자한 금액만 20조원
        k = len(before) - 1
        joined = False  # 400개 기업과 4,000여 명: 과 (tagged JC or JKB) ends the previous item
        while k >= 0 and (before[k].tag_.split("+")[0].startswith(("J", "SS", "MAG", "MM", "NNB")) or before[k].text in (":", "：")):
            joined = joined or before[k].text in ("과", "와", "및")
            k -= 1  # (참여 기업: 약 3,000개: a label before a colon names the value after it)
        run_end = -1 if joined else k
        while k >= 0 and before[k].tag_.split("+")[0] in ("NNG", "NNP", "SL", "XSN", "XPN"):
            k -= 1
        run = before[k + 1:run_end + 1]
        if run and (run[-1].text in _AMOUNT_NOUNS or _generic_word(run[-1].text)) and k >= 1 \
                and before[k].tag_.startswith("XSV") and before[k - 1].tag_.startswith("NN"):
            run = [before[k - 1]]  # 투자한 금액: the verb's noun says what the amount is
        if run:  # (none when 과/및 comes first: "기술기업과 20만명", the noun is the previous item's)
            label = next((lab for i in range(len(run) - 1, -1, -1) if (lab := _rate_noun(run, i))), None) \
                or _eojeol_label(run)
    if implied == "people" and label in _INSTITUTION_LABELS:
        label = None  # 기업지원단 산하 기업이 880명: people are not the firms named before them
    if label is None and not counted_unknown:
        label = _subject_label(toks, first)  # 입주기업은 모두 합쳐 2,500여개로; 수출액은 6억 8천만 달러로
        if implied == "people" and label in _INSTITUTION_LABELS:
            label = None  # 1만3000개 기업이 입주해 15만명이 근무하는: people are not the firms the clause began with
        if label and unit not in ("percent", "count", "m2", "km", "hour", "day", "year") and label in _COUNT_LABELS:
            label = None  # 이 회사는 지난해 4조원을 ...: an amount of money is no count of companies
    if label and unit == "count" and metric_code(label, "count", True) == "share":
        label = _noun_before_rate(toks, first)  # 연구 인력 비율은 1만4473명(52.6%): a count of the researchers
    if label is None and implied:
        label = implied
    if is_money(unit) and label in _COUNT_LABELS:
        label = _money_verb(after)  # 참여 스타트업에 200억 루블의 보조금: the money is no count of startups
    clause_after = list(itertools.takewhile(lambda t: not t.tag_.startswith(("SP", "SF", "SS")), after[:4]))
    beside = before[-4:] + clause_after  # (not past a comma: '(2만 2971명), 신규 인력은' is the next item's)
    if label in ("jobs", "employees", "workers", "people") and any(
            t.lemma_.split("+")[0].removesuffix("다") in _new_job_words() or t.text in _new_job_words() for t in beside) \
            and (label != "people" or any(t.text in (_metric_rules().get("job_nouns_ko") or ()) for t in beside)):
        label = "jobs created"  # 신규 일자리 7,000여 개, 일자리 3천 개 창출, 고용 창출 인원은 511명
    verbs = _metric_rules().get("people_verbs_ko") or {}
    if implied == "people" and label in (None, "people", "employees") and \
            (by_verb := next((verbs[t.lemma_.split("+")[0]] for t in clause_after[:3] if t.lemma_.split("+")[0] in verbs), None)):
        label = by_verb  # 12만명이 거주하는데: who live there, not who work there; 500여명이 재학 중인: students
    spec = _specialiser([t.lemma_.split("+")[0] for t in after] + [t.text for t in after])
    return _compose(label, spec, unit)


_MONEY_CODES = ("investment", "rd_spending", "venture_capital", "revenue", "exports", "valuation")
_MONEY_OR_OTHER = (*_MONEY_CODES, "other")
_INSTITUTION_LABELS = ("companies", "resident companies", "startups", "universities", "research institutes", "hospitals",
                       "institutions")
_PARTITIVE_KO = re.compile(r"(?:그|이)?\s*중(?:에서|에)?\s*$")
_PARTITIVE_EN_BEFORE = re.compile(r"\b[Oo]f\s+(?:the|these|those|its|their|all)?\s*$")
# '800 companies, of which around 490 held MSC status'
_PARTITIVE_EN_WHICH = re.compile(r"\b(?:of\s+(?:which|whom|them|these)|among\s+(?:them|which|these))\s+(?:about|around|some|roughly|nearly|over|more\s+than)?\s*$", re.I)
_PARTITIVE_EN_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?of\s+(?:which|them|these|those)\b")


_COMPARED_BACK = re.compile(r"(?:\b(?:up|down|rising|falling|increased|decreased|grew|fell|rose)?\s*from\s+(?:the\s+)?"
                            r"(?:record\s+|roughly\s+|about\s+|around\s+|some\s+|a\s+record\s+|(?:fewer|less|more)\s+than\s+|over\s+|under\s+|nearly\s+|almost\s+|just\s+)?$|(?:전년|전년도|작년|지난해|전월|지난달|전분기|(?:\d+|한|두)\s*(?:년|해)\s*전)\s*(?:같은\s*기간|동기|동월|동분기)?\s*(?:말|말\s*기준)?\s*\(?\s*$|(?:19|20)\d\d\s*년(?:도)?\s*\(\s*$"
                            r"|compared\s+with\s+(?:the\s+)?$|against\s+$)", re.I)


# between the two amounts of one change: ')보다 6.5% 늘어난 ', ') 대비 16.7%나 증가한 ' (the percent is a
# figure of its own, so the text between is taken up to it and after it)
_CHANGED_TO_KO = re.compile(r"\s*[)）]?\s*(?:보다|대비|에\s*비해)\s*(?:[\d.,]+\s*%\s*(?:나|가|이|씩)?\s*)?"
                            r"(?:늘어난|증가한|늘어|증가해|줄어든|감소한|줄어|감소해|상승한|하락한|많은|적은)\s*")


def _compared(qs: list[Quantity], text: str) -> list[Quantity]:
    """A value a figure is compared with measures the same thing: 'counted 1,040 companies, up from
    880', 'fell to C$610 million, down 34% from the record C$925 million', '전년(167조 7천억원)보다',
    '2021년(120조8천억원)보다'."""
    defaults = set((_metric_rules().get("by_unit") or {}).values())
    for k, q in enumerate(qs):
        if not _COMPARED_BACK.search(text[max(0, q.start - 40):q.start]):
            continue
        p = next((p for p in reversed(qs[:k]) if p.unit == q.unit and p.unit != "percent"), None)
        if p is not None and q.unit != "percent" and q.metric in defaults:
            q.metric = p.metric  # (not a label of its own over a bare one: 고용인원은 전년(1만378명)보다, after 288곳)
    # '지난해 같은 기간(1조554억 원)보다 6.5% 늘어난 1조1240억 원', '전년 동기(4억 불) 대비 16.7% 증가한
    # 4억8천만 불': the two amounts of one change measure one thing; the labelled one names both
    amounts = [x for x in qs if x.unit != "percent"]
    for p, q in zip(amounts, amounts[1:]):
        if p.unit == q.unit and (p.metric in defaults) != (q.metric in defaults) \
                and _CHANGED_TO_KO.fullmatch(text[p.end:q.start]):
            p.metric = q.metric = q.metric if p.metric in defaults else p.metric
    # 'have gone from 3,437 in the year 2000 to 8,823 registered in 2015': the end of a change from
    # one figure to another measures what its start does
    for p, q in zip(amounts, amounts[1:]):
        if p.unit == q.unit and q.metric in defaults and p.metric not in defaults \
                and re.search(r"\bfrom\s+(?:about\s+|around\s+|some\s+|just\s+)?[$€£¥₩]?$", text[max(0, p.start - 12):p.start]) \
                and re.fullmatch(r"[^.;\d]{0,40}?\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?[$€£¥₩]?",
                                 re.sub(r"\b(?:19|20)\d{2}\b", "", text[p.end:q.start])):
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
    # comma that closes an 'Of the N ...' phrase is a part of N
    for k, p in enumerate(qs):
        if p.unit != "count" or not _PARTITIVE_EN_BEFORE.search(text[max(0, p.start - 12):p.start]):
            continue
        comma = text.find(", ", p.end)
        if comma < 0 or re.search(r"[.;]\s", text[p.end:comma]) or comma - p.end > 80:
            continue
        q = next((x for x in qs[k + 1:] if x.start > comma), None)
        if q is not None and q.unit == "count" and q.metric == "count" and not text[comma + 2:q.start].strip(" "):
            q.metric = p.metric
    return qs


def _partitives(qs: list[Quantity], text: str) -> list[Quantity]:
    """A part counted out of a whole takes the whole's label: '28곳 혁신클러스터 중 18곳', '특허
    1천 건 ... 그 중 250건', 'Of the 28 clusters surveyed, 18 (64%)', '1,000 patents, 250 of which'."""
    for p, q in zip(qs, qs[1:]):
        if p.unit != q.unit or p.unit == "percent":
            continue
        between = text[p.end:q.start]
        if len(between) > 60 or re.search(r"[.;]\s", between):
            continue
        if _PARTITIVE_KO.search(between) \
                or (_PARTITIVE_EN_BEFORE.search(text[max(0, p.start - 12):p.start]) and re.fullmatch(r"[^,]*,\s*", between)) \
                or _PARTITIVE_EN_AFTER.match(text[q.end:]) \
                or (q.metric == "count" and _PARTITIVE_EN_WHICH.search(between)):
            q.metric = p.metric
    return qs


def _eojeol_label(tokens: list) -> str | None:
    """The label of a Korean noun phrase given as Kiwi morphemes: grouped back into the written
    words (eojeols), looked up from the head: the whole phrase, its last words, then the last
    word's morphemes from the right, then the words before it (연구+개발 인력 -> '연구개발 인력';
    국가+급 연구+기관 -> '연구기관'; 해외 혁신+클러스터 현황 -> '클러스터')."""
    words: list[list] = [[]]
    for t in tokens:
        words[-1].append(t)
        if t.whitespace_:
            words.append([])
    words = [w for w in words if w]
    texts = ["".join(t.text for t in w) for w in words]
    relational = _relational_heads()
    for k in range(len(texts)):
        if k > 0 and k == len(texts) - 1 and texts[k] in relational:
            continue  # 수출 실적: a relational head alone leaves the word before it to decide
        if (lab := _metric_noun(" ".join(texts[k:]))):
            return lab
    for n, word in enumerate(reversed(words)):  # a relational head (현황, 관련) leaves the word before it to decide
        for i in range(len(word) - 1, -1, -1):
            if word[i].text in relational and ((i > 0 and i == len(word) - 1) or (len(word) == 1 and n == 0 and len(words) > 1)):
                continue  # 수출|규모, 생산|규모, 수출 실적: the noun before the relational head says what it is
            if (lab := _metric_noun("".join(t.text for t in word[i:])) or _metric_noun(word[i].text)):
                return lab
        head = word[-1].text  # one morpheme ending in a known noun: 중소기업, 벤처기업 -> 기업
        for k in range(1, len(head) - 1):
            if re.fullmatch(r"[가-힣]+", head) and (lab := _metric_noun(head[k:])):
                return lab
        if "".join(t.text for t in word) not in relational and word[-1].text not in relational:
            return None  # 기업 지원 1,050건: the head (지원) says what is counted, and it is no metric
    return None


@per_rules
def _new_job_words() -> frozenset[str]:
    return frozenset(_metric_rules().get("new_job_words_ko") or ())


@per_rules
def _relational_heads() -> frozenset[str]:
    return frozenset(_metric_rules().get("relational_heads_ko") or ())


# labels of things counted, never of an amount of money
_COUNT_LABELS = {"companies", "resident companies", "startups", "employees", "people", "researchers", "students",
                 "universities", "hospitals", "research institutes", "countries", "clusters", "members", "workers"}

# nouns that only say 'an amount' (투자한 금액): the word before them says of what
_AMOUNT_NOUNS = {"금액", "규모", "액수", "총액", "합계", "수치"}


def _money_verb(after: list) -> str | None:
    """The label a verb right after an amount of money gives it (rules: korean_money_verbs):
    1,200억원을 들여 -> investment; 5억 달러를 수출 -> exports. Particles and a bracketed
    conversion are skipped."""
    verbs = _metric_rules().get("korean_money_verbs") or {}
    seen = 0
    if after and after[0].text == "(":  # 300억링깃(약 9조원)을 투자: the bracketed conversion is skipped
        close = next((k for k, t in enumerate(after[:10]) if t.text == ")"), None)
        after = after[close + 1:] if close is not None else after
    if len(after) > 3 and after[0].text == "어치" and after[1].text == "의":
        after = after[3:]  # 52억 달러 어치의 식품을 매년 수출한다: the goods that much money is worth, then the verb
    window = after[:8]
    for k, t in enumerate(window):
        tag = t.tag_.split("+")[0]
        if tag == "SP" and t.text in (",", "，"):
            return None  # 생산 205조원, 수출 237억 달러: the word after a comma labels the next item
        if tag.startswith(("J", "SS", "MM")) or (tag == "MAG" and k < 3):
            continue
        if tag.startswith("NN") and k + 1 < len(window) and window[k + 1].tag_.startswith("JKB"):
            continue  # 600억 달러가 이 단지에 투자되면서: where it went, then the verb
        stem = t.lemma_.split("+")[0].removesuffix("다")
        word = stem if stem in verbs else t.text if t.text in verbs else None
        if word:
            return _metric_noun(verbs[word]) or verbs[word]
        seen += 1
        if seen >= 2 or tag.startswith(("VV", "VA", "EF", "EC")):  # 4조원을 추가로 투자해: one word between
            return None
    return None


def _noun_before_rate(toks: list, first: int) -> str | None:
    """The label of the nouns before a rate word (비율, 비중) that opens the clause of a count."""
    for k in range(first - 1, max(-1, first - 10), -1):
        if toks[k].text in ("비율", "비중"):
            run = []
            j = k - 1
            while j >= 0 and toks[j].tag_.split("+")[0] in ("NNG", "NNP", "SL") and len(run) < 3:
                run.insert(0, toks[j])
                j -= 1
            return _eojeol_label(run) if run else None
    return None


def _subject_label(toks: list, first: int) -> str | None:
    """The label of the clause's subject or topic before a figure (the noun before 은/는/이/가):
    '입주기업은 모두 합쳐 2,500여개로', '조사 대상 기업은 모두 183개로'; a subject that says nothing
    leaves it to the topic before it (매출실적은 자동차센터가 3843억원으로: revenue)."""
    passed = False  # past a subject that names no measure (then up to 16 tokens back, else 10)
    for k in range(first - 1, max(-1, first - 16), -1):
        t = toks[k]
        if t.tag_.startswith("SF") or t.text in (",", ";") or (first - k > 10 and not passed):
            return None
        if t.tag_ == "JKO" and (seen := _looked_at(toks, k + 1)) is not None:
            return seen  # 2월 생산실적을 보면 1조3천800억원
        if t.tag_ in ("JX", "JKS") and t.text in ("은", "는", "이", "가", "도") and k > 0:
            n = toks[k - 1]
            if n.text in (")", "）") and t.text in ("이", "가"):
                passed = True
                continue  # 자동차센터(센터장 …)가: a named subject; the topic before it may say what is measured
            if n.tag_.split("+")[0] in ("NNG", "NNP", "SL"):
                prev = toks[k - 2] if k > 1 else None
                joined = prev is not None and prev.tag_.startswith("NN") and not prev.whitespace_
                if n.text in _relational_heads() and prev is not None and prev.tag_.startswith("NN"):
                    return _metric_noun(prev.text + n.text) or _metric_noun(prev.text)  # 생산|규모는, 매출 총액은: production
                if n.text in _relational_heads() and prev is not None and "ETM" in prev.tag_ and k > 2 \
                        and toks[k - 3].tag_.startswith("NN") and (lab := _metric_noun(toks[k - 3].text)):
                    return lab  # 기업에 투자된 금액은: what the verb's noun says the amount is
                label = (joined and _metric_noun(prev.text + n.text)) \
                    or (prev is not None and prev.tag_.startswith("NN") and _metric_noun(f"{prev.text} {n.text}")) \
                    or _metric_noun(n.text)  # 연구 인력은: researchers, not 인력 alone
                if label is None and prev is not None and prev.text in ("·", "ㆍ", "/") and k > 2:
                    label = _metric_noun(toks[k - 3].text)  # 특허 출원·등록은: the first of the pair names it
                if label is None and t.text in ("이", "가"):
                    passed = True
                    continue  # (the subject names no measure: the topic before it may)
                if label is None and (seen := _looked_at(toks, k)) is not None:
                    return seen  # 생산실적을 보면 반월은 1조3천800억원: what the clause looks at
                return label
            return _looked_at(toks, k)
    return None


def _looked_at(toks: list, end: int) -> str | None:
    """The measure a clause says it looks at, in the few words before ``end``: '생산실적을 보면',
    '수출 실적을 살펴보면' (the noun before 을/를 and a verb of looking)."""
    for k in range(end - 1, max(0, end - 8), -1):
        t = toks[k]
        if t.tag_ == "JKO" and k + 1 < len(toks) and toks[k + 1].text in ("보", "살펴보", "들여다보") and toks[k - 1].tag_.startswith("NN"):
            n, prev = toks[k - 1], toks[k - 2] if k > 1 else None
            joined = prev is not None and prev.tag_.startswith("NN") and not prev.whitespace_
            if joined and n.text in _relational_heads():
                return _metric_noun(prev.text + n.text) or _metric_noun(prev.text)  # 생산|실적: production
            return (joined and _metric_noun(prev.text + n.text)) or _metric_noun(n.text) or None
        if t.tag_.startswith("SF"):
            return None
    return None


_NOUN_AFTER_KO = re.compile(r"\s*(?:의\s*)?(?!등|중|가운데|정도|이상|이하|규모|수준|내외|안팎)[가-힣A-Za-z]{2,}")


def _shared_nouns(qs: list[Quantity], text: str) -> list[Quantity]:
    """Items of a list share the noun the last one names: '문막 일반산업단지에 58개, 태장 농공단지에
    21개, 기업도시에 47개 기업이 입주해 있다' -> all three count companies."""
    defaults = set((_metric_rules().get("by_unit") or {}).values())
    for k in range(len(qs) - 1, 0, -1):
        q = qs[k]
        if q.metric in defaults or not _NOUN_AFTER_KO.match(text, q.end):
            continue  # (the last item's noun after it; not its own label before it: '첨단제조 108개, 연구시설 18개 등이다')
        for p in reversed(qs[:k]):
            between = text[p.end:qs[qs.index(p) + 1].start]
            if p.unit != q.unit or p.metric not in defaults or not re.match(r"\s*,", between) or len(between) > 30:
                break
            p.metric = q.metric
    # a bracket of the same unit right after a figure, from one level to the next: '생산 205조원(1066조원→1271조원)'
    for p, q in zip(qs, qs[1:]):
        if q.metric in defaults and p.metric not in defaults and p.unit == q.unit \
                and re.fullmatch(r"\s*[(（]\s*|\s*(?:→|->|⇒)\s*|\s*에서\s+[^.;]{0,30}", text[p.end:q.start]):
            # (or from one level to the next: '2012년 13억6000만 달러에서 2021년 … 136억6000만 달러로')
            q.metric = p.metric
    # ... and the noun the first names, when the rest name only kinds of it with the same counter:
    # '투자협약 기업은 에너지 분야 25곳, 기자재 분야 9곳, 총 34곳이다' -> all three count companies
    for p, q in zip(qs, qs[1:]):
        if q.metric in defaults and p.metric not in defaults and p.unit == q.unit == "count" and not _change_kind(p.metric) \
                and _counter(p.text) and _counter(p.text) == _counter(q.text) \
                and re.fullmatch(r"\s*,\s*[^\d,.;()]{0,20}|\s+[가-힣]{1,8}\s+", text[p.end:q.start]):
            # (or only the next item's label between: '입주업체는 반월 2천247개 시화 4천146개 파주출판 142개')
            q.metric = p.metric
    # one change verb after a list of changes: '중소기업은 1.2%, 대기업은 0.3% 줄었고' -> both fell
    # (amounts too, with or without the comma: '여수산단이 9,100억원 광양산단이 3,261억원이 늘어났지만')
    for p, q in zip(qs, qs[1:]):
        kind = _change_kind(q.metric)
        if p.unit == q.unit and kind and not _change_kind(p.metric) \
                and re.fullmatch(r"\s*,?\s*[^\d,.;%]{1,24}?(?:은|는|이|가)\s*", text[p.end:q.start]) \
                and (p.unit == "percent" or "," in text[p.end:q.start] or is_money(p.unit)):
            p.metric = _change_label(kind, None if p.metric in defaults else p.metric)
    # '… 250%, … 367%가 각각 늘었다': one change verb for all, said 'respectively'
    respective = next((q for q in reversed(qs) if q.unit == "percent" and _change_kind(q.metric)
                       and re.match(r"\s*(?:가|이)?\s*각각", text[q.end:q.end + 6])), None)
    for p in qs:
        if respective is not None and p is not respective and p.unit == "percent" and p.start < respective.start \
                and not _change_kind(p.metric):
            p.metric = _change_label(_change_kind(respective.metric), None if p.metric in defaults else p.metric)
    # a breakdown by business type: '업종별로 ▲정보기술 830개 ▲생명공학기술 164개' (rules: breakdown_words_ko)
    for q in qs:
        if q.unit == "count" and q.metric in defaults and re.search(r"\d\s?(?:개|곳)$", q.text):
            clause = re.split(r"[.?!]\s", text[:q.start])[-1]
            q.metric = next((lab for w, lab in (_metric_rules().get("breakdown_words_ko") or {}).items()
                             if re.search(rf"{w}(?:는|도|로는)?(?![가-힣])", clause)), q.metric)  # 업종별로는
    # a ranked list: '제약 업체가 33곳으로 가장 많고 의료기기 19곳, 화장품 7곳 순이다' -> all count companies
    cues = _metric_rules().get("ranking_cues_ko") or []
    if qs and any(c in text[qs[-1].end:qs[-1].end + 12] for c in cues):
        for p, q in zip(qs, qs[1:]):
            if q.metric in defaults and p.metric not in defaults and p.unit == q.unit \
                    and len(text[p.end:q.start]) <= 30 and not re.search(r"[.;]", text[p.end:q.start]):
                q.metric = p.metric
    return qs


def _counter(figure: str) -> str:
    """The counter a Korean figure is written with (25곳 -> 곳, 1천96개 -> 개), or ''."""
    m = re.search(r"[가-힣]+$", figure)
    return re.sub(r"^[만억조천백십]+", "", m.group(0)) if m else ""  # (4천개 -> 개)


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
            if is_money(p.unit) and is_money(q.unit) and p.unit != q.unit and q.metric == unit_label(q.unit) \
                    and re.fullmatch(r"\s*[(（][^()（）\d]{0,16}", between):
                q.metric = p.metric  # 4조 2,600억 대만달러(한화 약 60조 7000억원)의 매출: one amount in two currencies
        out.append(q)
    return out


@per_rules
def _en_currency():
    u = load_rules("units")["english"]
    codes = u["currency_codes"]
    symbols = u["currency_symbols"]
    words = u["currency_words"]
    return codes, symbols, words


@per_rules
def _en_quantity_patterns() -> tuple[re.Pattern, re.Pattern]:
    """An English number with its currency sign or code and scale word; a currency word after it."""
    codes, symbols, words = _en_currency()
    sym_rx = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    code_rx = "|".join(codes)
    scale_rx = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(load_rules("units")["english"]["scales"], key=len, reverse=True))
    # a number word is a number before a spelled scale (one million square feet, two billion euros)
    worded = "|".join(re.escape(str(w)) for w in sorted(_q().get("number_words_en") or {}, key=len, reverse=True) if " " not in str(w))
    spelled = r"(?=\s(?:hundred|thousand|million|billion|trillion)\b)"
    # (a code may be written onto the number: VND60 trillion; or after it: 132 million USD)
    # (a scale joined by a hyphen: '545-billion yuan')
    number = re.compile(rf"(?P<cur>(?:{sym_rx})\s?|\b(?:{code_rx})\s?)?(?P<num>{nu.NUM_CORE}|\b(?i:{worded}){spelled})(?:[\s-]?(?P<scale>{scale_rx})\b)?")
    word_after = re.compile(r"\s(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r"|(?-i:" + code_rx + r"))\b", re.I)
    return number, word_after


def english_quantities(text: str) -> list[Quantity]:
    _, symbols, words = _en_currency()
    rx, word_after = _en_quantity_patterns()
    ident = set(_q()["identifier_before_en"])
    date_words = set(_q()["date_words_en"])
    out: list[Quantity] = []
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        num_s = m.start("num")
        prev_ch = text[num_s - 1] if num_s > 0 else " "
        if not m.group("cur") and (prev_ch.isalnum() or prev_ch in "-–/.:@#"):
            continue
        if prev_ch == "[" and text[m.end("num"):m.end("num") + 1] == "]":
            continue  # a footnote marker: home to 1,200 firms.[4]
        if _not_a_figure_en(text, num_s, m.end("num")):
            continue
        nxt = text[e:e + 1]
        glued = (nxt.isalpha() or (m.group("scale") or "").lower() == "m") and (u := nu.match_english_unit(text[m.end("num"):])) \
            and u[1] == "m2"  # 34,000m2, 34000m²: an area glued to its number
        if nxt.isalpha() and not m.group("scale") and not glued or (nxt == ":" and text[e + 1:e + 2].isdigit()) \
                or (nxt in "/." and text[e + 1:e + 2].isdigit()):
            continue
        prev_word = re.search(r"([A-Za-z.]+)[^\w(]*$", text[max(0, num_s - 20):num_s])  # (not 'the largest group (33)')
        if prev_word and prev_word.group(1).lower().rstrip(".") in ident:
            continue
        if prev_word and prev_word.group(1).lower().rstrip(".") in date_words \
                and not re.search(r"[:;]", text[max(0, num_s - 20) + prev_word.end(1):num_s]):
            continue  # 'February 15' is a date; 'in February: 152,917 in HSP' a figure after a colon
        next_word = re.match(r"\s*([A-Za-z]+)", text[e:])
        if next_word and next_word.group(1).lower() in date_words:
            continue
        if re.match(r"(?:st|nd|rd|th)\b", text[e:e + 2]):
            continue
        hy = re.match(r"[-‐–]([A-Za-z]+)\b", text[e:])
        if hy and hy.group(1).lower() in _hyphen_modifiers() and not nu.match_english_unit(" " + hy.group(1)) \
                or hy and hy.group(1).lower() in _hyphen_modifiers() and not _travel_cue_en(text, s, e + hy.end()):
            continue  # 2-nanometre chips, a 5-star hotel; a 1-hour trip is a travel time
        scale = m.group("scale")
        numtxt = m.group("num")
        # "3 m" is metres, not millions, unless money
        if scale and scale.lower() in ("m", "b", "k") and not m.group("cur") and not (
                m.end("num") == m.start("scale") and (nw := re.match(r"\s+([A-Za-z]+)", text[m.end():]))
                and (nw.group(1).lower() in words or _metric_noun(nw.group(1)))):
            scale = None  # (but '12m people', '3m euros': millions glued to the number, before what they count)
            e = m.end("num")
        value = float((_q().get("number_words_en") or {}).get(numtxt.lower(), 0)) if numtxt.isalpha() \
            else float(re.sub(r"[,\s\u2009\u202f\u00a0]", "", numtxt))
        if scale:
            value *= load_rules("units")["english"]["scales"][re.sub(r"\s+", " ", scale.lower())]
        cur = None
        if m.group("cur"):
            c = m.group("cur").strip()
            cur = symbols.get(c, c)
        unit_cat, factor = None, 1.0
        after = text[e:]
        if cur is None:
            wm = word_after.match(after)
            if wm is None and scale and scale.lower() in ("bn", "mn", "tn") and after[:1] == ".":
                wm = word_after.match(after[1:])  # '4.0 bn. euros'
                if wm:
                    e += 1
            if wm:
                cur = words.get(wm.group(1)) or words.get(wm.group(1).lower()) or wm.group(1)  # (or the code itself)
                e += wm.end()
            elif (wb := re.search(r"\b([A-Z][a-z]+)\s$", text[max(0, s - 12):s])) and wb.group(1).lower() in words:
                cur = words[wb.group(1).lower()]  # 'Pounds 753 million', as older news archives write sterling
                s = wb.start(1) + max(0, s - 12)
        if cur is None:
            # a unit hyphenated to its number reads as one with spaces (34,000-square-metre hall)
            u = nu.match_english_unit(" " + after[1:40].replace("-", " ") if after[:1] in "-‐–" else after)
            if u:
                surface, unit_cat, factor = u
                e += len(surface)
            elif (adj := re.match(r"\s([a-z]+)(?=\s)", after)) and adj.group(1) in (_q().get("area_adjectives_en") or ()):
                u = nu.match_english_unit(after[adj.end():])  # 240 leasable acres: a kind of land, then its unit
                if u and u[1] == "m2":
                    surface, unit_cat, factor = u
                    e += adj.end() + len(surface)
        is_year = re.fullmatch(r"(?:19|20)\d{2}", numtxt) is not None
        if cur is None and unit_cat is None and re.match(r"\s*[-–]\s*\d+(?:\.\d+)?\s*(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)\b", text[e:], re.I):
            continue  # 'over the last 11-12 years': the first end of a span of time, no count
        if cur is None and unit_cat is None:
            if is_year or "." in numtxt and not scale:
                continue
            unit_cat = "count"
        if cur is not None:
            val, canon = value, cur
        else:
            val, canon = nu.to_canonical(value, unit_cat, factor)
        qual = nu.english_qualifier(text[max(0, s - 30):s], text[e:e + 12])
        if qual == "at_least" and re.search(r"\bover\s*$", text[max(0, s - 30):s], re.I) and re.match(r"\s*(?:years?|decades?)\b", text[e:], re.I):
            qual = "exact"
        if canon == "year" and (re.search(r"\b(?:next|past|last|over|for|within|up to|of up to|in|after|since)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+)?$",
                                          text[max(0, s - 25):s], re.I) or re.match(r"\s*(?:ago|later|earlier|old|from now)\b", text[e:], re.I)):
            continue  # over the next 15 years, tax holidays of up to 10 years: the span of something else
        # an absolute change says 'by': 'headcount grew by 1,100 (to 29,100)'; 'rose to 29,100' is the level
        by_change = canon != "percent" and re.search(
            r"\bby\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?[$€£¥₩]?$",
            text[max(0, s - 30):s], re.I) is not None or re.search(  # 'an increase of £50 million'
            r"\b(?:increase|rise|decrease|drop|fall|decline|gain|jump)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?[$€£¥₩]?$",
            text[max(0, s - 40):s], re.I) is not None
        metric = ((canon == "percent" or by_change) and _english_change(text, s, e)) or \
            (canon == "hour" and _travel_cue_en(text, s, e) and "travel time") or _english_metric(text, s, e, canon)
        if canon == "count" and _surveyed(text, s, e, "en"):
            metric = "surveyed"
        if canon == "count" and metric == "count" and (fronted := re.match(r"\s*(?:\([^()]{0,30}\))?,\s+(?:the\s+)?number\s+of\s+([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?)", text[e:])) \
                and (lab := _phrase_label(_noun_phrase(fronted.group(1).split()))):
            metric = lab  # 'At 6,300 (2023: 6,400), the number of students decreased': the figure is fronted
        if canon == "count" and metric == "count" and THAT_NUMBER_EN.search(text, max(0, s - 80), s):
            metric = next((q.metric for q in reversed(out) if q.unit == "count" and q.metric != "count"), metric)
            # '15 technology firms, and today that number has grown to 1,472': what was counted before
        if canon == "count" and metric == "count" and re.search(r"\b(?:at|aged?)\s+$", text[max(0, s - 6):s], re.I):
            continue  # 'Sophia Antipolis at 55': an age, counting nothing
        if canon == "count" and re.search(r"\b(?:are|is|were|was|aged|those|people)\s+(?:under|over|below|above)\s+$", text[max(0, s - 20):s], re.I) \
                and re.match(r"\s*(?:[),.;]|$|years?\b)", text[e:]):
            continue  # '40% of the population are under 30': an age
        out.append(Quantity(s, e, text[s:e], val, canon, qual, metric))
    out += _worded_measures(text, out)
    out = _compound_times(sorted(out, key=lambda q: q.start), text)
    return _compared(_partitives(_merge_equivalents(_listed_changes(_listed_before_noun(_colon_list(
        _bare_amounts_compared(out, text), text), text), text), text), text), text)


# between an amount and a bare one it is compared with: ' (in 2020 - ', ' compared to ', ' up from '
_COMPARED_AMOUNT_EN = re.compile(r"\s*\((?:in\s+)?(?:(?:19|20)\d\d\s*[-–:]\s*)?|[^.;()]{0,40}?\b(?:compared\s+(?:to|with)|against|versus|vs\.?|up\s+from|down\s+from)\s+", re.I)


def _bare_amounts_compared(qs: list[Quantity], text: str) -> list[Quantity]:
    """A bare amount in millions or billions compared with an amount of money before it is money in
    the same currency, of the same kind: '58.9 billion roubles (in 2020 - 39.5 billion)', 'taxes of
    14.3 billion roubles compared to 10 billion in 2020'."""
    for k in range(1, len(qs)):
        p, q = qs[k - 1], qs[k]
        if is_money(p.unit) and q.unit == "count" and re.search(r"(?:million|billion|trillion|bn|mn)\s*$", q.text, re.I) \
                and _COMPARED_AMOUNT_EN.fullmatch(text, p.end, q.start):
            q.unit, q.metric = p.unit, p.metric
    return qs


def _listed_changes(qs: list[Quantity], text: str) -> list[Quantity]:
    """Percentages listed after a change share it: 'a year-on-year increase of 149 percent and 196
    percent respectively', '증가율은 각각 19%와 10%에 그쳤다'."""
    for k in range(1, len(qs)):
        p, q = qs[k - 1], qs[k]
        if p.unit == q.unit == "percent" and metric_code(p.metric, "percent", True) in ("growth", "decline") \
                and q.metric == unit_label("percent") \
                and re.fullmatch(r"(?:\s+[a-z]+ly)?\s*(?:,\s*)?(?:and|or|,|와|과|및)\s*", text[p.end:q.start]):
            q.metric = p.metric  # (and 'up 47% federally, 40% provincially, and 16% municipally')
    return qs


def _listed_before_noun(qs: list[Quantity], text: str) -> list[Quantity]:
    """Bare numbers listed before a counted noun share it: '331 IT, 75 BT, and 61 CT companies'."""
    for k in range(len(qs) - 2, -1, -1):
        q, nxt = qs[k], qs[k + 1]
        between = text[q.end:nxt.start]
        if q.unit == "count" and nxt.unit == "count" and nxt.metric != "count" and (q.metric == "count" and re.fullmatch(
                r"\s+[\w&\-]+(?:\s+[\w&\-]+)?,\s*(?:and\s+|or\s+)?|\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", between)
                or re.fullmatch(r"\s+(?:and|or)\s+", between)):  # (and '500 and 300 firms respectively'; '£33m of
            q.metric = nxt.metric  # investment supporting 3,450 and 3,660 start-ups': no noun of its own, whatever came before)
    return qs


def _colon_list(qs: list[Quantity], text: str) -> list[Quantity]:
    """Bare numbers listed after a colon share what the count before the colon counts: '194
    companies within the corridor: 66 in Cyberjaya, 81 in Technology Park Malaysia'."""
    for k, q in enumerate(qs):
        if q.unit != "count" or q.metric == "count":
            continue
        colon = text.find(":", q.end)
        if colon < 0 or re.search(r"[.;!?]", text[q.end:colon]):
            continue
        for later in qs[k + 1:]:
            if later.start > colon and later.unit == "count" and later.metric == "count" \
                    and not re.search(r"[.;!?]", text[colon:later.start]):
                later.metric = q.metric
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
    return bool(rx[f"{lang}_before"].search(text[max(0, s - 30):s]) or rx[f"{lang}_after"].match(text[e:e + 40]))


@per_rules
def _number_words_rx() -> tuple[re.Pattern, dict[str, float]]:
    words = {str(k).lower(): float(v) for k, v in (_q().get("number_words_en") or {}).items()}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "\x00"
    return re.compile(rf"\b({alt})[\s-]", re.I), words


def _worded_measures(text: str, found: list[Quantity]) -> list[Quantity]:
    """'one square mile', 'two hours', 'a ten-minute walk': a number word before a unit of
    measure (area, distance, time); never before a count noun."""
    rx, words = _number_words_rx()
    out = []
    for m in rx.finditer(text):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        after = text[m.end() - 1:m.end() + 40]
        u = nu.match_english_unit(" " + after[1:].replace("-", " ") if after[:1] == "-" else after)
        if not u or u[1] not in ("m2", "km", "hour", "day") or _not_a_figure_en(text, m.start(), m.end() - 1):
            continue  # (nor a span: 'within three to seven days')
        surface, cat, factor = u
        s, e = m.start(), m.end() - 1 + len(surface)
        val, canon = nu.to_canonical(words[m.group(1).lower()], cat, factor)
        qual = nu.english_qualifier(text[max(0, s - 30):s], text[e:e + 12])
        metric = (canon == "hour" and _travel_cue_en(text, s, e) and "travel time") or _english_metric(text, s, e, canon)
        out.append(Quantity(s, e, text[s:e], val, canon, qual, metric))
    return out


@per_rules
def _travel_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(English after, English before, Korean after, Korean before) cues that make a time a
    travel time."""
    t = _metric_rules().get("travel_time") or {}
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws or ["\x00"], key=len, reverse=True))  # noqa: E731
    return (re.compile(rf"\s*(?:[A-Za-z\-]+\s+){{0,2}}?(?:{alt(t.get('english_after'))})\b", re.I),
            re.compile(rf"\b(?:{alt(t.get('english_before'))})\s+(?:\w+\s+){{0,3}}$", re.I),
            re.compile(rf"\s*(?:\S+\s+){{0,1}}?(?:{alt(t.get('korean_after'))})"),
            # 까지 after a date ends a period (2018년 12월까지 총 4,400시간), not a way somewhere
            re.compile(rf"(?:{alt(t.get('korean_before')).replace('까지', r'(?<![0-9년월일])까지')})"
                       rf"\s*(?:[^\s\d]+\s+)?(?:약|대략|불과)?\s*$"))


def _travel_cue_en(text: str, s: int, e: int) -> bool:
    """'20 minutes away', 'a 1-hour trip', 'takes about 30 minutes', '25 minutes by road'."""
    after, before, _, _ = _travel_cues()
    return bool(after.match(text[e:e + 40]) or before.search(text[max(0, s - 40):s]))


def _travel_cue_ko(text: str, s: int, e: int) -> bool:
    """'공항까지 20분 거리', '약 25분이 걸리는', '차로 30분 소요', '공항까지 지하철로 10분'."""
    _, _, after, before = _travel_cues()
    return bool(after.match(text[e:e + 12]) or before.search(text[max(0, s - 16):s]))


# (and the whole of a ratio: 'six in 10 firms', '8 out of 10 employees')
_DENOMINATOR_EN = re.compile(r"\bper\s*$|\bfor\s+every\s*$|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+$", re.I)


def _not_a_figure_en(text: str, s: int, e: int) -> bool:
    """A denominator ('8.1 tech workers per 100 residents', 'per 1,000 inhabitants') is not a
    figure, nor an age ('celebrated 50 years of operation', 'will celebrate 14 years of history'),
    nor the span of a period ('over the 12 months to April 2017', 'over the last 12 months')."""
    return bool(_DENOMINATOR_EN.search(text[max(0, s - 12):s])) or bool(_MONTHS_OF_PERIOD_EN.match(text, e)) \
        or bool(_MULTIPLE_EN.match(text, e)) \
        or bool(_LAST_N_EN.search(text[max(0, s - 20):s]) and _SPAN_UNIT_EN.match(text, e)) or bool(
        _AGE_EN.match(text, e) and (_AGE_OF_EN.match(text, e) or _CELEBRATES_EN.search(text[max(0, s - 30):s])))


# over the last 12 months; 37 companies left in 6 months; within two weeks
_LAST_N_EN = re.compile(r"\b(?:the|its|their)\s+(?:last|past|previous|next|coming|first)\s+$"
                        r"|\b(?:in|within|after)\s+(?:just\s+|only\s+)?(?:\w+\s+(?:to|or)\s+)?$", re.I)  # within three to seven days
_SPAN_UNIT_EN = re.compile(r"\s+(?:months?|weeks?|quarters?|days?|years?|decades?)\b", re.I)
_MONTHS_OF_PERIOD_EN = re.compile(r"\s+months\s+(?:to|ending|ended|through)\s+[A-Z]", re.I)  # the 12 months to April 2017
# 'that number has grown to an astonishing …', 'the figure now stands at …': the count before, again
THAT_NUMBER_EN = re.compile(r"\b(?:that|this|the)\s+(?:number|figure|total|count|tally)\s+(?:has\s+|had\s+|have\s+|now\s+)*"
                            r"(?:grown|risen|rose|increased|climbed|jumped|swelled|reached|hit|stands|stood|fallen|fell|dropped|shrunk|is|was)"
                            r"\s+(?:to\s+|at\s+)?(?:an?\s+[a-z]+\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|just\s+)?$", re.I)
_AGE_EN = re.compile(r"\s*-?(?:years?|yrs?)\b", re.I)
# a multiple, no figure: '159-times the 1999 amount', 'over 50 times greater than', 'a 14-fold rise'
_MULTIPLE_EN = re.compile(r"(?:-|\s)(?:times\s+(?:greater|more|larger|bigger|higher|faster|smaller|less|as|the|that|what|its|their)\b|times\b(?=\s*[,.;)])|fold\b)", re.I)
_AGE_OF_EN = re.compile(r"\s*-?(?:years?|yrs?)\s+(?:of\s+)?(?:operation|operations|history|existence|activity|service)\b", re.I)
_CELEBRATES_EN = re.compile(r"\b(?:celebrat\w*|marks?|marked|marking|turns?|turned)\s+(?:its\s+|their\s+|the\s+)?$", re.I)


@per_rules
def _hyphen_modifiers() -> frozenset[str]:
    return frozenset(w.lower() for w in _q().get("hyphen_modifiers_en") or [])


_EN_SKIP = {"of", "the", "a", "an", "in", "and", "which", "its", "their", "some", "about", "than", "more", "over",
            "total", "nearly", "around", "almost", "up", "to", "at", "least", "new", "local", "global", "foreign",
            # a verb between the noun and its figure: "revenue reached NT$1.6 trillion"
            "is", "was", "are", "were", "reached", "totalled", "totaled", "totals", "stood", "hit", "exceeded",
            "amounted", "topped", "surpassed"}


@per_rules
def _en_modifiers() -> frozenset[str]:
    return frozenset(_metric_rules().get("english_modifiers") or [])


def _english_metric(text: str, s: int, e: int, unit: str) -> str:
    """What an English figure counts, in order: the noun phrase right after it, read from its head
    ('2,500 engineers a year', '50,000 knowledge workers', '£1.2bn of venture capital investment');
    else the nearest metric noun before it in its clause (its subject: 'Venture funding raised by
    local firms fell to C$610 million'; 'Population (2020) | 71,000'). A job count with a verb
    creating or cutting jobs is a change in jobs ('could create 4,000 jobs', 'shed 4,000 jobs')."""
    np_text = re.split(r"[,.;:()\[\]|]", re.sub(r"\bPh\.\s?D\.?s?(?=\W|$)", "PhDs", text[e:e + 60]), maxsplit=1)[0]  # Ph.D.s
    np_text = re.split(r"\s[$€£¥₩]?\d", np_text, maxsplit=1)[0]  # '1,300 companies and 18 institutions': the next figure's words are its own
    after = re.findall(r"[A-Za-z][A-Za-z&\-]*", np_text)
    if len(after) >= 3 and after[0] == "of" and after[1] in ("these", "those", "them", "which") and after[2] in ("are", "were"):
        after = after[2:]  # 'Over 2,670 of these are high-tech enterprises': what they are
    if len(after) >= 2 and after[0] in ("are", "were") and after[1] not in ("expected", "planned", "due", "set", "to", "in", "on", "at"):
        after = after[1:]  # 'more than 1,400 are research institutions'
    if after[:1] == ["of"]:  # "£1.2bn of venture capital investment"
        after = after[1:]
    phrase = _noun_phrase(after)
    if not phrase and after[:1] and after[0].lower() in ("in", "of"):  # "$29 million in seed funding"
        phrase = _noun_phrase(after[1:])
    label = _phrase_label(phrase)
    if is_money(unit) and phrase and phrase[-1].lower() in _BUILDINGS_EN:
        label = "investment"  # 'the £20m production facility', 'a $50m research centre': what the building cost
    if label is None and unit == "count" and phrase and re.fullmatch(r"[a-z][a-z\-]{2,}s", phrase[0]) and phrase[0] not in _NP_STOP:
        label = phrase[0]  # '3,000 desks': a plural noun no rule knows still says what is counted (code: other)
    if "and" in phrase or "or" in phrase:  # '300 technology companies and start-ups': coordinated heads, the first counts
        k = phrase.index("and") if "and" in phrase else phrase.index("or")
        left = _phrase_label(phrase[k - 1:k])
        right = len(phrase) - k - 1
        # (a longer second head only after firms: '57 businesses and research centers'; '1,900 start-ups
        # and technology companies' are companies, the head)
        if left and _phrase_label(phrase[k + 1:]) and (right == 1 or (right <= 3 and metric_code(left, "count", True) == "companies")):
            label = left
    if label is None and (listed := _ADJECTIVES_LISTED.match(text, e)):
        label = _phrase_label(_noun_phrase(listed.group(1).split()))  # '36 public, academic and private sector R&D centres'
    if label is None and not phrase and (field := _FIELD_LABEL.search(text[max(0, s - 60):s])):
        label = _phrase_label(field.group(1).split())  # an infobox line: 'Companies: about 300'
    if label is None and not phrase:  # nothing counted after it: the clause's noun before it
        a, _ = segment_bounds(text, s)
        before = re.findall(r"[A-Za-z][A-Za-z&\-]*", text[max(a, s - 90):s])
        number_of = _NUMBER_OF.search(text[max(a, s - 140):s])
        if unit == "percent" and any(w.lower() in ("share", "proportion", "percentage") for w in before[-8:]):
            label = "share"  # its share of UK venture capital rose to 25%: a share of something
        elif number_of and unit == "count" and (lab := _phrase_label(_noun_phrase(number_of.group(1).split()))):
            label = lab  # 'the number of employees working at scientific institutions totalled 4,100'
        else:
            label = _phrase_label(before[-8:])
        if label == "clusters" and unit == "count" and (earlier := [lab for m in re.finditer(r"\d[\d,.]*\s+([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?)", text[:s])
                                                                   if (lab := _phrase_label(_noun_phrase(m.group(1).split()))) and lab != "clusters"]):
            label = earlier[-1]  # 'Having held 18 companies in 2001, the Cluster now boasts 336': the cluster is the subject, firms are counted
        if label is None and a > 0 and _NO_SUBJECT_EN.match(text[a:s]):
            # 'Student numbers slipped slightly, to 6,300': the complement of the clause before;
            # 'The number of tenant firms, mostly small companies, had risen to 1,367': its subject
            # before an aside (two segments back at most)
            pa, _ = segment_bounds(text, a - 2)
            relative = re.match(r"\s*(?:which|that)\b", text[a:s], re.I)  # ', which stood at': the noun before it
            if pa > 0 and not relative and not re.match(r"\s*(?:to|from|by)\b", text[a:s], re.I):
                ppa, _ = segment_bounds(text, pa - 2)
                label = _phrase_label(re.findall(r"[A-Za-z][A-Za-z&\-]*", text[ppa:pa])[:6])
            label = label or _phrase_label(re.findall(r"[A-Za-z][A-Za-z&\-]*", text[pa:a])[:4 if not relative else 8])
        if label is None and is_money(unit):
            # 'Production in the first quarter of this year reached 445.6 billion won': the clause's subject
            label = _phrase_label(re.findall(r"[A-Za-z][A-Za-z&\-]*", text[a:s])[:2])
    if label is None and text[max(0, s - 1):s] == "(" and text[e:e + 1] == ")":
        # 'Pharmaceutical firms made up the largest group (33)': the clause's noun counts it
        a, _ = segment_bounds(text, s)
        label = next((lab for w in reversed(re.findall(r"[A-Za-z][A-Za-z\-]*", text[a:s])[-12:])
                      if (lab := _metric_noun(w) or (_metric_noun(w[:-1]) if w.endswith("s") else None))), None)
    if label in ("people", "persons") and (_SETTLEMENT_OF.search(text[max(0, s - 50):s]) or _RESIDING.match(text, e)):
        label = "population"  # 'a city of roughly 410,000 people', '36,000 people residing in the district': who live there
    if label in ("jobs", "employees", "workers", "employment") and ((change := _JOB_CHANGE.search(text[max(0, s - 30):s]))
                                                                     or _NEW_JOBS.match(np_text)):
        lost = change is not None and re.match(r"(?:cut|shed|los|lay)", change.group(0), re.I)
        label = "jobs lost" if lost else "jobs created"  # (the loss of 600 jobs, shed 4,000 jobs)
    spec = _specialiser(after + re.findall(r"[A-Za-z][A-Za-z\-]*", text[max(0, s - 40):s]))
    if is_money(unit) and (label is None or label in _COUNT_LABELS or metric_code(label, unit, True) not in _MONEY_OR_OTHER):
        a, b = segment_bounds(text, s)
        label = _money_cue_en(text[a:b]) or _money_cue_en(text[max(0, s - 120):s + 60])
    return _compose(label, spec, unit)


def is_money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


@per_rules
def _money_cues_rx() -> tuple[re.Pattern, dict[str, str]]:
    cues = {str(k).lower(): str(v) for k, v in (_metric_rules().get("money_cues_en") or {}).items()}
    alt = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) or "\x00"
    return re.compile(rf"\b(?:{alt})\b", re.I), cues


def _money_cue_en(clause: str) -> str | None:
    """What an amount of money is, from the first money word of its clause (None: not said)."""
    rx, cues = _money_cues_rx()
    clause = re.sub(r"(?<=[\d\s])(?:(?:thousand|million|billion|trillion|bn|mn)\s+)?won\b", " ", clause, flags=re.I)  # the currency, not 'won a grant'
    clause = re.sub(r"\b(?:R&D|research(?:\s+and\s+development)?)\s+(?:centers?|centres?|campus(?:es)?|hubs?|facilit(?:y|ies)|buildings?|"
                    r"complex(?:es)?|parks?|institutes?|labs?|laborator(?:y|ies))\b", " facility ", clause, flags=re.I)  # a building, not R&D spending
    m = rx.search(clause)
    if m and cues[m.group(0).lower()] == "investment" and re.search(r"\bon\s+(?:r&d|research)\b", clause, re.I):
        return cues.get("r&d", "investment")  # 'spent C$2.1 billion on research and development'
    return cues[m.group(0).lower()] if m else None


# buildings an amount of money right before them pays for
_BUILDINGS_EN = frozenset({"facility", "facilities", "factory", "factories", "plant", "plants", "centre", "center", "building",
                           "buildings", "campus", "headquarters", "hq", "lab", "laboratory", "unit", "site", "hub", "tower"})

# 'the number of employees (working at …)': the noun after it is what is counted
_NUMBER_OF = re.compile(r"\b(?:[Tt]he|[Aa])\s+(?:total\s+)?number\s+of\s+([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3})")
# a clause part that opens with its verb or a preposition: its subject is in the part before
_NO_SUBJECT_EN = re.compile(r"\s*(?:to|from|by|which|that|had|has|have|was|were|is|are|rose|fell|grew|increased|decreased|"
                            r"totalled|totaled|reached|stood|numbered|surged|soared|jumped|climbed|dropped|declined|slipped|doubled|tripled)\b", re.I)
# a field label opening a line or cell, then the number: 'Employees: approximately 2,000'
# (its date or note in brackets may follow the label: 'Population (April 1, 2019)[1] | 251,857')
# words listed before the noun a number counts: '36 public, academic and private sector R&D centres'
_ADJECTIVES_LISTED = re.compile(r"\s+(?:[a-z\-]+,\s+){1,4}[a-z\-]+\s+(?:and|or)\s+([A-Za-z&\-]+(?:\s+[A-Za-z&\-]+){0,4})")
_FIELD_LABEL = re.compile(r"(?:^|\n|[|•·;])\s*(?:[-–*▪◦]\s+)?([A-Za-z][A-Za-z ,&/\-]{1,60}?)\s*(?:\([^()]{0,30}\)\s*)?(?:\[\d{1,3}\]\s*)*[:：|]\s*(?:(?:about|around|approximately|approx\.|some|over|"
                          r"more\s+than|nearly|roughly|c\.)\s+)?$", re.I)
# words that end an English noun phrase after a number
_NP_STOP = {"of", "in", "at", "on", "to", "from", "for", "by", "with", "and", "or", "a", "an", "the", "that", "which",
            "who", "per", "each", "every", "last", "this", "next", "since", "between", "than", "over", "under",
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "employing", "employed",
            "working", "based", "located", "across", "into", "up", "down", "while", "as", "its", "their"}
_SETTLEMENT_OF = re.compile(r"\b(?:city|town|municipality|metropolis|suburb)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
                            r"nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+(?:over|under)\s+)?$", re.I)
_RESIDING = re.compile(r"\s+(?:people|persons)\s+(?:who\s+)?(?:resid\w*|liv(?:e|es|ing)\b|dwell\w*)", re.I)
_JOB_CHANGE = re.compile(r"\b(?:creat\w*|add\w*|cut\w*|shed\w*|los[est]\w*|lay\w* off|brings?|bringing|generat\w*)\b"
                         r"(?:\s+\w+){0,3}\s*$", re.I)
_NEW_JOBS = re.compile(r"\s*(?:new|additional|extra)\s+(?:[\w-]+\s+)?jobs\b", re.I)


_VERB_BEFORE_PREP = frozenset({"amounts", "amount", "accounts", "account", "stands", "stand", "comes", "come", "adds", "add",
                               "equals", "corresponds", "rises", "falls", "grows"})


def _noun_phrase(words: list[str]) -> list[str]:
    """The words of the noun phrase that opens ``words``: up to a function word or a verb."""
    out: list[str] = []
    if len(words) >= 2 and words[0].lower() in _VERB_BEFORE_PREP and words[1].lower() in ("to", "for", "at", "up"):
        return out  # '4 million amounts to a quarter', '58% accounts for': a verb, no noun counted
    for k, w in enumerate(words[:6]):
        if w.lower() in ("and", "or") and out and k + 1 < len(words) and words[k + 1].lower() not in _NP_STOP:
            out.append(w)  # 'equipment and materials firms': coordinated modifiers
            continue
        if w.lower() in _NP_STOP:
            break
        if out and re.fullmatch(r"[a-z]+ed", w) and re.fullmatch(r"[a-z]{3,}s", out[-1]):
            break  # '15 media outlets visited institutes': a verb after the plural noun ends the phrase
        out.append(w)
    return out


def _phrase_label(words: list[str]) -> str | None:
    """The metric label of a run of words: the longest known phrase (four words down to two), else
    a known word, read from the right (a noun phrase's head comes last); a plural is tried in the
    singular ('19 football pitches': none)."""
    for n in (4, 3, 2):
        for k in range(len(words) - n, -1, -1):
            if (lab := _metric_noun(" ".join(words[k:k + n]))):
                return lab
    for w in reversed(words):
        lw = w.lower()
        lab = _metric_noun(w) or (_metric_noun(w[:-1]) if w.endswith("s") and len(w) > 3 else None) \
            or (w[:1].isupper() and (_metric_noun(lw) or _metric_noun(lw + "s"))) or None  # 'Student numbers'
        if lab:
            return lab
    return None


def segment_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: between separators ', ' ';' ':' (not inside 22,000)."""
    seps = _separators(text)
    k = bisect_left(seps, pos)
    return (seps[k - 1] + 1 if k else 0), (seps[k] if k < len(seps) else len(text))


_SEPARATOR = re.compile(r"[,;:]\s|\s[–—]\s")


@lru_cache(maxsize=4096)  # asked for every figure of a sentence
def _separators(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _SEPARATOR.finditer(text))


_YEAR_BEFORE = re.compile(r"(?:전년|전년도|작년|한\s*해\s*전|1\s*년\s*전)\s*[(（]\s*$")
_LISTED_WITH_EN = re.compile(r"(?:\s+of\s+[^,;.\d]{1,60}?)?\s*,\s*(?:and\s+)?|(?:\s+of\s+[^,;.\d]{1,60}?)?\s+and\s+")
_DATE_OF_FIGURE_EN = re.compile(r"\s+(?:(?:[a-z]+\s+)?(?:in|during|as\s+of|by)\s+(?:the\s+year\s+)?)?", re.I)
# '56,000 workers more than in the year 2000', 'up 12% compared with 2019': the year compared with
_COMPARED_BASE_EN = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:in\s+|at\s+)?(?:the\s+(?:year\s+)?|the\s+end\s+of\s+)?$", re.I)
_ASIDE_OF_PERCENT = re.compile(r"[%％]\s*[(（]\s*$")  # 7.2%(5308명): the same change, counted
_COMPARED_BASE = re.compile(r"\s*(?:같은\s*기간|동기|동월|동분기)?\s*(?:\([^()]{0,30}\))?\s*(?:보다|대비|에\s*비해|와\s*비교|과\s*비교)"
                            # the year's figure named, then compared with: 2021년 매출(120조원)보다, 2021년 매출보다
                            r"|\s*[가-힣]{1,6}\s*(?:\([^()]{0,30}\)\s*(?:보다|대비|에\s*비해)|보다)"
                            # the year's figure, then compared with: 2011년 83개에 비해
                            r"|\s*[\d.,]+\s*(?:[만천억조]\s*[\d.,]*\s*)*[가-힣]{0,3}\s*(?:보다|대비|에\s*비해|와\s*비교|과\s*비교)")
_CHANGE_TO_LEVEL = re.compile(r"\s*to\s+(?:more\s+than\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?[$€£¥₩]?\s*", re.I)


# a word for the present between a date and a figure: the figure is today's, not the date's
_NOW = re.compile(r"\b(?:now|today|currently|presently|nowadays|at present)\b|(?<![가-힣])(?:지금은|오늘날|현재는)", re.I)


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
    bases = [p for p in periods if _COMPARED_BASE.match(text, p[1]) or _COMPARED_BASE_EN.search(text, max(0, p[0] - 30), p[0])]
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
        own_base = next((p for p in bases if q.start >= p[1] and (re.fullmatch(r"\s*(?:[가-힣]{1,6}\s*)?\(\s*", text[p[1]:q.start])
                                                                   or re.fullmatch(r"\s*", text[p[1]:q.start]))), None)
        if own_base is not None:
            q.period, q.compared = (own_base[2], own_base[3]), True
            continue
        inside = [p for p in periods if p[0] >= a and p[1] <= b and p not in bases]
        # (not the date of an earlier figure, said right after it: 'from 3,437 in 2000 to 8,823')
        # (nor a past date a 'now' parts from the figure: 'developed in 1959 and now includes over 170 companies')
        before = [p for p in inside if p[1] <= q.start and not (lang != "ko" and any(
            o is not q and o.end <= p[0] and _DATE_OF_FIGURE_EN.fullmatch(text, o.end, p[0]) for o in qs))
            and not _NOW.search(text, p[1], q.start)]
        # ... and not past another figure, unless that one is the level this change reached:
        # 'rose by 3.5% to more than €4.0 billion in 2024'
        after = [p for p in inside if p[0] >= q.end and not any(
            q.end <= o.start and o.end <= p[0] and not _CHANGE_TO_LEVEL.fullmatch(text[q.end:o.start]) for o in qs if o is not q)
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
        elif opening:
            q.period = (opening[-1][2], opening[-1][3])
        elif (stood := [p for p in standing if p[1] <= q.start]):
            q.period = (stood[-1][2], stood[-1][3])
        elif leading and q.start >= leading[0][1]:
            q.period = (leading[0][2], leading[0][3])
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
    for q in qs:  # 전년(2조5200억원)보다, 1년 전(14조원)보다: the same span a year earlier
        if q.period and _YEAR_BEFORE.search(text[max(0, q.start - 12):q.start]) \
                and not any(p[0] < q.start <= p[1] + 2 for p in periods):
            q.period = tuple(f"{int(d[:4]) - 1:04d}{d[4:]}".replace("-02-29", "-02-28") for d in q.period)
    return [p for p in periods if p not in bases]  # the sentence's periods, for the caller's 'the same year'
    # (not a date only compared with)
