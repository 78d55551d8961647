"""Scoring in batches, scorer by scorer: the same spans and results as one document at a time, each document's shared
work (one lexicon scan, one classifier prediction) done once, and `Recent`, which remembers that work."""
from __future__ import annotations

import pytest

from framing.document import Document
from framing.engine import default_scorers, iter_scored, score_document, score_documents
from framing.io import Skipped, read_corpus
from framing.recent import BATCH_SIZE, Recent


@pytest.fixture(scope="module")
def scorers():
    return default_scorers()


@pytest.fixture(scope="module")
def documents(seeds_dir) -> list[Document]:
    """The seeds, and their paragraphs as documents of their own: more than two batches, some repeated text."""
    seeds = list(read_corpus(seeds_dir).documents())
    paragraphs = [p for doc in seeds for p in doc.text.split("\n") if p.strip()]
    outlets = ["Press TV", "VOA", "RT"]
    made = [Document(id=f"p{i:03d}", text=paragraphs[i % len(paragraphs)], outlet=outlets[i % 3])
            for i in range(2 * BATCH_SIZE + 5)]
    return seeds + made


def _plain(scored):
    return [(spans, result.to_dict()) for spans, result in scored]


def test_batches_score_as_one_document_at_a_time(scorers, documents):
    import framing

    one_at_a_time = _plain(score_document(doc, scorers) for doc in documents)
    assert _plain(framing.score_documents(documents, scorers)) == one_at_a_time
    assert _plain(score_documents(documents[::-1], scorers)) == one_at_a_time[::-1]


def test_the_stream_keeps_skipped_items_in_place_between_batches(scorers, documents):
    items: list = list(documents)
    for at in (0, BATCH_SIZE, BATCH_SIZE + 1, len(items)):
        items.insert(at, Skipped(f"bad{at}", f"test:{at}", "skipped for the test"))
    streamed = list(iter_scored(items, scorers=scorers, jobs=1))
    assert [item for item, _s, _r in streamed] == items
    assert [(spans, result and result.to_dict()) for _i, spans, result in streamed] == [
        (None, None) if isinstance(item, Skipped) else (score_document(item, scorers)[0],
                                                        score_document(item, scorers)[1].to_dict())
        for item in items]


def test_documents_read_before_the_input_fails_are_still_scored(scorers, documents):
    def failing():
        yield from documents[:5]
        raise ValueError("the input broke")

    got = []
    with pytest.raises(ValueError, match="the input broke"):
        for item, _spans, result in iter_scored(failing(), scorers=scorers, jobs=1):
            got.append((item, result.to_dict()))
    assert got == [(doc, score_document(doc, scorers)[1].to_dict()) for doc in documents[:5]]


def test_each_document_of_a_batch_is_scanned_once_and_predicted_once(scorers, documents):
    """The lexicon scan all lexicons share and the classifier's prediction (its `find` and `metrics`) are remembered
    for a whole batch: with a memory of one document they would be done again for every scorer."""
    from framing.scorers.classifier import SentenceBiasScorer
    from framing.scorers.loaded import LexiconScorer

    lexicon_scorer = next(s for s in scorers if isinstance(s, LexiconScorer))
    group = lexicon_scorer.lexicon.matcher()._group[0]
    classifier = next(s for s in scorers if isinstance(s, SentenceBiasScorer))
    scanned, predicted = [], []
    scan = group._scan or group._scanner()
    model = classifier.model
    predict = model.predict_proba_bounds
    batch = [Document(id=f"fresh{i}", text=doc.text + f" ({i})", outlet=doc.outlet)
             for i, doc in enumerate(documents[:BATCH_SIZE])]
    try:
        group._scan = lambda low: scanned.append(low) or scan(low)
        model.predict_proba_bounds = lambda *a, **k: predicted.append(a) or predict(*a, **k)
        score_documents(batch, scorers)
    finally:
        group._scan = scan
        del model.predict_proba_bounds
    assert len(scanned) == len(batch)
    assert len(predicted) == len(batch)


