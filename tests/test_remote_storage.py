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
    # the tests that run pipeline code in this process: fsspec's configuration, as the variables
    # above would have made it in a fresh process
    import fsspec.config

    old_conf = fsspec.config.conf.get("s3")
    fsspec.config.conf["s3"] = {**(old_conf or {}), "endpoint_url": env["FSSPEC_S3_ENDPOINT_URL"],
                                "key": "testing", "secret": "testing"}
    yield fs, env
    if old_conf is None:
        fsspec.config.conf.pop("s3", None)
    else:
        fsspec.config.conf["s3"] = old_conf
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


def _local_reference(tmp_path, fs, env, bucket_raw: str):
    """The sample files in a local folder and in ``bucket_raw``; the tables of a local ingest."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in FILES:
        shutil.copy(RAW / name, raw / name)
        fs.put_file(str(RAW / name), f"{bucket_raw}/{name}")
    local_out = tmp_path / "local_out"
    res = _cli(env, "ingest", "--raw", str(raw), "--out", str(local_out), "--workers", "1", "--settle", "0")
    assert res.returncode == 0, res.stdout + res.stderr
    return local_out


def test_s3_to_s3_gives_the_tables_of_local_folders_and_follows_changes(tmp_path, s3):
    fs, s3env = s3
    env = _env(tmp_path, s3env)
    local_out = _local_reference(tmp_path, fs, env, "bucket/raw")

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


def test_a_job_on_shared_storage_needs_nothing_of_the_runners_disk(tmp_path, s3):
    """What a Dask worker on another machine does: the job names the runner's mirror paths, which
    do not exist here; the worker reads the input and the caches from the bucket and writes the
    caches it made back there, and says which."""
    from pipeline.parse import file_digest
    from pipeline.remote import for_shared_storage, run_shared_job
    from pipeline.rules import rules_dir
    from pipeline.run import process_job

    fs, _ = s3
    name = FILES[0]
    fs.put_file(str(RAW / name), f"bucket/w/raw/sub/{name}")
    runner = tmp_path / "runner-mirror"  # never created
    job = {"path": str(runner / "raw" / "sub" / name), "source": f"sub/{name}", "doc_id": file_digest(RAW / name),
           "out": str(runner / "out"), "timeout": 600, "max_rss_mb": 3072, "rules_dir": str(rules_dir())}
    [shared] = for_shared_storage([job], str(runner / "raw"), "s3://bucket/w/raw", "s3://bucket/w/out")
    res = run_shared_job(shared, process_job)
    assert res["status"] == "ok" and res["counts"]["statistics"] > 0, res
    assert [r.split("/")[1] for r in res["uploaded"]] == ["extracted", "parsed"]
    for rel in res["uploaded"]:
        assert fs.exists(f"bucket/w/out/{rel}")
    assert not runner.exists()

    again = run_shared_job(shared, process_job)  # caches in the bucket: nothing made, nothing written
    assert again["parsed_from_cache"] and again["uploaded"] == [] and again["deleted"] == []
    assert again["counts"] == res["counts"]

    # a reprocess job: the stored parse is used, the input is not fetched (it is gone from the bucket)
    fs.rm_file(f"bucket/w/raw/sub/{name}")
    rep = {**job, "path": None, "stage": "extract", "force": True, "raw": str(runner / "raw")}
    [shared] = for_shared_storage([rep], str(runner / "raw"), "s3://bucket/w/raw", "s3://bucket/w/out")
    res2 = run_shared_job(shared, process_job)
    assert res2["status"] == "ok" and res2["counts"] == res["counts"]
    assert [r.split("/")[1] for r in res2["uploaded"]] == ["extracted"]


def test_dask_workers_read_and_write_the_bucket_and_give_the_local_tables(tmp_path, s3):
    from distributed import LocalCluster

    fs, s3env = s3
    env = _env(tmp_path, s3env)
    local_out = _local_reference(tmp_path, fs, env, "bucket/d/raw")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        res = _cli(env, "ingest", "--raw", "s3://bucket/d/raw", "--out", "s3://bucket/d/processed",
                   "--dask-address", cluster.scheduler_address)
    both = res.stdout + res.stderr
    assert res.returncode == 0, both
    assert "Traceback" not in both
    for t in TABLES:
        assert fs.cat_file(f"bucket/d/processed/{t}.parquet") == (local_out / f"{t}.parquet").read_bytes(), t
    caches = fs.find("bucket/d/processed/_state/parsed") + fs.find("bucket/d/processed/_state/extracted")
    assert len(caches) == 4
    # the workers uploaded the four caches; the runner uploaded only its state, tables and reports
    n_up = int(res.stdout.split("s3://bucket/d/processed: ")[1].split(" file")[0])
    local_files = [p for p in local_out.rglob("*") if p.is_file() and p.name != "run.lock"]
    assert n_up == len(local_files) - 4, (n_up, len(local_files))
    assert not fs.exists("bucket/d/processed/_state/run.lock.json")  # released


def test_one_runner_per_output_url_whatever_machine(tmp_path, s3):
    import time

    from pipeline.remote import BucketLock, BucketLocked

    fs, s3env = s3
    first = BucketLock("s3://bucket/l/processed")
    first.acquire()
    assert fs.exists("bucket/l/processed/_state/run.lock.json")
    second = BucketLock("s3://bucket/l/processed")
    with pytest.raises(BucketLocked, match="another cluster-pipeline run .* is writing s3://bucket/l/processed"):
        second.acquire(wait=0)

    # a runner (another process, same as another machine here) is refused with exit code 3
    fs.put_file(str(RAW / FILES[0]), f"bucket/l/raw/{FILES[0]}")
    res = _cli(_env(tmp_path, s3env), "ingest", "--raw", "s3://bucket/l/raw", "--out", "s3://bucket/l/processed",
               "--wait", "0")
    assert res.returncode == 3, res.stdout + res.stderr
    assert "another cluster-pipeline run" in res.stderr and first.owner in res.stderr
    first.release()
    assert not fs.exists("bucket/l/processed/_state/run.lock.json")
    second.acquire(wait=0)
    second.release()

    # a runner that died leaves its lock; once its lease is over the next one takes it
    dead = BucketLock("s3://bucket/l/processed", ttl=0.5)
    dead.acquire()
    dead._stop.set()  # killed: no more renewals, no release
    with pytest.raises(BucketLocked):
        BucketLock("s3://bucket/l/processed").acquire(wait=0)
    time.sleep(0.6)
    heir = BucketLock("s3://bucket/l/processed")
    heir.acquire(wait=0)
    assert heir.owner in fs.cat_file("bucket/l/processed/_state/run.lock.json").decode()
    heir.release()

    # a live runner renews its lease: it is not taken over while it runs
    live = BucketLock("s3://bucket/l/processed", ttl=0.8)
    live.acquire()
    time.sleep(1.2)
    with pytest.raises(BucketLocked):
        BucketLock("s3://bucket/l/processed").acquire(wait=0)
    live.release()
