"""Korean figures: numerals from Kiwi's SN/NR morphemes with their counter or unit, normalized to
the contract's canonical units, with qualifier and a short metric label read from the nouns around
them (rules: units.yaml korean, metrics.yaml nouns). Shared passes live in ``statistics``."""
from __future__ import annotations

import itertools
import re

from pipeline.extract import numbers as nu
from pipeline.extract.normalise import metric_code
from pipeline.extract.names import compact_ko_heads
from pipeline.korean import is_hangul
from pipeline.nlp import doc_text
from pipeline.rules import load_rules, per_rules
from pipeline.extract.statistics import (
    Quantity, _size_comparison_rx, _ASIDE_OF_PERCENT, _COUNT_LABELS, MONEY_CODES, _MONEY_OR_OTHER, _change_label, _change_words,
    _compared, _compose, _compound_times, _listed_changes, _merge_equivalents, _metric_noun, _metric_rules,
    _partitives, _q, _specialiser, _surveyed, _travel_cues, is_money, unit_label,
)


_PASSED_VERBS_KO = ("넘", "웃돌", "웃도", "넘어서")  # 100개가 넘는 기업: what a count passes before its noun
_KO_NUMERAL_WORD = re.compile(r"[일이삼사오육칠팔구]?[십백천만억조경]+")
# the units a table's unit note lists, up to a scale word read as a numeral: '(단위: 개, 명, 억원)'
_UNIT_NOTE_BEFORE = re.compile(r"단위\s*[:：]\s*(?:[^\d\s,)]{1,4}\s*[,·ㆍ/]\s*)*$")


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


def _change_kind(metric: str) -> str | None:
    """'growth' or 'decline' when a label is a change ('companies decline', 'growth'), else None."""
    kind = metric.rsplit(" ", 1)[-1]
    return kind if kind in ("growth", "decline") else None


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
    if len(nxt) > 1 and nxt[0].text in ("아래", "밑", "이하", "미만", "이상", "위", "대") and nxt[1].text in ("로", "으로"):
        return None  # 공실률은 5% 아래로 떨어졌다: a bound of the level reached, not the change
    if adjacent:
        # (an amount of money may take its particle first: 1조 3,900억원이 줄어든; money does not grow
        # by itself, a count may: 600여 개가 성장해 is the firms growing)
        # (a count too, before 증가, 늘, 급증 only: 946명이 증가하는 등, 1천678명(2.6배)가 늘어났다)
        # (a qualifier may stand between: 7백 명 가량 늘었습니다)
        skip = 1 if len(nxt) > 1 and nxt[0].text in _qualifier_words() else 0
        skip += 1 if len(nxt) > skip + 1 and nxt[skip].text in ("이", "가") and nxt[skip].tag_.startswith("J") else 0
        kind = next((k for k, w in _change_words().items() for t in nxt[skip:skip + 1] if t.text.startswith(w.get("korean_count", ()))), None)
    else:
        # (particles, brackets and adverbs skipped: 367%가 각각 늘었다, where Kiwi may read 가 as a verb)
        after = [(k, t) for k, t in enumerate(nxt) if not t.tag_.startswith(("J", "SS", "MAG"))
                 and not (k == 0 and t.text in ("가", "이"))][:2]
        # (a verb with its ending glued on, as written: 올|랐 is 올랐)
        forms = [t.text + (nxt[k + 1].text if t.tag_.startswith("VV") and not t.whitespace_ and k + 1 < len(nxt) else "")
                 for k, t in after]
        kind = next((k for k, w in _change_words().items() for f in forms if f.startswith(w.get("korean", ()))), None)
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
        glued = k > 0 and toks[k - 1].tag_.startswith("NN") and not toks[k - 1].whitespace_
        if t.tag_.split("+")[0] in ("NNG", "NNP", "SL") and (subject := _rate_noun(toks, k) or (glued and _metric_noun(toks[k - 1].text + t.text))
                                                             or (glued and t.text in _relational_heads() and _metric_noun(toks[k - 1].text))
                                                             or _metric_noun(t.text)):  # (수출|실적: exports, not cases)
            break  # (연구|인력이 5.7% 감소: researchers, the whole word, not 인력 alone)
        if k == first - 2 and toks[first - 1].tag_.startswith(("JKO", "JKS")) and t.tag_.split("+")[0] == "NNG" \
                and t.text not in _relational_heads() and not _metric_noun(t.text):
            break  # '통근버스 노선을 3개 늘릴': the object counted is no metric, not the workers named before it
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


def _is_numeral_token(t) -> bool:
    tag = t.tag_.split("+")[0]
    if tag == "SN":
        return bool(re.fullmatch(r"[\d,]+(?:\.\d+)?", t.text))
    if tag == "NR":
        return bool(_KO_NUMERAL_WORD.fullmatch(t.text))
    return False


_SPOKEN_DECIMAL_UNIT = re.compile(r"\s?(?:%|％|퍼센트|프로|배|포인트)")


def _spoken_decimal(toks: list, j: int, text: str) -> bool:
    """Whether the digits at token ``j`` go on with 점 and more digits, all written as one word,
    before a percentage or a multiple: 64점5%, 3점7% 포인트, 2점5배 (how broadcast scripts write a
    decimal point). A score is no decimal: 4점5점 만점."""
    if j + 2 >= len(toks) or toks[j + 1].text != "점" or not re.fullmatch(r"\d+", toks[j].text) \
            or not re.fullmatch(r"\d+", toks[j + 2].text):
        return False
    a, b, c = toks[j], toks[j + 1], toks[j + 2]
    if a.idx + len(a.text) != b.idx or b.idx + 1 != c.idx:
        return False
    return _SPOKEN_DECIMAL_UNIT.match(text, c.idx + len(c.text)) is not None


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
        point = _spoken_decimal(toks, j, text)
        if point:
            j += 2  # 64점5%: a broadcast script's decimal point, read out as 점
        if j + 2 < len(toks) and toks[j + 1].text == "여" and toks[j + 2].text in ("만", "억", "조") \
                and toks[j].idx + len(toks[j].text) == toks[j + 1].idx and toks[j + 2].idx - toks[j + 1].idx in (1, 2):
            j += 2
            about = True
        s, e = t.idx, toks[j].idx + len(toks[j].text)
        if i > 0 and toks[i - 1].text in ("만", "천", "백") and toks[i - 1].idx + 1 == s \
                and (toks[i - 1].idx == 0 or text[toks[i - 1].idx - 1].isspace()):
            s = toks[i - 1].idx  # 일자리 만7천 개: a leading 만 (one ten-thousand) that Kiwi read as the particle 'only'
        i = j + 1
        before = text[max(0, s - 8):s]
        if re.search(r"[A-Za-z\-]$", before) or _identifier_before(before.rstrip(), id_before):
            continue
        if re.match(r"[A-Za-z]", text[e:e + 1]) and not nu.match_korean_unit(text[e:]):
            continue  # 5G, 3D: a name, not a number
        if re.match(r"\s?[./]\s?\d", text[e:e + 4]):  # dates 2019. 7. 8. and fractions
            continue
        if re.match(r"[십백천만억조]", text[s:e]) and re.search(r"(?<![가-힣])수\s?(?:십|백|천)?$", text[max(0, s - 3):s]):
            continue  # 수십만 명, 수천 개: 'some tens of thousands', no figure
        if text[s:e] in ("만", "억", "조", "백만", "천만") and _UNIT_NOTE_BEFORE.search(text, max(0, s - 24), s):
            continue  # (단위: 개, 명, 억원): a unit a note names, no figure
        value = nu.parse_ko_number(text[s:e].replace("여", "") if about else text[s:e].replace("점", ".") if point else text[s:e])
        if value is None:
            continue
        rest = text[e:]
        suffix = ""
        m = re.match(r"\s?여(?=\s?\S)", rest)
        if m and nu.match_korean_unit(rest[m.end():]):
            suffix, rest = m.group(0), rest[m.end():]
        unit = nu.match_korean_unit(rest)
        band = text[e - 1:e] in ("억", "조") and re.match(r"대(?:의|로|를|가|이|\s|[,.]|$)", rest) is not None
        if band:
            unit = ("대", "currency", "KRW", None)  # 1조 2,000억대 투자유치: an amount of that order, in won
        scaled = _scaled_currency_rx().match(rest) if unit is None and text[e - 1:e] in ("만", "억", "조") else None
        if scaled:
            unit = (scaled.group(0), "currency", _scaled_only_currency()[scaled.group(1)], None)  # 94조8천억 동
        bare = _bare_counted_noun(text, e, value) if unit is None else None
        if bare is not None:
            suffix, unit = bare[0], ("", "count", 1.0, None)  # 1만9500여 기업들이: no counter, the noun counted
        elif unit is None and text[e - 1:e] in ("억", "조") and (_won_implied(text, s) or _money_noun_after(text, e)):
            unit = ("", "currency", "KRW", None)  # 총매출 167조7천억, 4조원으로 전년(3조 4947억) 대비: won unsaid
        if unit is None:
            continue
        surface, cat, factor, implied = unit
        if not suffix and any(text.startswith(w, e) and len(w) > len(surface) for w in _q()["ordinal_after_ko"]):
            continue  # 2분기, 3차년도: an ordinal word longer than the counter it starts with (분 is minutes)
        end = e + len(suffix) + len(surface)
        if _not_a_figure_ko(text, s, e, end, value, surface):
            continue
        if surface.strip() in ("명", "인") and _GROUP_BOUND_KO.match(text, end):
            continue  # 종업원 300명 이상 기업은 15곳: the size that makes the group, not a count of people
        if cat == "currency" and (_BAND_BOUND_KO.match(text, end) or _GROUP_BOUND_KO.match(text, end) or (
                _THRESHOLD_KO.match(text, end) and _FIRMS_AS_SUBJECT_KO.search(text, max(0, s - 40), s))):
            continue  # ▲1000억원 이상 11개사 ▲500억원~1000억원 8개사: the bounds of a size band, the count is the figure
            # (40%(78개사)는 연간 10억원 이상의 매출을 올리고; 78곳 年 매출 10억 넘어: the firms' threshold)
        if surface.startswith(" ") and re.search(r"[가-힣]", surface) and re.match(r"[가-힣]", text[end:end + 1]) \
                and not re.match(r"(?:이|가|은|는|을|를|의|에|로|으로|와|과|도|만|씩|이다|였|이며|인|까지|부터|에서|이나|이상|이하|가량|정도|쯤|보다|대비|어치|상당|다(?![가-힣])|였다|며|임(?![가-힣])|입니|라고|이라|라는|라며)",
                                 text[end:end + 2]):
            continue  # '2022 대구 ...': the counter is the start of a word (not a quoted figure: 5억 달러라고 밝혔다)
        if cat in ("day", "year") and re.match(r"[가-힣]", text[end:end + 1] or " ") and not surface.endswith("간"):
            continue
        ranged = _range_low_ko(text, s, e, value)
        if ranged is not None:
            value, s = ranged  # 일자리 1만~1만2000개, 3~5만 명: a range, from its lower bound
        val, canon = nu.to_canonical(value, cat, factor)
        qual = "at_least" if ranged else "approx" if band else nu.korean_qualifier(text[max(0, s - 6):s], suffix or ("여" if about else ""),
                                                                                  text[end:end + 10])
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
        if is_money(canon) and metric == "investment" and _VC_SUBJECT_KO.search(text, max(0, s - 60), s):
            metric = "venture capital"  # 벤처캐피털과 사모펀드가 … 투자한 금액은 33억 달러: what venture funds put in
        out.append(Quantity(s, end, text[s:end], val, canon, qual, metric))
    return _compared(_partitives(_listed_changes(_shared_nouns(_merge_equivalents(_compound_times(out, text), text), text), text), text), text)


