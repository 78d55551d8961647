"""Quoted voice and speakers on BASIL: does the pipeline put a quoted bias span in the quoted voice, and give it the
speaker the annotators named?

>>> result = evaluate_speakers("../shared/data/basil")
>>> result.voice.f1, result.accuracy

BASIL marks each of its bias spans `quote` (the span is someone's quoted words) and names the speaker of a quoted
span ("Michael_Steele"; "other_anti", "other_pro", "other_neutral" for unnamed people; groups such as "Tea_Party").
The pipeline's voice of a span is `Document.voice_at` (inside quotation marks or not), and its speaker is the one
the attribution scorer gives quoted spans (`AttributionScorer.refine`: the speaker of the direct or partial quotation
holding it). Speakers are scored on the spans whose gold speaker is a named person (two or more words, the first a
first name of the speaker groups' [names] lists): groups are named at another grain ("Tea_Party" for a quote of a
Tea Party organiser) and "other_*" names nobody.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..attribution.speakers import _without_accents
from ..document import Document
from ..spans import QUOTED, Span
from .metrics import PRF
from .spans import GoldSpan, read_gold

OUTCOMES = ("correct", "wrong", "no speaker", "not quoted")


@dataclass(frozen=True)
class SpeakerError:
    """A gold quoted span of a named person whose speaker the pipeline missed or got wrong."""

    doc_id: str
    start: int
    end: int
    gold: str  # the annotators' speaker, as written ("Donald_Trump")
    predicted: str | None  # the pipeline's canonical speaker (None: none, or the span is not quoted)
    outcome: str  # "wrong", "no speaker" or "not quoted"
    context: str  # the text around the span, on one line


@dataclass
class SpeakerEvaluation:
    """Quoted voice P/R/F1 over all gold spans, and the speakers of the named people's quoted spans."""

    split: str
    n_docs: int
    n_spans: int
    voice: PRF  # quoted voice against the gold `quote` flag
    outcomes: dict[str, int]  # OUTCOMES -> spans of named people
    errors: list[SpeakerError] = field(default_factory=list)

    @property
    def people(self) -> int:
        """Gold quoted spans whose speaker is a named person."""
        return sum(self.outcomes.values())

    @property
    def accuracy(self) -> float:
        """Share of the named people's spans in the quoted voice that get the right speaker."""
        quoted = self.people - self.outcomes["not quoted"]
        return self.outcomes["correct"] / quoted if quoted else 0.0

    @property
    def recall(self) -> float:
        """Share of all the named people's quoted spans in the quoted voice with the right speaker."""
        return self.outcomes["correct"] / self.people if self.people else 0.0

    def to_dict(self, *, show_errors: int = 0) -> dict:
        """JSON-ready dict; `show_errors` adds the first N errors."""
        data = {"split": self.split, "documents": self.n_docs, "spans": self.n_spans,
                "voice": self.voice.to_dict(),
                "speakers": {"people": self.people, **self.outcomes,
                             "accuracy": round(self.accuracy, 4), "recall": round(self.recall, 4)}}
        if show_errors:
            data["errors"] = [error.__dict__ for error in self.errors[:show_errors]]
        return data


def same_person(predicted: str | None, gold: str) -> bool:
    """True if a canonical speaker names the gold person: the last words agree (accents and case aside; BASIL cuts a
    name at an accented letter, "Felipe_Calder"), and so do the first words where the speaker has two or more."""
    if not predicted:
        return False
    said, named = _name_words(predicted), _name_words(gold)
    if not said or not named or not said[-1].startswith(named[-1]):
        return False
    return len(said) == 1 or said[0] == named[0]


def _name_words(name: str) -> list[str]:
    """A name's words, lower-cased, accents and dots dropped, "_" read as a space."""
    return _without_accents(name).replace("_", " ").replace(".", " ").lower().split()


def named_person(gold_speaker: str, first_names: Iterable[str] | frozenset) -> bool:
    """True if a BASIL speaker names a person: two or more words, the first a known first name."""
    words = _name_words(gold_speaker)
    return len(words) > 1 and words[0] in first_names


