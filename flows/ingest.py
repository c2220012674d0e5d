"""Prefect flows: ``ingest`` (raw/ -> tables, incremental) and ``reprocess`` (stored parses ->
tables under the current rules). One task per document; all logic lives in ``pipeline``."""
from __future__ import annotations

from flows.settings import apply_defaults

apply_defaults()

import time  # noqa: E402

from prefect import flow, get_run_logger, task, unmapped  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402

from pipeline import run as pr  # noqa: E402
from pipeline.store import Store  # noqa: E402
from pipeline.tables import OutputWriteError  # noqa: E402


@task(name="process-document", task_run_name="{job[source]}", retries=2, retry_delay_seconds=2)
def process_document(job: dict, workers: int = 1, isolate: bool = True) -> dict:
    """Parse and extract one document (in a killable worker process when ``isolate``; on a Dask
    worker against shared storage when the job says where that is)."""
    if job.get("shared"):
        from pipeline.remote import run_shared_job

        return run_shared_job(job, pr.process_job)
    if not isolate:
        return pr.process_job(job)
    from pipeline.workers import shared_pool, take_prefetched

    started = take_prefetched(job)  # the CLI may have started it while Prefect was starting up
    if started is not None:
        return started.result()
    return shared_pool(workers).run(job)


def _run_jobs(plan: pr.Plan, workers: int, isolate: bool, raw_url: str | None = None,
              out_url: str | None = None) -> list[dict]:
    """One task per document, submitted in the order the workers take them (largest first, as
    the CLI's early start does); progress is logged as documents finish. With ``out_url`` (a
    remote --out run on Dask), workers read and write the bucket themselves and the runner then
    fetches the caches they wrote into its mirror."""
    from prefect.futures import as_completed

    from pipeline.workers import run_order

    logger = get_run_logger()
    jobs = run_order(plan.jobs)
    if out_url:
        from pipeline.remote import for_shared_storage

        jobs = for_shared_storage(jobs, plan.raw, raw_url, out_url)
    n = len(jobs)
    results = []
    if n:
        futures = process_document.map(jobs, workers=unmapped(workers), isolate=unmapped(isolate))
        for i, f in enumerate(as_completed(list(futures)), start=1):
            r = f.result()
            results.append(r)
            extra = f" — {r['error']}" if r.get("error") else ""
            logger.info(f"[{i}/{n}] {r['source']}: {r['status']} ({r.get('seconds') or 0:.1f} s){extra}")
            for note in r.get("notes") or []:
                logger.warning(note)
    if isolate:
        from pipeline.workers import take_leftover_prefetched

        done = {r["doc_id"] for r in results}
        early = [r for r in take_leftover_prefetched() if r["doc_id"] not in done]
        if early:
            logger.info(f"{len(early)} documents were done before the flow planned: "
                        f"{', '.join(sorted(r['source'] for r in early))}")
        results += early
    if out_url:
        from pipeline.remote import collect_shared

        n = collect_shared(out_url, results)
        logger.info(f"{n} cache files the workers wrote to {out_url} fetched")
    return sorted(results, key=lambda r: r["source"])  # completion order varies; the run's record does not


def _report(summary: dict) -> None:
    shown, left = pr.summary_selection(summary["documents"], limit=1000)
    rows = [{k: (v if v is not None else "") for k, v in d.items()} for d in shown]
    create_table_artifact(key="cluster-pipeline-documents", table=rows,
                          description="The documents of the last run and every document not ok: status, pages and "
                                      f"rows extracted per table{f' ({left} more not shown)' if left else ''}.")
    bad, more = pr.summary_selection([d for d in summary["documents"] if d["status"] not in ("ok", "duplicate")], limit=50)
    lines = [f"**{pr.status_counts(summary['documents'])}**; {summary['processed']} processed this run, "
             f"rules {summary['rules_version']}."]
    if summary["waiting"]:
        lines.append(f"Still being copied, picked up next run: {', '.join(summary['waiting'])}")
    for d in bad:
        lines.append(f"- `{d['source']}`: **{d['status']}** — {d['error'] or ''}")
    if more:
        lines.append(f"- … and {more} more (`cluster-pipeline status`)")
    for note in summary.get("notes") or []:
        lines.append(f"- repaired: {note}")
    if summary.get("report"):
        lines.append(f"Report: `{summary['report']}` (open it in a browser); SQL: `cluster-pipeline sql \"select ...\"`.")
    create_markdown_artifact(key="cluster-pipeline-summary", markdown="\n".join(lines))


