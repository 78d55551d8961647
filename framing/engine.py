"""Run scorers over a corpus: spans per document, additive results, and a scorecard."""
from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Iterable, Iterator, Sequence

from .document import Document
from .recent import BATCH_CHARS, BATCH_SIZE
from .results import DocResult
from .spans import Span

SPAN_FAMILIES_FROM_LEXICONS = ("loaded", "hedging")


ALL_FAMILIES = ("loaded", "hedging", "attribution", "actors", "tone", "classifier")


def chosen_families(families: Sequence[str] | None) -> tuple[str, ...]:
    """`families` as a tuple (None or empty: ALL_FAMILIES); an unknown name raises FramingError naming the choices."""
    chosen = tuple(families) if families else ALL_FAMILIES
    unknown = sorted(set(chosen) - set(ALL_FAMILIES))
    if unknown:
        from .errors import FramingError

        raise FramingError(f"unknown family {', '.join(unknown)}; choose from {', '.join(ALL_FAMILIES)}")
    return chosen


def default_scorers(*, lexicons: Sequence[str | os.PathLike] = (), families: Sequence[str] | None = None) -> list:
    """The standard scorer set: lexicon scorers (shipped, or the given files) and the rule/model scorers.

    `families` picks a subset of ALL_FAMILIES (default: all), e.g. ("loaded", "hedging") for speed.
    """
    from .lexicon import Lexicon, shipped_lexicons
    from .scorers.loaded import LexiconScorer

    chosen = chosen_families(families)
    wanted = [f for f in SPAN_FAMILIES_FROM_LEXICONS if f in chosen]
    paths = list(lexicons) or [p for p in shipped_lexicons() if _declared_family(p) in wanted]
    loaded = [Lexicon.load(path) for path in paths]
    scorers: list = [LexiconScorer(lex) for lex in loaded if lex.family in wanted]
    scorers.extend(_rule_scorers(chosen))
    _scan_lexicons_together(scorers)
    return scorers


def _scan_lexicons_together(scorers: Sequence) -> None:
    """One scan of each document for the lexicons of the lexicon, actor and tone scorers (`lexicon.scan_together`)."""
    from .lexicon import scan_together
    from .scorers.actors import ActorScorer
    from .scorers.loaded import LexiconScorer
    from .scorers.tone import ToneScorer

    lexicons = []
    for scorer in scorers:
        if isinstance(scorer, ToneScorer):
            scorer = scorer.actor_scorer
        if isinstance(scorer, LexiconScorer):
            lexicons.append(scorer.lexicon)
        elif isinstance(scorer, ActorScorer):
            lexicons.append(scorer.actors.lexicon)
    scan_together(lexicon.matcher() for lexicon in lexicons)


def _declared_family(path) -> str | None:
    """The `family` a lexicon file declares in its [lexicon] table (without validating the rest)."""
    import re

    with open(path, encoding="utf-8", errors="replace") as fh:
        head = fh.read(4096)
    match = re.search(r'^\s*family\s*=\s*"([^"]+)"', head, flags=re.M)
    return match.group(1) if match else None


def _rule_scorers(families: Sequence[str]) -> list:
    """Scorers that are not plain lexicon lookups, for the chosen families."""
    scorers: list = []
    if "hedging" in families:
        from .scorers.hedging import ScareQuoteScorer

        scorers.append(ScareQuoteScorer())
    if "attribution" in families:
        from .scorers.attribution import AttributionScorer

        scorers.append(AttributionScorer())
    if "actors" in families or "tone" in families:
        from .scorers.actors import ActorScorer

        actors = ActorScorer()
        if "actors" in families:
            scorers.append(actors)
        if "tone" in families:
            from .scorers.tone import ToneScorer

            scorers.append(ToneScorer(actors))
    if "classifier" in families:
        from .scorers.classifier import SentenceBiasScorer

        scorers.append(SentenceBiasScorer())
    return scorers


_SPAN_ORDER = attrgetter("start", "end", "family", "scorer", "category")  # how spans are sorted


