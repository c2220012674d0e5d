"""``cluster-pipeline``: ingest, reprocess, status, verify, text, sql, report, serve."""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path


def _fail(msg: str, code: int = 2) -> None:
    print(f"cluster-pipeline: {msg}", file=sys.stderr)
    sys.exit(code)


def _check_out(out: str) -> None:
    from pipeline.rules import check_rules
    from pipeline.rules.check import RuleError
    from pipeline.store import StateTooNew, Store

    try:
        check_rules()
    except RuleError as e:
        _fail(f"the rule files cannot be used: {e}")
    try:
        Store(out).ensure()
    except StateTooNew as e:
        _fail(str(e))
    except OSError as e:
        _fail(f"cannot write to output folder {out!r}: {e.strerror or e}")


def _print_summary(summary: dict, everything: bool = False, statuses: set[str] | None = None) -> None:
    """Counts by status, then the documents of this run and every one not ok (``everything``:
    all; ``statuses``: only those), at most a screenful unless everything is asked for."""
    from pipeline.run import status_counts, summary_selection

    docs = summary["documents"]
    rows, left = summary_selection(docs, everything, statuses, limit=None if everything else 30)
    if rows:
        width = max([len(d["source"]) for d in rows] + [8])
        print(f"\n{'source':<{width}}  {'status':<15} {'pages':>5} {'mentions':>8} {'stats':>6} {'factors':>7}")
        for d in rows:
            print(f"{d['source']:<{width}}  {d['status'] or '':<15} {d['pages'] if d['pages'] is not None else '-':>5} "
                  f"{d['mentions']:>8} {d['statistics']:>6} {d['factors']:>7}")
            if d["error"] and d["status"] not in ("ok",):
                print(f"{'':<{width}}  ↳ {d['error']}")
    if left:
        print(f"… and {left:,} more (cluster-pipeline status [--status STATUS] lists them)")
    for note in summary.get("notes") or []:
        print(f"repair: {note}")
    print(f"\n{status_counts(docs)}; {summary['processed']:,} processed this run; rules {summary['rules_version']}.")
    if summary.get("report") and Path(summary["report"]).exists():
        print(f"report: {summary['report']}  ·  SQL: cluster-pipeline sql \"select * from cluster_figures\"")
    if summary["waiting"]:
        w = summary["waiting"]
        print(f"still being copied (next run): {', '.join(w[:10])}{f' … and {len(w) - 10} more' if len(w) > 10 else ''}")


def _plan_or_answer(a):
    """Peek at raw/ (stat only for known files). When a run would change nothing, answer at once
    without starting Prefect (the scheduled deployment always runs) and return None; else the
    plan (the flow plans again, under the run lock)."""
    from pipeline.heal import load_manifest
    from pipeline.run import plan_ingest, summarize
    from pipeline.store import Store

    plan = plan_ingest(a.raw, a.out, settle=a.settle, timeout=a.timeout, max_rss_mb=a.max_memory_mb, repair=False)
    if plan.changed or plan.jobs or a.prune_removed:
        return plan
    store = Store(a.out)
    summary = summarize(store, load_manifest(store, a.raw)[0], plan, [])
    summary["processed"] = 0
    print("nothing new or changed in", a.raw, "- tables left as they are")
    _print_summary(summary)
    return None


def _start_early(a, jobs: list[dict]) -> None:
    """Start the worker processes (loading Kiwi and spaCy) and the planned documents while
    Prefect starts up; the flow's tasks collect the results. Not when another run holds the lock
    (this run will wait for it or stop, and its plan may change)."""
    from pipeline.store import Store
    from pipeline.workers import prefetch

    if jobs and not Store(a.out).is_locked():
        prefetch(jobs, a.workers)


def _server_failed(e: Exception) -> None:
    _fail(f"could not start a temporary Prefect server ({e}); set PREFECT_API_URL to a running server")


def _import_quietly(module: str) -> None:
    import importlib

    try:
        importlib.import_module(module)
    except Exception:  # an optimisation only: Prefect imports what it needs itself
        pass


def _preload_tables() -> None:
    """Ready the final step (pandas, pyarrow, vocabularies) while the documents run; imported
    here, off the main thread, which meanwhile starts the server and the workers."""
    try:
        from pipeline.tables import preload

        preload()
    except Exception:  # an optimisation only: the final step imports what it needs itself
        pass


