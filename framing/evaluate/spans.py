"""Span evaluation: run scorers over gold articles and score their spans, overlap-based and exact.

>>> result = evaluate_spans("../shared/data/ptc", [scorer], labels=["Loaded_Language"])
>>> result.overall["overlap"].recall
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..document import Document
from ..errors import InputError
from .metrics import PRF, exact_prf, overlap_prf

SPLITS = ("all", "tune", "heldout")
MODES = ("overlap", "exact")
DEFAULT_LABELS = {
    "ptc": ("Loaded_Language", "Name_Calling,Labeling"),
    "basil": ("lexical",),
}


@dataclass(frozen=True)
class GoldSpan:
    """One annotated span of a gold article."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str
    quote: bool | None = None  # BASIL: the span lies in a quotation (None where the gold does not say)
    speaker: str = ""  # BASIL: whose words a quoted span is ("Michael_Steele", "other_anti"), else ""


@dataclass
class SpanEvaluation:
    """Scores per label and overall, per predicted category, and the commonest errors."""

    labels: tuple[str, ...]
    split: str
    n_docs: int
    overall: dict[str, PRF]
    per_label: dict[str, dict[str, PRF]]
    per_category: dict[str, PRF]
    false_positives: Counter = field(default_factory=Counter)
    misses: Counter = field(default_factory=Counter)
    hits: Counter = field(default_factory=Counter)

    def to_dict(self, *, show_errors: int = 0) -> dict:
        """JSON-ready dict; `show_errors` adds the N commonest false positives and misses."""
        data = {
            "labels": list(self.labels), "split": self.split, "documents": self.n_docs,
            "overall": {mode: prf.to_dict() for mode, prf in self.overall.items()},
            "per_label": {label: {mode: prf.to_dict() for mode, prf in modes.items()}
                          for label, modes in self.per_label.items()},
            "per_category": {cat: prf.to_dict() for cat, prf in self.per_category.items()},
        }
        if show_errors:
            data["false_positives"] = self.false_positives.most_common(show_errors)
            data["misses"] = self.misses.most_common(show_errors)
        return data


def split_of(key: str, *, tune_fraction: float = 0.5) -> str:
    """'tune' or 'heldout' for a document key, deterministically (SHA-1 of the key)."""
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) / 0x100000000
    return "tune" if bucket < tune_fraction else "heldout"


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """Yield (line number, object) for each non-blank line; bad JSON names file and line."""
    if not path.exists():
        raise InputError(f"{path}: not found; --gold must be a folder with articles.jsonl and spans.jsonl")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not valid JSON ({exc.msg}); fix or remove the line") from None


def read_gold(folder: str | Path, *, split: str = "all",
              tune_fraction: float = 0.5) -> tuple[list[Document], dict[str, list[GoldSpan]]]:
    """Read articles.jsonl and spans.jsonl; texts are kept exactly as stored (offsets refer to them).

    Documents sharing a `triplet` (BASIL: same event) land in the same split.
    """
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    folder = Path(folder)
    docs: list[Document] = []
    for number, row in _read_jsonl(folder / "articles.jsonl"):
        if "id" not in row or not isinstance(row.get("text"), str):
            raise InputError(f"{folder / 'articles.jsonl'}:{number}: needs 'id' and 'text'")
        doc_id = str(row["id"])
        if split != "all" and split_of(str(row.get("triplet") or doc_id), tune_fraction=tune_fraction) != split:
            continue
        meta = {k: v for k, v in row.items() if k not in ("id", "text", "outlet", "title", "date")}
        docs.append(Document(id=doc_id, text=row["text"], outlet=row.get("outlet") or "",
                             title=row.get("title") or "", date=row.get("date") or "", meta=meta,
                             source=str(folder / "articles.jsonl")))
    texts = {doc.id: doc.text for doc in docs}
    gold: dict[str, list[GoldSpan]] = defaultdict(list)
    for number, row in _read_jsonl(folder / "spans.jsonl"):
        doc_id = str(row.get("doc_id"))
        if doc_id not in texts:
            continue
        try:
            span = GoldSpan(doc_id, int(row["start"]), int(row["end"]), str(row["text"]), str(row["label"]),
                            row.get("quote"), str(row.get("speaker") or ""))
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{folder / 'spans.jsonl'}:{number}: needs doc_id, start, end, text, label") from None
        if span.quote is not None and not isinstance(span.quote, bool):
            raise InputError(f"{folder / 'spans.jsonl'}:{number}: 'quote' must be true, false or absent, "
                             f"not {span.quote!r}")
        if texts[doc_id][span.start:span.end] != span.text:
            raise InputError(f"{folder / 'spans.jsonl'}:{number}: text does not match the article at "
                             f"{span.start}:{span.end}; the offsets must refer to the raw article text")
        gold[doc_id].append(span)
    return docs, dict(gold)


