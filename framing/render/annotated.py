"""An article with its spans highlighted: rich text for terminals, bracket marks for plain text."""
from __future__ import annotations

FAMILY_STYLES = {
    "loaded": "bold red",
    "hedging": "bold blue",
    "attribution": "green",
    "actors": "magenta",
    "classifier": "underline",
    "tone": "",
}


def _outer_spans(spans):
    """Non-overlapping spans to highlight: earliest first, longest wins, attribution content skipped."""
    chosen, last_end = [], -1
    candidates = [s for s in spans if not (s.family == "attribution" and s.category == "content")
                  and s.family not in ("classifier", "tone")]
    for span in sorted(candidates, key=lambda s: (s.start, -(s.end - s.start))):
        if span.start >= last_end:
            chosen.append(span)
            last_end = span.end
    return chosen


def annotated_text(doc, spans):
    """A rich Text of the document: spans styled by family, quoted voice in italics."""
    from rich.text import Text

    text = Text(doc.text)
    for quote in doc.segments.quotes:
        text.stylize("italic", quote.start, quote.end)
    for span in _outer_spans(spans):
        text.stylize(FAMILY_STYLES.get(span.family, "bold"), span.start, span.end)
    return text


def render_annotated(doc, spans) -> str:
    """Plain text with spans marked as [words]{family:category}."""
    out, pos = [], 0
    for span in _outer_spans(spans):
        out.append(doc.text[pos:span.start])
        out.append(f"[{doc.text[span.start:span.end]}]{{{span.family}:{span.category}}}")
        pos = span.end
    out.append(doc.text[pos:])
    header = f"== {doc.id} — {doc.outlet} — {doc.title}".rstrip(" —")
    return header + "\n" + "".join(out)


def legend() -> str:
    """One line naming the highlight style of each family."""
    return "  ".join(f"{family}: {style or 'plain'}" for family, style in FAMILY_STYLES.items())
