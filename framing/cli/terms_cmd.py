"""`framing terms distinctive|suggest|actors`: words that set outlets apart, names of actors, lexicon candidates."""
from __future__ import annotations

import json

import click

from .app import FramingGroup, main
from .options import corpus_argument, corpus_kwargs, corpus_options, emit, format_option, output_option


@main.group(cls=FramingGroup)
def terms() -> None:
    """Distinctive terms between outlets, how outlets name actors, and term suggestions for lexicons."""


top_option = click.option("--top", "top", type=click.IntRange(min=1), default=20, show_default=True,
                          help="Rows to show (per outlet for distinctive, per kind for suggest).")


@terms.command()
@corpus_argument
@click.option("--reference", "reference", multiple=True, metavar="OUTLET",
              help="Compare each other outlet with this one (repeatable: pooled). Default: each outlet vs the rest.")
@top_option
@click.option("--min-count", "min_count", type=click.IntRange(min=1), default=5, show_default=True,
              help="Ignore terms seen fewer times in the whole corpus.")
@click.option("--ngrams", "ngrams", type=click.Choice(["1", "2", "1-2"]), default="1-2", show_default=True,
              help="Unigrams, bigrams or both.")
@click.option("--by", "by", type=click.Choice(["outlet", "article"]), default="outlet", show_default=True,
              help="Aggregate per outlet or per article.")
@click.option("--plot", "plot", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Also save a frequency vs z-score plot (.png, .svg or .pdf), one panel per outlet.")
@format_option("table", "csv", "json")
@output_option
@corpus_options
def distinctive(path, reference, top, min_count, ngrams, by, plot, fmt, output, **kwargs):
    """Terms most over-represented in each outlet (log-odds ratio, informative Dirichlet prior, z-scores)."""
    from ..distinctive import distinctive_terms, top_terms
    from ..io import read_corpus

    low, high = {"1": (1, 1), "2": (2, 2), "1-2": (1, 2)}[ngrams]
    corpus = read_corpus(path, **corpus_kwargs(kwargs))
    frame = distinctive_terms(corpus, by=by, reference=list(reference) or None, ngram_range=(low, high),
                              min_count=min_count)
    best = top_terms(frame, top=top)
    if plot:
        _save_plot(frame, plot, top=top)
    emit(_frame_text(best.round({"freq": 5, "delta": 3, "z": 3}), fmt), output)
    outlets = frame["outlet"].nunique()
    click.echo(f"{frame['term'].nunique()} term(s) with at least {min_count} occurrence(s); "
               f"{outlets} {by}(s) compared" + (f" with {', '.join(reference)}" if reference else " with the rest"),
               err=True)


@terms.command()
@corpus_argument
@click.option("--near", "near", required=True, metavar="ACTOR",
              help="Actor (a category of the actor lexicon, e.g. armed_opposition).")
@top_option
@click.option("--min-count", "min_count", type=click.IntRange(min=1), default=2, show_default=True,
              help="Ignore candidates seen fewer times near the actor.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["modifier", "phrase"]),
              help="Only this kind of candidate (repeatable; default both).")
@click.option("--actors", "actors", type=click.Path(exists=True, dir_okay=False, path_type=str), default=None,
              help="Actor lexicon TOML to use instead of the shipped lexicons/actors.toml.")
@format_option("table", "csv", "json")
@output_option
@corpus_options
def suggest(path, near, top, min_count, kinds, actors, fmt, output, **kwargs):
    """Candidate names and loaded modifiers near an actor's names, not yet in any lexicon."""
    from ..io import read_corpus
    from ..suggest import suggest_terms

    corpus = read_corpus(path, **corpus_kwargs(kwargs))
    frame = suggest_terms(corpus, near=near, top=top, actors=actors, min_count=min_count,
                          kinds=tuple(kinds) or ("modifier", "phrase"))
    emit(_frame_text(frame, fmt), output)
    click.echo(f"{len(frame)} candidate(s) near {near}", err=True)


@terms.command()
@corpus_argument
@click.option("--actor", "actor", default=None, metavar="ACTOR",
              help="Only this actor (a category of the actor lexicon, e.g. syrian_government).")
@click.option("--voice", "voice", type=click.Choice(["narrator", "quoted", "both"]), default="both",
              show_default=True, help="Names in the outlet's own words, inside quotes, or both tables.")
@click.option("--actors", "actors", type=click.Path(exists=True, dir_okay=False, path_type=str), default=None,
              help="Actor lexicon TOML to use instead of the shipped lexicons/actors.toml.")
@click.option("--by", "by", type=click.Choice(["outlet", "article"]), default="outlet", show_default=True,
              help="Aggregate per outlet or per article.")
@format_option("table", "csv", "json")
@output_option
@corpus_options
def actors(path, actor, voice, actors, by, fmt, output, **kwargs):
    """How each outlet names each actor: counts of every name, outlets side by side."""
    from ..engine import analyze
    from ..io import read_corpus
    from ..scorers.actors import ActorScorer
    from ..sections import actors as section

    scorer = ActorScorer(actors)
    if actor is not None:
        scorer.actors.names_of(actor)  # unknown actor: a clear error listing the actors
    card = analyze(read_corpus(path, **corpus_kwargs(kwargs)), scorers=[scorer], by=by, keep_spans=False,
                   keep_results=False).scorecard
    tables = section.tables(card.groups)
    wanted = {"narrator": [section.CONTRAST], "quoted": [section.CONTRAST_QUOTED],
              "both": [section.CONTRAST, section.CONTRAST_QUOTED]}[voice]
    parts = []
    for title in wanted:
        frame = tables.get(title)
        if frame is None:
            continue
        if actor is not None:
            frame = frame[frame["actor"] == actor]
        parts.append((title, frame.reset_index(drop=True)))
    if fmt == "json":
        text = json.dumps({title: json.loads(frame.to_json(orient="records")) for title, frame in parts},
                          ensure_ascii=False, indent=2)
    elif fmt == "csv":
        import pandas as pd

        text = pd.concat([frame.assign(voice=title.rsplit("(", 1)[-1].split()[0]) for title, frame in parts]
                         ).to_csv(index=False) if parts else ""
    else:
        text = "\n\n".join(f"{title}\n{_frame_text(frame, 'table')}" for title, frame in parts) or "(no actor names found)"
    emit(text, output)


def _frame_text(frame, fmt: str) -> str:
    """A DataFrame as an aligned table, CSV or a JSON list of records."""
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        return json.dumps(json.loads(frame.to_json(orient="records")), ensure_ascii=False, indent=2)
    if frame.empty:
        return "(nothing found)"
    return frame.to_string(index=False, max_colwidth=70)


def _save_plot(frame, path: str, *, top: int) -> None:
    """One distinctive-terms panel per outlet, saved atomically to `path`."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from ..distinctive import plot_distinctive
    from ..errors import FramingError
    from ..outputs import atomic_write_bytes

    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if suffix not in ("png", "svg", "pdf"):
        raise FramingError(f"--plot {path}: use a .png, .svg or .pdf file name")
    outlets = sorted(frame["outlet"].unique())
    if not outlets:
        raise FramingError("--plot: no distinctive terms to plot (lower --min-count?)")
    fig, axes = plt.subplots(len(outlets), 1, figsize=(9, 5.5 * len(outlets)), squeeze=False)
    for ax, outlet in zip(axes[:, 0], outlets):
        plot_distinctive(frame, outlet=outlet, top=min(top, 15), ax=ax)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format=suffix)
    plt.close(fig)
    atomic_write_bytes(path, buffer.getvalue())
    click.echo(f"wrote {path}", err=True)