@per_rules
def _scaled_only_currency() -> dict[str, str]:
    """Currency words read only right after 만/억/조 (units.yaml korean.scaled_only_currency)."""
    return {str(k): str(v) for k, v in (load_rules("units")["korean"].get("scaled_only_currency") or {}).items()}


@per_rules
def _scaled_currency_rx() -> re.Pattern:
    """One of those words at the start of the text after the number, alone or before a particle (94조8천억 동을)."""
    words = "|".join(map(re.escape, _scaled_only_currency())) or "(?!)"
    return re.compile(rf"\s?({words})(?:(?=을|를|이|가|은|는|의|에|과|와|도|으로|로)|(?![가-힣]))")


@per_rules
def _money_words_ko(codes: tuple[str, ...], shortest: int = 1) -> tuple[str, ...]:
    """The Korean metric nouns (Hangul only, ``shortest`` letters or more) whose code for an amount
    in won is one of ``codes``, longest first."""
    return tuple(sorted((w for w, lab in _metric_rules()["nouns"].items()
                         if re.fullmatch(rf"[가-힣]{{{shortest},}}", str(w)) and metric_code(str(lab), "KRW", True) in codes),
                        key=len, reverse=True))


@per_rules
def _money_nouns_ko() -> re.Pattern:
    """A Korean noun of money measured (매출, 투자비, 예산 …: metric nouns whose code is money's), at
    the end of the text before a figure, a particle or a space between."""
    words = _money_words_ko(("revenue", "investment", "rd_spending", "exports", "venture_capital", "valuation"))
    return re.compile(r"(?:" + ("|".join(map(re.escape, words)) or "(?!)") + r")(?:은|는|이|가|도|만)?\s*$")


def _won_implied(text: str, s: int) -> bool:
    """An amount in 억 or 조 with no 원 after it is money in won after a money noun (총매출 167조7천억),
    in brackets after an amount in won (4조원으로 전년(3조 4947억) 대비), or right after one, a year
    between at most (4조4433억원으로, 2021년 3조4947억 대비)."""
    before = text[max(0, s - 40):s]
    return _money_nouns_ko().search(before[-12:]) is not None \
        or re.search(r"\d\s?(?:억|조|만)?\s?원[^\d()]{0,20}[(（]\s*$", before) is not None \
        or re.search(r"\d\s?(?:억|조)\s?원(?:으로|이며|이고|에서)?\s*,?\s*(?:(?:19|20)\d{2}\s*년(?:도)?\s*)?$", before) is not None
    # (… 4조4433억원으로, 2021년 3조4947억 대비: the amount compared with, right after one in won)


@per_rules
def _money_noun_after_rx() -> re.Pattern:
    words = _money_words_ko(("revenue", "investment", "rd_spending", "exports", "venture_capital"), 2)
    return re.compile(r"\s?(?:" + ("|".join(map(re.escape, words)) or "(?!)") + r")(?:은|는|이|가|을|를|도|로)?(?![가-힣])")


def _money_noun_after(text: str, e: int) -> bool:
    """An amount in 억 or 조 right before a noun of money, as headlines write it with 원 left out:
    '나주에너지밸리 산단에 76억 투자', '매출 200억 달성' is not this (the noun comes first; see _won_implied)."""
    return _money_noun_after_rx().match(text, e) is not None


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


def _identifier_before(before: str, words: tuple[str, ...]) -> bool:
    """The text before a number ends with an identifier word written as a word of its own (표 3, <그림 2>,
    제3차), not as the end of a longer word (고용 목표 1만 4천명: 목표 ends in 표; 경제 3개 분야)."""
    return any(before.endswith(w) and (len(before) == len(w) or not is_hangul(before[-len(w) - 1])) for w in words)


# after an amount: (이상 …) a count of firms: the amount bounds a size band ('▲1000억원 이상 11개사',
# '500억원~1000억원 8개사')
_BAND_BOUND_KO = re.compile(r"\s*(?:이상|이하|미만|초과)?\s*(?:[~∼〜\-]\s*[\d,.]+\s*(?:[조억만천]\s*)*원?\s*(?:이상|이하|미만|초과)?\s*)?"
                            r"\d[\d,]*\s*(?:여\s*)?(?:개사|개\s?(?:기업|업체)|곳|社|개(?![가-힣]))")

# ... or a threshold the firms counted before it pass: '입주 기업 40%(78개사)는 연간 10억원 이상의 매출을'
_THRESHOLD_KO = re.compile(r"\s*(?:을|를)?\s*(?:이상|넘|초과)")
_FIRMS_AS_SUBJECT_KO = re.compile(r"(?:\d\s*(?:개사|곳|개\s?(?:기업|업체)|社)|%)\s*(?:\([^()]{0,12}\))?\s*(?:는|은|이|가|중)?\s+"
                                  r"(?:연간?\s*|年\s*|한\s*해\s*)?(?:매출(?:액)?(?:이|은|가|을)?\s*)?$")

# ... or the bound that makes a group of firms: '연 매출 100억원 이상인 곳은 18.3%', '매출액 50억원 미만
# 기업이 절반을 넘었다', '기업가치 10억 달러 이상 비상장 기업은' (the firms' share or count is the figure, not the bound)
_GROUP_BOUND_KO = re.compile(r"\s*(?:이상|이하|미만|초과|을\s?넘는|를\s?넘는|넘는)(?:인|의|(?:을|를)\s*(?:올리|내|기록하|거두|벌어들이)는)?\s*(?:중소|대|소|중견|벤처|입주|응답|[가-힣]{2,4}\s)?\s?"
                             r"(?:곳|기업|업체|회사|사업체|사업장)(?:들)?(?:이|가|은|는|도|의|을|를|과|와|\s|$)")

# the kinds a study examines, right before its count: 해외 혁신클러스터 10곳
_STUDIED_KINDS_KO = re.compile(r"(?:클러스터|단지|특구|파크|밸리|도시|지구|국가)\s*$")

# an amount followed by the same change in percent: 482억원(1.8%) 감소, 14개사(0.1%) 줄었다
_PERCENT_ASIDE = re.compile(r"\s*[(（][^)）]{0,12}%\s*[)）]")


_RATIO_BASES = (2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000)


