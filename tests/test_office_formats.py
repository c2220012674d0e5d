"""HWP 5.x and HWPX inputs (issue: Korean office formats): real files made by Hancom Office
(tests/data/formats/fixtures, from hwplib and hwpxlib, Apache-2.0), the sample as HWPX with its
gold, and damaged or hostile variants."""
from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.parse import parse_file
from pipeline.textlayer import hwp, hwpx, office
from tests.conftest import RAW, cli_cmd, cli_env
from tests.corpus_run import build, score

DATA = Path(__file__).parent / "data"
FORMATS = DATA / "formats"
FIXTURES = sorted(p for p in (FORMATS / "fixtures").iterdir() if p.suffix in (".hwp", ".hwpx"))
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "formats"
STATUSES = {"ok", "no_text", "corrupt", "encrypted", "unsupported", "wrong_format", "too_large", "empty"}


def _read(path: Path):
    return (hwp if path.suffix == ".hwp" else hwpx).read(str(path))


def test_every_fixture_but_the_blank_one_reads():
    for f in FIXTURES:
        doc = parse_file(f, f.name)
        if f.name == "hwplib_blank.hwp":
            assert doc.status == "no_text" and "no text" in doc.error
        else:
            assert doc.status == "ok", (f.name, doc.error)


@pytest.mark.parametrize("f", [f for f in FIXTURES if ((hwp if f.suffix == ".hwp" else hwpx).preview_text(str(f)) or "").strip()],
                         ids=lambda p: p.name)
def test_text_agrees_with_hancoms_own_preview(f):
    """Files written by Hancom Office carry a preview of their first part (PrvText): our reading,
    tables in place, must contain it (markup, whitespace and the preview's cut-off end aside)."""
    preview = (hwp if f.suffix == ".hwp" else hwpx).preview_text(str(f))
    sections, _ = _read(f)
    norm = lambda s: re.sub(r"[\s<>]+", "", s)  # noqa: E731
    ours, theirs = norm(office.block_text(sections)), norm(preview)
    assert len(theirs) > 10
    assert theirs[:-5] in ours


def test_a_distribution_document_is_decrypted():
    doc = parse_file(FORMATS / "fixtures" / "hwplib_distribution.hwp", "notice.hwp")
    text = "\n".join(p.text for p in doc.pages)
    assert doc.status == "ok" and "입찰공고" in text and "기초금액" in text and "72,300,000원" in text


def test_tables_come_as_rows_of_cells():
    doc = parse_file(FORMATS / "fixtures" / "hwplib_merging-cell.hwp", "t.hwp")
    (table,) = doc.pages[0].tables
    assert len(table.rows) == 7 and all(len(r) == 7 for r in table.rows)
    assert table.rows[3][5] == "3,5"
    doc = parse_file(FORMATS / "fixtures" / "hwpxlib_Table.hwpx", "t.hwpx")
    (table,) = doc.pages[0].tables
    assert table.rows[0] == ["이름", "국어", "영어", "수학"] and table.rows[1] == ["개똥이", "89", "65", "78"]
    page = doc.pages[0]
    assert all(page.text[off:off + len(cell)] == cell for row, offs in zip(table.rows, table.cell_offsets)
               for cell, off in zip(row, offs))


def test_a_merged_cell_is_spread_over_the_cells_it_covers():
    b = office.Block("table", rows=2, cols=3, cells=[office.Cell(0, 0, "구분", row_span=2), office.Cell(0, 1, "2022", col_span=2),
                                                      office.Cell(1, 1, "상반기"), office.Cell(1, 2, "하반기")])
    assert b.table_rows() == [["구분", "2022", "2022"], ["구분", "상반기", "하반기"]]


def _hwpx(tmp_path: Path, body: str, manifest: bool = True) -> Path:
    """A small HWPX package: one section with ``body`` (hp: elements) in it."""
    ns = ('xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
          'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"')
    p = tmp_path / "doc.hwpx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("mimetype", "application/hwp+zip")
        if manifest:
            z.writestr("META-INF/manifest.xml", "<manifest/>")
        z.writestr("Contents/section0.xml", f'<?xml version="1.0" encoding="UTF-8"?><hs:sec {ns}>{body}</hs:sec>')
    return p


def test_headers_footers_and_notes_stay_out_of_the_body(tmp_path):
    body = ('<hp:p><hp:run><hp:ctrl><hp:header><hp:subList><hp:p><hp:run><hp:t>머리말 KOTRA</hp:t></hp:run></hp:p>'
            '</hp:subList></hp:header></hp:ctrl><hp:t>판교테크노밸리 입주기업은 1,803개다.</hp:t>'
            '<hp:ctrl><hp:footNote><hp:subList><hp:p><hp:run><hp:t>경기도 실태조사</hp:t></hp:run></hp:p>'
            '</hp:subList></hp:footNote></hp:ctrl><hp:t> 임직원은 7만 9천명이다.</hp:t></hp:run></hp:p>'
            '<hp:p><hp:run><hp:t>둘째 문단</hp:t></hp:run></hp:p>')
    doc = parse_file(_hwpx(tmp_path, body), "doc.hwpx")
    paras = [t for _, t in doc.pages[0].paragraph_texts()]
    assert paras[:2] == ["판교테크노밸리 입주기업은 1,803개다. 임직원은 7만 9천명이다.", "둘째 문단"]
    assert set(paras[2:]) == {"머리말 KOTRA", "경기도 실태조사"}  # kept, apart, after the body


