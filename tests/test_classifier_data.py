"""The shipped bias classifier on the BABE held-out split (needs ../shared/data via FRAMING_DATA)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from framing.cli import main

# Measured with `framing evaluate classifier` when the model was trained (see framing/data/MODEL_CARD.md).
MEASURED_MACRO_F1 = 0.7423


def test_shipped_model_macro_f1_on_held_out(shared_data):
    from framing.evaluate.classifier import evaluate_classifier

    result = evaluate_classifier(shared_data)
    assert result.n > 500
    assert result.macro_f1 >= MEASURED_MACRO_F1 - 0.01
    assert result.per_class["Biased"]["support"] + result.per_class["Non-biased"]["support"] == result.n


def test_held_out_sentences_are_never_trained_on(shared_data):
    from framing.model import load_model, read_babe, split_babe

    train, held_out = split_babe(read_babe(shared_data))
    assert not {s.id for s in train} & {s.id for s in held_out}
    assert load_model().info["n_train"] == len(train)


def test_evaluate_classifier_cli(shared_data):
    result = CliRunner().invoke(main, ["evaluate", "classifier", "--gold", str(shared_data), "--format", "json"])
    assert result.exit_code == 0, result.output
    import json

    report = json.loads(result.output)
    assert report["macro_f1"] >= MEASURED_MACRO_F1 - 0.01 and 0.5 < report["accuracy"] <= 1


@pytest.mark.slow
def test_model_train_cli_is_reproducible(shared_data, tmp_path):
    outputs = []
    for name in ("a.npz", "b.npz"):
        path = tmp_path / name
        result = CliRunner().invoke(main, ["model", "train", "--data", str(shared_data), "--output", str(path),
                                           "--sample", "80", "--seed", "3"])
        assert result.exit_code == 0, result.output
        outputs.append(path.read_bytes())
    assert outputs[0] == outputs[1]
    from framing.model import load_model

    model = load_model(tmp_path / "a.npz")
    assert model.config.seed == 3 and model.info["n_train"] == 80
