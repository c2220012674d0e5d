"""English figures: digits and number words with their unit, scale or currency, normalized to the
contract's canonical units, with qualifier and a short metric label read from the words around them
(rules: units.yaml english, metrics.yaml). Shared passes live in ``statistics``."""
from __future__ import annotations

import re

from pipeline.extract import numbers as nu
from pipeline.extract.normalise import metric_code
from pipeline.rules import load_rules, per_rules
from pipeline.extract.statistics import (
    Quantity, _COUNT_LABELS, _MONEY_OR_OTHER, _change_label, _change_words, _compared, _compose,
    _compound_times, _listed_changes, _merge_equivalents, _metric_noun, _metric_rules, _partitives, _q,
    _size_comparison_rx, _specialiser, _surveyed, _travel_cues, is_money, segment_bounds, unit_label,
)


@per_rules
def _be_forms() -> frozenset[str]:
    return frozenset(_metric_rules().get("be_forms") or ())


def _english_change(text: str, s: int, e: int) -> str | None:
    """'grew 7%', 'was up 12%', 'a 12% increase in patents', 'a rise of 7%' -> growth or decline, labelled by the
    nearest metric word before the number in its clause (Employment ... grew 7% -> employment
    growth) or after 'increase in' (patents growth)."""
    before = re.findall(r"[A-Za-z][A-Za-z\-]*", text[max(0, s - 80):s])
    if re.search(r"\b(?:fell|fallen|dropped|dipped|slipped|sank|rose|risen|climbed|jumped|edged|stayed|remained)\s+"
                 r"(?:to\s+)?(?:below|above|under|beneath|over)\s+$", text[max(0, s - 30):s], re.I):
        return None  # 'Vacancy rates fell below 3%': the level reached, not the change
    after = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]*", text[e:e + 60])[:6]]
    while after and after[0] in ("year-on-year", "year-over-year", "on-year", "annual", "yearly", "y-o-y", "yoy"):
        after = after[1:]  # 'a 34 percent year-on-year growth in total revenue'
    be = _be_forms()
    kind = None
    appositive = re.search(r"[,–—]\s*(?:up|down)\s+(?:by\s+)?$", text[max(0, s - 12):s]) is not None  # ", up 10% on 2022", '– up 7.2 per cent'"
    near = [w.lower() for w in before[-5:]]  # ('increased by 9%': by is dropped below)
    while near and (near[-1] in ("only", "just", "nearly", "almost", "about", "around", "roughly", "some", "by", "than", "more", "over",
                                 "less", "fewer", "under", "below", "above", "least", "at")  # ('an increase of less than 25%')
                    or near[-2:] == ["close", "to"]):
        near = near[:-2] if near[-2:] == ["close", "to"] else near[:-1]  # 'employment up only 2 percent', 'had risen by
        # more than 100', 'rents have grown close to 10%'
    noun_by = re.search(r"\b([a-z]+)\s+(?:its\s+|their\s+|the\s+)?([a-z\-]+)\s+by\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+)?$",
                        text[max(0, s - 60):s], re.I)
    # 'an increase in software exports by an impressive 21 per cent': the change, what changed, by how much
    noun_in_by = re.search(r"\b([a-z]+)\s+in\s+((?:[a-z\-]+\s+){0,3}[a-z\-]+)\s+by\s+(?:an?\s+[a-z\-]+\s+|about\s+|nearly\s+|almost\s+"
                           r"|some\s+|more\s+than\s+|over\s+)?$", text[max(0, s - 80):s], re.I)
    # a change word ending the clause before the number is another figure's: 'expect revenue to grow, 43 percent expect
    # it to hold steady'
    cut_off = re.search(r"[,;]\s*(?:(?:only|just|nearly|almost|about|around|roughly|some|more|than|over|less|under|at|least)\s+)*$",
                        text[max(0, s - 40):s]) is not None
    # a number written with its sign: 'grew fastest at one-north (+24%)', 'Tsukuba (−0.5%)'
    signed = re.search(r"(?:^|[\s(\[])([+\-−–])$", text[max(0, s - 2):s])
    if signed is not None:
        kind = "growth" if signed.group(1) == "+" else "decline"
    for k, w in _change_words().items() if kind is None else ():
        if noun_in_by and noun_in_by.group(1).lower() in w.get("english_after", ()):
            kind = k
            break
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
        if near and not cut_off and (near[-1] in w.get("english_before", ())
                     or (near[-1] in w.get("english_after_be", ()) and (len(near) > 1 and near[-2] in be or appositive)
                         and after[:1] != ["to"])) or (after and after[0] in w.get("english_after", ())):
            kind = k
            break
    if kind == "growth" and near and near[-1] in ("adds", "added", "add", "adding") and after[:1] == ["to"]:
        return None  # 'ASML alone adds 22 percent to the region's exports': its part of the whole, no change
    if kind is None:
        return None
    subject = None
    if noun_in_by and noun_in_by.group(1).lower() in _change_words()[kind].get("english_after", ()):
        subject = next((lab for w in reversed(noun_in_by.group(2).split()) if (lab := _metric_noun(w))), None)
    if subject is None and noun_by and noun_by.group(1).lower() in _change_words()[kind].get("english_before", ()):
        subject = _metric_noun(noun_by.group(2))
    elif len(after) >= 2 and after[1] in _change_words()[kind].get("english_after", ()) and _metric_noun(after[0]):
        subject = _metric_noun(after[0])
    named_after = False  # 'a 30% reduction in personal income tax': what changed is named after it
    if subject is None and after and after[0] in _change_words()[kind].get("english_after", ()) and after[1:2] == ["in"]:
        subject = next((lab for w in after[2:6] if (lab := _metric_noun(w))), None)  # (their collective turnover)
        named_after = len(after) > 2
    if subject is None and not named_after:
        a, _ = segment_bounds(text, s)
        words = re.findall(r"[A-Za-z][A-Za-z&\-]*", text[a:s])[-10:]
        for i in range(len(words) - 1, -1, -1):
            if (subject := _metric_noun(words[i])):
                # (the head of the subject, not a noun in its 'for'/'of' phrase: 'The turnover for Skolkovo
                # residents in 2020 showed a 60% increase')
                # (nor the agent after 'by': 'Software exports by companies in the park rose 56%')
                owner = next((j for j in range(i - 1, max(-1, i - 6), -1) if words[j].lower() in ("for", "of", "by")), None)
                head = next((lab for j in range(owner - 1, max(-1, owner - 3), -1) if (lab := _metric_noun(words[j]))), None) \
                    if owner is not None else None
                subject = head or subject
                break
    return _change_label(kind, subject)


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
    # (a sign spelled in letters starts a word: QR4.3bn, not the end of another word)
    sym_rx = "|".join((r"(?<![A-Za-z])" if s[:1].isalpha() else "") + re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    code_rx = "|".join(codes)
    scale_rx = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(load_rules("units")["english"]["scales"], key=len, reverse=True))
    # a number word is a number before a spelled scale (one million square feet, two billion euros)
    worded = "|".join(re.escape(str(w)) for w in sorted(_q().get("number_words_en") or {}, key=len, reverse=True) if " " not in str(w))
    spelled = r"(?=\s(?:hundred|thousand|million|billion|trillion)\b)"
    # 'one and a half million', 'two and half thousand': a number word and a half before a scale
    # ('a million square feet', 'half a million visitors': 'a' is one before a large scale and a space, not
    # 'a billion-dollar company')
    worded = rf"(?:{worded}|a)\s+and\s+(?:a\s+)?half|{worded}|(?:half\s+)?an?(?=\s(?:million|billion|trillion)\s)"
    # (a code may be written onto the number: VND60 trillion; or after it: 132 million USD)
    # (a scale joined by a hyphen: '545-billion yuan')
    # (a decimal comma before a scale word, as European writing has it: 'Approx. 3,5 million inhabitants')
    comma = r"(?<![\d,.])\d{1,3},\d{1,2}(?=\s?(?i:million|billion|trillion|mn|bn)\b)"
    number = re.compile(rf"(?P<cur>(?:{sym_rx})\s?|\b(?:{code_rx})\s?)?(?P<num>{comma}|{nu.NUM_CORE}|\b(?i:{worded}){spelled})(?:[\s-]?(?P<scale>(?i:{scale_rx}))\b)?")
    word_after = re.compile(r"\s(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r"|(?-i:" + code_rx + r"))\b", re.I)
    return number, word_after