def test_a_package_without_manifest_or_content_list_is_read(tmp_path):
    doc = parse_file(FORMATS / "fixtures" / "hwpxlib_no_manifest.hwpx", "n.hwpx")
    assert doc.status == "ok" and len(doc.pages) == 2 and "입법예고" in doc.pages[0].text.replace(" ", "")
    doc = parse_file(_hwpx(tmp_path, '<hp:p><hp:run><hp:t>본문</hp:t></hp:run></hp:p>', manifest=False), "x.hwpx")
    assert doc.status == "ok" and "본문" in doc.pages[0].text


def test_hwp3_password_broken_and_misnamed_files_get_clear_statuses(tmp_path):
    old = tmp_path / "old.hwp"
    old.write_bytes(b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + bytes(2000))
    doc = parse_file(old, "old.hwp")
    assert doc.status == "unsupported" and "HWPX or PDF" in doc.error

    locked = tmp_path / "locked.hwp"
    shutil.copy(FORMATS / "fixtures" / "hwplib_etc.hwp", locked)
    import olefile

    with olefile.OleFileIO(str(locked), write_mode=True) as ole:
        fh = bytearray(ole.openstream("FileHeader").read())
        fh[36:40] = struct.pack("<I", struct.unpack("<I", bytes(fh[36:40]))[0] | 2)  # the password bit
        ole.write_stream("FileHeader", bytes(fh))
    doc = parse_file(locked, "locked.hwp")
    assert doc.status == "encrypted" and "password" in doc.error

    cut = tmp_path / "cut.hwp"
    cut.write_bytes((FORMATS / "fixtures" / "hwplib_distribution.hwp").read_bytes()[:3000])
    assert parse_file(cut, "cut.hwp").status == "corrupt"

    fake = tmp_path / "fake.hwpx"
    fake.write_bytes(b"%PDF-1.4\n...")
    doc = parse_file(fake, "fake.hwpx")
    assert doc.status == "wrong_format" and "PDF" in doc.error


def test_a_zip_bomb_and_entity_declarations_are_refused(tmp_path):
    p = tmp_path / "bomb.hwpx"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/hwp+zip")
        z.writestr("Contents/section0.xml", b"<a>" + b" " * (300 * 1024 * 1024) + b"</a>")
    assert parse_file(p, "bomb.hwpx").status == "too_large"
    q = _hwpx(tmp_path, "")
    with zipfile.ZipFile(q, "a") as z:
        z.writestr("Contents/section1.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    assert parse_file(q, "ent.hwpx").status == "corrupt"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(which=st.integers(0, len(FIXTURES) - 1), edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.one_of(st.none(), st.floats(0.05, 1.0)))
def test_mutated_files_never_crash_the_reader(tmp_path_factory, which, edits, cut):
    src = FIXTURES[which]
    data = bytearray(src.read_bytes())
    for where, value in edits:
        data[int(where * (len(data) - 1))] = value
    if cut is not None:
        data = data[:max(1, int(len(data) * cut))]
    p = tmp_path_factory.mktemp("fuzz") / src.name
    p.write_bytes(bytes(data))
    doc = parse_file(p, src.name)  # never raises
    assert doc.status in STATUSES
    assert doc.status == "ok" or doc.error


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path):
    p = tmp_path / "notice.txt"
    p.write_bytes("판교테크노밸리 입주기업은 1,803개로 집계됐다.\r\n임직원은 약 7만 9천명이다.\r\n".encode("utf-16"))
    doc = parse_file(p, "notice.txt")
    assert doc.status == "ok" and "1,803개" in doc.pages[0].text


def test_the_sample_as_hwpx_scores_and_shares_cluster_ids_with_the_pdfs(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    for f in (FORMATS / "raw").iterdir():
        shutil.copy(f, raw / f.name)
    gold = tmp_path / "gold"
    shutil.copytree(DATA / "gold", gold)
    for f in (FORMATS / "gold").iterdir():
        shutil.copy(f, gold / f.name)
    res = score(build(raw, tmp_path / "out"), gold)
    assert res["overall_f1"] >= 0.95
    assert res["clusters_split_across_documents"] == 0  # one id per cluster whatever the format
    only = tmp_path / "hwpx-only"
    only.mkdir()
    for f in (FORMATS / "gold").iterdir():
        shutil.copy(f, only / f.name)
    assert score(tmp_path / "out", only)["overall_f1"] >= 0.95


def test_the_text_command_prints_what_is_read():
    res = subprocess.run(cli_cmd("text", str(FORMATS / "fixtures" / "hwplib_distribution.hwp")), env=cli_env(),
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "format     hwp" in res.stdout and "입찰공고" in res.stdout and "── page 1 ──" in res.stdout
    res = subprocess.run(cli_cmd("text", str(RAW / "overseas_clusters_report_excerpt_ko.pdf"), "--page", "2"), env=cli_env(),
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "── page 2 ──" in res.stdout and "── page 1 ──" not in res.stdout and "[table 1" in res.stdout
    res = subprocess.run(cli_cmd("text", str(FORMATS / "fixtures" / "hwplib_blank.hwp")), env=cli_env(),
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 1 and "status     no_text" in res.stdout


def test_format_test_data_matches_the_shared_copies():
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    for part in ("fixtures", "raw", "gold"):
        ours = {p.name: p.read_bytes() for p in (FORMATS / part).iterdir()}
        theirs = {p.name: p.read_bytes() for p in (SHARED / part).iterdir()}
        assert ours == theirs, part