def _term_of(span) -> str:
    """The lexicon term of a predicted span, else its lower-cased text."""
    return (getattr(span, "term", "") or span.text).lower()


def score_document(gold: Sequence[GoldSpan], predicted: Sequence, *,
                   labels: Sequence[str]) -> dict[str, dict[str, PRF]]:
    """PRF per label (and '*' for all selected labels) for one document, both modes.

    Recall counts gold spans of the label; a prediction is correct if it hits a gold span of any label.
    """
    every = [(g.start, g.end) for g in gold]
    pred = [(p.start, p.end) for p in predicted]
    out: dict[str, dict[str, PRF]] = {}
    groups = {label: [(g.start, g.end) for g in gold if g.label == label] for label in labels}
    groups["*"] = [(g.start, g.end) for g in gold if g.label in labels]
    for label, wanted in groups.items():
        out[label] = {"overlap": overlap_prf(wanted, pred, precision_gold=every),
                      "exact": exact_prf(wanted, pred, precision_gold=every)}
    return out


def evaluate_documents(docs: Iterable[Document], gold: dict[str, list[GoldSpan]], scorers: Sequence, *,
                       labels: Sequence[str], voice: str | None = None, split: str = "all") -> SpanEvaluation:
    """Run `scorers` over `docs` and compare their spans with `gold` (see `score_document`)."""
    labels = tuple(labels)
    zero = PRF(0, 0, 0, 0)
    totals: dict[str, dict[str, PRF]] = {label: {m: zero for m in MODES} for label in (*labels, "*")}
    per_category: dict[str, PRF] = defaultdict(lambda: zero)
    false_positives, misses, hits = Counter(), Counter(), Counter()
    n_docs = 0
    for doc in docs:
        n_docs += 1
        doc_gold = gold.get(doc.id, [])
        predicted = [s for scorer in scorers for s in scorer.find(doc)
                     if voice is None or s.voice == voice]
        for label, modes in score_document(doc_gold, predicted, labels=labels).items():
            for mode, prf in modes.items():
                totals[label][mode] = totals[label][mode] + prf
        every = [(g.start, g.end) for g in doc_gold]
        wanted = [(g.start, g.end) for g in doc_gold if g.label in labels]
        by_category = defaultdict(list)
        for span in predicted:
            by_category[f"{span.scorer}/{span.category}"].append((span.start, span.end))
            if overlap_prf([], [(span.start, span.end)], precision_gold=every).predicted_matched:
                hits[_term_of(span)] += 1
            else:
                false_positives[_term_of(span)] += 1
        for name, spans in by_category.items():
            per_category[name] = per_category[name] + overlap_prf(wanted, spans, precision_gold=every)
        pred = [(p.start, p.end) for p in predicted]
        for g in doc_gold:
            if g.label in labels and not overlap_prf([(g.start, g.end)], pred).gold_matched:
                misses[g.text.lower()] += 1
    overall = totals.pop("*")
    return SpanEvaluation(labels=labels, split=split, n_docs=n_docs, overall=overall, per_label=totals,
                          per_category=dict(sorted(per_category.items())),
                          false_positives=false_positives, misses=misses, hits=hits)