@flow(name="cluster-pipeline-ingest", flow_run_name="ingest {raw} -> {out}")
def ingest_flow(raw: str = "raw", out: str = "processed", workers: int = 1, prune_removed: bool = False,
                timeout: float = 600.0, max_memory_mb: int = 3072, settle: float = pr.SETTLE_SECONDS,
                wait: float = 60.0, isolate: bool = True, raw_url: str | None = None,
                out_url: str | None = None) -> dict:
    logger = get_run_logger()
    store = Store(out)
    t0 = time.perf_counter()
    with store.lock(wait=wait):
        plan = pr.plan_ingest(raw, out, settle=settle, timeout=timeout, max_rss_mb=max_memory_mb)
        _warn(plan.notes)
        logger.info(f"{len(plan.sources)} files in {raw}: {len(plan.jobs)} new or changed, "
                    f"{len(plan.removed)} removed, {len(plan.waiting)} still being copied")
        t1 = time.perf_counter()
        results = _run_jobs(plan, workers, isolate, raw_url, out_url)
        t2 = time.perf_counter()
        try:
            summary = pr.finalize(plan, results, prune_removed=prune_removed)
        except OutputWriteError as e:
            return _failed(str(e))
        t3 = time.perf_counter()
        _log_run(store, "ingest", summary, t0, t1, t2, t3, workers, results)
    _report(summary)
    return summary


def _warn(notes: list[str]) -> None:
    """What was found damaged and how it is healed, one warning each."""
    logger = get_run_logger()
    for n in notes:
        logger.warning(n)


def _failed(message: str):
    """The run's end when its outputs could not be written: one error line, a Failed state (no
    traceback; the CLI exits non-zero with the message)."""
    from prefect.states import Failed

    get_run_logger().error(message)
    return Failed(message=message)


def _log_run(store: Store, kind: str, summary: dict, t0: float, t1: float, t2: float, t3: float, workers: int,
             results: list[dict]) -> None:
    # busy_s: time spent inside documents (parse + extract, summed over processes); work_s: wall
    # time during which some document was being worked on; documents_s: the flow's wait for them
    # (shorter than work_s when the CLI started them early)
    # first_document_s: from this process's start to the first document in a worker's hands (the
    # start-up a run costs before any work; with a temporary server, the CLI's start)
    summary["timing"] = {"plan_s": round(t1 - t0, 3), "documents_s": round(t2 - t1, 3), "finalize_s": round(t3 - t2, 3),
                         "busy_s": round(sum(r.get("seconds") or 0 for r in results), 3),
                         "work_s": pr.work_seconds(results), "first_document_s": pr.first_document_after(results)}
    store.append_run_log({"kind": kind, "at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "workers": workers,
                          "processed": summary["processed"], **summary["timing"]})


@flow(name="cluster-pipeline-reprocess", flow_run_name="reprocess {out}")
def reprocess_flow(out: str = "processed", workers: int = 1, timeout: float = 600.0, max_memory_mb: int = 3072,
                   wait: float = 60.0, isolate: bool = True, force: bool = False, raw: str | None = None,
                   raw_url: str | None = None, out_url: str | None = None) -> dict:
    """Re-run extraction over every stored document (no PDF is opened; raw/ may be empty)."""
    logger = get_run_logger()
    store = Store(out)
    t0 = time.perf_counter()
    with store.lock(wait=wait):
        plan = pr.plan_reprocess(out, timeout=timeout, max_rss_mb=max_memory_mb, force=force, raw=raw)
        _warn(plan.notes)
        logger.info(f"re-extracting {len(plan.jobs)} stored documents with rules {plan.rules_version}")
        t1 = time.perf_counter()
        results = _run_jobs(plan, workers, isolate, raw_url, out_url)
        t2 = time.perf_counter()
        try:
            summary = pr.finalize(plan, results)
        except OutputWriteError as e:
            return _failed(str(e))
        _log_run(store, "reprocess", summary, t0, t1, t2, time.perf_counter(), workers, results)
    _report(summary)
    return summary


def with_runner(fl, workers: int = 1, dask_address: str | None = None):
    """The flow with the task runner for local threads (driving worker processes) or Dask."""
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return fl.with_options(task_runner=DaskTaskRunner(address=dask_address))
    from prefect.task_runners import ThreadPoolTaskRunner

    return fl.with_options(task_runner=ThreadPoolTaskRunner(max_workers=max(1, workers)))
