"""Sentences of a parsed document, tokenized by the language's spaCy pipeline."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.model import ParsedDocument
from pipeline.nlp import get_nlp, token_table


@dataclass
class Sentence:
    page: int
    para: int  # index of the paragraph in the document (running)
    para_kind: str  # para | heading
    start: int  # offset into the page text
    text: str
    doc: Doc  # the paragraph's Doc
    tok_start: int
    tok_end: int
    first_in_para: bool
    para_text: str = ""  # the paragraph's text (== doc.text, which spaCy rebuilds on every access)
    clusters: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, cluster key), page offsets

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def tokens(self):
        return self.doc[self.tok_start:self.tok_end]


def sentences_of(parsed: ParsedDocument, lang: str) -> list[Sentence]:
    nlp = get_nlp(lang)
    items = []
    for page in parsed.pages:
        for para, ptext in page.paragraph_texts():
            items.append((page.number, para, ptext))
    out: list[Sentence] = []
    docs = nlp.pipe([t for _, _, t in items], batch_size=64)
    for pi, ((page_no, para, _ptext), doc) in enumerate(zip(items, docs)):
        doc.user_data["text"] = _ptext  # == doc.text (spaCy keeps the text exactly), without rebuilding it
        first = True
        for a, b in _spans(doc):
            span = doc[a:b]
            text = span.text
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            if not text:
                continue
            out.append(Sentence(page=page_no, para=pi, para_kind=para.kind, start=para.start + span.start_char + lead,
                                text=text, doc=doc, tok_start=a, tok_end=b, first_in_para=first,
                                para_text=_ptext))
            first = False
    return out


_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}|[IVXivx]{1,4}|[A-Za-z])[.)]\s*$")
# a sentence "ending" on an abbreviation goes on: Policy Brief No. 47, p. 85, St. Louis
_ABBREVIATION = re.compile(r"(?:^|\s)(?:No|Nos|p|pp|Vol|vol|Fig|fig|St|Dr|Mr|Mrs|Ms|Prof|vs|approx|ca|c|e\.g|i\.e|ch|art|para)\.\s*$")


_FOOTNOTE_END = re.compile(r"[.!?。]\s?(?:\[\d{1,3}\])+\s*$")


def _spans(doc: Doc) -> list[tuple[int, int]]:
    """Sentence token spans; a list marker split off as a sentence of its own ('3.' of
    '3. Ireland: the Dublin Docklands') is joined to the sentence it numbers."""
    spans = []
    words = token_table(doc).text
    for sent in doc.sents:  # a sentence ends after its footnote markers: '... (MSC).[1] It lies ...'
        a = sent.start
        for k in range(sent.start, sent.end - 1):
            if words[k] == "]" and _FOOTNOTE_END.search(doc[a:k + 1].text) and not doc[k + 1].is_space:
                spans.append((a, k + 1))
                a = k + 1
        spans.append((a, sent.end))
    for i in range(1, len(spans)):  # Kiwi ends the sentence at its period: '[1]' opens the next
        a, b = spans[i]
        k = a
        while k + 1 < b:
            if k + 2 < b and words[k] == "[" and words[k + 1].isdigit() and words[k + 2] == "]":
                k += 3
            elif re.fullmatch(r"\[\d{1,3}\]", words[k]):
                k += 1  # ('[4]' read as one token)
            else:
                break
        if k > a:
            spans[i - 1], spans[i] = (spans[i - 1][0], k), (k, b)
    spans = [(a, b) for a, b in spans if b > a]
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and (_LIST_MARKER.match(doc[out[-1][0]:out[-1][1]].text)
                    or _ABBREVIATION.search(doc[out[-1][0]:out[-1][1]].text)):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
