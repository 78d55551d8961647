"""Streaming: documents are read one at a time, re-read on every pass, with flat memory."""
from __future__ import annotations

import gzip
import json
import tracemalloc
import types
from pathlib import Path

import pytest

from framing.document import Document
from framing.io import Skipped, read_corpus

N_ROWS = 5000
BODY = "Officials said the strikes hit rebel-held districts overnight. " * 60   # ~3.8 KB a document


def _jsonl_lines(n_valid: int, n_total: int, body: str = BODY) -> list[str]:
    good = [json.dumps({"id": f"d{i}", "outlet": "VOA", "text": f"{i} {body}"}) for i in range(n_valid)]
    bad = [f'{{"id": "d{i}", "text": ' for i in range(n_valid, n_total)]   # truncated JSON
    return good + bad


def _csv_text(n_valid: int, n_total: int, body: str = BODY) -> str:
    good = [f'd{i},VOA,"{i} {body}"' for i in range(n_valid)]
    bad = [f"d{i},only-two-fields" for i in range(n_valid, n_total)]
    return "\n".join(["id,outlet,text", *good, *bad]) + "\n"


WRITERS = {
    "jsonl": lambda p, v, t, b: p.write_text("\n".join(_jsonl_lines(v, t, b)) + "\n", encoding="utf-8"),
    "jsonl.gz": lambda p, v, t, b: p.write_bytes(gzip.compress(("\n".join(_jsonl_lines(v, t, b)) + "\n").encode())),
    "csv": lambda p, v, t, b: p.write_text(_csv_text(v, t, b), encoding="utf-8"),
}


def _write(tmp_path: Path, suffix: str, n_valid: int, n_total: int = N_ROWS, *, body: str = BODY) -> Path:
    path = tmp_path / f"big.{suffix}"
    WRITERS[suffix](path, n_valid, n_total, body)
    return path


@pytest.mark.parametrize("suffix", list(WRITERS))
def test_first_document_does_not_read_the_rest(tmp_path, suffix):
    corpus = read_corpus(_write(tmp_path, suffix, n_valid=3), clean=False)
    stream = iter(corpus)
    assert isinstance(stream, types.GeneratorType)
    first = next(stream)
    assert isinstance(first, Document) and first.id == "d0"
    assert corpus.skipped == []                       # the 4,997 invalid rows have not been parsed yet
    rest = list(stream)
    assert len(rest) == N_ROWS - 1
    assert len(corpus.skipped) == N_ROWS - 3 and all(isinstance(s, Skipped) for s in corpus.skipped)


def test_parquet_streams_across_row_groups_in_order(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": f"d{i}", "text": f"{i} {BODY[:100]}"} for i in range(N_ROWS)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "big.parquet", row_group_size=700)
    corpus = read_corpus(tmp_path / "big.parquet", clean=False)
    stream = iter(corpus)
    assert isinstance(stream, types.GeneratorType)
    assert next(stream).id == "d0"
    ids = [doc.id for doc in corpus.documents()]
    assert ids == [f"d{i}" for i in range(N_ROWS)]
    assert next(iter(corpus)).source.endswith("big.parquet:row 1")


@pytest.mark.parametrize("suffix", list(WRITERS))
def test_memory_stays_flat_over_the_corpus(tmp_path, suffix):
    path = _write(tmp_path, suffix, n_valid=1000, n_total=1000, body=BODY * 5)   # 1,000 x 19 KB
    corpus = read_corpus(path, clean=False)
    tracemalloc.start()
    try:
        n_chars = sum(len(doc.text) for doc in corpus.documents())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n_chars > 15_000_000                          # ~19 MB of text went through
    assert peak < 2_500_000, f"peak {peak:,} bytes: the reader holds too much at once"


def test_each_pass_re_reads_the_file(tmp_path):
    path = _write(tmp_path, "jsonl", n_valid=2, n_total=2)
    corpus = read_corpus(path, clean=False)
    assert [d.id for d in corpus.documents()] == ["d0", "d1"]
    path.write_text(json.dumps({"id": "new", "text": "Changed on disk."}) + "\n", encoding="utf-8")
    assert [d.id for d in corpus.documents()] == ["new"]