def _not_a_figure_ko(text: str, s: int, e: int, end: int, value: float, counter: str) -> bool:
    """Age bands (30대가 40.8%, 50대 이상, 20~30대), denominators (인구 10만 명당, 1천명당) and the
    unit of a table are not figures."""
    if counter.strip() == "대" and value in (10, 20, 30, 40, 50, 60, 70, 80, 90):
        return True
    if counter.strip() == "대" and value <= 20 and re.match(r" (?:[가-힣]{2}|[A-Z]{2,}\b)", text[end:end + 8]):
        return True  # 6대 핵심프로젝트, 3대 과제, 3대 ICT 클러스터: the N major things, not N machines
    if counter.strip() == "대" and re.match(r"\s?(?:대|중견|중소|벤처|상장)?(?:" + "|".join(_institution_nouns_ko()) + ")", text[end:end + 12]):
        return True  # 글로벌 200대 기업, 세계 100대 대학: a ranking (the top N), not N machines
    if counter.strip() == "대" and re.match(r"\s?\d", text[end:end + 3]):
        return True  # 경쟁률 3대 1: a ratio, three to one
    if counter.strip() == "분" and re.match(r"\s?(?:의\s*)?\d", text[end:end + 5]):
        return True  # 3분의 1, 100분 1: a fraction, not minutes
    if counter.strip() == "분" and re.search(r"\d{1,2}\s?시\s?$", text[max(0, s - 5):s]):
        return True  # 03시 00분: a time of day, not minutes spent
    if re.match(r"\s?당(?![가-힣]{2})", text[end:end + 2]) or text[e:e + 2] == "당 ":
        return True
    if re.search(r"\d\s*(?:㎡|m2|평|명|인|개|대|톤|kg|㎏)\s?당\s*(?:(?:평균|약|최대|최고|월|연|연간|매월|매년|하루)\s*)*$", text[max(0, s - 20):s]):
        return True  # 3.3㎡당 평균 480만원, 1인당 월 100만원: a price or a grant per unit, not a figure of the cluster
    if "원" in counter and re.search(r"\d\s*(?:㎡|m2|평)\s?당[^.!?\n]{0,40}?(?:분양가|임대료|임차료|땅값|지가|가격|시세)", text[max(0, s - 60):s]):
        return True  # 3.3㎡당 87만원이던 분양가는 47만9천원으로: the same price per unit, changed
    if counter.strip() in ("%", "퍼센트") and (re.search(r"(?:외국인|외국|외자|해외)\s*(?:지분|소유|투자|단독투자)\s*(?:비율|한도)?\s*(?:을|를|은|는|이|가)?\s*(?:최대\s*)?$", text[max(0, s - 16):s])
                                           or re.match(r"\s*(?:외국인|외국|외자)\s*(?:지분|소유|단독\s?투자)", text[end:end + 12])):
        return True  # 외국인 지분 100% 허용, 100% 외국인 소유: what the rules allow, no figure of the place
    if re.search(r"단위\s*[:：]?\s*$", text[max(0, s - 8):s]):
        return True  # (단위 : 천㎡): the unit a table is given in, no figure
    if ((value in _RATIO_BASES and re.match(r"\s*(?:가운데|중)\s*\d", text[end:end + 8]))
            or re.search(r"(?<![\d,.])(?:[2-9]|10|100|1000)\s*(?:곳|개사|개|명|社)\s*(?:가운데|중)\s*$", text[max(0, s - 12):s])) \
            and not _STUDIED_KINDS_KO.search(re.sub(r"(?:[2-9]|10|100|1000)\s*\S{1,2}\s*(?:가운데|중)\s*$", "", text[max(0, s - 40):s])):
        return True  # 기업 10곳 중 6개, 응답자 10명 중 8명, 2개사 중 1개사: a ratio (six in ten), not two counts
        # (혁신클러스터 10곳 중 6곳: the clusters a study examined, counted)
    if _size_comparison_rx("ko").search(text[max(0, s - 14):s]):
        return True  # 축구장 283개가 들어갈 수 있는 땅: a size compared, no count
    if counter.strip() in ("개", "곳") and _RANK_POOL_KO.match(text, end):
        return True  # 전국 10개 혁신도시 가운데 가장 낮았다, 10개 혁신도시 중 최하위: the pool a rank is taken in, no count
    if _QUOTED_CLASS_KO.search(text[max(0, s - 30):s]) and _CLASS_SHARE_AFTER_KO.match(text, end):
        return True  # '2명 이상 5명 이하'가 53.2%: a survey's class in quotes, the share of those in it is the figure
    return False


# what a rank is taken among, right after the count: ' 혁신도시 가운데 가장', ' 산업단지 중 최하위', ' 곳 중 세 번째'; or what
# the cluster is one of: '전국 4개 미래과학기술성 중 하나'
_RANK_POOL_KO = re.compile(r"\s*(?:[가-힣A-Za-z·]+\s+)?[가-힣A-Za-z·]*\s*(?:중|가운데)(?:에서)?\s*(?:가장|최하위|최상위|최고|최저|최대|최소|꼴찌|꼴등|"
                           r"\d+\s*위|(?:첫|두|세|네|다섯|여섯)\s?(?:번째|째)|하나|한\s?곳)")


