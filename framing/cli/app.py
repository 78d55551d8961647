"""The `framing` command group; command modules attach their commands to it."""
from __future__ import annotations

import click

from ..errors import FramingError


class FramingGroup(click.Group):
    """A click group that turns FramingError into one clear line and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        import warnings

        previous = warnings.showwarning
        warnings.showwarning = _one_line_warning
        try:
            return super().invoke(ctx)
        except FramingError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            kept = ("; the partitions finished before it are kept: run the same command again to score the rest"
                    if ctx.invoked_subcommand == "run" else "")
            click.echo(f"interrupted; no partial output was written{kept}", err=True)
            ctx.exit(130)
        finally:
            warnings.showwarning = previous


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Print a warning as one `warning: ...` line on stderr (no source line, no file position)."""
    click.echo(f"warning: {message}", err=True)


@click.group(cls=FramingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="framing-analyser")
def main() -> None:
    """Measure how news outlets frame the same events (loaded terms, hedging, attribution)."""


@main.group(cls=FramingGroup)
def evaluate() -> None:
    """Precision, recall and F1 against gold data (see ../shared/data/README.md)."""


@main.group(cls=FramingGroup)
def lexicon() -> None:
    """Check, import and export lexicons."""
