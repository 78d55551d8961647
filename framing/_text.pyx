# cython: language_level=3, boundscheck=False, wraparound=False
"""Text loops in C: the segmentation of `framing.text` (paragraphs, sentences, quotation marks, word counts) and the
matching form, trie scans and hit choices of `framing.lexicon` (their Python code runs where this is not built)."""

from cpython.unicode cimport PyUnicode_DATA, PyUnicode_GET_LENGTH, PyUnicode_KIND, PyUnicode_READ
from cpython.mem cimport PyMem_Free, PyMem_Malloc
from libc.stdint cimport int32_t, uint32_t

from ._inline cimport BUILD_STAMP, Py_UCS1, Py_UCS2, is_word, lower_bound, unit, within

SOURCE_SHA256 = BUILD_STAMP.decode("ascii")  # the SHA-256 of the source it was built from (see _inline.pxd)


cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISDIGIT(Py_UCS4 ch)
    bint Py_UNICODE_ISLOWER(Py_UCS4 ch)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    bint Py_UNICODE_ISUPPER(Py_UCS4 ch)
    Py_UCS4 Py_UNICODE_TOLOWER(Py_UCS4 ch)
    bint PyUnicode_IS_ASCII(object text)
    object PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
    Py_ssize_t PyUnicode_Tailmatch(object text, object part, Py_ssize_t start, Py_ssize_t end, int direction) except -1


def count_words(str text not None, Py_ssize_t start, Py_ssize_t end):
    """`len(text._WORD.findall(text, start, end))`: runs of \\w joined by one of - ' ’ . , between word characters."""
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    start, end = within(start, length), within(end, length)
    if kind == 1:
        return _count_words(<const Py_UCS1 *>data, start, end)
    if kind == 2:
        return _count_words(<const Py_UCS2 *>data, start, end)
    return _count_words(<const Py_UCS4 *>data, start, end)


cdef Py_ssize_t _count_words(const unit *chars, Py_ssize_t start, Py_ssize_t end) noexcept:
    """`count_words` over one kind of code units (the loop compiled once for each)."""
    cdef Py_ssize_t at = start, words = 0
    cdef Py_UCS4 ch
    while at < end:
        if not is_word(chars[at]):
            at += 1
            continue
        words += 1
        at += 1
        while at < end:                               # the rest of the word, and joined parts
            ch = chars[at]
            if is_word(ch):
                at += 1
            elif _is_joiner(ch) and at + 1 < end and is_word(chars[at + 1]):
                at += 2
            else:
                break
    return words


cdef inline bint _is_joiner(Py_UCS4 ch) noexcept:
    return ch == 45 or ch == 39 or ch == 0x2019 or ch == 46 or ch == 44     # - ' ’ . ,


cdef enum:
    _FOLD_BLOCK = 0x2000                               # the punctuation block most folded marks are in
    _FOLD_BLOCK_SIZE = 0x80
    _MAX_OTHER_FOLDS = 16
    _ELSEWHERE = 0x110000                              # not a character: leave this text to Python


