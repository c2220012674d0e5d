"""Sentences of a parsed document, tokenized by the language's spaCy pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.model import ParsedDocument
from pipeline.nlp import get_nlp


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
        first = True
        for s in doc.sents:
            text = s.text
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            if not text:
                continue
            out.append(Sentence(page=page_no, para=pi, para_kind=para.kind, start=para.start + s.start_char + lead,
                                text=text, doc=doc, tok_start=s.start, tok_end=s.end, first_in_para=first,
                                para_text=_ptext))
            first = False
    return out
