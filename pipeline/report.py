"""``processed/report.html``: what the tables say, for a person, in one self-contained file that
works offline (no script, stylesheet, font or image fetched; charts are inline SVG drawn here).

Built from the DuckDB catalog (``catalog.py``) after every run that rewrites the tables:
overview, a comparison table of clusters and their key figures, charts (companies and
employees per cluster, success factors by cluster, how often each factor is claimed), one
collapsed section per cluster (its names, every figure with its sentence, document and page,
its factors with the evidence, values side by side where sources disagree) and the documents.
"""
from __future__ import annotations

import html
import os
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

from pipeline.catalog import query_many

REPORT = "report.html"
KEY_METRICS = ["companies", "startups", "employees", "researchers", "area", "investment"]
FACTORS = ["collaboration_network", "industry_academia", "rd_infrastructure", "talent", "startup_support", "anchor_firms",
           "government_support", "investment_attraction", "access_to_capital", "open_innovation", "location_connectivity"]
MAX_BARS = 30  # clusters in a bar chart (the largest)
MAX_HEAT = 40  # clusters in the heat map (those with the most claims)
MAX_EVIDENCE = 300

_CSS = """
body{font-family:"Noto Sans KR","Noto Sans CJK KR","NanumGothic","Nanum Gothic","Malgun Gothic","Apple SD Gothic Neo",
"Segoe UI",Helvetica,Arial,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1d2430;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:2px solid #d7dde5;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.86rem}th,td{border:1px solid #d7dde5;padding:.25rem .5rem;
vertical-align:top;text-align:left}th{background:#eef2f7}td.n{text-align:right;white-space:nowrap}
.ov{display:flex;gap:1rem;flex-wrap:wrap}.ov div{background:#eef2f7;border-radius:6px;padding:.6rem 1rem}
.ov b{display:block;font-size:1.4rem}details{border:1px solid #d7dde5;border-radius:6px;margin:.4rem 0;padding:.3rem .8rem}
summary{cursor:pointer;font-weight:600}.muted{color:#66707d}.ev{color:#3d4754;font-size:.82rem}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.warn{color:#9a3412}
"""


def report_path(out: str | os.PathLike) -> Path:
    return Path(out) / REPORT


def write_report(out: str | os.PathLike, built_at: datetime | None = None) -> Path:
    """Build the report from the catalog under ``out``; written to a temporary file and swapped in."""
    out = Path(out)
    data = _load(out)
    page = _page(data, built_at or datetime.now(timezone.utc))
    tmp = out / f".tmp-{REPORT}"
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, report_path(out))
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return report_path(out)


# ------------------------------------------------------------------ data

def _load(out: Path) -> dict:
    queries = {
        "documents": "SELECT * FROM documents ORDER BY source",
        "clusters": "SELECT * FROM clusters ORDER BY cluster_id",
        "figures": "SELECT * FROM cluster_figures",
        "factors": "SELECT * FROM cluster_factors",
        "statistics": """SELECT s.*, d.source FROM statistics s JOIN documents d USING (doc_id)
                         WHERE s.cluster_id IS NOT NULL ORDER BY s.cluster_id, s.metric, d.source, s.page, s.char_start""",
        "claims": """SELECT f.*, d.source FROM success_factors f JOIN documents d USING (doc_id)
                     ORDER BY f.cluster_id, f.factor, d.source, f.page""",
        **{f"counts.{t}": f"SELECT doc_id, count(*) AS n FROM {t} GROUP BY doc_id"
           for t in ("cluster_mentions", "statistics", "success_factors")},
        "rules": "SELECT max(rules_version) AS v FROM documents",
    }
    results = query_many(out, list(queries.values()))
    rows = {name: [dict(zip(cols, r)) for r in found] for name, (cols, found) in zip(queries, results)}
    data = {k: v for k, v in rows.items() if not k.startswith("counts.")}
    data["counts"] = {k.split(".", 1)[1]: v for k, v in rows.items() if k.startswith("counts.")}
    data["rules"] = rows["rules"][0]["v"]
    return data


