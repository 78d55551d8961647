"""Property tests over arbitrary Unicode: the whole pipeline never crashes and keeps its invariants."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from framing.document import Document
from framing.engine import default_scorers, score_document
from framing.text import clean

# Text mixing arbitrary code points with the characters the segmenter and scorers care about.
TRICKY = list('"\'“”‘’«»„‚‹›「」()[]{}-–—‐‑/\\.,;:!?…\n\r\t \u00a0\u200b\u2028\ufeff') + [
    "said", "according to", "terrorists", "reportedly", "so-called", "Kerry", "rebel-held", "the", "officials",
    "He said", "\"", "“", "”", "\n\n",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=6)), max_size=80).map("".join),
    st.lists(st.sampled_from(TRICKY), max_size=120).map(" ".join),
)
PROPERTY_SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                             suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def scorers():
    return default_scorers()


def spans_json(spans) -> str:
    return json.dumps([span.to_dict() for span in spans], ensure_ascii=False, sort_keys=True, default=str)


def check_pipeline(text: str, scorers) -> None:
    doc = Document(id="doc", text=text)
    spans, result = score_document(doc, scorers)
    seg = doc.segments
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
        assert span.doc_id == "doc"
        if span.voice == "quoted" and span.family == "tone":
            # tone spans are sentences; "quoted" means the tone of the quoted words in them
            assert any(q.start < span.end and span.start < q.end for q in seg.quotes + seg.nested_quotes), span
        elif span.voice == "quoted" and any(ch.isalnum() for ch in span.text):
            # the words of a quoted span lie inside a quotation (stray marks at its edges aside)
            first = span.start + next(i for i, ch in enumerate(span.text) if ch.isalnum())
            last = span.end - next(i for i, ch in enumerate(reversed(span.text)) if ch.isalnum())
            assert any(q.start <= first and last <= q.end for q in seg.quotes + seg.nested_quotes), span
    for a in seg.quotes:                                     # quotations are well nested: disjoint or inside
        for b in seg.quotes:
            if a is not b:
                assert a.end <= b.start or b.end <= a.start or (a.start <= b.start and b.end <= a.end) \
                    or (b.start <= a.start and a.end <= b.end)
        assert a.start <= a.inner_start <= a.inner_end <= a.end <= len(text)
    for start, end in seg.sentences + seg.paragraphs + seg.tokens:
        assert 0 <= start <= end <= len(text)
    assert 0 <= seg.quoted_words <= seg.n_words and result.n_words == seg.n_words
    again, again_result = score_document(Document(id="doc", text=text), scorers)
    assert spans_json(again) == spans_json(spans)            # deterministic, byte for byte
    assert again_result.to_dict() == result.to_dict()


@PROPERTY_SETTINGS
@given(text=texts)
@example(text='"' * 101)
@example(text="“" * 50 + "”" * 3)
@example(text="He said: “they are terrorists” and “so-called” rebels\n\n“more")
@example(text="")
@example(text="\u2028\u2029\x85\x0b\x0c")
def test_raw_text_keeps_invariants(scorers, text):
    check_pipeline(text, scorers)


@PROPERTY_SETTINGS
@given(text=texts)
def test_cleaned_text_keeps_invariants(scorers, text):
    cleaned = clean(text)
    assert clean(text).text == cleaned.text                    # cleaning is deterministic
    check_pipeline(cleaned.text, scorers)
