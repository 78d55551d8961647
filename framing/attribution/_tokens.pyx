# cython: language_level=3, boundscheck=False, wraparound=False
"""Loops over characters for the compiled extractor: its tokenizer, and its gate for sentences holding a cue word.

`tokens(text, start, end)` returns (starts, ends, words, low). The first three are exactly what
extract._tokenize derives from `_PIECE.findall(text, start, end)`: a token is a word (`\\w+` runs joined by
one of -'’.& each, or by a comma before a group of three digits: "1,100") or any other character that is not
whitespace, where \\w and whitespace are the `re` module's Unicode classes (Py_UNICODE_ISALNUM or "_", and
Py_UNICODE_ISSPACE); `low` holds the words lower-cased as extract._tokenize lower-cases them.
tests/test_attribution_tokens.py checks both on arbitrary text. `has_cue_word` answers as extract._has_cue_word
does with its regex (tested the same way), `capitalised_runs` finds what speakers._CAPITALISED_NAME and
_CAPITALISED_RUN find, `folded_lower` lower-cases a document as extract._Extractor does, `name_words` finds the
words of speakers._WORD, and `lower_words` lower-cases a list of words, and `cue_candidates` gives the indexes of
the words that are keys of the cue table (given as a frozenset of them); `occurring(text, pieces)` gives the pieces
a text holds (the anonymity markers of a document) in one pass; `new_record(cls, items)` is
`tuple.__new__(cls, items)` for a named tuple, made without the generic call and the temporary copy. The tokenizer
makes new strings for every token: reusing those of recent ASCII tokens (a table of 8,192, from the eleventh
session) made the tokenizer faster alone but the pipeline about 3% slower, its table and the old strings it kept
crowding the caches of the scorers batched beside it.
"""

from cpython cimport array
from cpython.mem cimport PyMem_Calloc, PyMem_Free, PyMem_Malloc
from cpython.object cimport PyTypeObject
from cpython.ref cimport Py_INCREF
from libc.string cimport memcpy, memset

from .._inline cimport BUILD_STAMP, Py_UCS1, Py_UCS2, is_word, unit, within

import array

SOURCE_SHA256 = BUILD_STAMP.decode("ascii")  # the SHA-256 of the source it was built from (see _inline.pxd)


cdef extern from "Python.h":
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    int PyUnicode_KIND(object text)
    void *PyUnicode_DATA(object text)
    Py_UCS4 PyUnicode_READ(int kind, void *data, Py_ssize_t i)
    Py_UCS4 Py_UNICODE_TOLOWER(Py_UCS4 ch)
    bint Py_UNICODE_ISDECIMAL(Py_UCS4 ch)
    bint PyUnicode_IS_ASCII(object text)
    object PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
    int PyUnicode_4BYTE_KIND
    int PyUnicode_2BYTE_KIND
    int PyUnicode_1BYTE_KIND
    object PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)
    unsigned char *PyUnicode_1BYTE_DATA(object text)
    object PyType_GenericAlloc(PyTypeObject *type, Py_ssize_t nitems)
    void _set_item "PyTuple_SET_ITEM" (object tup, Py_ssize_t i, object item)   # steals a reference to item
    PyTypeObject PyTuple_Type
    Py_ssize_t PyUnicode_Tailmatch(object text, object part, Py_ssize_t start, Py_ssize_t end, int direction) except -1


cdef inline bint _is_joiner(Py_UCS4 ch):
    return ch == u"-" or ch == u"'" or ch == u"\u2019" or ch == u"." or ch == u"&"


cdef inline bint _digit_group(int kind, void *data, Py_ssize_t i, Py_ssize_t end):
    """True if the comma at i joins a digit group to the number before it ("1,100", "5,000,000"): a digit before it,
    three after it and no word character after those (the regex's `(?<=\\d),\\d{3}(?!\\w)`, within `end`)."""
    cdef Py_ssize_t k
    if i < 1 or i + 3 >= end or not Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, i - 1)):
        return False
    for k in range(i + 1, i + 4):
        if not Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, k)):
            return False
    return i + 4 >= end or not is_word(PyUnicode_READ(kind, data, i + 4))


