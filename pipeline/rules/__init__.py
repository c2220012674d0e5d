"""Versioned rule and vocabulary files (YAML) next to the code that loads them."""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

# CLUSTER_PIPELINE_RULES_DIR points at another copy of the rule files (to try new rules, or
# in tests); worker processes inherit it.
RULES_DIR = Path(os.environ.get("CLUSTER_PIPELINE_RULES_DIR") or Path(__file__).parent)


@lru_cache(maxsize=None)
def load_rules(name: str) -> Any:
    with open(RULES_DIR / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=1)
def rules_version() -> str:
    """Declared version plus a digest of every rule file, so any edit re-runs extraction."""
    declared = (RULES_DIR / "VERSION").read_text().strip()
    h = hashlib.sha256()
    for p in sorted(RULES_DIR.glob("*.yaml")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return f"{declared}+{h.hexdigest()[:10]}"
