"""Speed of clean() + segment() on real news text, measured against vaderSentiment per word."""
from __future__ import annotations

import time

import pytest

from framing.text import clean, segment


@pytest.mark.slow
def test_clean_and_segment_are_much_faster_than_vader_per_word(shared_data):
    pq = pytest.importorskip("pyarrow.parquet")
    vader = pytest.importorskip("vaderSentiment.vaderSentiment")
    table = pq.read_table(shared_data / "allsides" / "articles.parquet", columns=["text"])
    texts = [t for t in table.column("text").slice(0, 300).to_pylist() if t]

    started = time.process_time()
    words = 0
    for raw in texts:
        seg = segment(clean(raw).text)
        words += seg.n_words
        assert 0 <= seg.quoted_words <= seg.n_words
    ours = words / (time.process_time() - started)

    analyser = vader.SentimentIntensityAnalyzer()
    started = time.process_time()
    vader_words = 0
    for raw in texts[:30]:
        analyser.polarity_scores(raw)
        vader_words += len(raw.split())
    theirs = vader_words / (time.process_time() - started)

    assert ours > 10 * theirs, f"clean+segment {ours:,.0f} words/s vs VADER {theirs:,.0f} words/s"
    assert ours > 200_000, f"clean+segment only {ours:,.0f} words/s"
