"""`framing evaluate classifier`: accuracy and macro-F1 of the bias classifier on the BABE held-out split."""
from __future__ import annotations

import json

import click

from .app import evaluate
from .options import emit, format_option, output_option


@evaluate.command("classifier")
@click.option("--gold", "gold", type=click.Path(exists=True, file_okay=False, path_type=str), default=None,
              help="Data folder holding babe/sentences.jsonl (default: $FRAMING_DATA or ../shared/data).")
@click.option("--model", "model_path", type=click.Path(exists=True, dir_okay=False, path_type=str), default=None,
              help="Model file (default: the shipped model).")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=0.5, show_default=True,
              help="Probability at or above which a sentence counts as biased.")
@click.option("--split", type=click.Choice(["held-out", "train", "all"]), default="held-out", show_default=True,
              help="Sentences to score: the held-out split (never trained on), the training split, or all.")
@format_option("table", "json")
@output_option
def classifier(gold, model_path, threshold, split, fmt, output):
    """Accuracy, macro-F1 and per-class P/R/F1 on BABE sentences the model was not trained on."""
    from ..evaluate.classifier import evaluate_classifier, format_table
    from ..model import load_model

    result = evaluate_classifier(gold, model=load_model(model_path), threshold=threshold, split=split)
    if fmt == "json":
        emit(json.dumps(result.to_dict(), indent=2), output)
    else:
        emit(format_table(result), output)