def _flush_events(timeout: float = 10.0) -> None:
    """Let Prefect's events worker send what the run's last state changes queued while the server
    is up (as Prefect's own task runner does), so that its exit drain finds nothing left and
    prints no 'Still processing items' warning. Bounded: a run never hangs on it."""
    import threading

    def flush() -> None:
        try:
            from prefect.events.worker import EventsWorker

            with EventsWorker._instance_lock:
                exists = bool(EventsWorker._instances)
            if exists:
                EventsWorker.instance().wait_until_empty()
        except Exception:  # Prefect drains at exit anyway
            pass

    t = threading.Thread(target=flush, daemon=True, name="flush-events")
    t.start()
    t.join(timeout)


def _await_task_records(api_url: str, state, expected: int, timeout: float = 60.0) -> None:
    """Wait until the temporary server has recorded the final state of every task run of the flow
    run (its task-run recorder writes one event at a time to SQLite, behind a large run): a server
    stopped before that cancels the writes and prints their tracebacks, and the run's history
    misses its last states. Bounded; a run never fails on it."""
    import json as _json
    import urllib.request

    flow_run_id = str(getattr(getattr(state, "state_details", None), "flow_run_id", "") or "")
    if not flow_run_id or expected <= 0:
        return

    def count(extra: dict) -> int:
        body = _json.dumps({"flow_runs": {"id": {"any_": [flow_run_id]}}, **extra}).encode()
        req = urllib.request.Request(f"{api_url}/task_runs/count", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=5) as r:
            return int(r.read())

    final = {"task_runs": {"state": {"type": {"any_": ["COMPLETED", "FAILED", "CRASHED", "CANCELLED"]}}}}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if count(final) >= expected:
                return
        except (OSError, ValueError):
            return
        time.sleep(0.2)


def _run(a, flow_name: str, jobs: list[dict], **params) -> None:
    """Start what takes time to start (worker processes with their models and the planned
    documents; a temporary Prefect server) side by side, then run the flow."""
    import threading

    from flows.local_server import run_settings, start_if_needed

    try:  # first, before any thread: it writes the environment (setenv races with C code reading it)
        server = start_if_needed(queued=len(jobs) > a.workers)
    except (OSError, RuntimeError) as e:
        _server_failed(e)
    if not a.dask_address:
        _start_early(a, jobs)
    threading.Thread(target=_preload_tables, daemon=True, name="preload-tables").start()
    if server is not None:
        print(f"temporary Prefect server on {server.api_url} (set PREFECT_API_URL to use a running one)", flush=True)
    from flows import ingest as fi
    from pipeline.store import LockedError

    fl = fi.with_runner(getattr(fi, flow_name), a.workers, a.dask_address)
    try:
        if server is not None:
            # Prefect encodes a flow's parameters with FastAPI's encoder, imported on the first
            # flow call (~0.2 s): import it while the server boots
            threading.Thread(target=_import_quietly, args=("fastapi.encoders",), daemon=True).start()
            try:
                server.wait_ready()
            except RuntimeError as e:
                _server_failed(e)
        urls = getattr(a, "urls", {}) if a.dask_address else {}
        if "out" in urls:  # Dask workers read and write the bucket themselves: no shared disk needed
            params = {**params, "raw_url": urls.get("raw"), "out_url": urls["out"]}
        with run_settings(server):
            state = fl(workers=a.workers, timeout=a.timeout, max_memory_mb=a.max_memory_mb, wait=a.wait,
                       isolate=not a.dask_address, return_state=True, **params)
        _flush_events()
        if server is not None:
            _await_task_records(server.api_url, state, expected=len(jobs))
        from prefect.exceptions import FailedRun

        try:
            summary = state.result()
        except FailedRun as e:  # the flow ended itself as Failed (its outputs could not be written)
            _fail(str(e), 1)
    except LockedError as e:
        _fail(str(e), 3)
    finally:
        from pipeline.workers import close_shared_pools

        close_shared_pools()
        # the server stops at exit (atexit), after Prefect has sent its last logs and events
    _print_summary(summary)


