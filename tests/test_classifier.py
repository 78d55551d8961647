"""Sentence bias classifier: plain-array model file, lean-vs-sklearn equivalence, determinism, scorer, CLI."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import numpy as np
import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.document import Document
from framing.model import BiasModel, LabelledSentence, TrainingConfig, fit_pipeline, is_held_out, load_model
from framing.results import DocResult
from framing.scorers.classifier import SentenceBiasScorer, read_sentences
from framing.sections.classifier import share_table, tables
from framing.spans import check_offsets

BIASED = [
    "The regime's thugs butchered peaceful protesters in a shameful massacre.",
    "Foreign-sponsored terrorists unleashed their barbaric savagery on innocent civilians.",
    "The disgraceful senator shamelessly lied to cover up his corrupt cronies.",
    "Radical extremists are wrecking our once-great nation with their insane agenda.",
    "The outrageous decision is a slap in the face to hardworking families.",
    "Heartless bureaucrats callously abandoned the starving refugees.",
    "The so-called experts spewed their laughable propaganda again.",
    "A reckless, incompetent administration bungled the crisis spectacularly.",
    "The vile mob terrorized the neighbourhood with shocking brutality.",
    "Greedy corporations ruthlessly exploit desperate workers.",
]
NEUTRAL = [
    "The council voted seven to two to approve the budget on Tuesday.",
    "Officials said the talks would resume in Geneva next week.",
    "The ministry published the figures in a report released on Monday.",
    "Rainfall in the region was below the seasonal average this year.",
    "The company reported quarterly revenue of 3.2 billion dollars.",
    "The senator introduced the bill with two co-sponsors.",
    "Aid convoys reached the eastern districts of the city, the agency said.",
    "The court will hear arguments in the case in March.",
    "Turnout in the election was 61 percent, according to the commission.",
    "The bridge reopened after three months of repairs.",
]
MARKED = [("thugs", "butchered"), ("barbaric",), ("disgraceful", "shamelessly"), ("insane",), ("outrageous",),
          ("heartless", "callously"), ("so-called",), ("reckless", "incompetent"), ("vile",), ("greedy",)]
TINY = [LabelledSentence(id=f"b{i}", text=t, label=1, biased_words=m) for i, (t, m) in enumerate(zip(BIASED, MARKED))] + \
       [LabelledSentence(id=f"n{i}", text=t, label=0) for i, t in enumerate(NEUTRAL)]
TINY_CONFIG = TrainingConfig(C=3.0, calibration_folds=2, char_min_df=1)


@pytest.fixture(scope="module")
def tiny_fit():
    pipeline = fit_pipeline(TINY, config=TINY_CONFIG)
    return pipeline, BiasModel.from_pipeline(pipeline, config=TINY_CONFIG, n_train=len(TINY))


def _probe_sentences(seeds_dir) -> list[str]:
    from framing import read_corpus

    out = []
    for doc in read_corpus(seeds_dir):
        out += [doc.text[s:e] for s, e in doc.segments.sentences]
    words = " ".join(out).split()
    out += [" ".join(words[i:i + 12]) for i in range(0, len(words), 7)]   # shifted windows
    return out + ["", "   ", "x", "\u201cQuoted\u201d", "Caf\u00e9 \u65e5\u672c"] + BIASED + NEUTRAL


def test_lean_model_equals_fitted_pipeline(tiny_fit, seeds_dir):
    pipeline, model = tiny_fit
    sentences = _probe_sentences(seeds_dir)
    assert len(sentences) >= 200
    expected = pipeline.predict_proba(sentences)[:, 1]
    assert np.abs(model.predict_proba(sentences) - expected).max() < 1e-9


def test_saved_model_loads_without_pickle_and_predicts_the_same(tiny_fit, tmp_path, seeds_dir):
    _, model = tiny_fit
    path = model.save(tmp_path / "m.npz")
    with np.load(path, allow_pickle=False) as arrays:            # raises if anything needs pickle
        assert all(arrays[name].dtype != object for name in arrays.files)
    with zipfile.ZipFile(path) as archive:
        assert all(name.endswith(".npy") for name in archive.namelist())
    loaded = load_model(path)
    sentences = _probe_sentences(seeds_dir)
    assert np.abs(loaded.predict_proba(sentences) - model.predict_proba(sentences)).max() < 1e-12
    assert loaded.config == TINY_CONFIG


def test_training_is_deterministic(tiny_fit):
    _, first = tiny_fit
    again = BiasModel.from_pipeline(fit_pipeline(TINY, config=TINY_CONFIG), config=TINY_CONFIG, n_train=len(TINY))
    assert again.to_bytes() == first.to_bytes()
    other_seed = TrainingConfig(**{**TINY_CONFIG.__dict__, "C": 0.5})
    changed = BiasModel.from_pipeline(fit_pipeline(TINY, config=other_seed), config=other_seed)
    assert changed.to_bytes() != first.to_bytes()                 # the comparison can fail


def test_tiny_model_separates_its_training_data(tiny_fit):
    _, model = tiny_fit
    probs = model.predict_proba(BIASED + NEUTRAL)
    assert probs[:10].min() > probs[10:].max()


@pytest.mark.parametrize("problem, message", [
    ("missing", "no model file"),
    ("garbage", "not a readable model file"),
    ("pickled", "not a readable model file"),
])
def test_bad_model_files_are_clear_errors(tmp_path, problem, message):
    from framing.model import ModelError

    path = tmp_path / "bad.npz"
    if problem == "garbage":
        path.write_bytes(b"not a zip")
    elif problem == "pickled":
        np.savez(path, meta_json=np.array([{"format": 1}], dtype=object))
    with pytest.raises(ModelError, match=message):
        load_model(path)


def test_shipped_model_is_small_plain_and_loads():
    from framing.model import default_model_path

    path = default_model_path()
    assert path.stat().st_size < 5_000_000
    model = load_model()
    p = model.predict_proba(["The council approved the budget on Tuesday.",
                             "The corrupt regime's thugs butchered innocent protesters."])
    assert 0 < p[0] < p[1] < 1


@pytest.mark.parametrize("sentence_id, expected", [("a", True), ("b", False), ("c", True), ("fd6f71a427ffbc35", False)])
def test_held_out_split_is_a_fixed_hash(sentence_id, expected):
    assert is_held_out(sentence_id) is expected


def test_held_out_share_is_about_a_fifth():
    ids = [f"{i:016x}" for i in range(5000)]
    assert 0.18 < sum(map(is_held_out, ids)) / len(ids) < 0.22


# --------------------------------------------------------------------------- scorer


class FixedModel:
    """A stand-in model: probability = share of the listed words present."""

    def predict_proba(self, sentences):
        return np.array([0.9 if "thugs" in s else 0.1 for s in sentences])


DOC_TEXT = ('The regime\'s thugs attacked. Officials met on Monday.\n\n'
            '\u201cThe thugs must be stopped.\u201d The minister said the thugs fled.')


def test_scorer_spans_offsets_and_voice():
    doc = Document(id="d1", text=DOC_TEXT, outlet="X")
    scorer = SentenceBiasScorer(threshold=0.5, model=FixedModel())
    spans = scorer.find(doc)
    check_offsets(doc.text, spans)
    assert [(s.text.strip(), s.voice) for s in spans] == [
        ("The regime's thugs attacked.", "narrator"),
        ("\u201cThe thugs must be stopped.\u201d", "quoted"),
        ("The minister said the thugs fled.", "narrator"),
    ]
    assert all(s.family == "classifier" and s.category == "biased_sentence" and s.weight == 0.9
               and s.attrs["probability"] == 0.9 for s in spans)
    assert scorer.metrics(doc, spans) == {"sentences_narrator": 3, "biased_narrator": 2,
                                          "prob_sum_narrator": pytest.approx(1.9)}


@pytest.mark.parametrize("threshold, n_spans", [(0.0, 4), (0.5, 3), (0.95, 0)])
def test_scorer_threshold(threshold, n_spans):
    doc = Document(id="d1", text=DOC_TEXT)
    assert len(SentenceBiasScorer(threshold=threshold, model=FixedModel()).find(doc)) == n_spans


def test_scorer_on_seeds_with_shipped_model(seeds_dir):
    from framing import read_corpus

    scorer = SentenceBiasScorer(threshold=0.0)
    for doc in read_corpus(seeds_dir):
        spans = scorer.find(doc)
        check_offsets(doc.text, spans)
        assert len(spans) == len([1 for s, e in doc.segments.sentences if doc.text[s:e].strip()])
        assert all(0.0 < s.weight < 1.0 for s in spans)


def test_scorer_in_engine_metrics(seeds_dir):
    from framing import read_corpus
    from framing.engine import score_document

    doc = next(iter(read_corpus(seeds_dir)))
    _, result = score_document(doc, [SentenceBiasScorer(model=FixedModel())])
    assert result.metrics["classifier.sentences_narrator"] > 0
    assert set(result.metrics) == {"classifier.sentences_narrator", "classifier.biased_narrator",
                                   "classifier.prob_sum_narrator"}


def test_section_share_and_wilson_interval():
    groups = {
        "A": DocResult(doc_id="A", n_docs=2, metrics={"classifier.sentences_narrator": 100,
                                                      "classifier.biased_narrator": 20,
                                                      "classifier.prob_sum_narrator": 31.0}),
        "B": DocResult(doc_id="B", metrics={"classifier.sentences_narrator": 0}),
        "C": DocResult(doc_id="C", metrics={"classifier.sentences_narrator": 10,
                                            "classifier.biased_narrator": 10,
                                            "classifier.prob_sum_narrator": 9.0}),
    }
    frame = share_table(groups)
    assert frame["outlet"].tolist() == ["A", "C"]
    a = frame.iloc[0]
    assert (a["narrator_sentences"], a["biased"], a["share"], a["mean_probability"]) == (100, 20, 0.2, 0.31)
    assert a["ci_low"] == pytest.approx(0.1333, abs=1e-3) and a["ci_high"] == pytest.approx(0.2888, abs=1e-3)
    assert frame.iloc[1]["ci_high"] == pytest.approx(1.0) and frame.iloc[1]["ci_low"] < 0.75
    assert tables({"B": groups["B"]}) == {}


# --------------------------------------------------------------------------- CLI


@pytest.mark.parametrize("name, content", [
    ("in.jsonl", '{"id": "z", "text": "The thugs ran."}\n{"id": "a", "text": "Officials met."}\n\n'
                 '{"id": "m", "text": "The thugs met."}\n'),
    ("in.csv", 'id,text\nz,The thugs ran.\na,Officials met.\nm,"The thugs met."\n'),
    ("in.txt", "The thugs ran.\nOfficials met.\n\nThe thugs met.\n"),
])
def test_classify_cli_jsonl_keeps_input_order(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    expected_ids = ["1", "2", "4"] if name.endswith(".txt") else ["z", "a", "m"]
    assert [r["id"] for r in rows] == expected_ids
    assert [r["text"] for r in rows] == ["The thugs ran.", "Officials met.", "The thugs met."]
    assert all(set(r) == {"id", "text", "probability", "biased"} for r in rows)
    assert all(r["biased"] == (r["probability"] >= 0.5) for r in rows)


def test_classify_cli_csv_and_threshold(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("The council met.\nThe corrupt thugs butchered them.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", str(path), "--format", "csv", "--threshold", "0"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["biased"] for r in rows] == ["True", "True"]


@pytest.mark.parametrize("content, message", [
    ('{"id": 1, "body": "x"}\n', "no 'text' field"),
    ("not json\n", "not a JSON object"),
])
def test_classify_cli_bad_input_is_one_line(tmp_path, content, message):
    path = tmp_path / "in.jsonl"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", str(path)])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_read_sentences_csv_without_text_column(tmp_path):
    from framing.errors import InputError

    path = tmp_path / "in.csv"
    path.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        read_sentences(path)


@pytest.mark.parametrize("where", ["file", "babe_folder", "data_folder"])
def test_read_babe_accepts_file_or_folders(tmp_path, where):
    from framing.model import read_babe

    folder = tmp_path / "babe"
    folder.mkdir()
    lines = [{"id": "1", "text": "A.", "label": "Biased", "biased_words": ["a"]},
             {"id": "2", "text": "B.", "label": "No agreement"},
             {"id": "3", "text": "C.", "label": "Non-biased"}]
    (folder / "sentences.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    arg = {"file": folder / "sentences.jsonl", "babe_folder": folder, "data_folder": tmp_path}[where]
    rows = read_babe(arg)
    assert [(r.id, r.label, r.biased_words) for r in rows] == [("1", 1, ("a",)), ("3", 0, ())]


def test_model_show_cli_lists_named_features():
    result = CliRunner().invoke(main, ["model", "show", "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "towards biased" in result.output and "np.str_" not in result.output
