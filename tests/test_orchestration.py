"""Start-up machinery of a CLI run: documents started before Prefect is up (prefetch), the
temporary local Prefect server, and a whole CLI run without any Prefect server configured."""
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import RAW, ROOT, cli_cmd, cli_env
from tests.pdfgen import dense_pdf


def _job(tmp_path, name="kotra_2019-07-08_press_ko.pdf"):
    from pipeline.run import plan_ingest

    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    shutil.copy(RAW / name, raw / name)
    os.utime(raw / name, (1_500_000_000, 1_500_000_000))
    plan = plan_ingest(str(raw), str(tmp_path / "out"), settle=0.0)
    assert len(plan.jobs) == 1
    return plan.jobs[0]


def test_prefetched_job_is_taken_once_and_only_for_the_same_job(tmp_path):
    from pipeline.workers import close_shared_pools, prefetch, take_prefetched

    job = _job(tmp_path)
    try:
        prefetch([job], 1)
        other = {**job, "timeout": job["timeout"] + 1}
        assert take_prefetched(other) is None  # a different plan never gets this result
        fut = take_prefetched(job)
        assert fut is not None
        res = fut.result(timeout=120)
        assert res["status"] == "ok" and res["counts"]["statistics"] > 0 and res["seconds"] > 0
        assert take_prefetched(job) is None  # taken: a task retry runs the job afresh
    finally:
        close_shared_pools()


def test_closing_cancels_prefetched_jobs_not_started(tmp_path):
    from pipeline import workers

    jobs = [_job(tmp_path)]
    jobs += [{**jobs[0], "timeout": 1000 + i} for i in range(5)]  # distinct keys, same document
    workers.prefetch(jobs, 1)
    futures = [workers._PREFETCHED[workers.job_key(j)] for j in jobs]
    workers.close_shared_pools()
    assert workers.take_prefetched(jobs[-1]) is None
    assert all(f.cancelled() for f in futures[2:])  # one worker: at most the first ran
    assert not workers._POOLS


def test_api_configured_reads_environment_and_active_profile(tmp_path, monkeypatch):
    from flows.local_server import api_configured

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_PROFILE", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.delenv("PREFECT_PROFILES_PATH", raising=False)
    assert not api_configured()
    (tmp_path / "profiles.toml").write_text('active = "prod"\n[profiles.prod]\nPREFECT_API_URL = "http://x:4200/api"\n'
                                           '[profiles.ephemeral]\n')
    assert api_configured()
    monkeypatch.setenv("PREFECT_PROFILE", "ephemeral")
    assert not api_configured()
    monkeypatch.setenv("PREFECT_API_URL", "http://y:4200/api")
    assert api_configured()


def test_local_server_answers_and_stops(tmp_path, monkeypatch):
    import psutil

    from flows.local_server import LocalServer

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    server = LocalServer()
    try:
        server.wait_ready(timeout=120)
        with urllib.request.urlopen(f"{server.api_url}/health", timeout=5) as r:
            assert r.status == 200
        # below the documents' priority
        assert os.getpriority(os.PRIO_PROCESS, server.proc.pid) == min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5)
        # no block-type registration at boot (it imports every Prefect collection) unless asked for
        env = psutil.Process(server.proc.pid).environ()
        assert env["PREFECT_API_BLOCKS_REGISTER_ON_START"] == "false"
        assert env["PREFECT__SERVER_EPHEMERAL"] == "1" and "PREFECT_API_URL" not in env
        proc = server.proc
    finally:
        server.stop()
    assert proc.poll() is not None
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{server.api_url}/health", timeout=2)


