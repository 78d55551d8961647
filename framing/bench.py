"""Throughput and peak memory of the pipeline and its stages, against a raw scan and a peer (VADER).

>>> rows = run_bench(limit=1000, jobs=0)
>>> print(format_table(rows))

Every stage runs on the same texts (the first `limit` articles of allsides/articles.parquet), in
its own forked process, so its peak memory is its own: the peak resident memory of that process and
its worker processes together (sampled with psutil when available, else `ru_maxrss`). Words are the
whitespace-separated words of the cleaned texts, the same count for every stage.
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from statistics import median
import time
from dataclasses import dataclass
from typing import Callable, Sequence

from .errors import FramingError

BENCH_FILE = "allsides/articles.parquet"
DEFAULT_LIMIT = 10_000
LEXICON_FAMILIES = ("loaded", "hedging")


@dataclass(frozen=True)
class BenchRow:
    """One measured stage: words processed, seconds, worker processes and peak memory (MB)."""

    stage: str
    words: int
    seconds: float
    jobs: int
    peak_mb: float
    note: str = ""
    runs: tuple[float, ...] = ()      # the seconds of each round (`repeat`), `seconds` being the least

    @property
    def words_per_second(self) -> float:
        """Throughput over all workers."""
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def words_per_second_per_core(self) -> float:
        """Throughput divided by the number of worker processes."""
        return self.words_per_second / max(1, self.jobs)


@dataclass(frozen=True)
class BenchTexts:
    """The benchmark corpus: ids, outlets, raw texts and their cleaned forms."""

    ids: list[str]
    outlets: list[str]
    raw: list[str]
    cleaned: list[str]

    @property
    def words(self) -> int:
        """Whitespace-separated words of the cleaned texts."""
        return sum(len(text.split()) for text in self.cleaned)


def load_texts(data: str | os.PathLike | None = None, *, limit: int | None = DEFAULT_LIMIT) -> BenchTexts:
    """The first `limit` (None: all) non-empty articles of allsides/articles.parquet, raw and cleaned."""
    import pyarrow.parquet as pq

    from .datasets import data_dir
    from .text import clean

    path = data_dir(data, required=BENCH_FILE) / BENCH_FILE
    ids, outlets, raw = [], [], []
    parquet = pq.ParquetFile(path, pre_buffer=False)
    for batch in parquet.iter_batches(batch_size=1000, columns=["id", "outlet", "text"]):
        for row in batch.to_pylist():
            if row["text"] and row["text"].strip():
                ids.append(str(row["id"]))
                outlets.append(row["outlet"] or "")
                raw.append(row["text"])
        if limit is not None and len(raw) >= limit:
            break
    if limit is not None:
        ids, outlets, raw = ids[:limit], outlets[:limit], raw[:limit]
    if not raw:
        raise FramingError(f"{path}: no texts to benchmark")
    return BenchTexts(ids=ids, outlets=outlets, raw=raw, cleaned=[clean(text).text for text in raw])


def run_bench(*, data: str | os.PathLike | None = None, limit: int | None = DEFAULT_LIMIT, jobs: int = 0,
              texts: BenchTexts | None = None, stages: Sequence[str] | None = None, repeat: int = 1) -> list[BenchRow]:
    """Measure every stage (or the named `stages`) on the same texts; one BenchRow per stage.

    With `repeat` > 1 every stage runs that many times, in rounds that each run every stage once (so a slow
    spell of a shared machine falls on all stages alike), and each row keeps its fastest run and highest peak.
    """
    from .engine import resolve_jobs

    if repeat < 1:
        raise ValueError(f"repeat must be at least 1, got {repeat}")

    texts = texts or load_texts(data, limit=limit)
    all_jobs = resolve_jobs(jobs)
    plan = [
        ("pipeline", 1, _pipeline_stage(1), "clean + segment + all default scorers, 1 process"),
        ("pipeline", all_jobs, _pipeline_stage(all_jobs), f"the same with --jobs {all_jobs}"),
        ("lexicon pipeline", 1, _pipeline_stage(1, families=LEXICON_FAMILIES),
         "clean + segment + loaded/hedging scorers only, 1 process"),
        ("attribution pipeline", 1, _pipeline_stage(1, families=(*LEXICON_FAMILIES, "attribution")),
         "the same + the attribution scorer, 1 process"),
        ("lexicon stage", 1, _lexicon_stage, "matcher.find of every default lexicon on cleaned text"),
        ("raw pyahocorasick", 1, _raw_scan_stage, "Automaton.iter over lower-cased text, same terms"),
        ("vaderSentiment", 1, _vader_stage, "polarity_scores per paragraph (the peer)"),
        ("clean + segment", 1, _clean_segment_stage, "text.clean then text.segment (sentences, quotes)"),
    ]
    chosen = []
    for stage, n_jobs, func, note in plan:
        name = stage if stage != "pipeline" else f"pipeline, {n_jobs} job{'s' if n_jobs > 1 else ''}"
        if stages is None or stage in stages or name in stages:
            chosen.append((name, n_jobs, func, note))
    runs: list[list[tuple[float, float]]] = [[] for _ in chosen]
    for _ in range(repeat):
        for measured, (_name, n_jobs, func, _note) in zip(runs, chosen):
            measured.append(_measure_in_child(func, texts, sample=n_jobs > 1))
    return [BenchRow(stage=name, words=texts.words, seconds=min(s for s, _ in measured), jobs=n_jobs,
                     peak_mb=max(p for _, p in measured), note=note, runs=tuple(s for s, _ in measured))
            for (name, n_jobs, _func, note), measured in zip(chosen, runs)]


def format_table(rows: Sequence[BenchRow], *, texts: int | None = None) -> str:
    """The rows as a plain aligned table (Markdown-compatible)."""
    head = ["stage", "jobs", "words", "seconds", "words/s", "words/s/core", "peak MB", "what"]
    lines = [head]
    for row in rows:
        lines.append([row.stage, str(row.jobs), f"{row.words:,}", f"{row.seconds:.2f}",
                      f"{row.words_per_second:,.0f}", f"{row.words_per_second_per_core:,.0f}",
                      f"{row.peak_mb:,.0f}", row.note])
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths)) + " |" for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    if texts is not None:
        out.insert(0, f"{texts:,} texts\n")
    return "\n".join(out)


def summary(rows: Sequence[BenchRow]) -> list[str]:
    """The ratios the issues set limits on, from the rows measured (each where both rows are there)."""
    from .attribution.implementation import implementation

    by_stage = {row.stage: row for row in rows}
    speed = {row.stage: row.words_per_second_per_core for row in rows}
    lines = [f"attribution extractor: {implementation()} (FRAMING_PURE_PYTHON=1 runs pure Python)"]
    if speed.get("lexicon pipeline") and speed.get("attribution pipeline"):
        ratio = speed["lexicon pipeline"] / speed["attribution pipeline"]
        lines.append(f"attribution cost: lexicon pipeline / attribution pipeline = {ratio:.2f} (at most 2.0 wanted)"
                     + _round_by_round(by_stage["lexicon pipeline"], by_stage["attribution pipeline"]))
    if speed.get("pipeline, 1 job") and speed.get("vaderSentiment"):
        ratio = speed["pipeline, 1 job"] / speed["vaderSentiment"]
        lines.append(f"whole pipeline per core / vaderSentiment = {ratio:.2f} (at least 1.0 wanted)"
                     + _round_by_round(by_stage["pipeline, 1 job"], by_stage["vaderSentiment"]))
    return lines


def _round_by_round(first: BenchRow, second: BenchRow) -> str:
    """"; round by round: r1, r2, ... (median m)": `first`'s speed per core over `second`'s within each round, where
    both ran in more than one round. The two runs of a round are made one after the other, so a machine that slows
    down or speeds up between rounds moves both; the best-of ratio before it may pair runs from different rounds."""
    if len(first.runs) < 2 or len(first.runs) != len(second.runs) or not all(first.runs) or not all(second.runs):
        return ""
    ratios = [(second_seconds * second.jobs) / (first_seconds * first.jobs)
              for first_seconds, second_seconds in zip(first.runs, second.runs)]
    return f"; round by round: {', '.join(f'{r:.2f}' for r in ratios)} (median {median(ratios):.2f})"


# ---- stages (run in a child process; return nothing, the parent times them) -----------------

def _pipeline_stage(jobs: int, *, families: Sequence[str] | None = None) -> Callable[[BenchTexts], Callable[[], None]]:
    def setup(texts: BenchTexts) -> Callable[[], None]:
        from .document import Document
        from .engine import default_scorers, iter_scored, score_document
        from .text import clean

        scorers = default_scorers(families=families)
        score_document(Document(id="warm-up", text=texts.cleaned[0]), scorers)   # compile matchers untimed

        def documents():
            for doc_id, outlet, raw in zip(texts.ids, texts.outlets, texts.raw):
                yield Document(id=doc_id, text=clean(raw).text, outlet=outlet)

        def run() -> None:
            results = [result for _item, _spans, result in
                       iter_scored(documents(), scorers=scorers, jobs=jobs, keep_spans=False)]
            assert len(results) == len(texts.raw)
        return run
    return setup


def _default_lexicons() -> list:
    from .engine import default_scorers

    return [scorer.lexicon for scorer in default_scorers() if hasattr(scorer, "lexicon")]


def _lexicon_stage(texts: BenchTexts) -> Callable[[], None]:
    matchers = [lexicon.matcher() for lexicon in _default_lexicons()]

    def run() -> None:
        for text in texts.cleaned:
            for matcher in matchers:
                matcher.find(text)
    return run


def _raw_scan_stage(texts: BenchTexts) -> Callable[[], None]:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for lexicon in _default_lexicons():
        for entry in lexicon.entries:
            term = entry.term.rstrip("*").lower()
            automaton.add_word(term, term)
    automaton.make_automaton()

    def run() -> None:
        for text in texts.cleaned:
            for _hit in automaton.iter(text.lower()):
                pass
    return run


def _vader_stage(texts: BenchTexts) -> Callable[[], None]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()

    def run() -> None:
        for text in texts.cleaned:
            for paragraph in text.split("\n"):
                if paragraph.strip():
                    analyzer.polarity_scores(paragraph)
    return run


def _clean_segment_stage(texts: BenchTexts) -> Callable[[], None]:
    from .text import clean, segment

    def run() -> None:
        for raw in texts.raw:
            seg = segment(clean(raw).text)
            seg.n_words, seg.quotes  # noqa: B018 - force the lazy parts
    return run


# ---- measuring --------------------------------------------------------------------------------

def _run_in_fork(work: Callable[[], tuple], *, what: str) -> tuple:
    """Run `work()` in a forked child and return its tuple; a failure or a dead child raises FramingError."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def target(conn) -> None:
        try:
            conn.send(("ok", *work()))
        except BaseException as exc:  # report any failure to the parent, then exit
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
        finally:
            conn.close()

    process = ctx.Process(target=target, args=(child,))
    process.start()
    child.close()
    try:
        outcome = parent.recv()
    except EOFError:
        outcome = ("error", f"the {what} process died (out of memory?)")
    finally:
        process.join()
    if outcome[0] == "error":
        raise FramingError(f"{what} failed: {outcome[1]}")
    return outcome[1:]


