"""Property tests of text reconstruction and tokenization: no exceptions on arbitrary text,
and the invariants that must hold whatever the input."""
from hypothesis import given, settings
from hypothesis import strategies as hs

from pipeline.nlp import get_nlp
from pipeline.textlayer.join import join_cell, join_lines, needs_space
from pipeline.textlayer.web import html_to_text, parse_web_text

HANGUL_WORDS = hs.lists(hs.text(alphabet=hs.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=6),
                        min_size=1, max_size=12)
ANY_TEXT = hs.text(alphabet=hs.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120)


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT, ANY_TEXT, hs.booleans())
def test_needs_space_never_raises(a, b, explicit):
    assert isinstance(needs_space(a, b, explicit), bool)


@settings(max_examples=100, deadline=None)
@given(HANGUL_WORDS, hs.data())
def test_explicit_spaces_round_trip(words, data):
    """Lines broken at real spaces (the space glyph kept at the line end) join back to the text."""
    text = " ".join(words)
    cuts = sorted(set(data.draw(hs.lists(hs.integers(min_value=1, max_value=max(1, len(words) - 1)), max_size=4))))
    lines, prev = [], 0
    for c in cuts + [len(words)]:
        if c > prev:
            lines.append((" ".join(words[prev:c]), True))
            prev = c
    assert join_lines(lines) == text


@settings(max_examples=100, deadline=None)
@given(HANGUL_WORDS, hs.data())
def test_joining_never_loses_or_adds_characters(words, data):
    """Whatever the spacing decision, only spaces can be added at a break, nothing else changes."""
    text = "".join(words)
    cut = data.draw(hs.integers(min_value=0, max_value=len(text)))
    joined = join_lines([(text[:cut], False), (text[cut:], False)])
    assert joined.replace(" ", "") == text.replace(" ", "")
    assert joined.count(" ") <= 1 + text.count(" ")


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT)
def test_cells_and_web_text_never_raise(text):
    join_cell(text)
    page, meta = parse_web_text(text)
    assert page.text == page.text.strip()
    html_to_text(f"<p>{text}</p>")


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_korean_doc_text_equals_input(text):
    """The Kiwi-based tokenizer keeps text and character offsets identical to the source."""
    doc = get_nlp("ko")(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx:t.idx + len(t.text)] == t.text
