"""The per-Doc token table and kept text are the Doc's own attributes; cached lookups hand out
fresh lists and give what the uncached scan gives."""
from pipeline.extract import geo
from pipeline.extract.context import sentences_of
from pipeline.extract.statistics import segment_bounds
from pipeline.nlp import doc_text, get_nlp, token_table
from tests.helpers import parsed_from

KO = "오송생명과학단지 입주기업은 지난해 312개로 집계됐다.\n이 연구단지는 2019년 이후 매년 8% 늘었다(잠정)."
EN = "Sophia Antipolis, near Nice, hosts 2,500 firms.[3] It grew 4.7% on year — the fastest since 2010."


def _same_as_tokens(doc):
    table = token_table(doc)
    toks = list(doc)
    assert table.text == [t.text for t in toks]
    assert table.tag == [t.tag_ for t in toks]
    assert table.lemma == [t.lemma_ for t in toks]
    assert table.lower == [t.lower_ for t in toks]
    assert table.idx == [t.idx for t in toks]
    assert table.ws == [bool(t.whitespace_) for t in toks]
    assert table.punct == [t.is_punct for t in toks]
    assert token_table(doc) is table  # built once per Doc


def test_token_table_and_text_match_the_doc():
    for lang, text in (("ko", KO), ("en", EN)):
        doc = get_nlp(lang)(text)
        assert doc_text(doc) == doc.text == text
        _same_as_tokens(doc)


def test_sentences_keep_their_paragraph_text_on_the_doc():
    for lang, text in (("ko", KO), ("en", EN)):
        sents = sentences_of(parsed_from(["A heading", *text.split("\n")], lang), lang)
        assert len(sents) >= 3
        for s in sents:
            assert doc_text(s.doc) == s.doc.text == s.para_text


def test_place_lookups_are_fresh_lists_equal_to_a_scan():
    text = "Firms in Nice and Sophia Antipolis, France, and in 판교 and Hsinchu, Taiwan."
    first = geo.find_places(text)
    assert first == [(s, e, p[0], p[1]) for s, e, p in geo._scan(text, "place")]
    first.clear()  # a caller changing its list changes nothing for the next caller
    assert geo.find_places(text) == [(s, e, p[0], p[1]) for s, e, p in geo._scan(text, "place")] != []
    assert [iso for _, _, iso in geo.find_countries(text)] == ["FR", "TW"]


def test_segment_bounds_between_separators():
    text = "In 2021, firms grew 5%; jobs 3,000: a record — said the agency"
    assert segment_bounds(text, text.index("5%")) == (8, text.index(";"))
    assert segment_bounds(text, 0) == (0, text.index(","))
    assert segment_bounds(text, text.index("3,000")) == (text.index(";") + 1, text.index(":"))  # not inside 3,000
    assert segment_bounds(text, len(text) - 3) == (text.index(" — ") + 1, len(text))


def test_a_number_broken_by_a_full_line_is_one_number():
    from pipeline.textlayer.join import join_lines
    # a line broken by width anywhere reaches the right edge: the digits go on
    assert join_lines([("추가 준공(’15.12, 7,30", False, True), ("6천㎡) 단지규모", False, False)]) == "추가 준공(’15.12, 7,306천㎡) 단지규모"
    assert join_lines([("여성인력은 29.", False, True), ("2%, 신규인력은", False, False)]) == "여성인력은 29.2%, 신규인력은"
    # a line that ends short of the edge, or with a space glyph, ends a word: 'in 2019' | '30 firms'
    assert join_lines([("grew in 2019", False, False), ("30 firms moved in", False, False)]) == "grew in 2019 30 firms moved in"
    assert join_lines([("grew in 2019", True, True), ("30 firms moved in", False, False)]) == "grew in 2019 30 firms moved in"
    assert join_lines([("the Start-up", False, True), ("Visa scheme", False, False)]) == "the Start-up Visa scheme"
