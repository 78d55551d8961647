"""Span-set metrics, with answers known by construction."""
import pytest

from framing.evaluate.metrics import PRF, exact_prf, overlap_prf


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        ([(0, 5)], [(0, 5)], (1, 1, 1, 1)),
        ([(0, 5)], [(3, 8)], (1, 1, 1, 1)),
        ([(0, 5)], [(5, 8)], (1, 1, 0, 0)),  # touching is not overlapping
        ([(0, 5), (10, 20)], [(12, 13), (30, 31)], (2, 2, 1, 1)),
        ([], [(1, 2)], (0, 1, 0, 0)),
        ([(0, 100)], [(1, 2), (3, 4)], (1, 2, 1, 2)),
    ],
)
def test_overlap_prf(gold, pred, expected):
    assert overlap_prf(gold, pred).as_tuple() == expected


def test_overlap_precision_against_other_gold():
    result = overlap_prf([(0, 5)], [(0, 5), (20, 25)], precision_gold=[(0, 5), (18, 30)])
    assert result.as_tuple() == (1, 2, 1, 2)
    assert result.precision == 1.0 and result.recall == 1.0


def test_exact_prf_and_scores():
    result = exact_prf([(0, 5), (6, 9)], [(0, 5), (6, 8)])
    assert result.as_tuple() == (2, 2, 1, 1)
    assert result.precision == 0.5 and result.recall == 0.5 and result.f1 == 0.5
    assert (result + PRF(2, 0, 0, 0)).recall == 0.25
    assert PRF(0, 0, 0, 0).f1 == 0.0
