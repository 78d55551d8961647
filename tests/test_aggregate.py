"""Streaming aggregation: group totals, moments and capped samples give the scorecard's numbers in flat memory."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from framing.aggregate import GroupAggregate, _id_hash
from framing.engine import analyze, default_scorers
from framing.errors import FramingError
from framing.results import DocResult, merge_all
from framing.scorecard import Scorecard
from framing.spans import NARRATOR, QUOTED
from framing.stats import _ratio_normal, rate_interval

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "allsides_sample.jsonl"


@pytest.fixture(scope="module")
def sample_results() -> list[DocResult]:
    """Per-document results of the 300-article AllSides sample (lexicon families only, for speed)."""
    analysis = analyze(str(SAMPLE), scorers=default_scorers(families=("loaded", "hedging")), keep_spans=False)
    assert len(analysis.results) == 300
    return analysis.results


def _outlet(results, name):
    return [r for r in results if r.outlet == name]


def _biggest_outlet(results) -> str:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.outlet] = counts.get(r.outlet, 0) + 1
    return max(counts, key=lambda o: (counts[o], o))


def _columns(results):
    return sorted({(f, c) for r in results for (f, c, v) in r.counts if v == NARRATOR})


def test_totals_equal_merge_all(sample_results):
    members = _outlet(sample_results, _biggest_outlet(sample_results))
    aggregate = GroupAggregate("g")
    for r in members:
        aggregate.add(r)
    expected = merge_all(members, group_id="g").to_dict()
    assert aggregate.total.to_dict() == expected
    assert aggregate.n == len(members) and aggregate.has_samples


def test_bootstrap_equals_rate_interval_over_articles_sorted_by_id_hash(sample_results):
    members = _outlet(sample_results, _biggest_outlet(sample_results))
    assert len(members) >= 20
    aggregate = GroupAggregate("g")
    for r in members:
        aggregate.add(r)
    columns = _columns(members) + [("loaded", None)]
    ordered = sorted(members, key=lambda r: _id_hash(r.doc_id))
    counts = np.array([[r.count(f, c) for f, c in columns] for r in ordered], dtype=float)
    words = np.array([r.narrator_words for r in ordered], dtype=float)
    expected_low, expected_high = rate_interval(counts, words, n_boot=200, seed=3)
    low, high = aggregate.intervals(columns, voice=NARRATOR, n_boot=200, seed=3)
    np.testing.assert_allclose(low, expected_low)
    np.testing.assert_allclose(high, expected_high)


def test_past_the_cap_samples_are_dropped_and_the_delta_method_uses_moments(sample_results):
    members = _outlet(sample_results, _biggest_outlet(sample_results))
    aggregate = GroupAggregate("g", cap=10)
    for r in members:
        aggregate.add(r)
    assert not aggregate.has_samples
    columns = _columns(members) + [("hedging", None)]
    counts = np.array([[r.count(f, c) for f, c in columns] for r in members], dtype=float)
    words = np.array([r.narrator_words for r in members], dtype=float)
    expected_low, expected_high = _ratio_normal(counts, words, per=1000.0, level=0.95)
    low, high = aggregate.intervals(columns, voice=NARRATOR)
    np.testing.assert_allclose(low, expected_low, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(high, expected_high, rtol=1e-9, atol=1e-9)
    assert np.all(high > low)


@pytest.mark.parametrize("cap", [1000, 10])
def test_merging_partials_equals_one_pass(sample_results, cap):
    members = _outlet(sample_results, _biggest_outlet(sample_results))
    whole, left, right = GroupAggregate("g", cap=cap), GroupAggregate("g", cap=cap), GroupAggregate("g", cap=cap)
    for i, r in enumerate(members):
        whole.add(r)
        (left if i % 3 else right).add(r)
    merged = left.merge(right)
    columns = _columns(members)
    assert _sums(merged.total) == _sums(whole.total)
    assert merged.has_samples == whole.has_samples
    for voice in (NARRATOR, QUOTED):
        np.testing.assert_allclose(merged.intervals(columns, voice=voice, n_boot=100),
                                   whole.intervals(columns, voice=voice, n_boot=100), equal_nan=True)


def _sums(result: DocResult) -> dict:
    """A result's numbers (a merged group's title and date are only its first article's)."""
    data = result.to_dict()
    return {k: v for k, v in data.items() if k not in ("title", "date")}


def test_scorecard_does_not_depend_on_document_order(sample_results):
    shuffled = list(sample_results)
    random.Random(7).shuffle(shuffled)
    one = Scorecard(sample_results, n_boot=200).to_frame()
    two = Scorecard(shuffled, n_boot=200).to_frame()
    key = ["outlet", "family", "category", "voice"]
    one = one.sort_values(key).reset_index(drop=True)
    two = two.sort_values(key).reset_index(drop=True)
    assert one.equals(two)
    assert one["ci_low"].notna().sum() > 10        # the sample has outlets with enough articles for intervals


def test_streamed_analysis_equals_kept_results():
    scorers = default_scorers(families=("loaded", "hedging"))
    kept = analyze(str(SAMPLE), scorers=scorers, keep_spans=False)
    streamed = analyze(str(SAMPLE), scorers=scorers, keep_spans=False, keep_results=False)
    assert streamed.results == [] and streamed.n_scored == kept.n_scored == 300
    assert streamed.scorecard.to_dict() == kept.scorecard.to_dict()


def test_streamed_analysis_refuses_another_grouping(seeds_dir):
    streamed = analyze(seeds_dir, scorers=default_scorers(families=("loaded",)), keep_results=False)
    assert streamed.scorecard.by == "outlet"
    with pytest.raises(FramingError, match="keep_results=False"):
        streamed.scorecard_by("article")


def test_streamed_analysis_with_spans_can_explain(seeds_dir):
    streamed = analyze(seeds_dir, scorers=default_scorers(families=("loaded",)), keep_results=False)
    frame = streamed.scorecard.explain(family="loaded")
    assert len(frame) > 0 and set(frame["outlet"]) == {"Press TV", "VOA"}


def test_article_groups_keep_no_samples(sample_results):
    card = Scorecard(sample_results[:20], by="article")
    assert all(not a.has_samples for a in card.aggregates.values())
    assert card.to_frame()["ci_low"].isna().all()


def test_samples_stay_bounded_by_the_cap():
    aggregate = GroupAggregate("g", cap=50)
    for i in range(500):
        aggregate.add(DocResult(doc_id=f"d{i}", outlet="o", n_words=100, narrator_words=90, quoted_words=10,
                                counts={("loaded", "emotive", NARRATOR): i % 3}))
    assert not aggregate.has_samples and aggregate.n == 500
    assert aggregate.moments[("loaded", "emotive", NARRATOR)][0] == sum(i % 3 for i in range(500))
