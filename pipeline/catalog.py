"""``processed/catalog.duckdb``: the five tables in a DuckDB database, with views for the questions
analysts ask, written after every run that rewrites the tables and swapped in atomically.

- ``cluster_figures``: one row per cluster x metric x unit: the latest value (by the period it
  covers, then the document's publication date), how many documents report it, the smallest and
  largest value where sources disagree, and the document and page of the latest.
- ``cluster_factors``: one row per cluster x success factor with the number of documents claiming it.
"""
from __future__ import annotations

import os
from pathlib import Path

from pipeline.store import TABLES

CATALOG = "catalog.duckdb"

_LATEST = "ORDER BY period_end DESC NULLS LAST, published DESC NULLS LAST, doc_id, page"
VIEWS = {
    "cluster_figures": f"""
        CREATE VIEW cluster_figures AS
        WITH f AS (
            SELECT s.cluster_id, s.metric, s.unit, s.value, s.qualifier, s.period_start, s.period_end,
                   s.doc_id, s.page, s.text, s.evidence, d.published, d.source
            FROM statistics s JOIN documents d USING (doc_id)
            WHERE s.cluster_id IS NOT NULL
        )
        SELECT f.cluster_id, c.name, f.metric, f.unit,
               first(f.value {_LATEST}) AS value,
               first(f.qualifier {_LATEST}) AS qualifier,
               first(f.period_start {_LATEST}) AS period_start,
               first(f.period_end {_LATEST}) AS period_end,
               count(DISTINCT f.doc_id) AS documents,
               min(f.value) AS min_value,
               max(f.value) AS max_value,
               min(f.value) <> max(f.value) AS sources_disagree,
               first(f.doc_id {_LATEST}) AS doc_id,
               first(f.source {_LATEST}) AS source,
               first(f.page {_LATEST}) AS page
        FROM f LEFT JOIN clusters c USING (cluster_id)
        GROUP BY f.cluster_id, c.name, f.metric, f.unit
        ORDER BY f.cluster_id, f.metric, f.unit""",
    "cluster_factors": """
        CREATE VIEW cluster_factors AS
        SELECT s.cluster_id, c.name, s.factor, count(DISTINCT s.doc_id) AS documents
        FROM success_factors s LEFT JOIN clusters c USING (cluster_id)
        WHERE s.cluster_id IS NOT NULL
        GROUP BY s.cluster_id, c.name, s.factor
        ORDER BY s.cluster_id, s.factor""",
}


def catalog_path(out: str | os.PathLike) -> Path:
    return Path(out) / CATALOG


def write_catalog(out: str | os.PathLike) -> Path:
    """Build the catalog from the Parquet tables under ``out`` in a temporary file, then swap it
    in: a reader never sees a half-written catalog."""
    import duckdb

    out = Path(out)
    final = catalog_path(out)
    tmp = out / f".tmp-{CATALOG}"
    for p in (tmp, Path(f"{tmp}.wal")):
        p.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(tmp))
        try:
            for name in TABLES:
                path = str(out / f"{name}.parquet").replace("'", "''")
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet('{path}')")
            for sql in VIEWS.values():
                con.execute(sql)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, final)
    except (duckdb.IOException, OSError) as e:  # a full disk: the previous catalog stays
        for p in (tmp, Path(f"{tmp}.wal")):
            p.unlink(missing_ok=True)
        raise OSError(f"{CATALOG}: {str(e).splitlines()[0]}") from None
    return final


def query(out: str | os.PathLike, sql: str):
    """(column names, rows) of ``sql`` run read-only on the catalog. Raises FileNotFoundError when
    there is no catalog and duckdb.Error for a bad query."""
    return query_many(out, [sql])[0]


def query_many(out: str | os.PathLike, sqls: list[str]) -> list[tuple[list[str], list[tuple]]]:
    """``query`` for several statements on one read-only connection (opening the catalog costs
    more than a small query)."""
    import duckdb

    path = catalog_path(out)
    if not path.exists():
        raise FileNotFoundError(path)
    con = duckdb.connect(str(path), read_only=True)
    try:
        results = []
        for sql in sqls:
            cur = con.execute(sql)
            results.append(([d[0] for d in cur.description] if cur.description else [], cur.fetchall()))
        return results
    finally:
        con.close()