def cmd_ingest(a) -> None:
    if not Path(a.raw).is_dir():
        _fail(f"raw folder {a.raw!r} does not exist (create it and drop PDFs into it)")
    _check_out(a.out)
    plan = _plan_or_answer(a)
    if plan is None:
        return
    _run(a, "ingest_flow", plan.jobs, raw=a.raw, out=a.out, prune_removed=a.prune_removed, settle=a.settle)


def cmd_reprocess(a) -> None:
    _check_out(a.out)
    from pipeline.run import plan_reprocess

    jobs = plan_reprocess(a.out, timeout=a.timeout, max_rss_mb=a.max_memory_mb, force=a.force, raw=a.raw).jobs
    _run(a, "reprocess_flow", jobs, out=a.out, force=a.force, raw=a.raw)


def _repair_quietly(a, caches: bool = False) -> list[str]:
    """Check and rebuild outputs and state under the run lock (status, verify --repair). When
    another run holds the lock, that run heals them: nothing is done here."""
    from pipeline.run import repair
    from pipeline.store import LockedError, Store
    from pipeline.tables import OutputWriteError

    store = Store(a.out)
    try:
        with store.lock(wait=0):
            return repair(a.out, raw=getattr(a, "raw", None), caches=caches)
    except LockedError:
        return [f"another run is writing {a.out}; not checked"]
    except OutputWriteError as e:
        _fail(str(e), 1)


def cmd_status(a) -> None:
    from pipeline.heal import load_manifest
    from pipeline.rules import rules_version
    from pipeline.run import Plan, summarize
    from pipeline.store import Store

    store = Store(a.out)
    if not store.state.is_dir():
        _fail(f"no run recorded under {a.out!r} yet (run `cluster-pipeline ingest` first)")
    _check_out(a.out)
    notes = _repair_quietly(a)
    manifest = load_manifest(store)[0]
    summary = summarize(store, manifest, Plan("", a.out, [], [], rules_version=rules_version(), changed=False), [])
    summary["processed"] = 0
    summary["notes"] = notes
    _print_summary(summary, everything=True, statuses=set(a.status.split(",")) if a.status else None)


def cmd_verify(a) -> None:
    """Check the tables, views, state files and every stage-cache entry; ``--repair`` rebuilds
    what is damaged from what is left. Exit 0 when all is well (or was repaired), 1 otherwise."""
    from pipeline.heal import verify
    from pipeline.store import Store

    if not Store(a.out).state.is_dir():
        _fail(f"no run recorded under {a.out!r} yet (run `cluster-pipeline ingest` first)")
    _check_out(a.out)
    found = verify(a.out)
    for kind in ("state", "outputs", "caches", "documents"):
        for item in found[kind]:
            print(f"{kind}: {item}")
    if found["ok"]:
        print(f"{a.out}: all outputs, state files and {found['entries']} cache entries are sound")
        return
    if not a.repair:
        print("run `cluster-pipeline verify --repair` (or any ingest) to rebuild them from what is left")
        sys.exit(1)
    for note in _repair_quietly(a, caches=True):
        print(f"repair: {note}")
    after = verify(a.out)
    if not after["ok"]:
        for kind in ("state", "outputs", "caches", "documents"):
            for item in after[kind]:
                print(f"still: {kind}: {item}")
        sys.exit(1)
    print(f"{a.out}: repaired")


def cmd_text(a) -> None:
    """Print what the pipeline reads from one file (nothing is written)."""
    from pipeline.inspect import render_text
    from pipeline.parse import parse_file

    path = Path(a.file)
    if not path.is_file():
        _fail(f"no such file: {a.file!r}")
    parsed = parse_file(path, path.name)
    sys.stdout.write(render_text(parsed, a.page))
    if parsed.status != "ok":
        sys.exit(1)


