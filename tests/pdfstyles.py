"""PDFs written the ways different producers write them, for comparing the two text engines.

Each function writes one small PDF with reportlab and returns its path: a word processor's
letter-spaced export, an HWP-style export that places every glyph on its own and writes no
space glyphs, tight tracking, two columns, a column with a sidebar in a smaller size, two columns set
closer than a column gap, ruled tables, a table set out in aligned columns with no ruling (and one whose
cells wrap), a rotated page
and a cropped page.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.pdfgen import KO_FONT, two_column_pdf, wrap

KO = ("오송생명과학단지 입주기업은 지난해 312개로 집계됐다. 이 단지는 충청북도 청주시에 있으며 "
      "바이오 의약품과 의료기기 기업이 모여 있다. 입주기업들은 이곳을 택한 이유로 인력 확보와 세제 혜택을 꼽았다.")
EN = ("Tampere's robotics ecosystem counts about 140 companies and 4,200 employees. The science park "
      "was founded in 1988 by the city and the university, and the new rail link transformed the corridor.")


def _font_for(text: str) -> str:
    return KO_FONT if any("가" <= ch <= "힣" for ch in text) else "Helvetica"


def _paragraphs(c, texts: list[str], size: float, char_space: float = 0.0, top: float = 80) -> None:
    w, h = A4
    y = h - top
    for text in texts:
        font = _font_for(text)
        for line in wrap(c, text, w - 100 - len(text) * max(char_space, 0) / 4, font, size):
            t = c.beginText(50, y)
            t.setFont(font, size)
            t.setCharSpace(char_space)
            t.textOut(line)
            c.drawText(t)
            y -= size * 1.5
        y -= size


def letter_spaced_pdf(path: Path, char_space: float = 0.6) -> Path:
    """A word processor's export with letter spacing (Tc) and real space glyphs."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(KO_FONT, 16)
    c.drawString(50, A4[1] - 50, "충북 바이오 클러스터 동향")
    _paragraphs(c, [KO, KO], 10, char_space)
    c.showPage()
    _paragraphs(c, [EN, EN], 10, char_space)
    c.showPage()
    c.save()
    return path


def tight_tracking_pdf(path: Path) -> Path:
    """Negative letter spacing: glyphs closer than their advance (gaps below zero)."""
    return letter_spaced_pdf(path, char_space=-0.35)


def per_glyph_pdf(path: Path, tracking_em: float = 0.06, word_gap_em: float = 0.35) -> Path:
    """An HWP-style export: every glyph placed on its own, no space glyphs; words are only apart."""
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    size = 10.0
    y = h - 80
    for text in (KO, EN, KO):
        font = _font_for(text)
        for line in wrap(c, text, w - 140, font, size):
            x = 50.0
            c.setFont(font, size)
            for ch in line:
                if ch == " ":
                    x += word_gap_em * size
                    continue
                c.drawString(x, y, ch)
                x += c.stringWidth(ch, font, size) + tracking_em * size
            y -= size * 1.6
        y -= size
    c.showPage()
    c.save()
    return path


def two_columns_pdf(path: Path) -> Path:
    return two_column_pdf(path, [KO, KO], [KO[::-1][:80] + "다.", KO], "두 단 보고서", header="혁신클러스터 동향", pages=2)


