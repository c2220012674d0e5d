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

import psutil

from pipeline.model import ParsedDocument
from pipeline import heal
from pipeline.parse import PARSER_VERSION, file_digest, parse_file
from pipeline.rules import check_rules, rules_dir, rules_version
from pipeline.store import TABLES, CacheDamaged, Store

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
    notes: list[str] = field(default_factory=list)  # what was found damaged and how it is healed, one line each


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


def plan_ingest(raw: str, out: str, settle: float = SETTLE_SECONDS, timeout: float = 600.0, max_rss_mb: int = 3072,
                repair: bool = True) -> Plan:
    """What an ingest must do. ``repair`` (under the run lock): finish or drop a half-done table
    swap first; without it (a peek) nothing is written, and any damage just marks the plan
    changed."""
    check_rules()
    store = Store(out)
    store.ensure()
    notes = heal.before_run(store) if repair else []
    manifest, more = heal.load_manifest(store, raw)
    notes += more + [f"{p}: the tables are rebuilt from the stage caches" for p in heal.check_outputs(store)]
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
    parsed_names, extracted_names = set(os.listdir(store.parsed_dir)), set(os.listdir(store.extracted_dir))
    for s in sources:
        if s.path is None or s.doc_id in jobs:
            continue
        m = manifest.get(s.source) or {}
        need = store.parsed_path(s.doc_id, PARSER_VERSION).name not in parsed_names
        if not need and m.get("status", "ok") == "ok":
            need = store.extracted_path(s.doc_id, PARSER_VERSION, rv).name not in extracted_names
        if not need and m.get("doc_id") != s.doc_id:
            need = True  # known content under a new name: cheap, refresh its manifest entry
        if not need and m.get("status") in ("timeout", "too_large", "crashed", "missing_source"):
            need = True
        if need:
            jobs[s.doc_id] = {"path": s.path, "source": s.source, "doc_id": s.doc_id, "out": str(out),
                              "timeout": timeout, "max_rss_mb": max_rss_mb, "rules_dir": str(rules_dir())}
    present = {s.source for s in sources}
    removed = sorted(src for src, m in manifest.items() if src not in present and not m.get("removed"))
    changed = bool(jobs) or bool(removed) or any(
        s.source not in manifest or manifest[s.source].get("doc_id") != s.doc_id for s in sources) or any(
        not (Path(out) / f"{t}.parquet").exists() for t in TABLES) or (Path(out) / STATE_COMMIT).exists() \
        or store.tables_rules_version() != rv \
        or bool(notes)  # built with other rules (their caches may exist already), or something healed
    return Plan(str(raw), str(out), sources, list(jobs.values()), waiting, removed, rv, changed, notes)


def plan_reprocess(out: str, timeout: float = 600.0, max_rss_mb: int = 3072, force: bool = False,
                   raw: str | None = None) -> Plan:
    """Re-extract every stored document from its stage-1 cache (raw/ is not read, except to
    re-parse a document whose stored parse is damaged: ``raw``, or the folder the tables were last
    built from). Extraction results already stored for the current rules are reused unless
    ``force``."""
    check_rules()
    store = Store(out)
    store.ensure()
    notes = heal.before_run(store)
    raw = raw or store.recorded_raw()
    manifest, more = heal.load_manifest(store, raw)
    notes += more
    jobs: dict[str, dict] = {}
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        if not d or d in jobs or m.get("status") not in ("ok", "missing_source"):
            continue
        jobs[d] = {"path": None, "source": src, "doc_id": d, "out": str(out), "timeout": timeout, "raw": raw,
                   "max_rss_mb": max_rss_mb, "stage": "extract", "rules_dir": str(rules_dir()), "force": force}
    return Plan(raw or "", str(out), [], list(jobs.values()), [], [], rules_version(), True, notes)


def process_job(job: dict) -> dict:
    """Parse (unless cached) and extract (unless cached) one document; only parse when the job's
    ``stage`` is ``parse``. Never raises for bad input; a damaged cache entry is recomputed from
    the stage before it (the result's ``notes`` say so)."""
    if job.get("rules_dir"):  # the rules the run was planned with, whatever this process started with
        os.environ["CLUSTER_PIPELINE_RULES_DIR"] = job["rules_dir"]
    store = Store(job["out"])
    doc_id, source = job["doc_id"], job["source"]
    t0 = time.perf_counter()
    parsed, parsed_from_cache, notes = load_parse(store, doc_id, source, path=job.get("path"), raw=job.get("raw"))
    if parsed is None:
        out = _summary(job, None, "missing_source", _missing_source(source), t0)
        out["notes"] = notes
        return out
    if job.get("stage") == "parse":  # read ahead into the parse cache (pipeline.workers); no extraction
        out = _summary(job, parsed, parsed.status, parsed.error, t0)
        out["parsed_from_cache"] = parsed_from_cache
        out["notes"] = notes
        return out
    counts: dict[str, int] = {}
    if parsed.status == "ok":
        res, more = load_extracted(store, parsed, force=bool(job.get("force")))
        notes += more
        counts = {k: len(res[k]) for k in ("clusters", "cluster_mentions", "statistics", "success_factors")}
    out = _summary(job, parsed, parsed.status, parsed.error, t0)
    out["counts"] = counts
    out["parsed_from_cache"] = parsed_from_cache
    out["notes"] = notes
    return out


