"""Terminal rendering with rich: scorecards and skipped-document lists."""
from __future__ import annotations

from .tables import scorecard_tables


def scorecard_renderables(card):
    """Yield rich renderables for a scorecard: tables, then warnings."""
    from rich import box
    from rich.table import Table as RichTable
    from rich.text import Text

    for table in scorecard_tables(card):
        rich_table = RichTable(title=table.title, box=box.SIMPLE_HEAVY, title_justify="left",
                               caption=table.note or None, caption_justify="left")
        for column in table.header:
            rich_table.add_column(column, overflow="fold")
        for row in table.rows:
            rich_table.add_row(*(Text(cell) for cell in row))  # Text: no markup interpretation
        yield rich_table
    for warning in card.warnings():
        yield Text(f"warning: {warning}", style="yellow")


def render_scorecard(card, *, width: int | None = None) -> str:
    """The scorecard as terminal text (no colour): the terminal's width, or 150 columns in pipes and files."""
    import shutil
    import sys

    from rich.console import Console

    if width is None:
        width = shutil.get_terminal_size((150, 40)).columns if sys.stdout.isatty() else 150
    console = Console(width=width, record=True, file=_NullFile(), force_terminal=False,
                      color_system=None)
    console.print(card)
    return console.export_text()


class _NullFile:
    """A file that discards writes (rich records instead)."""

    def write(self, _text: str) -> int:
        return 0

    def flush(self) -> None:
        pass
