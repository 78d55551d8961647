"""LexiconFeatures, WordNgrams and CharNgrams: sklearn contract, counts against brute force, names."""
from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

from framing.features import CharNgrams, LexiconFeatures, WordNgrams, HashIndex

TINY_LEXICON = """
[lexicon]
name = "tiny"
family = "loaded"
description = "Two categories for tests."
[[sources]]
id = "hand"
description = "test"
licence = "MIT"
[categories.label]
explanation = "Delegitimizing labels."
source = "hand"
terms = ["terrorist", "thug", "foreign-sponsored militant"]
[categories.hedge]
explanation = "Hedges."
source = "hand"
terms = ["reportedly", "allegedly"]
"""


@pytest.fixture
def tiny_lexicon(tmp_path):
    path = tmp_path / "tiny.toml"
    path.write_text(TINY_LEXICON, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("sentence, label, hedge", [
    ("Terrorists attacked the town.", 1, 0),
    ("The thugs reportedly fled.", 1, 1),
    ("Foreign-sponsored militants allegedly shelled it.", 1, 1),
    ("Foreign sponsored militants, reportedly, and a terrorist.", 2, 1),
    ("Counter-terrorism officials met.", 0, 0),            # counterexample: not the whole word
    ("The thugocracy debate continued.", 0, 0),           # counterexample: longer word
    ("Rebels shelled the town, officials said.", 0, 0),
    ("", 0, 0),
])
def test_lexicon_counts(tiny_lexicon, sentence, label, hedge):
    features = LexiconFeatures(lexicons=[tiny_lexicon], normalize=False).fit()
    row = features.transform([sentence])[0]
    assert dict(zip(features.get_feature_names_out(), row)) == {"tiny:label": label, "tiny:hedge": hedge}


def test_lexicon_counts_are_per_sentence_in_a_batch(tiny_lexicon):
    sentences = ["He is a foreign-sponsored", "militant.", "Terrorists", "allegedly fled."]
    counts = LexiconFeatures(lexicons=[tiny_lexicon], normalize=False).fit().transform(sentences)
    assert counts.tolist() == [[0, 0], [0, 0], [1, 0], [0, 1]]   # no match spans two sentences


def test_normalize_divides_by_words(tiny_lexicon):
    counts = LexiconFeatures(lexicons=[tiny_lexicon]).fit().transform(["The thug reportedly ran away."])
    assert counts.tolist() == [[1 / 5, 1 / 5]]


def test_lexicon_features_contract(tiny_lexicon):
    features = LexiconFeatures(lexicons=[tiny_lexicon])
    assert features.get_params() == {"lexicons": [tiny_lexicon], "normalize": True}
    assert not hasattr(features, "lexicons_")                      # __init__ only stores options
    with pytest.raises(NotFittedError):
        features.transform(["x"])
    with pytest.raises(TypeError):
        features.fit().transform("a single string")
    assert clone(features).get_params() == features.get_params()


def test_shipped_lexicon_names():
    names = LexiconFeatures(lexicons=["hedging"]).fit().get_feature_names_out()
    assert len(names) > 0 and all(n.startswith("hedging:") for n in names)


def test_lexicon_features_in_user_pipeline(tiny_lexicon):
    sentences = ["Terrorists attacked.", "The thugs attacked.", "Officials met.", "Ministers spoke.",
                 "A terrorist cell.", "The council voted."] * 3
    labels = [1, 1, 0, 0, 1, 0] * 3
    union = make_union(WordNgrams(), LexiconFeatures(lexicons=[tiny_lexicon]))
    pipeline = make_pipeline(union, LogisticRegression()).fit(sentences, labels)
    assert pipeline.predict(["The thugs are terrorists.", "Officials voted."]).tolist() == [1, 0]
    names = union.get_feature_names_out()
    assert "lexiconfeatures__tiny:label" in names and "wordngrams__thugs" in names
    assert len(names) == union.transform(["x"]).shape[1]


def _brute_word(texts, low, high):
    counts = []
    for text in texts:
        toks = re.findall(r"\w+(?:['\u2019]\w+)*", text.lower())
        counts.append(Counter(" ".join(toks[i:i + n]) for n in range(low, high + 1) for i in range(len(toks) - n + 1)))
    return counts


def _brute_char(texts, low, high):
    counts = []
    for text in texts:
        c = Counter()
        for word in text.lower().split():
            w = f" {word} "
            for n in range(low, high + 1):
                c.update(w[i:i + n] for i in range(len(w) - n + 1))
        counts.append(c)
    return counts


TEXTS = [
    "The regime's forces shelled rebel-held Aleppo.",
    "Kerry said: \u201cRussia and the regime owe the world an explanation.\u201d",
    "  Mixed   CASE  and\ttabs\nand newlines  ",
    "Caf\u00e9 na\u00efve \u00fcber \u65e5\u672c",
    "a",
    "",
    "It's a don\u2019t-miss event, isn't it?",
]


@pytest.mark.parametrize("vectorizer, brute, ngram_range", [
    (WordNgrams, _brute_word, (1, 1)),
    (WordNgrams, _brute_word, (1, 2)),
    (WordNgrams, _brute_word, (2, 3)),
    (CharNgrams, _brute_char, (2, 5)),
    (CharNgrams, _brute_char, (3, 5)),
    (CharNgrams, _brute_char, (2, 2)),
])
def test_ngram_counts_match_brute_force(vectorizer, brute, ngram_range):
    fitted = vectorizer(ngram_range=ngram_range, min_df=1).fit(TEXTS)
    names = list(fitted.get_feature_names_out())
    assert len(set(names)) == len(names)
    expected = brute(TEXTS, *ngram_range)
    assert set(names) == set().union(*expected)
    matrix = fitted.transform(TEXTS).toarray()
    for row, counts in zip(matrix, expected):
        assert {names[j]: v for j, v in enumerate(row) if v} == counts
    unseen = fitted.transform(["Completely unseen zzqx words"]).toarray()[0]
    assert {names[j] for j, v in enumerate(unseen) if v} <= set().union(*brute(["Completely unseen zzqx words"], *ngram_range))


@pytest.mark.parametrize("vectorizer, min_df, kept, dropped", [
    (WordNgrams, 2, "regime", "aleppo"),
    (CharNgrams, 2, "regi", "lepp"),
])
def test_min_df_prunes(vectorizer, min_df, kept, dropped):
    texts = ["The regime fell.", "A regime rose.", "Aleppo burned."]
    names = set(vectorizer(min_df=min_df).fit(texts).get_feature_names_out())
    assert kept in names and dropped not in names


def test_hash_index_is_exact():
    rng = np.random.default_rng(0)
    hashes = np.unique(rng.integers(0, 2**63, 5000, dtype=np.int64).astype(np.uint64))
    index = HashIndex(hashes, bits=10)   # tiny table: many shared slots fall back to search
    queries = np.concatenate([hashes, rng.integers(0, 2**63, 5000, dtype=np.int64).astype(np.uint64)])
    cols = index.lookup(queries)
    assert (cols[:len(hashes)] == np.arange(len(hashes))).all()
    assert (cols[len(hashes):] == -1).all()


def test_annotated_word_rates_leave_one_out_and_plain_transform():
    from framing.features import AnnotatedWordRates
    from framing.model import LabelledSentence as L

    records = [L("1", "The evil regime fell.", 1, ("evil",)), L("2", "An evil plan.", 1, ("evil",)),
               L("3", "The plan fell.", 0, ())]
    rates = AnnotatedWordRates(smoothing=2.0)
    train_features = rates.fit_transform(records)
    assert dict(zip(rates.words_, rates.rates_)) == {"evil": 2 / (2 + 2.0)}
    assert train_features[0].tolist() == [1 / 3, 0.0, 1 / 3, 1.0]      # its own mark left out: 1/(1+2)
    assert train_features[2].tolist() == [0.0, 0.0, 0.0, 0.0]
    assert rates.transform(["Evil, evil plans.", "Nothing here."]).tolist() == [[0.5, 0.5, 1.0, 2.0], [0, 0, 0, 0]]
    with pytest.raises(TypeError, match="biased_words"):
        AnnotatedWordRates().fit(["plain strings carry no annotations"])


def test_lexicon_counts_from_one_document_equal_counts_per_sentence(seeds_dir):
    """transform_bounds (the document matched once) gives what transform gives sentence by sentence."""
    from framing.io import read_corpus

    features = LexiconFeatures(lexicons=["loaded_terms", "hedging"]).fit()
    for doc in read_corpus(seeds_dir):
        bounds = [(s, e) for s, e in doc.segments.sentences if doc.text[s:e].strip()]
        expected = features.transform([doc.text[s:e] for s, e in bounds])
        assert expected.sum() > 0
        np.testing.assert_array_equal(features.transform_bounds(doc.text, bounds), expected)


def test_a_match_across_two_sentences_counts_for_neither():
    from framing.lexicon import Lexicon

    lexicon = Lexicon.from_toml('[lexicon]\nname = "t"\nfamily = "loaded"\n'
                                '[categories.label]\nexplanation = "x"\nterms = ["war crimes"]\n')
    features = LexiconFeatures(lexicons=[lexicon], normalize=False).fit()
    text = "Then war crimes followed and war crimes were denied."
    bounds = [(0, 9), (9, 26), (26, 52)]                 # the first "war crimes" straddles two bounds
    assert features.transform_bounds(text, bounds).ravel().tolist() == [0.0, 0.0, 1.0]
    assert features.transform([text[s:e] for s, e in bounds]).ravel().tolist() == [0.0, 0.0, 1.0]