def voices_and_speakers(doc: Document, gold: list[GoldSpan], scorer) -> list[tuple[str, str | None]]:
    """(voice, speaker) the pipeline gives each gold span: its voice in the document, and the speaker the attribution
    scorer gives a quoted span (`refine`)."""
    regions = [Span(doc.id, g.start, g.end, g.text, "gold", "gold", g.label, doc.voice_at(g.start, g.end))
               for g in gold]
    found = scorer.find(doc)
    refined = scorer.refine(doc, [*found, *regions])[len(found):]
    return [(span.voice, span.speaker) for span in refined]


def evaluate_documents(docs: Iterable[Document], gold: dict[str, list[GoldSpan]], *, scorer=None,
                       first_names: frozenset | None = None, split: str = "all") -> SpeakerEvaluation:
    """Compare the pipeline's voices and speakers of the gold spans with the gold's (see the module docstring)."""
    from ..attribution.resources import load_resources
    from ..scorers.attribution import AttributionScorer

    scorer = scorer if scorer is not None else AttributionScorer()
    if first_names is None:
        first_names = frozenset(load_resources().genders)
    gold_quoted = predicted_quoted = both = n_docs = n_spans = 0
    outcomes = dict.fromkeys(OUTCOMES, 0)
    errors: list[SpeakerError] = []
    for doc in docs:
        n_docs += 1
        spans = [g for g in gold.get(doc.id, []) if g.quote is not None]
        n_spans += len(spans)
        for g, (voice, speaker) in zip(spans, voices_and_speakers(doc, spans, scorer)):
            quoted = voice == QUOTED
            gold_quoted += g.quote
            predicted_quoted += quoted
            both += g.quote and quoted
            if not (g.quote and named_person(g.speaker, first_names)):
                continue
            outcome = "not quoted" if not quoted else "no speaker" if not speaker else \
                "correct" if same_person(speaker, g.speaker) else "wrong"
            outcomes[outcome] += 1
            if outcome != "correct":
                context = doc.text[max(0, g.start - 80):g.end + 40].replace("\n", " ")
                errors.append(SpeakerError(doc.id, g.start, g.end, g.speaker, speaker if quoted else None,
                                           outcome, context))
    return SpeakerEvaluation(split=split, n_docs=n_docs, n_spans=n_spans,
                             voice=PRF(gold_quoted, predicted_quoted, both, both), outcomes=outcomes, errors=errors)


def evaluate_speakers(folder: str | Path, *, split: str = "all", tune_fraction: float = 0.5) -> SpeakerEvaluation:
    """Read a BASIL-style gold folder (articles.jsonl, spans.jsonl with `quote` and `speaker`) and score it."""
    docs, gold = read_gold(folder, split=split, tune_fraction=tune_fraction)
    return evaluate_documents(docs, gold, split=split)


def format_table(result: SpeakerEvaluation, *, show_errors: int = 0) -> str:
    """Plain-text report: the quoted voice's P/R/F1, the speakers' outcomes, and the first errors if asked."""
    voice, out = result.voice, result.outcomes
    lines = [f"split={result.split} documents={result.n_docs} spans={result.n_spans}",
             f"quoted voice   gold {voice.gold:>5}  pred {voice.predicted:>5}  hit {voice.gold_matched:>5}  "
             f"P {voice.precision:.3f}  R {voice.recall:.3f}  F1 {voice.f1:.3f}",
             f"speakers of named people's quoted spans: {result.people}",
             "  " + "  ".join(f"{name} {out[name]}" for name in OUTCOMES),
             f"  accuracy {result.accuracy:.3f} (correct / quoted)  recall {result.recall:.3f} (correct / all)"]
    for error in result.errors[:show_errors]:
        lines.append(f"- {error.outcome}: gold {error.gold}, predicted {error.predicted} ({error.doc_id} "
                     f"{error.start}:{error.end}): …{error.context}…")
    return "\n".join(lines)