def tokens(str text not None, Py_ssize_t start, Py_ssize_t end):
    """(starts, ends, words, low): the tokens of text[start:end], and each word lower-cased with ’ folded to ', as
    extract._tokenize lower-cases them; low is None when lower-casing changes a word's length (İ -> i̇),
    where extract._tokenize takes the document's lower-cased text instead. The offsets come as arrays of
    64-bit integers (`array.array("q")`), which the compiled extractor reads as C numbers: no int objects."""
    return _scan(text, start, end)


cdef array.array _OFFSETS = array.array("q")  # the type of the offset arrays

cdef tuple _scan(str text, Py_ssize_t start, Py_ssize_t end):
    cdef Py_ssize_t i = within(start, len(text)), first, n = 0, capacity = 32, k
    cdef Py_UCS4 ch
    cdef bint upper, ascii
    cdef list words = [], low = []
    cdef array.array starts = array.clone(_OFFSETS, capacity, False), ends = array.clone(_OFFSETS, capacity, False)
    cdef str word, folded
    cdef int kind = PyUnicode_KIND(text)        # read characters straight from the string's buffer
    cdef void *data = PyUnicode_DATA(text)
    end = within(end, len(text))
    while i < end:
        ch = PyUnicode_READ(kind, data, i)
        if Py_UNICODE_ISSPACE(ch):
            i += 1
            continue
        first = i
        upper = u"A" <= ch <= u"Z"
        ascii = ch < 128
        i += 1
        if is_word(ch):
            while i < end:
                ch = PyUnicode_READ(kind, data, i)
                if is_word(ch):
                    upper |= u"A" <= ch <= u"Z"
                    ascii &= ch < 128
                    i += 1
                elif i + 1 < end and _is_joiner(ch) and is_word(PyUnicode_READ(kind, data, i + 1)):
                    ascii &= ch < 128
                    i += 1
                elif ch == u"," and _digit_group(kind, data, i, end):
                    for k in range(i + 1, i + 4):
                        ascii &= PyUnicode_READ(kind, data, k) < 128
                    i += 4
                else:
                    break
        if n == capacity:
            capacity *= 2
            array.resize(starts, capacity)
            array.resize(ends, capacity)
        starts.data.as_longlongs[n] = first
        ends.data.as_longlongs[n] = i
        n += 1
        word = _ascii_slice(kind, data, first, i) if ascii and i - first > 1 else text[first:i]
        words.append(word)
        if ascii:                       # most words: already lower case, or A-Z only to lower
            if low is not None:
                low.append(_lower_ascii(word) if upper else word)
            continue
        if low is None:
            continue
        folded = word.lower()
        if len(folded) != len(word):
            low = None
        else:
            low.append(folded.replace(u"\u2019", u"'"))
    array.resize(starts, n)
    array.resize(ends, n)
    return starts, ends, words, low


def lower_words(list words not None):
    """`[word.lower() for word in words]`: ASCII words are lowered here (the same word when it has no capital)."""
    cdef list out = []
    for word in words:
        out.append(_lower_ascii(word) if PyUnicode_IS_ASCII(word) else word.lower())
    return out


def cue_candidates(list low not None, frozenset keys not None):
    """The indexes of the words of `low` that are in `keys` (the cue table's keys), in order
    (extract._Extractor.sentence's candidates).

    A word is looked up in `keys` only when its FNV-1a hash is in a C table of the keys' hashes (`_WordHashes`):
    most words are no key, and their hash costs less than the string hash a set lookup would compute.
    """
    cdef Py_ssize_t i
    cdef list out = []
    cdef _WordHashes table = _hashes_of(keys, False)
    cdef str word
    for i in range(len(low)):
        word = low[i]
        if table.may_hold(_word_hash(word)) and word in keys:
            out.append(i)
    return out


