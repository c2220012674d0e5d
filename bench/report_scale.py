"""How large and how slow the report and catalog get: synthetic tables of N clusters and M
documents (each document: 20 figures and 8 factor claims about a few clusters), then the
catalog and report built as a run builds them. Prints the sizes and seconds.

    .venv/bin/python bench/report_scale.py [--clusters 200] [--documents 1000]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from pipeline import tables
from pipeline.catalog import write_catalog
from pipeline.report import FACTORS, KEY_METRICS, write_report


def synthetic(n_clusters: int, n_docs: int, seed: int = 7) -> dict:
    rnd = random.Random(seed)
    clusters = [{"cluster_id": f"cluster-{i:04d}", "name": f"Cluster {i} Science Park", "name_ko": f"클러스터 {i} 과학단지",
                 "aliases": [f"클러스터{i}"], "country": rnd.choice(["US", "GB", "KR", "DE", "FR", "CN"]),
                 "region": f"City {i % 50}", "sector": rnd.choice(["ICT", "biotech", "semiconductors"]), "documents": 0,
                 "signals": ["head"]} for i in range(n_clusters)]
    docs, stats, mentions, factors = [], [], [], []
    for d in range(n_docs):
        doc_id = f"{d:064x}"
        docs.append({"doc_id": doc_id, "source": f"doc-{d:05d}.pdf", "kind": "report", "language": "ko", "title": f"Report {d}",
                     "published": f"20{10 + d % 14}-0{1 + d % 9}-01", "publisher": "KOTRA", "pages": 12, "status": "ok",
                     "error": None, "format": "pdf", "size_bytes": 100000, "parser_version": "x", "rules_version": "x",
                     "duplicate_of": None})
        about = rnd.sample(clusters, 3)
        for k in range(20):
            c = about[k % 3]
            metric = rnd.choice(KEY_METRICS + ["share", "growth", "revenue"])
            stats.append({"doc_id": doc_id, "cluster_id": c["cluster_id"], "metric": metric, "metric_label": metric,
                          "value": float(rnd.randint(10, 100000)), "unit": "count", "qualifier": "exact",
                          "period_start": None, "period_end": None, "text": "1,234개", "page": 1 + k % 12,
                          "char_start": k * 10, "char_end": k * 10 + 5,
                          "evidence": "입주기업은 약 1,234개로 집계됐으며 전년보다 12% 늘었다. " * 3})
            mentions.append({"doc_id": doc_id, "cluster_id": c["cluster_id"], "text": c["name"], "page": 1, "char_start": k,
                             "char_end": k + 5})
        for k in range(8):
            factors.append({"doc_id": doc_id, "cluster_id": about[k % 3]["cluster_id"], "country": None,
                            "factor": rnd.choice(FACTORS), "evidence": "산학연 협력 네트워크가 활발하다. " * 3, "page": 2,
                            "char_start": k})
    return {"documents": docs, "clusters": clusters, "cluster_mentions": mentions, "statistics": stats,
            "success_factors": factors}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clusters", type=int, default=200)
    ap.add_argument("--documents", type=int, default=1000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        rows = synthetic(a.clusters, a.documents)
        tables.write_tables(out, {t: tables.to_frame(t, r) for t, r in rows.items()})
        t0 = time.perf_counter()
        write_catalog(out)
        t1 = time.perf_counter()
        write_report(out)
        t2 = time.perf_counter()
        print(f"{a.clusters} clusters, {a.documents} documents, {len(rows['statistics'])} figures: catalog "
              f"{(out / 'catalog.duckdb').stat().st_size / 1e6:.1f} MB in {t1 - t0:.1f} s, report "
              f"{(out / 'report.html').stat().st_size / 1e6:.1f} MB in {t2 - t1:.1f} s")


if __name__ == "__main__":
    main()
