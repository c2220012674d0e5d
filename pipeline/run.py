"""What a run does, without orchestration: plan (scan raw/, decide what needs work), the
per-document job (parse -> stage 1 cache, extract -> stage 2 cache), and finalize (manifest,
tables). ``flows/`` maps the jobs onto Prefect tasks; nothing here imports Prefect."""
from __future__ import annotations

import hashlib
import os
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.model import ParsedDocument
from pipeline.parse import PARSER_VERSION, file_digest, parse_file
from pipeline.rules import rules_dir, rules_version
from pipeline.store import TABLES, Store

STATE_COMMIT = "_state/commit.json"
IN_PROGRESS_SUFFIXES = (".part", ".crdownload", ".download", ".tmp", ".partial", ".filepart")
SETTLE_SECONDS = 2.0


@dataclass
class SourceFile:
    source: str  # path relative to raw/, NFC
    path: str | None
    size: int = 0
    mtime_ns: int = 0
    doc_id: str | None = None
    status: str | None = None  # set for inputs refused before parsing
    error: str | None = None


@dataclass
class Plan:
    raw: str
    out: str
    sources: list[SourceFile]
    jobs: list[dict]
    waiting: list[str] = field(default_factory=list)  # files still being copied
    removed: list[str] = field(default_factory=list)
    rules_version: str = ""
    changed: bool = True


def _norm_source(rel: str) -> str:
    return unicodedata.normalize("NFC", rel.replace(os.sep, "/"))


