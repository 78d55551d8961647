"""A progress display for long corpus runs: shown on a terminal, silent when piped or in tests."""
from __future__ import annotations

import contextlib
import sys
from typing import Iterator


@contextlib.contextmanager
def progress_counter(*, enabled: bool | None = None, description: str = "scoring") -> Iterator:
    """Yield `advance(words)`; draws a live count of documents and words on stderr if it is a terminal.

    `enabled=None` means: only when stderr is a terminal.
    """
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield lambda words=0: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed:,} documents"),
               TextColumn("{task.fields[words]:,} words"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=None, words=0)
        totals = {"words": 0}

        def advance(words: int = 0) -> None:
            totals["words"] += words
            bar.update(task, advance=1, words=totals["words"])

        yield advance
