"""Keyword in context: every occurrence of a term in a corpus, with voice and context."""
from __future__ import annotations

import re
from typing import Iterable, Iterator


def term_pattern(term: str) -> re.Pattern:
    """Whole-word, case-insensitive pattern; spaces and hyphens in `term` match either; `*` is a glob."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", term.strip()) if p]
    if not parts:
        raise ValueError("empty search term")
    body = r"[\s\-]?".join(parts).replace(r"\*", r"\w*")
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def find_in_context(items: Iterable, term: str, *, width: int = 50) -> Iterator[dict]:
    """Yield one record per match: doc_id, outlet, offsets, left, match, right, voice."""
    from .io import Skipped

    pattern = term_pattern(term)
    for doc in items:
        if isinstance(doc, Skipped):
            continue
        for m in pattern.finditer(doc.text):
            yield {
                "doc_id": doc.id, "outlet": doc.outlet, "start": m.start(), "end": m.end(),
                "left": doc.text[max(0, m.start() - width):m.start()].replace("\n", " "),
                "match": m.group(0),
                "right": doc.text[m.end():m.end() + width].replace("\n", " "),
                "voice": doc.voice_at(m.start(), m.end()),
            }
