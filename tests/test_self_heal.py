"""Damaged outputs and state heal themselves (issue: self-heal). Each fault is made on a copy of
the sample's processed/ folder; the next command must exit cleanly, keep every document ok and
give the same tables as before the fault."""
from __future__ import annotations

import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import heal
from pipeline.run import Plan, finalize, load_parse, process_job
from pipeline.store import STATE_FORMAT, CacheDamaged, Store
from pipeline.tables import TABLES, OutputWriteError
from tests.conftest import ROOT, cli_cmd, cli_env, run_ingest, run_reprocess
from tests.test_flow_runs import copy_run

REPORT = "overseas_clusters_report_excerpt_ko.pdf"


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES}


def assert_same_tables(before: dict[str, pd.DataFrame], out: Path) -> None:
    after = tables(out)
    for t in TABLES:
        pd.testing.assert_frame_equal(before[t], after[t], obj=t)
    assert set(after["documents"].status) == {"ok"}


def cache_of(out: Path, stage: str, source: str) -> Path:
    doc_id = pd.read_parquet(out / "documents.parquet").set_index("source").loc[source, "doc_id"]
    found = sorted((out / "_state" / stage).glob(f"{doc_id}.*.json.gz"))
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ ways to damage a file
def truncate(p: Path) -> None:
    p.write_bytes(p.read_bytes()[: max(1, p.stat().st_size // 3)])


def zero(p: Path) -> None:
    p.write_bytes(b"")


def garbage(p: Path) -> None:
    p.write_bytes(b"\x00garbage{not what was written" * 7)


def delete(p: Path) -> None:
    p.unlink()


def keep_time(damage):
    """Damage a file but leave its modification time as it was (as a copy tool that keeps times
    would): the check must not rely on the time alone."""
    def apply(p: Path) -> None:
        st = p.stat()
        damage(p)
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    apply.__name__ = f"{damage.__name__}_keeping_its_time"
    return apply


# ------------------------------------------------------------------ the faults of the issue, and more
OUTPUT_FAULTS = [
    ("statistics.parquet", truncate), ("clusters.parquet", truncate), ("documents.parquet", delete),
    ("success_factors.parquet", zero), ("cluster_mentions.parquet", garbage),
    ("statistics.parquet", keep_time(truncate)), ("catalog.duckdb", truncate), ("report.html", delete),
]


@pytest.mark.parametrize("name,damage", OUTPUT_FAULTS, ids=[f"{n}-{d.__name__}" for n, d in OUTPUT_FAULTS])
def test_a_damaged_output_is_rebuilt_by_the_next_ingest(sample_run, tmp_path, name, damage):
    raw, out = copy_run(sample_run, tmp_path)
    before = tables(out)
    damage(out / name)
    assert any(name in p for p in heal.check_outputs(Store(out)))
    summary = run_ingest(raw, out)
    assert summary["processed"] == 0 and summary["tables_written"]
    assert any(name in n for n in summary["notes"]), summary["notes"]
    assert_same_tables(before, out)
    assert heal.verify(out)["ok"]


def test_a_damaged_table_is_rebuilt_by_status(sample_run, tmp_path):
    """`status` checks the outputs too (before it read the cut-short table and died)."""
    _, out = copy_run(sample_run, tmp_path)
    before = tables(out)
    truncate(out / "statistics.parquet")
    res = subprocess.run(cli_cmd("status", "--out", str(out)), capture_output=True, text=True, env=cli_env(),
                         cwd=ROOT, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    assert "repair: statistics.parquet changed since it was written" in res.stdout
    assert_same_tables(before, out)


STATE_FAULTS = [("manifest.json", garbage, "ingest"), ("manifest.json", zero, "ingest"), ("manifest.json", zero, "reprocess"),
                ("manifest.json", truncate, "reprocess"), ("manifest.json", delete, "ingest"),
                ("tables.json", garbage, "ingest"), ("tables.json", truncate, "reprocess"),
                ("commit.json", garbage, "ingest"), ("commit.json", zero, "reprocess")]


@pytest.mark.parametrize("name,damage,command", STATE_FAULTS,
                         ids=[f"{n}-{d.__name__}-{c}" for n, d, c in STATE_FAULTS])
def test_a_damaged_state_file_is_rebuilt(sample_run, tmp_path, name, damage, command):
    raw, out = copy_run(sample_run, tmp_path)
    before = tables(out)
    p = out / "_state" / name
    if not p.exists():
        p.write_text("{}")  # the commit record only exists while a run swaps its tables
    damage(p)
    summary = run_ingest(raw, out) if command == "ingest" else run_reprocess(out)
    said = {"manifest.json": "manifest.json", "tables.json": "tables record", "commit.json": "commit record"}[name]
    assert any(n.startswith(said) for n in summary["notes"]), summary["notes"]
    assert_same_tables(before, out)
    assert Store(out).load_manifest()  # saved again, readable
    assert heal.verify(out)["ok"]


CACHE_FAULTS = [("parsed", truncate, "reprocess --force"), ("parsed", garbage, "reprocess --force"),
                ("parsed", zero, "reprocess --force"), ("extracted", truncate, "reprocess"),
                ("extracted", garbage, "ingest after the tables and their row store are lost"),
                ("extracted", zero, "reprocess --force")]


@pytest.mark.parametrize("stage,damage,command", CACHE_FAULTS, ids=[f"{s}-{d.__name__}-{c}" for s, d, c in CACHE_FAULTS])
def test_a_damaged_cache_entry_is_recomputed_from_the_stage_before(sample_run, tmp_path, stage, damage, command):
    raw, out = copy_run(sample_run, tmp_path)
    before = tables(out)
    damage(cache_of(out, stage, REPORT))
    if command.startswith("reprocess"):
        summary = run_reprocess(out, force=command.endswith("--force"))
    else:
        (out / "statistics.parquet").unlink()
        shutil.rmtree(out / "_state" / "rows")
        summary = run_ingest(raw, out)
    assert_same_tables(before, out)
    if stage == "parsed" or not command.endswith("--force"):  # --force does not read the extraction
        assert any(REPORT in n and "damaged" in n for n in summary["notes"]), summary["notes"]
    Store.read_json(cache_of(out, stage, REPORT))  # a sound entry again


def test_a_run_log_cut_short_gets_its_line_ended(sample_run, tmp_path):
    raw, out = copy_run(sample_run, tmp_path)
    log = out / "_state" / "runs.jsonl"
    log.write_bytes(log.read_bytes() + b'{"kind": "ingest", "at": "2026-')
    (out / "clusters.parquet").unlink()
    run_ingest(raw, out)
    last = json.loads(log.read_text().splitlines()[-1])
    assert last["kind"] == "ingest" and "finalize_s" in last


def test_a_run_log_that_cannot_be_opened_is_moved_aside(tmp_path):
    store = Store(tmp_path)
    store.ensure()
    (store.state / "runs.jsonl").mkdir()  # opening it fails, as an unreadable file would
    store.append_run_log({"kind": "ingest"})
    assert (store.state / "runs.jsonl.damaged").is_dir()
    assert json.loads((store.state / "runs.jsonl").read_text()) == {"kind": "ingest"}


def test_no_source_left_gives_missing_source_and_keeps_the_rows(sample_run, tmp_path):
    """The parse is damaged and the file is gone from raw/: the document says what to do and
    its rows stay; once the file is back, ingest makes it ok again."""
    raw, out = copy_run(sample_run, tmp_path)
    before = tables(out)
    truncate(cache_of(out, "parsed", REPORT))
    kept = tmp_path / REPORT
    shutil.move(raw / REPORT, kept)
    summary = run_reprocess(out, force=True, raw=str(raw))
    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    assert docs.loc[REPORT, "status"] == "missing_source"
    assert "Put the file back in raw/" in docs.loc[REPORT, "error"]
    assert [d["status"] for d in summary["documents"] if d["source"] == REPORT] == ["missing_source"]
    for t in ("clusters", "cluster_mentions", "statistics", "success_factors"):
        pd.testing.assert_frame_equal(before[t], pd.read_parquet(out / f"{t}.parquet"), obj=t)
    assert not heal.verify(out)["ok"]  # said, not hidden
    shutil.move(kept, raw / REPORT)
    run_ingest(raw, out)
    assert_same_tables(before, out)


def test_verify_reports_and_repair_rebuilds(sample_run, tmp_path):
    _, out = copy_run(sample_run, tmp_path)
    before = tables(out)
    ok = subprocess.run(cli_cmd("verify", "--out", str(out)), capture_output=True, text=True, env=cli_env(), cwd=ROOT)
    assert ok.returncode == 0 and "sound" in ok.stdout, ok.stdout + ok.stderr
    parsed, extracted = cache_of(out, "parsed", REPORT), cache_of(out, "extracted", "kotra_2019-07-08_press_en.pdf")
    truncate(parsed)
    garbage(extracted)
    zero(out / "clusters.parquet")
    (out / "_state" / "manifest.json").write_text("[")
    bad = subprocess.run(cli_cmd("verify", "--out", str(out)), capture_output=True, text=True, env=cli_env(), cwd=ROOT)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    for expected in ("state: manifest.json", "outputs: clusters.parquet", f"caches: parsed/{parsed.name}",
                     f"caches: extracted/{extracted.name}"):
        assert expected in bad.stdout, bad.stdout
    fixed = subprocess.run(cli_cmd("verify", "--out", str(out), "--repair"), capture_output=True, text=True,
                           env=cli_env(), cwd=ROOT, timeout=600)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "repaired" in fixed.stdout and "Traceback" not in fixed.stderr
    assert heal.verify(out)["ok"]
    assert_same_tables(before, out)
    Store.read_json(parsed)  # parsed again from raw/ (the folder the tables were built from)


def test_a_state_written_by_a_newer_program_is_refused(sample_run, tmp_path):
    raw, out = copy_run(sample_run, tmp_path)
    (out / "_state" / "VERSION").write_text(f"{STATE_FORMAT + 1}\n")
    digests = {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
    for args in (["ingest", "--raw", str(raw)], ["status"], ["reprocess"], ["verify"]):
        res = subprocess.run(cli_cmd(*args, "--out", str(out)), capture_output=True, text=True, env=cli_env(), cwd=ROOT,
                             timeout=300)
        assert res.returncode == 2, (args, res.stdout, res.stderr)
        assert "written by a newer version of cluster-pipeline" in res.stderr and "Traceback" not in res.stderr
    assert digests == {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}


def test_an_older_state_without_a_recorded_format_gets_ours(sample_run, tmp_path):
    raw, out = copy_run(sample_run, tmp_path)
    (out / "_state" / "VERSION").unlink()
    Store(out).ensure()
    assert (out / "_state" / "VERSION").read_text().strip() == str(STATE_FORMAT)


# ------------------------------------------------------------------ unreadable files
def _without_root_powers() -> list[str]:
    """A prefix that runs a command without the power to read any file (root's DAC override
    dropped with util-linux's setpriv); [] when not root."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: root reads every file whatever its permissions")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


@pytest.mark.parametrize("what", ["statistics.parquet", "_state/manifest.json", "_state/tables.json", "parsed"])
def test_an_unreadable_file_is_rebuilt(sample_run, tmp_path, prefect_api, what):
    raw, out = copy_run(sample_run, tmp_path)
    before = tables(out)
    target = cache_of(out, "parsed", REPORT) if what == "parsed" else out / what
    target.chmod(0)
    command = ["reprocess", "--force", "--workers", "1"] if what == "parsed" else ["ingest", "--raw", str(raw)]
    res = subprocess.run(_without_root_powers() + cli_cmd(*command, "--out", str(out)), capture_output=True, text=True,
                         env=cli_env(prefect_api), cwd=ROOT, timeout=600)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "Traceback" not in res.stderr
    assert "repair: " in res.stdout and ("unreadable" in res.stdout or "Permission" in res.stdout
                                          or "cannot be read" in res.stdout), res.stdout
    assert_same_tables(before, out)


# ------------------------------------------------------------------ writes that fail midway
def test_a_full_disk_during_the_table_write_keeps_the_previous_tables(sample_run, tmp_path, prefect_api):
    """RLIMIT_FSIZE makes every write past the limit fail with EFBIG, as a full disk would."""
    raw, out = copy_run(sample_run, tmp_path)
    before = tables(out)
    (out / "clusters.parquet").unlink()  # the next run must rewrite the tables
    limit = max((out / f"{t}.parquet").stat().st_size for t in ("statistics", "success_factors")) - 1

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    res = subprocess.run(cli_cmd("ingest", "--raw", str(raw), "--out", str(out)), capture_output=True, text=True,
                         env=cli_env(prefect_api), cwd=ROOT, timeout=600, preexec_fn=small_files)
    assert res.returncode == 1, res.stdout + res.stderr
    last = res.stderr.strip().splitlines()[-1]
    assert last.startswith("cluster-pipeline: could not write ") and "previous tables are unchanged" in last, res.stderr
    assert "Traceback" not in res.stderr
    assert not list(out.glob(".tmp-*"))
    for t in TABLES:
        if t != "clusters":
            pd.testing.assert_frame_equal(before[t], pd.read_parquet(out / f"{t}.parquet"), obj=t)
    again = subprocess.run(cli_cmd("ingest", "--raw", str(raw), "--out", str(out)), capture_output=True, text=True,
                           env=cli_env(prefect_api), cwd=ROOT, timeout=600)
    assert again.returncode == 0, again.stderr
    assert_same_tables(before, out)


def test_a_writer_failing_on_the_third_table_leaves_no_half_written_tables(sample_run, tmp_path, monkeypatch):
    import errno

    import pyarrow.parquet as pq

    _, out = copy_run(sample_run, tmp_path)
    before = {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
    real, calls = pq.write_table, []

    def failing(table, where, *a, **k):
        calls.append(where)
        if len(calls) == 3:
            Path(where).write_bytes(b"PAR1 half a table")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(where))
        return real(table, where, *a, **k)

    monkeypatch.setattr(pq, "write_table", failing)
    plan = Plan("", str(out), [], [], rules_version="", changed=True)
    with pytest.raises(OutputWriteError, match="No space left on device.*previous tables are unchanged"):
        finalize(plan, [])
    assert before == {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
    assert not list(out.glob(".tmp-*")) and not (out / "_state" / "commit.json").exists()


# ------------------------------------------------------------------ the pieces
def test_read_json_says_damaged_for_every_kind_of_damage(tmp_path):
    p = tmp_path / "x.json.gz"
    Store.write_json(p, {"a": [1, 2, 3] * 500})
    good = p.read_bytes()
    for bad in (good[: len(good) // 2], b"", b"garbage", gzip.compress(b"{not json"), gzip.compress(b"\xff\xfe")):
        p.write_bytes(bad)
        with pytest.raises(CacheDamaged):
            Store.read_json(p)


def test_a_manifest_is_rebuilt_from_the_documents_table_and_the_parses(sample_run, tmp_path):
    raw, out = copy_run(sample_run, tmp_path)
    good = Store(out).load_manifest()
    (out / "_state" / "manifest.json").write_text("garbage")
    manifest, notes = heal.load_manifest(Store(out), str(raw))
    assert "manifest.json damaged" in notes[0]
    keys = ("doc_id", "status", "title", "published", "pages", "format", "parser_version", "size")
    assert {s: {k: m.get(k) for k in keys} for s, m in manifest.items()} == \
        {s: {k: m.get(k) for k in keys} for s, m in good.items()}
    (out / "documents.parquet").unlink()  # the parses alone still know every document
    manifest, _ = heal.load_manifest(Store(out), str(raw))
    assert {m["doc_id"] for m in manifest.values()} == {m["doc_id"] for m in good.values()}


def test_a_damaged_parse_is_parsed_again_from_raw_only_when_the_content_matches(sample_run, tmp_path):
    raw, out = copy_run(sample_run, tmp_path)
    store = Store(out)
    p = cache_of(out, "parsed", REPORT)
    doc_id = p.name.split(".")[0]
    truncate(p)
    (raw / REPORT).write_bytes(b"%PDF-1.4 another document now")  # same name, other content
    parsed, _, notes = load_parse(store, doc_id, REPORT, raw=str(raw))
    assert parsed is None and "no source left" in notes[0]
    res = process_job({"path": None, "source": REPORT, "doc_id": doc_id, "out": str(out), "raw": str(raw)})
    assert res["status"] == "missing_source"
