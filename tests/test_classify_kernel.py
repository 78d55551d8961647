"""The compiled classifier kernel (`framing._classify`) gives the numpy path's and the reference's scores, bit for bit."""
from __future__ import annotations

import itertools
import os
from contextlib import contextmanager

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_cases import EDGE_CASES
from framing.attribution.implementation import PURE_PYTHON_ENV
from framing.model import load_model

CASES = [*EDGE_CASES,
         "A\x00B null\x00byte \x00",                                                # NUL splits words
         "\u0130stanbul and D\u0130YARBAKIR \u0130",                                # dotted capital I
         "a\u00a0b\u2003c\u3000d \x1c e\x1fs",
         "-- greedy corporations -- ... !!! ?",
         "Greedy corporations exploit desperate workers greedy corporations"]


@pytest.fixture(scope="module")
def kernel():
    try:
        from framing import _classify
    except ImportError:
        pytest.skip("framing._classify is not built here (python setup.py build_ext --inplace, or pip install . "
                    "with Cython and a C compiler, builds it)")
    return _classify


@contextmanager
def _pure_python(on: bool):
    """FRAMING_PURE_PYTHON set (numpy path) or unset (kernel) inside the block, as it was afterwards."""
    before = os.environ.get(PURE_PYTHON_ENV)
    if on:
        os.environ[PURE_PYTHON_ENV] = "1"
    else:
        os.environ.pop(PURE_PYTHON_ENV, None)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(PURE_PYTHON_ENV, None)
        else:
            os.environ[PURE_PYTHON_ENV] = before


def _three_ways(model, text: str, bounds, *, one_document: bool = True) -> tuple[list, list, list]:
    """Raw scores of text[s:e] from the kernel, the numpy path and the per-sentence reference, as lists."""
    with _pure_python(False):
        assert model._kernel() is not None
        compiled = model.decision_function_bounds(text, bounds, one_document=one_document)
    with _pure_python(True):
        assert model._kernel() is None
        vectorised = model.decision_function_bounds(text, bounds, one_document=one_document)
    reference = model.decision_function([text[s:e] for s, e in bounds])
    return compiled.tolist(), vectorised.tolist(), reference.tolist()


def _joined(rows: list[str], glue: str = "\n") -> tuple[str, list[tuple[int, int]]]:
    """The rows glued into one text, and each row's (start, end) in it."""
    bounds, at = [], 0
    for row in rows:
        bounds.append((at, at + len(row)))
        at += len(row) + len(glue)
    return glue.join(rows), bounds


def _assert_equal(model, text, bounds, **options) -> None:
    compiled, vectorised, reference = _three_ways(model, text, bounds, **options)
    assert compiled == vectorised == reference


@pytest.fixture(scope="module")
def shipped():
    return load_model()


@pytest.mark.parametrize("text", CASES)
def test_kernel_equals_numpy_and_reference_on_edge_cases(kernel, shipped, text):
    _assert_equal(shipped, text, [(0, len(text))])


def test_kernel_equals_numpy_and_reference_on_rows_of_one_text(kernel, shipped):
    text, bounds = _joined(CASES)
    _assert_equal(shipped, text, bounds)
    _assert_equal(shipped, text, bounds, one_document=False)
    _assert_equal(shipped, text, [(0, 20), (10, 60), (60, 60), (59, len(text))], one_document=False)   # overlapping


def test_kernel_equals_numpy_and_reference_on_seed_documents(kernel, shipped, seeds_dir):
    from framing import read_corpus

    for doc in read_corpus(seeds_dir):
        _assert_equal(shipped, doc.text, doc.segments.sentences)


def test_kernel_equals_numpy_and_reference_on_real_sentences(kernel, shipped, shared_data):
    """300 BABE sentences as one batch, and 20 AllSides articles sentence by sentence."""
    from framing import read_corpus
    from framing.document import Document
    from framing.model import read_babe

    babe = [s.text for s in read_babe(shared_data)][::10][:300]
    _assert_equal(shipped, *_joined(babe), one_document=False)
    for doc in itertools.islice(read_corpus(shared_data / "allsides" / "articles.parquet"), 20):
        if isinstance(doc, Document):
            _assert_equal(shipped, doc.text, doc.segments.sentences)


def test_a_word_repeated_hundreds_of_times(kernel, shipped):
    """Counts past the 256 of the sublinear table (the kernel grows it twice) next to small repeated counts."""
    rows = ["the " * 300 + "end", "greedy " * 2 + "corporations", "the " * 1000 + "corporations", "Thugs thugs thugs"]
    _assert_equal(load_model(), *_joined(rows))                 # a fresh model: its kernel starts at 256 counts
    _assert_equal(shipped, *_joined(rows))


