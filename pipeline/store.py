"""On-disk state under ``<out>/_state``: stage caches, the manifest of sources, run log, lock.

- ``parsed/<doc_id>.<parser>.json.gz``: stage 1 (pages, paragraphs, tables, metadata), keyed by
  content hash and parser version. ``reprocess`` needs nothing else: raw/ may be empty.
- ``extracted/<doc_id>.<parser>.<rules>.json.gz``: stage 2 rows, keyed by that plus rules version.
- ``manifest.json``: every source ever seen -> doc_id, size, mtime, status (so an unchanged
  folder is skipped by stat() alone, without hashing or parsing).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from filelock import FileLock, Timeout

STATE = "_state"
# the contract's tables, one Parquet file each in the output folder (schemas: pipeline.tables)
TABLES = ("documents", "clusters", "cluster_mentions", "statistics", "success_factors")


class LockedError(RuntimeError):
    pass


def _short(v: str) -> str:
    return hashlib.sha256(v.encode()).hexdigest()[:12]


class Store:
    def __init__(self, out: str | os.PathLike):
        self.out = Path(out)
        self.state = self.out / STATE
        self.parsed_dir = self.state / "parsed"
        self.extracted_dir = self.state / "extracted"

    def ensure(self) -> None:
        for d in (self.out, self.state, self.parsed_dir, self.extracted_dir):
            d.mkdir(parents=True, exist_ok=True)
        probe = self.state / ".write-probe"
        probe.write_text("ok")
        probe.unlink()

    # ------------------------------------------------------------ lock
    @contextmanager
    def lock(self, wait: float = 0.0) -> Iterator[None]:
        self.ensure()
        lk = FileLock(str(self.state / "run.lock"))
        try:
            lk.acquire(timeout=wait)
        except Timeout:
            raise LockedError(
                f"another cluster-pipeline run holds {self.state / 'run.lock'}; wait for it to finish "
                f"(or pass --wait SECONDS)") from None
        try:
            yield
        finally:
            lk.release()

    def is_locked(self) -> bool:
        """Whether another run holds the lock right now (a peek: nothing is held afterwards)."""
        lk = FileLock(str(self.state / "run.lock"))
        try:
            lk.acquire(timeout=0)
        except Timeout:
            return True
        lk.release()
        return False

    # ------------------------------------------------------------ caches
    def parsed_path(self, doc_id: str, parser_version: str) -> Path:
        return self.parsed_dir / f"{doc_id}.{_short(parser_version)}.json.gz"

    def latest_parse(self, doc_id: str) -> Path | None:
        """The newest stored parse of a document under any parser version (None if none)."""
        found = [p for p in self.parsed_dir.glob(f"{doc_id}.*.json.gz") if not p.name.startswith(".tmp-")]
        return max(found, key=lambda p: (p.stat().st_mtime_ns, p.name)) if found else None

    def extracted_path(self, doc_id: str, parser_version: str, rules_version: str) -> Path:
        return self.extracted_dir / f"{doc_id}.{_short(parser_version)}.{_short(rules_version)}.json.gz"

    @staticmethod
    def read_json(path: Path) -> Any:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return json.load(f)

    @staticmethod
    def write_json(path: Path, obj: Any) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json.gz")
        try:
            with os.fdopen(fd, "wb") as raw:
                # mtime=0: identical content gives identical bytes
                with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
                    gz.write(json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # ------------------------------------------------------------ manifest
    @property
    def manifest_path(self) -> Path:
        return self.state / "manifest.json"

    @property
    def tables_path(self) -> Path:
        return self.state / "tables.json"

    def tables_rules_version(self) -> str | None:
        """The rules version the tables were last built with (None: unknown, an older store)."""
        return self.tables_state().get("rules_version")

    def tables_state(self) -> dict:
        """What ``save_tables_state`` recorded ({} when nothing readable was)."""
        try:
            state = json.loads(self.tables_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def save_tables_state(self, rules_version: str, rows_per_document: dict[str, dict[str, int]]) -> None:
        """After the tables were written: the rules they were built with, and each document's row
        count per table (what a run's summary prints), valid while the table files stay as
        they were written (their size and modification time are recorded with them)."""
        atomic_write_text(self.tables_path, json.dumps(
            {"rules_version": rules_version, "rows_per_document": rows_per_document, "files": self._table_stats()},
            sort_keys=True))

    def rows_per_document(self) -> dict[str, dict[str, int]] | None:
        """The recorded row counts, or None when the tables changed since (or none were recorded)."""
        st = self.tables_state()
        if "rows_per_document" not in st or st.get("files") != self._table_stats():
            return None
        return st["rows_per_document"]

    def _table_stats(self) -> dict[str, list[int]]:
        stats = {}
        for t in TABLES:
            try:
                s = (self.out / f"{t}.parquet").stat()
                stats[t] = [s.st_size, s.st_mtime_ns]
            except OSError:
                pass
        return stats

    def load_manifest(self) -> dict[str, dict]:
        if not self.manifest_path.exists():
            return {}
        return json.loads(self.manifest_path.read_text(encoding="utf-8"))

    def save_manifest(self, manifest: dict[str, dict]) -> None:
        atomic_write_text(self.manifest_path, json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1))

    def append_run_log(self, entry: dict) -> None:
        with open(self.state / "runs.jsonl", "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")


def atomic_write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