# an answer or class quoted in a survey release, and the share said of it right after the quote
_QUOTED_CLASS_KO = re.compile(r"['‘\"“][^'’\"”]{0,30}$")
_CLASS_SHARE_AFTER_KO = re.compile(r"[^'’\"”]{0,20}['’\"”]\s*(?:가|이|은|는|의)?\s*(?:약\s*)?\d+(?:\.\d+)?\s*%")


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
    # (a threshold passed before the noun is read past, not counted: 1만 명이 넘는 공학 전공 졸업생)
    passed = 3 if len(rest) >= 3 and rest[0].tag_ in ("JKS", "JKO") and rest[1].text in _PASSED_VERBS_KO \
        and rest[2].tag_.startswith("ETM") else 0
    while k < len(rest) and len(after) < 6 + passed:
        close = next((c for c in range(k + 1, min(len(rest), k + 17)) if rest[c].text in (")", "）")), None) \
            if rest[k].text in ("(", "（") else None
        if close is not None:
            k = close + 1
            continue
        after.append(rest[k])
        k += 1
    first = _first_token(toks, j, s)
    before = [t for t in toks[max(0, first - 16):first] if t.idx + len(t.text) <= s]
    if unit == "count" and len(before) >= 3 and before[-1].text in ("(", "（") and before[-2].text in ("%", "％") \
            and before[-3].tag_ == "SN":
        before = before[:-3]  # 응답 기업의 23.5%(283곳): the count of a share counts what the share is of
    close = next((i for i in range(len(before) - 1, -1, -1) if not before[i].tag_.startswith("J")), None)
    if close is not None and before[close].text in (")", "）"):
        # 생산액(9월 말 기준)은 3조2141억 원: the noun before an aside in brackets says what is counted
        opened = next((i for i in range(close - 1, -1, -1) if before[i].text in ("(", "（")), None)
        if opened is not None and opened > 0 and before[opened - 1].tag_.startswith(("NN", "XSN")):
            before = before[:opened] + before[close + 1:]  # (not a label in brackets of its own: ㆍ(사업비) 2,193억원)
    while len(before) >= 2 and before[-1].text in ("년", "월") and before[-1].tag_ == "NNB" and before[-2].tag_ == "SN":
        before = before[:-2]  # a date written right before the number says when, not what: 매출현황: 2010년 12월 6,649,658백만원
    before = before[-6:]
    label = None
    qual = _qualifier_words()
    phrase: list[int] = []  # the noun phrase right after the counter: its head (last noun) names it
    for k, t in enumerate(after[:6 + passed]):
        tag = t.tag_.split("+")[0]
        if k == 0 and (tag == "JC" or t.text in ("및", "또는")):
            break  # "연구인력 4,000명과 학생 1,200명": the noun after 과 is the next item's
        glued = k > 0 and not after[k - 1].whitespace_ and (k - 1) in phrase
        if t.text in ("·", "ㆍ") and glued and not t.whitespace_ and k + 1 < len(after) and after[k + 1].tag_.startswith(("NNG", "NNP", "SL")):
            phrase.append(k)  # 7개의 제약·바이오기업, 800여 개 소프트웨어·BPO 기업: one noun of two joined by a middle dot
            continue
        if tag == "NR" and not t.whitespace_ and k + 1 < len(after) and after[k + 1].tag_ == "NNB" \
                and not after[k + 1].whitespace_ and not (k > 0 and after[k - 1].tag_.startswith(("NNB", "SN"))):
            phrase.append(k)  # 30여개 이|차|전지 관련 기업: a numeral read inside a noun
            continue
        if phrase and glued and tag in ("NNB", "XPN"):
            phrase.append(k)  # (이차|전지, 복합|재: a piece of the word read on its own)
            continue
        if tag in ("SN", "NR") or (tag == "SE" and not phrase) or (tag == "SW" and t.text in "△▲▽▼□■◆◇○●※☞▶▷"):
            break  # "12개국 30개 클러스터": the noun after the next number is that number's; "1,622개…지난해 매출": a new phrase
            # (and after a list's bullet, the next item: 기술이전·출자 411건 △연구소기업 108개사)
        if k == 0 and tag == "JKG" and unit == "count" and before and before[-1].tag_.startswith(("NNG", "NNP")) \
                and before[-1].whitespace_ and (_eojeol_label([before[-1]]) or _eojeol_label([w for w in _eojeols(before) if w][-1])
                                                or "".join(t.text for t in [w for w in _eojeols(before) if w][-1]).endswith(compact_ko_heads())):
            break  # 혁신클러스터 4곳의 입주기업: the noun set before the count is what it counts, 의 hangs what follows on them
            # (과학단지 3곳의 입주 여건: a kind of cluster likewise)
            # (a word Kiwi cut in two too: 산업|단지 4곳의 입주 현황)
        if not phrase and t.text in ("가운데", "중") and tag.startswith("NN"):
            break  # 입주 기업 2천150곳 가운데 종업원 50인 미만 소기업이: the part after it is another count's
        if (t.text in qual or tag == "JKG") and not phrase:
            continue  # 20만명 이상의 기술 인력
        if not phrase and k + 1 < len(after) and ((tag in ("JKS", "JKO") and after[k + 1].text in _PASSED_VERBS_KO)
                                                  or (t.text in _PASSED_VERBS_KO and after[k + 1].tag_.startswith("ETM"))):
            continue  # 100개가 넘는 다국적기업, 200곳을 웃도는 연구소: a threshold before the noun counted
        if tag == "JKG" and (is_money(unit) or unit == "count") and all(after[x].text in _relational_heads() for x in phrase):
            phrase = []  # 3조원 규모의 매출: the size word says nothing, the noun after it does
            continue  # (not an area's: 3만㎡ 규모의 캠퍼스 is the campus's area)
        if tag == "NNG" and not phrase and k + 1 < len(after) and after[k + 1].tag_.startswith("XSA"):
            continue  # 200여 개의 다양한 과목: an adjective (다양+한) before the noun
        if tag == "NNP" and phrase and after[k - 1].whitespace_ and _eojeol_label([after[x] for x in phrase]) in _INSTITUTION_LABELS:
            break  # a headline's 4개 기업 | 나주에너지밸리 산단에: the firms counted, then where they go (no particle between)
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
    if unit == "count" and phrase and after[phrase[0]].text in _FIELD_NOUNS_KO and any(after[k].whitespace_ for k in phrase[:-1]):
        phrase, counted_unknown = [], True  # 5개 분야 기업을 받는다: the fields are counted, not the firms in them
    if phrase:  # 30여개의 창업 지원 프로그램 -> 프로그램; 56개 국가급 연구기관 -> 연구기관
        label = next((lab for k in reversed(phrase) if (lab := _rate_noun(after, k))), None) \
            or _eojeol_label([after[k] for k in phrase])
        words = [w for w in _eojeols([after[k] for k in phrase]) if w]
        if len(words) >= 2 and "".join(t.text for t in words[-1]) in _EVENT_NOUNS_KO \
                and (first_kind := _eojeol_label([t for w in words[:-1] for t in w])):
            label = first_kind  # 11개 공공기관 입주도 올해 안 마무리: the bodies counted, not their moving in
        if label is None and unit == "count" and "".join(after[k].text for k in phrase).endswith(compact_ko_heads()):
            label = "clusters"  # 3개 사이언스파크가, 10개 혁신도시: the kind counted
        at = rest.index(after[phrase[-1]]) if after[phrase[-1]] in rest else len(rest)
        chain = list(itertools.takewhile(lambda t: t.tag_.startswith(("NN", "XSN")), rest[at + 1:at + 4]))  # (past the six words read)
        if is_money(unit) and any(t.text in _PROJECT_NOUNS_KO for t in [after[k] for k in phrase] + chain):
            label = "investment"  # 1조 2,100억 원 규모의 소재 생산시설 건립 프로젝트: what the building costs
        if label is None and unit == "count" and any(after[k].whitespace_ for k in phrase[:-1]):
            label = _first_institution_word([after[k] for k in phrase])  # a headline's chain: 52개 기업 입주의향서 확보
        if label is None and unit == "count" and phrase[-1] + 1 < len(after) \
                and (after[phrase[-1] + 1].text in ("와", "과", "및", ",") and after[phrase[-1] + 1].tag_.startswith(("J", "SP", "MAJ"))):
            label = _coordinated_head(rest[rest.index(after[phrase[-1] + 1]):] if after[phrase[-1] + 1] in rest else [])
        # (not after a noun of its own, 기업 17곳 혁신도시로; not a place the count goes to, 혁신도시로)
        nxt = after[phrase[-1] + 1] if phrase[-1] + 1 < len(after) else None
        counted_unknown = label is None and unit == "count" and after[phrase[-1]].tag_.startswith("NNG") \
            and nxt is not None and nxt.tag_.startswith("J") and nxt.text not in ("로", "으로", "에서", "까지", "부터") \
            and after[phrase[-1]].text not in _relational_heads() \
            and not (before and before[-1].tag_.startswith(("NNG", "NNP", "SL")))
        if label and unit == "count" and metric_code(label, "KRW", True) in (_MONEY_OR_OTHER if implied else MONEY_CODES):
            label = None  # 531개사 매출이 10% 증가, 입주기업 300여곳의 매출: the firms are counted, not their sales
    if label is None and is_money(unit) and _investment_agreement_after(rest):
        label = "investment"  # 1200억원 수준의 에너지밸리 투자 협약을, 3076억원 규모의 탄소중립·분산에너지 분야 투자협약
    if label is None and (reached := _measure_reached(after)) is not None:
        label = reached  # 300억 달러를 기록했던 수출, 10조원에 달하는 생산액: the measure the clause says it reached
    if label is None and unit not in ("percent", "count", "m2", "km", "hour", "day", "year"):
        label = _money_verb([t for t in toks[j + 1:j + 16] if t.idx >= e])  # 1,200억원을 들여, 3조원을 투입해
    if label is None and implied and implied not in ("people",):
        label = _metric_noun(implied) or implied
        if metric_code(label, unit, True) == "companies" and (kind := _startups_before(before)):
            label = kind  # 발굴된 스타트업은 251개사로: the firms the counter counts are start-ups
    if implied == "people" and label in _INSTITUTION_LABELS:
        label = None  # 인구 15만명 남짓한 대학도시: people are not the institution after them; the noun before may say
    object_unknown = False  # (a count of an object no rule knows: '통근버스 노선을 3개 늘릴', not the subject's workers)
    if label is None and not counted_unknown:
        # the noun phrase right before the number (particles, adverbs and 약 skipped): 연구개발 인력은
        # 712명, 벤처캐피털 투자는 약 80억 달러, 재학생은 80만 명, 특허 1천 건, 투자한 금액만 20조원
        k = len(before) - 1
        if k >= 2 and before[k].text in ("간", "동안") and before[k - 1].text in ("년", "개월") and before[k - 2].tag_ == "SN":
            k -= 3  # 사업비: 20년간 4,400억 엔: the span the amount was spent over stands between the label and it
        joined = False  # 400개 기업과 4,000여 명: 과 (tagged JC or JKB) ends the previous item
        while k >= 0 and (before[k].tag_.split("+")[0].startswith(("J", "SS", "MAG", "MM", "NNB")) or before[k].text in (":", "：", "|")
                          or before[k].tag_ == "VCP+ETM" and k == len(before) - 1):
            joined = joined or before[k].text in ("과", "와", "및")
            k -= 1  # (참여 기업: 약 3,000개: a label before a colon names the value after it; 투자유치 실적인 1조원: what it is)
        run_end = -1 if joined else k
        while k >= 0 and before[k].tag_.split("+")[0] in ("NNG", "NNP", "SL", "XSN", "XPN", "SH"):
            k -= 1  # (SH: a noun written in Hanja, 의료기기社 119개)
        run = before[k + 1:run_end + 1]
        if run and k >= 0 and before[k].tag_ == "MM" and not before[k].whitespace_ and _eojeol_label(run) is None:
            run = before[k:run_end + 1]  # (a determiner written onto a noun that says nothing alone: 총|수입, the word 총수입)
        if run and (run[-1].text in _AMOUNT_NOUNS or _generic_word(run[-1].text)) and k >= 1 \
                and before[k].tag_.startswith("XSV") and before[k - 1].tag_.startswith("NN"):
            run = [before[k - 1]]  # 투자한 금액: the verb's noun says what the amount is
        if run:  # (none when 과/및 comes first: "기술기업과 20만명", the noun is the previous item's)
            label = next((lab for i in range(len(run) - 1, -1, -1) if (lab := _rate_noun(run, i))), None) \
                or _eojeol_label(run)
            object_unknown = label is None and unit == "count" and run_end == len(before) - 2 and before[-1].tag_.startswith("JKO")
            if label is None and unit == "count" and run[-1].whitespace_ and "".join(x.text for x in run).endswith(compact_ko_heads()):
                label = "clusters"  # 전국 강소연구개발특구 14곳: the kind counted, written before the count
            if label is not None and unit != "count" and _named_complex_word(before, run_end) \
                    and any(t.text in ("이", "가") for t in before[run_end + 1:]):
                label = None  # 매출액은 여수국가산단이 70조원: a named complex, the subject; the topic says what the amount is
            if label == "industrial complexes" and any(t.text in ("에", "에는", "에도", "에서") for t in before[run_end + 1:]):
                label = None  # 문막 일반산업단지에 58개: where the firms are, not what is counted
            if (label in _INSTITUTION_LABELS or (label is None and before[k].text in ("·", "ㆍ"))) and k >= 1 \
                    and before[k].text in ("및", "과", "와", "·", "ㆍ") \
                    and before[k - 1].tag_.startswith("NN") and not any(x.tag_ == "SN" or x.text in ("개", "곳", "개사") for x in before[max(0, k - 4):k - 1]) \
                    and (first_kind := _eojeol_label([before[k - 1]])) in _INSTITUTION_LABELS:
                label = first_kind  # 기업 및 연구기관 128곳: coordinated kinds counted together, the first names them
                # (not one with a count of its own: 6개 국책기관과 바이오 기업 300여 곳)
    if implied == "people" and label in _INSTITUTION_LABELS:
        label = None  # 기업지원단 산하 기업이 880명: people are not the firms named before them
    if label is None and not counted_unknown and not object_unknown:
        label = _subject_label(toks, first)  # 입주기업은 모두 합쳐 2,500여개로; 수출액은 6억 8천만 달러로
        if implied == "people" and label in _INSTITUTION_LABELS:
            label = None  # 1만3000개 기업이 입주해 15만명이 근무하는: people are not the firms the clause began with
        if label and unit not in ("percent", "count", "m2", "km", "hour", "day", "year") and label in _COUNT_LABELS:
            label = None  # 이 회사는 지난해 4조원을 ...: an amount of money is no count of companies
    if label is None and not counted_unknown and is_money(unit):
        label = _opening_topic_label(toks, first)  # 생산액은 2008년 …에서 …로 줄었지만, … 2010년 70조원: the sentence's measure
    if label and unit == "count" and metric_code(label, "count", True) == "share":
        label = _noun_before_rate(toks, first)  # 연구 인력 비율은 1만4473명(52.6%): a count of the researchers
    if label is None and unit == "count" and (kind := _copular_kind(after)) is not None:
        label = kind  # 857개가 중소기업이며, 40곳이 제약회사였다: the noun the count is said to be names what it counts
    if implied == "companies" and label and metric_code(label, "count", True) in _PEOPLE_CODES:
        label = None  # 입주완료 기업 112개사의 고용인원은: the counter counts firms, not the people they employ
    if unit == "count" and label and metric_code(label, "count", True) in MONEY_CODES \
            and any(t.text in ("곳", "개사", "社") for t in toks[j + 1:j + 3]):
        label = "companies"  # 벤처캐피털 200여 곳: firms of that business (not 투자 30건, investments counted)
    if label is None and implied:
        label = implied
    if unit == "count" and label in _area_labels():
        label = "parcels"  # 산업용지 24개, 54개 산업·복합용지: a count of land is of its lots
    if is_money(unit) and (label in _COUNT_LABELS or label in _area_labels()):
        label = _money_verb(after)  # 참여 스타트업에 200억 루블의 보조금: the money is no count of startups
        # (nor the land it was spent on: 109만8878㎡ 부지에 총 4526억원을 투입해)
    # (past a threshold word after the number: 5만 개 이상의 일자리를 만들고)
    reach = 6 if after and after[0].text in _qualifier_words() else 4
    clause_after = list(itertools.takewhile(lambda t: not t.tag_.startswith(("SP", "SF", "SS")), after[:reach]))
    near = before[-6:]  # (새로 만들어진 일자리는: the verb may stand two words before the noun; not past a comma or
    # a clause's end: '150개로 늘리고 … 인력 500명을 양성', '4545곳이 생기면서 고용 인원은 83만5009명')
    near = near[max((i + 1 for i, t in enumerate(near) if t.tag_.startswith(("SP", "SF", "SS")) or (
        t.tag_.split("+")[-1] == "EC" and not (i + 1 < len(near) and near[i + 1].tag_.startswith("VX")))), default=0):]
    beside = near + clause_after  # (not past a comma: '(2만 2971명), 신규 인력은' is the next item's)
    if label in ("jobs", "employees", "workers", "people") and any(
            t.lemma_.split("+")[0].removesuffix("다") in _new_job_words() or t.text in _new_job_words() for t in beside) \
            and (label != "people" or any(t.text in (_metric_rules().get("job_nouns_ko") or ()) for t in beside)) \
            and not (clause_after and clause_after[0].text == "까지" and label == "employees"):
        label = "jobs created"  # 신규 일자리 7,000여 개, 일자리 3천 개 창출, 고용 창출 인원은 511명
        # (not the level a workforce is to reach: 고용인원은 9,000명까지 늘리고)
    verbs = _metric_rules().get("people_verbs_ko") or {}
    by_verb = next((verbs[t.lemma_.split("+")[0]] for t in clause_after[:3] if t.lemma_.split("+")[0] in verbs), None) \
        if implied == "people" else None
    if implied == "people" and any(t.text == "일자리" for t in clause_after[:3]) \
            and any(t.lemma_.split("+")[0] in ("잃", "잃다") or t.text.startswith("잃") for t in after[:6]):
        by_verb = "jobs lost"  # 약 4,000명이 일자리를 잃었으나: a change in jobs, not a workforce
    if by_verb and (label in (None, "people", "employees") or by_verb == "attendees"
                    and metric_code(label, "count", True) in ("population", "employees", "researchers", "students")):
        label = by_verb  # 12만명이 거주하는데: who live there, not who work there; 500여명이 재학 중인: students
        # (주민 등 1,000여명이 참가한 가운데: those who attended, whoever they are)
    if unit == "count" and (_agreement_partners(after) or j + 1 < len(toks) and toks[j + 1].text in ("곳", "개사")
                            and any(t.text in _agreement_nouns() for t in before[-3:])):
        label = "companies"  # 20곳과 투자협약을 체결, 투자협약 20곳: the firms that signed, not the investment
    if label == "industrial complexes" and any(t.lemma_.split("+")[0] in _study_words() or t.text in _study_words() for t in toks):
        label = "clusters"  # 산업단지 3곳의 입주 현황을 비교한: the complexes the document examined
    spec = _specialiser([t.lemma_.split("+")[0] for t in after] + [t.text for t in after])
    return _compose(label, spec, unit)


