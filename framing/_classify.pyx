# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""The sentence classifier's per-document loops in C: what `BiasModel.decision_function_bounds` does with numpy.

`Kernel.score(per_row, ids, rows, keys, rates)` takes each row's lower-cased whitespace words and the
`WordPieces` memo (its dict of word ids and its arrays) and gives, per row, the word and character tf-idf
part of the score, the number of `tokenize` tokens and the four annotated-rate columns; or, when some
words are not in the memo yet, those words (the caller learns them and asks again). The sums are the
numpy path's, bit for bit: the keys are sorted (an LSD radix sort), each (row, block) adds the terms of
its distinct columns in ascending column order from 0.0, dot products and squared norms apart, and a
repeated n-gram takes 1 + log(count) from a table numpy computed. setup.py compiles this file with
-ffp-contract=off, so that no multiplication and addition fuse into one rounding.

`Learner.pieces(words, ...)` computes what `WordPieces._learn` appends to the memo for new words (their
character n-gram keys, tokens, annotated rates and in-word 2-gram keys), the same values in the same order.
"""

cimport cython
from cpython.dict cimport PyDict_GetItemWithError
from cpython.list cimport PyList_GET_ITEM, PyList_GET_SIZE
from cpython.mem cimport PyMem_Free, PyMem_Malloc, PyMem_Realloc
from cpython.ref cimport PyObject
from cpython.unicode cimport PyUnicode_DATA, PyUnicode_GET_LENGTH, PyUnicode_KIND, PyUnicode_READ
from libc.math cimport sqrt
from libc.stdint cimport int32_t, int64_t, uint32_t, uint64_t

from ._inline cimport BUILD_STAMP, fnv_mixed, fnv_start, fnv_step, is_word, lower_bound
from libc.string cimport memset

import numpy as np

SOURCE_SHA256 = BUILD_STAMP.decode("ascii")  # the SHA-256 of the source it was built from (see _inline.pxd)


cdef extern from "Python.h":
    str PyUnicode_Substring(str text, Py_ssize_t start, Py_ssize_t end)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)

ctypedef fused memo_key:
    int32_t
    int64_t

ctypedef fused sort_key:
    uint32_t
    uint64_t

# the columns of a word's row in the memo: features._KEY_BEGIN ... features._RATE_COUNT
cdef enum:
    KEY_BEGIN, KEY_COUNT, TOKEN_BEGIN, TOKEN_COUNT, FIRST_TOKEN, LAST_TOKEN, RATE_BEGIN, RATE_COUNT


@cython.final
cdef class HashColumns:
    """A `HashIndex` read from C: `column(h)` is `lookup` of one hash."""

    cdef const uint64_t[::1] hashes
    cdef const int32_t[::1] table
    cdef uint64_t salt
    cdef int shift

    def __init__(self, index, salt):
        """`index`: a `features.HashIndex`; `salt`: `features._HASH_SALT` as an int (its slots' multiplier)."""
        self.hashes, self.table, self.shift, self.salt = index.hashes, index.table, int(index.shift), salt

    cdef inline Py_ssize_t column(self, uint64_t h) noexcept:
        """The column of hash `h` in the vocabulary, or -1."""
        cdef Py_ssize_t n = self.hashes.shape[0]
        if n == 0:
            return -1
        cdef Py_ssize_t col = self.table[(h * self.salt) >> self.shift]
        if col == -2:                         # a shared slot: the first position whose hash is >= h
            col = lower_bound(&self.hashes[0], 0, n, h)
            if col == n:
                col = 0
        if col >= 0 and self.hashes[col] != h:
            col = -1
        return col


@cython.final                                     # its cdef methods are plain C calls
cdef class Kernel:
    """One model's tables: its word vocabulary's `HashIndex`, its `column_tables` and 1 + log(count)."""

    cdef int column_bits
    cdef bint pairs
    cdef double threshold
    cdef uint64_t multiplier, pair_start
    cdef HashColumns words
    cdef const double[::1] idf, coef, once
    cdef const double[::1] sublinear
    cdef object grow

    def __init__(self, *, int column_bits, bint pairs, double threshold, index, tables, sublinear, grow,
                 multiplier, pair_start, slot_salt):
        """`index`: the word `HashIndex`; `tables`: `column_tables(...)`; `sublinear`: 1 + log(count) for the
        counts 1, 2, ...; `grow(count)`: such a table reaching `count`; `pairs`: form the 2-grams across
        words; `threshold`: the annotated rates' threshold; the hashing constants of `features`, as ints."""
        self.column_bits, self.pairs, self.threshold = column_bits, pairs, threshold
        self.words = HashColumns(index, slot_salt)
        idf, coef, once = tables
        self.idf, self.coef, self.once = idf, coef, once.view(np.float64)
        self.sublinear, self.grow = sublinear, grow
        self.multiplier, self.pair_start = multiplier, pair_start

    def score(self, list per_row not None, dict ids not None, rows, keys, rates, admit=None):
        """(tf-idf part, tokens, rate summary) of each row of words, as float64 arrays of n_rows, n_rows and
        (n_rows, 4); or, if `ids` lacks some words, the list of those words (with repeats, in order).

        With `admit`, the lacking words go to `admit(words)` instead, which learns them and gives back
        (cleared, ids, rows, keys, rates): the memo after learning, and whether it started afresh (then every
        id is looked up again; otherwise only the new words')."""
        cdef Py_ssize_t n_words = 0, at, j
        cdef const int64_t[:, ::1] row_view
        cdef const double[::1] rate_view
        cdef const int32_t[::1] keys32
        cdef const int64_t[::1] keys64
        cdef list row
        cdef PyObject *found
        for row in per_row:
            if not isinstance(row, list):
                raise TypeError("per_row must hold lists of words")
            n_words += PyList_GET_SIZE(row)
        cdef int64_t *word_ids = <int64_t *>PyMem_Malloc(max(n_words, 1) * sizeof(int64_t))
        if word_ids is NULL:
            raise MemoryError()
        try:
            unknown = _ids(per_row, ids, word_ids)
            if unknown:
                if admit is None:
                    return unknown
                cleared, ids, rows, keys, rates = admit(unknown)
                if cleared:
                    unknown = _ids(per_row, ids, word_ids)
                else:                       # only the words that were unknown (marked -1) need their new ids
                    unknown, at = [], 0
                    for row in per_row:
                        for j in range(PyList_GET_SIZE(row)):
                            if word_ids[at] < 0:
                                found = PyDict_GetItemWithError(ids, <object>PyList_GET_ITEM(row, j))
                                if found is NULL:
                                    unknown.append(<object>PyList_GET_ITEM(row, j))
                                else:
                                    word_ids[at] = <object>found
                            at += 1
                if unknown:
                    raise KeyError(f"admit() did not learn {unknown[0]!r}")
            row_view = rows
            rate_view = rates
            if keys.dtype.itemsize == 4:
                keys32 = keys
                return _rows(self, per_row, word_ids, row_view, keys32, rate_view)
            keys64 = keys
            return _rows(self, per_row, word_ids, row_view, keys64, rate_view)
        finally:
            PyMem_Free(word_ids)

    cdef double sublinear_tf(self, Py_ssize_t count) except? -1.0:
        """1 + log(count), from the table (grown by numpy when a count passes its end)."""
        if count > self.sublinear.shape[0]:
            self.sublinear = self.grow(count)
            if count > self.sublinear.shape[0]:
                raise ValueError(f"grow({count}) gave a table of {self.sublinear.shape[0]} counts")
        return self.sublinear[count - 1]


cdef struct Pieces:                               # where `Learner.pieces` writes, and how much it has written
    int64_t *keys
    int64_t *tokens
    double *rates
    Py_ssize_t n_keys, n_tokens, n_rates


@cython.final
cdef class Learner:
    """`WordPieces._learn` in C loops: the same rows, keys, tokens and rates for a batch of new words."""

    cdef HashColumns chars, words
    cdef int low, high
    cdef uint64_t char_bit, multiplier, salt, pair_start
    cdef bint unigrams, pairs
    cdef dict token_ids, token_rates

    def __init__(self, *, char_index, char_range, word_index, word_range, int column_bits, dict token_ids not None,
                 dict token_rates not None, multiplier, salt, pair_start):
        """The indexes, n-gram ranges, column bits and token tables of a `WordPieces`; the hashing constants of
        `features`, as ints."""
        self.chars, self.words = HashColumns(char_index, salt), HashColumns(word_index, salt)
        self.low, self.high = char_range
        if self.low < 2:
            raise ValueError("character n-grams start at 2 in a WordPieces memo")
        self.char_bit = <uint64_t>1 << column_bits
        self.unigrams, self.pairs = word_range[0] == 1, word_range[1] == 2
        self.token_ids, self.token_rates = token_ids, token_rates
        self.multiplier, self.salt, self.pair_start = multiplier, salt, pair_start

    def pieces(self, list words not None, Py_ssize_t key_size, Py_ssize_t token_size, Py_ssize_t rate_size):
        """(rows, keys, tokens, rates) of `words` (distinct, not yet in the memo) as `WordPieces._learn` appends
        them, the memo's arrays holding `key_size`, `token_size` and `rate_size` values before them; or None when
        a word holds a NUL or a lone surrogate (numpy's path then handles the batch, as it always has)."""
        cdef Py_ssize_t n = len(words), longest = 0, key_bound = 1, token_bound = 1, w, i, length
        cdef Py_UCS4 ch
        for word in words:
            if not isinstance(word, str):
                raise TypeError("words must be str")
            length = len(<str>word)
            for i in range(length):
                ch = (<str>word)[i]
                if ch == 0 or 0xD800 <= ch <= 0xDFFF:
                    return None
            longest = max(longest, length)
            key_bound += (self.high - self.low + 1) * (length + 2) + 2 * length
            token_bound += length
        rows = np.empty((max(n, 1), 8), dtype=np.int64)
        keys, tokens, rates = np.empty(key_bound, np.int64), np.empty(token_bound, np.int64), np.empty(token_bound)
        cdef int64_t[:, ::1] row_view = rows
        cdef int64_t[::1] key_view = keys, token_view = tokens
        cdef double[::1] rate_view = rates
        cdef Pieces out
        out.keys, out.tokens, out.rates = &key_view[0], &token_view[0], &rate_view[0]
        out.n_keys = out.n_tokens = out.n_rates = 0
        cdef int64_t *row
        cdef uint64_t *poly = <uint64_t *>PyMem_Malloc((longest + 2) * sizeof(uint64_t))
        cdef uint32_t *codes = <uint32_t *>PyMem_Malloc((longest + 2) * sizeof(uint32_t))
        cdef Py_ssize_t *spaces = <Py_ssize_t *>PyMem_Malloc((longest + 3) * sizeof(Py_ssize_t))
        try:
            if poly is NULL or codes is NULL or spaces is NULL:
                raise MemoryError()
            for w in range(n):
                row = &row_view[w, 0]
                row[KEY_BEGIN], row[TOKEN_BEGIN], row[RATE_BEGIN] = \
                    key_size + out.n_keys, token_size + out.n_tokens, rate_size + out.n_rates
                self._char_keys(<str>PyList_GET_ITEM(words, w), codes, poly, spaces, &out)
                self._word_keys(<str>PyList_GET_ITEM(words, w), row, &out)
                row[KEY_COUNT] = key_size + out.n_keys - row[KEY_BEGIN]
                row[TOKEN_COUNT] = token_size + out.n_tokens - row[TOKEN_BEGIN]
                row[RATE_COUNT] = rate_size + out.n_rates - row[RATE_BEGIN]
        finally:
            PyMem_Free(poly)
            PyMem_Free(codes)
            PyMem_Free(spaces)
        return rows[:n], keys[:out.n_keys], tokens[:out.n_tokens], rates[:out.n_rates]

    cdef void _char_keys(self, str word, uint32_t *codes, uint64_t *poly, Py_ssize_t *spaces, Pieces *out) noexcept:
        """Append the keys of the character n-grams of " word " found in the vocabulary: by length, then position
        (`char_ngram_hashes`' order); an n-gram longer than 2 with a space inside it is not one."""
        cdef Py_ssize_t size = PyUnicode_GET_LENGTH(word) + 2, i, m, col
        cdef int kind = PyUnicode_KIND(word)
        cdef void *data = PyUnicode_DATA(word)
        codes[0] = codes[size - 1] = 32
        for i in range(size - 2):
            codes[i + 1] = PyUnicode_READ(kind, data, i)
        spaces[0] = 0
        for i in range(size):
            spaces[i + 1] = spaces[i] + (1 if codes[i] == 32 else 0)
            poly[i] = codes[i]                    # the hash of the 1-gram at each position
        for m in range(2, self.high + 1):
            for i in range(size - m + 1):
                poly[i] = poly[i] * self.multiplier + codes[i + m - 1]
                if m < self.low or (m > 2 and spaces[i + m - 1] != spaces[i + 1]):
                    continue
                col = self.chars.column(poly[i] + <uint64_t>m * self.salt)
                if col >= 0:
                    out.keys[out.n_keys] = <int64_t>(<uint64_t>col | self.char_bit)
                    out.n_keys += 1

    cdef int _word_keys(self, str word, int64_t *row, Pieces *out) except -1:
        """Append the word's tokens (`WORD_PATTERN`: \\w+ joined by apostrophes), their annotated rates above 0 and
        the keys of their word n-grams (each known token, then each known pair inside the word); note its first
        and last token in its row."""
        cdef Py_ssize_t length = PyUnicode_GET_LENGTH(word), start, end = 0, first = out.n_tokens, t, col
        cdef int kind = PyUnicode_KIND(word)
        cdef void *data = PyUnicode_DATA(word)
        cdef Py_UCS4 mark
        cdef PyObject *found
        cdef int64_t *tokens = out.tokens
        while True:
            start = end
            while start < length and not is_word(PyUnicode_READ(kind, data, start)):
                start += 1
            if start >= length:
                break
            end = start + 1
            while True:
                while end < length and is_word(PyUnicode_READ(kind, data, end)):
                    end += 1
                if end + 1 >= length:
                    break
                mark = PyUnicode_READ(kind, data, end)
                if (mark == 39 or mark == 0x2019) and is_word(PyUnicode_READ(kind, data, end + 1)):
                    end += 1
                else:
                    break
            token = word if start == 0 and end == length else PyUnicode_Substring(word, start, end)
            found = PyDict_GetItemWithError(self.token_ids, token)      # NULL: absent (an error raises)
            tokens[out.n_tokens] = -1 if found is NULL else <int64_t><object>found
            out.n_tokens += 1
            found = PyDict_GetItemWithError(self.token_rates, token)
            if found is not NULL and <double><object>found > 0.0:
                out.rates[out.n_rates] = <double><object>found
                out.n_rates += 1
        row[FIRST_TOKEN] = tokens[first] if out.n_tokens > first else -1
        row[LAST_TOKEN] = tokens[out.n_tokens - 1] if out.n_tokens > first else -1
        if self.unigrams:
            for t in range(first, out.n_tokens):
                if tokens[t] >= 0:
                    col = self.words.column(self.salt * self.multiplier + <uint64_t>(tokens[t] + 1))
                    if col >= 0:
                        out.keys[out.n_keys] = col
                        out.n_keys += 1
        if self.pairs:
            for t in range(first + 1, out.n_tokens):
                if tokens[t - 1] >= 0 and tokens[t] >= 0:
                    col = self.words.column((<uint64_t>(tokens[t - 1] + 1) + self.pair_start) * self.multiplier
                                            + <uint64_t>(tokens[t] + 1))
                    if col >= 0:
                        out.keys[out.n_keys] = col
                        out.n_keys += 1
        return 0


cdef list _ids(list per_row, dict ids, int64_t *out):
    """Write each word's memo id to `out` (-1 where `ids` lacks it); return the words `ids` lacks (empty if none)."""
    cdef list unknown = []
    cdef Py_ssize_t at = 0, j
    cdef PyObject *found
    cdef list row
    for row in per_row:
        for j in range(PyList_GET_SIZE(row)):
            found = PyDict_GetItemWithError(ids, <object>PyList_GET_ITEM(row, j))
            if found is NULL:
                unknown.append(<object>PyList_GET_ITEM(row, j))
                out[at] = -1
            else:
                out[at] = <object>found
            at += 1
    return unknown


cdef tuple _rows(Kernel k, list per_row, const int64_t *word_ids, const int64_t[:, ::1] rows,
                 const memo_key[::1] keys, const double[::1] rates):
    """`Kernel.score` once every word has its id."""
    cdef Py_ssize_t n_rows = len(per_row), n_words = 0, n_keys = 0, r, i
    cdef int64_t word
    cdef const int64_t *piece
    for r in range(n_rows):
        for i in range(PyList_GET_SIZE(<list>per_row[r])):
            word = word_ids[n_words]
            if word < 0 or word >= rows.shape[0]:
                raise IndexError("a word id outside the memo")
            piece = &rows[word, 0]
            if piece[KEY_BEGIN] < 0 or piece[KEY_BEGIN] + piece[KEY_COUNT] > keys.shape[0] \
                    or piece[RATE_BEGIN] < 0 or piece[RATE_BEGIN] + piece[RATE_COUNT] > rates.shape[0]:
                raise IndexError("a word's pieces outside the memo")
            n_keys += piece[KEY_COUNT] + 1        # + 1: room for a 2-gram with the previous word
            n_words += 1
    cdef _MemoWords words = _MemoWords.__new__(_MemoWords)
    words.n_rows, words.n_keys, words.per_row, words.word_ids, words.rows, words.rates = \
        n_rows, n_keys, per_row, word_ids, rows, rates
    if memo_key is int32_t:
        words.keys32 = keys
    else:
        words.keys64, words.wide = keys, True
    return _scores(k, words)


cdef class _Words:
    """The words of a batch of rows as a score reads them: `n_rows` rows, room for `n_keys` keys, and `gather32` /
    `gather64`, which write every key (row, block, column) and count the rows' tokens and rates."""

    cdef Py_ssize_t n_rows, n_keys

    cdef Py_ssize_t gather32(self, Kernel k, uint32_t *out, double[::1] tokens, double[:, ::1] summary) except -1:
        raise NotImplementedError

    cdef Py_ssize_t gather64(self, Kernel k, uint64_t *out, double[::1] tokens, double[:, ::1] summary) except -1:
        raise NotImplementedError


@cython.final
cdef class _MemoWords(_Words):
    """Words by their ids in a `WordPieces` memo (its rows, keys and rates)."""

    cdef list per_row
    cdef const int64_t *word_ids
    cdef const int64_t[:, ::1] rows
    cdef const int32_t[::1] keys32
    cdef const int64_t[::1] keys64
    cdef bint wide                                # the memo's keys are 64-bit
    cdef const double[::1] rates

    cdef Py_ssize_t gather32(self, Kernel k, uint32_t *out, double[::1] tokens, double[:, ::1] summary) except -1:
        if self.wide:
            return _gather(k, self.per_row, self.word_ids, self.rows, self.keys64, self.rates, out, tokens, summary)
        return _gather(k, self.per_row, self.word_ids, self.rows, self.keys32, self.rates, out, tokens, summary)

    cdef Py_ssize_t gather64(self, Kernel k, uint64_t *out, double[::1] tokens, double[:, ::1] summary) except -1:
        if self.wide:
            return _gather(k, self.per_row, self.word_ids, self.rows, self.keys64, self.rates, out, tokens, summary)
        return _gather(k, self.per_row, self.word_ids, self.rows, self.keys32, self.rates, out, tokens, summary)


cdef tuple _scores(Kernel k, _Words words):
    """`Kernel.score`'s (tf-idf part, tokens, rate summary) arrays of the rows of `words`."""
    score, tokens, summary = np.zeros(words.n_rows), np.zeros(words.n_rows), np.zeros((words.n_rows, 4))
    cdef double[::1] token_view = tokens
    cdef double[:, ::1] summary_view = summary
    cdef int n_bits = _key_bits(k, words.n_rows)
    cdef void *buffer = PyMem_Malloc(max(2 * words.n_keys, 1) * (4 if n_bits < 32 else 8))
    cdef Py_ssize_t n_keys
    try:
        if buffer is NULL:
            raise MemoryError()
        if n_bits < 32:                           # half the memory to move while sorting
            n_keys = words.gather32(k, <uint32_t *>buffer, token_view, summary_view)
        else:
            n_keys = words.gather64(k, <uint64_t *>buffer, token_view, summary_view)
        _sum_rows(k, buffer, n_keys, n_bits, score)
    finally:
        PyMem_Free(buffer)
    return score, tokens, summary


cdef int _key_bits(Kernel k, Py_ssize_t n_rows) except -1:
    """How many bits the largest key (row, block, column) of `n_rows` rows takes."""
    cdef int n_bits = k.column_bits + 1 + _bit_length(n_rows - 1 if n_rows > 0 else 0)
    if n_bits > 64:
        raise OverflowError(f"{n_rows} rows of {k.column_bits + 1}-bit columns do not fit 64-bit keys")
    return n_bits


cdef int _sum_rows(Kernel k, void *buffer, Py_ssize_t n_keys, int n_bits, double[::1] score) except -1:
    """Sort the `n_keys` gathered keys in `buffer` (32-bit keys when `n_bits` < 32, else 64-bit; room for as many
    again) and write each row's score: each block's dot product over its norm, words then characters."""
    cdef Py_ssize_t n_rows = score.shape[0], r
    cdef double *sums = <double *>PyMem_Malloc(max(4 * n_rows, 1) * sizeof(double))
    cdef Py_ssize_t *counts = <Py_ssize_t *>PyMem_Malloc((1 << DIGIT_BITS) * sizeof(Py_ssize_t))
    try:
        if sums is NULL or counts is NULL:
            raise MemoryError()
        if n_bits < 32:
            _add_terms(k, _sort(<uint32_t *>buffer, <uint32_t *>buffer + n_keys, n_keys, n_bits, counts),
                       n_keys, sums, n_rows)
        else:
            _add_terms(k, _sort(<uint64_t *>buffer, <uint64_t *>buffer + n_keys, n_keys, n_bits, counts),
                       n_keys, sums, n_rows)
        for r in range(n_rows):
            score[r] = _part(sums, 2 * r) + _part(sums, 2 * r + 1)
    finally:
        PyMem_Free(sums)
        PyMem_Free(counts)
    return 0


cdef int _bit_length(Py_ssize_t n) noexcept:
    """How many bits `n` (>= 0) takes."""
    cdef int bits = 0
    while n > 0:
        bits += 1
        n >>= 1
    return bits


cdef struct Rates:                                # a row's annotated-rate summary, as `_rate_summary_rows` gives it
    double top, second, sum, over


cdef inline void _add_rates(Rates *row, const double *rates, Py_ssize_t n, double threshold) noexcept:
    """Count a word's positive annotated rates (in token order) into its row's summary."""
    cdef Py_ssize_t j
    cdef double rate
    for j in range(n):
        rate = rates[j]
        row.sum += rate
        if rate >= threshold:
            row.over += 1.0
        if rate > row.top:
            row.top, row.second = rate, row.top
        elif rate > row.second:
            row.second = rate


cdef inline Py_ssize_t _pair_column(Kernel k, int64_t left, int64_t right) noexcept:
    """The column of the word 2-gram (token `left`, token `right`) across two words, or -1."""
    return k.words.column((<uint64_t>(left + 1) + k.pair_start) * k.multiplier + <uint64_t>(right + 1))


cdef inline void _put_summary(double[:, ::1] summary, Py_ssize_t r, const Rates *row) noexcept:
    summary[r, 0], summary[r, 1], summary[r, 2], summary[r, 3] = row.top, row.second, row.sum, row.over


cdef Py_ssize_t _gather(Kernel k, list per_row, const int64_t *word_ids, const int64_t[:, ::1] rows,
                        const memo_key[::1] keys, const double[::1] rates, sort_key *out,
                        double[::1] tokens, double[:, ::1] summary) except -1:
    """Write every key (row, block, column) of the rows to `out` and count their tokens and rates; how many keys."""
    cdef Py_ssize_t n_keys = 0, at = 0, r, i, j, col
    cdef int shift = k.column_bits + 1
    cdef sort_key row_bits
    cdef int64_t left = -1
    cdef bint has_left
    cdef const int64_t *piece
    cdef Rates row
    for r in range(PyList_GET_SIZE(per_row)):
        row_bits = <sort_key>r << shift
        has_left = False
        row.top = row.second = row.sum = row.over = 0.0
        for i in range(PyList_GET_SIZE(<list>per_row[r])):
            piece = &rows[word_ids[at], 0]
            at += 1
            for j in range(piece[KEY_BEGIN], piece[KEY_BEGIN] + piece[KEY_COUNT]):
                out[n_keys] = row_bits | <sort_key>keys[j]
                n_keys += 1
            if piece[TOKEN_COUNT] > 0:            # a word without tokens neither starts nor breaks a 2-gram
                tokens[r] += piece[TOKEN_COUNT]
                if k.pairs and has_left and left >= 0 and piece[FIRST_TOKEN] >= 0:
                    col = _pair_column(k, left, piece[FIRST_TOKEN])
                    if col >= 0:
                        out[n_keys] = row_bits | <sort_key>col
                        n_keys += 1
                left, has_left = piece[LAST_TOKEN], True
            _add_rates(&row, &rates[piece[RATE_BEGIN]] if piece[RATE_COUNT] else NULL, piece[RATE_COUNT], k.threshold)
        _put_summary(summary, r, &row)
    return n_keys


cdef enum:
    DIGIT_BITS = 12                               # a radix pass sorts by at most 12 bits: 4,096 buckets


cdef sort_key *_sort(sort_key *keys, sort_key *spare, Py_ssize_t n, int n_bits, Py_ssize_t *count) noexcept:
    """Sort keys[:n] below 2 ** n_bits (a stable LSD radix sort, `spare` holds n more); where the sorted keys are."""
    cdef int passes = max((n_bits + DIGIT_BITS - 1) // DIGIT_BITS, 1), p, shift
    cdef int width = (n_bits + passes - 1) // passes
    cdef Py_ssize_t size = <Py_ssize_t>1 << width, i, total, c, d
    cdef sort_key mask = (<sort_key>1 << width) - 1
    for p in range(passes):
        shift = p * width
        memset(count, 0, size * sizeof(Py_ssize_t))
        for i in range(n):
            count[(keys[i] >> shift) & mask] += 1
        if n == 0 or count[(keys[0] >> shift) & mask] == n:     # every key has this digit: nothing moves
            continue
        total = 0
        for d in range(size):
            c = count[d]
            count[d] = total
            total += c
        for i in range(n):
            d = (keys[i] >> shift) & mask
            spare[count[d]] = keys[i]
            count[d] += 1
        keys, spare = spare, keys
    return keys


cdef int _add_terms(Kernel k, const sort_key *keys, Py_ssize_t n, double *sums, Py_ssize_t n_rows) except -1:
    """Per (row, block) `at`: the dot product and squared norm of its sublinear tf-idf vector, in sums[2 * at] and
    sums[2 * at + 1], each added up from 0.0 over its distinct columns in ascending order."""
    cdef Py_ssize_t i, first = 0, count, col, at, current = -1
    cdef sort_key mask = (<sort_key>1 << (k.column_bits + 1)) - 1
    cdef double value, dot = 0.0, square = 0.0
    cdef const double *once = &k.once[0]
    cdef const double *idf = &k.idf[0]
    cdef const double *coef = &k.coef[0]
    memset(sums, 0, 4 * n_rows * sizeof(double))
    for i in range(n):
        if i + 1 < n and keys[i + 1] == keys[i]:
            continue                              # the run of this key goes on
        count, first = i + 1 - first, i + 1
        col, at = <Py_ssize_t>(keys[i] & mask), <Py_ssize_t>(keys[i] >> k.column_bits)
        if at != current:
            if current >= 0:
                sums[2 * current], sums[2 * current + 1] = dot, square
            current, dot, square = at, 0.0, 0.0
        if count == 1:                            # idf * coef and idf * idf, as numpy computed them
            dot += once[2 * col]
            square += once[2 * col + 1]
        else:
            value = k.sublinear_tf(count) * idf[col]
            dot += value * coef[col]
            square += value * value
    if current >= 0:
        sums[2 * current], sums[2 * current + 1] = dot, square
    return 0


cdef inline double _part(const double *sums, Py_ssize_t at) noexcept:
    """A block's dot product over its norm (0.0 for an empty block)."""
    cdef double norm = sqrt(sums[2 * at + 1])
    return sums[2 * at] / norm if norm > 0 else 0.0


# a word's record in a `TextMemo`'s arena (32-bit items): this header, then its characters, then its n-gram keys
cdef enum:
    R_LENGTH, R_KEYS, R_TOKENS, R_FIRST, R_LAST, R_RATES, R_RATE_BEGIN, R_CHARS

cdef struct Slot:
    uint32_t tag                                  # the high half of the word's hash
    uint32_t record                               # 1 + where the word's record starts in the arena; 0: an empty slot

cdef Py_ssize_t ARENA_LIMIT = 0xF0000000          # records start below 2 ** 32 - 1; past this the memo starts afresh


cdef inline bint _separates(Py_UCS4 ch) noexcept:
    """True for what ends a word of `str.split()` (whitespace), and NUL (`model._row_words` splits there too)."""
    return ch == 0 or Py_UNICODE_ISSPACE(ch)


cdef inline uint64_t _hash_chars(int kind, const void *data, Py_ssize_t start, Py_ssize_t end) noexcept:
    """The hash of the word data[start:end] (`TextMemo` finds a word by it: FNV-1a over its code points)."""
    cdef uint64_t h = fnv_start()
    cdef Py_ssize_t i
    for i in range(start, end):
        h = fnv_step(h, PyUnicode_READ(kind, data, i))
    return fnv_mixed(h)


@cython.final
cdef class TextMemo:
    """`WordPieces` for whole texts: each lower-cased whitespace word's pieces (n-gram keys, token count, first and
    last token, annotated rates), found by the word's characters in a hash table of its own, so that scoring a
    text makes no Python string for a word it has seen. `score(kernel, lowered, bounds)` gives what
    `Kernel.score` gives for the words of the rows lowered[s:e].

    `learn` is `Learner.pieces`. At most `max_words` words and about `max_keys` keys are kept; the memo
    starts afresh when full (`clears` counts how often), so memory stays bounded on any corpus."""

    cdef Slot *slots
    cdef Py_ssize_t capacity                      # slots: a power of two, at least twice the words
    cdef uint32_t *arena
    cdef Py_ssize_t arena_size, arena_capacity
    cdef double *rate_values
    cdef Py_ssize_t rate_size, rate_capacity
    cdef readonly Py_ssize_t n_words, n_keys, clears
    cdef public Py_ssize_t max_words, max_keys
    cdef object learn

    def __cinit__(self):
        self.slots, self.arena, self.rate_values = NULL, NULL, NULL

    def __init__(self, learn, *, Py_ssize_t max_words=100_000, Py_ssize_t max_keys=4_000_000):
        self.learn, self.max_words, self.max_keys = learn, max_words, max_keys
        self._reset(1024)
        self.clears = 0

    def __dealloc__(self):
        PyMem_Free(self.slots)
        PyMem_Free(self.arena)
        PyMem_Free(self.rate_values)

    def clear(self):
        """Forget every word."""
        self._reset(1024)
        self.clears += 1

    def words(self) -> list:
        """The words the memo knows, in the order it learnt them."""
        cdef list out = []
        cdef Py_ssize_t at = 0, j
        cdef const uint32_t *record
        while at < self.arena_size:
            record = self.arena + at
            out.append("".join([chr(record[R_CHARS + j]) for j in range(record[R_LENGTH])]))
            at += R_CHARS + record[R_LENGTH] + record[R_KEYS]
        return out

    cdef int _reset(self, Py_ssize_t capacity) except -1:
        """An empty memo (with no memory at all if the allocation fails: `score` then refuses to run)."""
        PyMem_Free(self.slots)
        PyMem_Free(self.arena)
        PyMem_Free(self.rate_values)
        self.capacity = self.arena_capacity = self.rate_capacity = 0
        self.arena_size = self.rate_size = self.n_words = self.n_keys = 0
        self.slots = <Slot *>PyMem_Malloc(capacity * sizeof(Slot))
        self.arena = <uint32_t *>PyMem_Malloc(4096 * sizeof(uint32_t))
        self.rate_values = <double *>PyMem_Malloc(256 * sizeof(double))
        if self.slots is NULL or self.arena is NULL or self.rate_values is NULL:
            PyMem_Free(self.slots)
            PyMem_Free(self.arena)
            PyMem_Free(self.rate_values)
            self.slots, self.arena, self.rate_values = NULL, NULL, NULL
            raise MemoryError()
        memset(self.slots, 0, capacity * sizeof(Slot))
        self.capacity, self.arena_capacity, self.rate_capacity = capacity, 4096, 256
        return 0

    cdef Py_ssize_t find(self, int kind, const void *data, Py_ssize_t start, Py_ssize_t end, uint64_t h) noexcept:
        """Where the record of the word data[start:end] (of hash `h`) starts in the arena; -1 if it has none."""
        cdef Py_ssize_t mask = self.capacity - 1, i = <Py_ssize_t>(h & <uint64_t>mask), j, n = end - start
        cdef uint32_t tag = <uint32_t>(h >> 32)
        cdef const uint32_t *record
        while self.slots[i].record != 0:
            if self.slots[i].tag == tag:
                record = self.arena + (self.slots[i].record - 1)
                if record[R_LENGTH] == n:
                    j = 0
                    while j < n and record[R_CHARS + j] == PyUnicode_READ(kind, data, start + j):
                        j += 1
                    if j == n:
                        return self.slots[i].record - 1
            i = (i + 1) & mask
        return -1

    cdef int _place(self, uint64_t h, Py_ssize_t record) noexcept:
        """Put a record in the first empty slot of its hash's probe sequence."""
        cdef Py_ssize_t mask = self.capacity - 1, i = <Py_ssize_t>(h & <uint64_t>mask)
        while self.slots[i].record != 0:
            i = (i + 1) & mask
        self.slots[i].tag, self.slots[i].record = <uint32_t>(h >> 32), <uint32_t>(record + 1)
        return 0

    cdef int _grow_slots(self) except -1:
        """Twice the slots, every record placed again."""
        cdef Slot *old = self.slots
        cdef Py_ssize_t old_capacity = self.capacity, i, j
        cdef const uint32_t *record
        cdef uint64_t h
        self.slots = <Slot *>PyMem_Malloc(2 * old_capacity * sizeof(Slot))
        if self.slots is NULL:
            self.slots = old
            raise MemoryError()
        memset(self.slots, 0, 2 * old_capacity * sizeof(Slot))
        self.capacity = 2 * old_capacity
        for i in range(old_capacity):
            if old[i].record != 0:
                record = self.arena + (old[i].record - 1)
                h = fnv_start()
                for j in range(record[R_LENGTH]):
                    h = fnv_step(h, record[R_CHARS + j])
                self._place(fnv_mixed(h), old[i].record - 1)
        PyMem_Free(old)
        return 0

    cdef int _add(self, str word, const int64_t *row, const int64_t[::1] keys, const double[::1] rates) except -1:
        """Append a learnt word's record (`row`: its row of `Learner.pieces`, into `keys` and `rates`)."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(word), j, need, at = self.arena_size
        cdef Py_ssize_t n_keys = row[KEY_COUNT], n_rates = row[RATE_COUNT]
        cdef int kind = PyUnicode_KIND(word)
        cdef void *data = PyUnicode_DATA(word)
        cdef uint32_t *record
        cdef double *grown_rates
        cdef Py_ssize_t grown
        need = at + R_CHARS + n + n_keys
        if need > self.arena_capacity:            # capacities change only once the memory is there
            grown = max(need, 2 * self.arena_capacity)
            record = <uint32_t *>PyMem_Realloc(self.arena, grown * sizeof(uint32_t))
            if record is NULL:
                raise MemoryError()
            self.arena, self.arena_capacity = record, grown
        if self.rate_size + n_rates > self.rate_capacity:
            grown = max(self.rate_size + n_rates, 2 * self.rate_capacity)
            grown_rates = <double *>PyMem_Realloc(self.rate_values, grown * sizeof(double))
            if grown_rates is NULL:
                raise MemoryError()
            self.rate_values, self.rate_capacity = grown_rates, grown
        if 2 * (self.n_words + 1) > self.capacity:
            self._grow_slots()
        record = self.arena + at
        record[R_LENGTH], record[R_KEYS], record[R_TOKENS] = <uint32_t>n, <uint32_t>n_keys, <uint32_t>row[TOKEN_COUNT]
        record[R_FIRST], record[R_LAST] = <uint32_t><int32_t>row[FIRST_TOKEN], <uint32_t><int32_t>row[LAST_TOKEN]
        record[R_RATES], record[R_RATE_BEGIN] = <uint32_t>n_rates, <uint32_t>self.rate_size
        for j in range(n):
            record[R_CHARS + j] = PyUnicode_READ(kind, data, j)
        for j in range(n_keys):
            record[R_CHARS + n + j] = <uint32_t>keys[row[KEY_BEGIN] + j]
        for j in range(n_rates):
            self.rate_values[self.rate_size + j] = rates[row[RATE_BEGIN] + j]
        self._place(_hash_chars(kind, data, 0, n), at)
        self.arena_size = need
        self.rate_size += n_rates
        self.n_words += 1
        self.n_keys += n_keys
        return 0

    def score(self, Kernel kernel not None, str lowered not None, const int64_t[:, ::1] bounds):
        """(tf-idf part, tokens, rate summary) of the rows lowered[s:e] for (s, e) in `bounds`, as
        `kernel.score` gives them for each row's `.split()` words (NUL splits too); new words are learnt first.
        None when `learn` leaves a new word to numpy (a lone surrogate): score those rows by `Kernel.score`."""
        cdef Py_ssize_t n_rows = bounds.shape[0], length = PyUnicode_GET_LENGTH(lowered), r, i, start, w, n_words
        cdef Py_ssize_t bound = 0, n_keys = 0, missing = 0
        if self.slots is NULL:
            raise MemoryError("this memo lost its memory to a failed allocation; clear() it to start again")
        if bounds.shape[1] != 2:
            raise ValueError("bounds must be (start, end) pairs")
        for r in range(n_rows):
            if not 0 <= bounds[r, 0] <= bounds[r, 1] <= length:
                raise ValueError(f"bounds {bounds[r, 0]}..{bounds[r, 1]} outside a text of {length} characters")
            bound += (bounds[r, 1] - bounds[r, 0] + 1) // 2    # a word and its separator take two characters
        cdef int kind = PyUnicode_KIND(lowered)
        cdef void *data = PyUnicode_DATA(lowered)
        cdef Py_UCS4 ch
        cdef uint64_t h
        cdef int64_t *records = <int64_t *>PyMem_Malloc(max(3 * bound, 1) * sizeof(int64_t))
        cdef int64_t *starts = records + bound
        cdef int64_t *ends = records + 2 * bound
        cdef Py_ssize_t *row_ends = <Py_ssize_t *>PyMem_Malloc(max(n_rows, 1) * sizeof(Py_ssize_t))
        try:
            if records is NULL or row_ends is NULL:
                raise MemoryError()
            w = 0
            for r in range(n_rows):               # the words, each looked up by its characters
                i = bounds[r, 0]
                while i < bounds[r, 1]:
                    if _separates(PyUnicode_READ(kind, data, i)):
                        i += 1
                        continue
                    start, h = i, fnv_start()
                    while i < bounds[r, 1]:
                        ch = PyUnicode_READ(kind, data, i)
                        if _separates(ch):
                            break
                        h = fnv_step(h, ch)
                        i += 1
                    starts[w], ends[w] = start, i
                    records[w] = self.find(kind, data, start, i, fnv_mixed(h))
                    if records[w] < 0:
                        missing += 1
                    w += 1
                row_ends[r] = w
            n_words = w
            if missing and not self._learn_missing(lowered, records, starts, ends, n_words):
                return None
            for w in range(n_words):
                n_keys += self.arena[records[w] + R_KEYS] + 1     # + 1: room for a 2-gram with the previous word
            return self._scored(kernel, records, row_ends, n_rows, n_keys)
        finally:
            PyMem_Free(records)
            PyMem_Free(row_ends)

    cdef bint _learn_missing(self, str lowered, int64_t *records, const int64_t *starts, const int64_t *ends,
                             Py_ssize_t n_words) except -1:
        """Learn the words whose record is -1 (every word of the batch when the memo must start afresh) and fill
        in their records; False when `learn` leaves them to numpy."""
        cdef Py_ssize_t w, k, n_new, room
        cdef dict new = {}
        for w in range(n_words):
            if records[w] < 0:
                new.setdefault(PyUnicode_Substring(lowered, starts[w], ends[w]), None)
        cdef bint afresh = self.n_words + len(new) > self.max_words or self.n_keys > self.max_keys
        while True:
            if afresh:
                self.clear()
                for w in range(n_words):
                    records[w] = -1
                    new.setdefault(PyUnicode_Substring(lowered, starts[w], ends[w]), None)
            words = list(new)
            made = self.learn(words, 0, 0, 0)
            if made is None:
                return False
            rows, keys, _, rates = made
            n_new = len(words)
            room = len(keys) + n_new * R_CHARS
            for k in range(n_new):
                room += PyUnicode_GET_LENGTH(<str>PyList_GET_ITEM(words, k))
            if self.arena_size + room < ARENA_LIMIT or self.arena_size == 0:
                break
            afresh = True                         # records must start below 2 ** 32: start afresh
        if self.arena_size + room >= ARENA_LIMIT:
            raise MemoryError(f"{n_new} words take more than the memo's {ARENA_LIMIT} entries")
        cdef const int64_t[:, ::1] row_view = rows
        cdef const int64_t[::1] key_view = keys
        cdef const double[::1] rate_view = rates
        if row_view.shape[0] < n_new:
            raise ValueError("learn() gave fewer rows than words")
        for k in range(n_new):
            self._add(<str>PyList_GET_ITEM(words, k), &row_view[k, 0], key_view, rate_view)
        cdef int kind = PyUnicode_KIND(lowered)
        cdef void *data = PyUnicode_DATA(lowered)
        for w in range(n_words):
            if records[w] < 0:
                records[w] = self.find(kind, data, starts[w], ends[w], _hash_chars(kind, data, starts[w], ends[w]))
                if records[w] < 0:
                    raise KeyError(f"the memo did not learn {PyUnicode_Substring(lowered, starts[w], ends[w])!r}")
        return True

    cdef tuple _scored(self, Kernel k, const int64_t *records, const Py_ssize_t *row_ends, Py_ssize_t n_rows,
                       Py_ssize_t n_keys):
        """`Kernel.score`'s arrays from the words' records, row by row."""
        cdef _RecordWords words = _RecordWords.__new__(_RecordWords)
        words.n_rows, words.n_keys, words.arena, words.rate_values, words.records, words.row_ends = \
            n_rows, n_keys, self.arena, self.rate_values, records, row_ends
        return _scores(k, words)


@cython.final
cdef class _RecordWords(_Words):
    """Words by their records in a `TextMemo` arena."""

    cdef const uint32_t *arena
    cdef const double *rate_values
    cdef const int64_t *records
    cdef const Py_ssize_t *row_ends

    cdef Py_ssize_t gather32(self, Kernel k, uint32_t *out, double[::1] tokens, double[:, ::1] summary) except -1:
        return _gather_records(k, self.arena, self.rate_values, self.records, self.row_ends, self.n_rows, out, tokens,
                               summary)

    cdef Py_ssize_t gather64(self, Kernel k, uint64_t *out, double[::1] tokens, double[:, ::1] summary) except -1:
        return _gather_records(k, self.arena, self.rate_values, self.records, self.row_ends, self.n_rows, out, tokens,
                               summary)


cdef Py_ssize_t _gather_records(Kernel k, const uint32_t *arena, const double *rate_values, const int64_t *records,
                                const Py_ssize_t *row_ends, Py_ssize_t n_rows, sort_key *out, double[::1] tokens,
                                double[:, ::1] summary) except -1:
    """`_gather` reading the words' records in a `TextMemo` arena."""
    cdef Py_ssize_t n_keys = 0, w = 0, r, j, col
    cdef int shift = k.column_bits + 1
    cdef sort_key row_bits
    cdef int64_t left = -1, first
    cdef bint has_left
    cdef const uint32_t *record
    cdef const uint32_t *word_keys
    cdef Rates row
    for r in range(n_rows):
        row_bits = <sort_key>r << shift
        has_left = False
        row.top = row.second = row.sum = row.over = 0.0
        while w < row_ends[r]:
            record = arena + records[w]
            w += 1
            word_keys = record + R_CHARS + record[R_LENGTH]
            for j in range(record[R_KEYS]):
                out[n_keys] = row_bits | <sort_key>word_keys[j]
                n_keys += 1
            if record[R_TOKENS] > 0:              # a word without tokens neither starts nor breaks a 2-gram
                tokens[r] += record[R_TOKENS]
                first = <int32_t>record[R_FIRST]
                if k.pairs and has_left and left >= 0 and first >= 0:
                    col = _pair_column(k, left, first)
                    if col >= 0:
                        out[n_keys] = row_bits | <sort_key>col
                        n_keys += 1
                left, has_left = <int32_t>record[R_LAST], True
            _add_rates(&row, rate_values + record[R_RATE_BEGIN], record[R_RATES], k.threshold)
        _put_summary(summary, r, &row)
    return n_keys
