"""The indexed pair words (factors._pair_index) give every word the rule bits a test of each rule gives."""
import pytest

from pipeline.extract import factors as fa


def _by_every_rule(word: str, lang: str) -> tuple[int, int, int, int]:
    exc = fa._pair_exceptions(lang)
    if not word or fa._hits((word,), exc):
        return 0, 0, 0, 0
    # a longer word ending in an exception (광주지역) takes no ending shorter than it (~역)
    cut = max((len(e) for e in exc[0] if word.endswith(e)), default=0) if lang == "ko" else 0

    def hits(ws) -> bool:
        exact, stems, _, ends = ws
        return word in exact or bool(stems and word.startswith(stems)) or any(word.endswith(e) and len(e) >= cut for e in ends)

    first = then = unless = actor = 0
    for r, (_, f, t, _, _, u) in enumerate(fa._pairs(lang)):
        bit = 1 << r
        first |= bit if hits(f) else 0
        then |= bit if hits(t) else 0
        unless |= bit if hits(u) else 0
        actor |= bit if word in f[2] else 0
    return first, then, unless, actor


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_indexed_masks_equal_a_test_of_every_rule(lang):
    words = {"", "x", "역", "지역", "moved", "relocated", "headquarters", "경기도", "협력업체들", "유치했다"}
    for _, f, t, _, _, u in fa._pairs(lang):
        for exact, stems, actors, ends in (f, t, u):
            words |= set(exact) | set(sorted(actors)[:20])
            words |= {s + tail for s in stems for tail in ("", "s", "ed", "하다", "들")}
            words |= {head + e for e in ends for head in ("", "a", "광주", "re")}
            words |= {s[:-1] for s in stems if len(s) > 1}  # (a word one letter short of a stem: no hit)
    hits = 0
    for w in sorted(words):
        fa._word_masks(lang).clear()
        got = fa._masks(w, lang)
        assert got == _by_every_rule(w, lang), w
        hits += any(got)
    assert hits > 50  # (the words above do hit rules: the comparison is not of zeros)
