"""scikit-learn transformers for sentences: lexicon category counts, word and character n-grams.

All three follow the CountVectorizer contract: `__init__` only stores options, `fit` learns state
ending in `_`, `get_feature_names_out` names every column, and they work inside a user's
`Pipeline` or `FeatureUnion`.

>>> from sklearn.pipeline import make_union
>>> features = make_union(WordNgrams(), CharNgrams(), LexiconFeatures())
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_right
from itertools import chain, repeat
from typing import Iterable, NamedTuple, Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

WORD_PATTERN = r"\w+(?:['\u2019]\w+)*"
_HASH_MULTIPLIER = np.uint64(0x100000001B3)   # FNV prime: an odd 64-bit multiplier
_HASH_SALT = np.uint64(0x9E3779B97F4A7C15)    # keeps n-grams of different lengths apart
_SEPARATOR = 0                                # code point between documents in a batch


def _as_list(sentences: Iterable) -> list[str]:
    """A list of strings from strings or records with a `.text` (rejects a bare string)."""
    if isinstance(sentences, str):
        raise TypeError("expected an iterable of sentences, got a single string; wrap it in a list")
    return [s if isinstance(s, str) else s.text if hasattr(s, "text") else str(s) for s in sentences]


# --------------------------------------------------------------------------- lexicon counts


class LexiconFeatures(TransformerMixin, BaseEstimator):
    """Per-category counts of lexicon matches in each sentence (voice-agnostic).

    `lexicons`: names of shipped lexicons, paths to TOML files or `Lexicon` objects (None = every
    shipped lexicon). `normalize`: divide counts by the sentence's number of words.

    >>> LexiconFeatures(lexicons=["hedging"]).fit_transform(["It reportedly fell."])
    """

    def __init__(self, *, lexicons: Sequence | None = None, normalize: bool = True):
        self.lexicons = lexicons
        self.normalize = normalize

    def fit(self, X=None, y=None):
        """Load the lexicons and name the columns; nothing is learned from `X`."""
        from .lexicon import Lexicon, load_lexicon, shipped_lexicons

        chosen = list(shipped_lexicons()) if self.lexicons is None else list(self.lexicons)
        loaded = [item if isinstance(item, Lexicon) else load_lexicon(item) for item in chosen]
        self.lexicons_ = loaded
        self.feature_names_out_ = np.array(
            [f"{lex.name}:{category}" for lex in loaded for category in lex.categories], dtype=object)
        self.versions_ = {lex.name: lex.version for lex in loaded}
        return self

    def transform(self, X):
        """Matrix (n_sentences, n_categories) of counts, or counts per word when `normalize`."""
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self, "lexicons_")
        return self.transform_texts(_as_list(X))

    def transform_texts(self, texts: list[str], *, n_words: np.ndarray | None = None) -> np.ndarray:
        """`transform` for a list of strings, reusing word counts when the caller has them."""
        if not texts:
            return np.zeros((0, len(self.feature_names_out_)), dtype=np.float64)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        last = np.cumsum(lengths + len(_BATCH_GLUE)) - len(_BATCH_GLUE)   # each sentence's end in the joined text
        return self._counts(_BATCH_GLUE.join(texts), (last - lengths).tolist(), last.tolist(), n_words=n_words)

    def transform_bounds(self, text: str, bounds: Sequence[tuple[int, int]], *,
                         n_words: np.ndarray | None = None) -> np.ndarray:
        """`transform` of the sentences text[s:e] (sorted, not overlapping), matching `text` once.

        A match counts for the sentence that contains it whole. The matcher remembers the document it
        last searched, so inside the pipeline the lexicon scorers' search of the document is reused.
        """
        if not len(bounds):
            return np.zeros((0, len(self.feature_names_out_)), dtype=np.float64)
        return self._counts(text, [b[0] for b in bounds], [b[1] for b in bounds], n_words=n_words)

    def _counts(self, text: str, first: list[int], last: list[int], *, n_words) -> np.ndarray:
        """Per-category matches of `text` inside each [first, last) row (rows sorted, apart), normalised."""
        n_rows, n_columns = len(first), len(self.feature_names_out_)
        if n_columns == 0:
            return np.zeros((n_rows, 0), dtype=np.float64)
        cells = []                                  # row * n_columns + column of each match
        column = 0
        for lex in self.lexicons_:
            offsets = {category: column + i for i, category in enumerate(lex.categories)}
            column += len(offsets)
            for match in lex.matcher().find(text):
                row = bisect_right(first, match.start) - 1
                if row >= 0 and match.end <= last[row]:                  # never across two rows
                    cells.append(row * n_columns + offsets[match.entry.category])
        counts = np.bincount(np.array(cells, dtype=np.intp), minlength=n_rows * n_columns)
        counts = counts.reshape(n_rows, n_columns).astype(np.float64)
        if self.normalize:
            if n_words is None:
                n_words = np.array([len(_WORD_RE.findall(text[s:e])) for s, e in zip(first, last)], dtype=np.float64)
            counts /= np.maximum(np.asarray(n_words, dtype=np.float64), 1.0)[:, None]
        return counts

    def get_feature_names_out(self, input_features=None):
        """Column names "lexicon:category"."""
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()


_WORD_RE = re.compile(WORD_PATTERN)
_BATCH_GLUE = "\n\u00b6\n"   # a pilcrow line between sentences: no entry spans it


# --------------------------------------------------------------------------- annotated words


class AnnotatedWordRates(TransformerMixin, BaseEstimator):
    """How often annotators marked a sentence's words as biased, learned from annotated sentences.

    `fit` takes records with `.text` and `.biased_words` (e.g. `framing.model.LabelledSentence`)
    and learns, per word, rate = times marked / (sentences containing it + `smoothing`).
    `transform` takes plain sentences (annotations are never used at prediction time) and gives
    four columns: the highest and second-highest rate of its words, their sum, and how many words
    reach `threshold`. `fit_transform` gives each training sentence leave-one-out rates (its own
    marks excluded), so a model fitted on them does not learn to trust a feature that saw the answer.
    """

    def __init__(self, *, smoothing: float = 2.0, threshold: float = 0.3):
        self.smoothing = smoothing
        self.threshold = threshold

    def _tally(self, X):
        records = list(X)
        if records and not all(hasattr(r, "biased_words") for r in records):
            raise TypeError("AnnotatedWordRates.fit needs records with .text and .biased_words "
                            "(e.g. framing.model.LabelledSentence), not plain strings")
        token_sets, marked_sets = [], []
        occurrences: dict[str, int] = {}
        marked: dict[str, int] = {}
        for record in records:
            tokens = set(tokenize(record.text))
            marks = {tok for phrase in record.biased_words for tok in tokenize(phrase)} & tokens
            token_sets.append(tokens)
            marked_sets.append(marks)
            for tok in tokens:
                occurrences[tok] = occurrences.get(tok, 0) + 1
            for tok in marks:
                marked[tok] = marked.get(tok, 0) + 1
        return records, token_sets, marked_sets, occurrences, marked

    def fit(self, X, y=None):
        """Learn the per-word rates from annotated records."""
        _, _, _, occurrences, marked = self._tally(X)
        words = sorted(marked)
        self.words_ = np.array(words, dtype=object)
        self.rates_ = np.array([marked[w] / (occurrences[w] + self.smoothing) for w in words], dtype=np.float64)
        return self

    def fit_transform(self, X, y=None, **fit_params):
        """Fit, and return leave-one-out features for the training records themselves."""
        records, token_sets, marked_sets, occurrences, marked = self._tally(X)
        self.fit(records)
        flat: list[float] = []
        lengths = []
        for record, marks in zip(records, marked_sets):
            tokens = tokenize(record.text)
            lengths.append(len(tokens))
            flat.extend((marked.get(tok, 0) - (tok in marks)) / (occurrences[tok] - 1 + self.smoothing)
                        for tok in tokens)
        return _rate_summary(np.array(flat, dtype=np.float64), np.array(lengths, dtype=np.int64),
                             threshold=self.threshold)

    def transform(self, X):
        """Four columns per sentence from the learned rates."""
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self, "rates_")
        return self.transform_tokens([tokenize(t) for t in _as_list(X)])

    def transform_tokens(self, token_lists: list[list[str]]) -> np.ndarray:
        """`transform` for sentences already split by `tokenize`."""
        if getattr(self, "_lookup", None) is None or self._lookup[0] is not self.rates_:
            self._lookup = (self.rates_, dict(zip(self.words_, self.rates_.tolist())))
        get = self._lookup[1].get
        flat = np.array([get(tok, 0.0) for toks in token_lists for tok in toks], dtype=np.float64)
        lengths = np.array([len(toks) for toks in token_lists], dtype=np.int64)
        return _rate_summary(flat, lengths, threshold=self.threshold)

    def get_feature_names_out(self, input_features=None):
        """Column names."""
        return np.array(["annotated_words:max", "annotated_words:second", "annotated_words:sum",
                         "annotated_words:n_over_threshold"], dtype=object)


def _rate_summary(rates: np.ndarray, lengths: np.ndarray, *, threshold: float) -> np.ndarray:
    """Per sentence (rates laid out by `lengths`): max, second max, sum of positive rates, count >= threshold."""
    n = len(lengths)
    out = np.zeros((n, 4), dtype=np.float64)
    doc = np.repeat(np.arange(n), lengths)
    positive = rates > 0.0
    rates, doc = rates[positive], doc[positive]
    if not len(rates):
        return out
    out[:, 2] = np.bincount(doc, weights=rates, minlength=n)
    out[:, 3] = np.bincount(doc, weights=(rates >= threshold).astype(np.float64), minlength=n)
    order = np.lexsort((-rates, doc))
    r, d = rates[order], doc[order]
    first = np.ones(len(d), dtype=bool)
    first[1:] = d[1:] != d[:-1]
    heads = np.flatnonzero(first)
    out[d[heads], 0] = r[heads]
    nxt = heads + 1
    has_second = nxt < len(d)
    has_second[has_second] &= d[nxt[has_second]] == d[heads[has_second]]
    out[d[heads[has_second]], 1] = r[nxt[has_second]]
    return out


# --------------------------------------------------------------------------- hashed vocabularies


class HashIndex:
    """Column lookup for 64-bit n-gram hashes: a sorted vocabulary with a direct-address table.

    `lookup(h)` gives each hash's column, or -1 when it is not in the vocabulary; exact (the table
    only speeds up the search, every hit is checked against the full hash).
    """

    def __init__(self, hashes: np.ndarray, *, bits: int | None = None):
        self.source = hashes                 # the array given (to tell when a vocabulary was replaced)
        self.hashes = np.asarray(hashes, dtype=np.uint64)
        size = max(len(self.hashes), 1)
        self.bits = bits or min(24, max(10, int(np.ceil(np.log2(size))) + 4))
        self.shift = np.uint64(64 - self.bits)
        table = np.full(1 << self.bits, -1, dtype=np.int32)
        slots = self._slot(self.hashes)
        uniq, counts = np.unique(slots, return_counts=True)
        table[slots] = np.arange(len(self.hashes))
        table[uniq[counts > 1]] = -2          # shared slot: fall back to binary search
        self.table = table

    def _slot(self, h: np.ndarray) -> np.ndarray:
        return ((np.asarray(h) * _HASH_SALT) >> self.shift).astype(np.int64)   # arrays wrap around silently

    def lookup(self, h: np.ndarray) -> np.ndarray:
        """Column of each hash in `h`, -1 if absent."""
        if not len(self.hashes):
            return np.full(len(h), -1, dtype=np.int64)
        cols = self.table.take(self._slot(h)).astype(np.int64)
        shared = (cols == -2).nonzero()[0]
        if len(shared):
            found = self.hashes.searchsorted(h[shared])
            found[found == len(self.hashes)] = 0
            cols[shared] = found
        valid = cols >= 0
        cols[valid & (self.hashes.take(np.where(valid, cols, 0)) != h)] = -1
        return cols


def _vocabulary_from(hashes, docs, *, min_df: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted hashes with document frequency >= min_df, and the index of each one's first occurrence."""
    order = np.lexsort((docs, hashes))
    h, d = hashes[order], docs[order]
    first_in_doc = np.ones(len(h), dtype=bool)
    first_in_doc[1:] = (h[1:] != h[:-1]) | (d[1:] != d[:-1])
    unique, df = np.unique(h[first_in_doc], return_counts=True)   # df: documents per gram
    keep = unique[df >= min_df]
    seen, first = np.unique(hashes, return_index=True)
    return keep, first[np.searchsorted(seen, keep)]


