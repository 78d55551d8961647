"""The one-pass prediction (per-word memo, no sparse matrices) equals the per-sentence reference path, bit for bit."""
from __future__ import annotations

import numpy as np
import pytest

from classifier_cases import EDGE_CASES
from framing.document import Document
from framing.model import (BiasModel, LabelledSentence, TrainingConfig, _tfidf_dot, _tfidf_keys, column_tables,
                           fit_pipeline, load_model)


def _reference(model: BiasModel, texts: list[str]) -> np.ndarray:
    from scipy.special import expit

    return expit(-(model.calibration_a * model.decision_function(texts) + model.calibration_b))


@pytest.fixture(scope="module")
def shipped():
    return load_model()


@pytest.mark.parametrize("text", EDGE_CASES)
def test_one_pass_equals_reference_on_edge_cases(shipped, text):
    assert abs(shipped.predict_proba([text])[0] - _reference(shipped, [text])[0]) == 0.0


def test_one_pass_equals_reference_on_seed_documents(shipped, seeds_dir):
    from framing import read_corpus

    for doc in read_corpus(seeds_dir):
        bounds = doc.segments.sentences
        texts = [doc.text[s:e] for s, e in bounds]
        assert np.abs(shipped.predict_proba_bounds(doc.text, bounds) - _reference(shipped, texts)).max() == 0.0


@pytest.mark.parametrize("bounds", [
    [(0, 20), (10, 30)],            # overlapping
    [(4, 9), (9, 9), (9, 40)],      # starting inside a word, empty, adjacent
    [(0, 58)],                       # everything
])
def test_any_bounds_equal_slices(shipped, bounds):
    text = "Greedy corporations ruthlessly exploit desperate workers."
    expected = _reference(shipped, [text[s:e] for s, e in bounds])
    assert np.abs(shipped.predict_proba_bounds(text, bounds) - expected).max() == 0.0


def test_memo_that_starts_afresh_gives_the_same_results(seeds_dir):
    from framing import read_corpus

    model = load_model()
    pieces = model._word_pieces()
    pieces.max_words = 50                      # forces the memo to start afresh many times
    texts = [doc.text[s:e] for doc in read_corpus(seeds_dir) for s, e in doc.segments.sentences]
    got = np.concatenate([model.predict_proba(texts[i:i + 3]) for i in range(0, len(texts), 3)])
    assert len(pieces.ids) <= 50 + 200
    assert np.abs(got - _reference(model, texts)).max() == 0.0


def test_one_character_ngrams_use_the_reference_path():
    """With 1-grams (spaces between words count once) the fitted pipeline is still reproduced."""
    sentences = [LabelledSentence(id=f"s{i}", text=t, label=i % 2) for i, t in enumerate(EDGE_CASES[3:] * 2)]
    config = TrainingConfig(char_ngrams=(1, 3), char_min_df=1, calibration_folds=2, annotated_words=False)
    pipeline = fit_pipeline(sentences, config=config)
    model = BiasModel.from_pipeline(pipeline, config=config)
    probe = EDGE_CASES + ["a  b c", "one two  three"]
    assert np.abs(model.predict_proba(probe) - pipeline.predict_proba(probe)[:, 1]).max() < 1e-9


