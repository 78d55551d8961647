"""Scorecard section for tone toward actors: mean VADER score per outlet, actor and voice, with 95% CIs."""
from __future__ import annotations

import math
from typing import Mapping

TONE = "Tone toward actors"
Z95 = 1.959964


def tone_summary(groups: Mapping, *, z: float = Z95):
    """Per group, actor and voice: n, mean, sd, ci_low, ci_high (normal approximation from merged sums)."""
    import pandas as pd

    sums: dict[tuple[str, str, str], dict[str, float]] = {}
    for group, result in groups.items():
        for key, value in result.metrics.items():
            if not key.startswith("tone."):
                continue
            parts = key.split(".")
            if len(parts) != 4 or parts[1] not in ("sum", "sumsq", "n"):
                continue
            _, stat, actor, voice = parts
            sums.setdefault((group, actor, voice), {})[stat] = float(value)
    rows = []
    for (group, actor, voice), stats in sums.items():
        n = int(stats.get("n", 0))
        if n <= 0:
            continue
        mean, sd, low, high = mean_ci(stats.get("sum", 0.0), stats.get("sumsq", 0.0), n, z=z)
        rows.append((group, actor, voice, n, mean, sd, low, high))
    frame = pd.DataFrame(rows, columns=["outlet", "actor", "voice", "n", "mean", "sd", "ci_low", "ci_high"])
    order = {name: i for i, name in enumerate(groups)}
    frame["_order"] = frame["outlet"].map(order)
    frame = frame.sort_values(["_order", "actor", "voice"]).drop(columns="_order").reset_index(drop=True)
    return frame


def mean_ci(total: float, total_sq: float, n: int, *, z: float = Z95) -> tuple[float, float, float, float]:
    """Mean, sample sd and normal-approximation CI from a sum, a sum of squares and a count."""
    mean = total / n
    if n < 2:
        return mean, math.nan, math.nan, math.nan
    variance = max(total_sq - n * mean * mean, 0.0) / (n - 1)
    sd = math.sqrt(variance)
    half = z * sd / math.sqrt(n)
    return mean, sd, mean - half, mean + half


def tables(groups: Mapping) -> dict:
    """The tone table (empty dict when no tone metrics are present)."""
    frame = tone_summary(groups)
    if frame.empty:
        return {}
    return {TONE: frame.round({"mean": 3, "sd": 3, "ci_low": 3, "ci_high": 3})}
