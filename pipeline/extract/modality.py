"""Whether a figure is reported (a fact of the past or present) or expected (a target, plan or
forecast): '입주기업은 300개다' is reported, '내년까지 500개로 늘릴 계획이다' expected; 'employs 4,000
people' reported, 'will create 6,000 jobs' expected. Rules: quantities.yaml ``modality``.

Korean reads the predicate that follows the figure: a past tense or a fact's ending that comes
before any expectation word keeps the figure reported (늘었으며 … 늘릴 계획이다: the first figure
is reported, the second expected). English reads the figure's clause (between commas): an
expectation word before the figure, a participle a few words after it ('6,000 jobs expected'),
or 'by <year>' after the document's own year.
"""
from __future__ import annotations

import re

from pipeline.rules import load_rules, per_rules

REPORTED, EXPECTED = "reported", "expected"
# a past tense or 있다 in a Korean predicate: a syllable ending in ㅆ (했, 됐, 마쳤, 있), 겠 aside
_PAST = re.compile("[" + "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 20 and chr(c) != "겠") + "]")


@per_rules
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    r = load_rules("quantities").get("modality") or {}

    def alt(words):
        return "|".join(re.escape(str(w)) for w in sorted(words or [], key=len, reverse=True)) or r"(?!)"
    return (re.compile(alt(r.get("korean_expected"))), re.compile(alt(r.get("korean_reported_before"))),
            re.compile(rf"\b(?:{alt(r.get('english_expected'))})\b", re.I),
            re.compile(rf"^\W*(?:[\w\-]+\W+){{0,3}}?(?:{alt(r.get('english_expected_after'))})\b", re.I))


@per_rules
def _ko_expected_before() -> re.Pattern:
    words = (load_rules("quantities").get("modality") or {}).get("korean_expected_before") or []
    alt = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"(?:{alt})\s*(?:\(|은|는|을|를|인|로|가|이)?\s*(?:약\s*)?$")


def figure_modality(text: str, start: int, end: int, lang: str, published: str | None = None) -> str:
    """REPORTED or EXPECTED for the figure at ``text[start:end]`` (``text``: its sentence)."""
    ko_expected, ko_reported, en_expected, en_expected_after = _rules()
    if lang == "ko":
        if _ko_expected_before().search(text[max(0, start - 12):start]):
            return EXPECTED  # 목표치(24%)를 초과 달성했다: the 24% is the target
        rest = re.sub(r"'[^']*'|‘[^’]*’|\"[^\"]*\"|“[^”]*”", lambda m: " " * len(m.group()), text[end:])  # (a quote: 답했다)
        exp = ko_expected.search(rest)
        if exp is None:
            return REPORTED
        rep = ko_reported.search(rest, 0, exp.start()) or _PAST.search(rest, 0, exp.start())
        return REPORTED if rep is not None else EXPECTED
    a = max([m.end() for m in re.finditer(r"[,;]\s|\s[–—]\s", text[:start])], default=0)
    b = min([m.start() for m in re.finditer(r"[,;]\s|\s[–—]\s", text[end:])], default=len(text) - end) + end
    after = re.split(r"[(\[]|\d", text[end:b], maxsplit=1)[0]  # (not into a bracket or the next figure)
    if en_expected.search(text[a:start]) or en_expected_after.search(after):
        return EXPECTED  # (the word before the figure in its clause: 'employs 4,000 and will create 6,000')
    nxt = re.search(r"\d[\d,.]*\s", text[end:b])  # (up to the next figure: 'employs 4,000 … 2,500 jobs by 2030')
    own = text[a:start] + " " + text[end:end + nxt.start() if nxt else b]
    later = re.search(r"\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", own)
    if later and published and int(later.group(1)) > int(published[:4]):
        return EXPECTED
    return REPORTED


def header_modality(header: str) -> str:
    """A table column of targets or forecasts ('2030 목표', 'Target 2030', 'Forecast'): EXPECTED."""
    ko_expected, _, en_expected, _ = _rules()
    return EXPECTED if ko_expected.search(header or "") or en_expected.search(header or "") else REPORTED