def default_labels(folder: str | Path) -> tuple[str, ...]:
    """The labels evaluated by default for a known gold folder (PTC, BASIL), else all labels."""
    folder = Path(folder)
    if folder.name.lower() in DEFAULT_LABELS:
        return DEFAULT_LABELS[folder.name.lower()]
    found = {row.get("label") for _, row in _read_jsonl(folder / "spans.jsonl")}
    return tuple(sorted(str(label) for label in found if label))


def evaluate_spans(folder: str | Path, scorers: Sequence, *, labels: Sequence[str] | None = None,
                   split: str = "all", tune_fraction: float = 0.5,
                   voice: str | None = None) -> SpanEvaluation:
    """Read the gold folder, run `scorers` on its raw texts and score their spans."""
    docs, gold = read_gold(folder, split=split, tune_fraction=tune_fraction)
    chosen = tuple(labels) if labels else default_labels(folder)
    known = {g.label for spans in gold.values() for g in spans}
    unknown = [label for label in chosen if label not in known]
    if unknown and known:
        raise InputError(f"{folder}: no gold spans labelled {', '.join(map(repr, unknown))}; "
                         f"labels there: {', '.join(sorted(known))}")
    return evaluate_documents(docs, gold, scorers, labels=chosen, voice=voice, split=split)


def _family_of(path: Path) -> str | None:
    """The `[lexicon] family` of a lexicon file, read without validating the rest."""
    import tomllib

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle).get("lexicon", {}).get("family")
    except (OSError, tomllib.TOMLDecodeError):
        return None


def build_scorers(*, lexicons: Sequence[str | Path] = (), families: Sequence[str] = (),
                  scare_quotes: bool = False) -> list:
    """Scorers to evaluate: the given lexicon files, else the shipped lexicons of `families`
    (default "loaded"), plus the scare-quote scorer if asked."""
    from ..lexicon import Lexicon, shipped_lexicons
    from ..scorers.hedging import ScareQuoteScorer
    from ..scorers.loaded import LexiconScorer

    if lexicons:
        loaded = [Lexicon.load(path) for path in lexicons]
    else:
        wanted = set(families or ("loaded",))
        loaded = [Lexicon.load(path) for path in shipped_lexicons() if _family_of(path) in wanted]
    scorers: list = [LexiconScorer(lex) for lex in loaded]
    if scare_quotes:
        scorers.append(ScareQuoteScorer())
    if not scorers:
        raise InputError("nothing to evaluate: give --lexicon FILE, a --family with shipped lexicons, "
                         "or --scare-quotes")
    return scorers


def format_table(result: SpanEvaluation, *, show_errors: int = 0) -> str:
    """Plain-text table of the scores (and, optionally, the commonest errors)."""
    lines = [f"split={result.split} documents={result.n_docs} labels={', '.join(result.labels)}",
             f"{'label':<32} {'mode':<8} {'gold':>6} {'pred':>6} {'g.hit':>6} {'p.hit':>6} "
             f"{'P':>6} {'R':>6} {'F1':>6}"]

    def row(name: str, mode: str, prf: PRF) -> str:
        return (f"{name[:32]:<32} {mode:<8} {prf.gold:>6} {prf.predicted:>6} {prf.gold_matched:>6} "
                f"{prf.predicted_matched:>6} {prf.precision:>6.3f} {prf.recall:>6.3f} {prf.f1:>6.3f}")

    for label, modes in result.per_label.items():
        for mode, prf in modes.items():
            lines.append(row(label, mode, prf))
    for mode, prf in result.overall.items():
        lines.append(row("OVERALL", mode, prf))
    if show_errors:
        lines.append("")
        lines.append(f"{'category (overlap)':<32} {'':<8} {'gold':>6} {'pred':>6} {'g.hit':>6} {'p.hit':>6} "
                     f"{'P':>6} {'R':>6} {'F1':>6}")
        for name, prf in result.per_category.items():
            lines.append(row(name, "overlap", prf))
        lines.append("")
        lines.append(f"top {show_errors} false positives: " + ", ".join(
            f"{term} ({n})" for term, n in result.false_positives.most_common(show_errors)))
        lines.append(f"top {show_errors} misses: " + ", ".join(
            f"{term!r} ({n})" for term, n in result.misses.most_common(show_errors)))
    return "\n".join(lines)
