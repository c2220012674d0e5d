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

The mirror runs on the machine that runs the flow: that machine's workers (or Dask workers sharing
its disk) read and write it. One run at a time per output URL: the run lock is local to the
machine (say so in the deployment, e.g. one scheduled runner).
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
            if rel:
                out[rel] = {"size": int(info.get("size") or 0), "etag": _etag(info), "mtime": _mtime(info)}
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
            index[rel] = {**meta, "local": [st.st_size, st.st_mtime_ns]}
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