def _worded_number(words: str) -> float:
    """A number written in words before a scale: 'two' (rules: quantities.number_words_en), 'one and a
    half', 'a and half' (a: one)."""
    table = _q().get("number_words_en") or {}
    first, *rest = words.lower().split()
    if first == "half":
        return 0.5  # half a million
    base = 1.0 if first in ("a", "an") else float(table.get(first, 0))
    return base + 0.5 if rest and rest[-1] == "half" else base


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
        if out and num_s < out[-1].end:
            continue  # the high end of a range read with its low end: between 250 and 300 acres
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
        if prev_word and prev_word.group(1).lower().rstrip(".") in ident \
                and not re.search(r"[:;,]", text[max(0, num_s - 20) + prev_word.end(1):num_s]):
            continue  # (Industry 4.0, line 11; not a field after its colon: 'Jobs in the automotive industry: 180,000',
            # nor a figure after a clause ending on the word: 'Asked why they chose the district, 61% of respondents')
        if prev_word and prev_word.group(1).lower().rstrip(".") in date_words \
                and not re.search(r"[:;,]", text[max(0, num_s - 20) + prev_word.end(1):num_s]):
            continue  # 'February 15' is a date; 'in February: 152,917 in HSP', 'In March, 41% of firms' a figure
        next_word = re.match(r"\s*([A-Za-z]+)", text[e:])
        if next_word and next_word.group(1).lower() in date_words:
            continue
        if re.match(r"(?:st|nd|rd|th)\b", text[e:e + 2]):
            continue
        if re.match(r"\s*(?:times|fold|-fold)\b", text[e:], re.I) and (
                re.search(r"\b(?:increased|grew|grown|rose|risen|jumped|multiplied|expanded|soared|by)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$",
                          text[max(0, s - 30):s], re.I)
                or re.match(r"\s*times\s+(?:more|larger|higher|bigger|greater|faster|as|over|the)\b", text[e:], re.I)
                or re.search(r"\b(?:is|are|was|were|be|been)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|less\s+than|at\s+least)\s+)?$",
                             text[max(0, s - 30):s], re.I)):
            continue  # 'increased 46 times', 'ten times larger', 'is more than 12 times average earnings': a multiplier, not a count
        hy = re.match(r"[-‐–]([A-Za-z]+)\b", text[e:])
        if hy and hy.group(1).lower() in _hyphen_modifiers() and not nu.match_english_unit(" " + hy.group(1)) \
                or hy and hy.group(1).lower() in _hyphen_modifiers() and not _travel_cue_en(text, s, e + hy.end()):
            continue  # 2-nanometre chips, a 5-star hotel; a 1-hour trip is a travel time
        scale = m.group("scale")
        numtxt = m.group("num")
        # "3 m" is metres, not millions, unless money
        if scale and scale.lower() in ("m", "b", "k") and not m.group("cur") and not (
                m.end("num") == m.start("scale") and (nw := re.match(r"\s+([A-Za-z]+)", text[m.end():]))
                and (nw.group(1).lower() in words or _metric_noun(nw.group(1))
                     or ((au := nu.match_english_unit(text[m.end():])) is not None and au[1] == "m2"))):
            scale = None  # (but '12m people', '3m euros', '1.2m sq ft': millions glued to the number, before what they count)
            e = m.end("num")
        value = _worded_number(numtxt) if numtxt[:1].isalpha() \
            else float(numtxt.replace(",", ".")) if re.fullmatch(r"\d{1,3},\d{1,2}", numtxt) \
            else float(re.sub(r"[,\s\u2009\u202f\u00a0]", "", numtxt))
        if scale:
            scale_factor = load_rules("units")["english"]["scales"][re.sub(r"\s+", " ", scale.lower())]
            value = float(f"{value * scale_factor:.12g}")  # (2.07 billion is 2070000000, not 2069999999.9999998)
        cur = None
        if m.group("cur"):
            c = m.group("cur").strip()
            cur = symbols.get(c, c)
        unit_cat, factor = None, 1.0
        plus = re.match(r"[-‐–]plus(?=\s+[a-z])", text[e:]) if not m.group("cur") else None
        if plus:
            e += plus.end()  # '330-plus acres': at least 330 acres
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
                if not scale and re.fullmatch(r"\d{1,3}(?:\.000)+", numtxt):
                    value = float(numtxt.replace(".", ""))  # '21.000 km2': a point grouping thousands, no decimal
            elif (adj := re.match(r"\s([a-z]+)(?=\s)", after)) and adj.group(1) in (_q().get("area_adjectives_en") or ()):
                u = nu.match_english_unit(after[adj.end():])  # 240 leasable acres: a kind of land, then its unit
                if u and u[1] == "m2":
                    surface, unit_cat, factor = u
                    e += adj.end() + len(surface)
        is_year = re.fullmatch(r"(?:19|20)\d{2}", numtxt) is not None
        if cur is None and unit_cat is None and re.match(r"\s*[-–]\s*\d+(?:\.\d+)?\s*(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)\b", text[e:], re.I):
            continue  # 'over the last 11-12 years': the first end of a span of time, no count
        ranged = None
        if not scale and unit_cat is None and not is_year and (ranged := _range_end(text, s, e, value, cur)):
            unit_cat, e = "count", ranged[2]  # 250-300 acres, $10-15 million, 10-15%: the low end, at least
        if cur is None and unit_cat is None:
            nw = re.match(r"\s+([a-z\-]+)\b", text[e:])
            if not scale and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", numtxt) and nw \
                    and (nw.group(1) in ("people", "persons", "staff") or _metric_noun(nw.group(1))
                         or (len(nw.group(1)) > 3 and nw.group(1).endswith("s") and not nw.group(1).endswith("ss"))):
                value = float(numtxt.replace(".", ""))  # '25.443 people', '5.539 companies': a point grouping thousands
            elif is_year or "." in numtxt and not scale:
                continue
            unit_cat = "count"
        if cur is not None:
            val, canon = value, cur
        else:
            val, canon = nu.to_canonical(value, unit_cat, factor)
        if ranged:
            val, canon = ranged[0], ranged[1]
        qual = nu.english_qualifier(text[max(0, s - 30):s], text[e:e + 12]) if not (ranged or plus) else "at_least"
        if qual == "at_least" and re.search(r"\bover\s*$", text[max(0, s - 30):s], re.I) and re.match(r"\s*(?:years?|decades?)\b", text[e:], re.I):
            qual = "exact"
        if canon == "year" and (re.search(r"\b(?:next|past|last|over|for|within|up to|of up to|in|after|since)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+)?$",
                                          text[max(0, s - 25):s], re.I) or re.match(r"\s*(?:ago|later|earlier|old|from now)\b", text[e:], re.I)):
            continue  # over the next 15 years, tax holidays of up to 10 years: the span of something else
        # an absolute change says 'by': 'headcount grew by 1,100 (to 29,100)'; 'rose to 29,100' is the level
        by_change = canon != "percent" and re.search(
            r"\bby\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?[$€£¥₩]?$",
            text[max(0, s - 30):s], re.I) is not None or re.search(  # 'an increase of £50 million', 'a surge of ₹1,110 crore'
            rf"\b(?:{_change_nouns_alt()})\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?[$€£¥₩]?$",
            text[max(0, s - 40):s], re.I) is not None
        # ... and so does a count a verb of gain or loss takes as its object: 'added 200 companies last year', 'lost 4,500 jobs'
        by_change = by_change or (canon == "count" and re.search(
            r"\b(?:added|adds|adding|gained|gains|lost|loses|losing|shed|sheds|shedding)\s+(?:about\s+|around\s+|some\s+|roughly\s+"
            r"|nearly\s+|almost\s+|more\s+than\s+|over\s+|another\s+|a\s+further\s+)?$", text[max(0, s - 30):s], re.I) is not None)
        # ... and a count set against an earlier time right after a level: 'employ 6,820 people, 540 more than a
        # year ago', 'up 540 on last year' (the change of what the level counts)
        against = canon == "count" and out and out[-1].unit == "count" and out[-1].metric != "count" and (
            _MORE_THAN_THEN_EN.match(text, e) is not None
            or (re.search(r"\b(?:up|down)\s+$", text[max(0, s - 8):s], re.I) is not None and _ON_THEN_EN.match(text, e) is not None))
        by_change = by_change or against
        metric = ((canon == "percent" or by_change) and _english_change(text, s, e)) or \
            (canon == "hour" and _travel_cue_en(text, s, e) and "travel time") or _english_metric(text, s, e, canon)
        if against and metric in ("growth", "decline"):
            metric = f"{out[-1].metric} {metric}"
        if canon == "count" and by_change and isinstance(metric, str) and metric.endswith(("growth", "decline")) \
                and re.match(r"\s+(?:net\s+|new\s+|additional\s+)?(?:[A-Za-z&\-]+\s+)?jobs\b", text[e:], re.I):
            metric = "jobs created" if metric.endswith("growth") else "jobs lost"  # 'an increase of 1,400 jobs': jobs added
            # (whatever the subject counts: 'the cluster of technology companies … added 30,000 tech jobs')
        if canon == "count" and _LOST_THEIR_JOBS_EN.match(text, e):
            metric = "jobs lost"  # 'some 2,000 engineers lose their jobs': the jobs lost, whoever held them
        if cur is not None and metric in (None, "amount") and _BUILT_FOR_EN.search(text[max(0, s - 90):s]):
            metric = "investment"  # 'SK hynix is building up to four fabs there for 120 trillion won': what building costs
        if canon == "count" and metric == "people" and _TOWN_HOME_TO_EN.search(text[max(0, s - 100):s]):
            metric = "population"  # 'the city … is home to about 250,000 people': its residents
        if canon == "count" and _surveyed(text, s, e, "en"):
            metric = "surveyed"
        if canon == "count" and metric == "count" and (fronted := re.match(r"\s*(?:\([^()]{0,30}\))?,\s+(?:the\s+)?number\s+of\s+([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?)", text[e:])) \
                and (lab := _phrase_label(_noun_phrase(fronted.group(1).split()))):
            metric = lab  # 'At 6,300 (2023: 6,400), the number of students decreased': the figure is fronted
        if canon == "count" and metric == "count" and THAT_NUMBER_EN.search(text, max(0, s - 80), s):
            metric = next((q.metric for q in reversed(out) if q.unit == "count" and q.metric != "count"), metric)
            # '15 technology firms, and today that number has grown to 1,472': what was counted before
        if canon == "count" and re.search(r"\b(?:\d+(?:st|nd|rd|th)|rank\w*\s+(?:no\.\s*)?\d+)\s+(?:out\s+)?of\s+(?:the\s+)?$", text[max(0, s - 30):s], re.I):
            continue  # 'ranking 103rd out of 132 economies': the field ranked in, no fact of its own
        if canon == "count" and metric == "count" and re.search(r"\b(?:at|aged?)\s+$", text[max(0, s - 6):s], re.I):
            continue  # 'Sophia Antipolis at 55': an age, counting nothing
        if canon == "count" and re.search(r"\b(?:are|is|were|was|aged|those|people)\s+(?:under|over|below|above)\s+$", text[max(0, s - 20):s], re.I) \
                and re.match(r"\s*(?:[),.;]|$|years?\b)", text[e:]):
            continue  # '40% of the population are under 30': an age
        if canon == "count" and metric in ("metres", "meters", "feet", "storeys", "stories", "floors"):
            continue  # 'measures 106 metres in height', '17 floors': a building's size, no fact about the cluster
        if canon == "count" and val >= 1e8 and metric_code(metric, "count", True) in ("companies", "startups", "employees", "researchers"):
            continue  # 'Invoicing of companies in the park is 1.75 billion': money written without its currency, no count of firms
        out.append(Quantity(s, e, text[s:e], val, canon, qual, metric))
    out += _worded_measures(text, out)
    out = _compound_times(sorted(out, key=lambda q: q.start), text)
    return _compared(_partitives(_merge_equivalents(_listed_changes(_listed_before_noun(_colon_series(_colon_list(
        _bare_amounts_compared(out, text), text), text), text), text), text), text), text)


