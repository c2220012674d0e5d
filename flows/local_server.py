"""A temporary local Prefect API server for one CLI run, started before anything else.

With no ``PREFECT_API_URL`` configured, Prefect 3 starts a temporary server itself, but only when
the flow is called, and it first imports the whole server application into the calling process
(about 2 s) and then polls it in 0.1 s steps. Here the same application
(``prefect.server.api.server:create_app``, ephemeral: no UI, the ephemeral set of services, the
database under ``PREFECT_HOME``) starts at the top of the run, so that it boots while the CLI
plans, its workers load their models and it imports Prefect's client; it stops when the run ends.
It runs in one of two ways, chosen by what the run waits for:

- ``ThreadServer``, when documents queue for the workers: uvicorn on a thread of the CLI process.
  It shares the Prefect modules the CLI imports anyway instead of importing them again in a
  second process: ~1 s less CPU per run, which a run that keeps both cores busy gets back.
- ``LocalServer``, when there are no more documents than workers: Prefect's own server command
  in a second process. The run waits for the server's boot, and a second process boots it in
  parallel with the CLI's own Prefect import instead of taking turns with it for one interpreter.

``CLUSTER_PIPELINE_PREFECT_SERVER=thread`` or ``process`` chooses one for every run.
"""
from __future__ import annotations

import asyncio
import atexit
import contextlib
import importlib.util
import os
import queue
import socket
import subprocess
import sys
import threading
import time
import tomllib
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path


