"""`framing lexicon check|import|export`: validate lexicons, import word lists, write normalised TOML."""
from __future__ import annotations

from pathlib import Path

import click

from .app import lexicon
from .options import emit, output_option


@lexicon.command("check")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=str))
def check(files):
    """Validate lexicon files and run their examples, and speaker-group files (no FILES = every shipped one)."""
    from ..attribution.checks import is_speaker_groups, speaker_groups_summary
    from ..attribution.resources import GROUPS_PATH
    from ..errors import LexiconError
    from ..lexicon import Lexicon, check_examples, count_examples, shipped_lexicons

    paths = [Path(f) for f in files] or [*shipped_lexicons(), *([GROUPS_PATH] if GROUPS_PATH.is_file() else [])]
    if not paths:
        raise LexiconError(["no lexicon files given and none shipped (lexicons/*.toml)"])
    problems: list[str] = []
    for path in paths:
        if is_speaker_groups(path):
            try:
                click.echo(f"{path}: ok, {speaker_groups_summary(path)}")
            except LexiconError as exc:
                click.echo(f"{path}: INVALID, {len(exc.problems)} problem(s)")
                problems += exc.problems
            continue
        try:
            lex = Lexicon.load(path)
        except LexiconError as exc:
            click.echo(f"{path}: INVALID, {len(exc.problems)} problem(s)")
            problems += exc.problems
            continue
        failed = check_examples(lex)
        total = count_examples(lex)
        status = "ok" if not failed else "FAILED"
        click.echo(f"{path}: {status}, {lex.name} ({lex.family}), {len(lex.categories)} categories, "
                   f"{len(lex.entries)} entries, examples {total - len(failed)}/{total} passed")
        problems += failed
    if problems:
        raise LexiconError(problems)


@lexicon.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["dic", "lc3", "wordlist"]), default=None,
              help="Input format (default: from the suffix: .dic, .lc3, anything else = word list).")
@click.option("--category", default=None, help="Category for a word list (default: the file name).")
@click.option("--name", default=None, help="Lexicon name (default: the file name).")
@click.option("--family", default="loaded", show_default=True, help="Span family of the lexicon.")
@click.option("--licence", default=None, help="Licence of the source list, recorded in [[sources]].")
@click.option("--skip-bad", is_flag=True, help="Leave out bad lines (with a warning) instead of failing.")
@output_option
def import_(file, fmt, category, name, family, licence, skip_bad, output):
    """Import a LIWC/Empath .dic, Lexicoder .lc3 or plain word list as lexicon TOML."""
    from ..lexicon_import import import_lexicon

    warnings: list[str] = []
    lex = import_lexicon(file, format=fmt, category=category, name=name, family=family, licence=licence,
                         warnings=warnings, skip_bad=skip_bad)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    plural = "category" if len(lex.categories) == 1 else "categories"
    click.echo(f"imported {len(lex.entries)} entries in {len(lex.categories)} {plural} from {file}", err=True)
    emit(lex.to_toml(), output)


@lexicon.command("export")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=str))
@output_option
def export(file, output):
    """Write a lexicon (TOML, .dic or .lc3) as normalised TOML."""
    from ..lexicon import Lexicon
    from ..lexicon_import import import_lexicon

    if Path(file).suffix.lower() == ".toml":
        lex = Lexicon.load(file)
    else:
        lex = import_lexicon(file)
    emit(lex.to_toml(), output)