def score_document(doc: Document, scorers: Sequence, *, all_spans: bool = True) -> tuple[list[Span], DocResult]:
    """All spans of one document (sorted by offset) and its additive result (`score_documents` for `all_spans`)."""
    return score_documents([doc], scorers, all_spans=all_spans)[0]


def score_documents(docs: Sequence[Document], scorers: Sequence, *,
                    all_spans: bool = True) -> list[tuple[list[Span], DocResult]]:
    """`score_document` of each document, the same spans and results, faster for many: in batches (`_batches`),
    each scorer finds its spans in every document of the batch before the next scorer starts (see BATCH_NOTE).

    With `all_spans=False` a scorer that can tally a document (`tally(doc)`, e.g. the attribution scorer) does so
    instead of finding its spans: the same results, without those spans, faster; what runs keeping no spans use.
    """
    out = []
    for batch in _batches(docs):
        found: list[list[Span]] = [[] for _ in batch]
        tallied: list[tuple[int, list]] = []  # (index of a scorer that tallies, its tally of each document)
        for at, scorer in enumerate(scorers):
            tally = None if all_spans else getattr(scorer, "tally", None)
            if tally is not None:
                tallied.append((at, [tally(doc) for doc in batch]))
                continue
            find = scorer.find
            for spans, doc in zip(found, batch):
                spans.extend(find(doc))
        for n, (doc, spans) in enumerate(zip(batch, found)):
            out.append(_summarise(doc, spans, scorers, {at: per_doc[n] for at, per_doc in tallied} if tallied
                                  else _NO_TALLIES))
    return out


_NO_TALLIES: dict = {}  # (never changed)


# BATCH_NOTE: a scorer's tables (the classifier's word memo and weights, the attribution rules and speaker memos, the
# lexicon automata) fall out of the CPU's caches while the other scorers run; scoring a batch of documents scorer by
# scorer keeps each in cache across the batch: the whole pipeline ran about 10% faster (docs/evaluation.md). Scorers
# treat each document on its own, and those sharing work per document keep it for the last BATCH_SIZE documents
# (`framing.recent`), so the spans and results are the same as one document at a time.


def _summarise(doc: Document, spans: list[Span], scorers: Sequence,
               tallies: dict) -> tuple[list[Span], DocResult]:
    """A document's found spans refined, sorted and measured, with the tallies of the scorers that made no spans (by
    their index in `scorers`): (spans, result)."""
    for at, scorer in enumerate(scorers):
        refine = getattr(scorer, "refine", None)
        if refine is not None:
            tally = tallies.get(at)
            spans = list(refine(doc, spans) if tally is None else refine(doc, spans, tally=tally))
    spans.sort(key=_SPAN_ORDER)
    metrics: dict[str, float] = {}
    for at, scorer in enumerate(scorers):
        metric_fn = getattr(scorer, "metrics", None)
        if metric_fn is not None:
            names = _metric_names(scorer.name)
            tally = tallies.get(at)
            for key, value in (metric_fn(doc, spans) if tally is None else tally.metrics).items():
                name = names.get(key)
                if name is None:
                    name = names[key] = sys.intern(f"{scorer.name}.{key}")
                metrics[name] = value
    return spans, DocResult.from_spans(doc, spans, metrics=metrics, tallies=tallies.values())


_METRIC_NAMES: dict[str, dict[str, str]] = {}   # scorer name -> {its metric key -> "<scorer>.<key>", interned}
_MAX_METRIC_NAMES = 50_000                      # per scorer; past this its table starts afresh (bounded memory)


def _metric_names(scorer_name: str) -> dict[str, str]:
    """The table of a scorer's full metric names (each made and interned once, not again for every document)."""
    names = _METRIC_NAMES.get(scorer_name)
    if names is None or len(names) >= _MAX_METRIC_NAMES:
        names = _METRIC_NAMES[scorer_name] = {}
    return names


