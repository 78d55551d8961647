"""Every shipped lexicon loads cleanly and its examples/counterexamples behave as written."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicon import Lexicon, check_examples, load_lexicon, shipped_lexicons

SHIPPED = shipped_lexicons()
LEXICON_FOLDER = Path(__file__).resolve().parent.parent / "lexicons"


def test_shipped_lexicons_are_found():
    toml_files = list(LEXICON_FOLDER.glob("*.toml"))
    if toml_files:
        assert SHIPPED, f"{LEXICON_FOLDER} has TOML files but shipped_lexicons() found none"
    assert all(path.suffix == ".toml" for path in SHIPPED)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_lexicon_loads_and_examples_pass(path):
    lexicon = Lexicon.load(path)
    assert lexicon.entries
    problems = check_examples(lexicon)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_lexicon_resolves_by_bare_name(path):
    try:
        assert load_lexicon(path.stem).path == str(path)
    except LexiconError as exc:  # content problems are reported by the test above
        assert str(path) in str(exc)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_lexicon_round_trips_through_to_toml(path):
    try:
        lexicon = Lexicon.load(path)
    except LexiconError:
        pytest.skip("content problems are reported by test_shipped_lexicon_loads_and_examples_pass")
    again = Lexicon.from_toml(lexicon.to_toml())
    assert again.entries == lexicon.entries
    assert again.sources == lexicon.sources
