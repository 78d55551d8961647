"""The Span record: its constructor checks what it is given and keeps a dataclass's behaviour."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from framing.spans import NARRATOR, QUOTED, Span


def test_positional_and_keyword_construction_with_defaults():
    span = Span("d1", 0, 5, "rebel", scorer="loaded_terms", family="loaded", category="territorial")
    assert (span.voice, span.speaker, span.term, span.weight, span.explanation, span.alternative, span.attrs) == \
        (NARRATOR, None, "", 1.0, "", None, {})
    assert Span("d1", 0, 5, "rebel", "s", "f", "c", QUOTED, "Kerry", "t", 0.5, "e", "alt", {"k": 1}) == Span(
        doc_id="d1", start=0, end=5, text="rebel", scorer="s", family="f", category="c", voice=QUOTED,
        speaker="Kerry", term="t", weight=0.5, explanation="e", alternative="alt", attrs={"k": 1})


def test_each_span_gets_its_own_attrs():
    first, second = Span("d", 0, 1, "a", "s", "f", "c"), Span("d", 0, 1, "a", "s", "f", "c")
    assert first.attrs == second.attrs == {} and first.attrs is not second.attrs


@pytest.mark.parametrize("start, end, voice, message", [(5, 1, NARRATOR, "bad offsets 5..1"),
                                                        (-1, 2, NARRATOR, "bad offsets -1..2"),
                                                        (0, 1, "author", "voice must be one of")])
def test_bad_offsets_and_voices_are_refused(start, end, voice, message):
    with pytest.raises(ValueError, match=message):
        Span("d", start, end, "x", "s", "f", "c", voice=voice)


def test_frozen_comparable_picklable_and_replaceable():
    span = Span("d1", 3, 8, "thugs", "loaded_terms", "loaded", "label", attrs={"source": "hand"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4
    assert pickle.loads(pickle.dumps(span)) == span
    assert span.replace(speaker="Kerry").speaker == "Kerry" and dataclasses.replace(span, end=9).end == 9
    with pytest.raises(ValueError):
        span.replace(end=1)
    assert span.to_dict()["source"] == "hand" and dataclasses.asdict(span)["attrs"] == {"source": "hand"}
    assert [f.name for f in dataclasses.fields(Span)][:4] == ["doc_id", "start", "end", "text"]


def test_replace_checks_what_the_constructor_checks():
    """`replace` of fields the constructor does not check copies them as given; offsets, voice and attrs go through
    the constructor, and an unknown field is refused."""
    span = Span("d1", 3, 8, "thugs", "loaded_terms", "loaded", "label", attrs={"source": "hand"})
    kerry = span.replace(speaker="Kerry", term="thug", weight=0.5)
    assert kerry == Span("d1", 3, 8, "thugs", "loaded_terms", "loaded", "label", speaker="Kerry", term="thug",
                         weight=0.5, attrs={"source": "hand"})
    assert span.speaker is None and kerry.attrs == span.attrs and type(kerry) is Span
    with pytest.raises(dataclasses.FrozenInstanceError):
        kerry.speaker = "Lavrov"
    assert span.replace(attrs=None).attrs == {} and span.replace(voice=QUOTED).voice == QUOTED
    with pytest.raises(ValueError, match="voice"):
        span.replace(voice="author")
    with pytest.raises(TypeError):
        span.replace(colour="red")
