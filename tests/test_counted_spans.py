"""Runs that keep no spans tally what the attribution scorer's spans would add (`tally`): the same results, fewer spans."""
from __future__ import annotations

import pytest

from framing.document import Document
from framing.engine import default_scorers, iter_scored, score_documents
from framing.io import read_corpus
from framing.results import DocResult
from framing.scorers.attribution import AttributionScorer

# direct, partial, indirect, nominal and according-to attributions, a continuation, and loaded terms and a hedge
# inside quotations (whose speaker `refine` gives)
TEXTS = [
    '"The rebels are terrorists," Lavrov said. "They are foreign-sponsored." Kerry alleged that the regime '
    'bombed a hospital, calling it "a brutal regime attack on terrorists." According to officials, the '
    'town is rebel-held. His claim that the strikes were "reportedly" aimed at thugs was denied.',
    "Officials said the talks had failed. The spokesman told reporters the ceasefire was over.",
    "No attribution here: the weather was fine and the market rose.",
]


@pytest.fixture(scope="module")
def documents(seeds_dir) -> list[Document]:
    seeds = list(read_corpus(seeds_dir).documents())
    return seeds + [Document(id=f"t{n}", text=text, outlet="X") for n, text in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def scorers():
    return default_scorers()


def test_counted_spans_give_the_same_results(scorers, documents):
    every = score_documents(documents, scorers)
    counted = score_documents(documents, scorers, all_spans=False)
    assert [result.to_dict() for _, result in counted] == [result.to_dict() for _, result in every]
    assert sum(map(len, (spans for spans, _ in counted))) < sum(map(len, (spans for spans, _ in every)))
    for (all_spans, _), (few, _) in zip(every, counted):
        assert all(span in all_spans for span in few)  # the same spans, with the speakers `refine` gives
        assert not any(span.family == "attribution" for span in few)


def test_a_quoted_term_gets_its_speaker_in_both(scorers, documents):
    (doc,) = [doc for doc in documents if doc.id == "t0"]
    speakers = []
    for all_spans in (True, False):
        (spans, _), = score_documents([doc], scorers, all_spans=all_spans)
        speakers.append([(s.start, s.speaker) for s in spans if s.family == "loaded" and s.voice == "quoted"])
    assert speakers[0] == speakers[1]
    assert {"Sergey Lavrov", "John Kerry"} <= {speaker for _, speaker in speakers[1]}


def test_a_tally_adds_what_the_spans_would(documents):
    scorer = AttributionScorer()
    for doc in documents:
        spans, tally = scorer.find(doc), scorer.tally(doc)
        assert tally.metrics == scorer.metrics(doc, spans)
        from_spans, tallied = DocResult.from_spans(doc, spans), DocResult.from_spans(doc, [], tallies=[tally])
        assert (tallied.counts, tallied.terms) == (from_spans.counts, from_spans.terms)
        quoted = sorted((s.start, s.end, s.speaker) for s in spans
                        if s.category == "content" and s.attrs["kind"] in ("direct", "partial") and s.speaker)
        assert list(tally.refining) == quoted
    (doc,) = [doc for doc in documents if doc.id == "t0"]
    tally = scorer.tally(doc)
    assert tally.counts == {("attribution", "cue", "narrator"): 6}
    assert {term for *_, term in tally.terms} == {"say", "allege", "call", "according to", "claim", "reportedly"}
    assert tally.metrics["attributions"] == 6 and tally.metrics["quoted_chars"] > 0
    assert {speaker for _, _, speaker in tally.refining} == {"Sergey Lavrov", "John Kerry"}


def test_a_document_without_attributions_tallies_nothing(documents):
    (doc,) = [doc for doc in documents if doc.id == "t2"]
    tally = AttributionScorer().tally(doc)
    assert (tally.counts, tally.terms, tally.refining) == ({}, {}, ())
    assert tally.metrics == {"chars": float(len(doc.text)), "attributions": 0.0, "quoted_chars": 0.0}


def test_a_stream_without_spans_tallies(scorers, documents, monkeypatch):
    calls = []
    original = AttributionScorer.tally
    monkeypatch.setattr(AttributionScorer, "tally", lambda self, doc: calls.append(doc.id) or original(self, doc))
    streamed = [result.to_dict() for _, _, result in iter_scored(documents, scorers=scorers, keep_spans=False)]
    assert len(calls) == len(documents)
    kept = [result.to_dict() for _, _, result in iter_scored(documents, scorers=scorers, keep_spans=True)]
    assert len(calls) == len(documents) and streamed == kept
