"""Distinctive terms between outlets: log-odds ratio with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4), section 3.5:

    delta_w = log((y_wi + a_w) / (n_i + a0 - y_wi - a_w)) - log((y_wj + a_w) / (n_j + a0 - y_wj - a_w))
    var(delta_w) ~= 1 / (y_wi + a_w) + 1 / (y_wj + a_w)          z_w = delta_w / sqrt(var)

where i is a group (an outlet), j the rest (or a named reference group), y the term counts,
n the total counts and a_w the prior pseudo-counts (a0 their sum).

>>> frame = distinctive_terms("seeds/", min_count=2)
>>> frame[frame.outlet == "VOA"].head()
"""
from __future__ import annotations

import math
import os
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import compress
from importlib import resources
from typing import Any, Iterable, Iterator, Mapping, Sequence

COLUMNS = ["outlet", "term", "count", "freq", "ref_count", "delta", "z"]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The stopword list shipped in framing/data/stopwords.txt (lower case)."""
    text = resources.files("framing.data").joinpath("stopwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


def normalize_token(token: str) -> str:
    """Lower-case a token, keeping short all-caps acronyms ("US" is not "us"); fold curly apostrophes."""
    if "\u2019" in token:
        token = token.replace("\u2019", "'")
    if 2 <= len(token) <= 5 and token.isupper():
        return token
    return token.lower()


def _keep(token: str, stop: frozenset[str]) -> bool:
    """A countable token: has a letter and is not a stopword."""
    return token not in stop and any(ch.isalpha() for ch in token)


def _doc_words(doc, cache: dict[str, str] | None = None) -> tuple[list[str], list[int]]:
    """Normalized word tokens of `doc` and the index of the first token of each sentence."""
    seg = doc.segments
    text = doc.text
    tokens = seg.tokens
    cache = {} if cache is None else cache
    words = []
    for start, end in tokens:
        raw = text[start:end]
        word = cache.get(raw)
        if word is None:
            word = cache[raw] = normalize_token(raw)
        words.append(word)
    starts = [start for start, _ in tokens]
    firsts = sorted({bisect_left(starts, s_start) for s_start, _ in seg.sentences} | {0})
    return words, firsts


def sentence_tokens(doc) -> Iterator[list[str]]:
    """Normalized word tokens of each sentence of `doc` (from `doc.segments`)."""
    words, firsts = _doc_words(doc)
    bounds = firsts + [len(words)]
    for low, high in zip(bounds, bounds[1:]):
        if high > low:
            yield words[low:high]


def ngram_counts(doc, *, ngram_range: tuple[int, int] = (1, 2), stop: frozenset[str] | None = None,
                 cache: dict | None = None) -> Counter:
    """Counts of n-grams (within sentences, no stopword or number-only token inside an n-gram) in one document."""
    stop = stopwords() if stop is None else stop
    low, high = ngram_range
    if low < 1 or high < low:
        raise ValueError(f"ngram_range must be (low, high) with 1 <= low <= high, not {ngram_range!r}")
    cache = {} if cache is None else cache
    words, firsts = _doc_words(doc, cache.setdefault("words", {}))
    keep_cache = cache.setdefault("keep", {})
    keep = []
    for word in words:
        flag = keep_cache.get(word)
        if flag is None:
            flag = keep_cache[word] = _keep(word, stop)
        keep.append(flag)
    for first in firsts:  # a break before each sentence: no n-gram spans two sentences
        if first < len(keep):
            keep[first] = keep[first] and 2  # 2 = kept, starts a sentence
    counts: Counter = Counter()
    for n in range(low, high + 1):
        if n == 1:
            counts.update(compress(words, keep))
        elif n == 2:
            counts.update(f"{a} {b}" for a, b, ka, kb in zip(words, words[1:], keep, keep[1:])
                          if ka and kb == 1)
        else:
            counts.update(" ".join(words[i:i + n]) for i in range(len(words) - n + 1)
                          if keep[i] and all(k == 1 for k in keep[i + 1:i + n]))
    return counts


def group_counts(corpus_or_docs: Any, *, by: str = "outlet", ngram_range: tuple[int, int] = (1, 2)) -> dict[str, Counter]:
    """Term counts per group (outlet, article, or any Document attribute / meta key), streaming."""
    stop = stopwords()
    groups: dict[str, Counter] = {}
    cache: dict = {}
    for doc in _documents(corpus_or_docs):
        key = _group_of(doc, by)
        groups.setdefault(key, Counter()).update(ngram_counts(doc, ngram_range=ngram_range, stop=stop, cache=cache))
    return groups


def log_odds(y_i: float, n_i: float, y_j: float, n_j: float, a_w: float, a0: float) -> tuple[float, float]:
    """Monroe et al.'s (delta, variance) for one term: group i vs group j with prior a_w (sum a0)."""
    delta = (math.log((y_i + a_w) / (n_i + a0 - y_i - a_w))
             - math.log((y_j + a_w) / (n_j + a0 - y_j - a_w)))
    variance = 1.0 / (y_i + a_w) + 1.0 / (y_j + a_w)
    return delta, variance