def _measure_in_child(func, texts: BenchTexts, *, sample: bool = True) -> tuple[float, float]:
    """(seconds, peak MB) of a stage in a forked child: `func(texts)` sets up, the runner it returns is timed."""
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        return _measure(func, texts, sample=sample)
    return _run_in_fork(lambda: _measure(func, texts, sample=sample), what="benchmark stage")


def _measure(func, texts: BenchTexts, *, sample: bool = True) -> tuple[float, float]:
    """Set the stage up (untimed), time its runner, and take its peak memory.

    `sample`: a thread samples the memory of this process and its children meanwhile (what a stage with worker
    processes needs); without it the peak is this process's own high-water mark (`ru_maxrss`), read after the
    run: exact, and no thread disturbs the timing (sampling every 20 ms slowed the pipeline by about 7% and
    vaderSentiment by 2%, its work pushing the pipeline's tables out of the CPU's caches).
    """
    sampler = _OwnPeak() if not sample and _OwnPeak.available() else _PeakMemory()
    with sampler:
        runner = func(texts)
        start = time.perf_counter()
        runner()
        seconds = time.perf_counter() - start
    return seconds, sampler.peak_mb


class _PeakMemory:
    """Peak RSS of this process plus its children, sampled every 20 ms (psutil), else ru_maxrss."""

    def __init__(self, *, interval: float = 0.02):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self):
        try:
            import psutil
        except ImportError:
            return self
        process = psutil.Process()

        def sample() -> None:
            while True:
                total = 0
                try:
                    total = process.memory_info().rss
                    for child in process.children(recursive=True):
                        try:
                            total += child.memory_info().rss
                        except psutil.Error:
                            pass
                except psutil.Error:
                    pass
                self.peak = max(self.peak, total)
                if self._stop.wait(self.interval):
                    return

        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    @property
    def peak_mb(self) -> float:
        """Peak in MB (ru_maxrss of self and children when psutil is missing)."""
        if self.peak:
            return self.peak / 2**20
        import resource

        return _maxrss_mb(resource.RUSAGE_SELF) + _maxrss_mb(resource.RUSAGE_CHILDREN)


