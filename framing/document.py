"""The Document: one article with its cleaned, immutable text and metadata."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping


@dataclass(frozen=True)
class Document:
    """One article. `text` is the cleaned text every span's offsets point into; it never changes.

    >>> doc = Document(id="a1", text="Kerry said it.", outlet="VOA")
    >>> doc.segments.sentences
    """

    id: str
    text: str
    outlet: str = ""
    title: str = ""
    date: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""

    @cached_property
    def segments(self):
        """Paragraphs, sentences, tokens and quoted regions of `text` (computed once, lazily)."""
        from .text import segment

        return segment(self.text)

    def voice_at(self, start: int, end: int) -> str:
        """'quoted' if `text[start:end]` lies inside quotation marks, else 'narrator'."""
        return self.segments.voice_at(start, end)

    def _repr_html_(self) -> str:
        from .render.html import annotated_document_html

        return annotated_document_html(self, [])

    @property
    def n_words(self) -> int:
        """Number of word tokens in the document."""
        return self.segments.n_words
