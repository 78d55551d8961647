"""`framing model train`: retrain the sentence bias classifier on BABE, reproducibly."""
from __future__ import annotations

import time

import click

from .app import main


@main.group("model")
def model_group() -> None:
    """Train and inspect the sentence bias classifier."""


@model_group.command("train")
@click.option("--data", "data", type=click.Path(exists=True, file_okay=False, path_type=str), default=None,
              help="Data folder holding babe/sentences.jsonl (default: $FRAMING_DATA or ../shared/data).")
@click.option("--output", "-o", "output", required=True, type=click.Path(dir_okay=False, path_type=str),
              help="Model file to write (.npz, plain arrays, no pickle).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the calibration folds.")
@click.option("--C", "C", type=click.FloatRange(min=0.0, min_open=True), default=None,
              help="Inverse regularisation strength of the logistic regression (default: the shipped choice).")
@click.option("--sample", type=click.IntRange(min=10), default=None,
              help="Train on only the first N training sentences (quick checks).")
def train(data, output, seed, C, sample):
    """Fit the classifier on the BABE training split (held-out sentences are never used) and save it."""
    from dataclasses import replace

    from ..model import TrainingConfig, train as train_model

    config = TrainingConfig(seed=seed)
    if C is not None:
        config = replace(config, C=C)
    start = time.perf_counter()
    _, model = train_model(data, config=config, sample=sample)
    seconds = time.perf_counter() - start
    model.save(output)
    click.echo(f"trained on {model.info['n_train']} sentences in {seconds:.1f} s; "
               f"{len(model.coef)} features; wrote {output}", err=True)


@model_group.command("show")
@click.option("--model", "model_path", type=click.Path(exists=True, dir_okay=False, path_type=str), default=None,
              help="Model file (default: the shipped model).")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many of the strongest features to list each way.")
def show(model_path, top):
    """Print the model's configuration and its strongest features towards each class."""
    from ..model import load_model

    model = load_model(model_path)
    click.echo(f"config: {model.config.to_json()}")
    click.echo(f"info:   {model.info}")
    biased, neutral = model.top_features(top)
    click.echo("towards biased:      " + ", ".join(f"{n!r} {w:+.2f}" for n, w in biased))
    click.echo("towards non-biased:  " + ", ".join(f"{n!r} {w:+.2f}" for n, w in neutral))
