"""The contract's five tables: assembled from per-document results, linked across documents,
written as Parquet atomically and deterministically."""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.extract.names import norm
from pipeline.store import TABLES, apply_swaps, atomic_write_text, recover  # noqa: F401  (recover: with the store, planning must not import pandas)

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", pa.string()), ("source", pa.string()), ("kind", pa.string()), ("language", pa.string()),
        ("title", pa.string()), ("published", pa.string()), ("publisher", pa.string()), ("pages", pa.int64()),
        ("status", pa.string()), ("error", pa.string()), ("format", pa.string()), ("size_bytes", pa.int64()),
        ("parser_version", pa.string()), ("rules_version", pa.string()), ("duplicate_of", pa.string()),
    ]),
    "clusters": pa.schema([
        ("cluster_id", pa.string()), ("name", pa.string()), ("name_ko", pa.string()), ("aliases", pa.list_(pa.string())),
        ("country", pa.string()), ("region", pa.string()), ("sector", pa.string()), ("documents", pa.int64()),
        ("signals", pa.list_(pa.string())),
    ]),
    "cluster_mentions": pa.schema([
        ("doc_id", pa.string()), ("cluster_id", pa.string()), ("text", pa.string()), ("page", pa.int64()),
        ("char_start", pa.int64()), ("char_end", pa.int64()),
    ]),
    "statistics": pa.schema([
        ("doc_id", pa.string()), ("cluster_id", pa.string()), ("metric", pa.string()), ("metric_label", pa.string()),
        ("value", pa.float64()),
        ("unit", pa.string()), ("qualifier", pa.string()), ("period_start", pa.string()), ("period_end", pa.string()),
        ("text", pa.string()), ("page", pa.int64()), ("char_start", pa.int64()), ("char_end", pa.int64()),
        ("evidence", pa.string()), ("modality", pa.string()),
    ]),
    "success_factors": pa.schema([
        ("doc_id", pa.string()), ("cluster_id", pa.string()), ("country", pa.string()), ("factor", pa.string()),
        ("evidence", pa.string()), ("page", pa.int64()), ("char_start", pa.int64()),
    ]),
}
SORT_KEYS = {
    "documents": ["source"],
    "clusters": ["cluster_id"],
    "cluster_mentions": ["doc_id", "page", "char_start", "cluster_id"],
    "statistics": ["doc_id", "page", "char_start", "unit", "value"],
    "success_factors": ["doc_id", "page", "char_start", "factor", "cluster_id", "country"],
}


def _most_common(values: list) -> Any:
    vals = [v for v in values if v]
    if not vals:
        return None
    counts = Counter(vals)
    best = max(counts.values())
    return sorted(v for v, n in counts.items() if n == best)[0]


def preload() -> None:
    """Import what writing and reading the tables needs (pyarrow's Parquet, pandas' converters)
    and read the vocabularies that linking clusters uses, so that a run's final step, which
    starts only when the last document is done, does not pay for it (~0.5 s): call while the
    documents run."""
    import pandas.io.parquet  # noqa: F401
    import pyarrow.pandas_compat  # noqa: F401

    from pipeline.extract.names import en_heads, is_generic

    to_frame("documents", [])
    en_heads()
    is_generic("cluster")


def _regional_keys(r: dict) -> set[str]:
    """'High Tech Campus' in Eindhoven and 'High Tech Campus Eindhoven' are one place: names keyed
    with their region, the region word dropped from either end. The rest must say more than a
    head noun ('Cambridge cluster' does not become every 'cluster' in Cambridge)."""
    from pipeline.extract.names import en_heads, is_generic

    region = r.get("region")
    if not region:
        return set()
    heads = {h.lower() for h in en_heads()}
    out = set()
    for n in {r.get("name"), r.get("name_en"), *r.get("aliases", [])}:
        if not n or not n.isascii():
            continue
        words = n.split()
        for rest in (words, words[:-1] if words[-1] == region else None, words[1:] if words[0] == region else None):
            if rest and any(not is_generic(w) and w.lower() not in heads for w in rest):
                out.add(f"{norm(' '.join(rest))}@{norm(region)}")
    return out


def _korean_place_keys(r: dict) -> set[str]:
    """부산 센텀시티 and 센텀시티 are one place: a Korean name of a city and one word that is a name
    by itself (ending in a head: 센텀시티, 수성알파시티) is keyed by that word too. Not 포항 이차전지
    특화단지: its words after the city name a kind, not a place."""
    from pipeline.extract.geo import korean_place_lookup
    from pipeline.rules import load_rules

    ko = load_rules("clusters")["korean"]
    heads = [h for h in ko["heads"] if " " not in h] + list(ko.get("place_name_endings") or [])
    out = set()
    for n in {r.get("name"), r.get("name_ko"), *r.get("aliases", [])}:
        words = (n or "").split()
        if len(words) == 2 and words[0] in korean_place_lookup() and words[1] not in heads \
                and any(words[1].endswith(h) and len(words[1]) >= len(h) + 2 for h in heads):
            out.add(norm(words[1]))
    return out