# ------------------------------------------------------------------ page

def _e(x) -> str:
    return html.escape("" if x is None else str(x))


def _num(v, unit: str | None = None) -> str:
    if v is None:
        return ""
    v = float(v)
    s = f"{v:,.0f}" if abs(v) >= 100 or v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{s} {unit}" if unit and unit not in ("count",) else s


def _page(d: dict, built_at: datetime) -> str:
    parts = [f"<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>Innovation clusters — report</title>"
             f"<style>{_CSS}</style></head><body>",
             "<h1>Innovation clusters: what the documents say</h1>",
             f"<p class='muted'>Built {built_at.strftime('%Y-%m-%d %H:%M UTC')} · rules {_e(d['rules'])}</p>"]
    parts += [_overview(d), _comparison(d), _charts(d), _cluster_sections(d), _documents(d), "</body></html>"]
    return "\n".join(parts)


def _overview(d: dict) -> str:
    by_status = defaultdict(int)
    for doc in d["documents"]:
        by_status[doc["status"]] += 1
    cards = [("documents", len(d["documents"])), ("clusters", len(d["clusters"])),
             ("figures", len(d["statistics"])), ("factor claims", len(d["claims"]))]
    status = ", ".join(f"{_e(k)} {v}" for k, v in sorted(by_status.items()))
    return ("<h2 id='overview'>Overview</h2><div class='ov'>"
            + "".join(f"<div><b>{v:,}</b>{_e(k)}</div>" for k, v in cards)
            + f"</div><p>Documents by status: {status or 'none'}.</p>")


def _key_figures(d: dict) -> dict[str, dict[str, dict]]:
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for f in d["figures"]:
        if f["metric"] in KEY_METRICS:
            cur = out[f["cluster_id"]].get(f["metric"])
            if cur is None or f["documents"] > cur["documents"]:  # of several units, the one most reported
                out[f["cluster_id"]][f["metric"]] = f
    return out


def _comparison(d: dict) -> str:
    keys = _key_figures(d)
    head = "".join(f"<th>{m}</th>" for m in KEY_METRICS)
    rows = []
    for c in d["clusters"]:
        figs = keys.get(c["cluster_id"], {})
        cells = "".join(f"<td class='n'>{_num(figs[m]['value'], figs[m]['unit'])}</td>" if m in figs else "<td></td>"
                        for m in KEY_METRICS)
        rows.append(f"<tr><td><a href='#c-{_e(c['cluster_id'])}'>{_e(c['name'])}</a></td><td>{_e(c['name_ko'])}</td>"
                    f"<td>{_e(c['country'])}</td><td>{_e(c['region'])}</td><td>{_e(c['sector'])}</td>{cells}"
                    f"<td class='n'>{_e(c['documents'])}</td></tr>")
    return ("<h2 id='comparison'>Clusters compared</h2><p class='muted'>Latest value of each key figure (by period, "
            "then publication date); the cluster's section has every value and its source.</p>"
            f"<table><tr><th>cluster</th><th>Korean name</th><th>country</th><th>region</th><th>sector</th>{head}"
            f"<th>documents</th></tr>{''.join(rows)}</table>")


def _charts(d: dict) -> str:
    keys = _key_figures(d)
    names = {c["cluster_id"]: c["name"] for c in d["clusters"]}
    companies = sorted(((names.get(k, k), v["companies"]["value"]) for k, v in keys.items() if "companies" in v),
                       key=lambda x: -x[1])[:MAX_BARS]
    employees = sorted(((names.get(k, k), v["employees"]["value"]) for k, v in keys.items() if "employees" in v),
                       key=lambda x: -x[1])[:MAX_BARS]
    claims = defaultdict(set)
    for c in d["claims"]:
        claims[c["factor"]].add(c["doc_id"])
    freq = [(f, len(claims.get(f, ()))) for f in FACTORS]
    return ("<h2 id='charts'>Charts</h2><div class='charts'>"
            + bar_chart("Companies per cluster", companies)
            + bar_chart("Employees per cluster", employees)
            + bar_chart("Documents claiming each success factor", freq)
            + "</div>" + heat_map(d, names))


