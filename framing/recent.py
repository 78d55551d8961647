"""What scorers remember of the last few documents, so that a batch of documents is scored without recomputing.

The engine scores documents in batches (`BATCH_SIZE` documents, or fewer holding `BATCH_CHARS` characters), scorer by
scorer, so each scorer's tables stay in the CPU's caches across the batch. Scorers that share work per document (one
lexicon scan, a document's actor mentions, the classifier's probabilities for `find` and `metrics`) keep it in a
`Recent`, which holds a batch's documents.
"""
from __future__ import annotations

from typing import Any

BATCH_SIZE = 16             # documents the engine scores scorer by scorer
BATCH_CHARS = 1_000_000     # a batch ends early once its texts hold this many characters (huge documents)


class Recent:
    """Values computed from the last `size` objects, found again by the very same object (identity, not equality);
    the oldest is forgotten first, also while the string keys together exceed `chars` characters (the newest is
    always kept). A value is never None (None means: not remembered)."""

    __slots__ = ("size", "chars", "_items", "_held")

    def __init__(self, size: int = BATCH_SIZE, chars: int = 2 * BATCH_CHARS):
        self.size = size
        self.chars = chars
        self._items: dict[int, tuple[Any, Any]] = {}    # id(key) -> (key, value); holding the key keeps its id unique
        self._held = 0                                  # characters of the keys held (threads may blur it: see put)

    def get(self, key: Any) -> Any:
        """The value remembered for `key`, or None."""
        item = self._items.get(id(key))
        return item[1] if item is not None and item[0] is key else None

    def put(self, key: Any, value: Any) -> Any:
        """Remember `value` for `key` (forgetting the oldest beyond `size` and `chars`); returns `value`.

        Safe for threads sharing a scorer (a Dask worker's): each step is one dict operation, and an oldest entry
        another thread removed meanwhile is not removed again. Threads may blur the count of characters held (it
        is set right whenever the memory empties); that changes only what is remembered, never a result.
        """
        items = self._items
        ident = id(key)
        again = items.pop(ident, None)                  # met again: moved to the newest end
        if again is not None:
            self._held -= _chars(again[0])
        weight = _chars(key)
        while items and (len(items) >= self.size or self._held + weight > self.chars):
            try:
                gone = items.pop(next(iter(items)), None)
            except (StopIteration, RuntimeError):       # emptied, or changed by another thread while looked at
                break
            if gone is not None:
                self._held -= _chars(gone[0])
        if not items:
            self._held = 0
        items[ident] = (key, value)
        self._held += weight
        return value

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Recent(size={self.size}, chars={self.chars}, holding={len(self._items)})"


def _chars(key: Any) -> int:
    """The characters a key holds (a document's text), 0 for any other object."""
    return len(key) if isinstance(key, str) else 0
