"""Errors that say what went wrong, where, and what to do."""
from __future__ import annotations


class FramingError(Exception):
    """Base class for every error `framing` raises on purpose; the CLI prints it as one line."""


class InputError(FramingError):
    """A corpus file, manifest or row cannot be read; the message names the file and line."""


class LexiconError(FramingError):
    """One or more lexicon problems, each with file, entry and reason."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        head = f"{len(self.problems)} lexicon problem(s):"
        super().__init__("\n".join([head, *("  - " + p for p in self.problems)]))


class DataNotFoundError(FramingError):
    """Evaluation or benchmark data is missing; say where it was looked for."""