def link_clusters(per_doc: dict[str, list[dict]]) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """Merge per-document cluster records that share a name into one cluster each.

    Returns the merged rows and a map (doc_id, local cluster_id) -> global cluster_id.
    """
    records = [(doc_id, r) for doc_id in sorted(per_doc) for r in per_doc[doc_id]]
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, (_, r) in enumerate(records):
        keys = {norm(n) for n in [r.get("name"), r.get("name_en"), r.get("name_ko"), *r.get("aliases", [])] if n}
        keys |= {k[:-len("cluster")] for k in keys if k.endswith("cluster") and len(k) > 9}
        keys |= {k[:-len("클러스터")] for k in keys if k.endswith("클러스터") and len(k) > 6}
        keys.add("id:" + r["cluster_id"])
        keys |= _regional_keys(r) | _korean_place_keys(r)
        for k in keys:
            if k in owner:
                parent[find(i)] = find(owner[k])
            else:
                owner[k] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(records)):
        groups.setdefault(find(i), []).append(i)
    rows, mapping = [], {}
    used: Counter = Counter()
    for members in sorted(groups.values(), key=lambda m: min(m)):
        recs = [records[i][1] for i in members]
        with_en = [r["cluster_id"] for r in recs if r.get("name_en")]
        cid = _most_common(with_en) or _most_common([r["cluster_id"] for r in recs])
        used[cid] += 1
        if used[cid] > 1:  # two different clusters deriving one slug: keep ids unique
            cid = f"{cid}-{used[cid]}"
        name = _most_common([r.get("name_en") for r in recs]) or _most_common([r.get("name") for r in recs])
        name_ko = _most_common([r.get("name_ko") for r in recs])
        aliases = sorted({a for r in recs for a in [r.get("name"), r.get("name_en"), r.get("name_ko"), *r.get("aliases", [])]
                          if a and a not in (name, name_ko)})
        countries = Counter(c for r in recs for c in (r.get("country") or "").split(";") if c)
        country = ";".join(sorted(countries, key=lambda c: (-countries[c], c))) or None
        rows.append({
            "cluster_id": cid, "name": name, "name_ko": name_ko, "aliases": aliases, "country": country,
            "region": _most_common([r.get("region") for r in recs]), "sector": _most_common([r.get("sector") for r in recs]),
            "documents": len({records[i][0] for i in members}),
            "signals": sorted({s for r in recs for s in r.get("signals", [])}),
        })
        for i in members:
            mapping[(records[i][0], records[i][1]["cluster_id"])] = cid
    return rows, mapping


def assemble(documents: list[dict], extracted: dict[str, dict]) -> dict[str, pd.DataFrame]:
    """documents: one row per source; extracted: doc_id -> stage-2 result (documents whose rows count)."""
    cluster_rows, mapping = link_clusters({d: r["clusters"] for d, r in extracted.items()})
    out: dict[str, list[dict]] = {"documents": documents, "clusters": cluster_rows,
                                  "cluster_mentions": [], "statistics": [], "success_factors": []}
    for doc_id in sorted(extracted):
        res = extracted[doc_id]
        for table in ("cluster_mentions", "statistics", "success_factors"):
            for r in res[table]:
                row = {**r, "doc_id": doc_id}
                if row.get("cluster_id") is not None:
                    row["cluster_id"] = mapping.get((doc_id, row["cluster_id"]), row["cluster_id"])
                out[table].append(row)
    return {name: to_frame(name, rows) for name, rows in out.items()}


def assemble_stored(documents: list[dict], stored: dict[str, pa.Table]) -> dict[str, pd.DataFrame]:
    """The five tables from the documents rows and the stored per-document rows
    (``pipeline.rowstore``): the same tables ``assemble`` gives from the stage-2 results."""
    per_doc: dict[str, list[dict]] = {}
    for r in stored["clusters"].to_pylist():
        per_doc.setdefault(r.pop("doc_id"), []).append(r)
    cluster_rows, mapping = link_clusters(per_doc)
    frames = {"documents": to_frame("documents", documents), "clusters": to_frame("clusters", cluster_rows)}
    for name in ("cluster_mentions", "statistics", "success_factors"):
        df = stored[name].to_pandas()
        if len(df):
            df["cluster_id"] = [None if c is None else mapping.get((d, c), c) for d, c in zip(df["doc_id"], df["cluster_id"])]
        frames[name] = _sorted(name, df)
    return frames


def _sorted(name: str, df: pd.DataFrame) -> pd.DataFrame:
    keys = [k for k in SORT_KEYS[name] if k in df.columns]
    if len(df):
        df = df.sort_values(keys, kind="stable", na_position="first").reset_index(drop=True)
    return df


def to_frame(name: str, rows: list[dict]) -> pd.DataFrame:
    schema = SCHEMAS[name]
    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    table = pa.table(cols, schema=schema)
    return _sorted(name, table.to_pandas())


class OutputWriteError(RuntimeError):
    """The tables (or the views over them) could not be written: the message says which file,
    why, and what is still in place."""


def write_tables(out: str | os.PathLike, frames: dict[str, pd.DataFrame]) -> None:
    """Write every table to a temporary file, then swap them in. A commit marker lists the swaps
    so that a run killed between renames is completed by the next one (``recover``). A write
    that fails (a full disk) removes the temporary files and raises OutputWriteError: the
    previous tables stay as they were."""
    out = Path(out)
    state = out / "_state"
    state.mkdir(parents=True, exist_ok=True)
    pending = {}
    current = ""
    try:
        for name in TABLES:
            current = f"{name}.parquet"
            df = frames[name]
            tmp = out / f".tmp-{name}.parquet"
            pending[str(tmp)] = str(out / f"{name}.parquet")
            table = pa.Table.from_pandas(df, schema=SCHEMAS[name], preserve_index=False)
            table = table.replace_schema_metadata(None)
            pq.write_table(table, tmp, compression="zstd", write_statistics=True)
        current = "_state/commit.json"
        atomic_write_text(state / "commit.json", json.dumps(pending))
    except OSError as e:
        for tmp in pending:
            Path(tmp).unlink(missing_ok=True)
        raise OutputWriteError(f"could not write {current} in {out} ({e.strerror or e}); the previous tables are "
                               "unchanged. Free some space (or fix the permissions) and run again.") from None
    apply_swaps(pending)
    (state / "commit.json").unlink()
