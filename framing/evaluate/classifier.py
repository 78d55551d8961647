"""Evaluate the sentence bias classifier on the BABE held-out split (accuracy, macro-F1, per class)."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

CLASS_NAMES = ("Non-biased", "Biased")


@dataclass
class ClassifierEvaluation:
    """Scores of a classifier on labelled sentences."""

    n: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, dict[str, float]] = field(default_factory=dict)
    threshold: float = 0.5
    seconds: float = 0.0
    split: str = "held-out"

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {"split": self.split, "n": self.n, "threshold": self.threshold,
                "accuracy": round(self.accuracy, 4), "macro_f1": round(self.macro_f1, 4),
                "per_class": {k: {m: round(v, 4) if m != "support" else v for m, v in d.items()}
                              for k, d in self.per_class.items()}}


def scores(labels: Sequence[int], predicted: Sequence[int]) -> tuple[float, float, dict]:
    """Accuracy, macro-F1 and per-class precision/recall/F1/support for 0/1 labels."""
    y = np.asarray(labels, dtype=int)
    p = np.asarray(predicted, dtype=int)
    per_class = {}
    for value, name in enumerate(CLASS_NAMES):
        tp = int(((p == value) & (y == value)).sum())
        fp = int(((p == value) & (y != value)).sum())
        fn = int(((p != value) & (y == value)).sum())
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[name] = {"precision": precision, "recall": recall, "f1": f1, "support": int((y == value).sum())}
    accuracy = float((y == p).mean()) if len(y) else 0.0
    macro = float(np.mean([d["f1"] for d in per_class.values()]))
    return accuracy, macro, per_class


def evaluate_classifier(gold: str | os.PathLike | None = None, *, model=None, threshold: float = 0.5,
                        split: str = "held-out") -> ClassifierEvaluation:
    """Score `model` (default: the shipped one) on the BABE held-out split (or "train", or "all")."""
    from ..model import load_model, read_babe, split_babe

    model = model or load_model()
    sentences = read_babe(gold)
    train, held_out = split_babe(sentences, percent=model.config.held_out_percent)
    chosen = {"held-out": held_out, "train": train, "all": sentences}[split]
    start = time.perf_counter()
    probs = model.predict_proba([s.text for s in chosen])
    seconds = time.perf_counter() - start
    accuracy, macro, per_class = scores([s.label for s in chosen], (probs >= threshold).astype(int))
    return ClassifierEvaluation(n=len(chosen), accuracy=accuracy, macro_f1=macro, per_class=per_class,
                                threshold=threshold, seconds=seconds, split=split)


def cross_validate(sentences, *, config=None, folds: int = 5, seed: int = 0) -> float:
    """Mean macro-F1 of `config` over stratified folds of `sentences` (for choices made on train only)."""
    from sklearn.model_selection import StratifiedKFold

    from ..model import BiasModel, TrainingConfig, fit_pipeline

    config = config or TrainingConfig()
    labels = np.array([s.label for s in sentences])
    results = []
    for fit_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=seed).split(labels, labels):
        pipeline = fit_pipeline([sentences[i] for i in fit_idx], config=config)
        model = BiasModel.from_pipeline(pipeline, config=config)
        probs = model.predict_proba([sentences[i].text for i in test_idx])
        results.append(scores(labels[test_idx], (probs >= 0.5).astype(int))[1])
    return float(np.mean(results))


def format_table(result: ClassifierEvaluation) -> str:
    """Plain-text report: overall figures, then one line per class."""
    lines = [
        f"BABE {result.split} split: {result.n} sentences, threshold {result.threshold}",
        f"accuracy  {result.accuracy:.4f}",
        f"macro-F1  {result.macro_f1:.4f}",
        "",
        f"{'class':<12}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}",
    ]
    for name, d in result.per_class.items():
        lines.append(f"{name:<12}{d['precision']:>10.4f}{d['recall']:>10.4f}{d['f1']:>10.4f}{d['support']:>10d}")
    return "\n".join(lines)
