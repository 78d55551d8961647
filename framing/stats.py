"""Confidence intervals for rates over articles (bootstrap) and for shares (Wilson)."""
from __future__ import annotations

import math

import numpy as np

BOOTSTRAP_MAX_ARTICLES = 2000   # above this many articles the delta method (same answer at that size)
BOOTSTRAP_CHUNK = 500_000      # resampled article slots per block of replicates


def rate_interval(counts: np.ndarray, words: np.ndarray, *, per: float = 1000.0, n_boot: int = 1000,
                  level: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap CI over articles of sum(counts)/sum(words)*per.

    `counts` is (articles,) or (articles, k); above BOOTSTRAP_MAX_ARTICLES articles a normal
    approximation of the ratio estimator is used instead (same answer at that size, bounded memory).
    Replicates are drawn in blocks and summed as (draw counts) @ counts, so memory does not grow with
    n_boot x articles x k.
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
    columns = counts.reshape(n, -1)
    boot_counts = np.empty((n_boot, columns.shape[1]))
    boot_words = np.empty(n_boot)
    chunk = max(1, min(n_boot, BOOTSTRAP_CHUNK // n))     # replicates per block: memory stays a few MB
    for begin in range(0, n_boot, chunk):
        rows = min(chunk, n_boot - begin)
        idx = rng.integers(0, n, size=(rows, n)) + (np.arange(rows) * n)[:, None]
        weights = np.bincount(idx.ravel(), minlength=rows * n).reshape(rows, n).astype(float)
        boot_counts[begin:begin + rows] = weights @ columns       # how often each article was drawn, times its counts
        boot_words[begin:begin + rows] = weights @ words
    boot_words[boot_words == 0] = np.nan
    rates = boot_counts / boot_words[:, None] * per
    low = np.nanquantile(rates, alpha, axis=0)
    high = np.nanquantile(rates, 1 - alpha, axis=0)
    return (low, high) if counts.ndim > 1 else (low[0], high[0])


def _ratio_normal(counts: np.ndarray, words: np.ndarray, *, per: float, level: float):
    """Delta-method interval for a ratio of sums (cluster-robust over articles)."""
    columns = counts.reshape(len(words), -1)
    moments = np.stack([columns.sum(axis=0), (columns ** 2).sum(axis=0), (columns * words[:, None]).sum(axis=0)], axis=1)
    low, high = _ratio_from_moments(moments, sum_w=words.sum(), sum_w2=(words ** 2).sum(), n=len(words), per=per,
                                    level=level)
    return (low, high) if counts.ndim > 1 else (low[0], high[0])


def _ratio_from_moments(moments: np.ndarray, *, sum_w: float, sum_w2: float, n: int, per: float, level: float):
    """Delta-method interval from running sums: `moments` rows are (Σc, Σc², Σc·w) per column.

    Σ(c - r·w)² = Σc² - 2r·Σc·w + r²·Σw², so the interval needs no per-article data.
    """
    moments = np.asarray(moments, dtype=float).reshape(-1, 3)
    if n < 2 or sum_w == 0:
        nan = np.full(len(moments), np.nan)
        return nan, nan
    z = _z(level)
    ratio = moments[:, 0] / sum_w
    squares = np.maximum(moments[:, 1] - 2 * ratio * moments[:, 2] + ratio ** 2 * sum_w2, 0.0)
    se = np.sqrt(squares * n / (n - 1)) / sum_w
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