@per_rules
def _study_words() -> frozenset[str]:
    return frozenset(_metric_rules().get("study_words_ko") or ())


def _range_low_ko(text: str, s: int, e: int, value: float) -> tuple[float, int] | None:
    """(lower bound, its start) when the figure at s..e closes a range whose first number has no counter
    of its own (1만~1만2000개, 200~300개; 3~5만 명: the first takes the second's 만)."""
    m = re.search(r"(?<![\d.,])(\d[\d,.]*(?:\s?[만천억조](?:\s?\d[\d,.]*)?)*)\s*[~∼～\-–]\s*$", text[max(0, s - 16):s])
    if m is None:
        return None
    mag = re.search(r"[만억조]$", text[s:e])
    # (3~5만: 3만, the first written without the second's magnitude)
    low = nu.parse_ko_number(m.group(1) + (mag.group(0) if mag and not re.search(r"[만천억조]", m.group(1)) else ""))
    if low is None or not 0 < low < value:
        return None
    return low, max(0, s - 16) + m.start(1)


@per_rules
def _agreement_nouns() -> frozenset[str]:
    return frozenset(_metric_rules().get("agreement_nouns_ko") or ())


def _copular_kind(after: list) -> str | None:
    """The kind a count is said to be, subject particle, nouns and the copula right after its counter
    (857개가 중소기업이며): the label of those nouns when it is an institution's (firms, institutes, ...)."""
    if not after or after[0].tag_ != "JKS":
        return None
    nouns = list(itertools.takewhile(lambda t: t.tag_.startswith(("NNG", "NNP", "XSN")), after[1:5]))
    if not nouns or len(nouns) + 1 >= len(after) or not after[len(nouns) + 1].tag_.startswith("VCP"):
        return None
    label = _eojeol_label(nouns)
    return label if label and metric_code(label, "count", True) in _INSTITUTION_CODES else None


def _investment_agreement_after(rest: list) -> bool:
    """The noun phrase after an amount (up to its first verb, comma or closing particle) ends in an
    investment agreement: 투자 and an agreement noun (metrics.yaml agreement_nouns_ko), one word or two."""
    words: list[str] = []
    for t in rest[:14]:
        tag = t.tag_.split("+")[0]
        if t.text in ("·", "ㆍ"):
            continue  # 탄소중립·분산에너지 분야 투자협약: one noun of two joined by a middle dot
        if tag.startswith(("VV", "VA", "SF", "SP", "EF", "EC")) or (words and tag in ("JKO", "JKS", "JX", "JKB", "JC")):
            break
        if tag.startswith(("NN", "SL", "XSN")):
            words.append(t.text)
    joined = "".join(words)
    return any(joined.endswith("투자" + n) or (n.startswith("투자") and joined.endswith(n) and len(n) > 2)
               for n in _agreement_nouns())