cdef class MatchingForm:
    """`lexicon._matching_text(text, text.normalize_for_matching)` in one pass over the characters: the text lower-cased
    as `str.lower` does, the marks of `fold` (`text._FOLD`: curly quotes, dashes) folded where the text is not ASCII,
    and line breaks, tabs and no-break spaces as spaces. Calling it gives None for a text holding İ (two characters
    lower-cased) or Σ (lower-cased by its neighbours): the Python path does those."""

    cdef Py_UCS4 ascii[128]                            # each ASCII character's form in an ASCII text (` stays)
    cdef Py_UCS4 latin[256]                            # each character's form below 256 in any other text
    cdef Py_UCS4 block[_FOLD_BLOCK_SIZE]               # the same for U+2000..U+207F
    cdef Py_UCS4 other_from[_MAX_OTHER_FOLDS]          # the folded marks elsewhere, and their forms
    cdef Py_UCS4 other_to[_MAX_OTHER_FOLDS]
    cdef int n_other

    def __init__(self, dict fold not None):
        """`fold`: code point -> the one character it folds to."""
        cdef int code                                 # an int: a Py_UCS4 would reach Python as a str
        self.n_other = 0
        for code in range(128):
            self.ascii[code] = _spaced(ord(chr(code).lower()))
        for code in range(256):
            self.latin[code] = _spaced(ord(fold.get(code, chr(code)).lower()))
        for code in range(_FOLD_BLOCK, _FOLD_BLOCK + _FOLD_BLOCK_SIZE):
            self.block[code - _FOLD_BLOCK] = ord(fold.get(code, chr(code)).lower())
        for code, to in sorted(fold.items()):
            if 256 <= code < _FOLD_BLOCK or code >= _FOLD_BLOCK + _FOLD_BLOCK_SIZE:
                if self.n_other == _MAX_OTHER_FOLDS:
                    raise ValueError(f"more than {_MAX_OTHER_FOLDS} folded marks outside U+0000..U+00FF and "
                                     f"U+2000..U+207F")
                self.other_from[self.n_other], self.other_to[self.n_other] = code, ord(to)
                self.n_other += 1

    def __call__(self, str text not None):
        """The matching form of `text`, or None where Python must make it."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        cdef void *out = PyMem_Malloc(max(n, 1) * kind)
        cdef bint done
        if out is NULL:
            raise MemoryError()
        try:
            if PyUnicode_IS_ASCII(text):
                _ascii_form(self, <const Py_UCS1 *>data, <Py_UCS1 *>out, n)
                done = True
            elif kind == 1:
                done = _form(self, <const Py_UCS1 *>data, <Py_UCS1 *>out, n)
            elif kind == 2:
                done = _form(self, <const Py_UCS2 *>data, <Py_UCS2 *>out, n)
            else:
                done = _form(self, <const Py_UCS4 *>data, <Py_UCS4 *>out, n)
            return PyUnicode_FromKindAndData(kind, out, n) if done else None  # made in its smallest kind
        finally:
            PyMem_Free(out)

    cdef inline Py_UCS4 form(self, uint32_t ch) noexcept:
        """The form of one character of a text that is not ASCII (_ELSEWHERE: one Python must do)."""
        cdef int i
        if ch < 256:
            return self.latin[ch]
        if _FOLD_BLOCK <= ch < _FOLD_BLOCK + _FOLD_BLOCK_SIZE:
            return self.block[ch - _FOLD_BLOCK]
        for i in range(self.n_other):
            if self.other_from[i] == ch:
                return self.other_to[i]
        if ch == 0x130 or ch == 0x3a3:                # İ, Σ
            return _ELSEWHERE
        return Py_UNICODE_TOLOWER(ch)


cdef inline Py_UCS4 _spaced(Py_UCS4 ch) noexcept:
    """A line break, tab or no-break space as a space."""
    return 32 if ch == 10 or ch == 9 or ch == 13 or ch == 0xa0 else ch


cdef void _ascii_form(MatchingForm forms, const Py_UCS1 *chars, Py_UCS1 *out, Py_ssize_t n) noexcept:
    cdef Py_ssize_t i
    for i in range(n):
        out[i] = <Py_UCS1>forms.ascii[chars[i]]


cdef bint _form(MatchingForm forms, const unit *chars, unit *out, Py_ssize_t n) noexcept:
    """Each character's form into `out` (of the text's own kind: no form needs a wider one); False if one is
    _ELSEWHERE or would not fit."""
    cdef Py_ssize_t i
    cdef Py_UCS4 ch
    for i in range(n):
        ch = forms.form(chars[i])
        if unit is not Py_UCS4 and ch > <unit>-1:     # also _ELSEWHERE
            return False
        if unit is Py_UCS4 and ch == _ELSEWHERE:
            return False
        out[i] = <unit>ch
    return True


cdef class TrieScanner:
    """Every key of a trie that starts where no letter or digit precedes it: what `lexicon.ScanGroup` keeps of
    an Aho-Corasick scan, found by walking the trie from those positions only."""

    cdef const int32_t[::1] first_child, child_node, value_of
    cdef const uint32_t[::1] child_char
    cdef list values
    cdef Py_ssize_t n_slots
    cdef int32_t root[128]                             # the root's child for each ASCII character (-1: none)

    def __init__(self, first_child, child_char, child_node, value_of, list values not None, Py_ssize_t n_slots):
        """The trie as arrays: node n's children are child_char/child_node[first_child[n]:first_child[n + 1]]
        (sorted by character; node 0 is the root); `value_of[n]` indexes `values` (-1: no key ends there);
        each value is a tuple of (slot, hit value) pairs."""
        self.first_child, self.child_char, self.child_node, self.value_of = first_child, child_char, child_node, value_of
        self.values, self.n_slots = values, n_slots
        cdef Py_UCS4 ch
        for ch in range(128):
            self.root[ch] = self.child(0, ch)

    def scan(self, str low not None):
        """For each slot, the (end index, hit value) of every key found in `low`, as pyahocorasick's `iter` gives them."""
        cdef Py_ssize_t length = PyUnicode_GET_LENGTH(low), start, at, node
        cdef int kind = PyUnicode_KIND(low)
        cdef void *data = PyUnicode_DATA(low)
        cdef Py_UCS4 ch
        cdef bint boundary = True                     # no letter or digit right before `start`
        cdef list per_slot = [[] for _ in range(self.n_slots)]
        for start in range(length):
            ch = PyUnicode_READ(kind, data, start)
            if boundary:
                node = self.root[ch] if ch < 128 else self.child(0, ch)
                at = start
                while node > 0:
                    if self.value_of[node] >= 0:
                        for slot, value in <tuple>self.values[self.value_of[node]]:
                            (<list>per_slot[slot]).append((at, value))
                    at += 1
                    if at >= length:
                        break
                    node = self.child(node, PyUnicode_READ(kind, data, at))
            boundary = not _is_alnum(ch)
        return per_slot

    cdef inline Py_ssize_t child(self, Py_ssize_t node, Py_UCS4 ch) noexcept:
        """The child of `node` for character `ch`, or -1 (a binary search among its children)."""
        cdef Py_ssize_t end = self.first_child[node + 1]
        cdef Py_ssize_t at = lower_bound(&self.child_char[0], self.first_child[node], end, <uint32_t>ch)
        if at < end and self.child_char[at] == ch:
            return self.child_node[at]
        return -1


