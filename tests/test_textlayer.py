"""Text layer on the sample PDFs and on generated layouts."""
import re
import unicodedata

import pytest

from pipeline.parse import parse_file
from pipeline.textlayer.web import html_to_text, parse_web_text
from tests.conftest import RAW
from tests.pdfgen import two_column_pdf


def body_of_web():
    page, _ = parse_web_text((RAW / "kotra_2019-07-08_notice_web.txt").read_text(encoding="utf-8"))
    return re.sub(r"\s+", " ", page.text)


def paragraphs(name):
    doc = parse_file(RAW / name, name)
    assert doc.status == "ok", doc.error
    return doc, [t for p in doc.pages for _, t in p.paragraph_texts()]


@pytest.mark.parametrize("name", ["kotra_2019-07-08_press_ko.pdf", "kotra_2019-07-08_press_ko_hwp.pdf"])
def test_korean_body_paragraphs_equal_the_web_original(name):
    """Every body paragraph of the PDF reads exactly as in the original web text: words broken
    across lines re-joined without a space, real word boundaries (and per-glyph gaps) spaced."""
    web = body_of_web()
    _, paras = paragraphs(name)
    body = [p for p in paras if len(p) > 60]
    assert len(body) >= 8
    for p in body:
        p = p.replace("상생(\ufffd\ufffd)", "상생(相生)")  # the HWP sample's font maps no text to the hanja
        p = re.sub(r"\s+", " ", p).replace(" 끝.", "  끝.") if p.endswith("끝.") else p
        assert p in web or p.replace("  끝.", " 끝.") in web, p


def test_rejoined_words_and_spaces():
    _, paras = paragraphs("kotra_2019-07-08_press_ko.pdf")
    text = "\n".join(paras)
    for good in ["해외 20개국 28곳 해외 혁신클러스터", "52개사가 입주해", "글로벌 정보통신기술(ICT)", "파이프라인을", "입주해 있다"]:
        assert good in text
    for bad in ["해 외", "기 업 간", "52개사 가", "20 개국"]:
        assert bad not in text


def test_per_glyph_pdf_gets_its_spaces():
    _, paras = paragraphs("kotra_2019-07-08_press_ko_hwp.pdf")
    text = " ".join(paras)
    assert "해외 선진국의 혁신클러스터는 산학연 네트워크 및 클러스터 입주기업 간 협업 네트워크 구축을 위해" in text
    assert "테크시티(Tech City)로 유명한 영국 런던지역" in text
    words = text.split()
    assert sum(len(w) for w in words) / len(words) < 6  # not one glyph per word, not one run of glyphs


def test_no_headers_footers_or_page_numbers():
    doc, paras = paragraphs("overseas_clusters_report_excerpt_ko.pdf")
    assert doc.page_count == 3
    assert not any(re.fullmatch(r"[-–\s]*\d+[-–\s]*", p) for p in paras)
    assert "해외 혁신클러스터 현황과 투자유치 성공사례" not in paras  # running header of every page
    for name in ("kotra_2019-07-08_press_ko.pdf", "kotra_2019-07-08_press_en.pdf"):
        _, ps = paragraphs(name)
        assert not any(re.fullmatch(r"[-–\s]*\d+[-–\s]*", p) for p in ps)


def test_tables_keep_rows_and_header_cells():
    doc, paras = paragraphs("overseas_clusters_report_excerpt_ko.pdf")
    t1 = doc.pages[0].tables[0]
    assert t1.rows[0] == ["성공요인", "클러스터 수", "비중"]
    assert t1.rows[1] == ["협업 네트워크", "18곳", "64%"]
    assert len(t1.rows) == 6
    t2 = doc.pages[1].tables[0]
    assert t2.rows[0] == ["국가", "클러스터", "소재지", "주력 산업", "설립", "입주기업"]
    assert t2.rows[3] == ["미국", "엠시티(MCity)", "미시건주 앤아버", "자율주행", "2015년", "52개사"]
    assert t2.rows[1][1] == "테크시티(Tech City)"
    # cells are located in the page text (provenance), and not repeated as prose
    page = doc.pages[1]
    assert page.text[t2.cell_offsets[3][1]:].startswith("엠시티(MCity)")
    assert "52개사" not in page.text[:page.prose_end]


def test_two_column_page_is_read_column_by_column(tmp_path):
    left = ["왼쪽 단의 첫째 문단입니다. 혁신클러스터는 협업 네트워크를 구축하고 있습니다. " * 3,
            "왼쪽 단의 둘째 문단입니다. 연구개발 인프라가 중요합니다. " * 3]
    right = ["오른쪽 단의 첫째 문단입니다. 스타트업 지원 프로그램이 활발합니다. " * 3,
             "오른쪽 단의 둘째 문단입니다. 정부 지원도 큰 역할을 합니다. " * 3]
    pdf = two_column_pdf(tmp_path / "cols.pdf", left, right, "두 단 보고서", header="머리말 보고서", pages=2)
    doc = parse_file(pdf, "cols.pdf")
    paras = [t for _, t in doc.pages[0].paragraph_texts()]
    assert paras[0] == "두 단 보고서"
    expected = [left[0].strip(), left[1].strip(), right[0].strip(), right[1].strip()]
    assert paras[1:5] == expected
    assert all("머리말" not in p for p in paras)


