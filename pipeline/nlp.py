"""spaCy pipelines per language, rule-based (no trained models).

Korean: a tokenizer on Kiwi's morphological analysis. Tokens are morphemes (``22,000``,
``건``, ``에``), their ``tag_`` is Kiwi's tag (SN, NNB, JKB, ...), ``lemma_`` the morpheme
form (verb stems get 다), and the Doc's text and character offsets equal the source text.
Morphemes Kiwi contracts into one surface span (하+ㄴ in 한) become one token tagged
``XSA+ETM``. Sentence starts come from Kiwi's sentence-final endings.

English: spaCy's English tokenizer and its rule-based sentencizer.
"""
from __future__ import annotations

import threading
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.tokens import Doc

from pipeline.korean import get_kiwi, whole_nouns
from pipeline.rules import load_rules, per_rules

_lock = threading.Lock()


# Kiwi's morpheme id for a common noun it does not know (an out-of-vocabulary word it guessed
# to be NNG): such a word is a name, almost always a transliterated foreign one (바얀레파스,
# 마르틴스리트), and is tagged NNP like the unknown words Kiwi guesses to be proper nouns.
_UNKNOWN_NNG = 2


def _tag(m) -> str:
    return "NNP" if m.tag == "NNG" and m.id == _UNKNOWN_NNG else m.tag


def _align(text: str, morphs) -> tuple[list[str], list[bool], list[str], list[str], list[bool]]:
    """Kiwi morphemes -> spaCy words/spaces/tags/lemmas/sent_starts covering ``text`` exactly."""
    spans: list[list] = []  # [start, end, [morphs]]
    for m in morphs:
        s, e = m.start, m.start + m.len
        if e <= s:
            if spans:
                spans[-1][2].append(m)
            continue
        if spans and s < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], e)
            spans[-1][2].append(m)
        else:
            spans.append([s, e, [m]])
    # split spans that contain whitespace (Kiwi keeps "노보 노디스크" as one NNP)
    pieces: list[tuple[int, int, list]] = []
    for s, e, ms in spans:
        pieces.extend((i, j, ms) for i, j, _ in _gap_tokens(text, s, e))
    # characters Kiwi did not cover become their own tokens
    covered = []
    pos = 0
    for s, e, ms in pieces:
        if s > pos:
            covered.extend(_gap_tokens(text, pos, s))
        covered.append((s, e, ms))
        pos = e
    covered.extend(_gap_tokens(text, pos, len(text)))

    words, spaces, tags, lemmas, starts = [], [], [], [], []
    prev_end = 0
    sent_next = True
    for k, (s, e, ms) in enumerate(covered):
        if _add_gap(text[prev_end:s], words, spaces, tags, lemmas, starts):
            sent_next = True
        words.append(text[s:e])
        spaces.append(False)
        tg = "+".join(_tag(m) for m in ms) if ms else "UNK"
        tags.append(tg)
        lemmas.append("+".join((m.form + "다") if m.tag.startswith(("VV", "VA", "VX")) else m.form for m in ms) if ms else text[s:e])
        starts.append(sent_next)
        sent_next = False
        if ms and ms[-1].tag == "SF" and any(m.tag.startswith(("EF", "EC", "SF")) for m in _prev_morphs(covered, k)):
            sent_next = True
        elif ms and ms[-1].tag == "SF" and ms[-1].form == "." and (text[e:e + 1].isspace() or e == len(text)) \
                and _noun_ending(_prev_morphs(covered, k)):
            sent_next = True  # a sentence ending on a noun form, as reports write them: 증가했음. 풍부하다는 것.
        prev_end = e
    _add_gap(text[prev_end:], words, spaces, tags, lemmas, starts)
    return words, spaces, tags, lemmas, starts


def _add_gap(gap: str, words, spaces, tags, lemmas, starts) -> bool:
    """Whitespace between tokens: one space becomes the previous token's trailing space, any other
    run a whitespace token (spaCy's convention). True when the gap holds a line break."""
    if not gap:
        return False
    if gap == " " and words:
        spaces[-1] = True
        return False
    if words and gap[0] == " ":
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        tags.append("_SP")
        lemmas.append(gap)
        starts.append(False)
    return "\n" in gap


def _noun_ending(ms) -> bool:
    """Morphemes that end a Korean sentence written in the noun form (…했음, …함, …하다는 것, A, B
    등): a nominalising ending, or 것/등 as the last word."""
    return bool(ms) and (ms[-1].tag == "ETN" or (ms[-1].tag == "NNB" and ms[-1].form in ("것", "등")))


def _prev_morphs(covered, k):
    return covered[k - 1][2] if k > 0 and covered[k - 1][2] else []