def _missing_source(source: str) -> str:
    return (f"{source}: its stored parse is damaged or gone and the file is not in raw/; its last rows are kept. "
            "Put the file back in raw/ and run ingest.")


def load_parse(store: Store, doc_id: str, source: str, path: str | None = None,
               raw: str | None = None) -> tuple[ParsedDocument | None, bool, list[str]]:
    """A document's parse: (parse or None, whether it came from a cache, notes).

    ``path`` given (ingest): the stored parse under the current parser, else the file is parsed.
    Otherwise (reprocess, tables): the stored parse; when it is absent (the parser changed), a
    parse under an older parser, else the file in ``raw``; when it is damaged, the file in
    ``raw`` first (if its content is still the document's), else an older parse. None when no
    source is left."""
    ppath = store.parsed_path(doc_id, PARSER_VERSION)
    damaged = None
    if ppath.exists():
        try:
            return ParsedDocument.from_dict(store.read_json(ppath)), True, []
        except (CacheDamaged, KeyError, TypeError) as e:
            ppath.unlink(missing_ok=True)
            damaged = f"{source}: stored parse damaged ({e}); "
    file = path or _raw_copy(raw, source, doc_id)
    older = None if path else _older_parse(store, doc_id)
    if damaged or path:
        found = ("file", file) if file else ("older", older) if older else None
    else:
        found = ("older", older) if older else ("file", file) if file else None
    if found is None:
        return None, False, [damaged + "no source left (status missing_source)"] if damaged else []
    kind, what = found
    if kind == "file":
        parsed = parse_file(what, source, doc_id=doc_id)
        store.write_json(ppath, parsed.to_dict())
    else:
        parsed = what
    notes = [damaged + ("parsed again from raw/" if kind == "file" else "an older parser's parse used")] if damaged else []
    return parsed, kind == "older", notes


def _raw_copy(raw: str | None, source: str, doc_id: str) -> str | None:
    """The file in raw/ a document came from, if it is still there with the same content."""
    if not raw:
        return None
    p = Path(raw) / source
    try:
        return str(p) if p.is_file() and file_digest(p) == doc_id else None
    except OSError:
        return None


def _older_parse(store: Store, doc_id: str) -> ParsedDocument | None:
    """The newest readable parse of a document under another parser version."""
    current = store.parsed_path(doc_id, PARSER_VERSION)
    for p in sorted(store.parsed_dir.glob(f"{doc_id}.*.json.gz"), key=lambda p: p.stat().st_mtime_ns, reverse=True):
        if p == current or p.name.startswith(".tmp-"):
            continue
        try:
            return ParsedDocument.from_dict(store.read_json(p))
        except (CacheDamaged, KeyError, TypeError):
            continue
    return None


def load_extracted(store: Store, parsed: ParsedDocument, force: bool = False) -> tuple[dict, list[str]]:
    """A parsed document's rows under the current rules: stored, or extracted now (when absent,
    damaged, or ``force``). Returns (rows per table, notes)."""
    epath = store.extracted_path(parsed.doc_id, parsed.parser_version, rules_version())
    notes = []
    if epath.exists() and not force:
        try:
            return store.read_json(epath), notes
        except CacheDamaged as e:
            epath.unlink(missing_ok=True)
            notes.append(f"{parsed.source}: stored extraction damaged ({e}); extracted again from its parse")
    from pipeline.extract.document import extract_document

    res = extract_document(parsed)
    store.write_json(epath, res)
    return res, notes


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


def first_document_after(results: list[dict]) -> float | None:
    """Seconds from this process's start to the first document's start in a worker (None when
    the results carry no spans)."""
    starts = [a for r in results for a, _ in (r.get("work") or [])]
    if not starts:
        return None
    return round(min(starts) - psutil.Process().create_time(), 3)


_META_KEYS = ("status", "error", "format", "pages", "title", "published", "publisher", "language", "kind", "parser_version")


