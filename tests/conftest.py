from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLD = ROOT / "tests" / "data" / "gold"
SCORER = ROOT / "tests" / "data" / "score.py"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture(scope="session")
def prefect_api():
    """One temporary Prefect server for the whole session; subprocesses get its URL."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()


@pytest.fixture
def sample_raw(tmp_path) -> Path:
    d = tmp_path / "raw"
    shutil.copytree(RAW, d)
    old = os.path.getmtime(d / sorted(os.listdir(d))[0]) - 3600
    for f in d.iterdir():
        os.utime(f, (old, old))  # not "still being copied"
    return d


def run_ingest(raw, out, **kw):
    from flows.ingest import ingest_flow, with_runner

    kw.setdefault("settle", 0.0)
    kw.setdefault("workers", 1)
    fl = with_runner(ingest_flow, kw["workers"], kw.pop("dask_address", None))
    return fl(raw=str(raw), out=str(out), **kw)


def run_reprocess(out, **kw):
    from flows.ingest import reprocess_flow, with_runner

    kw.setdefault("workers", 1)
    return with_runner(reprocess_flow, kw["workers"])(out=str(out), **kw)


def cli_env(api_url: str | None = None) -> dict:
    env = dict(os.environ)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    env["PYTHONPATH"] = str(ROOT)
    return env


def cli_cmd(*args) -> list[str]:
    return [sys.executable, "-m", "flows.cli", *args]


@pytest.fixture(scope="session")
def sample_run(prefect_api, tmp_path_factory):
    """The sample corpus ingested once by the real flow (worker processes, 2 workers)."""
    base = tmp_path_factory.mktemp("sample")
    raw = base / "raw"
    shutil.copytree(RAW, raw)
    for f in raw.iterdir():
        os.utime(f, (1_500_000_000, 1_500_000_000))
    out = base / "processed"
    summary = run_ingest(raw, out, workers=2)
    return raw, out, summary
