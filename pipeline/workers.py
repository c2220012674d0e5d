"""Run per-document jobs in worker processes that can be killed.

A hostile PDF can make a parser loop or eat memory; each job runs in a child process with a
wall-clock limit and a resident-memory limit (watched with psutil). A worker that overruns is
killed and replaced, the document gets a ``timeout`` / ``too_large`` row, and the run goes on.
Workers are reused across jobs so that Kiwi and spaCy load once per worker, not per document.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import queue
import threading
import time
import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable

import psutil

def _context():
    """Worker processes are forked from a fork server that has loaded the models once
    (``pipeline.preload``): a new or replacement worker is ready in a fraction of a second and
    several workers share the models' memory. ``spawn`` where there is no fork server (or with
    CLUSTER_PIPELINE_WORKER_START=spawn): each worker then loads its own models."""
    if os.environ.get("CLUSTER_PIPELINE_WORKER_START", "forkserver") == "forkserver" \
            and "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.preload"])
        return ctx
    return mp.get_context("spawn")


_CTX = _context()


def _worker_main(conn, warm: bool) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from pipeline.run import process_job

    if warm:
        try:
            warm_up()
        except Exception:  # warming is an optimisation only
            pass
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if job is None:  # nothing to flush (caches are written before a result is sent): skip teardown
            conn.close()
            os._exit(0)
        try:
            conn.send(("ok", process_job(job)))
        except BaseException as e:  # a bug, not a bad input: report it as a failed document
            conn.send(("error", f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=8)}"))


def warm_up() -> None:
    """Load the analyzers and build every rule matcher once, on a tiny document per language."""
    from pipeline.extract.document import extract_document
    from pipeline.model import Page, Paragraph, ParsedDocument

    for lang, text in (("ko", "미국 보스턴 바이오텍 클러스터는 약 1,000개 기업이 입주해 있다."),
                       ("en", "The Boston biotech cluster hosts about 1,000 companies.")):
        page = Page(1, text, len(text), [Paragraph(0, len(text))], [])
        extract_document(ParsedDocument("warm", "warm", "txt", [page], None, {"language": lang}, "warm"))


class _Worker:
    def __init__(self, warm: bool, ready_timeout: float = 300.0):
        self.conn, child = _CTX.Pipe()
        self.proc = _CTX.Process(target=_worker_main, args=(child, warm), daemon=True)
        self.proc.start()
        child.close()
        self.ready_timeout = ready_timeout

    def wait_ready(self) -> "_Worker":
        """Block until the worker has loaded its models, so a job's time limit measures the job."""
        if not self.conn.poll(self.ready_timeout):
            self.kill()
            raise RuntimeError("a worker process did not start in time")
        self.conn.recv()
        try:
            self.baseline_rss = psutil.Process(self.proc.pid).memory_info().rss
        except psutil.Error:
            self.baseline_rss = 0
        return self

    def kill(self) -> None:
        try:
            self.proc.kill()
        except Exception:
            pass
        self.proc.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except Exception:
            pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.kill()