def api_configured() -> bool:
    """Whether Prefect would talk to a configured API (environment or active profile)."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return False
    active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    return bool((data.get("profiles") or {}).get(active, {}).get("PREFECT_API_URL"))


# A server that lives for one run and serves no UI needs no block types in its database: their
# registration at start-up first imports every installed Prefect collection (prefect-dask
# brings in dask.distributed: ~0.4 s of CPU per run) only to find, usually, that nothing
# changed. A `prefect server start` on the same database registers them. Set either variable
# to have them registered by the temporary server too.
#
# Its task-run recorder writes task-run states from the run's events; by default one event per
# SQLite transaction, which falls minutes behind a run of thousands of documents (and a server
# stopped before it catches up cancels the writes). Batches of events per transaction keep it up.
TEMPORARY_SERVER_DEFAULTS = {"PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
                             "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
                             "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_READ_BATCH_SIZE": "100",
                             "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "200",
                             "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL": "0.5"}


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _lower_priority(pid: int) -> None:
    """The server boots while the workers load their models and start on the documents; on a
    small machine, when documents queue for the workers, the documents should win the CPU (the
    flow needs the server only once they are under way, and a worker-bound run has the CPU to
    spare for it later). ``pid`` is a process, or (Linux: a thread has its own nice value,
    inherited by the threads it starts) a thread's native id. Set from outside a server process
    rather than in the child before exec (``preexec_fn`` is unsafe once the CLI has threads)."""
    try:
        os.setpriority(os.PRIO_PROCESS, pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5))
    except (AttributeError, OSError):
        pass


class LocalServer:
    """``prefect.server.api.server:create_app`` under uvicorn in a second process, on a free
    local port (the command Prefect's own temporary server runs)."""

    def __init__(self, lower_priority: bool = True) -> None:
        self.lower_priority = lower_priority
        spec = importlib.util.find_spec("prefect")
        if spec is None or not spec.submodule_search_locations:
            raise RuntimeError("prefect is not installed")
        self._app_dir = str(Path(next(iter(spec.submodule_search_locations))).parent)
        self.proc: subprocess.Popen | None = None
        self._launch()
        atexit.register(self.stop)

    def _launch(self) -> None:
        self.port = _free_port()
        env = {**TEMPORARY_SERVER_DEFAULTS, **os.environ,
               "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        env.pop("PREFECT_API_URL", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", self._app_dir, "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdin=subprocess.DEVNULL)
        if self.lower_priority:
            _lower_priority(self.proc.pid)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.proc.poll() if self.proc else 1
            if code == 3:  # the port was taken in the meantime: try another
                self._launch()
                os.environ["PREFECT_API_URL"] = self.api_url
                continue
            if code is not None:
                raise RuntimeError(f"the temporary Prefect server exited with code {code}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"the temporary Prefect server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        p, self.proc = self.proc, None
        if p is None or p.poll() is not None:
            return
        p.terminate()
        try:
            p.wait(timeout=5)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


class _DaemonExecutor(ThreadPoolExecutor):
    """The server loop's default executor (``asyncio.to_thread``), on daemon threads.

    The standard thread pool refuses work once the interpreter starts shutting down and its
    threads are joined before exit handlers run, but the server has to outlive Prefect's exit
    handlers (they send the run's last logs and events to it): with the standard pool, a polling
    ``to_thread`` loop of the server's task queue (docket) spins on the refusal at exit."""

    def __init__(self, max_workers: int = 8) -> None:
        super().__init__(max_workers)  # asyncio takes only a ThreadPoolExecutor; none of its threads start
        self._max = max_workers
        self._work: queue.SimpleQueue = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._idle = threading.Semaphore(0)
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, fn, /, *args, **kwargs) -> Future:
        with self._lock:
            if self._closed:
                raise RuntimeError("cannot schedule new work after shutdown")
            f: Future = Future()
            self._work.put((f, fn, args, kwargs))
            if not self._idle.acquire(blocking=False) and len(self._threads) < self._max:
                t = threading.Thread(target=self._run, daemon=True, name=f"prefect-server-io-{len(self._threads)}")
                self._threads.append(t)
                t.start()
            return f

    def _run(self) -> None:
        while True:
            item = self._work.get()
            if item is None:
                return
            f, fn, args, kwargs = item
            if f.set_running_or_notify_cancel():
                try:
                    f.set_result(fn(*args, **kwargs))
                except BaseException as e:
                    f.set_exception(e)
            del item, f, fn, args, kwargs
            self._idle.release()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = True
            threads = list(self._threads)
        for _ in threads:
            self._work.put(None)
        if wait:
            for t in threads:
                t.join()


class ThreadServer:
    """Prefect's server application under uvicorn on a daemon thread of this process, listening on
    a free local port bound before the thread starts (no port race, the address known at once).
    ``start`` after the environment is set: the server reads Prefect's settings from it."""

    def __init__(self, lower_priority: bool = True) -> None:
        self.lower_priority = lower_priority
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._server = None  # uvicorn.Server, once the thread has built it
        self._error: BaseException | None = None
        self._stop = threading.Event()
        self.native_id: int | None = None
        self._thread = threading.Thread(target=self._serve, daemon=True, name="prefect-server")

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> "ThreadServer":
        self._thread.start()
        atexit.register(self.stop)  # after Prefect's own exit handlers: they send to this server
        return self

    def _serve(self) -> None:
        self.native_id = threading.get_native_id()
        if self.lower_priority:
            _lower_priority(self.native_id)
        loop = asyncio.new_event_loop()
        executor = _DaemonExecutor()
        try:
            loop.set_default_executor(executor)
            asyncio.set_event_loop(loop)
            import uvicorn
            from prefect.server.api.server import create_app

            app = create_app(ephemeral=True)
            server = uvicorn.Server(uvicorn.Config(app, log_config=None, log_level="error", access_log=False,
                                                   lifespan="on"))
            if not self._stop.is_set():
                self._server = server
                loop.run_until_complete(server.serve(sockets=[self._sock]))
        except BaseException as e:  # reported by wait_ready
            self._error = e
        finally:
            self._sock.close()
            _close_loop(loop)
            executor.shutdown(wait=False)

    def wait_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._error is not None or (self._thread.ident is not None and not self._thread.is_alive()):
                raise RuntimeError(f"the temporary Prefect server stopped: {self._error!r}")
            if self._server is not None and self._server.started:
                return
            time.sleep(0.02)
        raise RuntimeError(f"the temporary Prefect server did not start within {timeout:.0f} s")

    def stop(self, timeout: float = 10.0) -> None:
        """Graceful: uvicorn closes the connections and Prefect's services flush what they hold.
        A service cancelled in the middle of a database call at this point makes SQLAlchemy's pool
        log the cancelled rollback of its connection with a traceback, and the task-run recorder
        its cancelled flush ('Error flushing N events'), each seen once in a 500-document run on a
        loaded machine; the database is discarded with the server, so those logs are muted."""
        import logging

        for name in ("sqlalchemy.pool", "prefect.server"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        self._stop.set()
        server = self._server
        if server is not None:
            server.should_exit = True
            self._thread.join(timeout)
            if self._thread.is_alive():
                server.force_exit = True
                self._thread.join(2)


def _close_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what the server left running (its services' pollers) and close the loop, as
    ``asyncio.run`` does, so nothing complains of tasks destroyed while pending."""
    try:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            loop.run_until_complete(asyncio.wait(pending, timeout=2))
        loop.run_until_complete(loop.shutdown_asyncgens())
    except Exception:
        pass
    finally:
        loop.close()


def start_if_needed(queued: bool = True) -> LocalServer | ThreadServer | None:
    """Start a temporary server and point Prefect at it, unless an API is configured. Call before
    Prefect is imported and before any thread starts (it writes the environment). ``queued``:
    documents queue for the workers, so the run is long and keeps the cores busy; the server
    then runs on a thread at lower priority. Otherwise the run is about as short as the server's
    boot, which it waits for: a second process at full priority."""
    from flows.settings import apply_defaults

    apply_defaults()
    if api_configured() or os.environ.get("CLUSTER_PIPELINE_PREFECT_EPHEMERAL") == "prefect":
        return None
    how = os.environ.get("CLUSTER_PIPELINE_PREFECT_SERVER") or ("thread" if queued else "process")
    if how not in ("thread", "process"):
        raise RuntimeError(f"CLUSTER_PIPELINE_PREFECT_SERVER={how!r}: expected 'thread' or 'process'")
    if how == "thread":
        server: LocalServer | ThreadServer = ThreadServer(lower_priority=queued)
        for k, v in TEMPORARY_SERVER_DEFAULTS.items():  # read by the server from this environment
            os.environ.setdefault(k, v)
    else:
        server = LocalServer(lower_priority=queued)
    os.environ["PREFECT_API_URL"] = server.api_url
    # no UI and gone when the run ends: no "View at <link>" lines pointing at it
    os.environ["PREFECT_UI_URL"] = ""
    if how == "thread":
        server.start()
    return server


@contextlib.contextmanager
def run_settings(server: LocalServer | ThreadServer | None):
    """Settings for a run against our temporary server: no flow-run heartbeats (they detect
    crashed runs for a long-lived server; this one ends with the run, and stopping the heartbeat
    thread costs up to a second)."""
    if server is None:
        yield
        return
    import prefect.settings as ps

    with ps.temporary_settings(updates={ps.PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield
