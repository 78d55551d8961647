"""The printable lesson worksheet: reading, reveal, rewrite exercises with hints, discussion; escaped."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing.document import Document
from test_render_html import HOSTILE, Hostile, parse, render_scorers

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds_cmp():
    from framing.compare import Comparison

    return Comparison.from_corpus(str(SEEDS), scorers=render_scorers())


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("needle", [
    "1. Read and guess", "2. Reveal", "3. Rewrite", "4. Discuss", "45 minutes", "Press TV", "VOA",
    "foreign-sponsored", "My neutral version",
])
def test_worksheet_sections(seeds_cmp, fmt, needle):
    from framing.render.worksheet import lesson_worksheet

    assert needle in lesson_worksheet(seeds_cmp, fmt=fmt)


def test_exercises_use_narrator_sentences_with_hints(seeds_cmp):
    from framing.render.worksheet import rewrite_exercises

    exercises = rewrite_exercises(seeds_cmp.documents, seeds_cmp.spans, limit=4)
    assert [e.outlet for e in exercises][:2] == ["Press TV", "VOA"] and len(exercises) == 4
    first = exercises[0]
    assert "militants" in first.terms and "militants → armed group" in first.hints
    assert all(t in e.sentence for e in exercises for t in e.terms)
    # counterexample: a word that only occurs inside a quote is not given as a narrator exercise
    quoted_only = {s.text for s in seeds_cmp.spans if s.family == "loaded" and s.voice == "quoted"} - {
        s.text for s in seeds_cmp.spans if s.family == "loaded" and s.voice == "narrator"}
    assert not any(t in quoted_only for e in exercises for t in e.terms)


def test_worksheet_is_stable(seeds_cmp):
    from framing.render.worksheet import lesson_worksheet

    assert lesson_worksheet(seeds_cmp) == lesson_worksheet(seeds_cmp)


@pytest.mark.parametrize("payload", HOSTILE)
def test_worksheet_escapes(payload):
    from framing.compare import Comparison
    from framing.render.worksheet import lesson_worksheet

    docs = [Document(id=f"w{i}", text=f"The militants {payload} alert.\n\nKerry said {payload}.", outlet=f"{payload}{i}",
                     title=payload) for i in range(2)]
    cmp = Comparison.from_corpus(docs, scorers=[*render_scorers(), Hostile(payload)])
    page = lesson_worksheet(cmp, fmt="html")
    parsed = parse(page)
    assert parsed.errors == [] and parsed.stack == []
    assert "script" not in [t for t, _ in parsed.tags] and "img" not in [t for t, _ in parsed.tags]
    markdown = lesson_worksheet(cmp, fmt="markdown")
    assert "<script" not in markdown and "<img" not in markdown and "<svg" not in markdown