def _gap_tokens(text: str, a: int, b: int):
    """(start, end, []) of each whitespace-free run of text[a:b]."""
    i = a
    while i < b:
        while i < b and text[i].isspace():
            i += 1
        j = i
        while j < b and not text[j].isspace():
            j += 1
        if j > i:
            yield (i, j, [])
        i = j


def _merge_whole_nouns(words, spaces, tags, lemmas, starts):
    """Pieces of one written word that make a noun the rules need whole, joined again (Kiwi may
    read 원주혁신도시 as 원주|혁신|도시 whatever its user dictionary says): rules/analyzer.yaml
    ``user_nouns_strong``."""
    whole = whole_nouns()
    if not whole or not words:
        return words, spaces, tags, lemmas, starts
    out = ([], [], [], [], [])
    i = 0
    while i < len(words):
        k = next((k for k in (3, 2) if i + k <= len(words) and not any(spaces[i:i + k - 1])
                  and "".join(words[i:i + k]) in whole), 1)
        if k == 1:
            for lst, src in zip(out, (words, spaces, tags, lemmas, starts)):
                lst.append(src[i])
        else:
            w = "".join(words[i:i + k])
            for lst, v in zip(out, (w, spaces[i + k - 1], "NNG", w, starts[i])):
                lst.append(v)
        i += k
    return out


class KiwiTokenizer:
    """spaCy tokenizer that analyses Korean with Kiwi (morpheme tokens, exact offsets)."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        with _lock:
            morphs = get_kiwi().tokenize(text) if text.strip() else []
        words, spaces, tags, lemmas, starts = _align(text, morphs)
        if any(n in text for n in whole_nouns()):  # (most paragraphs hold none of them)
            words, spaces, tags, lemmas, starts = _merge_whole_nouns(words, spaces, tags, lemmas, starts)
        if not words:
            return Doc(self.vocab, words=[], spaces=[])
        starts[0] = True
        # the alignment must reproduce the text (checked on the words: spaCy's doc.text is slow)
        assert "".join(w + " " if sp else w for w, sp in zip(words, spaces)) == text, "Kiwi alignment must reproduce the text"
        doc = Doc(self.vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas, sent_starts=starts)
        doc.user_data["text"] = text
        return doc

    def pipe(self, texts, batch_size: int = 64):
        for t in texts:
            yield self(t)

    # spaCy serialisation hooks (nothing to save: Kiwi loads its own model)
    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, _bytes, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        pass

    def from_disk(self, path, **kwargs):
        return self


def doc_text(doc: Doc) -> str:
    """A Doc's text, kept on the Doc (spaCy joins every token again on each ``doc.text``)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


class TokenTable:
    """A Doc's token attributes as plain lists, built once per Doc (each spaCy attribute access
    makes a Token object and a Python string again)."""

    __slots__ = ("text", "tag", "lemma", "ws", "idx", "lower", "punct")

    def __init__(self, doc: Doc):
        toks = list(doc)
        self.text = [t.text for t in toks]
        self.tag = [t.tag_ for t in toks]
        self.lemma = [t.lemma_ for t in toks]
        self.ws = [bool(t.whitespace_) for t in toks]
        self.idx = [t.idx for t in toks]
        self.lower = [t.lower_ for t in toks]
        self.punct = [t.is_punct for t in toks]


def token_table(doc: Doc) -> TokenTable:
    table = doc.user_data.get("tokens")
    if table is None:
        table = doc.user_data["tokens"] = TokenTable(doc)
    return table


def get_nlp(lang: str):
    """A blank spaCy pipeline for ``lang`` ('ko' or 'en') with rule-based sentence splitting."""
    return _nlp(lang, _english_abbreviations() if lang != "ko" else ())


@per_rules
def _english_abbreviations() -> tuple:
    """rules/analyzer.yaml's abbreviations whose full stop ends no sentence (Rs., approx., sq.)."""
    return tuple(str(a) for a in (load_rules("analyzer") or {}).get("english_abbreviations") or ())


@lru_cache(maxsize=4)
def _nlp(lang: str, abbreviations: tuple):
    if lang == "ko":
        nlp = spacy.blank("xx")
        nlp.tokenizer = KiwiTokenizer(nlp.vocab)
        nlp.meta["lang_detail"] = "ko (Kiwi tokenizer)"
    else:
        nlp = spacy.blank("en")
        # a footnote marker glued to a word or a full stop is a token of its own: 'incubator.[6]'
        # is 'incubator' '.' '[6]' (spaCy's default suffixes leave 'incubator.[6' whole)
        suffixes = [r"\[\d{1,3}\]"] + list(nlp.Defaults.suffixes)
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
        for abbr in abbreviations:
            nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
        nlp.add_pipe("sentencizer")
    return nlp