cdef str _ascii_slice(int kind, void *data, Py_ssize_t first, Py_ssize_t end):
    """text[first:end] of characters known to be ASCII, made without scanning them for the widest one."""
    cdef Py_ssize_t n = end - first, k
    word = PyUnicode_New(n, 127)
    cdef unsigned char *target = PyUnicode_1BYTE_DATA(word)
    if kind == 1:
        memcpy(target, <unsigned char *>data + first, n)
    else:
        for k in range(n):
            target[k] = <unsigned char>PyUnicode_READ(kind, data, first + k)
    return word


cdef str _lower_ascii(str word):
    """An ASCII word lower-cased without a method call (the same object when it has no capital)."""
    cdef Py_ssize_t n = len(word), i, first = -1
    cdef unsigned char *source = PyUnicode_1BYTE_DATA(word)
    cdef unsigned char *target
    for i in range(n):
        if 65 <= source[i] <= 90:
            first = i
            break
    if first < 0:
        return word
    lowered = PyUnicode_New(n, 127)
    target = PyUnicode_1BYTE_DATA(lowered)
    for i in range(n):
        target[i] = source[i] + 32 if 65 <= source[i] <= 90 else source[i]
    return lowered


def name_words(str text not None):
    r"""The matches of speakers._WORD in `text`: a word character, and the longest run of word characters, full
    stops, '’-& and commas before a group of three digits ("5,000") after it that ends in a word character or a
    full stop."""
    cdef Py_ssize_t n = len(text), i = 0, j, last
    cdef Py_UCS4 ch
    cdef list out = []
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    while i < n:
        if not is_word(PyUnicode_READ(kind, data, i)):
            i += 1
            continue
        last = i
        j = i + 1
        while j < n:
            ch = PyUnicode_READ(kind, data, j)
            if ch == u"." or is_word(ch):
                last = j
            elif not (ch == u"'" or ch == u"\u2019" or ch == u"-" or ch == u"&" or
                      (ch == u"," and _digit_group(kind, data, j, n))):
                break
            j += 1
        out.append(text[i:last + 1])
        i = last + 1
    return out


cdef str _folded_lower_2byte(str text, const Py_UCS2 *data, Py_ssize_t n):
    """`folded_lower` of a two-byte text in one pass; None where that pass cannot say (İ, Σ, or a character whose
    lower case lies outside the two-byte range), and the general loop decides."""
    cdef Py_ssize_t i
    cdef Py_UCS4 ch, widest = 0
    cdef Py_UCS2 *out = <Py_UCS2 *>PyMem_Malloc(max(n, 1) * sizeof(Py_UCS2))
    cdef unsigned char *narrow
    cdef str folded
    if out is NULL:
        raise MemoryError()
    try:
        for i in range(n):
            ch = data[i]
            if ch < 128:
                if u"A" <= ch <= u"Z":
                    ch = <Py_UCS4>(<unsigned int>ch + 32)
            elif ch == 0x2019:
                ch = u"'"
            elif ch == 0x130 or ch == 0x3A3:
                return None
            else:
                ch = Py_UNICODE_TOLOWER(ch)
                if ch > 0xFFFF:
                    return None
            if ch > widest:
                widest = ch
            out[i] = <Py_UCS2>ch
        folded = PyUnicode_New(n, widest)   # the narrowest kind holding every character, as Python requires
        if PyUnicode_KIND(folded) == PyUnicode_2BYTE_KIND:
            memcpy(PyUnicode_DATA(folded), out, n * sizeof(Py_UCS2))
        else:
            narrow = PyUnicode_1BYTE_DATA(folded)
            for i in range(n):
                narrow[i] = <unsigned char>out[i]
        return folded
    finally:
        PyMem_Free(out)