# people counted, then losing their jobs
_LOST_THEIR_JOBS_EN = re.compile(r"\s+(?:[a-z\-]+\s+){0,2}(?:lose|loses|lost|losing|will\s+lose|would\s+lose)\s+(?:their|its|his|her)\s+jobs?\b")
# a verb of building, then 'for' right before an amount of money
_BUILT_FOR_EN = re.compile(r"\b(?:build|builds|building|built|construct|constructs|constructing|constructed|erect|erects|erecting|erected)\b"
                           r"[^.;]{0,60}?\bfor\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+)?(?:[A-Z]{1,3})?[$€£¥₩]?$")
# a town as the subject of 'home to' right before a count of people
_TOWN_HOME_TO_EN = re.compile(r"\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Ss]uburb|[Tt]ownship)\b[^.;]{0,80}?\bhome\s+to\s+"
                              r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$")


def _range_end(text: str, s: int, e: int, low: float, cur: str | None) -> tuple[float, str, int] | None:
    """The low end of a range whose unit follows the high end ('250-300 acres', '$10-15 million',
    '10–15%', 'between 250 and 300 acres'): its value in the high end's unit and scale, its unit and
    the range's end."""
    rg = re.match(r"\s?[-–~]\s?(?=\d)", text[e:e + 4])
    if rg is None and re.search(r"\bbetween\s+[$€£¥₩]?$", text[max(0, s - 12):s], re.I):
        rg = re.match(r"\s+and\s+[$€£¥₩]?(?=\d)", text[e:e + 8])
    if not rg:
        return None
    high = next((q for q in english_quantities(text[e + rg.end():e + rg.end() + 80]) if q.start == 0), None)
    num = re.match(r"\d[\d,]*(?:\.\d+)?", text[e + rg.end():])
    if high is None or num is None or re.fullmatch(r"(?:19|20)\d{2}", num.group()):
        return None
    top = float(num.group().replace(",", ""))
    if top <= low or (high.unit == "count" and high.metric == "count" and cur is None):
        return None  # (a span of years, a score, two bare numbers: no range of one measure)
    factor = high.value / top if top else 1.0
    unit = cur if cur is not None and high.unit == "count" else high.unit
    return float(f"{low * factor:.12g}"), unit, e + rg.end() + high.end


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


# what joins the items of a list of numbers: ', ', ', and ', ' or '
_LIST_JOIN_EN = r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"


def _listed_before_noun(qs: list[Quantity], text: str) -> list[Quantity]:
    """Bare numbers listed before a counted noun share it: '331 IT, 75 BT, and 61 CT companies'."""
    for k in range(len(qs) - 2, -1, -1):
        q, nxt = qs[k], qs[k + 1]
        between = text[q.end:nxt.start]
        if q.unit == "count" and nxt.unit == "count" and nxt.metric != "count" and (q.metric == "count" and re.fullmatch(
                r"\s+[\w&\-]+(?:\s+[\w&\-]+)?,\s*(?:and\s+|or\s+)?|" + _LIST_JOIN_EN, between)
                or re.fullmatch(r"\s+(?:and|or)\s+", between)):  # (and '500 and 300 firms respectively'; '£33m of
            q.metric = nxt.metric  # investment supporting 3,450 and 3,660 start-ups': no noun of its own, whatever came before)
        # ... and a unit: '1,586 and 2,000 hectares respectively' (the first in the second's unit and scale)
        if q.unit == "count" and q.metric == "count" and nxt.unit in ("m2", "km", "hour", "day", "year", "percent") \
                and re.fullmatch(r"\d[\d,]*(?:\.\d+)?", q.text) and re.fullmatch(_LIST_JOIN_EN, between) \
                and (raw := re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)\s*[A-Za-z%\s\-]*", nxt.text)) \
                and (top := float(raw.group(1).replace(",", ""))):
            q.value, q.unit, q.metric = float(f"{q.value * nxt.value / top:.12g}"), nxt.unit, nxt.metric
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


_THEN_EN = r"(?:a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before|last\s+year|(?:in\s+)?(?:19|20)\d{2})\b"
_MORE_THAN_THEN_EN = re.compile(rf"\s+(?:more|fewer|less)\s+than\s+{_THEN_EN}", re.I)
_ON_THEN_EN = re.compile(rf"\s+(?:on|from|compared\s+with|over)\s+{_THEN_EN}", re.I)


@per_rules
def _change_nouns_alt() -> str:
    """The nouns of a change said before its size ('an increase of', 'a surge of'): metrics.yaml's
    change words said after a number, less the comparatives (more, fewer, less)."""
    words = {str(w) for kind in _change_words().values() for w in kind.get("english_after", ())} - {"more", "fewer", "less"}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _colon_series(qs: list[Quantity], text: str) -> list[Quantity]:
    """A series after a colon says the same measure in each item: 'IT exports were impressive: Rs 6,310
    crore during 2020-21 (21.35% annual growth), Rs 8,500 crore during 2021-22 (34.7% growth) and Rs 9,186
    crore during 2022-23 (8.07%)' -> three amounts of exports, three rates of growth (an amount left
    unlabelled takes the label of the first amount of its currency; a rate only in brackets, as the first)."""
    colon = text.find(": ")
    if colon < 0:
        return qs
    items = [q for q in qs if q.start > colon and not re.search(r"[.;!?]\s", text[colon:q.start])]
    for unit in dict.fromkeys(q.unit for q in items):
        if not (is_money(unit) or unit == "percent"):
            continue  # (counts after a colon: _colon_list)
        series = [q for q in items if q.unit == unit and (unit != "percent" or text[q.start - 1:q.start] == "(")]
        default = unit_label(unit)
        first = next((q for q in series if q.metric != default), None)
        if first is None or len(series) < 2:
            continue
        for q in series[series.index(first) + 1:]:
            if q.metric == default and (text[q.start - 1:q.start] == "(") == (text[first.start - 1:first.start] == "("):
                q.metric = first.metric
    return qs


@per_rules
def _number_words_rx() -> tuple[re.Pattern, dict[str, float]]:
    words = {str(k).lower(): float(v) for k, v in (_q().get("number_words_en") or {}).items()}
    tens = [w for w, v in words.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    for t in tens:  # 'Forty-four': a ten and a unit joined by a hyphen
        for u, v in [(w, v) for w, v in words.items() if v in (1, 2, 3, 4, 5, 6, 7, 8, 9)]:
            words[f"{t}-{u}"] = words[t] + v
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "\x00"
    return re.compile(rf"(?<![\w-])({alt})[\s-]", re.I), words  # (not the 'one' of 'Sixty-one')


@per_rules
def _worded_count_rx() -> re.Pattern:
    nouns = "|".join(re.escape(str(w)) for w in sorted(_q().get("worded_count_nouns_en") or ["\x00"], key=len, reverse=True))
    # (modifiers may be names: 'nine Fraunhofer institutes', 'two Max Planck institutes')
    return re.compile(rf"\s+(?:[A-Za-z][\w\-]*\s+){{0,2}}?(?:{nouns})\b")


def _worded_measures(text: str, found: list[Quantity]) -> list[Quantity]:
    """'one square mile', 'two hours', 'a ten-minute walk', 'ten percent': a number word before a
    unit of measure (area, distance, time, percent); before a count noun only for the institutions
    of quantities.yaml ``worded_count_nouns_en`` ('Eleven universities')."""
    rx, words = _number_words_rx()
    out = []
    for m in rx.finditer(text):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        after = text[m.end() - 1:m.end() + 40]
        u = nu.match_english_unit(" " + after[1:].replace("-", " ") if after[:1] == "-" else after)
        if not u and words[m.group(1).lower()] >= 2 and (n := _worded_count_rx().match(text, m.end() - 1)) \
                and not _not_a_figure_en(text, m.start(), m.end() - 1) and not re.search(r"(?:\b(?:of|the|these|those|its|their|from|by|with|into|to|for)|['’]s)\s+$", text[max(0, m.start() - 8):m.start()]) \
                and not re.search(r"\b(?:from|by|with|into)\s[^.;:\d]{0,60}\band\s+$", text[max(0, m.start() - 70):m.start()]):
            s, e = m.start(), m.end() - 1  # 'Eleven universities': institutions counted in words
            # (not those something comes from, goes to or is done with: 'founded by the city and four universities',
            # 'a short walk from three universities', 'put C$125 million into three national institutes', 'the region's four')
            qual = nu.english_qualifier(text[max(0, s - 30):s], text[e:e + 12])
            out.append(Quantity(s, e, text[s:e], words[m.group(1).lower()], "count", qual, _english_metric(text, s, e, "count")))
            continue
        if not u or u[1] not in ("m2", "km", "hour", "day", "percent") or _not_a_figure_en(text, m.start(), m.end() - 1):
            continue  # (nor a span: 'within three to seven days')
        surface, cat, factor = u
        s, e = m.start(), m.end() - 1 + len(surface)
        val, canon = nu.to_canonical(words[m.group(1).lower()], cat, factor)
        qual = nu.english_qualifier(text[max(0, s - 30):s], text[e:e + 12])
        metric = (canon == "percent" and _english_change(text, s, e)) or \
            (canon == "hour" and _travel_cue_en(text, s, e) and "travel time") or _english_metric(text, s, e, canon)
        out.append(Quantity(s, e, text[s:e], val, canon, qual, metric))
    return out


def _travel_cue_en(text: str, s: int, e: int) -> bool:
    """'20 minutes away', 'a 1-hour trip', 'takes about 30 minutes', '25 minutes by road'."""
    after, before, _, _ = _travel_cues()
    return bool(after.match(text[e:e + 40]) or before.search(text[max(0, s - 40):s]))


# (and the whole of a ratio: 'six in 10 firms', '8 out of 10 employees')
# a size class of firms, no figure: 'the companies with more than 250 employees', 'firms employing
# fewer than 50 people', 'businesses with 10 or more staff'
_SIZE_CLASS_BEFORE_EN = re.compile(r"\b(?:companies|firms|businesses|enterprises|employers|establishments|SMEs|those)\s+"
                                   r"(?:with|having|employing)\s+(more\s+than\s+|over\s+|at\s+least\s+|fewer\s+than\s+|less\s+than\s+"
                                   r"|under\s+|up\s+to\s+|between\s+)?$", re.I)
_SIZE_CLASS_AFTER_EN = re.compile(r"(?:\s+or\s+(?:more|fewer|less))?(?:\s*[-–]\s*\d[\d,]*|\s+and\s+\d[\d,]*)?\s+(?:employees|staff|workers|people|persons)\b", re.I)
_DENOMINATOR_EN = re.compile(r"\bper\s*$|\bfor\s+every\s*$|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+$", re.I)


# a share of firms said to employ fewer or more than so many: 'Three quarters of the tenant companies employ fewer than 15
# people', '40% of the firms have more than 50 staff' (the class a share is of, no figure)
_SIZE_CLASS_SHARE_EN = re.compile(r"\b(?:quarters?|half|thirds?|fifths?|per\s?cent|%|most|majority)\s+of\s+(?:the\s+|these\s+|its\s+|their\s+)?"
                                  r"(?:[\w\-]+\s+){0,2}?(?:companies|firms|businesses|enterprises|tenants|start-?ups|members)\s+"
                                  r"(?:(?:at|in|on|based\s+(?:at|in))\s+(?:[\w\-’']+\s+){1,4}?)?(?:employ|have|had|employed)\s+(?:fewer\s+than|less\s+than|under|more\s+than|over)\s+$", re.I)


def _size_class_en(text: str, s: int, e: int) -> bool:
    """'the companies with more than 250 employees', 'firms with 10 or more staff' (a bound is said;
    '1,400 companies with 31,000 employees' is a figure)."""
    w = max(0, s - 45)
    if _SIZE_CLASS_SHARE_EN.search(text[max(0, s - 90):s]) and _SIZE_CLASS_AFTER_EN.match(text, e):
        return True
    before = _SIZE_CLASS_BEFORE_EN.search(text[w:s])
    if before and re.search(r"\d\s+(?:[A-Za-z\-]+\s+){0,5}$", text[max(0, w + before.start() - 60):w + before.start()]):
        return False  # '850 companies with over 10,000 workers': the firms are counted, and so are their workers
        # (also 'Around 1,700 of these firms are software companies employing more than 30,000 people')
    after = _SIZE_CLASS_AFTER_EN.match(text, e)
    return bool(before and after and (before.group(1) or re.match(r"\s+or\s+(?:more|fewer|less)", text[e:])
                                      or re.match(r"\s*[-–]\s*\d|\s+and\s+\d", text[e:])))


def _not_a_figure_en(text: str, s: int, e: int) -> bool:
    """A denominator ('8.1 tech workers per 100 residents', 'per 1,000 inhabitants') is not a
    figure, nor a size class of firms ('the companies with more than 250 employees'), nor an age ('celebrated 50 years of operation', 'will celebrate 14 years of history'),
    nor the span of a period ('over the 12 months to April 2017', 'over the last 12 months'), nor a price per unit
    ('rents reached $110 per square foot', '€450 a month per desk')."""
    return bool(_DENOMINATOR_EN.search(text[max(0, s - 12):s])) or _size_class_en(text, s, e) or bool(_MONTHS_OF_PERIOD_EN.match(text, e)) \
        or bool(_PER_UNIT_EN.match(text, e)) or bool(_LIST_NAME_EN.search(text[max(0, s - 20):s])) \
        or bool(_size_comparison_rx("en").match(text, e)) \
        or bool(_WHEN_EN.match(text, e)) or bool(_DIMENSION_EN.match(text, e)) or bool(_OWNERSHIP_EN.match(text, e)) \
        or bool(_MULTIPLE_EN.match(text, e)) \
        or bool(_LAST_N_EN.search(text[max(0, s - 20):s]) and _SPAN_UNIT_EN.match(text, e)) or bool(
        _AGE_EN.match(text, e) and (_AGE_OF_EN.match(text, e) or _CELEBRATES_EN.search(text[max(0, s - 30):s])))


# '100% foreign ownership', '100 percent foreign-owned': what a zone's rules allow, no figure of it
_OWNERSHIP_EN = re.compile(r"\s*(?:%|per\s?cent\b)\s*(?:foreign|overseas|outside)?[-\s]*(?:ownership|owned)\b", re.I)
# a ranking list's name, whose number is no figure: 'the Fortune Global 500', 'an S&P 500 company'
_LIST_NAME_EN = re.compile(r"\b(?:Fortune(?:\s+Global)?|Forbes(?:\s+Global)?|FTSE|S&P|Inc\.?|Russell)\s+$")
# 'two miles wide and eight miles long', 'within a 10-mile radius': a length the place measures across, no distance to somewhere
_DIMENSION_EN = re.compile(r"[\s-]*(?:miles?|mi|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet|ft|yards?)\s+"
                           r"(?:wide|long|radius|in\s+(?:length|width|diameter))\b", re.I)


# 'Three days later', 'two weeks ago': when something happened, not a measure
_WHEN_EN = re.compile(r"[\s-]*(?:minutes?|hours?|days?|weeks?|months?)\s+(?:ago|later|earlier|afterwards|after|before)\b", re.I)
# over the last 12 months; 37 companies left in 6 months; within two weeks
_LAST_N_EN = re.compile(r"\b(?:the|its|their|our|his|her)\s+(?:last|past|previous|next|coming|first)\s+$|\b(?:that|those|these)\s+$"
                        r"|\b(?:in|within|after)\s+(?:just\s+|only\s+)?(?:\w+\s+(?:to|or)\s+)?$", re.I)  # within three to seven days
_SPAN_UNIT_EN = re.compile(r"\s+(?:months?|weeks?|quarters?|days?|years?|decades?)\b", re.I)
_MONTHS_OF_PERIOD_EN = re.compile(r"\s+months\s+(?:to|ending|ended|through)\s+[A-Z]", re.I)  # the 12 months to April 2017
# 'that number has grown to an astonishing …', 'the figure now stands at …': the count before, again
THAT_NUMBER_EN = re.compile(r"\b(?:that|this|the)\s+(?:number|figure|total|count|tally)\s+(?:has\s+|had\s+|have\s+|now\s+)*"
                            r"(?:grown|risen|rose|increased|climbed|jumped|swelled|ballooned|soared|surged|mushroomed|reached|hit|stands|stood|fallen|fell|dropped|shrunk|is|was)"
                            r"\s+(?:to\s+|at\s+)?(?:an?\s+[a-z]+\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|just\s+)?$", re.I)
_AGE_EN = re.compile(r"\s*-?(?:years?|yrs?)\b", re.I)
# a multiple, no figure: '159-times the 1999 amount', 'over 50 times greater than', 'a 14-fold rise'
_MULTIPLE_EN = re.compile(r"(?:-|\s)(?:times\s+(?:greater|more|larger|bigger|higher|faster|smaller|less|as|the|that|what|its|their)\b|times\b(?=\s*[,.;)])|fold\b)", re.I)
_AGE_OF_EN = re.compile(r"\s*-?(?:years?|yrs?)\s+(?:of\s+)?(?:operation|operations|history|existence|activity|service)\b", re.I)
_CELEBRATES_EN = re.compile(r"\b(?:celebrat\w*|marks?|marked|marking|turns?|turned)\s+(?:its\s+|their\s+|the\s+)?$", re.I)


# a verb of employing right before a count with no noun after it
_EMPLOYED_BEFORE_EN = re.compile(r"\b(?:employ|employs|employed|employing)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|"
                                 r"just|only|an\s+estimated|a\s+total\s+of)\s+)?$", re.I)


@per_rules
def _wider_bodies_en() -> frozenset[str]:
    """Second heads after 'and' that only widen the first (metrics.yaml wider_bodies_en)."""
    return frozenset(str(w).lower() for w in _metric_rules().get("wider_bodies_en") or ())


@per_rules
def _hyphen_modifiers() -> frozenset[str]:
    return frozenset(w.lower() for w in _q().get("hyphen_modifiers_en") or [])


# people counted as working in research: 'employ 15,000 people in research and development', '15,000 of them in R&D roles'
_IN_RESEARCH_EN = re.compile(r"\s+(?:of\s+them\s+|people\s+|staff\s+|workers\s+|employees\s+)?(?:work(?:ing)?\s+)?in\s+"
                             r"(?:R&D|research(?:\s+and\s+development)?)(?:\s+(?:roles|jobs|positions|functions))?\b(?!\s+(?:companies|firms|institutes|centres|centers|parks?))")


def _english_metric(text: str, s: int, e: int, unit: str) -> str:
    """What an English figure counts, in order: the noun phrase right after it, read from its head
    ('2,500 engineers a year', '50,000 knowledge workers', '£1.2bn of venture capital investment');
    else the nearest metric noun before it in its clause (its subject: 'Venture funding raised by
    local firms fell to C$610 million'; 'Population (2020) | 71,000'). A job count with a verb
    creating or cutting jobs is a change in jobs ('could create 4,000 jobs', 'shed 4,000 jobs')."""
    tail = re.sub(r"^\s\([a-z][a-z\s\-]{0,18}\)(?=\s[A-Za-z])", "", text[e:e + 90])  # 'Approx. 80 (red) biotech companies'
    tail = re.sub(r"^((?:\s+[a-z][\w\-]*){1,3})\s+\([A-Z]{2,5}\)(?=\s[a-z])", r"\1", tail)  # '1,450 full-time equivalent (FTE) staff'
    tail = re.sub(r"^\s+or\s+so(?=\s[a-z])", "", tail)  # 'its 100 or so companies': the qualifier before the noun
    # (the amount converted in brackets after it: 'a 393.9 billion won ($332 million) project')
    tail = re.sub(r"^\s*\((?:about\s+|around\s+|some\s+|roughly\s+|approximately\s+)?(?:[A-Z]{1,3})?[$€£¥₩][\d.,]+\s*(?:[a-z]+)?\)(?=\s[a-z])", "", tail)
    np_text = re.split(r"[,.;:()\[\]|]", re.sub(r"\bPh\.\s?D\.?s?(?=\W|$)", "PhDs", tail), maxsplit=1)[0]  # Ph.D.s
    ranked = re.match(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w&]*\s+)+\d+\s+([a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)", tail)
    if ranked:  # '90 of the Fortune Global 500 companies': the list's name and size, then what the 90 are
        np_text = " " + ranked.group(1)
    np_text = re.split(r"\s[$€£¥₩]?\d", np_text, maxsplit=1)[0]  # '1,300 companies and 18 institutions': the next figure's words are its own
    if " and " in np_text:  # ('three hospitals and two national labs': so are a number word's)
        np_text = _number_words_rx()[0].split(np_text, maxsplit=1)[0]
    after = re.findall(r"[A-Za-z][A-Za-z&\-]*", np_text)
    if len(after) >= 3 and after[0] == "of" and after[1] in ("these", "those", "them", "which") and after[2] in ("are", "were"):
        after = after[2:]  # 'Over 2,670 of these are high-tech enterprises': what they are
    if len(after) >= 2 and after[0] in ("are", "were") and after[1] not in ("expected", "planned", "due", "set", "to", "in", "on", "at"):
        after = after[1:]  # 'more than 1,400 are research institutions'
    if after[:1] == ["of"]:  # "£1.2bn of venture capital investment"
        after = after[1:]
        if len(after) >= 2 and after[0] in ("the", "these", "those", "its", "their") and unit == "count":
            after = after[1:]  # 'about 3,780 of the firms': some of them, counted by the same noun
    phrase = _noun_phrase(after)
    if phrase[:1] and phrase[0].lower() in ("there", "here"):
        phrase = []  # 'employed about 2,000 there': where, no noun counted
    if not phrase and after[:1] and after[0].lower() in ("in", "of"):  # "$29 million in seed funding"
        phrase = _noun_phrase(after[1:])
    label = _phrase_label(phrase)
    if label is None and unit == "count" and after and (verb := (_metric_rules().get("people_verbs_en") or {}).get(after[0])):
        label = verb  # '64,000 work here and 5,000 study at the university': who work, who study there
    if label is None and unit == "count" and not phrase and _EMPLOYED_BEFORE_EN.search(text, max(0, s - 60), s):
        label = "employees"  # 'together employed about 2,000 there': the people a verb of employing counts
    sized = re.match(r",\s+[\d.,]+(?:\s*(?:million|billion))?[-\s]+(?:square[-\s](?:foot|feet|metre|meter)|acre|hectare)s?\s+((?:[a-z\-]+\s+){0,3}[a-z]+)",
                     text[e:e + 90])  # 'a $3.2 billion, 1.2 million-square-foot semiconductor plant'
    if is_money(unit) and sized and any(w in _BUILDINGS_EN for w in sized.group(1).split()):
        phrase = sized.group(1).split()
    if is_money(unit) and phrase and any(w.lower() in _BUILDINGS_EN for w in phrase):
        label = "investment"  # 'the £20m production facility', 'a $50m research centre': what the building cost
        # ('This $2 billion project aims to …': a verb read into the phrase)
    if label is None and unit == "count" and phrase and re.fullmatch(r"[a-z][a-z\-]{2,}s", phrase[0]) and phrase[0] not in _NP_STOP:
        label = phrase[0]  # '3,000 desks': a plural noun no rule knows still says what is counted (code: other)
        verbs = _metric_rules().get("people_verbs_en") or {}
        verb = verbs.get(after[len(phrase)] if len(after) > len(phrase) else "") or (verbs.get(phrase[-1]) if len(phrase) == 2 else None)
        label = verb or label  # 'where more than 26 thousand specialists work': who work there (work read as a noun)
    if "and" in phrase or "or" in phrase:  # '300 technology companies and start-ups': coordinated heads, the first counts
        k = phrase.index("and") if "and" in phrase else phrase.index("or")
        left = _phrase_label(phrase[k - 1:k])
        # (a count of the second head is no word of it: '60 firms and another six research organizations')
        counted = {str(w).lower() for w in _q().get("number_words_en") or ()} | {"another", "other", "some", "more", "further"}
        second = phrase[k + 1:]
        second = second[:next((j for j, w in enumerate(second) if w in ("and", "or")), len(second))]  # (up to a third head)
        right = len([w for w in second if w.lower() not in counted])
        # (a longer second head only after firms: '57 businesses and research centers'; '1,900 start-ups
        # and technology companies' are companies, the head)
        # (nor a longer second head that only widens the first: '47 universities and higher education institutions')
        if left and _phrase_label(phrase[k + 1:]) and (right == 1 or (right <= 3 and metric_code(left, "count", True) == "companies")
                                                        or (right <= 3 and second[-1].lower() in _wider_bodies_en())):
            label = left
        elif left and second and re.fullmatch(r"[a-z]{3,}ing", second[0]):
            label = left  # '15,000 skilled workers and generating revenues of …': a verb after 'and' opens the next part
    if label is None and (listed := _ADJECTIVES_LISTED.match(text, e)):
        label = _phrase_label(_noun_phrase(listed.group(1).split()))  # '36 public, academic and private sector R&D centres'
    if label is None and not phrase and (field := _FIELD_LABEL.search(text[max(0, s - 60):s])):
        label = _phrase_label(field.group(1).split()) or next(  # an infobox line: 'Companies: about 300'
            (lab for part in re.split(r",|\band\b|\bor\b|&|/", field.group(1)) if (lab := _phrase_label(part.split()))), None)
        # (the first known of a list: 'Researchers, developers and entrepreneurs: over 12,000')
    placed_after = bool(after) and after[0].lower() in ("in", "at", "during", "by", "on", "across", "within", "over", "since")
    if label is None and (not phrase or placed_after):  # nothing counted after it (only where or when): the clause's noun before it
        a, _ = segment_bounds(text, s)
        before = re.findall(r"[A-Za-z][A-Za-z&\-]*", text[max(a, s - 90):s])
        number_of = _NUMBER_OF.search(text[max(a, s - 140):s])
        if unit == "percent" and any(w.lower() in ("share", "proportion", "percentage") for w in before[-8:]):
            label = "share"  # its share of UK venture capital rose to 25%: a share of something
        elif number_of and unit == "count" and not re.search(r"\d", text[number_of.end():s]) and (lab := _phrase_label(_noun_phrase(re.sub(r"\([^()]*\)", " ", number_of.group(1)).split()))):
            label = lab  # 'the number of employees working at scientific institutions totalled 4,100'
            # (not past its own figure: 'the number of researchers to reach 10,000 and industrial jobs to double from 5,000')
        else:
            label = _phrase_label(before[-8:])
            if unit == "percent" and (near := next((lab for w in reversed(before[-8:]) if (lab := _phrase_label([w]))), None)) \
                    and near != label and metric_code(near, unit, True) == "share":
                label = near  # '120 tenants and occupancy of 94%': the rate named next to it, not the count before
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
    if label in ("people", "persons", "employees", "staff", "workers", "jobs") and _IN_RESEARCH_EN.match(text, e):
        label = "researchers"  # '15,000 people in research and development', '15,000 of them in R&D roles'
    if label in ("people", "persons", "employees") and (_VISITED.match(text, e) or _PER_DAY.match(text, e)):
        label = "visitors"  # 'the 13,000 people who toured the hub last year': visitors, not who work there
    if label in ("people", "persons") and (_SETTLEMENT_OF.search(text[max(0, s - 50):s]) or _RESIDING.match(text, e)):
        label = "population"  # 'a city of roughly 410,000 people', '36,000 people residing in the district': who live there
    if label in ("people", "persons") and re.search(r"\bemployment\s+(?:for|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$",
                                                  text[max(0, s - 40):s]):
        label = "employment"  # 'create employment for 3,000 people': jobs, not residents
    if label in ("people", "persons", "employees", "workers", "staff") and _LOST_THEIR_JOBS.match(text, e):
        return _compose("jobs lost", None, unit)  # '930 people lost their jobs': a change in jobs, not a workforce
    if label in ("jobs", "employees", "workers", "employment") and not _FIRMS_PROVIDING.search(text[max(0, s - 60):s]) \
            and ((change := _JOB_CHANGE.search(text[max(0, s - 30):s]) or _JOBS_CHANGED_AFTER.match(text, e)) or _NEW_JOBS.match(np_text)):
        lost = change is not None and re.match(r"(?:\s+(?:new\s+)?(?:\S+\s+)?jobs\s+.*)?(?:cut|shed|los|lay|disappear|vanish|gone|eliminat|axed)",
                                               change.group(0), re.I)
        label = "jobs lost" if lost else "jobs created"  # (the loss of 600 jobs, shed 4,000 jobs)
    spec = _specialiser(after + re.findall(r"[A-Za-z][A-Za-z\-]*", text[max(0, s - 40):s]))
    if is_money(unit) and (label is None or label in _COUNT_LABELS or metric_code(label, unit, True) not in _MONEY_OR_OTHER):
        a, b = segment_bounds(text, s)
        last_num = max((m.end() for m in re.finditer(r"\d", text[a:s])), default=0)  # the amount before, in the clause
        # the words since the amount before, then the clause: 'budgetary revenue of 18.5 billion yuan and
        # total import and export volume of 79.5 billion US dollars' (trade, not taxes)
        label = (last_num and _money_cue_en(text[a + last_num:s])) or _money_cue_en(text[a:b]) \
            or _money_cue_en(text[max(0, s - 120):s + 60])
    if is_money(unit) and (label == "valuation" or metric_code(label or "", unit, True) == "other") \
            and (worth := _WORTH_OF.search(text[max(0, s - 70):s])):
        label = _money_cue_en(worth.group(1)) or "investment"  # 'foreign investment, worth 3.3 billion ringgit', '8 projects worth'
    return _compose(label, spec, unit)


# an amount of money per unit of something right after it: a price or a rent
# (not a sum a year: 'invests £5m a year' is money invested)
_PER_UNIT_EN = re.compile(r"\s*(?:(?:a|per)\s+(?:month|year|week|day)\s*,?\s*)?(?:a|an|per|/)\s*(?:sq\.?\s*ft|sq\.?\s*m|square\s+(?:foot|feet|metre|meter)|"
                          r"m2|m²|desk|seat|bed|head|person|employee|tonne|ton|barrel)\b", re.I)
# the thing an amount is the worth of, written before 'worth': its measure, not a valuation
_WORTH_OF = re.compile(r"\b((?:foreign\s+)?(?:investments?|projects?|exports?|sales|grants?|subsid(?:y|ies)|incentives?|loans?)\b)[^.;\d]{0,60}?\bworth\s+"
                       r"(?:[^()]{0,40}\(\s*)?(?:about\s+|some\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|roughly\s+|an?\s+estimated\s+)?"
                       r"(?:[A-Z]{1,3})?[$€£¥₩]?\s*$")  # (and the amount converted in brackets after it)


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
                           "buildings", "campus", "headquarters", "hq", "lab", "laboratory", "unit", "site", "hub", "tower",
                           "park", "complex", "project", "development", "technopolis", "city", "district", "zone",
                           "program", "programme", "initiative", "scheme", "expansion", "extension", "redevelopment"})
