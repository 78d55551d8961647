"""Property tests: segment() and clean() hold their invariants on arbitrary text."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from framing.text import clean, normalize_for_matching, segment

# Text built from pieces that stress the splitter and quote pairing, mixed with arbitrary Unicode.
PIECES = st.sampled_from(
    [
        " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", ".", "...", "…", "?", "!", ",",
        '"', "“", "”", "'", "‘", "’", "«", "»", "(", ")", "U.S.", "Mr.", "Oct. 6", "3.5",
        "275,000", "al-Nusra", "Kerry", "said", "the", "Aleppo's", "Democrats'", "WATCH: video",
        "please wait", "SHARE THIS ARTICLE", "(Photo by Reuters)", "www.presstv.co.uk", "İ", "ß",
        "\u0301", "\x00", "\ufeff",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=80).map("".join),
)


def check_offsets(text, pairs):
    previous_start = -1
    for start, end in pairs:
        assert 0 <= start < end <= len(text)
        assert start >= previous_start
        previous_start = start


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_segment_offsets_are_in_bounds_ordered_and_non_overlapping(text):
    seg = segment(text)
    for pairs in (seg.paragraphs, seg.sentences, seg.tokens):
        check_offsets(text, pairs)
        for (_, end), (start, _) in zip(pairs, pairs[1:]):
            assert end <= start
    for start, end in seg.sentences:
        paragraph = seg.paragraphs[seg.paragraph_at(start)]
        assert paragraph[0] <= start and end <= paragraph[1]
        assert text[start:end] == text[start:end].strip()
    assert seg.n_words == len(seg.tokens)
    assert 0 <= seg.quoted_words <= seg.n_words
    assert seg.narrator_words == seg.n_words - seg.quoted_words


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_quotes_are_well_nested_and_within_bounds(text):
    seg = segment(text)
    for q in seg.quotes + seg.nested_quotes:
        assert 0 <= q.start < q.inner_start <= q.inner_end <= q.end <= len(text)
        assert q.inner_start == q.start + (2 if text.startswith("''", q.start) else 1)  # '' is one mark
        if q.closed:
            assert q.end == q.inner_end + (2 if text.startswith("''", q.inner_end) else 1)
    assert all(q.depth == 0 for q in seg.quotes)
    for a, b in zip(seg.quotes, seg.quotes[1:]):
        assert a.end <= b.start  # top-level quotes are sorted and never overlap
    for inner in seg.nested_quotes:
        assert inner.depth == 1
        outer = seg.quote_at(inner.start)
        assert outer is not None and outer.inner_start <= inner.start and inner.end <= outer.inner_end
    for a, b in zip(seg.nested_quotes, seg.nested_quotes[1:]):
        assert a.end <= b.start
    for q in seg.quotes:
        if q.inner_end > q.inner_start:
            assert seg.voice_at(q.inner_start, q.inner_end) == "quoted"
            assert seg.quote_at(q.inner_start) == q


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_normalize_for_matching_keeps_length(text):
    result = normalize_for_matching(text)
    assert len(result) == len(text)
    assert normalize_for_matching(result) == result


@settings(max_examples=300, deadline=None)
@given(TEXT)
# (found by hypothesis: a removed credit joined a letter and a combining mark, which a second cleaning composed)
@example("al-Nusra(Photo by Reuters)\u0301")
def test_clean_is_idempotent(text):
    once = clean(text).text
    assert clean(once).text == once
    assert "\r" not in once and "\n\n\n" not in once
    assert not any(line.endswith(" ") for line in once.split("\n"))


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_segment_of_cleaned_text_keeps_offsets(text):
    cleaned = clean(text).text
    seg = segment(cleaned)
    check_offsets(cleaned, seg.sentences)
    check_offsets(cleaned, seg.tokens)


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(-5, 320), st.integers(-5, 320))
def test_compiled_word_count_equals_the_regex(text, start, end):
    """`framing._text.count_words` counts what `_WORD.findall` finds, in any bounds (clipped as `re` clips them)."""
    import pytest

    from framing.text import _count_words

    try:
        from framing._text import count_words
    except ImportError:
        pytest.skip("framing._text is not built here (pip install . with Cython and a C compiler builds it)")
    assert count_words(text, start, end) == _count_words(text, start, end)
    assert count_words(text, 0, len(text)) == _count_words(text, 0, len(text))


def test_compiled_word_characters_are_the_regex_ones():
    """Every character below U+3000 and a sample above, alone and between two letters, counts as `_WORD` counts it
    (ASCII answered from bit masks in C, the rest by Py_UNICODE_ISALNUM)."""
    import pytest

    from framing.text import _count_words

    try:
        from framing._text import count_words
    except ImportError:
        pytest.skip("framing._text is not built here (pip install . with Cython and a C compiler builds it)")
    for code in [*range(0x3000), *range(0x3000, 0x110000, 97)]:
        for text in (chr(code), f"a{chr(code)}b"):
            assert count_words(text, 0, len(text)) == _count_words(text, 0, len(text)), hex(code)


def test_word_counts_are_the_same_without_the_compiled_counter(monkeypatch):
    from framing.attribution.implementation import PURE_PYTHON_ENV

    text = ("He said: \u201cit\u2019s U.S.-made, 1,000.5 \u0130stanbul\u2019s x_y\u201d \u2014 and "
            "'rock-'n'-roll' ... -- 3.5%, al-Nusra's \U0001d400bc Democrats' \u0661\u0662.")
    compiled = segment(text)
    monkeypatch.setenv(PURE_PYTHON_ENV, "1")
    pure = segment(text)
    assert (compiled.n_words, compiled.quoted_words) == (pure.n_words, pure.quoted_words)
    assert pure.n_words == len(pure.tokens) == 17 and pure.quoted_words > 0


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, st.lists(st.sampled_from([".", "?", "!", "…", "?!", "..", '"', "'", "”", "’", "»", ")", "]",
                                                  " ", "\n", "\u2003", "a", "B", "x.", "é", "_", "said.", "Wh"]),
                                max_size=60).map("".join)))
def test_compiled_sentence_ends_and_quote_marks_equal_the_regexes(text):
    """`framing._text.sentence_ends` and `quote_marks` find what the regular expressions of `framing.text` find."""
    import pytest

    from framing.text import _regex_quote_marks, _regex_sentence_ends

    try:
        from framing._text import quote_marks, sentence_ends
    except ImportError:
        pytest.skip("framing._text is not built here (pip install . with Cython and a C compiler builds it)")
    assert sentence_ends(text) == _regex_sentence_ends(text)
    assert quote_marks(text) == _regex_quote_marks(text)


SENTENCE_PIECES = st.sampled_from([
    " ", "\n", "\n\n", ".", ". ", "?", "!", "\u2026", '"', "\u201d", "\u2019", ")", "Mr", "Mr. ", "U.S. ", "No. ", "5",
    "1. ", "123. ", "1234. ", "J. ", "j. ", "Inc. ", "Jr. ", "The ", "the ", "He ", "a.m. ", "x.y.z. ", "(Gen. ",
    "\u201cSen. ", "Oct. 6", "\u0661. ", "\u00b2. ", "\u0130. ", "\u01c5. ", "word ", "averyveryverylongword. ",
    "e.g. ", "\t", "\u2003", "said.", "St.", "Wh", "?",
])


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXT, st.lists(SENTENCE_PIECES, max_size=60).map("".join),
                 st.tuples(st.lists(SENTENCE_PIECES, max_size=20).map("".join), st.integers(1900, 2100))
                 .map(lambda p: p[0] + "word " * (p[1] // 5) + p[0])))
def test_compiled_sentences_equal_the_python_ones(text):
    """`framing._text.sentences` splits every paragraph where the Python loop of `_sentences` does (full stops after
    titles, initials, numbers and abbreviations; long sentences cut afterwards alike)."""
    import os

    import pytest

    from framing.attribution.implementation import PURE_PYTHON_ENV, compiled_module
    from framing.text import _abbreviations, _paragraphs, _sentences

    if compiled_module("_text") is None:
        pytest.skip("framing._text is not built here (pip install . with Cython and a C compiler builds it)")
    paragraphs = _paragraphs(text)
    compiled = _sentences(text, paragraphs, _abbreviations())
    os.environ[PURE_PYTHON_ENV] = "1"
    try:
        pure = _sentences(text, paragraphs, _abbreviations())
    finally:
        del os.environ[PURE_PYTHON_ENV]
    assert compiled == pure


QUOTE_PIECES = st.sampled_from([
    '"', "\u201c", "\u201d", "\u00ab", "\u00bb", "'", "''", "\u2018", "\u2019", " ", "\n", "\n\n", "\t", "(", "\u2014",
    "-", "a", "Kerry", "s", "1", ".", ",", "\u00e9", "\u3000", "said ", " \"", "\" ", "\n\"", "\n\u201c",
])


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXT, st.lists(QUOTE_PIECES, max_size=60).map("".join)))
def test_compiled_quote_pairing_equals_the_python_one(text):
    """`framing._text.paired_quotes` pairs quotation marks as the Python `_find_quotes` does: straight, curly and
    typed-as-two-apostrophes marks, apostrophes inside words, nested and unclosed quotes, quotes continuing into
    the next paragraph."""
    import os

    import pytest

    from framing.attribution.implementation import PURE_PYTHON_ENV, compiled_module
    from framing.text import _find_quotes, _paragraphs

    if compiled_module("_text") is None:
        pytest.skip("framing._text is not built here (pip install . with Cython and a C compiler builds it)")
    for each in (text, *QUOTE_TEXTS):
        paragraphs = _paragraphs(each)
        compiled = _find_quotes(each, paragraphs)
        os.environ[PURE_PYTHON_ENV] = "1"
        try:
            pure = _find_quotes(each, paragraphs)
        finally:
            del os.environ[PURE_PYTHON_ENV]
        assert compiled == pure, each


QUOTE_TEXTS = (   # quotes continuing into the next paragraph, typed as two apostrophes, nested, stray, unclosed
    "''It was open\n\n''and it goes on,'' he said. ''Then x", '"Open\n\n"goes on" here.', "\u201cOpen\n\n\u201cstill\u201d x",
    "He said ''no'' and ''yes", '"A \u201cB\u201d C" and \u201cD \u201cE', "Stray\u201d mark \u00bb and \u2018single\u2019 '",
    "''Open\n\nnot a mark\n\n''again", "\u00abOpen\n\n\u00abgoes\u00bb on", "Kerry\u2019s 'word' and ''x''y''",
)


PARAGRAPH_PIECES = st.sampled_from([
    "\n", "\n\n", " \n", "\n \n", "\t", " ", "\u2028", "\x0b", "\u3000", "a", "B", "word.", "Gov.", "(Sen.", "Gov .", "x,",
    "-", "\u2010", "\u2011", "\u2013", "\u2014", "\u00e9", "\u00c9", ".", "\u201cMr.", "\u0130",
])


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXT, st.lists(PARAGRAPH_PIECES, max_size=40).map("".join)))
def test_compiled_paragraphs_equal_the_python_ones(text):
    """`framing._text.paragraphs` gives the blocks and single-line breaks the regex and Python loop of `_paragraphs`
    give (lines running on after a comma, a hyphen, a title, or into a line in lower case; spaces of any kind)."""
    import os

    import pytest

    from framing.attribution.implementation import PURE_PYTHON_ENV, compiled_module
    from framing.text import _paragraphs

    if compiled_module("_text") is None:
        pytest.skip("framing._text is not built here (pip install . with Cython and a C compiler builds it)")
    for each in (text, text + "\n", "x\n" + text, "Sent to Gov.\nRick Scott", "a,\nB\n\nC.\nD", "  \n  x  "):
        compiled = _paragraphs(each)
        os.environ[PURE_PYTHON_ENV] = "1"
        try:
            pure = _paragraphs(each)
        finally:
            del os.environ[PURE_PYTHON_ENV]
        assert compiled == pure, each


def test_sentence_ends_and_quote_marks_by_hand():
    """The marks, closers and whitespace of sentence ends, and quotation marks that are not apostrophes."""
    from framing.attribution.implementation import compiled_module
    from framing.text import _quote_marks, _regex_quote_marks, _regex_sentence_ends

    text = 'He said "no." Then?! It "went"\u2026 Away. U.S. x. Kerry\u2019s \u2018word\u2019 ends. so.'
    ends = [(text[a:b], text[b:c]) for a, b, c in _regex_sentence_ends(text)]
    # "?!" is a match of the "?" pattern and "!" one of the "!" pattern; "U.S. x" and "ends. so" are followed by
    # lower case, the dots inside "U.S." by no whitespace
    assert ends == [('."', " "), ("?!", " "), ("!", " "), ("\u2026", " "), (".", " "), (".", " ")]
    compiled = compiled_module("_text")
    if compiled is not None:
        assert compiled.sentence_ends(text) == _regex_sentence_ends(text)
    marks = [text[i] for i in _regex_quote_marks(text)]
    assert marks == ['"', '"', '"', '"', "\u2018", "\u2019"]
    assert _quote_marks(text) == _regex_quote_marks(text)
