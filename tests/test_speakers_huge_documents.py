"""Speaker lookups in a document with thousands of names use an index of its capitalised runs: same speakers."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from framing.attribution.resources import load_resources
from framing.document import Document

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "allsides_sample.jsonl"


@pytest.fixture(scope="module")
def huge_document() -> Document:
    """120 sample articles as one single-line document (about 600,000 characters, thousands of names)."""
    with SAMPLE.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"].replace("\n", " ") for line in itertools.islice(fh, 120)]
    return Document("huge", " ".join(texts))


def test_indexed_runs_give_the_same_speakers_as_a_scan(huge_document, monkeypatch):
    from framing.attribution import extract, speakers

    found = {}
    for scanned in (10 ** 9, 0):                      # every lookup scans all runs; every lookup uses the index
        monkeypatch.setattr(speakers, "_RUNS_SCANNED", scanned)
        load_resources().clear_memos()
        doc = Document(huge_document.id, huge_document.text)
        found[scanned] = [(a.speaker, a.speaker_group, a.country) for a in extract.extract_attributions(doc)]
    assert len(found[0]) > 2000
    assert found[0] == found[10 ** 9]
