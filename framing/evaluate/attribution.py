"""Attribution evaluation on PolNeAR: P/R/F1 for source, cue and content spans, exact and overlap.

>>> result = evaluate_attribution("../shared/data/polnear", split="dev")
>>> result.scores["cue"]["overlap"].f1
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..document import Document
from ..errors import DataNotFoundError, InputError
from .metrics import PRF, exact_prf, overlap_prf

ROLES = ("source", "cue", "content")
MODES = ("overlap", "exact")
SPLITS = ("dev", "train", "all")


@dataclass
class AttributionEvaluation:
    """Scores per role and mode, with the corpus size and extraction speed."""

    split: str
    n_docs: int
    n_words: int
    seconds: float
    scores: dict[str, dict[str, PRF]]

    @property
    def words_per_second(self) -> float:
        """Extraction throughput (words per second of extraction time)."""
        return self.n_words / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {
            "split": self.split, "documents": self.n_docs, "words": self.n_words,
            "words_per_second": round(self.words_per_second),
            "scores": {role: {mode: prf.to_dict() for mode, prf in modes.items()}
                       for role, modes in self.scores.items()},
        }

    def rows(self) -> list[dict]:
        """One row per role and mode (for tables)."""
        return [{"role": role, "mode": mode, **prf.to_dict()}
                for role, modes in self.scores.items() for mode, prf in modes.items()]


def _read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{line_no}: not valid JSON ({exc.msg}); fix or remove the line") from None


def load_gold(folder: str | Path, *, split: str = "dev", limit: int | None = None
              ) -> list[tuple[Document, dict[str, list[tuple[int, int]]]]]:
    """Documents (raw text, uncleaned) with their gold fragments per role."""
    folder = Path(folder)
    if (folder / "polnear").is_dir() and not (folder / "articles.jsonl").exists():
        folder = folder / "polnear"
    articles, attributions = folder / "articles.jsonl", folder / "attributions.jsonl"
    for path in (articles, attributions):
        if not path.exists():
            raise DataNotFoundError(f"{path} not found; pass --gold pointing at the PolNeAR folder (articles.jsonl + attributions.jsonl)")
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    docs: dict[str, Document] = {}
    for row in _read_jsonl(articles):
        if split != "all" and row.get("split", "train") != split:
            continue
        if limit is not None and len(docs) >= limit:
            break
        docs[row["id"]] = Document(id=row["id"], text=row["text"], outlet=row.get("outlet", ""),
                                   title=row.get("title", ""), date=row.get("date", ""))
    gold: dict[str, dict[str, list[tuple[int, int]]]] = {doc_id: defaultdict(list) for doc_id in docs}
    for row in _read_jsonl(attributions):
        if row["doc_id"] not in gold:
            continue
        for role in ROLES:
            part = row.get(role)
            if part:
                gold[row["doc_id"]][role].extend(tuple(f) for f in part.get("fragments") or [[part["start"], part["end"]]])
    return [(docs[doc_id], gold[doc_id]) for doc_id in docs]


def evaluate_attribution(folder: str | Path, *, split: str = "dev", limit: int | None = None,
                         extract=None) -> AttributionEvaluation:
    """Run the extractor over the gold articles and score every role, exact and overlap-based."""
    if extract is None:
        from ..attribution import extract_attributions as extract
        from ..attribution.resources import load_resources

        load_resources()  # load the data files before timing
    gold_docs = load_gold(folder, split=split, limit=limit)
    totals = {role: {mode: PRF(0, 0, 0, 0) for mode in MODES} for role in ROLES}
    seconds, words = 0.0, 0
    for doc, gold in gold_docs:
        started = time.process_time()
        found = extract(doc)
        seconds += time.process_time() - started
        words += len(doc.text.split())
        for role in ROLES:
            predicted = [(p.start, p.end) for p in (getattr(a, role) for a in found) if p is not None]
            totals[role]["overlap"] += overlap_prf(gold.get(role, []), predicted)
            totals[role]["exact"] += exact_prf(gold.get(role, []), predicted)
    return AttributionEvaluation(split=split, n_docs=len(gold_docs), n_words=words, seconds=seconds, scores=totals)