def folded_lower(str text not None):
    """`text.lower().replace("’", "'")`, or None when lower-casing changes the text's length (as extract reads it).

    One pass over the characters: ASCII letters are lowered here and other characters by their simple
    lower-case mapping, which is str.lower()'s for every character but two, left to str.lower(): İ (two
    characters lower-cased) and Σ (lower-cased by its context).
    """
    cdef Py_ssize_t n = len(text), i
    cdef Py_UCS4 ch
    cdef Py_UCS4 *out
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    if PyUnicode_IS_ASCII(text):
        return text.lower()
    if kind == PyUnicode_2BYTE_KIND:        # most texts that are not ASCII: read and write two-byte characters
        folded = _folded_lower_2byte(text, <const Py_UCS2 *>data, n)
        if folded is not None:
            return folded
    for i in range(n):
        ch = PyUnicode_READ(kind, data, i)
        if ch == 0x130 or ch == 0x3A3:
            lowered = text.lower()
            return lowered.replace(u"\u2019", u"'") if len(lowered) == n else None
    out = <Py_UCS4 *>PyMem_Malloc(n * sizeof(Py_UCS4))
    if out is NULL:
        raise MemoryError()
    try:
        for i in range(n):
            ch = PyUnicode_READ(kind, data, i)
            if u"A" <= ch <= u"Z":
                out[i] = <Py_UCS4>(<unsigned int>ch + 32)
            elif ch < 128:
                out[i] = ch
            elif ch == 0x2019:
                out[i] = u"'"
            else:
                out[i] = Py_UNICODE_TOLOWER(ch)
        return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, n)
    finally:
        PyMem_Free(out)


def has_cue_word(str lower not None, Py_ssize_t start, Py_ssize_t end, frozenset cue_words, pattern=None):
    """True if a whole run of a-z letters in lower[start:end], cut at both ends, is one of `cue_words`.

    The same answer as extract._has_cue_word, which searches `pattern` (the cue words as one regex) and checks a
    run cut at `start` word by word; this loop needs no pattern. A run is looked up in `cue_words` only when its
    hash is in the words' table of hashes (`_WordHashes`), so most runs cost no string.
    """
    cdef Py_ssize_t i = within(start, len(lower))
    cdef _WordHashes table = _hashes_of(cue_words, True)
    cdef int kind = PyUnicode_KIND(lower)
    cdef void *data = PyUnicode_DATA(lower)
    end = within(end, len(lower))
    if kind == PyUnicode_1BYTE_KIND:          # one loop per character width: no width switch per character
        return _has_cue_run(<const Py_UCS1 *>data, lower, i, end, cue_words, table)
    if kind == PyUnicode_2BYTE_KIND:
        return _has_cue_run(<const Py_UCS2 *>data, lower, i, end, cue_words, table)
    return _has_cue_run(<const Py_UCS4 *>data, lower, i, end, cue_words, table)


cdef bint _has_cue_run(const unit *data, str lower, Py_ssize_t i, Py_ssize_t end, frozenset cue_words,
                       _WordHashes table) except -1:
    """`has_cue_word`'s loop over the characters data[i:end] of `lower`."""
    cdef Py_ssize_t first
    cdef unsigned int ch
    cdef unsigned long long h
    while i < end:
        ch = data[i]
        if 97 <= ch <= 122:                    # a-z
            first = i
            h = _FNV_OFFSET
            while i < end:
                ch = data[i]
                if not (97 <= ch <= 122):
                    break
                h = _fnv_step(h, <Py_UCS4>ch)
                i += 1
            if table.may_hold(h) and lower[first:i] in cue_words:
                return True
        else:
            i += 1
    return False


