"""`framing run`: score a corpus into a results folder (Parquet partitions), incrementally."""
from __future__ import annotations

import click

from .app import main
from .options import corpus_argument, corpus_kwargs, corpus_options, jobs_option, lexicon_option


def engine_options(func):
    """--engine local|dask and --scheduler ADDRESS (same spelling in every command)."""
    func = click.option(
        "--scheduler", "scheduler", default=None, metavar="ADDRESS",
        help="Dask scheduler address (tcp://HOST:8786) for --engine dask; without it a local cluster starts.",
    )(func)
    return click.option(
        "--engine", "engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
        help="Score with local processes (--jobs) or on a Dask cluster (pip install \"framing-analyser[dask]\").",
    )(func)


def report_skipped(skipped, *, limit: int = 20) -> None:
    """List skipped inputs on stderr (at most `limit`, then how many more)."""
    for item in skipped[:limit]:
        click.echo(f"  skipped {item.id or item.source}: {item.reason}", err=True)
    if len(skipped) > limit:
        click.echo(f"  ... and {len(skipped) - limit} more (see state.json in the results folder)", err=True)


def update_results(path: str, results: str, *, kwargs: dict, lexicons, jobs: int, engine: str,
                   scheduler: str | None, partition_size: int, keep_spans: bool = True):
    """Score what is new or changed in the corpus at `path` into the results folder; print totals."""
    from ..engine import default_scorers
    from ..io import read_corpus
    from ..store import ResultsStore

    corpus = read_corpus(path, **corpus_kwargs(kwargs))
    store = ResultsStore(results)
    summary = store.update(corpus, scorers=default_scorers(lexicons=lexicons), jobs=jobs, engine=engine,
                           scheduler=scheduler, partition_size=partition_size, keep_spans=keep_spans,
                           progress=None)
    click.echo(f"{summary} -> {results}", err=True)
    report_skipped(summary.skipped)
    return store


@main.command()
@corpus_argument
@click.option("--results", "results", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Results folder (created if needed); re-runs score only new or changed documents.")
@click.option("--partition-size", "partition_size", type=click.IntRange(min=1), default=5000, show_default=True,
              help="Documents per Parquet partition file.")
@click.option("--no-spans", is_flag=True, help="Store only per-document results, not every span.")
@jobs_option
@engine_options
@lexicon_option
@corpus_options
def run(path, results, partition_size, no_spans, jobs, engine, scheduler, lexicons, **kwargs):
    """Score a corpus into a results folder: docs/ and spans/ Parquet partitions plus state.json.

    Then `framing scorecard RESULTS` prints the scorecard from the stored results.
    """
    update_results(path, results, kwargs=kwargs, lexicons=lexicons, jobs=jobs, engine=engine,
                   scheduler=scheduler, partition_size=partition_size, keep_spans=not no_spans)
