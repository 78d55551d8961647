"""Attribution: who is quoted, how, and with which reporting verb (rule-based, offline)."""
from __future__ import annotations

from .implementation import extractor_module
from .model import Attribution, Part

__all__ = ["Attribution", "Part", "extract_attributions"]


def extract_attributions(doc, **options):
    """All attributions in `doc` (see `framing.attribution.extract`; compiled when built, see `.implementation`)."""
    return extractor_module().extract_attributions(doc, **options)
