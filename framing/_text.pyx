# cython: language_level=3, boundscheck=False, wraparound=False
"""Text loops in C for `framing.text` (its regexes run where this module is not built)."""

from cpython.unicode cimport PyUnicode_DATA, PyUnicode_GET_LENGTH, PyUnicode_KIND, PyUnicode_READ


cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)


def count_words(str text not None, Py_ssize_t start, Py_ssize_t end):
    """`len(text._WORD.findall(text, start, end))`: runs of \\w joined by one of - ' ’ . , between word characters."""
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text), at, words = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_UCS4 ch
    start, end = max(start, 0), min(end, length)     # as `re` clips pos and endpos
    at = start
    while at < end:
        if not _is_word(PyUnicode_READ(kind, data, at)):
            at += 1
            continue
        words += 1
        at += 1
        while at < end:                               # the rest of the word, and joined parts
            ch = PyUnicode_READ(kind, data, at)
            if _is_word(ch):
                at += 1
            elif _is_joiner(ch) and at + 1 < end and _is_word(PyUnicode_READ(kind, data, at + 1)):
                at += 2
            else:
                break
    return words


cdef inline bint _is_joiner(Py_UCS4 ch) noexcept:
    return ch == 45 or ch == 39 or ch == 0x2019 or ch == 46 or ch == 44     # - ' ’ . ,


cdef inline bint _is_word(Py_UCS4 ch) noexcept:
    """\\w of Python's `re` on str: "_" or alphanumeric."""
    if ch < 128:
        return (48 <= ch <= 57) or (65 <= ch <= 90) or (97 <= ch <= 122) or ch == 95
    return Py_UNICODE_ISALNUM(ch)