def test_web_capture_chrome_dropped_and_metadata_read():
    raw = (RAW / "kotra_2019-07-08_notice_web.txt").read_text(encoding="utf-8")
    page, meta = parse_web_text(raw)
    assert meta["title"] == "혁신성장, 기업 간 협업 네트워크 구축에 답 있다"
    assert meta["published"] == "2019-07-08"
    assert meta["publisher"] == "대한무역투자진흥공사"
    for chrome in ["바로가기", "글자크기", "조회수", "home >", "첨부파일", "원문 http"]:
        assert chrome not in page.text
    assert page.text.count("혁신성장, 기업 간 협업 네트워크 구축에 답 있다") == 1


def test_html_capture():
    html = ("<html><head><title>t</title><script>var x=1;</script></head><body><nav>메뉴 바로가기</nav>"
            "<h1>클러스터 소식</h1><p>작성일 2020-05-01</p><p>메디콘 밸리는 350여개 기업이 모여 있다.</p></body></html>")
    text = html_to_text(html)
    assert "var x" not in text and "메뉴" not in text
    page, meta = parse_web_text(text)
    assert meta["published"] == "2020-05-01"
    assert "메디콘 밸리는 350여개 기업이 모여 있다." in page.text


@pytest.mark.parametrize("name,kind,lang,published", [
    ("kotra_2019-07-08_notice_web.txt", "press_release", "ko", "2019-07-08"),
    ("kotra_2019-07-08_press_ko.pdf", "press_release", "ko", "2019-07-08"),
    ("kotra_2019-07-08_press_ko_hwp.pdf", "press_release", "ko", "2019-07-08"),
    ("kotra_2019-07-08_press_en.pdf", "press_release", "en", "2019-07-08"),
    ("overseas_clusters_report_excerpt_ko.pdf", "report", "ko", "2019-07"),
])
def test_document_metadata(name, kind, lang, published):
    doc = parse_file(RAW / name, name)
    assert (doc.metadata["kind"], doc.metadata["language"], doc.metadata["published"], doc.metadata["publisher"]) == (
        kind, lang, published, "KOTRA")
    assert doc.metadata["title"]


def test_nfd_and_nfc_names_are_one_source(tmp_path):
    from pipeline.run import scan_raw

    raw = tmp_path / "raw"
    raw.mkdir()
    nfd = unicodedata.normalize("NFD", "보도자료 2019.txt")
    (raw / nfd).write_text("제목\n\n본문 내용입니다.", encoding="utf-8")
    found, _ = scan_raw(raw, settle=0)
    assert [f.source for f in found] == [unicodedata.normalize("NFC", "보도자료 2019.txt")]


def _pdfs(tmp_path):
    from tests.pdfgen import simple_pdf

    files = sorted(RAW.glob("*.pdf"))
    files.append(two_column_pdf(tmp_path / "two.pdf", ["왼쪽 단락입니다. " * 20], ["오른쪽 단락입니다. " * 20], "제목"))
    files.append(simple_pdf(tmp_path / "simple.pdf", ["메디콘 밸리(Medicon Valley)에는 350여개 기업이 있다."], header="머리글"))
    return files


def test_fast_glyphs_equal_pdfplumber_chars(tmp_path):
    """The text layer reads glyphs off pdfplumber's layout directly; every field it uses must equal
    what pdfplumber's own ``page.chars`` gives, and ruling must be seen wherever pdfplumber sees it."""
    import pdfplumber

    from pipeline.textlayer.pdf import _glyphs

    fields = ("text", "x0", "x1", "top", "bottom", "size", "fontname")
    checked = ruled_pages = 0
    for path in _pdfs(tmp_path):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                glyphs, ruled = _glyphs(page)
                expected = [{k: c[k] for k in fields} for c in page.chars]
                assert glyphs == expected, (path.name, page.page_number)
                assert ruled == bool(page.lines or page.rects or page.curves), (path.name, page.page_number)
                checked += len(glyphs)
                ruled_pages += ruled
                page.close()
    assert checked > 5000 and ruled_pages >= 1


def test_fast_glyphs_follow_a_cropbox_offset(tmp_path):
    """A page whose MediaBox does not start at 0,0 (pdfplumber shifts coordinates by it)."""
    import pdfplumber

    from pipeline.textlayer.pdf import _glyphs
    from tests.pdfgen import simple_pdf

    src = simple_pdf(tmp_path / "s.pdf", ["Medicon Valley hosts about 350 companies."]).read_bytes()
    box = re.search(rb"/MediaBox \[ 0 0 ", src)
    assert box
    out = tmp_path / "shifted.pdf"
    # same byte length, so the cross-reference offsets stay valid
    out.write_bytes(src[:box.start()] + b"/MediaBox [ 9 7 " + src[box.end():])
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        assert page.mediabox[0] == 9
        glyphs, _ = _glyphs(page)
        assert glyphs and glyphs == [{k: c[k] for k in glyphs[0]} for c in page.chars]