# ('the Rs 330 crore Tidel Park', 'a £750m development', 'a $10 billion technopolis'; what a programme spends: 'a
# further 600 billion won program')

# 'the number of employees (working at …)': the noun after it is what is counted
_NUMBER_OF = re.compile(r"\b(?:[Tt]he|[Aa])\s+(?:total\s+)?number\s+of\s+([A-Za-z][\w\-]*(?:\s+(?:\([^()]{1,12}\)\s+)?[A-Za-z][\w\-]*){0,4})")
# a clause part that opens with its verb or a preposition: its subject is in the part before
_NO_SUBJECT_EN = re.compile(r"\s*(?:to|from|by|which|that|had|has|have|was|were|is|are|rose|fell|grew|increased|decreased|"
                            r"totalled|totaled|reached|stood|numbered|surged|soared|jumped|climbed|dropped|declined|slipped|doubled|tripled)\b", re.I)
# a field label opening a line or cell, then the number: 'Employees: approximately 2,000'
# (its date or note in brackets may follow the label: 'Population (April 1, 2019)[1] | 251,857')
# words listed before the noun a number counts: '36 public, academic and private sector R&D centres'
# (one may be capitalised: 'around 900 local, Mainland and overseas technology enterprises')
_ADJECTIVES_LISTED = re.compile(r"\s+(?:[A-Za-z][a-z\-]*(?:\s[a-z\-]+)?,\s+){1,4}(?:[A-Za-z][a-z\-]*(?:\s[a-z\-]+)?,?\s+)?(?:and|or)\s+([A-Za-z&\-]+(?:\s+[A-Za-z&\-]+){0,4})")
# (a field's values by year after its label: 'Businesses: 2019: 310; 2023: 452')
_FIELD_LABEL = re.compile(r"(?:^|\n|[|•·;])\s*(?:[-–*▪◦]\s+)?([A-Za-z][A-Za-z ,&/\-]{1,60}?)\s*(?:\([^()]{0,30}\)\s*)?(?:\[\d{1,3}\]\s*)*[:：|]\s*"
                          r"(?:(?:(?:19|20)\d\d\s*[:：]\s*[\d,.]+\s*[;,]\s*)*(?:19|20)\d\d\s*[:：]\s*)?(?:(?:about|around|approximately|approx\.|some|over|"
                          r"more\s+than|nearly|roughly|c\.)\s+)?$", re.I)