def _agreement_partners(after: list) -> bool:
    """A count the clause signs an agreement with (20곳과 투자협약을, 기업 7개사와 MOU를):
    metrics.yaml agreement_nouns_ko."""
    if not after or after[0].text not in ("과", "와") or not after[0].tag_.startswith("J"):
        return False
    return any(t.text in _agreement_nouns() for t in list(itertools.takewhile(lambda t: t.tag_.startswith(("NN", "SL", "XSN")), after[1:5])))


_INSTITUTION_LABELS = ("companies", "resident companies", "startups", "universities", "research institutes", "hospitals",
                       "institutions")
_INSTITUTION_CODES = ("companies", "startups", "universities", "research_institutes", "hospitals")
_PEOPLE_CODES = ("employees", "researchers", "students", "population", "jobs_change")


@per_rules
def _area_labels() -> frozenset[str]:
    """The labels of a land area (rules: metrics.yaml codes.area)."""
    return frozenset((_metric_rules().get("codes") or {}).get("area") or ())


def _coordinated_head(toks: list) -> str | None:
    """The firms' noun that ends a coordinated phrase after a count (50개 이상의 반도체 장비와 소재,
    부품 업체가: 장비, 소재 and 부품 are the kinds of firm; 업체 is what is counted)."""
    for k, t in enumerate(toks[:10]):
        if t.tag_.startswith(("VV", "VA", "SF", "E")):
            return None
        if t.tag_.startswith("NN") and k + 1 < len(toks) and toks[k + 1].tag_.startswith(("JKS", "JX", "JKO")):
            label = _eojeol_label([t])
            return label if label in _INSTITUTION_LABELS else None
    return None


def _eojeols(tokens: list) -> list[list]:
    """Kiwi morphemes grouped back into the written words (a new word after a space); the last
    group is empty when the last morpheme is followed by a space."""
    words: list[list] = [[]]
    for t in tokens:
        words[-1].append(t)
        if t.whitespace_:
            words.append([])
    return words


def _first_institution_word(tokens: list) -> str | None:
    """In a headline's chain of nouns with no particle (100여 개 바이오 기업 위치, 52개 기업
    입주의향서 확보), the first written word that names firms or institutions: what is counted,
    the words after it being what they do."""
    for w in _eojeols(tokens)[:-1]:
        if w and (lab := _eojeol_label(w)) in _INSTITUTION_LABELS:
            return lab
    return None


def _eojeol_label(tokens: list) -> str | None:
    """The label of a Korean noun phrase given as Kiwi morphemes: grouped back into the written
    words (eojeols), looked up from the head: the whole phrase, its last words, then the last
    word's morphemes from the right, then the words before it (연구+개발 인력 -> '연구개발 인력';
    국가+급 연구+기관 -> '연구기관'; 해외 혁신+클러스터 현황 -> '클러스터'; 연구·교육기관 -> '연구기관')."""
    words = [w for w in _eojeols(tokens) if w]
    texts = ["".join(t.text for t in w) for w in words]
    relational = _relational_heads()
    if texts and (parts := re.split(r"[·ㆍ]", texts[-1])) and len(parts) > 1 and all(parts) and not _metric_noun(texts[-1]):
        # 연구·교육기관: the first noun with the head they share (연구기관), else the first alone (대학·연구기관: 대학)
        first, last = parts[0], parts[-1]
        if (lab := next((lab for k in range(1, len(last)) if (lab := _metric_noun(first + last[k:]))), None) or _metric_noun(first)):
            return lab
    for k in range(len(texts)):
        if k > 0 and k == len(texts) - 1 and texts[k] in relational:
            continue  # 수출 실적: a relational head alone leaves the word before it to decide
        if (lab := _metric_noun(" ".join(texts[k:]))):
            return lab
    skipped = False
    for n, word in enumerate(reversed(words)):  # a relational head (현황, 관련) leaves the word before it to decide
        if n == 0 and len(words) > 1 and "".join(t.text for t in word) in relational:
            skipped = True
            continue  # (a relational word Kiwi cut in two: 벤처투자 | 유치+액; the word before it, whole first)
        if n == 1 and skipped and (lab := _metric_noun("".join(t.text for t in word))):
            return lab
        for i in range(len(word) - 1, -1, -1):
            if word[i].text in relational and ((i > 0 and i == len(word) - 1) or (len(word) == 1 and n == 0 and len(words) > 1)):
                continue  # 수출|규모, 생산|규모, 수출 실적: the noun before the relational head says what it is
            if (lab := _metric_noun("".join(t.text for t in word[i:])) or _metric_noun(word[i].text)):
                return lab
        head = word[-1].text  # one morpheme ending in a known noun: 중소기업, 벤처기업 -> 기업 (바이오社 -> 社)
        for k in range(1, len(head) - (0 if "\u4e00" <= head[-1:] <= "\u9fff" else 1)):
            if re.fullmatch(r"[가-힣\u4e00-\u9fff]+", head) and (lab := _metric_noun(head[k:])):
                return lab
        if "".join(t.text for t in word) not in relational and word[-1].text not in relational:
            return _fallback_noun(texts)  # 기업 지원 1,050건: the head (지원) says what is counted, and it is no metric
    return _fallback_noun(texts)


def _fallback_noun(texts: list[str]) -> str | None:
    """A word known only when nothing longer is (metrics.yaml fallback_nouns_ko: 5개 기관, not the
    기관 of 연구기관)."""
    return (_metric_rules().get("fallback_nouns_ko") or {}).get(texts[-1]) if texts else None


@per_rules
def _new_job_words() -> frozenset[str]:
    return frozenset(_metric_rules().get("new_job_words_ko") or ())


@per_rules
def _relational_heads() -> frozenset[str]:
    return frozenset(_metric_rules().get("relational_heads_ko") or ())

# words for a field the count right before them counts, whatever noun follows (5개 분야 기업, 3개 업종 공장)
_FIELD_NOUNS_KO = {"분야", "부문", "업종", "종목", "산업군"}
# nouns of an event a headline's chain ends on after what it counts (11개 공공기관 입주, 30개 기업 유치)
_EVENT_NOUNS_KO = {"입주", "이전", "유치", "설립", "개소", "착공", "준공"}
# nouns that only say 'an amount' (투자한 금액): the word before them says of what
_AMOUNT_NOUNS = {"금액", "규모", "액수", "총액", "합계", "수치"}
# words that only say how large something is, between an amount and what it is
_SCALE_WORDS_KO = {"대규모", "초대형", "대형", "초대규모", "막대"}
# what money is spent on when it names a building or a project after its amount
_PROJECT_NOUNS_KO = {"시설", "공장", "프로젝트", "건립", "건설", "설비", "팹", "신축", "증설", "캠퍼스", "사옥"}  # (10억 달러 규모의 신규 캠퍼스)


# venture funds as the subject of the investing: '벤처캐피털과 사모펀드가 지역 로봇 기업에 투자한 금액은'
_VC_SUBJECT_KO = re.compile(r"(?:벤처캐피털|벤처캐피탈|벤처\s?투자사|VC|엔젤투자자|액셀러레이터)(?:들)?(?:과|와|및)?\s?(?:[가-힣]+\s)?[가-힣]*(?:이|가)\s[^.]*$")


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
        if tag.startswith(("J", "SS", "MM", "XPN")) or (tag == "MAG" and k < 3) or t.text in _SCALE_WORDS_KO \
                or (t.text == "규모" and k < 4):
            continue  # (20조원 규모의 대규모 투자: a word for its size, then the money's verb)
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


_TIME_WORDS_KO = frozenset({"이후", "이래", "처음", "현재", "기준", "당시", "첫", "만", "말", "초", "지난", "올해", "지난해", "작년"})


