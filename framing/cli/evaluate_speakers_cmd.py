"""`framing evaluate speakers`: quoted voice and speakers of BASIL's quoted bias spans."""
from __future__ import annotations

import json

import click

from .app import evaluate
from .options import emit, format_option, output_option


@evaluate.command("speakers")
@click.option("--gold", "gold", default=None, type=click.Path(exists=True, file_okay=False, path_type=str),
              help="BASIL folder with articles.jsonl and spans.jsonl (spans with 'quote' and 'speaker'; "
                   "default: $FRAMING_DATA/basil).")
@click.option("--split", type=click.Choice(["all", "tune", "heldout"]), default="all", show_default=True,
              help="Documents to use: all, or the tuning or held-out part (fixed by a hash of BASIL's triplet, "
                   "the event).")
@click.option("--show-errors", type=click.IntRange(min=0), default=0, show_default=True,
              help="Also list the first N named people's quoted spans given a wrong speaker, none, or no quote.")
@format_option("table", "json")
@output_option
def speakers(gold, split, show_errors, fmt, output):
    """Score the quoted voice (P/R/F1 against BASIL's quote flag) and the speakers of named people's quotes.

    A span is in the quoted voice when it lies inside quotation marks; its speaker is the one the attribution
    scorer gives it (that of the quotation holding it). Speaker accuracy counts the spans of a named person
    that the pipeline puts in the quoted voice; recall counts them all.
    """
    from ..datasets import data_dir
    from ..evaluate.speakers import evaluate_speakers, format_table

    folder = gold or str(data_dir(required="basil/spans.jsonl") / "basil")
    result = evaluate_speakers(folder, split=split)
    if fmt == "json":
        emit(json.dumps(result.to_dict(show_errors=show_errors), indent=2, ensure_ascii=False), output)
    else:
        emit(format_table(result, show_errors=show_errors), output)
