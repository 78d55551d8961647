# cython: language_level=3, boundscheck=False, wraparound=False
"""The compiled extractor's tokenizer: the tokens of _PIECE in extract.py, found by a loop over characters.

`token_offsets(text, start, end)` returns (starts, ends, words) exactly as extract._tokenize derives them from
`_PIECE.findall(text, start, end)`: a token is a word (`\\w+` runs joined by one of -'’.& each) or any other
character that is not whitespace, where \\w and whitespace are the `re` module's Unicode classes
(Py_UNICODE_ISALNUM or "_", and Py_UNICODE_ISSPACE). tests/test_attribution_tokens.py checks the two agree on
arbitrary text.
"""

cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)


cdef inline bint _is_word(Py_UCS4 ch):
    return ch == u"_" or Py_UNICODE_ISALNUM(ch)


cdef inline bint _is_joiner(Py_UCS4 ch):
    return ch == u"-" or ch == u"'" or ch == u"\u2019" or ch == u"." or ch == u"&"


def token_offsets(str text, Py_ssize_t start, Py_ssize_t end):
    """(starts, ends, words) of the tokens of text[start:end]."""
    cdef Py_ssize_t n = len(text)
    cdef Py_ssize_t i, first
    cdef Py_UCS4 ch
    cdef list starts = [], ends = [], words = []
    if end > n:
        end = n
    if start < 0:
        start = 0
    i = start
    while i < end:
        ch = text[i]
        if Py_UNICODE_ISSPACE(ch):
            i += 1
            continue
        first = i
        i += 1
        if _is_word(ch):
            while i < end and _is_word(text[i]):
                i += 1
            while i + 1 < end and _is_joiner(text[i]) and _is_word(text[i + 1]):
                i += 2
                while i < end and _is_word(text[i]):
                    i += 1
        starts.append(first)
        ends.append(i)
        words.append(text[first:i])
    return starts, ends, words
