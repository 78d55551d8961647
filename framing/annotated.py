"""An article together with its spans: shows itself highlighted in notebooks and terminals."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .document import Document
from .spans import Span


@dataclass(frozen=True)
class AnnotatedDocument:
    """A document and the spans found in it.

    >>> result.annotated("000_89466effa35fe06b.txt")   # in a notebook: the highlighted article
    """

    document: Document
    spans: Sequence[Span]

    def _repr_html_(self) -> str:
        from .render.html import annotated_document_html

        return annotated_document_html(self.document, self.spans)

    def __rich__(self):
        from .render.annotated import annotated_text

        return annotated_text(self.document, self.spans)

    def __str__(self) -> str:
        from .render.annotated import render_annotated

        return render_annotated(self.document, self.spans)
