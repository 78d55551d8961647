"""Term suggestions near an actor: new modifiers and phrases come first, known lexicon terms never appear."""
from __future__ import annotations

import json

import pytest

from framing.document import Document
from framing.errors import FramingError
from framing.suggest import known_terms, suggest_terms


def _corpus():
    """"hardline" and "bearded" modify the rebels' names; "weather" and "peaceful" never do."""
    docs = []
    for i in range(5):
        docs.append(Document(id=f"a{i}", outlet="A", text=(
            "The hardline rebels shelled the western districts. Witnesses saw bearded militants near the river. "
            "The weather was cold and the peaceful market reopened on Monday. Hardline rebels then withdrew.")))
    return docs


@pytest.fixture(scope="module")
def suggestions():
    return suggest_terms(_corpus(), near="armed_opposition", top=50, min_count=2)


@pytest.mark.parametrize("term, kind", [
    ("hardline", "modifier"),
    ("bearded", "modifier"),
    ("western districts", "phrase"),
])
def test_expected_candidates(suggestions, term, kind):
    rows = suggestions[(suggestions.term == term) & (suggestions.kind == kind)]
    assert len(rows) == 1, suggestions
    assert rows.iloc[0]["z"] > 0
    assert "[" in rows.iloc[0]["example"]


@pytest.mark.parametrize("term", [
    "weather", "peaceful market", "rebels", "militants", "the", "monday",
])
def test_not_suggested(suggestions, term):
    assert term not in set(suggestions.term)


def test_modifiers_near_the_actor_rank_above_unrelated(suggestions):
    modifiers = suggestions[suggestions.kind == "modifier"]
    assert modifiers.iloc[0]["term"] == "hardline"  # most frequent before a name


def test_known_lexicon_terms_are_excluded():
    docs = [Document(id=f"d{i}", text="The so-called rebels and the brutal rebels fought. Western-backed rebels won.")
            for i in range(3)]
    frame = suggest_terms(docs, near="armed_opposition", min_count=1, top=50)
    known = known_terms()
    assert all(term not in known for term in frame.term)
    assert "western-backed" not in set(frame.term)  # "Western-backed rebels" is an actor name already


def test_unknown_actor_lists_the_actors():
    with pytest.raises(FramingError, match="armed_opposition"):
        suggest_terms(_corpus(), near="aliens")


def test_cli_suggest(tmp_path):
    from click.testing import CliRunner

    from framing.cli import main

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": d.id, "outlet": d.outlet, "text": d.text}) + "\n" for d in _corpus()),
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["terms", "suggest", str(corpus), "--near", "armed_opposition",
                                       "--kind", "modifier", "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert records[0]["term"] == "hardline" and {r["kind"] for r in records} == {"modifier"}
    bad = CliRunner().invoke(main, ["terms", "suggest", str(corpus), "--near", "aliens"])
    assert bad.exit_code == 1 and "no actor 'aliens'" in bad.output


def test_top_applies_per_kind_modifiers_first():
    frame = suggest_terms(_corpus(), near="armed_opposition", top=1, min_count=2)
    assert list(frame.kind) == ["modifier", "phrase"]
    assert frame.iloc[0]["term"] == "hardline"
