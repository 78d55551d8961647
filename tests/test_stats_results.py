"""Confidence intervals and additive per-document results."""
from collections import Counter

import numpy as np
import pytest

from framing.results import DocResult, merge_all
from framing.stats import _ratio_normal, rate_interval, wilson_interval


def test_rate_interval_contains_point_estimate_and_is_deterministic():
    rng = np.random.default_rng(1)
    words = rng.integers(300, 900, size=40).astype(float)
    counts = rng.poisson(words / 100)
    low, high = rate_interval(counts, words, seed=3)
    rate = counts.sum() / words.sum() * 1000
    assert low < rate < high
    assert (low, high) == rate_interval(counts, words, seed=3)


def test_rate_interval_zero_variance_is_degenerate():
    words = np.full(10, 1000.0)
    counts = np.full(10, 5.0)
    low, high = rate_interval(counts, words)
    assert low == pytest.approx(5.0) and high == pytest.approx(5.0)


def test_normal_approximation_agrees_with_bootstrap():
    rng = np.random.default_rng(2)
    words = rng.integers(300, 900, size=3000).astype(float)
    counts = rng.poisson(words / 100).astype(float)
    boot = rate_interval(counts, words, n_boot=400)
    normal = _ratio_normal(counts, words, per=1000.0, level=0.95)
    assert boot[0] == pytest.approx(normal[0], rel=0.03)
    assert boot[1] == pytest.approx(normal[1], rel=0.03)


@pytest.mark.parametrize("k, n, low, high", [(0, 10, 0.0, 0.2775), (5, 10, 0.2366, 0.7634), (10, 10, 0.7225, 1.0)])
def test_wilson_interval_known_values(k, n, low, high):
    lo, hi = wilson_interval(k, n)
    assert lo == pytest.approx(low, abs=1e-3) and hi == pytest.approx(high, abs=1e-3)


def test_doc_results_merge_additively_and_round_trip():
    a = DocResult("a", outlet="X", n_words=100, narrator_words=80, quoted_words=20,
                  counts=Counter({("loaded", "emotive", "narrator"): 2}), metrics=Counter({"t.x": -1.5}))
    b = DocResult("b", outlet="X", n_words=50, narrator_words=50,
                  counts=Counter({("loaded", "emotive", "narrator"): 1, ("hedging", "hedge", "quoted"): 4}),
                  metrics=Counter({"t.x": 1.5}))
    merged = merge_all([a, b], group_id="X")
    assert merged.n_docs == 2 and merged.n_words == 150 and merged.narrator_words == 130
    assert merged.count("loaded") == 3 and merged.count("hedging", voice="quoted") == 4
    assert merged.metrics["t.x"] == 0.0  # zero kept, not dropped
    assert DocResult.from_dict(merged.to_dict()) == merged


def _naive_bootstrap(counts, words, *, n_boot, seed, per=1000.0):
    """The textbook percentile bootstrap: materialise every resample (reference for rate_interval)."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(words), size=(n_boot, len(words)))
    rates = counts[idx].sum(axis=1) / words[idx].sum(axis=1)[:, None] * per
    return np.quantile(rates, 0.025, axis=0), np.quantile(rates, 0.975, axis=0)


def test_block_bootstrap_equals_the_textbook_one_when_one_block_holds_every_replicate():
    rng = np.random.default_rng(1)
    words = rng.integers(200, 1500, size=60).astype(float)
    counts = rng.poisson(words[:, None] / 300, size=(60, 3)).astype(float)
    low, high = rate_interval(counts, words, n_boot=500, seed=4)
    expected_low, expected_high = _naive_bootstrap(counts, words, n_boot=500, seed=4)
    np.testing.assert_allclose(low, expected_low)
    np.testing.assert_allclose(high, expected_high)


def test_block_bootstrap_over_many_blocks_agrees_with_the_textbook_one():
    rng = np.random.default_rng(2)
    words = rng.integers(200, 1500, size=1500).astype(float)
    counts = rng.poisson(words[:, None] / 300, size=(1500, 2)).astype(float)
    low, high = rate_interval(counts, words, n_boot=1000, seed=5)      # 333 replicates per block
    expected_low, expected_high = _naive_bootstrap(counts, words, n_boot=1000, seed=5)
    np.testing.assert_allclose(low, expected_low, rtol=0.01)
    np.testing.assert_allclose(high, expected_high, rtol=0.01)
    ratio = counts.sum(axis=0) / words.sum() * 1000
    assert np.all(low < ratio) and np.all(ratio < high)