def bar_chart(title: str, items: list[tuple[str, float]]) -> str:
    """A horizontal bar chart as inline SVG (labels as text: the browser's fonts draw Korean)."""
    if not items:
        return f"<figure><figcaption>{_e(title)}</figcaption><p class='muted'>No figures yet.</p></figure>"
    width, label_w, bar_h = 560, 220, 18
    top = max(v for _, v in items) or 1
    h = 30 + bar_h * len(items)
    rows = []
    for k, (label, v) in enumerate(items):
        y = 24 + k * bar_h
        w = (width - label_w - 80) * (v / top)
        rows.append(f"<text x='{label_w - 6}' y='{y + 13}' text-anchor='end' font-size='12'>{_e(str(label)[:34])}</text>"
                    f"<rect x='{label_w}' y='{y + 2}' width='{w:.1f}' height='{bar_h - 5}' fill='#3b6fb6'/>"
                    f"<text x='{label_w + w + 4:.1f}' y='{y + 13}' font-size='11'>{_num(v)}</text>")
    return (f"<figure><svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{h}' role='img' "
            f"aria-label='{_e(title)}'><text x='0' y='14' font-size='13' font-weight='bold'>{_e(title)}</text>"
            + "".join(rows) + "</svg></figure>")


def heat_map(d: dict, names: dict[str, str]) -> str:
    """Success factors by cluster: a cell per (cluster, factor), darker for more documents."""
    counts = {(f["cluster_id"], f["factor"]): f["documents"] for f in d["factors"]}
    totals = defaultdict(int)
    for (c, _), n in counts.items():
        totals[c] += n
    clusters = sorted(totals, key=lambda c: (-totals[c], c))[:MAX_HEAT]
    if not clusters:
        return "<p class='muted'>No success factors claimed for a cluster yet.</p>"
    top = max(counts.values())
    label_w, cell, head_h = 220, 26, 150
    width, height = label_w + cell * len(FACTORS) + 10, head_h + cell * len(clusters) + 10
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' role='img' "
             "aria-label='Success factors by cluster'>",
             "<text x='0' y='14' font-size='13' font-weight='bold'>Success factors by cluster (documents claiming)</text>"]
    for j, f in enumerate(FACTORS):
        x = label_w + j * cell + cell / 2
        parts.append(f"<text transform='translate({x:.0f},{head_h - 6}) rotate(-55)' font-size='11'>{_e(f)}</text>")
    for i, c in enumerate(clusters):
        y = head_h + i * cell
        parts.append(f"<text x='{label_w - 6}' y='{y + 17}' text-anchor='end' font-size='12'>{_e(str(names.get(c, c))[:34])}</text>")
        for j, f in enumerate(FACTORS):
            n = counts.get((c, f), 0)
            shade = "#f3f5f8" if not n else f"rgba(59,111,182,{0.25 + 0.75 * n / top:.2f})"
            parts.append(f"<rect x='{label_w + j * cell}' y='{y}' width='{cell - 2}' height='{cell - 2}' fill='{shade}'>"
                         f"<title>{_e(names.get(c, c))} · {f}: {n}</title></rect>")
            if n:
                parts.append(f"<text x='{label_w + j * cell + cell / 2 - 1:.0f}' y='{y + 17}' text-anchor='middle' "
                             f"font-size='11' fill='#fff'>{n}</text>")
    parts.append("</svg>")
    return "<figure>" + "".join(parts) + "</figure>"


