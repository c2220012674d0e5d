"""The analyst's view (issue: report, DuckDB catalog, SQL): what every run leaves beside the
tables, checked on the sample run, and the report opened in a real headless browser."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline.store import TABLES
from tests.conftest import cli_cmd, cli_env

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


def test_the_catalog_holds_the_tables_with_the_parquet_counts_and_the_views(sample_run):
    out = sample_run[1]
    con = duckdb.connect(str(out / "catalog.duckdb"), read_only=True)
    try:
        for t in TABLES:
            assert con.execute(f"select count(*) from {t}").fetchone()[0] == len(pd.read_parquet(out / f"{t}.parquet")), t
        figures = con.execute("select cluster_id, metric, unit, value, documents, min_value, max_value from cluster_figures").fetchall()
        assert ("mcity", "companies", "count", 52.0, 5, 52.0, 52.0) in figures  # the 5 documents agree
        stats = pd.read_parquet(out / "statistics.parquet")
        assert len(figures) == len(stats.dropna(subset=["cluster_id"]).groupby(["cluster_id", "metric", "unit"]))
        factors = dict(((c, f), n) for c, f, n in con.execute("select cluster_id, factor, documents from cluster_factors").fetchall())
        sf = pd.read_parquet(out / "success_factors.parquet").dropna(subset=["cluster_id"])
        assert factors == {k: g.doc_id.nunique() for k, g in sf.groupby(["cluster_id", "factor"])}
    finally:
        con.close()
    assert not list(out.glob(".tmp-*"))  # swapped in, nothing half-written left


def test_sql_prints_a_table_or_csv_and_fails_with_one_line(sample_run):
    out = str(sample_run[1])
    ok = subprocess.run(cli_cmd("sql", "select cluster_id, value from cluster_figures where metric = 'companies' order by 1",
                                "--out", out), env=cli_env(), capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0
    lines = ok.stdout.splitlines()
    assert lines[0].split() == ["cluster_id", "value"] and set(lines[1]) <= {"-", " "} and "mcity" in ok.stdout
    assert lines[-1] == "(5 rows)"
    csv = subprocess.run(cli_cmd("sql", "select cluster_id from clusters order by 1", "--out", out, "--csv"),
                         env=cli_env(), capture_output=True, text=True, timeout=120)
    assert csv.stdout.splitlines()[:2] == ["cluster_id", "boston-biotech"]
    bad = subprocess.run(cli_cmd("sql", "select * from nowhere", "--out", out), env=cli_env(), capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode == 1 and bad.stdout == "" and len(bad.stderr.strip().splitlines()) == 1
    assert "bad query" in bad.stderr and "nowhere" in bad.stderr


def test_the_report_is_one_offline_file_naming_every_cluster(sample_run):
    out = sample_run[1]
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in page and "@import" not in page and "url(" not in page
    for name in pd.read_parquet(out / "clusters.parquet").name:
        assert name in page
    assert page.count("<svg") >= 2 and "NanumGothic" in page


@pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Chromium and ChromeDriver are not installed here "
                    "(apt-get install chromium chromium-driver; `make test` does it when run as root)")
def test_the_report_opens_in_a_real_browser(sample_run, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1300,1800",
              f"--user-data-dir={tmp_path / 'profile'}"):
        opts.add_argument(a)
    opts.binary_location = CHROMIUM
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    try:
        driver.get((sample_run[1] / "report.html").resolve().as_uri())
        body = driver.find_element("tag name", "body").text
        for name in pd.read_parquet(sample_run[1] / "clusters.parquet").name:
            assert name in body
        assert len(driver.find_elements("tag name", "svg")) >= 2
        assert [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")] == []
        driver.find_element("css selector", "details summary").click()  # a cluster's section opens
        assert driver.find_element("css selector", "details table").is_displayed()
        shot = tmp_path / "report.png"
        driver.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        driver.quit()