cdef inline bint _is_alnum(Py_UCS4 ch) noexcept:
    """`str.isalnum()` of one character."""
    if ch < 128:
        return (48 <= ch <= 57) or (65 <= ch <= 90) or (97 <= ch <= 122)
    return Py_UNICODE_ISALNUM(ch)


cdef inline int _end_mark(Py_UCS4 ch) noexcept:
    """Which of . ? ! … `ch` is (0-3), or -1."""
    if ch == 46:
        return 0
    if ch == 63:
        return 1
    if ch == 33:
        return 2
    if ch == 0x2026:
        return 3
    return -1


cdef inline bint _is_closer(Py_UCS4 ch) noexcept:
    return ch == 34 or ch == 39 or ch == 0x201d or ch == 0x2019 or ch == 0xbb or ch == 41 or ch == 93  # "'”’»)]


cdef inline bint _glued(int kind, void *data, Py_ssize_t i, Py_ssize_t n) noexcept:
    """text._GLUED_END at the mark at i: two ASCII letters before it, the last lower case; an upper-case then a
    lower-case ASCII letter after it."""
    cdef Py_UCS4 before, last, first, second
    if i < 2 or i + 2 >= n:
        return False
    before, last = PyUnicode_READ(kind, data, i - 2), PyUnicode_READ(kind, data, i - 1)
    first, second = PyUnicode_READ(kind, data, i + 1), PyUnicode_READ(kind, data, i + 2)
    return (97 <= last <= 122 and (97 <= before <= 122 or 65 <= before <= 90)
            and 65 <= first <= 90 and 97 <= second <= 122)