def ruled_tables_pdf(path: Path) -> Path:
    """Prose with ruled tables between (a report's statistics page)."""
    body = ParagraphStyle("b", fontName=KO_FONT, fontSize=10, leading=15, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=KO_FONT, fontSize=9, leading=12)
    rows = [["클러스터", "입주기업", "고용"], ["오송생명과학단지", "312개", "1만2천명"], ["대덕연구개발특구", "2,100개", "7만명"]]
    en_rows = [["Cluster", "Companies", "Employees"], ["Hermia", "140", "4,200"], ["Kista Science City", "1,000", "24,000"]]
    story = [Paragraph(KO, body), Spacer(1, 8)]
    for data in (rows, en_rows):
        t = Table([[Paragraph(v, cell) for v in r] for r in data], hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
        story += [t, Spacer(1, 8), Paragraph(EN, ParagraphStyle("e", parent=body, fontName="Helvetica", wordWrap=None)),
                  Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


UNRULED = [["특구명", "입주기업", "고용", "매출액"], ["한결강소특구", "312", "4,820", "9,210"],
           ["다온강소특구", "188", "2,150", "3,400"], ["새솔강소특구", "240", "3,930", "7,880"]]


def unruled_table_pdf(path: Path) -> Path:
    """A table set out in columns with no ruling (names left-aligned, figures right-aligned), between
    prose: a report's table typeset with tabs."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _paragraphs(c, [KO, "(단위: 개, 명, 억원)"], 10)
    y = A4[1] - 260
    c.setFont(KO_FONT, 10)
    for row in UNRULED:
        c.drawString(50, y, row[0])
        for x, cell in zip((260, 360, 460), row[1:]):
            c.drawRightString(x, y, cell)
        y -= 16
    _paragraphs(c, [EN], 10, top=A4[1] - y + 20)
    c.showPage()
    c.save()
    return path


KO_OTHER = ("대덕연구개발특구에는 정부출연연구기관 26곳과 기업 2,100여 개가 모여 있다. 특구 안 기업들은 연구기관과의 "
            "공동 연구와 기술이전을 성장 배경으로 꼽았으며, 지난해 특구 기업의 매출은 20조원을 넘어섰다. 특구는 1973년 "
            "연구학원도시로 출발했다.")
SIDE = ["Fast facts", "Opened: 1994", "Site: 48 hectares", "Tenants: 142", "Jobs: about 5,600", "Owner: the university"]


def sidebar_pdf(path: Path) -> Path:
    """A main column of prose and, beside it, a sidebar of short lines in a smaller size and leading:
    their lines fall between each other's, no line has text on both sides."""
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    y = h - 80
    for text in (KO, EN, KO):
        font = _font_for(text)
        for line in wrap(c, text, 300, font, 10):
            c.setFont(font, 10)
            c.drawString(50, y, line)
            y -= 15
        y -= 8
    y = h - 84
    for line in SIDE:
        c.setFont("Helvetica", 8.5)
        c.drawString(392, y, line)
        y -= 11.3
    c.showPage()
    c.save()
    return path


def narrow_gutter_pdf(path: Path) -> Path:
    """Two columns on shared baselines, 14 pt apart (less than a column gap of two em at 10 pt)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    col = (w - 100 - 14) / 2
    for k, text in enumerate((KO + " " + KO, KO_OTHER)):
        font = _font_for(text)
        y = h - 80
        for line in wrap(c, text, col, font, 10):
            c.setFont(font, 10)
            c.drawString(50 + k * (col + 14), y, line)
            y -= 14
    c.showPage()
    c.save()
    return path


def columns_around_a_table_pdf(path: Path) -> Path:
    """Two columns of prose above a ruled table across the page and two more under it (a report's
    page: the upper columns, the table, then the lower columns)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    col = (w - 100 - 20) / 2

    def column(x, y, text):
        for line in wrap(c, text, col, KO_FONT, 10):
            c.setFont(KO_FONT, 10)
            c.drawString(x, y, line)
            y -= 14

    column(50, h - 80, KO)
    column(50 + col + 20, h - 80, KO_OTHER)
    top = h - 230
    for k, row in enumerate(UNRULED):
        for j, cell in enumerate(row):
            c.setFont(KO_FONT, 9)
            c.drawString(56 + j * 120, top - 14 - k * 18, cell)
    for k in range(len(UNRULED) + 1):
        c.line(50, top - k * 18 - 4, 50 + 4 * 120, top - k * 18 - 4)
    for j in range(5):
        c.line(50 + j * 120, top - 4, 50 + j * 120, top - len(UNRULED) * 18 - 4)
    column(50, top - 120, KO_OTHER[:60] + "다.")
    column(50 + col + 20, top - 120, KO[:60] + "다.")
    c.showPage()
    c.save()
    return path


def rotated_pdf(path: Path) -> Path:
    """A page shown rotated 90 degrees (/Rotate 90) whose text is set upright in page space."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setPageRotation(90)
    _paragraphs(c, [EN, KO], 10)
    c.showPage()
    c.save()
    return path


def cropped_pdf(path: Path) -> Path:
    """A page whose CropBox shows only its upper half (the text below stays in the file)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setCropBox((0, A4[1] / 2, A4[0], A4[1]))
    _paragraphs(c, [EN, KO], 10)
    c.setFont(KO_FONT, 10)
    c.drawString(50, 100, "잘린 영역 아래의 문장이다.")
    c.showPage()
    c.save()
    return path


WRAPPED = [["단지명", "소재지", "입주기업", "고용"], ["가람생명과학 국가산업단지 확장지구", "충북 청주", "142", "6,300"],
           ["누리 제5일반산업단지 스마트그린지구", "충남 천안", "96", "3,900"], ["다온테크노밸리 첨단지구", "대전 유성", "310", "12,400"]]
WRAPPED_EN = [["Park", "Country", "Companies", "Employees"], ["Lindau Technology Park and Innovation Campus", "Germany", "320", "9,800"],
              ["Rhenia Biovalley Innovation Quarter", "France", "140", "3,100"], ["Aarvik Life Sciences Research Park", "Norway", "210", "6,400"]]


def wrapped_unruled_pdf(path: Path) -> Path:
    """Two tables with no ruling but a line under the header whose first column wraps (a report
    generator's table of paragraphs): a Korean one filling its narrow cells, its other cells on the
    wrapped cell's first line, and an English one with its cells set at the bottom of each row."""
    cell = ParagraphStyle("c", fontName=KO_FONT, fontSize=9, leading=12, wordWrap="CJK")
    cell_en = ParagraphStyle("ce", fontName="Helvetica", fontSize=9, leading=12)
    body = ParagraphStyle("b", fontName=KO_FONT, fontSize=10, leading=14)
    story = [Paragraph("2023년 말 기준 충청권 주요 산업단지 현황은 다음과 같다. (단위: 개, 명)", body), Spacer(1, 6)]
    for rows, style, valign, widths in ((WRAPPED, cell, "TOP", [100, 70, 60, 60]), (WRAPPED_EN, cell_en, "BOTTOM", [110, 80, 70, 70])):
        t = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), valign), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]))
        story += [t, Spacer(1, 10), Paragraph(EN, ParagraphStyle("e", fontName="Helvetica", fontSize=10, leading=14)), Spacer(1, 10)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


STYLES = {
    "letter_spaced": letter_spaced_pdf,
    "tight_tracking": tight_tracking_pdf,
    "per_glyph": per_glyph_pdf,
    "two_columns": two_columns_pdf,
    "ruled_tables": ruled_tables_pdf,
    "unruled_table": unruled_table_pdf,
    "wrapped_unruled": wrapped_unruled_pdf,
    "sidebar": sidebar_pdf,
    "narrow_gutter": narrow_gutter_pdf,
    "columns_around_a_table": columns_around_a_table_pdf,
    "cropped": cropped_pdf,
}
