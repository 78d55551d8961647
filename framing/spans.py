"""The Span: a piece of a document's text found by a scorer, with its offsets and voice."""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any, Mapping

NARRATOR = "narrator"
QUOTED = "quoted"
VOICES = (NARRATOR, QUOTED)


@dataclass(frozen=True, init=False)
class Span:
    """A view of `doc.text[start:end]` found by `scorer`, in the narrator's or a quoted voice.

    >>> Span("d1", 0, 5, "rebel", scorer="loaded_terms", family="loaded", category="territorial")
    """

    doc_id: str
    start: int
    end: int
    text: str
    scorer: str
    family: str
    category: str
    voice: str = NARRATOR
    speaker: str | None = None
    term: str = ""
    weight: float = 1.0
    explanation: str = ""
    alternative: str | None = None
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def __init__(self, doc_id: str, start: int, end: int, text: str, scorer: str, family: str, category: str,
                 voice: str = NARRATOR, speaker: str | None = None, term: str = "", weight: float = 1.0,
                 explanation: str = "", alternative: str | None = None, attrs: Mapping[str, Any] | None = None):
        """The dataclass's fields, checked; written straight into the instance (a frozen dataclass's own
        `__init__` goes through `object.__setattr__` field by field, at four times the cost)."""
        if voice not in VOICES:
            raise ValueError(f"voice must be one of {VOICES}, not {voice!r}")
        if not 0 <= start <= end:
            raise ValueError(f"bad offsets {start}..{end} for span {text!r}")
        fields = self.__dict__
        fields["doc_id"] = doc_id
        fields["start"] = start
        fields["end"] = end
        fields["text"] = text
        fields["scorer"] = scorer
        fields["family"] = family
        fields["category"] = category
        fields["voice"] = voice
        fields["speaker"] = speaker
        fields["term"] = term
        fields["weight"] = weight
        fields["explanation"] = explanation
        fields["alternative"] = alternative
        fields["attrs"] = {} if attrs is None else attrs

    def replace(self, **changes: Any) -> "Span":
        """Return a copy with some fields changed (spans are immutable)."""
        values = dict(self.__dict__)       # the fields, and nothing else: the instance is frozen
        values.update(changes)
        if not changes.keys() <= _UNCHECKED_FIELDS:
            return Span(**values)          # offsets, voice and attrs checked as made (and an unknown field refused)
        copy = _new(Span)                  # the constructor would check nothing more: the fields as they are
        _set(copy, "__dict__", values)
        return copy

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict; `attrs` is merged in under its own keys."""
        data = asdict(self)
        attrs = data.pop("attrs") or {}
        data.update({k: v for k, v in attrs.items() if k not in data})
        return data


# fields `Span.replace` may change without the constructor's checks (of offsets, voice and attrs)
_UNCHECKED_FIELDS = frozenset({"doc_id", "text", "scorer", "family", "category", "speaker", "term", "weight",
                               "explanation", "alternative"})
_new = object.__new__
_set = object.__setattr__


def check_offsets(text: str, spans) -> None:
    """Raise AssertionError unless every span's text equals `text[start:end]`."""
    for span in spans:
        if text[span.start:span.end] != span.text:
            raise AssertionError(
                f"span {span.scorer}/{span.category} {span.start}:{span.end} says {span.text!r} "
                f"but the document has {text[span.start:span.end]!r}"
            )
