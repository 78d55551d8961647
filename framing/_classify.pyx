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
from cpython.mem cimport PyMem_Free, PyMem_Malloc
from cpython.ref cimport PyObject
from cpython.unicode cimport PyUnicode_DATA, PyUnicode_GET_LENGTH, PyUnicode_KIND, PyUnicode_READ
from libc.math cimport sqrt
from libc.stdint cimport int32_t, int64_t, uint32_t, uint64_t

from ._inline cimport is_word, lower_bound
from libc.string cimport memset

import numpy as np


cdef extern from "Python.h":
    str PyUnicode_Substring(str text, Py_ssize_t start, Py_ssize_t end)

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
    score, tokens, summary = np.zeros(n_rows), np.zeros(n_rows), np.zeros((n_rows, 4))
    cdef double[::1] score_view = score, token_view = tokens
    cdef double[:, ::1] summary_view = summary
    cdef int n_bits = k.column_bits + 1 + _bit_length(n_rows - 1 if n_rows > 0 else 0)   # of the largest key
    if n_bits > 64:
        raise OverflowError(f"{n_rows} rows of {k.column_bits + 1}-bit columns do not fit 64-bit keys")
    cdef void *buffer = PyMem_Malloc(max(2 * n_keys, 1) * (4 if n_bits < 32 else 8))
    cdef double *sums = <double *>PyMem_Malloc(max(4 * n_rows, 1) * sizeof(double))
    cdef Py_ssize_t *counts = <Py_ssize_t *>PyMem_Malloc((1 << DIGIT_BITS) * sizeof(Py_ssize_t))
    try:
        if buffer is NULL or sums is NULL or counts is NULL:
            raise MemoryError()
        if n_bits < 32:                           # half the memory to move while sorting
            n_keys = _gather(k, per_row, word_ids, rows, keys, rates, <uint32_t *>buffer, token_view, summary_view)
            _add_terms(k, _sort(<uint32_t *>buffer, <uint32_t *>buffer + n_keys, n_keys, n_bits, counts),
                       n_keys, sums, n_rows)
        else:
            n_keys = _gather(k, per_row, word_ids, rows, keys, rates, <uint64_t *>buffer, token_view, summary_view)
            _add_terms(k, _sort(<uint64_t *>buffer, <uint64_t *>buffer + n_keys, n_keys, n_bits, counts),
                       n_keys, sums, n_rows)
        for r in range(n_rows):                   # each block's dot product over its norm, words then characters
            score_view[r] = _part(sums, 2 * r) + _part(sums, 2 * r + 1)
    finally:
        PyMem_Free(buffer)
        PyMem_Free(sums)
        PyMem_Free(counts)
    return score, tokens, summary


cdef int _bit_length(Py_ssize_t n) noexcept:
    """How many bits `n` (>= 0) takes."""
    cdef int bits = 0
    while n > 0:
        bits += 1
        n >>= 1
    return bits


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
    cdef double rate, sum_, over, top, second
    for r in range(PyList_GET_SIZE(per_row)):
        row_bits = <sort_key>r << shift
        has_left = False
        sum_ = over = top = second = 0.0
        for i in range(PyList_GET_SIZE(<list>per_row[r])):
            piece = &rows[word_ids[at], 0]
            at += 1
            for j in range(piece[KEY_BEGIN], piece[KEY_BEGIN] + piece[KEY_COUNT]):
                out[n_keys] = row_bits | <sort_key>keys[j]
                n_keys += 1
            if piece[TOKEN_COUNT] > 0:            # a word without tokens neither starts nor breaks a 2-gram
                tokens[r] += piece[TOKEN_COUNT]
                if k.pairs and has_left and left >= 0 and piece[FIRST_TOKEN] >= 0:
                    col = k.words.column((<uint64_t>(left + 1) + k.pair_start) * k.multiplier
                                   + <uint64_t>(piece[FIRST_TOKEN] + 1))
                    if col >= 0:
                        out[n_keys] = row_bits | <sort_key>col
                        n_keys += 1
                left, has_left = piece[LAST_TOKEN], True
            for j in range(piece[RATE_BEGIN], piece[RATE_BEGIN] + piece[RATE_COUNT]):
                rate = rates[j]                   # positive, in token order
                sum_ += rate
                if rate >= k.threshold:
                    over += 1.0
                if rate > top:
                    top, second = rate, top
                elif rate > second:
                    second = rate
        summary[r, 0], summary[r, 1], summary[r, 2], summary[r, 3] = top, second, sum_, over
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