def sentence_ends(str text not None):
    """(mark, closers_end, end) of each match of text._SENTENCE_ENDS's patterns (each mark's `finditer`, merged by
    start): a mark . ? ! or …, more of them, closing quotes or brackets (`closers_end` is where they stop), then
    whitespace not followed by a lower-case ASCII letter (`end` is after the whitespace); and (mark, mark + 1,
    mark + 1) of a full stop or question mark that text._GLUED_END finds ("said.The")."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text), i, at, closers_end
    cdef Py_ssize_t resume[4]
    cdef int kind = PyUnicode_KIND(text), mark
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_UCS4 ch
    cdef list found = []
    resume[0] = resume[1] = resume[2] = resume[3] = 0
    for i in range(n):
        mark = _end_mark(PyUnicode_READ(kind, data, i))
        if mark < 0 or i < resume[mark]:
            continue                                  # not a mark, or inside this mark's last match
        at = i + 1
        while at < n and _end_mark(PyUnicode_READ(kind, data, at)) >= 0:
            at += 1                                   # [.!?…]* (only all of them can be followed by whitespace)
        while at < n and _is_closer(PyUnicode_READ(kind, data, at)):
            at += 1
        closers_end = at
        while at < n and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, at)):
            at += 1                                   # \s++
        if at == closers_end:
            if at == i + 1 and mark <= 1 and _glued(kind, data, i, n):
                found.append((i, at, at))             # text._GLUED_END: "said.The"
            continue
        if at < n:
            ch = PyUnicode_READ(kind, data, at)
            if 97 <= ch <= 122:                       # (?![a-z])
                continue
        found.append((i, closers_end, at))
        resume[mark] = at
    return found


def paragraphs(str text not None, titles):
    """`framing.text._paragraphs(text)`: blocks of lines holding a non-space character (text._BLOCK), each line ending
    its paragraph unless `_breaks_after` says the text runs on (the next line starts in lower case, or this one ends
    with a comma, a hyphen or a title abbreviation from `titles`); (start, end) without the lines' outer spaces."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    if kind == 1:
        return _paragraphs(<const Py_UCS1 *>data, text, titles)
    if kind == 2:
        return _paragraphs(<const Py_UCS2 *>data, text, titles)
    return _paragraphs(<const Py_UCS4 *>data, text, titles)