def _subject_label(toks: list, first: int) -> str | None:
    """The label of the clause's subject or topic before a figure (the noun before 은/는/이/가):
    '입주기업은 모두 합쳐 2,500여개로', '조사 대상 기업은 모두 183개로'; a subject that says nothing
    leaves it to the topic before it (매출실적은 자동차센터가 3843억원으로: revenue)."""
    passed = False  # past a subject that names no measure (then up to 16 tokens back, else 10)
    # 이전 기업은 A, B, C 등 (모두) 4곳이다: past the list to its subject
    listed = first > 0 and (toks[first - 1].text == "등" or (first > 1 and toks[first - 1].text in ("총", "모두") and toks[first - 2].text == "등"))
    far = 0  # the words passed, not counting a date or time said on the way (1974년 첫 입주 이후 50년 만에 처음으로)
    for k in range(first - 1, max(-1, first - (32 if listed else 20)), -1):
        t = toks[k]
        if listed and t.text == ",":
            continue
        far += 0 if t.tag_.split("+")[0] in ("SN", "NR", "NNB", "MM") or t.tag_.startswith("J") or t.text in _TIME_WORDS_KO else 1
        if t.tag_.startswith("SF") or t.text in (",", ";") or ((first - k > 30 if listed else far > 6 or first - k > 16) and not passed):
            return None
        if t.tag_ == "JKO" and (seen := _looked_at(toks, k + 1)) is not None:
            return seen  # 2월 생산실적을 보면 1조3천800억원
        if t.tag_ in ("JX", "JKS") and t.text in ("은", "는", "이", "가", "도") and k > 0:
            n = toks[k - 1]
            if n.text in (")", "）") and t.text in ("이", "가"):
                passed = True
                continue  # 자동차센터(센터장 …)가: a named subject; the topic before it may say what is measured
            if (lab := _case_of(toks, k - 1)):
                return lab  # 수출액의 경우도 2012년 15억원: the noun the case is of
            if n.tag_.split("+")[0] in ("NNG", "NNP", "SL"):
                prev = toks[k - 2] if k > 1 else None
                joined = prev is not None and prev.tag_.startswith("NN") and not prev.whitespace_
                if t.text in ("이", "가") and _named_complex_word(toks, k - 1):
                    passed = True
                    continue  # 매출액은 여수국가|산단이 70조원: a named complex, the subject; the topic before says what is measured
                if n.text in _relational_heads() and prev is not None and prev.tag_.startswith("NN"):
                    return _metric_noun(prev.text + n.text) or _metric_noun(prev.text)  # 생산|규모는, 매출 총액은: production
                if n.text in _relational_heads() and prev is not None and "ETM" in prev.tag_ and k > 2 \
                        and toks[k - 3].tag_.startswith("NN") and (lab := _metric_noun(toks[k - 3].text)):
                    return lab  # 기업에 투자된 금액은: what the verb's noun says the amount is
                if n.text in _relational_heads() and prev is not None and "ETM" in prev.tag_ and k > 3 \
                        and toks[k - 3].tag_ == "JKB" and toks[k - 4].tag_.startswith("NN"):
                    two = toks[k - 5].text + toks[k - 4].text if k > 4 and toks[k - 5].tag_.startswith("NN") and not toks[k - 5].whitespace_ else None
                    word = two or toks[k - 4].text
                    if (lab := _metric_noun(f"{word} 투자") or _metric_noun(word) or _money_verb([prev])):
                        return lab  # 연구개발에 쓴 돈은: what the money went to (연구개발 투자); 도로에 들인 돈은: the verb
                label = (joined and _metric_noun(prev.text + n.text)) \
                    or (prev is not None and prev.tag_.startswith("NN") and _metric_noun(f"{prev.text} {n.text}")) \
                    or (prev is not None and prev.tag_.startswith("SL") and _metric_noun(f"{_written_word(toks, k - 2)} {n.text}")) \
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


def _measure_reached(after: list) -> str | None:
    """'을/를/에' + a verb of reaching (metrics.yaml ``reached_verbs_ko``) + a modifier ending, then
    a noun: the noun's measure (300억 달러를 기록했던 수출 -> exports)."""
    verb = next((t for t in after[3:6] if not t.tag_.startswith("MAG")), None)  # (꾸준히 늘었다)
    if len(after) >= 4 and after[0].text in ("으로", "로") and after[1].tag_.startswith("NNG") and after[2].tag_ in ("JKS", "JX") \
            and verb is not None and verb.lemma_.startswith(tuple(w for ws in _change_words().values() for w in ws.get("korean", ()))):
        return _metric_noun(after[1].text)  # 2016년 1만1685명으로 인구가 꾸준히 늘었다: the level the measure named after reached
    if len(after) < 4 or after[0].tag_ not in ("JKO", "JKB") or after[0].text not in ("을", "를", "에"):
        return None
    verbs = set(_metric_rules().get("reached_verbs_ko") or ())
    if after[1].lemma_.split("+")[0].removesuffix("다") not in verbs:
        return None
    k = next((k for k in range(1, min(len(after), 4)) if "ETM" in after[k].tag_), None)
    if k is None or k + 1 >= len(after) or not after[k + 1].tag_.startswith("NNG"):
        return None
    return _metric_noun(after[k + 1].text)


def _named_complex_word(toks: list, i: int) -> bool:
    """Whether the written word ending with token ``i`` names a complex: a proper noun in it, then a head
    (구미|국가|산단, 여수국가|산단), not the head alone."""
    j = i
    while j > 0 and not toks[j - 1].whitespace_:
        j -= 1
    word = "".join(t.text for t in toks[j:i + 1])
    head = next((h for h in compact_ko_heads() if word.endswith(h)), None)
    return head is not None and len(word) > len(head) and any(t.tag_.split("+")[0] in ("NNP", "SL") for t in toks[j:i + 1])


def _written_word(toks: list, i: int) -> str:
    """The whole written word (eojeol) that ends with token ``i``: R|&|D -> 'R&D', 연구|인력 -> '연구인력'."""
    j = i
    while j > 0 and not toks[j - 1].whitespace_:
        j -= 1
    return "".join(t.text for t in toks[j:i + 1])


def _case_of(toks: list, k: int) -> str | None:
    """The label of the noun before '의 경우' when token ``k`` is that 경우 (수출액의 경우도, 매출액의 경우)."""
    return _metric_noun(toks[k - 2].text) if toks[k].text == "경우" and k > 1 and toks[k - 1].tag_ == "JKG" \
        and toks[k - 2].tag_.startswith("NN") else None


def _opening_topic_label(toks: list, first: int) -> str | None:
    """The money measure a sentence opens on as its topic (its first few words: '여수 산단 생산액은',
    '기업들의 지난해 매출액은', '또 매출액의 경우 …'), for an amount later in the sentence that names none
    of its own."""
    for k in range(1, min(first, 14)):  # (after a source: 포커스타이완에 따르면 신주 사이언스 파크의 매출은)
        t = toks[k]
        if (label := _case_of(toks, k)) and metric_code(label, "KRW", True) in MONEY_CODES:
            return label
        if t.tag_ == "JX" and t.text in ("은", "는") and toks[k - 1].tag_.startswith("NN"):
            n, prev = toks[k - 1], toks[k - 2] if k > 1 else None
            joined = prev is not None and prev.tag_.startswith("NN") and not prev.whitespace_
            label = (joined and _metric_noun(prev.text + n.text)) or _metric_noun(n.text)
            return label if label and metric_code(label, "KRW", True) in MONEY_CODES else None
    return None


def _looked_at(toks: list, end: int) -> str | None:
    """The measure a clause says it looks at, in the few words before ``end``: '생산실적을 보면',
    '수출 실적을 살펴보면' (the noun before 을/를 and a verb of looking)."""
    for k in range(end - 1, max(0, end - 8), -1):
        t = toks[k]
        if t.tag_ == "JKO" and k + 1 < len(toks) and toks[k + 1].text in ("보", "살펴보", "들여다보", "비교", "분석", "집계") \
                and toks[k - 1].tag_.startswith("NN"):  # (매출액을 비교한 결과 2011년 8156억원에서 …)
            n, prev = toks[k - 1], toks[k - 2] if k > 1 else None
            joined = prev is not None and prev.tag_.startswith("NN") and not prev.whitespace_
            if joined and n.text in _relational_heads():
                return _metric_noun(prev.text + n.text) or _metric_noun(prev.text)  # 생산|실적: production
            return (joined and _metric_noun(prev.text + n.text)) or _metric_noun(n.text) or None
        if t.tag_.startswith("SF"):
            return None
    return None


_NOUN_AFTER_KO = re.compile(r"\s*(?:의\s*)?(?!등|중|가운데|정도|이상|이하|규모|수준|내외|안팎)[가-힣A-Za-z]{2,}")


def compared_bases(qs: list[Quantity], text: str) -> None:
    """The amount compared with, right after the one it is compared to, measures the same:
    '4조4433억원으로, 2021년 3조4947억 대비', '3628억원으로 지난해 같은 기간 3108억원보다', '7612억원으로,
    전년 동기 대비(7445억원)'. (Also called again once a sentence's breakdown labels are known.)"""
    defaults = set((_metric_rules().get("by_unit") or {}).values())
    for p, q in zip(qs, qs[1:]):
        between = text[p.end:q.start]
        if q.metric in defaults and p.metric not in defaults and p.unit == q.unit and (
                (re.fullmatch(rf"\s*(?:으로|로)?\s*,?\s*(?:{_COMPARED_WHEN_KO}\s*)?", between)
                 and re.match(r"\s*(?:대비|보다|에\s*비해)", text[q.end:]))
                or re.fullmatch(rf"\s*(?:으로|로)?\s*,?\s*(?:{_COMPARED_WHEN_KO}\s*)?(?:대비|보다)\s*[(（]\s*", between)):
            q.metric = p.metric


# the date an amount is compared with: 2021년, 지난해 같은 기간, 전년 동기
_COMPARED_WHEN_KO = r"(?:(?:19|20)\d{2}\s*년도?|지난해|작년|전년)(?:\s*(?:같은|동)\s*(?:기간|기))?"