def cmd_sql(a) -> None:
    """Run one SQL statement on processed/catalog.duckdb; print an aligned table or CSV."""
    import csv

    import duckdb

    from pipeline.catalog import query

    try:
        cols, rows = query(a.out, a.query)
    except FileNotFoundError:
        _fail(f"no catalog in {a.out!r} yet (run `cluster-pipeline ingest` first)", 1)
    except duckdb.Error as e:
        _fail(f"bad query: {str(e).splitlines()[0]}", 1)
    if a.csv:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(cols)
        w.writerows(["" if v is None else v for v in r] for r in rows)
        return
    cells = [[_cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    right = [all(isinstance(r[i], (int, float)) or r[i] is None for r in rows) and rows for i in range(len(cols))]
    fmt = lambda vals: "  ".join(v.rjust(w) if r else v.ljust(w) for v, w, r in zip(vals, widths, right)).rstrip()  # noqa: E731
    print(fmt(cols))
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print(fmt(r))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:,.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{v:,.0f}"
    if isinstance(v, (list, tuple)):
        return ", ".join(str(x) for x in v)
    return str(v)


def cmd_report(a) -> None:
    """Build processed/report.html (and the catalog it reads) from the current tables."""
    from pipeline.run import write_views

    if not (Path(a.out) / "documents.parquet").exists():
        _fail(f"no tables in {a.out!r} yet (run `cluster-pipeline ingest` first)")
    write_views(a.out)
    print(f"report: {Path(a.out) / 'report.html'}")


def cmd_serve(a) -> None:
    if not Path(a.raw).is_dir():
        _fail(f"raw folder {a.raw!r} does not exist")
    _check_out(a.out)
    from flows.deploy import serve

    print(f"serving deployment '{a.name}' of cluster-pipeline-ingest on schedule {a.cron!r} (Ctrl-C to stop)")
    serve(os.path.abspath(a.raw), os.path.abspath(a.out), a.cron, a.name, a.workers)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cluster-pipeline", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)

    def common(sp, raw=True):
        if raw:
            sp.add_argument("--raw", default="raw", help="input folder (default: raw)")
        sp.add_argument("--out", default="processed", help="output folder for the tables (default: processed)")

    def running(sp):
        sp.add_argument("--workers", type=int, default=max(1, min(2, os.cpu_count() or 1)),
                        help="documents processed in parallel (worker processes; default: 2 or the CPU count)")
        sp.add_argument("--dask-address", default=None, help="run the per-document tasks on this Dask scheduler")
        sp.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per document (default 600)")
        sp.add_argument("--max-memory-mb", type=int, default=3072, help="memory allowed per document (default 3072)")
        sp.add_argument("--wait", type=float, default=60.0, help="seconds to wait for another run to finish (default 60)")

    sp = sub.add_parser("ingest", help="process new or changed files in raw/ and write the tables")
    common(sp)
    running(sp)
    sp.add_argument("--prune-removed", action="store_true", help="drop the rows of files removed from raw/")
    sp.add_argument("--settle", type=float, default=2.0, help="a file modified this recently (s) is checked for ongoing copying")
    sp.set_defaults(fn=cmd_ingest)

    sp = sub.add_parser("reprocess", help="re-extract every stored document with the current rules (raw/ not needed)")
    common(sp, raw=False)
    running(sp)
    sp.add_argument("--raw", default=None, help="where to re-parse a document whose stored parse is damaged "
                                                "(default: the folder of the last ingest)")
    sp.add_argument("--force", action="store_true", help="re-extract even documents already extracted with these rules")
    sp.set_defaults(fn=cmd_reprocess)

    sp = sub.add_parser("status", help="one line per document: status, pages, rows per table, error")
    common(sp, raw=False)
    sp.add_argument("--status", default=None, help="only documents with this status (or several: failed,encrypted)")
    sp.set_defaults(fn=cmd_status)

    sp = sub.add_parser("verify", help="check the tables, state and stage caches; --repair rebuilds what is damaged")
    common(sp, raw=False)
    sp.add_argument("--repair", action="store_true", help="rebuild what is damaged from what is left")
    sp.set_defaults(fn=cmd_verify)

    sp = sub.add_parser("text", help="print the text layer of one input as the pipeline reads it (writes nothing)")
    sp.add_argument("file", help="a PDF, HWP, HWPX, .txt or .html file")
    sp.add_argument("--page", type=int, default=None, help="only this page (a section for HWP/HWPX)")
    sp.set_defaults(fn=cmd_text)

    sp = sub.add_parser("sql", help="run SQL on the tables and views of processed/catalog.duckdb")
    sp.add_argument("query", help='e.g. "select * from cluster_figures where metric = \'companies\'"')
    sp.add_argument("--out", default="processed", help="output folder holding catalog.duckdb (default: processed)")
    sp.add_argument("--csv", action="store_true", help="print CSV instead of an aligned table")
    sp.set_defaults(fn=cmd_sql)

    sp = sub.add_parser("report", help="build processed/report.html from the current tables")
    sp.add_argument("--out", default="processed", help="output folder (default: processed)")
    sp.set_defaults(fn=cmd_report)

    sp = sub.add_parser("serve", help="serve the ingest flow as a scheduled Prefect deployment")
    common(sp)
    sp.add_argument("--cron", default="0 6 * * *", help="schedule (cron, default '0 6 * * *')")
    sp.add_argument("--name", default="scheduled-ingest", help="deployment name")
    sp.add_argument("--workers", type=int, default=1)
    sp.set_defaults(fn=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> None:
    a = build_parser().parse_args(argv)
    with _remote_folders(a):
        a.fn(a)


@contextlib.contextmanager
def _remote_folders(a):
    """``--raw``/``--out`` as URLs (s3://…): the run works on local mirrors (pipeline.remote),
    pulled before it; the outputs it changed are pushed after it, also when it failed."""
    from pipeline import remote

    for attr in ("raw", "out"):
        if isinstance(getattr(a, attr, None), str):
            setattr(a, attr, remote.local_path(getattr(a, attr)))
    urls = {attr: getattr(a, attr) for attr in ("raw", "out") if remote.is_remote(getattr(a, attr, None))}
    if not urls:
        yield
        return
    if a.cmd == "serve":
        _fail("serve takes local folders; to schedule runs on shared storage, schedule "
              "`cluster-pipeline ingest --raw s3://… --out s3://…` on one runner")
    a.urls = urls  # the runs on Dask read and write them from the workers (pipeline.remote.run_shared_job)
    out_mirror = None
    lock = None
    try:
        if "out" in urls and a.cmd not in ("sql", "text", "status"):
            lock = remote.BucketLock(urls["out"])
            lock.acquire(wait=getattr(a, "wait", 60.0))
            if not lock.supported:
                print(f"warning: {urls['out']} cannot create an object exclusively; run one runner per output URL",
                      file=sys.stderr, flush=True)
        for attr, url in urls.items():
            m = remote.Mirror(url, attr)
            if attr == "raw" and not m.exists():
                _fail(f"raw folder {url!r} does not exist (create it and put the PDFs there)")
            setattr(a, attr, str(m.pull()))
            if attr == "raw" and hasattr(a, "settle"):
                a.settle = 0.0  # an object appears whole: nothing is being copied into it
            if attr == "out":
                out_mirror = m
            print(f"{url} mirrored in {m.local}", flush=True)
    except BaseException as e:  # nothing ran: the lock goes at once (also on a refusal above)
        if lock is not None:
            lock.release()
        if isinstance(e, remote.BucketLocked):
            _fail(str(e), 3)
        if isinstance(e, remote.RemoteError):
            _fail(str(e))
        raise
    interrupted = False
    try:
        yield
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        if out_mirror is not None and not interrupted and a.cmd not in ("sql", "text"):
            try:
                n = out_mirror.push()
                print(f"{urls['out']}: {n} file(s) uploaded", flush=True)
            except remote.RemoteError as e:
                print(f"error: {e} (the local copy in {out_mirror.local} is complete; run again to upload it)",
                      file=sys.stderr, flush=True)
                _EXIT_CODE[0] = 1
                raise SystemExit(1) from None
            finally:
                if lock is not None:
                    lock.release()
        elif lock is not None:
            lock.release()


_EXIT_CODE = [0]


def entry(argv: list[str] | None = None) -> None:
    """The command's entry point: ``main``, then the process ends as soon as every exit handler
    has run (Prefect's last logs and events, the temporary server's stop), without the
    interpreter's teardown of every loaded module (Prefect, pandas, pyarrow: ~0.3 s of a run)."""
    import atexit

    atexit.register(_end_process)  # registered first, so it runs after every other exit handler
    try:
        main(argv)
    except SystemExit as e:
        _EXIT_CODE[0] = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        raise
    except KeyboardInterrupt:
        _EXIT_CODE[0] = 130
        raise
    except BaseException:
        _EXIT_CODE[0] = 1
        raise


def _end_process() -> None:
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(_EXIT_CODE[0])


if __name__ == "__main__":
    entry()
