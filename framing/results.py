"""Per-document results: additive counts that merge, so scorecards aggregate locally or distributed."""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple

from .spans import NARRATOR, Span

# Families whose spans are words worth counting one by one (not whole sentences).
TERM_FAMILIES = frozenset({"loaded", "hedging", "attribution", "actors"})

CountKey = tuple[str, str, str]          # (family, category, voice)
TermKey = tuple[str, str, str, str]      # (family, category, voice, term)


class Tally(NamedTuple):
    """What a scorer's spans add to a document's result, made without the spans (a scorer's `tally(doc)`, which
    runs keeping no spans call instead of `find`)."""

    counts: dict[CountKey, int]        # as `DocResult.from_spans` counts the spans
    terms: dict[TermKey, int]          # likewise
    metrics: dict[str, float]          # the scorer's `metrics` of its spans
    refining: tuple = ()               # what the scorer's `refine(doc, spans, tally=...)` reads in their place


@dataclass
class DocResult:
    """Everything a scorecard needs from one document (or, merged, from a group of documents)."""

    doc_id: str
    outlet: str = ""
    title: str = ""
    date: str = ""
    n_docs: int = 1
    n_words: int = 0
    narrator_words: int = 0
    quoted_words: int = 0
    counts: Counter = field(default_factory=Counter)
    terms: Counter = field(default_factory=Counter)
    metrics: Counter = field(default_factory=Counter)

    @classmethod
    def from_spans(cls, doc, spans: Iterable[Span], *, metrics: dict[str, float] | None = None,
                   tallies: Iterable[Tally] = ()) -> "DocResult":
        """Summarise one scored document (its spans, and the tallies of scorers that made none)."""
        seg = doc.segments
        result = cls(
            doc_id=doc.id, outlet=doc.outlet, title=doc.title, date=doc.date,
            n_words=seg.n_words, narrator_words=seg.narrator_words, quoted_words=seg.quoted_words,
        )
        counts: dict[CountKey, int] = {}       # plain dicts first: Counter's `+=` costs a Python-level call per new key
        terms: dict[TermKey, int] = {}
        for span in spans:
            family, category, voice = span.family, span.category, span.voice
            if family == "attribution" and category != "cue":
                continue  # attribution is counted once per relation, by its cue
            key = (family, category, voice)
            counts[key] = counts.get(key, 0) + 1
            if family in TERM_FAMILIES:
                key = (family, category, voice, (span.term or span.text).lower())
                terms[key] = terms.get(key, 0) + 1
        for tally in tallies:
            for key, n in tally.counts.items():
                counts[key] = counts.get(key, 0) + n
            for key, n in tally.terms.items():
                terms[key] = terms.get(key, 0) + n
        known = _KEYS   # most keys are known: looked up here, `_key` is called for the new ones only
        result.counts.update({known.get(key) or _key(key): n for key, n in counts.items()})
        result.terms.update({known.get(key) or _key(key): n for key, n in terms.items()})
        if metrics:
            result.metrics.update({sys.intern(name): value for name, value in metrics.items()})
        return result

    def merge(self, other: "DocResult", *, doc_id: str | None = None) -> "DocResult":
        """A new result summing `self` and `other` (ids and outlet from `self` unless given)."""
        return DocResult(
            doc_id=doc_id or self.doc_id, outlet=self.outlet, title=self.title, date=self.date,
            n_docs=self.n_docs + other.n_docs, n_words=self.n_words + other.n_words,
            narrator_words=self.narrator_words + other.narrator_words,
            quoted_words=self.quoted_words + other.quoted_words,
            counts=self.counts + other.counts, terms=self.terms + other.terms,
            metrics=_add(self.metrics, other.metrics),
        )

    def absorb(self, other: "DocResult") -> None:
        """Add `other` into this result in place (outlet, title and date come from the first one added)."""
        if self.n_docs == 0:
            self.outlet, self.title, self.date = other.outlet, other.title, other.date
        self.n_docs += other.n_docs
        self.n_words += other.n_words
        self.narrator_words += other.narrator_words
        self.quoted_words += other.quoted_words
        self.counts.update(other.counts)
        self.terms.update(other.terms)
        self.metrics.update(other.metrics)

    def count(self, family: str, category: str | None = None, *, voice: str = NARRATOR) -> int:
        """Spans of `family` (and `category`) in `voice`."""
        return sum(n for (f, c, v), n in self.counts.items()
                   if f == family and v == voice and (category is None or c == category))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with flattened keys ("family/category/voice")."""
        return {
            "doc_id": self.doc_id, "outlet": self.outlet, "title": self.title, "date": self.date,
            "n_docs": self.n_docs, "n_words": self.n_words, "narrator_words": self.narrator_words,
            "quoted_words": self.quoted_words,
            "counts": {"/".join(k): v for k, v in sorted(self.counts.items())},
            "terms": {"/".join(k): v for k, v in sorted(self.terms.items())},
            "metrics": dict(sorted(self.metrics.items())),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocResult":
        """Inverse of `to_dict`."""
        return cls(
            doc_id=data["doc_id"], outlet=data.get("outlet", ""), title=data.get("title", ""),
            date=data.get("date", ""), n_docs=data.get("n_docs", 1), n_words=data["n_words"],
            narrator_words=data["narrator_words"], quoted_words=data["quoted_words"],
            counts=Counter({tuple(k.split("/", 2)): v for k, v in data.get("counts", {}).items()}),
            terms=Counter({tuple(k.split("/", 3)): v for k, v in data.get("terms", {}).items()}),
            metrics=Counter(data.get("metrics", {})),
        )


_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}
_MAX_KEYS = 200_000          # past this many distinct keys the table starts afresh (bounded memory)


def _key(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A key whose strings are interned, shared by every document (saves memory on big corpora)."""
    key = _KEYS.get(parts)
    if key is None:
        if len(_KEYS) >= _MAX_KEYS:
            _KEYS.clear()
        key = _KEYS[parts] = tuple(sys.intern(p) for p in parts)
    return key


def _add(a: Counter, b: Counter) -> Counter:
    """Add two counters keeping zero and negative values (Counter.__add__ drops them)."""
    out = Counter(a)
    for key, value in b.items():
        out[key] += value
    return out


def merge_all(results: Iterable[DocResult], *, group_id: str) -> DocResult:
    """Sum many results into one for a group (outlet)."""
    merged: DocResult | None = None
    for result in results:
        merged = result if merged is None else merged.merge(result, doc_id=group_id)
    if merged is None:
        return DocResult(doc_id=group_id, n_docs=0)
    if merged.n_docs == 1:
        merged = DocResult(**{**merged.__dict__, "doc_id": group_id})
    return merged
