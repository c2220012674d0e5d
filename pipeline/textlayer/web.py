"""Saved web pages of press releases (.txt captures and .html): chrome dropped, metadata read."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from pipeline.model import Page, Table, render_page
from pipeline.rules import load_rules

PARSER_VERSION = "web-10"
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "header", "footer", "dd", "dt", "title"}


class _TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "nav"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "nav"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    p = _TextOf()
    p.feed(markup)
    p.close()
    text = html.unescape("".join(p.parts))
    return "\n".join(re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines())


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark (Notepad's "Unicode")
        return data.decode("utf-16", errors="replace")
    for enc in ("utf-8-sig", "cp949", "euc-kr"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def headline_like(line: str, rules: dict | None = None) -> bool:
    """A line that can be a capture's headline: no body sentence, no kind label (보도자료, NEWS
    RELEASE), no date or byline (입력 2023.10.12, Updated Nov 3, 2023, 김민수 기자), no bare department
    (경기도 미래성장산업국 미래산업과). An encyclopedia's one-word title is one."""
    from pipeline.metadata import find_date

    if len(line) < 2 or (len(line) > 80 and re.search(r"(?:다|\.)\s*(?:\[\d+\])*$", line)) \
            or re.search(r"[다요]\.\s*(?:\[\d+\])*$", line) or (len(line) > 60 and re.search(r"\.\s*$", line)):
        return False  # a body sentence (…이다.[1], …나타났다.) is no headline
    rules = rules if rules is not None else load_rules("web_chrome")
    if any(re.search(p, line, re.I) for p in rules.get("not_headlines") or []):
        return False
    return find_date(line) is None or len(line) > 60


def parse_web_text(text: str) -> tuple[Page, dict]:
    """Return the single page of body text and the metadata the capture states."""
    from pipeline.metadata import find_date

    rules = load_rules("web_chrome")
    chrome = [re.compile(p, re.I) for p in rules["line_patterns"]]
    standalone = set(rules["standalone_words"])
    dated_note = re.compile(rules.get("kept_dated_notes") or r"(?!)", re.I)
    fields = rules["meta_fields"]
    lines: list[str] = []
    for raw in text.splitlines():
        ln = re.sub(r"\s+", " ", raw).strip()
        if ln and lines and re.match(r"\s+[a-z]", raw) and re.match(r"[•·▪◦●○*–-]\s", lines[-1]) \
                and not re.search(r"[.!?:;]\s*$", lines[-1]):
            lines[-1] += " " + ln  # a bullet item wrapped onto an indented line: '• In 2013 ICT companies …\n    had a …'
            continue
        lines.append(ln)

    meta: dict = {}
    title = None
    title_re = re.compile(fields["title_before_meta"])
    label_re = re.compile(fields.get("title_label") or r"(?!)", re.I)
    label_line = re.compile(fields.get("label_line_after_title") or r"(?!)", re.I)
    filled = [ln for ln in lines if ln]
    chrome_before = 0
    for k, ln in enumerate(filled):
        if title is None and (m := label_re.match(ln) or title_re.match(ln)):
            title = m.group(1).strip()
        elif title is None and k + 1 < len(filled) and label_line.match(filled[k + 1]) and not label_line.match(ln) \
                and headline_like(ln, rules):
            title = ln  # the headline right above a date label on a line of its own; the lines
            chrome_before = lines.index(ln)  # above it are the site's menus and search box
        if "published" not in meta and label_line.match(ln) and not ln.startswith("작성자") and k + 1 < len(filled) \
                and (day := find_date(filled[k + 1])):
            meta["published"] = day  # '작성일' on its line, the date on the next
        if "published" not in meta and (m := re.search(fields["published"], ln, re.I)):
            meta["published"] = re.sub(r"\s", "", m.group(1))
        elif "published" not in meta and fields.get("published_label") \
                and (m := re.match(fields["published_label"], ln, re.I)) and (day := find_date(m.group(1))):
            meta["published"] = day
        if "publisher" not in meta and (m := re.search(fields["publisher"], ln, re.I)):
            meta["publisher"] = m.group(1).strip()
    body: list[str] = []
    for ln in lines[chrome_before:]:
        if not ln or ln in standalone or (any(p.search(ln) for p in chrome) and not dated_note.search(ln)):
            continue
        if title and (ln == title or title_re.match(ln) or label_re.match(ln)):
            continue
        body.append(ln)
    body, tables = pipe_tables(body)  # (first: a table's rule row, repeated, is no headline)
    if title is None:
        # the first line that a capture repeats (board heading + article heading), else the first
        # line that reads as a headline (not a label, dateline, byline or department)
        seen = set()
        for ln in body:
            if ln in seen:
                title = ln
                break
            seen.add(ln)
        if title is None:
            for ln in body:  # (before the first body sentence: a line further down is a subhead, not the headline)
                if headline_like(ln, rules):
                    title = ln
                    break
                if re.search(r"(?:[다요]\.|[.!?])\s*(?:\[\d+\])*$", ln) and len(ln) > 20:
                    break
        body = [ln for ln in body if ln != title] if title else body
    # (no line reads as a headline: the text opens on its lead sentence, which names the document
    # but stays a sentence of the body)
    meta["title"] = title or (body[0][:200] if body else None)
    paras = ([("heading", title)] if title else []) + [
        ("heading" if k + 1 < len(body) and section_heading(b) else "para", b) for k, b in enumerate(body)]
    return render_page(1, paras, tables), meta


