"""Scorers: objects with a `name` and `find(doc) -> list[Span]`."""
from __future__ import annotations

from .loaded import LexiconScorer

__all__ = ["LexiconScorer"]
