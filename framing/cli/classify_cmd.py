"""`framing classify`: probability of bias for sentences given one per row."""
from __future__ import annotations

import click

from .app import main
from .options import emit, format_option, output_option


@main.command("classify")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=str))
@format_option("table", "jsonl", "csv")
@output_option
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=0.5, show_default=True,
              help="Probability at or above which a sentence counts as biased.")
@click.option("--model", "model_path", type=click.Path(exists=True, dir_okay=False, path_type=str), default=None,
              help="Model file from `framing model train` (default: the shipped model).")
@click.option("--id-column", "id_column", default="id", show_default=True, help="Column holding the sentence id.")
@click.option("--text-column", "text_column", default="text", show_default=True, help="Column holding the sentence.")
def classify(file, fmt, output, threshold, model_path, id_column, text_column):
    """Score sentences in FILE (JSONL/CSV with id,text or .txt one sentence a line), in input order."""
    from ..model import load_model
    from ..scorers.classifier import classify_rows, read_sentences

    rows = read_sentences(file, id_column=id_column, text_column=text_column)
    results = classify_rows(rows, model=load_model(model_path), threshold=threshold)
    emit(render(results, fmt), output)


def render(results: list[dict], fmt: str) -> str:
    """The results as JSONL, CSV or a plain table."""
    import csv
    import io
    import json

    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=["id", "text", "probability", "biased"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(results)
        return buffer.getvalue()
    width = max([len(str(r["id"])) for r in results] + [2])
    lines = [f"{'id':<{width}}  prob  biased  text"]
    for r in results:
        text = r["text"] if len(r["text"]) <= 90 else r["text"][:87] + "..."
        lines.append(f"{r['id']:<{width}}  {r['probability']:.2f}  {'yes' if r['biased'] else 'no':<6}  {text}")
    return "\n".join(lines)
