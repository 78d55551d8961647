"""Scorecard section for attribution: how much is attributed, with which verbs, to whom, per outlet.

>>> tables({"VOA": merged_result})["Attribution overview"]
"""
from __future__ import annotations

from collections import defaultdict
from typing import Mapping

PREFIX = "attribution."
SMALL_SAMPLE = 5
STANCES = ("neutral", "distancing", "endorsing", "emotive", "accusatory", "tentative", "denial", "directive",
           "positive", "cognitive")
OVERVIEW = "Attribution overview"
STANCE = "Reporting-verb stance"
SPEAKERS = "Speakers quoted most"
GROUPS = "Reporting-verb stance by speaker group"
TOP_SPEAKERS = 10


def _metrics(result) -> dict[str, float]:
    return {k[len(PREFIX):]: v for k, v in result.metrics.items() if k.startswith(PREFIX)}


def _share(part: float, whole: float) -> float | None:
    return round(part / whole, 3) if whole else None


def _profile(stances: Mapping[str, float]) -> str:
    """'neutral 5, distancing 2' (most frequent first)."""
    items = sorted(((s, int(n)) for s, n in stances.items() if n), key=lambda x: (-x[1], x[0]))
    return ", ".join(f"{s} {n}" for s, n in items)


def _split_stance_keys(metrics: Mapping[str, float], head: str) -> dict[str, dict[str, float]]:
    """{label: {stance: n}} from keys "<head>.<label>.<stance>"."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for key, value in metrics.items():
        if key.startswith(head + ".") and value:
            label, _, stance = key[len(head) + 1:].rpartition(".")
            out[label][stance] = out[label].get(stance, 0) + value
    return out


def _group_labels() -> dict[str, str]:
    """Readable names of the speaker groups ("government" -> "government official")."""
    try:
        from ..attribution.resources import load_resources

        return load_resources().groups
    except Exception:  # a broken data file must not break the scorecard
        return {}


def tables(groups: Mapping) -> dict:
    """Overview, stance shares, top speakers and stance by speaker group, one row per outlet (and speaker/group)."""
    import pandas as pd

    labels = _group_labels()
    overview, stance_rows, speaker_rows, group_rows = [], [], [], []
    for outlet, result in groups.items():
        m = _metrics(result)
        n = m.get("attributions", 0)
        if not m:
            continue
        words = result.n_words
        overview.append({
            "outlet": outlet, "articles": result.n_docs, "words": words, "attributions": int(n),
            "per 1,000 words": round(1000 * n / words, 2) if words else None,
            "quoted text share": _share(m.get("quoted_chars", 0), m.get("chars", 0)),
            "anonymous share": _share(m.get("anonymous", 0), n),
            "direct": int(m.get("kind.direct", 0)), "partial": int(m.get("kind.partial", 0)),
            "indirect": int(m.get("kind.indirect", 0)), "nominal": int(m.get("kind.nominal", 0)),
            "according to": int(m.get("kind.according_to", 0)),
            "small sample": n < SMALL_SAMPLE,
        })
        row = {"outlet": outlet, "attributions": int(n)}
        for stance in STANCES:
            row[f"{stance} share"] = _share(m.get(f"stance.{stance}", 0), n)
        row["small sample"] = n < SMALL_SAMPLE
        stance_rows.append(row)
        speakers = _split_stance_keys(m, "speaker")
        ranked = sorted(((k, v) for k, v in speakers.items() if k != "-"),
                        key=lambda kv: (-sum(kv[1].values()), kv[0]))
        for speaker, stances in ranked[:TOP_SPEAKERS]:
            total = sum(stances.values())
            speaker_rows.append({
                "outlet": outlet, "speaker": speaker, "attributions": int(total),
                "stance profile": _profile(stances),
                "distancing": f"{int(stances.get('distancing', 0))} of {int(total)}",
                "small sample": total < SMALL_SAMPLE,
            })
        for label, stances in sorted(_split_stance_keys(m, "group_country").items(),
                                     key=lambda kv: (-sum(kv[1].values()), kv[0])):
            group, _, country = label.partition("|")
            total = sum(stances.values())
            group_rows.append({
                "outlet": outlet, "speaker group": labels.get(group, group).replace("_", " "),
                "country": "" if country == "-" else country,
                "attributions": int(total),
                "distancing verbs": f"{int(stances.get('distancing', 0))} of {int(total)}",
                "emotive or accusatory": f"{int(stances.get('emotive', 0) + stances.get('accusatory', 0))} of {int(total)}",
                "neutral verbs": f"{int(stances.get('neutral', 0))} of {int(total)}",
                "stance profile": _profile(stances),
                "small sample": total < SMALL_SAMPLE,
            })
    if not overview:
        return {}
    return {
        OVERVIEW: pd.DataFrame(overview),
        STANCE: pd.DataFrame(stance_rows),
        SPEAKERS: pd.DataFrame(speaker_rows, columns=["outlet", "speaker", "attributions", "stance profile",
                                                      "distancing", "small sample"]),
        GROUPS: pd.DataFrame(group_rows, columns=["outlet", "speaker group", "country", "attributions",
                                                  "distancing verbs", "emotive or accusatory", "neutral verbs",
                                                  "stance profile", "small sample"]),
    }
