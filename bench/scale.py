"""Scale: how a run's cost grows with the documents already stored.

Generates N small web-capture documents (Korean and English, each about one of a few hundred
invented clusters, so that cross-document linking has work), ingests them all, then changes one
file and ingests again, then runs once more with nothing changed. Prints one Markdown row per N;
``--compare 40`` adds a row for a small folder to set the 1-change time against.

    .venv/bin/python bench/scale.py --docs 4000 --compare 40
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Aldmoor", "Brevik", "Castellan", "Dunmore", "Elsfield", "Farrowby", "Glenhaven", "Harwick", "Isterholm",
          "Jarrow Bay", "Kestrel", "Lindqvist", "Marlow", "Northgate", "Oakridge", "Pellham", "Quarry Hill", "Redcliff",
          "Saltmarsh", "Thornbury"]
SECTORS = ["biotech", "robotics", "semiconductor", "fintech", "battery", "aerospace", "medical device", "AI"]
KO_PLACES = ["한빛", "소래", "가온", "누리", "다온", "라온", "마루", "바림", "새봄", "아라"]
KO_SECTORS = ["바이오", "로봇", "반도체", "핀테크", "이차전지", "항공우주", "의료기기", "인공지능"]


def make_doc(i: int, rng: random.Random) -> tuple[str, str]:
    if i % 3 == 2:
        place, sector = rng.choice(KO_PLACES), rng.choice(KO_SECTORS)
        n, jobs = rng.randint(40, 900), rng.randint(1000, 40000)
        text = (f"{place} {sector} 클러스터 입주기업 {n}개 돌파\n\n"
                f"{place} {sector} 클러스터의 입주기업은 {n}개로 집계됐다. 고용 인원은 {jobs:,}명이다.\n\n"
                f"{place} {sector} 클러스터는 대학과 연구소가 가까이 있고 정부의 세제 지원을 받는다.\n")
        return f"ko_{i:06d}.txt", text
    place, sector = rng.choice(PLACES), rng.choice(SECTORS)
    n, jobs, year = rng.randint(40, 900), rng.randint(1000, 40000), rng.randint(2015, 2025)
    text = (f"{place} {sector} cluster passes {n} companies\n\n"
            f"The {place} {sector} cluster is home to {n} companies employing {jobs:,} people as of {year}.\n\n"
            f"Firms cite the nearby university's research and a steady supply of skilled engineers.\n")
    return f"en_{i:06d}.txt", text


def make_corpus(raw: Path, docs: int, seed: int = 7) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    old = time.time() - 3600
    for i in range(docs):
        name, text = make_doc(i, rng)
        p = raw / name
        p.write_text(text, encoding="utf-8")
        os.utime(p, (old, old))


REPEATS = 3  # one-change runs per size (the median is reported)
TRACEBACKS = [0]  # tracebacks printed by any run (a good run prints none)


def ingest(raw: Path, out: Path, workers: int) -> tuple[float, str]:
    t0 = time.perf_counter()
    res = subprocess.run([str(ROOT / ".venv" / "bin" / "cluster-pipeline"), "ingest", "--raw", str(raw), "--out", str(out),
                          "--workers", str(workers), "--settle", "0"], capture_output=True, text=True, cwd=ROOT)
    took = time.perf_counter() - t0
    if res.returncode != 0:
        sys.exit(f"ingest failed:\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}")
    TRACEBACKS[0] += (res.stdout + res.stderr).count("Traceback")
    return took, res.stdout


def last_run(out: Path) -> dict:
    return json.loads((out / "_state" / "runs.jsonl").read_text().strip().splitlines()[-1])


def row(work: Path, docs: int, workers: int) -> dict:
    raw, out = work / f"raw{docs}", work / f"out{docs}"
    make_corpus(raw, docs)
    full, _ = ingest(raw, out, workers)
    bad = json.loads(subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c",
                                     "import pandas as pd, json, sys; d = pd.read_parquet(sys.argv[1]); "
                                     "print(json.dumps(int((d.status != 'ok').sum())))", str(out / "documents.parquet")],
                                    capture_output=True, text=True, check=True).stdout)
    if bad:
        sys.exit(f"{bad} of {docs} documents are not ok after the full ingest: the measurement would mean nothing")
    ones, finals = [], []
    for k in range(REPEATS):  # one run is noisy on a small machine: the median of a few, each a different file
        changed = raw / sorted(os.listdir(raw))[(docs // 2 + k) % docs]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nIt added 12 companies last year.\n", encoding="utf-8")
        old = time.time() - 60
        os.utime(changed, (old, old))
        one, stdout = ingest(raw, out, workers)
        ones.append(one)
        finals.append(last_run(out)["finalize_s"])
    one, finalize = statistics.median(ones), statistics.median(finals)
    noop, _ = ingest(raw, out, workers)
    return {"docs": docs, "full": full, "one": one, "finalize": finalize, "noop": noop,
            "summary_lines": len(stdout.strip().splitlines()), "tracebacks": TRACEBACKS[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[4000])
    ap.add_argument("--compare", type=int, default=None, help="also a small folder of this many documents")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--work", default="/tmp/cluster-pipeline-scale")
    a = ap.parse_args()
    work = Path(a.work)
    if work.exists():
        subprocess.run(["rm", "-rf", str(work)], check=True)
    sizes = ([a.compare] if a.compare else []) + a.docs
    print("| stored documents | full ingest | ingest with 1 changed file | of which tables (finalize) | no-op | summary lines "
          "| tracebacks |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        TRACEBACKS[0] = 0
        r = row(work, n, a.workers)
        print(f"| {r['docs']:,} | {r['full']:.1f} s | {r['one']:.2f} s | {r['finalize']:.2f} s | {r['noop']:.2f} s "
              f"| {r['summary_lines']} | {r['tracebacks']} |", flush=True)


if __name__ == "__main__":
    main()
