"""Document-level metadata: title, publication date, publisher, language, kind."""
from __future__ import annotations

import re
from typing import Any

from pipeline.korean import hangul_ratio
from pipeline.model import Page
from pipeline.rules import load_rules, per_rules

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_GENERIC_TITLES = re.compile(r"^(untitled|\(?unspecified\)?|microsoft word\b.*|.*\.(docx?|hwpx?|pdf)|제목 없음|none)$", re.I)

DATE_PATTERNS = [
    # 2019-07-08, 2019.07.08, 2019. 7. 8.(월), 2019/7/8
    (re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)"), "ymd"),
    # 2019년 7월 8일
    (re.compile(r"((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"), "ymd"),
    # 8 July 2019
    (re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?,?\s+((?:19|20)\d{2})", re.I), "dmy"),
    # July 8, 2019
    (re.compile(r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})", re.I), "mdy"),
    # 2019년 7월 / 2019. 7. (a month alone on a line or after a date cue)
    (re.compile(r"((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월(?!\s*\d)"), "ym"),
    (re.compile(r"^\s*((?:19|20)\d{2})\s*[./]\s*(\d{1,2})\s*\.?\s*$"), "ym"),
    (re.compile(r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+((?:19|20)\d{2})", re.I), "my"),
]


def _valid(y: int, m: int, d: int | None = None) -> bool:
    return 1 <= m <= 12 and (d is None or 1 <= d <= 31)


@per_rules
def _access_date_rx() -> re.Pattern:
    """Words right before a date that make it the day a reference was read (metadata.yaml access_date_cues)."""
    access = "|".join(re.escape(str(w)) for w in load_rules("metadata").get("access_date_cues") or ()) or r"(?!)"
    return re.compile(rf"(?:{access})\b(?:\s+(?:on|from\s+the\s+original\s+on))?\s*[:.]?\s*(?:\d{{1,2}}\s+)?$", re.I)


@per_rules
def _period_label_rx() -> re.Pattern:
    """Labels right before a date that make it a period or an event's day (metadata.yaml period_date_cues)."""
    cues = "|".join(re.escape(str(w)) for w in sorted(load_rules("metadata").get("period_date_cues") or (), key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"(?:{cues})\s*[:：]?\s*(?:\d{{1,2}}\s*[-–]\s*)?$", re.I)


def _event_date(text: str, start: int, end: int) -> bool:
    """'Established on 28 July 1990', '2019년 7월 8일 개소한': the date of an event the text
    reports, not the document's (rules: quantities.yaml periods' event words)."""
    periods = load_rules("quantities")["periods"]
    before = re.sub(r"\s*[|:：]\s*", " ", text[max(0, start - 25):start].lower())  # (an infobox's 'Established | 15 December 1980')
    before = re.sub(r"(?<=\s)\d{1,2}(?:st|nd|rd|th)?\s+$", "", before)  # (the month and year of a whole date: 'on 15 December 1980')
    if any(re.search(rf"{re.escape(str(w))}\S{{0,2}}\s*$", before) for w in periods.get("korean_event_verbs") or ()) \
            and re.search(r"[|:：]\s*$", text[max(0, start - 25):start]):
        return True  # '| 설립 | 1980년 12월 15일 |', '설립일: …': a table's founding date
    if any(re.search(rf"\b{re.escape(str(w))}\b(?:\s+(?:on|in))?(?:\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?\s*$", before) for w in periods.get("english_event_words") or ()):
        return True
    if re.search(r"\b(?:in|since|by|from|until|till|before|after|during|to|between|and)\s+$", before):
        return True  # 'was designated ... in August 2003', 'from June 2003 to March 2004': a date the running text reports
    if _period_label_rx().search(before) or re.match(r"\s*[~～〜]", text[end:end + 4]):
        return True  # '조사 기간: 2024. 6. 10. ~ 7. 19.': a period the text reports on, not the text's date
    if _access_date_rx().search(before):
        return True  # 'Retrieved 12 May 2021', '검색일: 2021년 5월 12일': when a reference was read, not the text's date
    if re.search(r"\bon\s+$", before) and not re.search(r"\b(?:posted|published|updated|released|dated|issued|written|modified|added)\s+on\s+$", before):
        return True  # 'set up the park ... on December 15, 1980' (not 'Posted on 3 May 2021', a dateline)
    after = text[end:end + 8]
    return any(re.match(rf"\s*(?:에|께)?\s*{re.escape(str(w))}", after) for w in periods.get("korean_event_verbs") or ())


def _in_running_korean(line: str, start: int, end: int) -> bool:
    """'2014년 3월 '제5차 투자활성화대책'에서 … 선정됐다', '(2008년 10월)': a year and month inside a
    Korean sentence are an event's or a figure's, not the document's; a dateline (the month alone on
    its line, or after 발행/입력/작성 …) is."""
    if not re.search(r"[가-힣]", line[end:]) and not re.search(r"[가-힣]{2,}", line[:start]):
        return False  # alone on its line (a dateline, a cover's month)
    cues = load_rules("metadata").get("date_cues_ko") or []
    return not any(c in line[max(0, start - 12):start] for c in cues)


def _in_running_english(text: str, start: int, end: int) -> bool:
    """'… due to begin in December 2026, rather than June 2030 as first planned': a month and year inside an
    English sentence (a lower-case word before it on its line and after it) are an event's or a plan's, not the
    document's; one after a publication word ('Published June 2023') or on a line of its own is."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start], text[end:line_end if line_end >= 0 else len(text)]
    if re.search(r"\b(?:published|updated|posted|released|issued|dated|revised|edition|as\s+of)\b[\s:,]*$", before, re.I):
        return False
    return bool(re.search(r"\b[a-z]{2,}\b", before)) and bool(re.search(r"\b[a-z]{2,}\b", after))


def find_date(text: str) -> str | None:
    """First publication-like date in ``text`` as an ISO string, as precise as written (a date of
    something founded or opened is no publication date)."""
    best = None
    for rx, form in DATE_PATTERNS:
        for line in text.splitlines() if form == "ym" else [text]:
            m = next((m for m in rx.finditer(line) if not _event_date(line, m.start(), m.end())
                      and not (form == "ym" and _in_running_korean(line, m.start(), m.end()))
                      and not (form == "my" and _in_running_english(line, m.start(), m.end()))), None)
            if not m:
                continue
            g = m.groups()
            if form == "ymd":
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif form == "dmy":
                y, mo, d = int(g[2]), _MONTHS[g[1].lower()], int(g[0])
            elif form == "mdy":
                y, mo, d = int(g[2]), _MONTHS[g[0].lower()], int(g[1])
            elif form == "ym":
                y, mo, d = int(g[0]), int(g[1]), None
            else:
                y, mo, d = int(g[1]), _MONTHS[g[0].lower()], None
            if not _valid(y, mo, d):
                continue
            iso = f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "")
            pos = m.start() if form != "ym" else text.find(line)
            if best is None or len(iso) > len(best[1]) or (len(iso) == len(best[1]) and pos < best[0]):
                best = (pos, iso)
        if best and len(best[1]) == 10:
            break
    return best[1] if best else None


def canonical_publisher(text: str) -> str | None:
    pubs = load_rules("metadata")["publishers"]
    first = None
    for name, forms in pubs.items():
        for f in forms:
            i = text.find(f) if not f.isascii() else text.lower().find(f.lower())
            if i >= 0 and (first is None or i < first[0]):
                first = (i, name)
    return first[1] if first else None


def detect_kind(head_text: str, page_count: int | None, has_tables: bool) -> str:
    cues = load_rules("metadata")["kind_cues"]
    low = head_text.lower()
    pr = min((low.find(c.lower()) for c in cues["press_release"] if c.lower() in low), default=-1)
    rp = min((low.find(c.lower()) for c in cues["report"] if c.lower() in low), default=-1)
    if pr >= 0 and (rp < 0 or pr <= rp):
        return "press_release"
    if rp >= 0:
        return "report"
    return "report" if (page_count or 1) > 2 or has_tables else "press_release"


def build_metadata(pages: list[Page], fmt: str, page_count: int | None, producer: dict[str, Any],
                   stated: dict[str, Any] | None = None, title_candidates: list[str] | None = None) -> dict[str, Any]:
    stated = stated or {}
    zone_n = load_rules("metadata")["heading_zone_paragraphs"]
    first = pages[0] if pages else None
    head_paras = [t for _, t in first.paragraph_texts()[:zone_n]] if first else []
    head = "\n".join(head_paras)
    all_text = "\n".join(p.text for p in pages)

    title = stated.get("title")
    if not title and title_candidates:
        title = " ".join(title_candidates).strip() or None
    meta_title = str(producer.get("Title") or "").strip()
    if (not title or len(title) < 4) and meta_title and not _GENERIC_TITLES.match(meta_title):
        title = meta_title
    if not title and first and first.paragraphs:
        title = first.paragraph_texts()[0][1][:200]

    published = None
    if stated.get("published"):
        published = find_date(stated["published"])
    published = published or find_date(head) or find_date("\n".join(t for _, t in first.paragraph_texts()[:15]) if first else "")

    publisher = None
    if stated.get("publisher"):
        publisher = canonical_publisher(stated["publisher"]) or stated["publisher"]
    publisher = publisher or canonical_publisher(head) or canonical_publisher(str(producer.get("Author") or ""))

    lang = "ko" if hangul_ratio(all_text[:20000]) >= 0.3 else "en"
    kind = "press_release" if fmt in ("txt", "html") and not stated.get("kind") else detect_kind(
        head + "\n" + (title or ""), page_count, any(p.tables for p in pages))
    return {"title": title, "published": published, "publisher": publisher, "language": lang, "kind": kind}
