"""The Dask engine: the same scorers on a dask.distributed cluster (extra `framing-analyser[dask]`).

>>> analysis = analyze_dask("archive/", scheduler="tcp://10.0.0.5:8786")   # an existing cluster
>>> analysis = analyze_dask("archive/")                                    # a LocalCluster on this machine

A folder of Parquet (or CSV/JSONL) files is read by the workers themselves, one file per task, so
the client never ships texts (the workers must see the same path, e.g. a shared file system).
Anything else (one file, a folder of .txt with a manifest, an iterable of Documents) is read by the
client and sent to the workers in batches of `partition_size` documents. Results come back in input
order and equal the local engine's.
"""
from __future__ import annotations

import contextlib
import os
from collections import deque
from dataclasses import dataclass, replace
from typing import Any, Iterator, Sequence

from .errors import FramingError

DEFAULT_PARTITION_SIZE = 200
WORKER_READ_KINDS = frozenset({"parquet", "csv", "tsv", "jsonl", "json"})
INSTALL_HINT = 'pip install "framing-analyser[dask]"'


class DaskUnavailableError(FramingError):
    """dask.distributed is not installed or the scheduler cannot be reached."""


@dataclass(frozen=True)
class DocRef:
    """A scored document's id and source, sent back instead of its text when spans are not kept."""

    id: str
    source: str


