"""--jobs: worker processes give exactly the results of one process, in the same order."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.document import Document
from framing.engine import analyze, default_scorers, iter_scored, resolve_jobs
from framing.io import Skipped, read_corpus


@pytest.fixture(scope="module")
def scorers():
    return default_scorers()


@pytest.fixture(scope="module")
def many_docs(seeds_dir) -> list:
    """Seed paragraphs as 150 documents (and two skipped items), more than one parallel batch for jobs=2."""
    paragraphs = [p for doc in read_corpus(seeds_dir).documents() for p in doc.text.split("\n") if p.strip()]
    outlets = ["Press TV", "VOA", "RT"]
    items: list = [Document(id=f"d{i:03d}", text=paragraphs[i % len(paragraphs)] + f" ({i})", outlet=outlets[i % 3])
                   for i in range(150)]
    items.insert(7, Skipped("bad1", "test:7", "a skipped input"))
    items.insert(140, Skipped("bad2", "test:140", "another skipped input"))
    return items


@pytest.mark.parametrize("jobs", [2, pytest.param(3, marks=pytest.mark.slow)])
def test_parallel_equals_serial(scorers, many_docs, jobs):
    serial = list(iter_scored(many_docs, scorers=scorers, jobs=1))
    parallel = list(iter_scored(many_docs, scorers=scorers, jobs=jobs))
    assert [item for item, _s, _r in parallel] == [item for item, _s, _r in serial]      # same order
    assert [spans for _i, spans, _r in parallel] == [spans for _i, spans, _r in serial]  # same spans
    assert [r and r.to_dict() for _i, _s, r in parallel] == [r and r.to_dict() for _i, _s, r in serial]


def test_batches_in_the_pool_at_once_keep_order_and_read_ahead_only_that_far(scorers, many_docs):
    """Several batches are scored at once (the workers need not wait for the caller), results come in input order,
    and the input is read at most `batches_ahead` batches ahead of the result the caller is given."""
    from framing.engine import _iter_scored_parallel

    pulled = []

    def counted():
        for item in many_docs:
            pulled.append(item)
            yield item

    jobs, per_job, ahead = 2, 5, 3
    stream = _iter_scored_parallel(counted(), scorers, jobs=jobs, keep_spans=True, batch_per_job=per_job,
                                   batches_ahead=ahead)
    got = []
    for item, spans, result in stream:
        got.append((item, spans, result and result.to_dict()))
        assert len(pulled) <= len(got) - 1 + ahead * jobs * per_job     # bounded read-ahead: memory stays flat
    serial = [(item, spans, result and result.to_dict())
              for item, spans, result in iter_scored(many_docs, scorers=scorers, jobs=1)]
    assert [item for item, _s, _r in got] == list(many_docs)
    assert got == serial


def test_the_heap_is_frozen_while_a_corpus_is_scored_and_given_back_after(scorers, many_docs):
    """After the first document the live objects leave the collector's full passes; at the end, or when the caller
    stops early, they are given back (a notebook's garbage cycles are collected again afterwards)."""
    import gc

    assert gc.get_freeze_count() == 0
    stream = iter_scored(many_docs, scorers=scorers, jobs=1)
    next(stream)
    assert gc.get_freeze_count() > 0
    next(stream)
    stream.close()                              # stopped early
    assert gc.get_freeze_count() == 0
    assert len(list(iter_scored(many_docs, scorers=scorers, jobs=1))) == len(many_docs)
    assert gc.get_freeze_count() == 0


def test_the_youngest_generation_waits_longer_while_scoring_and_the_thresholds_come_back(scorers, many_docs):
    """While a corpus is scored the collector runs after SCORING_GC_THRESHOLD new objects; after it (or an early
    stop) the caller's thresholds are back, and a caller who turned collection off (threshold 0) keeps it off."""
    import gc

    from framing.engine import SCORING_GC_THRESHOLD

    before = gc.get_threshold()
    assert before[0] < SCORING_GC_THRESHOLD
    stream = iter_scored(many_docs, scorers=scorers, jobs=1)
    next(stream)
    assert gc.get_threshold() == (SCORING_GC_THRESHOLD, *before[1:])
    stream.close()
    assert gc.get_threshold() == before
    assert len(list(iter_scored(many_docs, scorers=scorers, jobs=1))) == len(many_docs)
    assert gc.get_threshold() == before
    try:
        gc.set_threshold(0, *before[1:])
        stream = iter_scored(many_docs, scorers=scorers, jobs=1)
        next(stream)
        assert gc.get_threshold()[0] == 0
        stream.close()
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_parallel_without_spans_keeps_results(scorers, many_docs):
    serial = analyze(many_docs, scorers=scorers, keep_spans=False)
    parallel = analyze(many_docs, scorers=scorers, keep_spans=False, jobs=2)
    assert parallel.spans == [] and [r.to_dict() for r in parallel.results] == [r.to_dict() for r in serial.results]
    assert parallel.skipped == serial.skipped


@pytest.mark.parametrize("jobs, expected", [(1, 1), (2, 2), (0, "cores"), (None, "cores")])
def test_resolve_jobs(jobs, expected):
    import os

    assert resolve_jobs(jobs) == (os.cpu_count() if expected == "cores" else expected)


def test_negative_jobs_refused():
    with pytest.raises(ValueError):
        resolve_jobs(-1)


@pytest.mark.parametrize("command", [["annotate", "--format", "jsonl"],
                                     pytest.param(["scorecard", "--format", "json"], marks=pytest.mark.slow)])
def test_cli_jobs_give_identical_output(tmp_path, many_docs, command):
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": d.id, "outlet": d.outlet, "text": d.text}) + "\n"
                              for d in many_docs[:41] if isinstance(d, Document)), encoding="utf-8")
    runner = CliRunner()
    name, *options = command
    one = runner.invoke(main, [name, str(corpus), *options, "--jobs", "1"])
    two = runner.invoke(main, [name, str(corpus), *options, "--jobs", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    assert one.stdout == two.stdout
    assert "scored 40 document(s)" in two.stderr


@pytest.mark.parametrize("n_docs", [1, 15, 16, 17])
def test_small_corpora_around_the_serial_threshold(scorers, many_docs, n_docs):
    docs = [d for d in many_docs if isinstance(d, Document)][:n_docs]
    serial = [(i.id, s, r.to_dict()) for i, s, r in iter_scored(docs, scorers=scorers, jobs=1)]
    assert [(i.id, s, r.to_dict()) for i, s, r in iter_scored(docs, scorers=scorers, jobs=2)] == serial


def test_store_parallel_equals_serial(tmp_path, scorers, many_docs):
    from framing.store import ResultsStore

    serial, parallel = ResultsStore(tmp_path / "one"), ResultsStore(tmp_path / "two")
    serial.update(many_docs, scorers=scorers, jobs=1, partition_size=40)
    parallel.update(many_docs, scorers=scorers, jobs=2, partition_size=40)
    assert [r.to_dict() for r in parallel.results()] == [r.to_dict() for r in serial.results()]
    assert parallel.spans() == serial.spans()
