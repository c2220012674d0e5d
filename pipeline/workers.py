"""Run per-document jobs in worker processes that can be killed.

A hostile PDF can make a parser loop or eat memory; each job runs in a child process with a
wall-clock limit and a resident-memory limit (watched with psutil). A worker that overruns is
killed and replaced, the document gets a ``timeout`` / ``too_large`` row, and the run goes on.
Workers are reused across jobs so that Kiwi and spaCy load once per worker, not per document.
"""
from __future__ import annotations

import gc
import json
import multiprocessing as mp
import os
import queue
import threading
import time
import traceback
from concurrent.futures import Future, ThreadPoolExecutor

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
_SPAWN = mp.get_context("spawn")  # a plain process, not waiting for the fork server's models


def _worker_main(conn, warm: bool) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from pipeline.run import process_job

    if warm:
        try:
            warm_up()
        except Exception:  # warming is an optimisation only
            pass
        freeze_loaded()
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


def freeze_loaded() -> None:
    """The models and matchers just loaded live as long as the process: move them out of the
    garbage collector's sight (``gc.freeze``), so that collections during documents do not walk
    them again and again, nor, in workers forked from the fork server, write to and so copy
    their shared pages. Measured: ~5% less time per document, more with two workers."""
    gc.collect()
    gc.freeze()