def _cluster_sections(d: dict) -> str:
    stats = defaultdict(list)
    for s in d["statistics"]:
        stats[s["cluster_id"]].append(s)
    claims = defaultdict(list)
    for c in d["claims"]:
        if c["cluster_id"]:
            claims[c["cluster_id"]].append(c)
    disagree = defaultdict(list)
    for f in d["figures"]:
        if f["sources_disagree"]:
            disagree[f["cluster_id"]].append(f)
    parts = ["<h2 id='clusters'>Clusters</h2><p class='muted'>One section per cluster; open one to see every figure "
             "and claim with its source.</p>"]
    for c in d["clusters"]:
        cid = c["cluster_id"]
        aliases = ", ".join(_e(a) for a in (c["aliases"] or []))
        body = [f"<p><b>{_e(c['name'])}</b> {_e(c['name_ko'] or '')} · {_e(c['country'] or '')} {_e(c['region'] or '')}"
                f"<br><span class='muted'>also: {aliases or '—'} · id {_e(cid)}</span></p>"]
        if stats[cid]:
            body.append("<table><tr><th>metric</th><th>value</th><th>qualifier</th><th>period</th><th>document</th>"
                        "<th>page</th><th>sentence</th></tr>" + "".join(
                            f"<tr><td>{_e(s['metric'])}<br><span class='muted'>{_e(s['metric_label'])}</span></td>"
                            f"<td class='n'>{_num(s['value'], s['unit'])}</td><td>{_e(s['qualifier'])}</td>"
                            f"<td>{_e(s['period_start'] or '')}{'–' + _e(s['period_end']) if s['period_end'] else ''}</td>"
                            f"<td>{_e(s['source'])}</td><td class='n'>{_e(s['page'])}</td>"
                            f"<td class='ev'>{_e((s['evidence'] or '')[:MAX_EVIDENCE])}</td></tr>" for s in stats[cid])
                        + "</table>")
        if disagree[cid]:
            body.append("<p class='warn'>Sources disagree:</p><ul>" + "".join(
                f"<li>{_e(f['metric'])} ({_e(f['unit'])}): "
                + ", ".join(f"{_num(s['value'])} ({_e(s['source'])} p.{_e(s['page'])})"
                            for s in stats[cid] if s["metric"] == f["metric"] and s["unit"] == f["unit"])
                + "</li>" for f in disagree[cid]) + "</ul>")
        if claims[cid]:
            body.append("<table><tr><th>success factor</th><th>document</th><th>page</th><th>evidence</th></tr>" + "".join(
                f"<tr><td>{_e(x['factor'])}</td><td>{_e(x['source'])}</td><td class='n'>{_e(x['page'])}</td>"
                f"<td class='ev'>{_e((x['evidence'] or '')[:MAX_EVIDENCE])}</td></tr>" for x in claims[cid]) + "</table>")
        parts.append(f"<details id='c-{_e(cid)}'><summary>{_e(c['name'])}"
                     f"{' · ' + _e(c['name_ko']) if c['name_ko'] else ''} <span class='muted'>({len(stats[cid])} figures, "
                     f"{len(claims[cid])} claims)</span></summary>{''.join(body)}</details>")
    return "".join(parts)


def _documents(d: dict) -> str:
    counts = {t: {r["doc_id"]: r["n"] for r in rows} for t, rows in d["counts"].items()}
    rows = "".join(
        f"<tr><td>{_e(x['source'])}</td><td>{_e(x['status'])}</td><td class='n'>{_e(x['pages'] if x['pages'] is not None else '')}</td>"
        f"<td class='n'>{counts['cluster_mentions'].get(x['doc_id'], 0)}</td><td class='n'>{counts['statistics'].get(x['doc_id'], 0)}</td>"
        f"<td class='n'>{counts['success_factors'].get(x['doc_id'], 0)}</td><td>{_e(x['title'])}</td>"
        f"<td class='warn'>{_e(x['error'] if x['status'] != 'ok' else '')}</td></tr>" for x in d["documents"])
    return ("<h2 id='documents'>Documents</h2><table><tr><th>source</th><th>status</th><th>pages</th><th>mentions</th>"
            f"<th>figures</th><th>factors</th><th>title</th><th>error and what to do</th></tr>{rows}</table>")