def test_the_temporary_server_registers_block_types_when_asked_and_keeps_priority_when_told(tmp_path, monkeypatch):
    import psutil

    from flows.local_server import LocalServer

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PREFECT_API_BLOCKS_REGISTER_ON_START", "true")
    server = LocalServer(lower_priority=False)  # a run no longer than the server's boot waits for it
    try:
        server.wait_ready(timeout=120)  # exec'd: its own environment
        assert psutil.Process(server.proc.pid).environ()["PREFECT_API_BLOCKS_REGISTER_ON_START"] == "true"
        assert os.getpriority(os.PRIO_PROCESS, server.proc.pid) == os.getpriority(os.PRIO_PROCESS, 0)
    finally:
        server.stop()


_THREAD_SERVER_SCRIPT = """
import json, os, sys, threading, time, urllib.request
from flows.local_server import ThreadServer, start_if_needed
server = start_if_needed(queued=True)
assert isinstance(server, ThreadServer), type(server)
server.wait_ready(timeout=120)
out = {"url": os.environ["PREFECT_API_URL"] == server.api_url,
       "nice": os.getpriority(os.PRIO_PROCESS, server.native_id) - os.getpriority(os.PRIO_PROCESS, 0),
       "prefect_server_threads": sum(t.name == "prefect-server" for t in threading.enumerate())}
with urllib.request.urlopen(server.api_url + "/health", timeout=5) as r:
    out["health"] = r.status
req = urllib.request.Request(server.api_url + "/block_types/filter", data=b"{}", method="POST",
                             headers={"Content-Type": "application/json"})
with urllib.request.urlopen(req, timeout=30) as r:
    out["block_types"] = len(json.load(r))
if sys.argv[1] == "stop":
    server.stop()
    out["stopped"] = not server._thread.is_alive()
    try:
        urllib.request.urlopen(server.api_url + "/health", timeout=2)
        out["answers_after_stop"] = True
    except OSError:
        out["answers_after_stop"] = False
out["end"] = time.time()
print(json.dumps(out), flush=True)
# "exit": left running; it stops at exit, after Prefect's own exit handlers
"""


@pytest.mark.parametrize("how", ["stop", "exit"])
def test_thread_server_answers_stops_and_lets_the_process_exit(tmp_path, bare_env, how):
    """The temporary server of a run whose documents queue: on a thread of the CLI process, below
    the documents' priority, no block-type registration, and the process ends promptly whether
    the server was stopped or left to the exit handlers (its task queue poller once spun there)."""
    res = subprocess.run([sys.executable, "-c", _THREAD_SERVER_SCRIPT, how], capture_output=True, text=True,
                         env=bare_env, cwd=ROOT, timeout=120)
    exit_lag = time.time()
    assert res.returncode == 0, res.stderr
    assert res.stderr == "", res.stderr  # no warning, no "Task was destroyed but it is pending!"
    out = json.loads(res.stdout)
    assert out["url"] and out["health"] == 200 and out["prefect_server_threads"] == 1
    assert out["nice"] == min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5) - os.getpriority(os.PRIO_PROCESS, 0)
    assert out["block_types"] == 0
    if how == "stop":
        assert out["stopped"] and not out["answers_after_stop"]
    assert exit_lag - out["end"] < 5  # a graceful stop takes ~0.3 s; the spinning one ran into a 10 s timeout


def test_the_server_runs_as_a_process_when_no_documents_queue_or_when_told(tmp_path, bare_env):
    code = ("import os\nfrom flows.local_server import LocalServer, ThreadServer, start_if_needed\n"
            "s = start_if_needed(queued=os.environ.get('Q') == '1')\n"
            "print(type(s).__name__, getattr(s, 'lower_priority', None))\ns.wait_ready(120)\ns.stop()")
    seen = {}
    for q, how in (("0", None), ("1", "process"), ("0", "thread")):
        env = {**bare_env, "Q": q}
        if how:
            env["CLUSTER_PIPELINE_PREFECT_SERVER"] = how
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                             timeout=120)
        assert res.returncode == 0, res.stderr
        seen[(q, how)] = res.stdout.split()
    assert seen == {("0", None): ["LocalServer", "False"], ("1", "process"): ["LocalServer", "True"],
                    ("0", "thread"): ["ThreadServer", "False"]}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                         env={**bare_env, "CLUSTER_PIPELINE_PREFECT_SERVER": "docker"})
    assert res.returncode != 0 and "expected 'thread' or 'process'" in res.stderr


