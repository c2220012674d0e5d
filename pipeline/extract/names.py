"""Name normalisation, romanisation and slugs shared by the cluster extractor and linker."""
from __future__ import annotations

import re
import unicodedata

from pipeline.extract.geo import country_surface_set, place_lookup
from pipeline.rules import load_rules, per_rules

_CHO = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_JUNG = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
_JONG = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def norm(s: str) -> str:
    """Comparison key: NFKC, lower case, no spaces or punctuation (같은 이름 regardless of spacing)."""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return re.sub(r"[\s\-_.,'’()·/&]+", "", s)


def romanize(text: str) -> str:
    """Revised Romanization of Hangul syllables (simplified: no assimilation rules)."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho, jung, jong = code // 588, (code % 588) // 28, code % 28
            out.append(_CHO[cho] + _JUNG[jung] + _JONG[jong])
        else:
            out.append(ch)
    return "".join(out)


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", romanize(unicodedata.normalize("NFC", name)))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    s = re.sub(r"-(cluster|클러스터)$", "", s)
    return s or "cluster"


# ------------------------------------------------------------------ vocabulary of cluster names
# (shared by the extractor and the cross-document linker; no NLP imports here)

@per_rules
def cluster_rules():
    return load_rules("clusters")


def ko_heads() -> list[str]:
    return sorted(cluster_rules()["korean"]["heads"], key=len, reverse=True)


def en_heads() -> list[str]:
    return sorted(cluster_rules()["english"]["heads"], key=len, reverse=True)


@per_rules
def _generic_words() -> frozenset[str]:
    r = cluster_rules()
    return frozenset([str(g).lower() for g in r["korean"]["generic"]] + [str(g).lower() for g in r["english"]["generic"]])


def is_generic(word: str) -> bool:
    """A descriptive word (innovation, 혁신, a country name), never a name on its own."""
    w = word.lower().strip(",.'’\"“”‘()")
    return w in _generic_words() or w in country_surface_set()


def is_place(word: str) -> bool:
    return word in place_lookup() or word in country_surface_set()