# words that end an English noun phrase after a number
_NP_STOP = {"of", "in", "at", "on", "to", "from", "for", "by", "with", "and", "or", "a", "an", "the", "that", "which",
            "who", "per", "each", "every", "last", "this", "next", "since", "between", "than", "over", "under",
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "employing", "employed",
            "working", "based", "located", "across", "into", "up", "down", "while", "as", "its", "their"}
_SETTLEMENT_OF = re.compile(r"\b(?:(?:city|town|municipality|metropolis|suburb)\s+of|(?<!working\s)population\s+(?:was|is|of|stood\s+at|reached|had\s+reached|"
                            r"has\s+reached|grew\s+to|rose\s+to|now\s+stands\s+at))\s+(?:about\s+|around\s+|roughly\s+|some\s+|approximately\s+|"
                            r"nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+(?:over|under)\s+)?$", re.I)  # (its population was about 1,000 people)
_RESIDING = re.compile(r"\s+(?:people|persons)\s+(?:who\s+)?(?:resid\w*|liv(?:e|es|ing)\b|dwell\w*)", re.I)
_PER_DAY = re.compile(r"\s+(?:people|persons|visitors)\s+(?:a|per|each|every)\s+day\b", re.I)  # 'welcome ten thousand people a day'
_VISITED = re.compile(r"\s+(?:people|persons|visitors|guests)\s+(?:who|that)\s+(?:have\s+|had\s+)?(?:tour|visit|attend|came|come|flock)\w*", re.I)
_JOB_CHANGE = re.compile(r"\b(?:founding|founded|creat\w*|add\w*|cut\w*|shed\w*|los[est]\w*|lay\w* off|brings?|bringing|generat\w*)\b"
                         r"(?:\s+\w+){0,3}\s*$", re.I)