class _OwnPeak:
    """This process's peak RSS (`ru_maxrss`), read when asked: for stages without worker processes."""

    @staticmethod
    def available() -> bool:
        """False where Python has no `resource` module (Windows): there the sampler measures."""
        try:
            import resource  # noqa: F401
        except ImportError:
            return False
        return True

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    @property
    def peak_mb(self) -> float:
        import resource

        return _maxrss_mb(resource.RUSAGE_SELF)


def _maxrss_mb(who: int) -> float:
    """`ru_maxrss` of `who` (resource.RUSAGE_SELF or RUSAGE_CHILDREN) in MB: macOS counts bytes, Linux kB."""
    import resource

    peak = resource.getrusage(who).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


# ---- memory as the corpus grows ------------------------------------------------------------

@dataclass(frozen=True)
class MemoryRow:
    """Peak memory of one streaming run over `docs` documents (`mode`: analyze or store)."""

    mode: str
    docs: int
    words: int
    seconds: float
    jobs: int
    peak_mb: float
    output_mb: float

    @property
    def peak_minus_output_mb(self) -> float:
        """Peak memory not explained by the output held in memory."""
        return self.peak_mb - self.output_mb


def cycled_corpus(data: str | os.PathLike | None = None, *, docs: int):
    """`docs` Documents streamed from allsides/articles.parquet, cycling it with new ids ("<id>~<pass>")."""
    from dataclasses import replace

    from .datasets import data_dir
    from .document import Document
    from .io import read_corpus

    corpus = read_corpus(data_dir(data, required=BENCH_FILE) / BENCH_FILE)
    made = 0
    cycle = 0
    while made < docs:
        for item in corpus:
            if not isinstance(item, Document):
                continue
            yield replace(item, id=f"{item.id}~{cycle}")
            made += 1
            if made >= docs:
                return
        cycle += 1


