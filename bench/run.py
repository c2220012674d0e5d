"""Benchmark: throughput, overhead and memory of cluster-pipeline on a generated corpus.

    .venv/bin/python bench/run.py [--docs 20] [--pages 50] [--big-pages 1000] [--repeat 3] [--work bench/work]

Generates report-like PDFs (Korean and English, two-column pages, ruled tables) with reportlab
and the Nanum fonts (installed with apt-get when missing and possible; otherwise reportlab's
built-in CID Korean font), then times side by side:
  (a) pdfplumber alone extracting every page's text, (b) poppler's pdftotext (the floor),
  (c) `cluster-pipeline ingest` with 1 and 2 workers, (d) a second, incremental ingest of the
  unchanged folder, (e) `reprocess --force`, and the peak memory of one 1,000-page PDF.
Writes bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NANUM = [Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"), Path("/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf")]


def ensure_tools() -> dict:
    """Nanum fonts and poppler-utils from Debian's packages when missing (root only)."""
    have = {"nanum": NANUM[0].exists(), "pdftotext": shutil.which("pdftotext") is not None}
    missing = [pkg for pkg, ok in (("fonts-nanum", have["nanum"]), ("poppler-utils", have["pdftotext"])) if not ok]
    if missing and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "update", "-qq"], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return {"nanum": NANUM[0].exists(), "pdftotext": shutil.which("pdftotext") is not None}


# ------------------------------------------------------------------ corpus

def _fonts(nanum: bool) -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if nanum:
        pdfmetrics.registerFont(TTFont("Nanum", str(NANUM[0])))
        pdfmetrics.registerFont(TTFont("NanumM", str(NANUM[1]) if NANUM[1].exists() else str(NANUM[0])))
        return "NanumM", "Nanum"
    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    return "HYSMyeongJo-Medium", "HYSMyeongJo-Medium"


def _sentences(rng: random.Random, lang: str) -> list[str]:
    """Sentences about clusters, built from the project's own vocabularies."""
    from pipeline.rules import load_rules

    gaz = load_rules("clusters")["gazetteer"]
    geo = load_rules("geo")["places"]
    out = []
    for _ in range(40):
        g = rng.choice(gaz)
        place = rng.choice(geo)
        n1, n2, n3 = rng.randint(20, 3000), rng.randint(1, 90), rng.randint(2000, 90000)
        y = rng.randint(2012, 2022)
        if lang == "ko":
            ko = (g.get("names") or [g["name"]])[0]
            pko = place["names"][0]
            out += [
                f"{pko}에 위치한 {ko}({g['name']}) 클러스터에는 약 {n1:,}개 기업과 {n3:,}여명의 연구인력이 입주해 있다.",
                f"{y}년 한 해 동안 입주기업 간 교류 행사가 {n2}회 이상 열려 협업 네트워크가 활발하다.",
                f"정부는 {y}년부터 {y + 3}년까지 총 {n2}억 유로를 지원했으며, 인근 대학과의 산학협력도 강화하고 있다.",
            ]
        else:
            out += [
                f"{g['name']} in {place['en']} is home to about {n1:,} companies, including Ericsson and Siemens.",
                f"More than {n3:,} researchers work there, and {n2} networking events were held in {y}.",
                f"The government invested EUR {n2} million between {y} and {y + 3} in shared test facilities.",
            ]
    return out


