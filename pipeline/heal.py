"""Damaged outputs and state, found and rebuilt from what is on disk (no person needed).

Everything under ``processed/`` derives from something before it: the tables, the catalog and
the report from the stage caches and the manifest; an extraction cache entry from its parse; a
parse from the file in ``raw/``; the manifest from the documents table, the parse caches and a
scan of ``raw/``. So:

- outputs: each run records their size, modification time, SHA-256 and rows (``tables.json``);
  ``check_outputs`` compares them (a stat when nothing changed, a hash otherwise) and a missing or
  damaged one makes the run rebuild the tables;
- stage caches: a damaged entry is recomputed from the stage before it (``pipeline.run``); with
  no source left the document gets status ``missing_source`` and keeps its last rows;
- state files: a damaged manifest is rebuilt (``load_manifest``); a damaged commit record or
  tables record is dropped (``before_run``; the tables are then rebuilt); a run log cut short
  gets its line ended, one that cannot be opened is moved aside (``Store.append_run_log``).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from pipeline.parse import file_digest
from pipeline.store import STATE, TABLES, CacheDamaged, Store

VIEWS = ("catalog.duckdb", "report.html")


def record_outputs(out: str | os.PathLike) -> dict[str, dict]:
    """What each output is now: size, modification time, SHA-256 (and rows, for the tables)."""
    import pyarrow.parquet as pq

    out = Path(out)
    rec = {}
    for name in [f"{t}.parquet" for t in TABLES] + list(VIEWS):
        p = out / name
        if not p.exists():
            continue
        st = p.stat()
        entry = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": file_digest(p)}
        if name.endswith(".parquet"):
            entry["rows"] = pq.ParquetFile(p).metadata.num_rows
        rec[name] = entry
    return rec


def check_outputs(store: Store) -> list[str]:
    """Problems with the outputs a run recorded ([] when all are as written): missing, changed
    since (a different SHA-256: cut short, overwritten), unreadable. Cheap when nothing changed:
    a stat, and the hash only when size or time differ. Tables of a folder with no record are
    checked by their Parquet footer."""
    record = store.output_record()
    problems = []
    for name in [f"{t}.parquet" for t in TABLES] + list(VIEWS):
        p = store.out / name
        want = record.get(name)
        try:
            st = p.stat()
        except FileNotFoundError:
            if want is not None:
                problems.append(f"{name} is missing")
            continue
        except OSError as e:
            problems.append(f"{name} cannot be read ({e.strerror or e})")
            continue
        if not os.access(p, os.R_OK):
            problems.append(f"{name} cannot be read (permission denied)")
        elif want is None:
            if name.endswith(".parquet") and not _parquet_footer_ok(p):
                problems.append(f"{name} cannot be read as Parquet")
        elif (st.st_size, st.st_mtime_ns) != (want.get("size"), want.get("mtime_ns")):
            try:
                same = file_digest(p) == want.get("sha256")
            except OSError as e:
                problems.append(f"{name} cannot be read ({e.strerror or e})")
                continue
            if not same:
                problems.append(f"{name} changed since it was written ({_size(st.st_size)}; "
                                f"written {_size(want.get('size') or 0)})")
    return problems


def _parquet_footer_ok(p: Path) -> bool:
    import pyarrow.parquet as pq

    try:
        pq.ParquetFile(p).metadata
        return True
    except Exception:  # noqa: BLE001 - any failure to read the footer is a damaged file
        return False


def _size(n: int) -> str:
    return f"{n:,} bytes"


def load_manifest(store: Store, raw: str | None = None) -> tuple[dict[str, dict], list[str]]:
    """The manifest, rebuilt in memory when it cannot be read (the run saves it at its end);
    with the notes to print (one line each)."""
    try:
        if store.manifest_path.exists() or not (store.out / "documents.parquet").exists():
            return store.load_manifest(), []  # none, and no tables either: a new folder (caches are reused)
        problem = "missing"
    except CacheDamaged as e:
        problem = f"damaged ({e})"
    manifest = rebuild_manifest(store, raw)
    return manifest, [f"manifest.json {problem}; rebuilt from the documents table, {len(_parses(store))} stored "
                          f"parses{' and ' + str(raw) if raw else ''}: {len(manifest)} sources"]


def before_run(store: Store) -> list[str]:
    """Under the run lock, before planning: finish or drop a half-done table swap, drop a tables
    record that cannot be read. Returns the notes."""
    from pipeline.store import recover

    notes = []
    note = recover(store.out)
    if note:
        notes.append(note)
    tp = store.tables_path
    if tp.exists():
        try:
            if not isinstance(json.loads(tp.read_text(encoding="utf-8")), dict):
                raise ValueError("not a mapping")
        except (ValueError, OSError) as e:
            tp.unlink(missing_ok=True)
            notes.append(f"tables record damaged ({type(e).__name__}); dropped, the tables are rebuilt")
    return notes


def _parses(store: Store) -> list[Path]:
    return sorted(p for p in store.parsed_dir.glob("*.json.gz") if not p.name.startswith(".tmp-"))


def rebuild_manifest(store: Store, raw: str | None) -> dict[str, dict]:
    """A manifest from what is on disk: the documents table's rows (sources, statuses, errors),
    the parse caches (each names its source and holds its metadata) and, when a raw folder is
    given, its files' sizes and times (a file whose content matches is known; the rest is hashed
    by the next run). A source no longer in raw/ is marked removed: its rows are kept."""
    import pyarrow.parquet as pq

    manifest: dict[str, dict] = {}
    docs = store.out / "documents.parquet"
    try:
        for r in pq.read_table(docs).to_pylist():
            manifest[r["source"]] = {"doc_id": r["doc_id"], "status": "ok" if r["status"] in ("duplicate", "removed") else r["status"],
                                     "error": None if r["status"] in ("duplicate", "removed") else r["error"],
                                     "kind": r.get("kind"), "language": r.get("language"), "title": r.get("title"),
                                     "published": r.get("published"), "publisher": r.get("publisher"),
                                     "pages": r.get("pages"), "format": r.get("format"), "size": r.get("size_bytes"),
                                     "parser_version": r.get("parser_version"), "removed": r["status"] == "removed"}
    except Exception:  # noqa: BLE001 - the table may be damaged too: the parses still know
        pass
    known = {m["doc_id"] for m in manifest.values()}
    for p in _parses(store):
        try:
            parsed = Store.read_json(p)
        except CacheDamaged:
            continue
        if parsed.get("doc_id") in known:
            continue
        meta = parsed.get("metadata") or {}
        manifest[parsed["source"]] = {"doc_id": parsed["doc_id"], "status": parsed.get("status"), "error": parsed.get("error"),
                                      "kind": meta.get("kind"), "language": meta.get("language"), "title": meta.get("title"),
                                      "published": meta.get("published"), "publisher": meta.get("publisher"),
                                      "pages": parsed.get("page_count"), "format": parsed.get("format"),
                                      "parser_version": parsed.get("parser_version"), "removed": False}
        known.add(parsed["doc_id"])
    if raw and Path(raw).is_dir():
        for src, m in manifest.items():
            f = Path(raw) / src
            if f.is_file():
                m["removed"] = False  # its time is left unknown: the next run hashes it
                m["size"] = m.get("size") or f.stat().st_size
            else:
                m["removed"] = True
    return manifest


def verify(out: str | os.PathLike) -> dict:
    """Everything checked, nothing changed: the state files, the outputs against their record,
    every stage-cache entry (a full decode), and that every document in the tables has a parse
    to re-extract from. Returns lists of findings per kind, ``entries`` read and ``ok``."""
    store = Store(out)
    found: dict = {"state": [], "outputs": [], "caches": [], "documents": [], "entries": 0}
    manifest = {}
    try:
        manifest = store.load_manifest()
    except CacheDamaged as e:
        found["state"].append(f"manifest.json: {e}")
    for name in ("tables.json", "commit.json"):
        p = store.state / name
        if p.exists():
            try:
                if not isinstance(json.loads(p.read_text(encoding="utf-8")), dict):
                    raise ValueError("not a mapping")
            except (ValueError, OSError) as e:
                found["state"].append(f"{name}: {type(e).__name__}")
    found["outputs"] = check_outputs(store)
    readable: set[str] = set()
    for d in (store.parsed_dir, store.extracted_dir):
        for p in sorted(d.glob("*.json.gz")):
            if p.name.startswith(".tmp-"):
                continue
            found["entries"] += 1
            try:
                Store.read_json(p)
            except CacheDamaged as e:
                found["caches"].append(f"{d.name}/{p.name}: {e}")
            else:
                if d == store.parsed_dir:
                    readable.add(p.name.split(".", 1)[0])
    for src, m in sorted(manifest.items()):
        if m.get("removed") or m.get("status") not in ("ok", "missing_source"):
            continue
        if m.get("status") == "missing_source" or m.get("doc_id") not in readable:
            found["documents"].append(f"{src}: no readable stored parse (--repair parses it again if the file is "
                                      "in raw/; its rows are kept meanwhile)")
    found["ok"] = not any(found[k] for k in ("state", "outputs", "caches", "documents"))
    return found


def remove_damaged_caches(out: str | os.PathLike, damaged: list[str]) -> None:
    """Delete the cache entries ``verify`` found damaged (``parsed/<name>: ...``): the next run
    recomputes them from the stage before."""
    base = Path(out) / STATE
    for item in damaged:
        rel = item.split(":", 1)[0]
        (base / rel).unlink(missing_ok=True)


__all__ = ["record_outputs", "check_outputs", "load_manifest", "rebuild_manifest", "before_run", "verify",
           "remove_damaged_caches"]