def finalize(plan: Plan, results: list[dict], prune_removed: bool = False) -> dict[str, Any]:
    """Update the manifest and (if anything changed) rewrite the tables and the views over them.
    Returns a run summary; raises OutputWriteError (the previous tables intact) when they cannot
    be written. The manifest is saved last: a run that stops before leaves the next one to redo
    this step."""
    store = Store(plan.out)
    raw = plan.raw or store.recorded_raw()
    manifest, notes = heal.load_manifest(store, raw)
    notes = plan.notes + [n for n in notes if n not in plan.notes] + [n for r in results for n in r.get("notes") or []]
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
                m.update({k: r.get(k) for k in _META_KEYS} if r["status"] != "missing_source"
                         else {"status": r["status"], "error": r["error"]})
    for src in plan.removed:
        manifest[src]["removed"] = True
    if prune_removed:
        manifest = {k: v for k, v in manifest.items() if not v.get("removed")}
    written = bool(plan.changed or results or prune_removed)
    if written:
        from pipeline import tables as tb

        frames, more = build_tables(store, manifest, raw)
        notes += more
        tb.write_tables(plan.out, frames)
        try:
            write_views(plan.out)
            store.save_tables_state(rules_version(), {t: _rows_per_document(frames[t]["doc_id"]) for t in COUNTED},
                                    outputs=heal.record_outputs(plan.out), raw=raw)
            store.save_manifest(manifest)
        except OSError as e:
            raise tb.OutputWriteError(f"the tables in {plan.out} were written, but not the catalog, report or state "
                                      f"after them ({e.strerror or e}); free some space and run again: the next run "
                                      "finishes this step") from None
    else:
        store.save_manifest(manifest)
    summary = summarize(store, manifest, plan, results)
    summary["tables_written"] = written
    summary["notes"] = notes
    summary["report"] = str(Path(plan.out) / "report.html")
    return summary


def write_views(out: str) -> None:
    """The DuckDB catalog and the HTML report, built from the tables just written."""
    from pipeline.catalog import write_catalog
    from pipeline.report import write_report

    write_catalog(out)
    write_report(out)


def repair(out: str, raw: str | None = None, caches: bool = False) -> list[str]:
    """Check the outputs and state (and, with ``caches``, read every stage-cache entry and
    remove the damaged ones) and rebuild what is damaged from what is left, without a run
    (``status``, ``verify --repair``). Call under the run lock. Returns the notes (none: all
    was well)."""
    store = Store(out)
    notes = heal.before_run(store)
    raw = raw or store.recorded_raw()
    manifest, more = heal.load_manifest(store, raw)
    notes += more + [f"{p}: the tables are rebuilt from the stage caches" for p in heal.check_outputs(store)]
    if caches:
        found = heal.verify(out)
        heal.remove_damaged_caches(out, found["caches"])
        notes += [f"{d}: removed, computed again from the stage before" for d in found["caches"]]
        restored = False
        for src, m in sorted(manifest.items()):  # documents left without any parse: parsed again from raw/
            if m.get("status") in ("ok", "missing_source") and not m.get("removed") and store.latest_parse(m["doc_id"]) is None:
                parsed = load_parse(store, m["doc_id"], src, raw=raw)[0]
                if parsed is not None:
                    notes.append(f"{src}: parsed again from raw/")
                    m.update({k: getattr(parsed, k, None) for k in ("status", "error", "parser_version")})
                    restored = True
        if restored:
            store.save_manifest(manifest)
    if notes:
        finalize(Plan(raw or "", out, [], [], rules_version=rules_version(), changed=True, notes=notes), [])
    return notes


