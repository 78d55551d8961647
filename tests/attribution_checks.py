"""Shared by the attribution tests: extraction with every part's offsets checked against the text, and a helper's
pure-Python and compiled versions side by side."""
from __future__ import annotations

from framing.attribution import extract_attributions
from framing.document import Document


def extract_checked(text: str):
    """Attributions of `text`, asserting `doc.text[part.start:part.end] == part.text` for every part."""
    doc = Document("t", text)
    found = extract_attributions(doc)
    for attr in found:
        for part in (attr.source, attr.cue, attr.content):
            if part is not None:
                assert doc.text[part.start:part.end] == part.text
    return found


def pure_and_compiled(module: str, name: str) -> list:
    """`name` of framing.attribution.<module> (extract or speakers), and of its compiled copy where that is built
    from the same source (a stale or missing build gives the pure one alone)."""
    import importlib

    from framing.attribution import implementation

    pure = importlib.import_module(f"framing.attribution.{module}")
    found = [getattr(pure, name)]
    try:
        compiled = importlib.import_module(f"framing.attribution._compiled_{module}")
    except ImportError:
        return found
    if compiled.SOURCE_SHA256 == implementation.source_sha256(pure):
        found.append(getattr(compiled, name))
    return found
