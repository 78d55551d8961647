"""Content of the shipped loaded-terms and hedging lexicons: size, provenance, real cases, seed facts."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing.lexicon import Lexicon, check_examples
from framing.scorers.loaded import LexiconScorer
from framing.spans import check_offsets

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"


@pytest.fixture(scope="module")
def loaded_terms() -> Lexicon:
    return Lexicon.load(LEXICONS / "loaded_terms.toml")


@pytest.fixture(scope="module")
def hedging() -> Lexicon:
    return Lexicon.load(LEXICONS / "hedging.toml")


@pytest.fixture(scope="module")
def seed_docs(seeds_dir):
    from framing.io import read_corpus

    return {doc.outlet: doc for doc in read_corpus(seeds_dir) if hasattr(doc, "text")}


def _spans(lexicon, doc):
    spans = LexiconScorer(lexicon).find(doc)
    check_offsets(doc.text, spans)
    return spans


# --------------------------------------------------------------------------- shape and provenance

@pytest.mark.parametrize("name, family, categories, min_entries", [
    ("loaded_terms", "loaded", {"delegitimizing_label", "provenance_label", "territorial_framing", "emotive",
                                "intensifier", "euphemism", "characterising_verb"}, 800),
    ("hedging", "hedging", {"hedge", "booster", "factive_verb", "assertive_verb"}, 100),
])
def test_lexicon_shape(name, family, categories, min_entries, loaded_terms, hedging):
    lex = {"loaded_terms": loaded_terms, "hedging": hedging}[name]
    assert lex.name == name and lex.family == family
    assert categories <= set(lex.categories)
    assert len(lex.entries) >= min_entries
    for category in lex.categories.values():
        assert category.explanation and len(category.explanation) < 200, category.name
        assert category.entries, category.name


@pytest.mark.parametrize("name", ["loaded_terms", "hedging"])
def test_examples_and_counterexamples_pass(name, loaded_terms, hedging):
    lex = {"loaded_terms": loaded_terms, "hedging": hedging}[name]
    assert sum(len(e.examples) + len(e.counterexamples) for e in lex.entries) >= 10
    assert check_examples(lex) == []


@pytest.mark.parametrize("name, source, words", [
    ("loaded_terms", "riloff2003", ["bizarre", "gullible", "inexcusable"]),
    ("hedging", "hyland2005", ["perhaps", "presumably", "likely"]),
    ("hedging", "hooper1975", ["insist", "realize", "assert"]),
    ("loaded_terms", "hand", ["foreign-sponsored", "rebel-held", "Takfiri"]),
])
def test_provenance_recorded(name, source, words, loaded_terms, hedging):
    lex = {"loaded_terms": loaded_terms, "hedging": hedging}[name]
    assert lex.sources[source].licence, f"source {source} has no licence"
    by_term = {e.term: e for e in lex.entries}
    for word in words:
        assert by_term[word].source == source, word


def test_every_source_is_declared_with_licence(loaded_terms, hedging):
    for lex in (loaded_terms, hedging):
        for entry in lex.entries:
            assert entry.source in lex.sources, entry.term
        for source in lex.sources.values():
            if source.id != "hand":
                assert "MIT" in source.licence and source.description


# --------------------------------------------------------------------------- matching real sentences

@pytest.mark.parametrize("sentence, expected", [
    ("Government forces shelled rebel held districts overnight.", [("rebel held", "territorial_framing")]),
    ("The foreign sponsored militants withdrew.", [("foreign sponsored", "provenance_label"), ("militants", "delegitimizing_label")]),
    ("Saudi-backed forces entered the port.", [("Saudi-backed", "provenance_label")]),
    ("The strike caused collateral damage in the village.", [("collateral damage", "euphemism")]),
    ("Critics slammed the decision as a sham.", [("slammed", "characterising_verb"), ("sham", "contempt")]),
    ("The carnage was horrific.", [("carnage", "emotive"), ("horrific", "emotive")]),
    ("It was an utterly unprecedented move.", [("utterly", "intensifier"), ("unprecedented", "intensifier")]),
    ("The Assad regime denied the report.", [("Assad regime", "provenance_label")]),
])
def test_loaded_terms_find(sentence, expected, loaded_terms):
    found = [(sentence[m.start:m.end], m.entry.category) for m in loaded_terms.matcher().find(sentence)]
    assert found == expected


@pytest.mark.parametrize("sentence", [
    "The government held talks with the opposition in Geneva.",
    "Lavrov said about half of the fighters belong to the Jabhat Fateh al-Sham group.",
    "The council met on Tuesday and adopted the budget.",
    "She started a new training regimen in May.",
])
def test_loaded_terms_counterexamples(sentence, loaded_terms):
    assert loaded_terms.matcher().find(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Russia may veto the draft.", [("may", "hedge")]),
    ("The truce was agreed in May 2016.", []),
    ("Theresa May arrived in Brussels.", []),
    ("The parade showed the country's military might.", []),
    ("Moscow might stop co-operating.", [("might stop", "hedge")]),
    ("He allegedly took bribes.", [("allegedly", "hedge")]),
    ("The alleged bribe was never found.", [("The alleged", "hedge")]),
    ("Kerry alleged that Russia bombed hospitals.", [("alleged", "assertive_verb")]),
    ("This is clearly a violation.", [("clearly", "booster")]),
    ("The report revealed that funds were missing.", [("revealed that", "factive_verb")]),
    ("The minister insisted the plan would work.", [("insisted", "assertive_verb")]),
    ("The so-called rebels retreated.", [("so-called", "hedge")]),
])
def test_hedging_find(sentence, expected, hedging):
    found = [(sentence[m.start:m.end], m.entry.category) for m in hedging.matcher().find(sentence)]
    assert found == expected


# --------------------------------------------------------------------------- acceptance on the seeds

def test_press_tv_narrator_loaded_terms(seed_docs, loaded_terms):
    spans = _spans(loaded_terms, seed_docs["Press TV"])
    narrator = [s.text for s in spans if s.voice == "narrator"]
    assert narrator.count("foreign-sponsored") == 2
    for term in ("terrorists", "Takfiri", "foreign-backed"):
        assert term in narrator, term


def test_voa_narrator_territorial_framing(seed_docs, loaded_terms):
    spans = _spans(loaded_terms, seed_docs["VOA"])
    narrator = {(s.text, s.category) for s in spans if s.voice == "narrator"}
    assert ("rebel-held", "territorial_framing") in narrator
    assert ("opposition-controlled", "territorial_framing") in narrator


def test_terrorizing_inside_kerry_quote_is_quoted(seed_docs, loaded_terms):
    spans = [s for s in _spans(loaded_terms, seed_docs["Press TV"]) if s.text == "terrorizing"]
    assert spans and all(s.voice == "quoted" for s in spans)


def test_voa_reportedly_is_a_hedge(seed_docs, hedging):
    spans = _spans(hedging, seed_docs["VOA"])
    assert ("reportedly", "hedge", "narrator") in {(s.text, s.category, s.voice) for s in spans}


def test_voa_has_no_press_tv_labels(seed_docs, loaded_terms):
    texts = {s.text.lower() for s in _spans(loaded_terms, seed_docs["VOA"])}
    assert not texts & {"foreign-sponsored", "takfiri", "terrorists", "foreign-backed"}
