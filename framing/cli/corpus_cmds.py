"""`framing scorecard`, `framing annotate` and `framing kwic`: corpus in, measures out."""
from __future__ import annotations

import json

import click

from .app import main
from .options import (by_option, corpus_argument, corpus_kwargs, corpus_options, emit, family_option, format_option,
                      jobs_option, lexicon_option, output_option, report_read)
from .run_cmd import engine_options


def _analyze(path: str, kwargs: dict, lexicons: tuple[str, ...], *, by: str = "outlet", jobs: int = 1,
             engine: str = "local", scheduler: str | None = None, families: tuple[str, ...] = (),
             keep: bool = True):
    """Read the corpus with the column options and analyse it with the chosen lexicons and engine.

    `keep=False` streams: no spans, no per-document results, only the scorecard (flat memory)."""
    from ..engine import analyze, default_scorers
    from ..io import read_corpus

    corpus = read_corpus(path, **corpus_kwargs(kwargs))
    scorers = default_scorers(lexicons=lexicons, families=families or None)
    if engine == "dask":
        from ..distributed import analyze_dask

        return analyze_dask(corpus, scorers=scorers, scheduler=scheduler, by=by, keep_spans=keep, keep_results=keep)
    return analyze(corpus, scorers=scorers, by=by, jobs=jobs, progress=None, keep_spans=keep, keep_results=keep)


def _stored_scorecard(path: str, results: str | None, kwargs: dict, lexicons, *, by: str, jobs: int,
                      engine: str, scheduler: str | None):
    """The scorecard of a results folder (PATH itself, or --results after updating it from PATH), else None."""
    from ..store import ResultsStore

    if results is None and not ResultsStore.is_results_folder(path):
        return None
    if results is not None:
        from .run_cmd import update_results

        store = update_results(path, results, kwargs=kwargs, lexicons=lexicons, jobs=jobs, engine=engine,
                               scheduler=scheduler, partition_size=5000)
    else:
        store = ResultsStore(path)
    return store.scorecard(by=by)


def _report_counts(result) -> None:
    """Tell stderr how many documents were scored and skipped, and why."""
    click.echo(f"scored {result.n_scored} document(s), skipped {len(result.skipped)}", err=True)
    for item in result.skipped:
        click.echo(f"  skipped {item.id or item.source}: {item.reason}", err=True)


@main.command()
@corpus_argument
@by_option
@format_option("table", "markdown", "json", "csv")
@output_option
@lexicon_option
@family_option
@jobs_option
@engine_options
@click.option("--results", "results", default=None, type=click.Path(file_okay=False, path_type=str),
              help="Also keep results in this folder and score only new or changed documents (see `framing run`).")
@corpus_options
def scorecard(path, by, fmt, output, lexicons, families, jobs, engine, scheduler, results, **kwargs):
    """Print the framing scorecard of a corpus or of a results folder (per outlet or per article)."""
    if families and results:
        raise click.UsageError("--family does not combine with --results (a results folder keeps every family)")
    card = None if families else _stored_scorecard(path, results, kwargs, lexicons, by=by, jobs=jobs,
                                                   engine=engine, scheduler=scheduler)
    result = None
    if card is None:
        result = _analyze(path, kwargs, lexicons, by=by, jobs=jobs, engine=engine, scheduler=scheduler,
                          families=families, keep=False)
        card = result.scorecard
    if fmt == "table":
        from ..render.terminal import render_scorecard

        text = render_scorecard(card)
    elif fmt == "markdown":
        from ..render.markdown import render_markdown

        text = render_markdown(card)
    elif fmt == "json":
        text = json.dumps(card.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)
    else:
        text = card.to_frame().to_csv(index=False)
    emit(text, output)
    if result is not None:
        _report_counts(result)
    elif results is None:
        click.echo(f"{card.n_articles} document(s) from the results folder {path}, "
                   f"skipped {len(card.skipped)}", err=True)


@main.command()
@corpus_argument
@format_option("jsonl", "csv", "table")
@output_option
@lexicon_option
@click.option("--show", is_flag=True, help="Print each article with its spans highlighted.")
@family_option
@jobs_option
@engine_options
@corpus_options
def annotate(path, fmt, output, lexicons, show, families, jobs, engine, scheduler, **kwargs):
    """List every span found (one JSON object per span), or show articles highlighted."""
    result = _analyze(path, kwargs, lexicons, jobs=jobs, engine=engine, scheduler=scheduler, families=families)
    if show:
        _show_annotated(result, output)
        _report_counts(result)
        return
    outlets = {doc_id: doc.outlet for doc_id, doc in result.documents.items()}
    records = [{"doc_id": s.doc_id, "outlet": outlets.get(s.doc_id, ""), **_span_record(s)} for s in result.spans]
    emit(_records_text(records, fmt), output)
    _report_counts(result)


@main.command()
@click.argument("term")
@corpus_argument
@click.option("--width", type=int, default=50, show_default=True, help="Characters of context each side.")
@format_option("table", "jsonl", "csv")
@output_option
@corpus_options
def kwic(term, path, width, fmt, output, **kwargs):
    """Show TERM in context (keyword in context) across a corpus, with its voice."""
    from ..io import read_corpus
    from ..kwic import find_in_context

    corpus = read_corpus(path, **corpus_kwargs(kwargs))
    rows = list(find_in_context(corpus, term, width=width))
    emit(_records_text(rows, fmt), output)
    report_read(corpus, f"{len(rows)} match(es) for {term!r}")


def _show_annotated(result, output: str | None) -> None:
    """Highlighted articles: coloured on a terminal, [marked]{family:category} in files and pipes."""
    import sys

    from ..render.annotated import annotated_text, legend, render_annotated

    docs = list(result.documents.values())
    if output is None and sys.stdout.isatty():
        from rich.console import Console
        from rich.rule import Rule

        console = Console()
        console.print(legend() + "  (quoted voice in italics)")
        for doc in docs:
            console.print(Rule(f"{doc.id} — {doc.outlet}"))
            console.print(annotated_text(doc, result.spans_of(doc.id)))
        return
    emit("\n\n".join(render_annotated(doc, result.spans_of(doc.id)) for doc in docs), output)


def _span_record(span) -> dict:
    """The public fields of a span for JSONL/CSV output (doc_id first)."""
    data = span.to_dict()
    data.pop("doc_id", None)
    return data


def _records_text(records: list[dict], fmt: str) -> str:
    """Records as JSONL, CSV or a plain aligned table."""
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
    import pandas as pd

    frame = pd.DataFrame(records)
    if fmt == "csv":
        return frame.to_csv(index=False)
    if frame.empty:
        return "(nothing found)"
    return frame.to_string(index=False, max_colwidth=60)
