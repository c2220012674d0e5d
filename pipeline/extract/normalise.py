"""Stage 4 — normalise: the contract's metric code of a figure's free label.

Units, qualifiers and periods are normalised where numbers are read (``numbers.py``,
``statistics_ko.py``, ``statistics_en.py``, ``statistics.py``); this stage maps what was measured
to one code of the metric vocabulary (rules/metrics.yaml, ``codes`` and ``unit_codes``), so that
figures compare across documents and languages. The free label is kept beside it (``metric_label``).
"""
from __future__ import annotations

from pipeline.rules import load_rules, per_rules

# codes that only a percentage can have; any other percentage is a share of something
_PERCENT_CODES = ("share", "growth", "decline", "tax_rate")


@per_rules
def _code_of() -> dict[str, str]:
    out = {}
    for code, labels in (load_rules("metrics").get("codes") or {}).items():
        for label in labels:
            out[str(label).lower()] = code
    return out


def metric_code(label: str | None, unit: str, attributed: bool) -> str:
    """'resident companies' -> companies; 'companies growth' -> growth; 'clusters: talent' (a
    table row) -> study_scope; 'share: talent' -> share; a bare percentage -> share."""
    codes = _code_of()
    label = (label or "").lower().strip()
    label = label.split(":")[0].replace(" (share)", "").strip()
    words = label.split()
    code = None
    if words and words[-1] in ("growth", "decline") and len(words) > 1:
        code = words[-1]
        if unit == "count" and codes.get(" ".join(words[:-1])) == "employees":
            code = "jobs_change"  # 'employment rose by about 4,000': jobs gained (or lost), in number
    code = code or codes.get(label) or (codes.get(words[-1]) if words else None)
    if code == "study_scope" and attributed and label in ("clusters", "countries"):
        code = "other"  # 48개국에 수출: something about the cluster; firms surveyed stay the study's
    if len(unit) == 3 and unit.isupper() and words and words[-1] in ("project", "projects") and code in (None, "other"):
        code = "investment"  # '160 approved investment projects worth a combined $12.3 billion': what the projects invest
    if unit == "percent":
        return code if code in _PERCENT_CODES else "share"
    if unit == "m2":
        return "area"
    allowed = (load_rules("metrics").get("codes_for_unit") or {}).get(unit)
    if code is None or (code == "area" and unit != "m2") or (allowed and code not in allowed):
        code = (load_rules("metrics").get("unit_codes") or {}).get(unit)
    return code or "other"
