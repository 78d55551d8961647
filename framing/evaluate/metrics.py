"""Precision, recall and F1 for span sets, exact and overlap-based."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class PRF:
    """Counts and scores of one comparison; recall and precision may count different matches."""

    gold: int
    predicted: int
    gold_matched: int
    predicted_matched: int

    @property
    def precision(self) -> float:
        """Share of predictions that match gold."""
        return self.predicted_matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items matched by a prediction."""
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple())))

    def as_tuple(self) -> tuple[int, int, int, int]:
        """(gold, predicted, gold_matched, predicted_matched)."""
        return (self.gold, self.predicted, self.gold_matched, self.predicted_matched)

    def to_dict(self) -> dict:
        """Counts and rounded scores, JSON-ready."""
        return {
            "gold": self.gold, "predicted": self.predicted,
            "gold_matched": self.gold_matched, "predicted_matched": self.predicted_matched,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


Interval = tuple[int, int]


def _prefix_max_ends(sorted_spans: Sequence[Interval]) -> list[int]:
    """Running maximum of the ends of intervals sorted by start."""
    out, best = [], -1
    for _, end in sorted_spans:
        best = max(best, end)
        out.append(best)
    return out


def _overlapping(starts: Sequence[int], max_ends: Sequence[int], span: Interval) -> bool:
    """True if some interval starts before `span` ends and ends after it starts."""
    s, e = span
    i = bisect.bisect_left(starts, e)
    return i > 0 and max_ends[i - 1] > s


def overlap_prf(gold: Iterable[Interval], predicted: Iterable[Interval], *,
                precision_gold: Iterable[Interval] | None = None) -> PRF:
    """Overlap scoring in one document: a gold span is found if any prediction overlaps it.

    `precision_gold` (default: `gold`) is what a prediction must overlap to count as correct,
    e.g. gold spans of any label while recall is measured on selected labels.
    """
    gold = sorted(set(gold))
    predicted = sorted(set(predicted))
    pgold = sorted(set(precision_gold)) if precision_gold is not None else gold
    pred_index = ([s for s, _ in predicted], _prefix_max_ends(predicted))
    pgold_index = ([s for s, _ in pgold], _prefix_max_ends(pgold))
    gold_matched = sum(_overlapping(*pred_index, g) for g in gold)
    predicted_matched = sum(_overlapping(*pgold_index, p) for p in predicted)
    return PRF(len(gold), len(predicted), gold_matched, predicted_matched)


def exact_prf(gold: Iterable[Interval], predicted: Iterable[Interval], *,
              precision_gold: Iterable[Interval] | None = None) -> PRF:
    """Exact scoring in one document: same start and end."""
    gold = set(gold)
    predicted = set(predicted)
    pgold = set(precision_gold) if precision_gold is not None else gold
    return PRF(len(gold), len(predicted), len(gold & predicted), len(predicted & pgold))
