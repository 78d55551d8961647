"""Command-line interface: thin commands over the library (`framing --help`)."""
from __future__ import annotations

import importlib

from .app import main

# Each module attaches its commands to `main` (or a group in app.py) when imported.
COMMAND_MODULES = [
    "evaluate_attribution_cmd",
    "quotes_cmd",
    "terms_cmd",
    "lexicon_cmd",
    "corpus_cmds",
    "clean_cmd",
    "report_cmd",
    "evaluate_spans_cmd",
    "evaluate_speakers_cmd",
    "run_cmd",
    "bench_cmd",
    "model_cmd", "classify_cmd", "evaluate_classifier_cmd",
]

for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}")

__all__ = ["main"]
