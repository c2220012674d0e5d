"""--raw and --out on S3: a local S3-compatible server (moto's server mode) started by the test,
s3fs as the client. The tables from s3:// to s3:// equal those from local folders; later runs
upload only what changed and follow changes and removals in the bucket."""
import os
import shutil
import socket
import subprocess

import pandas as pd
import pytest

from tests.conftest import RAW, ROOT, cli_cmd, cli_env

TABLES = ("documents", "clusters", "cluster_mentions", "statistics", "success_factors")
FILES = ("kotra_2019-07-08_notice_web.txt", "kotra_2019-07-08_press_en.pdf")


@pytest.fixture(scope="module")
def s3():
    from moto.server import ThreadedMotoServer

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
           "FSSPEC_S3_ENDPOINT_URL": f"http://127.0.0.1:{port}"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    import fsspec

    # explicit: fsspec reads FSSPEC_* variables once, when first imported (maybe by an earlier
    # test); the CLI runs below start fresh processes and read them from their environment
    fs = fsspec.filesystem("s3", endpoint_url=env["FSSPEC_S3_ENDPOINT_URL"], key="testing", secret="testing",
                           skip_instance_cache=True)
    fs.mkdir("bucket")
    yield fs, env
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    server.stop()


def _env(tmp_path, s3env):
    env = {**cli_env(), **s3env, "CLUSTER_PIPELINE_CACHE": str(tmp_path / "cache"),
           "PREFECT_HOME": str(tmp_path / "prefect_home")}
    env.pop("PREFECT_API_URL", None)
    env.pop("PREFECT_PROFILE", None)
    return env


def _cli(env, *args):
    res = subprocess.run(cli_cmd(*args), capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    return res


def test_s3_to_s3_gives_the_tables_of_local_folders_and_follows_changes(tmp_path, s3):
    fs, s3env = s3
    env = _env(tmp_path, s3env)
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in FILES:
        shutil.copy(RAW / name, raw / name)
        fs.put_file(str(RAW / name), f"bucket/raw/{name}")
    local_out = tmp_path / "local_out"
    res = _cli(env, "ingest", "--raw", str(raw), "--out", str(local_out), "--workers", "1", "--settle", "0")
    assert res.returncode == 0, res.stdout + res.stderr

    res = _cli(env, "ingest", "--raw", "s3://bucket/raw", "--out", "s3://bucket/processed", "--workers", "1")
    both = res.stdout + res.stderr
    assert res.returncode == 0, both
    assert "Traceback" not in both
    assert "2 documents: 2 ok" in res.stdout
    for t in TABLES:  # the same rows, byte for byte
        assert fs.cat_file(f"bucket/processed/{t}.parquet") == (local_out / f"{t}.parquet").read_bytes(), t
    assert fs.exists("bucket/processed/catalog.duckdb") and fs.exists("bucket/processed/report.html")
    assert fs.exists("bucket/processed/_state/manifest.json") and not fs.exists("bucket/processed/_state/run.lock")

    # nothing changed: nothing uploaded
    res = _cli(env, "ingest", "--raw", "s3://bucket/raw", "--out", "s3://bucket/processed", "--workers", "1")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "s3://bucket/processed: 0 file(s) uploaded" in res.stdout

    # a file removed from the bucket (and --prune-removed) leaves the tables; reprocess works from the bucket alone
    fs.rm_file(f"bucket/raw/{FILES[1]}")
    res = _cli(env, "ingest", "--raw", "s3://bucket/raw", "--out", "s3://bucket/processed", "--workers", "1", "--prune-removed")
    assert res.returncode == 0, res.stdout + res.stderr
    with fs.open("bucket/processed/documents.parquet", "rb") as f:
        assert pd.read_parquet(f).source.tolist() == [FILES[0]]
    shutil.rmtree(tmp_path / "cache")  # another machine: nothing local
    res = _cli(env, "reprocess", "--out", "s3://bucket/processed", "--workers", "1", "--force")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "1 documents: 1 ok" in res.stdout or "1 document: 1 ok" in res.stdout, res.stdout


def test_a_missing_bucket_folder_is_one_clear_line(tmp_path, s3):
    _, s3env = s3
    res = _cli(_env(tmp_path, s3env), "ingest", "--raw", "s3://bucket/nothing-here", "--out", str(tmp_path / "out"))
    assert res.returncode == 2
    assert res.stderr.strip().splitlines() == ["cluster-pipeline: raw folder 's3://bucket/nothing-here' does not exist "
                                               "(create it and put the PDFs there)"]