cdef list _paragraphs(const unit *chars, str text, titles):
    """`paragraphs` over one kind of code units (the loop compiled once for each)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text), at = 0, first = 0, last = 0, next_first, next_last
    cdef Py_ssize_t para_start = -1
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef list found = []
    cdef bint has_line = False, has_next
    while at <= n:                                    # each line: its first non-space character and the end of its last
        next_first, next_last, at = _line_bounds(chars, at, n)
        has_next = next_first >= 0
        if has_line:                                  # the line before: does the paragraph end after it?
            if not has_next or _breaks_after(text, kind, data, first, last, next_first, titles):
                if last > para_start:
                    found.append((para_start, last))
                para_start = -1
        has_line = has_next                           # a blank line ends the block
        if has_next:
            first, last = next_first, next_last
            if para_start < 0:
                para_start = first
    if has_line and last > para_start:               # the text's last line, with no line break after it
        found.append((para_start, last))
    return found


cdef inline (Py_ssize_t, Py_ssize_t, Py_ssize_t) _line_bounds(const unit *chars, Py_ssize_t at, Py_ssize_t n) noexcept:
    """(first non-space, after the last non-space, start of the next line) of the line starting at `at`; the first
    two are -1 for a blank line. The next line starts past the end of the text after the last line."""
    cdef Py_ssize_t end = at, first = at, last
    while end < n and chars[end] != 10:
        end += 1
    while first < end and Py_UNICODE_ISSPACE(chars[first]):
        first += 1
    if first == end:
        return -1, -1, end + 1
    last = end
    while Py_UNICODE_ISSPACE(chars[last - 1]):
        last -= 1
    return first, last, end + 1


cdef bint _breaks_after(str text, int kind, void *data, Py_ssize_t first, Py_ssize_t last, Py_ssize_t following,
                        titles) except -1:
    """text._breaks_after(text[first:last], the next line from `following`): does a single line break after this
    line start a new paragraph?"""
    cdef Py_UCS4 end = PyUnicode_READ(kind, data, last - 1)
    cdef Py_ssize_t word_end, word_start
    if Py_UNICODE_ISLOWER(PyUnicode_READ(kind, data, following)):
        return False
    if end == 44 or end == 45 or end == 0x2010 or end == 0x2011 or end == 0x2013:    # text._RUN_ON_END: , - ‐ ‑ –
        return False
    if end == 46 and last - first > 1:                # the word before the full stop: is it a title?
        word_end = last - 1
        while word_end > first and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, word_end - 1)):
            word_end -= 1
        word_start = word_end
        while word_start > first and not Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, word_start - 1)):
            word_start -= 1
        while word_start < word_end and _opens_word(PyUnicode_READ(kind, data, word_start)):
            word_start += 1                           # lstrip(_WORD_OPEN_PUNCT)
        return text[word_start:word_end] not in titles
    return True


def sentences(str text not None, list paragraphs not None, abbreviations, dotted, next_word):
    """`framing.text._sentences(text, paragraphs, abbreviations)` before long sentences are cut: the paragraphs split
    at the ends `sentence_ends` finds, with `_period_ends_sentence` deciding at a lone full stop (`dotted` and
    `next_word` are text._DOTTED.fullmatch and text._NEXT_WORD.match); also the length of the longest sentence."""
    cdef list candidates = sentence_ends(text), found = []
    cdef Py_ssize_t count = len(candidates), index = 0, start, end, sentence_start, previous_end, punct, closers_end
    cdef Py_ssize_t next_start, longest = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef tuple candidate
    for start, end in paragraphs:
        sentence_start = previous_end = start
        while index < count:
            candidate = <tuple>candidates[index]
            punct, closers_end = <Py_ssize_t>candidate[0], <Py_ssize_t>candidate[1]
            next_start = <Py_ssize_t>candidate[2]
            if punct >= end:
                break
            index += 1
            if punct < previous_end or next_start >= end:
                continue                              # before this paragraph, inside an earlier cluster, or at its end
            previous_end = next_start
            if Py_UNICODE_ISLOWER(PyUnicode_READ(kind, data, next_start)):
                continue
            if closers_end == punct + 1 and PyUnicode_READ(kind, data, punct) == 46 and not _period_ends_sentence(
                    text, kind, data, sentence_start, punct, next_start, abbreviations, dotted, next_word):
                continue
            found.append((sentence_start, closers_end))
            longest = max(longest, closers_end - sentence_start)
            sentence_start = next_start
        found.append((sentence_start, end))
        longest = max(longest, end - sentence_start)
    return found, longest


cdef bint _period_ends_sentence(str text, int kind, void *data, Py_ssize_t sentence_start, Py_ssize_t dot,
                                Py_ssize_t following, abbreviations, dotted, next_word) except -1:
    """`framing.text._period_ends_sentence` for the full stop at `dot`, `following` being where the next sentence
    would start."""
    cdef Py_ssize_t low = max(sentence_start, dot - 12), at = dot, word_start, i
    cdef Py_UCS4 ch
    while at > low:                                   # the last space or line break in text[low:dot]
        ch = PyUnicode_READ(kind, data, at - 1)
        if ch == 32 or ch == 10:
            break
        at -= 1
    if at == low and low > sentence_start:
        return True                                   # a word longer than any abbreviation
    word_start = at
    while word_start < dot and _opens_word(PyUnicode_READ(kind, data, word_start)):
        word_start += 1                               # lstrip(_WORD_OPEN_PUNCT)
    if word_start == dot:
        return True
    if at == low and dot - word_start <= 3:           # a list number: "1. The first point"
        for i in range(word_start, dot):
            if not Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, i)):
                break
        else:
            return False
    word = text[word_start:dot]
    if word in abbreviations.titles:
        return False
    if dot - word_start == 1:
        return not Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, word_start))   # an initial: "J. K. Rowling"
    if Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, following)) and word in abbreviations.before_number:
        return False
    if word in abbreviations.abbreviations or ("." in word and dotted(word) is not None):
        match = next_word(text, dot + 1)
        return match is not None and match.group(1) in abbreviations.sentence_starters
    return True


cdef inline bint _opens_word(Py_UCS4 ch) noexcept:
    """ch in text._WORD_OPEN_PUNCT: " ' “ ‘ « ( [ {"""
    return ch == 34 or ch == 39 or ch == 0x201c or ch == 0x2018 or ch == 0xab or ch == 40 or ch == 91 or ch == 123