def _sparse_counts(docs: np.ndarray, cols: np.ndarray, shape) -> "object":
    """CSR counts from parallel arrays of row and column (-1 columns are dropped)."""
    import scipy.sparse as sp

    n_rows, n_cols = shape
    hit = cols >= 0
    keys = np.sort(docs[hit].astype(np.int64) * max(n_cols, 1) + cols[hit])   # row-major order
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, len(keys))).astype(np.float64)
    rows, columns = np.divmod(keys[starts], max(n_cols, 1))
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_rows), out=indptr[1:])
    return sp.csr_matrix((counts, columns, indptr), shape=shape)


def _check_range(ngram_range) -> tuple[int, int]:
    low, high = ngram_range
    if not 1 <= low <= high:
        raise ValueError(f"ngram_range must satisfy 1 <= low <= high, got {ngram_range}")
    return int(low), int(high)


# --------------------------------------------------------------------------- word n-grams


class _HashedVocabulary:
    """What the n-gram counters share: a fitted vocabulary of n-gram hashes (`hashes_`) and names (`ngrams_`)."""

    def hash_index(self) -> HashIndex:
        """The fitted vocabulary's `HashIndex` (built once)."""
        if getattr(self, "_index", None) is None or self._index.source is not self.hashes_:
            self._index = HashIndex(self.hashes_)
        return self._index

    def get_feature_names_out(self, input_features=None):
        """The n-grams in column order (character n-grams with their padding spaces)."""
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self, "ngrams_")
        return self.ngrams_.copy()


