"""Inputs and outputs on shared storage: ``--raw`` and ``--out`` given as fsspec URLs
(``s3://bucket/raw``, ``gs://…``, ``file:///…``).

A remote folder is mirrored in a local cache folder (``$CLUSTER_PIPELINE_CACHE``, default
``~/.cache/cluster-pipeline``), one per URL, and the run works on the mirror as on any folder:
before the run, files that changed remotely are downloaded (by size and ETag; a raw file keeps
its remote modification time, so the scan sees only real changes) and files gone remotely are
deleted; after it, the output files the run changed are uploaded (state and stage caches first,
the tables, catalog and report last: a reader of the bucket sees each file whole, old or new, as
S3 writes an object at once) and files the run removed are deleted. An index beside each mirror
records what was synchronised, so an unchanged bucket costs one listing.

The mirror runs on the machine that runs the flow: that machine's worker processes read and write
it. Dask workers on other machines need no shared disk: each job fetches its input and its
document's caches into a temporary folder and uploads the caches it wrote (``run_shared_job``).
One run at a time per output URL, whatever machine it runs on: ``BucketLock``.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

# never uploaded: the local run lock, partial downloads
_LOCAL_ONLY = ("_state/run.lock",)


def is_remote(location: str | None) -> bool:
    """Whether ``location`` is a URL of another filesystem than the local one."""
    return bool(location) and "://" in location and not location.startswith("file://")


def local_path(location: str) -> str:
    """``file:///data/raw`` -> ``/data/raw``; any other location unchanged."""
    return location[len("file://"):] if location.startswith("file://") else location


def cache_root() -> Path:
    return Path(os.environ.get("CLUSTER_PIPELINE_CACHE") or Path.home() / ".cache" / "cluster-pipeline").expanduser()


class RemoteError(Exception):
    """A remote folder could not be read or written (the message says which and why)."""


def _etag(info: dict) -> str:
    for k in ("ETag", "etag", "md5", "md5Hash", "crc32c", "mtime", "LastModified", "last_modified"):
        if info.get(k):
            return str(info[k]).strip('"')
    return ""


def _mtime(info: dict) -> float | None:
    v = info.get("LastModified") or info.get("last_modified") or info.get("mtime") or info.get("updated")
    if v is None:
        return None
    if hasattr(v, "timestamp"):
        return float(v.timestamp())
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _meta(info: dict) -> dict:
    """What the index records of a remote file: size, ETag (or another content tag), modification time."""
    return {"size": int(info.get("size") or 0), "etag": _etag(info), "mtime": _mtime(info)}