def paired_quotes(str text not None, list paragraphs not None, list marks not None, quote):
    """`framing.text._find_quotes` before it drops empty unclosed quotes and sorts: the quotation marks at `marks`
    (`quote_marks`) paired paragraph by paragraph as `_pair_paragraph` pairs them, a quote left open continuing into
    the next paragraph when that one opens with a mark; each made by `quote` (text.Quote) from its fields."""
    cdef Py_ssize_t n_marks = len(marks), n_paragraphs = len(paragraphs), m, first, stop, index, para, para_start
    cdef Py_ssize_t open_double = -1, open_paragraph = -1
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef list quotes = []
    cdef Py_ssize_t *at = <Py_ssize_t *>PyMem_Malloc(max(n_marks, 1) * sizeof(Py_ssize_t))
    cdef Py_ssize_t *starts = <Py_ssize_t *>PyMem_Malloc(max(n_paragraphs, 1) * sizeof(Py_ssize_t))
    cdef Py_ssize_t *ends = <Py_ssize_t *>PyMem_Malloc(max(n_paragraphs, 1) * sizeof(Py_ssize_t))
    if at == NULL or starts == NULL or ends == NULL:
        PyMem_Free(at)
        PyMem_Free(starts)
        PyMem_Free(ends)
        raise MemoryError()
    try:
        for m in range(n_marks):
            at[m] = marks[m]
        for para in range(n_paragraphs):
            starts[para], ends[para] = paragraphs[para]
        m = 0
        para = 0
        while m < n_marks:
            while para + 1 < n_paragraphs and starts[para + 1] <= at[m]:
                para += 1                             # the last paragraph starting at or before the mark
            if n_paragraphs == 0 or starts[para] > at[m] or at[m] >= ends[para]:
                m += 1                                # before every paragraph, or between two
                continue
            index = para
            first = m
            while m < n_marks and at[m] < ends[index]:
                m += 1                                # the marks of this paragraph: at[first:m]
            stop = m
            if open_double >= 0:
                para_start = starts[index]
                if index == open_paragraph + 1 and at[first] == para_start and (
                        _opens_double(PyUnicode_READ(kind, data, para_start)) or _two_apostrophes(kind, data, text,
                                                                                                  para_start)):
                    first += _mark_width(kind, data, text, para_start)   # it continues
                else:
                    quotes.append(_unclosed(quote, open_double, ends[open_paragraph],
                                            _mark_width(kind, data, text, open_double)))
                    open_double = -1
            open_double = _pair_paragraph(text, kind, data, at, first, stop, open_double, quotes, quote)
            open_paragraph = index
        if open_double >= 0:
            quotes.append(_unclosed(quote, open_double, ends[open_paragraph],
                                    _mark_width(kind, data, text, open_double)))
    finally:
        PyMem_Free(at)
        PyMem_Free(starts)
        PyMem_Free(ends)
    return quotes


cdef object _unclosed(quote, Py_ssize_t open_pos, Py_ssize_t end, Py_ssize_t width):
    """text._unclosed: a quote never closed, ending with its (last) paragraph."""
    return quote(open_pos, end, open_pos + width, end, False)


cdef Py_ssize_t _pair_paragraph(str text, int kind, void *data, Py_ssize_t *at, Py_ssize_t first, Py_ssize_t stop,
                                Py_ssize_t open_double, list quotes, quote) except -2:
    """text._pair_paragraph over the marks at[first:stop] (-1 for None): the position of a double quote still open
    at the paragraph's end, or -1."""
    cdef Py_ssize_t open_single = -1, open_nested = -1, last = PyUnicode_GET_LENGTH(text) - 1, skip = -1
    cdef Py_ssize_t number, pos, width, end, later
    cdef Py_UCS4 mark, before, after
    cdef bint nested
    for number in range(first, stop):
        pos = at[number]
        if pos == skip:
            continue                                  # the second apostrophe of a '' mark
        mark = PyUnicode_READ(kind, data, pos)
        if mark == 39 and pos < last and PyUnicode_READ(kind, data, pos + 1) == 39:   # '' typed for a double mark
            skip = pos + 1
            if open_double >= 0:                      # closing
                width = _mark_width(kind, data, text, open_double)
                quotes.append(quote(open_double, pos + 2, open_double + width, pos, True))
                if open_single >= 0 and open_single > open_double:
                    open_single = -1
                open_double = open_nested = -1
            else:
                open_double = pos
                open_single = -1
            continue
        before = PyUnicode_READ(kind, data, pos - 1) if pos else 32
        after = PyUnicode_READ(kind, data, pos + 1) if pos < last else 32
        if mark == 39 or mark == 0x2018 or mark == 0x2019:                   # ' ‘ ’
            if Py_UNICODE_ISALNUM(before) and Py_UNICODE_ISALNUM(after):
                continue                              # an apostrophe inside a word: Kerry’s, don't
            if open_single >= 0:
                if mark != 0x2018 and not Py_UNICODE_ISSPACE(before) and not Py_UNICODE_ISALNUM(after):
                    quotes.append(quote(open_single, pos + 1, open_single + 1, pos, True, 0 if open_double < 0 else 1,
                                        "'"))
                    open_single = -1
            elif mark != 0x2019 and (Py_UNICODE_ISSPACE(before) or _is_opener(before)) and not Py_UNICODE_ISSPACE(after):
                open_single = pos
            continue
        if open_double < 0:
            if mark == 0x201d or mark == 0xbb:        # ” »
                if not Py_UNICODE_ISSPACE(before) and not Py_UNICODE_ISALNUM(after):
                    continue                          # a stray closing mark: nothing to close
            open_double = pos
            open_single = -1
            continue
        if open_nested >= 0 and (mark == 0x201d or mark == 0xbb):
            quotes.append(quote(open_nested, pos + 1, open_nested + 1, pos, True, 1, '"'))
            open_nested = open_single = -1
            continue
        if mark == 0x201c or mark == 0xab:            # “ «
            if (Py_UNICODE_ISSPACE(before) or _is_opener(before)) and not Py_UNICODE_ISSPACE(after):
                nested = False
                if PyUnicode_READ(kind, data, open_double) == 34:
                    for later in range(number + 1, stop):
                        if PyUnicode_READ(kind, data, at[later]) == 34:
                            nested = True
                            break
                if nested:
                    open_nested = pos                 # a curly quote inside a straight-quoted passage
                    open_single = -1
                    continue
                # a second opening mark: the first quote was never closed
                end = pos
                width = _mark_width(kind, data, text, open_double)
                while end > open_double + width and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end - 1)):
                    end -= 1
                quotes.append(quote(open_double, end, open_double + width, end, False))
                open_double = pos
                open_single = open_nested = -1
                continue
        quotes.append(quote(open_double, pos + 1, open_double + _mark_width(kind, data, text, open_double), pos, True))
        if open_single >= 0 and open_single > open_double:
            open_single = -1
        open_double = open_nested = -1
    return open_double