def capitalised_runs(str text not None, bint names):
    r"""(start, run) of the runs of capitalised words in `text`, in order, as the compiled speakers module reads them.

    names=True: the matches of speakers._CAPITALISED_NAME (two to seven capitalised words) that hold a space;
    names=False: the matches of speakers._CAPITALISED_RUN (one to seven) that hold none. Both regexes are
    `[A-Z](?:[\w'’.\-]*+S(?:(?:of|de|al|bin|van|von|the)S)?[A-Z]){k,6}[\w'’\-]*+`, with k = 1 and 0 and S the spaces
    of speakers._SPACES (holding one line break at most).
    """
    cdef Py_ssize_t n = len(text), i = 0, pos, nxt, word_end, first_word_end, p, k
    cdef int iterations, least = 1 if names else 0
    cdef bint spaced
    cdef list out = []
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    while True:
        i = _next_upper(kind, data, i, n)
        if i >= n:
            break
        pos, iterations, first_word_end = i + 1, 0, i + 1
        while iterations < 6:
            nxt = _next_capital(kind, data, pos, n, &word_end)
            if iterations == 0:
                first_word_end = word_end
            if nxt < 0:
                break
            pos = nxt
            iterations += 1
        if iterations < least:
            i = first_word_end   # a capital later in this word would read the same word and fail the same way
            continue
        p = pos
        while p < n and _in_tail(PyUnicode_READ(kind, data, p)):
            p += 1
        spaced = False
        for k in range(i, p):
            if PyUnicode_READ(kind, data, k) == u" ":
                spaced = True
                break
        if spaced == names:
            out.append((i, text[i:p]))
        i = p
    return out


cdef Py_ssize_t _next_upper(int kind, void *data, Py_ssize_t i, Py_ssize_t n):
    """The first position from `i` holding a letter A-Z, or n: a loop for each width of character."""
    if kind == PyUnicode_1BYTE_KIND:
        return _next_upper_in(<const Py_UCS1 *>data, i, n)
    if kind == PyUnicode_2BYTE_KIND:
        return _next_upper_in(<const Py_UCS2 *>data, i, n)
    return _next_upper_in(<const Py_UCS4 *>data, i, n)


cdef inline Py_ssize_t _next_upper_in(const unit *chars, Py_ssize_t i, Py_ssize_t n) noexcept:
    """`_next_upper` over characters stored 1, 2 or 4 bytes each."""
    while i < n and not (65 <= chars[i] <= 90):   # A-Z
        i += 1
    return i


cdef inline bint _in_name(Py_UCS4 ch):
    r"""[\w'’.\-]: a character of a capitalised word before the space."""
    return is_word(ch) or ch == u"'" or ch == u"\u2019" or ch == u"." or ch == u"-"


cdef inline bint _in_tail(Py_UCS4 ch):
    r"""[\w'’\-]: a character of the run's last word."""
    return is_word(ch) or ch == u"'" or ch == u"\u2019" or ch == u"-"


cdef Py_ssize_t _next_capital(int kind, void *data, Py_ssize_t pos, Py_ssize_t n, Py_ssize_t *word_end):
    """One repetition of the group from `pos`: the word's rest, spaces, an optional connector and spaces, a capital.

    The position after that capital, or -1; `word_end` is set to where the word's rest ends. Every quantifier is
    possessive and a connector is lower case, so a connector that matches settles the repetition.
    """
    cdef Py_ssize_t p = pos, q, r, s, size
    while p < n and _in_name(PyUnicode_READ(kind, data, p)):
        p += 1
    word_end[0] = p
    q = _after_spaces(kind, data, p, n)
    if q == p or q >= n:
        return -1
    size = _connector(kind, data, q, n)
    if size:
        r = q + size
        s = _after_spaces(kind, data, r, n)
        if s > r and s < n and u"A" <= PyUnicode_READ(kind, data, s) <= u"Z":
            return s + 1
        return -1       # without the connector a capital would be needed where its lower-case letter is
    if u"A" <= PyUnicode_READ(kind, data, q) <= u"Z":
        return q + 1
    return -1


cdef Py_ssize_t _after_spaces(int kind, void *data, Py_ssize_t p, Py_ssize_t n):
    """Where the spaces from `p` end, holding one line break at most (speakers._SPACES); `p` itself (no spaces, so
    the run ends) where they hold two line breaks: a blank line."""
    cdef Py_ssize_t q = p
    cdef int breaks = 0
    cdef Py_UCS4 ch
    while q < n:
        ch = PyUnicode_READ(kind, data, q)
        if not Py_UNICODE_ISSPACE(ch):
            break
        if ch == u"\n":
            breaks += 1
            if breaks == 2:
                return p
        q += 1
    return q