def build_tables(store: Store, manifest: dict[str, dict], raw: str | None = None):
    """The five tables from the manifest and the stage caches. A document whose rows under the
    current rules are missing or damaged is extracted again from its parse (the parse from raw/
    when it is damaged too); with no source left, it keeps its last stored rows (under older
    rules, if any) and its status becomes ``missing_source`` (in ``manifest``). Returns
    (frames, notes)."""
    from pipeline import rowstore

    rv = rules_version()
    docs = []
    notes: list[str] = []
    canonical: dict[str, str] = {}
    counts = ("ok", "missing_source")  # statuses whose rows are in the tables
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        if m.get("status") in counts and d not in canonical and not m.get("removed"):
            canonical[d] = src
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        if m.get("status") in counts and d not in canonical:
            canonical[d] = src  # only removed copies left: rows kept, the row says removed

    def key(m: dict) -> str | None:  # the stage-2 cache entry a document's rows must come from
        if m.get("status") != "ok":
            return None  # missing_source: its last rows, whichever they are
        return store.extracted_path(m["doc_id"], m.get("parser_version") or PARSER_VERSION, rv).name

    def load(d: str) -> tuple[dict | None, str | None]:
        m = manifest[canonical[d]]
        res, more = _rows_for_tables(store, m, canonical[d], raw)
        notes.extend(more)
        return res, key(m) or "last"

    stored = rowstore.update(store, {d: key(manifest[src]) for d, src in canonical.items()}, load)
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        status, error, dup = m.get("status"), m.get("error"), None
        if m.get("removed"):
            status = "removed"
            error = (f"{src}: no longer in raw/; its rows are kept from the last run "
                     "(run `cluster-pipeline ingest --prune-removed` to drop them).")
        elif status in counts and canonical.get(d) != src:
            status, dup = "duplicate", canonical.get(d)
            error = f"{src}: same content as {dup}; processed once under that name."
        docs.append({"doc_id": d, "source": src, "kind": m.get("kind"), "language": m.get("language"),
                     "title": m.get("title"), "published": m.get("published"), "publisher": m.get("publisher"),
                     "pages": m.get("pages"), "status": status, "error": error, "format": m.get("format"),
                     "size_bytes": m.get("size"), "parser_version": m.get("parser_version"),
                     "rules_version": rv if m.get("status") == "ok" else None, "duplicate_of": dup})
    from pipeline import tables as tb

    return tb.assemble_stored(docs, stored), notes


def _rows_for_tables(store: Store, m: dict, source: str, raw: str | None) -> tuple[dict | None, list[str]]:
    """One document's stored rows under the current rules, recomputed when missing or damaged;
    failing that its last rows under any rules (and ``m`` marked ``missing_source``)."""
    d = m["doc_id"]
    p = store.extracted_path(d, m.get("parser_version") or PARSER_VERSION, rules_version())
    notes = []
    if m.get("status") == "ok":
        try:
            if p.exists():
                return store.read_json(p), notes
        except CacheDamaged as e:
            p.unlink(missing_ok=True)
            notes.append(f"{source}: stored extraction damaged ({e}); extracted again from its parse")
        parsed, _, more = load_parse(store, d, source, raw=raw)
        notes += more
        if parsed is not None and parsed.status == "ok":
            res, _ = load_extracted(store, parsed)
            m.update(parser_version=parsed.parser_version)
            return res, notes
        m.update(status="missing_source", error=_missing_source(source))
    last = store.latest_extracted(d)
    while last is not None:
        try:
            return store.read_json(last), notes
        except CacheDamaged:
            last.unlink(missing_ok=True)
            last = store.latest_extracted(d)
    return None, notes


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
    done = {r["doc_id"] for r in results}
    for src in sorted(manifest):
        m = manifest[src]
        d = m.get("doc_id")
        docs.append({"source": src, "status": "removed" if m.get("removed") else m.get("status"), "pages": m.get("pages"),
                     "mentions": counts.get("cluster_mentions", {}).get(d, 0),
                     "statistics": counts.get("statistics", {}).get(d, 0),
                     "factors": counts.get("success_factors", {}).get(d, 0), "error": m.get("error"),
                     "this_run": d in done})
    return {"documents": docs, "processed": len(results), "waiting": plan.waiting, "removed": plan.removed,
            "rules_version": plan.rules_version, "tables_written": bool(plan.changed or results)}


SUMMARY_ROWS = 30  # documents listed at the end of a run, at most (`status` lists them all)


def summary_selection(docs: list[dict], everything: bool = False, statuses: set[str] | None = None,
                      limit: int | None = SUMMARY_ROWS) -> tuple[list[dict], int]:
    """The documents a person reads at the end of a run: those processed in it and every one
    that is not ok (``everything``: all of them), only ``statuses`` if given; at most ``limit``
    (not-ok first). Returns (rows, how many were left out)."""
    rows = [d for d in docs if (statuses is None or d["status"] in statuses)
            and (everything or statuses or d.get("this_run") or d["status"] not in ("ok", "duplicate"))]
    if limit is None or len(rows) <= limit:
        return rows, 0
    ranked = sorted(rows, key=lambda d: (d["status"] in ("ok", "duplicate"), d["source"]))[:limit]
    keep = {id(d) for d in ranked}
    return [d for d in rows if id(d) in keep], len(rows) - limit


def status_counts(docs: list[dict]) -> str:
    """'4,000 documents: 3,990 ok, 7 failed, 3 removed' (most common first)."""
    c = Counter(d["status"] or "unknown" for d in docs)
    parts = [f"{n:,} {s}" for s, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]
    return f"{len(docs):,} documents" + (": " + ", ".join(parts) if parts else "")
