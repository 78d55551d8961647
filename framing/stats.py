"""Confidence intervals for rates over articles (bootstrap) and for shares (Wilson)."""
from __future__ import annotations

import math

import numpy as np

BOOTSTRAP_MAX_ARTICLES = 5000


def rate_interval(counts: np.ndarray, words: np.ndarray, *, per: float = 1000.0, n_boot: int = 1000,
                  level: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap CI over articles of sum(counts)/sum(words)*per.

    `counts` is (articles,) or (articles, k); above BOOTSTRAP_MAX_ARTICLES articles a normal
    approximation of the ratio estimator is used instead (same answer at that size, bounded memory).
    """
    counts = np.asarray(counts, dtype=float)
    words = np.asarray(words, dtype=float)
    n = len(words)
    alpha = (1 - level) / 2
    if n == 0 or words.sum() == 0:
        nan = np.full(counts.shape[1:], np.nan) if counts.ndim > 1 else float("nan")
        return nan, nan
    if n > BOOTSTRAP_MAX_ARTICLES:
        return _ratio_normal(counts, words, per=per, level=level)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    w = words[idx].sum(axis=1)
    w[w == 0] = np.nan
    if counts.ndim == 1:
        rates = counts[idx].sum(axis=1) / w * per
    else:
        rates = counts[idx].sum(axis=1) / w[:, None] * per
    low = np.nanquantile(rates, alpha, axis=0)
    high = np.nanquantile(rates, 1 - alpha, axis=0)
    return low, high


def _ratio_normal(counts: np.ndarray, words: np.ndarray, *, per: float, level: float):
    """Delta-method interval for a ratio of sums (cluster-robust over articles)."""
    z = _z(level)
    n = len(words)
    total_w = words.sum()
    ratio = counts.sum(axis=0) / total_w
    resid = counts - (ratio * words if counts.ndim == 1 else np.outer(words, ratio))
    se = np.sqrt((resid ** 2).sum(axis=0) * n / (n - 1)) / total_w
    return (ratio - z * se) * per, (ratio + z * se) * per


def wilson_interval(successes: float, trials: float, *, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a share."""
    if trials <= 0:
        return float("nan"), float("nan")
    z = _z(level)
    p = successes / trials
    denom = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _z(level: float) -> float:
    """Two-sided normal quantile for `level` (0.90, 0.95, 0.99 exact; others approximated)."""
    table = {0.90: 1.6448536, 0.95: 1.9599640, 0.99: 2.5758293}
    if level in table:
        return table[level]
    from statistics import NormalDist

    return NormalDist().inv_cdf(1 - (1 - level) / 2)
