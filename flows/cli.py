"""``cluster-pipeline``: ingest, reprocess, status, serve."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _fail(msg: str, code: int = 2) -> None:
    print(f"cluster-pipeline: {msg}", file=sys.stderr)
    sys.exit(code)


def _check_out(out: str) -> None:
    from pipeline.store import Store

    try:
        Store(out).ensure()
    except OSError as e:
        _fail(f"cannot write to output folder {out!r}: {e.strerror or e}")


def _print_summary(summary: dict) -> None:
    docs = summary["documents"]
    width = max([len(d["source"]) for d in docs] + [8])
    print(f"\n{'source':<{width}}  {'status':<15} {'pages':>5} {'mentions':>8} {'stats':>6} {'factors':>7}")
    for d in docs:
        print(f"{d['source']:<{width}}  {d['status'] or '':<15} {d['pages'] if d['pages'] is not None else '-':>5} "
              f"{d['mentions']:>8} {d['statistics']:>6} {d['factors']:>7}")
        if d["error"] and d["status"] not in ("ok",):
            print(f"{'':<{width}}  ↳ {d['error']}")
    ok = sum(1 for d in docs if d["status"] == "ok")
    print(f"\n{len(docs)} documents ({ok} ok), {summary['processed']} processed this run; rules {summary['rules_version']}.")
    if summary["waiting"]:
        print(f"still being copied (next run): {', '.join(summary['waiting'])}")


def _nothing_to_do(a) -> bool:
    """Peek at raw/ (stat only for known files): True when a run would change nothing, so the
    CLI can answer at once without starting Prefect (the scheduled deployment always runs)."""
    from pipeline.run import plan_ingest, summarize
    from pipeline.store import Store

    if a.prune_removed:
        return False
    plan = plan_ingest(a.raw, a.out, settle=a.settle)
    if plan.changed or plan.jobs:
        return False
    store = Store(a.out)
    summary = summarize(store, store.load_manifest(), plan, [])
    summary["processed"] = 0
    print("nothing new or changed in", a.raw, "- tables left as they are")
    _print_summary(summary)
    return True


def _warm_workers(n: int) -> None:
    """Start the worker processes (loading Kiwi and spaCy) while Prefect starts its server."""
    import threading

    from pipeline.workers import shared_pool

    threading.Thread(target=shared_pool, args=(n,), daemon=True, name="warm-workers").start()


def cmd_ingest(a) -> None:
    if not Path(a.raw).is_dir():
        _fail(f"raw folder {a.raw!r} does not exist (create it and drop PDFs into it)")
    _check_out(a.out)
    if _nothing_to_do(a):
        return
    if not a.dask_address:
        _warm_workers(a.workers)
    from flows.ingest import ingest_flow, with_runner
    from pipeline.store import LockedError

    fl = with_runner(ingest_flow, a.workers, a.dask_address)
    try:
        summary = fl(raw=a.raw, out=a.out, workers=a.workers, prune_removed=a.prune_removed, timeout=a.timeout,
                     max_memory_mb=a.max_memory_mb, settle=a.settle, wait=a.wait, isolate=not a.dask_address)
    except LockedError as e:
        _fail(str(e), 3)
    finally:
        from pipeline.workers import close_shared_pools

        close_shared_pools()
    _print_summary(summary)


def cmd_reprocess(a) -> None:
    _check_out(a.out)
    if not a.dask_address:
        _warm_workers(a.workers)
    from flows.ingest import reprocess_flow, with_runner
    from pipeline.store import LockedError

    fl = with_runner(reprocess_flow, a.workers, a.dask_address)
    try:
        summary = fl(out=a.out, workers=a.workers, timeout=a.timeout, max_memory_mb=a.max_memory_mb, wait=a.wait,
                     isolate=not a.dask_address, force=a.force)
    except LockedError as e:
        _fail(str(e), 3)
    finally:
        from pipeline.workers import close_shared_pools

        close_shared_pools()
    _print_summary(summary)


def cmd_status(a) -> None:
    from pipeline.run import Plan, summarize
    from pipeline.store import Store

    store = Store(a.out)
    if not store.manifest_path.exists():
        _fail(f"no run recorded under {a.out!r} yet (run `cluster-pipeline ingest` first)")
    manifest = store.load_manifest()
    from pipeline.rules import rules_version

    summary = summarize(store, manifest, Plan("", a.out, [], [], rules_version=rules_version(), changed=False), [])
    summary["processed"] = 0
    _print_summary(summary)


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
    sp.add_argument("--force", action="store_true", help="re-extract even documents already extracted with these rules")
    sp.set_defaults(fn=cmd_reprocess)

    sp = sub.add_parser("status", help="one line per document: status, pages, rows per table, error")
    common(sp, raw=False)
    sp.set_defaults(fn=cmd_status)

    sp = sub.add_parser("serve", help="serve the ingest flow as a scheduled Prefect deployment")
    common(sp)
    sp.add_argument("--cron", default="0 6 * * *", help="schedule (cron, default '0 6 * * *')")
    sp.add_argument("--name", default="scheduled-ingest", help="deployment name")
    sp.add_argument("--workers", type=int, default=1)
    sp.set_defaults(fn=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> None:
    a = build_parser().parse_args(argv)
    a.fn(a)


if __name__ == "__main__":
    main()