def scan_raw(raw: str | os.PathLike, settle: float = SETTLE_SECONDS) -> tuple[list[SourceFile], list[str]]:
    """Every candidate input below raw/ (sorted), plus names still being written."""
    raw = Path(raw)
    root = raw.resolve()
    found: list[SourceFile] = []
    waiting: list[str] = []
    recent: list[tuple[Path, str, os.stat_result]] = []
    for dirpath, dirnames, filenames in os.walk(raw, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            rel = _norm_source(str(p.relative_to(raw)))
            if name.startswith((".", "~$")):
                continue
            if name.lower().endswith(IN_PROGRESS_SUFFIXES):
                waiting.append(rel)
                continue
            if p.is_symlink():
                target = p.resolve()
                if not str(target).startswith(str(root) + os.sep):
                    found.append(SourceFile(rel, None, doc_id="unread-" + hashlib.sha256(rel.encode()).hexdigest()[:40],
                                            status="skipped_symlink",
                                            error=f"{rel}: a symbolic link pointing outside raw/ ({target}); not followed. "
                                                  "Copy the file into raw/ instead."))
                    continue
            try:
                st = p.stat()
            except OSError as e:
                found.append(SourceFile(rel, None, doc_id="unread-" + hashlib.sha256(rel.encode()).hexdigest()[:40],
                                        status="unreadable", error=f"{rel}: cannot be read ({e.strerror}); check its permissions."))
                continue
            if time.time() - st.st_mtime < settle:
                recent.append((p, rel, st))
                continue
            found.append(SourceFile(rel, str(p), st.st_size, st.st_mtime_ns))
    if recent:
        time.sleep(min(settle, 1.0))
        for p, rel, st in recent:
            try:
                st2 = p.stat()
            except OSError:
                continue
            if (st2.st_size, st2.st_mtime_ns) != (st.st_size, st.st_mtime_ns):
                waiting.append(rel)
            else:
                found.append(SourceFile(rel, str(p), st2.st_size, st2.st_mtime_ns))
    found.sort(key=lambda s: s.source)
    return found, sorted(waiting)


def plan_ingest(raw: str, out: str, settle: float = SETTLE_SECONDS, timeout: float = 600.0, max_rss_mb: int = 3072) -> Plan:
    store = Store(out)
    store.ensure()
    manifest = store.load_manifest()
    rv = rules_version()
    sources, waiting = scan_raw(raw, settle)
    for s in sources:
        if s.path is None:
            continue
        m = manifest.get(s.source)
        if m and m.get("size") == s.size and m.get("mtime_ns") == s.mtime_ns and m.get("doc_id"):
            s.doc_id = m["doc_id"]
        else:
            s.doc_id = file_digest(s.path)
    jobs: dict[str, dict] = {}
    for s in sources:
        if s.path is None or s.doc_id in jobs:
            continue
        parsed_p = store.parsed_path(s.doc_id, PARSER_VERSION)
        m = manifest.get(s.source) or {}
        need = not parsed_p.exists()
        if not need and m.get("status", "ok") == "ok":
            need = not store.extracted_path(s.doc_id, PARSER_VERSION, rv).exists()
        if not need and m.get("doc_id") != s.doc_id:
            need = True  # known content under a new name: cheap, refresh its manifest entry
        if not need and m.get("status") in ("timeout", "too_large", "crashed"):
            need = True
        if need:
            jobs[s.doc_id] = {"path": s.path, "source": s.source, "doc_id": s.doc_id, "out": str(out),
                              "timeout": timeout, "max_rss_mb": max_rss_mb, "rules_dir": str(rules_dir())}
    present = {s.source for s in sources}
    removed = sorted(src for src, m in manifest.items() if src not in present and not m.get("removed"))
    changed = bool(jobs) or bool(removed) or any(
        s.source not in manifest or manifest[s.source].get("doc_id") != s.doc_id for s in sources) or any(
        not (Path(out) / f"{t}.parquet").exists() for t in TABLES) or (Path(out) / STATE_COMMIT).exists() \
        or store.tables_rules_version() != rv  # built with other rules (their caches may exist already)
    return Plan(str(raw), str(out), sources, list(jobs.values()), waiting, removed, rv, changed)


def plan_reprocess(out: str, timeout: float = 600.0, max_rss_mb: int = 3072, force: bool = False) -> Plan:
    """Re-extract every stored document from its stage-1 cache (raw/ is not read). Extraction
    results already stored for the current rules are reused unless ``force``."""
    store = Store(out)
    store.ensure()
    manifest = store.load_manifest()
    jobs: dict[str, dict] = {}
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        if not d or d in jobs or m.get("status") != "ok":
            continue
        jobs[d] = {"path": None, "source": src, "doc_id": d, "out": str(out), "timeout": timeout,
                   "max_rss_mb": max_rss_mb, "stage": "extract", "rules_dir": str(rules_dir()), "force": force}
    return Plan("", str(out), [], list(jobs.values()), [], [], rules_version(), True)


def process_job(job: dict) -> dict:
    """Parse (unless cached) and extract (unless cached) one document; only parse when the job's
    ``stage`` is ``parse``. Never raises for bad input."""
    if job.get("rules_dir"):  # the rules the run was planned with, whatever this process started with
        os.environ["CLUSTER_PIPELINE_RULES_DIR"] = job["rules_dir"]
    store = Store(job["out"])
    doc_id, source = job["doc_id"], job["source"]
    t0 = time.perf_counter()
    ppath = store.parsed_path(doc_id, PARSER_VERSION)
    parsed_from_cache = ppath.exists()
    if parsed_from_cache:
        parsed = ParsedDocument.from_dict(store.read_json(ppath))
    elif job.get("path") is None:
        # the file is gone from raw/ and the parser has changed since it was parsed: extract
        # from the parse that is stored (the documents row names its parser version)
        older = store.latest_parse(doc_id)
        if older is None:
            return _summary(job, None, "missing_parse", f"{source}: no stored parse for this document; put the file "
                            "back in raw/ and run ingest.", t0)
        parsed = ParsedDocument.from_dict(store.read_json(older))
        parsed_from_cache = True
    else:
        parsed = parse_file(job["path"], source, doc_id=doc_id)
        store.write_json(ppath, parsed.to_dict())
    if job.get("stage") == "parse":  # read ahead into the parse cache (pipeline.workers); no extraction
        out = _summary(job, parsed, parsed.status, parsed.error, t0)
        out["parsed_from_cache"] = parsed_from_cache
        return out
    counts: dict[str, int] = {}
    if parsed.status == "ok":
        rv = rules_version()
        epath = store.extracted_path(doc_id, parsed.parser_version, rv)
        if epath.exists() and not job.get("force"):
            res = store.read_json(epath)
        else:
            from pipeline.extract.document import extract_document

            res = extract_document(parsed)
            store.write_json(epath, res)
        counts = {k: len(res[k]) for k in ("clusters", "cluster_mentions", "statistics", "success_factors")}
    out = _summary(job, parsed, parsed.status, parsed.error, t0)
    out["counts"] = counts
    out["parsed_from_cache"] = parsed_from_cache
    return out


def _summary(job, parsed: ParsedDocument | None, status: str, error: str | None, t0: float) -> dict:
    meta = parsed.metadata if parsed else {}
    return {"doc_id": job["doc_id"], "source": job["source"], "status": status, "error": error,
            "format": parsed.format if parsed else None, "pages": parsed.page_count if parsed else None,
            "title": meta.get("title"), "published": meta.get("published"), "publisher": meta.get("publisher"),
            "language": meta.get("language"), "kind": meta.get("kind"),
            "parser_version": parsed.parser_version if parsed else PARSER_VERSION,
            "seconds": round(time.perf_counter() - t0, 3), "counts": {}}


def work_seconds(results: list[dict]) -> float | None:
    """Wall-clock seconds during which at least one document was in a worker's hands (the union of
    the results' ``work`` spans); None when the results carry no spans (jobs run in-process)."""
    spans = sorted((a, b) for r in results for a, b in (r.get("work") or []))
    if not spans:
        return None
    total, (cur_a, cur_b) = 0.0, spans[0]
    for a, b in spans[1:]:
        if a > cur_b:
            total += cur_b - cur_a
            cur_a, cur_b = a, b
        else:
            cur_b = max(cur_b, b)
    return round(total + cur_b - cur_a, 3)


_META_KEYS = ("status", "error", "format", "pages", "title", "published", "publisher", "language", "kind", "parser_version")


def finalize(plan: Plan, results: list[dict], prune_removed: bool = False) -> dict[str, Any]:
    """Update the manifest and (if anything changed) rewrite the tables. Returns a run summary."""
    store = Store(plan.out)
    manifest = store.load_manifest()
    by_doc = {r["doc_id"]: r for r in results}
    for s in plan.sources:
        m = manifest.get(s.source, {})
        m.update({"doc_id": s.doc_id, "size": s.size, "mtime_ns": s.mtime_ns, "removed": False})
        if s.status:
            m.update({"status": s.status, "error": s.error})
        elif s.doc_id in by_doc:
            r = by_doc[s.doc_id]
            m.update({k: r.get(k) for k in _META_KEYS})
        elif "status" not in m:
            # same content as another known source: copy its metadata
            twin = next((v for v in manifest.values() if v.get("doc_id") == s.doc_id and "status" in v), None)
            if twin:
                m.update({k: twin.get(k) for k in _META_KEYS})
        manifest[s.source] = m
    for r in results:  # reprocess: refresh metadata of every source of that document
        for src, m in manifest.items():
            if m.get("doc_id") == r["doc_id"] and not plan.sources:
                m.update({k: r.get(k) for k in _META_KEYS})
    for src in plan.removed:
        manifest[src]["removed"] = True
    if prune_removed:
        manifest = {k: v for k, v in manifest.items() if not v.get("removed")}
    store.save_manifest(manifest)
    if plan.changed or results or prune_removed:
        from pipeline import tables as tb

        frames = build_tables(store, manifest)
        tb.write_tables(plan.out, frames)
        store.save_tables_state(rules_version(), {t: _rows_per_document(frames[t]["doc_id"]) for t in COUNTED})
        write_views(plan.out)
    summary = summarize(store, manifest, plan, results)
    summary["report"] = str(Path(plan.out) / "report.html")
    return summary


def write_views(out: str) -> None:
    """The DuckDB catalog and the HTML report, built from the tables just written."""
    from pipeline.catalog import write_catalog
    from pipeline.report import write_report

    write_catalog(out)
    write_report(out)


def build_tables(store: Store, manifest: dict[str, dict]):
    rv = rules_version()
    docs = []
    extracted: dict[str, dict] = {}
    canonical: dict[str, str] = {}
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        if m.get("status") == "ok" and d not in canonical and not m.get("removed"):
            canonical[d] = src
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        if m.get("status") == "ok" and d not in canonical:
            canonical[d] = src  # only removed copies left: rows kept, the row says removed
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        status, error, dup = m.get("status"), m.get("error"), None
        if m.get("removed"):
            status = "removed"
            error = (f"{src}: no longer in raw/; its rows are kept from the last run "
                     "(run `cluster-pipeline ingest --prune-removed` to drop them).")
        elif m.get("status") == "ok" and canonical.get(d) != src:
            status, dup = "duplicate", canonical.get(d)
            error = f"{src}: same content as {dup}; processed once under that name."
        docs.append({"doc_id": d, "source": src, "kind": m.get("kind"), "language": m.get("language"),
                     "title": m.get("title"), "published": m.get("published"), "publisher": m.get("publisher"),
                     "pages": m.get("pages"), "status": status, "error": error, "format": m.get("format"),
                     "size_bytes": m.get("size"), "parser_version": m.get("parser_version"),
                     "rules_version": rv if m.get("status") == "ok" else None, "duplicate_of": dup})
        if m.get("status") == "ok" and canonical.get(d) == src:
            p = store.extracted_path(d, m.get("parser_version") or PARSER_VERSION, rv)
            if p.exists():
                extracted[d] = store.read_json(p)
    from pipeline import tables as tb

    return tb.assemble(docs, extracted)


COUNTED = ("cluster_mentions", "statistics", "success_factors")  # rows per document in a run's summary


def _rows_per_document(doc_ids) -> dict[str, int]:
    return dict(sorted(Counter(doc_ids).items()))


def summarize(store: Store, manifest: dict, plan: Plan, results: list[dict]) -> dict[str, Any]:
    counts = store.rows_per_document()
    if counts is None:  # not recorded, or the tables changed since: count them
        import pyarrow.parquet as pq

        counts = {}
        for t in COUNTED:
            p = Path(plan.out) / f"{t}.parquet"
            if p.exists():
                counts[t] = _rows_per_document(pq.read_table(p, columns=["doc_id"]).column("doc_id").to_pylist())
    docs = []
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        docs.append({"source": src, "status": "removed" if m.get("removed") else m.get("status"), "pages": m.get("pages"),
                     "mentions": counts.get("cluster_mentions", {}).get(d, 0),
                     "statistics": counts.get("statistics", {}).get(d, 0),
                     "factors": counts.get("success_factors", {}).get(d, 0), "error": m.get("error")})
    return {"documents": docs, "processed": len(results), "waiting": plan.waiting, "removed": plan.removed,
            "rules_version": plan.rules_version, "tables_written": bool(plan.changed or results)}