@dataclass
class Analysis:
    """What `analyze` returns: spans, per-document results, skipped inputs and the scorecard.

    With `analyze(keep_results=False)` per-document results are not kept: `results` is empty and
    `streamed` is the scorecard aggregated while scoring (grouped as asked in `by`).
    """

    spans: list[Span]
    results: list[DocResult]
    skipped: list
    by: str = "outlet"
    texts: dict[str, str] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    explanations: dict[tuple[str, str], str] = field(default_factory=dict)
    streamed: Any = None

    @property
    def n_scored(self) -> int:
        """Documents scored."""
        return self.streamed.n_articles if self.streamed is not None else len(self.results)

    @property
    def scorecard(self):
        """The scorecard of this analysis, grouped as asked in `analyze(by=...)`."""
        return self.scorecard_by(self.by)

    def scorecard_by(self, by: str):
        """A scorecard grouped by "outlet" or "article"."""
        from .scorecard import Scorecard

        if self.streamed is not None:
            if by != self.streamed.by:
                from .errors import FramingError

                raise FramingError(f"this analysis kept no per-document results (keep_results=False), so its "
                                   f"scorecard is by {self.streamed.by} only; analyze again with by={by!r}")
            return self.streamed
        return Scorecard(self.results, by=by, spans=self.spans, texts=self.texts, skipped=self.skipped,
                         outlets={doc_id: doc.outlet for doc_id, doc in self.documents.items()},
                         explanations=self.explanations)

    def spans_of(self, doc_id: str) -> list[Span]:
        """The spans of one document."""
        return [s for s in self.spans if s.doc_id == doc_id]

    def annotated(self, doc_id: str):
        """One document with its spans, displayed highlighted in notebooks and terminals."""
        from .annotated import AnnotatedDocument

        if doc_id not in self.documents:
            raise KeyError(f"no document {doc_id!r} in this analysis (ids: {', '.join(list(self.documents)[:5])}...)")
        return AnnotatedDocument(self.documents[doc_id], self.spans_of(doc_id))

    def _repr_html_(self) -> str:
        return self.scorecard._repr_html_()

    def __rich__(self):
        return self.scorecard


def iter_scored(corpus: Any, *, scorers: Sequence | None = None, jobs: int = 1,
                keep_spans: bool = True) -> Iterator[tuple[Any, list[Span] | None, DocResult | None]]:
    """Stream (item, spans, result) per input item, in input order; skipped items come with None, None.

    `jobs` > 1 scores documents in that many worker processes (0 = all cores); the output is
    identical to `jobs=1`. With `keep_spans=False` spans are not sent back (None).
    """
    scorers = list(scorers) if scorers is not None else default_scorers()
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        frozen = False
        try:
            for batch in _batches(_items(corpus)):
                scored = _score_items(batch, scorers, all_spans=keep_spans)
                if not frozen:
                    collector = _quiet_collector()  # see FREEZE_NOTE
                    frozen = True
                for item, (spans, result) in zip(batch, scored):
                    yield item, (spans if keep_spans else None), result
        finally:
            if frozen:
                _restore_collector(collector)
        return
    yield from _iter_scored_parallel(_items(corpus), scorers, jobs=jobs, keep_spans=keep_spans)


# FREEZE_NOTE: once the first batch is scored, the objects alive (models, lexicons, memos, and whatever the caller
# holds) are left out of the garbage collector's full passes (`gc.freeze`) until the corpus is done: they are not
# garbage, and traversing them again and again took about 2% of a run. Objects made while scoring are collected as
# usual, but the youngest generation is collected after SCORING_GC_THRESHOLD new objects instead of Python's 700: a
# batch of documents makes tens of thousands (spans, tokens, records), and with 700 most of them lived through a
# collection, were moved to an older generation and traversed again there (about 6% of a run). `gc.unfreeze` and
# the caller's thresholds at the end (or in a worker process, its exit) give the collector back as it was.
SCORING_GC_THRESHOLD = 100_000  # 20,000 and 50,000 slower with batches; 200,000 and 400,000 alike (docs/evaluation.md)