def test_unknown_words_are_learnt_and_scored(kernel):
    model = load_model()
    pieces = model._word_pieces()
    words = ["zqxv", "blorptastic", "\u0130zmirli", "foo\u2019bar", "the"]
    text, bounds = _joined([" ".join(words), "zqxv zqxv!", ""])
    with _pure_python(False):
        model.decision_function_bounds(text, bounds)
    assert {w.lower() for w in words} | {"zqxv!"} <= set(model._text_memo().words())
    assert not pieces.ids                       # the kernel's text memo learnt them, not numpy's
    _assert_equal(model, text, bounds)
    assert {w.lower() for w in words} | {"zqxv!"} <= set(pieces.ids)


def test_the_kernel_hands_unknown_words_to_admit_once(kernel):
    """Without `admit` the kernel gives back the words the memo lacks; with it, each batch of them goes to
    `admit` once, and an `admit` that learns nothing is an error, not a wrong score."""
    model = load_model()
    pieces = model._word_pieces()
    score = model._kernel().score
    rows = [["zqxv", "the", "zqxv"], ["blorptastic"]]
    memo = (pieces.ids, pieces.rows.data, pieces.keys.data, pieces.rates.data)
    lacking = [word for row in rows for word in row if word not in pieces.ids]
    assert "zqxv" in lacking and score(rows, *memo) == lacking
    asked = []

    def learns_nothing(unknown):
        asked.append(list(unknown))
        return False, pieces.ids, pieces.rows.data, pieces.keys.data, pieces.rates.data

    with pytest.raises(KeyError, match="zqxv"):
        score(rows, *memo, learns_nothing)
    assert asked == [lacking]
    with _pure_python(False):
        learnt = pieces.apply(score, rows, learn=model._cached_learner)
    assert {"zqxv", "blorptastic"} <= set(pieces.ids)
    again = score(rows, pieces.ids, pieces.rows.data, pieces.keys.data, pieces.rates.data)
    assert all(np.array_equal(a, b) for a, b in zip(learnt, again))


@pytest.mark.parametrize("bound", ["max_words", "max_keys"])
def test_a_memo_that_starts_afresh_gives_the_same_scores(kernel, seeds_dir, bound):
    from framing import read_corpus

    model = load_model()
    pieces = model._word_pieces()
    with _pure_python(False):
        memo = model._text_memo()
    setattr(pieces, bound, 40)                  # most batches clear both memos
    setattr(memo, bound, 40)
    sentences = [doc.text[s:e] for doc in read_corpus(seeds_dir) for s, e in doc.segments.sentences]
    cleared = 0
    for first in range(0, len(sentences), 4):
        text, bounds = _joined(sentences[first:first + 4])
        before = pieces.ids
        compiled, vectorised, reference = _three_ways(model, text, bounds)
        cleared += pieces.ids is not before     # clear() starts a new dict
        assert compiled == vectorised == reference
    assert cleared > len(sentences) // 8 and memo.clears > len(sentences) // 8
    assert memo.n_words <= 40 + 4 * max(len(s.split()) for s in sentences)


_ALPHABET = st.sampled_from(list("aZ9_ -'\u2019.&,\"\u201c\u201d\x00\t\n\x1c\u00a0\u2003\u03a3\u03c2\u0130I\u00df\u0149!?:;()")
                            + ["\U0001d400", "e\u0301"])
_WORDS = st.sampled_from(["the", "The", "regime's", "thugs", "greedy", "corporations", "U.S.", "--", "it\u2019s",
                          "\u03a3\u039f\u03a3", "\u0130stanbul", "rock'n'roll"])
_ROW = st.one_of(
    st.lists(st.one_of(_WORDS, st.lists(st.one_of(_ALPHABET, st.characters(blacklist_categories=("Cs",))),
                                        max_size=8).map("".join)), max_size=12).map(" ".join),
    st.text(alphabet="!?.,;:-\u2014()\"'\u201c\u201d ", max_size=10),      # punctuation only
    st.just(""),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ROW, min_size=1, max_size=6), st.sampled_from(["\n", " ", ""]))
def test_kernel_equals_numpy_and_reference_on_any_text(kernel, shipped, rows, glue):
    """Rows glued without a space end inside words, where only matching each sentence on its own finds the
    lexicon matches the reference finds; the kernel and numpy agree either way."""
    text, bounds = _joined(rows, glue)
    _assert_equal(shipped, text, bounds, one_document=bool(glue))
    compiled, vectorised, _ = _three_ways(shipped, text, bounds)
    assert compiled == vectorised


def test_the_grown_sublinear_table_starts_with_the_shipped_one():
    from framing.model import _SUBLINEAR, _sublinear_table

    grown = _sublinear_table(300)
    assert len(grown) == 512 and grown[:256].tolist() == _SUBLINEAR.tolist()
    assert grown.tolist() == (np.log(np.arange(1, 513, dtype=np.float64)) + 1.0).tolist()


