"""`framing clean`: print each document's cleaned text, or (--show) what cleaning removes."""
from __future__ import annotations

import contextlib
import sys
import warnings
from typing import IO, Iterator

import click

from .app import main
from .options import corpus_argument, corpus_kwargs, corpus_options, output_option


@main.command("clean")
@corpus_argument
@click.option("--show", is_flag=True,
              help="List what cleaning removes from each document (line, rule, text) instead of the text.")
@output_option
@corpus_options
def clean_command(path, show, output, **kwargs):
    """Print the cleaned text of each document, with a header line per document."""
    from ..io import CorpusWarning, Skipped, iter_raw
    from ..text import clean

    n_docs = n_removed = 0
    skipped = []
    with warnings.catch_warnings(record=True) as caught, _output_stream(output) as out:
        warnings.simplefilter("always", CorpusWarning)
        for item in iter_raw(path, **corpus_kwargs(kwargs)):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            cleaned = clean(item.text)
            n_docs += 1
            n_removed += len(cleaned.removed)
            out.write(_header(item, cleaned, show=show) + "\n")
            out.write(_removed_lines(cleaned) if show else _body(cleaned.text))
    for warning in caught:
        click.echo(f"warning: {warning.message}", err=True)
    what = f"{n_removed} removal(s) in " if show else ""
    click.echo(f"cleaned {what}{n_docs} document(s), skipped {len(skipped)}", err=True)
    for item in skipped:
        click.echo(f"  skipped {item.id or item.source}: {item.reason}", err=True)
    if output:
        click.echo(f"wrote {output}", err=True)


def _header(doc, cleaned, *, show: bool) -> str:
    """'=== id (outlet) source ===' plus, with --show, how many lines were removed."""
    outlet = f" ({doc.outlet})" if doc.outlet else ""
    count = f" — {len(cleaned.removed)} removed" if show else ""
    empty = " — empty after cleaning" if not cleaned.text.strip() else ""
    return f"=== {doc.id}{outlet} {doc.source}{count}{empty} ==="


def _body(text: str) -> str:
    """The cleaned text followed by one blank line."""
    return text.rstrip("\n") + "\n\n" if text.strip() else "\n"


def _removed_lines(cleaned) -> str:
    """One line per removal: 'line N  rule  text', aligned; then a blank line."""
    if not cleaned.removed:
        return "  (nothing removed)\n\n"
    width = max(len(r.rule) for r in cleaned.removed)
    rows = [f"  line {r.line:>4}  {r.rule:<{width}}  {r.text.strip()}" for r in cleaned.removed]
    return "\n".join(rows) + "\n\n"


@contextlib.contextmanager
def _output_stream(output: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file written atomically when the command succeeds."""
    if not output:
        yield sys.stdout
        return
    from ..outputs import atomic_open

    with atomic_open(output, "w") as fh:
        yield fh