class Mirror:
    """A local copy of one remote folder (``kind``: ``raw`` or ``out``)."""

    def __init__(self, url: str, kind: str) -> None:
        try:
            import fsspec

            self.fs, self.root = fsspec.core.url_to_fs(url.rstrip("/"))
        except (ImportError, ValueError) as e:
            raise RemoteError(f"{url}: cannot open this location ({e}); for s3:// install s3fs "
                              "(pip install 'cluster-pipeline[s3]')") from None
        self.url = url.rstrip("/")
        self.root = self.root.rstrip("/")
        name = hashlib.sha256(self.url.encode()).hexdigest()[:16]
        self.local = cache_root() / kind / name
        self._index_path = cache_root() / kind / f"{name}.index.json"

    # -- index: what was synchronised, per relative path
    def _load_index(self) -> dict[str, dict]:
        try:
            data = json.loads(self._index_path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}  # a lost or damaged index only costs downloads

    def _save_index(self, index: dict[str, dict]) -> None:
        self._index_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._index_path.with_name(self._index_path.name + ".tmp")
        tmp.write_text(json.dumps(index, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self._index_path)

    def _remote_files(self) -> dict[str, dict]:
        try:
            found = self.fs.find(self.root, detail=True)
        except FileNotFoundError:
            return {}
        except Exception as e:  # credentials, network, permissions
            raise RemoteError(f"{self.url}: cannot list ({type(e).__name__}: {e})") from None
        out = {}
        for key, info in sorted(found.items()):
            if info.get("type", "file") != "file":
                continue
            rel = key[len(self.root):].lstrip("/")
            if rel and rel != BucketLock.KEY:  # the shared run lock is no file of the folder
                out[rel] = _meta(info)
        return out

    def exists(self) -> bool:
        try:
            return bool(self.fs.exists(self.root))
        except Exception as e:
            raise RemoteError(f"{self.url}: cannot read ({type(e).__name__}: {e})") from None

    def pull(self) -> Path:
        """Make the local copy equal to the remote folder; returns the local folder."""
        remote = self._remote_files()
        index = self._load_index()
        self.local.mkdir(parents=True, exist_ok=True)
        for rel, meta in remote.items():
            dest = self.local / rel
            rec = index.get(rel)
            if rec and rec.get("etag") == meta["etag"] and rec.get("size") == meta["size"] and dest.is_file():
                st = dest.stat()
                if rec.get("local") == [st.st_size, st.st_mtime_ns]:
                    continue
            index[rel] = self._download(rel, meta)
        keep = set(remote)
        for p in sorted(self.local.rglob("*"), reverse=True):  # gone remotely: gone here
            rel = p.relative_to(self.local).as_posix()
            if p.is_file() and rel not in keep and rel not in _LOCAL_ONLY:
                p.unlink()
                index.pop(rel, None)
            elif p.is_dir() and not any(p.iterdir()):
                p.rmdir()
        for rel in [r for r in index if r not in keep]:
            index.pop(rel)
        self._save_index(index)
        return self.local

    def _download(self, rel: str, meta: dict) -> dict:
        """One remote file into the local copy, whole or not at all, with the remote modification
        time (``meta``: size, etag, mtime); returns its index record."""
        dest = self.local / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        part = dest.with_name(dest.name + ".part")
        try:
            self.fs.get_file(f"{self.root}/{rel}", str(part))
        except Exception as e:
            part.unlink(missing_ok=True)
            raise RemoteError(f"{self.url}/{rel}: cannot download ({type(e).__name__}: {e})") from None
        os.replace(part, dest)
        if meta["mtime"] is not None:
            os.utime(dest, (meta["mtime"], meta["mtime"]))
        st = dest.stat()
        return {**meta, "local": [st.st_size, st.st_mtime_ns]}

    def push(self) -> int:
        """Upload what changed locally since the last synchronisation and delete remotely what
        was removed locally; state first, the tables and reports last. Returns files uploaded."""
        index = self._load_index()
        rels = sorted(p.relative_to(self.local).as_posix() for p in self.local.rglob("*")
                      if p.is_file() and not p.name.endswith((".part", ".tmp")))
        rels = [r for r in rels if r not in _LOCAL_ONLY]
        uploaded = 0
        for rel in sorted(rels, key=lambda r: (not r.startswith("_state/"), r)):
            st = (self.local / rel).stat()
            rec = index.get(rel)
            if rec and rec.get("local") == [st.st_size, st.st_mtime_ns]:
                continue
            target = f"{self.root}/{rel}"
            try:
                self.fs.put_file(str(self.local / rel), target)
                info = self.fs.info(target)
            except Exception as e:
                self._save_index(index)  # what went up stays recorded
                raise RemoteError(f"{self.url}/{rel}: cannot upload ({type(e).__name__}: {e})") from None
            index[rel] = {"size": st.st_size, "etag": _etag(info), "mtime": _mtime(info), "local": [st.st_size, st.st_mtime_ns]}
            uploaded += 1
        present = set(rels)
        for rel in sorted(r for r in index if r not in present):
            try:
                self.fs.rm_file(f"{self.root}/{rel}")
            except FileNotFoundError:
                pass
            except Exception as e:
                self._save_index(index)
                raise RemoteError(f"{self.url}/{rel}: cannot delete ({type(e).__name__}: {e})") from None
            index.pop(rel)
        self._save_index(index)
        return uploaded

    def fetch(self, rels: list[str], removed: list[str] = ()) -> None:
        """Bring into the local copy the files others (Dask workers) wrote to the remote folder
        during the run, and drop those they deleted; both count as synchronised."""
        index = self._load_index()
        for rel in sorted(set(rels)):
            try:
                info = self.fs.info(f"{self.root}/{rel}")
            except Exception as e:
                raise RemoteError(f"{self.url}/{rel}: cannot download ({type(e).__name__}: {e})") from None
            index[rel] = self._download(rel, _meta(info))
        for rel in sorted(set(removed) - set(rels)):
            (self.local / rel).unlink(missing_ok=True)
            index.pop(rel, None)
        self._save_index(index)


# ---------------------------------------------------------------- Dask workers without a shared disk
# With --dask-address and a remote --out, a document's job runs on a Dask worker that may share no
# disk with the runner: it downloads its input and the document's stage caches into a temporary
# folder, runs the job there, uploads the caches it wrote, and says which (the runner then fetches
# exactly those into its mirror before building the tables).

_CACHE_DIRS = ("_state/parsed", "_state/extracted")


def for_shared_storage(jobs: list[dict], raw_local: str | None, raw_url: str | None, out_url: str) -> list[dict]:
    """The planned jobs, told where their input and caches are on shared storage."""
    out = []
    for job in jobs:
        shared = {"out": out_url.rstrip("/")}
        if raw_url and raw_local and job.get("path"):
            shared["raw"] = raw_url.rstrip("/")
            shared["raw_key"] = Path(os.path.relpath(job["path"], raw_local)).as_posix()
        elif raw_url and job.get("raw"):  # reprocess: the input is fetched only if no parse is stored
            shared["raw"] = raw_url.rstrip("/")
            shared["raw_key"] = job["source"]
        out.append({**job, "shared": shared})
    return out


def run_shared_job(job: dict, process) -> dict:
    """Run ``process`` (``pipeline.run.process_job``) on a job of ``for_shared_storage`` in a
    temporary folder of this machine. The result gains ``uploaded`` and ``deleted``: the cache
    files (paths relative to the output folder) this job changed in the remote output folder."""
    import tempfile

    import fsspec

    shared = job["shared"]
    fs, root = fsspec.core.url_to_fs(shared["out"])
    root = root.rstrip("/")
    with tempfile.TemporaryDirectory(prefix="cluster-pipeline-job-") as tmp:
        local_out = Path(tmp) / "out"
        seeded: dict[str, tuple[int, int]] = {}
        for d in _CACHE_DIRS:
            (local_out / d).mkdir(parents=True, exist_ok=True)
            try:
                found = fs.glob(f"{root}/{d}/{job['doc_id']}.*", detail=True)
            except FileNotFoundError:
                found = {}
            for key, info in sorted(found.items()):
                rel = key[len(root):].lstrip("/")
                dest = local_out / rel
                fs.get_file(key, str(dest))
                mt = _mtime(info)
                if mt is not None:  # keeps the order of older parses (newest first)
                    os.utime(dest, (mt, mt))
                st = dest.stat()
                seeded[rel] = (st.st_size, st.st_mtime_ns)
        local_job = {**job, "out": str(local_out), "raw": None}
        local_job.pop("shared")
        has_parse = any(r.startswith("_state/parsed/") for r in seeded)
        if shared.get("raw") and (job.get("path") or not has_parse):
            rfs, rroot = fsspec.core.url_to_fs(shared["raw"])
            dest = Path(tmp) / "raw" / shared["raw_key"]
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                rfs.get_file(f"{rroot.rstrip('/')}/{shared['raw_key']}", str(dest))
            except FileNotFoundError:
                dest = None
            if job.get("path"):
                local_job["path"] = str(dest) if dest else None
            elif dest is not None:
                local_job["raw"] = str(Path(tmp) / "raw")
        if job.get("path") and not local_job.get("path"):
            raise RemoteError(f"{shared['raw']}/{shared['raw_key']}: gone from the bucket during the run")
        result = process(local_job)
        uploaded = []
        now = {}
        for d in _CACHE_DIRS:
            for p in sorted((local_out / d).iterdir()):
                if p.is_file() and not p.name.startswith(".tmp-"):
                    st = p.stat()
                    now[p.relative_to(local_out).as_posix()] = (st.st_size, st.st_mtime_ns)
        for rel, sig in sorted(now.items()):
            if seeded.get(rel) != sig:
                fs.put_file(str(local_out / rel), f"{root}/{rel}")
                uploaded.append(rel)
        deleted = sorted(r for r in seeded if r not in now)
        for rel in deleted:
            fs.rm_file(f"{root}/{rel}")
    return {**result, "uploaded": uploaded, "deleted": deleted}


def collect_shared(out_url: str, results: list[dict]) -> int:
    """The runner's side: fetch into the output mirror the caches the workers wrote. Returns how many."""
    up = [r for res in results for r in res.get("uploaded") or []]
    gone = [r for res in results for r in res.get("deleted") or []]
    Mirror(out_url, "out").fetch(up, gone)
    return len(set(up))


# ---------------------------------------------------------------- one runner per output URL
class BucketLocked(RuntimeError):
    """Another runner holds the output URL's lock (the message says who and until when)."""


class BucketLock:
    """The run lock of a remote output folder, shared by every machine: the object
    ``_state/run.lock.json``, created with an exclusive write (S3's ``If-None-Match: *``; the
    store refuses a second creator). The holder renews its lease every ``ttl / 4`` seconds while
    it runs; a lock whose lease ran out (its runner was killed) is taken over by the next runner.
    """

    KEY = "_state/run.lock.json"

    def __init__(self, url: str, ttl: float = 300.0) -> None:
        import socket
        import uuid

        import fsspec

        self.url = url.rstrip("/")
        self.fs, root = fsspec.core.url_to_fs(self.url)
        self.path = f"{root.rstrip('/')}/{self.KEY}"
        self.ttl = ttl
        self.owner = f"{socket.gethostname()} pid {os.getpid()} ({uuid.uuid4().hex[:8]})"
        self._stop = None
        self.supported = True

    def _body(self) -> bytes:
        import time

        now = time.time()
        return json.dumps({"owner": self.owner, "since": round(now, 3), "until": round(now + self.ttl, 3)}).encode()

    def _read(self) -> dict | None:
        try:
            data = json.loads(self.fs.cat_file(self.path))
            return data if isinstance(data, dict) else {}
        except FileNotFoundError:
            return None
        except ValueError:
            return {}  # damaged: treated as expired

    def _create(self) -> bool:
        try:
            self.fs.pipe_file(self.path, self._body(), mode="create")
            return True
        except FileExistsError:
            return False
        except Exception as e:
            if "PreconditionFailed" in f"{type(e).__name__} {e}" or "412" in str(e):
                return False
            raise

    def acquire(self, wait: float = 0.0) -> None:
        import threading
        import time

        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                if self._create():
                    break
            except (NotImplementedError, TypeError, ValueError):
                self.supported = False  # this store has no exclusive create: one runner per URL by deployment
                return
            except Exception as e:
                raise RemoteError(f"{self.url}: cannot write the run lock ({type(e).__name__}: {e})") from None
            held = self._read()
            if held is None:
                continue  # released meanwhile
            if float(held.get("until") or 0) < time.time():
                if self._read() == held:  # still the expired one: take it over
                    self.fs.rm_file(self.path)
                continue
            if time.monotonic() >= deadline:
                until = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(float(held.get("until") or 0)))
                raise BucketLocked(f"another cluster-pipeline run ({held.get('owner', 'unknown')}) is writing {self.url}; "
                                   f"wait for it to finish (or pass --wait SECONDS); if that runner died, its lock "
                                   f"lapses at {until}")
            time.sleep(min(2.0, max(0.05, deadline - time.monotonic())))
        self._stop = threading.Event()
        threading.Thread(target=self._renew, args=(self._stop,), daemon=True, name="bucket-lock").start()

    def _renew(self, stop) -> None:
        while not stop.wait(self.ttl / 4):
            try:
                if (self._read() or {}).get("owner") == self.owner:
                    self.fs.pipe_file(self.path, self._body())
            except Exception:  # a missed renewal is retried; the lease is four renewals long
                pass

    def release(self) -> None:
        if self._stop is None:
            return
        self._stop.set()
        self._stop = None
        try:
            if (self._read() or {}).get("owner") == self.owner:
                self.fs.rm_file(self.path)
        except Exception:
            pass  # it lapses by itself

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()
