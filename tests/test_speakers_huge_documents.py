"""Speaker lookups in a document with thousands of names use an index of its capitalised runs: same speakers."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.attribution.resources import load_resources
from framing.document import Document

from attribution_checks import pure_and_compiled

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


_RUN_WORDS = st.lists(st.text(alphabet=st.sampled_from(list("abkrye .'’İ")), min_size=1, max_size=8), max_size=12)


@settings(max_examples=300, deadline=None)
@given(lowered=_RUN_WORDS, piece=st.text(alphabet=st.sampled_from(list("abkrye .")), min_size=1, max_size=4))
def test_runs_holding_a_word_are_found_by_searching_their_joined_text(lowered, piece):
    """`_runs_found` (searches of the NUL-joined runs) gives the runs a test of each one gives, first seen first."""
    runs = [(f"R{n}", lower) for n, lower in enumerate(lowered)]
    joined = "\x00".join(lowered)
    ends = list(itertools.accumulate(len(lower) + 1 for lower in lowered))
    for runs_found in pure_and_compiled("speakers", "_runs_found"):
        assert runs_found(runs, joined, ends, piece) == [pair for pair in runs if piece in pair[1]]