cdef Py_ssize_t _connector(int kind, void *data, Py_ssize_t q, Py_ssize_t n):
    """The length of the connector (of, de, al, bin, van, von, the) at `q`, or 0."""
    cdef Py_UCS4 a, b, c
    if q + 1 >= n:
        return 0
    a, b = PyUnicode_READ(kind, data, q), PyUnicode_READ(kind, data, q + 1)
    if (a == u"o" and b == u"f") or (a == u"d" and b == u"e") or (a == u"a" and b == u"l"):
        return 2
    if q + 2 >= n:
        return 0
    c = PyUnicode_READ(kind, data, q + 2)
    if c == u"n" and ((a == u"b" and b == u"i") or (a == u"v" and (b == u"a" or b == u"o"))):
        return 3
    if a == u"t" and b == u"h" and c == u"e":
        return 3
    return 0


cdef unsigned long long _FNV_OFFSET = 14695981039346656037ULL
cdef unsigned long long _FNV_PRIME = 1099511628211ULL


cdef inline unsigned long long _fnv_step(unsigned long long h, Py_UCS4 ch) noexcept:
    """The FNV-1a hash `h` of a word extended by the character `ch`."""
    return (h ^ <unsigned long long>ch) * _FNV_PRIME


cdef inline unsigned long long _word_hash(str word):
    """The FNV-1a hash of every character of `word`."""
    cdef unsigned long long h = _FNV_OFFSET
    cdef int kind = PyUnicode_KIND(word)
    cdef void *data = PyUnicode_DATA(word)
    cdef const unsigned char *one
    cdef Py_ssize_t i
    if kind == PyUnicode_1BYTE_KIND:           # most words: read the bytes, no width switch per character
        one = <const unsigned char *>data
        for i in range(len(word)):
            h = _fnv_step(h, <Py_UCS4>one[i])
        return h
    for i in range(len(word)):
        h = _fnv_step(h, PyUnicode_READ(kind, data, i))
    return h


cdef class _WordHashes:
    """An open-addressing table of the 64-bit FNV-1a hashes of a set of words (0 marks a free slot, so a
    hash of 0 is stored as 1); `letters_only` keeps only a-z words (the gate's runs hold nothing else)."""

    cdef unsigned long long *slots
    cdef Py_ssize_t mask

    def __init__(self, words, bint letters_only=True):
        cdef Py_ssize_t size = 64
        cdef unsigned long long h
        words = [w for w in words if isinstance(w, str)
                 and (not letters_only or (w and all(u"a" <= c <= u"z" for c in w)))]
        while size < 4 * len(words):
            size *= 2
        self.slots = <unsigned long long *>PyMem_Calloc(size, sizeof(unsigned long long))
        if self.slots is NULL:
            raise MemoryError()
        self.mask = size - 1
        for word in words:
            h = _word_hash(word)
            h = h if h else 1
            self.slots[self._slot(h)] = h

    def __dealloc__(self):
        PyMem_Free(self.slots)

    cdef inline Py_ssize_t _slot(self, unsigned long long h):
        """Where the (non-zero) hash `h` is, or the free slot where it would go."""
        cdef Py_ssize_t i = <Py_ssize_t>(h & <unsigned long long>self.mask)
        while self.slots[i] != 0 and self.slots[i] != h:
            i = (i + 1) & self.mask
        return i

    cdef inline bint may_hold(self, unsigned long long h):
        """False only if no word has hash `h` (True may be a collision: the caller checks the word)."""
        h = h if h else 1
        return self.slots[self._slot(h)] == h


cdef dict _LETTER_TABLES = {}  # word set -> the _WordHashes of its a-z words (one per resources in practice)
cdef dict _WORD_TABLES = {}    # word set -> the _WordHashes of all its words


cdef _WordHashes _hashes_of(frozenset words, bint letters_only):
    """The hashes of `words` (only its a-z words when `letters_only`), made once per word set."""
    cdef dict tables = _LETTER_TABLES if letters_only else _WORD_TABLES
    cdef _WordHashes table = tables.get(words)
    if table is None:
        if len(tables) > 8:
            tables.clear()
        table = tables[words] = _WordHashes(words, letters_only)
    return table


