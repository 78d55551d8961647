"""LexiconScorer: turns lexicon matches in a document into Spans (loaded terms, hedges, ...)."""
from __future__ import annotations

from pathlib import Path

from ..lexicon import Lexicon, load_lexicon
from ..spans import Span


class LexiconScorer:
    """Find every entry of a lexicon in a document, as Spans with category, voice and explanation.

    >>> scorer = LexiconScorer(load_lexicon("loaded_terms"))
    >>> [span.text for span in scorer.find(doc)]
    """

    def __init__(self, lexicon: Lexicon | str | Path, *, name: str | None = None):
        self.lexicon = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
        self.name = name or self.lexicon.name
        self.family = self.lexicon.family

    def find(self, doc) -> list[Span]:
        """Spans for every (non-overlapping, longest) lexicon match in `doc.text`."""
        text, doc_id, name, family = doc.text, doc.id, self.name, self.family
        categories = self.lexicon.categories
        voice_at = doc.segments.voice_at
        spans = []
        for match in self.lexicon.matcher().find(text):
            entry, start, end = match.entry, match.start, match.end
            # fields by position (`Span`'s order): half the cost of keywords
            spans.append(Span(doc_id, start, end, text[start:end], name, family, entry.category, voice_at(start, end),
                              None, entry.term, entry.weight, categories[entry.category].explanation,
                              entry.alternative, {**entry.attrs, "source": entry.source}))
        return spans

    def explanations(self) -> dict[tuple[str, str], str]:
        """(family, category) -> the category's one-line explanation, for scorecard glossaries."""
        return {(self.family, name): c.explanation for name, c in self.lexicon.categories.items()}

    def __repr__(self) -> str:
        return f"LexiconScorer({self.lexicon.name!r}, name={self.name!r}, version={self.lexicon.version!r})"