def distinctive_terms(
    corpus_or_docs: Any,
    *,
    by: str = "outlet",
    reference: str | Sequence[str] | None = None,
    ngram_range: tuple[int, int] = (1, 2),
    min_count: int = 5,
    prior: str | float | Mapping[str, float] = "corpus",
    prior_size: float | None = None,
    counts: Mapping[str, Counter] | None = None,
):
    """Per group, every term's log-odds ratio (delta) and z-score against the rest or a reference.

    `corpus_or_docs`: a path, a Corpus or Documents (ignored when `counts` per group is given).
    `reference`: a group name or names; each other group is compared with them pooled
    (default: each group against all the others). `min_count`: drop terms seen fewer times in
    the whole corpus (group totals n still count every n-gram, as in Monroe et al.). `prior`: "corpus" (informative: a_w proportional to the pooled counts,
    scaled to sum to `prior_size`, default the corpus size), a number (uniform a_w), or a
    mapping term -> a_w. Returns a DataFrame with columns outlet, term, count, freq
    (count / group total), ref_count, delta, z; sorted by outlet, then z descending.
    """
    import numpy as np
    import pandas as pd

    groups = dict(counts) if counts is not None else group_counts(corpus_or_docs, by=by, ngram_range=ngram_range)
    refs = _reference_names(reference, groups)
    pooled: Counter = Counter()
    for group_counter in groups.values():
        pooled.update(group_counter)
    vocab = sorted(term for term, n in pooled.items() if n >= min_count)
    alpha = np.array(list(_prior(prior, pooled, vocab, prior_size=prior_size).values()), dtype=float)
    a0 = float(alpha.sum())
    index = {term: i for i, term in enumerate(vocab)}
    vectors = {}
    for name, group_counter in groups.items():
        vector = np.zeros(len(vocab))
        for term, n in group_counter.items():
            i = index.get(term)
            if i is not None:
                vector[i] = n
        vectors[name] = vector
    all_counts = sum(vectors.values()) if vectors else np.zeros(len(vocab))
    ref_vector = sum(vectors[g] for g in refs) if refs else None
    sizes = {name: float(sum(group_counter.values())) for name, group_counter in groups.items()}
    parts = []
    for name in sorted(groups):
        if name in refs:
            continue
        y_i = vectors[name]
        y_j = ref_vector if ref_vector is not None else all_counts - y_i
        n_i = sizes[name]
        n_j = sum(sizes[g] for g in refs) if refs else sum(sizes.values()) - n_i
        if n_i == 0 or n_j == 0:
            continue
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = (np.log((y_i + alpha) / (n_i + a0 - y_i - alpha))
                     - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha)))
            z = delta / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
        delta[~np.isfinite(delta)] = np.nan
        z[~np.isfinite(z)] = np.nan
        parts.append(pd.DataFrame({
            "outlet": name, "term": vocab, "count": y_i.astype(int), "freq": y_i / n_i,
            "ref_count": y_j.astype(int), "delta": delta, "z": z,
        }, columns=COLUMNS))
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COLUMNS)
    frame = frame.sort_values(["outlet", "z", "term"], ascending=[True, False, True], kind="mergesort")
    return frame.reset_index(drop=True)


def top_terms(frame, *, top: int = 20, side: str = "over"):
    """The `top` rows per outlet: most over-represented ("over"), under-represented ("under") or both."""
    import pandas as pd

    parts = []
    for _, rows in frame.groupby("outlet", sort=True):
        if side in ("over", "both"):
            parts.append(rows.nlargest(top, "z"))
        if side in ("under", "both"):
            parts.append(rows.nsmallest(top, "z"))
    if side not in ("over", "under", "both"):
        raise ValueError(f"side must be 'over', 'under' or 'both', not {side!r}")
    if not parts:
        return frame.iloc[0:0]
    return pd.concat(parts).reset_index(drop=True)