cdef inline Py_ssize_t _mark_width(int kind, void *data, str text, Py_ssize_t pos) noexcept:
    """text._mark_width: 2 for a double quotation mark typed as two apostrophes, else 1."""
    return 2 if _two_apostrophes(kind, data, text, pos) else 1


cdef inline bint _two_apostrophes(int kind, void *data, str text, Py_ssize_t pos) noexcept:
    """text.startswith("''", pos)."""
    return pos + 1 < PyUnicode_GET_LENGTH(text) and PyUnicode_READ(kind, data, pos) == 39 and \
        PyUnicode_READ(kind, data, pos + 1) == 39


cdef inline bint _opens_double(Py_UCS4 ch) noexcept:
    return ch == 34 or ch == 0x201c or ch == 0xab     # " “ «


cdef inline bint _is_opener(Py_UCS4 ch) noexcept:
    """ch in text._OPENERS: " “ « ' ‘ ( [ { — – - space, line break, tab."""
    return ch == 34 or ch == 0x201c or ch == 0xab or ch == 39 or ch == 0x2018 or ch == 40 or ch == 91 or ch == 123 \
        or ch == 0x2014 or ch == 0x2013 or ch == 45 or ch == 32 or ch == 10 or ch == 9


def quote_marks(str text not None):
    """Positions of the quotation marks text._QUOTE_MARKS's patterns find, in order: every " “ ” « », and every ' ‘ ’
    but one between two alphanumeric characters (an apostrophe: Kerry’s, don't)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef list found = []
    if kind == 1:
        _quote_marks(<const Py_UCS1 *>data, n, found)
    elif kind == 2:
        _quote_marks(<const Py_UCS2 *>data, n, found)
    else:
        _quote_marks(<const Py_UCS4 *>data, n, found)
    return found


cdef int _quote_marks(const unit *chars, Py_ssize_t n, list found) except -1:
    """`quote_marks` over one kind of code units, into `found`."""
    cdef Py_ssize_t i
    cdef Py_UCS4 ch
    for i in range(n):
        ch = chars[i]
        if ch < 0x2018:
            if ch == 34 or ch == 0xab or ch == 0xbb:          # " « »
                found.append(i)
                continue
            if ch != 39:
                continue
        elif ch > 0x201d:
            continue
        elif ch == 0x201c or ch == 0x201d:                    # “ ”
            found.append(i)
            continue
        elif ch != 0x2018 and ch != 0x2019:
            continue
        if 0 < i < n - 1 and _is_alnum(chars[i - 1]) and _is_alnum(chars[i + 1]):   # ' ‘ ’ inside a word
            continue
        found.append(i)
    return 0


cdef inline bint _ends_phrase(str low, int kind, void *data, str phrase, Py_ssize_t lo, Py_ssize_t hi) except -1:
    """`text.endswith(phrase) and (len(text) == len(phrase) or not text[-len(phrase) - 1].isalnum())` for text =
    low[lo:hi]."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(phrase)
    if not PyUnicode_Tailmatch(low, phrase, lo, hi, 1):
        return False
    return hi - lo == n or not _is_alnum(PyUnicode_READ(kind, data, hi - n - 1))