class _Worker:
    def __init__(self, warm: bool, ready_timeout: float = 300.0, ctx=None):
        ctx = ctx or _CTX
        self._kill_lock = threading.Lock()
        self._killed = False
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, warm), daemon=True)
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
        """Kill the process and close its pipe, once: the thread driving a job and one closing the
        pool may both get here (closing a pipe twice at once raises EBADF, or closes a reused fd)."""
        with self._kill_lock:
            if self._killed:
                return
            self._killed = True
        try:
            self.proc.kill()
        except Exception:
            pass
        self.proc.join(timeout=5)
        try:
            self.conn.close()
        except OSError:
            pass

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

    def __init__(self, size: int = 1, warm: bool = True, ctx=None):
        self.size = max(1, size)
        self.warm = warm
        self._ctx = ctx
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._all: list[_Worker] = []
        self._closed = False
        starting = [_Worker(self.warm, ctx=self._ctx) for _ in range(self.size)]  # load models in parallel
        for w in starting:
            self._add(w.wait_ready())

    def _spawn(self) -> None:
        self._add(_Worker(self.warm, ctx=self._ctx).wait_ready())

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

    def run(self, job: dict) -> dict:
        """The job's result, or a failure row when its worker overran, crashed or hit a bug. The
        result's ``work`` holds the wall-clock span the job was in a worker's hands."""
        w = self._next_idle()
        began = time.time()
        res = self._drive(w, job)
        res["work"] = [[round(began, 3), round(time.time(), 3)]]
        return res

    def _drive(self, w: _Worker, job: dict) -> dict:
        timeout = float(job.get("timeout") or 600)
        max_rss = int(job.get("max_rss_mb") or 3072) * 1024 * 1024
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
                                    "the file may be damaged — re-export it.")
                self._idle.put(w)
                if kind == "ok":
                    return payload
                return _failure(job, "failed", f"internal error while processing: {payload.splitlines()[0]}",
                                detail=payload)
            if not w.proc.is_alive():
                self._retire(w)
                return _failure(job, "crashed", "the worker process died while reading this file (out of memory or a "
                                "parser crash); the file may be damaged — re-export it.")
            elapsed = time.monotonic() - start
            if elapsed > timeout:
                self._retire(w)
                return _failure(job, "timeout", f"reading took longer than {timeout:.0f} s and was stopped; the PDF may be "
                                "malformed or very large (raise --timeout to allow more).")
            try:
                rss = ps.memory_info().rss
            except psutil.Error:
                rss = 0
            if rss - getattr(w, "baseline_rss", 0) > max_rss:
                self._retire(w)
                return _failure(job, "too_large", f"reading needed more than {max_rss // (1024 * 1024)} MiB of memory "
                                "(beyond the worker's loaded models) and "
                                "was stopped (raise --max-memory-mb to allow more).")

    def close(self, kill: bool = False) -> None:
        """Stop the workers (after the job in hand), or with ``kill`` at once."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        if kill:
            for w in workers:
                w.kill()
            return
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


def _failure(job: dict, status: str, what: str, detail: str | None = None) -> dict:
    res = {"doc_id": job["doc_id"], "source": job["source"], "status": status, "error": f"{job['source']}: {what}",
           "format": None, "pages": None, "title": None, "published": None, "publisher": None, "language": None,
           "kind": None, "parser_version": None, "seconds": None, "counts": {}}
    if detail:
        res["detail"] = detail
    return res


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
_READERS: list["ReadAhead"] = []


def job_key(job: dict) -> str:
    return json.dumps(job, sort_keys=True, default=str)


def prefetch(jobs: list[dict], size: int) -> None:
    """Start running ``jobs`` (``size`` at a time) in this process's shared pool, largest files
    first, so that no big document is left running alone at the end while the other workers idle.
    While the workers load their models, a ``ReadAhead`` reads the smallest PDFs."""
    if not jobs:
        return
    ordered = run_order(jobs)
    reader = _read_ahead(ordered, size)
    ex = ThreadPoolExecutor(max_workers=max(1, size), thread_name_prefix="prefetch")
    with _PREFETCH_LOCK:
        _PREFETCH_EXECUTORS.append(ex)
        if reader is not None:
            _READERS.append(reader)
        for job in ordered:
            _PREFETCHED[job_key(job)] = ex.submit(_run_prefetched, job, size, reader)


def _run_prefetched(job: dict, size: int, reader: "ReadAhead | None") -> dict:
    pool = shared_pool(size)
    if reader is None:
        return pool.run(job)
    reader.stop()  # the workers are ready: reading ahead ends with the document in hand
    early = reader.claim(job)
    if early is None:
        return pool.run(job)
    if early["status"] != "ok":  # not readable (or timed out, too large, crashed): that is the result
        return {**early, "parsed_ahead": True}
    res = pool.run(job)  # extraction, from the parse just cached
    res["seconds"] = round((res.get("seconds") or 0) + (early.get("seconds") or 0), 3)
    res["work"] = early["work"] + res["work"]
    res["parsed_ahead"] = True
    res["parsed_from_cache"] = False
    return res


def _read_ahead(ordered: list[dict], size: int) -> "ReadAhead | None":
    """A reader for the PDFs not parsed yet, smallest first (the workers take the largest first),
    when a core is left over by the workers, unless they are already warm or
    CLUSTER_PIPELINE_READ_AHEAD=0."""
    if os.environ.get("CLUSTER_PIPELINE_READ_AHEAD", "1") == "0":
        return None
    if size >= (os.cpu_count() or 1):  # no spare core: measured slower, the workers compete with it
        return None
    with _POOLS_LOCK:
        pool = _POOLS.get(os.getpid())
        if pool is not None and pool.size >= size:
            return None
    todo = [j for j in reversed(ordered) if _unparsed_pdf(j)]
    return ReadAhead(todo) if todo else None


def _unparsed_pdf(job: dict) -> bool:
    from pipeline.parse import PARSER_VERSION
    from pipeline.store import Store

    path = job.get("path")
    if not path or not str(path).lower().endswith(".pdf") or job.get("stage"):
        return False
    return not Store(job["out"]).parsed_path(job["doc_id"], PARSER_VERSION).exists()


_PARSING, _NOT_READ = "parsing", "not read"


class ReadAhead:
    """Reads PDFs into the parse cache in one plain process while the worker processes load the
    models (~2 s on one core, during which a second core has little to do). It takes documents
    in the order given, never one a worker has claimed, and stops after the document in hand
    once ``stop`` is called. A worker that claims a document being read waits for it; the
    read's result (with the job's own time and memory limits) is then the parse stage of that
    document, so nothing is read twice."""

    def __init__(self, jobs: list[dict]):
        self._jobs = list(jobs)
        self._cond = threading.Condition()
        self._state: dict[str, object] = {}  # job key -> _PARSING | _NOT_READ | a result dict
        self._stopped = self._closed = False
        self._pool: WorkerPool | None = None
        self._thread = threading.Thread(target=self._loop, name="read-ahead", daemon=True)
        self._thread.start()

    def _next(self) -> dict | None:
        with self._cond:
            if self._stopped:
                return None
            for job in self._jobs:
                if job_key(job) not in self._state:
                    self._state[job_key(job)] = _PARSING
                    return job
            return None

    def _loop(self) -> None:
        try:
            while (job := self._next()) is not None:
                res: object = _NOT_READ
                try:
                    if self._pool is None:
                        pool = WorkerPool(1, warm=False, ctx=_SPAWN)
                        with self._cond:
                            closed = self._closed
                            if not closed:
                                self._pool = pool
                        if closed:
                            pool.close(kill=True)
                            return
                    res = self._pool.run({**job, "stage": "parse"})
                except Exception:  # reading ahead is an optimisation: the worker reads it then
                    res = _NOT_READ
                finally:
                    with self._cond:
                        self._state[job_key(job)] = _NOT_READ if self._closed else res
                        self._cond.notify_all()
        finally:
            with self._cond:
                self._stopped = True
                pool, self._pool = self._pool, None
            if pool is not None:
                pool.close()

    def claim(self, job: dict) -> dict | None:
        """For a worker about to run ``job``: the result of reading it ahead (after waiting for a
        read in progress), or None when it was not read ahead (and now never will be)."""
        key = job_key(job)
        with self._cond:
            while self._state.get(key) is _PARSING:
                self._cond.wait()
            state = self._state.setdefault(key, _NOT_READ)
            return state if isinstance(state, dict) else None

    def stop(self) -> None:
        with self._cond:
            self._stopped = True

    def close(self) -> None:
        """Stop at once (a read in progress is killed: caches are written whole or not at all)."""
        with self._cond:
            self._stopped = self._closed = True
            pool = self._pool
        if pool is not None:
            pool.close(kill=True)
        self._thread.join(timeout=5)


def run_order(jobs: list[dict]) -> list[dict]:
    """The order documents are handed to workers: largest files first, so that no big document
    is left running alone at the end while the other workers idle (stable: plan order among
    equals)."""
    return sorted(jobs, key=_size, reverse=True)


def _size(job: dict) -> int:
    try:
        return os.path.getsize(job["path"]) if job.get("path") else 0
    except OSError:
        return 0


def take_prefetched(job: dict) -> Future | None:
    """The prefetched run of exactly this job, if any (taken: a retry runs the job afresh)."""
    with _PREFETCH_LOCK:
        return _PREFETCHED.pop(job_key(job), None)


def take_leftover_prefetched() -> list[dict]:
    """Results of the prefetched jobs the flow did not ask for: by the time it planned under the
    run lock, their caches were already written (the work is this run's all the same). Those not
    started are cancelled."""
    with _PREFETCH_LOCK:
        futures = list(_PREFETCHED.values())
        _PREFETCHED.clear()
    out = []
    for f in futures:
        if f.cancel():
            continue
        try:
            out.append(f.result())
        except Exception:  # the pool was closed under it: nothing was done
            pass
    return out


def cancel_prefetch() -> None:
    with _PREFETCH_LOCK:
        for f in _PREFETCHED.values():
            f.cancel()
        _PREFETCHED.clear()
        executors = list(_PREFETCH_EXECUTORS)
        _PREFETCH_EXECUTORS.clear()
        readers = list(_READERS)
        _READERS.clear()
    for r in readers:
        r.close()
    for ex in executors:
        ex.shutdown(wait=False, cancel_futures=True)


def close_shared_pools() -> None:
    cancel_prefetch()
    with _POOLS_LOCK:
        for p in _POOLS.values():
            p.close()
        _POOLS.clear()
