"""`framing report`, `framing compare` and `framing plot`: HTML pages and figures of a corpus."""
from __future__ import annotations

import click

from .app import main
from .options import (by_option, corpus_argument, corpus_kwargs, corpus_options, emit, jobs_option,
                      lexicon_option, output_option)

article_option = click.option(
    "--article", "article_ids", multiple=True, metavar="ID",
    help="Show exactly this article (repeatable; ids as in `framing annotate`).",
)


def _scorers(lexicons):
    """The default scorers, or the lexicon scorers of the given files."""
    from ..engine import default_scorers

    return default_scorers(lexicons=lexicons)


@main.command()
@corpus_argument
@output_option
@by_option
@click.option("--articles", "n_articles", type=click.IntRange(min=0), default=20, show_default=True,
              help="Embed at most N article views (the first N); the scorecard always covers all articles.")
@article_option
@click.option("--title", default="Framing report", show_default=True, help="Page title.")
@click.option("--no-charts", is_flag=True, help="Leave out the inline SVG charts.")
@jobs_option
@lexicon_option
@corpus_options
def report(path, output, by, n_articles, article_ids, title, no_charts, jobs, lexicons, **kwargs):
    """Write a self-contained HTML report: scorecard, charts and highlighted articles."""
    import time

    from ..io import read_corpus
    from ..render.html import build_report

    began = time.perf_counter()
    corpus = read_corpus(path, **corpus_kwargs(kwargs))
    page = build_report(corpus, scorers=_scorers(lexicons), by=by, articles=n_articles, article_ids=article_ids,
                        jobs=jobs, title=title, charts=not no_charts, source=path)
    emit(page, output)
    click.echo(f"report: {len(page.encode('utf-8')):,} bytes in {time.perf_counter() - began:.1f} s", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=str))
@output_option
@article_option
@click.option("--format", "fmt", type=click.Choice(["html", "markdown"]), default="html", show_default=True,
              help="Output format.")
@click.option("--title", default=None, help="Page title (default: the outlets compared).")
@lexicon_option
@corpus_options
def compare(paths, output, article_ids, fmt, title, lexicons, **kwargs):
    """Compare 2+ articles on the same event side by side (all articles of PATHS, or --article ID twice+)."""
    from ..compare import Comparison
    from ..io import read_corpus

    columns = corpus_kwargs(kwargs)
    docs = (item for path in paths for item in read_corpus(path, **columns))
    comparison = Comparison.from_corpus(docs, ids=article_ids, scorers=_scorers(lexicons), title=title or "")
    if fmt == "html":
        emit(comparison.to_html(title=title), output)
    else:
        from ..render.markdown import table_markdown
        from ..render.tables import frame_table

        parts = [f"## {comparison.title}\n"]
        parts += [table_markdown(frame_table(t, f)) for t, f in comparison.tables().items()]
        emit("\n".join(parts), output)


@main.command()
@corpus_argument
@click.option("--kind", type=click.Choice(["rates", "heatmap", "stance", "actors", "distinctive"]),
              default="rates", show_default=True, help="Which figure to draw.")
@click.option("--output", "-o", "output", required=True, type=click.Path(dir_okay=False, path_type=str),
              help="Figure file: .png, .svg or .pdf.")
@by_option
@click.option("--family", default="loaded", show_default=True, help="Family for --kind rates.")
@click.option("--category", default=None, help="Category for --kind rates (default: the whole family).")
@click.option("--outlet", default=None, help="Outlet for --kind distinctive.")
@click.option("--actor", default=None, help="Actor for --kind actors (default: the most mentioned).")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Show at most N groups.")
@jobs_option
@lexicon_option
@corpus_options
def plot(path, kind, output, by, family, category, outlet, actor, top, jobs, lexicons, **kwargs):
    """Draw a scorecard figure (rates with CIs, heat map, stance, actor naming, distinctive terms)."""
    from ..engine import analyze
    from ..io import read_corpus
    from ..render.plot import save_plot

    keep = kind == "distinctive"
    result = analyze(read_corpus(path, **corpus_kwargs(kwargs)), scorers=_scorers(lexicons), by=by,
                     keep_spans=keep or kind == "stance", keep_results=False, jobs=jobs)
    save_plot(result.scorecard, output, kind=kind, family=family, category=category, outlet=outlet, actor=actor,
              top=top)
    click.echo(f"wrote {output}", err=True)
