"""`framing evaluate attribution`: P/R/F1 of source, cue and content spans against PolNeAR."""
from __future__ import annotations

import json

import click

from .app import evaluate
from .options import emit, format_option, output_option


def format_table(result) -> str:
    """Plain-text table of the scores per role and mode."""
    lines = [f"split={result.split} documents={result.n_docs} words={result.n_words} "
             f"speed={result.words_per_second:,.0f} words/s",
             f"{'role':<8} {'mode':<8} {'gold':>6} {'pred':>6} {'g.hit':>6} {'p.hit':>6} {'P':>6} {'R':>6} {'F1':>6}"]
    for role, modes in result.scores.items():
        for mode, prf in modes.items():
            lines.append(f"{role:<8} {mode:<8} {prf.gold:>6} {prf.predicted:>6} {prf.gold_matched:>6} "
                         f"{prf.predicted_matched:>6} {prf.precision:>6.3f} {prf.recall:>6.3f} {prf.f1:>6.3f}")
    return "\n".join(lines)


@evaluate.command("attribution")
@click.option("--gold", "gold", default=None, type=click.Path(exists=True, file_okay=False, path_type=str),
              help="PolNeAR folder with articles.jsonl and attributions.jsonl (default: $FRAMING_DATA/polnear).")
@click.option("--split", type=click.Choice(["dev", "train", "all"]), default="dev", show_default=True,
              help="Articles to evaluate on.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Evaluate on the first N articles only.")
@format_option("table", "json")
@output_option
def attribution(gold, split, limit, fmt, output):
    """Score attribution extraction: source, cue and content P/R/F1, overlap-based and exact."""
    from ..datasets import data_dir
    from ..evaluate.attribution import evaluate_attribution

    folder = gold or str(data_dir(required="polnear/attributions.jsonl") / "polnear")
    result = evaluate_attribution(folder, split=split, limit=limit)
    text = json.dumps(result.to_dict(), indent=2) if fmt == "json" else format_table(result)
    emit(text, output)