# the change said after the jobs: 'Over 1,500 jobs have already been created', '300 jobs were lost', '4,500 ICT jobs disappeared'
# (an aside between: '15,000 jobs - a quarter of the total - were shed')
_JOBS_CHANGED_AFTER = re.compile(r"\s+(?:new\s+)?(?:[A-Z]{2,5}\s+|[a-z\-]+-related\s+)?jobs(?:\s*[-–—,(][^-–—,()]{1,40}[-–—,)])?\s+(?:(?:have|has|had|were|was|are|will|would|could|may|might)\s+(?:not\s+)?(?:already\s+|now\s+|so\s+far\s+|since\s+)?"
                                 r"(?:be(?:en)?\s+)?(?:already\s+)?)?(created|added|generated|lost|cut|shed|disappeared|vanished|gone|eliminated|axed)\b", re.I)
# firms that, as they stand, provide the jobs: '475 companies that generate more than 21 thousand jobs' (held, not created)
_FIRMS_PROVIDING = re.compile(r"\b(?:companies|firms|businesses|enterprises|employers)\s+(?:that|which)\s+(?:generate|create|provide|support|sustain)\s+"
                              r"(?:more\s+than\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_LOST_THEIR_JOBS = re.compile(r"\s+(?:[\w-]+\s+)?(?:people|persons|workers|employees|staff)\s+(?:have\s+|had\s+)?"
                              r"(?:lost|lose|losing|were\s+laid\s+off|have\s+been\s+laid\s+off|were\s+made\s+redundant)\b", re.I)