def _wrap(c, text, width, font, size):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if c.stringWidth(trial, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def make_report(path: Path, lang: str, pages: int, seed: int, fonts: tuple[str, str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    body, bold = fonts
    if lang == "en":
        body, bold = "Helvetica", "Helvetica-Bold"
    rng = random.Random(seed)
    sents = _sentences(rng, lang)
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    for pg in range(1, pages + 1):
        c.setFont(body, 8)
        c.drawString(50, h - 30, "해외 혁신클러스터 동향 보고서" if lang == "ko" else "Overseas innovation clusters report")
        c.drawCentredString(w / 2, 25, f"- {pg} -")
        y = h - 70
        c.setFont(bold, 13)
        c.drawString(50, y, f"{pg}. " + (sents[pg % len(sents)].split(" ")[0] + (" 현황" if lang == "ko" else " overview")))
        y -= 26
        two_col = pg % 3 == 0
        cols = [(50, (w - 100) / 2 - 10), (w / 2 + 5, (w - 100) / 2 - 10)] if two_col else [(50, w - 100)]
        for x, width in cols:
            yy = y
            for k in range(7 if two_col else 6):
                para = " ".join(rng.choice(sents) for _ in range(3))
                c.setFont(body, 9.5)
                for line in _wrap(c, para, width, body, 9.5):
                    if yy < 200:
                        break
                    c.drawString(x, yy, line)
                    yy += -13
                yy -= 8
        if pg % 5 == 0:  # a ruled table at the bottom of the page
            header = ["국가", "클러스터", "입주기업", "비중"] if lang == "ko" else ["Country", "Cluster", "Companies", "Share"]
            rows = [header] + [[rng.choice(["영국", "미국", "독일"]) if lang == "ko" else rng.choice(["UK", "US", "Germany"]),
                                rng.choice(sents).split(" ")[0][:14], f"{rng.randint(10, 900)}개사" if lang == "ko"
                                else str(rng.randint(10, 900)), f"{rng.randint(1, 99)}%"] for _ in range(5)]
            top, rh, cw = 180, 18, (w - 100) / 4
            c.setFont(body, 9)
            for r, row in enumerate(rows):
                for i, cell in enumerate(row):
                    c.rect(50 + i * cw, top - (r + 1) * rh, cw, rh)
                    c.drawString(54 + i * cw, top - (r + 1) * rh + 5, cell)
        c.showPage()
    c.save()


def make_corpus(raw: Path, docs: int, pages: int, fonts) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    for i in range(docs):
        lang = "ko" if i % 2 == 0 else "en"
        p = raw / f"report_{i:02d}_{lang}.pdf"
        if not p.exists():
            make_report(p, lang, pages, seed=i, fonts=fonts)
    old = time.time() - 3600
    for p in raw.iterdir():
        os.utime(p, (old, old))


# ------------------------------------------------------------------ measurements

class PeakRSS:
    """Peak RSS of a process tree (the largest single process, and the whole tree)."""

    def __init__(self, pid: int):
        self.pid, self.peak_total, self.peak_one, self._stop = pid, 0, 0, False
        self.t = threading.Thread(target=self._run, daemon=True)
        self.t.start()

    def _run(self):
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop:
            try:
                procs = [root] + root.children(recursive=True)
                rss = []
                for p in procs:
                    try:
                        rss.append(p.memory_info().rss)
                    except psutil.Error:
                        pass
                self.peak_total = max(self.peak_total, sum(rss))
                self.peak_one = max([self.peak_one] + rss)
            except psutil.Error:
                break
            time.sleep(0.05)

    def stop(self):
        self._stop = True
        self.t.join(timeout=2)


def cli(args: list[str], env: dict) -> tuple[float, PeakRSS, str]:
    t = time.perf_counter()
    p = subprocess.Popen([str(Path(sys.executable).parent / "cluster-pipeline"), *args], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    mon = PeakRSS(p.pid)
    out, _ = p.communicate()
    mon.stop()
    dt = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"cluster-pipeline {' '.join(args)} failed:\n{out[-3000:]}")
    return dt, mon, out


def pdfplumber_alone(raw: Path) -> float:
    import pdfplumber

    t = time.perf_counter()
    for p in sorted(raw.glob("*.pdf")):
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
    return time.perf_counter() - t


def pdfium_alone(raw: Path) -> float:
    """PDFium (pypdfium2) alone: every page's text, the engine the text layer reads glyphs with."""
    import pypdfium2 as pdfium

    t = time.perf_counter()
    for p in sorted(raw.glob("*.pdf")):
        pdf = pdfium.PdfDocument(p)
        for page in pdf:
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
        pdf.close()
    return time.perf_counter() - t


def pdftotext_floor(raw: Path) -> float | None:
    if not shutil.which("pdftotext"):
        return None
    t = time.perf_counter()
    for p in sorted(raw.glob("*.pdf")):
        subprocess.run(["pdftotext", "-layout", str(p), os.devnull], check=True)
    return time.perf_counter() - t


def last_run(out: Path) -> dict:
    lines = (out / "_state" / "runs.jsonl").read_text().strip().splitlines()
    return json.loads(lines[-1])


def _work(run: dict) -> float:
    return run["work_s"] if run.get("work_s") is not None else run["busy_s"]


def one_document_overhead(work: Path, env: dict, api_url: str | None) -> tuple[float, float | None]:
    """(wall time minus document time, seconds from the CLI's start to the document's start) of a
    one-document ingest (a new note each time), after one warm-up run: against ``api_url``, or
    with the CLI's temporary server when None."""
    cenv = {**env, "PREFECT_HOME": str(work / "prefect_home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    if api_url:
        cenv["PREFECT_API_URL"] = api_url
    else:
        cenv.pop("PREFECT_API_URL", None)
    raw, out = work / "one_raw", work / "one_out"
    shutil.rmtree(raw, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    raw.mkdir(parents=True)
    overheads, starts = [], []
    for i in range(2):
        (raw / f"note_{i}.txt").write_text(f"제목 {i}\n\n메디콘 밸리(Medicon Valley)에는 {350 + i}여개 기업이 있다.\n",
                                          encoding="utf-8")
        os.utime(raw / f"note_{i}.txt", (time.time() - 3600,) * 2)
        dt, _, _ = cli(["ingest", "--raw", str(raw), "--out", str(out), "--workers", "1"], cenv)
        overheads.append(dt - _work(last_run(out)))
        starts.append(last_run(out).get("first_document_s"))
    return overheads[-1], starts[-1]


def paired_ingests(raw: Path, work: Path, prefix: str, env: dict, repeat: int) -> dict:
    """Full ingests with 1 and with 2 workers, ``repeat`` times in turn (1, 2, 1, 2, ...): on a
    shared or throttled machine the speed drifts by several percent within minutes, so each
    2-worker run is compared with the 1-worker run just before it, and the medians are reported
    (every pair's ratio is listed too). Each run starts from an empty output folder."""
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(max(1, repeat)):
        for workers in (1, 2):
            out = work / f"{prefix}_w{workers}"
            shutil.rmtree(out, ignore_errors=True)
            dt, mon, _ = cli(["ingest", "--raw", str(raw), "--out", str(out), "--workers", str(workers)], env)
            run = last_run(out)
            # busy_s: seconds spent inside documents, summed over processes; work_s: wall-clock
            # seconds during which some document was in a process's hands
            runs[workers].append({"wall": dt, "busy_s": run["busy_s"], "work_s": _work(run), "peak_one": mon.peak_one,
                                  "peak_total": mon.peak_total})
    res: dict = {}
    for workers, rs in runs.items():
        res[workers] = {k: statistics.median(r[k] for r in rs) for k in ("wall", "busy_s", "work_s")}
        res[workers].update(peak_one=max(r["peak_one"] for r in rs), peak_total=max(r["peak_total"] for r in rs),
                            walls=[r["wall"] for r in rs])
    res["ratios"] = [r1["wall"] / r2["wall"] for r1, r2 in zip(runs[1], runs[2])]
    res["ratio"] = statistics.median(res["ratios"])
    return res


def _listed(values: list[float], fmt: str = "{:.2f}") -> str:
    return ", ".join(fmt.format(v) for v in values)


def server_mode_runs(work: Path, env: dict, raw: Path, repeat: int) -> dict | None:
    """Against a long-running Prefect server (how scheduled production runs work): the
    one-document overhead (after a warm-up run) and full ingests with 1 and 2 workers."""
    import urllib.request

    port = 4299
    senv = {**env, "PREFECT_HOME": str(work / "prefect_home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    server = subprocess.Popen([str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=senv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            return None
        api = f"http://127.0.0.1:{port}/api"
        out = {"overhead": one_document_overhead(work, env, api)}
        out.update(paired_ingests(raw, work, "out_server", {**senv, "PREFECT_API_URL": api}, repeat))
        return out
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = psutil.virtual_memory().total / 2**30
    return f"{cpu}; {os.cpu_count()} cores; {mem:.0f} GiB RAM; Python {platform.python_version()}; {platform.system()} {platform.release()}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--big-pages", type=int, default=1000)
    ap.add_argument("--work", default=str(ROOT / "bench" / "work"))
    ap.add_argument("--results", default=str(ROOT / "bench" / "RESULTS.md"))
    ap.add_argument("--repeat", type=int, default=3, help="interleaved 1- and 2-worker ingest pairs (medians reported)")
    a = ap.parse_args()

    tools = ensure_tools()
    fonts = _fonts(tools["nanum"])
    work = Path(a.work)
    raw = work / "raw"
    print(f"generating {a.docs} PDFs of {a.pages} pages in {raw} ...", flush=True)
    make_corpus(raw, a.docs, a.pages, fonts)
    pages = a.docs * a.pages
    env = dict(os.environ)

    print("(a) pdfplumber alone ...", flush=True)
    t_a = pdfplumber_alone(raw)
    print("(a2) pypdfium2 alone ...", flush=True)
    t_a2 = pdfium_alone(raw)
    print("(b) pdftotext ...", flush=True)
    t_b = pdftotext_floor(raw)

    print(f"(c) ingest with 1 and 2 workers, {a.repeat} interleaved pair(s) ...", flush=True)
    res = paired_ingests(raw, work, "out", env, a.repeat)
    out = work / "out_w2"
    print("(d) incremental ingest of the unchanged folder ...", flush=True)
    t_d, mon_d, _ = cli(["ingest", "--raw", str(raw), "--out", str(out), "--workers", "2"], env)
    print("(e) reprocess --force ...", flush=True)
    t_e, mon_e, _ = cli(["reprocess", "--out", str(out), "--workers", "2", "--force"], env)
    t_e1, _, _ = cli(["reprocess", "--out", str(out), "--workers", "1", "--force"], env)

    print("overhead of a one-document run with a temporary Prefect server ...", flush=True)
    first_overhead, first_start = one_document_overhead(work, env, None)
    print("against a running Prefect server: one-document overhead, ingest with 1 and 2 workers ...", flush=True)
    served = server_mode_runs(work, env, raw, a.repeat)
    server_overhead = served["overhead"][0] if served else None

    big_raw = work / "big_raw"
    shutil.rmtree(big_raw, ignore_errors=True)
    big_raw.mkdir(parents=True)
    print(f"generating one {a.big_pages}-page PDF ...", flush=True)
    make_report(big_raw / "big.pdf", "ko", a.big_pages, seed=99, fonts=fonts)
    os.utime(big_raw / "big.pdf", (time.time() - 3600,) * 2)
    big_out = work / "big_out"
    shutil.rmtree(big_out, ignore_errors=True)
    print("big PDF ingest ...", flush=True)
    t_big, mon_big, _ = cli(["ingest", "--raw", str(big_raw), "--out", str(big_out), "--workers", "1",
                             "--timeout", "3600"], env)

    mib = 2**20
    r1, r2 = res[1], res[2]
    overhead1 = r1["wall"] - r1["work_s"]
    overhead2 = r2["wall"] - r2["work_s"]
    rows = [
        ("(a) pdfplumber alone, text of every page", t_a, pages / t_a, ""),
        ("(a2) pypdfium2 alone, text of every page", t_a2, pages / t_a2, "the library the text layer reads glyphs with"),
        ("(b) pdftotext (poppler), the floor", t_b, pages / t_b if t_b else None, "" if t_b else "pdftotext not installed"),
        ("(c) ingest, 1 worker (wall, median)", r1["wall"], pages / r1["wall"],
         f"inside documents {r1['busy_s']:.1f} s; runs: {_listed(r1['walls'])} s"),
        ("(c) ingest, 2 workers (wall, median)", r2["wall"], pages / r2["wall"],
         f"inside documents {r2['busy_s']:.1f} s (both workers); runs: {_listed(r2['walls'])} s"),
        ("(d) incremental ingest, unchanged", t_d, None, ""),
        ("(e) reprocess --force, 2 workers", t_e, pages / t_e, "extraction only: no PDF is opened"),
        ("(e) reprocess --force, 1 worker", t_e1, pages / t_e1, ""),
        (f"one {a.big_pages}-page PDF, 1 worker", t_big, a.big_pages / t_big, ""),
    ]
    lines = [
        "# Benchmark results", "",
        f"Machine: {machine()}.", "",
        f"Corpus: {a.docs} generated report PDFs x {a.pages} pages = {pages} pages (Korean and English, every third "
        f"page two-column, a ruled table every fifth page; fonts: {'Nanum (TTF, embedded)' if tools['nanum'] else 'reportlab CID Korean'}).",
        f"Command: `.venv/bin/python bench/run.py --docs {a.docs} --pages {a.pages} --big-pages {a.big_pages} --repeat {a.repeat}`. "
        f"Run on {time.strftime('%Y-%m-%d')}.", "",
        "| what | seconds | pages/s | note |", "|---|---:|---:|---|",
    ]
    for name, t, pps, note in rows:
        lines.append(f"| {name} | {t:.2f} | {pps:.1f} | {note} |" if t is not None and pps is not None
                     else f"| {name} | {'' if t is None else f'{t:.2f}'} | | {note} |")
    lines += [
        "", "| ratio or figure | value | target |", "|---|---:|---|",
        f"| (c) 1 worker / (a) pdfplumber, wall | {r1['wall'] / t_a:.2f} | ≤ 0.4 |",
        f"| (c) 1 worker / (a) pdfplumber, document work only (summed over processes) | {r1['busy_s'] / t_a:.2f} | |",
        (f"| (c) 1 worker / (b) pdftotext, wall | {r1['wall'] / t_b:.1f} | |" if t_b else "| (c)/(b) | n/a | |"),
        f"| throughput 2 workers / 1 worker, wall (median over pairs run one after the other: "
        f"{_listed(res['ratios'])}) | {res['ratio']:.2f} | ≥ 1.7 |",
        f"| throughput 2 workers / 1 worker, document work | {2 * r1['busy_s'] / r2['busy_s']:.2f} | (2 if the cores did not slow each other) |",
        f"| (d) incremental ingest, seconds | {t_d:.2f} | ≤ 3 |",
        f"| (e) reprocess / (c) full ingest with 2 workers | {t_e / r2['wall']:.2f} | ≤ 0.5 |",
        f"| run overhead, 1 worker, temporary Prefect server (wall time with no document in hand) | {overhead1:.1f} s | ≤ 3 s |",
        f"| run overhead, 2 workers, temporary Prefect server (same) | {overhead2:.1f} s | |",
        (f"| run overhead, 1 small document, temporary Prefect server (a first run where no server exists) | "
         f"{first_overhead:.1f} s | ≤ 3 s |" if first_overhead is not None else "| run overhead, 1 small document, temporary server | n/a | |"),
        (f"| start-up: from the CLI's start to the first document in a worker, temporary Prefect server | "
         f"{first_start:.1f} s | ≤ 2 s |" if first_start is not None else "| start-up before the first document | n/a | |"),
        (f"| run start-up overhead, 1 document, running Prefect server (production) | {server_overhead:.1f} s | ≤ 3 s |"
         if server_overhead is not None else "| run start-up overhead, running Prefect server | n/a (server did not start) | |"),
        (f"| running Prefect server: (c) 1 worker {served[1]['wall']:.1f} s, 2 workers {served[2]['wall']:.1f} s "
         f"(medians); throughput 2 workers / 1 worker (pairs: {_listed(served['ratios'])}) | {served['ratio']:.2f} | ≥ 1.7 |"
         if served else
         "| running Prefect server: throughput 2 / 1 workers | n/a | |"),
        f"| peak RSS, largest process, 1 worker | {r1['peak_one'] / mib:.0f} MiB | |",
        f"| peak RSS, whole process tree, 2 workers | {r2['peak_total'] / mib:.0f} MiB | |",
        f"| peak RSS, largest process, {a.big_pages}-page PDF | {mon_big.peak_one / mib:.0f} MiB | ≤ 1024 MiB |",
    ]
    results = Path(a.results)
    kept = ""  # sections other scripts write (bench/scale.py: "## Scale ...") stay
    if results.exists():
        old = results.read_text(encoding="utf-8")
        at = old.find("\n## ")
        kept = old[at:] if at >= 0 else ""
    results.write_text("\n".join(lines) + "\n" + kept, encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
