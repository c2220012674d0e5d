"""Prefect orchestration of the pipeline: flows, tasks, deployments, and the CLI."""
