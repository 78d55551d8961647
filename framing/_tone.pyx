# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""VADER's compound score in C loops: what vaderSentiment 3.3's `polarity_scores(text)["compound"]` gives.

`Compound(...)(text)` splits, strips and lower-cases the words as VADER does, gives each word of its lexicon
the valence `sentiment_valence` gives it (negations, "no", capitals, boosters, "least"), applies the "but"
rule with its quirks (`list.index` finds the first equal value), adds the sentiments with Python's own
`sum` over the same ints and floats, and rounds with Python's `round`, so that the score is VADER's bit for
bit. The rare idiom check is handed back to Python. Texts holding an emoji are the caller's to send to
VADER (it turns them into words first). setup.py compiles this file with -ffp-contract=off, so that no
multiplication and addition fuse into one rounding.
"""

cimport cython
from cpython.dict cimport PyDict_GetItemWithError
from cpython.mem cimport PyMem_Free, PyMem_Malloc
from cpython.ref cimport PyObject
from cpython.unicode cimport PyUnicode_DATA, PyUnicode_GET_LENGTH, PyUnicode_KIND, PyUnicode_READ
from libc.math cimport sqrt
from libc.stdint cimport uint64_t
from libc.string cimport memset

from ._inline cimport BUILD_STAMP, fnv_mixed, fnv_start, fnv_step

SOURCE_SHA256 = BUILD_STAMP.decode("ascii")  # the SHA-256 of the source it was built from (see _inline.pxd)

cdef extern from "Python.h":
    str PyUnicode_Substring(str text, Py_ssize_t start, Py_ssize_t end)
    object PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)
    void *PyUnicode_DATA_W "PyUnicode_DATA" (object text)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    bint Py_UNICODE_ISUPPER(Py_UCS4 ch)
    bint Py_UNICODE_ISLOWER(Py_UCS4 ch)
    bint Py_UNICODE_ISTITLE(Py_UCS4 ch)

# vaderSentiment's constants
cdef double C_INCR = 0.733, N_SCALAR = -0.74
cdef object _INT_ZERO = 0                         # the valence VADER gives a word outside its lexicon (an int)
# the words VADER's rules compare a neighbour with, besides its lexicon, boosters, negations and idiom words
_RULE_WORDS = ("no", "or", "nor", "never", "so", "this", "without", "doubt", "least", "at", "very", "kind", "of",
               "but")
cdef str _STAND_IN = "\x00"                      # a word no rule reads (NUL is in no VADER list, nor "n't")


cdef inline uint64_t _slot_hash(uint64_t h) noexcept:
    """A finished word hash (`_inline`'s FNV-1a), never 0 (0 marks an empty slot)."""
    return fnv_mixed(h) | 1


cdef inline bint _punctuation(Py_UCS4 ch) noexcept:
    """A character of `string.punctuation` (what VADER strips from the ends of a word)."""
    return 33 <= ch <= 47 or 58 <= ch <= 64 or 91 <= ch <= 96 or 123 <= ch <= 126


cdef bint _is_upper(int kind, const void *data, Py_ssize_t start, Py_ssize_t end) noexcept:
    """`str.isupper` of data[start:end]: a cased character, and none lower-case or title-case."""
    cdef bint cased = False
    cdef Py_ssize_t i
    cdef Py_UCS4 ch
    for i in range(start, end):
        ch = PyUnicode_READ(kind, data, i)
        if Py_UNICODE_ISLOWER(ch) or Py_UNICODE_ISTITLE(ch):
            return False
        if not cased and Py_UNICODE_ISUPPER(ch):
            cased = True
    return cased


cdef str _lower(str text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end):
    """`text[start:end].lower()`, made in C for ASCII words."""
    cdef Py_ssize_t i
    cdef unsigned int code
    for i in range(start, end):
        if PyUnicode_READ(kind, data, i) >= 128:
            return PyUnicode_Substring(text, start, end).lower()
    word = PyUnicode_New(end - start, 127)
    cdef unsigned char *out = <unsigned char *>PyUnicode_DATA_W(word)
    for i in range(start, end):
        code = PyUnicode_READ(kind, data, i)
        out[i - start] = <unsigned char>(code + 32 if 65 <= code <= 90 else code)
    return <str>word


@cython.final
cdef class Compound:
    """VADER's compound score of a text without emoji: `Compound(...)(text)`.

    `lexicon`, `boosters`: VADER's lexicon and BOOSTER_DICT; `negations`: its NEGATE words; `idiom_words`: the
    words of its idioms and booster phrases; `idioms(valence, words, i)`: `_special_idioms_check`; `sum_`,
    `round_`: Python's `sum` and `round`."""

    cdef dict lexicon, boosters
    cdef frozenset negations, idiom_words
    cdef object idioms, sum_, round_
    cdef uint64_t *read                           # hashes of the ASCII words some rule reads (open addressing)
    cdef Py_ssize_t mask

    def __cinit__(self):
        self.read = NULL

    def __init__(self, *, dict lexicon not None, dict boosters not None, frozenset negations not None,
                 frozenset idiom_words not None, idioms, sum_, round_):
        self.lexicon, self.boosters, self.negations, self.idiom_words = lexicon, boosters, negations, idiom_words
        self.idioms, self.sum_, self.round_ = idioms, sum_, round_
        words = [w for w in {*lexicon, *boosters, *negations, *idiom_words, *_RULE_WORDS}
                 if isinstance(w, str) and w.isascii()]
        cdef Py_ssize_t capacity = 1024, i
        cdef uint64_t h
        while capacity < 2 * len(words):
            capacity *= 2
        PyMem_Free(self.read)
        self.read = <uint64_t *>PyMem_Malloc(capacity * sizeof(uint64_t))
        if self.read is NULL:
            raise MemoryError()
        memset(self.read, 0, capacity * sizeof(uint64_t))
        self.mask = capacity - 1
        for word in words:
            h = fnv_start()
            for ch in <str>word:
                h = fnv_step(h, ord(ch))
            h = _slot_hash(h)
            i = <Py_ssize_t>(h & <uint64_t>self.mask)
            while self.read[i] != 0 and self.read[i] != h:
                i = (i + 1) & self.mask
            self.read[i] = h

    def __dealloc__(self):
        PyMem_Free(self.read)

    cdef bint _is_read(self, uint64_t h) noexcept:
        cdef Py_ssize_t i = <Py_ssize_t>(h & <uint64_t>self.mask)
        while self.read[i] != 0:
            if self.read[i] == h:
                return True
            i = (i + 1) & self.mask
        return False

    cdef str _read_lower(self, str text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end):
        """`text[start:end].lower()` where a rule may read the word (a listed word, one holding "n't", or not ASCII);
        `_STAND_IN` elsewhere, which every rule treats as it treats such a word (it is in no list)."""
        cdef uint64_t h = fnv_start()
        cdef unsigned int code, one = 0, two = 0
        cdef Py_ssize_t i
        for i in range(start, end):
            code = PyUnicode_READ(kind, data, i)
            if code >= 128:
                return PyUnicode_Substring(text, start, end).lower()
            if 65 <= code <= 90:
                code += 32
            if code == 116 and one == 39 and two == 110:      # n't
                return _lower(text, kind, data, start, end)
            two, one = one, code
            h = fnv_step(h, code)
        if self._is_read(_slot_hash(h)):
            return _lower(text, kind, data, start, end)
        return _STAND_IN

    def __call__(self, str text not None):
        """`polarity_scores(text)["compound"]` of vaderSentiment 3.3 for a text without emoji."""
        cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text), i, token, start, end, n = 0
        cdef Py_ssize_t capacity = length // 2 + 1, bangs = 0, questions = 0, capitals = 0
        cdef int kind = PyUnicode_KIND(text)
        cdef const void *data = PyUnicode_DATA(text)
        cdef Py_UCS4 ch
        cdef Py_ssize_t *bounds = <Py_ssize_t *>PyMem_Malloc(2 * capacity * sizeof(Py_ssize_t))
        cdef double *values = <double *>PyMem_Malloc(capacity * sizeof(double))
        cdef char *floats = <char *>PyMem_Malloc(capacity)
        cdef char *upper = <char *>PyMem_Malloc(capacity)
        try:
            if bounds is NULL or values is NULL or floats is NULL or upper is NULL:
                raise MemoryError()
            i = 0
            while i < length:                      # text.split(), each token stripped as VADER strips it
                ch = PyUnicode_READ(kind, data, i)
                if Py_UNICODE_ISSPACE(ch):
                    i += 1
                    continue
                token = i
                while i < length:
                    ch = PyUnicode_READ(kind, data, i)
                    if Py_UNICODE_ISSPACE(ch):
                        break
                    if ch == 33:                   # "!"
                        bangs += 1
                    elif ch == 63:                 # "?"
                        questions += 1
                    i += 1
                start, end = token, i
                while start < end and _punctuation(PyUnicode_READ(kind, data, start)):
                    start += 1
                while end > start and _punctuation(PyUnicode_READ(kind, data, end - 1)):
                    end -= 1
                if end - start <= 2:               # ":)", or a word of two letters: VADER keeps the token whole
                    start, end = token, i
                bounds[2 * n], bounds[2 * n + 1] = start, end
                n += 1
            lower = [self._read_lower(text, kind, data, bounds[2 * i], bounds[2 * i + 1]) for i in range(n)]
            for i in range(n):
                upper[i] = _is_upper(kind, data, bounds[2 * i], bounds[2 * i + 1])
                capitals += upper[i]
            return self._score(text, bounds, lower, n, 0 < n - capitals < n, upper, values, floats, bangs, questions)
        finally:
            PyMem_Free(bounds)
            PyMem_Free(values)
            PyMem_Free(floats)
            PyMem_Free(upper)

    cdef object _score(self, str text, const Py_ssize_t *bounds, list lower, Py_ssize_t n, bint cap_diff,
                       const char *upper, double *values, char *floats, Py_ssize_t bangs, Py_ssize_t questions):
        """The sentiments of the words (VADER's loop and "but" rule), then their compound score."""
        cdef Py_ssize_t i, p, j, but = -1
        cdef double value, amplifier
        cdef PyObject *found
        cdef list words = None
        for i in range(n):
            word = <str>lower[i]
            values[i], floats[i] = 0.0, False
            if word is _STAND_IN:                 # in no list: outside the lexicon
                continue
            if PyDict_GetItemWithError(self.boosters, word) is not NULL:
                continue
            if i < n - 1 and word == "kind" and <str>lower[i + 1] == "of":
                continue
            found = PyDict_GetItemWithError(self.lexicon, word)
            if found is NULL:
                continue
            if words is None and self._idioms_near(lower, i):
                words = [PyUnicode_Substring(text, bounds[2 * j], bounds[2 * j + 1]) for j in range(n)]
            values[i] = self._valence(lower, words, n, i, <object>found, cap_diff, upper)
            floats[i] = True
        for i in range(n):
            if <str>lower[i] == "but":
                but = i
                break
        if but >= 0:                              # VADER's _but_check, quirks included (list.index: first equal)
            for p in range(n):
                value = values[p]
                j = 0
                while values[j] != value:
                    j += 1
                if j < but:
                    values[j], floats[j] = value * 0.5, True
                elif j > but:
                    values[j], floats[j] = value * 1.5, True
        if n == 0:
            return self.round_(0.0, 4)
        sentiments = [<object>values[i] if floats[i] else _INT_ZERO for i in range(n)]   # VADER's ints and floats
        cdef double total = float(self.sum_(sentiments))
        amplifier = (4 if bangs > 4 else bangs) * 0.292
        if questions > 1:
            amplifier += questions * 0.18 if questions <= 3 else 0.96
        if total > 0:
            total += amplifier
        elif total < 0:
            total -= amplifier
        value = total / sqrt((total * total) + 15)
        if value < -1.0:
            value = -1.0
        elif value > 1.0:
            value = 1.0
        return self.round_(value, 4)

    cdef bint _idioms_near(self, list lower, Py_ssize_t i) except -1:
        """Two or more idiom words among lower[i - 3:i + 3] (fewer: VADER's idiom check cannot match)."""
        cdef Py_ssize_t j, count = 0
        if i < 3:
            return False
        for j in range(i - 3, min(i + 3, len(lower))):
            if lower[j] in self.idiom_words:
                count += 1
        return count >= 2

    cdef double _valence(self, list lower, list words, Py_ssize_t n, Py_ssize_t i, object lexicon_value, bint cap_diff,
                         const char *upper) except? -1e300:
        """`sentiment_valence` of the lexicon word at `i` (as `tone.Analyzer._valence` restates it)."""
        cdef str item = <str>lower[i]
        cdef double valence = lexicon_value, s
        cdef Py_ssize_t start_i, before
        if item == "no" and i != n - 1 and lower[i + 1] in self.lexicon:
            valence = 0.0
        if (i > 0 and <str>lower[i - 1] == "no") or (i > 1 and <str>lower[i - 2] == "no") \
                or (i > 2 and <str>lower[i - 3] == "no" and (<str>lower[i - 1] == "or" or <str>lower[i - 1] == "nor")):
            valence = <double>lexicon_value * N_SCALAR
        if upper[i] and cap_diff:
            if valence > 0:
                valence += C_INCR
            else:
                valence -= C_INCR
        for start_i in range(3):
            before = i - (start_i + 1)
            if i > start_i and lower[before] not in self.lexicon:
                s = self._scalar(lower, before, valence, cap_diff, upper)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._negation(lower, start_i, i, valence)
                if start_i == 2 and words is not None and self._idioms_near(lower, i):
                    valence = self.idioms(valence, words, i)
        if i > 0 and <str>lower[i - 1] == "least":            # _least_check
            if i > 1 and lower[i - 1] not in self.lexicon:
                if <str>lower[i - 2] != "at" and <str>lower[i - 2] != "very":
                    valence = valence * N_SCALAR
            elif i > 0 and lower[i - 1] not in self.lexicon:
                valence = valence * N_SCALAR
        return valence

    cdef double _scalar(self, list lower, Py_ssize_t k, double valence, bint cap_diff, const char *upper) except? -1e300:
        """`scalar_inc_dec` of the word at `k`."""
        cdef PyObject *found = PyDict_GetItemWithError(self.boosters, <str>lower[k])
        cdef double scalar
        if found is NULL:
            return 0.0
        scalar = <object>found
        if valence < 0:
            scalar *= -1
        if upper[k] and cap_diff:
            if valence > 0:
                scalar += C_INCR
            else:
                scalar -= C_INCR
        return scalar

    cdef bint _negated(self, str word) except -1:
        """vaderSentiment's `negated([word])` of a lower-cased word."""
        lowered = word if word.isascii() else word.lower()
        return lowered in self.negations or "n't" in lowered

    cdef double _negation(self, list lower, Py_ssize_t start_i, Py_ssize_t i, double valence) except? -1e300:
        """`_negation_check` (as `tone.Analyzer._negation_words` restates it)."""
        one = lower[i - 1] if i >= 1 else None
        two = lower[i - 2] if i >= 2 else None
        three = lower[i - 3] if i >= 3 else None
        if start_i == 0:
            if self._negated(one):
                valence = valence * N_SCALAR
        if start_i == 1:
            if two == "never" and (one == "so" or one == "this"):
                valence = valence * 1.25
            elif two == "without" and one == "doubt":
                pass
            elif self._negated(two):
                valence = valence * N_SCALAR
        if start_i == 2:
            if three == "never" and (two == "so" or two == "this") or (one == "so" or one == "this"):
                valence = valence * 1.25
            elif three == "without" and (two == "doubt" or one == "doubt"):
                pass
            elif self._negated(three):
                valence = valence * N_SCALAR
        return valence
