"""A printable media-literacy worksheet (Markdown or HTML) from two or more scored articles.

>>> cmp = Comparison.from_corpus("seeds/")
>>> text = lesson_worksheet(cmp, fmt="markdown")
"""
from __future__ import annotations

import html as _html
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

REWRITE_FAMILIES = ("loaded",)


@dataclass(frozen=True)
class Exercise:
    """One rewrite exercise: a sentence, the loaded words in it, and hints for neutral alternatives."""

    outlet: str
    sentence: str
    terms: list[str]
    hints: list[str]
    voice: str


def rewrite_exercises(documents: Sequence, spans: Sequence, *, limit: int = 6, voice: str | None = "narrator") -> list[Exercise]:
    """Sentences with loaded terms (in the narrator's voice by default), alternating between articles."""
    per_doc: list[list[Exercise]] = []
    for doc in documents:
        seg = doc.segments
        by_sentence: dict[int, list] = {}
        for span in spans:
            if span.doc_id != doc.id or span.family not in REWRITE_FAMILIES:
                continue
            if voice and span.voice != voice:
                continue
            by_sentence.setdefault(seg.sentence_at(span.start), []).append(span)
        items = []
        for index in sorted(by_sentence, key=lambda i: (-sum(1 for s in by_sentence[i] if s.alternative), i)):
            start, end = seg.sentences[index]
            found = sorted(by_sentence[index], key=lambda s: s.start)
            terms = list(dict.fromkeys(s.text for s in found))
            hints = list(dict.fromkeys(f"{s.text} → {s.alternative}" for s in found if s.alternative))
            items.append(Exercise(doc.outlet or doc.id, " ".join(doc.text[start:end].split()), terms, hints, voice or "any"))
        per_doc.append(items)
    out: list[Exercise] = []
    while len(out) < limit and any(per_doc):
        for items in per_doc:
            if items and len(out) < limit:
                out.append(items.pop(0))
    return out


def highlights(documents: Sequence, spans: Sequence) -> list[dict]:
    """Per article: its highlighted words by family/category and voice (the 'reveal' step)."""
    from .html import _highlighted

    out = []
    for doc in documents:
        rows: dict[tuple[str, str, str], list[str]] = {}
        for span in spans:
            if span.doc_id == doc.id and _highlighted(span):
                key = (span.family, span.category.replace("_", " "), span.voice)
                words = rows.setdefault(key, [])
                if span.text not in words:
                    words.append(span.text)
        out.append({"outlet": doc.outlet or doc.id, "title": doc.title,
                    "rows": [{"family": f, "category": c, "voice": v, "words": w} for (f, c, v), w in sorted(rows.items())]})
    return out


def lesson_worksheet(comparison, *, fmt: str = "markdown", exercises: int = 6, title: str = "Same event, different words") -> str:
    """The printable worksheet for a Comparison: read and guess, reveal, rewrite, discuss."""
    if fmt not in ("markdown", "html"):
        raise ValueError(f"fmt must be 'markdown' or 'html', not {fmt!r}")
    context = {
        "title": title,
        "articles": [{"outlet": d.outlet or d.id, "title": d.title, "date": d.date,
                      "paragraphs": [" ".join(d.text[a:b].split()) for a, b in d.segments.paragraphs]}
                     for d in comparison.documents],
        "highlights": highlights(comparison.documents, comparison.spans),
        "exercises": rewrite_exercises(comparison.documents, comparison.spans, limit=exercises),
    }
    if fmt == "html":
        from .html import render_template

        return render_template("worksheet.html.j2", **context)
    return _markdown_env().get_template("worksheet.md.j2").render(**context)


@lru_cache(maxsize=1)
def _markdown_env():
    """A jinja environment for Markdown: values pass through the `md` filter (no raw HTML gets through)."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("framing.render", "templates"), autoescape=False,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True, finalize=_md)
    return env


def _md(value) -> str:
    """Escape text for Markdown: HTML characters and the line-start/emphasis markers."""
    text = _html.escape(str(value), quote=False)
    for char in ("\\", "*", "_", "`", "[", "]", "|"):
        text = text.replace(char, "\\" + char)
    return text