def _quiet_collector() -> tuple[int, ...]:
    """Freeze the live heap and raise the youngest generation's threshold (FREEZE_NOTE); the old thresholds."""
    old = gc.get_threshold()
    gc.freeze()
    if 0 < old[0] < SCORING_GC_THRESHOLD:  # 0: the caller turned automatic collection off; leave it so
        gc.set_threshold(SCORING_GC_THRESHOLD, *old[1:])
    return old


def _restore_collector(old: tuple[int, ...]) -> None:
    """Undo `_quiet_collector`: the frozen objects back to the collector, and the old thresholds unless the caller
    set others meanwhile."""
    gc.unfreeze()
    if gc.get_threshold()[0] == SCORING_GC_THRESHOLD:
        gc.set_threshold(*old)


def resolve_jobs(jobs: int | None) -> int:
    """0 or None means all cores; negative numbers are refused."""
    if jobs is None or jobs == 0:
        return os.cpu_count() or 1
    if jobs < 0:
        raise ValueError(f"jobs must be >= 0, not {jobs}")
    return jobs


_WORKER_SCORERS: list = []
_WORKER_FROZEN: list = []   # [True] once this worker process has frozen its heap
SERIAL_BELOW = 16    # corpora with fewer documents are scored in-process even when jobs > 1
TASK_SIZE = BATCH_SIZE   # items a worker scores per task (`score_documents` over them)


