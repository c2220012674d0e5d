"""Unattended runs over hostile and broken inputs: every bad file gets a clear status, every
good document is processed exactly as without them, and a killed run loses nothing."""
import os
import random
import shutil
import signal
import subprocess
import time
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from pipeline.tables import TABLES
from tests.conftest import RAW, ROOT, cli_cmd, cli_env, run_ingest
from tests.pdfgen import dense_pdf, image_only_pdf, simple_pdf

KO_PARA = "덴마크 코펜하겐의 메디콘 밸리(Medicon Valley)는 350여개 생명과학 기업이 모인 클러스터다."


def make_bad_corpus(raw: Path) -> dict[str, str]:
    """Writes the bad files; returns {source: expected status}."""
    (raw / "empty.pdf").write_bytes(b"")
    good_pdf = (RAW / "kotra_2019-07-08_press_en.pdf").read_bytes()
    (raw / "truncated.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    rnd = random.Random(7)
    (raw / "random bytes.pdf").write_bytes(bytes(rnd.getrandbits(8) for _ in range(5000)))
    (raw / "saved page.pdf").write_text("<!DOCTYPE html><html><body><p>Not a PDF</p></body></html>", encoding="utf-8")
    simple_pdf(raw / "locked.pdf", [KO_PARA], encrypt="s3cret")
    image_only_pdf(raw / "scan.pdf")
    (raw / "notes.docx").write_bytes(b"PK\x03\x04 not supported")
    shutil.copy(RAW / "kotra_2019-07-08_notice_web.txt", raw / "보도 자료 사본.txt")  # same content, two names
    nfd = unicodedata.normalize("NFD", "메디콘 소식.txt")
    (raw / nfd).write_text(f"메디콘 소식\n\n{KO_PARA}\n", encoding="utf-8")
    os.symlink("/etc/hostname", raw / "outside link.pdf")
    (raw / "incoming.pdf.part").write_bytes(good_pdf[:100])
    return {
        "empty.pdf": "empty", "truncated.pdf": "corrupt", "random bytes.pdf": "wrong_format",
        "saved page.pdf": "wrong_format", "locked.pdf": "encrypted", "scan.pdf": "no_text",
        "notes.docx": "unsupported", "보도 자료 사본.txt": "duplicate",
        unicodedata.normalize("NFC", "메디콘 소식.txt"): "ok", "outside link.pdf": "skipped_symlink",
    }


def test_bad_inputs_get_clear_statuses_and_good_documents_are_unaffected(sample_run, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    expected = make_bad_corpus(raw)
    old = time.time() - 3600
    for f in raw.iterdir():
        if not f.is_symlink():
            os.utime(f, (old, old))
    out = tmp_path / "processed"
    summary = run_ingest(raw, out, workers=2)
    assert summary["waiting"] == ["incoming.pdf.part"]
    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    for src, status in expected.items():
        assert docs.loc[src, "status"] == status, (src, docs.loc[src, "error"])
        if status not in ("ok",):
            err = docs.loc[src, "error"]
            assert src in err and len(err) > 30, err
    assert "incoming.pdf.part" not in docs.index
    assert docs.loc["보도 자료 사본.txt", "duplicate_of"] == "kotra_2019-07-08_notice_web.txt"
    scan_err = docs.loc["scan.pdf", "error"].lower()
    assert docs.loc["scan.pdf", "pages"] == 1 and ("tesseract" in scan_err or "ocr found no text" in scan_err)
    # the good documents' rows are exactly those of a run without the bad files
    base_docs = pd.read_parquet(sample_run[1] / "documents.parquet")
    good = set(base_docs.doc_id)
    for t in ("statistics", "success_factors", "cluster_mentions"):
        a = pd.read_parquet(out / f"{t}.parquet")
        b = pd.read_parquet(sample_run[1] / f"{t}.parquet")
        pd.testing.assert_frame_equal(a[a.doc_id.isin(good)].reset_index(drop=True), b.reset_index(drop=True))
    # the NFD-named text document was read, and linked to the report's Medicon Valley
    stats = pd.read_parquet(out / "statistics.parquet")
    nfd_id = docs.loc[unicodedata.normalize("NFC", "메디콘 소식.txt"), "doc_id"]
    assert set(stats[stats.doc_id == nfd_id].cluster_id) == {"medicon-valley"}


def test_many_pages_and_per_document_time_limit(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    simple_pdf(raw / "long report.pdf", [KO_PARA] * 12, pages=120, header="긴 보고서")
    (raw / "short.txt").write_text(f"제목\n\n{KO_PARA}\n", encoding="utf-8")
    for f in raw.iterdir():
        os.utime(f, (1_500_000_000, 1_500_000_000))
    out = tmp_path / "processed"
    run_ingest(raw, out, timeout=1.0)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    assert docs.loc["long report.pdf", "status"] == "timeout"
    assert "--timeout" in docs.loc["long report.pdf", "error"]
    assert docs.loc["short.txt", "status"] == "ok"
    # with enough time the same file is read in full next run (timeouts are retried)
    run_ingest(raw, out, timeout=600)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    assert docs.loc["long report.pdf", "status"] == "ok" and docs.loc["long report.pdf", "pages"] == 120
    stats = pd.read_parquet(out / "statistics.parquet")
    assert (stats.doc_id == docs.loc["long report.pdf", "doc_id"]).sum() >= 1


def test_memory_limit_kills_the_worker_and_the_run_goes_on(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    dense_pdf(raw / "big.pdf")
    (raw / "small.txt").write_text(f"제목\n\n{KO_PARA}\n", encoding="utf-8")
    for f in raw.iterdir():
        os.utime(f, (1_500_000_000, 1_500_000_000))
    out = tmp_path / "processed"
    run_ingest(raw, out, max_memory_mb=60)  # a page of 120,000 glyphs needs far more
    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    assert docs.loc["big.pdf", "status"] == "too_large"
    assert "--max-memory-mb" in docs.loc["big.pdf", "error"]
    assert docs.loc["small.txt", "status"] == "ok"  # the run went on with a fresh worker


def test_killed_run_leaves_previous_tables_and_next_run_completes(sample_run, tmp_path, prefect_api):
    raw = tmp_path / "raw"
    out = tmp_path / "processed"
    shutil.copytree(sample_run[0], raw)
    shutil.copytree(sample_run[1], out)
    before = {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES}
    for i in range(12):
        simple_pdf(raw / f"extra_{i:02d}.pdf", [KO_PARA.replace("350", str(100 + i))] * 30, pages=8)
    for f in raw.iterdir():
        os.utime(f, (1_500_000_000, 1_500_000_000))
    proc = subprocess.Popen(cli_cmd("ingest", "--raw", str(raw), "--out", str(out), "--workers", "1"),
                            env=cli_env(prefect_api), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    parsed = out / "_state" / "parsed"
    n0 = len(list(parsed.iterdir()))
    deadline = time.time() + 240
    while time.time() < deadline and len(list(parsed.iterdir())) < n0 + 3:
        time.sleep(0.2)
    assert len(list(parsed.iterdir())) >= n0 + 3, "the run did not get going"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    for t in TABLES:  # readable, and still the previous, consistent tables
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{t}.parquet"), before[t])
    done = {p.name: p.stat().st_mtime_ns for p in parsed.iterdir()}
    run_ingest(raw, out)
    # what the killed run finished is reused, not parsed again
    assert all((parsed / name).stat().st_mtime_ns == t for name, t in done.items())
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(docs) == 17 and set(docs.status) == {"ok"}


def test_interrupted_table_swap_is_completed(tmp_path):
    """A kill between the renames of the table swap: the next run finishes it."""
    from pipeline import tables as tb

    frames = {t: tb.to_frame(t, []) for t in TABLES}
    tb.write_tables(tmp_path, frames)
    frames["documents"] = tb.to_frame("documents", [{"doc_id": "x", "source": "a.pdf", "status": "ok"}])
    pending = {}
    for t in TABLES:
        tmp = tmp_path / f".tmp-{t}.parquet"
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pandas(frames[t], schema=tb.SCHEMAS[t], preserve_index=False), tmp)
        pending[str(tmp)] = str(tmp_path / f"{t}.parquet")
    (tmp_path / "_state" / "commit.json").write_text(__import__("json").dumps(pending))
    first = next(iter(pending))
    os.replace(first, pending[first])  # killed after one rename
    assert tb.recover(tmp_path)
    assert list(pd.read_parquet(tmp_path / "documents.parquet").source) == ["a.pdf"]
    assert not list(tmp_path.glob(".tmp-*"))


def test_scanned_pdf_is_read_with_ocr_when_tesseract_is_installed(tmp_path):
    from pipeline.parse import parse_file
    from pipeline.textlayer.ocr import ocr_status
    from tests.pdfgen import korean_ttf, scanned_pdf

    available, missing = ocr_status()
    pdf = scanned_pdf(tmp_path / "scan.pdf", ["Medicon Valley hosts about 350 life science companies.",
                                              "메디콘 밸리에는 350여개 생명과학 기업이 모여 있다."])
    doc = parse_file(pdf, "scan.pdf")
    if not available:
        assert doc.status == "no_text" and missing in doc.error and "apt-get install tesseract-ocr" in doc.error
        pytest.skip(f"OCR not installed here ({missing}); the status says what to install")
    assert doc.status == "ok" and doc.metadata["ocr"] is True
    text = doc.pages[0].text
    assert "Medicon Valley" in text and "350" in text
    if korean_ttf() is None:
        pytest.skip("English read by OCR; no Korean font here to draw the Korean line of the scan (make test installs fonts-nanum)")
    assert "메디콘" in text