def test_the_kernel_is_used_only_where_it_forms_every_n_gram(kernel, shipped, monkeypatch):
    """FRAMING_PURE_PYTHON switches it off; so do word n-grams of 3 tokens, which numpy forms."""
    from dataclasses import replace

    monkeypatch.delenv(PURE_PYTHON_ENV, raising=False)
    assert shipped._kernel() is not None
    monkeypatch.setenv(PURE_PYTHON_ENV, "1")
    assert shipped._kernel() is None
    monkeypatch.delenv(PURE_PYTHON_ENV)
    longer = load_model()
    longer.config = replace(longer.config, word_ngrams=(1, 3))
    assert longer._kernel() is None


_NEW_WORDS = ["the", "don't", "o\u2019neill's", "'quoted'", "\u2014", "___", "a'b'c", "x'", "'", "\u01c5ungla",
              "\u0661\u0662\u0663", "i\u0307stanbul", "\u65e5\u672c\u8a9e\u306e", "rock'n'roll", "greedy", "corporations,",
              "u.s.", "zqxv", "\U0001d400bc", "e\u0301t\u00e9", "thugs", "a" * 300]


def _memo_after(pieces, batches: list[list[str]], learn) -> tuple:
    """The memo's ids and arrays after learning the batches from empty (with `learn`, or numpy's path)."""
    pieces.clear()
    for batch in batches:
        pieces._learn(batch, learn)
    return dict(pieces.ids), [part.data[:part.size].tolist() for part in (pieces.rows, pieces.keys, pieces.tokens,
                                                                           pieces.rates)]


def test_the_compiled_learner_fills_the_memo_as_numpy_does(kernel, seeds_dir):
    """Rows, n-gram keys (character, word and in-word pairs, in numpy's order), tokens and rates, batch after batch."""
    from framing import read_corpus
    from framing.model import _row_words

    model = load_model()
    model._kernel()
    words = list(dict.fromkeys([*_NEW_WORDS, *(word for doc in read_corpus(seeds_dir)
                                               for row in _row_words(doc.text, [(0, len(doc.text))]) for word in row)]))
    batches = [words[at:at + size] for at, size in zip(range(0, len(words), 37), itertools.cycle([37]))]
    batches.insert(1, [])
    numpy_memo = _memo_after(model._word_pieces(), batches, None)
    compiled_memo = _memo_after(model._word_pieces(), batches, model._cached_learner)
    assert compiled_memo == numpy_memo
    assert len(numpy_memo[0]) == len(words) and any(numpy_memo[1][3])       # tokens and rates were stored


@pytest.mark.parametrize("word", ["nul\x00byte", "lone\ud800surrogate"])
def test_the_compiled_learner_leaves_words_it_cannot_take_to_numpy(kernel, word):
    model = load_model()
    model._kernel()
    assert model._cached_learner(["fine", word], 0, 0, 0) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.one_of(_ALPHABET, st.characters(blacklist_categories=("Cs",))), min_size=1, max_size=12)
                .map("".join), max_size=30))
def test_the_compiled_learner_agrees_on_any_words(kernel, shipped, texts):
    """Words as `_row_words` gives them: split at whitespace and NUL."""
    shipped._kernel()
    words = list(dict.fromkeys(word for text in texts for word in text.replace("\x00", " ").split()))
    assert _memo_after(shipped._word_pieces(), [words], shipped._cached_learner) == \
        _memo_after(shipped._word_pieces(), [words], None)


def _memo_scores(model, text: str, bounds) -> list | None:
    """The kernel's (tf-idf part, tokens, rate summary) of text[s:e] through the model's `TextMemo`, as lists."""
    from framing.model import _lowered_rows

    with _pure_python(False):
        scored = model._text_memo().score(model._kernel(), *_lowered_rows(text, bounds))
    return None if scored is None else [part.tolist() for part in scored]


def _pieces_scores(model, text: str, bounds) -> list:
    """The same through `Kernel.score` over numpy's `WordPieces` memo (words split in Python)."""
    from framing.model import _row_words

    with _pure_python(False):
        scored = model._word_pieces().apply(model._kernel().score, _row_words(text, bounds),
                                            learn=model._cached_learner)
    return [part.tolist() for part in scored]


@settings(max_examples=200, deadline=None)
@given(st.lists(_ROW, min_size=1, max_size=6), st.sampled_from(["\n", " ", "", "\x00", "\u2003"]))
def test_the_text_memo_scores_as_the_word_memo_does(kernel, shipped, rows, glue):
    """Words found by their characters in the text (whitespace and NUL end them) give the scores, token counts and
    rate summaries of the words `_row_words` splits, looked up in a dict."""
    text, bounds = _joined(rows, glue)
    assert _memo_scores(shipped, text, bounds) == _pieces_scores(shipped, text, bounds)


