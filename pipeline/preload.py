"""Imported once by the worker fork server: loads Kiwi, spaCy and every rule matcher, so that
each worker process forked from it starts warm and shares those pages (copy-on-write) with the
others instead of loading its own copy."""
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

try:
    from pipeline.workers import freeze_loaded, warm_up

    warm_up()
    freeze_loaded()
except Exception:  # warming is an optimisation only: a worker warms itself if this failed
    pass