class WordNgrams(_HashedVocabulary, TransformerMixin, BaseEstimator):
    """Counts of lower-cased word n-grams from a vocabulary learned in `fit` (df >= `min_df`).

    Tokens are runs of word characters with inner apostrophes (`WORD_PATTERN`); n-grams are
    identified by a 64-bit hash of their token ids, so transforming is vectorised.
    """

    def __init__(self, *, ngram_range: tuple[int, int] = (1, 2), min_df: int = 1):
        self.ngram_range = ngram_range
        self.min_df = min_df

    def fit(self, X, y=None):
        """Learn the token list and the n-gram vocabulary."""
        low, high = _check_range(self.ngram_range)
        texts = _as_list(X)
        token_lists = [tokenize(t) for t in texts]
        tokens = sorted({tok for toks in token_lists for tok in toks})
        ids = {tok: i for i, tok in enumerate(tokens)}
        hashes, docs, starts, lengths = word_ngram_hashes(token_lists, ids, low, high)
        keep, where = _vocabulary_from(hashes, docs, min_df=self.min_df)
        flat = [tok for toks in token_lists for tok in toks]
        names = [" ".join(flat[s:s + n]) for s, n in zip(starts[where], lengths[where])]
        used = sorted({tok for name in names for tok in name.split(" ")})
        # re-key on the tokens actually used, so the stored token list stays small
        self.tokens_ = np.array(used, dtype=object)
        token_ids = {tok: i for i, tok in enumerate(used)}
        rehashed = word_ngram_hashes([name.split(" ") for name in names], token_ids, 1, high)
        full = rehashed[3] == np.array([len(n.split(" ")) for n in names])[rehashed[1]]
        order = np.argsort(rehashed[0][full], kind="stable")
        self.hashes_ = rehashed[0][full][order]
        self.ngrams_ = np.array(names, dtype=object)[rehashed[1][full]][order]
        return self

    def transform(self, X):
        """Sparse counts (n_sentences, n_vocabulary)."""
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self, "hashes_")
        return self.transform_tokens([tokenize(t) for t in _as_list(X)])

    def transform_tokens(self, token_lists: list[list[str]]):
        """`transform` for sentences already split by `tokenize`."""
        if getattr(self, "_ids", None) is None or self._ids[0] is not self.tokens_:
            self._ids = (self.tokens_, {tok: i for i, tok in enumerate(self.tokens_)})
        return count_word_ngrams(token_lists, self._ids[1], self.hash_index(), self.ngram_range)


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens of `text`."""
    return _WORD_RE.findall(text.lower())


def word_ngram_hashes(token_lists: list[list[str]], ids: dict[str, int], low: int, high: int):
    """Hash, doc, start (in the flat token list) and length of every n-gram of known tokens."""
    flat_ids = np.array([ids.get(tok, -1) for toks in token_lists for tok in toks], dtype=np.int64)
    lengths = np.array([len(toks) for toks in token_lists], dtype=np.int64)
    doc_of = np.repeat(np.arange(len(token_lists)), lengths)
    return id_ngram_hashes(flat_ids, doc_of, low, high)


def id_ngram_hashes(flat_ids: np.ndarray, doc_of: np.ndarray, low: int, high: int, *, positions: bool = True):
    """`word_ngram_hashes` from token ids (-1 = unknown) laid out flat, with each token's document."""
    known = flat_ids >= 0
    values = (flat_ids + 1).astype(np.uint64)
    size = len(flat_ids)
    unknown_before = np.concatenate([[0], np.cumsum(~known)])
    out_h, out_d, out_s, out_n = [], [], [], []
    with np.errstate(over="ignore"):
        for n in range(low, high + 1):
            count = size - n + 1
            if count <= 0:
                continue
            h = np.full(count, np.uint64(n) * _HASH_SALT, dtype=np.uint64)
            for k in range(n):
                h = h * _HASH_MULTIPLIER + values[k:k + count]
            ok = (doc_of[:count] == doc_of[n - 1:]) & (unknown_before[n:n + count] == unknown_before[:count])
            out_h.append(h[ok])
            out_d.append(doc_of[:count][ok])
            if positions:
                out_s.append(np.flatnonzero(ok))
                out_n.append(np.full(int(ok.sum()), n, dtype=np.int64))
    if not positions:
        return (np.concatenate(out_h) if out_h else np.zeros(0, np.uint64),
                np.concatenate(out_d) if out_d else np.zeros(0, np.int64), None, None)
    return _concat(out_h, out_d, out_s, out_n)


