"""Streaming per-group totals: sums that merge, moments for intervals, and capped per-article samples.

A `GroupAggregate` takes per-document results one at a time and keeps, in memory that does not grow
with the number of articles past `BOOTSTRAP_MAX_ARTICLES`:

- the summed `DocResult` of the group (counts, terms, metrics: the scorecard's numbers);
- first and second moments of each count and word total (Σc, Σc², Σc·w, Σw, Σw²) per voice, enough for
  the delta-method interval of a rate over articles, at any size;
- the per-article counts themselves in compact arrays while the group has at most
  `BOOTSTRAP_MAX_ARTICLES` articles, for the percentile bootstrap (`stats.rate_interval` over the
  articles sorted by a hash of their id, so intervals do not depend on the order documents arrive in:
  one job or many, local or Dask, a fresh run or a results folder); past that they are dropped and the
  delta method is used.
"""
from __future__ import annotations

from array import array
from typing import Sequence

from .results import DocResult
from .spans import NARRATOR, QUOTED
from .stats import BOOTSTRAP_MAX_ARTICLES

ANY_CATEGORY = "*"                 # moment key of a whole family: (family, ANY_CATEGORY, voice)
VOICE_WORDS = {NARRATOR: "narrator_words", QUOTED: "quoted_words"}


class GroupAggregate:
    """Running totals of one scorecard group (outlet or article); add results, merge partials."""

    def __init__(self, name: str, *, samples: bool = True, cap: int = BOOTSTRAP_MAX_ARTICLES):
        self.name = name
        self.cap = cap
        self.total: DocResult = DocResult(doc_id=name, n_docs=0)
        self.word_moments = {voice: [0.0, 0.0] for voice in VOICE_WORDS}       # Σw, Σw²
        self.moments: dict[tuple[str, str, str], list[float]] = {}             # key -> [Σc, Σc², Σc·w]
        self._keys: dict[tuple[str, str, str], int] = {}
        self._key_list: list[tuple[str, str, str]] = []
        self._samples = _Samples() if samples else None

    @property
    def n(self) -> int:
        """Articles added so far."""
        return self.total.n_docs

    @property
    def has_samples(self) -> bool:
        """True while the per-article counts are kept (bootstrap possible)."""
        return self._samples is not None

    def add(self, result: DocResult) -> None:
        """Add one document's result."""
        self.total.absorb(result)
        words = {voice: float(getattr(result, attr)) for voice, attr in VOICE_WORDS.items()}
        for voice, w in words.items():
            moment = self.word_moments[voice]
            moment[0] += w
            moment[1] += w * w
        family_totals: dict[tuple[str, str, str], float] = {}
        for (family, category, voice), count in result.counts.items():
            self._add_moment((family, category, voice), count, words.get(voice, 0.0))
            family_key = (family, ANY_CATEGORY, voice)
            family_totals[family_key] = family_totals.get(family_key, 0.0) + count
        for key, count in family_totals.items():
            self._add_moment(key, count, words.get(key[2], 0.0))
        if self._samples is not None:
            if self.n > self.cap:
                self._samples = None           # large group: the delta method from the moments takes over
            else:
                self._samples.append(result.doc_id, words,
                                     [(self._key_id(k), c) for k, c in result.counts.items() if c])

    def merge(self, other: "GroupAggregate") -> "GroupAggregate":
        """Add another partial aggregate of the same group (its articles come after this one's)."""
        if other.n == 0:
            return self
        self.total.absorb(other.total)
        for voice, (s1, s2) in other.word_moments.items():
            self.word_moments[voice][0] += s1
            self.word_moments[voice][1] += s2
        for key, values in other.moments.items():
            mine = self.moments.setdefault(key, [0.0, 0.0, 0.0])
            for i, value in enumerate(values):
                mine[i] += value
        if self._samples is not None and (other._samples is None or self.n > self.cap):
            self._samples = None
        elif self._samples is not None:
            remap = [self._key_id(key) for key in other._key_list]
            self._samples.extend(other._samples, remap)
        return self

    def intervals(self, columns: Sequence[tuple[str, str | None]], *, voice: str, n_boot: int = 1000,
                  level: float = 0.95, seed: int = 0, per: float = 1000.0):
        """(low, high) arrays: a CI over articles of the rate of each (family, category or None) column."""
        import numpy as np

        from .stats import _ratio_from_moments, rate_interval

        if self._samples is not None:
            counts, words = self._samples.matrix(self._key_list, columns, voice=voice)
            return rate_interval(counts, words, per=per, n_boot=n_boot, level=level, seed=seed)
        sum_w, sum_w2 = self.word_moments[voice]
        zero = [0.0, 0.0, 0.0]
        moments = np.array([self.moments.get((f, c or ANY_CATEGORY, voice), zero) for f, c in columns],
                           dtype=float).reshape(len(columns), 3)
        return _ratio_from_moments(moments, sum_w=sum_w, sum_w2=sum_w2, n=self.n, per=per, level=level)

    def _add_moment(self, key: tuple[str, str, str], count: float, words: float) -> None:
        moment = self.moments.get(key)
        if moment is None:
            moment = self.moments[key] = [0.0, 0.0, 0.0]
        moment[0] += count
        moment[1] += count * count
        moment[2] += count * words

    def _key_id(self, key: tuple[str, str, str]) -> int:
        number = self._keys.get(key)
        if number is None:
            number = self._keys[key] = len(self._key_list)
            self._key_list.append(key)
        return number

    def __repr__(self) -> str:
        return f"<GroupAggregate {self.name!r}: {self.n} article(s)>"


