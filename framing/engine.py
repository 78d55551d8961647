"""Run scorers over a corpus: spans per document, additive results, and a scorecard."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Sequence

from .document import Document
from .results import DocResult
from .spans import Span

SPAN_FAMILIES_FROM_LEXICONS = ("loaded", "hedging")


def default_scorers(*, lexicons: Sequence[str | os.PathLike] = ()) -> list:
    """The standard scorer set: lexicon scorers (shipped, or the given files) and the rule scorers."""
    from .lexicon import Lexicon, shipped_lexicons
    from .scorers.loaded import LexiconScorer

    paths = list(lexicons) or list(shipped_lexicons())
    loaded = [Lexicon.load(path) for path in paths]
    scorers: list = [LexiconScorer(lex) for lex in loaded if lex.family in SPAN_FAMILIES_FROM_LEXICONS]
    scorers.extend(_rule_scorers())
    return scorers


def _rule_scorers() -> list:
    """Scorers that are not plain lexicon lookups (scare quotes, attribution, actors, ...)."""
    from .scorers.hedging import ScareQuoteScorer

    return [ScareQuoteScorer()]


def score_document(doc: Document, scorers: Sequence) -> tuple[list[Span], DocResult]:
    """All spans of one document (sorted by offset) and its additive result."""
    spans: list[Span] = []
    for scorer in scorers:
        spans.extend(scorer.find(doc))
    for scorer in scorers:
        refine = getattr(scorer, "refine", None)
        if refine is not None:
            spans = list(refine(doc, spans))
    spans.sort(key=lambda s: (s.start, s.end, s.family, s.scorer, s.category))
    metrics: dict[str, float] = {}
    for scorer in scorers:
        metric_fn = getattr(scorer, "metrics", None)
        if metric_fn is not None:
            for key, value in metric_fn(doc, spans).items():
                metrics[f"{scorer.name}.{key}"] = value
    return spans, DocResult.from_spans(doc, spans, metrics=metrics)


@dataclass
class Analysis:
    """What `analyze` returns: spans, per-document results, skipped inputs and the scorecard."""

    spans: list[Span]
    results: list[DocResult]
    skipped: list
    by: str = "outlet"
    texts: dict[str, str] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)

    @property
    def scorecard(self):
        """The scorecard of this analysis, grouped as asked in `analyze(by=...)`."""
        return self.scorecard_by(self.by)

    def scorecard_by(self, by: str):
        """A scorecard grouped by "outlet" or "article"."""
        from .scorecard import Scorecard

        return Scorecard(self.results, by=by, spans=self.spans, texts=self.texts, skipped=self.skipped)

    def spans_of(self, doc_id: str) -> list[Span]:
        """The spans of one document."""
        return [s for s in self.spans if s.doc_id == doc_id]


def iter_scored(corpus: Any, *, scorers: Sequence | None = None) -> Iterator[tuple[Any, list[Span] | None, DocResult | None]]:
    """Stream (item, spans, result) per input item; skipped items come with None, None."""
    from .io import Skipped

    scorers = list(scorers) if scorers is not None else default_scorers()
    for item in _items(corpus):
        if isinstance(item, Skipped):
            yield item, None, None
            continue
        spans, result = score_document(item, scorers)
        yield item, spans, result


def analyze(corpus: Any, *, scorers: Sequence | None = None, by: str = "outlet",
            keep_spans: bool = True) -> Analysis:
    """Score every document of `corpus` (a path, a Corpus, or Documents) and build a scorecard.

    >>> result = analyze("seeds/")
    >>> result.scorecard.to_frame()
    """
    if by not in ("outlet", "article"):
        raise ValueError(f"by must be 'outlet' or 'article', not {by!r}")
    spans: list[Span] = []
    results: list[DocResult] = []
    skipped: list = []
    texts: dict[str, str] = {}
    documents: dict[str, Document] = {}
    for item, doc_spans, result in iter_scored(corpus, scorers=scorers):
        if result is None:
            skipped.append(item)
            continue
        results.append(result)
        if keep_spans:
            spans.extend(doc_spans)
            texts[item.id] = item.text
            documents[item.id] = item
    return Analysis(spans=spans, results=results, skipped=skipped, by=by, texts=texts, documents=documents)


def _items(corpus: Any) -> Iterable:
    """Turn a path or iterable into an iterable of Document/Skipped."""
    if isinstance(corpus, (str, os.PathLike)):
        from .io import read_corpus

        return read_corpus(corpus)
    if isinstance(corpus, Document):
        return [corpus]
    return corpus
