"""`framing quotes`: list every attribution (who said what, with which reporting verb)."""
from __future__ import annotations

import click

from .app import main
from .options import corpus_argument, corpus_kwargs, corpus_options, emit, format_option, output_option, report_read

FIELDS = ("doc_id", "outlet", "source", "cue", "content", "speaker", "speaker_group", "country", "verb",
          "stance", "kind", "anonymous", "attribution_id")
_ROLES = ("source", "cue", "content")  # the span fields: three CSV columns each


def attribution_rows(corpus, *, speaker: str | None = None, stances=(), groups=(), outlets=()):
    """One dict per attribution (JSONL shape) for every document of `corpus`; skips are ignored.

    A quotation split by its cue gives one dict per part, with the same `attribution_id` (the id that
    links the attribution's spans in `framing annotate`).

    `speaker` keeps speakers whose name contains it (any case); `stances`, `groups` and `outlets`
    keep those values only (an empty selection keeps everything).
    """
    from ..attribution import extract_attributions
    from ..document import Document

    wanted = speaker.casefold() if speaker else None
    for doc in corpus:
        if not isinstance(doc, Document) or (outlets and doc.outlet not in outlets):
            continue
        for attr in extract_attributions(doc):
            if ((wanted and wanted not in (attr.speaker or "").casefold()) or (stances and attr.stance not in stances)
                    or (groups and attr.speaker_group not in groups)):
                continue
            data = attr.to_dict()
            yield {"doc_id": doc.id, "outlet": doc.outlet, **{k: data[k] for k in FIELDS[2:-1]},
                   "attribution_id": attr.id}


def _check_known(values: tuple[str, ...], known, what: str) -> None:
    """Refuse a stance class or speaker group the data files do not define, naming the ones they do."""
    unknown = [v for v in values if v not in known]
    if unknown:
        raise click.BadParameter(f"unknown {what} {', '.join(map(repr, unknown))}; use one of {', '.join(sorted(known))}")


def _render_table(rows: list[dict]) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} attribution(s)", show_lines=False)
    for name in ("outlet", "doc", "speaker", "group", "cue", "stance", "kind", "content"):
        table.add_column(name, overflow="fold")
    for row in rows:
        content = (row["content"] or {}).get("text", "")
        written = (row["cue"] or {}).get("text", "")
        cue = written if written.lower() == row["verb"] else f"{written} ({row['verb']})"  # as written, and its lemma
        table.add_row(row["outlet"], row["doc_id"], row["speaker"] or "", row["speaker_group"] + (" (anon.)" if row["anonymous"] else ""),
                      cue, row["stance"], row["kind"], content[:120] + ("…" if len(content) > 120 else ""))
    console = Console(record=True, width=160, force_terminal=False)
    with console.capture() as capture:
        console.print(table)
    return capture.get()


def _render_csv(rows: list[dict]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = [name for name in FIELDS if name not in _ROLES]
    fields = len(header)
    for role in _ROLES:
        header += [f"{role}_start", f"{role}_end", f"{role}_text"]
    writer.writerow(header)
    for row in rows:
        line = [row[k] for k in header[:fields]]
        for role in _ROLES:
            part = row[role] or {}
            line += [part.get("start", ""), part.get("end", ""), part.get("text", "")]
        writer.writerow(line)
    return buffer.getvalue()


@main.command()
@corpus_argument
@format_option("table", "jsonl", "csv")
@output_option
@click.option("--speaker", default=None, help="Only speakers whose name contains this text (any case), e.g. Kerry.")
@click.option("--stance", "stances", multiple=True,
              help="Only this stance class (repeatable): neutral, distancing, endorsing, emotive, accusatory, ...")
@click.option("--group", "groups", multiple=True,
              help="Only this speaker group (repeatable): government, politician, anonymous, media, ...")
@click.option("--outlet", "outlets", multiple=True, help="Only articles of this outlet (repeatable).")
@corpus_options
def quotes(path, fmt, output, speaker, stances, groups, outlets, **kwargs):
    """List attributions: source, reporting verb (with its stance), content, speaker and group.

    Filters combine: `framing quotes seeds/ --speaker Kerry --stance distancing` lists the distancing
    verbs an outlet used for Kerry.
    """
    import json

    from ..attribution.resources import load_resources
    from ..io import read_corpus

    resources = load_resources()
    _check_known(stances, resources.stance_explanations, "stance class")
    _check_known(groups, set(resources.groups), "speaker group")
    corpus = read_corpus(path, **corpus_kwargs(kwargs))
    rows = list(attribution_rows(corpus, speaker=speaker, stances=stances, groups=groups, outlets=outlets))
    if fmt == "jsonl":
        text = "".join(json.dumps({k: row[k] for k in FIELDS}, ensure_ascii=False) + "\n" for row in rows)
    elif fmt == "csv":
        text = _render_csv(rows)
    else:
        text = _render_table(rows)
    emit(text, output)
    report_read(corpus, f"{len(rows)} attribution(s)")
