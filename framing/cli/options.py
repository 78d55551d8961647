"""Options shared by every command, spelled the same way everywhere."""
from __future__ import annotations

import sys

import click

from ..outputs import atomic_write_text


def corpus_argument(func):
    """PATH: a corpus folder, .txt, .csv, .jsonl or .parquet file."""
    return click.argument("path", type=click.Path(exists=True, dir_okay=True, path_type=str))(func)


def corpus_options(func):
    """Column-mapping options for CSV/JSONL/Parquet input (same names in every command)."""
    for name in ("date", "title", "outlet", "text", "id"):
        func = click.option(
            f"--{name}-column", f"{name}_column", default=name, show_default=True,
            help=f"Column holding the article {name} (CSV/JSONL/Parquet input).",
        )(func)
    return func


def corpus_kwargs(kwargs: dict) -> dict:
    """Pop the column-mapping options out of a command's kwargs for `read_corpus`."""
    return {f"{name}_column": kwargs.pop(f"{name}_column") for name in ("id", "text", "outlet", "title", "date")}


def format_option(*choices: str, default: str | None = None):
    """--format with the given choices; the first is the default."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default or choices[0], show_default=True,
        help="Output format.",
    )


output_option = click.option(
    "--output", "-o", "output", type=click.Path(dir_okay=False, path_type=str), default=None,
    help="Write to this file (atomically) instead of standard output.",
)

jobs_option = click.option(
    "--jobs", "-j", "jobs", type=click.IntRange(min=0), default=0, show_default=True,
    help="Worker processes (0 = all cores).",
)

lexicon_option = click.option(
    "--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=str),
    help="Lexicon TOML file to use instead of the shipped ones (repeatable).",
)

family_option = click.option(
    "--family", "families", multiple=True,
    type=click.Choice(["loaded", "hedging", "attribution", "actors", "tone", "classifier"]),
    help="Only run the scorers of this family (repeatable; default: all).",
)

by_option = click.option(
    "--by", "by", type=click.Choice(["outlet", "article"]), default="outlet", show_default=True,
    help="Aggregate per outlet or per article.",
)


def emit(text: str, output: str | None) -> None:
    """Print `text`, or write it atomically to `output`."""
    if output:
        atomic_write_text(output, text if text.endswith("\n") else text + "\n")
        click.echo(f"wrote {output}", err=True)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def report_read(corpus, found: str) -> None:
    """Tell stderr what was found in how many documents of `corpus` (its latest pass), and each skip with its reason."""
    click.echo(f"{found} in {corpus.n_documents} document(s), skipped {len(corpus.skipped)}", err=True)
    for item in corpus.skipped:
        click.echo(f"  skipped {item.id or item.source}: {item.reason}", err=True)