def _two_blocks(seed: int, *, n_rows: int = 7, n_word: int = 40, n_char: int = 30, size: int = 400):
    """Random n-gram occurrences in a word block and a character block (small vocabularies: many repeats)."""
    rng = np.random.default_rng(seed)
    rows = np.sort(rng.integers(0, n_rows - 1, size))           # the last row stays empty
    block = rng.integers(0, 2, size)
    cols = np.where(block == 0, rng.integers(0, n_word, size), rng.integers(0, n_char, size))
    idf = [rng.random(n_word) + 1, rng.random(n_char) + 1]
    coef = [rng.normal(size=n_word), rng.normal(size=n_char)]
    return rows, block, cols, idf, coef


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_tfidf_keys_equals_sparse_path(seed):
    from framing.features import _sparse_counts

    n_rows, bits = 7, 6
    rows, block, cols, idf, coef = _two_blocks(seed, n_rows=n_rows)
    expected = sum(_tfidf_dot(_sparse_counts(rows[block == b], cols[block == b], (n_rows, len(idf[b]))), idf[b], coef[b])
                   for b in (0, 1))
    keys = (rows << (bits + 1)) | (block << bits) | cols
    got = _tfidf_keys(keys.astype(np.int32), column_tables(*idf, *coef, column_bits=bits), n_rows=n_rows, column_bits=bits)
    assert np.abs(got - expected).max() == 0.0 and got[-1] == 0.0
    assert _tfidf_keys(np.zeros(0, np.int32), column_tables(*idf, *coef, column_bits=bits), n_rows=3,
                       column_bits=bits).tolist() == [0.0, 0.0, 0.0]


def test_scorer_uses_the_one_pass_path(shipped, seeds_dir):
    from framing import read_corpus
    from framing.scorers.classifier import SentenceBiasScorer

    scorer = SentenceBiasScorer(model=shipped)
    for doc in read_corpus(seeds_dir):
        probs = [p for *_, p in scorer.probabilities(doc)]
        texts = [doc.text[s:e] for s, e, _ in scorer.sentences(doc)]
        assert np.abs(np.array(probs) - _reference(shipped, texts)).max() == 0.0


@pytest.mark.parametrize("chunk_chars", [1, 500, 3_000])
def test_a_document_classified_in_chunks_equals_the_reference(shipped, seeds_dir, monkeypatch, chunk_chars):
    """A document longer than CHUNK_CHARS is classified chunk by chunk (bounded memory), with the same results."""
    from framing import read_corpus
    from framing.scorers import classifier

    monkeypatch.setattr(classifier, "CHUNK_CHARS", chunk_chars)
    scorer = classifier.SentenceBiasScorer(model=shipped)
    for doc in read_corpus(seeds_dir):
        found = scorer.sentences(doc)
        assert len(classifier._chunks(found)) > 1
        probs = [p for *_, p in scorer.probabilities(doc)]
        assert len(probs) == len(found)
        # equal up to the last bit of a float (a one-sentence chunk sums its row in another order)
        assert np.abs(np.array(probs) - _reference(shipped, [doc.text[s:e] for s, e, _ in found])).max() < 1e-12


def test_real_sentences_equal_reference(shipped, shared_data):
    """300 BABE sentences and the sentences of 20 AllSides articles, per document as the scorer runs."""
    import itertools

    from framing import read_corpus
    from framing.model import read_babe

    babe = [s.text for s in read_babe(shared_data)][::10][:300]
    assert np.abs(shipped.predict_proba(babe) - _reference(shipped, babe)).max() == 0.0
    path = shared_data / "allsides" / "articles.parquet"
    for doc in itertools.islice(read_corpus(path), 20):
        if isinstance(doc, Document):
            bounds = doc.segments.sentences
            expected = _reference(shipped, [doc.text[s:e] for s, e in bounds])
            assert np.abs(shipped.predict_proba_bounds(doc.text, bounds) - expected).max() == 0.0


def test_tfidf_blocks_are_normalised_apart():
    """Counterexample: the word and character blocks are not one tf-idf vector."""
    from framing.features import _sparse_counts

    n_rows, bits = 7, 6
    rows, block, cols, idf, coef = _two_blocks(5, n_rows=n_rows)
    together = _tfidf_keys(((rows << (bits + 1)) | (block << bits) | cols).astype(np.int32),
                           column_tables(*idf, *coef, column_bits=bits), n_rows=n_rows, column_bits=bits)
    merged = _tfidf_dot(_sparse_counts(rows, cols + block * len(idf[0]), (n_rows, len(idf[0]) + len(idf[1]))),
                        np.concatenate(idf), np.concatenate(coef))
    assert np.abs(together - merged).max() > 1e-6


