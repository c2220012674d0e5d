"""The scheduled deployment of the ingest flow (Prefect's own scheduler, not a loop)."""
from __future__ import annotations

from flows.settings import apply_defaults

apply_defaults()

from flows.ingest import ingest_flow, with_runner  # noqa: E402

DEFAULT_CRON = "0 6 * * *"


def build_deployment(raw: str, out: str, cron: str = DEFAULT_CRON, name: str = "scheduled-ingest", workers: int = 1):
    fl = with_runner(ingest_flow, workers)
    return fl.to_deployment(name=name, cron=cron, parameters={"raw": raw, "out": out, "workers": workers},
                            description="Ingest new or changed files from raw/ into the datasets under processed/.",
                            tags=["cluster-pipeline"])


def serve(raw: str, out: str, cron: str = DEFAULT_CRON, name: str = "scheduled-ingest", workers: int = 1) -> None:
    from prefect import serve as prefect_serve

    prefect_serve(build_deployment(raw, out, cron, name, workers))