def memory_check(sizes: Sequence[int], *, data: str | os.PathLike | None = None, jobs: int = 0,
                 mode: str = "analyze", families: Sequence[str] | None = None) -> list[MemoryRow]:
    """Peak memory of streaming runs over each size (keep_spans=False), each in its own process.

    `mode="analyze"` aggregates the scorecard while scoring (its per-outlet totals are the output,
    reported as output_mb); `mode="store"` writes per-document results to a temporary results folder. `families`
    limits the scorers (default: all), e.g. ("loaded", "hedging") to check memory faster.
    """
    from .engine import chosen_families, resolve_jobs

    if mode not in ("analyze", "store"):
        raise ValueError(f"mode must be 'analyze' or 'store', not {mode!r}")
    chosen_families(families)       # an unknown family is said here, before the corpus is read and a child forked
    n_jobs = resolve_jobs(jobs)
    rows = []
    for size in sizes:
        holder: dict = {}

        def setup(_texts, size=size, holder=holder):
            return lambda: holder.update(_streaming_run(data, docs=size, jobs=n_jobs, mode=mode, families=families))

        seconds, peak, extra = _measure_in_child_with_result(setup, holder)
        rows.append(MemoryRow(mode=mode, docs=size, words=extra["words"], seconds=seconds, jobs=n_jobs,
                              peak_mb=peak, output_mb=extra["output_mb"]))
    return rows


