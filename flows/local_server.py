"""A temporary local Prefect API server for one CLI run, started before anything else.

With no ``PREFECT_API_URL`` configured, Prefect 3 starts a temporary server itself, but only when
the flow is called, and it first imports the whole server application into the calling process
(about 2 s) and then polls it in 0.1 s steps. Starting the same server command ourselves at the
top of the run lets it boot while the CLI plans, warms its workers and imports Prefect's client,
and the main process never imports the server. Run-time behaviour is Prefect's own: same
command, same database under ``PREFECT_HOME``, stopped when the run ends.
"""
from __future__ import annotations

import atexit
import contextlib
import importlib.util
import os
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
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
TEMPORARY_SERVER_DEFAULTS = {"PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
                             "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false"}


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _lower_priority(pid: int) -> None:
    """The server boots while the workers load their models and start on the documents; on a
    small machine, when documents queue for the workers, the documents should win the CPU (the
    flow needs the server only once they are under way, and a worker-bound run has the CPU to
    spare for it later). Set from here rather than in the child before exec (``preexec_fn`` is
    unsafe once the CLI has threads)."""
    try:
        os.setpriority(os.PRIO_PROCESS, pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5))
    except (AttributeError, OSError):
        pass


class LocalServer:
    """``prefect.server.api.server:create_app`` under uvicorn on a free local port."""

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


def start_if_needed(lower_priority: bool = True) -> LocalServer | None:
    """Start a temporary server and point Prefect at it, unless an API is configured. Call before
    Prefect is imported. ``lower_priority=False`` when the run is about as short as the server's
    boot (no more documents than workers): then the server is what the run waits for."""
    from flows.settings import apply_defaults

    apply_defaults()
    if api_configured() or os.environ.get("CLUSTER_PIPELINE_PREFECT_EPHEMERAL") == "prefect":
        return None
    server = LocalServer(lower_priority)
    os.environ["PREFECT_API_URL"] = server.api_url
    # no UI and gone when the run ends: no "View at <link>" lines pointing at it
    os.environ["PREFECT_UI_URL"] = ""
    return server


@contextlib.contextmanager
def run_settings(server: LocalServer | None):
    """Settings for a run against our temporary server: no flow-run heartbeats (they detect
    crashed runs for a long-lived server; this one ends with the run, and stopping the heartbeat
    thread costs up to a second)."""
    if server is None:
        yield
        return
    import prefect.settings as ps

    with ps.temporary_settings(updates={ps.PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield
