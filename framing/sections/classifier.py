"""Scorecard section for the sentence bias classifier: share of narrator sentences above the threshold."""
from __future__ import annotations

from typing import Mapping

CLASSIFIER = "Sentence bias classifier"
PREFIX = "classifier."


def share_table(groups: Mapping, *, level: float = 0.95):
    """Per group: narrator sentences, biased ones, their share with a Wilson interval, mean probability."""
    import pandas as pd

    from ..stats import wilson_interval

    rows = []
    for group, result in groups.items():
        metrics = result.metrics
        n = int(metrics.get(PREFIX + "sentences_narrator", 0))
        if n <= 0:
            continue
        k = int(metrics.get(PREFIX + "biased_narrator", 0))
        low, high = wilson_interval(k, n, level=level)
        mean_p = float(metrics.get(PREFIX + "prob_sum_narrator", 0.0)) / n
        rows.append((group, result.n_docs, n, k, k / n, low, high, mean_p))
    return pd.DataFrame(rows, columns=["outlet", "articles", "narrator_sentences", "biased", "share",
                                       "ci_low", "ci_high", "mean_probability"])


def tables(groups: Mapping) -> dict:
    """The classifier table (empty dict when the classifier did not run)."""
    frame = share_table(groups)
    if frame.empty:
        return {}
    return {CLASSIFIER: frame.round({"share": 3, "ci_low": 3, "ci_high": 3, "mean_probability": 3})}