def test_a_batch_ends_early_once_its_texts_are_long(scorers, documents, monkeypatch):
    """Huge documents are not held 16 at a time: a batch also ends once it holds BATCH_CHARS characters."""
    from framing import engine

    monkeypatch.setattr(engine, "BATCH_CHARS", 400)
    items = [Skipped("bad", "test:0", "skipped for the test"), *documents]
    batches = list(engine._batches(items))
    assert [item for batch in batches for item in batch] == items
    for batch in batches[:-1]:
        texts = [len(item.text) for item in batch if not isinstance(item, Skipped)]
        assert len(texts) == BATCH_SIZE or (sum(texts) >= 400 and sum(texts[:-1]) < 400)
    assert len(batches) > len(documents) // BATCH_SIZE + 1      # the long seeds and paragraphs cut batches short
    assert _plain(score_documents(documents, scorers)) == _plain(score_document(doc, scorers) for doc in documents)


def test_recent_forgets_the_oldest_while_its_texts_hold_too_many_characters():
    recent = Recent(16, chars=10)
    first, second = "a" * 6, "b" * 6
    recent.put(first, 1)
    recent.put(second, 2)                                   # 12 characters: the oldest goes
    assert (recent.get(first), recent.get(second)) == (None, 2)
    huge = "c" * 50
    recent.put(huge, 3)                                     # longer than the budget alone: the newest is kept
    assert (recent.get(second), recent.get(huge), len(recent)) == (None, 3, 1)
    recent.put(7, "not a text")                             # other keys weigh nothing; the huge text goes now
    assert (recent.get(huge), recent.get(7)) == (None, "not a text")
    recent.put(first, 1)
    assert (recent.get(7), recent.get(first)) == ("not a text", 1)


def test_recent_remembers_the_very_same_objects_and_forgets_the_oldest():
    recent = Recent(2)
    first, second, third = "one " * 3, "two " * 3, "three " * 3
    assert recent.get(first) is None
    assert recent.put(first, 1) == 1 and recent.put(second, 2) == 2
    assert recent.get(first) == 1 and recent.get(second) == 2
    assert recent.get("one " * 3) is None                  # equal, but another object
    recent.put(first, 10)                                   # again: now the newest
    recent.put(third, 3)                                    # forgets `second`, the oldest
    assert (recent.get(first), recent.get(second), recent.get(third)) == (10, None, 3)
    assert len(recent) == 2
    assert Recent().size == BATCH_SIZE


def test_recent_shared_by_threads_stays_bounded_and_never_fails():
    """A Dask worker's threads share one scorer and so its memories of recent documents."""
    from concurrent.futures import ThreadPoolExecutor

    recent = Recent(4)
    keys = [f"text {n}" * 3 for n in range(40)]

    def hammer(offset: int) -> int:
        found = 0
        for n in range(20_000):
            key = keys[(n * 7 + offset) % len(keys)]
            value = recent.get(key)
            if value is None:
                recent.put(key, (offset, n))
            else:
                found += 1
        return found

    import sys

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)                         # threads take turns between almost any two steps
    try:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(hammer, range(8)))            # a thread's exception is raised here
    finally:
        sys.setswitchinterval(interval)
    assert len(recent) <= 4 + 8                         # each thread may add one past the bound at a time


def test_metric_names_are_made_once_and_their_table_stays_bounded(monkeypatch):
    """Each scorer's full metric names ("<scorer>.<key>") come from its own table, which restarts past its bound; the
    names are right before and after it does, and two scorers giving the same key keep their own names."""
    from framing import engine

    class Counting:
        def __init__(self, name):
            self.name = name

        def find(self, doc):
            return []

        def metrics(self, doc, spans):
            return {f"word.{word}": 1.0 for word in doc.text.split()}

    monkeypatch.setattr(engine, "_MAX_METRIC_NAMES", 3)
    monkeypatch.setattr(engine, "_METRIC_NAMES", {})
    texts = ["a b", "a c", "d e f g", "a b"]
    scored = score_documents([Document(id=str(n), text=text) for n, text in enumerate(texts)],
                             [Counting("one"), Counting("two")])
    for text, (_spans, result) in zip(texts, scored):
        assert dict(result.metrics) == {f"{name}.word.{word}": 1.0 for name in ("one", "two") for word in text.split()}
    assert sorted(engine._METRIC_NAMES) == ["one", "two"]
    assert all(len(table) <= 3 for table in engine._METRIC_NAMES.values())   # "a b" after "d e f g": restarted