def test_memo_is_safe_across_threads(seeds_dir):
    """Threads sharing one model (a Dask worker with several threads) get the reference results."""
    from concurrent.futures import ThreadPoolExecutor

    from framing import read_corpus

    model = load_model()
    model._word_pieces().max_words = 40                   # frequent fresh starts while others read
    texts = [doc.text[s:e] for doc in read_corpus(seeds_dir) for s, e in doc.segments.sentences]
    expected = _reference(model, texts)
    batches = [texts[i:i + 4] for i in range(0, len(texts), 4)] * 6
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(model.predict_proba, batches))
    got = np.concatenate(results[:len(batches) // 6])
    assert np.abs(got - expected).max() == 0.0
    for i, batch in enumerate(batches):
        start = (i % (len(batches) // 6)) * 4
        assert np.abs(results[i] - expected[start:start + len(batch)]).max() == 0.0


def _fitted(word_ngrams: tuple[int, int]) -> BiasModel:
    """A small model with another word n-gram range (annotated rates included)."""
    texts = EDGE_CASES[3:] + ["Greedy corporations ruthlessly exploit desperate workers.",
                              "The council voted seven to two to approve the budget on Tuesday."]
    sentences = [LabelledSentence(id=f"s{i}", text=t, label=i % 2, biased_words=("greedy", "thugs", "wasted"))
                 for i, t in enumerate(texts * 2)]
    config = TrainingConfig(word_ngrams=word_ngrams, calibration_folds=2)
    return BiasModel.from_pipeline(fit_pipeline(sentences, config=config), config=config)


ACROSS_WORDS = [
    "a -- b c",                                   # a word without tokens does not break a 2-gram
    "-- greedy corporations --",                  # nor does it start or end one
    "The U.S. anti-war group -- reportedly -- met.",   # 2-grams inside one whitespace word
    "Greedy corporations exploit desperate workers greedy corporations",
    "",
]


@pytest.mark.parametrize("word_ngrams", [(1, 1), (2, 2), (1, 3), (2, 3)])
def test_other_word_ngram_ranges_equal_reference(word_ngrams):
    model = _fitted(word_ngrams)
    probe = EDGE_CASES + ACROSS_WORDS
    assert np.abs(model.predict_proba(probe) - _reference(model, probe)).max() == 0.0
    text = " ".join(ACROSS_WORDS)
    bounds = [(0, 8), (8, 30), (31, 60), (60, len(text))]
    expected = _reference(model, [text[s:e] for s, e in bounds])
    assert np.abs(model.predict_proba_bounds(text, bounds) - expected).max() == 0.0


@pytest.mark.parametrize("text, bounds", [
    ("He said -- no. -- Then he left.", [(0, 14), (15, 31)]),            # no 2-gram across sentences
    ("corporations exploit", [(0, 12), (12, 20)]),                          # adjacent rows
    ("greedy corporations", [(0, 3), (3, 19)]),                             # a row ending inside a word
    ("greedy corporations", [(0, 19), (19, 19)]),                           # an empty row
])
def test_two_grams_stay_inside_each_sentence(shipped, text, bounds):
    expected = _reference(shipped, [text[s:e] for s, e in bounds])
    assert np.abs(shipped.predict_proba_bounds(text, bounds) - expected).max() == 0.0


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_rate_summary_rows_equals_rate_summary(seed):
    """From positive rates and rows, the same four columns as the reference summary (ties included)."""
    from framing.features import _rate_summary
    from framing.model import _rate_summary_rows

    rng = np.random.default_rng(seed)
    lengths = rng.integers(0, 6, 9)
    rates = np.where(rng.random(lengths.sum()) < 0.6, rng.choice([0.1, 0.3, 0.5, 0.5, 0.9], lengths.sum()), 0.0)
    rows = np.repeat(np.arange(9), lengths)
    positive = rates > 0
    got = _rate_summary_rows(rates[positive], rows[positive], n_rows=9, threshold=0.3)
    np.testing.assert_array_equal(got, _rate_summary(rates, lengths, threshold=0.3))
    assert _rate_summary_rows(np.zeros(0), np.zeros(0, np.int64), n_rows=2, threshold=0.3).tolist() == [[0.0] * 4] * 2


def test_memo_bounded_by_keys_gives_the_same_results(seeds_dir):
    from framing import read_corpus

    model = load_model()
    pieces = model._word_pieces()
    pieces.max_keys = 500                      # a long document fills it: frequent fresh starts
    texts = [doc.text[s:e] for doc in read_corpus(seeds_dir) for s, e in doc.segments.sentences]
    got = np.concatenate([model.predict_proba(texts[i:i + 5]) for i in range(0, len(texts), 5)])
    assert pieces.keys.size <= 500 + 2000
    assert np.abs(got - _reference(model, texts)).max() == 0.0


def _sentences_reference(doc):
    """The scorer's sentence list as first written: strip, then the voice of the inner text."""
    from framing.scorers.classifier import _QUOTE_EDGES
    from framing.spans import NARRATOR

    out = []
    for start, end in doc.segments.sentences:
        text = doc.text[start:end]
        if not text.strip():
            continue
        inner_start = start + (len(text) - len(text.lstrip(_QUOTE_EDGES)))
        inner_end = end - (len(text) - len(text.rstrip(_QUOTE_EDGES)))
        out.append((start, end, doc.voice_at(inner_start, inner_end) if inner_start < inner_end else NARRATOR))
    return out


@pytest.mark.parametrize("text", [
    'He said "the regime\'s thugs lied." Officials disagreed.',
    "No quotes here. None at all.",
    '"" \u201c\u201d. Then a sentence.',                # a sentence of quotation marks only
    "One.   \n\n  Two.",
    '"First one. Second one, quoted with no mark at its edges. Third." Said Kerry. \u201cA. B.\u201d',
    "\u2018Single\u2019 marks. A 'quoted part' in it. 'Whole.'",
])
def test_scorer_sentences_and_voices(text):
    from framing.scorers.classifier import SentenceBiasScorer

    doc = Document(id="d", text=text)
    assert SentenceBiasScorer().sentences(doc) == _sentences_reference(doc)


def test_scorer_sentences_on_seed_documents(seeds_dir):
    from framing import read_corpus
    from framing.scorers.classifier import SentenceBiasScorer

    for doc in read_corpus(seeds_dir):
        assert SentenceBiasScorer().sentences(doc) == _sentences_reference(doc)


@pytest.mark.parametrize("text", ["u.s. --", "-- -- don't-stop", "U.S.-backed \u2014 rock'n'roll", "x y"])
def test_words_learned_together_keep_their_inner_two_grams(text):
    """A fresh memo learns these words in one batch (fewer tokens than words, yet a word with two)."""
    model = load_model()
    assert np.abs(model.predict_proba([text]) - _reference(model, [text])).max() == 0.0


@pytest.mark.parametrize("found, chunk_chars, expected", [
    ([], 10, []),
    ([(0, 4, "narrator")], 10, [(0, 1)]),
    ([(0, 4, "n"), (5, 10, "n")], 10, [(0, 2)]),                       # 10 characters: one chunk
    ([(0, 4, "n"), (5, 11, "n")], 10, [(0, 1), (1, 2)]),
    ([(0, 30, "n"), (31, 35, "n"), (36, 40, "n"), (41, 60, "n")], 10, [(0, 1), (1, 3), (3, 4)]),
])
def test_chunks_split_sentences_at_chunk_chars(monkeypatch, found, chunk_chars, expected):
    from framing.scorers import classifier

    monkeypatch.setattr(classifier, "CHUNK_CHARS", chunk_chars)
    assert classifier._chunks(found) == expected
