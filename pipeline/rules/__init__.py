"""Versioned rule and vocabulary files (YAML) next to the code that loads them."""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PACKAGE_RULES = Path(__file__).parent


def rules_dir() -> Path:
    """The rule files in use: this package's, or a copy named by CLUSTER_PIPELINE_RULES_DIR (to try
    new rules, or in tests; worker processes inherit it)."""
    return Path(os.environ.get("CLUSTER_PIPELINE_RULES_DIR") or PACKAGE_RULES)


# libyaml's parser when PyYAML was built with it (same documents, ~8x faster: every worker and
# the CLI read the rules at start-up)
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKey(yaml.YAMLError):
    pass


class _Loader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader, refusing a key written twice in one mapping (YAML keeps the last one
    silently: a word added to a vocabulary that already had it would change its meaning unseen)."""


def _mapping_without_duplicates(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise _DuplicateKey(f"{key!r} is written twice in one mapping (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node, deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)
_LOADER = _Loader


@lru_cache(maxsize=None)
def _load(directory: str, name: str) -> Any:
    """One rule file, parsed and checked (rules/check.py: an error names the file, key and problem)."""
    from pipeline.rules.check import RuleError, check

    path = Path(directory) / f"{name}.yaml"
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.load(f, Loader=_LOADER)  # noqa: S506 (a safe loader)
    except _DuplicateKey as e:
        raise RuleError(f"{name}.yaml: {e}") from None
    except yaml.YAMLError as e:
        raise RuleError(f"{name}.yaml: not valid YAML ({e})") from None
    return check(name, data)


def load_rules(name: str) -> Any:
    key = (rules_env(), name)  # (asked for hundreds of thousands of times: no Path built per call)
    data = _LOADED.get(key, _MISSING)
    if data is _MISSING:
        data = _LOADED[key] = _load(str(rules_dir()), name)
    return data


_LOADED: dict = {}
_MISSING = object()


@lru_cache(maxsize=None)
def _version(directory: str) -> str:
    d = Path(directory)
    declared = (d / "VERSION").read_text().strip()
    h = hashlib.sha256()
    for p in sorted(d.glob("*.yaml")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return f"{declared}+{h.hexdigest()[:10]}"


def check_rules() -> None:
    """Load and check every rule file in use: a run with a broken rule file stops before it
    starts (RuleError names the file, the key and the problem) instead of failing every document."""
    for p in sorted(rules_dir().glob("*.yaml")):
        load_rules(p.stem)


def rules_version() -> str:
    """Declared version plus a digest of every rule file, so any edit re-runs extraction."""
    return _version(str(rules_dir()))


# ``os.environ.get`` encodes the key on every call (~4 us); rule-derived values are looked up
# hundreds of thousands of times per document, so read the process environment's own dict
# (bytes on POSIX) where there is one. Same value: os.environ writes through to it.
_ENV_DATA = getattr(os.environ, "_data", None)
_RULES_ENV_KEY = os.environ.encodekey("CLUSTER_PIPELINE_RULES_DIR") if _ENV_DATA is not None else None


def rules_env() -> object:
    """The CLUSTER_PIPELINE_RULES_DIR setting as a cache key (None when unset)."""
    if _ENV_DATA is not None:
        return _ENV_DATA.get(_RULES_ENV_KEY)
    return os.environ.get("CLUSTER_PIPELINE_RULES_DIR")


def per_rules(fn):
    """Cache what a function derives from the rule files, per rules directory in use (an
    ``lru_cache`` would keep serving the old rules after CLUSTER_PIPELINE_RULES_DIR changes)."""
    import functools

    cache: dict = {}

    @functools.wraps(fn)
    def wrapper(*args):
        key = (rules_env(), *args)
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = cache[key] = fn(*args)
        return value

    wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
    return wrapper
