"""Span evaluation: hand-made gold with known scores, splits, the CLI, and the figures on PTC/BASIL."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.errors import InputError
from framing.evaluate.spans import (
    build_scorers, evaluate_documents, evaluate_spans, format_table, read_gold, split_of,
)
from framing.spans import Span

# Two articles; offsets are written out so the expected scores can be checked by hand.
ARTICLES = [
    {"id": "a1", "outlet": "X", "title": "t1", "date": None,
     "text": "The thugs attacked the brutal regime in the city."},
    #         0123456789012345678901234567890123456789012345678
    {"id": "a2", "outlet": "Y", "title": "t2", "date": None, "text": "Quiet day. Nothing happened at all."},
]
GOLD = [
    {"doc_id": "a1", "start": 4, "end": 9, "text": "thugs", "label": "Name_Calling,Labeling"},
    {"doc_id": "a1", "start": 23, "end": 29, "text": "brutal", "label": "Loaded_Language"},
    {"doc_id": "a1", "start": 23, "end": 36, "text": "brutal regime", "label": "Doubt"},
    {"doc_id": "a2", "start": 0, "end": 5, "text": "Quiet", "label": "Loaded_Language"},
]


class FixedScorer:
    """Returns hand-made predictions per document id."""

    name = "fixed"

    def __init__(self, predictions: dict[str, list[tuple[int, int]]]):
        self.predictions = predictions

    def find(self, doc):
        return [Span(doc.id, s, e, doc.text[s:e], scorer=self.name, family="loaded", category="c",
                     term=doc.text[s:e].lower())
                for s, e in self.predictions.get(doc.id, [])]


@pytest.fixture()
def gold_dir(tmp_path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    (folder / "spans.jsonl").write_text("\n".join(json.dumps(g) for g in GOLD) + "\n", encoding="utf-8")
    return folder


LABELS = ["Loaded_Language", "Name_Calling,Labeling"]


@pytest.mark.parametrize("predictions, overlap, exact", [
    # (gold, predicted, gold_matched, predicted_matched)
    ({"a1": [(4, 9), (23, 29)]}, (3, 2, 2, 2), (3, 2, 2, 2)),
    # "regime" overlaps only the Doubt span: correct for precision, no recall of the chosen labels
    ({"a1": [(30, 36)]}, (3, 1, 0, 1), (3, 1, 0, 0)),
    # partial overlap counts for overlap scoring, not for exact
    ({"a1": [(4, 7)], "a2": [(0, 5)]}, (3, 2, 2, 2), (3, 2, 1, 1)),
    # a false positive in a document without gold spans
    ({"a2": [(11, 18)]}, (3, 1, 0, 0), (3, 1, 0, 0)),
    ({}, (3, 0, 0, 0), (3, 0, 0, 0)),
])
def test_known_scores(gold_dir, predictions, overlap, exact):
    result = evaluate_spans(gold_dir, [FixedScorer(predictions)], labels=LABELS)
    assert result.overall["overlap"].as_tuple() == overlap
    assert result.overall["exact"].as_tuple() == exact
    assert result.n_docs == 2


def test_per_label_and_errors(gold_dir):
    scorer = FixedScorer({"a1": [(4, 9), (44, 48)], "a2": [(11, 18)]})
    result = evaluate_spans(gold_dir, [scorer], labels=LABELS)
    name_calling = result.per_label["Name_Calling,Labeling"]["overlap"]
    loaded = result.per_label["Loaded_Language"]["overlap"]
    assert (name_calling.recall, loaded.recall) == (1.0, 0.0)
    assert result.overall["overlap"].precision == pytest.approx(1 / 3)
    assert result.overall["overlap"].recall == pytest.approx(1 / 3)
    assert result.overall["overlap"].f1 == pytest.approx(1 / 3)
    assert result.false_positives == {"city": 1, "nothing": 1}
    assert result.misses == {"brutal": 1, "quiet": 1}
    assert result.hits == {"thugs": 1}
    table = format_table(result, show_errors=5)
    assert "OVERALL" in table and "city (1)" in table and "'brutal' (1)" in table
    data = result.to_dict(show_errors=2)
    assert data["overall"]["overlap"]["precision"] == pytest.approx(0.3333, abs=1e-4)


def test_voice_filter(gold_dir):
    class Quoted(FixedScorer):
        def find(self, doc):
            return [s.replace(voice="quoted") for s in super().find(doc)]

    scorer = Quoted({"a1": [(4, 9)]})
    assert evaluate_spans(gold_dir, [scorer], labels=LABELS, voice="narrator").overall["overlap"].predicted == 0
    assert evaluate_spans(gold_dir, [scorer], labels=LABELS, voice="quoted").overall["overlap"].predicted == 1


@pytest.mark.parametrize("key", ["a1", "111111112", "2b95d2cf-e979-4f9c-ae27-9a5370934f23"])
def test_split_is_deterministic(key):
    assert split_of(key) == split_of(key) in ("tune", "heldout")
    assert split_of(key, tune_fraction=1.0) == "tune"
    assert split_of(key, tune_fraction=0.0) == "heldout"


def test_splits_partition_the_documents(gold_dir):
    ids = {split: {d.id for d in read_gold(gold_dir, split=split)[0]} for split in ("all", "tune", "heldout")}
    assert ids["tune"] | ids["heldout"] == ids["all"] and not ids["tune"] & ids["heldout"]


@pytest.mark.parametrize("bad_line, message", [
    ('{"doc_id": "a1", "start": 0, "end": 3, "text": "xyz", "label": "L"}', "does not match the article"),
    ('{"doc_id": "a1", "start": 0}', "needs doc_id, start, end, text, label"),
    ("{not json", "not valid JSON"),
])
def test_bad_gold_is_reported_with_line(gold_dir, bad_line, message):
    (gold_dir / "spans.jsonl").write_text(bad_line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_gold(gold_dir)
    assert "spans.jsonl:1" in str(info.value)


def test_unknown_label_and_missing_folder(gold_dir, tmp_path):
    with pytest.raises(InputError, match="no gold spans labelled 'Slogans'"):
        evaluate_spans(gold_dir, [FixedScorer({})], labels=["Slogans"])
    with pytest.raises(InputError, match="articles.jsonl"):
        read_gold(tmp_path)


def test_offsets_refer_to_raw_text(gold_dir):
    docs, gold = read_gold(gold_dir)
    for doc in docs:
        for g in gold.get(doc.id, []):
            assert doc.text[g.start:g.end] == g.text


def test_evaluate_documents_with_lexicon_scorer(gold_dir):
    docs, gold = read_gold(gold_dir)
    result = evaluate_documents(docs, gold, build_scorers(families=["loaded"]), labels=LABELS)
    found = set(result.hits) | set(result.false_positives)
    assert {"thug", "brutal", "regime"} <= found
    assert result.overall["overlap"].gold_matched == 2


def test_cli_table_and_json(gold_dir, tmp_path):
    from framing.cli import main

    lexicon = Path(__file__).resolve().parent.parent / "lexicons" / "loaded_terms.toml"
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", "spans", "--gold", str(gold_dir), "--labels", "Loaded_Language",
                                  "--labels", "Name_Calling,Labeling", "--lexicon", str(lexicon),
                                  "--show-errors", "3"])
    assert result.exit_code == 0, result.output
    assert "OVERALL" in result.output and "top 3 misses" in result.output
    out = tmp_path / "scores.json"
    result = runner.invoke(main, ["evaluate", "spans", "--gold", str(gold_dir), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    # no --labels on an unknown folder: every label counts, so "brutal regime" (Doubt) is found too
    assert data["labels"] == ["Doubt", "Loaded_Language", "Name_Calling,Labeling"]
    assert data["overall"]["overlap"]["gold_matched"] == 3 and data["documents"] == 2


def test_cli_error_is_one_line(gold_dir):
    from framing.cli import main

    result = CliRunner().invoke(main, ["evaluate", "spans", "--gold", str(gold_dir), "--labels", "Nope"])
    assert result.exit_code == 1 and "no gold spans labelled 'Nope'" in result.output
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- the real corpora

# Figures reached with the shipped loaded_terms lexicon (overlap scoring), minus a small margin.
TARGETS = [
    ("ptc", "all", 0.53, 0.47),
    ("ptc", "heldout", 0.49, 0.46),
    ("basil", "all", 0.54, 0.33),
    ("basil", "heldout", 0.54, 0.31),
]


@pytest.fixture(scope="module")
def loaded_scorers():
    return build_scorers(families=["loaded"])


@pytest.mark.parametrize("corpus, split, min_recall, min_precision", TARGETS)
def test_figures_on_shared_data(shared_data, loaded_scorers, corpus, split, min_recall, min_precision):
    result = evaluate_spans(shared_data / corpus, loaded_scorers, split=split)
    overlap = result.overall["overlap"]
    assert overlap.recall >= min_recall, format_table(result)
    assert overlap.precision >= min_precision, format_table(result)
    assert result.overall["exact"].predicted_matched <= overlap.predicted_matched
