"""The rule files are checked when loaded: a mistake names the file, the key and the problem
instead of surfacing as a wrong table (Norway's 'NO' read as false once made every Oslo
sentence crash extraction)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from pipeline.rules import PACKAGE_RULES, _load
from pipeline.rules.check import RuleError, check

NAMES = sorted(p.stem for p in PACKAGE_RULES.glob("*.yaml"))


@pytest.mark.parametrize("name", NAMES)
def test_every_shipped_rule_file_passes_its_checks(name):
    data = yaml.safe_load((PACKAGE_RULES / f"{name}.yaml").read_text(encoding="utf-8"))
    assert check(name, data) is data


def _geo() -> dict:
    return yaml.safe_load((PACKAGE_RULES / "geo.yaml").read_text(encoding="utf-8"))


def test_a_bare_no_as_a_value_is_refused_with_the_key_named():
    data = _geo()
    data["places"][0]["country"] = False  # what YAML makes of `country: NO`
    with pytest.raises(RuleError, match=r"geo\.yaml: places\[0\]\.country: false is not a word .*quote it"):
        check("geo", data)


def test_a_bare_no_as_a_key_or_list_item_is_refused():
    data = _geo()
    data["countries"][False] = ["노르웨이", "Norway"]
    with pytest.raises(RuleError, match=r"geo\.yaml: countries: key False is not a word"):
        check("geo", data)
    data = yaml.safe_load((PACKAGE_RULES / "clusters.yaml").read_text(encoding="utf-8"))
    data["korean"]["heads"].append(False)
    with pytest.raises(RuleError, match=r"clusters\.yaml: korean\.heads\[\d+\]: false is not a word"):
        check("clusters", data)


def test_booleans_are_fine_where_a_file_declares_switches():
    check("analyzer", {"kiwi": {"load_typo_dict": False}})
    units = yaml.safe_load((PACKAGE_RULES / "units.yaml").read_text(encoding="utf-8"))
    assert units["english"]["count_nouns_are_units"] is True
    check("units", units)


def test_missing_keys_and_bad_patterns_are_named():
    with pytest.raises(RuleError, match=r"metrics\.yaml: codes: missing"):
        check("metrics", {"nouns": {}, "by_unit": {}})
    data = yaml.safe_load((PACKAGE_RULES / "clusters.yaml").read_text(encoding="utf-8"))
    data["numbered_heading"] = "([unclosed"
    with pytest.raises(RuleError, match=r"clusters\.yaml: numbered_heading: not a valid regular expression"):
        check("clusters", data)


def test_a_broken_rule_file_in_a_rules_directory_fails_on_load(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(PACKAGE_RULES, rules, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    geo = (rules / "geo.yaml").read_text(encoding="utf-8").replace("country: 'NO'", "country: NO", 1)
    assert geo != (rules / "geo.yaml").read_text(encoding="utf-8")
    (rules / "geo.yaml").write_text(geo, encoding="utf-8")
    with pytest.raises(RuleError, match=r"geo\.yaml: .*country: false is not a word"):
        _load(str(rules), "geo")
    (rules / "units.yaml").write_text("english: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"units\.yaml: not valid YAML"):
        _load(str(Path(rules)), "units")


def test_a_key_written_twice_is_refused_with_its_line(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(PACKAGE_RULES, rules, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    text = (rules / "metrics.yaml").read_text(encoding="utf-8")
    (rules / "metrics.yaml").write_text(text.replace("nouns:\n", "nouns:\n  기업: startups\n", 1), encoding="utf-8")
    with pytest.raises(RuleError, match=r"metrics\.yaml: '기업' is written twice in one mapping \(line \d+\)"):
        _load(str(rules), "metrics")


def test_a_run_with_a_broken_rule_file_stops_before_it_starts(tmp_path):
    """Not 10,000 documents marked failed with the same RuleError: one line, exit 2, nothing written."""
    import subprocess

    from tests.conftest import ROOT, cli_cmd, cli_env

    rules = tmp_path / "rules"
    shutil.copytree(PACKAGE_RULES, rules, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (rules / "geo.yaml").write_text((rules / "geo.yaml").read_text(encoding="utf-8").replace("country: 'NO'", "country: NO", 1),
                                    encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Kista Science City hosts 1,400 companies.\n", encoding="utf-8")
    res = subprocess.run(cli_cmd("ingest", "--raw", str(raw), "--out", str(tmp_path / "out")), capture_output=True, text=True,
                         env={**cli_env(), "CLUSTER_PIPELINE_RULES_DIR": str(rules)}, cwd=ROOT, timeout=120)
    assert res.returncode == 2, res.stdout + res.stderr
    assert res.stderr.strip().count("\n") == 0 and "geo.yaml" in res.stderr and "quote it" in res.stderr
    assert not (tmp_path / "out" / "documents.parquet").exists()