def _distributed():
    """The dask.distributed module, or a FramingError saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise DaskUnavailableError(f"the Dask engine needs dask.distributed; install it with {INSTALL_HINT}") from None
    return distributed


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, *, n_workers: int | None = None, timeout: float = 10.0):
    """A Client for `scheduler` (an address), or for a new LocalCluster (processes, 1 thread each)."""
    distributed = _distributed()
    import logging

    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise DaskUnavailableError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the "
                                       "address (tcp://HOST:8786) or leave --scheduler out for a local cluster") from None
        with contextlib.closing(client):
            yield client
        return
    # No dashboard; the scheduler's small HTTP server takes a free port on 127.0.0.1 (not 8787, which another
    # cluster may hold: that printed "Port 8787 is already in use").
    cluster = distributed.LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1,
                                       processes=True, dashboard_address=None, host="127.0.0.1",
                                       scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                       silence_logs=logging.ERROR)
    with contextlib.closing(cluster), contextlib.closing(distributed.Client(cluster)) as client:
        yield client


def iter_scored_dask(corpus: Any, *, scorers: Sequence | None = None, scheduler: str | None = None,
                     client: Any = None, partition_size: int = DEFAULT_PARTITION_SIZE, keep_spans: bool = True,
                     read_on_workers: bool | None = None) -> Iterator[tuple[Any, list | None, Any]]:
    """Stream (item, spans, result) per input item in input order, scored on a Dask cluster.

    Like `engine.iter_scored`: skipped inputs come with (None, None); with `keep_spans=False`,
    spans are None and scored items are `DocRef`s (id and source only).
    """
    from .engine import default_scorers

    if partition_size < 1:
        raise ValueError(f"partition_size must be >= 1, not {partition_size}")
    scorers = list(scorers) if scorers is not None else default_scorers()
    files = _worker_files(corpus) if read_on_workers is not False else None
    if read_on_workers and files is None:
        raise FramingError("read_on_workers needs a folder of .parquet/.csv/.jsonl files or one such file")
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(dask_client(scheduler))
        [scorers_future] = client.scatter([scorers], broadcast=True)
        in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
        if files is not None:
            yield from _iter_worker_read(client, files, scorers_future, keep_spans=keep_spans, in_flight=in_flight)
        else:
            yield from _iter_client_batches(client, corpus, scorers_future, partition_size=partition_size,
                                            keep_spans=keep_spans, in_flight=in_flight)


def analyze_dask(corpus_or_path: Any, *, scorers: Sequence | None = None, scheduler: str | None = None,
                 client: Any = None, by: str = "outlet", keep_spans: bool = True, keep_results: bool = True,
                 partition_size: int = DEFAULT_PARTITION_SIZE, read_on_workers: bool | None = None):
    """Like `engine.analyze`, on a Dask cluster (an address, a Client, or a new LocalCluster)."""
    from .engine import collect, default_scorers, empty_analysis

    scorers = list(scorers) if scorers is not None else default_scorers()
    analysis = empty_analysis(scorers, by=by, keep_results=keep_results)
    scored = iter_scored_dask(corpus_or_path, scorers=scorers, scheduler=scheduler, client=client,
                              partition_size=partition_size, keep_spans=keep_spans, read_on_workers=read_on_workers)
    return collect(analysis, scored)


# ---- client reads, workers score ------------------------------------------------------------

def _iter_client_batches(client, corpus, scorers_future, *, partition_size: int, keep_spans: bool, in_flight: int):
    import itertools

    from .engine import _items

    iterator = iter(_items(corpus))
    pending: deque = deque()
    while True:
        batch = list(itertools.islice(iterator, partition_size))
        if batch:
            docs = [item for item in batch if _is_document(item)]
            future = client.submit(score_batch, docs, scorers_future, keep_spans, pure=False)
            pending.append((batch, future))
        while pending and (len(pending) >= in_flight or not batch):
            done_batch, future = pending.popleft()
            scored = iter(future.result())
            for item in done_batch:
                if not _is_document(item):
                    yield item, None, None
                    continue
                spans, result = next(scored)
                yield (item if keep_spans else DocRef(item.id, item.source)), spans, result
        if not batch:
            return


def score_batch(docs: list, scorers: Sequence, keep_spans: bool) -> list[tuple[list | None, Any]]:
    """Worker task: (spans, result) for each document of a batch."""
    from .engine import score_documents

    return [(spans if keep_spans else None, result)
            for spans, result in score_documents(docs, scorers, all_spans=keep_spans)]


def _is_document(item) -> bool:
    from .document import Document

    return isinstance(item, Document)


# ---- workers read their own files ------------------------------------------------------------

def _worker_files(corpus: Any) -> list[tuple[str, dict, dict]] | None:
    """(path, partition keys, read_corpus options) per file when workers can read the corpus themselves."""
    from .io import Corpus, read_corpus

    if isinstance(corpus, (str, os.PathLike)):
        corpus = read_corpus(corpus)
    if not isinstance(corpus, Corpus):
        return None
    sources = corpus.sources()
    if not sources or any(kind not in WORKER_READ_KINDS for _path, kind, _partition in sources):
        return None
    options = {**corpus.column_names(), "clean": corpus.clean}
    return [(path, partition, options) for path, _kind, partition in sources]


def read_and_score(path: str, partition: dict, options: dict, scorers: Sequence, keep_spans: bool) -> list:
    """Worker task: read one corpus file and score it; (item, spans, result) per row, in file order."""
    from .engine import _batches, _score_items
    from .io import Skipped, read_corpus

    out = []
    for batch in _batches(read_corpus(path, **options)):    # a few documents in memory at a time
        if partition:
            batch = [item if isinstance(item, Skipped) else replace(item, meta={**partition, **item.meta})
                     for item in batch]
        for item, (spans, result) in zip(batch, _score_items(batch, scorers, all_spans=keep_spans)):
            if isinstance(item, Skipped):
                out.append((item, None, None))
            else:
                out.append((item if keep_spans else DocRef(item.id, item.source), spans if keep_spans else None,
                            result))
    return out


def _iter_worker_read(client, files: list, scorers_future, *, keep_spans: bool, in_flight: int):
    """Submit one task per file (bounded), yield rows in file order, drop later duplicate ids."""
    from .io import Skipped

    first_seen: dict[str, str] = {}
    pending: deque = deque()
    queue = iter(files)
    exhausted = False
    while True:
        while not exhausted and len(pending) < in_flight:
            spec = next(queue, None)
            if spec is None:
                exhausted = True
                break
            path, partition, options = spec
            pending.append(client.submit(read_and_score, path, partition, options, scorers_future, keep_spans,
                                         pure=False))
        if not pending:
            return
        for item, spans, result in pending.popleft().result():
            if result is not None:
                first = first_seen.get(item.id)
                if first is not None:
                    yield Skipped(item.id, item.source, f"duplicate id, first seen at {first}"), None, None
                    continue
                first_seen[item.id] = item.source
            yield item, spans, result
