"""Shared by the attribution tests: extraction with every part's offsets checked against the text."""
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