# ---- named tuples, made as tuple.__new__ makes them --------------------------------------------------------------

def new_record(type cls not None, tuple items not None):
    """`tuple.__new__(cls, items)`: a new `cls` holding `items`, for `cls` a direct subclass of tuple (a named tuple).

    `tuple.__new__` reached from compiled code is a generic call that packs its arguments and copies `items` into a
    temporary tuple before copying them again into the new object; this allocates the object and copies them once.
    """
    cdef PyTypeObject *kind = <PyTypeObject *>cls
    cdef Py_ssize_t n = len(items), i
    if kind.tp_base != &PyTuple_Type:
        return tuple.__new__(cls, items)
    made = PyType_GenericAlloc(kind, n)
    for i in range(n):
        item = items[i]
        Py_INCREF(item)
        _set_item(made, i, item)
    return made


cdef enum:
    _TRIGRAM_BITS = 14                            # `occurring` hashes three characters to so many bits
    _LONGEST_WINDOW = 200                         # and reads windows of at most so many characters (shifts fit a byte)


cdef inline unsigned int _trigram(unsigned int a, unsigned int b, unsigned int c) noexcept:
    """A hash of three characters (as unsigned ints: Cython's Py_UCS4 arithmetic would make Python strings)."""
    return ((a * 961u + b * 31u + c) * 2654435761u) >> (32 - _TRIGRAM_BITS)


def occurring(str text not None, tuple pieces not None):
    """`[piece for piece in pieces if piece in text]` (pieces are str), skipping through the text as Wu and
    Manber's search does: with m the shortest piece's length, the three characters ending a window of m characters
    are hashed, and the window moves on as far as no piece's first m characters hold those three further on (m - 2
    where none holds them); a piece is compared only where its own first m characters end in them. Pieces shorter
    than three characters are searched for as `in` does."""
    cdef unsigned char shift[1 << _TRIGRAM_BITS]
    cdef Py_ssize_t n = len(text), n_pieces = len(pieces), i, j, p, size, m = _LONGEST_WINDOW, left = 0, at
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef unsigned int h
    cdef list found = [None] * n_pieces, ends = [None] * n_pieces  # a compared piece's hash, ending its first m
    cdef str piece
    for p in range(n_pieces):
        piece = pieces[p]
        if len(piece) < 3:
            if piece in text:             # found here or absent: never compared in the loop
                found[p] = piece
            continue
        m = min(m, len(piece))
        left += 1
    if not left:
        return [piece for piece in found if piece is not None]
    memset(shift, m - 2, sizeof(shift))
    for p in range(n_pieces):
        piece = pieces[p]
        if len(piece) < 3:
            continue
        for j in range(m - 2):            # the three characters at j of the piece's first m
            h = _trigram(<unsigned int>piece[j], <unsigned int>piece[j + 1], <unsigned int>piece[j + 2])
            if shift[h] > m - 3 - j:
                shift[h] = m - 3 - j
        ends[p] = _trigram(<unsigned int>piece[m - 3], <unsigned int>piece[m - 2], <unsigned int>piece[m - 1])
    i = m - 3                             # where the three characters ending the first window start
    while left and i + 2 < n:
        h = _trigram(PyUnicode_READ(kind, data, i), PyUnicode_READ(kind, data, i + 1),
                     PyUnicode_READ(kind, data, i + 2))
        if shift[h]:
            i += shift[h]
            continue
        at = i - (m - 3)                  # the window's start
        for p in range(n_pieces):
            if found[p] is not None or ends[p] is None or <unsigned int>ends[p] != h:
                continue
            piece = pieces[p]
            size = len(piece)
            if at + size <= n and PyUnicode_Tailmatch(text, piece, at, at + size, -1):
                found[p] = piece
                left -= 1
        i += 1
    return [piece for piece in found if piece is not None]