_NEW_JOBS = re.compile(r"\s*(?:new|additional|extra)\s+(?:[\w-]+\s+)?jobs\b", re.I)


_VERB_BEFORE_PREP = frozenset({"amounts", "amount", "accounts", "account", "stands", "stand", "comes", "come", "adds", "add",
                               "equals", "corresponds", "rises", "falls", "grows"})


@per_rules
def _verbs_after_plural() -> frozenset[str]:
    return frozenset(str(w) for w in _q().get("verbs_after_plural_en") or ())


def _noun_phrase(words: list[str]) -> list[str]:
    """The words of the noun phrase that opens ``words``: up to a function word or a verb."""
    out: list[str] = []
    if len(words) >= 2 and words[0].lower() in _VERB_BEFORE_PREP and words[1].lower() in ("to", "for", "at", "up"):
        return out  # '4 million amounts to a quarter', '58% accounts for': a verb, no noun counted
    for k, w in enumerate(words[:8]):  # (eight: "3,600 other upcoming and stalwart computer and electronics companies")
        if w.lower() in ("and", "or") and out and k + 1 < len(words) and words[k + 1] in _verbs_after_plural():
            break  # '60,000 people and generates annual output': a second verb of the subject, not a second noun
        if w.lower() in ("and", "or") and out and k + 1 < len(words) and words[k + 1].lower() not in _NP_STOP:
            out.append(w)  # 'equipment and materials firms': coordinated modifiers
            continue
        if w.lower() in _NP_STOP:
            break
        if out and (re.fullmatch(r"[a-z]+(?:ed|ing)", w) or w in _verbs_after_plural()) and re.fullmatch(r"[a-z]{3,}s", out[-1]):
            break  # '15 media outlets visited institutes', '300 companies share laboratories': a verb after the plural noun ends the phrase
            # (or a participle: '180 companies providing employment to 25,000 professionals')
        out.append(w)
    return out


def _phrase_label(words: list[str]) -> str | None:
    """The metric label of a run of words: the longest known phrase (four words down to two), else
    a known word, read from the right (a noun phrase's head comes last); a plural is tried in the
    singular ('19 football pitches': none)."""
    for n in (4, 3, 2):
        for k in range(len(words) - n, -1, -1):
            run = " ".join(words[k:k + n])  # (its last word in the singular too: tax revenues)
            if (lab := _metric_noun(run) or (_metric_noun(run[:-1]) if run.endswith("s") else None)):
                return lab
    def word_label(w: str) -> str | None:
        lw = w.lower()
        return _metric_noun(w) or (_metric_noun(w[:-1]) if w.endswith("s") and len(w) > 3 else None) \
            or (w[:1].isupper() and (_metric_noun(lw) or _metric_noun(lw + "s"))) or None  # 'Student numbers'

    for k in range(len(words) - 1, -1, -1):
        if (lab := word_label(words[k])):
            # two nouns joined as one subject measure as the first: 'Revenues and budgets rose 13%'
            first = word_label(words[k - 2]) if k >= 2 and words[k - 1].lower() in ("and", "&") else None
            return first or lab
    return None
    # (not a date only compared with)