cdef bint _context_blocked(str low, int kind, void *data, Py_ssize_t start, Py_ssize_t end, tuple before,
                           tuple after) except -1:
    """`framing.lexicon._context_blocked(low, start, end, entry)` for an entry's `not_preceded_by` (`before`) and
    `not_followed_by` (`after`): a listed word or phrase right before or after low[start:end]."""
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(low), lo, hi, dots, n
    cdef Py_UCS4 ch
    cdef str phrase
    if before and start > 0:
        lo = start - 80 if start > 80 else 0
        ch = PyUnicode_READ(kind, data, start - 1)
        if ch == 45:                                  # "-": the head without it
            hi = start - 1
        elif ch == 32:                                # spaces: the head without them
            hi = start - 1
            while hi > lo and PyUnicode_READ(kind, data, hi - 1) == 32:
                hi -= 1
        else:
            hi = lo                                   # anything else: the empty head
        dots = hi
        while dots > lo and PyUnicode_READ(kind, data, dots - 1) == 46:
            dots -= 1                                 # the head without its final dots
        for phrase in before:
            if _ends_phrase(low, kind, data, phrase, lo, hi) or _ends_phrase(low, kind, data, phrase, lo, dots):
                return True
    if after and end < size and PyUnicode_READ(kind, data, end) == 32:
        hi = end + 80 if end + 80 < size else size
        lo = end
        while lo < hi and PyUnicode_READ(kind, data, lo) == 32:
            lo += 1
        for phrase in after:
            n = PyUnicode_GET_LENGTH(phrase)
            if PyUnicode_Tailmatch(low, phrase, lo, hi, -1) and (
                    hi - lo == n or not _is_alnum(PyUnicode_READ(kind, data, lo + n))):
                return True
    return False


def hit_candidates(list hits not None, str low not None, str text not None, tuple contexts not None, plain_marks,
                   word_tail):
    """The loop over hits of `framing.lexicon.Matcher._find`: of an automaton's `hits` (end, (length, candidates)) in
    `low`, the matching form of `text`, the whole words their context does not cancel, as (start, -end, priority,
    loose, entry index) in the order found (the matcher then takes the leftmost longest). `contexts[i]` is None, or
    entry i's (not_preceded_by, not_followed_by); a glob's end is `word_tail.match(low, end).end()`; a
    case-sensitive form's `plain_marks(text[start:end])` must be among its exact forms."""
    cdef Py_ssize_t size = PyUnicode_GET_LENGTH(low), last, start, end, stop, index
    cdef int kind = PyUnicode_KIND(low)
    cdef void *data = PyUnicode_DATA(low)
    cdef tuple hit, value, candidate, context
    cdef list found = []
    for hit in hits:
        last = hit[0]
        value = <tuple>hit[1]
        start = last - <Py_ssize_t>value[0] + 1
        if start > 0 and _is_alnum(PyUnicode_READ(kind, data, start - 1)):
            continue
        end = last + 1
        for candidate in <tuple>value[1]:
            index = candidate[0]
            glob, exact, prio = candidate[1], candidate[2], candidate[3]
            if glob:
                stop = word_tail.match(low, end).end()
            elif end < size and _is_alnum(PyUnicode_READ(kind, data, end)):
                continue
            else:
                stop = end
            if exact is not None and plain_marks(text[start:end]) not in exact:
                continue
            context = <tuple>contexts[index]
            if context is not None and _context_blocked(low, kind, data, start, stop, <tuple>context[0],
                                                        <tuple>context[1]):
                continue
            found.append((start, -stop, prio, exact is None, index))
    return found
