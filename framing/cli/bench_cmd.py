"""`framing bench`: words/s and peak memory of the pipeline, its stages, a raw scan and VADER."""
from __future__ import annotations

import click

from .app import main
from .options import emit, output_option


@main.command()
@click.option("--data", "data", type=click.Path(exists=True, file_okay=False, path_type=str), default=None,
              help="Shared data folder holding allsides/articles.parquet (default: $FRAMING_DATA).")
@click.option("--limit", "limit", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Benchmark on the first N articles.")
@click.option("--all", "all_texts", is_flag=True, help="Benchmark on every article (overrides --limit).")
@click.option("--jobs", "-j", "jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for the parallel pipeline row (0 = all cores).")
@click.option("--stage", "stages", multiple=True,
              type=click.Choice(["pipeline", "lexicon pipeline", "attribution pipeline", "lexicon stage",
                                 "raw pyahocorasick", "vaderSentiment", "clean + segment"]),
              help="Measure only this stage (repeatable); default: all.")
@click.option("--repeat", "repeat", type=click.IntRange(min=1), default=1, show_default=True,
              help="Run every stage N times, in rounds, and keep each stage's fastest run (steadier ratios on a "
                   "shared machine).")
@output_option
def bench(data, limit, all_texts, jobs, stages, repeat, output):
    """Throughput (words/s) and peak memory of each stage, on the same AllSides texts."""
    from ..bench import format_table, load_texts, run_bench, summary

    texts = load_texts(data, limit=None if all_texts else limit)
    best = f", best of {repeat} runs per stage" if repeat > 1 else ""
    click.echo(f"benchmarking {len(texts.raw):,} texts ({texts.words:,} words){best}...", err=True)
    rows = run_bench(texts=texts, jobs=jobs, stages=stages or None, repeat=repeat)
    lines = [format_table(rows, texts=len(texts.raw)), "", *summary(rows)]
    if repeat > 1:
        lines.append(f"each row: the fastest of {repeat} runs (stages interleaved round by round)")
    emit("\n".join(lines).rstrip("\n"), output)