def test_planning_does_not_import_pandas(tmp_path):
    """The CLI plans before it starts the workers and the Prefect server: importing pandas there
    (~0.4 s) would delay both, and every run that finds nothing to do."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "kotra_2019-07-08_notice_web.txt", raw / "a.txt")
    code = ("import sys; from pipeline.run import plan_ingest\n"
            f"p = plan_ingest({str(raw)!r}, {str(tmp_path / 'out')!r}, settle=0.0)\n"
            "print(len(p.jobs), p.changed, 'pandas' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(),
                         cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["1", "True", "False"]


@pytest.fixture
def bare_env(tmp_path):
    """No Prefect server configured anywhere: the CLI must bring its own."""
    env = cli_env()
    env.pop("PREFECT_API_URL", None)
    env.pop("PREFECT_PROFILE", None)
    env["PREFECT_HOME"] = str(tmp_path / "prefect_home")
    return env


def test_cli_run_without_a_prefect_server_is_clean(tmp_path, bare_env):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for name in ("kotra_2019-07-08_press_ko.pdf", "kotra_2019-07-08_notice_web.txt"):
        shutil.copy(RAW / name, raw / name)
        os.utime(raw / name, (1_500_000_000, 1_500_000_000))
    res = subprocess.run(cli_cmd("ingest", "--raw", str(raw), "--out", str(out), "--workers", "1"),
                         capture_output=True, text=True, env={**bare_env, "PREFECT_LOGGING_LEVEL": "INFO"}, cwd=ROOT,
                         timeout=300)
    both = res.stdout + res.stderr
    assert res.returncode == 0, both
    assert "temporary Prefect server on http://127.0.0.1:" in res.stdout
    for bad in ("Traceback", "Error logging to API", "database is locked", "WARNING", "View at"):
        assert bad not in both, both
    assert "2 documents: 2 ok" in res.stdout
    # progress is logged as documents finish, and they are taken largest first
    progress = re.findall(r"\[(\d)/2\] (\S+): ok", both)
    assert progress == [("1", "kotra_2019-07-08_press_ko.pdf"), ("2", "kotra_2019-07-08_notice_web.txt")], both
    docs = pd.read_parquet(out / "documents.parquet")
    assert sorted(docs.status) == ["ok", "ok"]
    run = json.loads((out / "_state" / "runs.jsonl").read_text().splitlines()[-1])
    assert run["processed"] == 2 and run["busy_s"] > 0

    before = (out / "statistics.parquet").read_bytes()
    # no more documents than workers: the server runs as a second process this time
    res = subprocess.run(cli_cmd("reprocess", "--out", str(out), "--workers", "2", "--force"),
                         capture_output=True, text=True, env=bare_env, cwd=ROOT, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "Traceback" not in res.stdout + res.stderr
    assert (out / "statistics.parquet").read_bytes() == before  # same rules: same bytes
    assert "2 documents: 2 ok" in res.stdout

    # both runs are in the server's history, whole: the servers stopped after the last states
    import sqlite3

    with contextlib.closing(sqlite3.connect(Path(bare_env["PREFECT_HOME"]) / "prefect.db")) as db:
        runs = db.execute("SELECT id, name, state_type FROM flow_run ORDER BY created").fetchall()
        assert [(r[1].split()[0], r[2]) for r in runs] == [("ingest", "COMPLETED"), ("reprocess", "COMPLETED")]
        for run_id, _, _ in runs:
            states = db.execute("SELECT state_type FROM task_run WHERE flow_run_id = ?", (run_id,)).fetchall()
            assert sorted(states) == [("COMPLETED",), ("COMPLETED",)]


def test_prefetch_runs_the_largest_files_first(tmp_path):
    from pipeline import workers
    from pipeline.run import plan_ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    names = ["kotra_2019-07-08_notice_web.txt", "overseas_clusters_report_excerpt_ko.pdf", "kotra_2019-07-08_press_en.pdf"]
    for name in names:
        shutil.copy(RAW / name, raw / name)
        os.utime(raw / name, (1_500_000_000, 1_500_000_000))
    jobs = plan_ingest(str(raw), str(tmp_path / "out"), settle=0.0).jobs
    done: list[str] = []
    try:
        workers.prefetch(jobs, 1)
        futures = {j["source"]: workers.take_prefetched(j) for j in jobs}
        for src, f in futures.items():
            f.add_done_callback(lambda _f, s=src: done.append(s))
        for f in futures.values():
            assert f.result(timeout=120)["status"] == "ok"
    finally:
        workers.close_shared_pools()
    by_size = sorted(names, key=lambda n: (raw / n).stat().st_size, reverse=True)
    assert done[1:] == by_size[1:]  # the first may finish before its callback is attached


def test_workers_are_forked_from_a_preloaded_fork_server():
    import psutil

    from pipeline.workers import WorkerPool

    with WorkerPool(2) as pool:
        parents = {psutil.Process(w.proc.pid).ppid() for w in pool._all}
        assert len(parents) == 1 and os.getpid() not in parents  # both from the one fork server
        server = psutil.Process(parents.pop())
        assert server.ppid() == os.getpid()
        assert any("forkserver" in part for part in server.cmdline())


def test_spawn_start_method_can_be_chosen():
    code = ("import os, psutil; from pipeline.workers import WorkerPool\n"
            "with WorkerPool(1) as p: print(psutil.Process(p._all[0].proc.pid).ppid() == os.getpid())")
    env = {**cli_env(), "CLUSTER_PIPELINE_WORKER_START": "spawn"}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "True"


def test_a_job_waiting_for_a_worker_is_released_when_the_pool_closes(tmp_path):
    """No thread waits forever for a worker of a closed pool (a prefetch left waiting would keep
    the CLI from exiting after an error)."""
    import threading

    from pipeline.workers import WorkerPool

    job = _job(tmp_path)
    pool = WorkerPool(1)
    busy = pool._idle.get()  # the only worker is taken
    outcome = []

    def waiter():
        try:
            pool.run(job)
            outcome.append("ran")
        except RuntimeError as e:
            outcome.append(str(e))

    t = threading.Thread(target=waiter)
    t.start()
    t.join(timeout=1.0)
    assert t.is_alive()  # waiting for a worker
    pool.close()
    t.join(timeout=10)
    assert not t.is_alive() and outcome == ["the worker pool was closed"]
    assert not busy.proc.is_alive()


# ---------------------------------------------------------------- reading ahead
def _wait_until(cond, timeout=120.0):
    import time

    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_read_ahead_fills_the_parse_cache_and_workers_only_extract(tmp_path):
    from pipeline.parse import PARSER_VERSION
    from pipeline.run import process_job
    from pipeline.store import Store
    from pipeline.workers import ReadAhead, WorkerPool

    job = _job(tmp_path)
    reader = ReadAhead([job])
    try:
        _wait_until(lambda: not reader._thread.is_alive())  # nobody stopped it: it read everything
    finally:
        reader.close()
    early = reader.claim(job)
    assert early["status"] == "ok" and early["seconds"] > 0 and early["counts"] == {}
    assert Store(job["out"]).parsed_path(job["doc_id"], PARSER_VERSION).exists()
    with WorkerPool(1) as pool:
        res = pool.run(job)
    assert res["status"] == "ok" and res["parsed_from_cache"]
    fresh = process_job({**job, "out": str(tmp_path / "fresh")})  # the same document, read by the worker itself
    assert not fresh["parsed_from_cache"]
    assert res["counts"] == fresh["counts"] and res["counts"]["statistics"] > 0


def test_a_worker_claiming_a_document_being_read_waits_for_the_read(tmp_path):
    from pipeline.parse import PARSER_VERSION
    from pipeline.store import Store
    from pipeline.workers import ReadAhead, job_key

    job = _job(tmp_path, "overseas_clusters_report_excerpt_ko.pdf")
    reader = ReadAhead([job])
    try:
        _wait_until(lambda: job_key(job) in reader._state)  # the reader has taken it
        early = reader.claim(job)
        assert early is not None and early["status"] == "ok"  # waited for the read, not skipped
        assert Store(job["out"]).parsed_path(job["doc_id"], PARSER_VERSION).exists()
    finally:
        reader.close()


def test_a_claimed_document_is_not_read_ahead(tmp_path):
    from pipeline.workers import ReadAhead, job_key

    first = _job(tmp_path, "overseas_clusters_report_excerpt_ko.pdf")
    (tmp_path / "b").mkdir()
    second = _job(tmp_path / "b")
    reader = ReadAhead([first, second])
    try:
        _wait_until(lambda: job_key(first) in reader._state)  # reading the first (a process must start)
        assert reader.claim(second) is None  # a worker got to the second first: it reads it itself
        _wait_until(lambda: not reader._thread.is_alive())
        assert reader.claim(first)["status"] == "ok"
        assert reader.claim(second) is None  # and the reader left it alone
    finally:
        reader.close()


def test_a_read_that_fails_is_the_documents_result(tmp_path):
    from pipeline import workers

    raw = tmp_path / "raw"
    raw.mkdir()
    dense_pdf(raw / "dense.pdf", pages=3)
    from pipeline.run import plan_ingest

    job = {**plan_ingest(str(raw), str(tmp_path / "out"), settle=0.0).jobs[0], "timeout": 0.5}
    reader = workers.ReadAhead([job])
    try:
        _wait_until(lambda: job_key_in(reader, job))
        res = workers._run_prefetched(job, 1, reader)
    finally:
        reader.close()
        workers.close_shared_pools()
    assert res["status"] == "timeout" and res["parsed_ahead"]  # not read a second time by a worker
    assert "--timeout" in res["error"]


def job_key_in(reader, job):
    from pipeline.workers import job_key

    return job_key(job) in reader._state


def test_closing_a_reader_kills_the_read_in_progress(tmp_path, monkeypatch):
    import time

    from pipeline.parse import PARSER_VERSION
    from pipeline.run import plan_ingest
    from pipeline.store import Store
    from pipeline.workers import ReadAhead

    raw = tmp_path / "raw"
    raw.mkdir()
    dense_pdf(raw / "dense.pdf", pages=60)  # long enough to be still reading when closed, however warm the machine
    # (read with the reference engine: PDFium reads these pages in a blink; the reader's worker is
    # a spawned process and takes this environment)
    monkeypatch.setenv("CLUSTER_PIPELINE_TEXT_ENGINE", "pdfplumber")
    job = plan_ingest(str(raw), str(tmp_path / "out"), settle=0.0).jobs[0]
    reader = ReadAhead([job])
    _wait_until(lambda: reader._pool is not None and job_key_in(reader, job))
    proc = reader._pool._all[0].proc
    t = time.monotonic()
    reader.close()
    assert time.monotonic() - t < 3.0
    assert not proc.is_alive() and not reader._thread.is_alive()
    parsed_dir = Store(job["out"]).parsed_path(job["doc_id"], PARSER_VERSION).parent
    assert not (parsed_dir.exists() and any(parsed_dir.iterdir()))  # nothing half-written, by either engine
    assert reader.claim(job) is None  # a worker would read it itself


def test_no_read_ahead_when_the_workers_are_warm_or_it_is_switched_off(tmp_path, monkeypatch):
    from pipeline import workers

    job = _job(tmp_path)
    monkeypatch.setenv("CLUSTER_PIPELINE_READ_AHEAD", "0")
    assert workers._read_ahead([job], 1) is None
    monkeypatch.delenv("CLUSTER_PIPELINE_READ_AHEAD")
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert workers._read_ahead([job], 1) is None  # no core left over by the workers
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    reader = workers._read_ahead([job], 1)
    assert reader is not None
    reader.close()
    txt = {**job, "path": job["path"][:-4] + ".txt"}
    assert workers._read_ahead([txt], 1) is None  # only PDFs are worth reading ahead
    try:
        workers.shared_pool(1)
        assert workers._read_ahead([job], 1) is None  # the workers are already warm
    finally:
        workers.close_shared_pools()


def test_work_seconds_is_the_union_of_the_documents_spans():
    from pipeline.run import work_seconds

    assert work_seconds([{"status": "ok"}]) is None  # run in-process: no spans
    results = [{"work": [[10.0, 11.0], [11.5, 14.0]]}, {"work": [[12.0, 13.0]]}, {"work": [[20.0, 21.0]]}]
    assert work_seconds(results) == 4.5  # 10-11, 11.5-14 (12-13 inside it), 20-21


def test_the_preloaded_models_are_frozen_out_of_the_garbage_collectors_sight():
    import sys

    code = "import gc; n = gc.get_freeze_count(); import pipeline.preload; print(n, gc.get_freeze_count())"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), cwd=ROOT,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    before, after = res.stdout.split()
    assert int(before) == 0 and int(after) > 50_000  # the loaded analyzers and matchers, frozen


def test_a_cli_ingest_after_a_rules_change_rebuilds_the_tables(tmp_path, bare_env):
    """The documents run while Prefect starts; when the flow then plans, their caches for the new
    rules are already written. The tables must still be rebuilt, and the work counted."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for name in ("kotra_2019-07-08_press_ko.pdf", "kotra_2019-07-08_notice_web.txt"):
        shutil.copy(RAW / name, raw / name)
        os.utime(raw / name, (1_500_000_000, 1_500_000_000))

    def ingest(env):
        res = subprocess.run(cli_cmd("ingest", "--raw", str(raw), "--out", str(out), "--workers", "1"),
                             capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
        assert res.returncode == 0, res.stdout + res.stderr
        return res.stdout

    ingest(bare_env)
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "pipeline" / "rules", rules, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (rules / "VERSION").write_text("999\n")
    env = {**bare_env, "CLUSTER_PIPELINE_RULES_DIR": str(rules)}
    stdout = ingest(env)
    assert "2 processed this run" in stdout and "rules 999+" in stdout
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs.rules_version.str.startswith("999+").all()
    assert "nothing new or changed" in ingest(env)  # and then it is up to date


def test_a_run_of_500_documents_ends_quietly_with_a_short_summary(tmp_path, bare_env):
    """Prefect's temporary server and event flushers shut down without a traceback at any size,
    and the summary of a large run stays short (counts, then only what is not ok)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from scale import make_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    raw, out = tmp_path / "raw", tmp_path / "out"
    make_corpus(raw, 500)
    (raw / "zz_broken.pdf").write_bytes(b"%PDF-1.4 not really")  # one failure to list
    res = subprocess.run(cli_cmd("ingest", "--raw", str(raw), "--out", str(out), "--workers", "2"),
                         capture_output=True, text=True, env=bare_env, cwd=ROOT, timeout=900)
    both = res.stdout + res.stderr
    assert res.returncode == 0, both[-3000:]
    for bad in ("Traceback", "CancelledError", "Error logging to API", "database is locked"):
        assert bad not in both, both[-3000:]
    assert "501 documents: 500 ok, 1 corrupt" in res.stdout, res.stdout[-2000:]
    assert "zz_broken.pdf" in res.stdout
    assert len(res.stdout.splitlines()) < 40, res.stdout
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(docs) == 501 and (docs.status == "ok").sum() == 500
