# cython: language_level=3
"""The binary search the hand-written Cython modules share (cimported; it has no module of its own)."""

from libc.stdint cimport uint32_t, uint64_t

ctypedef fused sorted_value:
    uint32_t
    uint64_t


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
