"""Every counted document's rows before cross-document linking, kept under ``_state/rows/`` as
Parquet (one file per table, plus the per-document cluster records), so that building the
tables reads only the documents whose rows changed: the cost of a run grows with what changed,
not with what is stored.

``index.json`` names, per document, the stage-2 cache entry its rows came from (its key) and,
per file, the size and time it was written with. Like every cache here it is derived data: a
missing, damaged or inconsistent store is rebuilt from the stage-2 caches (one full read).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.store import Store, atomic_write_text

ROW_TABLES = ("cluster_mentions", "statistics", "success_factors")
# what linking clusters across documents reads of a document's cluster records
RECORDS = pa.schema([
    ("doc_id", pa.string()), ("cluster_id", pa.string()), ("name", pa.string()), ("name_en", pa.string()),
    ("name_ko", pa.string()), ("aliases", pa.list_(pa.string())), ("country", pa.string()), ("region", pa.string()),
    ("sector", pa.string()), ("signals", pa.list_(pa.string())),
])
FORMAT = 1


def _dir(store: Store) -> Path:
    return store.state / "rows"


def _schemas() -> dict[str, pa.Schema]:
    from pipeline.tables import SCHEMAS

    return {"clusters": RECORDS, **{t: SCHEMAS[t] for t in ROW_TABLES}}


def _empty() -> dict[str, pa.Table]:
    return {name: schema.empty_table() for name, schema in _schemas().items()}


def _load(store: Store) -> tuple[dict[str, str], dict[str, pa.Table]]:
    """(doc_id -> key, tables) as stored; ({}, empty) when missing, damaged or inconsistent."""
    d = _dir(store)
    try:
        index = json.loads((d / "index.json").read_text(encoding="utf-8"))
        if index.get("format") != FORMAT:
            raise ValueError("other format")
        tables = {}
        for name, schema in _schemas().items():
            p = d / f"{name}.parquet"
            st = p.stat()
            if [st.st_size, st.st_mtime_ns] != index["files"][name]:
                raise ValueError(f"{name} changed")
            t = pq.read_table(p)
            if not t.schema.equals(schema):
                raise ValueError(f"{name}: other schema")
            tables[name] = t
        return dict(index["documents"]), tables
    except Exception:  # noqa: BLE001 - any problem: rebuilt from the stage-2 caches
        return {}, _empty()


def _save(store: Store, keys: dict[str, str], tables: dict[str, pa.Table]) -> None:
    d = _dir(store)
    d.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, t in tables.items():
        tmp, final = d / f".tmp-{name}.parquet", d / f"{name}.parquet"
        pq.write_table(t, tmp, compression="zstd")
        os.replace(tmp, final)
        st = final.stat()
        files[name] = [st.st_size, st.st_mtime_ns]
    atomic_write_text(d / "index.json", json.dumps({"format": FORMAT, "documents": dict(sorted(keys.items())),
                                                    "files": files}, sort_keys=True))


def _to_arrow(schema: pa.Schema, rows: list[tuple[str, dict]]) -> pa.Table:
    """(doc_id, row) pairs as one table of ``schema`` (lists never null)."""
    cols = {}
    for f in schema:
        if f.name == "doc_id":
            cols[f.name] = [d for d, _ in rows]
        elif pa.types.is_list(f.type):
            cols[f.name] = [r.get(f.name) or [] for _, r in rows]
        else:
            cols[f.name] = [r.get(f.name) for _, r in rows]
    return pa.table(cols, schema=schema)


def update(store: Store, wanted: dict[str, str | None],
           load: Callable[[str], tuple[dict | None, str | None]]) -> dict[str, pa.Table]:
    """The stored rows brought up to date with ``wanted`` (doc_id -> the key its rows must come
    from; None: whatever is stored will do). Documents stored under another key, or not stored,
    are read with ``load(doc_id)`` -> (stage-2 result or None, its key); documents no longer
    wanted are dropped. Returns the tables ``clusters`` (the records), ``cluster_mentions``,
    ``statistics``, ``success_factors``: every wanted document's rows, by doc_id, each document's
    rows in their stored order."""
    keys, tables = _load(store)
    stale = sorted(d for d, k in wanted.items() if d not in keys or (k is not None and keys[d] != k))
    gone = sorted(set(keys) - set(wanted))
    if not stale and not gone:
        return tables
    drop = set(stale) | set(gone)
    keep = pa.array(sorted(set(keys) - drop), type=pa.string())
    parts = {name: [t.filter(pc.is_in(t.column("doc_id"), value_set=keep))] for name, t in tables.items()}
    for d in drop:
        keys.pop(d, None)
    schemas = _schemas()
    fresh: dict[str, list[tuple[str, dict]]] = {name: [] for name in schemas}
    for d in stale:
        res, key = load(d)
        if res is None:
            continue
        keys[d] = key
        for name in schemas:
            fresh[name].extend((d, r) for r in res.get(name) or [])
    for name, schema in schemas.items():
        parts[name].append(_to_arrow(schema, fresh[name]))
    out = {}
    for name, ts in parts.items():
        t = pa.concat_tables(ts)
        out[name] = t.take(pc.sort_indices(t, sort_keys=[("doc_id", "ascending")])) if t.num_rows else t
    _save(store, keys, out)
    return out