class _Samples:
    """Per-article narrator/quoted words and sparse counts, in flat typed arrays (8 bytes a count)."""

    def __init__(self):
        self.order = array("Q")                 # a stable hash of each article's id: the bootstrap row order
        self.narrator = array("d")
        self.quoted = array("d")
        self.offsets = array("q", [0])
        self.key_ids = array("I")            # key ids (uint32)
        self.counts = array("f")             # per-article counts: small integers, exact in float32

    def append(self, doc_id: str, words: dict[str, float], pairs: list[tuple[int, float]]) -> None:
        self.order.append(_id_hash(doc_id))
        self.narrator.append(words[NARRATOR])
        self.quoted.append(words[QUOTED])
        for key_id, count in pairs:
            self.key_ids.append(key_id)
            self.counts.append(count)
        self.offsets.append(len(self.key_ids))

    def extend(self, other: "_Samples", remap: list[int]) -> None:
        base = len(self.key_ids)
        self.order.extend(other.order)
        self.narrator.extend(other.narrator)
        self.quoted.extend(other.quoted)
        self.key_ids.extend(remap[k] for k in other.key_ids)
        self.counts.extend(other.counts)
        self.offsets.extend(base + offset for offset in other.offsets[1:])

    def matrix(self, key_list, columns, *, voice: str):
        """(articles x columns counts, articles words) of `voice`; a column with category None sums its family."""
        import numpy as np
        from scipy.sparse import csr_matrix

        n = len(self.narrator)
        rows = np.argsort(np.frombuffer(self.order, dtype=np.uint64), kind="stable")
        words = np.frombuffer(self.narrator if voice == NARRATOR else self.quoted, dtype=float)[rows]
        if not len(self.key_ids) or not len(columns):
            return np.zeros((n, len(columns)), dtype=float), words
        column_of: dict[tuple[str, str | None], list[int]] = {}
        for j, (family, category) in enumerate(columns):
            column_of.setdefault((family, category), []).append(j)
        select = np.zeros((len(key_list), len(columns)), dtype=float)   # key id -> the columns it adds to
        for key_id, (family, category, key_voice) in enumerate(key_list):
            if key_voice == voice:
                for j in column_of.get((family, category), []) + column_of.get((family, None), []):
                    select[key_id, j] = 1.0
        per_key = csr_matrix((np.frombuffer(self.counts, dtype=np.float32).astype(float),
                              np.frombuffer(self.key_ids, dtype=np.uint32).astype(np.int64),
                              np.frombuffer(self.offsets, dtype=np.int64)), shape=(n, len(key_list)))
        return np.asarray(per_key @ select, dtype=float)[rows], words


def _id_hash(doc_id: str) -> int:
    """A stable 64-bit hash of a document id (the same in every process and run)."""
    import hashlib

    return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