def pair_hashes(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The hash `id_ngram_hashes` gives the 2-gram of known token ids (left, right) (arrays wrap around silently)."""
    return ((left + 1).astype(np.uint64) + _PAIR_START) * _HASH_MULTIPLIER + (right + 1).astype(np.uint64)


with np.errstate(over="ignore"):
    _PAIR_START = np.uint64(2) * _HASH_SALT * _HASH_MULTIPLIER   # a 2-gram's hash before its first token


def _concat(out_h, out_d, out_s, out_n):
    if not out_h:
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros(0, dtype=np.uint64), empty, empty, empty
    return np.concatenate(out_h), np.concatenate(out_d), np.concatenate(out_s), np.concatenate(out_n)


def count_word_ngrams(token_lists: list[list[str]], ids: dict[str, int], index: HashIndex, ngram_range):
    """Sparse counts of the vocabulary's word n-grams in each tokenized sentence."""
    low, high = ngram_range
    hashes, docs, _, _ = word_ngram_hashes(token_lists, ids, low, high)
    return _sparse_counts(docs, index.lookup(hashes), (len(token_lists), len(index.hashes)))


# --------------------------------------------------------------------------- character n-grams


class CharNgrams(_HashedVocabulary, TransformerMixin, BaseEstimator):
    """Counts of character n-grams inside space-padded, lower-cased words (like `char_wb`).

    Vectorised with numpy: each n-gram is identified by a 64-bit polynomial hash of its code
    points, and the vocabulary learned in `fit` (df >= `min_df`) is a sorted array of hashes.
    For 1-grams the space between two words counts once.
    """

    def __init__(self, *, ngram_range: tuple[int, int] = (2, 5), min_df: int = 2):
        self.ngram_range = ngram_range
        self.min_df = min_df

    def fit(self, X, y=None):
        """Learn the vocabulary of n-gram hashes (and their strings, for naming columns)."""
        low, high = _check_range(self.ngram_range)
        glued, codes, doc_of = _encode(_as_list(X))
        hashes, docs, starts, lengths = char_ngram_hashes(codes, doc_of, low, high)
        keep, where = _vocabulary_from(hashes, docs, min_df=self.min_df)
        self.hashes_ = keep
        self.ngrams_ = np.array([glued[s:s + n] for s, n in zip(starts[where], lengths[where])], dtype=object)
        return self

    def transform(self, X):
        """Sparse counts (n_sentences, n_vocabulary)."""
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(self, "hashes_")
        return count_char_ngrams(_as_list(X), self.hash_index(), self.ngram_range)


def _encode(texts: list[str]) -> tuple[str, np.ndarray, np.ndarray]:
    """The padded, lower-cased texts glued by separators, their code points and each position's doc."""
    words = [" ".join(t.lower().replace("\x00", " ").split()) for t in texts]
    padded = [f" {w} " if w else "" for w in words]
    glued = "\x00".join(padded)
    codes = np.frombuffer(glued.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    is_sep = codes == _SEPARATOR
    doc_of = np.cumsum(is_sep) - is_sep
    return glued, codes, doc_of


def char_ngram_hashes(codes: np.ndarray, doc_of: np.ndarray, low: int, high: int, *, positions: bool = True):
    """Hash, doc, start and length of every valid n-gram (no separator, no inner space).

    The hash of an n-gram is its polynomial hash over code points plus n times a salt; hashes of
    length n are built from those of length n - 1 (one multiply-add per length).
    """
    size = len(codes)
    sep_before = np.concatenate([[0], np.cumsum(codes == _SEPARATOR)])
    space_before = np.concatenate([[0], np.cumsum(codes == 32)])
    out_h, out_d, out_s, out_n = [], [], [], []
    with np.errstate(over="ignore"):
        poly = codes.copy()                        # hash of the 1-gram starting at each position
        for n in range(1, high + 1):
            count = size - n + 1
            if count <= 0:
                break
            if n > 1:
                poly = poly[:count] * _HASH_MULTIPLIER + codes[n - 1:]
            if n < low:
                continue
            ok = sep_before[n:n + count] == sep_before[:count]
            if n > 2:
                ok &= space_before[n - 1:n - 1 + count] == space_before[1:1 + count]
            out_h.append(poly[ok] + np.uint64(n) * _HASH_SALT)
            out_d.append(doc_of[:count][ok])
            if positions:
                out_s.append(np.flatnonzero(ok))
                out_n.append(np.full(len(out_h[-1]), n, dtype=np.int64))
    if not positions:
        return (np.concatenate(out_h) if out_h else np.zeros(0, np.uint64),
                np.concatenate(out_d) if out_d else np.zeros(0, np.int64), None, None)
    return _concat(out_h, out_d, out_s, out_n)


def count_char_ngrams(texts: list[str], index: HashIndex, ngram_range) -> "object":
    """Sparse counts of the vocabulary's character n-grams in each text."""
    low, high = ngram_range
    shape = (len(texts), len(index.hashes))
    if not texts:
        return _sparse_counts(np.zeros(0, np.int64), np.zeros(0, np.int64), shape)
    _, codes, doc_of = _encode(texts)
    hashes, docs, _, _ = char_ngram_hashes(codes, doc_of, low, high, positions=False)
    return _sparse_counts(docs, index.lookup(hashes), shape)


# --------------------------------------------------------------------------- per-word memo (fast prediction)

class _Growing:
    """An append-only numpy array (of rows `width` wide, if given) with amortised doubling."""

    def __init__(self, dtype, *, width: int | None = None):
        self.data = np.zeros(1024 if width is None else (1024, width), dtype=dtype)
        self.size = 0

    def extend(self, values: np.ndarray) -> None:
        end = self.size + len(values)
        if end > len(self.data):
            grown = np.zeros((max(end, 2 * len(self.data)),) + self.data.shape[1:], dtype=self.data.dtype)
            grown[:self.size] = self.data[:self.size]
            self.data = grown
        self.data[self.size:end] = values
        self.size = end


# the columns of a word's row in the memo (one row per word: one memory read gathers all of them)
_KEY_BEGIN, _KEY_COUNT, _TOKEN_BEGIN, _TOKEN_COUNT, _FIRST_TOKEN, _LAST_TOKEN, _RATE_BEGIN, _RATE_COUNT = range(8)


class WordPieces:
    """What each distinct lower-cased whitespace word contributes to a sentence, computed once per word.

    A sentence's character n-grams (n >= 2) are the union of those of its space-padded words, and its
    `tokenize` tokens are its words' tokens in order. So the memo keeps, per word:
    - the keys of the n-grams that do not depend on its neighbours: its character n-grams, its token
      1-grams and, when word n-grams are at most 2 long, the 2-grams inside it (as in "u.s."), each
      `block << column_bits | column` with block 0 = words, 1 = characters;
    - its tokens' ids (-1 unknown), first and last: the 2-grams across words are formed per document;
    - its tokens' positive annotated rates, in order.
    At most `max_words` words (and about `max_keys` keys) are kept; the memo starts afresh when full,
    so memory stays bounded on any corpus.
    """

    def __init__(self, *, char_index: HashIndex, char_range: tuple[int, int], word_index: HashIndex,
                 word_range: tuple[int, int] = (1, 2), token_ids: dict[str, int], token_rates: dict[str, float],
                 max_words: int = 100_000, max_keys: int = 4_000_000):
        if char_range[0] < 2:
            raise ValueError("WordPieces needs character n-grams of length >= 2 (1-grams count shared spaces)")
        self.char_index, self.char_range, self.word_index = char_index, char_range, word_index
        self.word_range = _check_range(word_range)
        self.token_ids, self.token_rates = token_ids, token_rates
        self.column_bits = max(len(word_index.hashes), len(char_index.hashes), 1).bit_length()
        self.key_dtype = np.int32 if self.column_bits < 30 else np.int64
        self.max_words, self.max_keys = max_words, max_keys
        self._lock = threading.Lock()           # learning and reading must not interleave across threads
        self.clear()

    @property
    def pairs_across_words(self) -> bool:
        """True when word n-grams stop at 2: then the memo holds the 2-grams inside each word."""
        return self.word_range[1] == 2

    def clear(self) -> None:
        """Forget every word."""
        self.ids: dict[str, int] = {}
        self.rows = _Growing(np.int64, width=8)                 # per word: where its pieces are, and its end tokens
        self.keys, self.tokens, self.rates = _Growing(self.key_dtype), _Growing(np.int64), _Growing(np.float64)

    def word_ids(self, words: list[str]) -> np.ndarray:
        """The memo id of each word (learning the new ones)."""
        ids = np.fromiter(map(self.ids.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        if not len(ids) or np.minimum.reduce(ids) >= 0:
            return ids
        missing = np.flatnonzero(ids < 0)
        unknown = [words[i] for i in missing.tolist()]
        if self._admit(unknown, words):
            return np.fromiter(map(self.ids.get, words), dtype=np.int64, count=len(words))
        ids[missing] = np.fromiter(map(self.ids.get, unknown), dtype=np.int64, count=len(unknown))
        return ids

    def _admit(self, unknown: list[str], words: Iterable[str], learn=None) -> bool:
        """Learn the `unknown` words of a batch of `words`; when the memo would outgrow its bounds, start afresh
        with every distinct word of the batch instead and return True."""
        new = list(dict.fromkeys(unknown))
        if len(self.ids) + len(new) > self.max_words or self.keys.size > self.max_keys:
            self.clear()
            self._learn(list(dict.fromkeys(words)), learn)
            return True
        self._learn(new, learn)
        return False

    def _learn(self, words: list[str], learn=None) -> None:
        """Add the pieces of new, distinct words (with `learn`, a compiled `Learner.pieces`, when it takes them)."""
        if learn is not None:
            made = learn(words, self.keys.size, self.tokens.size, self.rates.size)
            if made is not None:
                rows, keys, tokens, rates = made
                self.keys.extend(keys)
                self.tokens.extend(tokens)
                self.rates.extend(rates)
                self.rows.extend(rows)
                self.ids.update(zip(words, range(len(self.ids), len(self.ids) + len(words))))
                return
        n = len(words)
        glued = " " + " \x00 ".join(words) + " "                 # " w1 " NUL " w2 " ...
        codes = np.frombuffer(glued.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
        is_sep = codes == _SEPARATOR
        hashes, owner, _, _ = char_ngram_hashes(codes, np.cumsum(is_sep) - is_sep, *self.char_range, positions=False)
        cols = self.char_index.lookup(hashes)
        hit = cols >= 0
        owners, keys = [owner[hit]], [cols[hit] | (1 << self.column_bits)]
        token_lists = list(map(_WORD_RE.findall, words))
        tokens = list(chain.from_iterable(token_lists))
        per_word = np.fromiter(map(len, token_lists), dtype=np.int64, count=n)
        token_id = np.fromiter(map(self.token_ids.get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))
        token_owner = np.repeat(np.arange(n), per_word)
        known = token_id >= 0
        hashes, owned = [], []                  # the word n-grams inside each word, hashed as `id_ngram_hashes` does
        if self.word_range[0] == 1:
            with np.errstate(over="ignore"):
                hashes.append(_HASH_SALT * _HASH_MULTIPLIER + (token_id[known] + 1).astype(np.uint64))
            owned.append(token_owner[known])
        if self.pairs_across_words and n and per_word.max() > 1:     # some word has two tokens or more
            inside = (token_owner[1:] == token_owner[:-1]) & known[1:] & known[:-1]
            hashes.append(pair_hashes(token_id[:-1][inside], token_id[1:][inside]))
            owned.append(token_owner[1:][inside])
        if hashes:
            cols = self.word_index.lookup(np.concatenate(hashes))
            hit = cols >= 0
            owners.append(np.concatenate(owned)[hit])
            keys.append(cols[hit])
        owner = np.concatenate(owners)
        rates = np.fromiter(map(self.token_rates.get, tokens, repeat(0.0)), dtype=np.float64, count=len(tokens))
        positive = rates > 0.0
        rows = np.empty((n, 8), dtype=np.int64)
        _append_slices(self.keys, rows, _KEY_BEGIN, np.concatenate(keys)[np.argsort(owner, kind="stable")],
                       np.bincount(owner, minlength=n))
        _append_slices(self.tokens, rows, _TOKEN_BEGIN, token_id, per_word)
        _append_slices(self.rates, rows, _RATE_BEGIN, rates[positive], np.bincount(token_owner[positive], minlength=n))
        padded, ends = np.append(token_id, -1), np.cumsum(per_word)          # a word without tokens gets -1
        rows[:, _FIRST_TOKEN] = padded[np.where(per_word > 0, ends - per_word, len(token_id))]
        rows[:, _LAST_TOKEN] = padded[np.where(per_word > 0, ends - 1, len(token_id))]
        self.rows.extend(rows)
        self.ids.update(zip(words, range(len(self.ids), len(self.ids) + n)))

    def lookup(self, words: list[str]) -> "Pieces":
        """The pieces of `words`, in order (learning the new ones); safe to call from several threads."""
        with self._lock:
            ids = self.word_ids(words)                  # first: learning may grow (replace) the arrays
            rows = self.rows.data.take(ids, axis=0)
            key_count, token_count, rate_count = rows[:, _KEY_COUNT], rows[:, _TOKEN_COUNT], rows[:, _RATE_COUNT]
            keys = self.keys.data.take(_positions(rows[:, _KEY_BEGIN], key_count))
            tokens = ends = None
            if self.pairs_across_words:
                ends = (rows[:, _FIRST_TOKEN], rows[:, _LAST_TOKEN])
            elif self.word_range[1] > 2:
                tokens = self.tokens.data.take(_positions(rows[:, _TOKEN_BEGIN], token_count))
            rates = self.rates.data.take(_positions(rows[:, _RATE_BEGIN], rate_count))
        return Pieces(keys, key_count, token_count, tokens, ends, rates, rate_count)

    def apply(self, kernel, per_row: list[list[str]], *, learn=None):
        """`kernel(per_row, ids, rows, keys, rates, admit)` over the memo, under the lock. The kernel hands the
        words the memo lacks to `admit`, which learns them (as `word_ids` learns them, or by `learn`) and gives
        back (cleared, ids, rows, keys, rates): the memo after learning, and whether it started afresh."""
        def admit(unknown: list[str]) -> tuple:
            cleared = self._admit(unknown, chain.from_iterable(per_row), learn)
            return cleared, self.ids, self.rows.data, self.keys.data, self.rates.data

        with self._lock:
            return kernel(per_row, self.ids, self.rows.data, self.keys.data, self.rates.data, admit)


class Pieces(NamedTuple):
    """What `WordPieces.lookup` gives for a list of words (arrays in word order)."""

    keys: np.ndarray            # every word's n-gram keys, concatenated
    key_count: np.ndarray       # how many keys each word has
    token_count: np.ndarray     # how many tokens each word has
    tokens: np.ndarray | None   # every word's token ids, concatenated (when n-grams may span 3+ tokens)
    ends: tuple | None          # (first, last) token id of each word (when n-grams stop at 2 tokens)
    rates: np.ndarray           # every word's positive annotated rates, concatenated
    rate_count: np.ndarray      # how many rates each word has


def _append_slices(data: _Growing, rows: np.ndarray, begin_column: int, values: np.ndarray, counts: np.ndarray) -> None:
    """Append each word's slice (`counts[i]` of `values`, in order) to `data`; note where it begins and its size."""
    rows[:, begin_column] = data.size + np.cumsum(counts) - counts
    rows[:, begin_column + 1] = counts
    data.extend(values)


def _positions(begin: np.ndarray, count: np.ndarray) -> np.ndarray:
    """The positions of the slices [begin, begin + count), concatenated."""
    ends = count.cumsum()                      # ndarray methods: no Python-level dispatch on this hot path
    if not len(ends):
        return ends
    positions = (begin - ends + count).repeat(count)
    positions += np.arange(int(ends[-1]))
    return positions