def test_the_text_memo_grows_and_finds_every_word(kernel):
    """Thousands of new words (its table starts with 1,024 slots and doubles), each found again afterwards."""
    model = load_model()
    words = [f"w{n}x{n * 7919 % 1000}" for n in range(5000)] + ["the", "The", "THE", "\u0130", "i\u0307"]
    text, bounds = _joined([" ".join(words[at:at + 50]) for at in range(0, len(words), 50)])
    first = _memo_scores(model, text, bounds)
    memo = model._text_memo()
    assert memo.n_words == len({w.lower() for w in words}) and set(memo.words()) == {w.lower() for w in words}
    assert _memo_scores(model, text, bounds) == first == _pieces_scores(model, text, bounds)
    assert memo.n_words == len(set(memo.words()))     # nothing learnt twice


def test_a_word_the_compiled_learner_refuses_goes_through_numpy(kernel):
    """A lone surrogate: the text memo gives None (and learns nothing); the prediction still equals numpy's and the
    reference's (both read it as its code unit)."""
    model = load_model()
    text, bounds = _joined(["greedy corporations lone\ud800surrogate here", "the regime"])
    assert _memo_scores(model, text, bounds) is None
    assert model._text_memo().n_words == 0
    _assert_equal(model, text, bounds)


@pytest.mark.parametrize("bounds", [[(0, 99)], [(-1, 3)], [(5, 2)]])
def test_the_text_memo_refuses_bounds_outside_the_text(kernel, bounds):
    model = load_model()
    with pytest.raises(ValueError, match="outside a text"):
        with _pure_python(False):
            model._text_memo().score(model._kernel(), "a short text", np.array(bounds, dtype=np.int64))


def test_a_model_that_has_scored_still_pickles_without_its_memos(kernel, shipped):
    """Worker processes receive the model; its memos (the text memo holds C memory) stay behind."""
    import pickle

    text, bounds = _joined(["Greedy corporations exploit workers", "the regime's thugs"])
    with _pure_python(False):
        before = shipped.decision_function_bounds(text, bounds).tolist()
    copy = pickle.loads(pickle.dumps(shipped))
    assert not hasattr(copy, "_cached_text_memo")
    with _pure_python(False):
        assert copy.decision_function_bounds(text, bounds).tolist() == before


def test_threads_scoring_at_once_get_the_same_scores(kernel, seeds_dir):
    """The text memo learns under a lock: threads sharing one model score as one thread does."""
    from concurrent.futures import ThreadPoolExecutor

    from framing import read_corpus

    docs = [(doc.text, doc.segments.sentences) for doc in read_corpus(seeds_dir)] * 4
    alone = load_model()
    with _pure_python(False):
        expected = [alone.decision_function_bounds(text, bounds).tolist() for text, bounds in docs]
        shared = load_model()
        shared._text_memo().max_words = 200      # clearing while others read must not matter either
        with ThreadPoolExecutor(4) as pool:
            got = list(pool.map(lambda item: shared.decision_function_bounds(*item).tolist(), docs))
    assert got == expected


def test_bounds_read_as_python_slices(kernel, shipped):
    """Negative, reversed and overlong bounds mean what text[s:e] means, in every path."""
    text = "The regime's thugs exploit desperate workers. Greedy corporations."
    _assert_equal(shipped, text, [(-12, -1), (30, 5), (0, 999), (10, 20)], one_document=False)


def test_wide_keys_and_many_rows_score_the_same(kernel):
    """A memo holding 64-bit keys (vocabularies past 2 ** 29 columns) and batches of more than 32,768 rows (keys past
    32 bits, sorted as 64-bit) give the scores of the usual 32-bit paths."""
    from framing.model import _row_words

    model = load_model()
    text, bounds = _joined(["Greedy corporations exploit desperate workers", "the regime's thugs", "u.s. it\u2019s"])
    narrow = _pieces_scores(model, text, bounds)
    pieces = model._word_pieces()
    wide = model._kernel().score(_row_words(text, bounds), pieces.ids, pieces.rows.data,
                                 pieces.keys.data.astype(np.int64), pieces.rates.data)
    assert [part.tolist() for part in wide] == narrow
    rows = ["greedy thugs", "the workers", "regime"] * 11_000                      # 33,000 rows
    many_text, many_bounds = _joined(rows)
    many = _memo_scores(model, many_text, many_bounds)
    assert len(many[0]) == len(rows)
    assert many == _pieces_scores(model, many_text, many_bounds)
    assert [many[0][:3], many[1][:3], many[2][:3]] == _memo_scores(model, *_joined(rows[:3]))
