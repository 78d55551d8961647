# cython: language_level=3
"""Small inline helpers the hand-written Cython modules share (cimported; this file has no module of its own)."""

from libc.stdint cimport uint32_t, uint64_t

cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    ctypedef unsigned char Py_UCS1
    ctypedef unsigned short Py_UCS2

cdef extern from *:
    """
    #ifndef FRAMING_SOURCE_SHA256
    #define FRAMING_SOURCE_SHA256 ""
    #endif
    """
    # the SHA-256 of the module's .pyx (and of this file) that setup.py defines as a C macro for each hand-written
    # module, which keeps it as SOURCE_SHA256 (framing.attribution.implementation); "" when built otherwise
    const char *BUILD_STAMP "FRAMING_SOURCE_SHA256"

ctypedef fused unit:                                   # the code units of a str: one, two or four bytes a character
    Py_UCS1
    Py_UCS2
    Py_UCS4

ctypedef fused sorted_value:
    uint32_t
    uint64_t


cdef inline bint is_word(Py_UCS4 ch) noexcept:
    """\\w of Python's `re` on str: "_" or alphanumeric (ASCII answered here from two 64-bit masks, 0-9 in the first,
    A-Z _ a-z in the second; Py_UNICODE_ISALNUM makes up to four calls)."""
    if ch < 128:
        return ((0x3ff000000000000ULL if ch < 64 else 0x7fffffe87fffffeULL) >> (<uint32_t>ch & 63)) & 1
    return Py_UNICODE_ISALNUM(ch)


cdef inline Py_ssize_t within(Py_ssize_t i, Py_ssize_t n) noexcept:
    """i moved into 0..n, as `re` treats a search's pos and endpos."""
    return 0 if i < 0 else (n if i > n else i)


cdef inline Py_ssize_t lower_bound(const sorted_value *values, Py_ssize_t low, Py_ssize_t high,
                                   sorted_value value) noexcept nogil:
    """The first position in values[low:high] whose value is >= `value` (`high` if there is none)."""
    cdef Py_ssize_t middle
    while low < high:
        middle = (low + high) >> 1
        if values[middle] < value:
            low = middle + 1
        else:
            high = middle
    return low


cdef inline uint64_t fnv_start() noexcept nogil:
    """The FNV-1a offset basis a word's hash starts from."""
    return 14695981039346656037ULL


cdef inline uint64_t fnv_step(uint64_t h, uint64_t code) noexcept nogil:
    """The hash `h` with one more code point."""
    return (h ^ code) * 1099511628211ULL


cdef inline uint64_t fnv_mixed(uint64_t h) noexcept nogil:
    """A finished hash: the high bits folded into the low ones, which pick the slot."""
    return h ^ (h >> 29)
