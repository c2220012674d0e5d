"""On-disk state under ``<out>/_state``: stage caches, the manifest of sources, run log, lock.

- ``parsed/<doc_id>.<parser>.json.gz``: stage 1 (pages, paragraphs, tables, metadata), keyed by
  content hash and parser version. ``reprocess`` needs nothing else: raw/ may be empty.
- ``extracted/<doc_id>.<parser>.<rules>.json.gz``: stage 2 rows, keyed by that plus rules version.
- ``manifest.json``: every source ever seen -> doc_id, size, mtime, status (so an unchanged
  folder is skipped by stat() alone, without hashing or parsing).
- ``tables.json``: the rules the tables were built with, each document's rows per table, and a
  record of every output (size, modification time, SHA-256, rows) to verify them against.
- ``rows/``: every counted document's rows before linking, as Parquet (``pipeline.rowstore``).
- ``VERSION``: the format of this folder; a folder written by a newer program is refused.

Every cache entry is checked when read (a clean gzip + JSON decode): a damaged one raises
``CacheDamaged`` and is recomputed from the stage before it (``pipeline.heal``).
"""
from __future__ import annotations

import gzip
import hashlib
import zlib
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from filelock import FileLock, Timeout

STATE = "_state"
STATE_FORMAT = 2  # the layout of _state/ this program writes (1: before the format was recorded)
# the contract's tables, one Parquet file each in the output folder (schemas: pipeline.tables)
TABLES = ("documents", "clusters", "cluster_mentions", "statistics", "success_factors")


class LockedError(RuntimeError):
    pass


class CacheDamaged(Exception):
    """A stage-cache entry or state file that cannot be decoded (truncated, empty, garbage)."""


class StateTooNew(RuntimeError):
    """The output folder was written by a newer version of the program."""


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
        self.check_format()

    @property
    def format_path(self) -> Path:
        return self.state / "VERSION"

    def check_format(self) -> None:
        """Refuse a folder written by a newer program; record ours in one that has none."""
        try:
            found = int(self.format_path.read_text().strip())
        except FileNotFoundError:
            atomic_write_text(self.format_path, f"{STATE_FORMAT}\n")
            return
        except (OSError, ValueError):
            atomic_write_text(self.format_path, f"{STATE_FORMAT}\n")  # damaged: ours is the only one known
            return
        if found > STATE_FORMAT:
            raise StateTooNew(f"{self.out} was written by a newer version of cluster-pipeline (state format {found}, "
                              f"this program knows {STATE_FORMAT}); upgrade the program, or use another --out folder")

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

    def latest_extracted(self, doc_id: str) -> Path | None:
        """The newest stored extraction of a document under any parser and rules (None if none)."""
        found = [p for p in self.extracted_dir.glob(f"{doc_id}.*.json.gz") if not p.name.startswith(".tmp-")]
        return max(found, key=lambda p: (p.stat().st_mtime_ns, p.name)) if found else None

    @staticmethod
    def read_json(path: Path) -> Any:
        """A cache entry; CacheDamaged when it is truncated, empty or not gzip + JSON."""
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                return json.load(f)
        except (EOFError, gzip.BadGzipFile, zlib.error, ValueError, UnicodeDecodeError) as e:
            raise CacheDamaged(f"{type(e).__name__}: {str(e)[:80]}" if str(e) else type(e).__name__) from None
        except PermissionError as e:
            raise CacheDamaged(f"unreadable: {e.strerror}") from None

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

    def save_tables_state(self, rules_version: str, rows_per_document: dict[str, dict[str, int]],
                          outputs: dict[str, dict] | None = None, raw: str | None = None) -> None:
        """After the tables were written: the rules they were built with, each document's row
        count per table (what a run's summary prints, valid while the table files stay as they
        were written: their size and modification time are recorded with them), the record of
        every output to verify it against, and the raw folder the run read."""
        atomic_write_text(self.tables_path, json.dumps(
            {"rules_version": rules_version, "rows_per_document": rows_per_document, "outputs": outputs or {},
             "raw": raw, "format": STATE_FORMAT}, sort_keys=True))

    def output_record(self) -> dict[str, dict]:
        """name -> {size, mtime_ns, sha256, rows} of each output as the last run wrote it."""
        rec = self.tables_state().get("outputs")
        return rec if isinstance(rec, dict) else {}

    def recorded_raw(self) -> str | None:
        """The raw folder the tables were last built from (None: not recorded)."""
        raw = self.tables_state().get("raw")
        return raw if isinstance(raw, str) and raw else None

    def rows_per_document(self) -> dict[str, dict[str, int]] | None:
        """The recorded row counts, or None when the tables changed since (or none were recorded)."""
        st = self.tables_state()
        rec = self.output_record()
        if "rows_per_document" not in st or not rec:
            return None
        for t in TABLES:
            want = rec.get(f"{t}.parquet") or {}
            try:
                s = (self.out / f"{t}.parquet").stat()
            except OSError:
                return None
            if [s.st_size, s.st_mtime_ns] != [want.get("size"), want.get("mtime_ns")]:
                return None
        return st["rows_per_document"]

    def load_manifest(self) -> dict[str, dict]:
        """The manifest ({} when there is none); CacheDamaged when it cannot be read."""
        if not self.manifest_path.exists():
            return {}
        try:
            m = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError, OSError) as e:
            raise CacheDamaged(type(e).__name__) from None
        if not isinstance(m, dict) or not all(isinstance(v, dict) for v in m.values()):
            raise CacheDamaged("not a mapping of sources")
        return m

    def save_manifest(self, manifest: dict[str, dict]) -> None:
        atomic_write_text(self.manifest_path, json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1))

    def append_run_log(self, entry: dict) -> None:
        """One line per run. A log cut short gets its line ended first; one that cannot be
        opened is moved aside (``runs.jsonl.damaged``) and a new one begun."""
        path = self.state / "runs.jsonl"
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
        try:
            with open(path, "a+b") as f:
                if f.seek(0, os.SEEK_END) > 0:
                    f.seek(-1, os.SEEK_END)
                    if f.read(1) != b"\n":
                        line = "\n" + line
                f.write(line.encode("utf-8"))  # append mode: always at the end
        except OSError:
            os.replace(path, path.with_name("runs.jsonl.damaged"))
            with open(path, "w", encoding="utf-8") as f:
                f.write(line)


def atomic_write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def apply_swaps(pending: dict[str, str]) -> None:
    for tmp, final in pending.items():
        if os.path.exists(tmp):
            os.replace(tmp, final)


def recover(out: str | os.PathLike) -> str | None:
    """Finish a table swap that a killed run left half done; a note saying what was done (None
    when there was nothing to do). A commit record that cannot be read is dropped: the tables
    are then checked against the last run's record and rebuilt if they differ."""
    out = Path(out)
    marker = out / "_state" / "commit.json"
    note = None
    if marker.exists():
        try:
            pending = json.loads(marker.read_text(encoding="utf-8"))
            if not isinstance(pending, dict) or not all(isinstance(v, str) for v in pending.values()):
                raise ValueError("not a list of swaps")
        except (OSError, ValueError) as e:
            note = f"commit record damaged ({type(e).__name__}); dropped, the tables are checked and rebuilt"
        else:
            apply_swaps({t: f for t, f in pending.items() if Path(f).parent == out and Path(f).name in _FINAL_NAMES})
            note = "completed the table swap of a run that was interrupted"
        marker.unlink()
    for tmp in out.glob(".tmp-*.parquet"):
        tmp.unlink()
    return note


_FINAL_NAMES = {f"{t}.parquet" for t in TABLES}