def plot_distinctive(frame, *, outlet: str, top: int = 20, ax=None):
    """Scatter of term frequency (log scale) against z-score for `outlet`, top terms labelled.

    Returns the matplotlib Axes.
    """
    import matplotlib.pyplot as plt

    rows = frame[frame["outlet"] == outlet]
    if rows.empty:
        from .errors import FramingError

        known = ", ".join(sorted(frame["outlet"].unique())) or "none"
        raise FramingError(f"no distinctive terms for outlet {outlet!r} (outlets: {known})")
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 6))
    freq = rows["count"] + rows["ref_count"]
    ax.scatter(freq, rows["z"], s=8, color="0.6", alpha=0.6, linewidths=0)
    labelled = pd_concat_unique(rows.nlargest(top, "z"), rows.nsmallest(top, "z"))
    points: dict[tuple[float, float], list[str]] = {}
    for _, row in labelled.iterrows():  # terms at the same point share one label
        points.setdefault((row["count"] + row["ref_count"], round(row["z"], 6)), []).append(row["term"])
    for (x, z), names in points.items():
        colour = "tab:red" if z > 0 else "tab:blue"
        ax.scatter([x], [z], s=14, color=colour)
        ax.annotate(", ".join(names), (x, z), fontsize=7, xytext=(3, 2), textcoords="offset points", color=colour)
    ax.set_xscale("log")
    from matplotlib.ticker import LogLocator, NullFormatter, ScalarFormatter

    ax.xaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.xaxis.set_major_formatter(ScalarFormatter())
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.axhline(1.96, color="0.8", linestyle="--", linewidth=0.8)
    ax.axhline(-1.96, color="0.8", linestyle="--", linewidth=0.8)
    ax.set_xlabel("term count, outlet + reference (log scale)")
    ax.set_ylabel(f"z-score, {outlet} vs reference (log-odds, informative Dirichlet prior)")
    ax.set_title(f"Distinctive terms: {outlet}")
    return ax


def pd_concat_unique(*frames):
    """Concatenate frames, dropping repeated rows (by index)."""
    import pandas as pd

    joined = pd.concat(frames)
    return joined[~joined.index.duplicated()]


def _prior(prior: Any, pooled: Counter, vocab: list[str], *, prior_size: float | None) -> dict[str, float]:
    """Pseudo-counts a_w for every term of `vocab`."""
    if isinstance(prior, str):
        if prior != "corpus":
            raise ValueError(f"prior must be 'corpus', a number or a mapping, not {prior!r}")
        total = sum(pooled[t] for t in vocab)
        scale = 1.0 if not prior_size or not total else prior_size / total
        return {t: pooled[t] * scale for t in vocab}
    if isinstance(prior, (int, float)):
        if prior <= 0:
            raise ValueError(f"a uniform prior must be > 0, not {prior!r}")
        return {t: float(prior) for t in vocab}
    missing = [t for t in vocab if t not in prior]
    if missing:
        raise ValueError(f"prior mapping has no pseudo-count for {len(missing)} term(s), e.g. {missing[0]!r}")
    return {t: float(prior[t]) for t in vocab}


def _reference_names(reference: str | Sequence[str] | None, groups: Mapping[str, Counter]) -> list[str]:
    """The reference group names, checked against the groups present."""
    if reference is None:
        return []
    names = [reference] if isinstance(reference, str) else list(reference)
    unknown = [name for name in names if name not in groups]
    if unknown:
        from .errors import FramingError

        known = ", ".join(repr(g) for g in sorted(groups)) or "none"
        raise FramingError(f"reference group(s) {', '.join(map(repr, unknown))} not in the corpus (groups: {known})")
    return names


def _group_of(doc, by: str) -> str:
    """The group key of a document: "article" is its id, else an attribute or meta key."""
    if by == "article":
        return doc.id
    value = getattr(doc, by) if hasattr(doc, by) else doc.meta.get(by, "")
    return str(value) if value not in (None, "") else f"(no {by})"


def _documents(corpus_or_docs: Any) -> Iterable:
    """Documents from a path, Corpus or iterable (Skipped items dropped)."""
    from .document import Document

    if isinstance(corpus_or_docs, (str, os.PathLike)):
        from .io import read_corpus

        corpus_or_docs = read_corpus(corpus_or_docs)
    if isinstance(corpus_or_docs, Document):
        return [corpus_or_docs]
    return (d for d in corpus_or_docs if isinstance(d, Document))
