"""Sentences and quotations of a document: `doc.segments` when available, else a small fallback."""
from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Prof|Jr|Sr|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Inc|Corp|Co)|\b[A-Z])\.$")
OPENERS = {'"': '"', "“": "”", "„": "“", "«": "»"}


@dataclass(frozen=True)
class SimpleQuote:
    """A quoted region: `start..end` includes the marks."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    mark: str = '"'


def sentences_and_quotes(doc) -> tuple[list[tuple[int, int]], list]:
    """(sentences, quotes) for `doc`, from `doc.segments` if framing.text is available."""
    try:
        seg = doc.segments
        return list(seg.sentences), list(seg.quotes)
    except (ImportError, AttributeError, NotImplementedError):
        return fallback_sentences(doc.text), fallback_quotes(doc.text)


def fallback_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets by punctuation and line breaks (used only without framing.text)."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0).strip() == "" and "\n" not in match.group(0) and _ABBREV.search(text[max(0, match.start() - 6):match.start()]):
            continue
        end = match.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
        start = match.end()
    end = len(text.rstrip())
    if end > start:
        out.append((start, end))
    return out


def fallback_quotes(text: str) -> list[SimpleQuote]:
    """Pair double quotation marks (straight and curly) across sentences and paragraphs."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS:
            closer = OPENERS[ch]
            j = i + 1
            while j < n:
                cj = text[j]
                if cj == closer or (ch == '"' and cj == '"') or (ch == "“" and cj == '"'):
                    break
                if cj == "\n" and j + 1 < n and text[j + 1] == "\n":
                    k = j
                    while k < n and text[k].isspace():
                        k += 1
                    if k < n and text[k] in OPENERS:
                        j = k + 1
                        continue
                    break
                j += 1
            if j < n and text[j] in (closer, '"'):
                out.append(SimpleQuote(i, j + 1, i + 1, j, True))
                i = j + 1
                continue
        i += 1
    return out