def _init_worker(scorers: list) -> None:
    """Receive the scorers once per worker process; Ctrl-C is left to the parent, which stops the pool."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_SCORERS[:] = scorers


def _batches(items: Iterable) -> Iterator[list]:
    """`items` in lists of BATCH_SIZE documents, or fewer once their texts hold BATCH_CHARS characters (huge
    documents are not held 16 at a time), with the skipped items among them, in order; if reading `items` fails,
    the items read before come first, then the error."""
    from .io import Skipped

    iterator = iter(items)
    while True:
        batch = []
        documents = chars = 0
        full = False
        try:
            for item in iterator:
                batch.append(item)
                if not isinstance(item, Skipped):
                    documents += 1
                    chars += len(item.text)
                    if documents == BATCH_SIZE or chars >= BATCH_CHARS:
                        full = True
                        break
        except BaseException:
            if batch:               # the input failed or was interrupted: what was read before is still scored
                yield batch
            raise
        if not batch:
            return
        yield batch
        if not full:
            return


def _score_items(items: list, scorers: Sequence, *,
                 all_spans: bool = True) -> list[tuple[list[Span] | None, DocResult | None]]:
    """(spans, result) of each item, in order: `score_documents` of the documents among them, (None, None) for a
    skipped item."""
    from .io import Skipped

    scored = iter(score_documents([item for item in items if not isinstance(item, Skipped)], scorers,
                                  all_spans=all_spans))
    return [(None, None) if isinstance(item, Skipped) else next(scored) for item in items]


def _score_in_worker(task: tuple[list, bool]) -> list[tuple[list[Span] | None, DocResult | None]]:
    """Score a few items in a worker (`_score_items`); Skipped items pass through as (None, None)."""
    items, keep_spans = task
    scored = _score_items(items, _WORKER_SCORERS, all_spans=keep_spans)
    if not _WORKER_FROZEN:
        _quiet_collector()                  # see FREEZE_NOTE (undone by the worker's exit)
        _WORKER_FROZEN.append(True)
    return scored if keep_spans else [(None, result) for _spans, result in scored]


def _iter_scored_parallel(items: Iterable, scorers: list, *, jobs: int, keep_spans: bool,
                          batch_per_job: int = 64, batches_ahead: int = 2):
    """Score in a process pool, preserving input order, in bounded batches (memory stays flat).

    `batches_ahead` batches are in the pool at once: while the caller takes the results of one, the workers score
    the next (with one batch at a time they waited while the parent read the next batch and while the last worker
    finished the batch's last chunk).
    """
    import itertools
    import multiprocessing as mp
    from collections import deque

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    iterator = iter(items)
    first = list(itertools.islice(iterator, SERIAL_BELOW))
    if len(first) < SERIAL_BELOW:            # a small corpus: starting workers would cost more than it saves
        for item in first:
            if not isinstance(item, Document):
                yield item, None, None
                continue
            spans, result = score_document(item, scorers, all_spans=keep_spans)
            yield item, (spans if keep_spans else None), result
        return
    iterator = itertools.chain(first, iterator)
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(scorers,)) as pool:
        in_pool: deque = deque()             # (batch, its results as they come), oldest first
        while True:
            while len(in_pool) < batches_ahead:
                batch = list(itertools.islice(iterator, jobs * batch_per_job))
                if not batch:
                    break
                tasks = [(batch[at:at + TASK_SIZE], keep_spans) for at in range(0, len(batch), TASK_SIZE)]
                in_pool.append((batch, itertools.chain.from_iterable(pool.imap(_score_in_worker, tasks))))
            if not in_pool:
                return
            batch, scored = in_pool.popleft()
            for item, (spans, result) in zip(batch, scored):
                yield item, spans, result


def analyze(corpus: Any, *, scorers: Sequence | None = None, by: str = "outlet",
            keep_spans: bool = True, keep_results: bool = True, jobs: int = 1,
            progress: bool | None = False) -> Analysis:
    """Score every document of `corpus` (a path, a Corpus, or Documents) and build a scorecard.

    `keep_results=False` aggregates the scorecard while scoring instead of keeping one result per
    document: with `keep_spans=False` too, memory stays flat however big the corpus.
    `progress=None` shows a live count on stderr when it is a terminal (the CLI does this).

    >>> result = analyze("seeds/")
    >>> result.scorecard.to_frame()
    """
    scorers = list(scorers) if scorers is not None else default_scorers()
    analysis = empty_analysis(scorers, by=by, keep_results=keep_results)
    collect(analysis, iter_scored(corpus, scorers=scorers, jobs=jobs, keep_spans=keep_spans), progress=progress)
    return analysis


def empty_analysis(scorers: Sequence, *, by: str, keep_results: bool) -> Analysis:
    """An Analysis ready for `collect`: keeping per-document results, or streaming into a scorecard."""
    from .scorecard import Scorecard

    if by not in ("outlet", "article"):
        raise ValueError(f"by must be 'outlet' or 'article', not {by!r}")
    analysis = Analysis(spans=[], results=[], skipped=[], by=by, explanations=scorer_explanations(scorers))
    if not keep_results:
        analysis.streamed = Scorecard(by=by, explanations=analysis.explanations)
    return analysis


def collect(analysis: Analysis, scored: Iterable[tuple[Any, list[Span] | None, DocResult | None]], *,
            progress: bool | None = False) -> Analysis:
    """Fill `analysis` from (item, spans, result) triples: results or its streamed scorecard, spans, skipped."""
    from .progress import progress_counter

    card = analysis.streamed
    with progress_counter(enabled=progress) as advance:
        for item, doc_spans, result in scored:
            advance(result.n_words if result is not None else 0)
            if result is None:
                analysis.skipped.append(item)
                continue
            if card is not None:
                card.add(result)
            else:
                analysis.results.append(result)
            if doc_spans is not None:
                analysis.spans.extend(doc_spans)
                analysis.texts[item.id] = item.text
                analysis.documents[item.id] = item
    if card is not None:
        card.attach(spans=analysis.spans, texts=analysis.texts, skipped=analysis.skipped,
                    outlets={doc_id: doc.outlet for doc_id, doc in analysis.documents.items()})
    return analysis


def scorer_explanations(scorers: Sequence) -> dict[tuple[str, str], str]:
    """(family, category) -> explanation from every scorer that describes its categories."""
    out: dict[tuple[str, str], str] = {}
    for scorer in scorers:
        describe = getattr(scorer, "explanations", None)
        if callable(describe):
            for key, text in describe().items():
                out.setdefault(key, text)
    return out


def _items(corpus: Any) -> Iterable:
    """Turn a path or iterable into an iterable of Document/Skipped."""
    if isinstance(corpus, (str, os.PathLike)):
        from .io import read_corpus

        return read_corpus(corpus)
    if isinstance(corpus, Document):
        return [corpus]
    return corpus
