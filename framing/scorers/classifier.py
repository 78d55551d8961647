"""SentenceBiasScorer: marks each sentence the bias classifier scores at or above a threshold."""
from __future__ import annotations

from ..recent import Recent
from ..spans import NARRATOR, Span

_QUOTE_EDGES = " \t\r\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


# Sentences are classified in chunks of at most this many characters: the n-gram arrays of a chunk take about
# 240 bytes per character, so a huge one-line document stays within memory (every news article is one chunk).
CHUNK_CHARS = 250_000


def _chunks(found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(first, last) index ranges of `found` (sorted sentences) spanning at most CHUNK_CHARS each (or one sentence)."""
    if not found or found[-1][1] - found[0][0] <= CHUNK_CHARS:
        return [(0, len(found))] if found else []          # every news article: one chunk
    ranges, first = [], 0
    for n in range(1, len(found) + 1):
        if n == len(found) or found[n][1] - found[first][0] > CHUNK_CHARS:
            ranges.append((first, n))
            first = n
    return ranges


class SentenceBiasScorer:
    """One span per sentence with probability of bias >= `threshold` (family "classifier").

    >>> [(s.text, round(s.weight, 2)) for s in SentenceBiasScorer(threshold=0.7).find(doc)]
    """

    name = "classifier"
    family = "classifier"
    category = "biased_sentence"

    def __init__(self, *, threshold: float = 0.5, model=None):
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
        self.threshold = threshold
        self._model = model

    @property
    def model(self):
        """The BiasModel in use (the shipped one unless given; loaded on first use)."""
        if self._model is None:
            from ..model import load_model

            self._model = load_model()
        return self._model

    @property
    def version(self) -> str:
        """Hash of the model's arrays and settings, the lexicons it counts, and the classifier's code."""
        import hashlib

        from .. import features
        from .. import model as model_module
        from ..versions import files_version, source_files

        model = self.model
        _, _, lexicons, _ = model._blocks()
        arrays = hashlib.sha256()
        for name, value in sorted(model.__getstate__().items()):
            if not name.startswith("_"):
                arrays.update(name.encode())
                arrays.update(value.tobytes() if hasattr(value, "tobytes") else repr(value).encode())
        return files_version(*source_files(type(self), model_module, features),
                             extra=(arrays.hexdigest(), repr(sorted(getattr(lexicons, "versions_", {}).items())),
                                    repr(self.threshold)))

    def sentences(self, doc) -> list[tuple[int, int, str]]:
        """(start, end, voice) of each non-empty sentence of `doc`."""
        out = []
        text = doc.text
        segments = doc.segments
        voice_at = segments.voice_at if segments.quotes else None    # no quotes: every sentence is the narrator's
        edges = _QUOTE_EDGES
        for start, end in segments.sentences:
            if start < end and text[start] not in edges and text[end - 1] not in edges:   # most: its own inner part
                out.append((start, end, NARRATOR if voice_at is None else voice_at(start, end)))
                continue
            sentence = text[start:end]
            inner = sentence.lstrip(_QUOTE_EDGES)
            if not inner:                                  # blank, or quotation marks only
                if sentence.strip():
                    out.append((start, end, NARRATOR))
                continue
            if voice_at is None:
                out.append((start, end, NARRATOR))
                continue
            inner_start = start + (len(sentence) - len(inner))
            inner_end = end - (len(sentence) - len(sentence.rstrip(_QUOTE_EDGES)))
            out.append((start, end, voice_at(inner_start, inner_end)))
        return out

    def probabilities(self, doc) -> list[tuple[int, int, str, float]]:
        """(start, end, voice, probability) for every sentence of `doc`, in order."""
        recent = self.__dict__.get("_recent")
        if recent is None:
            recent = self._recent = Recent()
        cached = recent.get(doc.text)
        if cached is not None and cached[0] == doc.id:
            return cached[1]    # find() and metrics() of the same document share one prediction
        found = self.sentences(doc)
        model = self.model
        text = doc.text
        probs = []
        for first, last in _chunks(found):          # a whole article is one chunk; a huge document many
            group = found[first:last]
            if not hasattr(model, "predict_proba_bounds"):  # any model with predict_proba(sentences)
                part = model.predict_proba([text[s:e] for s, e, _ in group])
            elif first == 0 and last == len(found):  # the document's own text: its lexicon matches are reused
                part = model.predict_proba_bounds(text, [(s, e) for s, e, _ in group])
            else:                                    # one pass over the chunk's characters
                offset = group[0][0]
                part = model.predict_proba_bounds(text[offset:group[-1][1]],
                                                  [(s - offset, e - offset) for s, e, _ in group])
            probs.extend(part.tolist() if hasattr(part, "tolist") else [float(p) for p in part])
        result = [(s, e, v, p) for (s, e, v), p in zip(found, probs)]
        recent.put(doc.text, (doc.id, result))
        return result

    def find(self, doc) -> list[Span]:
        """Spans for the sentences at or above the threshold, weight = probability."""
        spans = []
        doc_id, text, name, family, category, threshold = (doc.id, doc.text, self.name, self.family, self.category,
                                                            self.threshold)
        for start, end, voice, prob in self.probabilities(doc):
            if prob < threshold:
                continue
            # Span's fields in order: doc_id, start, end, text, scorer, family, category, voice, speaker, term,
            # weight, explanation, alternative, attrs (given by position: half the cost of keywords)
            spans.append(Span(doc_id, start, end, text[start:end], name, family, category, voice, None, "", prob,
                              f"the sentence bias classifier gives this sentence p(biased) = {prob:.2f}", None,
                              {"probability": prob}))
        return spans

    def metrics(self, doc, spans) -> dict[str, float]:
        """Additive narrator counts: sentences, sentences above the threshold, sum of probabilities."""
        narrator = [p for _, _, voice, p in self.probabilities(doc) if voice == NARRATOR]
        return {
            "sentences_narrator": len(narrator),
            "biased_narrator": sum(1 for p in narrator if p >= self.threshold),
            "prob_sum_narrator": float(sum(narrator)),
        }

    def explanations(self) -> dict[tuple[str, str], str]:
        """(family, category) -> explanation, for scorecard glossaries."""
        return {(self.family, self.category): f"A sentence the bias classifier (trained on BABE) gives "
                                              f"p(biased) >= {self.threshold:g}."}

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_recent", None)     # the last documents' predictions, not worth shipping to workers
        return state

    def __repr__(self) -> str:
        return f"SentenceBiasScorer(threshold={self.threshold})"


# --------------------------------------------------------------------------- sentences from files


def read_sentences(path, *, id_column: str = "id", text_column: str = "text") -> list[tuple[str, str]]:
    """(id, text) rows from JSONL or CSV with id/text columns, or a .txt file (one sentence a line).

    In a .txt file the id is the line number and blank lines are skipped.
    """
    import csv
    import json
    from pathlib import Path

    from ..errors import InputError

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc}); convert it to UTF-8") from None
    rows: list[tuple[str, str]] = []
    if suffix in (".jsonl", ".ndjson", ".json"):
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{number}: not a JSON object ({exc}); one object per line") from None
            if not isinstance(record, dict) or text_column not in record:
                raise InputError(f"{path}:{number}: no {text_column!r} field; use --text-column to name it")
            rows.append((str(record.get(id_column, number)), str(record[text_column] or "")))
    elif suffix in (".csv", ".tsv"):
        reader = csv.DictReader(raw.splitlines(), delimiter="\t" if suffix == ".tsv" else ",")
        if text_column not in (reader.fieldnames or []):
            raise InputError(f"{path}:1: no {text_column!r} column (columns: {reader.fieldnames}); "
                             f"use --text-column to name it")
        for number, record in enumerate(reader, 2):
            rows.append((str(record.get(id_column) or number), record[text_column] or ""))
    else:
        for number, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                rows.append((str(number), line.strip()))
    return rows


def classify_rows(rows: list[tuple[str, str]], *, model=None, threshold: float = 0.5,
                  batch_size: int = 4096) -> list[dict]:
    """[{id, text, probability, biased}] for (id, text) rows, in input order."""
    from ..model import load_model

    model = model or load_model()
    out = []
    for begin in range(0, len(rows), batch_size):
        batch = rows[begin:begin + batch_size]
        probs = model.predict_proba([text for _, text in batch])
        out.extend({"id": i, "text": t, "probability": float(p), "biased": bool(p >= threshold)}
                   for (i, t), p in zip(batch, probs))
    return out