# the gap between two figures of a series over years: ', 2019년 ', ' △2022년 상반기 '
_YEAR_STEP_KO = re.compile(r"\s*[,△▲▷·ㆍ]?\s*(?:19|20)\d{2}\s*년도?(?:\s*(?:상반기|하반기|말|초|[1-4]\s*분기|\d{1,2}\s*월말?))?\s*")


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
    # what people did, said once after a list of where: '월드IT쇼에는 9만2680명이, 헬스IT융합전시회에는 1만500명이,
    # 클라우드엑스포에는 1만5500명이 다녀갔다' -> all three are visitors
    verb_labels = set((_metric_rules().get("people_verbs_ko") or {}).values())
    for k in range(len(qs) - 1, 0, -1):
        if qs[k].metric not in verb_labels:
            continue
        for i in range(k - 1, -1, -1):
            p = qs[i]
            if p.unit != qs[k].unit or not (p.metric in defaults or p.metric == "people") \
                    or not re.fullmatch(r"(?:이|가)?\s*,\s*[^\d,.;]{0,25}?(?:에는|에서는|에)\s*", text[p.end:qs[i + 1].start]):
                break
            p.metric = qs[k].metric
    # an amount in brackets after a complex's name, in a list going on from a labelled amount: '울산미포국가산업단지의
    # 생산액이 98조원으로 가장 많았고, 여수국가산업단지(87조원), 구미국가산업단지(43조원)가 뒤를 이었다' (the name's head
    # is no label of the amount)
    for k in range(1, len(qs)):
        q = qs[k]
        named = re.search(r"([가-힣A-Za-z]+)\s*[(（]\s*$", text[max(0, q.start - 30):q.start])
        if q.unit == "count" or not named or not named.group(1).endswith(compact_ko_heads()):
            continue
        p = next((x for x in reversed(qs[:k]) if x.unit == q.unit and x.metric not in defaults and not _change_kind(x.metric)), None)
        if p is not None:
            q.metric = p.metric
    # a bracket of the same unit right after a figure, from one level to the next: '생산 205조원(1066조원→1271조원)'
    for p, q in zip(qs, qs[1:]):
        if q.metric in defaults and p.metric not in defaults and p.unit == q.unit \
                and re.fullmatch(r"\s*[(（]\s*|\s*(?:→|->|⇒)\s*|\s*에서\s+[^.;]{0,30}", text[p.end:q.start]):
            # (or from one level to the next: '2012년 13억6000만 달러에서 2021년 … 136억6000만 달러로')
            q.metric = p.metric
    # ... and the figure before such a bracket, the difference of its two levels, is the change between them:
    # '업체수 2만 3000여개(9만 6260개사→11만 9281개사)', '85개(1189개→1274개)로 증가했다'
    for p, a, b in zip(qs, qs[1:], qs[2:]):
        if p.unit == a.unit == b.unit and p.value and not _change_kind(p.metric) \
                and re.fullmatch(r"\s*[(（]\s*", text[p.end:a.start]) and re.fullmatch(r"\s*(?:→|->|⇒|~)\s*", text[a.end:b.start]) \
                and abs(abs(b.value - a.value) - p.value) <= 0.05 * p.value:
            noun = None if p.metric in defaults else p.metric
            p.metric = _change_label("growth" if b.value > a.value else "decline", noun)
    compared_bases(qs, text)
    # ... and the noun the first names, when the rest name only kinds of it with the same counter:
    # '투자협약 기업은 에너지 분야 25곳, 기자재 분야 9곳, 총 34곳이다' -> all three count companies
    for p, q in zip(qs, qs[1:]):
        if q.metric in defaults and p.metric not in defaults and p.unit == q.unit == "count" and not _change_kind(p.metric) \
                and _counter(p.text) and _counter(p.text) == _counter(q.text) \
                and re.fullmatch(r"\s*,\s*[^\d,.;()]{0,20}|\s+[가-힣]{1,8}\s+", text[p.end:q.start]):
            # (or only the next item's label between: '입주업체는 반월 2천247개 시화 4천146개 파주출판 142개')
            q.metric = p.metric
    # the parts listed before their total: '공공자금 1천914억원, 민자 2천612억원 등 총 4천526억원을 들여'
    for k in range(len(qs) - 1, 0, -1):
        q = qs[k]
        if q.metric in defaults or not re.fullmatch(r"\s*등\s*(?:총|모두|전체|합계)?\s*", text[qs[k - 1].end:q.start]):
            continue
        for i in range(k - 1, -1, -1):
            p = qs[i]
            if p.unit != q.unit or (p.metric not in defaults and p.metric != q.metric) or _counter(p.text) != _counter(q.text):
                break
            p.metric = q.metric  # (the parts joined by 과/와 too: '기반시설 1조6천억 원과 산업설비 120조 원 등 모두 122조 원')
            if i == 0 or not re.fullmatch(r"\s*(?:,|과|와|및)\s*[^\d,.;()]{0,20}", text[qs[i - 1].end:p.start]):
                break
    # a series over years, one date before each figure: '입주기업은 2018년 126개, 2019년 162개', '△2020년 193개'
    for p, q in zip(qs, qs[1:]):
        if q.metric in defaults and p.metric not in defaults and p.unit == q.unit and not _change_kind(p.metric) \
                and _counter(p.text) == _counter(q.text) and _YEAR_STEP_KO.fullmatch(text[p.end:q.start]):
            q.metric = p.metric
    # one money verb after two amounts of a list, each with its own where: 'A산단 4만㎡에 365억원, B산단
    # 1만㎡에 67억원을 투자하기로' -> both are invested (other figures between, no clause ending)
    for k, p in enumerate(qs):
        if p.metric not in defaults or not is_money(p.unit) or not re.match(r"\s*,", text[p.end:p.end + 3]):
            continue
        q = next((x for x in qs[k + 1:] if x.unit == p.unit), None)
        if q is not None and q.metric not in defaults and metric_code(q.metric, q.unit, True) in MONEY_CODES \
                and not _VERB_BETWEEN_KO.search(text[p.end:q.start]) and len(text[p.end:q.start]) <= 50:
            p.metric = q.metric
    # one change verb after a list of changes: '중소기업은 1.2%, 대기업은 0.3% 줄었고' -> both fell
    # (amounts too, with or without the comma: '여수산단이 9,100억원 광양산단이 3,261억원이 늘어났지만')
    for p, q in zip(qs, qs[1:]):
        kind = _change_kind(q.metric)
        if p.unit == q.unit and kind and not _change_kind(p.metric) \
                and re.fullmatch(r"\s*,?\s*[^\d,.;%]{1,24}?(?:은|는|이|가)\s*|\s*,\s*[가-힣]{1,10}\s+", text[p.end:q.start]) \
                and not _CLAUSE_ENDS_KO.search(text[p.end:q.start]) \
                and (p.unit == "percent" or "," in text[p.end:q.start] or is_money(p.unit)):
            p.metric = _change_label(kind, None if p.metric in defaults else p.metric)
    # '… 250%, … 367%가 각각 늘었다': one change verb for all, said 'respectively'
    # (or 각각 before the list: '매출과 고용이 각각 11.7%와 15.3% 증가')
    respective = next((q for q in reversed(qs) if q.unit == "percent" and _change_kind(q.metric)
                       and (re.match(r"\s*(?:가|이)?\s*각각", text[q.end:q.end + 6])
                            or any(re.search(r"각각\s*$", text[max(0, p.start - 6):p.start]) and p.unit == "percent"
                                   and re.fullmatch(r"(?:\s*(?:와|과|,|및)\s*[\d.,]+\s*%)*\s*(?:와|과|,|및)\s*", text[p.end:q.start])
                                   for p in qs if p.start < q.start))), None)
    for p in qs:
        if respective is not None and p is not respective and p.unit == "percent" and p.start < respective.start \
                and not _change_kind(p.metric) and not _CHANGE_VERB_KO.search(text[p.end:respective.start]):
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


# a clause ending between two figures: '신규인력은 18.0%인데 전년도 대비 연구인력이 5.7% 감소했다' (18.0% is no change)
# a verb ending a clause between two figures: 투자하고, 조성했으며, 있어 (the second figure's verb is not the first's)
_VERB_BETWEEN_KO = re.compile(r"(?:하|했|되|됐|이|였|있|없|해)(?:고|며|으며|지만|는데|어|여|서|다)[\s.,]")
_CLAUSE_ENDS_KO = re.compile(r"^\s*(?:인데|이며|이고|였고|였으며|으며|이지만|인 반면)\s")
# a change said between two figures ends the first one's list: '운송장비가 12.0%, 철강 3.3%가 증가했으며
# 기계와 전기전자는 각각 2.4%, 0.3%가 감소했다' (the 각각 list does not reach back past 증가했으며)
_CHANGE_VERB_KO = re.compile(r"(?:증가|감소|늘|줄|상승|하락|확대|축소)[가-힣]*(?:며|고|지만|으나|나|는데)\s")


def _counter(figure: str) -> str:
    """The counter a Korean figure is written with (25곳 -> 곳, 1천96개 -> 개), or ''."""
    m = re.search(r"[가-힣]+$", figure)
    return re.sub(r"^[만억조천백십]+", "", m.group(0)) if m else ""  # (4천개 -> 개)


def _travel_cue_ko(text: str, s: int, e: int) -> bool:
    """'공항까지 20분 거리', '약 25분이 걸리는', '차로 30분 소요', '공항까지 지하철로 10분'."""
    _, _, after, before = _travel_cues()
    return bool(after.match(text[e:e + 24]) or before.search(text[max(0, s - 16):s]))
    # (not a date only compared with)
