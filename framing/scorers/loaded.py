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
        text = doc.text
        categories = self.lexicon.categories
        spans = []
        for match in self.lexicon.matcher().find(text):
            entry = match.entry
            spans.append(Span(
                doc_id=doc.id, start=match.start, end=match.end, text=text[match.start:match.end],
                scorer=self.name, family=self.family, category=entry.category,
                voice=doc.voice_at(match.start, match.end), term=entry.term, weight=entry.weight,
                explanation=categories[entry.category].explanation, alternative=entry.alternative,
                attrs={**entry.attrs, "source": entry.source},
            ))
        return spans

    def explanations(self) -> dict[tuple[str, str], str]:
        """(family, category) -> the category's one-line explanation, for scorecard glossaries."""
        return {(self.family, name): c.explanation for name, c in self.lexicon.categories.items()}

    def __repr__(self) -> str:
        return f"LexiconScorer({self.lexicon.name!r}, name={self.name!r}, version={self.lexicon.version!r})"
