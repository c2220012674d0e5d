"""Accuracy on the development corpus (tests/corpus): documents written for this project in the
styles real sources use (news features, encyclopedia entries with footnotes, agency profiles,
survey releases, report excerpts with tables; Korean and English), each with hand-made gold.
The dev half is what the rules were written against; the held-out half was written first and is
only scored (see README: Accuracy). The sample corpus's scores are checked by test_flow_runs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.corpus_run import build, score

CORPUS = Path(__file__).parent / "corpus"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def dev(tmp_path_factory):
    return score(build(CORPUS / "dev" / "raw", tmp_path_factory.mktemp("dev")), CORPUS / "dev" / "gold")


@pytest.fixture(scope="module")
def heldout(tmp_path_factory):
    return score(build(CORPUS / "heldout" / "raw", tmp_path_factory.mktemp("heldout")), CORPUS / "heldout" / "gold")


@pytest.fixture(scope="module")
def heldout_without_gazetteer(tmp_path_factory):
    """The held-out half with the gazetteer emptied: recognition must not lean on it."""
    rules = tmp_path_factory.mktemp("rules") / "rules"
    from pipeline.rules import PACKAGE_RULES

    shutil.copytree(PACKAGE_RULES, rules, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    text = (rules / "clusters.yaml").read_text(encoding="utf-8")
    start = text.index("\ngazetteer:\n") + 1
    end = text.index("\n# ", start) + 1  # the entries end where the next commented key begins
    (rules / "clusters.yaml").write_text(text[:start] + "gazetteer: []\n" + text[end:], encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("CLUSTER_PIPELINE_RULES_DIR", str(rules))
    try:
        from pipeline.extract.clusters import _gazetteer

        assert _gazetteer() == []  # the switch took
        return score(build(CORPUS / "heldout" / "raw", tmp_path_factory.mktemp("heldout-nogaz")), CORPUS / "heldout" / "gold")
    finally:
        mp.undo()


def test_every_corpus_document_has_gold_and_every_gold_a_document():
    for half in ("dev", "heldout"):
        raws = {p.stem for p in (CORPUS / half / "raw").iterdir()}
        golds = {p.stem for p in (CORPUS / half / "gold").glob("*.json")}
        assert raws == golds, half
    assert len(list((CORPUS / "heldout" / "raw").iterdir())) >= 12


def test_dev_half_accuracy(dev):
    assert dev["overall_f1"] >= 0.95
    assert dev["clusters"]["f1"] >= 0.95 and dev["statistics"]["f1"] >= 0.95 and dev["factors"]["f1"] >= 0.92
    assert dev["metric_accuracy"] >= 0.93
    assert dev["clusters_split_across_documents"] == 0


def test_heldout_half_accuracy(heldout):
    """Measured at the end of each session and reported in the README. The issue's target is 0.85;
    this guard holds the level reached so far so that no change quietly loses it."""
    assert heldout["overall_f1"] >= 0.85
    assert heldout["clusters"]["f1"] >= 0.90
    assert heldout["metric_accuracy"] >= 0.90


def test_heldout_clusters_without_the_gazetteer(heldout_without_gazetteer):
    assert heldout_without_gazetteer["clusters"]["f1"] >= 0.85


def test_gold_and_scorer_copies_match_the_shared_ones():
    """tests/data holds copies of ../shared (CI may run where ../shared is absent)."""
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    assert (SHARED / "eval" / "score.py").read_bytes() == (Path(__file__).parent / "data" / "score.py").read_bytes()
    shared = {p.name: p.read_bytes() for p in (SHARED / "corpus" / "gold").glob("*.json")}
    ours = {p.name: p.read_bytes() for p in (Path(__file__).parent / "data" / "gold").glob("*.json")}
    assert shared == ours
