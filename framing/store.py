"""A results folder for big and incremental runs: Parquet partitions plus a small JSON state file.

Layout of a results folder::

    state.json                 what was scored: per document [sha256 of text, versions key, part]
    docs/part-00000.parquet    per-document results (DocResult), one row per document
    spans/part-00000.parquet   spans of the same documents

Each partition is written atomically (temporary file, then rename) and the state file only
points at complete partitions, so an interrupted run loses at most the partition in progress.
Re-running scores only documents that are new, whose text changed, or that were scored with
other lexicon/model versions; rows of re-scored documents in older partitions are ignored
(and dropped once no current document points at their partition).

>>> store = ResultsStore("results/")
>>> summary = store.update(read_corpus("articles.parquet"), jobs=0)
>>> store.scorecard(by="outlet").to_frame()
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .errors import InputError
from .results import DocResult
from .spans import Span

STATE_FILE = "state.json"
STATE_FORMAT = "framing-results/1"
DOCS_DIR = "docs"
SPANS_DIR = "spans"
DEFAULT_PARTITION_SIZE = 5000
_PART = re.compile(r"^part-(\d{5,})\.parquet$")
_SPAN_COLUMNS = ("doc_id", "start", "end", "text", "scorer", "family", "category", "voice", "speaker",
                 "term", "weight", "explanation", "alternative", "attrs")


def content_hash(text: str) -> str:
    """sha256 (hex) of a document's text, UTF-8 encoded."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def scorer_versions(scorers: Sequence) -> dict[str, str]:
    """Name -> version of every scorer (lexicon content hash, a `version` attribute, or a code hash).

    Also records the segmenter (framing/text.py and its data files), whose voice decisions every span depends on.
    """
    from .versions import file_digest, files_version

    here = Path(__file__).parent
    versions = {"segmenter": files_version(here / "text.py", here / "data" / "abbreviations.txt",
                                           here / "data" / "display_cues.txt")}
    for scorer in scorers:
        version = getattr(scorer, "version", None)
        lexicon = getattr(scorer, "lexicon", None)
        if not version and lexicon is not None:
            version = getattr(lexicon, "version", "")
        if not version:
            import inspect

            source = inspect.getsourcefile(type(scorer))
            digest = file_digest(source) if source else None
            version = "code-" + (digest.hex()[:12] if digest else "missing") if source else "unknown"
        versions[str(scorer.name)] = str(version)
    return dict(sorted(versions.items()))


def versions_key(versions: dict[str, str]) -> str:
    """A short stable id of a versions table."""
    return hashlib.sha256(json.dumps(versions, sort_keys=True).encode()).hexdigest()[:12]


@dataclass
class RunSummary:
    """What one `ResultsStore.update` did: counts of scored, unchanged, skipped and removed documents."""

    scored: int = 0
    unchanged: int = 0
    skipped: list = field(default_factory=list)
    removed: int = 0
    partitions: int = 0
    interrupted: bool = False

    @property
    def total(self) -> int:
        """Every input item seen: scored + unchanged + skipped."""
        return self.scored + self.unchanged + len(self.skipped)

    def __str__(self) -> str:
        text = (f"{self.total} input(s): scored {self.scored}, unchanged {self.unchanged}, "
                f"skipped {len(self.skipped)}, removed {self.removed}; wrote {self.partitions} partition(s)")
        return text + (" (interrupted: run again to finish)" if self.interrupted else "")


