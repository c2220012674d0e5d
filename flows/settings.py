"""Prefect settings applied before Prefect is imported: local and quiet by default."""
import os


def apply_defaults() -> None:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_UI_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
    # results of the per-document tasks are small dicts; the real outputs are the tables
    os.environ.setdefault("PREFECT_RESULTS_PERSIST_BY_DEFAULT", "false")
