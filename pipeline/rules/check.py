"""Checks on the rule files, run when each is loaded: an error names the file, the key and the
problem (``RuleError: clusters.yaml: korean.heads[3]: false is not a word ...``).

What is checked: keys are strings; list items are words (strings or numbers), or mappings where
the file uses them (gazetteer, places); the keys each file needs are there; patterns compile. YAML
reads bare yes/no/on/off/true/false as booleans (the ISO code of Norway, ``NO``, became
``False`` once): such an item is refused with a hint to quote it.
"""
from __future__ import annotations

import re
from typing import Any


class RuleError(ValueError):
    pass


# file -> required dotted keys
REQUIRED = {
    "clusters": ["korean.heads", "korean.generic", "korean.negative_heads", "english.heads", "english.generic",
                 "english.negative_heads", "table_headers.cluster", "numbered_heading", "gazetteer", "translate"],
    "metrics": ["nouns", "by_unit", "codes"],
    "units": ["korean.count", "korean.currency", "english.scales"],
    "quantities": ["qualifiers.korean", "qualifiers.english", "periods.korean_single", "identifier_before_en"],
    "factors": ["factors", "pairs", "meta_sentence_cues", "policy_cues", "table_labels", "difficulty_cues"],
    "geo": ["countries", "places"],
    "attribution": ["wide_scope"],
    "web_chrome": ["line_patterns", "meta_fields"],
    "metadata": ["publishers", "kind_cues"],
}
# dotted keys (a trailing * matches any key or index below) whose strings are regular expressions
PATTERNS = {
    "clusters": ["numbered_heading", "yardstick.english_before.*", "yardstick.korean_after.*"],
    "attribution": ["set_scope.korean.*", "set_scope.english.*", "coordination.korean.joiners.*",
                    "coordination.english.joiners.*"],
    "web_chrome": ["line_patterns.*", "meta_fields.*", "not_headlines.*"],
}
# lists whose items are mappings (a trailing * matches any key)
# where a value may be true/false: the analyzer's options, and the switches named here
BOOLEAN_FILES = {"analyzer"}
BOOLEAN_KEYS = {("units", "english.count_nouns_are_units")}
MAPPING_LISTS = {("clusters", "gazetteer"), ("geo", "places"), ("geo", "korean_places"), ("factors", "pairs.*")}


def check(name: str, data: Any) -> Any:
    """Return ``data`` unchanged, or raise RuleError naming the file, key and problem."""
    file = f"{name}.yaml"
    if data is None:
        raise RuleError(f"{file}: the file is empty")
    _walk(file, name, data, "")
    for key in REQUIRED.get(name, []):
        if _get(data, key) is None:
            raise RuleError(f"{file}: {key}: missing (every {file} needs it)")
    for key in PATTERNS.get(name, []):
        for where, value in _find(data, key):
            try:
                re.compile(value)
            except re.error as e:
                raise RuleError(f"{file}: {where}: not a valid regular expression ({e})") from None
    return data


def _walk(file: str, name: str, x: Any, path: str) -> None:
    if isinstance(x, dict):
        for k, v in x.items():
            if not isinstance(k, (str, int)) or isinstance(k, bool):
                raise RuleError(f"{file}: {path or '(top)'}: key {k!r} is not a word (YAML reads bare yes/no/on/off "
                                f"as booleans: quote it, e.g. 'NO')")
            key = f"{path}.{k}" if path else str(k)
            if isinstance(v, bool) and name not in BOOLEAN_FILES and (name, key) not in BOOLEAN_KEYS:
                raise RuleError(f"{file}: {key}: {str(v).lower()} is not a word (YAML reads bare "
                                f"yes/no/on/off as booleans: quote it, e.g. country: 'NO')")
            _walk(file, name, v, f"{path}.{k}" if path else str(k))
    elif isinstance(x, list):
        mappings = any(n == name and (p == path or (p.endswith("*") and path.startswith(p[:-1]) and "." not in path[len(p) - 1:]))
                       for n, p in MAPPING_LISTS)
        for i, v in enumerate(x):
            where = f"{path}[{i}]"
            if isinstance(v, bool) or v is None:
                raise RuleError(f"{file}: {where}: {str(v).lower()} is not a word (YAML reads bare yes/no/on/off/null "
                                f"as booleans or nothing: quote it)")
            if isinstance(v, dict) and not mappings:
                raise RuleError(f"{file}: {where}: a mapping where a word was expected")
            if mappings and not isinstance(v, dict):
                raise RuleError(f"{file}: {where}: each entry of {path} is a mapping ({{name: ..., ...}})")
            _walk(file, name, v, where)


def _get(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def _find(data: Any, dotted: str) -> list[tuple[str, str]]:
    parts = dotted.split(".")
    out: list[tuple[str, str]] = []

    def go(x: Any, i: int, path: str) -> None:
        if i == len(parts):
            if isinstance(x, str):
                out.append((path, x))
            return
        p = parts[i]
        if p == "*":
            items = x.items() if isinstance(x, dict) else enumerate(x) if isinstance(x, list) else []
            for k, v in items:
                go(v, i + 1, f"{path}.{k}" if isinstance(x, dict) else f"{path}[{k}]")
        elif isinstance(x, dict) and p in x:
            go(x[p], i + 1, f"{path}.{p}" if path else p)

    go(data, 0, "")
    return out