_RULE_ROW = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _pipe_cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") else line
    return [c.strip() for c in line.split("|")]


def pipe_tables(lines: list[str]) -> tuple[list[str], list[Table]]:
    """Tables a capture writes with pipes, a header over a rule row ('| 구분 | 2021 |', '|---|---|',
    then one line per row): taken out of the prose as tables, the way a PDF's ruled tables are.
    Lines with pipes and no rule row under their first line stay prose (a byline 'Reporter | Desk')."""
    keep: list[str] = []
    tables: list[Table] = []
    k = 0
    while k < len(lines):
        if "|" in lines[k] and k + 1 < len(lines) and _RULE_ROW.match(lines[k + 1]) and not _RULE_ROW.match(lines[k]):
            header = _pipe_cells(lines[k])
            rows = []
            j = k + 2
            while j < len(lines) and "|" in lines[j] and not _RULE_ROW.match(lines[j]):
                rows.append(_pipe_cells(lines[j]))
                j += 1
            if rows:
                width = max(len(r) for r in rows)
                if len(header) == width and header[-1] == "" and header[0] and all(r and r[0] for r in rows):
                    header = [""] + header[:-1]  # '2021 | 2030 | |': the corner cell written last
                while len(header) > width and header[-1] == "":
                    header.pop()
                width = max(width, len(header))
                tables.append(Table(rows=[c + [""] * (width - len(c)) for c in [header] + rows], cell_offsets=[], has_header=True))
                k = j
                continue
        # (a capture that lost the rule row: three lines or more each framed by pipes, with as many cells each)
        run = _framed_run(lines, k)
        if run >= 3:
            rows = [_pipe_cells(x) for x in lines[k:k + run]]
            tables.append(Table(rows=rows, cell_offsets=[], has_header=True))
            k += run
            continue
        keep.append(lines[k])
        k += 1
    return keep, tables


def _framed_run(lines: list[str], k: int) -> int:
    """How many lines from ``k`` are table rows framed by pipes ('| 오타니에미 | 핀란드 | 500개 |'), each with as
    many cells (three at least: two are a list of fields and values, '| 설립 | 1980년 |', read as prose) as the first."""
    def cells(line: str) -> int:
        t = line.strip()
        return len(_pipe_cells(t)) if len(t) > 2 and t.startswith("|") and t.endswith("|") else 0
    n = cells(lines[k])
    if n < 3:
        return 0
    j = k
    while j < len(lines) and cells(lines[j]) == n:
        j += 1
    return j - k


def section_heading(line: str) -> bool:
    """A short line (not the last) that reads as a section's name, not a sentence or a field
    ('Cortex Innovation Community, St. Louis' over 'Founded: 2002'; not 'Founded: 2002', not a
    byline with '|', not a date)."""
    from pipeline.metadata import find_date

    if len(line) > 70 or len(line.split()) > 12 or len(line) < 4:
        return False
    if re.search(r"[.!?。:;,…\-–—]\s*(?:\[\d+\])*\s*$|[:|]", line) or re.match(r"[▲△▶▷※*•·○●◦▪(\[\-–—\d]", line):
        return False  # (a sentence, also before its footnote marker; a field; a bullet item)
    if re.search(r"[가-힣](?:고|며|면서|지만|는데|으나|어서|아서),\s", line):
        return False  # a Korean clause joined to the next: '…이 가깝고, …'
    return find_date(line) is None and not re.search(r"(?:다|요|음|함)\s*$", line)
