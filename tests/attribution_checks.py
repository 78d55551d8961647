"""Shared by the attribution tests: extraction with every part's offsets checked against the text, a helper's
pure-Python and compiled versions side by side, and a speaker's fields checked in both."""
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


def assert_speaker(text: str, source: str, cue: str | None, expected: tuple,
                   fields: tuple = ("speaker", "speaker_group", "country")) -> None:
    """The first attribution with this source (and cue, where given) has the `expected` values of `fields`, pure and
    compiled."""
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = [tuple(getattr(a, field) for field in fields) for a in extract(Document("d", text))
                 if a.source is not None and a.source.text == source and cue in (None, a.cue.text)]
        assert found[:1] == [expected], (source, cue)