def _streaming_run(data, *, docs: int, jobs: int, mode: str, families: Sequence[str] | None) -> dict:
    """One streaming run; returns words scored and the MB of output held in memory."""
    import tempfile

    from .engine import analyze, default_scorers

    scorers = default_scorers(families=families)
    corpus = cycled_corpus(data, docs=docs)
    if mode == "store":
        from .store import ResultsStore

        import pyarrow.parquet as pq

        with tempfile.TemporaryDirectory(prefix="framing-bench-") as folder:
            store = ResultsStore(folder)
            summary = store.update(corpus, scorers=scorers, jobs=jobs, keep_spans=False, checkpoint_seconds=60.0)
            assert summary.scored == docs, summary
            words = sum(pq.read_table(path, columns=["n_words"]).column("n_words").to_numpy().sum()
                        for path in sorted(Path(folder, "docs").glob("part-*.parquet")))
        return {"words": int(words), "results": []}
    card = analyze(corpus, scorers=scorers, keep_spans=False, keep_results=False, jobs=jobs).scorecard
    card.to_frame()
    words = sum(group.n_words for group in card.groups.values())
    return {"words": words, "results": card.aggregates}


def _results_mb(results) -> float:
    """Approximate in-memory size of DocResults (objects, dicts, counters, keys, strings)."""
    import sys

    seen: set[int] = set()

    def size(obj) -> int:
        if id(obj) in seen:
            return 0
        seen.add(id(obj))
        total = sys.getsizeof(obj)
        if isinstance(obj, dict):
            total += sum(size(k) + size(v) for k, v in obj.items())
        elif isinstance(obj, (tuple, list)):
            total += sum(size(item) for item in obj)
        elif hasattr(obj, "__dict__"):
            total += size(obj.__dict__)
        return total

    return (size(results)) / 2**20


def _measure_in_child_with_result(setup, holder: dict) -> tuple[float, float, dict]:
    """Like `_measure_in_child`, also returning what the runner put into `holder`."""

    def work() -> tuple:
        seconds, peak = _measure(setup, None)
        results = holder.pop("results", [])          # sized after the peak was taken: sizing costs memory
        return seconds, peak, {**holder, "output_mb": _results_mb(results)}

    return _run_in_fork(work, what="memory check")


def format_memory_table(rows: Sequence[MemoryRow]) -> str:
    """Memory rows as a plain aligned table."""
    head = ["mode", "docs", "words", "seconds", "jobs", "peak MB", "output MB", "peak - output MB"]
    lines = [head] + [[r.mode, f"{r.docs:,}", f"{r.words:,}", f"{r.seconds:.0f}", str(r.jobs), f"{r.peak_mb:,.0f}",
                       f"{r.output_mb:,.0f}", f"{r.peak_minus_output_mb:,.0f}"] for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths)) + " |" for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)
