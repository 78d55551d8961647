"""framing: measure how news outlets frame the same events, offline.

>>> import framing
>>> result = framing.analyze(framing.read_corpus("seeds/"))
>>> result.scorecard.to_frame()
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# Public names and the modules they live in; imported on first use, so `import framing` is cheap.
_EXPORTS = {
    "Span": "framing.spans",
    "Document": "framing.document",
    "read_corpus": "framing.io",
    "Skipped": "framing.io",
    "clean": "framing.text",
    "segment": "framing.text",
    "Lexicon": "framing.lexicon",
    "load_lexicon": "framing.lexicon",
    "LexiconScorer": "framing.scorers.loaded",
    "analyze": "framing.engine",
    "default_scorers": "framing.engine",
    "score_document": "framing.engine",
    "score_documents": "framing.engine",
    "Analysis": "framing.engine",
    "Scorecard": "framing.scorecard",
    "Comparison": "framing.compare",
    "AnnotatedDocument": "framing.annotated",
    "DocResult": "framing.results",
    "FramingError": "framing.errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
