"""`framing evaluate spans`: precision/recall/F1 of lexicon (and scare-quote) spans against gold spans."""
from __future__ import annotations

import json

import click

from .app import evaluate
from .options import emit, format_option, lexicon_option, output_option


@evaluate.command("spans")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=str),
              help="Gold folder with articles.jsonl and spans.jsonl (e.g. ../shared/data/ptc).")
@click.option("--labels", "labels", multiple=True,
              help="Gold label whose recall is measured (repeatable; default: PTC Loaded_Language and "
                   "Name_Calling,Labeling, BASIL lexical, else every label).")
@lexicon_option
@click.option("--family", "families", multiple=True, type=click.Choice(["loaded", "hedging"]),
              help="Evaluate the shipped lexicons of this family (repeatable; default: loaded).")
@click.option("--scare-quotes/--no-scare-quotes", default=False, show_default=True,
              help="Also evaluate the scare-quote scorer.")
@click.option("--split", type=click.Choice(["all", "tune", "heldout"]), default="all", show_default=True,
              help="Documents to use: all, or the tuning or held-out part (fixed by a hash of the id).")
@click.option("--tune-fraction", type=click.FloatRange(0.0, 1.0), default=0.5, show_default=True,
              help="Share of documents in the tuning part.")
@click.option("--voice", type=click.Choice(["all", "narrator", "quoted"]), default="all", show_default=True,
              help="Only count predicted spans in this voice.")
@click.option("--show-errors", type=click.IntRange(min=0), default=0, show_default=True,
              help="Also list the N commonest false positives and misses, and scores per category.")
@format_option("table", "json")
@output_option
def spans(gold, labels, lexicons, families, scare_quotes, split, tune_fraction, voice, show_errors, fmt, output):
    """Score lexicon spans against gold spans: overlap-based and exact P/R/F1, per label and overall.

    A prediction is correct if it overlaps a gold span of any label; recall counts gold spans of
    the chosen labels that some prediction overlaps.
    """
    from ..evaluate.spans import build_scorers, evaluate_spans, format_table

    scorers = build_scorers(lexicons=lexicons, families=families, scare_quotes=scare_quotes)
    result = evaluate_spans(gold, scorers, labels=labels or None, split=split, tune_fraction=tune_fraction,
                            voice=None if voice == "all" else voice)
    if fmt == "json":
        emit(json.dumps(result.to_dict(show_errors=show_errors), indent=2, ensure_ascii=False), output)
    else:
        emit(format_table(result, show_errors=show_errors), output)