class ResultsStore:
    """A results folder (see the module docstring): update it from a corpus, read results back."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)

    # ---- state ------------------------------------------------------------------------------
    @staticmethod
    def is_results_folder(path: str | os.PathLike) -> bool:
        """True if `path` is a folder holding a framing results state file."""
        state = Path(path) / STATE_FILE
        if not state.is_file():
            return False
        try:
            with open(state, encoding="utf-8") as fh:
                return json.load(fh).get("format") == STATE_FORMAT
        except (OSError, ValueError, AttributeError):
            return False

    def load_state(self) -> dict[str, Any]:
        """The state file's content (an empty state for a new folder)."""
        path = self.folder / STATE_FILE
        if not path.exists():
            if self.folder.exists() and any(self.folder.iterdir()):
                raise InputError(f"{self.folder}: not a framing results folder (no {STATE_FILE}) and not empty; "
                                 "choose a new or empty folder for --results")
            return {"format": STATE_FORMAT, "versions": {}, "documents": {}, "skipped": []}
        try:
            with open(path, encoding="utf-8") as fh:
                state = json.load(fh)
        except ValueError as exc:
            raise InputError(f"{path}: the state file is not valid JSON ({exc}); delete the results folder "
                             "and run again") from None
        if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
            raise InputError(f"{path}: not a {STATE_FORMAT} state file; use another --results folder")
        return state

    def _save_state(self, state: dict[str, Any]) -> None:
        from .outputs import atomic_write_text

        atomic_write_text(self.folder / STATE_FILE, json.dumps(state, ensure_ascii=False, separators=(",", ":")))

    # ---- writing ----------------------------------------------------------------------------
    def update(self, corpus: Any, *, scorers: Sequence | None = None, jobs: int = 1, engine: str = "local",
               scheduler: str | None = None, partition_size: int = DEFAULT_PARTITION_SIZE,
               keep_spans: bool = True, checkpoint_seconds: float = 5.0,
               progress: bool | None = False) -> RunSummary:
        """Score what is new or changed in `corpus` and store it; returns what was done.

        The state file is saved after a partition when `checkpoint_seconds` have passed since the last
        save, and always at the end (also after Ctrl-C or an error, for the partitions completed).
        `progress=None` shows a live count on stderr when it is a terminal.
        """
        from .progress import progress_counter

        from .engine import default_scorers

        if partition_size < 1:
            raise ValueError(f"partition_size must be >= 1, not {partition_size}")
        scorers = list(scorers) if scorers is not None else default_scorers()
        state = self.load_state()
        versions = scorer_versions(scorers)
        vkey = versions_key(versions)
        state["versions"][vkey] = versions
        from .engine import scorer_explanations

        explained = state.setdefault("explanations", {})
        explained.update({f"{f}/{c}": text for (f, c), text in sorted(scorer_explanations(scorers).items())})
        old_docs: dict[str, list] = state["documents"]
        summary = RunSummary()
        seen: dict[str, None] = {}
        new_docs: dict[str, list] = {}
        skipped: list = []

        def pending() -> Iterator:
            for item in _items(corpus):
                doc_id = getattr(item, "id", None)
                text = getattr(item, "text", None)
                if text is None:                                  # a Skipped input
                    yield item
                    continue
                digest = content_hash(text)
                seen[doc_id] = None
                entry = old_docs.get(doc_id)
                if entry is not None and entry[0] == digest and entry[1] == vkey:
                    summary.unchanged += 1
                    continue
                new_docs[doc_id] = [digest, vkey, None]
                yield item

        scored = self._scored(pending(), scorers=scorers, jobs=jobs, engine=engine, scheduler=scheduler,
                              partition_size=partition_size, keep_spans=keep_spans)
        next_part = self._next_part()
        buffer: list[tuple[DocResult, list[Span] | None]] = []
        last_save = time.monotonic()

        def flush() -> None:
            nonlocal next_part
            if not buffer:
                return
            self._write_partition(next_part, buffer, new_docs, keep_spans=keep_spans)
            for result, _spans in buffer:
                new_docs[result.doc_id][2] = next_part
                old_docs[result.doc_id] = new_docs[result.doc_id]
            summary.scored += len(buffer)
            summary.partitions += 1
            next_part += 1
            buffer.clear()

        def checkpoint() -> None:
            state["skipped"] = [_skipped_record(s) for s in skipped]
            self._save_state(state)

        try:
            with progress_counter(enabled=progress) as advance:
                for item, spans, result in scored:
                    advance(result.n_words if result is not None else 0)
                    if result is None:
                        skipped.append(item)
                        continue
                    buffer.append((result, spans))
                    if len(buffer) >= partition_size:
                        flush()
                        if time.monotonic() - last_save >= checkpoint_seconds:
                            checkpoint()
                            last_save = time.monotonic()
        except BaseException:
            summary.interrupted = True
            summary.skipped = skipped
            with contextlib.suppress(Exception):      # keep what is complete; the original error wins
                flush()
                checkpoint()
            raise
        flush()
        summary.skipped = skipped
        removed = [doc_id for doc_id in old_docs if doc_id not in seen]
        summary.removed = len(removed)
        state["documents"] = {doc_id: old_docs[doc_id] for doc_id in seen if doc_id in old_docs}
        used = {entry[1] for entry in state["documents"].values()}
        state["versions"] = {key: value for key, value in state["versions"].items() if key in used or key == vkey}
        checkpoint()
        self._drop_unused_parts(state)
        return summary

    def _scored(self, items: Iterable, *, scorers, jobs, engine, scheduler, partition_size, keep_spans):
        """(item, spans, result) per item from the chosen engine."""
        if engine == "local":
            from .engine import iter_scored

            return iter_scored(items, scorers=scorers, jobs=jobs, keep_spans=keep_spans)
        if engine == "dask":
            from .distributed import iter_scored_dask

            return iter_scored_dask(items, scorers=scorers, scheduler=scheduler,
                                    partition_size=min(partition_size, 500), keep_spans=keep_spans)
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")

    def _part_path(self, kind: str, number: int) -> Path:
        return self.folder / kind / f"part-{number:05d}.parquet"

    def _existing_parts(self) -> set[int]:
        numbers = set()
        for kind in (DOCS_DIR, SPANS_DIR):
            folder = self.folder / kind
            if folder.is_dir():
                numbers.update(int(m.group(1)) for p in folder.iterdir() if (m := _PART.match(p.name)))
        return numbers

    def _next_part(self) -> int:
        return max(self._existing_parts(), default=-1) + 1

    def _write_partition(self, number: int, buffer, new_docs: dict[str, list], *, keep_spans: bool) -> None:
        """Write spans first, then per-document results, each atomically."""
        if keep_spans:
            spans = [span for _result, doc_spans in buffer for span in (doc_spans or ())]
            _write_parquet(self._part_path(SPANS_DIR, number), _spans_table(spans))
        rows = [_result_row(result, *new_docs[result.doc_id][:2]) for result, _spans in buffer]
        _write_parquet(self._part_path(DOCS_DIR, number), _results_table(rows))

    def _drop_unused_parts(self, state: dict[str, Any]) -> None:
        """Delete partitions no current document points at (superseded or orphaned by an interruption)."""
        used = {entry[2] for entry in state["documents"].values()}
        for number in self._existing_parts() - used:
            for kind in (DOCS_DIR, SPANS_DIR):
                path = self._part_path(kind, number)
                if path.exists():
                    path.unlink()

    # ---- reading ----------------------------------------------------------------------------
    def _current(self) -> tuple[dict[str, list], dict[int, list[str]]]:
        state = self.load_state()
        docs = state["documents"]
        by_part: dict[int, list[str]] = {}
        for doc_id, (_digest, _vkey, part) in docs.items():
            by_part.setdefault(part, []).append(doc_id)
        return docs, by_part

    def results(self) -> list[DocResult]:
        """Stored per-document results of the current documents, in corpus order."""
        order = {doc_id: number for number, doc_id in enumerate(self.load_state()["documents"])}
        return sorted(self.iter_results(), key=lambda result: order[result.doc_id])

    def iter_results(self) -> Iterator[DocResult]:
        """Stored per-document results of the current documents, partition by partition (flat memory)."""
        import pyarrow.parquet as pq

        _docs, by_part = self._current()
        for part, ids in sorted(by_part.items()):
            wanted = set(ids)
            parquet = pq.ParquetFile(self._part_path(DOCS_DIR, part))
            for batch in parquet.iter_batches(batch_size=2_000):
                for row in batch.to_pylist():
                    if row["doc_id"] in wanted:
                        yield _row_result(row)

    def iter_spans(self) -> Iterator[Span]:
        """Stored spans of the current documents, partition by partition."""
        import pyarrow.parquet as pq

        _docs, by_part = self._current()
        for part, ids in sorted(by_part.items()):
            path = self._part_path(SPANS_DIR, part)
            if not path.exists():
                continue
            wanted = set(ids)
            parquet = pq.ParquetFile(path)
            for batch in parquet.iter_batches(batch_size=10_000):
                for row in batch.to_pylist():
                    if row["doc_id"] in wanted:
                        yield _row_span(row)

    def spans(self) -> list[Span]:
        """All stored spans of the current documents, in corpus order (`iter_spans` streams by partition)."""
        order = {doc_id: number for number, doc_id in enumerate(self.load_state()["documents"])}
        return sorted(self.iter_spans(), key=lambda span: order[span.doc_id])

    def explanation_spans(self) -> list[Span]:
        """One stored span per (family, category): enough for a scorecard's explanations (read column-wise)."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        _docs, by_part = self._current()
        first: dict[tuple[str, str], Span] = {}
        for part, ids in sorted(by_part.items()):
            path = self._part_path(SPANS_DIR, part)
            if not path.exists():
                continue
            table = pq.read_table(path)
            table = table.filter(pc.is_in(table["doc_id"], value_set=pa.array(ids, type=pa.string())))
            keys = table.select(["family", "category"]).to_pandas()
            for row in table.take(pa.array(keys.drop_duplicates().index)).to_pylist():
                first.setdefault((row["family"], row["category"]), _row_span(row))
        return list(first.values())

    def skipped(self) -> list:
        """The inputs skipped by the latest run, as `Skipped` items."""
        from .io import Skipped

        return [Skipped(s["id"], s["source"], s["reason"]) for s in self.load_state().get("skipped", [])]

    def scorecard(self, *, by: str = "outlet", spans: str = "explanations"):
        """A Scorecard from stored results; `spans` is "all", "explanations" (one per category) or "none"."""
        from .scorecard import Scorecard

        chosen = {"all": self.spans, "explanations": self.explanation_spans, "none": list}.get(spans)
        if chosen is None:
            raise ValueError(f"spans must be 'all', 'explanations' or 'none', not {spans!r}")
        explanations = {tuple(key.split("/", 1)): text
                        for key, text in self.load_state().get("explanations", {}).items()}
        return Scorecard(self.iter_results(), by=by, spans=chosen(), skipped=self.skipped(),
                         explanations=explanations)


# ---- rows and tables ------------------------------------------------------------------------

def _items(corpus: Any) -> Iterable:
    from .engine import _items as engine_items

    return engine_items(corpus)


def _skipped_record(item) -> dict[str, str]:
    return {"id": item.id, "source": item.source, "reason": item.reason}


def _result_row(result: DocResult, digest: str, vkey: str) -> dict[str, Any]:
    data = result.to_dict()
    return {
        "doc_id": data["doc_id"], "outlet": data["outlet"], "title": data["title"], "date": data["date"],
        "n_docs": data["n_docs"], "n_words": data["n_words"], "narrator_words": data["narrator_words"],
        "quoted_words": data["quoted_words"], "counts": json.dumps(data["counts"], ensure_ascii=False),
        "terms": json.dumps(data["terms"], ensure_ascii=False),
        "metrics": json.dumps(data["metrics"], ensure_ascii=False), "sha256": digest, "versions": vkey,
    }


def _row_result(row: dict[str, Any]) -> DocResult:
    data = dict(row)
    for key in ("counts", "terms", "metrics"):
        data[key] = json.loads(data[key] or "{}")
    return DocResult.from_dict(data)


def _results_table(rows: list[dict[str, Any]]):
    import pyarrow as pa

    schema = pa.schema([
        ("doc_id", pa.string()), ("outlet", pa.string()), ("title", pa.string()), ("date", pa.string()),
        ("n_docs", pa.int64()), ("n_words", pa.int64()), ("narrator_words", pa.int64()),
        ("quoted_words", pa.int64()), ("counts", pa.string()), ("terms", pa.string()), ("metrics", pa.string()),
        ("sha256", pa.string()), ("versions", pa.string()),
    ])
    return pa.Table.from_pylist(rows, schema=schema)


def _spans_table(spans: list[Span]):
    import pyarrow as pa

    schema = pa.schema([
        ("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
        ("scorer", pa.string()), ("family", pa.string()), ("category", pa.string()), ("voice", pa.string()),
        ("speaker", pa.string()), ("term", pa.string()), ("weight", pa.float64()), ("explanation", pa.string()),
        ("alternative", pa.string()), ("attrs", pa.string()),
    ])
    rows = [{**{name: getattr(span, name) for name in _SPAN_COLUMNS[:-1]},
             "attrs": json.dumps(dict(span.attrs), ensure_ascii=False, sort_keys=True, default=str)}
            for span in spans]
    return pa.Table.from_pylist(rows, schema=schema)


def _row_span(row: dict[str, Any]) -> Span:
    data = dict(row)
    data["attrs"] = json.loads(data.get("attrs") or "{}")
    return Span(**data)


def _write_parquet(path: Path, table) -> None:
    """Write a table to `path` atomically."""
    import pyarrow.parquet as pq

    from .outputs import atomic_open

    with atomic_open(path, "wb") as fh:
        pq.write_table(table, fh, compression="zstd")