class WorkerPool:
    """A fixed number of reusable worker processes; ``run`` is safe to call from many threads."""

    def __init__(self, size: int = 1, warm: bool = True):
        self.size = max(1, size)
        self.warm = warm
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._all: list[_Worker] = []
        self._closed = False
        starting = [_Worker(self.warm) for _ in range(self.size)]  # load models in parallel
        for w in starting:
            self._add(w.wait_ready())

    def _spawn(self) -> None:
        self._add(_Worker(self.warm).wait_ready())

    def _add(self, w: _Worker) -> None:
        with self._lock:
            self._all.append(w)
        self._idle.put(w)

    def _retire(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            if w in self._all:
                self._all.remove(w)
            if self._closed:  # shutting down: no replacement
                return
        self._spawn()

    def _next_idle(self) -> _Worker:
        """An idle worker; raises once the pool is closed (no thread waits forever for one)."""
        while True:
            if self._closed:
                raise RuntimeError("the worker pool was closed")
            try:
                return self._idle.get(timeout=0.2)
            except queue.Empty:
                continue

    def run(self, job: dict, on_fail: Callable[[dict, str, str], dict] | None = None) -> dict:
        timeout = float(job.get("timeout") or 600)
        max_rss = int(job.get("max_rss_mb") or 3072) * 1024 * 1024
        w = self._next_idle()
        try:
            w.conn.send(job)
        except (BrokenPipeError, OSError):
            self._retire(w)
            w = self._next_idle()
            w.conn.send(job)
        start = time.monotonic()
        ps = psutil.Process(w.proc.pid)
        while True:
            if w.conn.poll(0.1):
                try:
                    kind, payload = w.conn.recv()
                except (EOFError, OSError):
                    self._retire(w)
                    return _failure(job, "crashed", "the worker process died while reading this file (the parser crashed); "
                                    "the file may be damaged — re-export it.", on_fail)
                self._idle.put(w)
                if kind == "ok":
                    return payload
                return _failure(job, "failed", f"internal error while processing: {payload.splitlines()[0]}", on_fail,
                                detail=payload)
            if not w.proc.is_alive():
                self._retire(w)
                return _failure(job, "crashed", "the worker process died while reading this file (out of memory or a "
                                "parser crash); the file may be damaged — re-export it.", on_fail)
            elapsed = time.monotonic() - start
            if elapsed > timeout:
                self._retire(w)
                return _failure(job, "timeout", f"reading took longer than {timeout:.0f} s and was stopped; the PDF may be "
                                "malformed or very large (raise --timeout to allow more).", on_fail)
            try:
                rss = ps.memory_info().rss
            except psutil.Error:
                rss = 0
            if rss - getattr(w, "baseline_rss", 0) > max_rss:
                self._retire(w)
                return _failure(job, "too_large", f"reading needed more than {max_rss // (1024 * 1024)} MiB of memory "
                                "(beyond the worker's loaded models) and "
                                "was stopped (raise --max-memory-mb to allow more).", on_fail)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:  # tell all, then wait for all
            try:
                w.conn.send(None)
            except Exception:
                pass
        for w in workers:
            w.stop()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _failure(job: dict, status: str, what: str, on_fail, detail: str | None = None) -> dict:
    res = {"doc_id": job["doc_id"], "source": job["source"], "status": status, "error": f"{job['source']}: {what}",
           "format": None, "pages": None, "title": None, "published": None, "publisher": None, "language": None,
           "kind": None, "parser_version": None, "seconds": None, "counts": {}}
    if detail:
        res["detail"] = detail
    return on_fail(job, status, what) if on_fail else res


_POOLS: dict[int, WorkerPool] = {}
_POOLS_LOCK = threading.Lock()


def shared_pool(size: int) -> WorkerPool:
    """One pool per process (a Dask worker or the local flow), created on first use."""
    with _POOLS_LOCK:
        pool = _POOLS.get(os.getpid())
        if pool is None or pool.size < size:
            if pool is not None:
                pool.close()
            pool = WorkerPool(size)
            _POOLS[os.getpid()] = pool
        return pool


# ------------------------------------------------------------------ prefetch
# The CLI knows the plan before Prefect has started its (temporary) server, which takes seconds:
# it starts the planned jobs in the shared pool at once, and the flow's per-document tasks then
# collect those results instead of starting the work themselves. Caches are content-addressed
# and written atomically, so work done for a plan that the flow then does not confirm (another
# run got in between) is harmless; the flow's own tasks do whatever was not prefetched.

_PREFETCHED: dict[str, Future] = {}
_PREFETCH_LOCK = threading.Lock()
_PREFETCH_EXECUTORS: list[ThreadPoolExecutor] = []


def job_key(job: dict) -> str:
    return json.dumps(job, sort_keys=True, default=str)


def prefetch(jobs: list[dict], size: int) -> None:
    """Start running ``jobs`` (``size`` at a time) in this process's shared pool, largest files
    first, so that no big document is left running alone at the end while the other workers idle."""
    if not jobs:
        return
    ex = ThreadPoolExecutor(max_workers=max(1, size), thread_name_prefix="prefetch")
    with _PREFETCH_LOCK:
        _PREFETCH_EXECUTORS.append(ex)
        for job in sorted(jobs, key=_size, reverse=True):  # stable: plan order among equals
            _PREFETCHED[job_key(job)] = ex.submit(lambda j=job: shared_pool(size).run(j))


def _size(job: dict) -> int:
    try:
        return os.path.getsize(job["path"]) if job.get("path") else 0
    except OSError:
        return 0


def take_prefetched(job: dict) -> Future | None:
    """The prefetched run of exactly this job, if any (taken: a retry runs the job afresh)."""
    with _PREFETCH_LOCK:
        return _PREFETCHED.pop(job_key(job), None)


def cancel_prefetch() -> None:
    with _PREFETCH_LOCK:
        for f in _PREFETCHED.values():
            f.cancel()
        _PREFETCHED.clear()
        executors = list(_PREFETCH_EXECUTORS)
        _PREFETCH_EXECUTORS.clear()
    for ex in executors:
        ex.shutdown(wait=False, cancel_futures=True)


def close_shared_pools() -> None:
    cancel_prefetch()
    with _POOLS_LOCK:
        for p in _POOLS.values():
            p.close()
        _POOLS.clear()
